"""The 'Balloon Watch' Processing provider (id ``balloonwatch``)."""

from __future__ import annotations

import logging

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..definitions import PLUGIN_SLUG, PROVIDER_ID, plugin_version, resources_path
from ..toolbelt.i18n import tr

LOG = logging.getLogger(f"{PLUGIN_SLUG}.processing")


def algorithm_classes() -> list:
    """Every algorithm of the provider, imported lazily to keep plugin start-up light."""
    from .algorithms import load_classes

    return load_classes()


class BalloonWatchProvider(QgsProcessingProvider):
    def loadAlgorithms(self) -> None:  # noqa: N802 - QGIS API
        for cls in algorithm_classes():
            try:
                self.addAlgorithm(cls())
            except Exception:  # noqa: BLE001 - an exception here would abort QGIS
                LOG.exception("Algorithm %s could not be added", cls.__name__)

    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return tr("Balloon Watch")

    def longName(self) -> str:  # noqa: N802 - QGIS API
        return tr("Balloon Watch {}").format(plugin_version())

    def icon(self) -> QIcon:
        return QIcon(resources_path("icons", "balloon_watch.svg"))
