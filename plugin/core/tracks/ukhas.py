"""UKHAS telemetry sentences: ``$$CALL,id,HH:MM:SS,lat,lon,alt,...*CRC16``.

The checksum is CRC16-CCITT (poly 0x1021, init 0xFFFF, no reflection: binascii.crc_hqx) over the text
between the dollars and the asterisk, written as 4 hex digits; older payloads use a 2-digit XOR (NMEA
style), accepted too. Sentences carry no date, so the flight date must be given.
"""

from __future__ import annotations

import binascii
import re
from typing import Any

import numpy as np

from ..errors import InputError, IssueLog
from ..messages import message_of, tr
from ..model import ReadResult
from .common import check_bad_share, finish, make_track, text_records
from .coords import parse_coord
from .timeparse import parse_date

_SENTENCE = re.compile(r"\$\$?(?P<body>[^$*]+)\*(?P<crc>[0-9A-Fa-f]{2,4})\s*$")
_TIME = re.compile(r"^(\d{1,2}):?(\d{2}):?(\d{2})$")


def crc16_ccitt(data: bytes) -> int:
    """CRC16-CCITT (0x1021, init 0xFFFF) as used by UKHAS."""
    return binascii.crc_hqx(data, 0xFFFF)


def _xor(data: bytes) -> int:
    v = 0
    for b in data:
        v ^= b
    return v


def read_ukhas(data: bytes, name: str, tz: str = "UTC", date: str | None = None, feedback: Any = None) -> ReadResult:
    """Read UKHAS sentences (one per line, anything before '$$' ignored). ``tz`` is unused: GPS time is UTC."""
    if not date:
        raise InputError(tr("UKHAS sentences carry no date: give the date (YYYY-MM-DD) of the flight"), name)
    day0 = parse_date(date, name)
    text = data.decode("utf-8-sig", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    issues = IssueLog(name)
    notes: list[str] = []
    groups: dict[str, dict[str, list]] = {}
    total = bad = 0
    nmea_used = False
    for ln_no, s in text_records(text, feedback):
        total += 1
        pos = s.find("$")
        m = _SENTENCE.match(s[pos:]) if pos >= 0 else None
        if not m:
            issues.add(ln_no, tr("not a UKHAS sentence ($$CALL,...*CRC)"))
            bad += 1
            continue
        body, crc = m.group("body"), m.group("crc")
        raw = body.encode("ascii", errors="replace")
        expected = crc16_ccitt(raw) if len(crc) == 4 else _xor(raw)
        if int(crc, 16) != expected:
            width = 4 if len(crc) == 4 else 2
            issues.add(ln_no, f"bad checksum {crc.upper()} (computed {expected:0{width}X})", "CRC")
            bad += 1
            continue
        f = body.split(",")
        if len(f) < 6:
            issues.add(ln_no, tr("only {n_f} fields (need callsign, id, time, lat, lon, alt)", n_f=len(f)))
            bad += 1
            continue
        tm = _TIME.match(f[2].strip())
        if not tm or int(tm.group(1)) > 23 or int(tm.group(2)) > 59 or int(tm.group(3)) > 60:
            issues.add(ln_no, tr("unreadable time '{f}'", f=f[2]), "time")
            bad += 1
            continue
        try:
            lat, lon, nm = _latlon(f[3], f[4])
            alt = float(f[5]) if f[5].strip() else np.nan
        except ValueError as exc:
            issues.add(ln_no, message_of(exc), "lat/lon/alt")
            bad += 1
            continue
        nmea_used |= nm
        if lat == 0.0 and lon == 0.0:
            issues.add(ln_no, tr("position 0,0 (no GPS fix)"), "lat/lon")
            bad += 1
            continue
        tod = int(tm.group(1)) * 3600 + int(tm.group(2)) * 60 + int(tm.group(3))
        g = groups.setdefault(f[0].strip(), {"lon": [], "lat": [], "alt": [], "tod": [], "line": [], "id": [],
                                             "extra": []})
        g["lon"].append(lon)
        g["lat"].append(lat)
        g["alt"].append(alt)
        g["tod"].append(tod)
        g["line"].append(ln_no)
        g["id"].append(f[1].strip())
        g["extra"].append(f[6:])
    check_bad_share(total, bad, name, tr("sentences"))
    if nmea_used:
        notes.append(tr("Some positions were NMEA ddmm.mmmm and were converted to degrees."))
    tracks = []
    rolled = False
    for call, g in groups.items():
        tod = np.asarray(g["tod"], dtype=float)
        # a flight past midnight UTC: the clock goes back by more than 12 h -> next day
        jumps = np.concatenate([[0], np.cumsum(np.diff(tod) < -43200)]) if len(tod) else np.zeros(0)
        rolled |= bool(jumps.any())
        times = day0 + tod + jumps * 86400.0
        width = max((len(e) for e in g["extra"]), default=0)
        attrs: dict[str, Any] = {"sentence_id": g["id"]}
        for j in range(width):
            attrs[f"field_{j + 7}"] = [e[j] if j < len(e) else None for e in g["extra"]]
        tracks.append(make_track(call, g["lon"], g["lat"], times, g["alt"], name, attrs, g["line"]))
    if rolled:
        notes.append(tr("Times after midnight UTC placed on the day after {date}.", date=date))
    return finish(tracks, "ukhas", issues, notes, name)


def _latlon(a: str, b: str) -> tuple[float, float, bool]:
    lat = parse_coord(a, "lat") if abs(_num(a)) <= 90 else _nmea(a, "lat")
    lon = parse_coord(b, "lon") if abs(_num(b)) <= 180 else _nmea(b, "lon")
    return lat, lon, abs(_num(a)) > 90 or abs(_num(b)) > 180


def _num(s: str) -> float:
    try:
        return float(s)
    except ValueError:
        return 0.0


def _nmea(s: str, kind: str) -> float:
    v = float(s)
    deg = int(abs(v) // 100)
    minutes = abs(v) - deg * 100
    if minutes >= 60 or deg > (90 if kind == "lat" else 180):
        raise ValueError(tr("{kind} '{s}' out of range", kind=kind, s=s))
    return (deg + minutes / 60.0) * (-1 if v < 0 else 1)
