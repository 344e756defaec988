"""Forecasts (persistence, wind advection), back-tests, cone polygons, ETAs and predictor files.

Ground truth is computed independently: pyproj ``Geod`` for geodesics, the closed-form parallel length
``N(phi) cos(phi)`` for drift along a parallel, OGR (GEOS) for polygon validity and containment.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from builders import EPOCH_1900, GEOD, T0, geodesic_track, write_netcdf
from osgeo import gdal, ogr, osr

from balloon_watch.plugin.core.errors import BalloonWatchError, InputError
from balloon_watch.plugin.core.forecast import (
    ConeModel,
    Forecast,
    backtest,
    calibrate_cone,
    calibrated_forecast,
    cone_polygon,
    eta,
    forecast_persistence,
    forecast_wind,
)
from balloon_watch.plugin.core.model import Track
from balloon_watch.plugin.core.winds import CoverageError, isa_pressure_hpa, read_wind_grid


# ------------------------------------------------------------------ persistence
def test_persistence_follows_the_geodesic_of_a_constant_velocity_track():
    tr = geodesic_track()
    fc = forecast_persistence(tr, horizon_h=24.0, step_min=30.0, window_h=3.0)
    assert len(fc) == 49 and fc.times[0] == tr.times[-1] and fc.times[-1] == tr.times[-1] + 24 * 3600
    elapsed = fc.times - tr.times[0]
    tlon, tlat, _ = GEOD.fwd(np.full(len(fc), -120.0), np.full(len(fc), 45.0), np.full(len(fc), 60.0), 20.0 * elapsed)
    _, _, err = GEOD.inv(fc.lon, fc.lat, tlon, tlat)
    assert np.max(err) < 0.01  # metres, after 1728 km
    assert np.all(np.diff(fc.radius_m) > 0)  # the cone widens with lead


def test_persistence_altitude_follows_the_window_rate_and_is_clamped():
    tr = geodesic_track(alt=40000.0, vrate=0.5)  # climbing 0.5 m/s
    fc = forecast_persistence(tr, horizon_h=6.0, step_min=60.0)
    expected = np.minimum(tr.alt_m[-1] + 0.5 * (fc.times - fc.times[0]), 45000.0)
    assert np.allclose(fc.alt_m, expected, atol=1e-6)
    assert fc.alt_m[-1] == 45000.0


def test_persistence_refuses_too_few_fixes():
    one = Track("one", [10.0], [50.0], [T0], [20000.0])
    with pytest.raises(BalloonWatchError, match="at least 2 fixes"):
        forecast_persistence(one)
    no_times = Track("nt", [10.0, 11.0, 12.0], [50.0, 50.0, 50.0], [np.nan] * 3, [0.0] * 3)
    with pytest.raises(BalloonWatchError, match="at least 2 fixes"):
        forecast_persistence(no_times)
    same = Track("same", [10.0, 11.0], [50.0, 50.0], [T0, T0], [0.0, 0.0])
    with pytest.raises(BalloonWatchError, match="same time"):
        forecast_persistence(same)


# ------------------------------------------------------------------ back-test and cone calibration
def test_backtest_on_a_constant_velocity_track_is_exact():
    tr = geodesic_track(n=200, step_s=600.0)  # 33 h
    res = backtest(tr, "persistence", leads_h=(1, 6, 24), stride=1, window_h=3.0)
    t = tr.times
    for row in res["leads"]:
        expected_n = int(np.sum((t - t[0] >= 3 * 3600) & (t + row["lead_h"] * 3600 <= t[-1])))
        assert row["n"] == expected_n > 0
        assert row["p90_m"] < 0.01 and row["max_m"] < 0.01


def _wiggly_track(n=300, step_s=600.0, seed=3):
    """A balloon whose heading and speed wander (random walk), integrated with Geod.fwd."""
    rng = np.random.default_rng(seed)
    az = 70.0 + np.cumsum(rng.normal(0, 2.0, n))
    speed = np.clip(20.0 + np.cumsum(rng.normal(0, 0.4, n)), 2.0, 60.0)
    lon, lat = [-150.0], [50.0]
    for k in range(n - 1):
        lo, la, _ = GEOD.fwd(lon[-1], lat[-1], az[k], speed[k] * step_s)
        lon.append(lo)
        lat.append(la)
    return Track("wig", lon, lat, T0 + np.arange(n) * step_s, np.full(n, 18000.0))


def _truth(tr: Track, tq: float) -> tuple[float, float]:
    i = int(np.searchsorted(tr.times, tq, side="right") - 1)
    i = min(i, len(tr) - 2)
    frac = (tq - tr.times[i]) / (tr.times[i + 1] - tr.times[i])
    az, _, d = GEOD.inv(tr.lon[i], tr.lat[i], tr.lon[i + 1], tr.lat[i + 1])
    lo, la, _ = GEOD.fwd(tr.lon[i], tr.lat[i], az, d * frac)
    return lo, la


def test_backtest_agrees_with_forecasts_made_one_by_one():
    tr = _wiggly_track()
    res = backtest(tr, "persistence", leads_h=(1, 6), stride=7, window_h=3.0)
    # the same origins, forecast one at a time through the public API, truth interpolated here
    t = tr.times
    cand = np.nonzero((t - t[0] >= 3 * 3600) & (t + 3600 <= t[-1]))[0][::7]
    for row in res["leads"]:
        lead_s = row["lead_h"] * 3600
        errs = []
        for i in cand:
            if t[i] + lead_s > t[-1]:
                continue
            sub = Track("s", tr.lon[: i + 1], tr.lat[: i + 1], t[: i + 1], tr.alt_m[: i + 1])
            fc = forecast_persistence(sub, horizon_h=row["lead_h"], step_min=row["lead_h"] * 60, window_h=3.0)
            lo, la = _truth(tr, t[i] + lead_s)
            errs.append(GEOD.inv(fc.lon[-1], fc.lat[-1], lo, la)[2])
        assert row["n"] == len(errs)
        assert row["median_m"] == pytest.approx(float(np.median(errs)), abs=0.01)
        assert row["p90_m"] == pytest.approx(float(np.percentile(errs, 90)), abs=0.01)
    assert 0 < res["leads"][0]["median_m"] < res["leads"][1]["median_m"]


def test_calibrated_cone_passes_through_the_p90_errors_and_grows():
    tr = _wiggly_track()
    cal = calibrate_cone(tr, "persistence", leads_h=(1, 6, 24), stride=1)
    p90 = {r["lead_h"]: r["p90_m"] for r in cal["leads"]}
    model = ConeModel.from_any(cal)
    assert model.radius(1.0) == pytest.approx(p90[1.0])
    assert model.radius(6.0) == pytest.approx(max(p90[6.0], p90[1.0]))
    fc = forecast_persistence(tr, horizon_h=36.0, step_min=60.0, cone=cal)
    assert np.all(np.diff(fc.radius_m) > 0)
    assert fc.radius_m[36] == pytest.approx(model.radius(24.0) * 36 / 24)  # proportional beyond the last lead
    assert any("calibrated" in n for n in fc.notes)


def test_calibration_refuses_a_track_too_short():
    with pytest.raises(BalloonWatchError, match="too short"):
        calibrate_cone(geodesic_track(n=10), leads_h=(24,))


def test_calibrated_forecast_uses_the_measured_cone_or_says_why_not():
    tr = _wiggly_track()
    res = calibrated_forecast(tr, "persistence", None, 36.0, 60.0, 3.0, calibrate=True, leads_h=(1, 6, 24))
    model = ConeModel.from_any(res.backtest)
    assert res.not_calibrated is None and res.measured_up_to_h == 24.0
    assert res.forecast.radius_m == pytest.approx(model.radius(res.forecast.leads_h))
    short = calibrated_forecast(geodesic_track(n=10), "persistence", None, 6.0, 30.0, 3.0, calibrate=True)
    assert short.backtest is None and "too short" in str(short.not_calibrated)
    assert any("default" in n for n in short.forecast.notes)
    plain = calibrated_forecast(tr, "persistence", None, 6.0, 30.0, 3.0, calibrate=False)
    assert plain.backtest is None and plain.not_calibrated is None and plain.measured_up_to_h is None


# ------------------------------------------------------------------ wind grids written with GDAL
def uniform_westerly_nc(path, hours=30, lats=None, lons=None, levels=(30.0, 50.0, 70.0), speed=20.0):
    lats = np.arange(60.0, 29.0, -1.0) if lats is None else lats  # north to south, as in ERA5
    lons = np.arange(200.0, 340.0, 1.0) if lons is None else lons  # 0..360 longitudes
    times_h = (T0 - EPOCH_1900) / 3600.0 + np.arange(0, hours + 1, 6.0)
    shape = (len(times_h), len(levels), len(lats), len(lons))
    write_netcdf(path, times_h, levels, lats, lons, np.full(shape, speed), np.zeros(shape))
    return path


def test_wind_forecast_in_a_uniform_westerly_moves_east_at_20_mps(tmp_path):
    winds = read_wind_grid(str(uniform_westerly_nc(tmp_path / "w.nc")))
    tr = geodesic_track(lon0=-120.0, lat0=45.0, n=7, alt=20000.0)  # ~55 hPa: between the 50 and 70 hPa levels
    fc = forecast_wind(tr, winds, horizon_h=24.0, step_min=30.0)
    assert len(fc) == 49 and fc.method == "wind"
    lat0 = tr.lat[-1]
    # exact drift along the parallel: distance u*t on a circle of radius N(phi) cos(phi)
    e2 = GEOD.es
    n_rad = GEOD.a / math.sqrt(1 - e2 * math.sin(math.radians(lat0)) ** 2)
    expected_dlon = np.degrees(20.0 * (fc.times - fc.times[0]) / (n_rad * math.cos(math.radians(lat0))))
    dlon = (fc.lon - tr.lon[-1] + 180.0) % 360.0 - 180.0
    assert np.max(np.abs(dlon - expected_dlon) * n_rad * math.cos(math.radians(lat0)) * math.pi / 180) < 20.0
    assert np.max(np.abs(fc.lat - lat0)) * 111e3 < 5.0
    # each 30-min step is 36 km due east (Geod.fwd/inv as the reference)
    az, _, d = GEOD.inv(fc.lon[:-1], fc.lat[:-1], fc.lon[1:], fc.lat[1:])
    assert np.allclose(d, 20.0 * 1800.0, atol=1.0)
    assert np.allclose(az, 90.0, atol=0.2)
    assert any("hPa" in n and "standard atmosphere" in n for n in fc.notes)


def test_wind_sampling_is_multilinear_in_lon_lat_logp_time(tmp_path):
    lats = np.arange(30.0, 61.0, 2.0)
    lons = np.arange(-130.0, -90.0, 2.5)
    levels = np.array([20.0, 30.0, 50.0, 70.0, 100.0])
    times_h = (T0 - EPOCH_1900) / 3600.0 + np.array([0.0, 6.0, 12.0])
    tt, ll, yy, xx = np.meshgrid(times_h, np.log(levels), lats, lons, indexing="ij")
    u = 3.0 + 0.2 * (xx + 110) - 0.3 * (yy - 45) + 4.0 * ll + 0.1 * (tt - times_h[0])
    v = -1.0 + 0.1 * (yy - 45) + 0.05 * (xx + 110) - 2.0 * ll
    write_netcdf(tmp_path / "lin.nc", times_h, levels, lats, lons, u, v, level_units="hPa", wind_units="m/s")
    w = read_wind_grid(str(tmp_path / "lin.nc"))
    rng = np.random.default_rng(1)
    qlon, qlat = rng.uniform(-129, -93, 50), rng.uniform(31, 59, 50)
    qt = T0 + rng.uniform(0, 12 * 3600, 50)
    qalt = rng.uniform(17000, 25000, 50)
    gu, gv = w.sample(qlon, qlat, qt, qalt)
    lp = np.log(isa_pressure_hpa(qalt))
    assert np.allclose(gu, 3.0 + 0.2 * (qlon + 110) - 0.3 * (qlat - 45) + 4.0 * lp + 0.1 * (qt - T0) / 3600, atol=1e-3)
    assert np.allclose(gv, -1.0 + 0.1 * (qlat - 45) + 0.05 * (qlon + 110) - 2.0 * lp, atol=1e-3)


def test_isa_pressure_matches_the_standard_atmosphere_table():
    # US 1976 table (geometric altitude): 11 km 226.99 hPa, 20 km 55.29 hPa, 32 km 8.89 hPa
    assert isa_pressure_hpa([0.0, 11000.0, 20000.0, 32000.0]) == pytest.approx([1013.25, 226.99, 55.29, 8.89], rel=2e-3)


def write_grib(path, levels_pa=(5000, 7000), hours=(0, 12, 24), speed=20.0):
    nx, ny = 40, 20
    n_bands = 2 * len(levels_pa) * len(hours)
    mem = gdal.GetDriverByName("MEM").Create("", nx, ny, n_bands, gdal.GDT_Float32)
    mem.SetGeoTransform([-140.5, 1.0, 0, 55.5, 0, -1.0])
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    mem.SetProjection(srs.ExportToWkt())
    opts = ["IDS_REF_TIME=2023-02-02T00:00:00Z", "PDS_PDTN=0", "DATA_ENCODING=IEEE_FLOATING_POINT"]
    b = 0
    for h in hours:
        for lev in levels_pa:
            for number, value in ((2, speed), (3, 0.0)):  # parameter 2 = UGRD, 3 = VGRD (category 2, momentum)
                b += 1
                mem.GetRasterBand(b).WriteArray(np.full((ny, nx), value))
                opts.append(f"BAND_{b}_PDS_TEMPLATE_ASSEMBLED_VALUES=2 {number} 2 0 81 0 0 1 {h} 100 0 {lev} 255 0 0")
    gdal.GetDriverByName("GRIB").CreateCopy(str(path), mem, options=opts)
    return path


def test_grib2_grid_reads_levels_times_and_drives_the_forecast(tmp_path):
    w = read_wind_grid(str(write_grib(tmp_path / "w.grb2")))
    assert list(w.levels_hpa) == [50.0, 70.0]
    assert list(w.times) == [T0, T0 + 12 * 3600, T0 + 24 * 3600]
    assert w.lats[0] == pytest.approx(36.0) and w.lons[0] == pytest.approx(-140.0)
    tr = geodesic_track(lon0=-130.0, lat0=45.0, az=90.0, n=4, alt=19500.0)
    fc = forecast_wind(tr, w, horizon_h=6.0, step_min=60.0)
    _, _, d = GEOD.inv(fc.lon[:-1], fc.lat[:-1], fc.lon[1:], fc.lat[1:])
    assert np.allclose(d, 72000.0, atol=1.0)


def test_wind_coverage_errors_name_time_area_and_altitude(tmp_path):
    winds = read_wind_grid(str(uniform_westerly_nc(tmp_path / "w.nc")))
    with pytest.raises(CoverageError, match="time 2023-02-01"):
        forecast_wind(_shift(geodesic_track(n=4), -86400), winds)
    with pytest.raises(CoverageError, match="latitude .* outside the grid's area"):
        forecast_wind(geodesic_track(lat0=70.0, n=4), winds)
    with pytest.raises(CoverageError, match="longitude .* outside the grid's area"):
        forecast_wind(geodesic_track(lon0=100.0, n=4), winds)
    with pytest.raises(CoverageError, match=r"altitude 5000 m \(about 540"):
        forecast_wind(geodesic_track(n=4, alt=5000.0), winds)
    with pytest.raises(BalloonWatchError, match="no altitude"):
        forecast_wind(geodesic_track(n=4, alt=np.nan), winds)


def _shift(tr: Track, dt: float) -> Track:
    return Track(tr.track_id, tr.lon, tr.lat, tr.times + dt, tr.alt_m)


def test_wind_forecast_stops_with_a_note_when_the_grid_ends(tmp_path):
    winds = read_wind_grid(str(uniform_westerly_nc(tmp_path / "w.nc", hours=12)))
    fc = forecast_wind(geodesic_track(n=4), winds, horizon_h=24.0, step_min=30.0)
    assert fc.times[-1] <= T0 + 12 * 3600
    assert fc.times[-1] > T0 + 11 * 3600
    assert any("forecast stops" in n and "time" in n for n in fc.notes)


def test_wind_grid_input_errors(tmp_path):
    uniform = np.full((2, 1, 3, 3), 20.0)
    args = ([(T0 - EPOCH_1900) / 3600, (T0 - EPOCH_1900) / 3600 + 6], [50.0], [40.0, 41.0, 42.0], [0.0, 1.0, 2.0])
    write_netcdf(tmp_path / "k.nc", *args, uniform, uniform, wind_units="K")
    with pytest.raises(InputError, match="wind units 'K'"):
        read_wind_grid(str(tmp_path / "k.nc"))
    write_netcdf(tmp_path / "fast.nc", *args, uniform * 20, uniform, wind_units="m/s")
    with pytest.raises(InputError, match="implausible"):
        read_wind_grid(str(tmp_path / "fast.nc"))
    (tmp_path / "junk.nc").write_bytes(b"not a grid at all")
    with pytest.raises(InputError, match="junk.nc"):
        read_wind_grid(str(tmp_path / "junk.nc"))


# ------------------------------------------------------------------ cone polygon
def _ogr(mp):
    wkt = "MULTIPOLYGON(" + ",".join(
        "(" + ",".join("(" + ",".join(f"{x:.17g} {y:.17g}" for x, y in r) + ")" for r in p) + ")" for p in mp
    ) + ")"
    return ogr.CreateGeometryFromWkt(wkt)


def _dense_circles(fc: Forecast, tol: float, n: int):
    """Uncertainty circles sampled densely along the forecast's geodesic segments (the reference cone)."""
    t = np.linspace(fc.times[0], fc.times[-1], n)
    lon, lat = [], []
    for tq in t:
        i = min(int(np.searchsorted(fc.times, tq, side="right") - 1), len(fc) - 2)
        f = (tq - fc.times[i]) / (fc.times[i + 1] - fc.times[i])
        az, _, d = GEOD.inv(fc.lon[i], fc.lat[i], fc.lon[i + 1], fc.lat[i + 1])
        lo, la, _ = GEOD.fwd(fc.lon[i], fc.lat[i], az, d * f)
        lon.append(lo)
        lat.append(la)
    r = np.maximum(np.interp(t, fc.times, fc.radius_m), 2 * tol)
    return np.array(lon), np.array(lat), r


def _circle_residuals(fc: Forecast, mp, tol):
    """Distance from each outline vertex to the nearest circle edge."""
    lon, lat, r = _dense_circles(fc, tol, 4000)
    out = []
    for poly in mp:
        for ring in poly:
            for x, y in ring:
                if abs(abs(x) - 180.0) < 1e-9:
                    continue  # points added on the antimeridian cut
                d = GEOD.inv(np.full(len(lon), x), np.full(len(lon), y), lon, lat)[2] - r
                out.append(d.min())
    return np.array(out)


@pytest.mark.parametrize("lon0", [-120.0, 170.0])
def test_cone_polygon_is_valid_contains_the_forecast_and_follows_the_circles(lon0):
    fc = forecast_persistence(geodesic_track(lon0=lon0, lat0=50.0, az=80.0, speed=30.0), horizon_h=24.0)
    mp = cone_polygon(fc, tolerance_m=100.0)
    g = _ogr(mp)
    assert g is not None and g.IsValid()
    assert all(-180.0 <= x <= 180.0 for p in mp for r in p for x, _ in r)
    if lon0 == 170.0:
        assert len(mp) == 2  # split at the antimeridian
    for x, y in zip(fc.lon, fc.lat):
        assert g.Contains(ogr.CreateGeometryFromWkt(f"POINT ({x:.17g} {y:.17g})"))
    res = _circle_residuals(fc, mp, 100.0)
    # vertices lie on the envelope of the circles: never outside any by more than the tolerance, and
    # not deep inside (the waist between circles is at most the tolerance)
    assert res.min() > -150.0 and res.max() < 1.0
    # random points near the cone: inside the polygon exactly when inside some circle (beyond a 200 m margin)
    lon, lat, r = _dense_circles(fc, 100.0, 1500)
    rng = np.random.default_rng(7)
    k = rng.integers(0, len(lon), 300)
    px, py, _ = GEOD.fwd(lon[k], lat[k], rng.uniform(0, 360, 300), r[k] * rng.uniform(0.3, 1.7, 300))
    checked = 0
    for x, y in zip(px, py):
        margin = (GEOD.inv(np.full(len(lon), x), np.full(len(lon), y), lon, lat)[2] - r).min()
        if abs(margin) < 200.0:
            continue
        checked += 1
        assert g.Contains(ogr.CreateGeometryFromWkt(f"POINT ({x:.17g} {y:.17g})")) == (margin < 0), (x, y, margin)
    assert checked > 250


def test_cone_polygon_of_a_looping_forecast_has_a_hole():
    # centre line: a circle of 100 km radius around (10, 50), uncertainty 20 km: an annulus
    az = np.linspace(0.0, 360.0, 73)
    lon, lat, _ = GEOD.fwd(np.full(73, 10.0), np.full(73, 50.0), az, np.full(73, 100e3))
    fc = Forecast(T0 + np.arange(73) * 600.0, lon, lat, np.full(73, 20000.0), np.full(73, 20e3), "test")
    mp = cone_polygon(fc, tolerance_m=50.0)
    assert len(mp) == 1 and len(mp[0]) == 2
    g = _ogr(mp)
    assert g.IsValid()
    assert not g.Contains(ogr.CreateGeometryFromWkt("POINT (10 50)"))
    # geodesic area vs the annulus between 80 and 120 km (spherical-cap formula is within 0.1 % here)
    a, _ = GEOD.polygon_area_perimeter([p[0] for p in mp[0][0]], [p[1] for p in mp[0][0]])
    h, _ = GEOD.polygon_area_perimeter([p[0] for p in mp[0][1]], [p[1] for p in mp[0][1]])
    assert abs(abs(a) - abs(h)) == pytest.approx(math.pi * (120e3**2 - 80e3**2), rel=0.01)


# ------------------------------------------------------------------ ETA
def test_eta_entry_times_and_closest_approach():
    fc = forecast_persistence(geodesic_track(lon0=-120.0, lat0=45.0, az=90.0, speed=20.0), horizon_h=24.0)
    # site A on the forecast geodesic 600 km ahead; site B 30 km to the side of the point 300 km ahead
    az0 = (GEOD.inv(fc.lon[0], fc.lat[0], fc.lon[1], fc.lat[1])[0])
    ax, ay, _ = GEOD.fwd(fc.lon[0], fc.lat[0], az0, 600e3)
    px, py, back = GEOD.fwd(fc.lon[0], fc.lat[0], az0, 300e3)
    bx, by, _ = GEOD.fwd(px, py, back + 180.0 - 90.0, 30e3)
    alert = 50e3
    a, b = eta(fc, [("A", ax, ay), ("B", bx, by)], alert)
    assert a.likely_entry == pytest.approx(fc.times[0] + (600e3 - alert) / 20.0, abs=2.0)
    assert a.cpa_distance_m < 30.0 and a.cpa_time == pytest.approx(fc.times[0] + 600e3 / 20.0, abs=60.0)
    # earliest entry: first t with 600 km - 20 t - r(t) <= alert, solved here by bisection on the radius table
    def gap(ts):
        return 600e3 - 20.0 * ts - np.interp(fc.times[0] + ts, fc.times, fc.radius_m) - alert
    lo, hi = 0.0, (600e3 - alert) / 20.0
    for _ in range(60):
        mid = 0.5 * (lo + hi)
        lo, hi = (mid, hi) if gap(mid) > 0 else (lo, mid)
    assert a.earliest_entry == pytest.approx(fc.times[0] + lo, abs=60.0)
    assert a.earliest_entry < a.likely_entry
    assert b.cpa_distance_m == pytest.approx(30e3, abs=50.0)
    assert b.cpa_time == pytest.approx(fc.times[0] + 300e3 / 20.0, abs=90.0)
    far = eta(fc, [("far", 0.0, -45.0)], alert)[0]
    assert far.likely_entry is None and far.earliest_entry is None and not far.inside_now


def test_wind_backtest_on_a_track_drifting_with_the_grid_wind_is_near_zero(tmp_path):
    winds = read_wind_grid(str(uniform_westerly_nc(tmp_path / "w.nc", hours=48)))
    lat0 = 45.0
    n_rad = GEOD.a / math.sqrt(1 - GEOD.es * math.sin(math.radians(lat0)) ** 2)
    t = T0 + np.arange(0, 13 * 3600, 900.0)
    lon = -120.0 + np.degrees(20.0 * (t - T0) / (n_rad * math.cos(math.radians(lat0))))
    tr = Track("drift", lon, np.full(len(t), lat0), t, np.full(len(t), 20000.0))
    res = backtest(tr, "wind", leads_h=(1, 6), stride=4, winds=winds)
    origins = np.arange(len(t))[(t + 3600 <= t[-1])][::4]
    assert [r["n"] for r in res["leads"]] == [len(origins), int(np.sum(t[origins] + 6 * 3600 <= t[-1]))]
    assert all(r["max_m"] < 30.0 for r in res["leads"])
    pers = backtest(tr, "persistence", leads_h=(6,), stride=1)
    assert pers["leads"][0]["median_m"] > 100.0  # a geodesic leaves the parallel: persistence is worse here


def test_cancel_stops_forecasts_and_backtests(tmp_path):
    from balloon_watch.plugin.core.errors import Cancelled
    from balloon_watch.plugin.core.feedback import NullFeedback

    fb = NullFeedback()
    fb.cancel()
    winds = read_wind_grid(str(uniform_westerly_nc(tmp_path / "w.nc")))
    with pytest.raises(Cancelled):
        forecast_wind(geodesic_track(n=4), winds, feedback=fb)
    with pytest.raises(Cancelled):
        backtest(_wiggly_track(), "persistence", feedback=fb)
