"""Core messages reach the analyst in French when QGIS is in French: the one guard of every algorithm
(``_sentence``), the feedback lines and the file/line/field parts of a reader's refusal."""

from __future__ import annotations

import sqlite3

import numpy as np
import processing
import pytest
from layer_builders import Capture
from qgis.core import QgsProcessingException

from balloon_watch.plugin.core.errors import BalloonWatchError, OutputError, describe_failure
from balloon_watch.plugin.core.flight_state import refuse_extrapolation
from balloon_watch.plugin.core.geodesy import GEOD
from balloon_watch.plugin.core.model import Track
from balloon_watch.plugin.processing.alg_forecasttrack import ForecastTrackAlgorithm
from balloon_watch.plugin.toolbelt.i18n import install_translator, remove_translator, translated


@pytest.fixture
def french(qgis_app):
    translator = install_translator("fr")
    assert translator is not None, "the French .qm was not loaded (run make qm)"
    yield
    remove_translator(translator)


def _wide_cell_csv(tmp_path) -> str:
    path = tmp_path / "wide.csv"
    path.write_text("time,lat,lon,alt\n2023-02-04T12:00:00Z,38.0,-93.0,18000\n"
                    f"2023-02-04T12:01:00Z,38.0,-93.0,{'9' * 1500}\n", encoding="utf-8")
    return str(path)


def test_reader_refusal_in_french_names_file_line_and_field(bw_provider, french, tmp_path):
    src = _wide_cell_csv(tmp_path)
    with pytest.raises(QgsProcessingException) as exc:
        processing.run("balloonwatch:importtrack", {"INPUT": src, "OUTPUT": "TEMPORARY_OUTPUT",
                                                    "OUTPUT_LINE": "TEMPORARY_OUTPUT"})
    text = str(exc.value)
    assert f"{src}, ligne 3, champ 'alt': une cellule de 1,500 caractères, plus que la limite de 1,000" in text, text


def test_reader_refusal_stays_english_without_the_translator(bw_provider, tmp_path):
    src = _wide_cell_csv(tmp_path)
    with pytest.raises(QgsProcessingException,
                       match=r"wide\.csv, line 3, field 'alt': a cell of 1,500 characters, more than the limit"):
        processing.run("balloonwatch:importtrack", {"INPUT": src, "OUTPUT": "TEMPORARY_OUTPUT",
                                                    "OUTPUT_LINE": "TEMPORARY_OUTPUT"})


def test_output_error_in_french_through_the_guard(french):
    err = OutputError(describe_failure(sqlite3.OperationalError("database is locked")), "incident.gpkg")
    assert str(err).startswith("incident.gpkg: the GeoPackage is locked")  # logs and tests stay English
    sentence = str(ForecastTrackAlgorithm()._sentence(err, {}))
    assert sentence == ("incident.gpkg: le GeoPackage est verrouillé par un autre programme (fermez-le dans ce "
                        "programme et relancez)")


def _descending() -> Track:
    n = 60
    t = 1_675_400_000.0 + np.arange(n) * 60.0
    lon, lat, _ = GEOD.fwd(np.full(n, -93.0), np.full(n, 38.7), np.full(n, 80.0), 15.0 * (t - t[0]))
    return Track("B", np.asarray(lon), np.asarray(lat), t, np.linspace(30000.0, 10000.0, n))


def test_flight_state_refusal_in_french_through_the_guard(french):
    with pytest.raises(BalloonWatchError) as exc:
        refuse_extrapolation(_descending(), "persistence")
    # 20 km lost over 59 min: 5.6 m/s measured over the last 30 min (the window)
    assert str(exc.value).startswith("Track 'B' is not forecast: descending at 5.6 m/s over the last 30 min, last at "
                                     "10,000 m")
    sentence = str(ForecastTrackAlgorithm()._sentence(exc.value, {}))
    assert sentence.startswith("La trajectoire 'B' n'est pas prévue : en descente à 5.6 m/s sur les 30 dernières "
                               "min, dernière position à 10,000 m"), sentence
    assert "Une prévision par persistance prolongerait un ballon en chute" in sentence


def test_import_summary_lines_in_french(bw_provider, french):
    from bw_paths import ROOT

    feedback = Capture()
    res = processing.run("balloonwatch:importtrack",
                         {"INPUT": str(ROOT / "resources" / "data" / "balloon_2023_reconstructed.csv"),
                          "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_LINE": "TEMPORARY_OUTPUT"}, feedback=feedback)
    assert any(i.startswith("1091 positions dans 1 trajectoire(s) ; ") for i in feedback.infos), feedback.infos
    headline = res["SUMMARY"].splitlines()[0]
    assert headline.startswith("1091 positions dans 1 trajectoire(s) ; ") and "altitude " in headline


def test_translated_passes_plain_text_through(french):
    assert translated("incident.gpkg") == "incident.gpkg"
    assert translated(ValueError("odd")) == "odd"
