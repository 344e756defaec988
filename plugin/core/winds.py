"""Gridded winds on pressure levels: the standard atmosphere, reading GRIB2/NetCDF through GDAL, sampling.

A :class:`WindField` holds eastward (``u``) and northward (``v``) wind in m/s on a regular latitude/longitude
grid at isobaric levels, indexed ``[time, level, lat, lon]``. Sampling is linear in time, linear in
log-pressure between levels and bilinear in latitude/longitude; a query outside the grid raises
:class:`CoverageError` naming what is missing (area, time or altitude) so the analyst knows which file to fetch.

Altitude -> pressure uses the ICAO/US 1976 standard atmosphere (geometric altitude converted to geopotential
with r0 = 6 356 766 m). Real pressure at a given altitude differs from the standard atmosphere by a few
percent (a few hundred metres at 18 km), which is small against the vertical scale of stratospheric winds.

GDAL (``osgeo``) is imported inside :func:`read_wind_grid` only, so this module stays importable without it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone

import numpy as np

from .errors import BalloonWatchError, InputError
from .messages import plain, tr

R0_GEOPOTENTIAL = 6356766.0  # m, US 1976 standard atmosphere
_GMR = 9.80665 * 0.0289644 / 8.3144598  # g0 * M / R*, K/m
# (geopotential base height m, base temperature K, lapse rate K/m, base pressure Pa)
_ISA_LAYERS = (
    (0.0, 288.15, -0.0065, 101325.0),
    (11000.0, 216.65, 0.0, 22632.06),
    (20000.0, 216.65, 0.001, 5474.889),
    (32000.0, 228.65, 0.0028, 868.0187),
    (47000.0, 270.65, 0.0, 110.9063),
    (51000.0, 270.65, -0.0028, 66.93887),
    (71000.0, 214.65, -0.002, 3.956420),
)
MAX_PLAUSIBLE_WIND = 250.0  # m/s: anything faster means wrong units or a wrong variable


class CoverageError(BalloonWatchError):
    """The wind grid does not cover a requested place, time or altitude."""


def isa_pressure_hpa(alt_m: float | np.ndarray) -> np.ndarray:
    """Standard-atmosphere pressure (hPa) at geometric altitude(s) above mean sea level (valid to 84 km)."""
    h = np.asarray(alt_m, dtype=float)
    hg = R0_GEOPOTENTIAL * h / (R0_GEOPOTENTIAL + h)
    p = np.full(hg.shape, np.nan)
    for i, (hb, tb, lapse, pb) in enumerate(_ISA_LAYERS):
        top = _ISA_LAYERS[i + 1][0] if i + 1 < len(_ISA_LAYERS) else 84852.0
        sel = (hg >= hb) & (hg < top) if i else (hg < top)
        if lapse == 0.0:
            p[sel] = pb * np.exp(-_GMR * (hg[sel] - hb) / tb)
        else:
            p[sel] = pb * (tb / (tb + lapse * (hg[sel] - hb))) ** (_GMR / lapse)
    return p / 100.0


def isa_altitude_m(p_hpa: float | np.ndarray) -> np.ndarray:
    """Geometric altitude (m) of a pressure (hPa) in the standard atmosphere (inverse of isa_pressure_hpa)."""
    p = np.asarray(p_hpa, dtype=float) * 100.0
    hg = np.full(p.shape, np.nan)
    for i, (hb, tb, lapse, pb) in enumerate(_ISA_LAYERS):
        p_top = _ISA_LAYERS[i + 1][3] if i + 1 < len(_ISA_LAYERS) else 0.0
        sel = (p <= pb) & (p > p_top) if i else (p > p_top)
        if lapse == 0.0:
            hg[sel] = hb - tb * np.log(p[sel] / pb) / _GMR
        else:
            hg[sel] = hb + tb / lapse * ((pb / p[sel]) ** (lapse / _GMR) - 1.0)
    return R0_GEOPOTENTIAL * hg / (R0_GEOPOTENTIAL - hg)


@dataclass
class WindField:
    """Wind on pressure levels. ``u``/``v`` in m/s, shape ``[time, level, lat, lon]``.

    ``times`` epoch s UTC (increasing), ``levels_hpa`` any order, ``lats``/``lons`` degrees, increasing after
    construction (the arrays are reordered if given decreasing). Longitudes may be 0..360 or -180..180.
    """

    times: np.ndarray
    levels_hpa: np.ndarray
    lats: np.ndarray
    lons: np.ndarray
    u: np.ndarray
    v: np.ndarray
    source: str = ""
    notes: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.times = np.atleast_1d(np.asarray(self.times, dtype=float))
        self.levels_hpa = np.atleast_1d(np.asarray(self.levels_hpa, dtype=float))
        self.lats = np.atleast_1d(np.asarray(self.lats, dtype=float))
        self.lons = np.atleast_1d(np.asarray(self.lons, dtype=float))
        self.u = np.asarray(self.u, dtype=float)
        self.v = np.asarray(self.v, dtype=float)
        shape = (len(self.times), len(self.levels_hpa), len(self.lats), len(self.lons))
        for name in ("u", "v"):
            if getattr(self, name).shape != shape:
                raise InputError(
                    tr(
                        "wind component '{name}' has shape {shape}, expected {shape2} (time, level, lat, lon)",
                        name=name,
                        shape=getattr(self, name).shape,
                        shape2=shape,
                    ),
                    self.source,
                )
        # sort every axis increasing so sampling can use searchsorted
        for axis, name in enumerate(("times", "levels_hpa", "lats", "lons")):
            coord = getattr(self, name)
            if not np.all(np.isfinite(coord)):
                raise InputError(tr("the grid's {name} contain missing values", name=name), self.source)
            order = np.argsort(coord, kind="stable")
            if np.any(np.diff(coord[order]) == 0):
                raise InputError(tr("the grid's {name} contain duplicates", name=name), self.source)
            if not np.array_equal(order, np.arange(len(coord))):
                setattr(self, name, coord[order])
                self.u = np.take(self.u, order, axis=axis)
                self.v = np.take(self.v, order, axis=axis)
        if np.any(self.levels_hpa <= 0):
            raise InputError(tr("pressure levels must be positive (hPa)"), self.source)
        if self.lats[0] < -90.0001 or self.lats[-1] > 90.0001:
            raise InputError(tr("latitudes outside -90..90"), self.source)
        finite = np.isfinite(self.u) & np.isfinite(self.v)
        if finite.any():
            vmax = float(np.max(np.hypot(self.u[finite], self.v[finite])))
            if vmax > MAX_PLAUSIBLE_WIND:
                raise InputError(
                    tr(
                        "wind speeds up to {vmax:.0f} m/s are implausible: check the units (m/s expected) and "
                        "that u/v are wind components",
                        vmax=vmax,
                    ),
                    self.source,
                )

    # ---------------------------------------------------------------- geometry of the grid
    @property
    def is_global_lon(self) -> bool:
        """True when the longitudes wrap around the globe (the last column neighbours the first)."""
        if len(self.lons) < 2:
            return False
        step = float(np.median(np.diff(self.lons)))
        return self.lons[-1] - self.lons[0] + step >= 360.0 - 1e-6

    def describe(self) -> str:
        def fmt_t(t: float) -> str:
            return datetime.fromtimestamp(t, tz=timezone.utc).strftime("%Y-%m-%d %H:%MZ")

        return tr("times {t0}..{t1}, levels {p0:g}..{p1:g} hPa, lat {lat0:g}..{lat1:g}, lon {lon0:g}..{lon1:g}",
                  t0=fmt_t(self.times[0]), t1=fmt_t(self.times[-1]), p0=self.levels_hpa.max(),
                  p1=self.levels_hpa.min(), lat0=self.lats[0], lat1=self.lats[-1], lon0=self.lons[0],
                  lon1=self.lons[-1])

    # ---------------------------------------------------------------- sampling
    def sample(self, lon, lat, t, alt_m) -> tuple[np.ndarray, np.ndarray]:
        """Wind (u, v) m/s at points (arrays broadcast together). Raises CoverageError outside the grid."""
        lon, lat, t, alt = np.broadcast_arrays(*(np.asarray(a, dtype=float) for a in (lon, lat, t, alt_m)))
        shape_out = lon.shape
        lon, lat, t, alt = (a.ravel() for a in (lon, lat, t, alt))
        it, wt = self._time_weights(t)
        il, wl = self._level_weights(alt)
        iy, wy = self._lat_weights(lat)
        ix0, ix1, wx = self._lon_weights(lon)
        u = np.zeros(len(lon))
        v = np.zeros(len(lon))
        for dt_, a in ((0, 1.0 - wt), (1, wt)):
            ti = np.minimum(it + dt_, len(self.times) - 1)
            for dl, b in ((0, 1.0 - wl), (1, wl)):
                li = np.minimum(il + dl, len(self.levels_hpa) - 1)
                for dy, c in ((0, 1.0 - wy), (1, wy)):
                    yi = np.minimum(iy + dy, len(self.lats) - 1)
                    for xi, d in ((ix0, 1.0 - wx), (ix1, wx)):
                        w = a * b * c * d
                        u += w * self.u[ti, li, yi, xi]
                        v += w * self.v[ti, li, yi, xi]
        if not (np.all(np.isfinite(u)) and np.all(np.isfinite(v))):
            raise CoverageError(
                tr("{value}: missing wind values around the requested point", value=self._name())
            )
        return u.reshape(shape_out), v.reshape(shape_out)

    def _time_weights(self, t: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        tt = self.times
        if np.any(~np.isfinite(t)) or np.any(t < tt[0] - 1e-6) or np.any(t > tt[-1] + 1e-6):
            bad = t[~((t >= tt[0] - 1e-6) & (t <= tt[-1] + 1e-6))]
            when = datetime.fromtimestamp(float(bad[0]), tz=timezone.utc).strftime("%Y-%m-%d %H:%MZ") if (
                len(bad) and np.isfinite(bad[0])
            ) else "unknown time"
            raise CoverageError(
                tr(
                    "{value}: time {when} is outside the grid's times ({describe}); load a grid whose forecast "
                    "hours cover the period",
                    value=self.source or "wind grid",
                    when=when,
                    describe=self.describe(),
                )
            )
        if len(tt) == 1:
            return np.zeros(len(t), int), np.zeros(len(t))
        i = np.clip(np.searchsorted(tt, t, side="right") - 1, 0, len(tt) - 2)
        w = np.clip((t - tt[i]) / (tt[i + 1] - tt[i]), 0.0, 1.0)
        return i, w

    def _level_weights(self, alt: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        if np.any(~np.isfinite(alt)):
            raise CoverageError(tr("the balloon altitude is unknown: a wind level cannot be chosen"))
        p = isa_pressure_hpa(alt)
        lev = self.levels_hpa  # increasing pressure = decreasing altitude
        lp, llev = np.log(p), np.log(lev)
        if len(lev) == 1:
            # a single level: accept altitudes within ~1 km of it (5 % in log-pressure is ~700-1000 m up high)
            if np.any(np.abs(lp - llev[0]) > 0.15):
                raise CoverageError(self._level_message(alt, p))
            return np.zeros(len(p), int), np.zeros(len(p))
        if np.any(lp < llev[0] - 1e-9) or np.any(lp > llev[-1] + 1e-9):
            raise CoverageError(self._level_message(alt, p))
        i = np.clip(np.searchsorted(llev, lp, side="right") - 1, 0, len(lev) - 2)
        w = np.clip((lp - llev[i]) / (llev[i + 1] - llev[i]), 0.0, 1.0)
        return i, w

    def _level_message(self, alt: np.ndarray, p: np.ndarray) -> str:
        k = int(np.argmax(np.abs(np.log(p) - np.log(np.clip(p, self.levels_hpa[0], self.levels_hpa[-1])))))
        lo, hi = isa_altitude_m(self.levels_hpa[-1]), isa_altitude_m(self.levels_hpa[0])
        return tr("{grid}: altitude {alt:.0f} m (about {p:.1f} hPa in the standard atmosphere) is outside the "
                  "grid's pressure levels {p0:g}..{p1:g} hPa (about {lo:.0f}..{hi:.0f} m); load levels that bracket "
                  "the balloon's altitude", grid=self._name(), alt=alt[k], p=p[k], p0=self.levels_hpa[-1],
                  p1=self.levels_hpa[0], lo=float(lo), hi=float(hi))

    def _name(self) -> str:
        return plain(self.source) if self.source else tr("wind grid")

    def _lat_weights(self, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        la = self.lats
        if np.any(lat < la[0] - 1e-9) or np.any(lat > la[-1] + 1e-9):
            bad = float(lat[(lat < la[0] - 1e-9) | (lat > la[-1] + 1e-9)][0])
            raise CoverageError(
                tr(
                    "{value}: latitude {bad:.3f} is outside the grid's area ({describe})",
                    value=self.source or "wind grid",
                    bad=bad,
                    describe=self.describe(),
                )
            )
        if len(la) == 1:
            return np.zeros(len(lat), int), np.zeros(len(lat))
        i = np.clip(np.searchsorted(la, lat, side="right") - 1, 0, len(la) - 2)
        return i, np.clip((lat - la[i]) / (la[i + 1] - la[i]), 0.0, 1.0)

    def _lon_weights(self, lon: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        lo = self.lons
        x = lo[0] + np.mod(lon - lo[0], 360.0)  # the branch at or east of the first grid longitude
        n = len(lo)
        if self.is_global_lon:
            i = np.clip(np.searchsorted(lo, x, side="right") - 1, 0, n - 1)
            nxt = (i + 1) % n
            span = np.where(nxt == 0, lo[0] + 360.0 - lo[i], lo[np.minimum(i + 1, n - 1)] - lo[i])
            return i, nxt, np.clip((x - lo[i]) / span, 0.0, 1.0)
        inside = x <= lo[-1] + 1e-9
        # a point just west of the first longitude sits at lo[0] + ~360 on this branch: allow a tiny margin
        near_start = np.abs(x - 360.0 - lo[0]) < 1e-9
        x = np.where(near_start, lo[0], x)
        if not np.all(inside | near_start):
            bad = float(lon[~(inside | near_start)][0])
            raise CoverageError(
                tr(
                    "{value}: longitude {bad:.3f} is outside the grid's area ({describe})",
                    value=self.source or "wind grid",
                    bad=bad,
                    describe=self.describe(),
                )
            )
        if n == 1:
            z = np.zeros(len(lon), int)
            return z, z, np.zeros(len(lon))
        i = np.clip(np.searchsorted(lo, x, side="right") - 1, 0, n - 2)
        return i, i + 1, np.clip((x - lo[i]) / (lo[i + 1] - lo[i]), 0.0, 1.0)


# ==================================================================== reading
_U_NAMES = ("u", "ugrd", "uwnd", "u_component_of_wind", "eastward_wind", "u-component of wind", "var131")
_V_NAMES = ("v", "vgrd", "vwnd", "v_component_of_wind", "northward_wind", "v-component of wind", "var132")
_TIME_DIMS = ("time", "valid_time", "t", "times", "forecast_time", "step")
_LEVEL_DIMS = ("level", "isobaricinhpa", "isobaricinpa", "plev", "pressure", "lev", "pressure_level", "isobaric")
_LAT_DIMS = ("latitude", "lat", "y", "rlat")
_LON_DIMS = ("longitude", "lon", "x", "rlon")


def _speed_factor(units: str, source: str, var: str) -> float:
    """Factor to m/s from a units string; empty units are taken as m/s (stated in notes by the caller)."""
    u = units.strip().lower().replace("[", "").replace("]", "").replace(" ", "")
    if u in ("", "m/s", "ms**-1", "ms-1", "m.s-1", "m*s**-1", "m*s-1", "meters/second", "metres/second",
             "meter/second", "metre/second", "m/sec", "mps", "ms^-1"):
        return 1.0
    if u in ("kt", "kts", "knot", "knots"):
        return 1852.0 / 3600.0
    if u in ("km/h", "kmh", "kph", "kmh-1", "km/hr"):
        return 1.0 / 3.6
    raise InputError(
        tr("wind units '{units}' are not understood (m/s, knots or km/h expected)", units=units), source, field=var
    )


def read_wind_grid(path: str) -> WindField:
    """Read u/v wind on pressure levels from a GRIB2 (or GRIB1) file or a NetCDF file through GDAL.

    GRIB: bands with ``GRIB_ELEMENT`` UGRD/VGRD on isobaric surfaces (``GRIB_SHORT_NAME`` like ``5000-ISBL``,
    the level in Pa) at ``GRIB_VALID_TIME``. NetCDF: variables ``u``/``v`` (or ``eastward_wind`` etc.) with
    dimensions time, level (``level``/``isobaricInhPa``/``plev``/``pressure_level``: hPa or Pa from the units),
    latitude, longitude; CF time units (``hours since 1900-01-01``). Raises InputError on anything else.
    """
    try:
        from osgeo import gdal  # lazy: core must import without GDAL
    except ImportError as exc:  # pragma: no cover - GDAL ships with QGIS
        raise InputError(tr("reading wind grids needs GDAL's Python bindings (osgeo)"), path) from exc
    # exceptions on, for this call only: the process-wide setting belongs to QGIS
    previous = gdal.GetUseExceptions()
    gdal.UseExceptions()
    try:
        try:
            ds = gdal.OpenEx(path, gdal.OF_RASTER | gdal.OF_READONLY)
        except RuntimeError as exc:
            raise InputError(tr("GDAL cannot open the file: {exc}", exc=exc), path) from exc
        if ds is None:
            raise InputError(tr("GDAL cannot open the file"), path)
        driver = ds.GetDriver().ShortName
        try:
            if driver == "GRIB":
                return _read_grib(ds, path)
            ds = None
            if driver == "netCDF":
                return _read_netcdf(path, gdal)
        except RuntimeError as exc:
            raise InputError(tr("GDAL could not read the grid: {exc}", exc=exc), path) from exc
        raise InputError(
            tr("a wind grid must be GRIB or NetCDF, GDAL reads this file as {driver}", driver=driver), path
        )
    finally:
        if not previous:
            gdal.DontUseExceptions()


def _grib_level_hpa(band) -> float | None:
    md = band.GetMetadata()
    short = md.get("GRIB_SHORT_NAME", "")
    m = re.match(r"^\s*([0-9.]+)-ISBL\s*$", short)
    if m:
        return float(m.group(1)) / 100.0  # GRIB isobaric levels are in Pa
    return None


def _grib_valid_time(md: dict) -> float | None:
    m = re.match(r"^\s*(-?\d+)", md.get("GRIB_VALID_TIME", ""))
    return float(m.group(1)) if m else None


def _read_grib(ds, path: str) -> WindField:
    gt = ds.GetGeoTransform()
    if abs(gt[2]) > 1e-12 or abs(gt[4]) > 1e-12:
        raise InputError(tr("the GRIB grid is rotated; a regular latitude/longitude grid is needed"), path)
    srs = ds.GetSpatialRef()
    if srs is not None and not srs.IsGeographic():
        raise InputError(tr("the GRIB grid is projected; a regular latitude/longitude grid is needed"), path)
    nx, ny = ds.RasterXSize, ds.RasterYSize
    lons = gt[0] + gt[1] * (np.arange(nx) + 0.5)  # GDAL geotransform gives cell corners
    lats = gt[3] + gt[5] * (np.arange(ny) + 0.5)
    comps: dict[tuple[str, float, float], np.ndarray] = {}
    units = {}
    for b in range(1, ds.RasterCount + 1):
        band = ds.GetRasterBand(b)
        md = band.GetMetadata()
        elem = md.get("GRIB_ELEMENT", "").upper()
        if elem not in ("UGRD", "VGRD"):
            continue
        lev = _grib_level_hpa(band)
        t = _grib_valid_time(md)
        if lev is None or t is None:
            continue
        arr = band.ReadAsArray().astype(float)
        nd = band.GetNoDataValue()
        if nd is not None:
            arr[arr == nd] = np.nan
        comps[(elem, lev, t)] = arr
        units[elem] = md.get("GRIB_UNIT", "")
    if not comps:
        raise InputError(
            tr("no u/v wind (GRIB_ELEMENT UGRD/VGRD) on isobaric levels (GRIB_SHORT_NAME like '5000-ISBL') found"), path
        )
    times = sorted({k[2] for k in comps})
    levels = sorted({k[1] for k in comps})
    u = np.full((len(times), len(levels), ny, nx), np.nan)
    v = np.full_like(u, np.nan)
    missing = []
    for ti, t in enumerate(times):
        for li, lev in enumerate(levels):
            for elem, target in (("UGRD", u), ("VGRD", v)):
                a = comps.get((elem, lev, t))
                if a is None:
                    missing.append(f"{elem} {lev:g} hPa {datetime.fromtimestamp(t, tz=timezone.utc):%Y-%m-%d %H:%MZ}")
                else:
                    target[ti, li] = a
    if missing:
        raise InputError(tr("the GRIB file lacks {count} u/v field(s) needed for a complete time x level grid: "
                            "{fields}", count=len(missing), fields=", ".join(missing[:4])), path)
    fu = _speed_factor(units.get("UGRD", ""), path, "UGRD")
    fv = _speed_factor(units.get("VGRD", ""), path, "VGRD")
    return WindField(times, levels, lats, lons, u * fu, v * fv, source=path,
                     notes=[tr("GRIB: {times} time(s), {levels} isobaric level(s)", times=len(times),
                                levels=len(levels))])


_CF_TIME = re.compile(r"^\s*(\w+)\s+since\s+(.+?)\s*$", re.IGNORECASE)
_UNIT_SECONDS = {
    "second": 1.0, "seconds": 1.0, "sec": 1.0, "secs": 1.0, "s": 1.0,
    "minute": 60.0, "minutes": 60.0, "min": 60.0, "mins": 60.0,
    "hour": 3600.0, "hours": 3600.0, "hr": 3600.0, "hrs": 3600.0, "h": 3600.0,
    "day": 86400.0, "days": 86400.0, "d": 86400.0,
}


def _cf_times(values: np.ndarray, units: str, calendar: str, path: str) -> np.ndarray:
    m = _CF_TIME.match(units or "")
    if not m or m.group(1).lower() not in _UNIT_SECONDS:
        raise InputError(tr("time units '{units}' are not CF '<unit> since <date>'", units=units), path, field="time")
    if calendar and calendar.lower() not in ("standard", "gregorian", "proleptic_gregorian"):
        raise InputError(
            tr("calendar '{calendar}' is not supported (standard/gregorian only)", calendar=calendar),
            path,
            field="time",
        )
    ref = m.group(2).strip().replace("T", " ").rstrip("Zz").strip()
    ref = re.sub(r"\s*(UTC|GMT)$", "", ref)
    ref = re.sub(r"\s*[+-]00:?00$", "", ref)
    base = None
    for fmt in ("%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d %H", "%Y-%m-%d"):
        try:
            base = datetime.strptime(ref, fmt).replace(tzinfo=timezone.utc)
            break
        except ValueError:
            continue
    if base is None:
        # CF allows unpadded dates such as 1900-1-1 0:0:0
        mm = re.match(r"^(\d{1,4})-(\d{1,2})-(\d{1,2})(?:[ ](\d{1,2}):(\d{1,2})(?::(\d{1,2}(?:\.\d*)?))?)?$", ref)
        if not mm:
            raise InputError(tr("time reference '{value}' is not a date", value=m.group(2)), path, field="time")
        y, mo, d, hh, mi, ss = mm.groups()
        base = datetime(int(y), int(mo), int(d), int(hh or 0), int(mi or 0), tzinfo=timezone.utc)
        base = base.timestamp() + float(ss or 0)
    else:
        base = base.timestamp()
    return base + np.asarray(values, dtype=float) * _UNIT_SECONDS[m.group(1).lower()]


def _attr(arr, name: str) -> str:
    try:
        a = arr.GetAttribute(name)
    except RuntimeError:  # raised for a missing attribute when GDAL exceptions are on
        return ""
    if a is None:
        return ""
    val = a.Read()
    if isinstance(val, (list, tuple)):
        val = val[0] if val else ""
    return str(val)


def _read_netcdf(path: str, gdal) -> WindField:
    try:
        ds = gdal.OpenEx(path, gdal.OF_MULTIDIM_RASTER)
    except RuntimeError as exc:
        raise InputError(tr("GDAL cannot open the NetCDF file: {exc}", exc=exc), path) from exc
    root = ds.GetRootGroup()
    names = root.GetMDArrayNames() or []

    def find(cands: tuple[str, ...], std: str) -> str | None:
        lower = {n.lower(): n for n in names}
        for c in cands:
            if c in lower:
                return lower[c]
        for n in names:
            a = root.OpenMDArray(n)
            if _attr(a, "standard_name").lower() == std or _attr(a, "long_name").lower() in cands:
                return n
        return None

    un, vn = find(_U_NAMES, "eastward_wind"), find(_V_NAMES, "northward_wind")
    if un is None or vn is None:
        raise InputError(
            tr(
                "no u/v wind variables found (variables: {value}); expected 'u' and 'v' or standard_name "
                "eastward_wind/northward_wind",
                value=", ".join(names) or "none",
            ),
            path,
        )
    comps = []
    coords = None
    for var in (un, vn):
        arr = root.OpenMDArray(var)
        dims = arr.GetDimensions()
        roles = []
        for d in dims:
            dn = d.GetName().lower()
            if dn in _TIME_DIMS:
                roles.append("time")
            elif dn in _LEVEL_DIMS:
                roles.append("level")
            elif dn in _LAT_DIMS:
                roles.append("lat")
            elif dn in _LON_DIMS:
                roles.append("lon")
            else:
                roles.append(dn)
        needed = ["time", "level", "lat", "lon"]
        if sorted(roles) != sorted(needed):
            raise InputError(
                tr(
                    "variable '{var}' has dimensions ({value}); expected time, pressure level, latitude, longitude",
                    var=var,
                    value=", ".join(d.GetName() for d in dims),
                ),
                path,
                field=var,
            )
        unscaled = arr.GetUnscaled() if (arr.GetScale() not in (None, 1.0) or arr.GetOffset() not in (None, 0.0)) \
            else arr
        data = np.asarray(unscaled.ReadAsArray(), dtype=float)
        nd = arr.GetNoDataValueAsDouble()
        if nd is not None and not (isinstance(nd, float) and math.isnan(nd)):
            data[np.asarray(arr.ReadAsArray()) == nd] = np.nan
        data = np.transpose(data, [roles.index(r) for r in needed])
        data = data * _speed_factor(_attr(arr, "units"), path, var)
        comps.append(data)
        if coords is None:
            coords = {}
            for d, role in zip(dims, roles):
                iv = d.GetIndexingVariable()
                if iv is None:
                    raise InputError(
                        tr("dimension '{dimension}' has no coordinate variable", dimension=d.GetName()), path, field=var
                    )
                vals = np.asarray(iv.ReadAsArray(), dtype=float)
                if role == "time":
                    vals = _cf_times(vals, _attr(iv, "units"), _attr(iv, "calendar"), path)
                elif role == "level":
                    lu = _attr(iv, "units").strip().lower()
                    if lu in ("pa", "pascal", "pascals"):
                        vals = vals / 100.0
                    elif lu in ("hpa", "mb", "mbar", "millibar", "millibars", "hectopascal", "hectopascals"):
                        pass
                    elif lu == "" and np.nanmax(vals) > 1100.0:
                        vals = vals / 100.0  # no units: values above 1100 can only be Pa
                    elif lu != "":
                        raise InputError(
                            tr("pressure level units '{lu}' are not hPa or Pa", lu=lu), path, field=d.GetName()
                        )
                elif role == "lat":
                    lu = _attr(iv, "units").strip().lower()
                    if lu and not lu.startswith("degree"):
                        raise InputError(tr("latitude units '{lu}' are not degrees", lu=lu), path, field=d.GetName())
                coords[role] = vals
    return WindField(coords["time"], coords["level"], coords["lat"], coords["lon"], comps[0], comps[1],
                     source=path, notes=[tr("NetCDF variables {u}/{v}", u=un, v=vn)])
