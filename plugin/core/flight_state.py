"""What the balloon is doing at its last fixes, and whether a forecast may continue it.

A persistence or constant-altitude wind forecast assumes a floating balloon. One that has landed stays where it
is; one that is descending (burst, cut down, leaking) reaches the ground within minutes to an hour and does not
drift on for a day. Carrying either forward invents hundreds of kilometres of flight, so the forecast is refused
with the reason. A prediction file is also checked against the track: one made for another flight (another
time, another place) is refused with the mismatch stated.

States from the fixes of the last ``window_s`` seconds (at least 3 fixes with altitude):

* vertical rate: least-squares slope of altitude against time over the window;
* **descending**: rate below ``-DESCENT_MS`` (-2 m/s: floating balloons rise and sink by well under 1 m/s,
  a burst payload under a parachute falls at 5 m/s or more);
* **ascending**: rate above ``+ASCENT_MS`` (1 m/s; balloons climb at about 5 m/s);
* **on ground**: rate within +-0.5 m/s, below ``GROUND_MAX_ALT_M`` (5 km) and moving less than ``GROUND_SPEED_MS``
  (2 m/s) over the window: landed and carried, or lying still; also a descent that has reached the ground: the last
  altitude within ``LANDED_NEAR_M`` (100 m) of sea level or of the launch altitude (the first known altitude, when
  below 5 km) after descending (a logger's last fix, recorded at touchdown: nothing is left to fall);
* **floating**: anything else with altitude; **unknown**: no altitude in the window.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timezone

import numpy as np

from .errors import BalloonWatchError
from .geodesy import GEOD
from .messages import QT_TRANSLATE_NOOP, joined, tr
from .model import Track

WINDOW_S = 1800.0
DESCENT_MS = 2.0
ASCENT_MS = 1.0
GROUND_RATE_MS = 0.5
GROUND_MAX_ALT_M = 5000.0
GROUND_SPEED_MS = 2.0
LANDED_NEAR_M = 100.0
# a prediction belongs to the flight when it reaches the track's last fix in time (within this) and place
PREDICTION_MAX_GAP_S = 12 * 3600.0
PREDICTION_MAX_DIST_M = 500_000.0


@dataclass
class FlightState:
    state: str  # on ground, descending, floating, ascending, unknown
    vrate_ms: float  # NaN when unknown
    alt_m: float  # last known altitude, NaN when unknown
    speed_ms: float  # mean ground speed over the window, NaN when unknown
    window_s: float  # the time the state was measured over
    reason: str


def flight_state(track: Track, window_s: float = WINDOW_S) -> FlightState:
    """The state of the flight at its last fixes (see the module doc for the rules)."""
    ok = np.isfinite(track.times) & np.isfinite(track.lon) & np.isfinite(track.lat)
    t, lon, lat, alt = track.times[ok], track.lon[ok], track.lat[ok], track.alt_m[ok]
    o = np.argsort(t, kind="stable")
    t, lon, lat, alt = t[o], lon[o], lat[o], alt[o]
    if len(t) < 2:
        return FlightState("unknown", math.nan, math.nan, math.nan, 0.0, tr("fewer than two timed fixes"))
    win = t >= t[-1] - window_s
    if win.sum() < 3:  # sparse fixes: the last three whatever their spacing
        win = np.zeros(len(t), dtype=bool)
        win[-3:] = True
    tw, aw = t[win], alt[win]
    span = float(tw[-1] - tw[0])
    _, _, dist = GEOD.inv(lon[win][0], lat[win][0], lon[-1], lat[-1])
    speed = float(dist) / span if span > 0 else math.nan
    known = np.isfinite(aw)
    if known.sum() < 3 or span <= 0:
        return FlightState("unknown", math.nan, math.nan, speed, span, tr("no altitude over the last fixes"))
    tk, ak = tw[known], aw[known]
    rate = float(np.polyfit(tk - tk[0], ak, 1)[0]) if tk[-1] > tk[0] else 0.0
    last_alt = float(ak[-1])
    mins = span / 60.0
    if rate < -DESCENT_MS:
        landed = _landed_after_descent(last_alt, alt)
        if landed:
            return FlightState("on ground", rate, last_alt, speed, span,
                               tr("on the ground: the descent ({rate:.1f} m/s over the last {mins:.0f} min) ended "
                                  "at {alt:,d} m, within {near:.0f} m of {where}", rate=-rate, mins=mins,
                                  alt=int(round(last_alt)), near=LANDED_NEAR_M, where=landed))
        eta_min = last_alt / -rate / 60.0 if last_alt > 0 else 0.0
        return FlightState("descending", rate, last_alt, speed, span,
                           tr("descending at {rate:.1f} m/s over the last {mins:.0f} min, last at {alt:,.0f} m: at "
                              "that rate it reaches sea level within about {eta:.0f} min", rate=-rate, mins=mins,
                              alt=last_alt, eta=eta_min))
    if rate > ASCENT_MS:
        return FlightState("ascending", rate, last_alt, speed, span,
                           tr("climbing at {rate:.1f} m/s over the last {mins:.0f} min", rate=rate, mins=mins))
    if abs(rate) <= GROUND_RATE_MS and last_alt < GROUND_MAX_ALT_M and (not math.isfinite(speed)
                                                                       or speed < GROUND_SPEED_MS):
        return FlightState("on ground", rate, last_alt, speed, span,
                           tr("on the ground: altitude {alt:,.0f} m, vertical rate {rate:+.1f} m/s and ground "
                              "speed {speed:.1f} m/s over the last {mins:.0f} min", alt=last_alt, rate=rate,
                              speed=speed, mins=mins))
    return FlightState("floating", rate, last_alt, speed, span,
                       tr("floating at {alt:,.0f} m (vertical rate {rate:+.1f} m/s over the last {mins:.0f} min)",
                          alt=last_alt, rate=rate, mins=mins))


# why a landed or descending balloon is not carried on; the dock recognises a refusal by the words between the
# track and the reason ("is not forecast:"), in English or translated
REFUSAL = QT_TRANSLATE_NOOP("@default", "Track '{track_id}' is not forecast: {reason}. {consequence}; use a descent "
                            "prediction (a Tawhiri or SondeHub prediction file) or the last fix as the landing area.")
# what carrying it on would do, by (persistence forecast?, landed?)
CONSEQUENCES = {
    (True, True): QT_TRANSLATE_NOOP("@default", "A persistence forecast would carry a landed balloon on as if it "
                                                "were floating"),
    (True, False): QT_TRANSLATE_NOOP("@default", "A persistence forecast would carry a falling balloon on as if it "
                                                 "were floating"),
    (False, True): QT_TRANSLATE_NOOP("@default", "A constant-altitude wind forecast would carry a landed balloon on "
                                                 "as if it were floating"),
    (False, False): QT_TRANSLATE_NOOP("@default", "A constant-altitude wind forecast would carry a falling balloon "
                                                  "on as if it were floating"),
}


def _landed_after_descent(last_alt: float, alt: np.ndarray) -> str | None:
    """What a descending track's last altitude lies within LANDED_NEAR_M of (sea level, launch altitude), or None."""
    if last_alt <= LANDED_NEAR_M:
        return tr("sea level")
    known = alt[np.isfinite(alt)]
    launch = float(known[0])
    if launch < GROUND_MAX_ALT_M and abs(last_alt - launch) <= LANDED_NEAR_M:
        return tr("the launch altitude ({alt:,.0f} m)", alt=launch)
    return None


def refuse_extrapolation(track: Track, method: str) -> FlightState:
    """Raise when the flight's state forbids carrying it forward (landed or descending); else its state."""
    st = flight_state(track)
    if st.state in ("on ground", "descending"):
        consequence = tr(CONSEQUENCES[(method == "persistence", st.state == "on ground")])
        raise BalloonWatchError(tr(REFUSAL, track_id=track.track_id, reason=st.reason, consequence=consequence))
    return st


def _iso(t: float) -> str:
    return datetime.fromtimestamp(t, tz=timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def prediction_mismatch(track: Track, times: np.ndarray, lon: np.ndarray, lat: np.ndarray) -> str | None:
    """Why a prediction (times, lon, lat) is not for this track's flight, or None when it matches.

    It matches when its time span reaches to within PREDICTION_MAX_GAP_S of the track's last fix and its
    position at that time (its nearest point in time) lies within PREDICTION_MAX_DIST_M of the last fix."""
    ok = np.isfinite(track.times) & np.isfinite(track.lon) & np.isfinite(track.lat)
    if not ok.any() or len(times) == 0:
        return None
    i_last = int(np.argmax(np.where(ok, track.times, -np.inf)))
    t_end, x_end, y_end = float(track.times[i_last]), float(track.lon[i_last]), float(track.lat[i_last])
    p0, p1 = float(np.min(times)), float(np.max(times))
    gap = max(p0 - t_end, t_end - p1, 0.0)
    k = int(np.argmin(np.abs(np.asarray(times) - t_end)))
    _, _, dist = GEOD.inv(x_end, y_end, float(lon[k]), float(lat[k]))
    problems = []
    if gap > PREDICTION_MAX_GAP_S:
        days = gap / 86400.0
        problems.append(tr("it covers {start} to {end}, {days:,.1f} days away from the track's last fix at {last}",
                           start=_iso(p0), end=_iso(p1), days=days, last=_iso(t_end)))
    if dist > PREDICTION_MAX_DIST_M:
        problems.append(tr("its point nearest in time ({lat:.2f}, {lon:.2f}) is {km:,.0f} km from the track's last "
                           "fix ({last_lat:.2f}, {last_lon:.2f})", lat=float(lat[k]), lon=float(lon[k]),
                           km=dist / 1000.0, last_lat=y_end, last_lon=x_end))
    if not problems:
        return None
    return tr("the prediction is not for track '{track_id}': {problems} (a prediction must reach within {hours:g} h "
              "and {km:g} km of the last fix)", track_id=track.track_id, problems=joined(problems, "; "),
              hours=PREDICTION_MAX_GAP_S / 3600, km=PREDICTION_MAX_DIST_M / 1000)
