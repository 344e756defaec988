"""The WGS 84 ellipsoid and array helpers every geodesic computation shares (one ``GEOD`` for the plugin)."""

from __future__ import annotations

import math

import numpy as np
import pyproj


class _Geod(pyproj.Geod):
    """pyproj's Geod, with arrays of one element kept arrays.

    pyproj 3.5+ tries a scalar fast path first, calling float() on every input: on an array of one element that
    works (the result comes back as floats, not arrays) and NumPy 1.25+ warns that it will stop working, after which
    pyproj falls back to arrays. Here such inputs go as floats and come back as arrays of their broadcast shape, the
    same on every pyproj and NumPy (Debian 12 to sid) and without the warning.
    """

    def fwd(self, lons, lats, az, dist, *args, **kwargs):
        return self._one_element(super().fwd, (lons, lats, az, dist), args, kwargs)

    def inv(self, lons1, lats1, lons2, lats2, *args, **kwargs):
        return self._one_element(super().inv, (lons1, lats1, lons2, lats2), args, kwargs)

    @staticmethod
    def _one_element(call, values, args, kwargs):
        if not any(isinstance(v, np.ndarray) and v.ndim > 0 and v.size == 1 for v in values) or \
                not all(np.size(v) == 1 for v in values):
            return call(*values, *args, **kwargs)
        shape = np.broadcast_shapes(*(np.shape(v) for v in values))
        out = call(*(float(np.asarray(v, dtype=float).reshape(-1)[0]) for v in values), *args, **kwargs)
        return tuple(np.full(shape, r, dtype=float) for r in out)


GEOD = _Geod(ellps="WGS84")
M_MIN = GEOD.a * (1.0 - GEOD.es)  # smallest radius of curvature on WGS 84 (meridional, at the equator)


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



def inv(lon1, lat1, lon2, lat2) -> tuple[np.ndarray, np.ndarray]:
    """Forward azimuth (deg) and geodesic distance (m) between arrays of points."""
    a, _, d = GEOD.inv(
        np.ascontiguousarray(lon1, float), np.ascontiguousarray(lat1, float),
        np.ascontiguousarray(lon2, float), np.ascontiguousarray(lat2, float),
    )
    return np.asarray(a), np.asarray(d)


def fwd(lon, lat, az, dist) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """End points of geodesics (arrays) and the direction of travel there (deg)."""
    x, y, back = GEOD.fwd(
        np.ascontiguousarray(lon, float), np.ascontiguousarray(lat, float),
        np.ascontiguousarray(az, float), np.ascontiguousarray(dist, float),
    )
    return np.asarray(x), np.asarray(y), np.asarray(back) + 180.0


def norm_lon(lon) -> np.ndarray:
    """Longitudes in [-180, 180); values already there are kept bit for bit."""
    lon = np.asarray(lon, dtype=float)
    return np.where((lon >= -180.0) & (lon < 180.0), lon, (lon + 180.0) % 360.0 - 180.0)


def unit_vectors(lon, lat) -> np.ndarray:
    """3D unit vectors (x, y, z) of geodetic lon/lat taken as spherical, shape (..., 3)."""
    lo, la = np.radians(lon), np.radians(lat)
    c = np.cos(la)
    return np.stack([c * np.cos(lo), c * np.sin(lo), np.sin(la)], axis=-1)


def local_radius(lat_deg: float) -> float:
    """Gaussian mean radius of curvature of WGS 84 at a latitude (m)."""
    e2 = GEOD.es
    s2 = math.sin(math.radians(lat_deg)) ** 2
    return GEOD.a * math.sqrt(1 - e2) / (1 - e2 * s2)
