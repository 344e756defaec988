"""Proposed closures: geometry against pyproj Geod, windows and bands from the track, text read back."""

from __future__ import annotations

import math

import numpy as np
import pyproj
import pytest

from balloon_watch.plugin.core.airspace import read_airspace_bytes
from balloon_watch.plugin.core.flagging import flag_closures
from balloon_watch.plugin.core.model import Track
from balloon_watch.plugin.core.propose import debris_area, propose_closures

GEOD = pyproj.Geod(ellps="WGS84")
FT = 0.3048
T0 = 1_675_500_000.0


def _track():
    n = 120
    t = T0 + np.arange(n) * 600.0
    lon = -112.0 + np.arange(n) * 0.05
    lat = np.full(n, 47.5)
    alt = np.linspace(17500.0, 18500.0, n)
    return Track("B1", lon, lat, t, alt)


def test_site_circle_window_band_and_text_roundtrip():
    tr = _track()
    site = ("MALMSTROM", -111.18, 47.55)
    props = propose_closures(tr, [site, ("FAR", 0.0, 0.0)], 20_000.0, 1800.0, 600.0, corridor=False)
    assert len(props) == 1  # the far site is not passed
    p = props[0]
    r = np.asarray(p.geometry[0][0])
    _, _, d = GEOD.inv(np.full(len(r), site[1]), np.full(len(r), site[2]), r[:, 0], r[:, 1])
    assert np.abs(np.asarray(d) - 20_000.0).max() < 0.01
    # window: first/last fix within 20 km (independent check with Geod) +- margin, widened by one fix each side
    _, _, dd = GEOD.inv(np.full(len(tr), site[1]), np.full(len(tr), site[2]), tr.lon, tr.lat)
    idx = np.nonzero(np.asarray(dd) <= 20_000.0)[0]
    assert p.start_time <= tr.times[idx[0]] - 1800.0 and p.end_time >= tr.times[idx[-1]] + 1800.0
    assert p.start_time >= tr.times[idx[0]] - 1800.0 - 600.0 and p.end_time <= tr.times[idx[-1]] + 1800.0 + 600.0
    # band: altitudes near the site (fixes within the radius and up to two neighbours, since segments that
    # pass within the radius count) +- 600 m, in 10-FL steps
    near = tr.alt_m[idx[0] - 2 : idx[-1] + 3]
    assert p.floor_ref == "STD" and p.floor_m <= near.min() - 600 + 1e-9 and p.floor_m > near.min() - 600 - 1000 * FT
    assert p.ceiling_m >= near.max() + 600 - 20 and p.ceiling_m < near.max() + 600 + 1000 * FT
    # the text reads back to the same closure
    back = read_airspace_bytes(p.text.encode(), "proposal.txt").airspaces[0]
    assert back.start_time == pytest.approx(p.start_time, abs=60) and back.end_time == pytest.approx(p.end_time, abs=60)
    assert (back.floor_ref, back.ceiling_ref) == ("STD", "STD") and back.ceiling_m == pytest.approx(p.ceiling_m)
    rb = np.asarray(back.geometry[0][0])
    _, _, db = GEOD.inv(np.full(len(rb), site[1]), np.full(len(rb), site[2]), rb[:, 0], rb[:, 1])
    assert np.abs(np.asarray(db) - 20_000.0).max() < 40.0  # centre to 1 arc-second, radius to 0.01 NM
    # the track violates its own proposal
    assert flag_closures([tr], [p]).closures[0].status == "violated"


def test_corridor_contains_track_and_has_half_width():
    tr = _track()
    props = propose_closures(tr, None, 10_000.0, 600.0, 300.0, corridor=True)
    assert props
    res = flag_closures([tr], props)
    inside = sum(f.inside_s for f in res.closures)
    assert inside == pytest.approx(tr.times[-1] - tr.times[0], rel=1e-6)
    # area of a straight corridor = length x 2r + pi r^2 (geodesic), within 1 %
    _, _, length = GEOD.inv(tr.lon[0], tr.lat[0], tr.lon[-1], tr.lat[-1])
    tot = 0.0
    for p in props:
        rr = np.asarray(p.geometry[0][0])
        a, _ = GEOD.polygon_area_perimeter(rr[:, 0], rr[:, 1])
        tot += abs(a)
    assert tot == pytest.approx(length * 2 * 10_000.0 + math.pi * 10_000.0**2, rel=0.01)


def test_floor_reaching_ground_is_sfc_in_text():
    tr = _track()
    tr.alt_m[:] = 300.0
    p = propose_closures(tr, [("S", -111.5, 47.5)], 5_000.0, 0.0, 600.0, corridor=False)[0]
    assert p.floor_ref == "SFC" and " SFC-FL030 " in p.text  # 300 m + 600 m = 2953 ft -> FL030


def test_unknown_altitude_uses_stated_default_limits_and_says_so():
    from balloon_watch.plugin.core.propose import DEFAULT_CEILING_M, DEFAULT_RADIUS_M

    tr = _track()
    tr.alt_m[:] = np.nan
    p = propose_closures(tr, [("S", -111.5, 47.5)], DEFAULT_RADIUS_M, 0.0, 600.0, corridor=False)[0]
    assert DEFAULT_RADIUS_M == pytest.approx(30 * 1852.0)
    assert (p.floor_ref, p.floor_m, p.ceiling_ref) == ("SFC", 0.0, "STD")
    assert p.ceiling_m == pytest.approx(DEFAULT_CEILING_M) == pytest.approx(65000 * FT)
    assert p.limits == "limits ASSUMED (balloon altitude unknown there): SFC to FL650"
    assert "30NM RADIUS OF" in p.text and " SFC-FL650 " in p.text
    assert p.text.endswith("(PROPOSAL: LIMITS ASSUMED, BALLOON ALTITUDE UNKNOWN)")
    back = read_airspace_bytes(p.text.encode(), "proposal.txt").airspaces[0]
    assert back.ceiling_m == pytest.approx(p.ceiling_m) and back.floor_ref == "SFC"
    # the analyst's own limits
    q = propose_closures(tr, [("S", -111.5, 47.5)], 10_000.0, 0.0, 600.0, corridor=False, floor_m=5000 * FT,
                         ceiling_m=450 * 100 * FT)[0]
    assert (q.floor_ref, q.ceiling_m) == ("MSL", pytest.approx(45000 * FT)) and " 5000FT-FL450 " in q.text


def test_fixed_limits_override_a_known_altitude():
    tr = _track()
    p = propose_closures(tr, [("S", -111.5, 47.5)], 10_000.0, 0.0, 600.0, corridor=True, fixed_limits=True)
    assert len(p) >= 2 and all(x.limits.startswith("limits ASSUMED (fixed by the proposal parameters)") for x in p)
    assert all(x.floor_ref == "SFC" and x.ceiling_m == pytest.approx(65000 * FT) for x in p)
    known = propose_closures(tr, [("S", -111.5, 47.5)], 10_000.0, 0.0, 600.0, corridor=False)[0]
    assert known.limits.startswith("limits from the balloon's altitude") and "PROPOSAL" not in known.text


def test_debris_area_follows_fall_model_downwind():
    alt, u, v = 18_000.0, 10.0, 0.0
    d = debris_area(-79.0, 33.5, alt, T0, wind_u_ms=u, wind_v_ms=v, terminal_velocity_ms=10.0,
                    velocity_spread=2.0, scatter_m=2000.0)  # fmt: skip
    h = 8500.0
    fall = [2 * h / vt * (1 - math.exp(-alt / (2 * h))) for vt in (20.0, 10.0, 5.0)]
    near, far = u * fall[0], u * fall[2]
    r = np.asarray(d.geometry[0][0])
    _, _, dist = GEOD.inv(np.full(len(r), -79.0), np.full(len(r), 33.5), r[:, 0], r[:, 1])
    # the area reaches from (near - scatter) to (far + scatter) east of the break-up point
    assert r[:, 0].min() > -79.0  # entirely downwind (east)
    assert np.asarray(dist).min() == pytest.approx(near - 2000.0, abs=5.0)
    assert np.asarray(dist).max() == pytest.approx(far + 2000.0, abs=5.0)
    assert d.floor_ref == "SFC" and d.ceiling_m >= alt and d.end_time == pytest.approx(T0 + fall[2] + 900.0)
    assert "SFC-FL" in d.text and "RADIUS OF" in d.text
    calm = debris_area(-79.0, 33.5, alt, T0)
    rc = np.asarray(calm.geometry[0][0])
    _, _, dc = GEOD.inv(np.full(len(rc), -79.0), np.full(len(rc), 33.5), rc[:, 0], rc[:, 1])
    assert np.abs(np.asarray(dc) - 2000.0).max() < 0.01


def test_shootdown_position_follows_the_geodesic_and_bridges_missing_altitude():
    from balloon_watch.plugin.core.errors import InputError
    from balloon_watch.plugin.core.propose import passage_position

    t0 = 1_675_500_000.0
    track = Track("S", [0.0, 27.0], [60.0, 60.0], [t0, t0 + 75_000.0], [18_000.0, np.nan])
    forecast = Track("S", [30.0], [60.0], [t0 + 90_000.0], [20_000.0])
    lon, lat, alt = passage_position(track, forecast, t0 + 37_500.0)
    mid = GEOD.npts(0.0, 60.0, 27.0, 60.0, 1)[0]
    _, _, miss = GEOD.inv(lon, lat, mid[0], mid[1])
    assert miss < 0.01 and lat > 60.3  # on the geodesic, well north of the 60th parallel
    # altitude: linear between the nearest known altitudes (the track's first fix and the forecast)
    assert alt == pytest.approx(18_000.0 + 2_000.0 * 37_500.0 / 90_000.0)
    with pytest.raises(InputError, match="outside the track and forecast"):
        passage_position(track, forecast, t0 + 100_000.0)
