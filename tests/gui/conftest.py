"""A recording iface: pytest-qgis' fake iface lacks menus, dock removal and options pages."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QMainWindow


class Recorder:
    def __init__(self, iface):
        self.iface = iface
        self.menus: dict[str, list] = {}
        self.options: list = []
        self.messages: list[tuple[str, str, str]] = []
        window = iface.mainWindow()
        assert isinstance(window, QMainWindow)

        def add_toolbar(name):
            return window.addToolBar(name)

        def add_menu(menu, action):
            self.menus.setdefault(menu, []).append(action)

        def remove_menu(menu, action):
            self.menus.get(menu, []).remove(action)
            if not self.menus.get(menu):
                self.menus.pop(menu, None)

        iface.addToolBar = add_toolbar
        iface.addPluginToMenu = add_menu
        iface.removePluginMenu = remove_menu
        iface.addDockWidget = lambda area, dock: window.addDockWidget(area, dock)
        iface.removeDockWidget = lambda dock: window.removeDockWidget(dock)
        iface.registerOptionsWidgetFactory = self.options.append
        iface.unregisterOptionsWidgetFactory = self.options.remove
        bar = iface.messageBar()
        for level in ("Critical", "Warning", "Info", "Success"):
            def push(title, text, *args, _level=level):
                self.messages.append((_level, title, text))
            setattr(bar, f"push{level}", push)

        def push_message(title, text, level=0, duration=0):
            self.messages.append((str(int(level)), title, text))

        bar.pushMessage = push_message


@pytest.fixture()
def bw_iface(qgis_iface, monkeypatch):
    """The pytest-qgis iface, made to record what the plugin adds."""
    rec = Recorder(qgis_iface)
    qgis_iface.recorder = rec
    yield qgis_iface


def flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QCoreApplication.processEvents()


@pytest.fixture()
def dock(bw_iface, qgis_processing, tmp_path):
    """The plugin loaded and its dock open, writing into ``tmp_path``; everything removed after."""
    import balloon_watch

    QgsSettings().setValue("balloon_watch/output_folder", str(tmp_path))
    QgsProject.instance().clear()
    plugin = balloon_watch.classFactory(bw_iface)
    plugin.initGui()
    plugin.dock_action.trigger()
    yield plugin.dock
    plugin.unload()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QgsProject.instance().clear()
    QgsSettings().remove("balloon_watch/output_folder")
    QgsSettings().remove("balloon_watch/case_store")
