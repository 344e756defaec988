"""Geodesic geometry on WGS 84: circles, arcs, geodesic segments, antimeridian/pole-safe polygons, areas.

Every curve is returned as a lon/lat polyline whose *straight lon/lat edges* (what QGIS draws and what
EPSG:4326 geometry operations use) stay within ``tolerance_m`` of the true curve everywhere along each edge,
not only at the vertices.

How the "everywhere along the edge" promise is kept: the signed error of a short chord, ``e(t)`` for
``t`` in [0, 1], vanishes at both ends and is smooth, so ``e(t) = t(1-t)(a + b(2t-1)) + O(h^4)``. We sample
``e`` at t = 1/4, 1/2, 3/4 with pyproj, fit ``a`` and ``b``, take the maximum of the fitted cubic on [0, 1]
(and of the samples), and accept the edge only if that is below ``SAFETY * tolerance`` (SAFETY = 0.9). The
10 % margin absorbs the neglected higher-order terms, which shrink with the fourth power of the edge length.
Failing edges are subdivided (into as many parts as the quadratic error law says are needed) and checked
again. Tests sample every edge densely to confirm the bound.

Longitudes are *unwrapped* (continuous, may leave [-180, 180]) until :func:`to_multipolygon` splits the
result at the antimeridian and closes rings that enclose a pole.
"""

from __future__ import annotations

import math
from typing import Sequence

import numpy as np
import pyproj

from .model import MultiPolygon

GEOD = pyproj.Geod(ellps="WGS84")

SAFETY = 0.9  # accept an edge when its estimated max error is below SAFETY * tolerance
_T = np.array([0.25, 0.5, 0.75])
_TT = np.linspace(0.0, 1.0, 33)
_MAX_ROUNDS = 60


def unwrap_lon(lon: np.ndarray, ref: float | None = None) -> np.ndarray:
    """Make a longitude sequence continuous (steps of less than 180 deg); first value near ``ref`` if given."""
    lon = np.asarray(lon, dtype=float)
    if lon.size == 0:
        return lon.copy()
    out = lon.copy()
    if ref is not None:
        out[0] = ref + (out[0] - ref + 180.0) % 360.0 - 180.0
    if lon.size > 1:
        d = np.diff(lon)
        d = d - 360.0 * np.round(d / 360.0)
        out[1:] = out[0] + np.cumsum(d)
    return out


def _fwd(lon0: float, lat0: float, az: np.ndarray, dist: float | np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    n = len(az)
    dist = np.broadcast_to(np.asarray(dist, float), (n,)).copy()
    lon, lat, _ = GEOD.fwd(np.full(n, lon0), np.full(n, lat0), np.asarray(az, float), dist)
    return np.asarray(lon), np.asarray(lat)


def _inv_dist(lon0: float, lat0: float, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    n = len(lon)
    _, _, d = GEOD.inv(np.full(n, lon0), np.full(n, lat0), lon, lat)
    return np.asarray(d)


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
        raise ValueError("radius must be positive")
    if not tolerance_m > 0:
        raise ValueError("tolerance must be positive")
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
        raise ValueError("tolerance must be positive")
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


# ---------------------------------------------------------------------------------------------------------
# Antimeridian / pole handling
# ---------------------------------------------------------------------------------------------------------

_EPS = 1e-9


def _signed_area(x: np.ndarray, y: np.ndarray) -> float:
    return 0.5 * float(np.sum(x * np.roll(y, -1) - np.roll(x, -1) * y))


def _prepare_ring(ring: Sequence[tuple[float, float]]) -> tuple[np.ndarray, np.ndarray, int]:
    """Open ring arrays (no repeated closing vertex), unwrapped, and its pole winding (+1 N, -1 S, 0 none)."""
    arr = np.asarray(ring, dtype=float)
    if arr.ndim != 2 or arr.shape[0] < 3:
        raise ValueError("a ring needs at least 3 points")
    x = unwrap_lon(arr[:, 0])
    y = arr[:, 1].copy()
    # closing: the first vertex shifted to the branch nearest the last one
    x_close = x[-1] + ((x[0] - x[-1] + 180.0) % 360.0 - 180.0)
    winding = int(round((x_close - x[0]) / 360.0))
    if abs(x[-1] - x_close) < 1e-12 and abs(y[-1] - y[0]) < 1e-12:
        x, y = x[:-1], y[:-1]  # explicitly closed: drop the repeated vertex
    # drop consecutive duplicates
    keep = np.ones(len(x), bool)
    keep[1:] = (np.diff(x) != 0) | (np.diff(y) != 0)
    return x[keep], y[keep], winding


def _close_over_pole(x: np.ndarray, y: np.ndarray, winding: int) -> tuple[np.ndarray, np.ndarray]:
    """Turn a pole-enclosing open ring (net +-360 deg) into a closed region in lon/lat, cut at a meridian
    c = 180 (mod 360), running along c to the pole latitude and back; the interior is to the left of travel
    (eastward -> north pole)."""
    pole_lat = 90.0 if winding > 0 else -90.0
    n = len(x)
    xs = np.append(x, x[0] + 360.0 * winding)  # closing vertex on the unwrapped branch
    ys = np.append(y, y[0])
    # a meridian c = 180 (mod 360) inside the swept range, and the first segment that crosses it
    k = math.ceil((x[0] - 180.0) / 360.0) if winding > 0 else math.floor((x[0] - 180.0) / 360.0)
    c = 180.0 + 360.0 * k
    cross = np.nonzero(((xs[:-1] - c) * (xs[1:] - c) <= 0) & (xs[:-1] != xs[1:]))[0]
    if len(cross) == 0:  # pragma: no cover - a net 360 deg sweep always crosses such a meridian
        raise ValueError("pole ring does not cross the antimeridian")
    i = int(cross[0])
    t = (c - xs[i]) / (xs[i + 1] - xs[i])
    yc = ys[i] + t * (ys[i + 1] - ys[i])
    # rotate: start at (c, yc), go around once to (c + 360w, yc), then along that meridian to the pole and back
    body_x = np.concatenate([xs[i + 1 : n + 1], xs[1 : i + 1] + 360.0 * winding])
    body_y = np.concatenate([ys[i + 1 : n + 1], ys[1 : i + 1]])
    c_end = c + 360.0 * winding
    rx = np.concatenate([[c], body_x, [c_end, c_end, c]])
    ry = np.concatenate([[yc], body_y, [yc, pole_lat, pole_lat]])
    shift = -180.0 - min(c, c_end)
    return rx + shift, ry


def _split_at(polys: list[list[tuple[np.ndarray, np.ndarray]]], c: float):
    """Split polygons (outer CCW + holes CW, open rings) at the vertical line x = c into (left, right)."""
    left: list = []
    right: list = []
    for poly in polys:
        lt, rt = _split_polygon(poly, c)
        left.extend(lt)
        right.extend(rt)
    return left, right


def _point_in_ring(px: float, py: float, x: np.ndarray, y: np.ndarray) -> bool:
    xj, yj = np.roll(x, 1), np.roll(y, 1)
    cond = (y > py) != (yj > py)
    with np.errstate(divide="ignore", invalid="ignore"):
        xint = (xj - x) * (py - y) / (yj - y) + x
    return bool(np.count_nonzero(cond & (px < xint)) % 2)


def _split_polygon(poly: list[tuple[np.ndarray, np.ndarray]], c: float):
    crossing, whole = [], []
    for rx, ry in poly:
        if (rx > c + _EPS).any() and (rx < c - _EPS).any():
            crossing.append((rx, ry))
        else:
            whole.append((rx, ry))
    if not crossing:
        ox = poly[0][0]
        return ([poly], []) if float(np.mean(ox)) <= c else ([], [poly])
    outs = {}
    for side in (0, 1):  # 0 left (x <= c), 1 right (x > c)
        chains = []  # (entry_y, exit_y, xs, ys)
        for rx, ry in crossing:
            s = rx > c
            n = len(rx)
            start = int(np.nonzero(s != np.roll(s, 1))[0][0])  # a vertex right after a side change
            order = (np.arange(n) + start) % n
            xs, ys, ss = rx[order], ry[order], s[order]
            # walk: collect runs of `side` vertices with their entry/exit crossing points
            j = 0
            while j < n:
                if bool(ss[j]) != bool(side):
                    j += 1
                    continue
                k = j
                while k + 1 < n and bool(ss[k + 1]) == bool(side):
                    k += 1
                pa, pb = (j - 1) % n, j
                ta = (c - xs[pa]) / (xs[pb] - xs[pa])
                ein = ys[pa] + ta * (ys[pb] - ys[pa])
                qa, qb = k, (k + 1) % n
                tb = (c - xs[qa]) / (xs[qb] - xs[qa])
                eout = ys[qa] + tb * (ys[qb] - ys[qa])
                cx = np.concatenate([[c], xs[j : k + 1], [c]])
                cy = np.concatenate([[ein], ys[j : k + 1], [eout]])
                chains.append([ein, eout, cx, cy])
                j = k + 1
        pieces = []
        used = [False] * len(chains)
        for s0 in range(len(chains)):
            if used[s0]:
                continue
            px, py = [], []
            cur = s0
            while not used[cur]:
                used[cur] = True
                px.append(chains[cur][2])
                py.append(chains[cur][3])
                yout = chains[cur][1]
                # along the cut line: right pieces run downward, left pieces upward (CCW)
                best, bestd = None, None
                for m, ch in enumerate(chains):
                    dy = (yout - ch[0]) if side == 1 else (ch[0] - yout)
                    if dy >= 0 and (bestd is None or dy < bestd) and (not used[m] or m == s0):
                        best, bestd = m, dy
                if best is None or best == s0:
                    break
                cur = best
            rx = np.concatenate(px)
            ry = np.concatenate(py)
            pieces.append([(rx, ry)])
        # whole rings (holes) go into the piece containing them; whole outer cannot happen here
        for hx, hy in whole:
            if (float(np.mean(hx)) > c) != bool(side):
                continue
            for p in pieces:
                if _point_in_ring(float(hx[0]), float(hy[0]), p[0][0], p[0][1]):
                    p.append((hx, hy))
                    break
        outs[side] = pieces
    return outs[0], outs[1]


def _dedupe_closed(x: np.ndarray, y: np.ndarray) -> list[tuple[float, float]]:
    keep = np.ones(len(x), bool)
    keep[1:] = (np.abs(np.diff(x)) > 1e-12) | (np.abs(np.diff(y)) > 1e-12)
    x, y = x[keep], y[keep]
    if len(x) > 1 and abs(x[-1] - x[0]) < 1e-12 and abs(y[-1] - y[0]) < 1e-12:
        x, y = x[:-1], y[:-1]
    pts = list(zip(np.clip(x, -180.0, 180.0).tolist(), np.clip(y, -90.0, 90.0).tolist()))
    pts.append(pts[0])
    return pts


def to_multipolygon(rings_unwrapped: Sequence[Sequence[tuple[float, float]]]) -> MultiPolygon:
    """Valid EPSG:4326 MultiPolygon from an outer ring (+ holes) given with unwrapped longitudes.

    The polygon is split at the antimeridian into parts, each shifted into [-180, 180]. A ring whose
    longitudes sweep a net +-360 deg encloses a pole: the interior is taken to be on the left of travel
    (eastward sweep -> north pole, westward -> south pole, as :func:`circle_ring` produces), and the ring is
    closed along the antimeridian up to latitude +-90 and back. Outer rings come out counter-clockwise,
    holes clockwise, every ring closed (first == last). Rings with fewer than 3 distinct points are dropped.
    """
    if not rings_unwrapped:
        return []
    prepared = []
    for idx, ring in enumerate(rings_unwrapped):
        x, y, winding = _prepare_ring(ring)
        if len(x) < 3 and winding == 0:
            if idx == 0:
                return []
            continue
        if winding:
            if idx > 0:
                raise ValueError("a hole cannot enclose a pole")
            x, y = _close_over_pole(x, y, winding)
        area = _signed_area(x, y)
        if (idx == 0 and area < 0) or (idx > 0 and area > 0):
            x, y = x[::-1], y[::-1]
        if idx > 0:  # put holes on the same longitude branch as the outer ring
            ox = prepared[0][0]
            shift = 360.0 * round((float(np.mean(ox)) - float(np.mean(x))) / 360.0)
            x = x + shift
        prepared.append((x, y))
    xmin = min(float(p[0].min()) for p in prepared)
    xmax = max(float(p[0].max()) for p in prepared)
    # strips [180 + 360(k-1), 180 + 360k]; cut at every line strictly inside the range
    k_lo = math.ceil((xmin - 180.0) / 360.0 + 1e-12)
    k_hi = math.floor((xmax - 180.0) / 360.0 - 1e-12)
    out: MultiPolygon = []
    remaining = [prepared]
    for k in range(k_lo, k_hi + 1):
        left, remaining = _split_at(remaining, 180.0 + 360.0 * k)
        out.extend(_shift_poly(p) for p in left)
    out.extend(_shift_poly(p) for p in remaining)
    return [p for p in out if p]


def _shift_poly(poly: list[tuple[np.ndarray, np.ndarray]]) -> list:
    """Move a piece that lies within one strip [180 + 360(k-1), 180 + 360k] into [-180, 180]."""
    x0 = 0.5 * (float(np.min(poly[0][0])) + float(np.max(poly[0][0])))
    shift = -360.0 * math.floor((x0 + 180.0) / 360.0)
    rings = []
    for i, (x, y) in enumerate(poly):
        r = _dedupe_closed(x + shift, y)
        if len(r) >= 4:
            rings.append(r)
        elif i == 0:
            return []
    return rings


def densify_lonlat(ring: Sequence[tuple[float, float]], max_step_deg: float = 0.02) -> np.ndarray:
    """Insert points along each straight lon/lat edge so no step exceeds ``max_step_deg`` (array (n, 2))."""
    arr = np.asarray(ring, dtype=float)
    if len(arr) < 2:
        return arr
    d = np.abs(np.diff(arr, axis=0)).max(axis=1)
    k = np.maximum(1, np.ceil(d / max_step_deg)).astype(int)
    seg = np.repeat(np.arange(len(k)), k)
    t = (np.arange(len(seg)) - np.repeat(np.cumsum(k) - k, k)) / np.repeat(k, k)
    pts = arr[seg] + (arr[seg + 1] - arr[seg]) * t[:, None]
    return np.vstack([pts, arr[-1:]])


def polygon_area_m2(multipolygon: MultiPolygon) -> float:
    """Geodesic area (m^2) of a MultiPolygon whose edges are straight lines in lon/lat (as QGIS draws them).

    Edges are densified to 0.02 deg steps first, so geographiclib's geodesic edges follow the lon/lat lines.
    """
    total = 0.0
    for poly in multipolygon:
        for i, ring in enumerate(poly):
            arr = densify_lonlat(ring)
            a, _ = GEOD.polygon_area_perimeter(arr[:, 0], arr[:, 1])
            total += abs(a) if i == 0 else -abs(a)
    return total


# ---------------------------------------------------------------------------------------------------------
# Geodesic buffers
# ---------------------------------------------------------------------------------------------------------


def _lat_bin_width(abs_lat: np.ndarray, radius_m: float) -> np.ndarray:
    """Latitude bin width sharing one azimuth template: the lon/lat distortion changes faster poleward."""
    w = np.select([abs_lat < 60.0, abs_lat < 75.0], [2.0, 0.5], 0.1)
    return w if radius_m < 500_000.0 else w / 4.0


def buffer_points(
    lons: Sequence[float] | np.ndarray,
    lats: Sequence[float] | np.ndarray,
    distances_m: float | Sequence[float] | np.ndarray,
    tolerance_m: float = 1.0,
    feedback=None,
) -> list[MultiPolygon]:
    """Geodesic discs around many points at once: one valid MultiPolygon per point, in input order.

    Sites are grouped by distance and by latitude band; each group shares one azimuth template, verified
    (edge errors below 0.9 * tolerance everywhere along each edge) at the group's lowest, middle and highest
    latitude -- the error does not depend on longitude, and the bands are narrow enough that it changes
    little inside one (bands narrow poleward). Circles whose edge passes near a pole are built one by one
    with :func:`circle_ring`. Each disc is split at the antimeridian / closed over the pole as needed.
    """
    from .feedback import check

    lon = np.atleast_1d(np.asarray(lons, dtype=float))
    lat = np.atleast_1d(np.asarray(lats, dtype=float))
    dist = np.broadcast_to(np.asarray(distances_m, dtype=float), lon.shape).copy()
    if lat.shape != lon.shape:
        raise ValueError("lons and lats differ in length")
    if not (np.isfinite(lon).all() and np.isfinite(lat).all() and (np.abs(lat) <= 90).all()):
        raise ValueError("coordinates must be finite, latitudes within [-90, 90]")
    if not (np.isfinite(dist).all() and (dist > 0).all()):
        raise ValueError("buffer distances must be positive")
    n = len(lon)
    out: list = [None] * n
    # distance from each site to the nearer pole (along its meridian)
    pole = np.where(lat >= 0, 90.0, -90.0)
    _, _, pole_d = GEOD.inv(lon, lat, lon, pole)
    pole_d = np.asarray(pole_d)
    # circles passing near a pole have a singular lon/lat shape: build those one by one
    special = np.abs(pole_d - dist) < 0.1 * dist + 1000.0
    done = 0
    for i in np.nonzero(special)[0]:
        out[i] = to_multipolygon([circle_ring(float(lon[i]), float(lat[i]), float(dist[i]), tolerance_m)])
        done += 1
        if done % 64 == 0:
            check(feedback, 100.0 * done / n)
    regular = np.nonzero(~special)[0]
    if len(regular):
        keys = []
        for r in np.unique(dist[regular]):
            idx = regular[dist[regular] == r]
            width = _lat_bin_width(np.abs(lat[idx]), float(r))
            band = np.floor(lat[idx] / width).astype(np.int64)
            # a band key unique across widths: (width code, band)
            code = np.round(width * 1000).astype(np.int64)
            order = np.lexsort((band, code))
            idx, band, code = idx[order], band[order], code[order]
            brk = np.nonzero((np.diff(band) != 0) | (np.diff(code) != 0))[0] + 1
            keys.extend((float(r), grp) for grp in np.split(idx, brk))
        for r, grp in keys:
            lat_lo, lat_hi = float(lat[grp].min()), float(lat[grp].max())
            samples = sorted({lat_lo, 0.5 * (lat_lo + lat_hi), lat_hi})
            az = _arc_azimuths(samples, r, 0.0, -360.0, tolerance_m)
            m = len(az)
            for chunk in np.array_split(grp, max(1, len(grp) * m // 2_000_000 + 1)):
                k = len(chunk)
                x, y, _ = GEOD.fwd(
                    np.repeat(lon[chunk], m), np.repeat(lat[chunk], m), np.tile(az, k), np.full(k * m, r)
                )
                x = np.asarray(x).reshape(k, m)
                y = np.asarray(y).reshape(k, m)
                # unwrap each row, starting near its centre; a pole-enclosing ring ends 360 deg away
                c = lon[chunk]
                x0 = c + (x[:, 0] - c + 180.0) % 360.0 - 180.0
                d = np.diff(x, axis=1)
                d -= 360.0 * np.round(d / 360.0)
                x = np.concatenate([x0[:, None], x0[:, None] + np.cumsum(d, axis=1)], axis=1)
                x[:, -1] = x[:, 0] + 360.0 * np.round((x[:, -1] - x[:, 0]) / 360.0)
                y[:, -1] = y[:, 0]
                # plain rings (no antimeridian crossing, no pole inside) need no splitting
                inside = (x.min(axis=1) >= -180.0) & (x.max(axis=1) <= 180.0) & (x[:, -1] == x[:, 0])
                for j, site in enumerate(chunk):
                    ring = list(zip(x[j].tolist(), y[j].tolist()))
                    out[site] = [[ring]] if inside[j] else to_multipolygon([ring])
                done += k
                check(feedback, 100.0 * done / n)
    return out


def _offset_dist(lon1, lat1, az12, length, qx, qy, s0):
    """Distance from points to the (unclipped) geodesic through point 1 along az12: Newton on the foot."""
    n = len(qx)
    s = np.asarray(s0, float).copy()
    for _ in range(8):
        px, py, back = GEOD.fwd(np.full(n, lon1), np.full(n, lat1), np.full(n, az12), s)
        azp, _, d = GEOD.inv(np.asarray(px), np.asarray(py), qx, qy)
        step = np.asarray(d) * np.cos(np.radians(np.asarray(azp) - (np.asarray(back) + 180.0)))
        s = s + step
        if np.abs(step).max() < 1e-4:
            break
    return np.asarray(d)


def _sausage(lon1, lat1, lon2, lat2, r, tolerance_m):
    """The band within ``r`` of a geodesic segment, bounded by its two parallel curves and the two straight
    chords through the end points (covered by the end discs). Unwrapped ring, densified to tolerance."""
    az12, _, length = GEOD.inv(lon1, lat1, lon2, lat2)
    if length == 0.0:
        return None
    rings = []
    for side in (-90.0, 90.0):
        s = np.linspace(0.0, length, max(2, int(math.ceil(length / max(r, 1.0) * 4)) + 1))
        for _ in range(_MAX_ROUNDS):
            m = len(s)
            px, py, back = GEOD.fwd(np.full(m, lon1), np.full(m, lat1), np.full(m, az12), s)
            ox, oy, _ = GEOD.fwd(np.asarray(px), np.asarray(py), np.asarray(back) + 180.0 + side, np.full(m, r))
            ox = unwrap_lon(np.asarray(ox), lon1)
            oy = np.asarray(oy)
            cx = (ox[:-1, None] + np.diff(ox)[:, None] * _T[None, :]).ravel()
            cy = (oy[:-1, None] + np.diff(oy)[:, None] * _T[None, :]).ravel()
            s0 = (s[:-1, None] + np.diff(s)[:, None] * _T[None, :]).ravel()
            err = _cubic_max((_offset_dist(lon1, lat1, az12, length, cx, cy, s0) - r).reshape(-1, 3))
            bad = err > SAFETY * tolerance_m
            if not bad.any():
                break
            s = _refine_params(s, bad, _split_counts(err, tolerance_m))
        rings.append((ox, oy))
    (lx, ly), (rx, ry) = rings
    x = np.concatenate([lx, rx[::-1], lx[:1]])
    y = np.concatenate([ly, ry[::-1], ly[:1]])
    x = unwrap_lon(x, lon1)
    return list(zip(x.tolist(), y.tolist()))


def buffer_geometry(geom_type: str, coords, distance_m: float, tolerance_m: float = 1.0) -> MultiPolygon:
    """Geodesic buffer of a point ``(lon, lat)``, a line ``[(lon, lat), ...]`` or a polygon ``[outer, holes...]``.

    Points give one valid disc. Lines and polygons give the buffer as a MultiPolygon of *overlapping pieces*
    whose union is the buffer: a disc at every vertex, and for every geodesic segment the band between its
    two parallel curves (points at exactly ``distance_m`` perpendicular to the geodesic, densified so every
    lon/lat edge stays within ``tolerance_m`` of that distance). For a polygon the polygon itself (edges
    followed as geodesics, holes ignored: a buffer covers them only where they are within reach -- the
    bands of the hole rings do that) is one more piece. The caller dissolves the pieces (in QGIS:
    ``QgsGeometry.unaryUnion``); then every boundary point lies within ``tolerance_m`` of ``distance_m``
    from the input, as the pieces' outer parts do. Limits: a segment passing within ``distance_m`` of a pole
    is refused (its band would wrap the pole); the band assumes ``distance_m`` is well below the radius of
    curvature of the ellipsoid (fine up to a few thousand km).
    """
    if not (distance_m > 0 and math.isfinite(distance_m)):
        raise ValueError("buffer distance must be a positive number of metres")
    if geom_type == "point":
        lon, lat = coords
        return buffer_points([lon], [lat], distance_m, tolerance_m)[0]
    if geom_type == "line":
        lines = [list(coords)]
        base: MultiPolygon = []
    elif geom_type == "polygon":
        lines = []
        for ring in coords:
            ring = list(ring)
            if ring[0] != ring[-1]:
                ring.append(ring[0])
            lines.append(ring)
        outer = [(float(x), float(y)) for x, y in lines[0]]
        dense = [outer[0]]
        for (x1, y1), (x2, y2) in zip(outer[:-1], outer[1:]):
            seg = geodesic_segment(x1, y1, x2, y2, tolerance_m)
            # continue the unwrapped longitude from the previous vertex
            shift = dense[-1][0] - seg[0][0]
            dense.extend((x + shift, y) for x, y in seg[1:])
        base = to_multipolygon([dense])
    else:
        raise ValueError(f"unknown geometry type '{geom_type}'")
    pieces: MultiPolygon = list(base)
    verts = [(float(x), float(y)) for line in lines for x, y in line]
    if not verts:
        return pieces
    vx, vy = np.array([v[0] for v in verts]), np.array([v[1] for v in verts])
    for disc in buffer_points(vx, vy, distance_m, tolerance_m):
        pieces.extend(disc)
    for line in lines:
        for (x1, y1), (x2, y2) in zip(line[:-1], line[1:]):
            _check_pole_clearance(float(x1), float(y1), float(x2), float(y2), distance_m)
            band = _sausage(float(x1), float(y1), float(x2), float(y2), distance_m, tolerance_m)
            if band is not None:
                pieces.extend(to_multipolygon([band]))
    return pieces


def _check_pole_clearance(lon1, lat1, lon2, lat2, r):
    az12, _, length = GEOD.inv(lon1, lat1, lon2, lat2)
    for pole in (90.0, -90.0):
        s = np.linspace(0.0, length, 65)
        x, y, _ = GEOD.fwd(np.full(65, lon1), np.full(65, lat1), np.full(65, az12), s)
        _, _, d = GEOD.inv(np.asarray(x), np.asarray(y), np.full(65, lon1), np.full(65, pole))
        if np.min(d) <= r * 1.05:
            raise ValueError("a line segment passes within the buffer distance of a pole: not supported")
