"""Per-fix measurements real loggers, trackers and exports carry, under their own column names and units.

A header such as ``Time,Fix,Sats,Flags,Baro_Pressure,Baro_altitude,GPS altitude,Speed (MPH),Heading`` (an
amateur flight logger), ``timestamp,serial,frame,lat,lon,alt,vel_v,vel_h,heading,temp,humidity,pressure``
(radiosonde_auto_rx), ``datetime,payload_callsign,lat,lon,alt,ascent_rate,...,ext_pressure,ext_temperature``
(SondeHub CSV) or ``speed_mph,bearing,altitude_ft`` (APRS trackers) is classified here: every value is kept,
converted to SI (m, m/s, degrees, hPa, deg C) under a stated field name, the unit said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

FT = 0.3048

# unit word -> (unit label, factor to the kind's SI unit); offsets (temperatures) handled apart
_SPEED_UNITS = {"mph": ("mph", 0.44704), "kt": ("kt", 1852.0 / 3600.0), "kts": ("kt", 1852.0 / 3600.0),
                "knots": ("kt", 1852.0 / 3600.0), "knot": ("kt", 1852.0 / 3600.0), "kn": ("kt", 1852.0 / 3600.0),
                "kmh": ("km/h", 1 / 3.6), "kph": ("km/h", 1 / 3.6), "kmph": ("km/h", 1 / 3.6),
                "km_h": ("km/h", 1 / 3.6), "ms": ("m/s", 1.0), "m_s": ("m/s", 1.0), "mps": ("m/s", 1.0),
                "fpm": ("ft/min", FT / 60.0), "ft_min": ("ft/min", FT / 60.0), "ftmin": ("ft/min", FT / 60.0),
                "fps": ("ft/s", FT), "ft_s": ("ft/s", FT)}
_ALT_UNITS = {"ft": ("ft", FT), "feet": ("ft", FT), "foot": ("ft", FT), "m": ("m", 1.0), "meters": ("m", 1.0),
              "metres": ("m", 1.0), "meter": ("m", 1.0), "km": ("km", 1000.0), "fl": ("FL", 100 * FT)}
_PRESSURE_UNITS = {"hpa": ("hPa", 1.0), "mb": ("hPa", 1.0), "mbar": ("hPa", 1.0), "millibar": ("hPa", 1.0),
                   "pa": ("Pa", 0.01), "kpa": ("kPa", 10.0), "inhg": ("inHg", 33.8639), "psi": ("psi", 68.9476)}
_TEMP_UNITS = {"c": "C", "degc": "C", "celsius": "C", "f": "F", "degf": "F", "fahrenheit": "F", "k": "K",
               "kelvin": "K"}

_ALT_WORDS = {"alt", "altitude", "height", "elevation", "ele", "elev", "gpsalt", "baroalt", "geoaltitude",
              "baroaltitude"}
_NOT_ALT = {"accuracy", "acc", "rate", "max", "min", "error", "err", "std", "dop", "target", "burst", "uploader"}
_SPEED_KEYS = {"speed", "vel_h", "velocity", "ground_speed", "groundspeed", "gs", "spd", "speed_h",
               "horizontal_speed", "hspeed", "h_speed", "velocity_h"}
_VRATE_KEYS = {"vel_v", "ascent_rate", "ascentrate", "climb", "climb_rate", "climbrate", "vertical_rate",
               "vert_rate", "vertical_speed", "vspeed", "v_speed", "vario", "rate", "vrate", "velocity_v",
               "descent_rate", "clb"}
_HEADING_KEYS = {"heading", "course", "bearing", "cse", "direction", "dir", "true_track", "track_angle", "cog",
                 "hdg"}
_PRESSURE_KEYS = {"pressure", "press", "pres", "baro_pressure", "ext_pressure", "p_baro", "barometric_pressure",
                  "baro", "air_pressure", "pressure_hpa"}
_TEMP_KEYS = {"temp", "temperature", "ext_temperature", "ext_temp", "t_ext", "temp_ext", "air_temp",
              "outside_temp", "external_temperature", "int_temp", "internal_temperature", "temp_int"}


@dataclass
class Measure:
    """One recognised column: what it measures, its unit, and the field it is kept under."""

    kind: str  # alt, speed, vrate, heading, pressure, temp
    unit: str | None  # unit label as stated by the header, None when the header does not say
    factor: float = 1.0
    sub: str = ""  # for altitudes: 'gps', 'baro' or ''


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[^a-z0-9]+", name.strip().strip('"').lower()) if w]


def classify(name: str) -> Measure | None:
    """The measure a header names, or None."""
    words = _words(name)
    if not words:
        return None
    units = words[1:]
    key_words = list(words)
    # strip trailing unit words for the key ('Speed (MPH)' -> 'speed', 'altitude_ft' -> 'altitude')
    while len(key_words) > 1 and (key_words[-1] in _SPEED_UNITS or key_words[-1] in _ALT_UNITS
                                  or key_words[-1] in _PRESSURE_UNITS or key_words[-1] in _TEMP_UNITS
                                  or key_words[-1] in ("deg", "degrees", "s", "h", "min")):
        key_words.pop()
    key = "_".join(key_words)
    joined = "_".join(words)
    if set(words) & _ALT_WORDS and not set(words) & _NOT_ALT:
        sub = "baro" if {"baro", "pressure", "press", "barometric", "baroaltitude", "baroalt"} & set(words) else (
            "gps" if {"gps", "geo", "gnss", "geoaltitude", "gpsalt"} & set(words) else "")
        unit = next((_ALT_UNITS[w] for w in units if w in _ALT_UNITS), None)
        return Measure("alt", unit[0] if unit else None, unit[1] if unit else 1.0, sub)
    if key in _VRATE_KEYS or joined in _VRATE_KEYS:
        unit = _speed_unit(words)
        return Measure("vrate", unit[0] if unit else None, unit[1] if unit else 1.0)
    if key in _SPEED_KEYS or joined in _SPEED_KEYS:
        unit = _speed_unit(words)
        return Measure("speed", unit[0] if unit else None, unit[1] if unit else 1.0)
    if key in _HEADING_KEYS:
        return Measure("heading", "deg", 1.0)
    if key in _PRESSURE_KEYS:
        unit = next((_PRESSURE_UNITS[w] for w in units if w in _PRESSURE_UNITS), None)
        if key == "pressure_hpa":
            unit = _PRESSURE_UNITS["hpa"]
        return Measure("pressure", unit[0] if unit else None, unit[1] if unit else 1.0)
    if key in _TEMP_KEYS:
        unit = next((_TEMP_UNITS[w] for w in units if w in _TEMP_UNITS), None)
        return Measure("temp", unit, 1.0)
    return None


def _speed_unit(words: list[str]) -> tuple[str, float] | None:
    for i in range(1, len(words)):
        if words[i] in _SPEED_UNITS:
            return _SPEED_UNITS[words[i]]
        pair = "_".join(words[i:i + 2])
        if pair in _SPEED_UNITS:
            return _SPEED_UNITS[pair]
    return None


FIELD = {"speed": ("speed_rep_ms", "m/s"), "vrate": ("vrate_rep_ms", "m/s"), "heading": ("heading_rep_deg", "deg"),
         "pressure": ("pressure_hpa", "hPa"), "temp": ("temp_c", "deg C")}
ALT_FIELD = {"gps": "gps_alt_m", "baro": "baro_alt_m", "": "alt_col_m"}


def isa_altitude_m(p_hpa: np.ndarray) -> np.ndarray:
    """Pressure altitude (m) on the ICAO standard atmosphere, troposphere and lower stratosphere (to 20 km)."""
    p = np.asarray(p_hpa, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        tropo = 44330.77 * (1.0 - (p / 1013.25) ** 0.190263)
        strato = 11000.0 - 6341.62 * np.log(p / 226.3206)
    return np.where(p >= 226.3206, tropo, strato)


def pressure_to_hpa(values: np.ndarray, m: Measure) -> tuple[np.ndarray, str | None]:
    """Pressure in hPa; without a stated unit, values above 2000 are read as pascals (sea level is 101,325 Pa,
    1,013 hPa), the choice returned as a note."""
    values = np.asarray(values, dtype=float)
    if m.unit is not None:
        return values * m.factor, None
    finite = values[np.isfinite(values)]
    if len(finite) and np.median(finite) > 2000.0:
        return values * 0.01, "pascals (values above 2,000)"
    return values, "hectopascals"


def temp_to_c(values: np.ndarray, m: Measure) -> np.ndarray:
    values = np.asarray(values, dtype=float)
    if m.unit == "F":
        return (values - 32.0) / 1.8
    if m.unit == "K":
        return values - 273.15
    return values


def infer_alt_unit(alt: np.ndarray, p_hpa: np.ndarray) -> tuple[str, float] | None:
    """Altitude unit (m or ft) found by comparing an altitude column with the pressure altitude of a pressure
    column of the same rows: the ratio is 1 for metres and 3.28 for feet. None when it cannot be told."""
    alt = np.asarray(alt, dtype=float)
    h = isa_altitude_m(p_hpa)
    ok = np.isfinite(alt) & np.isfinite(h) & (h > 1000.0) & (h < 20000.0) & (alt > 0)
    if ok.sum() < 5:
        return None
    ratio = float(np.median(alt[ok] / h[ok]))
    if 0.8 <= ratio <= 1.25:
        return "m", 1.0
    if 0.8 * 3.2808 <= ratio <= 1.25 * 3.2808:
        return "ft", FT
    return None


# speed units a file may use without saying so, as (label, m/s per unit)
_SPEED_CANDIDATES = (("m/s", 1.0), ("km/h", 1 / 3.6), ("kt", 1852.0 / 3600.0), ("mph", 0.44704))


def infer_speed_unit(speed: np.ndarray, lon: np.ndarray, lat: np.ndarray,
                     times: np.ndarray) -> tuple[str, float, float] | None:
    """Unit of a speed column whose header names none, found by comparing it with the ground speed from each
    fix back to the last fix at least 30 s before it (at most 10 min, moving faster than 3 m/s): (label, m/s per
    unit, median ratio), or None when too few pairs or no unit fits within 8 % (radiosondy.info exports write km/h
    under 'Speed', several stations reporting the same sonde seconds apart)."""
    from ..geodesy import GEOD

    t = np.asarray(times, dtype=float)
    ok = np.isfinite(t) & np.isfinite(lon) & np.isfinite(lat) & np.isfinite(speed)
    idx = np.nonzero(ok)[0]
    idx = idx[np.argsort(t[idx], kind="stable")]
    if len(idx) < 21:
        return None
    ts = t[idx]
    back = np.searchsorted(ts, ts - 30.0, side="right") - 1
    has = back >= 0
    a, b = idx[back[has]], idx[has]
    dt = t[b] - t[a]
    _, _, dist = GEOD.inv(lon[a], lat[a], lon[b], lat[b])
    with np.errstate(invalid="ignore", divide="ignore"):
        derived = np.asarray(dist) / dt
        use = (dt >= 20.0) & (dt <= 600.0) & (derived > 3.0) & (speed[b] > 0)
    if use.sum() < 20:
        return None
    ratio = float(np.median(speed[b][use] / derived[use]))
    for label, ms in _SPEED_CANDIDATES:
        if abs(np.log(ratio * ms)) < np.log(1.08):
            return label, ms, ratio
    return None
