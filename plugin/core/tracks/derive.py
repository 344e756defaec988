"""Per-fix derived values, merging tracks, and cutting lines at the antimeridian."""

from __future__ import annotations

from typing import Any

import numpy as np

from ..geodesy import GEOD as _GEOD
from ..messages import tr
from ..model import Track
from .common import make_track


def derive(track: Track) -> dict[str, np.ndarray]:
    """Geodesic ground speed (m/s), heading (degrees 0..360 from north) and vertical rate (m/s) per fix.

    Each value describes the leg arriving at the fix (from the previous fix). NaN for the first fix, where
    a time is missing or the time step is not positive (speeds/rates), and where the position did not
    change (heading).
    """
    n = len(track)
    speed = np.full(n, np.nan)
    heading = np.full(n, np.nan)
    vrate = np.full(n, np.nan)
    if n < 2:
        return {"speed_ms": speed, "heading_deg": heading, "vrate_ms": vrate}
    az, _, dist = _GEOD.inv(track.lon[:-1], track.lat[:-1], track.lon[1:], track.lat[1:])
    az = np.asarray(az, dtype=float)
    dist = np.asarray(dist, dtype=float)
    dt = np.diff(track.times)
    good_dt = np.isfinite(dt) & (dt > 0)
    with np.errstate(invalid="ignore", divide="ignore"):
        speed[1:] = np.where(good_dt, dist / np.where(good_dt, dt, 1.0), np.nan)
        vrate[1:] = np.where(good_dt, np.diff(track.alt_m) / np.where(good_dt, dt, 1.0), np.nan)
    heading[1:] = np.where(dist > 0, np.mod(az, 360.0), np.nan)
    return {"speed_ms": speed, "heading_deg": heading, "vrate_ms": vrate}


def merge_tracks(tracks: list[Track], track_id: str | None = None) -> Track:
    """One track from several pieces of the same object: identical fixes removed, sorted by time.

    Fixes are identical when time, lon, lat and altitude are all equal (NaN equals NaN). Attributes are the
    union of the pieces' attributes (None where a piece lacks one); a 'source' attribute tells where each fix
    came from. Line numbers are kept per fix.
    """
    tracks = [t for t in tracks if t is not None]
    if not tracks:
        raise ValueError(tr("merge_tracks needs at least one track"))
    tid = track_id or tracks[0].track_id
    lon = np.concatenate([t.lon for t in tracks])
    lat = np.concatenate([t.lat for t in tracks])
    times = np.concatenate([t.times for t in tracks])
    alt = np.concatenate([t.alt_m for t in tracks])
    n = len(lon)
    lines = None
    if all(t.lines is not None for t in tracks):
        lines = np.concatenate([np.asarray(t.lines) for t in tracks])
    keys: list[str] = []
    for t in tracks:
        keys += [k for k in t.attributes if k not in keys]
    attrs: dict[str, Any] = {}
    for k in keys:
        vals: list[Any] = []
        for t in tracks:
            v = t.attributes.get(k)
            vals += list(v) if v is not None else [None] * len(t)
        attrs[k] = vals
    if "source" not in attrs:
        attrs["source"] = [t.source for t in tracks for _ in range(len(t))]
    # sort by time (NaN last), ties broken by input order; then drop consecutive identical fixes
    t_key = np.where(np.isnan(times), np.inf, times)
    order = np.lexsort((np.arange(n), np.nan_to_num(alt, nan=np.inf), np.nan_to_num(lat), np.nan_to_num(lon), t_key))
    lon, lat, times, alt = lon[order], lat[order], times[order], alt[order]
    same = np.zeros(n, dtype=bool)
    if n > 1:
        same[1:] = _eq(times[1:], times[:-1]) & _eq(lon[1:], lon[:-1]) & _eq(lat[1:], lat[:-1]) & \
            _eq(alt[1:], alt[:-1])
    keep = order[~same]
    sel = ~same
    out_attrs = {k: [v[i] for i in keep] for k, v in attrs.items()}
    return make_track(tid, lon[sel], lat[sel], times[sel], alt[sel], tracks[0].source, out_attrs,
                      None if lines is None else lines[keep], sort=False)


def _eq(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a == b) | (np.isnan(a) & np.isnan(b))


def split_antimeridian(lon, lat, *extra) -> list[tuple[np.ndarray, ...]]:
    """Cut a polyline where it crosses ±180 the short way.

    Returns parts ``(lon, lat, *extra)``; at each crossing the first part ends and the next one starts at
    the interpolated crossing point (lon = +180 on the east side, -180 on the west side). Extra arrays
    (altitude, time...) are interpolated linearly at the crossing too. Latitude is interpolated linearly in
    degrees, which is exact enough for the short legs between fixes.
    """
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    ext = [np.asarray(e, dtype=float) for e in extra]
    n = len(lon)
    if n < 2:
        return [(lon.copy(), lat.copy(), *[e.copy() for e in ext])]
    dlon = np.diff(lon)
    cross = np.nonzero(np.abs(dlon) > 180.0)[0]
    if len(cross) == 0:
        return [(lon.copy(), lat.copy(), *[e.copy() for e in ext])]
    parts = []
    start = 0
    head: tuple[float, ...] | None = None
    for i in cross:
        a, b = lon[i], lon[i + 1]
        east_to_west = b < a  # e.g. 179 -> -179: going east across the line
        b_unwrapped = b + 360.0 if east_to_west else b - 360.0
        edge = 180.0 if east_to_west else -180.0
        f = (edge - a) / (b_unwrapped - a) if b_unwrapped != a else 0.0
        lat_c = lat[i] + f * (lat[i + 1] - lat[i])
        ext_c = [e[i] + f * (e[i + 1] - e[i]) for e in ext]
        seg = [np.concatenate(([head[k]] if head else [], arr[start:i + 1], [val]))
               for k, (arr, val) in enumerate(zip([lon, lat, *ext], [edge, lat_c, *ext_c]))]
        parts.append(tuple(seg))
        head = (-edge, lat_c, *ext_c)
        start = i + 1
    last = [np.concatenate(([head[k]], arr[start:])) for k, arr in enumerate([lon, lat, *ext])]
    parts.append(tuple(last))
    # a crossing point that coincides with a fix gives a zero-length piece: drop those
    return [p for p in parts if len(p[0]) >= 2]
