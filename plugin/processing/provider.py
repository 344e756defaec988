"""The 'Balloon Watch' Processing provider (id ``balloonwatch``)."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..definitions import PROVIDER_ID, plugin_version, resources_path
from ..toolbelt.i18n import tr


def algorithm_classes() -> list:
    """Every algorithm of the provider, imported lazily to keep plugin start-up light."""
    from . import algorithms

    return list(algorithms.ALGORITHMS)


class BalloonWatchProvider(QgsProcessingProvider):
    def loadAlgorithms(self) -> None:  # noqa: N802 - QGIS API
        for cls in algorithm_classes():
            self.addAlgorithm(cls())

    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return tr("Balloon Watch")

    def longName(self) -> str:  # noqa: N802 - QGIS API
        return tr("Balloon Watch {}").format(plugin_version())

    def icon(self) -> QIcon:
        return QIcon(resources_path("icons", "balloon_watch.svg"))
