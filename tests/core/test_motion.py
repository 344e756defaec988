"""The one motion model: geodesic between fixes, altitude linear in time. Truth: pyproj ``Geod.npts``/``inv``."""

from __future__ import annotations

import numpy as np
import pyproj
import pytest

from balloon_watch.plugin.core.airspace import geometry as geo
from balloon_watch.plugin.core.flagging import flag_closures
from balloon_watch.plugin.core.model import Airspace, Track
from balloon_watch.plugin.core.motion import densify, interpolate

GEOD = pyproj.Geod(ellps="WGS84")
T0 = 1_675_500_000.0
LEG = ((0.0, 60.0), (27.0, 60.0))  # about 1,500 km along the 60th parallel: the geodesic bulges north of it


def _leg_track(speed=20.0):
    (x0, y0), (x1, y1) = LEG
    _, _, length = GEOD.inv(x0, y0, x1, y1)
    dt = length / speed
    return Track("LEG", [x0, x1], [y0, y1], [T0, T0 + dt], [18000.0, 20000.0]), length, dt


def test_sparse_leg_position_lies_on_the_geodesic():
    track, length, dt = _leg_track()
    (x0, y0), (x1, y1) = LEG
    # Geod.npts: points equally spaced along the geodesic, i.e. at equal times under constant speed
    truth = np.array(GEOD.npts(x0, y0, x1, y1, 9))
    tq = T0 + dt * np.arange(1, 10) / 10.0
    lon, lat, alt = track.position_at(tq)
    _, _, miss = GEOD.inv(lon, lat, truth[:, 0], truth[:, 1])
    assert np.max(miss) < 0.01  # metres
    # the lon/lat straight line is far from it: this is not a vacuous agreement
    _, _, off = GEOD.inv(x0 + (x1 - x0) * 0.5, 60.0, truth[4, 0], truth[4, 1])
    assert off > 20_000.0
    assert alt == pytest.approx(18000.0 + 2000.0 * np.arange(1, 10) / 10.0)


def test_position_outside_the_fixes_is_unknown_and_fixes_are_exact():
    track, _, dt = _leg_track()
    lon, lat, alt = track.position_at([T0 - 1.0, T0, T0 + dt, T0 + dt + 1.0])
    assert np.isnan(lon[[0, 3]]).all() and np.isnan(alt[[0, 3]]).all()
    assert lon[1] == pytest.approx(0.0, abs=1e-9) and lat[1] == pytest.approx(60.0, abs=1e-9)
    assert lon[2] == pytest.approx(27.0, abs=1e-9) and lat[2] == pytest.approx(60.0, abs=1e-9)


def test_interpolation_across_the_antimeridian_takes_the_short_way():
    t = [T0, T0 + 3600.0]
    lon, lat, _ = interpolate(t, [179.5, -179.5], [10.0, 10.0], [0.0, 0.0], [T0 + 1800.0])
    assert abs(abs(lon[0]) - 180.0) < 0.01 and lat[0] == pytest.approx(10.0, abs=0.01)


def test_densified_chords_stay_on_the_geodesic():
    track, _, _ = _leg_track()
    t, lon, lat, alt, leg = densify(track.times, track.lon, track.lat, track.alt_m, tolerance_m=1.0)
    assert len(t) > 2 and (leg[:-1] == 0).all() and leg[-1] == 1 and (np.diff(t) > 0).all()
    # every chord, sampled densely, against the geodesic: the distance to the model's position at that time
    # bounds the distance to the path
    u = np.linspace(0.0, 1.0, 21)[1:-1]
    cx = (lon[:-1, None] + np.diff(lon)[:, None] * u).ravel()
    cy = (lat[:-1, None] + np.diff(lat)[:, None] * u).ravel()
    ct = (t[:-1, None] + np.diff(t)[:, None] * u).ravel()
    mx, my, _ = track.position_at(ct)
    _, _, d = GEOD.inv(cx, cy, mx, my)
    assert np.max(d) < 1.0
    # short legs are left alone
    t2, *_ = densify([T0, T0 + 60.0], [5.0, 5.01], [45.0, 45.0], [0.0, 0.0])
    assert len(t2) == 2


def test_flagging_entry_into_a_closure_on_the_geodesic_of_a_sparse_leg():
    track, length, dt = _leg_track()
    (x0, y0), (x1, y1) = LEG
    # a 5 km circle centred on the geodesic's midpoint, some 40 km north of the lon/lat straight line
    az, _, _ = GEOD.inv(x0, y0, x1, y1)
    cx, cy, _ = GEOD.fwd(x0, y0, az, 0.5 * length)
    r = 5_000.0
    closure = Airspace("G", "on the geodesic", "TFR", geo.circle(cx, cy, r, 1.0), 0.0, "SFC", 30000.0, "MSL")
    res = flag_closures([track], [closure])
    f = res.closures[0]
    assert f.status == "violated"
    # truth: the geodesic passes through the centre, so it is inside from s = L/2 - r to L/2 + r (to well below
    # a metre: the circle's own curvature across the path is negligible at 5 km)
    speed = length / dt
    assert f.first_entry == pytest.approx(T0 + (0.5 * length - r) / speed, abs=2.0)
    assert f.last_exit == pytest.approx(T0 + (0.5 * length + r) / speed, abs=2.0)
    assert f.inside_s == pytest.approx(2 * r / speed, abs=3.0)
