"""Closest point of approach (CPA) and alert-radius passes of a track around sites, geodesic on WGS 84.

Model: between two fixes the object moves along the geodesic joining them, with time and altitude linear in
distance along it. For every site and every *pass* (a maximal stretch of track within ``distance_m`` of
the site) we report the CPA along the track (not just the nearest fix), the interpolated entry and exit
crossings of the alert radius, the dwell time and the track pieces inside.

Scale: segments are indexed by a hash grid of 3D unit vectors. The bound used is safe on the ellipsoid: the
angle between two points taken as spherical (geodetic lat, lon) is at most their geodesic distance divided
by the smallest radius of curvature of WGS 84, a(1 - e^2), and a chord is shorter than its angle -- so the
grid never misses a pair, including at the poles and across the antimeridian (no lon/lat boxes involved).
Candidate pairs are then pruned with the exact fix distances ((d_a + d_b - L) / 2 is a lower bound of the
distance along the segment), and the survivors are solved exactly: Newton steps on the along-track
component for the CPA, bisection for the radius crossings.

Sites: ``point`` sites use the exact geodesic distance. ``line`` and ``polygon`` sites (edges taken as
geodesics) use the geodesic distance to the nearest boundary point (0 inside a polygon; insideness tested
in lon/lat on the ring, unwrapped around its first vertex -- fine for polygons that do not enclose a pole).
For those the distance along a track segment may have several local minima, so each candidate segment is
sampled every ``distance_m / 8`` (at least 8 samples) before refining: a minimum narrower than that can be
missed by up to that much sampling error.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable, Sequence

import numpy as np

from .feedback import check
from .geodesy import GEOD, M_MIN
from .geodesy import fwd as _fwd
from .geodesy import inv as _inv
from .geodesy import unit_vectors as _unit
from .messages import tr
from .model import Track
from .motion import along_legs
from .sites import Site


@dataclass
class ApproachEvent:
    """One pass of a track within the alert distance of a site."""

    site_id: str
    site_name: str
    track_id: str
    cpa_m: float
    cpa_time: float  # epoch s, NaN if the track has no times
    cpa_alt_m: float
    cpa_lon: float  # the point on the track at the CPA
    cpa_lat: float
    bearing_deg: float  # azimuth from the site (its nearest point for line/polygon sites) to the CPA point
    enter_time: float  # NaN if the track starts inside, or has no times
    exit_time: float  # NaN if the track ends inside, or has no times
    dwell_s: float  # exit - enter; NaN if either is unknown
    inside_parts: list = field(default_factory=list)  # arrays of shape (n, 4): lon, lat, alt, t


# ---------------------------------------------------------------------------------------------------------
# Site distance functions (vectorised over query points, one site at a time or point sites in bulk)
# ---------------------------------------------------------------------------------------------------------


def _dist_to_geodesic_segments(
    qx: np.ndarray, qy: np.ndarray, ax: np.ndarray, ay: np.ndarray, az: np.ndarray, length: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Distance from each query point to its geodesic segment (A, azimuth, length): Newton on the foot.

    Returns (distance, foot lon, foot lat)."""
    _, d_a = _inv(ax, ay, qx, qy)
    azq, _ = _inv(ax, ay, qx, qy)
    s = np.clip(d_a * np.cos(np.radians(azq - az)), 0.0, length)
    for _ in range(8):
        px, py, fa = _fwd(ax, ay, az, s)
        azp, d = _inv(px, py, qx, qy)
        step = d * np.cos(np.radians(azp - fa))
        s_new = np.clip(s + step, 0.0, length)
        done = np.abs(s_new - s) < 1e-4
        s = s_new
        if done.all():
            break
    px, py, _ = _fwd(ax, ay, az, s)
    _, d = _inv(px, py, qx, qy)
    return d, px, py


class _ShapeSite:
    """Distance to a line or polygon site (edges are geodesics)."""

    def __init__(self, site: Site):
        self.site = site
        if site.geom_type == "line":
            rings = [list(site.coords)]
            self.polygon = False
        elif site.geom_type == "polygon":
            rings = [list(r) for r in site.coords]
            self.polygon = True
        else:
            raise ValueError(
                tr(
                    "site {site_id}: unknown geometry type '{geom_type}'",
                    site_id=site.site_id,
                    geom_type=site.geom_type,
                )
            )
        ax, ay, bx, by = [], [], [], []
        self.rings = []
        for ring in rings:
            arr = np.asarray(ring, dtype=float).reshape(-1, 2)
            if self.polygon and (arr[0] != arr[-1]).any():
                arr = np.vstack([arr, arr[:1]])
            if len(arr) < 2:
                raise ValueError(
                    tr(
                        "site {site_id}: a {geom_type} needs at least two points",
                        site_id=site.site_id,
                        geom_type=site.geom_type,
                    )
                )
            self.rings.append(arr)
            ax.append(arr[:-1, 0])
            ay.append(arr[:-1, 1])
            bx.append(arr[1:, 0])
            by.append(arr[1:, 1])
        self.ax, self.ay = np.concatenate(ax), np.concatenate(ay)
        self.az, self.len = _inv(self.ax, self.ay, np.concatenate(bx), np.concatenate(by))
        verts = np.vstack(self.rings)
        v = _unit(verts[:, 0], verts[:, 1])
        c = v.mean(axis=0)
        c /= np.linalg.norm(c)
        self.centre = c
        # bounding cap: every boundary point is within (max vertex distance + half the longest edge) of it
        clon, clat = math.degrees(math.atan2(c[1], c[0])), math.degrees(math.asin(max(-1.0, min(1.0, c[2]))))
        _, dv = _inv(np.full(len(verts), clon), np.full(len(verts), clat), verts[:, 0], verts[:, 1])
        self.radius_m = float(dv.max() + 0.5 * self.len.max())
        self.centre_lonlat = (clon, clat)

    def distance(self, qx: np.ndarray, qy: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Distance from query points to the site, and the nearest site point (lon, lat)."""
        n, m = len(qx), len(self.ax)
        d, fx, fy = _dist_to_geodesic_segments(
            np.repeat(qx, m), np.repeat(qy, m), np.tile(self.ax, n), np.tile(self.ay, n),
            np.tile(self.az, n), np.tile(self.len, n),
        )
        d = d.reshape(n, m)
        k = d.argmin(axis=1)
        rows = np.arange(n)
        best = d[rows, k]
        fx, fy = fx.reshape(n, m)[rows, k], fy.reshape(n, m)[rows, k]
        if self.polygon:
            inside = self._inside(qx, qy)
            best = np.where(inside, 0.0, best)
            fx, fy = np.where(inside, qx, fx), np.where(inside, qy, fy)
        return best, fx, fy

    def _inside(self, qx: np.ndarray, qy: np.ndarray) -> np.ndarray:
        count = np.zeros(len(qx), dtype=int)
        for ring in self.rings:
            x0 = ring[0, 0]
            rx = x0 + (ring[:, 0] - x0 + 180.0) % 360.0 - 180.0
            px = x0 + (qx - x0 + 180.0) % 360.0 - 180.0
            ry = ring[:, 1]
            xa, ya, xb, yb = rx[:-1], ry[:-1], rx[1:], ry[1:]
            cond = (ya[None, :] > qy[:, None]) != (yb[None, :] > qy[:, None])
            with np.errstate(divide="ignore", invalid="ignore"):
                xint = xa[None, :] + (qy[:, None] - ya[None, :]) * (xb - xa)[None, :] / (yb - ya)[None, :]
            count += np.count_nonzero(cond & (px[:, None] < xint), axis=1)
        return count % 2 == 1


# ---------------------------------------------------------------------------------------------------------
# Candidate search
# ---------------------------------------------------------------------------------------------------------


class _SegmentIndex:
    """Hash grid of track-segment pieces on 3D unit vectors; queries never miss a pair within reach."""

    _OFF = 1 << 20

    def __init__(self, seg_lon, seg_lat, seg_az, seg_len, distance_m: float):
        self.n_seg = n_seg = len(seg_len)
        lcap = max(distance_m, float(np.percentile(seg_len, 99)), 1.0)
        k = np.maximum(1, np.ceil(seg_len / lcap)).astype(np.int64)
        if (k == 1).all():
            self.piece_seg = None  # pieces are the segments
            mx, my, _ = _fwd(seg_lon, seg_lat, seg_az, 0.5 * seg_len)
            piece_len = seg_len
        else:
            piece_seg = np.repeat(np.arange(n_seg, dtype=np.int64), k)
            j = np.arange(len(piece_seg)) - np.repeat(np.cumsum(k) - k, k)
            piece_len = (seg_len / k)[piece_seg]
            mx, my, _ = _fwd(seg_lon[piece_seg], seg_lat[piece_seg], seg_az[piece_seg], (j + 0.5) * piece_len)
            self.piece_seg = piece_seg
        self.pv = _unit(mx, my)
        # chord radius per piece (safe: chord <= angle <= geodesic / M_MIN), small margin for rounding
        self.base = (distance_m + 0.5 * piece_len) / M_MIN * (1 + 1e-9) + 1e-12
        self.cell = float(self.base.max())
        key = self._key(np.floor(self.pv / self.cell).astype(np.int64))
        self.order = np.argsort(key, kind="stable")
        self.key_sorted = key[self.order]

    def _key(self, cells: np.ndarray) -> np.ndarray:
        off = self._OFF
        return ((cells[..., 0] + off) * (2 * off) + (cells[..., 1] + off)) * (2 * off) + (cells[..., 2] + off)

    def count_hint(self, site_vec: np.ndarray) -> np.ndarray:
        """Entries in each site's own cell (a cheap load estimate for chunking)."""
        qkey = self._key(np.floor(site_vec / self.cell).astype(np.int64))
        return np.searchsorted(self.key_sorted, qkey, "right") - np.searchsorted(self.key_sorted, qkey, "left")

    def query(self, site_vec: np.ndarray, site_reach: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Unique (site index, segment index) pairs that may come within the distance (never misses one)."""
        if len(site_vec) == 0 or self.n_seg == 0:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        cell = self.cell
        site_r = site_reach / M_MIN * (1 + 1e-9)
        out_site, out_piece = [], []
        small = site_r <= cell * 4
        idx_small = np.nonzero(small)[0]
        if len(idx_small):
            reach_cells = np.ceil(site_r[idx_small] / cell).astype(np.int64) + 1  # 1..5 cells around
            for rc in np.unique(reach_cells):
                sel = idx_small[reach_cells == rc]
                ks = np.floor(site_vec[sel] / cell).astype(np.int64)
                rng = np.arange(-rc, rc + 1)
                dx, dy, dz = np.meshgrid(rng, rng, rng, indexing="ij")
                offs = np.stack([dx.ravel(), dy.ravel(), dz.ravel()], axis=1)
                qkey = self._key(ks[:, None, :] + offs[None, :, :]).ravel()
                qsite = np.repeat(sel, offs.shape[0])
                lo = np.searchsorted(self.key_sorted, qkey, side="left")
                hi = np.searchsorted(self.key_sorted, qkey, side="right")
                cnt = hi - lo
                nz = cnt > 0
                lo, cnt, qsite = lo[nz], cnt[nz], qsite[nz]
                pos = np.repeat(lo - (np.cumsum(cnt) - cnt), cnt) + np.arange(int(cnt.sum()))
                out_site.append(np.repeat(qsite, cnt))
                out_piece.append(self.order[pos])
        for s in np.nonzero(~small)[0]:  # big line/polygon sites: test every piece
            out_site.append(np.full(len(self.pv), s, dtype=np.int64))
            out_piece.append(np.arange(len(self.pv), dtype=np.int64))
        if not out_site:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        ps = np.concatenate(out_site)
        pp = np.concatenate(out_piece)
        # exact chord test against each piece's own radius (+ the site's reach)
        chord = np.linalg.norm(self.pv[pp] - site_vec[ps], axis=1)
        ok = chord <= self.base[pp] + site_r[ps]
        ps, pp = ps[ok], pp[ok]
        pseg = pp if self.piece_seg is None else self.piece_seg[pp]
        if len(ps) == 0:
            return ps, pseg
        pair = np.unique(ps * np.int64(self.n_seg) + pseg)
        return pair // self.n_seg, pair % self.n_seg


# ---------------------------------------------------------------------------------------------------------
# Per-pair solving
# ---------------------------------------------------------------------------------------------------------


def _newton_min_point(sx, sy, ax, ay, az, length):
    """Along-segment parameter s of the minimum distance from point sites (Newton on the along-track part)."""
    azq, d_a = _inv(ax, ay, sx, sy)
    s = np.clip(d_a * np.cos(np.radians(azq - az)), 0.0, length)
    for _ in range(10):
        px, py, fa = _fwd(ax, ay, az, s)
        azp, d = _inv(px, py, sx, sy)
        s_new = np.clip(s + d * np.cos(np.radians(azp - fa)), 0.0, length)
        conv = np.abs(s_new - s) < 1e-4
        s = s_new
        if conv.all():
            break
    return s


def _crossing(fn, ax, ay, az, s_out, s_in, distance_m, iters=48):
    """Bisection for the radius crossing between s_out (outside) and s_in (inside); fn(qx, qy) -> distance."""
    lo, hi = s_out.copy(), s_in.copy()
    for _ in range(iters):
        mid = 0.5 * (lo + hi)
        x, y, _ = _fwd(ax, ay, az, mid)
        outside = fn(x, y) >= distance_m
        lo = np.where(outside, mid, lo)
        hi = np.where(outside, hi, mid)
    return 0.5 * (lo + hi)


def site_proximity(track: Track, sites: Sequence[Site], distance_m: float, feedback=None) -> list[ApproachEvent]:
    """Every pass of ``track`` within ``distance_m`` of each site, with its CPA, crossings and dwell.

    Events are ordered by site (input order) then time along the track. Sites the track never comes within
    ``distance_m`` of produce no event.
    """
    if not (distance_m > 0 and math.isfinite(distance_m)):
        raise ValueError(tr("the alert distance must be a positive number of metres"))
    n = len(track)
    if n == 0 or not sites:
        return []
    lon, lat = track.lon, track.lat
    ok = np.isfinite(lon) & np.isfinite(lat)
    if not ok.all():
        raise ValueError(
            tr("track {track_id}: {count} fix(es) without coordinates", track_id=track.track_id, count=int((~ok).sum()))
        )
    check(feedback, 0.0)
    points = [i for i, s in enumerate(sites) if s.geom_type == "point"]
    shapes = [i for i, s in enumerate(sites) if s.geom_type != "point"]
    events: list[tuple[int, float, ApproachEvent]] = []
    if n == 1:
        _single_fix(track, sites, distance_m, events)
    else:
        seg_az, seg_back, seg_len = GEOD.inv(lon[:-1], lat[:-1], lon[1:], lat[1:])
        seg_az, seg_len = np.asarray(seg_az), np.asarray(seg_len)
        seg_az_end = np.asarray(seg_back) + 180.0  # direction of travel at each segment's end
        check(feedback, 5.0)
        index = _SegmentIndex(lon[:-1], lat[:-1], seg_az, seg_len, distance_m)
        check(feedback, 10.0)
        if points:
            pidx = np.asarray(points)
            sx = np.array([float(sites[i].coords[0]) for i in points])
            sy = np.array([float(sites[i].coords[1]) for i in points])
            vec = _unit(sx, sy)
            # chunks of sites with a bounded expected number of candidate pairs (memory stays flat)
            load = np.cumsum(index.count_hint(vec) * 27 + 1)
            chunk_id = (load // 1_000_000).astype(np.int64)
            bounds = np.append(np.nonzero(np.diff(chunk_id))[0] + 1, len(pidx))
            start = 0
            for stop in bounds:
                sl = slice(start, int(stop))
                ps, pg = index.query(vec[sl], np.zeros(int(stop) - start))
                _solve_pairs(track, sites, pidx[sl], ps, pg, seg_az, seg_len, distance_m, events,
                             point_xy=(sx[sl], sy[sl]), seg_az_end=seg_az_end)
                start = int(stop)
                check(feedback, 10.0 + 60.0 * start / len(pidx))
        for k, i in enumerate(shapes):
            shape = _ShapeSite(sites[i])
            vec = _unit(np.array([shape.centre_lonlat[0]]), np.array([shape.centre_lonlat[1]]))
            ps, pg = index.query(vec, np.array([shape.radius_m]))
            _solve_pairs(track, sites, np.array([i]), ps, pg, seg_az, seg_len, distance_m, events, shape=shape)
            check(feedback, 70.0 + 30.0 * (k + 1) / len(shapes))
    check(feedback, 100.0)
    events.sort(key=lambda e: (e[0], e[1]))
    return [e[2] for e in events]


def _single_fix(track: Track, sites, distance_m, events) -> None:
    x, y = track.lon[:1], track.lat[:1]
    for i, site in enumerate(sites):
        if site.geom_type == "point":
            az, d = _inv(np.array([site.coords[0]]), np.array([site.coords[1]]), x, y)
            fx, fy = float(site.coords[0]), float(site.coords[1])
        else:
            d, fxa, fya = _ShapeSite(site).distance(x, y)
            fx, fy = float(fxa[0]), float(fya[0])
            az, _ = _inv(np.array([fx]), np.array([fy]), x, y)
        if d[0] < distance_m:
            tt, aa = float(track.times[0]), float(track.alt_m[0])
            events.append((i, 0.0, ApproachEvent(
                site.site_id, site.name, track.track_id, float(d[0]), tt, aa, float(x[0]), float(y[0]),
                float(az[0] % 360.0), math.nan, math.nan, math.nan, [[(float(x[0]), float(y[0]), aa, tt)]],
            )))


def _fix_distances(ps, pg, ax, ay, bx, by, sx, sy):
    """Azimuth and distance from both ends of every (site, segment) pair to its site.

    Consecutive segments of one site share a fix (B of one is A of the next), so each (site, fix)
    distance is computed once: pairs arrive sorted by (site, segment)."""
    shared = np.zeros(len(ps), dtype=bool)
    if len(ps) > 1:
        shared[1:] = (ps[1:] == ps[:-1]) & (pg[1:] == pg[:-1] + 1)
    az_bs, d_b = _inv(bx, by, sx, sy)
    az_as = np.empty(len(ps))
    d_a = np.empty(len(ps))
    prev = np.nonzero(shared)[0]
    az_as[prev], d_a[prev] = az_bs[prev - 1], d_b[prev - 1]
    own = np.nonzero(~shared)[0]
    if len(own):
        az_as[own], d_a[own] = _inv(ax[own], ay[own], sx[own], sy[own])
    return az_as, d_a, az_bs, d_b


def _solve_pairs(track, sites, site_index, ps, pg, seg_az, seg_len, distance_m, events,
                 point_xy=None, shape=None, seg_az_end=None) -> None:
    """Solve candidate (site, segment) pairs into pass events. ``ps`` indexes ``site_index``."""
    if len(ps) == 0:
        return
    lon, lat = track.lon, track.lat
    ax, ay, bx, by = lon[pg], lat[pg], lon[pg + 1], lat[pg + 1]
    az, length = seg_az[pg], seg_len[pg]
    if point_xy is not None:
        sx, sy = point_xy[0][ps], point_xy[1][ps]
        az_as, d_a, az_bs, d_b = _fix_distances(ps, pg, ax, ay, bx, by, sx, sy)
        # the distance has a minimum strictly inside the segment only if the site is ahead at A and behind
        # at B (unimodal along a geodesic at these ranges); elsewhere the minimum is the nearer end
        interior = (np.cos(np.radians(az_as - az)) > 0) & (np.cos(np.radians(az_bs - seg_az_end[pg])) < 0)
        interior &= length > 0
    else:
        d_a = shape.distance(ax, ay)[0]
        d_b = shape.distance(bx, by)[0]
    # exact lower bound of the distance along the segment: (d_a + d_b - L) / 2
    keep = 0.5 * (d_a + d_b - length) < distance_m
    sel = np.nonzero(keep)[0]
    if len(sel) == 0:
        return
    ps, pg, ax, ay, az, length, d_a, d_b = (a[sel] for a in (ps, pg, ax, ay, az, length, d_a, d_b))
    if point_xy is not None:
        interior = interior[sel]

    def dist_fn(rows: np.ndarray) -> Callable:
        """Distance function for a subset of the current pairs."""
        if point_xy is not None:
            rx, ry = sx[sel][rows], sy[sel][rows]
            return lambda qx, qy: _inv(rx, ry, qx, qy)[1]
        return lambda qx, qy: shape.distance(qx, qy)[0]

    rows_all = np.arange(len(ps))
    if point_xy is not None:
        s_min = np.where(d_a <= d_b, 0.0, length)
        dmin = np.minimum(d_a, d_b)
        r = rows_all[interior]
        if len(r):
            s_min[r] = _newton_min_point(sx[sel][r], sy[sel][r], ax[r], ay[r], az[r], length[r])
            mx, my, _ = _fwd(ax[r], ay[r], az[r], s_min[r])
            dmin[r] = dist_fn(r)(mx, my)
    else:
        s_min = _sampled_min(dist_fn(rows_all), ax, ay, az, length, distance_m)
        mx, my, _ = _fwd(ax, ay, az, s_min)
        dmin = dist_fn(rows_all)(mx, my)
    # the endpoints are candidates too (Newton may stop at a clip): keep the true minimum
    use_a = d_a < dmin
    use_b = (d_b < dmin) & ~use_a
    s_min = np.where(use_a, 0.0, np.where(use_b, length, s_min))
    dmin = np.minimum(dmin, np.minimum(d_a, d_b))
    sel2 = np.nonzero(dmin < distance_m)[0]
    if len(sel2) == 0:
        return
    sel = sel[sel2]
    ps, pg, ax, ay, az, length, d_a, d_b, s_min, dmin = (
        a[sel2] for a in (ps, pg, ax, ay, az, length, d_a, d_b, s_min, dmin))
    rows = np.arange(len(ps))
    # radius crossings inside each segment
    s_in = np.zeros(len(ps))
    s_out = length.copy()
    need_in = d_a >= distance_m
    need_out = d_b >= distance_m
    if need_in.any():
        r = rows[need_in]
        s_in[r] = _crossing(dist_fn(r), ax[r], ay[r], az[r], np.zeros(len(r)), s_min[r], distance_m)
    if need_out.any():
        r = rows[need_out]
        s_out[r] = _crossing(dist_fn(r), ax[r], ay[r], az[r], length[r], s_min[r], distance_m)
    # group consecutive segments into passes (same site, next segment, shared fix inside); the index returns
    # pairs sorted by (site, segment) and filtering keeps that order, so sorting is only a safety net
    key = ps * np.int64(len(track)) + pg
    if len(key) > 1 and not (np.diff(key) > 0).all():
        order = np.argsort(key, kind="stable")
        ps, pg, ax, ay, az, length, d_a, d_b, s_min, dmin, s_in, s_out, need_in, need_out = (
            a[order] for a in (ps, pg, ax, ay, az, length, d_a, d_b, s_min, dmin, s_in, s_out, need_in, need_out))
    new = np.ones(len(ps), dtype=bool)
    new[1:] = ~((ps[1:] == ps[:-1]) & (pg[1:] == pg[:-1] + 1) & ~need_in[1:] & ~need_out[:-1])
    starts = np.nonzero(new)[0]
    ends = np.append(starts[1:], len(ps))
    best = np.minimum.reduceat(dmin, starts) if len(starts) else np.zeros(0)
    t, alt = track.times, track.alt_m
    n_fix = len(track)
    # the CPA, entry and exit points of every pass at once, placed by the motion model
    jj = np.array([a + int(np.argmin(dmin[a:b])) for a, b in zip(starts, ends)], dtype=np.int64)
    last = ends - 1
    cpa = _points_at(track, pg[jj], az[jj], s_min[jj], length[jj])
    ein_all = _points_at(track, pg[starts], az[starts], s_in[starts], length[starts])
    eout_all = _points_at(track, pg[last], az[last], s_out[last], length[last])
    if point_xy is not None:
        near_x, near_y = point_xy[0][ps[jj]], point_xy[1][ps[jj]]
    else:
        _, near_x, near_y = shape.distance(cpa[0], cpa[1])
    brg, _ = _inv(near_x, near_y, cpa[0], cpa[1])
    for k, (a, b) in enumerate(zip(starts, ends)):
        site_i = int(site_index[ps[jj[k]]])
        site = sites[site_i]
        first_seg, last_seg = int(pg[a]), int(pg[b - 1])
        ein = tuple(float(v) for v in ein_all[:, k]) if need_in[a] else None  # None: starts inside
        eout = tuple(float(v) for v in eout_all[:, k]) if need_out[b - 1] else None
        enter_t = ein[3] if ein is not None else math.nan
        exit_t = eout[3] if eout is not None else math.nan
        lo_fix = first_seg + 1 if need_in[a] else first_seg
        hi_fix = last_seg if need_out[b - 1] else last_seg + 1
        hi_fix = min(hi_fix, n_fix - 1)
        # one (n, 4) array of lon, lat, alt, time: a long pass holds thousands of fixes (no per-fix tuples)
        pieces = [np.array([ein])] if ein is not None else []
        fx_sl = slice(lo_fix, hi_fix + 1)
        pieces.append(np.column_stack([lon[fx_sl], lat[fx_sl], alt[fx_sl], t[fx_sl]]))
        if eout is not None:
            pieces.append(np.array([eout]))
        part = np.vstack(pieces)
        if len(part) == 1:
            part = np.vstack([part, part])
        dwell = exit_t - enter_t if math.isfinite(enter_t) and math.isfinite(exit_t) else math.nan
        order_key = float(first_seg) + (float(s_in[a] / length[a]) if length[a] > 0 else 0.0)
        events.append((site_i, order_key, ApproachEvent(
            site.site_id, site.name, track.track_id, float(best[k]), float(cpa[3, k]), float(cpa[2, k]),
            float(cpa[0, k]), float(cpa[1, k]), float(brg[k] % 360.0), enter_t, exit_t, dwell, [part],
        )))


def _points_at(track: Track, seg, az, s, length) -> np.ndarray:
    """(lon, lat, alt, time) rows, shape (4, n): ``s`` metres along legs ``seg`` (azimuth ``az``), as
    ``core.motion`` places them."""
    length = np.asarray(length, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        u = np.where(length > 0, np.asarray(s, dtype=float) / np.where(length > 0, length, 1.0), 0.0)
    return np.array(along_legs(track.lon, track.lat, track.alt_m, track.times, seg, u, az, length))


def _sampled_min(fn, ax, ay, az, length, distance_m):
    """Minimum along each segment for shape sites: dense samples, then golden section around the best."""
    m = len(ax)
    k = int(min(256, max(8, math.ceil(float(length.max()) / (distance_m / 8.0))))) if m else 8
    u = np.linspace(0.0, 1.0, k + 1)
    rows = np.repeat(np.arange(m), k + 1)
    ss = (length[:, None] * u[None, :]).ravel()
    x, y, _ = _fwd(ax[rows], ay[rows], az[rows], ss)
    d = fn(x, y).reshape(m, k + 1)
    j = d.argmin(axis=1)
    step = length / k
    lo = np.clip(j * step - step, 0.0, length)
    hi = np.clip(j * step + step, 0.0, length)
    gr = (math.sqrt(5.0) - 1.0) / 2.0
    for _ in range(40):
        a = hi - gr * (hi - lo)
        b = lo + gr * (hi - lo)
        xa, ya, _ = _fwd(ax, ay, az, a)
        xb, yb, _ = _fwd(ax, ay, az, b)
        left = fn(xa, ya) < fn(xb, yb)
        hi = np.where(left, b, hi)
        lo = np.where(left, lo, a)
    return 0.5 * (lo + hi)
