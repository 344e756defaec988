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

Modules: ``ellipsoid`` (the one ``GEOD``, array helpers), ``curves`` (circles, arcs, geodesic segments),
``polygons`` (antimeridian/pole splitting, areas), ``buffers`` (geodesic buffers).
"""

from __future__ import annotations

from .buffers import buffer_geometry, buffer_points
from .curves import SAFETY, arc_points, circle_ring, geodesic_segment
from .ellipsoid import GEOD, M_MIN, fwd, inv, local_radius, norm_lon, unit_vectors, unwrap_lon
from .polygons import densify_lonlat, point_in_ring, polygon_area_m2, signed_area, to_multipolygon

__all__ = [
    "GEOD", "M_MIN", "SAFETY", "arc_points", "buffer_geometry", "buffer_points", "circle_ring", "densify_lonlat",
    "fwd", "geodesic_segment", "inv", "local_radius", "norm_lon", "point_in_ring", "polygon_area_m2",
    "signed_area", "to_multipolygon", "unit_vectors", "unwrap_lon",
]
