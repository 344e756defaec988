"""Time parsing: ISO 8601 and friends, epoch s/ms, time-only with a date; scalar and vectorised.

Everything ends up as UTC epoch seconds (float). ``tz`` is an IANA zone name applied only to timestamps
that carry no zone of their own.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Sequence

import numpy as np

from ..errors import InputError
from ..messages import message_of, tr

UTC_NAMES = {"utc", "z", "gmt", "etc/utc", "etc/gmt", "zulu", "universal", "etc/universal"}

# Epoch values above this are milliseconds: 1e11 s would be the year 5138.
EPOCH_MS_THRESHOLD = 1e11
# Plausible epoch-seconds range for a "number that is a time" (1973 .. 2286).
EPOCH_S_MIN = 1e8

_ISO = re.compile(
    r"^\s*(?P<y>\d{4})(?P<ds>[-/]?)(?P<mo>\d{2})(?P=ds)(?P<d>\d{2})"
    r"(?:(?:[Tt]|\s+)(?P<h>\d{1,2})(?P<ts>:?)(?P<mi>\d{2})(?:(?P=ts)(?P<s>\d{2})(?:[.,](?P<f>\d+))?)?)?"
    r"\s*(?P<z>[Zz]|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?\s*$"
)
_DMY = re.compile(
    r"^\s*(?P<d>\d{1,2})\.(?P<mo>\d{1,2})\.(?P<y>\d{4})"
    r"(?:\s+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,](?P<f>\d+))?)?)?"
    r"\s*(?P<z>[Zz]|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?\s*$"
)
_TIME_ONLY = re.compile(r"^\s*(?P<h>\d{1,2}):?(?P<mi>\d{2}):?(?P<s>\d{2})(?:[.,](?P<f>\d+))?\s*(?P<z>[Zz]|UTC)?\s*$")
_DATE = re.compile(r"^\s*(\d{4})-?(\d{2})-?(\d{2})\s*$")


def get_zone(tz: str | None, source: str = ""):
    """A tzinfo for an IANA name, or None for UTC."""
    if tz is None or str(tz).strip().lower() in UTC_NAMES or str(tz).strip() == "":
        return None
    try:
        from zoneinfo import ZoneInfo  # stdlib since 3.9

        return ZoneInfo(str(tz).strip())
    except Exception:  # ZoneInfoNotFoundError, ValueError for odd keys
        raise InputError(tr("unknown time zone '{tz}' (use an IANA name such as 'America/Denver' or 'UTC')", tz=tz),
                         source) from None


def _zone_offset_s(z: str | None) -> float | None:
    """Seconds east of UTC of a zone suffix, or None if there is none."""
    if not z:
        return None
    if z in ("Z", "z", "UTC", "GMT"):
        return 0.0
    sign = -1.0 if z[0] == "-" else 1.0
    digits = z[1:].replace(":", "")
    hours = int(digits[:2])
    minutes = int(digits[2:4]) if len(digits) >= 4 else 0
    return sign * (hours * 3600 + minutes * 60)


def _naive_epoch(y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: int = 0, frac: str | None = None) -> float:
    # datetime validates day-of-month and hour ranges for us
    dt = datetime(y, mo, d, h, mi, min(s, 59), tzinfo=timezone.utc)
    t = dt.timestamp() + (1.0 if s == 60 else 0.0)  # leap second: keep it monotonic
    if frac:
        t += int(frac) / 10 ** len(frac)
    return t


def local_to_utc(naive: float, zone) -> float:
    """Epoch seconds of a wall-clock time (given as if it were UTC) in ``zone``."""
    if zone is None or not np.isfinite(naive):
        return naive
    wall = datetime(1970, 1, 1) + timedelta(seconds=float(naive))
    off = wall.replace(tzinfo=zone).utcoffset()
    return naive - (off.total_seconds() if off is not None else 0.0)


def local_to_utc_array(naive: np.ndarray, zone) -> np.ndarray:
    """Vectorised ``local_to_utc``: the offset is looked up once per distinct hour."""
    naive = np.asarray(naive, dtype=float)
    if zone is None or naive.size == 0:
        return naive
    ok = np.isfinite(naive)
    hours = np.floor(naive[ok] / 3600.0)
    uniq, inv = np.unique(hours, return_inverse=True)
    offs = np.array([_offset_at(h * 3600.0, zone) for h in uniq], dtype=float)
    out = naive.copy()
    out[ok] = naive[ok] - offs[inv]
    return out


def _offset_at(naive: float, zone) -> float:
    try:
        wall = datetime(1970, 1, 1) + timedelta(seconds=float(naive))
    except OverflowError:
        return np.nan
    off = wall.replace(tzinfo=zone).utcoffset()
    return off.total_seconds() if off is not None else 0.0


def parse_date(date: str, source: str = "") -> float:
    """'YYYY-MM-DD' -> epoch seconds of its midnight UTC."""
    m = _DATE.match(str(date))
    if not m:
        raise InputError(tr("date '{date}' is not YYYY-MM-DD", date=date), source)
    try:
        return _naive_epoch(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        raise InputError(tr("date '{date}' does not exist", date=date), source) from None


def epoch_from_number(value: float) -> float:
    """Epoch seconds from a number of seconds or milliseconds (decided by magnitude)."""
    return value / 1000.0 if abs(value) >= EPOCH_MS_THRESHOLD else value


def parse_time(text: str, zone=None, date_epoch: float | None = None) -> float:
    """One timestamp -> UTC epoch seconds; raises ValueError with a short reason.

    Accepts ISO 8601 (extended or basic, 'T' or space, fraction, Z/±hh:mm/UTC), 'DD.MM.YYYY hh:mm:ss',
    epoch seconds or milliseconds, and 'hh:mm:ss' when ``date_epoch`` (midnight UTC of the date) is given.
    ``zone`` (tzinfo or None=UTC) applies only to values without a zone.
    """
    s = str(text).strip()
    if not s:
        raise ValueError(tr("empty time"))
    m = _ISO.match(s) or _DMY.match(s)
    if m:
        g = m.groupdict()
        t = _naive_epoch(int(g["y"]), int(g["mo"]), int(g["d"]), int(g["h"] or 0), int(g["mi"] or 0),
                         int(g["s"] or 0), g["f"])
        off = _zone_offset_s(g["z"])
        return t - off if off is not None else local_to_utc(t, zone)
    m = _TIME_ONLY.match(s)
    if m:
        if date_epoch is None:
            raise ValueError(tr("time of day without a date (give the date)"))
        h, mi, sec = int(m.group("h")), int(m.group("mi")), int(m.group("s"))
        if h > 23 or mi > 59 or sec > 60:
            raise ValueError(tr("invalid time of day '{s}'", s=s))
        t = date_epoch + h * 3600 + mi * 60 + sec
        if m.group("f"):
            t += int(m.group("f")) / 10 ** len(m.group("f"))
        return t if m.group("z") else local_to_utc(t, zone)
    try:
        v = float(s)
    except ValueError:
        raise ValueError(tr("unreadable time '{s}'", s=s[:40])) from None
    if not np.isfinite(v) or abs(v) < EPOCH_S_MIN:
        raise ValueError(tr("number '{s}' is not an epoch time", s=s[:40]))
    return epoch_from_number(v)


# ---------------------------------------------------------------- vectorised ISO
def _days_from_civil(y: np.ndarray, m: np.ndarray, d: np.ndarray) -> np.ndarray:
    """Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm), vectorised."""
    y = y - (m <= 2)
    era = np.floor_divide(y, 400)
    yoe = y - era * 400
    mp = np.where(m > 2, m - 3, m + 9)
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


_LAYOUT = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})([T ])(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$"
)


def parse_iso_array(values: Sequence[str], zone=None) -> tuple[np.ndarray, np.ndarray]:
    """Vectorised parse of same-layout ISO strings ('2023-02-01T12:00:00Z', '... 12:00:00.5+01:00').

    The layout is taken from the first value; rows that do not match it exactly get NaN and False in the
    returned mask (callers parse those one by one with ``parse_time``). Returns (epoch seconds, ok mask).
    """
    n = len(values)
    out = np.full(n, np.nan)
    if n == 0:
        return out, np.zeros(0, dtype=bool)
    m = _LAYOUT.match(str(values[0]).strip())
    if not m:
        return out, np.zeros(n, dtype=bool)
    width = len(m.group(0))
    arr = np.asarray(values, dtype=str)
    if arr.dtype.itemsize // 4 < width:
        return out, np.zeros(n, dtype=bool)
    codes = arr.view(np.uint32).reshape(n, -1)
    ok = np.ones(n, dtype=bool)
    if codes.shape[1] > width:  # longer strings do not have this layout
        ok &= (codes[:, width:] == 0).all(axis=1)
    codes = codes[:, :width]  # a view: converted to int64 one field at a time (memory)

    def num(start: int, length: int) -> np.ndarray:
        nonlocal ok
        block = codes[:, start:start + length].astype(np.int64) - 48
        ok &= ((block >= 0) & (block <= 9)).all(axis=1)
        val = np.zeros(n, dtype=np.int64)
        for j in range(length):
            val = val * 10 + block[:, j]
        return val

    def lit(pos: int, chars: str) -> None:
        nonlocal ok
        c = codes[:, pos].astype(np.int64)
        hit = np.zeros(n, dtype=bool)
        for ch in chars:
            hit |= c == ord(ch)
        ok &= hit

    y, mo, d = num(0, 4), num(5, 2), num(8, 2)
    lit(4, "-")
    lit(7, "-")
    lit(10, m.group(4))
    h, mi, s = num(11, 2), num(14, 2), num(17, 2)
    lit(13, ":")
    lit(16, ":")
    pos = 19
    frac = np.zeros(n)
    if m.group(8):
        lit(pos, ".")
        nd = len(m.group(8))
        frac = num(pos + 1, nd) / 10.0**nd
        pos += 1 + nd
    off = None
    if m.group(9):
        z = m.group(9)
        if z == "Z":
            lit(pos, "Z")
            off = np.zeros(n)
        else:
            lit(pos, "+-")
            sign = np.where(codes[:, pos].astype(np.int64) == ord("-"), -1, 1)
            oh = num(pos + 1, 2)
            if ":" in z:
                lit(pos + 3, ":")
                om = num(pos + 4, 2)
            else:
                om = num(pos + 3, 2)
            ok &= (oh <= 14) & (om <= 59)
            off = sign * (oh * 3600 + om * 60)
    mo_c = np.clip(mo, 1, 12)
    dim = _days_from_civil(y + (mo_c == 12), np.where(mo_c == 12, 1, mo_c + 1), 1) - _days_from_civil(y, mo_c, 1)
    ok &= (mo >= 1) & (mo <= 12) & (d >= 1) & (d <= dim) & (h <= 23) & (mi <= 59) & (s <= 60)
    t = _days_from_civil(y, mo_c, np.clip(d, 1, 31)) * 86400.0 + h * 3600 + mi * 60 + s + frac
    t = np.where(ok, t, np.nan)  # garbage rows must not reach the zone lookup
    if off is not None:
        t = t - off
    else:
        t = local_to_utc_array(t, zone)
    out[ok] = t[ok]
    return out, ok


def parse_time_column(values: Sequence[str], zone=None, date_epoch: float | None = None):
    """Parse a column of time strings: vectorised ISO or epoch fast path, per-row fallback.

    Returns (epoch seconds with NaN for failures, {row index: reason} for failures, kind) where kind is
    'iso', 'epoch_s', 'epoch_ms', 'time_only' or 'mixed'.
    """
    n = len(values)
    out, ok = parse_iso_array(values, zone)
    kind = "iso"
    errors: dict[int, str] = {}
    if n and not ok.any():
        nums, nok = _float_array(values)
        unit = epoch_unit(nums[nok]) if nok.mean() > 0.5 else None
        if unit is not None:
            kind, scale = unit
            with np.errstate(invalid="ignore"):
                fits = nok & (nums / scale >= EPOCH_S_MIN) & (nums / scale <= EPOCH_S_MAX)
            out = np.where(fits, nums / scale, np.nan)
            ok = fits.copy()
            word = _EPOCH_WORDS[kind]
            for i in np.nonzero(nok & ~fits)[0]:  # numbers in another unit: refused, never re-read alone
                errors[int(i)] = tr("epoch value {value} is not a time in {unit} (the unit of {fits} of {count} "
                                    "values in this column)", value=values[i].strip()[:30], unit=word,
                                    fits=int(fits.sum()), count=int(nok.sum()))
                ok[i] = True  # reported: no per-row fallback that would decide the unit again
        elif date_epoch is not None and _TIME_ONLY.match(str(values[0]).strip() or "x"):
            kind = "time_only"
    bad = np.nonzero(~ok)[0]
    if len(bad):
        for i in bad:
            try:
                out[i] = parse_time(values[i], zone, date_epoch)
            except ValueError as exc:
                errors[int(i)] = message_of(exc)
        if kind == "iso" and len(bad) > n // 2:
            kind = "mixed"
    if kind == "time_only":
        out = _roll_days(out)
    return out, errors, kind


# Largest epoch-seconds value read as a time: 2100-01-01.
EPOCH_S_MAX = 4102444800.0
_EPOCH_UNITS = (("epoch_s", 1.0), ("epoch_ms", 1e3), ("epoch_us", 1e6))
_EPOCH_WORDS = {"epoch_s": tr("seconds"), "epoch_ms": tr("milliseconds"), "epoch_us": tr("microseconds")}


def epoch_unit(nums: np.ndarray) -> tuple[str, float] | None:
    """The epoch unit (kind, divisor to seconds) under which most values are times between 1973 and 2100.

    Decided by the majority, so a few outliers in another unit cannot flip a whole column (they are refused
    by the caller with their lines). None when no unit makes at least half of the values a time."""
    nums = np.asarray(nums, dtype=float)
    nums = nums[np.isfinite(nums)]
    if not len(nums):
        return None
    best, best_count = None, 0
    for kind, scale in _EPOCH_UNITS:
        count = int(((nums / scale >= EPOCH_S_MIN) & (nums / scale <= EPOCH_S_MAX)).sum())
        if count > best_count:
            best, best_count = (kind, scale), count
    return best if best_count * 2 >= len(nums) else None


def _roll_days(t: np.ndarray) -> np.ndarray:
    """Time-of-day values on one date: add a day each time the clock goes back by more than 12 h
    (a flight past midnight UTC)."""
    t = t.copy()
    ok = np.isfinite(t)
    if ok.sum() < 2:
        return t
    vals = t[ok]
    jumps = np.concatenate([[0], np.cumsum(np.diff(vals) < -43200)])
    t[ok] = vals + jumps * 86400.0
    return t


def _float_array(values: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    try:
        a = np.array(values, dtype=float)
        return a, np.isfinite(a)
    except ValueError:
        out = np.full(len(values), np.nan)
        for i, v in enumerate(values):
            try:
                out[i] = float(v)
            except ValueError:
                pass
        return out, np.isfinite(out)
