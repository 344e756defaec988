"""Latitude/longitude text: decimal degrees and the usual degree-minute-second spellings."""

from __future__ import annotations

import re
from typing import Sequence

import numpy as np

from ..messages import message_of, tr

_WORD = {"lat": tr("latitude"), "lon": tr("longitude")}
_HEMI = {"N": 1.0, "S": -1.0, "E": 1.0, "W": -1.0}
_SEPARATED = re.compile(r"[°º˚:'\"′″’”dDmMsS\s]")
_NUMS = re.compile(r"\d+(?:[.,]\d+)?")
_COMPACT = re.compile(r"^(\d+)(?:[.,](\d+))?$")


def parse_coord(text: str, kind: str) -> float:
    """Parse one coordinate; ``kind`` is 'lat' or 'lon'. Raises ValueError with a short reason.

    Accepts decimal degrees ('-47.5', '47.5N', '47,5'), DMS with symbols ('47°30'17"N', '47 30 17 N',
    'N47 30 17.5', '47d30m17sN'), colons ('47:30:17N'), degrees + decimal minutes ('47°30.28'N'),
    and compact forms ('473017N' DDMMSS, '4730.28N' DDMM.mm, '1223017W' DDDMMSS).
    """
    s = str(text).strip()
    if not s:
        raise ValueError(tr("empty {kind}", kind=kind))
    try:
        return _check(float(s), kind, s)
    except ValueError:
        pass
    up = s.upper()
    sign = 1.0
    hemi = None
    if up[-1] in _HEMI:
        hemi, up = up[-1], up[:-1].strip()
    elif up[0] in _HEMI:
        hemi, up = up[0], up[1:].strip()
    if hemi is not None:
        if (kind == "lat") != (hemi in "NS"):
            raise ValueError(tr("hemisphere '{hemi}' does not fit a {word}", hemi=hemi, word=_WORD[kind]))
        sign = _HEMI[hemi]
    if up.startswith("-"):
        sign, up = -sign, up[1:].strip()
    elif up.startswith("+"):
        up = up[1:].strip()
    if not up:
        raise ValueError(tr("no number in {kind} '{s}'", kind=kind, s=s))
    if _SEPARATED.search(up):
        parts = _NUMS.findall(up)
        leftover = _NUMS.sub("", up)
        if not parts or len(parts) > 3 or re.search(r"[^°º˚:'\"′″’”DMS\s]", leftover):
            raise ValueError(tr("unreadable {kind} '{s}'", kind=kind, s=s))
        vals = [float(p.replace(",", ".")) for p in parts]
    else:
        m = _COMPACT.match(up)
        if not m:
            raise ValueError(tr("unreadable {kind} '{s}'", kind=kind, s=s))
        whole, frac = m.group(1), m.group(2)
        if hemi is None and frac is None and len(whole) <= 3:
            vals = [float(whole)]
        elif hemi is None and len(whole) <= 3:
            vals = [float(whole + "." + frac)]
        else:
            vals = _compact(whole, frac, kind, s)
    deg = vals[0]
    minutes = vals[1] if len(vals) > 1 else 0.0
    seconds = vals[2] if len(vals) > 2 else 0.0
    if len(vals) > 1 and (minutes >= 60 or seconds >= 60 or (len(vals) > 2 and minutes != int(minutes))):
        raise ValueError(tr("invalid minutes/seconds in {kind} '{s}'", kind=kind, s=s))
    return _check(sign * (deg + minutes / 60.0 + seconds / 3600.0), kind, s)


def _compact(whole: str, frac: str | None, kind: str, s: str) -> list[float]:
    """'473017' (DDMMSS), '4730.28' (DDMM.mm), '1223017' (DDDMMSS), '12230.5' (DDDMM.m)."""
    dlen = 2 if kind == "lat" else 3
    n = len(whole)
    tail = "." + frac if frac else ""
    if n == dlen + 4 or (kind == "lon" and n == 6):
        d = n - 4
        return [float(whole[:d]), float(whole[d:d + 2]), float(whole[d + 2:] + tail)]
    if n == dlen + 2 or (kind == "lon" and n == 4):
        d = n - 2
        return [float(whole[:d]), float(whole[d:] + tail)]
    if n <= dlen:
        return [float(whole + tail)]
    raise ValueError(tr("unreadable compact {kind} '{s}'", kind=kind, s=s))


def _check(value: float, kind: str, s: str) -> float:
    if not np.isfinite(value):
        raise ValueError(tr("{kind} '{s}' is not a number", kind=kind, s=s))
    if kind == "lat" and not -90.0 <= value <= 90.0:
        raise ValueError(tr("latitude {value:g} out of range", value=value))
    # 0..360 longitudes are accepted and normalised later
    if kind == "lon" and not -180.0 <= value <= 360.0:
        raise ValueError(tr("longitude {value:g} out of range", value=value))
    return value


def parse_coord_column(values: Sequence[str], kind: str) -> tuple[np.ndarray, dict[int, str]]:
    """Vectorised decimal fast path, per-row DMS fallback. Returns (values with NaN, {row: reason})."""
    n = len(values)
    errors: dict[int, str] = {}
    try:
        out = np.array(values, dtype=float)
        bad_idx = np.nonzero(~np.isfinite(out))[0]
    except ValueError:
        out = np.full(n, np.nan)
        bad_idx = np.arange(n)
    if kind == "lat":
        rng = np.isfinite(out) & ((out < -90) | (out > 90))
    else:
        rng = np.isfinite(out) & ((out < -180) | (out > 360))
    if rng.any():
        out[rng] = np.nan
        bad_idx = np.union1d(bad_idx, np.nonzero(rng)[0])
    for i in bad_idx:
        try:
            out[i] = parse_coord(values[i], kind)
        except ValueError as exc:
            out[i] = np.nan
            errors[int(i)] = message_of(exc)
    return out, errors
