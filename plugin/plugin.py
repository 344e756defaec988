"""The only module that touches ``iface``: actions, toolbar, menu, dock, provider, options page.

``unload`` mirrors ``initGui`` exactly, so loading and unloading twice leaves QGIS as it was.
"""

from __future__ import annotations

import logging

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon

from .definitions import PLUGIN_SLUG, plugin_name, resources_path
from .qgis_io.compat import QAction
from .toolbelt import log
from .toolbelt.i18n import install_translator, remove_translator, tr

LOG = logging.getLogger(f"{PLUGIN_SLUG}.plugin")


class BalloonWatchPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.actions: list[QAction] = []
        self.toolbar = None
        self.dock = None
        self.provider = None
        self.options_factory = None
        self.translator = None
        self.menu = tr("&Balloon Watch")

    # Processing is initialised separately so qgis_process can load the provider without a GUI.
    def initProcessing(self) -> None:  # noqa: N802 - QGIS API
        if self.provider is not None:
            return
        from .processing.provider import BalloonWatchProvider

        provider = BalloonWatchProvider()
        # the registry refuses (and deletes) a second provider with our id, e.g. when another copy of the
        # plugin is loaded: keep no reference to a deleted object
        if QgsApplication.processingRegistry().addProvider(provider):
            self.provider = provider
        else:
            LOG.warning("A Processing provider with the id 'balloonwatch' is already registered; ours was not added.")

    def initGui(self) -> None:  # noqa: N802 - QGIS API
        log.install()
        try:
            self.translator = install_translator()
        except Exception:  # noqa: BLE001 - a broken translation must never stop the plugin loading
            LOG.exception("Translation could not be loaded; using English.")
            self.translator = None
        if self.translator is not None:
            self.menu = tr("&Balloon Watch")
        self.initProcessing()

        self.toolbar = self.iface.addToolBar(plugin_name())
        self.toolbar.setObjectName("BalloonWatchToolbar")
        self.toolbar.setToolTip(tr("Balloon Watch toolbar"))

        icon = QIcon(resources_path("icons", "balloon_watch.svg"))
        self.dock_action = QAction(icon, tr("Balloon Watch panel"), self.iface.mainWindow())
        self.dock_action.setObjectName("BalloonWatchDockAction")
        self.dock_action.setCheckable(True)
        self.dock_action.setToolTip(tr("Show or hide the Balloon Watch panel"))
        self.dock_action.toggled.connect(self._toggle_dock)
        self.actions.append(self.dock_action)

        for action in self.actions:
            self.toolbar.addAction(action)
            self.iface.addPluginToMenu(self.menu, action)

        from .gui.options import BalloonWatchOptionsFactory

        self.options_factory = BalloonWatchOptionsFactory()
        self.iface.registerOptionsWidgetFactory(self.options_factory)

    def _ensure_dock(self):
        if self.dock is None:
            from .gui.dock import BalloonWatchDock

            self.dock = BalloonWatchDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.visibilityChanged.connect(self._sync_action)
        return self.dock

    def _toggle_dock(self, checked: bool) -> None:
        try:
            dock = self._ensure_dock()
            dock.setVisible(checked)
            if checked:
                dock.raise_()
        except Exception as exc:  # noqa: BLE001 - the analyst gets a message, never a traceback dialog
            LOG.exception("The Balloon Watch panel could not be opened")
            self.iface.messageBar().pushCritical(plugin_name(), tr("The panel could not be opened: {}").format(exc))

    def _sync_action(self, visible: bool) -> None:
        if self.dock_action.isChecked() != visible:
            self.dock_action.blockSignals(True)
            self.dock_action.setChecked(visible)
            self.dock_action.blockSignals(False)

    def unload(self) -> None:
        if self.dock is not None:
            self.dock.visibilityChanged.disconnect(self._sync_action)
            if hasattr(self.dock, "shutdown"):
                self.dock.shutdown()
            self.iface.removeDockWidget(self.dock)
            self.dock.setParent(None)
            self.dock.deleteLater()
            self.dock = None
        for action in self.actions:
            self.iface.removePluginMenu(self.menu, action)
            self.iface.removeToolBarIcon(action)
            action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
        log.uninstall()
