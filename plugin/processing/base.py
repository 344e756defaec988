"""Base class of every Balloon Watch algorithm: names, help, error translation and layer post-processing.

Algorithms stay thin: read parameters, call ``plugin/core`` with the QgsFeedback, write outputs. Errors meant
for the analyst (``BalloonWatchError``) become a ``QgsProcessingException`` with the same sentence, so the
Processing dialog, ``qgis_process`` and the dock all show it without a traceback.
"""

from __future__ import annotations

import logging

from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterFeatureSource,
)
from qgis.PyQt.QtGui import QIcon

from ..core.errors import BalloonWatchError, Cancelled
from ..definitions import PLUGIN_SLUG, resources_path
from ..toolbelt.i18n import tr

LOG = logging.getLogger(f"{PLUGIN_SLUG}.processing")


def track_parameter(name: str = "TRACK") -> QgsProcessingParameterFeatureSource:
    """The track input every analysis takes: points as importtrack writes them."""
    return QgsProcessingParameterFeatureSource(name, tr("Track points (time, alt_m, track_id)"),
                                               [QgsProcessing.TypeVectorPoint])


def add_feature(sink, feature) -> None:
    """Add to a Processing sink and fail loudly: a silent failure would report success with missing rows."""
    if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
        raise QgsProcessingException(tr("Writing the output failed: {}").format(sink.lastError()))


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies our style (and temporal settings) to an output layer once Processing has loaded it."""

    _keep: list = []  # post-processors must outlive the algorithm run (QGIS holds only a raw pointer)

    def __init__(self, kind: str):
        super().__init__()
        self.kind = kind

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API
        from ..qgis_io.styles import apply_style

        try:
            apply_style(layer, self.kind)
        except Exception as exc:  # noqa: BLE001 - a style problem must not fail a finished analysis
            LOG.warning("Style %s could not be applied to %s: %s", self.kind, layer.name(), exc)

    @classmethod
    def create(cls, kind: str) -> StylePostProcessor:
        proc = cls(kind)
        cls._keep.append(proc)
        return proc


class BalloonWatchAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set NAME, DISPLAY, GROUP, GROUP_ID, HELP and implement ``initAlgorithm`` and ``compute``."""

    NAME = ""
    DISPLAY = ""
    GROUP = ""
    GROUP_ID = ""
    HELP = ""

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return tr(self.DISPLAY)

    def group(self) -> str:
        return tr(self.GROUP)

    def groupId(self) -> str:  # noqa: N802 - QGIS API
        return self.GROUP_ID

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return tr(self.HELP)

    def icon(self) -> QIcon:
        return QIcon(resources_path("icons", "balloon_watch.svg"))

    def createInstance(self):  # noqa: N802 - QGIS API
        return type(self)()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        try:
            return self.compute(parameters, context, feedback)
        except Cancelled:
            raise QgsProcessingException(tr("Cancelled: no output was written.")) from None
        except BalloonWatchError as exc:
            LOG.warning("%s: %s", self.NAME, exc)
            raise QgsProcessingException(str(exc)) from None

    def compute(self, parameters, context, feedback) -> dict:
        raise NotImplementedError

    @staticmethod
    def style_output(context: QgsProcessingContext, dest_id: str, kind: str) -> None:
        """Style the output ``dest_id`` with resources/styles/<kind>.qml when Processing loads it."""
        if context.willLoadLayerOnCompletion(dest_id):
            context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(StylePostProcessor.create(kind))
