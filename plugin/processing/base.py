"""Base class of every Balloon Watch algorithm: names, help, error translation, inputs and outputs by kind.

Algorithms stay thin: read parameters, call ``plugin/core`` with the QgsFeedback, write outputs. Errors meant
for the analyst (``BalloonWatchError``) become a ``QgsProcessingException`` with the same sentence, so the
Processing dialog, ``qgis_process`` and the dock all show it without a traceback. Every output is declared
with its kind (``core.kinds``): the kind gives its fields, geometry type and style.
"""

from __future__ import annotations

import logging

from qgis.core import (
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP
from qgis.PyQt.QtGui import QIcon

from ..core.errors import BalloonWatchError, Cancelled
from ..core.kinds import OutputKind
from ..definitions import PLUGIN_SLUG, resources_path
from ..qgis_io.convert import WGS84
from ..qgis_io.kinds import qgs_fields, sink_type, wkb_type
from ..toolbelt.i18n import tr

LOG = logging.getLogger(f"{PLUGIN_SLUG}.processing")

# the toolbox groups: an algorithm names its GROUP_ID
GROUPS = {"tracks": QT_TRANSLATE_NOOP("@default", "Tracks"), "sites": QT_TRANSLATE_NOOP("@default", "Sites"),
          "airspace": QT_TRANSLATE_NOOP("@default", "Airspace"), "forecast": QT_TRANSLATE_NOOP("@default", "Forecast"),
          "reporting": QT_TRANSLATE_NOOP("@default", "Reporting")}


def track_parameter(name: str = "TRACK") -> QgsProcessingParameterFeatureSource:
    """The track input every analysis takes: points as importtrack writes them."""
    return QgsProcessingParameterFeatureSource(name, tr("Track points (time, alt_m, track_id)"),
                                               [QgsProcessing.SourceType.TypeVectorPoint])


def number_parameter(name: str, description: str, default: float, integer: bool = False,
                     **limits) -> QgsProcessingParameterNumber:
    """A number parameter (a double unless ``integer``); ``limits``: minValue, maxValue, optional."""
    kind = QgsProcessingParameterNumber.Type.Integer if integer else QgsProcessingParameterNumber.Type.Double
    return QgsProcessingParameterNumber(name, description, kind, default, **limits)


def add_feature(sink, feature) -> None:
    """Add to a Processing sink and fail loudly: a silent failure would report success with missing rows."""
    if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
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
    """Subclasses set NAME, GROUP_ID (a key of GROUPS), DISPLAY, HELP and implement ``initAlgorithm`` and
    ``compute``."""

    NAME = ""
    DISPLAY = ""
    GROUP_ID = ""
    HELP = ""
    # parameter names several algorithms share; each algorithm names its own others
    INPUT, TRACK, SITES, NAME_FIELD, OUTPUT = "INPUT", "TRACK", "SITES", "NAME_FIELD", "OUTPUT"

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return tr(self.DISPLAY)

    def group(self) -> str:
        return tr(GROUPS[self.GROUP_ID])

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

    def source(self, parameters, name: str, context):
        """The feature source ``name``; None for an optional one not given, a required one unreadable stops the
        run with QGIS's own sentence."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None and not self._optional(name):
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def add_sink(self, name: str, description: str, kind: OutputKind, optional: bool = False) -> None:
        """Declare output ``name`` holding ``kind``. An optional one is still created by default in the dialog, as
        in QGIS's own algorithms, and skipped when a script leaves it out."""
        self.addParameter(QgsProcessingParameterFeatureSink(name, description, sink_type(kind), optional=optional))

    def create_sink(self, parameters, name: str, context, kind: OutputKind, fields: QgsFields | None = None):
        """The sink of output ``name`` and its destination id, in EPSG:4326 with the kind's geometry type and fields
        (``fields`` instead where given, e.g. a source's fields plus the kind's), styled as the kind when
        Processing loads it; (None, None) for an optional output that was not asked for."""
        fields = qgs_fields(kind) if fields is None else fields
        sink, dest_id = self.parameterAsSink(parameters, name, context, fields, wkb_type(kind), WGS84)
        if sink is None:
            if self._optional(name):
                return None, None
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        self.style_output(context, dest_id, kind.id)
        return sink, dest_id

    def _optional(self, name: str) -> bool:
        definition = self.parameterDefinition(name)
        return definition is not None and bool(definition.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional)

    @staticmethod
    def style_output(context: QgsProcessingContext, dest_id: str, kind: str) -> None:
        """Style the output ``dest_id`` with resources/styles/<kind>.qml when Processing loads it."""
        if context.willLoadLayerOnCompletion(dest_id):
            context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(StylePostProcessor.create(kind))
