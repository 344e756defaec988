"""The uncertainty cone's outline: the union of the uncertainty circles along a forecast, as a MultiPolygon."""

from __future__ import annotations

import math

import numpy as np

from ..geodesy import GEOD, local_radius, point_in_ring, signed_area, to_multipolygon, unit_vectors, unwrap_lon
from ..model import MultiPolygon
from .models import Forecast


def _densify(fc: Forecast, tol: float, floor: float, max_circles: int = 6000):
    """Centres and radii along the forecast, close enough that the union of circles departs from the swept
    'tube' by at most ``tol`` (the waist between two circles r apart by s is about s^2 / 8r)."""
    lon, lat = fc.lon, fc.lat
    r = np.maximum(np.nan_to_num(fc.radius_m, nan=floor), floor)
    if len(lon) == 1:
        return lon.copy(), lat.copy(), r.copy()
    az, _, dist = GEOD.inv(lon[:-1], lat[:-1], lon[1:], lat[1:])
    az, dist = np.asarray(az), np.asarray(dist)
    spacing = np.sqrt(8.0 * np.minimum(r[:-1], r[1:]) * tol)
    counts = np.maximum(1, np.ceil(dist / spacing)).astype(int)
    total = int(counts.sum())
    if total > max_circles:  # keep the work bounded: coarser spacing, the waist error grows accordingly
        counts = np.maximum(1, np.ceil(counts * max_circles / total)).astype(int)
    seg = np.repeat(np.arange(len(dist)), counts)
    frac = np.concatenate([np.arange(c) / c for c in counts])
    clon, clat, _ = GEOD.fwd(lon[seg], lat[seg], az[seg], dist[seg] * frac)
    cr = r[seg] + frac * (r[seg + 1] - r[seg])
    return (np.append(np.asarray(clon), lon[-1]), np.append(np.asarray(clat), lat[-1]), np.append(cr, r[-1]))


def _uncovered_intervals(covered: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Complement in [0, 360) of a union of azimuth intervals (start, end) with end > start, any start."""
    pieces = []
    for a, b in covered:
        if b - a >= 360.0:
            return []
        a0 = a % 360.0
        b0 = a0 + (b - a)
        if b0 > 360.0:
            pieces += [(a0, 360.0), (0.0, b0 - 360.0)]
        else:
            pieces.append((a0, b0))
    pieces.sort()
    merged: list[list[float]] = []
    for a, b in pieces:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    gaps = []
    prev = 0.0
    for a, b in merged:
        if a > prev:
            gaps.append((prev, a))
        prev = max(prev, b)
    if prev < 360.0:
        gaps.append((prev, 360.0))
    # join the gap ending at 360 with the one starting at 0 (same arc across north)
    if len(gaps) >= 2 and gaps[0][0] == 0.0 and gaps[-1][1] == 360.0:
        first = gaps.pop(0)
        last = gaps.pop()
        gaps.append((last[0], 360.0 + first[1]))
    return gaps


def cone_polygon(forecast: Forecast, tolerance_m: float = 100.0) -> MultiPolygon:
    """Outline of the union of the uncertainty circles along the forecast, as a MultiPolygon (EPSG:4326).

    Method: circles are placed densely enough along the centre line that their union follows the swept cone
    within ``tolerance_m``; for each circle the arcs not covered by any other circle are found exactly
    (intersection azimuths from the spherical law of cosines on geodesic distances, local Gaussian radius),
    sampled with ``Geod.fwd`` so no chord departs from its circle by more than ``tolerance_m``, and chained
    into rings (outer boundary + holes where the track loops). Rings are split at the antimeridian.
    """
    if len(forecast) == 0:
        return []
    tol = max(float(tolerance_m), 1e-3)
    floor = 2.0 * tol
    clon, clat, cr = _densify(forecast, tol, floor)
    n = len(clon)
    xyz = unit_vectors(clon, clat)
    arcs = []  # (circle index, az_start, az_end)
    for i in range(n):
        # cheap spherical prefilter, exact geodesics for the candidates
        chord = np.linalg.norm(xyz - xyz[i], axis=1)
        d_approx = 2.0 * 6371008.8 * np.arcsin(np.clip(chord / 2.0, 0, 1))
        cand = np.nonzero(d_approx < (cr[i] + cr) * 1.01 + 10.0)[0]
        cand = cand[cand != i]
        covered = []
        full = False
        if len(cand):
            az, _, d = GEOD.inv(np.full(len(cand), clon[i]), np.full(len(cand), clat[i]), clon[cand], clat[cand])
            az, d = np.atleast_1d(az), np.atleast_1d(d)
            earth_r = local_radius(clat[i])
            ri = cr[i]
            for j, azj, dj in zip(cand, az, d):
                rj = cr[j]
                eps = 1e-7 * max(ri, rj)
                slack = dj + ri - rj
                if slack < -eps or (abs(slack) <= eps and j < i):
                    full = True
                    break
                if dj >= ri + rj or dj + rj <= ri or dj <= eps:
                    continue
                a_, b_, c_ = ri / earth_r, rj / earth_r, dj / earth_r
                cosg = (math.cos(b_) - math.cos(a_) * math.cos(c_)) / (math.sin(a_) * math.sin(c_))
                g = math.degrees(math.acos(max(-1.0, min(1.0, cosg))))
                covered.append((azj - g, azj + g))
        if full:
            continue
        for a0, b0 in _uncovered_intervals(covered):
            arcs.append((i, a0, b0))
    if not arcs:
        return []
    # arc end points, then chain: each arc continues with the arc that starts where it ends
    starts = np.array([[clon[i], clat[i], a] for i, a, _ in arcs])
    ends = np.array([[clon[i], clat[i], b] for i, _, b in arcs])
    radii = np.array([cr[i] for i, _, _ in arcs])
    slon, slat, _ = GEOD.fwd(starts[:, 0], starts[:, 1], starts[:, 2], radii)
    elon, elat, _ = GEOD.fwd(ends[:, 0], ends[:, 1], ends[:, 2], radii)
    sx, ex = unit_vectors(np.asarray(slon), np.asarray(slat)), unit_vectors(np.asarray(elon), np.asarray(elat))
    nxt = np.empty(len(arcs), int)
    for k0 in range(0, len(arcs), 512):
        dmat = np.linalg.norm(ex[k0 : k0 + 512, None, :] - sx[None, :, :], axis=2)
        nxt[k0 : k0 + 512] = np.argmin(dmat, axis=1)
    used = np.zeros(len(arcs), bool)
    rings = []
    junction_gap: list[float] = []
    prev = -1
    for s0 in range(len(arcs)):
        if used[s0]:
            continue
        pts_lon, pts_lat = [], []
        k = s0
        while not used[k]:
            used[k] = True
            i, a0, b0 = arcs[k]
            step = 2.0 * math.degrees(math.acos(max(-1.0, 1.0 - tol / cr[i])))
            m = max(1, int(math.ceil((b0 - a0) / max(step, 1e-3))))
            azs = np.linspace(a0, b0, m + 1)
            plon, plat, _ = GEOD.fwd(np.full(m + 1, clon[i]), np.full(m + 1, clat[i]), azs, np.full(m + 1, cr[i]))
            plon, plat = np.asarray(plon), np.asarray(plat)
            if pts_lon:
                # the junction: this arc's start and the previous arc's end are the same intersection computed
                # from two circles (metres apart at most); one midpoint avoids a zigzag there
                jx = pts_lon[-1] + ((plon[0] - pts_lon[-1] + 180.0) % 360.0 - 180.0)
                pts_lon[-1] = 0.5 * (pts_lon[-1] + jx)
                pts_lat[-1] = 0.5 * (pts_lat[-1] + plat[0])
                junction_gap.append(float(np.linalg.norm(ex[prev] - sx[k])) * 6371008.8)
            pts_lon.extend(plon[1:].tolist() if pts_lon else plon.tolist())
            pts_lat.extend(plat[1:].tolist() if len(pts_lat) else plat.tolist())
            prev = k
            k = int(nxt[k])
        if pts_lon and k == s0 and len(pts_lon) > 1:
            # closing junction: last point (end of the last arc) and the first (start of the first arc)
            jx = pts_lon[0] + ((pts_lon[-1] - pts_lon[0] + 180.0) % 360.0 - 180.0)
            pts_lon[0] = 0.5 * (pts_lon[0] + jx)
            pts_lat[0] = 0.5 * (pts_lat[0] + pts_lat[-1])
            pts_lon.pop()
            pts_lat.pop()
        if len(pts_lon) >= 3:
            rings.append((np.array(pts_lon), np.array(pts_lat)))
    return _assemble(rings)


def _assemble(rings: list[tuple[np.ndarray, np.ndarray]]) -> MultiPolygon:
    """Group traced rings into polygons (traced clockwise = outer, counter-clockwise = hole) and split them
    at the antimeridian."""
    outers, holes = [], []
    for x, y in rings:
        xu = unwrap_lon(x)
        sweep = xu[-1] + ((xu[0] - xu[-1] + 180.0) % 360.0 - 180.0) - xu[0]
        if abs(sweep) > 180.0:
            # encloses a pole: geodesy.to_multipolygon wants the interior on the left of travel; ours is on
            # the right (traced clockwise), so reverse it
            outers.append((xu[::-1].copy(), y[::-1].copy()))
        else:
            (outers if signed_area(xu, y) < 0 else holes).append((xu, y))
    polys = [[o] for o in outers]
    for hx, hy in holes:
        for poly in polys:
            ox, oy = poly[0]
            shift = 360.0 * round((float(np.mean(ox)) - float(np.mean(hx))) / 360.0)
            if point_in_ring(float(hx[0] + shift), float(hy[0]), ox, oy):
                poly.append((hx + shift, hy))
                break
    out: MultiPolygon = []
    for poly in polys:
        rings_xy = [list(zip(rx.tolist(), ry.tolist())) for rx, ry in poly]
        out.extend(to_multipolygon(rings_xy))
    return out


