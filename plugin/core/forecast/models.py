"""Forecast data (positions, uncertainty cone model) and the two forecasters: persistence and wind advection.

All distances and directions are geodesics on WGS 84; positions between fixes come from ``core.motion``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..errors import BalloonWatchError
from ..feedback import check
from ..flight_state import refuse_extrapolation
from ..geodesy import GEOD, norm_lon
from ..messages import tr
from ..model import Track
from ..motion import interpolate
from ..utc import epoch_to_minute
from ..winds import CoverageError, WindField, isa_pressure_hpa

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
        raise BalloonWatchError(tr("the cone must be a ConeModel or the result of calibrate_cone"))


def default_cone(speed_mps: float, method: str) -> ConeModel:
    """Uncalibrated cone: 1 km at lead 0, then a fraction of the distance travelled plus a drift term.

    Persistence: 25 % of the distance + 2 m/s (wind direction and speed change within hours).
    Wind grid: 10 % of the distance + 1 m/s (grid winds are good; the level and the model are not exact).
    """
    frac, drift = (0.25, 2.0) if method == "persistence" else (0.10, 1.0)
    leads = (0.0, 1.0, 6.0, 24.0)
    radii = tuple(DEFAULT_FLOOR_M + (frac * abs(speed_mps) + drift) * h * 3600.0 for h in leads)
    return ConeModel(leads, radii, source=tr("default ({percent} % of distance + {drift:g} m/s)",
                                             percent=int(frac * 100), drift=drift))


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


# ==================================================================== track helpers
def _prepare(track: Track, what: str = tr("a forecast"), min_fixes: int = 2):
    """Fixes with finite position and time, sorted by time, duplicates (same time) dropped."""
    ok = np.isfinite(track.lon) & np.isfinite(track.lat) & np.isfinite(track.times)
    t = track.times[ok]
    if len(t) < min_fixes:
        args = {"track_id": track.track_id, "what": what, "min_fixes": min_fixes, "n_t": len(t)}
        raise BalloonWatchError(
            tr("Track '{track_id}': {what} needs at least {min_fixes} fix with times (it has {n_t}).", **args)
            if min_fixes == 1 else
            tr("Track '{track_id}': {what} needs at least {min_fixes} fixes with times (it has {n_t}).", **args)
        )
    order = np.argsort(t, kind="stable")
    t = t[order]
    lon = norm_lon(track.lon[ok][order])
    lat = track.lat[ok][order]
    alt = track.alt_m[ok][order]
    _, first = np.unique(t, return_index=True)
    if len(first) < min(min_fixes, 2):
        raise BalloonWatchError(
            tr(
                "Track '{track_id}': all fixes have the same time; no velocity can be measured.",
                track_id=track.track_id,
            )
        )
    return t[first], lon[first], lat[first], alt[first]


def _persistence_state(t, lon, lat, alt, idx, window_s):
    """For origins ``idx``: forward azimuth at the origin, speed (m/s), vertical rate (m/s), effective window."""
    idx = np.asarray(idx)
    ts = np.maximum(t[idx] - window_s, t[0])
    slon, slat, salt = interpolate(t, lon, lat, alt, ts)
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
        raise BalloonWatchError(tr("the forecast horizon and step must be positive"))
    step = step_min * 60.0
    horizon = horizon_h * 3600.0
    n = int(math.floor(horizon / step + 1e-9))
    leads = np.arange(n + 1) * step
    if horizon - leads[-1] > 1e-6:
        leads = np.append(leads, horizon)
    return leads


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
    t, lon, lat, alt = _prepare(track, tr("a persistence forecast"))
    if check_state:
        refuse_extrapolation(track, "persistence")
    check(feedback, 0)
    window_s = window_h * 3600.0
    if not window_s > 0:
        raise BalloonWatchError(tr("the persistence window must be positive"))
    last = len(t) - 1
    az, speed, vrate, dt = _persistence_state(t, lon, lat, alt, [last], window_s)
    az, speed, vrate, dt = float(az[0]), float(speed[0]), float(vrate[0]), float(dt[0])
    if not (dt > 0 and np.isfinite(speed)):
        raise BalloonWatchError(
            tr("Track '{track_id}': the window has no displacement to measure a velocity.", track_id=track.track_id)
        )
    notes = [
        tr("persistence of the mean geodesic velocity over the last {hours:.2f} h: {speed:.1f} m/s towards "
           "{az:.0f} deg", hours=dt / 3600.0, speed=speed, az=az)
    ]
    if dt < window_s - 1e-6:
        notes.append(
            tr("the track is shorter than the {window_h:g} h window: the whole track was used", window_h=window_h)
        )
    leads = _lead_grid(horizon_h, step_min)
    flon, flat, _ = GEOD.fwd(np.full(len(leads), lon[last]), np.full(len(leads), lat[last]),
                             np.full(len(leads), az), speed * leads)
    alt_last = alt[last]
    if np.isfinite(alt_last):
        falt = np.clip(alt_last + vrate * leads, *ALT_RANGE_M)
        notes.append(
            tr(
                "altitude: mean vertical rate {vrate:+.2f} m/s over the window (clamped to "
                "+-{MAX_VERTICAL_RATE:g} m/s and {ALT_RANGE_M:g}..{ALT_RANGE_M2:g} m)",
                vrate=vrate,
                MAX_VERTICAL_RATE=MAX_VERTICAL_RATE,
                ALT_RANGE_M=ALT_RANGE_M[0],
                ALT_RANGE_M2=ALT_RANGE_M[1],
            )
        )
    else:
        falt = np.full(len(leads), np.nan)
        notes.append(tr("altitude unknown at the last fix"))
    model = ConeModel.from_any(cone) if cone is not None else default_cone(speed, "persistence")
    notes.append(tr("uncertainty cone: {source}", source=model.source))
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
    t, lon, lat, alt = _prepare(track, tr("a wind forecast"), min_fixes=1)
    if check_state:  # altitude is held constant: a landed or falling balloon is refused
        refuse_extrapolation(track, "wind")
    notes: list[str] = []
    if alt_m is None:
        finite = np.nonzero(np.isfinite(alt))[0]
        if len(finite) == 0:
            raise BalloonWatchError(
                tr(
                    "Track '{track_id}' has no altitude: the wind level cannot be chosen (give an altitude).",
                    track_id=track.track_id,
                )
            )
        a0 = float(alt[finite[-1]])
        if finite[-1] != len(t) - 1:
            notes.append(
                tr("altitude taken from the fix at {t} (later fixes have none)", t=epoch_to_minute(t[finite[-1]]))
            )
    else:
        a0 = float(alt_m)
        notes.append(tr("altitude set to {a0:.0f} m by the user", a0=a0))
    p = float(isa_pressure_hpa(a0))
    notes.append(
        tr(
            "wind level: {a0:.0f} m = {p:.1f} hPa in the standard atmosphere (log-pressure interpolation); "
            "altitude held constant",
            a0=a0,
            p=p,
        )
    )
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
            notes.append(tr("forecast stops at {t0}: {exc}", t0=epoch_to_minute(t0 + leads[k - 1]), exc=exc))
            break
        out_lon.append(float(norm_lon(ln)))
        out_lat.append(la)
        speeds.append(s)
    n = len(out_lon)
    leads = leads[:n]
    mean_speed = float(np.mean(speeds)) if speeds else 0.0
    model = ConeModel.from_any(cone) if cone is not None else default_cone(mean_speed, "wind")
    notes.append(tr("uncertainty cone: {source}", source=model.source))
    if winds.source:
        notes.insert(0, tr("winds: {source}", source=winds.source))
    check(feedback, 100)
    return Forecast(t0 + leads, np.array(out_lon), np.array(out_lat), np.full(n, a0), model.radius(leads / 3600.0),
                    "wind", notes, track.track_id)




def from_prediction(prediction: Forecast, track_id: str, horizon_h: float) -> Forecast:
    """A predictor's answer as this plugin's forecast: cut at ``horizon_h`` after its first point, with the wind
    grid's default cone at the prediction's mean speed (predictors give no uncertainty)."""
    keep = prediction.times <= prediction.times[0] + horizon_h * 3600.0 + 1e-6
    t, lon, lat, alt = (a[keep] for a in (prediction.times, prediction.lon, prediction.lat, prediction.alt_m))
    notes = [n for n in prediction.notes if not n.startswith("no uncertainty given")]
    if not keep.all():
        notes.append(
            tr(
                "prediction cut at the {horizon_h:g} h horizon ({count} later points)",
                horizon_h=horizon_h,
                count=int((~keep).sum()),
            )
        )
    if len(t) > 1 and t[-1] > t[0]:
        _, _, seg = GEOD.inv(lon[:-1], lat[:-1], lon[1:], lat[1:])
        speed = float(np.sum(seg)) / float(t[-1] - t[0])
    else:
        speed = 0.0
    model = default_cone(speed, "wind")
    notes.append(tr("no uncertainty given by the predictor; uncertainty cone: {source}", source=model.source))
    return Forecast(t, lon, lat, alt, model.radius((t - t[0]) / 3600.0), prediction.method, notes, track_id)
