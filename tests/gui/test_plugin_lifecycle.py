"""classFactory -> initGui -> unload, twice: nothing of ours remains."""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QAction, QToolBar

import balloon_watch


def _flush():
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QCoreApplication.processEvents()


def _ours(window):
    toolbars = [t for t in window.findChildren(QToolBar) if t.objectName() == "BalloonWatchToolbar"]
    docks = [d for d in window.findChildren(QgsDockWidget) if d.objectName() == "BalloonWatchDock"]
    actions = [a for a in window.findChildren(QAction) if a.objectName() == "BalloonWatchDockAction"]
    return toolbars, docks, actions


def test_load_unload_twice_leaves_nothing(bw_iface):
    window = bw_iface.mainWindow()
    rec = bw_iface.recorder
    _flush()  # widgets of earlier tests' plugins are deleted later: let that happen first
    assert _ours(window) == ([], [], [])
    registry = QgsApplication.processingRegistry()
    before = len(registry.providers())
    for _ in range(2):
        plugin = balloon_watch.classFactory(bw_iface)
        plugin.initGui()
        toolbars, docks, actions = _ours(window)
        assert len(toolbars) == 1 and len(actions) == 1
        assert registry.providerById("balloonwatch") is not None
        assert len(rec.options) == 1
        assert sum(len(v) for v in rec.menus.values()) == 1
        # open the dock through the toolbar action, as the analyst does
        plugin.dock_action.trigger()
        _flush()
        toolbars, docks, actions = _ours(window)
        assert len(docks) == 1 and docks[0].isVisibleTo(window)
        plugin.dock_action.trigger()
        assert not docks[0].isVisibleTo(window)

        plugin.unload()
        _flush()
        assert _ours(window) == ([], [], [])
        assert registry.providerById("balloonwatch") is None
        assert rec.options == [] and rec.menus == {}
        assert len(registry.providers()) == before


def test_broken_settings_do_not_stop_loading(bw_iface):
    from qgis.core import QgsSettings

    store = QgsSettings()
    store.setValue("balloon_watch/alert_distance_km", "fifty")
    store.setValue("balloon_watch/debug", "perhaps")
    try:
        from balloon_watch.plugin.toolbelt.settings import PluginSettings

        s = PluginSettings.load()
        assert s.alert_distance_km == 50.0 and s.debug is False
        plugin = balloon_watch.classFactory(bw_iface)
        plugin.initGui()
        plugin.dock_action.trigger()
        plugin.unload()
    finally:
        store.remove("balloon_watch/alert_distance_km")
        store.remove("balloon_watch/debug")


def test_options_page_saves_settings(bw_iface):
    from qgis.core import QgsSettings

    from balloon_watch.plugin.gui.options import BalloonWatchOptionsFactory
    from balloon_watch.plugin.toolbelt.settings import PluginSettings

    page = BalloonWatchOptionsFactory().createWidget(None)
    page.alert.setValue(12.5)
    page.banner.setText("SECRET//REL TO CAN")
    page.apply()
    try:
        s = PluginSettings.load()
        assert s.alert_distance_km == 12.5 and s.briefing_banner == "SECRET//REL TO CAN"
    finally:
        QgsSettings().remove("balloon_watch")
