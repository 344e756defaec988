"""CPA / pass detection checked against brute force along the track with pyproj (1 m spacing)."""

from __future__ import annotations

import math

import numpy as np
import pyproj
import pytest

from balloon_watch.plugin.core.errors import Cancelled
from balloon_watch.plugin.core.feedback import NullFeedback
from balloon_watch.plugin.core.model import Track
from balloon_watch.plugin.core.proximity import ApproachEvent, Site, site_proximity

G = pyproj.Geod(ellps="WGS84")


def _dense_track(track: Track, spacing=1.0):
    """Points every ``spacing`` metres along each geodesic segment, with linear time/alt."""
    xs, ys, ts, als = [], [], [], []
    for i in range(len(track) - 1):
        az, _, length = G.inv(track.lon[i], track.lat[i], track.lon[i + 1], track.lat[i + 1])
        s = np.append(np.arange(0.0, length, spacing), length)
        x, y, _ = G.fwd(np.full(len(s), track.lon[i]), np.full(len(s), track.lat[i]), np.full(len(s), az), s)
        u = s / length
        xs.append(np.asarray(x))
        ys.append(np.asarray(y))
        ts.append(track.times[i] + u * (track.times[i + 1] - track.times[i]))
        als.append(track.alt_m[i] + u * (track.alt_m[i + 1] - track.alt_m[i]))
    return np.concatenate(xs), np.concatenate(ys), np.concatenate(ts), np.concatenate(als)


def _brute_point(track, lon0, lat0, dist, spacing=1.0):
    x, y, t, a = _dense_track(track, spacing)
    _, _, d = G.inv(np.full(len(x), lon0), np.full(len(x), lat0), x, y)
    d = np.asarray(d)
    inside = d < dist
    passes = []
    idx = np.nonzero(inside)[0]
    if len(idx) == 0:
        return passes
    brk = np.nonzero(np.diff(idx) > 1)[0]
    for grp in np.split(idx, brk + 1):
        j = grp[np.argmin(d[grp])]
        passes.append(dict(cpa=d[j], t=t[j], alt=a[j], x=x[j], y=y[j], enter=t[grp[0]], exit=t[grp[-1]],
                           first=grp[0], last=grp[-1], n=len(x)))
    return passes


def _track(lons, lats, t0=1_675_000_000.0, dt=60.0, alt0=18_000.0, times=True):
    n = len(lons)
    t = t0 + dt * np.arange(n) if times else np.full(n, np.nan)
    return Track("B1", np.asarray(lons, float), np.asarray(lats, float), t, alt0 + 10.0 * np.arange(n))


CASES = [
    # (track lons, lats, site, distance): equator, antimeridian, high latitude, near-pole
    ([-0.2, -0.05, 0.1, 0.2], [0.01, 0.03, 0.02, -0.05], (0.0, 0.0), 6_000.0),
    ([179.8, 179.95, -179.95, -179.85], [10.0, 10.02, 10.05, 10.0], (179.98, 10.0), 8_000.0),
    ([10.0, 11.0, 12.5, 13.0], [85.0, 85.05, 85.02, 84.95], (11.7, 85.0), 12_000.0),
    ([0.0, 90.0, 180.0], [89.9, 89.9, 89.9], (45.0, 89.95), 9_000.0),
]


@pytest.mark.parametrize("lons,lats,site,dist", CASES)
def test_cpa_and_crossings_match_brute_force(lons, lats, site, dist):
    track = _track(lons, lats)
    events = site_proximity(track, [Site("S", "Site", "point", site)], dist)
    ref = _brute_point(track, site[0], site[1], dist)
    assert len(ref) >= 1
    assert len(events) == len(ref)
    for ev, rf in zip(events, ref):
        assert isinstance(ev, ApproachEvent)
        assert ev.cpa_m == pytest.approx(rf["cpa"], abs=1.0)
        assert ev.cpa_m <= rf["cpa"] + 1e-6  # the exact minimum is never above the sampled one
        assert abs(ev.cpa_time - rf["t"]) <= 1.0
        assert abs(ev.cpa_alt_m - rf["alt"]) <= 1.0
        _, _, dpos = G.inv(ev.cpa_lon, ev.cpa_lat, rf["x"], rf["y"])
        assert dpos < 30.0  # CPA point on the track (a flat minimum can slide a little along it)
        _, _, dchk = G.inv(site[0], site[1], ev.cpa_lon, ev.cpa_lat)
        assert dchk == pytest.approx(ev.cpa_m, abs=1e-3)
        az, _, _ = G.inv(site[0], site[1], ev.cpa_lon, ev.cpa_lat)
        assert (ev.bearing_deg - az) % 360.0 == pytest.approx(0.0, abs=1e-6) or (ev.bearing_deg - az) % 360.0 > 359.99
        if rf["first"] == 0:
            assert math.isnan(ev.enter_time)
        else:
            assert abs(ev.enter_time - rf["enter"]) <= 1.0
        if rf["last"] == rf["n"] - 1:
            assert math.isnan(ev.exit_time)
        else:
            assert abs(ev.exit_time - rf["exit"]) <= 1.0
        if math.isfinite(ev.enter_time) and math.isfinite(ev.exit_time):
            assert ev.dwell_s == pytest.approx(ev.exit_time - ev.enter_time)
        # every point of the inside parts is within the radius (crossings within a few cm)
        for part in ev.inside_parts:
            p = np.asarray(part)
            _, _, dp = G.inv(np.full(len(p), site[0]), np.full(len(p), site[1]), p[:, 0], p[:, 1])
            assert np.max(dp) <= dist + 0.05


def test_two_passes_and_no_times():
    # out, in, out, in, out around one site
    lons = [-0.3, -0.1, 0.1, 0.3, 0.3, 0.1, -0.1, -0.3]
    lats = [0.0, 0.02, 0.021, 0.0, -0.05, -0.05, -0.047, -0.05]
    site = (0.03, 0.0)
    for times in (True, False):
        track = _track(lons, lats, times=times)
        events = site_proximity(track, [Site("S", "Site", "point", site)], 15_000.0)
        ref = _brute_point(_track(lons, lats), site[0], site[1], 15_000.0, spacing=2.0)
        assert len(ref) == 2 and len(events) == 2
        for ev, rf in zip(events, ref):
            assert ev.cpa_m == pytest.approx(rf["cpa"], abs=1.0)
            if times:
                assert abs(ev.cpa_time - rf["t"]) <= 1.0 and abs(ev.enter_time - rf["enter"]) <= 1.0
            else:
                assert math.isnan(ev.cpa_time) and math.isnan(ev.enter_time) and math.isnan(ev.dwell_s)
                assert ev.cpa_alt_m == pytest.approx(rf["alt"], abs=1.0)  # altitude still interpolated
        if times:
            assert events[0].exit_time < events[1].enter_time


def test_starts_inside_has_nan_entry_and_far_sites_give_nothing():
    track = _track([0.0, 0.2, 0.4], [0.0, 0.0, 0.0])
    ev = site_proximity(track, [Site("A", "a", "point", (0.01, 0.0)), Site("F", "far", "point", (50.0, 50.0))],
                        5_000.0)
    assert [e.site_id for e in ev] == ["A"]
    assert math.isnan(ev[0].enter_time) and math.isfinite(ev[0].exit_time)
    assert tuple(ev[0].inside_parts[0][0][:2]) == (0.0, 0.0)


def test_spatial_index_finds_every_site_like_brute_force():
    rng = np.random.default_rng(7)
    # a wandering track crossing the antimeridian and reaching 80N
    n = 800
    lon = 170.0 + np.cumsum(rng.normal(0.02, 0.05, n))
    lat = np.clip(60.0 + np.cumsum(rng.normal(0.025, 0.03, n)), -89, 89)
    lon = (lon + 180.0) % 360.0 - 180.0
    track = _track(lon, lat)
    # sites scattered around the track, 0-40 km off it, in random directions
    pick = rng.integers(0, n, 250)
    sx, sy, _ = G.fwd(lon[pick], lat[pick], rng.uniform(0, 360, 250), rng.uniform(0, 40_000, 250))
    sites = [Site(f"s{i}", "", "point", (float(x), float(y))) for i, (x, y) in enumerate(zip(sx, sy))]
    dist = 20_000.0
    events = site_proximity(track, sites, dist)
    found = {e.site_id for e in events}
    x, y, _, _ = _dense_track(track, spacing=300.0)
    for i, (px, py) in enumerate(zip(sx, sy)):
        _, _, d = G.inv(np.full(len(x), px), np.full(len(x), py), x, y)
        dmin = float(np.min(d))
        if dmin < dist - 20.0:  # sampled every 300 m: the sampled minimum is at most a few metres high
            assert f"s{i}" in found
        if f"s{i}" in found:
            best = min(e.cpa_m for e in events if e.site_id == f"s{i}")
            # samples 300 m apart: the sampled minimum is at most sqrt(best^2 + 150^2) (+ curvature slack)
            assert math.sqrt(max(0.0, dmin**2 - 150.0**2)) - 2.0 <= best <= dmin + 1e-6
        else:
            assert dmin >= dist - 1e-6
    assert len(found) > 80


def _brute_shape(track, site_pts, dist, spacing=5.0):
    x, y, t, _ = _dense_track(track, spacing)
    best = np.full(len(x), np.inf)
    for px, py in site_pts:
        _, _, d = G.inv(np.full(len(x), px), np.full(len(x), py), x, y)
        best = np.minimum(best, d)
    return x, y, t, best


def _densify_geodesic(pts, spacing=10.0):
    out = []
    for (x1, y1), (x2, y2) in zip(pts[:-1], pts[1:]):
        az, _, length = G.inv(x1, y1, x2, y2)
        s = np.append(np.arange(0.0, length, spacing), length)
        x, y, _ = G.fwd(np.full(len(s), x1), np.full(len(s), y1), np.full(len(s), az), s)
        out.extend(zip(x, y))
    return out


def test_line_and_polygon_sites():
    track = _track([-0.05, 0.0, 0.05], [0.0, 0.004, 0.0], dt=120.0)
    line = [(-0.01, 0.01), (0.0, 0.012), (0.012, 0.009)]
    events = site_proximity(track, [Site("L", "line", "line", line)], 1_500.0)
    x, y, t, best = _brute_shape(track, _densify_geodesic(line), 1_500.0)
    assert len(events) == 1
    j = int(np.argmin(best))
    assert events[0].cpa_m == pytest.approx(best[j], abs=1.0)
    assert abs(events[0].cpa_time - t[j]) <= 1.0
    inside = np.nonzero(best < 1_500.0)[0]
    assert abs(events[0].enter_time - t[inside[0]]) <= 1.0 and abs(events[0].exit_time - t[inside[-1]]) <= 1.0
    # a polygon the track crosses: CPA 0, entry/exit at distance_m outside its edges
    poly = [[(-0.01, -0.01), (0.01, -0.01), (0.01, 0.01), (-0.01, 0.01), (-0.01, -0.01)]]
    ev = site_proximity(track, [Site("P", "poly", "polygon", poly)], 500.0)
    assert len(ev) == 1 and ev[0].cpa_m == 0.0
    x, y, t, best = _brute_shape(track, _densify_geodesic(poly[0]), 500.0)
    lon_t = x
    inside_poly = (np.abs(lon_t) < 0.01) & (np.abs(y) < 0.01)
    near = np.nonzero((best < 500.0) | inside_poly)[0]
    assert abs(ev[0].enter_time - t[near[0]]) <= 1.0 and abs(ev[0].exit_time - t[near[-1]]) <= 1.0


def test_feedback_cancel_and_bad_distance():
    fb = NullFeedback()
    fb.cancel()
    track = _track([0.0, 0.1], [0.0, 0.0])
    with pytest.raises(Cancelled):
        site_proximity(track, [Site("A", "a", "point", (0.0, 0.0))], 1000.0, feedback=fb)
    with pytest.raises(ValueError):
        site_proximity(track, [Site("A", "a", "point", (0.0, 0.0))], -5.0)
