"""Balloon Watch QGIS plugin entry point."""


def classFactory(iface):  # noqa: N802 - name required by QGIS
    from .plugin.plugin import BalloonWatchPlugin

    return BalloonWatchPlugin(iface)
