"""Tracks the tests share, built with pyproj ``Geod`` (the plugin's instance: a subclass that only keeps arrays of
one element arrays; no plugin geodesy). Fixes as (lon, lat, t, alt).

Pure Python: tests/core use it too. QGIS layers built from these fixes are in ``layer_builders``.
"""

from __future__ import annotations

import numpy as np
from osgeo import gdal

from balloon_watch.plugin.core.geodesy import ellipsoid as geodesy_ellipsoid
from balloon_watch.plugin.core.model import Track

# pyproj on WGS 84; the plugin's instance keeps one-element arrays arrays (pyproj 3.7 warns under NumPy 2 otherwise)
GEOD = geodesy_ellipsoid.GEOD
T0 = 1675296000.0  # 2023-02-02T00:00:00Z
EPOCH_1900 = -2208988800.0  # the epoch of ERA5 time axes ("hours since 1900-01-01")


def geodesic_arrays(lon0=-120.0, lat0=45.0, az=60.0, speed=20.0, n=25, step_s=600.0, alt=20000.0, vrate=0.0,
                    t0=T0) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(lon, lat, t, alt) of an object moving at constant ``speed`` (m/s) along the geodesic from (lon0, lat0)
    at azimuth ``az``, one fix every ``step_s`` seconds, climbing at ``vrate`` m/s."""
    t = t0 + np.arange(n) * step_s
    lon, lat, _ = GEOD.fwd(np.full(n, lon0), np.full(n, lat0), np.full(n, az), speed * (t - t[0]))
    return np.asarray(lon), np.asarray(lat), t, alt + vrate * (t - t[0])


def geodesic_track(track_id="syn", **kw) -> Track:
    """A core Track of :func:`geodesic_arrays`."""
    lon, lat, t, alt = geodesic_arrays(**kw)
    return Track(track_id, lon, lat, t, alt)


def geodesic_fixes(**kw) -> list[tuple[float, float, float, float]]:
    """:func:`geodesic_arrays` as a list of (lon, lat, t, alt) fixes (the order every builder here uses)."""
    return [tuple(float(v) for v in row) for row in zip(*geodesic_arrays(**kw))]


def write_netcdf(path, times_h, levels, lats, lons, u, v, level_units="millibars", wind_units="m s**-1") -> str:
    """CF NetCDF in the ERA5 layout: u/v(time, level, latitude, longitude), hours since 1900, written by GDAL."""
    ds = gdal.GetDriverByName("netCDF").CreateMultiDimensional(str(path))
    rg = ds.GetRootGroup()
    f64 = gdal.ExtendedDataType.Create(gdal.GDT_Float64)
    string = gdal.ExtendedDataType.CreateString()
    dims = []
    for name, vals, units in (("time", times_h, "hours since 1900-01-01 00:00:00.0"), ("level", levels, level_units),
                              ("latitude", lats, "degrees_north"), ("longitude", lons, "degrees_east")):
        d = rg.CreateDimension(name, None, None, len(vals))
        var = rg.CreateMDArray(name, [d], f64)
        var.Write(np.asarray(vals, dtype=float))
        var.CreateAttribute("units", [], string).Write(units)
        dims.append(d)
    for name, arr in (("u", u), ("v", v)):
        var = rg.CreateMDArray(name, dims, gdal.ExtendedDataType.Create(gdal.GDT_Float32))
        var.Write(np.asarray(arr, dtype=np.float32))
        var.CreateAttribute("units", [], string).Write(wind_units)
    ds = None
    return str(path)
