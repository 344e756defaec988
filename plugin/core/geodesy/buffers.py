"""Geodesic buffers of points (batched), lines and polygons."""

from __future__ import annotations

import math
from typing import Sequence

import numpy as np

from ..messages import tr
from ..model import MultiPolygon
from .curves import (
    _MAX_ROUNDS,
    _T,
    SAFETY,
    _arc_azimuths,
    _cubic_max,
    _refine_params,
    _split_counts,
    circle_ring,
    geodesic_segment,
)
from .ellipsoid import GEOD, unwrap_lon
from .polygons import to_multipolygon


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
    from ..feedback import check

    lon = np.atleast_1d(np.asarray(lons, dtype=float))
    lat = np.atleast_1d(np.asarray(lats, dtype=float))
    dist = np.broadcast_to(np.asarray(distances_m, dtype=float), lon.shape).copy()
    if lat.shape != lon.shape:
        raise ValueError(tr("lons and lats differ in length"))
    if not (np.isfinite(lon).all() and np.isfinite(lat).all() and (np.abs(lat) <= 90).all()):
        raise ValueError(tr("coordinates must be finite, latitudes within [-90, 90]"))
    if not (np.isfinite(dist).all() and (dist > 0).all()):
        raise ValueError(tr("buffer distances must be positive"))
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
        raise ValueError(tr("buffer distance must be a positive number of metres"))
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
        raise ValueError(tr("unknown geometry type '{geom_type}'", geom_type=geom_type))
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
            raise ValueError(tr("a line segment passes within the buffer distance of a pole: not supported"))
