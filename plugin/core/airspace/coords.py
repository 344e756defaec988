"""Coordinate text used by airspace formats -> decimal degrees (lon, lat), with range checks.

Accepted forms (hemisphere letter before or after):
  OpenAir   ``52:07:36 N 013:23:34 E``, ``45:05.5 N 009:39.7 E``, ``037:02:11.00 N`` (3-digit latitude,
            seen in US files), ``265644.00N 0500434.00E``
  NOTAM     ``422530N1231215W``, ``4548N10832W``, ``N3209E09820``, ``N375029E0950140``, ``151100N 1154700E``,
            ``S 09 52 E 088 44``, ``S05 07 E093 00``, ``S1443 E09149``
  TFR XML   ``44.6666659N`` / ``077.03638889W`` (decimal degrees with a hemisphere letter)
"""

from __future__ import annotations

import bisect
import re

from ..messages import tr


class CoordError(ValueError):
    """Coordinate text that is malformed or out of range."""


def _dms(deg: str, minutes: str | None, seconds: str | None, hemi: str, what: str, text: str) -> float:
    d = float(deg)
    m = float(minutes) if minutes else 0.0
    s = float(seconds) if seconds else 0.0
    if m >= 60 or s >= 60:
        raise CoordError(tr("minutes/seconds out of range in '{text}'", text=text))
    v = d + m / 60.0 + s / 3600.0
    limit = 90.0 if what == "lat" else 180.0
    if v > limit:
        raise CoordError(
            tr(
                "{value} {v:.6f} out of range in '{text}'",
                value="latitude" if what == "lat" else "longitude",
                v=v,
                text=text,
            )
        )
    return -v if hemi in "SW" else v


# OpenAir: D:M:S or D:M.m or D:M, then hemisphere; lat and lon separated by spaces/commas
_OA_PART = r"(\d{1,3})(?::(\d{1,2}(?:\.\d+)?))?(?::(\d{1,2}(?:\.\d+)?))?\s*([NSEW])"
_OA = re.compile(rf"^\s*{_OA_PART}\s*,?\s*{_OA_PART}\s*$", re.IGNORECASE)
# packed DDMMSS(.ss)N DDDMMSS(.ss)E or DDMMN DDDMME
_PACKED = re.compile(
    r"^\s*(\d{2})(\d{2})(\d{2}(?:\.\d+)?)?\s*([NS])\s*,?\s*(\d{3})(\d{2})(\d{2}(?:\.\d+)?)?\s*([EW])\s*$", re.IGNORECASE
)


def parse_openair_coord(text: str) -> tuple[float, float]:
    """OpenAir coordinate pair -> (lon, lat). Raises CoordError with the reason."""
    t = text.strip()
    m = _PACKED.match(t)
    if m:
        lat = _dms(m.group(1), m.group(2), m.group(3), m.group(4).upper(), "lat", t)
        lon = _dms(m.group(5), m.group(6), m.group(7), m.group(8).upper(), "lon", t)
        return lon, lat
    m = _OA.match(t)
    if not m:
        raise CoordError(tr("malformed coordinate '{t}'", t=t))
    h1, h2 = m.group(4).upper(), m.group(8).upper()
    if h1 not in "NS" or h2 not in "EW":
        raise CoordError(tr("expected latitude (N/S) then longitude (E/W) in '{t}'", t=t))
    lat = _dms(m.group(1), m.group(2), m.group(3), h1, "lat", t)
    lon = _dms(m.group(5), m.group(6), m.group(7), h2, "lon", t)
    return lon, lat


def parse_decimal_hemi(text: str, what: str) -> float:
    """'44.6666659N' / '077.03638889W' -> signed decimal degrees."""
    m = re.match(r"^\s*([0-9]+(?:\.[0-9]+)?)\s*([NSEW])\s*$", text or "", re.IGNORECASE)
    if not m:
        raise CoordError(
            tr("malformed latitude '{text}'", text=text) if what == "lat" else
            tr("malformed longitude '{text}'", text=text)
        )
    h = m.group(2).upper()
    if (what == "lat") != (h in "NS"):
        raise CoordError(tr("hemisphere '{h}' does not fit a {what} in '{text}'", h=h, what=what, text=text))
    v = float(m.group(1))
    if v > (90.0 if what == "lat" else 180.0):
        raise CoordError(tr("{what} out of range in '{text}'", what=what, text=text))
    return -v if h in "SW" else v


# NOTAM coordinate tokens anywhere in a text. Two families:
#   suffix hemisphere: 422530N1231215W, 4548N10832W, 151100N 1154700E, 524546N 0323621W
#   prefix hemisphere: N3209E09820, N375029E0950140, S 09 52 E 088 44, S05 07 E093 00, S1443 E09149
_SUFFIX = re.compile(
    r"(?<![0-9A-Z])(\d{2})(\d{2})(\d{2}(?:\.\d+)?)?([NS])[ ]?(\d{3})(\d{2})(\d{2}(?:\.\d+)?)?([EW])(?![A-Z])"
)
_PREFIX = re.compile(
    r"(?<![0-9A-Z])([NS])[ ]?(\d{2})[ ]?(\d{2})(?:[ ]?(\d{2}(?:\.\d+)?))?[ ]*([EW])[ ]?(\d{3})[ ]?(\d{2})"
    r"(?:(?<=\d)(\d{2}(?:\.\d+)?)|(?:[ ](\d{2}(?:\.\d+)?)(?![0-9])))?(?![0-9])"
)


def find_notam_coords(text: str) -> list[tuple[float, float, int, int]]:
    """All coordinate pairs in a NOTAM text, in order: (lon, lat, start, end) character offsets.

    Out-of-range values raise CoordError (naming the token) rather than being dropped silently.
    """
    found: list[tuple[float, float, int, int]] = []
    for m in _SUFFIX.finditer(text):
        tok = m.group(0)
        lat = _dms(m.group(1), m.group(2), m.group(3), m.group(4), "lat", tok)
        lon = _dms(m.group(5), m.group(6), m.group(7), m.group(8), "lon", tok)
        found.append((lon, lat, m.start(), m.end()))
    starts = [f[2] for f in found]  # suffix matches: in order and not overlapping each other
    for m in _PREFIX.finditer(text):
        k = bisect.bisect_right(starts, m.start()) - 1  # the one suffix match that could contain this start
        if k >= 0 and found[k][2] <= m.start() < found[k][3]:
            continue
        tok = m.group(0)
        lat = _dms(m.group(2), m.group(3), m.group(4), m.group(1), "lat", tok)
        lon = _dms(m.group(6), m.group(7), m.group(8) or m.group(9), m.group(5), "lon", tok)
        found.append((lon, lat, m.start(), m.end()))
    found.sort(key=lambda f: f[2])
    return found


def format_dms(lon: float, lat: float) -> str:
    """FAA NOTAM style 'DDMMSSNDDDMMSSW'."""

    def part(v: float, width: int, pos: str, neg: str) -> str:
        h = pos if v >= 0 else neg
        s = round(abs(v) * 3600)
        d, rem = divmod(s, 3600)
        m, sec = divmod(rem, 60)
        return f"{d:0{width}d}{m:02d}{sec:02d}{h}"

    return part(lat, 2, "N", "S") + part(lon, 3, "E", "W")
