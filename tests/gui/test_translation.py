"""With the QGIS locale set to French, the dock reads in French."""

from __future__ import annotations

from qgis.core import QgsSettings

import balloon_watch


def test_dock_in_french(bw_iface):
    store = QgsSettings()
    store.setValue("locale/overrideFlag", True)
    store.setValue("locale/userLocale", "fr_CA")
    plugin = balloon_watch.classFactory(bw_iface)
    try:
        plugin.initGui()
        assert plugin.translator is not None, "the French .qm was not loaded (run make qm)"
        plugin.dock_action.trigger()
        dock = plugin.dock
        assert dock.windowTitle() == "Balloon Watch : analyse d'incident"
        assert dock.trackImportButton.text() == "Importer la trajectoire"
        assert dock.sections.itemText(1 - 1) == "Trajectoires"
        assert plugin.dock_action.text() == "Panneau Balloon Watch"
    finally:
        plugin.unload()
        store.remove("locale/overrideFlag")
        store.remove("locale/userLocale")


def test_missing_translation_falls_back_to_english(bw_iface):
    store = QgsSettings()
    store.setValue("locale/overrideFlag", True)
    store.setValue("locale/userLocale", "xx_YY")
    plugin = balloon_watch.classFactory(bw_iface)
    try:
        plugin.initGui()
        assert plugin.translator is None
        plugin.dock_action.trigger()
        assert plugin.dock.trackImportButton.text() == "Import track"
    finally:
        plugin.unload()
        store.remove("locale/overrideFlag")
        store.remove("locale/userLocale")
