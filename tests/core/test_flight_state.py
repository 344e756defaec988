"""Flight state from the last fixes; landed or descending balloons are not carried on; predictions for another
flight are refused with the mismatch stated."""

from __future__ import annotations

import numpy as np
import pytest

from balloon_watch.plugin.core.errors import BalloonWatchError
from balloon_watch.plugin.core.flight_state import flight_state, prediction_mismatch
from balloon_watch.plugin.core.forecast import forecast_persistence, forecast_wind
from balloon_watch.plugin.core.geodesy import GEOD
from balloon_watch.plugin.core.model import Track

T0 = 1_675_400_000.0


def _flight(alts: np.ndarray, speed: float = 15.0, step_s: float = 60.0) -> Track:
    n = len(alts)
    t = T0 + np.arange(n) * step_s
    lon, lat, _ = GEOD.fwd(np.full(n, -93.0), np.full(n, 38.7), np.full(n, 80.0), speed * (t - t[0]))
    return Track("B", np.asarray(lon), np.asarray(lat), t, np.asarray(alts, float))


def _landed() -> Track:
    """A logger flight: 5 m/s up to 30 km, 8 m/s down, then two hours on the ground at 250 m (not moving)."""
    up = np.arange(250.0, 30000.0, 300.0)
    down = np.arange(30000.0, 250.0, -480.0)
    ground = np.full(120, 250.0)
    alts = np.concatenate([up, down, ground])
    tr = _flight(alts)
    tr.lon[-120:] = tr.lon[-121]
    tr.lat[-120:] = tr.lat[-121]
    return tr


def test_states():
    assert flight_state(_landed()).state == "on ground"
    assert flight_state(_flight(np.linspace(30000, 10000, 60))).state == "descending"
    assert flight_state(_flight(np.linspace(1000, 19000, 60))).state == "ascending"
    assert flight_state(_flight(np.full(60, 18000.0) + np.sin(np.arange(60)) * 20)).state == "floating"
    assert flight_state(_flight(np.full(60, np.nan))).state == "unknown"
    fast_low = _flight(np.full(60, 3000.0), speed=20.0)  # level and moving: floating low, not landed
    assert flight_state(fast_low).state == "floating"


def test_landed_balloon_is_not_carried_on_by_persistence_and_the_reason_is_said():
    with pytest.raises(BalloonWatchError, match=r"is not forecast: on the ground: altitude 250 m"):
        forecast_persistence(_landed())
    fc = forecast_persistence(_landed(), check_state=False)  # the analyst's override
    assert len(fc.times) > 1


def test_descending_balloon_is_refused_for_persistence_and_wind():
    falling = _flight(np.linspace(30000, 12000, 60))  # 18 km in 59 min: about 5 m/s
    with pytest.raises(BalloonWatchError, match=r"descending at 5\.1 m/s .* reaches sea level within about 39 min"):
        forecast_persistence(falling)
    with pytest.raises(BalloonWatchError, match="constant-altitude wind forecast would carry a falling balloon"):
        forecast_wind(falling, winds=None)


def test_prediction_for_another_flight_is_named_as_such():
    tr = _flight(np.full(30, 18000.0))  # 2023, Missouri
    uk_2015 = np.array([1.43e9, 1.43e9 + 3600.0])
    msg = prediction_mismatch(tr, uk_2015, np.array([0.0, 0.5]), np.array([52.0, 52.1]))
    assert msg is not None and "days away from the track's last fix" in msg and "km from the track's last fix" in msg
    # the same flight: a prediction starting at the last fix, from there
    t_end = tr.times[-1]
    assert prediction_mismatch(tr, np.array([t_end, t_end + 3600]), np.array([tr.lon[-1], tr.lon[-1] + 0.3]),
                               np.array([tr.lat[-1], tr.lat[-1]])) is None


def test_descent_that_reached_the_ground_is_on_ground_not_descending():
    """habhub's simulated flight ends at -0.3 m while the regression over its last 30 min still says 4.9 m/s down:
    a balloon at sea level (or back at its launch altitude) has landed, it does not 'reach sea level within 0 min'."""
    to_sea = _flight(np.concatenate([np.arange(0.0, 30000.0, 300.0), np.linspace(30000.0, -0.3, 60)]))
    st = flight_state(to_sea)
    assert st.state == "on ground" and st.vrate_ms < -2.0
    assert "ended at 0 m, within 100 m of sea level" in st.reason and "-0" not in st.reason
    with pytest.raises(BalloonWatchError, match="would carry a landed balloon"):
        forecast_persistence(to_sea)
    # launched at 1,400 m, lands at 1,450 m: back at its launch altitude
    to_launch = _flight(np.concatenate([np.arange(1400.0, 30000.0, 300.0), np.linspace(30000.0, 1450.0, 60)]))
    st = flight_state(to_launch)
    assert st.state == "on ground" and "the launch altitude (1,400 m)" in st.reason
    # still 150 m above its launch site, or a track starting aloft (launch altitude unknown): descending
    assert flight_state(_flight(np.concatenate([np.arange(1400.0, 30000.0, 300.0),
                                                np.linspace(30000.0, 1550.0, 60)]))).state == "descending"
    assert flight_state(_flight(np.linspace(30000.0, 18000.0, 60))).state == "descending"
