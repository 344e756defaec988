"""Building airspace outlines: geodesic edges, circles and arcs via ``core.geodesy``, ring cleaning and checks.

Every edge between two published vertices is taken as a geodesic (what AIXM ``GeodesicString``, FAA
``GRC`` vertices and OpenAir ``DP`` chains mean in practice) and densified so that straight lon/lat
chords stay within ``tolerance_m`` of it; circles and arcs come from :mod:`..geodesy`.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import math
import time
from typing import Sequence

import numpy as np

from .. import geodesy
from ..errors import Cancelled, InputError
from ..messages import tr
from ..model import MultiPolygon

NM = 1852.0
# Caps that keep the cost of a small hostile file bounded (issue 14); documented in RELIABILITY.md.
MAX_RADIUS_NM = 1000.0  # a circle or arc larger than this is no airspace closure
MAX_VERTICES = 20_000  # per outline once densified; the self-crossing check is quadratic in it
MAX_TOTAL_VERTICES = 4_000_000  # per file: bounds time and memory whatever the number of records
# Geometry time per file: 6 s per MB of input (at least 6 s). Each circle, arc or long geodesic edge costs a few
# milliseconds whatever its size, so a small file of thousands of them would otherwise run for minutes. The budget
# is the reading thread's CPU time, not the clock's: a busy machine (other programs, other tasks) slows a real
# national file down but must not get it refused; a 1 MB national file needs about 2 s of it.
SECONDS_PER_MB = 6.0


class GeometryError(ValueError):
    """An outline that cannot become a valid polygon."""


class _Scope:
    def __init__(self, source: str, feedback, size_bytes: int) -> None:
        self.source, self.feedback, self.vertices = source, feedback, 0
        self.budget_s = SECONDS_PER_MB * max(1.0, size_bytes / 2**20)
        self.deadline = time.thread_time() + self.budget_s


_SCOPE: contextvars.ContextVar[_Scope | None] = contextvars.ContextVar("airspace_geometry_scope", default=None)


@contextlib.contextmanager
def work_scope(source: str = "", feedback=None, size_bytes: int = 0):
    """Geometry built inside is charged to one file of ``size_bytes`` (MAX_TOTAL_VERTICES, SECONDS_PER_MB) and
    honours Cancel inside long loops."""
    token = _SCOPE.set(_Scope(source, feedback, size_bytes))
    try:
        yield
    finally:
        _SCOPE.reset(token)


def _tick(vertices: int = 0) -> None:
    scope = _SCOPE.get()
    if scope is None:
        return
    if scope.feedback is not None and scope.feedback.isCanceled():
        raise Cancelled()
    scope.vertices += vertices
    if scope.vertices > MAX_TOTAL_VERTICES:
        raise InputError(
            tr(
                "the outlines of this file need more than {limit:,} vertices in all at this "
                "tolerance (the limit): use a larger tolerance or split the file",
                limit=MAX_TOTAL_VERTICES,
            ),
            scope.source,
        )
    if time.thread_time() > scope.deadline:
        raise InputError(
            tr(
                "drawing the outlines of this file takes more than {budget_s:.0f} s of computing (the limit is "
                "{per_mb:g} s per MB): use a larger tolerance or split the file",
                budget_s=scope.budget_s,
                per_mb=SECONDS_PER_MB,
            ),
            scope.source,
        )


def check_radius(radius_m: float, tolerance_m: float, sweep_deg: float = 360.0) -> None:
    """Refuse a radius that is not finite, over MAX_RADIUS_NM, or would need over MAX_VERTICES vertices."""
    if not math.isfinite(radius_m) or radius_m <= 0:
        raise GeometryError(tr("radius is not a positive finite number") if radius_m > 0 else
                            tr("radius {radius_m:g} m is not positive", radius_m=radius_m))
    if radius_m > MAX_RADIUS_NM * NM:
        raise GeometryError(
            tr(
                "radius {radius_m:,.0f} NM is larger than the limit of {limit:,.0f} NM",
                radius_m=radius_m / NM,
                limit=MAX_RADIUS_NM,
            )
        )
    # chord error law: a chord of angle a on radius r deviates r * a^2 / 8 from the arc
    step = math.sqrt(8.0 * max(tolerance_m, 1e-9) / radius_m)
    need = abs(math.radians(min(abs(sweep_deg), 360.0))) / step
    if need > MAX_VERTICES:
        raise GeometryError(
            tr(
                "a {radius_m:,.1f} NM arc at a tolerance of {tolerance_m:g} m needs about {need:,.0f} "
                "vertices, more than the limit of {limit:,}: use a larger tolerance",
                radius_m=radius_m / NM,
                tolerance_m=tolerance_m,
                need=need,
                limit=MAX_VERTICES,
            )
        )


def arc_points(lon: float, lat: float, radius_m: float, az1: float, az2: float, clockwise: bool,
               tolerance_m: float) -> list[tuple[float, float]]:
    """``geodesy.arc_points`` with the radius and vertex caps."""
    check_radius(radius_m, tolerance_m)
    pts = _arc_cached(lon, lat, radius_m, az1, az2, clockwise, tolerance_m)
    _tick(len(pts))
    return list(pts)


@functools.lru_cache(maxsize=256)  # a file repeating one arc line thousands of times pays for it once
def _arc_cached(lon, lat, radius_m, az1, az2, clockwise, tolerance_m) -> tuple:
    return tuple(geodesy.arc_points(lon, lat, radius_m, az1, az2, clockwise, tolerance_m))


def _long_edge(x0: float, y0: float, x1: float, y1: float, tolerance_m: float) -> tuple:
    """A geodesic edge over 200 km (several milliseconds of densification), cached, charged to the file."""
    seg = _segment_cached(x0, y0, x1, y1, tolerance_m)
    _tick(len(seg))
    return seg


@functools.lru_cache(maxsize=4096)
def _segment_cached(x0, y0, x1, y1, tolerance_m) -> tuple:
    return tuple(geodesy.geodesic_segment(x0, y0, x1, y1, tolerance_m))


@functools.lru_cache(maxsize=256)
def _circle_cached(lon, lat, radius_m, tolerance_m) -> tuple:
    return tuple(geodesy.circle_ring(lon, lat, radius_m, tolerance_m))


def densify_chain(vertices: Sequence[tuple[float, float]], tolerance_m: float) -> list[tuple[float, float]]:
    """Geodesic edges between consecutive vertices (open chain), longitudes unwrapped."""
    out: list[tuple[float, float]] = []
    for (x0, y0), (x1, y1) in zip(vertices[:-1], vertices[1:]):
        if out:
            x0 = out[-1][0]
        seg = geodesy.geodesic_segment(x0, y0, x1, y1, tolerance_m)
        out.extend(seg if not out else seg[1:])
    if not out and vertices:
        out = [tuple(vertices[0])]
    return out


def _near(a: tuple[float, float], b: tuple[float, float], eps: float = 1e-9) -> bool:
    dx = (a[0] - b[0] + 180.0) % 360.0 - 180.0
    return abs(dx) < eps and abs(a[1] - b[1]) < eps


def _next(a: np.ndarray) -> np.ndarray:
    """Cyclic successor of every element (np.roll(a, -1, axis=0) without its overhead: a hot path)."""
    return np.concatenate((a[1:], a[:1]))


def _prev(a: np.ndarray) -> np.ndarray:
    """Cyclic predecessor of every element (np.roll(a, 1, axis=0))."""
    return np.concatenate((a[-1:], a[:-1]))


def clean_ring(points: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """Open ring without repeated vertices and without zero-width spikes (A, B, A), longitudes unwrapped."""
    if len(points) == 0:
        return []
    if len(points) > MAX_VERTICES:  # the spike removal below is quadratic in the worst case
        raise GeometryError(
            tr(
                "outline has {n_points:,} vertices, more than the limit of {limit:,}",
                n_points=len(points),
                limit=MAX_VERTICES,
            )
        )
    arr = np.asarray(points, float).reshape(-1, 2)
    x = geodesy.unwrap_lon(arr[:, 0])
    y = arr[:, 1].copy()
    eps = 1e-9
    for _ in range(len(x) + 1):
        n = len(x)
        if n < 3:
            break
        # drop closing duplicates (also a +-360 shifted copy of the first vertex is the same point)
        if abs((x[-1] - x[0] + 180.0) % 360.0 - 180.0) < eps and abs(y[-1] - y[0]) < eps:
            x, y = x[:-1], y[:-1]
            continue
        keep = np.ones(n, bool)
        keep[1:] = (np.abs(np.diff(x)) >= eps) | (np.abs(np.diff(y)) >= eps)
        if not keep.all():
            x, y = x[keep], y[keep]
            continue
        # spikes: vertex i whose neighbours coincide (cyclic) -> drop vertex i and one of the neighbours
        xp, yp, xn, yn = _prev(x), _prev(y), _next(x), _next(y)
        spike = (np.abs(xp - xn) < eps) & (np.abs(yp - yn) < eps)
        if not spike.any():
            break
        i = int(np.nonzero(spike)[0][0])
        drop = {i, (i + 1) % n}
        sel = np.array([j not in drop for j in range(n)])
        x, y = x[sel], y[sel]
        x = geodesy.unwrap_lon(x)
    return list(zip(x.tolist(), y.tolist()))


def self_intersection(ring: Sequence[tuple[float, float]]) -> tuple[int, int] | None:
    """Indices (i, j) of two non-adjacent edges of an open ring that cross or overlap, else None.

    Planar test in unwrapped lon/lat (edges are short after densification); O(n^2) in numpy chunks.
    """
    a = np.asarray(ring, float)
    n = len(a)
    if n < 4:
        return None
    p = a
    q = _next(a)
    bx0, bx1 = np.minimum(p[:, 0], q[:, 0]), np.maximum(p[:, 0], q[:, 0])
    by0, by1 = np.minimum(p[:, 1], q[:, 1]), np.maximum(p[:, 1], q[:, 1])
    step = max(1, 2_000_000 // n)
    idx = np.arange(n)
    for s in range(0, n, step):
        _tick()
        i = idx[s : s + step][:, None]
        j = idx[None, :]
        cand = (j > i + 1) & ~((i == 0) & (j == n - 1))
        cand &= (bx0[i] <= bx1[j]) & (bx0[j] <= bx1[i]) & (by0[i] <= by1[j]) & (by0[j] <= by1[i])
        ii, jj = np.nonzero(cand)
        if len(ii) == 0:
            continue
        ii = ii + s
        d1 = _orient(p[ii], q[ii], p[jj])
        d2 = _orient(p[ii], q[ii], q[jj])
        d3 = _orient(p[jj], q[jj], p[ii])
        d4 = _orient(p[jj], q[jj], q[ii])
        scale = 1e-18
        proper = (d1 * d2 < -scale) & (d3 * d4 < -scale)
        touch = ((np.abs(d1) <= scale) & _on_seg(p[ii], q[ii], p[jj])) | (
            (np.abs(d2) <= scale) & _on_seg(p[ii], q[ii], q[jj])
        )
        touch |= ((np.abs(d3) <= scale) & _on_seg(p[jj], q[jj], p[ii])) | (
            (np.abs(d4) <= scale) & _on_seg(p[jj], q[jj], q[ii])
        )
        hit = np.nonzero(proper | touch)[0]
        if len(hit):
            return int(ii[hit[0]]), int(jj[hit[0]])
    return None


def _orient(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    return (b[:, 0] - a[:, 0]) * (c[:, 1] - a[:, 1]) - (b[:, 1] - a[:, 1]) * (c[:, 0] - a[:, 0])


def _on_seg(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    return (
        (np.minimum(a[:, 0], b[:, 0]) <= c[:, 0])
        & (c[:, 0] <= np.maximum(a[:, 0], b[:, 0]))
        & (np.minimum(a[:, 1], b[:, 1]) <= c[:, 1])
        & (c[:, 1] <= np.maximum(a[:, 1], b[:, 1]))
    )


# Outlines that cross themselves are real (national OpenAir files hold several): inside ``keep_invalid()`` they
# are kept as drawn and their problem recorded, for the QGIS side to repair (make-valid per part) and report.
# A context variable, so readers running in several tasks at once do not mix their records.
_KEPT: contextvars.ContextVar[list | None] = contextvars.ContextVar("bw_kept_invalid", default=None)
REPAIR_PENDING = tr("outline crosses itself")


@contextlib.contextmanager
def keep_invalid():
    """Within the block, ``polygon_from_ring`` keeps a self-crossing outline and appends its problem to the
    yielded list instead of raising."""
    found: list[str] = []
    token = _KEPT.set(found)
    try:
        yield found
    finally:
        _KEPT.reset(token)


def polygon_from_ring(points: Sequence[tuple[float, float]], check: bool = True) -> MultiPolygon:
    """Clean, validate and split at the antimeridian. Raises GeometryError naming the problem (a self-crossing
    outline is kept and recorded instead inside ``keep_invalid()``)."""
    if len(points) > MAX_VERTICES:
        raise GeometryError(
            tr(
                "outline has {n_points:,} vertices once densified, more than the limit of {limit:,}: "
                "use a larger tolerance",
                n_points=len(points),
                limit=MAX_VERTICES,
            )
        )
    _tick(len(points))
    ring = clean_ring(points)
    if len(ring) < 3:
        raise GeometryError(tr("outline has {n_ring} distinct point(s); a polygon needs at least 3", n_ring=len(ring)))
    arr = np.asarray(ring)
    area2 = float(np.sum(arr[:, 0] * _next(arr[:, 1]) - _next(arr[:, 0]) * arr[:, 1]))
    if abs(area2) < 1e-14:
        raise GeometryError(tr("outline encloses no area (all points on a line)"))
    if check:
        hit = self_intersection(ring)
        twice = _repeated_vertex(arr) if hit is None else None
        if hit is not None or twice is not None:
            if hit is not None:
                i, j = hit
                problem = tr("{pending} (edge near {lat1:.5f}, {lon1:.5f} crosses edge near {lat2:.5f}, {lon2:.5f})",
                             pending=REPAIR_PENDING, lat1=ring[i][1], lon1=ring[i][0], lat2=ring[j][1],
                             lon2=ring[j][0])
            else:  # e.g. a 'keyhole': an outer ring and an inner one joined by a cut drawn out and back
                problem = tr("{pending} (it passes twice through {lat:.5f}, {lon:.5f})", pending=REPAIR_PENDING,
                             lat=twice[1], lon=twice[0])
            kept = _KEPT.get()
            if kept is None:
                raise GeometryError(problem)
            kept.append(problem)
    return _to_multipolygon(ring)


def _repeated_vertex(arr: np.ndarray) -> tuple[float, float] | None:
    """A vertex an open ring passes through twice (to 1e-9 degree), else None. Such a ring touches itself: GEOS
    calls it invalid though no two edges cross (their overlap is lost in the densified arcs' rounding)."""
    keys = np.round(arr / 1e-9).astype(np.int64)
    order = np.lexsort((keys[:, 1], keys[:, 0]))  # stable: equal vertices stay in ring order
    ranked = keys[order]
    same = (ranked[1:, 0] == ranked[:-1, 0]) & (ranked[1:, 1] == ranked[:-1, 1])
    if not same.any():
        return None
    k = int(order[np.nonzero(same)[0]].min())  # the first vertex, in ring order, that comes back
    return float(arr[k, 0]), float(arr[k, 1])


def _to_multipolygon(ring: list[tuple[float, float]]) -> MultiPolygon:
    """Closed CCW polygon; rings that leave [-180, 180] or wind round a pole go through geodesy.to_multipolygon
    (antimeridian split, pole closure). The simple case is done here because it is most of a large file."""
    arr = np.asarray(ring, float)
    x, y = arr[:, 0], arr[:, 1]
    closes = abs(x[-1] - x[0]) < 1e-9 and abs(y[-1] - y[0]) < 1e-9
    wraps = abs(((x[0] - x[-1] + 180.0) % 360.0 - 180.0) - (x[0] - x[-1])) > 1e-9
    if x.min() >= -180.0 and x.max() <= 180.0 and not wraps:
        if not closes:
            x, y = np.append(x, x[0]), np.append(y, y[0])
        area2 = float(np.sum(x[:-1] * y[1:] - x[1:] * y[:-1]))
        if area2 < 0:
            x, y = x[::-1], y[::-1]
        return [[list(zip(x.tolist(), y.tolist()))]]
    mp = geodesy.to_multipolygon([list(ring) + ([] if closes else [ring[0]])])
    if not mp:
        raise GeometryError(tr("outline collapsed when split at the antimeridian"))
    return mp


def circle(lon: float, lat: float, radius_m: float, tolerance_m: float) -> MultiPolygon:
    """Geodesic circle as a MultiPolygon."""
    check_radius(radius_m, tolerance_m)
    ring = list(_circle_cached(lon, lat, radius_m, tolerance_m))
    _tick(len(ring))
    return _to_multipolygon(ring)


def azimuth(lon0: float, lat0: float, lon1: float, lat1: float) -> tuple[float, float]:
    """Geodesic forward azimuth (deg) and distance (m) from point 0 to point 1."""
    az, _, d = geodesy.GEOD.inv(lon0, lat0, lon1, lat1)
    return float(az) % 360.0, float(d)


def densify_ring_edges(
    points: Sequence[tuple[float, float]], straight: Sequence[bool], tolerance_m: float
) -> list[tuple[float, float]]:
    """Closed outline from an open ring of vertices; edge i (vertex i -> i+1, cyclic) stays a straight
    lon/lat chord when ``straight[i]`` (already dense arc points) or when the geodesic deviates from the chord
    by less than 0.4 x tolerance at the midpoint. Other edges get points *on the geodesic* (pyproj forward
    problem, all edges in one vectorised call), as many as the quadratic chord-error law asks for to bring
    each sub-chord under 0.4 x tolerance (2.2x margin to the tolerance); edges over 200 km go through
    :func:`geodesy.geodesic_segment`, whose adaptive check does not rely on that law.
    """
    n = len(points)
    if n > MAX_VERTICES:
        raise GeometryError(
            tr("outline has {n:,} vertices, more than the limit of {limit:,}", n=n, limit=MAX_VERTICES)
        )
    _tick()
    a = np.asarray(points, float)
    b = _next(a)
    b[:, 0] = a[:, 0] + ((b[:, 0] - a[:, 0] + 180.0) % 360.0 - 180.0)
    g = geodesy.GEOD
    chk = np.nonzero(~np.asarray(straight, bool))[0]  # arc points are already dense: no check needed
    az, dist, dev = np.zeros(n), np.zeros(n), np.zeros(n)
    if len(chk):
        az_c, _, dist_c = g.inv(a[chk, 0], a[chk, 1], b[chk, 0], b[chk, 1])
        az[chk], dist[chk] = az_c, dist_c
        mx, my, _ = g.fwd(a[chk, 0], a[chk, 1], az[chk], dist[chk] / 2.0)
        cx, cy = (a[chk, 0] + b[chk, 0]) / 2.0, (a[chk, 1] + b[chk, 1]) / 2.0
        _, _, dev_c = g.inv(np.asarray(mx), np.asarray(my), cx, cy)
        dev[chk] = dev_c
    target = 0.4 * tolerance_m
    need = (dev > target) & ~np.asarray(straight, bool)
    long_edge = need & (dist > 200_000.0)
    estimate = np.where(need, np.sqrt(dev / target) + 1, 1.0)
    if float(estimate.sum()) > MAX_VERTICES:
        raise GeometryError(
            tr(
                "outline needs about {count:,.0f} vertices at a tolerance of {tolerance_m:g} m, more than the "
                "limit of {limit:,}: use a larger tolerance",
                count=float(estimate.sum()),
                tolerance_m=tolerance_m,
                limit=MAX_VERTICES,
            )
        )
    k = np.where(need & ~long_edge, np.ceil(np.sqrt(dev / target)).astype(int) + 1, 1)
    # intermediate points of all medium edges in one forward call
    idx = np.repeat(np.arange(n), k - 1)
    grp_start = np.repeat(np.cumsum(k - 1) - (k - 1), k - 1)
    frac = (np.arange(len(idx)) - grp_start + 1) / np.repeat(k, k - 1)
    if len(idx):
        ix, iy, _ = g.fwd(a[idx, 0], a[idx, 1], az[idx], dist[idx] * frac)
        ix, iy = np.asarray(ix, float), np.asarray(iy, float)
    if not long_edge.any():
        # edge i contributes its k-1 interior points then its end vertex: place them all at once
        total = int(k.sum())
        at_end = np.cumsum(k) - 1
        interior = np.ones(total, dtype=bool)
        interior[at_end] = False
        out_x = np.empty(total)
        out_y = np.empty(total)
        out_x[at_end], out_y[at_end] = b[:, 0], b[:, 1]
        if len(idx):
            out_x[interior], out_y[interior] = ix, iy
        x = geodesy.unwrap_lon(np.concatenate([[a[0, 0]], out_x]))
        return list(zip(x.tolist(), np.concatenate([[a[0, 1]], out_y]).tolist()))
    starts = np.concatenate([[0], np.cumsum(k - 1)])
    xs: list[float] = [float(a[0, 0])]
    ys: list[float] = [float(a[0, 1])]
    for i in range(n):
        if long_edge[i]:
            seg = _long_edge(float(a[i, 0]), float(a[i, 1]), float(b[i, 0]), float(b[i, 1]), tolerance_m)
            xs.extend(p[0] for p in seg[1:-1])
            ys.extend(p[1] for p in seg[1:-1])
        elif k[i] > 1:
            xs.extend(ix[starts[i] : starts[i + 1]].tolist())
            ys.extend(iy[starts[i] : starts[i + 1]].tolist())
        xs.append(float(b[i, 0]))
        ys.append(float(b[i, 1]))
    x = geodesy.unwrap_lon(np.array(xs))
    return list(zip(x.tolist(), ys))
