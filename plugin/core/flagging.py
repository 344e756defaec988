"""Flag airspace closures that balloon tracks entered: violated, passed over/under, inactive at passage, clear.

Model. The object moves as ``core.motion`` says: along the geodesic between two fixes at constant speed,
altitude linear in time. The tests below work on straight lon/lat chords, so each track is first densified
with points on its legs' geodesics (``motion.densify``) until every chord is within ``PATH_TOLERANCE_M`` of
the geodesic -- legs of a few km need no point, a 1,500 km leg a few hundred. Closure outlines are already
densified geodesic rings (see ``airspace.geometry``), so a straight lon/lat edge is the boundary to within
the import tolerance.

A closure is *violated* while the object is inside horizontally, between floor and ceiling, and the
closure is active (``start_time``..``end_time``; None = open). Entry and exit times are where the track
crosses the outline on a segment (segment/edge intersections), not the fix times.

Vertical references: MSL and STD limits are compared with the track's altitude (metres MSL; STD is
pressure altitude taken as geometric, see ``airspace.limits``); SFC = the ground, UNL = no ceiling; AGL
limits add the terrain height from ``terrain(lon, lat)`` when given, else the ground is taken as 0 m MSL
and the result says so. Unknown track altitudes are treated as inside the vertical band (noted).

Speed: a grid index over the fixes finds, for each closure part, the few segments near its bounding box;
point-in-polygon (crossing number) and segment/edge intersections are vectorised with numpy. The antimeridian
is handled by shifting each segment to the longitude branch of the closure part it is tested against.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from .feedback import check
from .messages import tr
from .model import Airspace, Track
from .motion import densify

STATUSES = ("violated", "inactive at passage", "passed over", "passed under", "clear")
_EPS_T = 1e-6
_CHUNK = 2_000_000
PATH_TOLERANCE_M = 1.0  # lon/lat chords of the track stay this close to its geodesic legs


@dataclass
class ClosureFlag:
    """Outcome for one airspace (``index`` into the list given to :func:`flag_closures`)."""

    index: int
    status: str = "clear"
    first_entry: float | None = None
    last_exit: float | None = None
    inside_s: float = 0.0  # violated time for 'violated', else time inside horizontally
    min_vertical_sep_m: float | None = None  # when inside horizontally but not violated
    entries: int = 0
    track_ids: list[str] = field(default_factory=list)
    note: str = ""


@dataclass
class ClosureEvent:
    """One passage of a track through a closure's outline (entry to exit)."""

    airspace: int
    track_id: str
    enter_time: float
    exit_time: float
    coords: list[tuple[float, float, float, float]]  # (lon, lat, alt_m, t)
    violated: bool


@dataclass
class FlagResult:
    closures: list[ClosureFlag]
    events: list[ClosureEvent]
    notes: list[str] = field(default_factory=list)


# ----------------------------------------------------------------------------------------------- geometry


@dataclass
class _Part:
    closure: int
    x1: np.ndarray
    y1: np.ndarray
    x2: np.ndarray
    y2: np.ndarray
    bbox: tuple[float, float, float, float]
    cx: float


def _parts(airspaces: list[Airspace]) -> list[_Part]:
    out = []
    for k, a in enumerate(airspaces):
        for poly in a.geometry:
            xs1, ys1, xs2, ys2 = [], [], [], []
            for ring in poly:
                r = np.asarray(ring, float)
                if len(r) < 3:
                    continue
                if r[0, 0] != r[-1, 0] or r[0, 1] != r[-1, 1]:
                    r = np.vstack([r, r[:1]])
                xs1.append(r[:-1, 0])
                ys1.append(r[:-1, 1])
                xs2.append(r[1:, 0])
                ys2.append(r[1:, 1])
            if not xs1:
                continue
            x1, y1, x2, y2 = (np.concatenate(v) for v in (xs1, ys1, xs2, ys2))
            bbox = (float(min(x1.min(), x2.min())), float(min(y1.min(), y2.min())),
                    float(max(x1.max(), x2.max())), float(max(y1.max(), y2.max())))  # fmt: skip
            out.append(_Part(k, x1, y1, x2, y2, bbox, 0.5 * (bbox[0] + bbox[2])))
    return out


def _pip(px: np.ndarray, py: np.ndarray, part: _Part) -> np.ndarray:
    """Crossing-number point-in-polygon (all rings: holes work by parity)."""
    out = np.zeros(len(px), bool)
    if len(px) == 0:
        return out
    ne = len(part.x1)
    step = max(1, _CHUNK // max(ne, 1))
    x1, y1, x2, y2 = part.x1[None, :], part.y1[None, :], part.x2[None, :], part.y2[None, :]
    dy = y2 - y1
    with np.errstate(divide="ignore", invalid="ignore"):
        slope = np.where(dy != 0, (x2 - x1) / np.where(dy != 0, dy, 1.0), 0.0)
    for s in range(0, len(px), step):
        qx = px[s : s + step, None]
        qy = py[s : s + step, None]
        cond = (y1 > qy) != (y2 > qy)
        xint = x1 + (qy - y1) * slope
        out[s : s + step] = (np.count_nonzero(cond & (qx < xint), axis=1) % 2) == 1
    return out


def _crossings(sx0, sy0, sx1, sy1, part: _Part) -> tuple[np.ndarray, np.ndarray]:
    """(segment index, parameter u in [0, 1]) of every crossing of segments with the part's edges."""
    ne = len(part.x1)
    step = max(1, _CHUNK // max(ne, 1))
    segs, us = [], []
    ex0, ey0, ex1, ey1 = part.x1, part.y1, part.x2, part.y2
    emnx, emxx = np.minimum(ex0, ex1), np.maximum(ex0, ex1)
    emny, emxy = np.minimum(ey0, ey1), np.maximum(ey0, ey1)
    for s in range(0, len(sx0), step):
        a0, b0, a1, b1 = sx0[s : s + step], sy0[s : s + step], sx1[s : s + step], sy1[s : s + step]
        smnx, smxx = np.minimum(a0, a1)[:, None], np.maximum(a0, a1)[:, None]
        smny, smxy = np.minimum(b0, b1)[:, None], np.maximum(b0, b1)[:, None]
        hit = (smnx <= emxx) & (emnx <= smxx) & (smny <= emxy) & (emny <= smxy)
        si, ei = np.nonzero(hit)
        if len(si) == 0:
            continue
        dx, dy = a1[si] - a0[si], b1[si] - b0[si]
        fx, fy = ex1[ei] - ex0[ei], ey1[ei] - ey0[ei]
        den = dx * fy - dy * fx
        qx, qy = ex0[ei] - a0[si], ey0[ei] - b0[si]
        ok = den != 0
        with np.errstate(divide="ignore", invalid="ignore"):
            u = (qx * fy - qy * fx) / den
            v = (qx * dy - qy * dx) / den
        ok &= (u >= 0) & (u <= 1) & (v >= 0) & (v <= 1)
        segs.append(si[ok] + s)
        us.append(u[ok])
    if not segs:
        return np.zeros(0, int), np.zeros(0)
    return np.concatenate(segs), np.concatenate(us)


# ----------------------------------------------------------------------------------------------- index


class _TrackIndex:
    """Grid over fixes (CSR) + list of long segments, for one track."""

    def __init__(self, lon: np.ndarray, lat: np.ndarray, cell: float):
        self.cell = cell
        self.nx = int(math.ceil(360.0 / cell)) + 1
        self.ny = int(math.ceil(180.0 / cell)) + 1
        cx = np.floor((lon + 180.0) / cell).astype(np.int64)
        cy = np.floor((lat + 90.0) / cell).astype(np.int64)
        keys = cx * self.ny + cy
        self.order = np.argsort(keys, kind="stable")
        sk = keys[self.order]
        self.ukeys, self.starts = np.unique(sk, return_index=True)
        self.ends = np.append(self.starts[1:], len(sk))
        n = len(lon)
        if n > 1:
            dl = np.abs((np.diff(lon) + 180.0) % 360.0 - 180.0)
            dla = np.abs(np.diff(lat))
            self.long = np.nonzero((dl > cell) | (dla > cell))[0]
        else:
            self.long = np.zeros(0, int)

    def fixes_in(self, x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
        """Fix indices whose cell meets the box (lon may extend beyond +-180: wrapped)."""
        boxes = [(x0, x1)]
        if x0 < -180:
            boxes = [(-180.0, x1), (x0 + 360.0, 180.0)]
        elif x1 > 180:
            boxes = [(x0, 180.0), (-180.0, x1 - 360.0)]
        cy0 = int(math.floor((max(y0, -90.0) + 90.0) / self.cell))
        cy1 = int(math.floor((min(y1, 90.0) + 90.0) / self.cell))
        res = []
        for a, b in boxes:
            cx0 = int(math.floor((max(a, -180.0) + 180.0) / self.cell))
            cx1 = int(math.floor((min(b, 180.0) + 180.0) / self.cell))
            gx, gy = np.meshgrid(np.arange(cx0, cx1 + 1), np.arange(cy0, cy1 + 1), indexing="ij")
            want = (gx * self.ny + gy).ravel()
            pos = np.searchsorted(self.ukeys, want)
            pos = pos[pos < len(self.ukeys)]
            pos = pos[np.isin(self.ukeys[pos], want)]
            for p in pos:
                res.append(self.order[self.starts[p] : self.ends[p]])
        return np.concatenate(res) if res else np.zeros(0, int)


# ----------------------------------------------------------------------------------------------- main


def _interval(f0: np.ndarray, f1: np.ndarray, ua: np.ndarray, ub: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sub-interval of [ua, ub] where the linear function f(u) = f0 + (f1 - f0) u is >= 0 (empty: lo > hi)."""
    lo, hi = ua.copy(), ub.copy()
    d = f1 - f0
    with np.errstate(divide="ignore", invalid="ignore"):
        root = np.where(d != 0, -f0 / np.where(d != 0, d, 1.0), np.nan)
    inc = d > 0
    dec = d < 0
    flat = d == 0
    lo = np.where(inc, np.maximum(lo, root), lo)
    hi = np.where(dec, np.minimum(hi, root), hi)
    neg_flat = flat & (f0 < 0)
    lo = np.where(neg_flat, 1.0, lo)
    hi = np.where(neg_flat, 0.0, hi)
    # +-inf limits give NaN arithmetic: a limit at infinity never binds
    nan = ~np.isfinite(f0) | ~np.isfinite(f1)
    pos_inf = nan & ((f0 > 0) | (f1 > 0) | np.isnan(f0))
    lo = np.where(nan & pos_inf, ua, lo)
    hi = np.where(nan & pos_inf, ub, hi)
    return lo, hi


def flag_closures(
    tracks: list[Track],
    airspaces: list[Airspace],
    feedback=None,
    terrain: Callable[[np.ndarray, np.ndarray], np.ndarray] | None = None,
) -> FlagResult:
    """Flag every airspace against every track (see module doc for the model)."""
    flags = [ClosureFlag(i) for i in range(len(airspaces))]
    events: list[ClosureEvent] = []
    notes: list[str] = []
    parts = _parts(airspaces)
    if not parts or not tracks:
        return FlagResult(flags, events, notes)
    extents = np.array([max(p.bbox[2] - p.bbox[0], p.bbox[3] - p.bbox[1]) for p in parts])
    uses_agl = any("AGL" in (a.floor_ref, a.ceiling_ref) for a in airspaces)
    if uses_agl and terrain is None:
        notes.append(tr("AGL limits compared with the ground taken as 0 m MSL (no terrain model given)"))
    # per-closure accumulators: list of (t_a, t_b) for horizontal and violated pieces, and statuses
    acc: dict[int, dict] = {}
    total = len(tracks) * len(parts)
    done = 0
    for trk in tracks:
        lon = np.asarray(trk.lon, float)
        lat = np.asarray(trk.lat, float)
        t = np.asarray(trk.times, float)
        alt = np.asarray(trk.alt_m, float)
        ok = np.isfinite(lon) & np.isfinite(lat) & np.isfinite(t)
        if not ok.all():
            notes.append(
                tr(
                    "track {track_id}: {count} fix(es) without position or time ignored",
                    track_id=trk.track_id,
                    count=int((~ok).sum()),
                )
            )
        lon, lat, t, alt = lon[ok], lat[ok], t[ok], alt[ok]
        if len(lon) == 0:
            continue
        order = np.argsort(t, kind="stable")
        lon, lat, t, alt = lon[order], lat[order], t[order], alt[order]
        lon = (lon + 180.0) % 360.0 - 180.0
        if len(lon) == 1:  # a single fix: a zero-length segment
            lon, lat, t, alt = (np.repeat(v, 2) for v in (lon, lat, t, alt))
        if np.isnan(alt).any():
            notes.append(tr("track {track_id}: {count} fix(es) without altitude are treated as inside every "
                            "vertical band",
                            track_id=trk.track_id, count=int(np.isnan(alt).sum())))
        t, lon, lat, alt, _ = densify(t, lon, lat, alt, PATH_TOLERANCE_M)
        ground = np.zeros(len(lon))
        if uses_agl and terrain is not None:
            ground = _terrain(terrain, lon, lat)
        nseg = len(lon) - 1
        seglen = np.maximum(np.abs((np.diff(lon) + 180.0) % 360.0 - 180.0), np.abs(np.diff(lat)))
        cell = float(np.clip(max(np.median(extents), np.quantile(seglen, 0.999) if nseg else 0.0), 0.02, 10.0))
        index = _TrackIndex(lon, lat, cell)
        long_x0 = lon[index.long]
        long_x1 = long_x0 + ((lon[index.long + 1] - long_x0 + 180.0) % 360.0 - 180.0)
        long_mnx, long_mxx = np.minimum(long_x0, long_x1), np.maximum(long_x0, long_x1)
        long_mny = np.minimum(lat[index.long], lat[index.long + 1])
        long_mxy = np.maximum(lat[index.long], lat[index.long + 1])
        per_closure: dict[int, list] = {}
        for part in parts:
            done += 1
            if done % 200 == 0:
                check(feedback, 100.0 * done / total)
            x0, y0, x1, y1 = part.bbox
            fx = index.fixes_in(x0 - cell, y0 - cell, x1 + cell, y1 + cell)
            segs = np.concatenate([fx - 1, fx]) if len(fx) else np.zeros(0, int)
            if len(index.long):
                sel = np.zeros(len(index.long), bool)
                for sh in (-360.0, 0.0, 360.0):
                    sel |= (long_mnx + sh <= x1) & (long_mxx + sh >= x0) & (long_mny <= y1) & (long_mxy >= y0)
                segs = np.concatenate([segs, index.long[sel]])
            if len(segs) == 0:
                continue
            segs = np.unique(segs)
            segs = segs[(segs >= 0) & (segs < nseg)]
            if len(segs) == 0:
                continue
            pieces = _pieces(segs, lon, lat, part)
            if pieces is not None:
                per_closure.setdefault(part.closure, []).append(pieces)
        for k, plist in per_closure.items():
            pieces = tuple(np.concatenate([p[i] for p in plist]) for i in range(3))
            with np.errstate(invalid="ignore"):  # inf - inf for SFC/UNL limits is handled explicitly
                _accumulate(acc, k, trk, airspaces[k], pieces, lon, lat, t, alt, ground)
    # summarise
    for k, st in acc.items():
        _summarise(flags[k], st, airspaces[k], events, uses_agl and terrain is None)
    for ev_list in (events,):
        ev_list.sort(key=lambda e: (e.enter_time, e.airspace))
    return FlagResult(flags, events, notes)


def _terrain(terrain, lon, lat) -> np.ndarray:
    try:
        g = np.asarray(terrain(lon, lat), float)
        if g.shape != lon.shape:
            raise ValueError
    except Exception:  # noqa: BLE001 - a scalar-only terrain function: call it per fix
        g = np.array([float(terrain(float(x), float(y))) for x, y in zip(lon, lat)])
    return np.where(np.isfinite(g), g, 0.0)


def _pieces(segs: np.ndarray, lon, lat, part: _Part):
    """Inside sub-intervals (seg, ua, ub) of the candidate segments for one closure part."""
    ax = lon[segs]
    bx = ax + ((lon[segs + 1] - ax + 180.0) % 360.0 - 180.0)
    shift = 360.0 * np.round((part.cx - 0.5 * (ax + bx)) / 360.0)
    ax, bx = ax + shift, bx + shift
    ay, by = lat[segs], lat[segs + 1]
    x0, y0, x1, y1 = part.bbox
    near = (np.minimum(ax, bx) <= x1) & (np.maximum(ax, bx) >= x0) & (np.minimum(ay, by) <= y1) & (
        np.maximum(ay, by) >= y0
    )
    if not near.any():
        return None
    segs, ax, bx, ay, by = segs[near], ax[near], bx[near], ay[near], by[near]
    cs, cu = _crossings(ax, ay, bx, by, part)
    has = np.zeros(len(segs), bool)
    has[cs] = True
    out_s, out_a, out_b = [], [], []
    # segments without crossings: one state for the whole segment (midpoint decides: robust to touching)
    plain = np.nonzero(~has)[0]
    if len(plain):
        mid = _pip(0.5 * (ax[plain] + bx[plain]), 0.5 * (ay[plain] + by[plain]), part)
        sel = plain[mid]
        out_s.append(sel)
        out_a.append(np.zeros(len(sel)))
        out_b.append(np.ones(len(sel)))
    if len(cs):
        # sub-intervals between sorted crossing parameters, state from each midpoint
        ids = np.concatenate([cs, np.nonzero(has)[0], np.nonzero(has)[0]])
        us = np.concatenate([cu, np.zeros(has.sum()), np.ones(has.sum())])
        o = np.lexsort((us, ids))
        ids, us = ids[o], us[o]
        same = ids[1:] == ids[:-1]
        lo, hi, sid = us[:-1][same], us[1:][same], ids[:-1][same]
        keep = hi - lo > 1e-12
        lo, hi, sid = lo[keep], hi[keep], sid[keep]
        um = 0.5 * (lo + hi)
        inside = _pip(ax[sid] + um * (bx[sid] - ax[sid]), ay[sid] + um * (by[sid] - ay[sid]), part)
        out_s.append(sid[inside])
        out_a.append(lo[inside])
        out_b.append(hi[inside])
    s = np.concatenate(out_s) if out_s else np.zeros(0, int)
    if len(s) == 0:
        return None
    return segs[s], np.concatenate(out_a), np.concatenate(out_b)


def _limit_at(value: float, ref: str, ground: np.ndarray, is_floor: bool) -> np.ndarray:
    if ref == "SFC":
        return np.full(len(ground), -np.inf) if is_floor else ground.copy()
    if ref == "UNL":
        return np.full(len(ground), np.inf)
    if ref == "AGL":
        return ground + value
    return np.full(len(ground), float(value))


def _accumulate(acc, k, trk, a: Airspace, pieces, lon, lat, t, alt, ground) -> None:
    seg, ua, ub = pieces
    o = np.lexsort((ua, seg))
    seg, ua, ub = seg[o], ua[o], ub[o]
    t0, t1 = t[seg], t[seg + 1]
    dt = t1 - t0
    a0, a1 = alt[seg], alt[seg + 1]
    g0, g1 = ground[seg], ground[seg + 1]
    unknown_alt = ~np.isfinite(a0) | ~np.isfinite(a1)
    a0 = np.where(np.isfinite(a0), a0, np.where(np.isfinite(a1), a1, 0.0))
    a1 = np.where(np.isfinite(a1), a1, a0)
    f0 = a0 - _limit_at(a.floor_m, a.floor_ref, g0, True)
    f1 = a1 - _limit_at(a.floor_m, a.floor_ref, g1, True)
    c0 = _limit_at(a.ceiling_m, a.ceiling_ref, g0, False) - a0
    c1 = _limit_at(a.ceiling_m, a.ceiling_ref, g1, False) - a1
    flo, fhi = _interval(f0, f1, ua, ub)
    clo, chi = _interval(c0, c1, ua, ub)
    vlo, vhi = np.maximum(flo, clo), np.minimum(fhi, chi)
    vlo = np.where(unknown_alt, ua, vlo)
    vhi = np.where(unknown_alt, ub, vhi)
    # active window as parameters on each segment
    with np.errstate(divide="ignore", invalid="ignore"):
        if a.start_time is not None:
            us0 = np.where(dt > 0, (a.start_time - t0) / np.where(dt > 0, dt, 1.0), np.where(t0 >= a.start_time, -1, 2))
        else:
            us0 = np.full(len(seg), -np.inf)
        if a.end_time is not None:
            us1 = np.where(dt > 0, (a.end_time - t0) / np.where(dt > 0, dt, 1.0), np.where(t0 <= a.end_time, 2, -1))
        else:
            us1 = np.full(len(seg), np.inf)
    alo, ahi = np.maximum(ua, us0), np.minimum(ub, us1)
    viol_lo, viol_hi = np.maximum(vlo, alo), np.minimum(vhi, ahi)
    viol = viol_hi >= viol_lo
    viol &= (viol_hi > viol_lo) | (dt == 0) | (ub == ua)
    band = (vhi > vlo) | ((vhi >= vlo) & ((dt == 0) | (ub == ua)))
    active = ahi >= alo
    # vertical separation per piece (outside the band): distance at the piece ends, clipped to the closure's active
    # window where the piece is active (altitude is linear in time, so the least separation is at an end)
    ea, eb = np.where(active, alo, ua), np.where(active, ahi, ub)
    sep_above = np.minimum(-(c0 + (c1 - c0) * ea), -(c0 + (c1 - c0) * eb))  # alt - ceiling
    sep_below = np.minimum(f0 + (f1 - f0) * ea, f0 + (f1 - f0) * eb) * -1  # floor - alt
    above = ~band & (sep_above > 0)
    below = ~band & ~above
    st = acc.setdefault(k, {"h": [], "v": [], "band_inactive": False, "over": [], "under": [], "tracks": [],
                            "ev": []})  # fmt: skip
    if trk.track_id not in st["tracks"]:
        st["tracks"].append(trk.track_id)
    ta, tb = t0 + ua * dt, t0 + ub * dt
    st["h"].append((ta, tb))
    if viol.any():
        st["v"].append((t0[viol] + viol_lo[viol] * dt[viol], t0[viol] + viol_hi[viol] * dt[viol]))
    if (band & ~viol).any():
        st["band_inactive"] = True
    st["over"].append((sep_above[above], active[above]))
    st["under"].append((np.where(np.isfinite(sep_below[below]), sep_below[below], np.inf), active[below]))
    # events: merged horizontal passages of this track
    starts, ends, first_idx, last_idx = _merge(ta, tb, seg, ua, ub)
    vt = np.concatenate([st["v"][-1][0], st["v"][-1][1]]) if viol.any() else None
    for s_, e_, i0, i1 in zip(starts, ends, first_idx, last_idx):
        coords = [_pos(lon, lat, alt, t, seg[i0], ua[i0])]
        for j in range(seg[i0] + 1, seg[i1] + 1):
            coords.append((float(lon[j]), float(lat[j]), float(alt[j]), float(t[j])))
        coords.append(_pos(lon, lat, alt, t, seg[i1], ub[i1]))
        v = False
        if vt is not None:
            vs, ve = st["v"][-1]
            v = bool(np.any((vs <= e_ + _EPS_T) & (ve >= s_ - _EPS_T)))
        st["ev"].append(ClosureEvent(k, trk.track_id, float(s_), float(e_), coords, v))


def _pos(lon, lat, alt, t, s, u) -> tuple[float, float, float, float]:
    dl = (lon[s + 1] - lon[s] + 180.0) % 360.0 - 180.0
    x = (lon[s] + u * dl + 180.0) % 360.0 - 180.0
    y = lat[s] + u * (lat[s + 1] - lat[s])
    a = alt[s] + u * (alt[s + 1] - alt[s])
    return float(x), float(y), float(a), float(t[s] + u * (t[s + 1] - t[s]))


def _merge(ta, tb, seg=None, ua=None, ub=None):
    """Merge touching/overlapping time intervals (sorted by start). Returns starts, ends, first/last index."""
    if len(ta) == 0:
        return [], [], [], []
    o = np.argsort(ta, kind="stable")
    ta, tb = ta[o], tb[o]
    cummax = np.maximum.accumulate(tb)
    brk = np.nonzero(ta[1:] > cummax[:-1] + _EPS_T)[0]
    first = np.concatenate([[0], brk + 1])
    last = np.concatenate([brk, [len(ta) - 1]])
    starts = ta[first]
    ends = np.array([cummax[i] for i in last])
    return starts, ends, o[first], o[last] if len(o) else last


def _summarise(flag: ClosureFlag, st: dict, a: Airspace, events: list, agl_assumed: bool) -> None:
    flag.track_ids = list(st["tracks"])
    h_a = np.concatenate([x[0] for x in st["h"]])
    h_b = np.concatenate([x[1] for x in st["h"]])
    hs, he, _, _ = _merge(h_a, h_b)
    if st["v"]:
        v_a = np.concatenate([x[0] for x in st["v"]])
        v_b = np.concatenate([x[1] for x in st["v"]])
        vs, ve, _, _ = _merge(v_a, v_b)
        flag.status = "violated"
        flag.first_entry, flag.last_exit = float(vs[0]), float(ve[-1])
        flag.inside_s = float(np.sum(np.asarray(ve) - np.asarray(vs)))
        flag.entries = len(vs)
    else:
        flag.first_entry, flag.last_exit = float(hs[0]), float(he[-1])
        flag.inside_s = float(np.sum(np.asarray(he) - np.asarray(hs)))
        flag.entries = len(hs)
        over = np.concatenate([x[0] for x in st["over"]]) if st["over"] else np.zeros(0)
        over_act = np.concatenate([x[1] for x in st["over"]]) if st["over"] else np.zeros(0, bool)
        under = np.concatenate([x[0] for x in st["under"]]) if st["under"] else np.zeros(0)
        under_act = np.concatenate([x[1] for x in st["under"]]) if st["under"] else np.zeros(0, bool)
        if st["band_inactive"]:
            flag.status = "inactive at passage"
            flag.min_vertical_sep_m = 0.0
        else:
            o_min = float(over[over_act].min()) if over_act.any() else math.inf
            u_min = float(under[under_act].min()) if under_act.any() else math.inf
            if not math.isfinite(min(o_min, u_min)):  # no active piece: judge on all pieces
                o_min = float(over.min()) if len(over) else math.inf
                u_min = float(under.min()) if len(under) else math.inf
            flag.status = "passed over" if o_min <= u_min else "passed under"
            m = min(o_min, u_min)
            flag.min_vertical_sep_m = m if math.isfinite(m) else None
    if agl_assumed and "AGL" in (a.floor_ref, a.ceiling_ref):
        flag.note = "AGL limit: ground taken as 0 m MSL (no terrain model)"
    events.extend(st["ev"])
