"""Antimeridian- and pole-safe polygons in EPSG:4326, lon/lat densification and geodesic areas."""

from __future__ import annotations

import math
from typing import Sequence

import numpy as np

from ..messages import tr
from ..model import MultiPolygon
from .ellipsoid import GEOD, unwrap_lon

_EPS = 1e-9


def signed_area(x: np.ndarray, y: np.ndarray) -> float:
    """Shoelace area of an open ring in lon/lat degrees (positive counter-clockwise)."""
    return 0.5 * float(np.sum(x * np.roll(y, -1) - np.roll(x, -1) * y))


def _prepare_ring(ring: Sequence[tuple[float, float]]) -> tuple[np.ndarray, np.ndarray, int]:
    """Open ring arrays (no repeated closing vertex), unwrapped, and its pole winding (+1 N, -1 S, 0 none)."""
    arr = np.asarray(ring, dtype=float)
    if arr.ndim != 2 or arr.shape[0] < 3:
        raise ValueError(tr("a ring needs at least 3 points"))
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
        raise ValueError(tr("pole ring does not cross the antimeridian"))
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


def point_in_ring(px: float, py: float, x: np.ndarray, y: np.ndarray) -> bool:
    """Crossing-number test of one point against an open ring in lon/lat."""
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
                if point_in_ring(float(hx[0]), float(hy[0]), p[0][0], p[0][1]):
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
                raise ValueError(tr("a hole cannot enclose a pole"))
            x, y = _close_over_pole(x, y, winding)
        area = signed_area(x, y)
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


