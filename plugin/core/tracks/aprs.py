"""APRS-IS logs: one raw packet per line, optionally prefixed by a receive time (aprs.fi raw logs:
``2023-02-01 23:21:00 UTC: CALL>APRS,TCPIP*:/211635h4902.45NI01429.51E&000/000/A=001689``).

Positions: uncompressed ``ddmm.hhN/dddmm.hhW`` and compressed base-91 (APRS 1.01 ch. 8-9), with or
without timestamps (``DDHHMMz``/``DDHHMM/``/``HHMMSSh``), objects and items; ``/A=`` altitude in feet;
compressed altitude (cs with GGA source). Mic-E packets are not decoded (reported).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Any

import numpy as np

from ..errors import InputError, IssueLog
from ..messages import message_of, tr
from ..model import ReadResult
from .common import FT, check_bad_share, finish, make_track, text_records
from .timeparse import get_zone, local_to_utc, parse_date, parse_time

_PREFIX = re.compile(
    r"^\s*(?P<ts>\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?)\s*(?P<z>UTC|GMT|Z|[+-]\d{2}:?\d{2})?\s*:?\s+"
    r"|^\s*(?P<epoch>\d{10}(?:\.\d+)?)\s*[:,]?\s+"
)
_PACKET = re.compile(r"^(?P<src>[A-Za-z0-9-]{1,9})>(?P<path>[^:]*):(?P<info>.*)$")
_UNCOMP = re.compile(r"^(\d{2})([\d ]{2}\.[\d ]{2})([NSns])(.)(\d{3})([\d ]{2}\.[\d ]{2})([EWew])(.)")
_ALT = re.compile(r"/A=(-\d{5}|\d{6})")
_CSE_SPD = re.compile(r"^(\d{3})/(\d{3})")
_TS = re.compile(r"^(\d{6})([zh/])")


def _b91(s: str) -> int:
    v = 0
    for ch in s:
        c = ord(ch) - 33
        if not 0 <= c <= 90:
            raise ValueError(tr("'{ch}' is not a base-91 digit", ch=ch))
        v = v * 91 + c
    return v


def parse_position(s: str) -> tuple[float, float, float, dict]:
    """(lat, lon, alt_m or NaN, extras) of a position field + comment. Raises ValueError."""
    extras: dict[str, Any] = {}
    alt = np.nan
    if s[:1].isdigit() or s[:1] == " ":
        m = _UNCOMP.match(s)
        if not m:
            raise ValueError(tr("unreadable uncompressed position"))
        lat = int(m.group(1)) + float(m.group(2).replace(" ", "0")) / 60.0
        lon = int(m.group(5)) + float(m.group(6).replace(" ", "0")) / 60.0
        if m.group(3).upper() == "S":
            lat = -lat
        if m.group(7).upper() == "W":
            lon = -lon
        extras["symbol"] = m.group(4) + m.group(8)
        comment = s[19:]
        cs = _CSE_SPD.match(comment)
        if cs:
            extras["course_deg"] = float(cs.group(1))
            extras["speed_kn"] = float(cs.group(2))
    else:
        if len(s) < 13:
            raise ValueError(tr("compressed position too short"))
        lat = 90.0 - _b91(s[1:5]) / 380926.0
        lon = -180.0 + _b91(s[5:9]) / 190463.0
        extras["symbol"] = s[0] + s[9]
        c, sp, t = s[10], s[11], s[12]
        if c != " ":
            cv, sv, tv = ord(c) - 33, ord(sp) - 33, ord(t) - 33
            if (tv >> 3) & 3 == 2:  # GGA source: cs is altitude in feet
                alt = (1.002 ** (cv * 91 + sv)) * FT
            elif 0 <= cv <= 89:
                extras["course_deg"] = float(cv * 4)
                extras["speed_kn"] = 1.08**sv - 1.0
        comment = s[13:]
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(tr("position {lat:.4f},{lon:.4f} out of range", lat=lat, lon=lon))
    a = _ALT.search(comment)
    if a:
        alt = int(a.group(1)) * FT  # APRS altitude is in feet
    extras["comment"] = comment.strip()
    return lat, lon, alt, extras


def _resolve(ts: str, ref: float | None, date_epoch: float | None, zone) -> float:
    """Epoch of a packet timestamp, using the receive time ``ref`` (or the given date) for the missing parts."""
    digits, kind = ts[:6], ts[6]
    a, b, c = int(digits[:2]), int(digits[2:4]), int(digits[4:6])
    if ref is None and date_epoch is None:
        raise ValueError(tr("packet time needs a date (no log timestamp): give the date"))
    base = datetime.fromtimestamp(ref if ref is not None else date_epoch, timezone.utc)
    if kind == "h":
        if a > 23 or b > 59 or c > 59:
            raise ValueError(tr("invalid time {ts}", ts=ts))
        day = base.replace(hour=a, minute=b, second=c, microsecond=0)
        if ref is None:
            return day.timestamp()
        cands = [day + timedelta(days=k) for k in (-1, 0, 1)]
        return min(cands, key=lambda d: abs(d.timestamp() - ref)).timestamp()
    if a < 1 or a > 31 or b > 23 or c > 59:
        raise ValueError(tr("invalid time {ts}", ts=ts))
    y, mo = base.year, base.month
    for _ in range(3):  # this month, else the previous one (the day may not exist / be in the future)
        try:
            cand = datetime(y, mo, a, b, c, tzinfo=timezone.utc).timestamp()
            if kind == "/":  # local time of the sender
                cand = local_to_utc(cand, zone)
            if ref is None or cand <= ref + 86400:
                return cand
        except ValueError:
            pass
        y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
    raise ValueError(tr("cannot place day {a} near the log time", a=a))


def read_aprs(data: bytes, name: str, tz: str = "UTC", date: str | None = None, feedback: Any = None) -> ReadResult:
    """Read an APRS-IS log, one track per source callsign (or object/item name)."""
    zone = get_zone(tz, name)
    date_epoch = parse_date(date, name) if date else None
    text = data.decode("utf-8-sig", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    issues = IssueLog(name)
    groups: dict[str, dict[str, list]] = {}
    total = bad = other = mic_e = dups = no_time = 0
    seen: dict[tuple[str, str], float] = {}
    for ln_no, s in text_records(text, feedback):
        rx = None
        pm = _PREFIX.match(s)
        if pm:
            try:
                if pm.group("epoch"):
                    rx = float(pm.group("epoch"))
                else:
                    rx = parse_time(pm.group("ts") + (pm.group("z") or ""), zone)
            except ValueError as exc:
                issues.add(ln_no, tr("log timestamp: {exc}", exc=exc), "time")
                total += 1
                bad += 1
                continue
            s = s[pm.end():]
        m = _PACKET.match(s)
        if not m:
            total += 1
            bad += 1
            issues.add(ln_no, tr("not an APRS packet (SRC>DEST,PATH:info)"))
            continue
        src, info = m.group("src").upper(), m.group("info")
        while info.startswith("}"):  # third-party packet: the inner packet is the real one
            inner = _PACKET.match(info[1:])
            if not inner:
                break
            src, info = inner.group("src").upper(), inner.group("info")
        dti = info[:1]
        ts = None
        tid = src
        if dti in ("!", "="):
            pos = info[1:]
        elif dti in ("/", "@"):
            ts, pos = info[1:8], info[8:]
        elif dti == ";" and len(info) >= 18:
            tid, ts, pos = info[1:10].strip(), info[11:18], info[18:]
        elif dti == ")":
            im = re.match(r"^\)([^!_]{3,9})[!_](.*)$", info)
            if not im:
                total += 1
                bad += 1
                issues.add(ln_no, tr("unreadable item"))
                continue
            tid, pos = im.group(1).strip(), im.group(2)
        elif dti in ("'", "`"):
            mic_e += 1
            continue
        else:
            other += 1  # status, message, telemetry, weather...: not a position
            continue
        total += 1
        key = (src, info)
        if key in seen and (rx is None or abs(rx - seen[key]) < 30):
            dups += 1  # the same packet heard through several gateways
            continue
        seen[key] = rx if rx is not None else np.nan
        try:
            if ts is not None and not _TS.match(ts):
                raise ValueError(tr("unreadable timestamp '{ts}'", ts=ts))
            lat, lon, alt, extras = parse_position(pos)
            t = _resolve(ts, rx, date_epoch, zone) if ts else (rx if rx is not None else np.nan)
        except ValueError as exc:
            if "needs a date" in str(exc):
                t = np.nan
                no_time += 1
                lat, lon, alt, extras = parse_position(pos)
            else:
                issues.add(ln_no, message_of(exc))
                bad += 1
                continue
        extras["path"] = m.group("path")
        extras["rx_time"] = rx if rx is not None else np.nan
        g = groups.setdefault(tid, {"lon": [], "lat": [], "alt": [], "t": [], "line": [], "attrs": []})
        g["lon"].append(lon)
        g["lat"].append(lat)
        g["alt"].append(alt)
        g["t"].append(t)
        g["line"].append(ln_no)
        g["attrs"].append(extras)
    if total == 0 and (other or mic_e):
        raise InputError(
            tr("no decodable position packet ({other} other packets, {mic_e} Mic-E packets)", other=other, mic_e=mic_e),
            name,
        )
    check_bad_share(total, bad, name, tr("position packets"))
    notes = []
    if mic_e:
        notes.append(tr("{mic_e} Mic-E packet(s) not decoded.", mic_e=mic_e))
    if other:
        notes.append(tr("{other} packet(s) without a position (status, messages, telemetry) ignored.", other=other))
    if dups:
        notes.append(tr("{dups} duplicate packet(s) (heard through several gateways) removed.", dups=dups))
    if no_time:
        notes.append(tr("{no_time} packet(s) have a timestamp but no date is known: give the date.", no_time=no_time))
    tracks = []
    for tid, g in groups.items():
        keys: list[str] = []
        for a in g["attrs"]:
            keys += [k for k in a if k not in keys]
        attrs = {k: [a.get(k) for a in g["attrs"]] for k in keys}
        tracks.append(make_track(tid, g["lon"], g["lat"], g["t"], g["alt"], name, attrs, g["line"]))
    return finish(tracks, "aprs", issues, notes, name)
