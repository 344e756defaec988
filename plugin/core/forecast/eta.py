"""Arrival estimates: when a forecast (and its cone) reaches each site's alert radius."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from ..errors import BalloonWatchError
from ..geodesy import GEOD
from ..messages import tr
from ..motion import interpolate
from .models import Forecast


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


# ==================================================================== arrival estimates
def eta(forecast: Forecast, sites: Sequence[tuple[str, float, float]], radius_m: float,
        resolution_s: float = 60.0) -> list[Eta]:
    """Per site ``(name, lon, lat)``: earliest entry (the cone edge reaches the alert radius: distance -
    uncertainty <= radius), most likely entry (centre line within the radius) and closest approach. The forecast
    is resampled every ``resolution_s`` seconds along its geodesic segments, so times are good to that."""
    if len(forecast) == 0:
        raise BalloonWatchError(tr("the forecast is empty"))
    t0, t1 = float(forecast.times[0]), float(forecast.times[-1])
    if len(forecast) > 1 and t1 > t0:
        tq = np.unique(np.concatenate([np.arange(t0, t1, resolution_s), forecast.times]))
        qlon, qlat, _ = interpolate(forecast.times, forecast.lon, forecast.lat,
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


