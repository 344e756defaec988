"""Helpers shared by the track readers: building tracks, grouping, the bad-row rule."""

from __future__ import annotations

import os
from typing import Any, Sequence

import numpy as np

from ..errors import InputError, IssueLog
from ..feedback import check
from ..messages import tr
from ..model import ReadResult, Track

# A file where more than this share of the records is unusable is refused as a whole: it is probably
# not what the analyst thinks it is (wrong column mapping, wrong format), and a half-empty track misleads.
MAX_BAD_SHARE = 0.5

FT = 0.3048  # international foot, metres
ALT_FACTORS = {"m": 1.0, "ft": FT, "km": 1000.0, "fl": 100.0 * FT}


def stem(name: str) -> str:
    """File stem used as a fallback track id ('/a/b/flight.csv' -> 'flight')."""
    base = os.path.basename(str(name).replace("\\", "/").rstrip("/")) or "track"
    root, ext = os.path.splitext(base)
    return root or base


def normalise_lon(lon: np.ndarray) -> np.ndarray:
    """Longitudes 0..360 (or any) to [-180, 180)."""
    lon = np.asarray(lon, dtype=float)
    out = (lon + 180.0) % 360.0 - 180.0
    # keep exact values untouched where already in range: avoids -0.0/rounding surprises
    inside = (lon >= -180.0) & (lon < 180.0)
    out[inside] = lon[inside]
    return out


def make_track(
    track_id: str,
    lon: Sequence[float] | np.ndarray,
    lat: Sequence[float] | np.ndarray,
    times: Sequence[float] | np.ndarray | None,
    alt_m: Sequence[float] | np.ndarray | None,
    source: str = "",
    attributes: dict[str, Any] | None = None,
    lines: Sequence[int] | np.ndarray | None = None,
    sort: bool = True,
) -> Track:
    """Build a Track: normalised longitudes, and sorted by time (stable) when every time is known."""
    lon = normalise_lon(np.asarray(lon, dtype=float))
    lat = np.asarray(lat, dtype=float)
    n = len(lon)
    times = np.full(n, np.nan) if times is None else np.asarray(times, dtype=float)
    alt_m = np.full(n, np.nan) if alt_m is None else np.asarray(alt_m, dtype=float)
    attributes = dict(attributes or {})
    line_arr = None if lines is None else np.asarray(lines, dtype=np.int64)
    if sort and n > 1 and np.isfinite(times).all() and (np.diff(times) < 0).any():
        order = np.argsort(times, kind="stable")
        lon, lat, times, alt_m = lon[order], lat[order], times[order], alt_m[order]
        if line_arr is not None:
            line_arr = line_arr[order]
        attributes = {k: _take(v, order) for k, v in attributes.items()}
    return Track(str(track_id), lon, lat, times, alt_m, source=source, attributes=attributes, lines=line_arr)


def _take(values: Any, order: np.ndarray) -> Any:
    if isinstance(values, np.ndarray):
        return values[order]
    return [values[i] for i in order]


def subset(values: Any, idx: np.ndarray) -> Any:
    """values[idx] for a list or an array."""
    return _take(values, idx)


def check_bad_share(total: int, bad: int, source: str, what: str = tr("records")) -> None:
    """Refuse a file where most records are unusable (see MAX_BAD_SHARE)."""
    if total == 0:
        raise InputError(tr("no {what} found: this does not look like a track file", what=what), source)
    if bad > MAX_BAD_SHARE * total:
        raise InputError(
            tr(
                "{bad} of {total} {what} are unusable (more than {limit}%): check the format, column "
                "mapping, date or units",
                bad=bad,
                total=total,
                what=what,
                limit=int(MAX_BAD_SHARE * 100),
            ),
            source,
        )


def finish(tracks: list[Track], fmt: str, issues: IssueLog, notes: list[str], source: str) -> ReadResult:
    """Final checks common to all readers: implausible fixes refused row by row (altitude, time, position
    outside physical ranges), the same fix given twice merged, and at least one fix somewhere."""
    from .quality import merge_duplicate_fixes, refuse_implausible

    total = sum(len(t) for t in tracks)
    refused = dups = 0
    checked = []
    for t in tracks:
        t, r = refuse_implausible(t, issues)
        t, d = merge_duplicate_fixes(t)
        refused, dups = refused + r, dups + d
        checked.append(t)
    tracks = checked
    if refused:
        check_bad_share(total, refused, source, tr("fixes"))
    if dups:
        notes = [*notes, tr("{count} fix(es) given twice in the file (same time, position and altitude): merged.",
                             count=dups)]
    tracks = [t for t in tracks if len(t)]
    if not tracks:
        reason = tr("no usable position found")
        if len(issues):
            reason = tr("no usable position found ({summary})", summary=issues.summary())
        raise InputError(reason, source)
    return ReadResult(tracks=tracks, format=fmt, issues=issues, notes=notes)


def alt_factor(unit: str | None, source: str = "") -> float:
    """Metres per unit for 'm', 'ft', 'km', 'FL' (case-insensitive)."""
    if unit is None:
        return 1.0
    key = str(unit).strip().lower()
    key = {"feet": "ft", "foot": "ft", "meter": "m", "metre": "m", "meters": "m", "metres": "m"}.get(key, key)
    if key not in ALT_FACTORS:
        raise InputError(tr("unknown altitude unit '{unit}' (use m, ft, km or FL)", unit=unit), source)
    return ALT_FACTORS[key]


FL_NOTE = (
    "Flight levels converted with 1 FL = 100 ft (pressure altitude on the 1013.25 hPa datum), "
    "used as if it were height above mean sea level."
)


def text_records(text: str, feedback=None):
    """(line number, stripped line) of a line-per-record log, blank lines and '#' comments skipped; progress
    reported to ``feedback`` (0..90 %) and Cancel honoured every 5,000 lines."""
    lines = text.split("\n")
    for ln_no, line in enumerate(lines, start=1):
        if ln_no % 5000 == 0:
            check(feedback, 90.0 * ln_no / len(lines))
        s = line.strip()
        if s and not s.startswith("#"):
            yield ln_no, s
