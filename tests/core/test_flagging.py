"""Closure flagging on constructed tracks; truth from pyproj Geod distances (independent of our polygons)."""

from __future__ import annotations

import numpy as np
import pyproj
import pytest

from balloon_watch.plugin.core.airspace import geometry as geo
from balloon_watch.plugin.core.flagging import flag_closures
from balloon_watch.plugin.core.model import Airspace, Track

GEOD = pyproj.Geod(ellps="WGS84")
T0 = 1_675_500_000.0  # 2023-02-04


def _circle_airspace(lon, lat, r_m, floor=0.0, floor_ref="SFC", ceil=20000.0, ceil_ref="MSL", start=None, end=None):
    return Airspace("C", "circle", "TFR", geo.circle(lon, lat, r_m, 1.0), floor, floor_ref, ceil, ceil_ref, start, end)


def _track(lons, lats, times, alts, tid="B1"):
    return Track(tid, np.array(lons, float), np.array(lats, float), np.array(times, float), np.array(alts, float))


def _truth_crossings(lons, lats, times, clon, clat, r_m, n=20001):
    """Entry/exit times from dense sampling of the piecewise-linear path with Geod distances + bisection."""
    tt = np.linspace(times[0], times[-1], n)
    x = np.interp(tt, times, lons)
    y = np.interp(tt, times, lats)
    _, _, d = GEOD.inv(np.full(n, clon), np.full(n, clat), x, y)
    inside = np.asarray(d) <= r_m
    out = []
    for i in np.nonzero(inside[1:] != inside[:-1])[0]:
        a, b = tt[i], tt[i + 1]
        for _ in range(60):
            m = 0.5 * (a + b)
            _, _, dm = GEOD.inv(clon, clat, np.interp(m, times, lons), np.interp(m, times, lats))
            if (dm <= r_m) == inside[i]:
                a = m
            else:
                b = m
        out.append(0.5 * (a + b))
    return out


def test_entry_exit_between_fixes_match_geodesic_truth():
    # fixes 20 km apart: the 10 km circle boundary falls between fixes, never on one
    lons = [-0.5, -0.31, -0.13, 0.05, 0.23, 0.41]
    lats = [0.01, 0.012, 0.02, 0.018, 0.02, 0.025]
    times = [T0 + 1000 * i for i in range(6)]
    a = _circle_airspace(0.0, 0.0, 10_000.0)
    res = flag_closures([_track(lons, lats, times, [15000] * 6)], [a])
    f = res.closures[0]
    truth = _truth_crossings(lons, lats, times, 0.0, 0.0, 10_000.0)
    assert len(truth) == 2
    assert f.status == "violated"
    assert f.first_entry == pytest.approx(truth[0], abs=0.5)
    assert f.last_exit == pytest.approx(truth[1], abs=0.5)
    assert f.inside_s == pytest.approx(truth[1] - truth[0], abs=1.0)
    assert f.entries == 1
    ev = res.events[0]
    assert ev.violated and ev.enter_time == pytest.approx(truth[0], abs=0.5)
    # the event's first and last coordinates lie on the circle (geodesic distance = radius)
    for lon, lat, _alt, _t in (ev.coords[0], ev.coords[-1]):
        _, _, d = GEOD.inv(0.0, 0.0, lon, lat)
        assert abs(d - 10_000.0) < 2.0


def test_segment_crossing_without_fix_inside():
    # two fixes on either side: the segment crosses the whole circle
    lons, lats, times = [-1.0, 1.0], [0.05, 0.05], [T0, T0 + 7200]
    a = _circle_airspace(0.0, 0.0, 20_000.0)
    f = flag_closures([_track(lons, lats, times, [10000, 10000])], [a]).closures[0]
    truth = _truth_crossings(lons, lats, times, 0.0, 0.0, 20_000.0)
    assert f.status == "violated"
    assert f.first_entry == pytest.approx(truth[0], abs=0.5)
    assert f.last_exit == pytest.approx(truth[1], abs=0.5)


def test_above_ceiling_is_passed_over_with_separation():
    a = _circle_airspace(10.0, 50.0, 15_000.0, ceil=5486.4)  # 18000 ft
    tr = _track([9.7, 10.3], [50.0, 50.0], [T0, T0 + 3600], [18000.0, 18000.0])
    f = flag_closures([tr], [a]).closures[0]
    assert f.status == "passed over"
    assert f.min_vertical_sep_m == pytest.approx(18000.0 - 5486.4, abs=0.01)
    assert f.inside_s > 0


def test_below_floor_is_passed_under():
    a = _circle_airspace(10.0, 50.0, 15_000.0, floor=18000 * 0.3048, floor_ref="STD", ceil=60000 * 0.3048,
                         ceil_ref="STD")  # fmt: skip
    tr = _track([9.7, 10.3], [50.0, 50.0], [T0, T0 + 3600], [3000.0, 3000.0])
    f = flag_closures([tr], [a]).closures[0]
    assert f.status == "passed under"
    assert f.min_vertical_sep_m == pytest.approx(18000 * 0.3048 - 3000.0, abs=0.01)


def test_before_activation_is_inactive_at_passage_and_partial_window_violates():
    a = _circle_airspace(10.0, 50.0, 15_000.0, start=T0 + 10_000, end=T0 + 20_000)
    tr = _track([9.7, 10.3], [50.0, 50.0], [T0, T0 + 3600], [12000.0, 12000.0])
    f = flag_closures([tr], [a]).closures[0]
    assert f.status == "inactive at passage"
    # the closure opens while the balloon is inside: violated from the activation time on
    truth = _truth_crossings([9.7, 10.3], [50.0, 50.0], [T0, T0 + 3600], 10.0, 50.0, 15_000.0)
    b = _circle_airspace(10.0, 50.0, 15_000.0, start=T0 + 1800)
    f2 = flag_closures([tr], [b]).closures[0]
    assert f2.status == "violated"
    assert f2.first_entry == pytest.approx(T0 + 1800, abs=1e-6)
    assert f2.last_exit == pytest.approx(truth[1], abs=0.5)


def test_climb_through_floor_gives_interpolated_entry():
    # inside horizontally the whole time; climbs from 0 to 20 km: enters at the floor altitude
    a = _circle_airspace(0.0, 0.0, 50_000.0, floor=18000 * 0.3048, floor_ref="STD", ceil_ref="UNL",
                         ceil=float("inf"))  # fmt: skip
    tr = _track([0.0, 0.01], [0.0, 0.0], [T0, T0 + 2000], [0.0, 20000.0])
    f = flag_closures([tr], [a]).closures[0]
    assert f.status == "violated"
    assert f.first_entry == pytest.approx(T0 + 2000 * (18000 * 0.3048) / 20000.0, abs=1e-6)


def test_clear_when_never_inside():
    a = _circle_airspace(0.0, 0.0, 10_000.0)
    tr = _track([1.0, 2.0], [1.0, 1.0], [T0, T0 + 3600], [1000.0, 1000.0])
    f = flag_closures([tr], [a]).closures[0]
    assert f.status == "clear" and f.first_entry is None and not flag_closures([tr], [a]).events


def test_antimeridian_closure_and_crossing_track():
    a = _circle_airspace(180.0, 30.0, 50_000.0)
    assert len(a.geometry) == 2  # split at the antimeridian
    lons, lats, times = [179.0, -179.2], [30.05, 30.0], [T0, T0 + 7200]
    f_res = flag_closures([_track(lons, lats, times, [15000, 15000])], [a])
    f = f_res.closures[0]
    ulons = [179.0, 180.8]  # unwrapped for the truth computation
    truth = _truth_crossings(ulons, lats, times, 180.0, 30.0, 50_000.0)
    assert f.status == "violated"
    assert f.entries == 1 and len(f_res.events) == 1  # one passage, not two halves
    assert f.first_entry == pytest.approx(truth[0], abs=1.0)
    assert f.last_exit == pytest.approx(truth[1], abs=1.0)
    # a closure away from the antimeridian is not touched by the wrapped segment
    b = _circle_airspace(0.0, 30.0, 50_000.0)
    assert flag_closures([_track(lons, lats, times, [15000, 15000])], [b]).closures[0].status == "clear"


def test_agl_without_terrain_assumes_ground_zero_and_with_terrain_uses_it():
    a = _circle_airspace(0.0, 0.0, 20_000.0, ceil=1000.0, ceil_ref="AGL")
    tr = _track([-0.5, 0.5], [0.0, 0.0], [T0, T0 + 3600], [1500.0, 1500.0])
    res = flag_closures([tr], [a])
    assert res.closures[0].status == "passed over"
    assert "0 m MSL" in res.closures[0].note and res.notes
    res2 = flag_closures([tr], [a], terrain=lambda lon, lat: np.full(np.shape(lon), 800.0))
    assert res2.closures[0].status == "violated"


def test_polygon_with_concavity_two_entries():
    # U-shaped polygon: a straight track crosses both arms -> two entries
    ring = [(0, 0), (3, 0), (3, 3), (2, 3), (2, 1), (1, 1), (1, 3), (0, 3)]
    mp = geo.polygon_from_ring(geo.densify_ring_edges(ring, [False] * len(ring), 1.0))
    a = Airspace("U", "U", "R", mp, 0.0, "SFC", float("inf"), "UNL")
    tr = _track([-0.5, 3.5], [2.0, 2.0], [T0, T0 + 4000], [1000.0, 1000.0])
    res = flag_closures([tr], [a])
    f = res.closures[0]
    assert f.status == "violated" and f.entries == 2 and len(res.events) == 2
    # entries near lon 0, 2 and exits near lon 1, 3 -> times at fraction (lon + 0.5) / 4
    expect = [T0 + 4000 * (x + 0.5) / 4.0 for x in (0, 1, 2, 3)]
    got = [res.events[0].enter_time, res.events[0].exit_time, res.events[1].enter_time, res.events[1].exit_time]
    # the polygon edges are geodesics: at lat 2 the meridian edges are straight in lon/lat, so exact
    assert got == pytest.approx(expect, abs=1e-3)


def test_least_vertical_separation_is_over_the_active_window_only():
    """A closure passed over for six hours but active for two: the least separation is the balloon's lowest height
    above the ceiling while the closure is active (brute force along the motion model), not over the whole pass."""
    import copy

    from bw_paths import ROOT

    from balloon_watch.plugin.core.airspace import read_airspace_file
    from balloon_watch.plugin.core.tracks import read_track_file

    data = ROOT / "resources" / "data"
    track = read_track_file(str(data / "balloon_2023_reconstructed.csv")).tracks[0]
    billings = copy.deepcopy(read_airspace_file(str(data / "closures_2023.txt")).airspaces[0])
    billings.ceiling_m, billings.ceiling_ref = 15000.0, "MSL"
    flag = flag_closures([track], [billings]).closures[0]
    assert flag.status == "passed over"
    lo, hi = max(billings.start_time, flag.first_entry), min(billings.end_time, flag.last_exit)
    assert flag.last_exit - flag.first_entry > 2 * (hi - lo)  # the pass outlasts the active window
    t = np.linspace(lo, hi, 20001)
    alt = track.position_at(t)[2]
    assert abs(flag.min_vertical_sep_m - (float(np.min(alt)) - billings.ceiling_m)) <= 1.0
