"""CSV / TSV / semicolon track files: column detection, preview, and a vectorised reader.

The fast path (no quotes, every row with the expected number of fields) splits the whole text at once and
converts columns with numpy; rows that fail a vectorised check are re-parsed one by one so that each bad
row is reported with its line number.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..errors import InputError, IssueLog
from ..feedback import check
from ..messages import joined, tr
from ..model import ReadResult
from .common import FL_NOTE, alt_factor, check_bad_share, finish, make_track, stem, subset
from .coords import parse_coord_column
from .csv_measures import _convert_measure, _infer_unit, _number_column, _safe_float, _unique_name
from .measures import ALT_FIELD, Measure, classify, infer_speed_unit
from .timeparse import (
    _LAYOUT,
    _TIME_ONLY,
    EPOCH_S_MIN,
    epoch_unit,
    get_zone,
    parse_date,
    parse_time,
    parse_time_column,
)

_BLANK_OR_COMMENT = re.compile(r"\n[ \t]*(?:\n|#)|\n[ \t]+$")
DELIMITERS = ("\t", ";", ",", "|")
ROLES = ("time", "date", "lat", "lon", "alt", "id")

# Header names per role. Exact matches win over matches on the first word ('time_received' < 'datetime').
_EXACT = {
    "lat": {"lat", "latitude", "lat_deg", "latitude_deg", "gps_lat", "gpslat", "lat_dd", "y_lat"},
    "lon": {"lon", "lng", "long", "longitude", "lon_deg", "longitude_deg", "gps_lon", "gpslon", "gps_lng",
            "lon_dd", "x_lon"},
    "alt": {"alt", "altitude", "height", "elevation", "ele", "elev", "alt_m", "altitude_m", "gps_alt",
            "geoaltitude", "baroaltitude", "alt_ft", "altitude_ft", "alt_km", "altitude_km", "fl",
            "flight_level", "flightlevel", "height_m", "alt_msl"},
    "time": {"time", "datetime", "date_time", "timestamp", "dt_pos_utc", "epoch", "utc", "time_utc",
             "utc_time", "gps_time", "timestamp_utc", "datetime_utc", "date_time_utc", "unix_time", "unixtime",
             "epoch_s", "epoch_ms", "when", "dt", "t", "time_stamp", "received_at", "time_received"},
    "date": {"date", "date_utc", "utc_date", "gps_date", "day"},
    "id": {"track_id", "trackid", "track", "callsign", "payload_callsign", "serial", "object", "object_id",
           "balloon", "flight", "vehicle", "track_name", "trackname", "call", "mmsi", "icao24", "hex",
           "sonde", "sonde_id", "sondeid"},  # radiosondy.info CSV: SONDE holds the serial
}
_FIRST_WORD = {
    "lat": {"lat", "latitude"},
    "lon": {"lon", "lng", "long", "longitude"},
    "alt": {"alt", "altitude", "height", "elevation", "ele", "elev"},
    "time": {"time", "datetime", "timestamp", "epoch"},
    "date": {"date"},
    "id": set(),
}
_UNIT_WORDS = {"ft": "ft", "feet": "ft", "foot": "ft", "m": "m", "meters": "m", "metres": "m", "km": "km",
               "fl": "fl"}


@dataclass
class CsvPreview:
    """What the dock shows before an import."""

    delimiter: str
    has_header: bool
    columns: list[str]  # header names, or col_1.. for a header-less file
    mapping: dict[str, int]  # role ('time','date','lat','lon','alt','id') -> column index
    alt_unit: str | None  # 'm', 'ft', 'km', 'fl' (None: no altitude column)
    time_kind: str | None  # 'iso', 'epoch_s', 'epoch_ms', 'time_only', 'date+time', 'mixed' or None
    rows: list[list[str]]  # first data rows as text
    header_line: int = 0  # 1-based line of the header, 0 if none
    notes: list[str] = field(default_factory=list)
    alt_unit_stated: bool = True  # False: the header names no unit for the altitude column


def _decode(data: bytes, source: str) -> tuple[str, list[str]]:
    notes: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), notes
        except UnicodeDecodeError:
            raise InputError(tr("unreadable UTF-16 text"), source) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        notes.append(tr("File is not UTF-8: read as Windows-1252 (Latin-1)."))
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, notes


def _role_of(name: str) -> tuple[str | None, int, str | None]:
    """(role, score, unit) of a header name; score 2 = exact name, 1 = first word."""
    n = name.strip().strip('"').strip().lower()
    words = [w for w in re.split(r"[^a-z0-9]+", n) if w]
    if not words:
        return None, 0, None
    key = "_".join(words)
    unit = None
    for w in words[1:]:
        if w in _UNIT_WORDS:
            unit = _UNIT_WORDS[w]
    if key in ("fl", "flight_level", "flightlevel"):
        unit = "fl"
    for role, names in _EXACT.items():
        if key in names:
            return role, 2, unit
    # 'Lat (deg)', 'Altitude (ft)', 'time received'...: first word decides
    for role, names in _FIRST_WORD.items():
        if words[0] in names:
            if role == "date" and any(w in ("time", "datetime") for w in words[1:]):
                return "time", 1, unit
            return role, 1, unit
    return None, 0, None


def _sniff_delimiter(lines: list[str], source: str) -> str:
    best, best_count = None, 0
    for d in DELIMITERS:
        counts = [_count_fields(ln, d) - 1 for ln in lines]
        if not counts or counts[0] <= 0:
            continue
        mode = max(set(counts), key=counts.count)
        if mode > 0 and counts.count(mode) >= 0.8 * len(counts) and mode > best_count:
            best, best_count = d, mode
    if best is None:
        raise InputError(tr("no column delimiter found (expected comma, tab, semicolon or '|')"), source)
    return best


def _count_fields(line: str, d: str) -> int:
    if '"' in line:
        return len(_csv_row(line, d))
    return line.count(d) + 1


def _split(line: str, d: str) -> list[str]:
    if '"' in line:
        return _csv_row(line, d)
    return line.split(d)


def _csv_row(line: str, d: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=d))
    except csv.Error as exc:  # e.g. a field over the csv module's limit of 131,072 characters
        raise InputError(tr("unreadable CSV line ({exc})", exc=exc)) from None


MAX_CELL_CHARS = 1000  # longer cells are refused: a fixed-width text array would cost rows x longest cell


def _check_cells(cols: list[list[str]], columns: list[str], linenos: np.ndarray, source: str) -> None:
    """Refuse a cell longer than MAX_CELL_CHARS, naming its line and column (linear in the file)."""
    for j, col in enumerate(cols):
        if col and max(map(len, col)) > MAX_CELL_CHARS:
            i = next(i for i, v in enumerate(col) if len(v) > MAX_CELL_CHARS)
            raise InputError(
                tr(
                    "a cell of {n_col:,} characters, more than the limit of {limit:,}",
                    n_col=len(col[i]),
                    limit=MAX_CELL_CHARS,
                ),
                source,
                int(linenos[i]),
                columns[j] if j < len(columns) else f"column {j + 1}",
            )


def _looks_numeric(v: str) -> bool:
    try:
        float(v)
        return True
    except ValueError:
        return False


def _looks_time(v: str) -> bool:
    v = v.strip()
    if _LAYOUT.match(v):
        return True
    try:
        parse_time(v)
        return not _looks_numeric(v)
    except ValueError:
        return False


def _head_lines(text: str, limit: int = 60) -> tuple[list[str], list[int]]:
    """First non-blank, non-comment lines and their 0-based indices."""
    out, idx = [], []
    for i, ln in enumerate(text[:1 << 20].split("\n")[:5000]):  # bounded prefix: no copy of a big text
        if ln.strip() and not ln.lstrip().startswith("#"):
            out.append(ln)
            idx.append(i)
            if len(out) >= limit:
                break
    return out, idx


def _analyse(text: str, source: str, column_map: dict | None, complete: bool = True) -> CsvPreview:
    try:
        return _analyse_text(text, source, column_map, complete)
    except InputError as exc:
        if exc.source:
            raise
        raise InputError(exc.reason, source, exc.line, exc.field) from None


def _analyse_text(text: str, source: str, column_map: dict | None, complete: bool = True) -> CsvPreview:
    lines, idx = _head_lines(text)
    if not complete and len(lines) > 2:  # last line of a head may be cut
        lines, idx = lines[:-1], idx[:-1]
    if not lines:
        raise InputError(tr("file is empty"), source)
    d = _sniff_delimiter(lines[:50], source)
    first = [v.strip().strip('"') for v in _split(lines[0], d)]
    roles = [_role_of(v) for v in first]
    numeric_first = sum(_looks_numeric(v) or _looks_time(v) for v in first)
    has_header = any(r for r, _, _ in roles) or numeric_first < len(first) / 2
    notes: list[str] = []
    mapping: dict[str, int] = {}
    alt_unit = None
    if has_header:
        columns = first
        for role in ROLES:
            cands = [(score, -i) for i, (r, score, _) in enumerate(roles) if r == role]
            if cands:
                mapping[role] = -max(cands)[1]
        _choose_altitude(columns, mapping, notes)
        if "alt" in mapping:
            alt_unit = roles[mapping["alt"]][2] or _measure_unit(columns[mapping["alt"]])
        data_rows = [_split(ln, d) for ln in lines[1:21]]
        header_line = idx[0] + 1
    else:
        columns = [f"col_{i + 1}" for i in range(len(first))]
        data_rows = [_split(ln, d) for ln in lines[:20]]
        header_line = 0
        if not column_map:
            mapping = _guess_headerless(data_rows, source)
            notes.append(tr("No header: columns read as {columns} (give a column mapping if this is wrong).",
                            columns=", ".join(f"{r}={columns[i]}" for r, i in mapping.items())))
            if "alt" in mapping:
                alt_unit = "m"
    if column_map:
        for role, col in column_map.items():
            if role not in ROLES:
                raise InputError(
                    tr("unknown column role '{role}' (use {roles})", role=role, roles=", ".join(ROLES)), source
                )
            if col is None:
                mapping.pop(role, None)
                continue
            if isinstance(col, str) and not col.lstrip("-").isdigit():
                low = [c.lower() for c in columns]
                if col.strip().lower() not in low:
                    raise InputError(
                        tr("column '{col}' not found (columns: {columns})", col=col, columns=", ".join(columns)), source
                    )
                col = low.index(col.strip().lower())
            col = int(col)
            if not 0 <= col < len(columns):
                raise InputError(
                    tr(
                        "column index {col} for '{role}' is outside 0..{n_columns}",
                        col=col,
                        role=role,
                        n_columns=len(columns) - 1,
                    ),
                    source,
                )
            mapping[role] = col
        if "alt" in mapping and alt_unit is None:
            alt_unit = (_role_of(columns[mapping["alt"]])[2] or _measure_unit(columns[mapping["alt"]])
                        if has_header else None)
    if "time" not in mapping and "date" in mapping:
        mapping["time"] = mapping.pop("date")  # a 'Date' column holding full timestamps
    for need in ("lat", "lon"):
        if need not in mapping:
            raise InputError(
                tr(
                    "no {value} column found (columns: {columns}); give a column mapping",
                    value="latitude" if need == "lat" else "longitude",
                    columns=", ".join(columns),
                ),
                source,
            )
    time_kind = None
    if "time" in mapping:
        sample = [r[mapping["time"]].strip() for r in data_rows if len(r) > mapping["time"]]
        time_kind = _time_kind(sample, "date" in mapping)
    stated = alt_unit is not None or "alt" not in mapping
    alt_unit = alt_unit or ("m" if "alt" in mapping else None)
    if "fl" == alt_unit:
        notes.append(FL_NOTE)
    return CsvPreview(d, has_header, columns, mapping, alt_unit, time_kind, data_rows, header_line, notes, stated)


def _measure_unit(name: str) -> str | None:
    m = classify(name)
    return m.unit.lower() if m is not None and m.kind == "alt" and m.unit else None


def _choose_altitude(columns: list[str], mapping: dict[str, int], notes: list[str]) -> None:
    """Among several altitude columns (GPS, barometric...), the one read as ``alt_m``: GPS first (height
    above the ellipsoid/MSL from the receiver), then a plain altitude, then barometric (pressure altitude,
    which depends on the atmosphere). The others are kept as fields; the choice is stated."""
    cands = [(j, m) for j, m in ((j, classify(c)) for j, c in enumerate(columns)) if m is not None and m.kind == "alt"]
    if "alt" in mapping:
        others = [c for c in cands if c[0] != mapping["alt"]]
        if others:
            kept = joined(tr("'{column}' kept as {field}", column=columns[j], field=ALT_FIELD[m.sub])
                          for j, m in others)
            notes.append(tr("Altitude: alt_m read from '{column}'; {kept}.", column=columns[mapping["alt"]], kept=kept))
        return
    if not cands:
        return
    rank = {"gps": 0, "": 1, "baro": 2}
    j, m = min(cands, key=lambda c: (rank[c[1].sub], c[0]))
    mapping["alt"] = j
    what = {"gps": tr("GPS altitude"), "": tr("altitude"), "baro": tr("barometric (pressure) altitude")}[m.sub]
    rest = [c for c in cands if c[0] != j]
    if rest:
        kept = joined(tr("'{column}' kept as {field}", column=columns[k], field=ALT_FIELD[mk.sub]) for k, mk in rest)
        notes.append(tr("Altitude: alt_m read from '{column}' ({what}); {kept}.", column=columns[j], what=what,
                        kept=kept))
    else:
        notes.append(tr("Altitude: alt_m read from '{column}' ({what}).", column=columns[j], what=what))


def _time_kind(sample: list[str], has_date_col: bool) -> str | None:
    if not sample:
        return None
    v = sample[0]
    if _LAYOUT.match(v):
        return "iso"
    if _TIME_ONLY.match(v) and not _looks_numeric(v):
        return "date+time" if has_date_col else "time_only"
    if _looks_numeric(v):
        unit = epoch_unit(np.array([_safe_float(x) for x in sample if _looks_numeric(x)]))
        if unit is not None:
            return unit[0]
        return "date+time" if has_date_col else "time_only"
    return "iso" if _looks_time(v) else "mixed"


def _guess_headerless(rows: list[list[str]], source: str) -> dict[str, int]:
    """The obvious header-less layouts: [time,] lat, lon[, alt] with time as epoch or ISO text."""
    if not rows:
        raise InputError(tr("header-less file without data rows"), source)
    ncol = len(rows[0])
    kinds = []
    for j in range(ncol):
        vals = [r[j].strip() for r in rows if len(r) == ncol]
        if vals and all(_looks_numeric(v) for v in vals):
            big = all(abs(float(v)) >= EPOCH_S_MIN for v in vals)
            kinds.append("epoch" if big else "num")
        elif vals and all(_looks_time(v) for v in vals):
            kinds.append("iso")
        else:
            kinds.append("text")
    mapping: dict[str, int] = {}
    times = [j for j, k in enumerate(kinds) if k in ("epoch", "iso")]
    if len(times) == 1:
        mapping["time"] = times[0]
    nums = [j for j, k in enumerate(kinds) if k == "num" and j not in times]
    if len(nums) >= 2 and mapping.get("time", -1) < nums[0]:
        lat_ok = all(abs(float(r[nums[0]])) <= 90 for r in rows if len(r) == ncol)
        if lat_ok:
            mapping["lat"], mapping["lon"] = nums[0], nums[1]
            if len(nums) >= 3 and nums[2] == nums[1] + 1:
                mapping["alt"] = nums[2]
            return mapping
    raise InputError(
        tr(
            "file has no header and its columns are not the obvious time, lat, lon, alt: give a column mapping "
            "such as {{'time': 0, 'lat': 1, 'lon': 2, 'alt': 3}}"
        ),
        source,
    )


def preview_csv(data_head: bytes, name: str = "") -> CsvPreview:
    """Delimiter, header, detected columns, altitude unit, time kind and first rows of a CSV head."""
    text, notes = _decode(data_head, name)
    pv = _analyse(text, name, None, complete=False)
    pv.notes = notes + pv.notes
    return pv


# ------------------------------------------------------------------------------------------- reading
def _rows_to_columns(lines: list[str], linenos: np.ndarray, d: str, ncol: int, issues: IssueLog,
                     quoted: bool) -> tuple[list[list[str]], np.ndarray, int]:
    """Split rows into columns; rows with the wrong field count are reported and dropped."""
    bad = 0
    if not quoted:
        counts = np.fromiter((ln.count(d) for ln in lines), dtype=np.int64, count=len(lines))
        good = counts == ncol - 1
        if not good.all():
            for i in np.nonzero(~good)[0]:
                issues.add(
                    int(linenos[i]), tr("expected {ncol} fields, found {counts}", ncol=ncol, counts=counts[i] + 1)
                )
            bad = int((~good).sum())
            keep = np.nonzero(good)[0]
            lines = [lines[i] for i in keep]
            linenos = linenos[keep]
        flat = d.join(lines).split(d) if lines else []
        return [flat[j::ncol] for j in range(ncol)], linenos, bad
    reader = csv.reader(io.StringIO("\n".join(lines)), delimiter=d)
    rows = []
    try:
        for r in reader:
            rows.append(r)
    except csv.Error as exc:  # a field over the csv module's limit (131,072 characters), a stray NUL...
        at = int(linenos[min(max(reader.line_num - 1, 0), len(linenos) - 1)]) if len(linenos) else None
        raise InputError(tr("unreadable CSV row ({exc})", exc=exc), issues.source, at) from None
    keep_rows, keep_idx = [], []
    for i, r in enumerate(rows):
        if len(r) == ncol:
            keep_rows.append(r)
            keep_idx.append(i)
        else:
            issues.add(int(linenos[i]), tr("expected {ncol} fields, found {n_r}", ncol=ncol, n_r=len(r)))
            bad += 1
    cols = [list(c) for c in zip(*keep_rows)] if keep_rows else [[] for _ in range(ncol)]
    return cols, linenos[np.asarray(keep_idx, dtype=np.int64)], bad


def read_csv(data: bytes, name: str, tz: str = "UTC", column_map: dict | None = None, date: str | None = None,
             alt_unit: str | None = None, feedback: Any = None) -> ReadResult:
    """Read a delimited text track file (see module docstring)."""
    text, notes = _decode(data, name)
    del data  # the caller may still hold it; we do not need it
    if not text or text.isspace():
        raise InputError(tr("file is empty"), name)
    pv = _analyse(text, name, column_map)
    notes += pv.notes
    zone = get_zone(tz, name)
    date_epoch = parse_date(date, name) if date else None
    check(feedback, 5)
    all_lines = text.split("\n")
    start = pv.header_line  # 0-based index of the first line after the header (0 if no header)
    body = all_lines[start:]
    while body and not body[-1].strip():
        body.pop()
    linenos = np.arange(start + 1, start + 1 + len(body), dtype=np.int64)
    # blank or comment lines inside the data: filter (C-speed search first, the loop only when needed)
    if "" in body or _BLANK_OR_COMMENT.search(text, 0) or (body and body[0].lstrip().startswith("#")):
        keep = [i for i, ln in enumerate(body) if ln.strip() and not ln.lstrip().startswith("#")]
        body = [body[i] for i in keep]
        linenos = linenos[np.asarray(keep, dtype=np.int64)]
    total = len(body)
    issues = IssueLog(name)
    d = pv.delimiter
    ncol = len(pv.columns)
    quoted = '"' in text
    del all_lines, text
    cols, linenos, bad_fields = _rows_to_columns(body, linenos, d, ncol, issues, quoted)
    del body
    _check_cells(cols, pv.columns, linenos, name)
    check(feedback, 30)
    m = pv.mapping
    n = len(linenos)
    row_err: dict[int, tuple[str, str]] = {}

    def note_errors(errs: dict[int, str], fld: str) -> None:
        for i, reason in errs.items():
            row_err.setdefault(i, (fld, reason))

    lat, e = parse_coord_column(cols[m["lat"]], "lat")
    note_errors(e, pv.columns[m["lat"]])
    lon, e = parse_coord_column(cols[m["lon"]], "lon")
    note_errors(e, pv.columns[m["lon"]])
    cols[m["lat"]] = cols[m["lon"]] = []  # free the strings early: peak memory on 1e6 rows
    check(feedback, 50)
    alt = None
    unit = alt_unit or pv.alt_unit
    if alt_unit:
        alt_factor(alt_unit, name)  # validate early
        if alt_unit.strip().lower() == "fl" and FL_NOTE not in notes:
            notes.append(FL_NOTE)
    used = set(m.values())
    measures = {j: mc for j, mc in ((j, classify(c)) for j, c in enumerate(pv.columns)) if mc is not None
                and j not in used}
    alt_raw = None
    if "alt" in m:
        alt_raw, e = _number_column(cols[m["alt"]])
        note_errors(e, pv.columns[m["alt"]])
        if not alt_unit and not pv.alt_unit_stated:
            unit = _infer_unit(alt_raw, cols, measures, pv.columns, pv.columns[m["alt"]], notes)
        alt = alt_raw * alt_factor(unit, name)
        cols[m["alt"]] = []
    times = None
    if "time" in m:
        tcol = cols[m["time"]]
        if tcol and tcol[0] != tcol[0].strip():
            tcol = [v.strip() for v in tcol]
        date_col_used = False
        if "date" in m and tcol and not _LAYOUT.match(tcol[0]) and _TIME_ONLY.match(tcol[0]):
            dcol = cols[m["date"]]
            tcol = [f"{a.strip()}T{b}" for a, b in zip(dcol, tcol)]
            date_col_used = True
        if tcol and date_epoch is None and not date_col_used and _TIME_ONLY.match(tcol[0]) \
                and float(_safe_float(tcol[0])) < EPOCH_S_MIN:
            raise InputError(
                tr(
                    "column '{columns}' holds times of day only: give the date (YYYY-MM-DD) of the first fix",
                    columns=pv.columns[m["time"]],
                ),
                name,
            )
        cols[m["time"]] = []
        times, e, kind = parse_time_column(tcol, zone, date_epoch)
        sample = next((v for v in tcol if v.strip()), "")
        del tcol
        note_errors(e, pv.columns[m["time"]])
        if kind in ("iso", "mixed", "time_only") and sample and not _ZONE_GIVEN.search(sample):
            notes.append(tr("Times in '{column}' carry no time zone: read as {tz} (choose the zone if the file "
                            "uses local time).", column=pv.columns[m["time"]], tz=tz))
        if kind == "time_only":
            notes.append(tr("Times of day placed on {date} (a day added each time the clock goes back).", date=date))
    check(feedback, 75)
    bad_rows = np.zeros(n, dtype=bool)
    if row_err:
        idx = np.fromiter(row_err.keys(), dtype=np.int64)
        bad_rows[idx] = True
        for i in sorted(row_err):
            fld, reason = row_err[i]
            issues.add(int(linenos[i]), reason, fld)
    check_bad_share(total, bad_fields + int(bad_rows.sum()), name, tr("rows"))
    keep = np.nonzero(~bad_rows)[0] if bad_rows.any() else None

    def pick(a):
        return a if keep is None or a is None else subset(a, keep)

    lat, lon, alt, times, lines_kept = pick(lat), pick(lon), pick(alt), pick(times), pick(linenos)
    attributes: dict[str, Any] = {}
    kept: list[str] = []
    # speeds are compared with the motion between fixes only where the fixes are one flight
    single_track = "id" not in m or len({v.strip() for v in cols[m["id"]]}) <= 1
    for j, cname in enumerate(pv.columns):
        if j in used:
            continue
        vals = cols[j]
        num, errs = _number_column(vals) if vals else (np.zeros(0), {})
        col = num if not errs else [v.strip() for v in vals]
        key = cname or f"col_{j + 1}"
        if j in measures and not errs:
            mc = measures[j]
            if mc.kind == "speed" and not mc.unit and times is not None and single_track:
                found = infer_speed_unit(pick(num), lon, lat, times)
                if found is not None:
                    mc = Measure("speed", found[0], found[1])
                    notes.append(tr("Speed unit of '{column}' not stated in the header: {unit}, found by comparing "
                                    "it with the ground speed between fixes (median ratio {ratio:.2f}).",
                                    column=cname, unit=found[0], ratio=found[2]))
            key, col = _convert_measure(mc, cname, num, unit, attributes, kept)
        attributes[_unique_name(key, attributes)] = pick(col)
    if kept:
        notes.append(tr("Kept in SI units: {kept}.", kept=joined(kept, "; ")))
    tracks = []
    if "id" in m:
        ids = np.asarray([v.strip() for v in cols[m["id"]]], dtype=str)
        ids = pick(ids)
        uniq, first_idx, inv = np.unique(ids, return_index=True, return_inverse=True)
        order_groups = np.argsort(first_idx)  # keep the order of first appearance
        by_group = np.argsort(inv, kind="stable")
        bounds = np.concatenate([[0], np.cumsum(np.bincount(inv, minlength=len(uniq)))])
        for g in order_groups:
            sel = by_group[bounds[g]:bounds[g + 1]]
            tid = uniq[g] or stem(name)
            tracks.append(make_track(tid, lon[sel], lat[sel], None if times is None else times[sel],
                                     None if alt is None else alt[sel], name,
                                     {k: subset(v, sel) for k, v in attributes.items()}, lines_kept[sel]))
    else:
        tracks.append(make_track(stem(name), lon, lat, times, alt, name, attributes, lines_kept))
    check(feedback, 100)
    return finish(tracks, "csv", issues, notes, name)


# a time string that says its zone: Z, +hh:mm / -hhmm, or a zone word at its end
_ZONE_GIVEN = re.compile(r"(?:\d(?:Z|[+-]\d{2}:?\d{2})|\b(?:UTC|GMT|Z))\s*$", re.IGNORECASE)
