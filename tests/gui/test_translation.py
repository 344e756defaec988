"""With the QGIS locale set to French, the dock reads in French."""

from __future__ import annotations

import pytest
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


def test_the_dock_recognises_a_flight_state_refusal_in_french(qgis_app):
    from types import SimpleNamespace

    import numpy as np

    from balloon_watch.plugin.core.errors import BalloonWatchError
    from balloon_watch.plugin.core.flight_state import refuse_extrapolation
    from balloon_watch.plugin.core.model import Track
    from balloon_watch.plugin.gui.controller import _state_refusal
    from balloon_watch.plugin.toolbelt.i18n import install_translator, remove_translator, translated

    t = 1_675_400_000.0 + np.arange(60) * 60.0
    falling = Track("B", np.linspace(-93.0, -92.9, 60), np.full(60, 38.7), t, np.linspace(30000.0, 10000.0, 60))
    with pytest.raises(BalloonWatchError) as exc:
        refuse_extrapolation(falling, "wind")
    english = translated(exc.value)
    translator = install_translator("fr")
    assert translator is not None, "the French .qm was not loaded (run make qm)"
    try:
        french = translated(exc.value)
        assert french.startswith("La trajectoire 'B' n'est pas prévue : en descente"), french
        assert _state_refusal(SimpleNamespace(errors=[french]))
        assert _state_refusal(SimpleNamespace(errors=[english]))
        assert not _state_refusal(SimpleNamespace(errors=["La trajectoire 'B' : aucune position horodatée"]))
    finally:
        remove_translator(translator)
