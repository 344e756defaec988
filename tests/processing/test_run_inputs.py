"""What a run depends on: its parameters and its context only (the user's settings give parameter defaults, nothing
more), and secondary outputs that a script may leave out, as in QGIS's own algorithms."""

from __future__ import annotations

import sqlite3

import processing
import pytest
from bw_paths import ROOT
from qgis.core import QgsVectorLayer

from balloon_watch.plugin.qgis_io.layers import gpkg_destination
from balloon_watch.plugin.toolbelt.settings import PluginSettings

DATA = ROOT / "resources" / "data"
SITES = str(DATA / "sites.gpkg")


def rows(uri: str) -> list[tuple]:
    """Every feature as (attributes, geometry as WKT), sorted: what an analyst would see in the layer."""
    layer = QgsVectorLayer(uri, "out", "ogr")
    assert layer.isValid(), uri
    return sorted((tuple(str(v) for v in f.attributes()[1:]), f.geometry().asWkt(7)) for f in layer.getFeatures())


def tables(store: str) -> set[str]:
    con = sqlite3.connect(store)
    try:
        return {r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")}
    finally:
        con.close()


def analysis(store: str) -> dict[str, list[tuple]]:
    """Every algorithm with every parameter given, into ``store``: {output: rows}."""
    def run(alg, params):
        return processing.run(f"balloonwatch:{alg}", params)

    def out(name):
        return gpkg_destination(store, name)

    trk = run("importtrack", {"INPUT": str(DATA / "balloon_2023_reconstructed.csv"), "FORMAT": 0, "TIME_ZONE": "UTC",
                              "ALT_UNIT": 0, "OUTPUT": out("points"), "OUTPUT_LINE": out("line")})
    buf = run("buffersites", {"INPUT": SITES, "DISTANCES": "50000", "TOLERANCE": 1.0, "DONUTS": False,
                              "OUTPUT": out("buffers")})
    prox = run("siteproximity", {"TRACK": trk["OUTPUT"], "SITES": SITES, "DISTANCE": 50000.0,
                                 "OUTPUT": out("approaches"), "OUTPUT_PARTS": out("parts")})
    air = run("importairspace", {"INPUT": str(DATA / "closures_2023.txt"), "FORMAT": 0, "TOLERANCE": 1.0,
                                 "OUTPUT": out("closures")})
    flag = run("flagclosures", {"TRACK": trk["OUTPUT"], "AIRSPACE": air["OUTPUT"], "OUTPUT": out("flagged"),
                                "OUTPUT_EVENTS": out("events")})
    prop = run("proposeclosures", {"TRACK": trk["OUTPUT"], "SITES": SITES, "RADIUS": 50000.0,
                                   "OUTPUT": out("proposals")})
    fc = run("forecasttrack", {"TRACK": trk["OUTPUT"], "HORIZON_H": 6.0, "METHOD": 0, "CALIBRATE": True,
                               "SITES": SITES, "ALERT_DISTANCE": 50000.0, "OUTPUT": out("forecast"),
                               "OUTPUT_CONE": out("cone"), "OUTPUT_ETA": out("eta")})
    uris = {"points": trk["OUTPUT"], "line": trk["OUTPUT_LINE"], "buffers": buf["OUTPUT"],
            "approaches": prox["OUTPUT"], "parts": prox["OUTPUT_PARTS"], "closures": air["OUTPUT"],
            "flagged": flag["OUTPUT"], "events": flag["OUTPUT_EVENTS"], "proposals": prop["OUTPUT"],
            "forecast": fc["OUTPUT"], "cone": fc["OUTPUT_CONE"], "eta": fc["OUTPUT_ETA"]}
    return {name: rows(uri) for name, uri in uris.items()}


def test_the_same_run_gives_the_same_result_whatever_the_user_settings(bw_provider, tmp_path):
    saved = PluginSettings.load()
    other = PluginSettings(buffer_distances_km="1, 2", alert_distance_km=3.0, buffer_tolerance_m=50.0,
                           default_time_zone="America/Denver", http_timeout_s=1.0, live_refresh_min=1,
                           output_folder=str(tmp_path / "elsewhere"), case_store=str(tmp_path / "case.gpkg"),
                           briefing_banner="OTHER", export_dpi=72, debug=True)
    try:
        PluginSettings().save()
        first = analysis(str(tmp_path / "defaults.gpkg"))
        other.save()
        second = analysis(str(tmp_path / "other.gpkg"))
    finally:
        saved.save()
    assert all(first[name] for name in ("points", "buffers", "approaches", "flagged", "forecast", "eta"))
    for name in first:
        assert second[name] == first[name], name


@pytest.mark.parametrize("alg, secondary", [("siteproximity", "OUTPUT_PARTS"), ("flagclosures", "OUTPUT_EVENTS"),
                                            ("forecasttrack", "OUTPUT_CONE")])
def test_secondary_outputs_may_be_left_out(bw_provider, tmp_path, alg, secondary):
    store = str(tmp_path / "out.gpkg")
    trk = processing.run("balloonwatch:importtrack", {"INPUT": str(DATA / "balloon_2023_reconstructed.csv"),
                                                      "OUTPUT": gpkg_destination(store, "points"),
                                                      "OUTPUT_LINE": gpkg_destination(store, "line")})
    params = {"TRACK": trk["OUTPUT"]}
    if alg == "siteproximity":
        params.update(SITES=SITES, DISTANCE=50000.0)
    elif alg == "flagclosures":
        air = processing.run("balloonwatch:importairspace", {"INPUT": str(DATA / "closures_2023.txt"),
                                                             "OUTPUT": gpkg_destination(store, "closures")})
        params.update(AIRSPACE=air["OUTPUT"])
    else:
        params.update(HORIZON_H=6.0, METHOD=0)
    before = tables(store)
    alone = processing.run(f"balloonwatch:{alg}", {**params, "OUTPUT": gpkg_destination(store, "alone")})
    assert tables(store) == before | {"alone"}  # nothing written for the output left out
    both = processing.run(f"balloonwatch:{alg}", {**params, "OUTPUT": gpkg_destination(store, "both"),
                                                  secondary: gpkg_destination(store, "secondary")})
    assert alone[secondary] is None
    assert rows(both[secondary])  # asked for, it is written
    assert rows(alone["OUTPUT"]) == rows(both["OUTPUT"]) != []
