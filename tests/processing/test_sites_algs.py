"""balloonwatch:buffersites and balloonwatch:siteproximity through the Processing registry, and the bundled
sites catalogue. Ground truth: pyproj Geod (buffer edges sampled densely; CPA by brute force along the track).
"""

from __future__ import annotations

import math
import re

import numpy as np
import processing
import pytest
from bw_paths import FACTS_2023, ROOT
from layer_builders import Capture
from pyproj import Geod
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDateTime, Qt

GEOD = Geod(ellps="WGS84")
MALMSTROM = (-111.18722, 47.50472)


def _layer(kind: str, fields: str, rows: list, crs: str | None = "EPSG:4326") -> QgsVectorLayer:
    """Memory layer; rows are (wkt, [attributes])."""
    uri = kind + (f"?crs={crs}" if crs else "?") + "".join(f"&field={f}" for f in fields.split() if f)
    layer = QgsVectorLayer(uri, "in", "memory")
    assert layer.isValid()
    if crs is None:  # memory layers default to EPSG:4326: clear it explicitly
        layer.setCrs(QgsCoordinateReferenceSystem())
        assert not layer.crs().isValid()
    feats = []
    for wkt, attrs in rows:
        f = QgsFeature(layer.fields())
        if wkt:
            f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes(attrs)
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def _buffer(layer, distances="25000,50000", **kw):
    params = {"INPUT": layer, "DISTANCES": distances, "TOLERANCE": 1.0, "DONUTS": False, "OUTPUT": "memory:"}
    params.update(kw)
    fb = Capture()
    res = processing.run("balloonwatch:buffersites", params, feedback=fb)
    return res["OUTPUT"], fb


def _rings(geom: QgsGeometry) -> list[np.ndarray]:
    out = []
    for poly in geom.asMultiPolygon():
        for ring in poly:
            out.append(np.array([(p.x(), p.y()) for p in ring]))
    return out


def _edge_samples(ring: np.ndarray, k: int = 8) -> np.ndarray:
    """k points per straight lon/lat edge (ends included once), skipping the cut edges along +/-180 and
    along the poles' latitudes (construction edges, not buffer boundary)."""
    a, b = ring[:-1], ring[1:]
    cut = ((np.abs(a[:, 0]) == 180.0) & (a[:, 0] == b[:, 0])) | ((np.abs(a[:, 1]) == 90.0) & (a[:, 1] == b[:, 1]))
    a, b = a[~cut], b[~cut]
    t = np.linspace(0.0, 1.0, k, endpoint=False)
    return (a[:, None, :] + (b - a)[:, None, :] * t[None, :, None]).reshape(-1, 2)


def _dist_from(lon: float, lat: float, pts: np.ndarray) -> np.ndarray:
    n = len(pts)
    return np.asarray(GEOD.inv(np.full(n, lon), np.full(n, lat), pts[:, 0], pts[:, 1])[2])


def _dense_polyline(coords: list[tuple[float, float]], step_m: float = 40.0) -> np.ndarray:
    """Points every ``step_m`` along the geodesics joining ``coords`` (independent of the plugin's code)."""
    out = []
    for (x1, y1), (x2, y2) in zip(coords[:-1], coords[1:]):
        az, _, length = GEOD.inv(x1, y1, x2, y2)
        s = np.linspace(0.0, length, int(math.ceil(length / step_m)) + 1)
        x, y, _ = GEOD.fwd(np.full(len(s), x1), np.full(len(s), y1), np.full(len(s), az), s)
        out.append(np.column_stack([x, y]))
    return np.vstack(out)


def _dist_to_dense(pts: np.ndarray, dense: np.ndarray, candidates: int = 24) -> np.ndarray:
    """Geodesic distance from each point to the nearest dense point (prefilter in a local flat metric)."""
    coslat = math.cos(math.radians(float(np.mean(dense[:, 1]))))
    out = np.empty(len(pts))
    for i, (x, y) in enumerate(pts):
        d2 = ((dense[:, 0] - x) * coslat) ** 2 + (dense[:, 1] - y) ** 2
        idx = np.argpartition(d2, candidates)[:candidates]
        out[i] = _dist_from(x, y, dense[idx]).min()
    return out


# ------------------------------------------------------------------------------------------------------------
# buffersites
# ------------------------------------------------------------------------------------------------------------


def test_point_buffers_match_pyproj_everywhere_along_edges(bw_provider):
    sites = [(MALMSTROM, "Malmstrom"), ((20.0, 70.0), "north"), ((179.9, -10.0), "antimeridian"),
             ((0.0, 89.8), "pole")]
    layer = _layer("Point", "name:string", [(f"POINT({x} {y})", [n]) for (x, y), n in sites])
    out, _ = _buffer(layer, "25000, 50000")
    feats = list(out.getFeatures())
    assert len(feats) == 8
    assert sorted(f["ring_m"] for f in feats) == [25000.0] * 4 + [50000.0] * 4
    worst = 0.0
    for f in feats:
        geom = f.geometry()
        assert geom.isGeosValid(), f["name"]
        bbox = geom.boundingBox()
        assert -180.0 <= bbox.xMinimum() and bbox.xMaximum() <= 180.0
        (cx, cy), = [c for c, n in sites if n == f["name"]]
        for ring in _rings(geom):
            pts = _edge_samples(ring)
            err = np.abs(_dist_from(cx, cy, pts) - f["ring_m"])
            worst = max(worst, float(err.max()))
    assert worst <= 1.0, worst
    by = {(f["name"], f["ring_m"]): f.geometry() for f in feats}
    # antimeridian: two parts, one each side, the point on the date line 40 km east of the centre is covered
    am = by[("antimeridian", 50000.0)]
    assert am.constGet().numGeometries() == 2
    x, y, _ = GEOD.fwd(179.9, -10.0, 90.0, 40_000.0)
    assert x < -179.0 and am.contains(QgsPointXY(x, y))
    # pole: the 50 km disc around (0, 89.8) holds the pole (22 km away) and the far side of it
    pole = by[("pole", 50000.0)]
    assert pole.contains(QgsPointXY(150.0, 89.9)) and pole.intersects(QgsGeometry.fromPointXY(QgsPointXY(0, 90)))
    assert not pole.contains(QgsPointXY(180.0 - 1e-6, 89.5))  # 0.7 deg over the pole: 78 km from the centre


def test_line_and_polygon_buffers_at_the_right_distance(bw_provider):
    line = [(-111.5, 47.0), (-110.0, 47.6), (-109.2, 46.8)]
    tri = [(-105.0, 41.0), (-104.0, 41.2), (-104.6, 41.9), (-105.0, 41.0)]
    lwkt = "LINESTRING(" + ",".join(f"{x} {y}" for x, y in line) + ")"
    pwkt = "POLYGON((" + ",".join(f"{x} {y}" for x, y in tri) + "))"
    lines, _ = _buffer(_layer("LineString", "name:string", [(lwkt, ["l"])]), "20000")
    polys, _ = _buffer(_layer("Polygon", "name:string", [(pwkt, ["p"])]), "20000")
    rng = np.random.default_rng(1)
    for out, coords in ((lines, line), (polys, tri)):
        (f,) = list(out.getFeatures())
        geom = f.geometry()
        assert geom.isGeosValid()
        assert QgsWkbTypes.flatType(geom.wkbType()) == QgsWkbTypes.Type.MultiPolygon
        assert geom.constGet().numGeometries() == 1  # dissolved: one piece, no inner slivers
        rings = _rings(geom)
        assert len(rings) == 1  # no holes left by the union
        pts = _edge_samples(rings[0], 8)
        pts = pts[rng.choice(len(pts), 400, replace=False)]
        d = _dist_to_dense(pts, _dense_polyline(coords))
        assert np.abs(d - 20000.0).max() <= 1.05, np.abs(d - 20000.0).max()  # 1 m + sampling of the truth
        for x, y in coords:
            assert geom.contains(QgsPointXY(x, y))
    # the polygon's interior is covered too (a buffer, not a ring around the outline)
    pgeom = next(polys.getFeatures()).geometry()
    assert pgeom.contains(QgsPointXY(-104.5, 41.3))


def test_antimeridian_line_buffer_valid_in_4326(bw_provider):
    wkt = "LINESTRING(179.5 60, -179.4 60.4)"  # crosses the date line (unwrapped by the shortest way)
    out, _ = _buffer(_layer("LineString", "id:integer", [(wkt, [1])]), "30000")
    (f,) = list(out.getFeatures())
    geom = f.geometry()
    assert geom.isGeosValid()
    parts = geom.asGeometryCollection()
    assert len(parts) == 2
    for part in parts:
        box = part.boundingBox()
        assert box.width() < 5.0 and -180.0 <= box.xMinimum() and box.xMaximum() <= 180.0
    # the geodesic midpoint (on the date line) is inside; a point 40 km north of it is not
    mx, my = GEOD.npts(179.5, 60, -179.4, 60.4, 1)[0]
    assert geom.contains(QgsPointXY(mx, my))
    nx, ny, _ = GEOD.fwd(mx, my, 0.0, 40_000.0)
    assert not geom.contains(QgsPointXY(nx, ny))


def _disc_area(lon, lat, r, n=7200):
    az = np.linspace(0.0, 360.0, n, endpoint=False)
    x, y, _ = GEOD.fwd(np.full(n, lon), np.full(n, lat), az, np.full(n, r))
    return abs(GEOD.polygon_area_perimeter(x, y)[0])


def _area(geom):
    total = 0.0
    for poly in geom.asMultiPolygon():
        for i, ring in enumerate(poly):
            a = abs(GEOD.polygon_area_perimeter([p.x() for p in ring], [p.y() for p in ring])[0])
            total += a if i == 0 else -a
    return total


def test_donut_mode(bw_provider):
    layer = _layer("Point", "name:string", [(f"POINT({MALMSTROM[0]} {MALMSTROM[1]})", ["M"])])
    out, _ = _buffer(layer, "25000,50000,100000", DONUTS=True)
    rings = {f["ring_m"]: f.geometry() for f in out.getFeatures()}
    assert sorted(rings) == [25000.0, 50000.0, 100000.0]
    for r_in, r_out in ((0.0, 25000.0), (25000.0, 50000.0), (50000.0, 100000.0)):
        g = rings[r_out]
        assert g.isGeosValid()
        for d, inside in ((r_in + 500.0, True), (r_out - 500.0, True), (r_in - 500.0, False),
                          (r_out + 500.0, False)):
            if d <= 0:
                continue
            x, y, _ = GEOD.fwd(*MALMSTROM, 37.0, d)
            assert g.contains(QgsPointXY(x, y)) == inside, (r_out, d)
        expected = _disc_area(*MALMSTROM, r_out) - (_disc_area(*MALMSTROM, r_in) if r_in else 0.0)
        assert _area(g) == pytest.approx(expected, rel=2e-4)
    assert len(_rings(rings[50000.0])) == 2  # an outer ring and the hole


def test_distance_field_per_feature(bw_provider):
    rows = [("POINT(-100 40)", ["a", 10000.0]), ("POINT(-95 42)", ["b", 30000.0]),
            ("POINT(-90 44)", ["c", None]), ("POINT(-85 46)", ["d", -5.0])]
    layer = _layer("Point", "name:string radius:double", rows)
    out, fb = _buffer(layer, "20000", DISTANCE_FIELD="radius")
    got = {f["name"]: f for f in out.getFeatures()}
    assert sorted(got) == ["a", "b", "c"]  # d skipped: negative radius
    assert any("radius" in w and "1 site" in w for w in fb.warnings), fb.warnings
    centres = {"a": (-100, 40), "b": (-95, 42), "c": (-90, 44)}
    for name, r in (("a", 10000.0), ("b", 30000.0), ("c", 20000.0)):  # c: NULL falls back to DISTANCES
        f = got[name]
        assert f["ring_m"] == r
        if name == "c":  # the NULL radius is kept as NULL in the output
            assert f["radius"] is None or (hasattr(f["radius"], "isNull") and f["radius"].isNull()), f["radius"]
        else:
            assert f["radius"] == r
        pts = _edge_samples(_rings(f.geometry())[0], 4)
        assert np.abs(_dist_from(*centres[name], pts) - r).max() <= 1.0


@pytest.mark.parametrize("distances, words", [
    ("0", "greater than 0"), ("25000,-5", "greater than 0"), ("25 miles", "not a number"),
    ("30000000", "20,000 km"), ("", "at least one"),
])
def test_bad_distances_refused(bw_provider, distances, words):
    layer = _layer("Point", "name:string", [("POINT(0 0)", ["x"])])
    with pytest.raises(QgsProcessingException) as exc:
        _buffer(layer, distances)
    assert words in str(exc.value)


def test_bad_sites_layers(bw_provider):
    no_crs = _layer("Point", "name:string", [("POINT(0 0)", ["x"])], crs=None)
    with pytest.raises(QgsProcessingException) as exc:
        _buffer(no_crs, "1000")
    assert "coordinate reference system" in str(exc.value)
    # empty geometries are skipped with a warning; the others are buffered
    mixed = _layer("Point", "name:string", [("POINT(1 1)", ["ok"]), (None, ["empty"])])
    out, fb = _buffer(mixed, "1000")
    assert [f["name"] for f in out.getFeatures()] == ["ok"]
    assert any("empty geometry" in w for w in fb.warnings)
    # nothing usable at all: a clear error
    with pytest.raises(QgsProcessingException) as exc:
        _buffer(_layer("Point", "name:string", [(None, ["empty"])]), "1000")
    assert "No site could be buffered" in str(exc.value)


# ------------------------------------------------------------------------------------------------------------
# siteproximity
# ------------------------------------------------------------------------------------------------------------

T0 = 1_675_252_800.0  # 2023-02-01T12:00:00Z


def _constructed_track():
    """Fixes every 120 s at ~25 m/s on a geodesic passing ~13 km NE of Malmstrom; altitude varying."""
    start = GEOD.fwd(*MALMSTROM, 300.0, 120_000.0)[:2]
    az = 112.0  # 8 deg off the line to the base: passes ~15 km from it
    n = 60
    s = np.arange(n) * 3000.0
    x, y, _ = GEOD.fwd(np.full(n, start[0]), np.full(n, start[1]), np.full(n, az), s)
    x = np.asarray(x) + 0.01 * np.sin(np.arange(n))  # wiggle: not a single geodesic
    t = T0 + 120.0 * np.arange(n)
    alt = 18_000.0 + 100.0 * np.cos(np.arange(n) / 5.0)
    return np.asarray(x), np.asarray(y), t, alt


def _track_layer(x, y, t, alt, with_time=True, with_alt=True):
    fields = "track_id:string" + (" time:datetime" if with_time else "") + (" alt_m:double" if with_alt else "")
    rows = []
    for i in range(len(x)):
        attrs = ["T1"]
        if with_time:
            attrs.append(QDateTime.fromMSecsSinceEpoch(int(t[i] * 1000), Qt.TimeSpec.UTC))
        if with_alt:
            attrs.append(float(alt[i]))
        rows.append((f"POINT({x[i]:.17g} {y[i]:.17g})", attrs))
    return _layer("Point", fields, rows)


def _brute_force(x, y, t, alt, site, r):
    """Dense walk along every geodesic segment (1 m steps): min distance, its time, crossings of r."""
    best = (math.inf, None, None)
    crossings = []
    prev_d = None
    for i in range(len(x) - 1):
        az, _, length = GEOD.inv(x[i], y[i], x[i + 1], y[i + 1])
        s = np.linspace(0.0, length, int(length) + 1)
        px, py, _ = GEOD.fwd(np.full(len(s), x[i]), np.full(len(s), y[i]), np.full(len(s), az), s)
        d = _dist_from(*site, np.column_stack([px, py]))
        u = s / length
        tt = t[i] + (t[i + 1] - t[i]) * u
        j = int(np.argmin(d))
        if d[j] < best[0]:
            best = (float(d[j]), float(tt[j]), float(alt[i] + (alt[i + 1] - alt[i]) * u[j]), px[j], py[j])
        seq = np.concatenate([[prev_d], d]) if prev_d is not None else d
        tseq = np.concatenate([[tt[0]], tt]) if prev_d is not None else tt
        inside = seq < r
        for k in np.nonzero(inside[1:] != inside[:-1])[0]:
            crossings.append(float(tseq[k + 1]))
        prev_d = d[-1]
    return best, crossings


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory):
    from balloon_watch.plugin.qgis_io import sites_catalogue

    project = QgsProject()
    folder = tmp_path_factory.mktemp("catalogue")
    layer = sites_catalogue.add_catalogue_layer(project, str(folder))
    yield project, folder, layer
    project.removeAllMapLayers()  # close the GeoPackage before GDAL shuts down at exit


def test_proximity_against_brute_force(bw_provider, catalogue):
    _, _, sites = catalogue
    x, y, t, alt = _constructed_track()
    res = processing.run("balloonwatch:siteproximity", {
        "TRACK": _track_layer(x, y, t, alt), "SITES": sites, "NAME_FIELD": "name", "DISTANCE": 50_000.0,
        "OUTPUT": "memory:", "OUTPUT_PARTS": "memory:"})
    assert res["EVENT_COUNT"] == 1
    assert res["SITES_ENTERED"] == ["Malmstrom AFB (KGFA)"]
    (ev,) = list(res["OUTPUT"].getFeatures())
    (best_d, best_t, best_alt, bx, by), crossings = _brute_force(x, y, t, alt, MALMSTROM, 50_000.0)
    assert 5_000 < best_d < 30_000 and len(crossings) == 2
    assert ev["cpa_m"] == pytest.approx(best_d, abs=1.0)
    assert ev["cpa_time"].toMSecsSinceEpoch() / 1000.0 == pytest.approx(best_t, abs=1.0)
    assert ev["cpa_alt_m"] == pytest.approx(best_alt, abs=1.0)
    assert ev["enter_time"].toMSecsSinceEpoch() / 1000.0 == pytest.approx(crossings[0], abs=1.0)
    assert ev["exit_time"].toMSecsSinceEpoch() / 1000.0 == pytest.approx(crossings[1], abs=1.0)
    assert ev["dwell_s"] == pytest.approx(crossings[1] - crossings[0], abs=2.0)
    p = ev.geometry().asPoint()
    assert GEOD.inv(p.x(), p.y(), bx, by)[2] < 30.0  # the CPA point itself (25 m/s x 1 s)
    assert ev["bearing_deg"] == pytest.approx(GEOD.inv(*MALMSTROM, p.x(), p.y())[0] % 360.0, abs=1e-6)
    (part,) = list(res["OUTPUT_PARTS"].getFeatures())
    geom = part.geometry()
    assert QgsWkbTypes.hasZ(geom.wkbType()) and QgsWkbTypes.hasM(geom.wkbType())
    verts = list(geom.vertices())
    ends = np.array([(verts[0].x(), verts[0].y()), (verts[-1].x(), verts[-1].y())])
    assert np.abs(_dist_from(*MALMSTROM, ends) - 50_000.0).max() < 1.0  # parts start and end on the radius
    assert verts[0].m() == pytest.approx(crossings[0], abs=1.0) and 17_000 < verts[0].z() < 19_000


def test_proximity_without_time_or_altitude(bw_provider, catalogue):
    _, _, sites = catalogue
    x, y, t, alt = _constructed_track()
    fb = Capture()
    res = processing.run("balloonwatch:siteproximity", {
        "TRACK": _track_layer(x, y, t, alt, with_time=False, with_alt=False), "SITES": sites,
        "NAME_FIELD": "name", "DISTANCE": 50_000.0, "OUTPUT": "memory:", "OUTPUT_PARTS": "memory:"},
        feedback=fb)
    (ev,) = list(res["OUTPUT"].getFeatures())
    (best_d, *_), _ = _brute_force(x, y, t, alt, MALMSTROM, 50_000.0)
    assert ev["cpa_m"] == pytest.approx(best_d, abs=1.0)
    for name in ("cpa_time", "enter_time", "exit_time", "dwell_s", "cpa_alt_m"):
        assert ev[name] is None or (hasattr(ev[name], "isNull") and ev[name].isNull()), name
    assert any("time" in w and "NULL" in w for w in fb.warnings), fb.warnings
    assert any("alt_m" in w for w in fb.warnings), fb.warnings


def test_proximity_bad_input(bw_provider, catalogue):
    _, _, sites = catalogue
    x, y, t, alt = _constructed_track()
    track = _track_layer(x, y, t, alt)
    for distance, words in ((0.0, "greater than 0"), (-10.0, "greater than 0"), (3.0e7, "20,000 km")):
        with pytest.raises(QgsProcessingException) as exc:
            processing.run("balloonwatch:siteproximity", {"TRACK": track, "SITES": sites, "DISTANCE": distance,
                                                          "OUTPUT": "memory:", "OUTPUT_PARTS": "memory:"})
        assert words in str(exc.value)
    no_crs = _layer("Point", "name:string", [(f"POINT({MALMSTROM[0]} {MALMSTROM[1]})", ["M"])], crs=None)
    with pytest.raises(QgsProcessingException) as exc:
        processing.run("balloonwatch:siteproximity", {"TRACK": track, "SITES": no_crs, "DISTANCE": 50_000.0,
                                                      "OUTPUT": "memory:", "OUTPUT_PARTS": "memory:"})
    assert "coordinate reference system" in str(exc.value)
    # null names: named after the feature id, with a warning
    unnamed = _layer("Point", "name:string", [(f"POINT({MALMSTROM[0]} {MALMSTROM[1]})", [None]), (None, ["x"])])
    fb = Capture()
    res = processing.run("balloonwatch:siteproximity", {"TRACK": track, "SITES": unnamed, "NAME_FIELD": "name",
                                                        "DISTANCE": 50_000.0, "OUTPUT": "memory:",
                                                        "OUTPUT_PARTS": "memory:"}, feedback=fb)
    assert res["SITES_ENTERED"] == ["site 1"]
    assert any("no value in 'name'" in w for w in fb.warnings) and any("empty" in w for w in fb.warnings)


# ------------------------------------------------------------------------------------------------------------
# catalogue
# ------------------------------------------------------------------------------------------------------------


def _facts_sites() -> dict[str, tuple[float, float]]:
    """The four sites of FACTS-2023.md: name -> (lon, lat), parsed from its table."""
    out = {}
    for line in FACTS_2023.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\|\s*([^|]*?\(K[A-Z]{3}\))[^|]*\|[^|]*?\(?(-?\d+\.\d+), (-?\d+\.\d+)\)?\s*\|", line)
        if m:
            out[m.group(1)] = (float(m.group(3)), float(m.group(2)))
    return out


def test_catalogue_layer_has_facts_sites_with_sources(catalogue):
    project, folder, layer = catalogue
    bundled = ROOT / "resources" / "data" / "sites.gpkg"
    before = bundled.read_bytes()
    assert layer.isValid() and layer.source().startswith(str(folder))
    assert project.mapLayer(layer.id()) is layer
    facts = _facts_sites()
    assert len(facts) == 4, facts
    rows = {f["name"]: f for f in layer.getFeatures()}
    for name, (lon, lat) in facts.items():
        f = rows[name]
        p = f.geometry().asPoint()
        assert (p.x(), p.y()) == pytest.approx((lon, lat), abs=1e-6)
        assert f["source"] and str(f["source"]) != "NULL"
    assert all(f["source"] and str(f["source"]) != "NULL" for f in rows.values())
    # the analyst can add rows to the copy; the bundled file is untouched and a second click reuses the copy
    feat = QgsFeature(layer.fields())
    feat.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(-100.0, 45.0)))
    feat.setAttribute("name", "analyst site")
    assert layer.dataProvider().addFeatures([feat])[0]
    from balloon_watch.plugin.qgis_io import sites_catalogue

    again = sites_catalogue.add_catalogue_layer(project, str(folder))
    assert again is layer
    reopened = QgsVectorLayer(layer.source(), "re", "ogr")
    assert reopened.featureCount() == len(rows) + 1
    assert bundled.read_bytes() == before
    assert QgsVectorLayer(str(bundled), "b", "ogr").featureCount() == len(rows)


def test_styles_apply_to_outputs(bw_provider):
    from balloon_watch.plugin.qgis_io.styles import apply_style

    layer = _layer("Point", "name:string", [(f"POINT({MALMSTROM[0]} {MALMSTROM[1]})", ["M"])])
    out, _ = _buffer(layer, "25000,50000")
    apply_style(out, "site_buffers")
    renderer = out.renderer()
    assert renderer.type() == "graduatedSymbol" and renderer.classAttribute() == "ring_m"
    colours = {rng.symbol().symbolLayer(0).strokeColor().name() for rng in renderer.ranges()}
    assert len(colours) == len(renderer.ranges())  # outlines graded by ring_m
    for rng in renderer.ranges():
        assert 0 < rng.symbol().color().alpha() < 255  # semi-transparent fill, opaque outline
    x, y, t, alt = _constructed_track()
    res = processing.run("balloonwatch:siteproximity", {
        "TRACK": _track_layer(x, y, t, alt), "SITES": layer, "NAME_FIELD": "name", "DISTANCE": 50_000.0,
        "OUTPUT": "memory:", "OUTPUT_PARTS": "memory:"})
    events = res["OUTPUT"]
    apply_style(events, "approach_events")
    assert events.labelsEnabled()
    expr = events.labeling().settings().fieldName
    assert "site_name" in expr and "cpa_m" in expr and "km" in expr
    assert events.temporalProperties().isActive() and events.temporalProperties().startField() == "enter_time"
    parts = res["OUTPUT_PARTS"]
    apply_style(parts, "approach_parts")
    assert parts.temporalProperties().isActive()


def test_huge_disc_holding_both_poles_and_repaired_polygon(bw_provider):
    layer = _layer("Point", "name:string", [(f"POINT({MALMSTROM[0]} {MALMSTROM[1]})", ["M"])])
    out, _ = _buffer(layer, "18000000", TOLERANCE=10.0)
    (f,) = list(out.getFeatures())
    geom = f.geometry()
    assert geom.isGeosValid()
    ax, ay = MALMSTROM[0] + 180.0, -MALMSTROM[1]  # antipode: ~2,000 km outside the disc
    assert geom.contains(QgsPointXY(*MALMSTROM)) and not geom.contains(QgsPointXY(ax, ay))
    assert geom.contains(QgsPointXY(10.0, 89.99)) and geom.contains(QgsPointXY(10.0, -89.99))
    for ring in _rings(geom):
        pts = _edge_samples(ring, 4)
        if len(pts):  # the world's outline has no buffer edge; the hole is the disc's boundary
            assert np.abs(_dist_from(*MALMSTROM, pts) - 18_000_000.0).max() <= 10.0
    # a self-intersecting (bow-tie) polygon is repaired with a warning, then buffered
    bowtie = _layer("Polygon", "name:string", [("POLYGON((0 0, 1 1, 1 0, 0 1, 0 0))", ["bow"])])
    out, fb = _buffer(bowtie, "10000")
    (f,) = list(out.getFeatures())
    assert f.geometry().isGeosValid() and f.geometry().contains(QgsPointXY(0.5, 0.5))
    assert any("repaired" in w for w in fb.warnings)
