"""Derived speed/heading/vertical rate, merging pieces of a track, and antimeridian splitting."""

from __future__ import annotations

import numpy as np
import pytest
from bw_paths import REALDATA
from pyproj import Geod

from balloon_watch.plugin.core.model import Track
from balloon_watch.plugin.core.tracks import derive, merge_tracks, read_track_file, split_antimeridian

GEOD = Geod(ellps="WGS84")


def test_derive_matches_scalar_geodesics_on_the_real_habhub_flight():
    tr = read_track_file(str(REALDATA / "balloon" / "habhub_sim_flight_path_japan_epoch.csv")).tracks[0]
    d = derive(tr)
    assert np.isnan(d["speed_ms"][0]) and np.isnan(d["heading_deg"][0]) and np.isnan(d["vrate_ms"][0])
    for i in range(1, len(tr)):
        az, _, dist = GEOD.inv(float(tr.lon[i - 1]), float(tr.lat[i - 1]), float(tr.lon[i]), float(tr.lat[i]))
        dt = tr.times[i] - tr.times[i - 1]
        assert d["speed_ms"][i] == pytest.approx(dist / dt, rel=1e-9, abs=1e-9)
        if dist > 0:
            assert d["heading_deg"][i] == pytest.approx(az % 360, abs=1e-9)
        else:
            assert np.isnan(d["heading_deg"][i])
        assert d["vrate_ms"][i] == pytest.approx((tr.alt_m[i] - tr.alt_m[i - 1]) / dt)
    # a simulated ascent at 5 m/s: 250 m every 50 s
    assert d["vrate_ms"][1] == pytest.approx(5.0)
    assert np.all((d["heading_deg"][1:][np.isfinite(d["heading_deg"][1:])] >= 0)
                  & (d["heading_deg"][1:][np.isfinite(d["heading_deg"][1:])] < 360))


def test_derive_undefined_cases_are_nan():
    tr = Track("t", [10, 10.1, 10.1, 10.2], [50, 50, 50, 50], [0, 60, 60, np.nan], [1000, 1100, 1100, 1200])
    d = derive(tr)
    assert np.isfinite(d["speed_ms"][1]) and np.isnan(d["speed_ms"][2]) and np.isnan(d["speed_ms"][3])
    assert np.isnan(d["heading_deg"][2])  # no movement: no heading
    assert d["heading_deg"][3] == pytest.approx(GEOD.inv(10.1, 50, 10.2, 50)[0] % 360)
    assert np.isnan(d["vrate_ms"][2]) and np.isnan(d["vrate_ms"][3])
    single = derive(Track("s", [1], [2], [0], [0]))
    assert all(np.isnan(v).all() and len(v) == 1 for v in single.values())


def _aleutian_track():
    # westward drift then eastward across the antimeridian near the Aleutians (lat ~52 N)
    lon = np.array([178.8, 179.4, 179.9, -179.6, -179.0])
    lat = np.array([51.8, 51.9, 52.0, 52.1, 52.2])
    t = np.arange(5) * 600.0 + 1675200000.0
    alt = np.array([18000, 18010, 18020, 18030, 18040], dtype=float)
    return lon, lat, t, alt


def test_split_antimeridian_parts_meet_at_180():
    lon, lat, t, alt = _aleutian_track()
    parts = split_antimeridian(lon, lat, alt, t)
    assert len(parts) == 2
    (lon1, lat1, alt1, t1), (lon2, lat2, alt2, t2) = parts
    assert lon1[-1] == 180.0 and lon2[0] == -180.0
    np.testing.assert_array_equal(lon1[:-1], lon[:3])
    np.testing.assert_array_equal(lon2[1:], lon[3:])
    # crossing fraction computed independently: 179.9 -> 180.4 (unwrapped), 180 is 0.1 of 0.5
    f = (180.0 - 179.9) / ((-179.6 + 360.0) - 179.9)
    assert lat1[-1] == pytest.approx(52.0 + f * 0.1) and lat2[0] == lat1[-1]
    assert t1[-1] == pytest.approx(t[2] + f * 600.0) and t2[0] == t1[-1]
    assert alt1[-1] == pytest.approx(18020 + f * 10)
    # no part spans more than a few degrees of longitude: never a line around the world
    for p in parts:
        assert np.ptp(p[0]) < 5


def test_split_antimeridian_westward_and_no_crossing():
    parts = split_antimeridian([-179.5, 179.5], [10, 12])
    assert len(parts) == 2 and parts[0][0][-1] == -180.0 and parts[1][0][0] == 180.0
    assert parts[0][1][-1] == pytest.approx(11.0)
    one = split_antimeridian([10, 11, 12], [1, 2, 3])
    assert len(one) == 1 and one[0][0].tolist() == [10, 11, 12]


def test_speed_across_the_antimeridian_is_the_short_way():
    lon, lat, t, alt = _aleutian_track()
    tr = Track("a", lon, lat, t, alt)
    d = derive(tr)
    _, _, dist = GEOD.inv(179.9, 52.0, -179.6, 52.1)
    assert dist < 50_000
    assert d["speed_ms"][3] == pytest.approx(dist / 600.0)
    assert d["speed_ms"][3] < 100  # a balloon, not a jet going round the world
    assert 0 < d["heading_deg"][3] < 90  # north-east


def test_merge_tracks_removes_identical_fixes_and_sorts():
    a = Track("HAB", [1, 2, 3], [10, 10, 10], [0, 60, 120], [100, 200, 300], source="a.csv",
              attributes={"snr": [5, 6, 7]}, lines=np.array([2, 3, 4]))
    b = Track("HAB", [2, 3, 4, 2.5], [10, 10, 10, 10], [60, 120, 180, 90], [200, 300, 400, 250], source="b.json",
              attributes={"sats": [8, 8, 9, 9]}, lines=np.array([5, 6, 7, 8]))
    m = merge_tracks([a, b], "HAB-merged")
    assert m.track_id == "HAB-merged"
    assert m.times.tolist() == [0, 60, 90, 120, 180]
    assert m.lon.tolist() == [1, 2, 2.5, 3, 4]
    assert m.attributes["source"] == ["a.csv", "a.csv", "b.json", "a.csv", "b.json"]
    assert m.attributes["snr"] == [5, 6, None, 7, None]
    assert m.lines.tolist() == [2, 3, 8, 4, 7]
    # same time, different position: both kept (a conflict the analyst must see)
    c = Track("HAB", [9], [10], [60], [200])
    assert len(merge_tracks([a, c])) == 4
