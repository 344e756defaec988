"""How an object moves between its fixes: the one motion model every analysis uses.

Between two consecutive fixes the object travels along the geodesic (WGS 84) joining them at constant speed,
so time is linear in distance along it; altitude is linear in time. Proximity, flagging, proposals and the
forecasts all place the object with these functions, so they agree with each other everywhere on a track,
also on long sparse legs where a straight line in longitude/latitude would be kilometres off.
"""

from __future__ import annotations

import numpy as np

from .geodesy import fwd, inv, norm_lon

MIN_CHECK_DEG = 0.02  # shorter legs stay within ~0.1 m of their geodesic as lon/lat lines: not checked
MAX_PARTS = 4096  # a single leg is never cut into more chords than this
EPS_T = 1e-6  # s: times this close to the first or last fix are at it


def fixes(lon, lat, times, alt) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Fixes with position and time, sorted by time, longitudes in [-180, 180), repeated times dropped (first)."""
    lon, lat, times, alt = (np.asarray(a, dtype=float) for a in (lon, lat, times, alt))
    ok = np.isfinite(lon) & np.isfinite(lat) & np.isfinite(times)
    t = times[ok]
    order = np.argsort(t, kind="stable")
    t = t[order]
    _, first = np.unique(t, return_index=True)
    pick = order[first]
    return norm_lon(lon[ok][pick]), lat[ok][pick], t[first], alt[ok][pick]


def along_legs(lon, lat, alt, times, seg, frac, az=None, length=None):
    """Positions at fraction ``frac`` (0..1) of legs ``seg`` (index of the leg's first fix), vectorised.

    ``az``/``length`` (per query) skip the inverse problem when the caller already has them.
    Returns (lon, lat, alt, time)."""
    seg = np.asarray(seg, dtype=np.int64)
    frac = np.asarray(frac, dtype=float)
    if az is None or length is None:
        az, length = inv(lon[seg], lat[seg], lon[seg + 1], lat[seg + 1])
    qlon, qlat, _ = fwd(lon[seg], lat[seg], az, np.asarray(length, float) * frac)
    qalt = alt[seg] + frac * (alt[seg + 1] - alt[seg])
    qt = times[seg] + frac * (times[seg + 1] - times[seg])
    return norm_lon(qlon), qlat, qalt, qt


def interpolate(times, lon, lat, alt, tq) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Positions at times ``tq`` on the track given by fixes sorted by strictly increasing ``times``.

    Times outside the first..last fix (by more than a microsecond: rounding) give NaN; a single fix is known
    only at its own time."""
    times, lon, lat, alt = (np.asarray(a, dtype=float) for a in (times, lon, lat, alt))
    tq = np.atleast_1d(np.asarray(tq, dtype=float))
    out = np.full((3, len(tq)), np.nan)
    n = len(times)
    if n == 0:
        return out[0], out[1], out[2]
    inside = (tq >= times[0] - EPS_T) & (tq <= times[-1] + EPS_T)
    if n == 1:
        out[:, inside] = np.array([lon[0], lat[0], alt[0]], dtype=float)[:, None]
        return out[0], out[1], out[2]
    q = tq[inside]
    seg = np.clip(np.searchsorted(times, q, side="right") - 1, 0, n - 2)
    frac = np.clip((q - times[seg]) / (times[seg + 1] - times[seg]), 0.0, 1.0)
    qlon, qlat, qalt, _ = along_legs(lon, lat, alt, times, seg, frac)
    out[0, inside], out[1, inside], out[2, inside] = qlon, qlat, qalt
    return out[0], out[1], out[2]


def densify(times, lon, lat, alt, tolerance_m: float = 1.0):
    """Fixes plus points inserted on each leg's geodesic so that straight lon/lat chords between consecutive
    points stay within about ``tolerance_m`` of the path the model describes.

    For analyses that work on lon/lat chords (point-in-polygon, edge crossings): on the result they follow
    the geodesic motion. Input sorted by time (see :func:`fixes`); returns (times, lon, lat, alt) and, per
    output point, the index of the input fix at or before it (a fix is the first of its equal indices).
    """
    times, lon, lat, alt = (np.asarray(a, dtype=float) for a in (times, lon, lat, alt))
    n = len(times)
    leg = np.arange(n, dtype=np.int64)
    if n < 2:
        return times, lon, lat, alt, leg
    dlon = (np.diff(lon) + 180.0) % 360.0 - 180.0
    dlat = np.diff(lat)
    cand = np.nonzero(np.maximum(np.abs(dlon), np.abs(dlat)) > MIN_CHECK_DEG)[0]
    if len(cand) == 0:
        return times, lon, lat, alt, leg
    az, length = inv(lon[cand], lat[cand], lon[cand + 1], lat[cand + 1])
    # the chord's midpoint against the geodesic's: the deviation of a chord shrinks with the square of its
    # length, so k equal parts bring it down k^2 times (half the tolerance as margin for the cubic term)
    mx, my, _ = fwd(lon[cand], lat[cand], az, 0.5 * length)
    _, err = inv(mx, my, lon[cand] + 0.5 * dlon[cand], lat[cand] + 0.5 * dlat[cand])
    parts = np.clip(np.ceil(np.sqrt(err / (0.5 * tolerance_m))), 1, MAX_PARTS).astype(np.int64)
    split = parts > 1
    if not split.any():
        return times, lon, lat, alt, leg
    cand, az, length, parts = cand[split], az[split], length[split], parts[split]
    # inserted points: leg c gets parts-1 points at j / parts of its length
    rep = np.repeat(np.arange(len(cand)), parts - 1)
    j = np.arange(len(rep)) - np.repeat(np.cumsum(parts - 1) - (parts - 1), parts - 1) + 1
    frac = j / parts[rep]
    seg = cand[rep]
    ilon, ilat, ialt, it = along_legs(lon, lat, alt, times, seg, frac, az[rep], length[rep])
    key = np.concatenate([np.arange(n, dtype=float), seg + frac])
    order = np.argsort(key, kind="stable")
    cat = lambda a, b: np.concatenate([a, b])[order]  # noqa: E731 - four one-line merges
    return cat(times, it), cat(lon, ilon), cat(lat, ilat), cat(alt, ialt), cat(leg, seg)


def position_at(track, t) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(lon, lat, alt_m) of ``track`` at epoch times ``t`` (scalar or array) under the model; NaN outside the
    track's timed fixes."""
    lon, lat, times, alt = fixes(track.lon, track.lat, track.times, track.alt_m)
    return interpolate(times, lon, lat, alt, t)
