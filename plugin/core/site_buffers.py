"""Geodesic buffers around sites at one or more distances, and the rings (donuts) between successive ones.

The geometry comes from ``geodesy``: point sites in one batch (``buffer_points`` groups them by distance and
latitude band), lines and polygons as overlapping pieces (``buffer_geometry``) that the caller dissolves.
Unions and differences of polygons are left to the caller (in QGIS: GEOS), so this module stays pure.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .feedback import SubFeedback, check
from .geodesy import buffer_geometry, buffer_points
from .messages import tr
from .model import MultiPolygon


@dataclass
class BufferSite:
    """One site to buffer: ``kind`` point/line/polygon, its parts in core form ((lon, lat) for points,
    [(lon, lat), ...] for lines, [outer, holes...] for polygons), its distances (m) and a label for messages."""

    kind: str
    parts: list
    radii: list[float]
    label: str = ""


@dataclass
class SiteBuffers:
    """Buffers per (site index, distance): ``discs`` for point sites as (lon, lat, disc) per point part,
    ``pieces`` for lines and polygons (overlapping; their union is the buffer). ``skipped``: 'label: reason'."""

    discs: dict[tuple[int, float], list[tuple[float, float, MultiPolygon]]] = field(default_factory=dict)
    pieces: dict[tuple[int, float], list] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)


def coordinates_in_range(parts) -> bool:
    """True when every coordinate is finite, latitudes within +-90 and longitudes within +-540 (unwrapped)."""
    arr = np.array(list(_flatten(parts)), dtype=float).reshape(-1, 2)
    return (bool(len(arr)) and bool(np.isfinite(arr).all()) and bool((np.abs(arr[:, 1]) <= 90.0).all())
            and bool((np.abs(arr[:, 0]) <= 540.0).all()))  # fmt: skip


def _flatten(obj):
    if isinstance(obj, tuple) and len(obj) == 2 and not isinstance(obj[0], (list, tuple)):
        yield obj
    else:
        for item in obj:
            yield from _flatten(item)


def buffer_sites(sites: list[BufferSite], tolerance_m: float, feedback=None) -> SiteBuffers:
    """Every site at every one of its distances. A line or polygon the geodesy refuses (e.g. a segment passing
    within the distance of a pole) is skipped at that distance and the larger ones, with its reason."""
    out = SiteBuffers()
    pts = [(i, p, r) for i, s in enumerate(sites) if s.kind == "point" for p in range(len(s.parts)) for r in s.radii]
    if pts:
        lon = np.array([sites[i].parts[p][0] for i, p, _ in pts], dtype=float)
        lat = np.array([sites[i].parts[p][1] for i, p, _ in pts], dtype=float)
        rad = np.array([r for _, _, r in pts], dtype=float)
        polys = buffer_points(lon, lat, rad, tolerance_m, feedback=SubFeedback(feedback, 0.0, 50.0))
        for (i, _p, r), mp, x, y in zip(pts, polys, lon, lat):
            out.discs.setdefault((i, r), []).append((float(x), float(y), mp))
    shapes = [i for i, s in enumerate(sites) if s.kind != "point"]
    for n, i in enumerate(shapes):
        site = sites[i]
        for r in site.radii:
            check(feedback, 50.0 + 50.0 * n / len(shapes))
            try:
                pieces = []
                for part in site.parts:
                    pieces.extend(buffer_geometry(site.kind, part, r, tolerance_m))
            except ValueError as exc:
                out.skipped.append(tr("{site}: {reason}", site=site.label, reason=exc))
                break
            out.pieces[(i, r)] = pieces
    check(feedback, 100.0)
    return out


def rings(radii: list[float], donuts: bool) -> list[tuple[float, float | None]]:
    """(outer distance, inner distance or None) of each buffer to draw from a site's sorted distances: full
    discs, or with ``donuts`` the ring between each distance and the one before it."""
    ordered = sorted(radii)
    return [(r, ordered[k - 1] if donuts and k > 0 else None) for k, r in enumerate(ordered)]
