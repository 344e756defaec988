"""balloonwatch:importtrack through the Processing registry, on real and mirrored producer files."""

from __future__ import annotations

import math
import os
import sqlite3
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import processing
import pytest
from bw_paths import REALDATA, ROOT
from pyproj import Geod
from qgis.core import QgsProcessingException, QgsVectorLayer, QgsWkbTypes

GEOD = Geod(ellps="WGS84")
SAMPLE = str(ROOT / "resources" / "data" / "balloon_2023_reconstructed.csv")


def _layer(uri: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(uri, "t", "ogr")
    assert layer.isValid(), uri
    return layer


def test_import_sample_track_gpkg(bw_provider, tmp_path):
    out = str(tmp_path / "incident.gpkg")
    res = processing.run("balloonwatch:importtrack", {"INPUT": SAMPLE, "OUTPUT": out, "OUTPUT_LINE": out})
    assert res["POINTS"] == 1091 and res["TRACKS"] == 1 and res["SKIPPED"] == 0
    pts = _layer(res["OUTPUT"])
    assert pts.featureCount() == 1091
    names = pts.fields().names()
    for f in ("track_id", "time", "alt_m", "speed_ms", "heading_deg", "vrate_ms", "source"):
        assert f in names
    feats = list(pts.getFeatures())
    # speed and heading of fix 10 against an independent pyproj computation
    a, b = feats[9], feats[10]
    az, _, dist = GEOD.inv(a.geometry().asPoint().x(), a.geometry().asPoint().y(),
                           b.geometry().asPoint().x(), b.geometry().asPoint().y())
    dt = (b["time"].toMSecsSinceEpoch() - a["time"].toMSecsSinceEpoch()) / 1000.0
    assert b["speed_ms"] == pytest.approx(dist / dt, rel=1e-9)
    assert b["heading_deg"] == pytest.approx(az % 360.0, abs=1e-6)
    # altitude: 60,000 ft-ish converted to metres
    assert 16_700 < b["alt_m"] < 18_800
    line = _layer(res["OUTPUT_LINE"])
    assert line.featureCount() == 1
    lf = next(line.getFeatures())
    assert QgsWkbTypes.hasZ(lf.geometry().wkbType()) and QgsWkbTypes.hasM(lf.geometry().wkbType())
    # the track crosses the antimeridian: the line is split and never spans the globe in one part
    parts = lf.geometry().asGeometryCollection()
    assert len(parts) == 2
    for part in parts:
        assert part.boundingBox().width() < 180
    assert lf["points"] == 1091
    assert lf["length_m"] > 8_000_000


def test_import_real_habhub_csv_headerless(bw_provider, tmp_path):
    src = str(REALDATA / "balloon" / "habhub_sim_flight_path_japan_epoch.csv")
    out = str(tmp_path / "habhub.gpkg")
    res = processing.run("balloonwatch:importtrack", {"INPUT": src, "OUTPUT": out, "OUTPUT_LINE": out})
    pts = _layer(res["OUTPUT"])
    assert pts.featureCount() == 190
    first_line = open(src).readline().strip().split(",")
    f = next(pts.getFeatures())
    assert f["time"].toMSecsSinceEpoch() / 1000.0 == pytest.approx(float(first_line[0]))
    assert f.geometry().asPoint().y() == pytest.approx(float(first_line[1]))
    assert f["alt_m"] == pytest.approx(float(first_line[3]))


def test_bad_file_gives_clear_message_and_no_output(bw_provider, tmp_path):
    bad = tmp_path / "notes.csv"
    bad.write_text("this,is\nnot,a track\nat,all\n")
    out = tmp_path / "x.gpkg"
    with pytest.raises(QgsProcessingException) as exc:
        processing.run("balloonwatch:importtrack", {"INPUT": str(bad), "OUTPUT": str(out), "OUTPUT_LINE": str(out)})
    assert "notes.csv" in str(exc.value)
    assert not out.exists()
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".part")]


def test_existing_geopackage_not_damaged_by_failed_import(bw_provider, tmp_path):
    out = str(tmp_path / "keep.gpkg")
    processing.run("balloonwatch:importtrack", {"INPUT": SAMPLE, "OUTPUT": out + "|layername=first",
                                                "OUTPUT_LINE": out + "|layername=first_line"})
    before = _layer(out + "|layername=first").featureCount()
    bad = tmp_path / "bad.gpx"
    bad.write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><gpx>&a;</gpx>')
    with pytest.raises(QgsProcessingException) as exc:
        processing.run("balloonwatch:importtrack", {"INPUT": str(bad), "OUTPUT": out + "|layername=second",
                                                    "OUTPUT_LINE": out + "|layername=second_line"})
    assert "DTD" in str(exc.value) or "entit" in str(exc.value)
    assert _layer(out + "|layername=first").featureCount() == before
    con = sqlite3.connect(out)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    tables = {r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")}
    assert tables == {"first", "first_line"}


def test_other_output_format_geojson(bw_provider, tmp_path):
    out = str(tmp_path / "pts.geojson")
    line = str(tmp_path / "line.geojson")
    res = processing.run("balloonwatch:importtrack", {"INPUT": SAMPLE, "OUTPUT": out, "OUTPUT_LINE": line})
    assert _layer(res["OUTPUT"]).featureCount() == 1091
    assert _layer(res["OUTPUT_LINE"]).featureCount() == 1


class _Handler(BaseHTTPRequestHandler):
    body = b""

    def do_GET(self):  # noqa: N802 - http.server API
        if self.path.startswith("/fail"):
            self.send_response(503)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args):
        pass


def test_import_from_url_on_loopback(bw_provider, tmp_path):
    _Handler.body = open(SAMPLE, "rb").read()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        out = str(tmp_path / "live.gpkg")
        res = processing.run("balloonwatch:importtrack", {"INPUT": url + "/track.csv", "OUTPUT": out,
                                                          "OUTPUT_LINE": out})
        assert _layer(res["OUTPUT"]).featureCount() == 1091
        with pytest.raises(QgsProcessingException) as exc:
            processing.run("balloonwatch:importtrack", {"INPUT": url + "/fail", "OUTPUT": str(tmp_path / "f.gpkg"),
                                                        "OUTPUT_LINE": str(tmp_path / "f.gpkg")})
        assert "503" in str(exc.value)
        assert not (tmp_path / "f.gpkg").exists()
    finally:
        server.shutdown()


def test_time_zone_parameter(bw_provider, tmp_path):
    src = tmp_path / "local.csv"
    src.write_text("time,lat,lon,alt_ft\n2023-02-01 16:46:00,45.78,-108.50,60000\n"
                   "2023-02-01 16:56:00,45.78,-108.40,60100\n")
    out = str(tmp_path / "tz.gpkg")
    res = processing.run("balloonwatch:importtrack", {"INPUT": str(src), "TIME_ZONE": "America/Denver",
                                                      "OUTPUT": out, "OUTPUT_LINE": out})
    f = next(_layer(res["OUTPUT"]).getFeatures())
    # 16:46 MST = 23:46 UTC
    assert f["time"].toString("yyyy-MM-ddTHH:mm") == "2023-02-01T23:46"
    assert f["alt_m"] == pytest.approx(60000 * 0.3048)
    assert math.isclose(f.geometry().asPoint().x(), -108.50)


def test_two_sources_of_one_object_are_merged(bw_provider, tmp_path):
    a = tmp_path / "agency_a.csv"
    b = tmp_path / "agency_b.csv"
    a.write_text("time,lat,lon,alt_m\n2023-02-01T10:00:00Z,47.0,-112.0,18000\n2023-02-01T10:20:00Z,47.1,-111.8,18100\n")
    # B repeats one fix of A exactly and adds one between them
    b.write_text("time,lat,lon,alt_m\n2023-02-01T10:20:00Z,47.1,-111.8,18100\n2023-02-01T10:10:00Z,47.05,-111.9,18050\n")
    out = str(tmp_path / "m.gpkg")
    res = processing.run("balloonwatch:importtrack", {"INPUT": f"{a};{b}", "TRACK_ID": "BALLOON", "OUTPUT": out,
                                                      "OUTPUT_LINE": out})
    layer = _layer(res["OUTPUT"])
    assert layer.featureCount() == 3
    times = [f["time"].toString("HH:mm") for f in layer.getFeatures()]
    assert times == ["10:00", "10:10", "10:20"]
    assert {f["track_id"] for f in layer.getFeatures()} == {"BALLOON"}


def test_column_mapping_for_headerless_file(bw_provider, tmp_path):
    src = tmp_path / "raw.txt"
    # alt, lon, lat, epoch: an order no guesser would get right
    src.write_text("18000,-111.0,47.0,1675245600\n18100,-110.9,47.05,1675246200\n")
    out = str(tmp_path / "c.gpkg")
    res = processing.run("balloonwatch:importtrack", {"INPUT": str(src), "FORMAT": 1,
                                                      "COLUMNS": "alt=1, lon=2, lat=3, time=4",
                                                      "OUTPUT": out, "OUTPUT_LINE": out})
    f = next(_layer(res["OUTPUT"]).getFeatures())
    assert f.geometry().asPoint().y() == pytest.approx(47.0)
    assert f.geometry().asPoint().x() == pytest.approx(-111.0)
    assert f["alt_m"] == pytest.approx(18000)
    assert f["time"].toMSecsSinceEpoch() == 1675245600 * 1000
    with pytest.raises(QgsProcessingException) as exc:
        processing.run("balloonwatch:importtrack", {"INPUT": str(src), "COLUMNS": "alt", "OUTPUT": out,
                                                    "OUTPUT_LINE": out})
    assert "COLUMNS" in str(exc.value)


@pytest.mark.parametrize("at", [20, 50, 70, 90])
def test_cancelled_import_leaves_existing_geopackage_intact(bw_provider, tmp_path, at):
    from qgis.core import QgsProcessingFeedback

    out = str(tmp_path / "keep.gpkg")
    processing.run("balloonwatch:importtrack", {"INPUT": SAMPLE, "OUTPUT": out + "|layername=first",
                                                "OUTPUT_LINE": out + "|layername=first_line"})
    before = open(out, "rb").read()

    class CancelHalfway(QgsProcessingFeedback):
        def setProgress(self, progress):  # noqa: N802 - QGIS API
            super().setProgress(progress)
            if progress >= at:
                self.cancel()

    new = tmp_path / "new.gpkg"
    if at < 100:  # points and line commit together at the end: until then a cancel leaves nothing at all
        with pytest.raises(QgsProcessingException) as exc:
            processing.run("balloonwatch:importtrack", {"INPUT": SAMPLE, "OUTPUT": out + "|layername=second",
                                                        "OUTPUT_LINE": out + "|layername=second_line"},
                           feedback=CancelHalfway())
        assert "Cancelled" in str(exc.value)
        assert open(out, "rb").read() == before
        with pytest.raises(QgsProcessingException):
            processing.run("balloonwatch:importtrack", {"INPUT": SAMPLE, "OUTPUT": str(new),
                                                        "OUTPUT_LINE": str(new)}, feedback=CancelHalfway())
        assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.gpkg"]
    else:  # once the points are written the import completes: never half an import
        res = processing.run("balloonwatch:importtrack", {"INPUT": SAMPLE, "OUTPUT": str(new),
                                                          "OUTPUT_LINE": str(new)}, feedback=CancelHalfway())
        assert _layer(res["OUTPUT"]).featureCount() == 1091
        assert _layer(res["OUTPUT_LINE"]).featureCount() == 1


def test_import_summary_in_results_and_feedback(bw_provider, tmp_path):
    """The summary after an import: in the results and, absent things as warnings, in the feedback."""
    from qgis.core import QgsProcessingFeedback

    class Recorder(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.infos, self.warnings = [], []

        def pushInfo(self, info):  # noqa: N802 - QGIS API
            self.infos.append(info)

        def pushWarning(self, warning):  # noqa: N802 - QGIS API
            self.warnings.append(warning)

    src = str(REALDATA / "balloon" / "sonde2kml_20230119-110735_U2450623_RS41_sonde.kmz")
    out = str(tmp_path / "s.gpkg")
    fb = Recorder()
    res = processing.run("balloonwatch:importtrack", {"INPUT": src, "OUTPUT": out, "OUTPUT_LINE": out}, feedback=fb)
    assert res["POINTS"] == 1872 and res["TRACKS"] == 1
    assert res["ALT_MIN_M"] == pytest.approx(819.7) and res["ALT_MAX_M"] == pytest.approx(30959.4)
    assert math.isnan(res["START"])
    assert res["SUMMARY"].startswith("1872 fixes in 1 track(s); times absent;")
    assert any("no fix has a time" in w for w in fb.warnings)
    assert any("repeat vertices of the line" in i for i in fb.infos)
    names = _layer(res["OUTPUT"]).fields().names()
    assert "description" in names


def test_import_tawhiri_prediction_as_predicted_track(bw_provider, tmp_path):
    import json

    traj = [{"datetime": f"2023-02-04T{12 + i:02d}:00:00Z", "latitude": 33.0 + 0.1 * i, "longitude": 280.0 + 0.2 * i,
             "altitude": 18000.0 - 3000.0 * i} for i in range(4)]
    src = tmp_path / "tawhiri.json"
    src.write_text(json.dumps({"prediction": [{"stage": "float", "trajectory": traj[:2]},
                                              {"stage": "descent", "trajectory": traj[1:]}]}))
    out = str(tmp_path / "p.gpkg")
    res = processing.run("balloonwatch:importtrack", {"INPUT": str(src), "OUTPUT": out, "OUTPUT_LINE": out})
    assert res["FORMAT"] == "prediction" and res["POINTS"] == 4 and res["TRACKS"] == 1
    feats = list(_layer(res["OUTPUT"]).getFeatures())
    assert {f["kind"] for f in feats} == {"predicted"} and [f["stage"] for f in feats] == ["float", "float",
                                                                                          "descent", "descent"]
    assert feats[0].geometry().asPoint().x() == pytest.approx(-80.0)
