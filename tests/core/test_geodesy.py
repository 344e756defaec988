"""Geodesic circles, arcs, segments and antimeridian/pole polygons, checked against pyproj Geod and OGR."""

from __future__ import annotations

import math

import numpy as np
import pytest
from osgeo import ogr

from balloon_watch.plugin.core import geodesy

G = geodesy.GEOD  # pyproj's Geod on WGS 84, keeping one-element arrays arrays (see geodesy.ellipsoid)
TOL = 1.0
WGS84_A = 6378137.0
WGS84_F = 1 / 298.257223563


def _dense_edge_points(ring, per_edge=64):
    arr = np.asarray(ring, float)
    t = np.linspace(0.0, 1.0, per_edge + 1)[None, :]
    x = arr[:-1, 0:1] + (arr[1:, 0:1] - arr[:-1, 0:1]) * t
    y = arr[:-1, 1:2] + (arr[1:, 1:2] - arr[:-1, 1:2]) * t
    return x.ravel(), y.ravel()


def _dist_from(lon0, lat0, x, y):
    _, _, d = G.inv(np.full(len(x), lon0), np.full(len(x), lat0), x, y)
    return np.asarray(d)


def _ogr_multipolygon(mp):
    geom = ogr.Geometry(ogr.wkbMultiPolygon)
    for poly in mp:
        p = ogr.Geometry(ogr.wkbPolygon)
        for ring in poly:
            r = ogr.Geometry(ogr.wkbLinearRing)
            for x, y in ring:
                r.AddPoint_2D(x, y)
            p.AddGeometry(r)
        geom.AddGeometry(p)
    return geom


def _cap_area(lat_deg):
    """Area of the ellipsoidal cap poleward of |lat| (closed form, authalic)."""
    e2 = WGS84_F * (2 - WGS84_F)
    e = math.sqrt(e2)
    b = WGS84_A * (1 - WGS84_F)

    def q(phi):
        s = math.sin(phi)
        return s / (1 - e2 * s * s) + math.log((1 + e * s) / (1 - e * s)) / (2 * e)

    return math.pi * b * b * (q(math.pi / 2) - q(math.radians(abs(lat_deg))))


def _circle_dense(lon, lat, r, n=200_000):
    az = np.linspace(0, 360, n, endpoint=False)
    x, y, _ = G.fwd(np.full(n, lon), np.full(n, lat), az, np.full(n, r))
    return np.asarray(x), np.asarray(y)


CASES = [(lon, lat, r) for lat in (0.0, 45.0, 80.0, 89.9, -89.9) for r in (100.0, 50_000.0, 2_000_000.0) for lon in (
    179.95,
)] + [(10.0, 45.0, 50_000.0), (-179.99, -60.0, 300_000.0)]


@pytest.mark.parametrize("lon,lat,r", CASES)
def test_circle_ring_edges_within_tolerance_everywhere(lon, lat, r):
    ring = geodesy.circle_ring(lon, lat, r, TOL)
    assert ring[0][1] == ring[-1][1]
    assert (ring[-1][0] - ring[0][0]) % 360.0 == 0.0
    verts = np.asarray(ring)
    assert np.abs(_dist_from(lon, lat, verts[:, 0], verts[:, 1]) - r).max() < 1e-3
    x, y = _dense_edge_points(ring)
    err = np.abs(_dist_from(lon, lat, x, y) - r)
    assert err.max() <= TOL, f"max error {err.max():.3f} m"
    # not wildly over-densified: a flat chord of the same sagitta bound needs this many vertices
    n_min = math.pi / math.acos(1 - TOL / r)
    assert len(ring) < 3.0 * n_min + 40


def test_circle_ring_is_counter_clockwise_and_unwrapped():
    ring = np.asarray(geodesy.circle_ring(179.9, 10.0, 100_000.0))
    x, y = ring[:, 0], ring[:, 1]
    assert 0.5 * np.sum(x[:-1] * y[1:] - x[1:] * y[:-1]) > 0  # CCW in lon/lat
    assert x.max() > 180.0  # unwrapped across the antimeridian
    assert np.abs(np.diff(x)).max() < 1.0


@pytest.mark.parametrize("lon,lat,r", [(179.95, 0.0, 50_000.0), (179.95, 45.0, 2_000_000.0), (0.0, 89.9, 50_000.0),
                                       (-179.99, -89.5, 200_000.0), (30.0, 90.0, 500_000.0), (-179.9, 70.0, 1.5e6)])
def test_to_multipolygon_valid_split_and_area_preserved(lon, lat, r):
    ring = geodesy.circle_ring(lon, lat, r, TOL)
    mp = geodesy.to_multipolygon([ring])
    geom = _ogr_multipolygon(mp)
    assert geom.IsValid()
    for poly in mp:
        for rr in poly:
            a = np.asarray(rr)
            assert a[:, 0].min() >= -180.0 and a[:, 0].max() <= 180.0
            assert rr[0] == rr[-1]
    # geodesic area of the pieces equals geographiclib's area of the unsplit ring
    assert geodesy.polygon_area_m2(mp) == pytest.approx(geodesy.polygon_area_m2([[ring]]), rel=1e-9)
    # and the area is the geodesic circle's (within perimeter * TOL)
    a_ref, _ = G.polygon_area_perimeter(*_circle_dense(lon, lat, r))
    assert abs(geodesy.polygon_area_m2(mp) - abs(a_ref)) <= 2 * math.pi * r * TOL
    # coverage: points well inside are covered, points well outside are not
    rng = np.random.default_rng(1)
    az = rng.uniform(0, 360, 200)
    for frac, inside in ((0.98, True), (1.02, False)):
        px, py, _ = G.fwd(np.full(200, lon), np.full(200, lat), az, np.full(200, r * frac))
        for qx, qy in zip(px, py):
            pt = ogr.Geometry(ogr.wkbPoint)
            pt.AddPoint_2D(float(qx), float(qy))
            assert geom.Contains(pt) == inside, (qx, qy, inside)


def test_pole_circle_area_matches_closed_form_cap():
    # a geodesic circle centred on the pole is the parallel: its area is the ellipsoidal cap
    r = 1_000_000.0
    ring = geodesy.circle_ring(0.0, 90.0, r)
    lat_edge = ring[0][1]
    mp = geodesy.to_multipolygon([ring])
    assert len(mp) == 1
    # the lon/lat edges run within TOL of the parallel: the area differs by at most perimeter * TOL
    perimeter = 2 * math.pi * r
    assert abs(geodesy.polygon_area_m2(mp) - _cap_area(lat_edge)) <= perimeter * TOL
    # the polygon reaches the pole along the antimeridian
    ys = [p[1] for p in mp[0][0]]
    assert max(ys) == 90.0


def test_south_pole_ring():
    ring = geodesy.circle_ring(45.0, -89.0, 300_000.0)
    assert ring[-1][0] - ring[0][0] == -360.0  # CCW around the south pole runs westward
    mp = geodesy.to_multipolygon([ring])
    assert _ogr_multipolygon(mp).IsValid()
    assert min(p[1] for p in mp[0][0]) == -90.0
    a_ref, _ = G.polygon_area_perimeter(*_circle_dense(45.0, -89.0, 300_000.0))
    assert abs(geodesy.polygon_area_m2(mp) - abs(a_ref)) <= 2 * math.pi * 300_000.0 * TOL


def test_to_multipolygon_with_hole_across_antimeridian():
    outer = geodesy.circle_ring(180.0, 20.0, 400_000.0)
    hole = geodesy.circle_ring(180.0, 20.0, 150_000.0)[::-1]
    mp = geodesy.to_multipolygon([outer, hole])
    geom = _ogr_multipolygon(mp)
    assert geom.IsValid()
    # the cut opens the hole: each half is one C-shaped ring
    assert len(mp) == 2 and all(len(p) == 1 for p in mp)
    a_o, _ = G.polygon_area_perimeter(*_circle_dense(180.0, 20.0, 400_000.0))
    a_h, _ = G.polygon_area_perimeter(*_circle_dense(180.0, 20.0, 150_000.0))
    assert abs(geodesy.polygon_area_m2(mp) - (abs(a_o) - abs(a_h))) <= 2 * math.pi * 550_000.0 * TOL
    centre = ogr.Geometry(ogr.wkbPoint)
    centre.AddPoint_2D(180.0, 20.0)
    assert not geom.Contains(centre)


def test_to_multipolygon_keeps_uncut_hole():
    outer = geodesy.circle_ring(179.0, 0.0, 400_000.0)
    hole = geodesy.circle_ring(177.5, 0.0, 50_000.0)
    mp = geodesy.to_multipolygon([outer, hole])
    assert _ogr_multipolygon(mp).IsValid()
    assert sorted(len(p) for p in mp) == [1, 2]
    holed = next(p for p in mp if len(p) == 2)
    a = np.asarray(holed[1])
    assert 0.5 * np.sum(a[:-1, 0] * a[1:, 1] - a[1:, 0] * a[:-1, 1]) < 0  # holes clockwise


def test_to_multipolygon_plain_polygon_and_orientation():
    cw = [(0, 0), (0, 1), (1, 1), (1, 0), (0, 0)]
    mp = geodesy.to_multipolygon([cw])
    assert len(mp) == 1
    a = np.asarray(mp[0][0])
    assert 0.5 * np.sum(a[:-1, 0] * a[1:, 1] - a[1:, 0] * a[:-1, 1]) > 0
    # a U-shape crossing the antimeridian twice gives three valid parts
    u = [(170, 0), (190, 0), (190, 2), (172, 2), (172, 8), (190, 8), (190, 10), (170, 10)]
    mp = geodesy.to_multipolygon([u])
    assert _ogr_multipolygon(mp).IsValid()
    assert len(mp) == 3
    assert sum(_ogr_multipolygon([p]).GetArea() for p in mp) == pytest.approx(20 * 10 - 18 * 6)


@pytest.mark.parametrize("cw", [True, False])
def test_arc_points(cw):
    lon, lat, r = 179.9, 60.0, 80_000.0
    pts = geodesy.arc_points(lon, lat, r, 350.0, 20.0, clockwise=cw)
    arr = np.asarray(pts)
    az, _, d = G.inv(np.full(len(arr), lon), np.full(len(arr), lat), arr[:, 0], arr[:, 1])
    az = np.asarray(az) % 360.0
    assert az[0] == pytest.approx(350.0, abs=1e-6) and az[-1] == pytest.approx(20.0, abs=1e-6)
    # the short way (30 deg) clockwise, the long way (330 deg) counter-clockwise
    steps = (np.diff(az) + 180.0) % 360.0 - 180.0
    assert (steps > 0).all() if cw else (steps < 0).all()
    assert abs(steps.sum()) == pytest.approx(30.0 if cw else 330.0)
    x, y = _dense_edge_points(pts)
    assert np.abs(_dist_from(lon, lat, x, y) - r).max() <= TOL
    assert np.abs(np.diff(arr[:, 0])).max() < 5.0  # unwrapped


def _distance_to_geodesic(lon1, lat1, lon2, lat2, x, y):
    """Independent reference: golden-section minimisation of the true distance over the geodesic."""
    az12, _, length = G.inv(lon1, lat1, lon2, lat2)
    n = len(x)
    lo, hi = np.zeros(n), np.full(n, length)
    gr = (math.sqrt(5) - 1) / 2

    def dist(s):
        gx, gy, _ = G.fwd(np.full(n, lon1), np.full(n, lat1), np.full(n, az12), s)
        return _dist_from_arrays(gx, gy, x, y)

    for _ in range(70):
        a = hi - gr * (hi - lo)
        b = lo + gr * (hi - lo)
        fa, fb = dist(a), dist(b)
        left = fa < fb
        hi = np.where(left, b, hi)
        lo = np.where(left, lo, a)
    return dist(0.5 * (lo + hi))


def _dist_from_arrays(x0, y0, x, y):
    _, _, d = G.inv(x0, y0, x, y)
    return np.asarray(d)


@pytest.mark.parametrize("p1,p2", [((170.0, 10.0), (-160.0, 40.0)), ((0.0, 85.0), (100.0, 86.0)),
                                   ((-10.0, -5.0), (-9.99, -5.0)), ((20.0, 50.0), (25.0, 50.0))])
def test_geodesic_segment_chords_within_tolerance(p1, p2):
    pts = geodesy.geodesic_segment(p1[0], p1[1], p2[0], p2[1], TOL)
    arr = np.asarray(pts)
    assert tuple(arr[0]) == p1
    assert arr[-1, 1] == p2[1] and (arr[-1, 0] - p2[0]) % 360.0 == 0.0
    assert np.abs(np.diff(arr[:, 0])).max() < 180.0
    x, y = _dense_edge_points(pts, per_edge=16)
    d = _distance_to_geodesic(p1[0], p1[1], p2[0], p2[1], x, y)
    assert d.max() <= TOL, d.max()


def test_invalid_arguments():
    with pytest.raises(ValueError):
        geodesy.circle_ring(0, 0, 0.0)
    with pytest.raises(ValueError):
        geodesy.circle_ring(0, 0, 100.0, tolerance_m=0.0)


# ------------------------------------------------------------------------------------------------------
# Buffers
# ------------------------------------------------------------------------------------------------------


def test_buffer_points_dense_edges_within_tolerance_at_random_latitudes():
    rng = np.random.default_rng(3)
    lats = np.concatenate([rng.uniform(-90, 90, 40), [0.0, 45.0, 80.0, 89.9, -89.9, 85.3, 89.56]])
    lons = np.concatenate([rng.uniform(-180, 180, 40), [179.99, -179.9, 180.0, 0.0, 120.0, 179.7, 10.0]])
    radii = [100.0, 50_000.0, 2_000_000.0]
    for r in radii:
        polys = geodesy.buffer_points(lons, lats, r, TOL)
        assert len(polys) == len(lons)
        for lon, lat, mp in zip(lons, lats, polys):
            geom = _ogr_multipolygon(mp)
            assert geom.IsValid(), (lon, lat, r)
            worst = 0.0
            for poly in mp:
                x, y = _dense_edge_points(poly[0], per_edge=16)
                # points on the antimeridian cut or the pole closure are interior, not the circle
                keep = (np.abs(x) < 180.0 - 1e-9) & (np.abs(y) < 90.0 - 1e-9)
                if keep.any():
                    worst = max(worst, float(np.abs(_dist_from(lon, lat, x[keep], y[keep]) - r).max()))
            assert worst <= TOL, (lon, lat, r, worst)
            # the area is the circle's (within perimeter * TOL)
            if r <= 50_000.0:
                a_ref, _ = G.polygon_area_perimeter(*_circle_dense(lon, lat, r, n=20_000))
                assert abs(geodesy.polygon_area_m2(mp) - abs(a_ref)) <= 2 * math.pi * r * TOL


def _dist_to_polyline(line, x, y):
    best = np.full(len(x), np.inf)
    for (x1, y1), (x2, y2) in zip(line[:-1], line[1:]):
        best = np.minimum(best, _distance_to_geodesic(x1, y1, x2, y2, x, y))
    return best


def _union(mp):
    geom = None
    for poly in mp:
        g = _ogr_multipolygon([poly]).Buffer(0)
        geom = g if geom is None else geom.Union(g)
    return geom


def _boundary_samples(geom, per_edge=8):
    xs, ys = [], []
    bnd = geom.GetBoundary()
    parts = [bnd.GetGeometryRef(i) for i in range(bnd.GetGeometryCount())] if bnd.GetGeometryCount() else [bnd]
    for part in parts:
        pts = np.asarray(part.GetPoints())[:, :2]
        t = np.linspace(0.0, 1.0, per_edge, endpoint=False)[None, :]
        xs.append((pts[:-1, 0:1] + np.diff(pts[:, 0])[:, None] * t).ravel())
        ys.append((pts[:-1, 1:2] + np.diff(pts[:, 1])[:, None] * t).ravel())
    return np.concatenate(xs), np.concatenate(ys)


def test_line_buffer_dissolved_boundary_is_at_distance_and_covers():
    line = [(179.7, 10.0), (-179.8, 10.3), (-179.6, 10.9)]
    r = 20_000.0
    pieces = geodesy.buffer_geometry("line", line, r, TOL)
    for poly in pieces:
        assert _ogr_multipolygon([poly]).IsValid()
        for ring in poly:
            a = np.asarray(ring)
            assert a[:, 0].min() >= -180.0 and a[:, 0].max() <= 180.0
    union = _union(pieces)
    x, y = _boundary_samples(union)
    keep = np.abs(x) < 180.0 - 1e-9  # the antimeridian cut is interior
    unwrapped = [(lx if lx > 0 else lx + 360.0, ly) for lx, ly in line]
    d = _dist_to_polyline(unwrapped, np.where(x[keep] < 0, x[keep] + 360.0, x[keep]), y[keep])
    assert np.abs(d - r).max() <= TOL + 0.05, np.abs(d - r).max()  # OGR's intersection vertices add a few cm
    # coverage: points within r - TOL of the line are inside, points beyond r + TOL are outside
    rng = np.random.default_rng(5)
    seg = rng.integers(0, 2, 300)
    u = rng.uniform(0, 1, 300)
    az = rng.uniform(0, 360, 300)
    dd = np.where(rng.uniform(0, 1, 300) < 0.5, rng.uniform(0, r - TOL, 300), rng.uniform(r + TOL, 2 * r, 300))
    for k in range(300):
        (x1, y1), (x2, y2) = line[seg[k]], line[seg[k] + 1]
        a12, _, length = G.inv(x1, y1, x2, y2)
        px, py, _ = G.fwd(x1, y1, a12, u[k] * length)
        qx, qy, _ = G.fwd(px, py, az[k], dd[k])
        true_d = _dist_to_polyline(unwrapped, np.array([qx % 360.0]), np.array([qy]))[0]
        pt = ogr.Geometry(ogr.wkbPoint)
        pt.AddPoint_2D(float((qx + 180.0) % 360.0 - 180.0), float(qy))
        if true_d < r - TOL:
            assert union.Contains(pt)
        elif true_d > r + TOL:
            assert not union.Contains(pt)


def test_polygon_buffer_contains_polygon_and_boundary_at_distance():
    ring = [(10.0, 50.0), (11.0, 50.0), (11.0, 51.0), (10.0, 51.0), (10.0, 50.0)]
    r = 5_000.0
    union = _union(geodesy.buffer_geometry("polygon", [ring], r, TOL))
    centre = ogr.Geometry(ogr.wkbPoint)
    centre.AddPoint_2D(10.5, 50.5)
    assert union.Contains(centre)
    assert union.GetGeometryType() == ogr.wkbPolygon and union.GetGeometryCount() == 1  # no hole left inside
    x, y = _boundary_samples(union, per_edge=4)
    d = _dist_to_polyline(ring, x, y)
    assert np.abs(d - r).max() <= TOL + 0.05


def test_buffer_geometry_point_and_errors():
    mp = geodesy.buffer_geometry("point", (179.99, -30.0), 10_000.0)
    assert len(mp) == 2 and _ogr_multipolygon(mp).IsValid()
    with pytest.raises(ValueError):
        geodesy.buffer_geometry("point", (0.0, 0.0), -1.0)
    with pytest.raises(ValueError):
        geodesy.buffer_geometry("curve", [(0.0, 0.0)], 10.0)
    with pytest.raises(ValueError):
        geodesy.buffer_geometry("line", [(0.0, 89.99), (180.0, 89.99)], 10_000.0)
    with pytest.raises(ValueError):
        geodesy.buffer_points([0.0], [95.0], 10.0)


def test_ellipsoid_helpers_match_independent_formulas():
    from balloon_watch.plugin.core.geodesy import GEOD, M_MIN, local_radius, norm_lon, unit_vectors

    a, e2 = 6378137.0, 0.00669437999014  # WGS 84
    assert GEOD.a == a and M_MIN == pytest.approx(a * (1 - e2), rel=1e-12)
    for lat in (0.0, 37.5, 60.0, 89.0):
        s2 = math.sin(math.radians(lat)) ** 2
        meridional = a * (1 - e2) / (1 - e2 * s2) ** 1.5
        normal = a / math.sqrt(1 - e2 * s2)
        assert local_radius(lat) == pytest.approx(math.sqrt(meridional * normal), rel=1e-12)
    assert norm_lon([180.0, -180.0, 190.0, -190.0, 12.5]).tolist() == [-180.0, -180.0, -170.0, 170.0, 12.5]
    v = unit_vectors(np.array([0.0, 90.0, 0.0]), np.array([0.0, 0.0, 90.0]))
    assert v == pytest.approx(np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]]), abs=1e-15)


def test_geod_keeps_one_element_arrays_arrays():
    """pyproj 3.5+ returns floats for arrays of one element (and NumPy 1.25+ warns); our GEOD returns arrays,
    equal to what the array path gives for the same point."""
    import warnings

    from balloon_watch.plugin.core.geodesy import GEOD

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        az, back, d = GEOD.inv(np.array([-111.3]), np.array([47.5]), np.array([-108.5]), np.array([45.8]))
        x, y, b2 = GEOD.fwd(np.array([[-111.3]]), np.array([[47.5]]), np.array([[90.0]]), np.array([[1000.0]]))
        s_az, s_back, s_d = GEOD.inv(-111.3, 47.5, -108.5, 45.8)  # scalars stay scalars
    assert isinstance(az, np.ndarray) and az.shape == (1,) and d.shape == (1,) and back.shape == (1,)
    assert x.shape == (1, 1) and y.shape == (1, 1)
    two = GEOD.inv(np.array([-111.3, -111.3]), np.array([47.5, 47.5]), np.array([-108.5, -108.5]),
                   np.array([45.8, 45.8]))
    assert d[0] == two[2][0] == s_d and az[0] == two[0][0] == s_az
    assert isinstance(s_d, float)
