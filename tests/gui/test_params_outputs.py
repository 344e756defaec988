"""Parameters from the algorithms' own definitions; where outputs go; the options page keeps the case file."""

from __future__ import annotations

import os
import tempfile

import pytest
from qgis.core import QgsApplication, QgsSettings

from balloon_watch.plugin.gui import outputs, params
from balloon_watch.plugin.toolbelt.settings import PluginSettings


@pytest.fixture(scope="module")
def provider(qgis_processing):
    from balloon_watch.plugin.processing.provider import BalloonWatchProvider

    registry = QgsApplication.processingRegistry()
    added = registry.providerById("balloonwatch") is None
    prov = BalloonWatchProvider() if added else registry.providerById("balloonwatch")
    if added:
        registry.addProvider(prov)
    yield prov
    if added:
        registry.removeProvider(prov)


def test_enum_choice_by_option_text_not_position(provider):
    options = params.enum_options("importtrack", "ALT_UNIT")
    assert "ft" in options and "FL" in options
    assert params.enum_value("importtrack", "ALT_UNIT", "ft") == options.index("ft")
    definition = params.algorithm("importtrack").parameterDefinition("ALT_UNIT")
    assert definition.options()[params.enum_value("importtrack", "ALT_UNIT", "FL")] == "FL"
    with pytest.raises(LookupError, match="no option 'furlong'"):
        params.enum_value("importtrack", "ALT_UNIT", "furlong")
    with pytest.raises(LookupError, match="no enum parameter INPUT"):
        params.enum_value("importtrack", "INPUT", "x")


def test_build_rejects_a_parameter_the_algorithm_does_not_have(provider):
    assert params.build("siteproximity", TRACK="a", NAME_FIELD=None) == {"TRACK": "a"}  # None: the default applies
    with pytest.raises(LookupError, match="has no parameter RADIUS_KM"):
        params.build("buffersites", INPUT="a", RADIUS_KM=5)
    with pytest.raises(LookupError, match="not registered"):
        params.algorithm("nosuchalgorithm")


def test_case_path_is_the_file_or_a_geopackage_in_the_folder(tmp_path):
    assert outputs.case_path(str(tmp_path / "incident.gpkg")) == str(tmp_path / "incident.gpkg")
    assert outputs.case_path(f" {tmp_path} ") == os.path.join(str(tmp_path), outputs.CASE_FILE)
    assert outputs.is_temporary(os.path.join(tempfile.gettempdir(), "x", "y.gpkg"))
    assert not outputs.is_temporary("/srv/cases/y.gpkg")


def test_store_follows_the_case_chosen(qgis_app, tmp_path):
    chosen = PluginSettings(case_store=str(tmp_path / "new" / "case.gpkg"))
    assert outputs.store(chosen, create=False) == str(tmp_path / "new" / "case.gpkg")
    assert not (tmp_path / "new").exists()  # shown while typed: nothing made yet
    assert outputs.store(chosen) == str(tmp_path / "new" / "case.gpkg")
    assert (tmp_path / "new").is_dir()  # ready for the first write


def test_options_page_keeps_the_case_file_chosen_in_the_dock(qgis_app, tmp_path):
    from balloon_watch.plugin.gui.options import BalloonWatchOptionsPage

    store = QgsSettings()
    try:
        store.setValue("balloon_watch/case_store", str(tmp_path / "case.gpkg"))
        page = BalloonWatchOptionsPage()
        page.banner.setText("SECRET")
        page.apply()
        settings = PluginSettings.load()
        assert settings.briefing_banner == "SECRET"
        assert settings.case_store == str(tmp_path / "case.gpkg")
    finally:
        PluginSettings().save()
        store.remove("balloon_watch/case_store")
