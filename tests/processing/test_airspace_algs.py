"""Processing tests of importairspace, flagclosures and proposeclosures, run through the registry.

Expected values come from the files' own text (limits, windows, counts) and from independent computation
(pyproj Geod areas and distances, linear interpolation of constructed tracks), never from our code.
"""

from __future__ import annotations

import calendar
import http.server
import math
import re
import threading

import numpy as np
import pytest
from bw_paths import REALDATA
from layer_builders import Capture, site_layer, track_layer
from pyproj import Geod
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDateTime, Qt, QVariant

from balloon_watch.plugin.qgis_io.compat import FieldType

GEOD = Geod(ellps="WGS84")
FT = 0.3048
NM = 1852.0
T0 = float(calendar.timegm((2023, 2, 4, 12, 0, 0)))


def utc(text: str) -> float:
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)Z", text)
    return float(calendar.timegm(tuple(int(g) for g in m.groups())))


def run(name: str, params: dict, feedback=None) -> dict:
    import processing

    params = {"OUTPUT": "TEMPORARY_OUTPUT", **params}
    return processing.run(f"balloonwatch:{name}", params, feedback=feedback or Capture())


def rows(layer) -> list[dict]:
    names = layer.fields().names()
    return [dict(zip(names, f.attributes()), _geom=QgsGeometry(f.geometry())) for f in layer.getFeatures()]


def epoch(v) -> float | None:
    if v is None or (hasattr(v, "isNull") and v.isNull()):
        return None
    return v.toMSecsSinceEpoch() / 1000.0


def geod_area(geom: QgsGeometry) -> float:
    total = 0.0
    for poly in geom.asMultiPolygon():
        for k, ring in enumerate(poly):
            a, _ = GEOD.polygon_area_perimeter([p.x() for p in ring], [p.y() for p in ring])
            total += abs(a) if k == 0 else -abs(a)
    return total


# ------------------------------------------------------------------------------------------------ import

# file -> (count, {ident-or-index: (floor_m, floor_ref, ceiling_m, ceiling_ref, start, end)}) from the files' text
IMPORTED = {
    "tfr/faa_detail_4_9433_DC_SFRA.xml": (1, {0: (0.0, "SFC", 17999 * FT, "AGL", "any", None)}),
    "tfr/faa_detail_4_2565_DC_FRZ.xml": (1, {0: (0.0, "SFC", 17999 * FT, "AGL", "any", None)}),
    "openair/erictaylor_ksgu-airspaces.txt": (3, {0: (0.0, "SFC", 17999 * FT, "MSL", None, None)}),
    "openair/erictaylor_ksgu-ultralight-restricted-airspaces.txt": (3, {2: (0.0, "SFC", 17999 * FT, "MSL", None,
                                                                           None)}),
    "openair/openaip_arc-angle-cw.txt": (1, {}),
    "openair/openaip_arc-ccw.txt": (1, {0: (4000 * FT, "MSL", 10000 * FT, "STD", None, None)}),
    "openair/openaip_arc-cw.txt": (1, {}),
    "openair/openaip_check-limits-unit-conversion.txt": (1, {0: (18000 * FT, "STD", 35000 * FT, "MSL", None, None)}),
    "openair/openaip_circular-invalid.txt": (1, {}),
    "openair/openaip_circular.txt": (1, {0: (0.0, "SFC", 2200 * FT, "MSL", None, None)}),
    "openair/openaip_inline-comments.txt": (1, {}),
    "openair/openaip_laser-beam.txt": (1, {0: (0.0, "SFC", None, "UNL", None, None)}),
    "openair/openaip_meter-altitude-unit.txt": (1, {0: (3000.0, "MSL", 15000 * FT, "STD", None, None)}),
    "openair/openaip_polygon.txt": (1, {}),
    "openair/openaip_version-2-commands.txt": (11, {0: (0.0, "SFC", 40000 * FT, "MSL", None, None)}),
    "aixm/donlon2022_DN_SAA.ACT_2_changed_limits.xml": (1, {0: (30000 * FT, "STD", 40000 * FT, "STD",
                                                                utc("2022-05-07T14:00:00Z"),
                                                                utc("2022-05-08T14:00:00Z"))}),
    "aixm/donlon2022_DN_SAA.NEW_1_SAR.xml": (1, {0: (0.0, "SFC", 5000 * FT, "MSL", utc("2022-08-29T17:00:00Z"),
                                                     utc("2022-08-29T19:00:00Z"))}),
    "aixm/donlon2022_DN_SAA.NEW_2_several_NOTAM.xml": (1, {0: (0.0, "SFC", 5000 * FT, "MSL",
                                                               utc("2022-02-05T07:00:00Z"),
                                                               utc("2022-02-05T23:00:00Z"))}),
    "aixm/donlon2022_DN_SAA.NEW_3_polygon_excluded_airspace.xml": (1, {0: (0.0, "SFC", 5000 * FT, "MSL",
                                                                           utc("2022-08-29T14:00:00Z"),
                                                                           utc("2022-08-29T22:00:00Z"))}),
    "openair/openaip_do-not-split-into-multipolygon.txt": (1, {}),  # crosses itself: repaired and kept
    "openair/openaip_self-intersecting.txt": (1, {}),  # crosses itself: repaired and kept
    # national files (their limits and windows are checked against their text in tests/acceptance)
    "openair/aerofiles_2026_03_Airspace_Germany_OA1.txt": (678, {}),
    "openair/aerofiles_si_asp_230525.openair": (64, {}),
    "openair/openair-rs_Germany_latin1.txt": (677, {}),
    "airspace_geojson/faa_Prohibited_Areas.geojson": (13, {}),
    "airspace_geojson/openaip_parser_arc-cw-result.geojson": (1, {}),
    "airspace_geojson/openaip_parser_awy-result.geojson": (1, {}),
    "airspace_geojson/openaip_parser_circular-result.geojson": (1, {0: (0.0, "SFC", 2200 * FT, "MSL", None, None)}),
}

# file -> what the refusal must say (the reason, and the line where the file gives one)
REFUSED = {
    "openair/openaip_ceiling-definitions-al-greater-ah.txt": r"line 9.*floor FL999 is above ceiling FL240",
    "openair/openaip_flight-level-missing-number.txt": r"line 6.*flight level without a number",
    "openair/openaip_invalid-coordinates.txt": r"line 14.*malformed coordinate",
    "aixm/donlon2022_DN_SAA.ACT_1_area_activation.xml": r"TEMPDELTA \(activation 2022-05-01 05:00Z to "
                                                        r"2022-05-01 15:00Z\) skipped: its BASELINE is not in",
    "aixm/donlon2022_DN_SAA.ACT_3_date_range_schedule.xml": r"TEMPDELTA .* skipped: its BASELINE is not in",
}


@pytest.mark.parametrize("name, pieces", [("openaip_self-intersecting.txt", 3),
                                          ("openaip_do-not-split-into-multipolygon.txt", 2)])
def test_self_crossing_outline_is_repaired_kept_and_reported(bw_provider, name, pieces):
    """Real OpenAir areas drawn crossing themselves (like LF-R60 BEAUCE in the French file) are repaired with
    make-valid and kept: the closure checks must not have a hole where the area is."""
    fb = Capture()
    res = run("importairspace", {"INPUT": str(REALDATA / "openair" / name)}, fb)
    assert res["COUNT"] == 1 and res["REPAIRED"] == 1 and res["SKIPPED"] == 0
    f = rows(res["OUTPUT"])[0]
    g = f["_geom"]
    assert g.isGeosValid() and len(g.asGeometryCollection()) == pieces
    assert f["repair"].startswith("outline crosses itself (edge near ")
    assert f"repaired with make-valid and kept (part 1 made valid into {pieces} polygon(s))" in f["repair"]
    assert any(w.startswith(f"Airspace '{f['name']}' (line 1): outline crosses itself") for w in fb.warnings)
    # the repaired area covers the outline's vertices (nothing of the drawn area dropped)
    from balloon_watch.plugin.core.airspace import read_airspace_file

    ring = read_airspace_file(REALDATA / "openair" / name).airspaces[0].geometry[0][0]
    inside = sum(g.buffer(1e-7, 4).contains(QgsGeometry.fromPointXY(QgsPointXY(x, y))) for x, y in ring)
    assert inside == len(ring)


def test_tempdelta_files_with_their_baseline_in_one_run(bw_provider):
    base = REALDATA.parent / "constructed" / "aixm_EAR2_baseline_constructed.xml"
    acts = [REALDATA / "aixm" / f"donlon2022_DN_SAA.{f}.xml" for f in ("ACT_1_area_activation",
                                                                       "ACT_3_date_range_schedule")]
    fb = Capture()
    res = run("importairspace", {"INPUT": str(base), "MORE_FILES": ";".join(str(a) for a in acts)}, fb)
    assert res["COUNT"] == 3 and res["SKIPPED"] == 0
    feats = rows(res["OUTPUT"])
    assert [f["ident"] for f in feats] == ["EAR2"] * 3
    assert [epoch(f["start_time"]) for f in feats] == [1640995200.0, 1651381200.0, 1652162400.0]
    assert {f["type"] for f in feats} == {"restricted"}
    assert any("2 AIXM TEMPDELTA activation(s) applied" in i for i in fb.infos)
    # without the BASELINE only the activation of ACT_1 fails, named, and the other file still imports
    polygon = REALDATA / "openair" / "openaip_polygon.txt"
    res = run("importairspace", {"INPUT": str(acts[0]), "MORE_FILES": str(polygon)})
    assert res["COUNT"] == 1 and res["SKIPPED"] == 1


def test_every_real_file_is_covered():
    on_disk = {f"{p.parent.name}/{p.name}" for d in ("tfr", "openair", "aixm", "airspace_geojson")
               for p in (REALDATA / d).iterdir()}
    # Switzerland imports all but its 19 two-point cable obstacles: tests/acceptance (AIRSPACE_PARTIAL) covers it
    assert on_disk == set(IMPORTED) | set(REFUSED) | {"openair/openair-rs_Switzerland.txt"}


@pytest.mark.parametrize("name", sorted(IMPORTED))
def test_import_real_file(bw_provider, name):
    count, limits = IMPORTED[name]
    res = run("importairspace", {"INPUT": str(REALDATA / name)})
    layer = res["OUTPUT"]
    assert res["COUNT"] == count == layer.featureCount()
    assert res["SKIPPED"] == 0
    assert layer.crs().authid() == "EPSG:4326"
    assert QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
    assert layer.fields().field("start_time").type() == QVariant.DateTime
    feats = rows(layer)
    for f in feats:
        assert f["_geom"].isGeosValid() and geod_area(f["_geom"]) > 0
        assert f["ident"] and f["floor_ref"] in ("SFC", "MSL", "AGL", "STD")
    for idx, (floor, floor_ref, ceil, ceil_ref, start, end) in limits.items():
        f = feats[idx]
        assert f["floor_m"] == pytest.approx(floor, abs=0.01) and f["floor_ref"] == floor_ref
        assert f["ceiling_ref"] == ceil_ref
        if ceil is None:
            assert f["ceiling_m"] is None or f["ceiling_m"] == QVariant() or str(f["ceiling_m"]) == "NULL"
        else:
            assert f["ceiling_m"] == pytest.approx(ceil, abs=0.01)
        if start != "any":
            assert epoch(f["start_time"]) == start
        assert epoch(f["end_time"]) == end


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refused_real_file_names_file_and_reason(bw_provider, name):
    with pytest.raises(QgsProcessingException) as exc:
        run("importairspace", {"INPUT": str(REALDATA / name)})
    msg = str(exc.value)
    assert str(REALDATA / name) in msg
    assert re.search(REFUSED[name], msg), msg


def test_circle_area_matches_geodesic_circle(bw_provider):
    # openaip_circular.txt: DC 1.10 (NM) around 53:24:25 N 010:25:10 E
    layer = run("importairspace", {"INPUT": str(REALDATA / "openair/openaip_circular.txt")})["OUTPUT"]
    geom = next(layer.getFeatures()).geometry()
    r = 1.10 * NM
    assert geod_area(geom) == pytest.approx(math.pi * r * r, rel=2e-3)
    clon, clat = 10 + 25 / 60 + 10 / 3600, 53 + 24 / 60 + 25 / 3600
    ring = geom.asMultiPolygon()[0][0]
    _, _, d = GEOD.inv([clon] * len(ring), [clat] * len(ring), [p.x() for p in ring], [p.y() for p in ring])
    assert max(abs(np.asarray(d) - r)) < 2.0  # vertices on the geodesic circle (tolerance 1 m + DMS rounding)


def test_notam_file_imports_and_reports_skipped_record_with_line(bw_provider):
    fb = Capture()
    name = REALDATA / "notam/faa_xnotam_txtDescrTraditional_4_9433_4_2565.txt"
    res = run("importairspace", {"INPUT": str(name)}, fb)
    assert res["COUNT"] == 1 and res["SKIPPED"] == 1
    f = rows(res["OUTPUT"])[0]
    assert "4/9433" in f["ident"]
    assert f["ceiling_m"] == pytest.approx(17999 * FT, abs=0.01) and f["ceiling_ref"] == "AGL"
    assert any("line 7" in w and "4/2565" in w for w in fb.warnings), fb.warnings
    assert any("line 7" in i for i in fb.infos)  # every skipped record in the log too


def test_malformed_record_skipped_rest_imported(bw_provider, tmp_path):
    good = "AC R\nAN GOOD ONE\nAL GND\nAH FL100\nV X=53:00:00 N 010:00:00 E\nDC 2\n"
    bad = ("AC R\nAN BROKEN\nAL GND\nAH FL100\nDP 53:00:00 N 011:00:00 E\nDP 53:10:00 N 011:\n"
           "DP 53:00:00 N 011:10:00 E\n")
    path = tmp_path / "mixed.txt"
    path.write_text(good + "\n" + bad + "\n" + good.replace("GOOD ONE", "GOOD TWO"))
    bad_line = (good + "\n" + bad).splitlines().index("DP 53:10:00 N 011:") + 1
    fb = Capture()
    res = run("importairspace", {"INPUT": str(path)}, fb)
    assert res["COUNT"] == 2 and res["SKIPPED"] == 1
    assert [f["ident"] for f in rows(res["OUTPUT"])] == ["GOOD ONE", "GOOD TWO"]
    assert any(f"line {bad_line}" in w for w in fb.warnings), fb.warnings
    f = rows(res["OUTPUT"])[0]
    assert f["ceiling_m"] == pytest.approx(10000 * FT) and f["ceiling_ref"] == "STD"
    assert geod_area(f["_geom"]) == pytest.approx(math.pi * (2 * NM) ** 2, rel=2e-3)


def test_missing_file_and_forced_wrong_format(bw_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match=r"nothere\.txt.*cannot read"):
        run("importairspace", {"INPUT": str(tmp_path / "nothere.txt")})
    # OpenAir forced as AIXM: refused with a reason, never read as something else
    with pytest.raises(QgsProcessingException, match=r"openaip_circular\.txt"):
        run("importairspace", {"INPUT": str(REALDATA / "openair/openaip_circular.txt"), "FORMAT": 5})


@pytest.fixture(scope="module")
def http_server():
    body = (REALDATA / "openair/erictaylor_ksgu-airspaces.txt").read_bytes()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server API
            if self.path == "/ksgu.txt":
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            else:
                self.send_error(500, "Internal Server Error")

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_url_import_good_and_http_500(bw_provider, http_server):
    res = run("importairspace", {"INPUT": f"{http_server}/ksgu.txt"})
    assert res["COUNT"] == 3 and res["FORMAT"] == "openair"
    f = rows(res["OUTPUT"])[0]
    assert f["ident"] == "SAINT GEORGE CLASS E2" and f["ceiling_m"] == pytest.approx(17999 * FT)
    with pytest.raises(QgsProcessingException, match=r"/broken\.txt.*HTTP 500"):
        run("importairspace", {"INPUT": f"{http_server}/broken.txt"})


def test_url_connection_refused_is_clear(bw_provider):
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    with pytest.raises(QgsProcessingException, match=r"connection refused"):
        run("importairspace", {"INPUT": f"http://127.0.0.1:{port}/x.txt"})


# ------------------------------------------------------------------------------------------------ flagging


def closure_layer(closures: list[dict]) -> QgsVectorLayer:
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", "closures", "memory")
    pr = layer.dataProvider()
    pr.addAttributes([QgsField("ident", FieldType.String), QgsField("name", FieldType.String),
                      QgsField("floor_m", FieldType.Double), QgsField("floor_ref", FieldType.String),
                      QgsField("ceiling_m", FieldType.Double), QgsField("ceiling_ref", FieldType.String),
                      QgsField("start_time", FieldType.DateTime), QgsField("end_time", FieldType.DateTime),
                      QgsField("remark", FieldType.String)])
    layer.updateFields()
    feats = []
    for c in closures:
        x0, y0, x1, y1 = c["box"]
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(f"MULTIPOLYGON((({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0})))"))
        st = c.get("start")
        en = c.get("end")
        f.setAttributes([c["ident"], c["ident"].lower(), c["floor"], c["floor_ref"], c["ceil"], c["ceil_ref"],
                         QDateTime.fromMSecsSinceEpoch(int(st * 1000), Qt.TimeSpec.UTC) if st else None,
                         QDateTime.fromMSecsSinceEpoch(int(en * 1000), Qt.TimeSpec.UTC) if en else None,
                         f"remark {c['ident']}"])
        feats.append(f)
    pr.addFeatures(feats)
    return layer


# a track east along 10 N from 0 E to 7 E at 1 degree per hour, fixes every 0.3 degree (none on an edge)
def east_track(alt: float) -> list[tuple[float, float, float, float]]:
    lons = np.arange(0.0, 7.0001, 0.3)
    return [(float(x), 10.0, T0 + x * 3600.0, alt) for x in lons]


CLOSURES = [
    {"ident": "C_VIOL", "box": (1, 9.5, 2, 10.5), "floor": 0.0, "floor_ref": "SFC", "ceil": 20000.0,
     "ceil_ref": "MSL"},
    {"ident": "C_OVER", "box": (3, 9.5, 4, 10.5), "floor": 0.0, "floor_ref": "SFC", "ceil": 10000.0,
     "ceil_ref": "MSL"},
    {"ident": "C_INACT", "box": (5, 9.5, 6, 10.5), "floor": 0.0, "floor_ref": "SFC", "ceil": 20000.0,
     "ceil_ref": "MSL", "start": T0 + 10 * 86400, "end": T0 + 11 * 86400},
    {"ident": "C_CLEAR", "box": (1, 20, 2, 21), "floor": 0.0, "floor_ref": "SFC", "ceil": 20000.0,
     "ceil_ref": "MSL"},
]


def test_flag_statuses_times_and_events(bw_provider):
    res = run("flagclosures", {"TRACK": track_layer({"B1": east_track(15000.0)}),
                               "AIRSPACE": closure_layer(CLOSURES), "OUTPUT_EVENTS": "TEMPORARY_OUTPUT"})
    assert res["VIOLATED"] == 1 and res["VIOLATED_IDENTS"] == ["C_VIOL"]
    out = {f["ident"]: f for f in rows(res["OUTPUT"])}
    assert {k: v["status"] for k, v in out.items()} == {
        "C_VIOL": "violated", "C_OVER": "passed over", "C_INACT": "inactive at passage", "C_CLEAR": "clear"}
    assert out["C_VIOL"]["remark"] == "remark C_VIOL"  # input fields kept
    # entry/exit where the track crosses lon 1 and 2 (1 degree per hour from 0 E at T0), not at fixes
    assert epoch(out["C_VIOL"]["first_entry"]) == pytest.approx(T0 + 3600.0, abs=0.01)
    assert epoch(out["C_VIOL"]["last_exit"]) == pytest.approx(T0 + 7200.0, abs=0.01)
    assert out["C_VIOL"]["inside_s"] == pytest.approx(3600.0, abs=0.01)
    assert out["C_OVER"]["min_vsep_m"] == pytest.approx(5000.0, abs=0.01)
    assert epoch(out["C_OVER"]["first_entry"]) == pytest.approx(T0 + 3 * 3600.0, abs=0.01)
    assert epoch(out["C_CLEAR"]["first_entry"]) is None
    # every closure checked is in the results with its status, the clear one included
    assert res["CHECKED"] == 4
    assert {c["ident"]: c["status"] for c in res["CLOSURES"]} == {
        "C_VIOL": "violated", "C_OVER": "passed over", "C_INACT": "inactive at passage", "C_CLEAR": "clear"}
    viol = next(c for c in res["CLOSURES"] if c["ident"] == "C_VIOL")
    assert viol["inside_s"] == pytest.approx(3600.0, abs=0.01) and viol["first_entry"].endswith(":00:00")
    events = rows(res["OUTPUT_EVENTS"])
    assert res["OUTPUT_EVENTS"].wkbType() == QgsWkbTypes.Type.LineStringZM
    by = {e["ident"]: e for e in events}
    assert set(by) == {"C_VIOL", "C_OVER", "C_INACT"}
    assert [by[k]["violated"] for k in ("C_VIOL", "C_OVER", "C_INACT")] == [True, False, False]
    ev = by["C_VIOL"]
    assert ev["track_id"] == "B1"
    assert epoch(ev["enter_time"]) == pytest.approx(T0 + 3600.0, abs=0.01)
    assert epoch(ev["exit_time"]) == pytest.approx(T0 + 7200.0, abs=0.01)
    line = ev["_geom"].constGet()
    first, last = line.pointN(0), line.pointN(line.numPoints() - 1)
    # the track moves along the geodesic between fixes (0.9 E and 1.2 E at 10 N), which bulges 3 m north of the
    # parallel: the entry point is where that geodesic meets the box's 1 E edge (the path is kept within 1 m)
    assert (first.x(), first.z()) == pytest.approx((1.0, 15000.0), abs=1e-9)
    assert first.y() == pytest.approx(_geodesic_lat_at_lon((0.9, 10.0), (1.2, 10.0), 1.0), abs=1e-5)
    assert first.y() > 10.0 + 2e-5  # not the straight lon/lat line
    assert first.m() == pytest.approx(T0 + 3600.0, abs=0.01) and last.x() == pytest.approx(2.0, abs=1e-9)
    assert epoch(by["C_INACT"]["enter_time"]) == pytest.approx(T0 + 5 * 3600.0, abs=0.01)


def _geodesic_lat_at_lon(a, b, lon: float) -> float:
    """Latitude where the geodesic from a to b crosses a meridian (bisection on the distance along it)."""
    az, _, length = GEOD.inv(a[0], a[1], b[0], b[1])
    lo, hi = 0.0, length
    for _ in range(80):
        mid = 0.5 * (lo + hi)
        x, _, _ = GEOD.fwd(a[0], a[1], az, mid)
        lo, hi = (mid, hi) if x < lon else (lo, mid)
    return float(GEOD.fwd(a[0], a[1], az, 0.5 * (lo + hi))[1])


def _constant_dem(path, height: float) -> QgsRasterLayer:
    from osgeo import gdal, osr

    ds = gdal.GetDriverByName("GTiff").Create(str(path), 80, 100, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((0.0, 0.1, 0.0, 15.0, 0.0, -0.1))  # 0..8 E, 5..15 N
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(np.full((100, 80), height, dtype=np.float32))
    ds = None
    layer = QgsRasterLayer(str(path), "dem")
    assert layer.isValid()
    return layer


def test_agl_ceiling_uses_dem_when_given(bw_provider, tmp_path):
    agl = [{"ident": "C_AGL", "box": (1, 9.5, 2, 10.5), "floor": 0.0, "floor_ref": "SFC", "ceil": 1000.0,
            "ceil_ref": "AGL"}]
    track = track_layer({"B1": east_track(2000.0)})
    # without terrain: ground 0 m MSL, ceiling 1000 m < 2000 m: passed over, and the note says so
    res = run("flagclosures", {"TRACK": track, "AIRSPACE": closure_layer(agl), "OUTPUT_EVENTS": "TEMPORARY_OUTPUT"})
    f = rows(res["OUTPUT"])[0]
    assert f["status"] == "passed over" and f["min_vsep_m"] == pytest.approx(1000.0, abs=0.01)
    assert "AGL" in f["note"]
    # with a 1500 m plateau: ceiling 2500 m MSL > 2000 m: violated
    res = run("flagclosures", {"TRACK": track, "AIRSPACE": closure_layer(agl), "DEM": _constant_dem(
        tmp_path / "dem.tif", 1500.0), "OUTPUT_EVENTS": "TEMPORARY_OUTPUT"})
    assert res["VIOLATED_IDENTS"] == ["C_AGL"]


def test_flag_refuses_track_layer_of_lines(bw_provider):
    lines = QgsVectorLayer("LineString?crs=EPSG:4326", "l", "memory")
    with pytest.raises(QgsProcessingException):
        run("flagclosures", {"TRACK": lines, "AIRSPACE": closure_layer(CLOSURES), "OUTPUT_EVENTS": "memory:"})


# ------------------------------------------------------------------------------------------------ proposals

DMS = r"(\d{2})(\d{2})(\d{2})([NS])(\d{3})(\d{2})(\d{2})([EW])"


def _dms(m) -> tuple[float, float]:
    lat = (int(m[0]) + int(m[1]) / 60 + int(m[2]) / 3600) * (1 if m[3] == "N" else -1)
    lon = (int(m[4]) + int(m[5]) / 60 + int(m[6]) / 3600) * (1 if m[7] == "E" else -1)
    return lon, lat


def _yymmddhhmm(s: str) -> float:
    return float(calendar.timegm((2000 + int(s[:2]), int(s[2:4]), int(s[4:6]), int(s[6:8]), int(s[8:10]), 0)))


# a balloon east along 40 N from 101 W to 97 W at 18 km, a fix every 6 minutes, 0.05 degree apart
WEST_TRACK = [(-101.0 + 0.05 * i, 40.0, T0 + 360.0 * i, 18000.0) for i in range(81)]


def test_proposal_circle_text_format_and_window(bw_provider):
    fb = Capture()
    res = run("proposeclosures", {"TRACK": track_layer({"N1": WEST_TRACK}),
                                  "SITES": site_layer([("SILO", -99.0, 40.2), ("FAR", -90.0, 30.0)], "site_name"),
                                  "NAME_FIELD": "site_name", "MARGIN_MIN": 60, "VERTICAL_MARGIN": 1000}, fb)
    feats = rows(res["OUTPUT"])
    assert res["COUNT"] == 1 and len(feats) == 1  # FAR is 1000 km away: no circle
    f = feats[0]
    text = f["text"]
    assert text in fb.infos and res["TEXTS"] == [text]
    centre = _dms(re.search(DMS, text).groups())
    assert centre == pytest.approx((-99.0, 40.2), abs=0.5 / 3600)
    assert float(re.search(r"([\d.]+)NM RADIUS OF " + DMS, text).group(1)) == pytest.approx(30.0)
    # band: 18000 m +- 1000 m -> 17000 m = FL557.7 down to FL550, 19000 m = FL623.4 up to FL630
    band = re.search(r"\b(SFC|FL\d{3})-(FL\d{3})\b", text)
    assert band.groups() == ("FL550", "FL630")
    assert f["floor_m"] == pytest.approx(55000 * FT) and f["ceiling_m"] == pytest.approx(63000 * FT)
    start_s, end_s = re.search(r"\b(\d{10})-(\d{10})\b", text).groups()
    # the true passage within 30 NM of the site, by dense geodesic sampling of the path
    x = np.linspace(-101.0, -97.0, 40001)
    _, _, d = GEOD.inv(np.full(len(x), -99.0), np.full(len(x), 40.2), x, np.full(len(x), 40.0))
    inside = x[np.asarray(d) <= 30 * NM]
    enter, leave = T0 + (inside[0] + 101.0) / 0.05 * 360.0, T0 + (inside[-1] + 101.0) / 0.05 * 360.0
    start, end = _yymmddhhmm(start_s), _yymmddhhmm(end_s)
    assert enter - 3600.0 - 360.0 - 60.0 <= start <= enter - 3600.0  # window covers it, to a fix interval
    assert leave + 3600.0 <= end + 60.0 and end <= leave + 3600.0 + 360.0
    assert epoch(f["start_time"]) == pytest.approx(start, abs=60.0)
    assert geod_area(f["_geom"]) == pytest.approx(math.pi * (30 * NM) ** 2, rel=2e-3)


def test_proposal_corridor_and_debris(bw_provider):
    shoot = T0 + 40 * 360.0 + 180.0  # between fixes 40 and 41: at -98.975 E
    res = run("proposeclosures", {"TRACK": track_layer({"N1": WEST_TRACK}), "CORRIDOR": True, "RADIUS": 10 * NM,
                                  "SHOOTDOWN_TIME": QDateTime.fromMSecsSinceEpoch(int(shoot * 1000), Qt.TimeSpec.UTC)
                                  .toString(Qt.DateFormat.ISODate), "WIND_U": 20.0, "WIND_V": 0.0})
    feats = {f["ident"]: f for f in rows(res["OUTPUT"])}
    assert "PROPOSED DEBRIS" in feats and any(k.startswith("PROPOSED CORRIDOR") for k in feats)
    corridor = next(f for k, f in feats.items() if k.startswith("PROPOSED CORRIDOR"))
    for lon, lat, _, _ in WEST_TRACK:  # every fix inside the corridor
        assert corridor["_geom"].contains(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
    assert re.search(DMS + " TO .*TO POINT OF ORIGIN", corridor["text"])
    debris = feats["PROPOSED DEBRIS"]
    c = debris["_geom"].centroid().asPoint()
    az, _, dist = GEOD.inv(-98.975, 40.0, c.x(), c.y())
    assert 80 < az < 100 and dist > 1000  # downwind (east) of the shoot-down position
    band = re.search(r"\bSFC-FL(\d{3})\b", debris["text"])
    assert int(band.group(1)) * 100 * FT >= 18000.0  # from the ground up past the balloon
    assert epoch(debris["start_time"]) <= shoot <= epoch(debris["end_time"])


def test_proposal_bad_shootdown_time(bw_provider):
    track = track_layer({"N1": WEST_TRACK})
    with pytest.raises(QgsProcessingException, match=r"not a date and time"):
        run("proposeclosures", {"TRACK": track, "SHOOTDOWN_TIME": "yesterday noon"})
    with pytest.raises(QgsProcessingException, match=r"outside the track"):
        run("proposeclosures", {"TRACK": track, "SHOOTDOWN_TIME": "2023-03-01T00:00:00Z"})


def test_propose_unknown_altitude_defaults_said_in_fields_text_and_warnings(bw_provider):
    fb = Capture()
    no_alt = [(lon, lat, t, math.nan) for lon, lat, t, _ in WEST_TRACK]
    params = {"TRACK": track_layer({"N1": no_alt}), "SITES": site_layer([("SILO", -99.0, 40.2)], "site_name"),
              "NAME_FIELD": "site_name"}
    res = run("proposeclosures", params, fb)
    f = rows(res["OUTPUT"])[0]
    assert f["limits"] == "limits ASSUMED (balloon altitude unknown there): SFC to FL650"
    assert " 30NM RADIUS OF " in f["text"] and " SFC-FL650 " in f["text"]
    assert f["text"].endswith("(PROPOSAL: LIMITS ASSUMED, BALLOON ALTITUDE UNKNOWN)")
    assert any("limits ASSUMED" in w for w in fb.warnings)
    res = run("proposeclosures", {**params, "FLOOR_FT": 18000, "CEILING_FL": 700, "RADIUS": 20 * NM})
    f = rows(res["OUTPUT"])[0]
    assert " 20NM RADIUS OF " in f["text"] and " 18000FT-FL700 " in f["text"]
    assert f["floor_m"] == pytest.approx(18000 * 0.3048) and f["ceiling_m"] == pytest.approx(70000 * 0.3048)


# ------------------------------------------------------------------------------------------------ styles


@pytest.mark.parametrize("kind, categories", [("airspace", 6), ("closures_flagged", 5), ("closure_events", 2),
                                              ("proposals", 0)])
def test_styles_load_and_time_enable(bw_provider, kind, categories):
    from balloon_watch.plugin.core.kinds import kind as kind_spec
    from balloon_watch.plugin.qgis_io.styles import apply_style

    res = run("flagclosures", {"TRACK": track_layer({"B1": east_track(15000.0)}),
                               "AIRSPACE": closure_layer(CLOSURES), "OUTPUT_EVENTS": "TEMPORARY_OUTPUT"})
    layer = res["OUTPUT_EVENTS"] if kind == "closure_events" else res["OUTPUT"]
    if kind in ("airspace", "proposals"):
        layer = run("importairspace", {"INPUT": str(REALDATA / "openair/openaip_circular.txt")})["OUTPUT"]
    apply_style(layer, kind)
    renderer = layer.renderer()
    assert (len(renderer.categories()) if categories else 0) == categories
    if kind == "closures_flagged":
        assert {c.value() for c in renderer.categories()} == {"violated", "inactive at passage", "passed over",
                                                             "passed under", "clear"}
    assert layer.labelsEnabled() and "ident" in layer.labeling().settings().fieldName
    props = layer.temporalProperties()
    spec = kind_spec(kind)
    assert props.isActive() and props.startField() == spec.start_field and props.endField() == spec.end_field


@pytest.mark.parametrize("name, category", [
    ("openair/openaip_circular.txt", "restricted"), ("openair/erictaylor_ksgu-airspaces.txt", "controlled"),
    ("openair/openaip_laser-beam.txt", "danger"), ("tfr/faa_detail_4_9433_DC_SFRA.xml", "TFR"),
    ("openair/openaip_version-2-commands.txt", "controlled"),  # AY TMA, AC D: a class D TMA
])
def test_airspace_style_categories_follow_class_and_type(bw_provider, name, category):
    """The legend's category of each real file, evaluated with the style's own expression."""
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    from balloon_watch.plugin.qgis_io.styles import apply_style

    layer = run("importairspace", {"INPUT": str(REALDATA / name)})["OUTPUT"]
    apply_style(layer, "airspace")
    renderer = layer.renderer()
    labels = {c.value(): c.label() for c in renderer.categories()}
    assert labels["TFR"] == "TFR / national defense airspace" and labels["controlled"].endswith("(class A-E)")
    expr = QgsExpression(renderer.classAttribute())
    ctx = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    for f in layer.getFeatures():
        ctx.setFeature(f)
        assert expr.evaluate(ctx) == category, (name, f["type"], f["class"], f["kind"])
