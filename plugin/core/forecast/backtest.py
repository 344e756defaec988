"""Back-tests: forecasts made from past points of a track, scored against where it really went; the cone fit."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from ..errors import BalloonWatchError, Cancelled
from ..feedback import check
from ..geodesy import GEOD
from ..messages import tr
from ..model import Track
from ..motion import interpolate
from ..winds import CoverageError, WindField
from .models import (
    DEFAULT_FLOOR_M,
    ConeModel,
    Forecast,
    _persistence_state,
    _prepare,
    forecast_persistence,
    forecast_wind,
)


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
        raise BalloonWatchError(tr("unknown forecast method '{method}' (persistence or wind)", method=method))
    if method == "wind" and winds is None:
        raise BalloonWatchError(tr("a wind back-test needs a wind grid"))
    t, lon, lat, alt = _prepare(track, tr("a back-test"))
    leads = np.asarray(sorted(float(x) for x in leads_h), dtype=float)
    if len(leads) == 0 or np.any(leads <= 0):
        raise BalloonWatchError(tr("back-test leads must be positive hours"))
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
                tlon, tlat, _ = interpolate(t, lon, lat, alt, t[o] + ls)
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
                    flon, flat, _ = interpolate(fc.times, fc.lon, fc.lat, fc.alt_m, [t[i] + ls])
                    tlon, tlat, _ = interpolate(t, lon, lat, alt, [t[i] + ls])
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
            notes.append(tr("no origin has {lead:g} h of track after it: lead not scored", lead=lead))
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


def calibrate_cone(track: Track, method: str = "persistence", leads_h: Sequence[float] = (1, 6, 24),
                   floor_m: float = DEFAULT_FLOOR_M, feedback=None, **backtest_options) -> dict:
    """Back-test (see :func:`backtest`) and fit the cone: radius(lead) through (0, ``floor_m``) and the p90
    error at each scored lead, made non-decreasing, piecewise linear in between and growing in proportion to
    lead beyond the last one (:class:`ConeModel`). A least-squares line ``p90 = a + b * lead`` (a >= 0, else
    through the origin) is reported too (``linear_fit``). Returns the back-test dict plus ``model``
    (JSON-friendly; pass the result or the model as ``cone=`` to the forecasters)."""
    res = backtest(track, method, leads_h, feedback=feedback, **backtest_options)  # stride, window_h, winds
    scored = [r for r in res["leads"] if r["n"] > 0]
    if not scored:
        raise BalloonWatchError(
            tr(
                "Track '{track_id}' ({res:.1f} h) is too short to calibrate a cone at leads {value} h with a "
                "{window_h:g} h window.",
                track_id=track.track_id,
                res=res["span_h"],
                value=", ".join(f"{x:g}" for x in leads_h),
                window_h=res["window_h"],
            )
        )
    lx = [0.0] + [r["lead_h"] for r in scored]
    ry = np.maximum.accumulate(np.array([floor_m] + [max(r["p90_m"], floor_m) for r in scored]))
    source = tr("calibrated on '{track_id}' ({method} back-test, p90 error at {leads} h)", track_id=track.track_id,
                method=method, leads=", ".join(f"{x:g}" for x in lx[1:]))
    model = ConeModel(tuple(lx), tuple(float(x) for x in ry), source=source)
    lead_arr = np.array([r["lead_h"] for r in scored])
    p90_arr = np.array([r["p90_m"] for r in scored])
    b, a = np.polyfit(lead_arr, p90_arr, 1) if len(scored) >= 2 else (0.0, -1.0)
    if a < 0:  # a negative radius at lead 0 is meaningless: fit through the origin instead
        a, b = 0.0, float(np.sum(lead_arr * p90_arr) / np.sum(lead_arr**2))
    out = dict(res)
    out["model"] = model.to_dict()
    out["linear_fit"] = {"a_m": float(a), "b_m_per_h": float(b)}
    return out




@dataclass
class CalibratedForecast:
    """A forecast with its cone measured on the track's own history when that was possible."""

    forecast: Forecast
    backtest: dict | None = None  # the calibrate_cone result (with ``model``) when the cone was measured
    not_calibrated: BalloonWatchError | None = None  # why the default cone was used when calibration was asked

    @property
    def measured_up_to_h(self) -> float | None:
        """The longest lead the cone was measured at (beyond it the cone is extrapolated)."""
        if self.backtest is None:
            return None
        scored = [row["lead_h"] for row in self.backtest["leads"] if row["n"] > 0]
        return max(scored) if scored else None


def calibrated_forecast(
    track: Track,
    method: str,
    winds: WindField | None,
    horizon_h: float,
    step_min: float,
    window_h: float,
    calibrate: bool,
    leads_h: Sequence[float] = (1.0, 6.0, 24.0),
    feedback=None,
    check_state: bool = True,
) -> CalibratedForecast:
    """Forecast the track (``persistence`` or ``wind``); with ``calibrate`` measure the cone by a back-test at
    ``leads_h`` and forecast again with it. A track too short to calibrate keeps the default cone (said in
    ``not_calibrated``); a track that cannot be forecast at all raises BalloonWatchError. ``check_state`` False
    forecasts a landed or descending balloon all the same (the analyst's override)."""

    def forecast_with(cone=None) -> Forecast:
        if method == "persistence":
            return forecast_persistence(track, horizon_h, step_min, window_h, feedback=feedback, cone=cone,
                                        check_state=check_state)
        return forecast_wind(track, winds, horizon_h, step_min, feedback=feedback, cone=cone,
                             check_state=check_state)

    fc = forecast_with()  # validates the track (too few fixes, coverage) before the longer back-test
    if not calibrate:
        return CalibratedForecast(fc)
    try:
        bt = calibrate_cone(track, method, leads_h, window_h=window_h, winds=winds, feedback=feedback)
    except Cancelled:
        raise
    except BalloonWatchError as exc:
        return CalibratedForecast(fc, None, exc)
    return CalibratedForecast(forecast_with(bt["model"]), bt)
