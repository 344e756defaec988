"""Geodesic curves as lon/lat polylines whose straight edges stay within a tolerance of the true curve:
circles, arcs and geodesic segments (the error control is described in ``geodesy/__init__``)."""

from __future__ import annotations

import math
from typing import Sequence

import numpy as np

from ..messages import tr
from .ellipsoid import GEOD, _fwd, _inv_dist, unwrap_lon

SAFETY = 0.9  # accept an edge when its estimated max error is below SAFETY * tolerance
_T = np.array([0.25, 0.5, 0.75])
_TT = np.linspace(0.0, 1.0, 33)
_MAX_ROUNDS = 60


def _cubic_max(e: np.ndarray) -> np.ndarray:
    """Estimated max |error| along each edge from signed errors at t = 1/4, 1/2, 3/4 (shape (m, 3))."""
    a = 4.0 * e[:, 1]
    b = (e[:, 2] - e[:, 0]) / 0.1875
    tt = _TT[None, :]
    fit = tt * (1 - tt) * (a[:, None] + b[:, None] * (2 * tt - 1))
    # the fit ignores e(1/4)+e(3/4) vs e(1/2) mismatch; taking the samples too keeps it honest
    return np.maximum(np.abs(fit).max(axis=1), np.abs(e).max(axis=1))


def _split_counts(err: np.ndarray, tol: float) -> np.ndarray:
    """How many parts each failing edge needs: chord error scales with the square of the edge length."""
    k = np.ceil(np.sqrt(err / (SAFETY * tol)) * 1.02)
    return np.clip(k, 2, 64).astype(int)


def _refine_params(params: np.ndarray, bad: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Insert evenly spaced parameters inside every bad edge ``params[i]..params[i+1]``."""
    idx = np.nonzero(bad)[0]
    new = [params]
    for i, k in zip(idx, counts[idx]):
        new.append(params[i] + (params[i + 1] - params[i]) * np.arange(1, k) / k)
    out = np.concatenate(new)
    return np.sort(out) if params[-1] >= params[0] else -np.sort(-out)


def _split_edges(params: np.ndarray, bad: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Split every bad edge ``params[i]..params[i+1]`` in ``counts[i]`` equal parts, keeping the order.

    Returns the new parameters and, per new edge, whether it was already checked (an edge that passed)."""
    parts = np.where(bad, counts, 1)
    edge = np.repeat(np.arange(len(bad)), parts)
    first = np.repeat(np.cumsum(parts) - parts, parts)
    frac = (np.arange(len(edge)) - first) / parts[edge]
    new = params[edge] + (params[edge + 1] - params[edge]) * frac
    return np.append(new, params[-1]), np.repeat(~bad, parts)


def _circle_edge_errors(lon0: float, lat0: float, r: float, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """Estimated max |distance-to-centre - r| along each straight edge of a polyline on the circle."""
    return _edge_errors(lon0, lat0, r, lon[:-1], lat[:-1], lon[1:], lat[1:])


def _edge_errors(lon0: float, lat0: float, r: float, x0: np.ndarray, y0: np.ndarray, x1: np.ndarray,
                 y1: np.ndarray) -> np.ndarray:
    """Estimated max |distance-to-centre - r| along straight edges (x0, y0) -> (x1, y1)."""
    sx = x0[:, None] + (x1 - x0)[:, None] * _T[None, :]
    sy = y0[:, None] + (y1 - y0)[:, None] * _T[None, :]
    d = _inv_dist(lon0, lat0, sx.ravel(), sy.ravel()).reshape(sx.shape)
    return _cubic_max(d - r)


def _initial_count(radius_m: float, tolerance_m: float, sweep_deg: float) -> int:
    # flat-circle sagitta r(1 - cos(h/2)) = tol  ->  h = 2 acos(1 - tol/r)
    h = 2.0 * math.acos(max(-1.0, 1.0 - SAFETY * tolerance_m / radius_m))
    return max(4, int(math.ceil(math.radians(abs(sweep_deg)) / h)))


def _adaptive_arc(
    lon0: float, lat0: float, radius_m: float, az_start: float, sweep: float, tolerance_m: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Azimuths (from az_start over signed ``sweep`` degrees) and unwrapped points meeting the tolerance."""
    az = _arc_azimuths([lat0], radius_m, az_start, sweep, tolerance_m, lon0=lon0)
    lon, lat = _fwd(lon0, lat0, az, radius_m)
    return az, unwrap_lon(lon, lon0), lat


def _arc_azimuths(
    lats: Sequence[float], radius_m: float, az_start: float, sweep: float, tolerance_m: float, lon0: float = 0.0
) -> np.ndarray:
    """Azimuths whose arc polyline meets the tolerance for a centre at every latitude in ``lats``.

    The error does not depend on the centre's longitude (rotating about the axis moves the circle and its
    lon/lat chords together), so one azimuth set serves every centre at these latitudes. Starts coarse and
    lets the quadratic error law equidistribute the vertices, then refines until every edge passes.
    """
    if not radius_m > 0:
        raise ValueError(tr("radius must be positive"))
    if not tolerance_m > 0:
        raise ValueError(tr("tolerance must be positive"))
    n_final = _initial_count(radius_m, tolerance_m, sweep)
    n = max(8, int(math.ceil(abs(sweep) / 30.0)), n_final // 8)
    az = az_start + sweep * np.linspace(0.0, 1.0, n + 1)
    checked = np.zeros(len(az) - 1, dtype=bool)  # edges already proven within tolerance are not re-checked
    for _ in range(_MAX_ROUNDS):
        todo = np.nonzero(~checked)[0]
        ends = np.union1d(todo, todo + 1)
        err = np.zeros(len(az) - 1)
        for lat0 in lats:
            lon = np.full(len(az), np.nan)
            lat = np.full(len(az), np.nan)
            lon[ends], lat[ends] = _fwd(lon0, lat0, az[ends], radius_m)
            lon[ends] = unwrap_lon(lon[ends], lon0)
            err[todo] = np.maximum(err[todo], _edge_errors(lon0, lat0, radius_m, lon[todo], lat[todo],
                                                           lon[todo + 1], lat[todo + 1]))
        bad = err > SAFETY * tolerance_m
        if not bad.any():
            return az
        az, checked = _split_edges(az, bad, _split_counts(err, tolerance_m))
    raise RuntimeError("circle densification did not converge")  # pragma: no cover - guard only


def circle_ring(lon: float, lat: float, radius_m: float, tolerance_m: float = 1.0) -> list[tuple[float, float]]:
    """Closed counter-clockwise ring of the geodesic circle, densified to ``tolerance_m`` along every edge.

    Longitudes are unwrapped around ``lon``. When the circle encloses a pole the ring cannot close in
    unwrapped longitude: the last vertex is then the first one shifted by +360 (north pole) or -360 (south
    pole) -- the same point on Earth; :func:`to_multipolygon` turns that into a valid polygon.
    """
    _, x, y = _adaptive_arc(lon, lat, radius_m, 0.0, -360.0, tolerance_m)
    # the closing vertex comes from fwd at azimuth -360: make it bit-identical to the first (geographically)
    x[-1] = x[0] + 360.0 * round((x[-1] - x[0]) / 360.0)
    y[-1] = y[0]
    return list(zip(x.tolist(), y.tolist()))


def arc_points(
    lon: float,
    lat: float,
    radius_m: float,
    az_start_deg: float,
    az_end_deg: float,
    clockwise: bool,
    tolerance_m: float = 1.0,
) -> list[tuple[float, float]]:
    """Points of the geodesic circle arc from ``az_start_deg`` to ``az_end_deg`` (both included).

    Clockwise means increasing azimuth (N -> E -> S). Equal start and end azimuths give the full circle.
    Longitudes are unwrapped, the first one near ``lon``.
    """
    if clockwise:
        sweep = (az_end_deg - az_start_deg) % 360.0
        sweep = 360.0 if sweep == 0.0 else sweep
    else:
        sweep = -((az_start_deg - az_end_deg) % 360.0)
        sweep = -360.0 if sweep == 0.0 else sweep
    _, x, y = _adaptive_arc(lon, lat, radius_m, az_start_deg, sweep, tolerance_m)
    return list(zip(x.tolist(), y.tolist()))


def geodesic_segment(
    lon1: float, lat1: float, lon2: float, lat2: float, tolerance_m: float = 1.0
) -> list[tuple[float, float]]:
    """Points along the geodesic from point 1 to point 2 (both included) so that straight lon/lat chords
    stay within ``tolerance_m`` of it (cross-track distance). Longitudes unwrapped from ``lon1``."""
    x, y = _geodesic_points(lon1, lat1, lon2, lat2, tolerance_m)
    return list(zip(x.tolist(), y.tolist()))


def _geodesic_points(
    lon1: float, lat1: float, lon2: float, lat2: float, tolerance_m: float
) -> tuple[np.ndarray, np.ndarray]:
    if tolerance_m <= 0:
        raise ValueError(tr("tolerance must be positive"))
    az12, _, length = GEOD.inv(lon1, lat1, lon2, lat2)
    if length == 0.0:
        return np.array([lon1, lon1], float), np.array([lat1, lat1], float)
    n0 = max(1, int(math.ceil(length / 1.0e6)))  # ~1000 km start; refined below
    s = np.linspace(0.0, length, n0 + 1)
    for _ in range(_MAX_ROUNDS):
        lon, lat = _fwd(lon1, lat1, np.full(len(s), az12), s)
        lon[0], lat[0], lon[-1], lat[-1] = lon1, lat1, lon2, lat2
        lon = unwrap_lon(lon, lon1)
        err = _segment_edge_errors(lon1, lat1, az12, s, lon, lat)
        bad = err > SAFETY * tolerance_m
        if not bad.any():
            return lon, lat
        s = _refine_params(s, bad, _split_counts(err, tolerance_m))
    raise RuntimeError("geodesic densification did not converge")  # pragma: no cover


def _segment_edge_errors(
    lon1: float, lat1: float, az12: float, s: np.ndarray, lon: np.ndarray, lat: np.ndarray
) -> np.ndarray:
    """Estimated max cross-track distance of each lon/lat chord from the geodesic."""
    x0, y0, x1, y1 = lon[:-1], lat[:-1], lon[1:], lat[1:]
    cx = (x0[:, None] + (x1 - x0)[:, None] * _T[None, :]).ravel()
    cy = (y0[:, None] + (y1 - y0)[:, None] * _T[None, :]).ravel()
    ss = (s[:-1, None] + (s[1:] - s[:-1])[:, None] * _T[None, :]).ravel()
    m = len(ss)
    gx, gy, back = GEOD.fwd(np.full(m, lon1), np.full(m, lat1), np.full(m, az12), ss)
    fwd_az = np.asarray(back) + 180.0  # geodesic direction at the sample
    az, _, d = GEOD.inv(np.asarray(gx), np.asarray(gy), cx, cy)
    # cross-track component of the offset from the geodesic point to the chord point (signed)
    xt = np.asarray(d) * np.sin(np.radians(np.asarray(az) - fwd_az))
    return _cubic_max(xt.reshape(-1, 3))

