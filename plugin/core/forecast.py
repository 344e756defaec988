"""Short-range position forecasts for a drifting balloon, their uncertainty cone, back-tests and ETAs.

Two forecasters:

* :func:`forecast_persistence`: the balloon keeps the mean geodesic velocity of the last ``window_h`` hours.
* :func:`forecast_wind`: the balloon is advected from its last fix by a gridded wind (see ``winds``) at its
  level, with a second-order (Heun) scheme on the ellipsoid.

Every forecast carries an uncertainty radius per step from a cone model: radius as a function of lead time.
:func:`calibrate_cone` measures it on the track's own history (forecast from past points, compare with where
the balloon really went); without a calibration a stated default is used. :func:`cone_polygon` draws the union
of the uncertainty circles; :func:`eta` turns a forecast into per-site arrival estimates.

All distances and directions are geodesics on WGS 84 (pyproj ``Geod``).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Sequence

import numpy as np
import pyproj

from .errors import BalloonWatchError, InputError
from .feedback import check
from .flight_state import refuse_extrapolation
from .model import MultiPolygon, Track
from .winds import CoverageError, WindField, isa_pressure_hpa

GEOD = pyproj.Geod(ellps="WGS84")

MAX_VERTICAL_RATE = 10.0  # m/s: persistence never extrapolates a faster climb/descent (balloons: ~5 m/s)
ALT_RANGE_M = (0.0, 45000.0)  # persisted altitude stays between the ground and the highest balloon flights
DEFAULT_FLOOR_M = 1000.0  # radius at lead 0: fix error and timing slop of typical balloon tracks


# ==================================================================== data
@dataclass
class ConeModel:
    """Uncertainty radius (m) as a function of lead time (h): piecewise linear through (``leads_h``,
    ``radius_m``) starting at lead 0; beyond the last lead it grows in proportion to lead (``r_last * lead /
    lead_last``), i.e. the error keeps growing at its mean rate so far."""

    leads_h: tuple[float, ...]
    radius_m: tuple[float, ...]
    source: str = "default"

    def radius(self, lead_h) -> np.ndarray:
        lead = np.maximum(np.asarray(lead_h, dtype=float), 0.0)
        lx = np.asarray(self.leads_h, dtype=float)
        ry = np.maximum.accumulate(np.asarray(self.radius_m, dtype=float))
        out = np.interp(lead, lx, ry)
        if lx[-1] > 0:
            beyond = lead > lx[-1]
            out = np.where(beyond, np.maximum(ry[-1] * lead / lx[-1], ry[-1]), out)
        return out

    def to_dict(self) -> dict:
        return {"kind": "piecewise_linear", "leads_h": list(self.leads_h), "radius_m": list(self.radius_m),
                "source": self.source}

    @classmethod
    def from_any(cls, cone: Any) -> ConeModel:
        """Accept a ConeModel, a ``calibrate_cone`` result, or its ``model`` dict."""
        if isinstance(cone, ConeModel):
            return cone
        if isinstance(cone, dict):
            m = cone.get("model", cone)
            if isinstance(m, ConeModel):
                return m
            if isinstance(m, dict) and "leads_h" in m and "radius_m" in m:
                return cls(tuple(float(x) for x in m["leads_h"]), tuple(float(x) for x in m["radius_m"]),
                           str(m.get("source", "calibrated")))
        raise BalloonWatchError("the cone must be a ConeModel or the result of calibrate_cone")


def default_cone(speed_mps: float, method: str) -> ConeModel:
    """Uncalibrated cone: 1 km at lead 0, then a fraction of the distance travelled plus a drift term.

    Persistence: 25 % of the distance + 2 m/s (wind direction and speed change within hours).
    Wind grid: 10 % of the distance + 1 m/s (grid winds are good; the level and the model are not exact).
    """
    frac, drift = (0.25, 2.0) if method == "persistence" else (0.10, 1.0)
    leads = (0.0, 1.0, 6.0, 24.0)
    radii = tuple(DEFAULT_FLOOR_M + (frac * abs(speed_mps) + drift) * h * 3600.0 for h in leads)
    return ConeModel(leads, radii, source=f"default ({int(frac * 100)} % of distance + {drift:g} m/s)")


@dataclass
class Forecast:
    """Forecast positions from the last fix (lead 0) forward. Times epoch s UTC; radius_m is the uncertainty
    radius at each step from the cone model; ``notes`` state the assumptions."""

    times: np.ndarray
    lon: np.ndarray
    lat: np.ndarray
    alt_m: np.ndarray
    radius_m: np.ndarray
    method: str
    notes: list[str] = field(default_factory=list)
    track_id: str = ""

    def __post_init__(self) -> None:
        for name in ("times", "lon", "lat", "alt_m", "radius_m"):
            setattr(self, name, np.asarray(getattr(self, name), dtype=float))

    def __len__(self) -> int:
        return len(self.times)

    @property
    def leads_h(self) -> np.ndarray:
        return (self.times - self.times[0]) / 3600.0 if len(self.times) else self.times


@dataclass
class Eta:
    """Arrival estimate for one site (times epoch s UTC, None when it does not happen within the forecast).

    ``earliest_entry``: first time the cone edge is within the alert radius (distance - uncertainty <= radius).
    ``likely_entry``: first time the forecast centre line is within the alert radius.
    ``cpa_*``: closest point of approach of the centre line, with the uncertainty radius there.
    """

    site: str
    lon: float
    lat: float
    alert_radius_m: float
    earliest_entry: float | None
    likely_entry: float | None
    cpa_time: float
    cpa_distance_m: float
    cpa_uncertainty_m: float
    inside_now: bool


# ==================================================================== track helpers
def _prepare(track: Track, what: str = "a forecast", min_fixes: int = 2):
    """Fixes with finite position and time, sorted by time, duplicates (same time) dropped."""
    ok = np.isfinite(track.lon) & np.isfinite(track.lat) & np.isfinite(track.times)
    t = track.times[ok]
    if len(t) < min_fixes:
        raise BalloonWatchError(
            f"Track '{track.track_id}': {what} needs at least {min_fixes} {'fix' if min_fixes == 1 else 'fixes'} "
            f"with times (it has {len(t)})."
        )
    order = np.argsort(t, kind="stable")
    t = t[order]
    lon = _norm_lon(track.lon[ok][order])
    lat = track.lat[ok][order]
    alt = track.alt_m[ok][order]
    _, first = np.unique(t, return_index=True)
    if len(first) < min(min_fixes, 2):
        raise BalloonWatchError(f"Track '{track.track_id}': all fixes have the same time; no velocity can be measured.")
    return t[first], lon[first], lat[first], alt[first]


def _interp_positions(t, lon, lat, alt, tq) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Positions at times ``tq`` (within [t0, tN]) along the geodesics between fixes; altitude linear."""
    tq = np.asarray(tq, dtype=float)
    i = np.clip(np.searchsorted(t, tq, side="right") - 1, 0, len(t) - 2)
    span = t[i + 1] - t[i]
    frac = np.clip((tq - t[i]) / span, 0.0, 1.0)
    az, _, dist = GEOD.inv(lon[i], lat[i], lon[i + 1], lat[i + 1])
    qlon, qlat, _ = GEOD.fwd(lon[i], lat[i], np.asarray(az), np.asarray(dist) * frac)
    qalt = alt[i] + frac * (alt[i + 1] - alt[i])
    return np.asarray(qlon), np.asarray(qlat), qalt


def _persistence_state(t, lon, lat, alt, idx, window_s):
    """For origins ``idx``: forward azimuth at the origin, speed (m/s), vertical rate (m/s), effective window."""
    idx = np.asarray(idx)
    ts = np.maximum(t[idx] - window_s, t[0])
    slon, slat, salt = _interp_positions(t, lon, lat, alt, ts)
    dt = t[idx] - ts
    _, az21, dist = GEOD.inv(slon, slat, lon[idx], lat[idx])
    az_end = (np.asarray(az21) + 180.0) % 360.0  # direction of travel at the origin, along the same geodesic
    with np.errstate(invalid="ignore", divide="ignore"):
        speed = np.where(dt > 0, np.asarray(dist) / dt, np.nan)
        vrate = np.where(dt > 0, (alt[idx] - salt) / dt, 0.0)
    vrate = np.clip(np.nan_to_num(vrate, nan=0.0), -MAX_VERTICAL_RATE, MAX_VERTICAL_RATE)
    return az_end, speed, vrate, dt


def _lead_grid(horizon_h: float, step_min: float) -> np.ndarray:
    if not (horizon_h > 0 and step_min > 0):
        raise BalloonWatchError("the forecast horizon and step must be positive")
    step = step_min * 60.0
    horizon = horizon_h * 3600.0
    n = int(math.floor(horizon / step + 1e-9))
    leads = np.arange(n + 1) * step
    if horizon - leads[-1] > 1e-6:
        leads = np.append(leads, horizon)
    return leads


def _norm_lon(lon):
    """Longitudes in [-180, 180); values already there are kept bit for bit."""
    lon = np.asarray(lon, dtype=float)
    return np.where((lon >= -180.0) & (lon < 180.0), lon, (lon + 180.0) % 360.0 - 180.0)


def _fmt_time(t: float) -> str:
    return datetime.fromtimestamp(float(t), tz=timezone.utc).strftime("%Y-%m-%d %H:%MZ")


# ==================================================================== persistence
def forecast_persistence(
    track: Track,
    horizon_h: float = 24.0,
    step_min: float = 30.0,
    window_h: float = 3.0,
    feedback=None,
    cone: Any = None,
    check_state: bool = True,
) -> Forecast:
    """Persistence forecast: the mean geodesic velocity of the last ``window_h`` hours, continued.
    A landed or descending balloon is refused (``flight_state.refuse_extrapolation``) unless ``check_state``
    is False.

    The displacement is the geodesic from the (interpolated) position at ``t_end - window_h`` to the last fix;
    its speed is distance / time and its direction the geodesic's azimuth at the last fix; positions are
    stepped along that geodesic with ``Geod.fwd``. Altitude follows the window's mean vertical rate, clamped
    to +-10 m/s and to 0..45 km. ``cone``: a ConeModel or ``calibrate_cone`` result (default: :func:`default_cone`).
    """
    t, lon, lat, alt = _prepare(track, "a persistence forecast")
    if check_state:
        refuse_extrapolation(track, "persistence")
    check(feedback, 0)
    window_s = window_h * 3600.0
    if not window_s > 0:
        raise BalloonWatchError("the persistence window must be positive")
    last = len(t) - 1
    az, speed, vrate, dt = _persistence_state(t, lon, lat, alt, [last], window_s)
    az, speed, vrate, dt = float(az[0]), float(speed[0]), float(vrate[0]), float(dt[0])
    if not (dt > 0 and np.isfinite(speed)):
        raise BalloonWatchError(f"Track '{track.track_id}': the window has no displacement to measure a velocity.")
    notes = [
        f"persistence of the mean geodesic velocity over the last {dt / 3600.0:.2f} h: "
        f"{speed:.1f} m/s towards {az:.0f} deg"
    ]
    if dt < window_s - 1e-6:
        notes.append(f"the track is shorter than the {window_h:g} h window: the whole track was used")
    leads = _lead_grid(horizon_h, step_min)
    flon, flat, _ = GEOD.fwd(np.full(len(leads), lon[last]), np.full(len(leads), lat[last]),
                             np.full(len(leads), az), speed * leads)
    alt_last = alt[last]
    if np.isfinite(alt_last):
        falt = np.clip(alt_last + vrate * leads, *ALT_RANGE_M)
        notes.append(f"altitude: mean vertical rate {vrate:+.2f} m/s over the window (clamped to +-"
                     f"{MAX_VERTICAL_RATE:g} m/s and {ALT_RANGE_M[0]:g}..{ALT_RANGE_M[1]:g} m)")
    else:
        falt = np.full(len(leads), np.nan)
        notes.append("altitude unknown at the last fix")
    model = ConeModel.from_any(cone) if cone is not None else default_cone(speed, "persistence")
    notes.append(f"uncertainty cone: {model.source}")
    check(feedback, 100)
    return Forecast(t[last] + leads, np.asarray(flon), np.asarray(flat), falt, model.radius(leads / 3600.0),
                    "persistence", notes, track.track_id)


# ==================================================================== wind advection
def _heun_step(winds: WindField, lon: float, lat: float, t: float, alt: float, dt: float):
    """One second-order step on the ellipsoid. The end-point wind is carried back to the start along the trial
    geodesic keeping its angle to the geodesic (parallel transport), so the scheme stays second order even
    though the local north turns along the way."""
    u1, v1 = winds.sample(lon, lat, t, alt)
    u1, v1 = float(u1), float(v1)
    s1, a1 = math.hypot(u1, v1), math.degrees(math.atan2(u1, v1))
    lon_p, lat_p, back = GEOD.fwd(lon, lat, a1, s1 * dt)
    u2, v2 = winds.sample(lon_p, lat_p, t + dt, alt)
    a2 = math.degrees(math.atan2(float(u2), float(v2)))
    s2 = math.hypot(float(u2), float(v2))
    # rotation of the geodesic's direction between start and trial end
    turn = ((back + 180.0) - a1 + 180.0) % 360.0 - 180.0
    a2_start = math.radians(a2 - turn)
    ue = 0.5 * (u1 + s2 * math.sin(a2_start))
    ve = 0.5 * (v1 + s2 * math.cos(a2_start))
    s, a = math.hypot(ue, ve), math.degrees(math.atan2(ue, ve))
    lon_n, lat_n, _ = GEOD.fwd(lon, lat, a, s * dt)
    return float(lon_n), float(lat_n), s


def forecast_wind(
    track: Track,
    winds: WindField,
    horizon_h: float = 24.0,
    step_min: float = 30.0,
    feedback=None,
    alt_m: float | None = None,
    cone: Any = None,
    check_state: bool = True,
) -> Forecast:
    """Advect the balloon from its last fix through the gridded wind.

    Level: the balloon's altitude (last fix, or ``alt_m``) converted to pressure with the standard atmosphere,
    the wind interpolated linearly in log-pressure between the grid's levels; bilinear in latitude/longitude,
    linear in time. Altitude is held constant (a floating balloon). Steps: Heun (RK2) with ``Geod.fwd``.
    Raises :class:`~.winds.CoverageError` (a BalloonWatchError) when the grid does not cover the start place,
    time or altitude; if the trajectory later leaves the grid the forecast stops there, with a note.
    """
    t, lon, lat, alt = _prepare(track, "a wind forecast", min_fixes=1)
    if check_state:  # altitude is held constant: a landed or falling balloon is refused
        refuse_extrapolation(track, "wind")
    notes: list[str] = []
    if alt_m is None:
        finite = np.nonzero(np.isfinite(alt))[0]
        if len(finite) == 0:
            raise BalloonWatchError(
                f"Track '{track.track_id}' has no altitude: the wind level cannot be chosen (give an altitude)."
            )
        a0 = float(alt[finite[-1]])
        if finite[-1] != len(t) - 1:
            notes.append(f"altitude taken from the fix at {_fmt_time(t[finite[-1]])} (later fixes have none)")
    else:
        a0 = float(alt_m)
        notes.append(f"altitude set to {a0:.0f} m by the user")
    p = float(isa_pressure_hpa(a0))
    notes.append(f"wind level: {a0:.0f} m = {p:.1f} hPa in the standard atmosphere (log-pressure interpolation); "
                 "altitude held constant")
    leads = _lead_grid(horizon_h, step_min)
    t0 = float(t[-1])
    # coverage of the start is an error: nothing useful can be said
    winds.sample(lon[-1], lat[-1], t0, a0)
    out_lon, out_lat, speeds = [float(lon[-1])], [float(lat[-1])], []
    for k in range(1, len(leads)):
        check(feedback, 100.0 * k / len(leads))
        dt = float(leads[k] - leads[k - 1])
        try:
            ln, la, s = _heun_step(winds, out_lon[-1], out_lat[-1], t0 + leads[k - 1], a0, dt)
        except CoverageError as exc:
            notes.append(f"forecast stops at {_fmt_time(t0 + leads[k - 1])}: {exc}")
            break
        out_lon.append(float(_norm_lon(ln)))
        out_lat.append(la)
        speeds.append(s)
    n = len(out_lon)
    leads = leads[:n]
    mean_speed = float(np.mean(speeds)) if speeds else 0.0
    model = ConeModel.from_any(cone) if cone is not None else default_cone(mean_speed, "wind")
    notes.append(f"uncertainty cone: {model.source}")
    if winds.source:
        notes.insert(0, f"winds: {winds.source}")
    check(feedback, 100)
    return Forecast(t0 + leads, np.array(out_lon), np.array(out_lat), np.full(n, a0), model.radius(leads / 3600.0),
                    "wind", notes, track.track_id)


# ==================================================================== back-test and calibration
def backtest(
    track: Track,
    method: str = "persistence",
    leads_h: Sequence[float] = (1, 6, 24),
    stride: int | None = None,
    window_h: float = 3.0,
    winds: WindField | None = None,
    max_origins: int = 400,
    feedback=None,
) -> dict:
    """Forecast from past points of the track and measure the great-circle error at each lead.

    Origins: every ``stride``-th fix with a full ``window_h`` of history before it (default stride keeps at
    most ``max_origins`` origins). Truth: the track's position at origin + lead, interpolated along the
    geodesic between the bracketing fixes; leads beyond the end of the track are not scored.
    Returns ``{'method', 'track_id', 'n_fixes', 'span_h', 'stride', 'n_origins', 'leads': [{'lead_h', 'n',
    'median_m', 'p90_m', 'mean_m', 'max_m'}], 'notes'}``.
    """
    if method not in ("persistence", "wind"):
        raise BalloonWatchError(f"unknown forecast method '{method}' (persistence or wind)")
    if method == "wind" and winds is None:
        raise BalloonWatchError("a wind back-test needs a wind grid")
    t, lon, lat, alt = _prepare(track, "a back-test")
    leads = np.asarray(sorted(float(x) for x in leads_h), dtype=float)
    if len(leads) == 0 or np.any(leads <= 0):
        raise BalloonWatchError("back-test leads must be positive hours")
    window_s = window_h * 3600.0
    history = window_s if method == "persistence" else 0.0
    cand = np.nonzero((t - t[0] >= history - 1e-6) & (t + leads[0] * 3600.0 <= t[-1] + 1e-6))[0]
    if method == "persistence":
        cand = cand[cand >= 1]
    if stride is None:
        stride = max(1, int(math.ceil(len(cand) / max_origins)))
    origins = cand[:: max(1, int(stride))]
    notes = []
    errors = {lead: [] for lead in leads}
    if len(origins):
        if method == "persistence":
            az, speed, _, _ = _persistence_state(t, lon, lat, alt, origins, window_s)
            good = np.isfinite(speed)
            origins, az, speed = origins[good], az[good], speed[good]
            for lead in leads:
                ls = lead * 3600.0
                ok = t[origins] + ls <= t[-1] + 1e-6
                if not ok.any():
                    continue
                o = origins[ok]
                plon, plat, _ = GEOD.fwd(lon[o], lat[o], az[ok], speed[ok] * ls)
                tlon, tlat, _ = _interp_positions(t, lon, lat, alt, t[o] + ls)
                _, _, err = GEOD.inv(np.asarray(plon), np.asarray(plat), tlon, tlat)
                errors[lead] = list(np.asarray(err))
                check(feedback, 100.0 * (float(lead) / leads[-1]))
        else:
            horizon = float(leads[-1])
            for k, i in enumerate(origins):
                check(feedback, 100.0 * k / len(origins))
                sub = Track(track.track_id, lon[: i + 1], lat[: i + 1], t[: i + 1], alt[: i + 1])
                remaining_h = (t[-1] - t[i]) / 3600.0
                try:
                    fc = forecast_wind(sub, winds, horizon_h=min(horizon, remaining_h), step_min=30.0)
                except CoverageError:
                    continue
                for lead in leads:
                    ls = lead * 3600.0
                    if t[i] + ls > t[-1] + 1e-6 or fc.times[-1] < t[i] + ls - 1e-6:
                        continue
                    flon, flat, _ = _interp_positions(fc.times, fc.lon, fc.lat, fc.alt_m, [t[i] + ls])
                    tlon, tlat, _ = _interp_positions(t, lon, lat, alt, [t[i] + ls])
                    errors[lead].append(float(GEOD.inv(flon, flat, tlon, tlat)[2][0]))
    rows = []
    for lead in leads:
        e = np.asarray(errors[lead], dtype=float)
        if len(e):
            rows.append({"lead_h": float(lead), "n": int(len(e)), "median_m": float(np.median(e)),
                         "p90_m": float(np.percentile(e, 90)), "mean_m": float(np.mean(e)), "max_m": float(e.max())})
        else:
            rows.append({"lead_h": float(lead), "n": 0, "median_m": None, "p90_m": None, "mean_m": None,
                         "max_m": None})
            notes.append(f"no origin has {lead:g} h of track after it: lead not scored")
    check(feedback, 100)
    return {
        "method": method,
        "track_id": track.track_id,
        "n_fixes": int(len(t)),
        "span_h": float((t[-1] - t[0]) / 3600.0),
        "window_h": float(window_h),
        "stride": int(stride),
        "n_origins": int(len(origins)),
        "leads": rows,
        "notes": notes,
    }


def calibrate_cone(
    track: Track,
    method: str = "persistence",
    leads_h: Sequence[float] = (1, 6, 24),
    stride: int | None = None,
    window_h: float = 3.0,
    winds: WindField | None = None,
    floor_m: float = DEFAULT_FLOOR_M,
    feedback=None,
) -> dict:
    """Back-test (see :func:`backtest`) and fit the cone: radius(lead) through (0, ``floor_m``) and the p90
    error at each scored lead, made non-decreasing, piecewise linear in between and growing in proportion to
    lead beyond the last one (:class:`ConeModel`). A least-squares line ``p90 = a + b * lead`` (a >= 0, else
    through the origin) is reported too (``linear_fit``). Returns the back-test dict plus ``model``
    (JSON-friendly; pass the result or the model as ``cone=`` to the forecasters)."""
    res = backtest(track, method, leads_h, stride=stride, window_h=window_h, winds=winds, feedback=feedback)
    scored = [r for r in res["leads"] if r["n"] > 0]
    if not scored:
        raise BalloonWatchError(
            f"Track '{track.track_id}' ({res['span_h']:.1f} h) is too short to calibrate a cone at leads "
            f"{', '.join(f'{x:g}' for x in leads_h)} h with a {window_h:g} h window."
        )
    lx = [0.0] + [r["lead_h"] for r in scored]
    ry = np.maximum.accumulate(np.array([floor_m] + [max(r["p90_m"], floor_m) for r in scored]))
    model = ConeModel(tuple(lx), tuple(float(x) for x in ry), source=f"calibrated on '{track.track_id}' "
                      f"({method} back-test, p90 error at {', '.join(f'{x:g}' for x in lx[1:])} h)")
    lead_arr = np.array([r["lead_h"] for r in scored])
    p90_arr = np.array([r["p90_m"] for r in scored])
    b, a = np.polyfit(lead_arr, p90_arr, 1) if len(scored) >= 2 else (0.0, -1.0)
    if a < 0:  # a negative radius at lead 0 is meaningless: fit through the origin instead
        a, b = 0.0, float(np.sum(lead_arr * p90_arr) / np.sum(lead_arr**2))
    out = dict(res)
    out["model"] = model.to_dict()
    out["linear_fit"] = {"a_m": float(a), "b_m_per_h": float(b)}
    return out


# ==================================================================== cone outline
def _local_radius(lat_deg: float) -> float:
    """Gaussian mean radius of curvature of WGS 84 at a latitude (m)."""
    a, f = GEOD.a, GEOD.f
    e2 = f * (2 - f)
    s2 = math.sin(math.radians(lat_deg)) ** 2
    return a * math.sqrt(1 - e2) / (1 - e2 * s2)


def _densify(fc: Forecast, tol: float, floor: float, max_circles: int = 6000):
    """Centres and radii along the forecast, close enough that the union of circles departs from the swept
    'tube' by at most ``tol`` (the waist between two circles r apart by s is about s^2 / 8r)."""
    lon, lat = fc.lon, fc.lat
    r = np.maximum(np.nan_to_num(fc.radius_m, nan=floor), floor)
    if len(lon) == 1:
        return lon.copy(), lat.copy(), r.copy()
    az, _, dist = GEOD.inv(lon[:-1], lat[:-1], lon[1:], lat[1:])
    az, dist = np.asarray(az), np.asarray(dist)
    spacing = np.sqrt(8.0 * np.minimum(r[:-1], r[1:]) * tol)
    counts = np.maximum(1, np.ceil(dist / spacing)).astype(int)
    total = int(counts.sum())
    if total > max_circles:  # keep the work bounded: coarser spacing, the waist error grows accordingly
        counts = np.maximum(1, np.ceil(counts * max_circles / total)).astype(int)
    seg = np.repeat(np.arange(len(dist)), counts)
    frac = np.concatenate([np.arange(c) / c for c in counts])
    clon, clat, _ = GEOD.fwd(lon[seg], lat[seg], az[seg], dist[seg] * frac)
    cr = r[seg] + frac * (r[seg + 1] - r[seg])
    return (np.append(np.asarray(clon), lon[-1]), np.append(np.asarray(clat), lat[-1]), np.append(cr, r[-1]))


def _xyz(lon, lat):
    lo, la = np.radians(lon), np.radians(lat)
    return np.stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)], axis=-1)


def _uncovered_intervals(covered: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Complement in [0, 360) of a union of azimuth intervals (start, end) with end > start, any start."""
    pieces = []
    for a, b in covered:
        if b - a >= 360.0:
            return []
        a0 = a % 360.0
        b0 = a0 + (b - a)
        if b0 > 360.0:
            pieces += [(a0, 360.0), (0.0, b0 - 360.0)]
        else:
            pieces.append((a0, b0))
    pieces.sort()
    merged: list[list[float]] = []
    for a, b in pieces:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    gaps = []
    prev = 0.0
    for a, b in merged:
        if a > prev:
            gaps.append((prev, a))
        prev = max(prev, b)
    if prev < 360.0:
        gaps.append((prev, 360.0))
    # join the gap ending at 360 with the one starting at 0 (same arc across north)
    if len(gaps) >= 2 and gaps[0][0] == 0.0 and gaps[-1][1] == 360.0:
        first = gaps.pop(0)
        last = gaps.pop()
        gaps.append((last[0], 360.0 + first[1]))
    return gaps


def cone_polygon(forecast: Forecast, tolerance_m: float = 100.0) -> MultiPolygon:
    """Outline of the union of the uncertainty circles along the forecast, as a MultiPolygon (EPSG:4326).

    Method: circles are placed densely enough along the centre line that their union follows the swept cone
    within ``tolerance_m``; for each circle the arcs not covered by any other circle are found exactly
    (intersection azimuths from the spherical law of cosines on geodesic distances, local Gaussian radius),
    sampled with ``Geod.fwd`` so no chord departs from its circle by more than ``tolerance_m``, and chained
    into rings (outer boundary + holes where the track loops). Rings are split at the antimeridian.
    """
    if len(forecast) == 0:
        return []
    tol = max(float(tolerance_m), 1e-3)
    floor = 2.0 * tol
    clon, clat, cr = _densify(forecast, tol, floor)
    n = len(clon)
    xyz = _xyz(clon, clat)
    arcs = []  # (circle index, az_start, az_end)
    for i in range(n):
        # cheap spherical prefilter, exact geodesics for the candidates
        chord = np.linalg.norm(xyz - xyz[i], axis=1)
        d_approx = 2.0 * 6371008.8 * np.arcsin(np.clip(chord / 2.0, 0, 1))
        cand = np.nonzero(d_approx < (cr[i] + cr) * 1.01 + 10.0)[0]
        cand = cand[cand != i]
        covered = []
        full = False
        if len(cand):
            az, _, d = GEOD.inv(np.full(len(cand), clon[i]), np.full(len(cand), clat[i]), clon[cand], clat[cand])
            az, d = np.atleast_1d(az), np.atleast_1d(d)
            earth_r = _local_radius(clat[i])
            ri = cr[i]
            for j, azj, dj in zip(cand, az, d):
                rj = cr[j]
                eps = 1e-7 * max(ri, rj)
                slack = dj + ri - rj
                if slack < -eps or (abs(slack) <= eps and j < i):
                    full = True
                    break
                if dj >= ri + rj or dj + rj <= ri or dj <= eps:
                    continue
                a_, b_, c_ = ri / earth_r, rj / earth_r, dj / earth_r
                cosg = (math.cos(b_) - math.cos(a_) * math.cos(c_)) / (math.sin(a_) * math.sin(c_))
                g = math.degrees(math.acos(max(-1.0, min(1.0, cosg))))
                covered.append((azj - g, azj + g))
        if full:
            continue
        for a0, b0 in _uncovered_intervals(covered):
            arcs.append((i, a0, b0))
    if not arcs:
        return []
    # arc end points, then chain: each arc continues with the arc that starts where it ends
    starts = np.array([[clon[i], clat[i], a] for i, a, _ in arcs])
    ends = np.array([[clon[i], clat[i], b] for i, _, b in arcs])
    radii = np.array([cr[i] for i, _, _ in arcs])
    slon, slat, _ = GEOD.fwd(starts[:, 0], starts[:, 1], starts[:, 2], radii)
    elon, elat, _ = GEOD.fwd(ends[:, 0], ends[:, 1], ends[:, 2], radii)
    sx, ex = _xyz(np.asarray(slon), np.asarray(slat)), _xyz(np.asarray(elon), np.asarray(elat))
    nxt = np.empty(len(arcs), int)
    for k0 in range(0, len(arcs), 512):
        dmat = np.linalg.norm(ex[k0 : k0 + 512, None, :] - sx[None, :, :], axis=2)
        nxt[k0 : k0 + 512] = np.argmin(dmat, axis=1)
    used = np.zeros(len(arcs), bool)
    rings = []
    junction_gap: list[float] = []
    prev = -1
    for s0 in range(len(arcs)):
        if used[s0]:
            continue
        pts_lon, pts_lat = [], []
        k = s0
        while not used[k]:
            used[k] = True
            i, a0, b0 = arcs[k]
            step = 2.0 * math.degrees(math.acos(max(-1.0, 1.0 - tol / cr[i])))
            m = max(1, int(math.ceil((b0 - a0) / max(step, 1e-3))))
            azs = np.linspace(a0, b0, m + 1)
            plon, plat, _ = GEOD.fwd(np.full(m + 1, clon[i]), np.full(m + 1, clat[i]), azs, np.full(m + 1, cr[i]))
            plon, plat = np.asarray(plon), np.asarray(plat)
            if pts_lon:
                # the junction: this arc's start and the previous arc's end are the same intersection computed
                # from two circles (metres apart at most); one midpoint avoids a zigzag there
                jx = pts_lon[-1] + ((plon[0] - pts_lon[-1] + 180.0) % 360.0 - 180.0)
                pts_lon[-1] = 0.5 * (pts_lon[-1] + jx)
                pts_lat[-1] = 0.5 * (pts_lat[-1] + plat[0])
                junction_gap.append(float(np.linalg.norm(ex[prev] - sx[k])) * 6371008.8)
            pts_lon.extend(plon[1:].tolist() if pts_lon else plon.tolist())
            pts_lat.extend(plat[1:].tolist() if len(pts_lat) else plat.tolist())
            prev = k
            k = int(nxt[k])
        if pts_lon and k == s0 and len(pts_lon) > 1:
            # closing junction: last point (end of the last arc) and the first (start of the first arc)
            jx = pts_lon[0] + ((pts_lon[-1] - pts_lon[0] + 180.0) % 360.0 - 180.0)
            pts_lon[0] = 0.5 * (pts_lon[0] + jx)
            pts_lat[0] = 0.5 * (pts_lat[0] + pts_lat[-1])
            pts_lon.pop()
            pts_lat.pop()
        if len(pts_lon) >= 3:
            rings.append((np.array(pts_lon), np.array(pts_lat)))
    return _assemble(rings)


def _ring_area(x: np.ndarray, y: np.ndarray) -> float:
    return 0.5 * float(np.sum(x * np.roll(y, -1) - np.roll(x, -1) * y))


def _in_ring(px: float, py: float, x: np.ndarray, y: np.ndarray) -> bool:
    xj, yj = np.roll(x, 1), np.roll(y, 1)
    cond = (y > py) != (yj > py)
    with np.errstate(divide="ignore", invalid="ignore"):
        xint = (xj - x) * (py - y) / (yj - y) + x
    return bool(np.count_nonzero(cond & (px < xint)) % 2)


def _unwrap(lon: np.ndarray) -> np.ndarray:
    d = np.diff(lon)
    d = d - 360.0 * np.round(d / 360.0)
    return np.concatenate([[lon[0]], lon[0] + np.cumsum(d)])


def _assemble(rings: list[tuple[np.ndarray, np.ndarray]]) -> MultiPolygon:
    """Group traced rings into polygons (traced clockwise = outer, counter-clockwise = hole) and split them
    at the antimeridian."""
    from .geodesy import to_multipolygon

    outers, holes = [], []
    for x, y in rings:
        xu = _unwrap(x)
        sweep = xu[-1] + ((xu[0] - xu[-1] + 180.0) % 360.0 - 180.0) - xu[0]
        if abs(sweep) > 180.0:
            # encloses a pole: geodesy.to_multipolygon wants the interior on the left of travel; ours is on
            # the right (traced clockwise), so reverse it
            outers.append((xu[::-1].copy(), y[::-1].copy()))
        else:
            (outers if _ring_area(xu, y) < 0 else holes).append((xu, y))
    polys = [[o] for o in outers]
    for hx, hy in holes:
        for poly in polys:
            ox, oy = poly[0]
            shift = 360.0 * round((float(np.mean(ox)) - float(np.mean(hx))) / 360.0)
            if _in_ring(float(hx[0] + shift), float(hy[0]), ox, oy):
                poly.append((hx + shift, hy))
                break
    out: MultiPolygon = []
    for poly in polys:
        rings_xy = [list(zip(rx.tolist(), ry.tolist())) for rx, ry in poly]
        out.extend(to_multipolygon(rings_xy))
    return out


# ==================================================================== arrival estimates
def eta(forecast: Forecast, sites: Sequence[tuple[str, float, float]], radius_m: float,
        resolution_s: float = 60.0) -> list[Eta]:
    """Per site ``(name, lon, lat)``: earliest entry (the cone edge reaches the alert radius: distance -
    uncertainty <= radius), most likely entry (centre line within the radius) and closest approach. The forecast
    is resampled every ``resolution_s`` seconds along its geodesic segments, so times are good to that."""
    if len(forecast) == 0:
        raise BalloonWatchError("the forecast is empty")
    t0, t1 = float(forecast.times[0]), float(forecast.times[-1])
    if len(forecast) > 1 and t1 > t0:
        tq = np.unique(np.concatenate([np.arange(t0, t1, resolution_s), forecast.times]))
        qlon, qlat, _ = _interp_positions(forecast.times, forecast.lon, forecast.lat,
                                          np.zeros(len(forecast)), tq)
        qr = np.interp(tq, forecast.times, forecast.radius_m)
    else:
        tq, qlon, qlat, qr = forecast.times[:1], forecast.lon[:1], forecast.lat[:1], forecast.radius_m[:1]
    out = []
    for name, slon, slat in sites:
        _, _, d = GEOD.inv(qlon, qlat, np.full(len(tq), float(slon)), np.full(len(tq), float(slat)))
        d = np.asarray(d)
        edge = d - qr
        k = int(np.argmin(d))
        out.append(Eta(
            site=str(name), lon=float(slon), lat=float(slat), alert_radius_m=float(radius_m),
            earliest_entry=_first_crossing(tq, edge, radius_m),
            likely_entry=_first_crossing(tq, d, radius_m),
            cpa_time=float(tq[k]), cpa_distance_m=float(d[k]), cpa_uncertainty_m=float(qr[k]),
            inside_now=bool(d[0] <= radius_m),
        ))
    return out


def _first_crossing(t: np.ndarray, f: np.ndarray, level: float) -> float | None:
    """First time f(t) <= level, linearly interpolated between samples."""
    inside = f <= level
    if not inside.any():
        return None
    k = int(np.argmax(inside))
    if k == 0:
        return float(t[0])
    f0, f1 = f[k - 1], f[k]
    frac = (f0 - level) / (f0 - f1) if f0 != f1 else 1.0
    return float(t[k - 1] + frac * (t[k] - t[k - 1]))


# ==================================================================== predictor output
def _parse_rfc3339(s: str, name: str, where: str) -> float:
    txt = str(s).strip()
    if txt.endswith(("Z", "z")):
        txt = txt[:-1] + "+00:00"
    # Python < 3.11 fromisoformat accepts only 0, 3 or 6 fractional digits
    if "." in txt:
        head, rest = txt.split(".", 1)
        digits = "".join(ch for ch in rest if ch.isdigit())
        zone = rest[len(digits):]
        txt = f"{head}.{(digits + '000000')[:6]}{zone}"
    try:
        dt = datetime.fromisoformat(txt)
    except ValueError as exc:
        raise InputError(f"'{s}' is not an RFC 3339 time", name, field=where) from exc
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.timestamp()


def _num(rec: dict, key: str, name: str, where: str) -> float:
    try:
        v = float(rec[key])
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"missing or non-numeric '{key}'", name, field=where) from exc
    if not math.isfinite(v):
        raise InputError(f"'{key}' is not a finite number", name, field=where)
    return v


def read_prediction(data: bytes, name: str) -> Forecast:
    """Read a balloon predictor answer as a Forecast (radius 0: predictors give no uncertainty).

    Tawhiri / SondeHub Tawhiri API: ``{"prediction": [{"stage", "trajectory": [{"datetime", "latitude",
    "longitude" (0..360), "altitude"}]}], "request", "metadata"}``; an ``error`` answer is reported as such.
    SondeHub ``/predictions`` list: ``[{"vehicle", ..., "data": "<JSON string of [{time, lat, lon, alt}]>"}]``
    (the first vehicle is read; the others are named in the notes).
    """
    try:
        doc = json.loads(data.decode("utf-8-sig") if isinstance(data, (bytes, bytearray)) else data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"not a JSON document ({exc})", name) from exc
    if isinstance(doc, dict) and "error" in doc and "prediction" not in doc:
        err = doc["error"] if isinstance(doc["error"], dict) else {"description": str(doc["error"])}
        raise InputError(f"the predictor answered with an error: {err.get('type', '')} {err.get('description', '')}"
                         .strip(), name)
    times, lons, lats, alts, stages = [], [], [], [], []
    notes: list[str] = []
    track_id = ""
    if isinstance(doc, dict) and isinstance(doc.get("prediction"), list):
        for si, stage in enumerate(doc["prediction"]):
            if not isinstance(stage, dict) or not isinstance(stage.get("trajectory"), list):
                raise InputError("a stage has no 'trajectory' list", name, field=f"prediction[{si}]")
            for pi, pt in enumerate(stage["trajectory"]):
                where = f"prediction[{si}].trajectory[{pi}]"
                if not isinstance(pt, dict):
                    raise InputError("a trajectory point is not an object", name, field=where)
                times.append(_parse_rfc3339(pt.get("datetime", ""), name, where))
                lons.append(_num(pt, "longitude", name, where))
                lats.append(_num(pt, "latitude", name, where))
                alts.append(_num(pt, "altitude", name, where))
                stages.append(str(stage.get("stage", "")))
        req = doc.get("request") or {}
        method = "tawhiri"
        notes.append("Tawhiri prediction" + (f", dataset {req['dataset']}" if "dataset" in req else "")
                     + (f", profile {req['profile']}" if "profile" in req else "")
                     + f", stages {', '.join(dict.fromkeys(stages))}")
    elif isinstance(doc, list) and doc and isinstance(doc[0], dict) and "data" in doc[0]:
        veh = doc[0]
        track_id = str(veh.get("vehicle", ""))
        raw = veh["data"]
        try:
            pts = json.loads(raw) if isinstance(raw, str) else raw
        except json.JSONDecodeError as exc:
            raise InputError(f"the 'data' string is not JSON ({exc})", name, field="[0].data") from exc
        if not isinstance(pts, list):
            raise InputError("'data' is not a list of points", name, field="[0].data")
        for pi, pt in enumerate(pts):
            where = f"[0].data[{pi}]"
            if not isinstance(pt, dict):
                raise InputError("a point is not an object", name, field=where)
            times.append(_num(pt, "time", name, where))
            lons.append(_num(pt, "lon", name, where))
            lats.append(_num(pt, "lat", name, where))
            alts.append(_num(pt, "alt", name, where))
        method = "sondehub"
        notes.append(f"SondeHub prediction for {track_id}")
        if len(doc) > 1:
            others = [str(v.get("vehicle", "?")) for v in doc[1:] if isinstance(v, dict)]
            notes.append(f"{len(doc) - 1} other vehicle(s) not read: {', '.join(others[:5])}")
    else:
        raise InputError("not a Tawhiri prediction ('prediction' stages) nor a SondeHub predictions list", name)
    if len(times) < 1:
        raise InputError("the prediction has no trajectory points", name)
    lat_a = np.asarray(lats)
    if np.any(np.abs(lat_a) > 90):
        raise InputError("latitude outside -90..90", name)
    lon_a = _norm_lon(lons)  # Tawhiri gives 0..360
    t_a = np.asarray(times)
    order = np.argsort(t_a, kind="stable")
    t_a, lon_a, lat_a, alt_a = t_a[order], lon_a[order], lat_a[order], np.asarray(alts)[order]
    # stage boundaries repeat the same point: keep the first of equal times
    _, first = np.unique(t_a, return_index=True)
    notes.append("no uncertainty given by the predictor: radius 0")
    return Forecast(t_a[first], lon_a[first], lat_a[first], alt_a[first], np.zeros(len(first)), method, notes,
                    track_id)
