"""OpenAir airspace text (original Winpilot format and Naviter extended 2.x) -> Airspace list.

Records start at ``AC``. Supported: AC, AY (2.x type), AN, AL, AH, AA (2.x activation windows, ``NONE`` for
an open end; ``AA NONE`` alone: no activation time defined, kept with no window and said), V X= (centre),
V D=+/- (arc direction, + = clockwise, the default, reset for each record),
DP (point), DC (circle, radius in NM), DA (arc: radius NM, start and end angle in degrees from the centre),
DB (arc between two points around the centre). Ignored: AF, AG, AX, AT, SP, SB, V W/Z. DY (airways) is
reported as unsupported. ``*`` starts a comment, also after a command.

Each malformed record (bad coordinate, unit, limit order, self-crossing outline...) is reported with its
line number and skipped; the rest of the file still imports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import InputError, IssueLog
from ..feedback import check
from ..messages import message_of, tr
from ..model import Airspace
from ..utc import iso_to_epoch
from . import geometry as geo
from .common import AirspaceReadResult, add_note, apply_limits
from .coords import CoordError, parse_openair_coord
from .limits import FL_NOTE, Limit, LimitError, check_order, parse_limit_text

_IGNORED = {"AF", "AG", "AX", "AT", "SP", "SB", "AI", "AR"}


class _RecordError(Exception):
    def __init__(self, line: int, reason: str, field: str | None = None):
        super().__init__(reason)
        self.line = line
        self.reason = reason
        self.field = field


@dataclass
class _Record:
    line: int
    cls: str
    name: str = ""
    ay: str = ""
    al: tuple[int, str] | None = None
    ah: tuple[int, str] | None = None
    aa: list[tuple[int, str]] = field(default_factory=list)
    # ring vertices and whether the edge *leaving* each vertex is already dense (inside an arc)
    pts: list[tuple[float, float]] = field(default_factory=list)
    dense: list[bool] = field(default_factory=list)
    circle: tuple[float, float, float] | None = None
    centre: tuple[float, float] | None = None
    clockwise: bool = True
    error: _RecordError | None = None
    airway: bool = False


def _strip_comment(line: str) -> str:
    i = line.find("*")
    return line if i < 0 else line[:i]


def _arc(rec: _Record, lineno: int, lon: float, lat: float, r_m: float, a1: float, a2: float,
         cw: bool, tol: float, end_point: tuple[float, float] | None = None) -> None:  # fmt: skip
    pts = geo.arc_points(lon, lat, r_m, a1, a2, cw, tol)
    if rec.pts:
        rec.dense[-1] = False  # edge from the previous point to the arc start: a geodesic
    if end_point is not None:
        # DB: end exactly on the published end point (the arc radius is taken from the start point)
        pts[-1] = (pts[-1][0] + ((end_point[0] - pts[-1][0] + 180.0) % 360.0 - 180.0), end_point[1])
    rec.pts.extend(pts)
    rec.dense.extend([True] * (len(pts) - 1) + [False])


def _parse_aa(text: str) -> tuple[float | None, float | None]:
    parts = text.strip().split("/")
    if len(parts) != 2:
        raise ValueError(tr("activation '{text}' is not 'start/end'", text=text.strip()))
    out = []
    for p in parts:
        p = p.strip()
        out.append(None if p.upper() == "NONE" else iso_to_epoch(p))
    if out[0] is not None and out[1] is not None and out[1] <= out[0]:
        raise ValueError(tr("activation '{text}' ends before it starts", text=text.strip()))
    return out[0], out[1]


def read_openair_text(text: str, source: str = "", tolerance_m: float = 1.0, feedback=None) -> AirspaceReadResult:
    """Parse OpenAir text. Raises InputError when no record at all could be read."""
    issues = IssueLog(source)
    records: list[_Record] = []
    rec: _Record | None = None
    lines = text.splitlines()
    nlines = max(1, len(lines))
    saw_command = False
    for lineno, raw in enumerate(lines, start=1):
        if lineno % 2000 == 0:
            check(feedback, 50.0 * lineno / nlines)
        line = _strip_comment(raw).strip()
        if not line:
            continue
        m = re.match(r"^([A-Za-z]{1,2})\b\s*(.*)$", line)
        if not m:
            if rec is not None and rec.error is None:
                rec.error = _RecordError(lineno, tr("unrecognised line '{line}'", line=line[:40]))
            continue
        cmd, arg = m.group(1).upper(), m.group(2).strip()
        saw_command = True
        if cmd == "AC":
            rec = _Record(lineno, arg.upper())
            records.append(rec)
            continue
        if rec is None:
            if cmd in ("AN", "AL", "AH", "DP", "DC", "DA", "DB", "V"):
                issues.add(lineno, tr("'{cmd}' before any 'AC' record start; ignored", cmd=cmd), cmd)
            continue
        if rec.error is not None:
            continue
        try:
            if cmd == "AN":
                rec.name = arg
            elif cmd == "AY":
                rec.ay = arg.upper()
            elif cmd == "AL":
                rec.al = (lineno, arg)
            elif cmd == "AH":
                rec.ah = (lineno, arg)
            elif cmd == "AA":
                rec.aa.append((lineno, arg))
            elif cmd == "V":
                vm = re.match(r"^([XDWZ])\s*=\s*(.*)$", arg, re.IGNORECASE)
                if not vm:
                    raise _RecordError(lineno, tr("malformed variable 'V {arg}'", arg=arg), "V")
                var, val = vm.group(1).upper(), vm.group(2).strip()
                if var == "X":
                    rec.centre = parse_openair_coord(val)
                elif var == "D":
                    if val not in ("+", "-"):
                        raise _RecordError(lineno, tr("arc direction must be + or -, got '{val}'", val=val), "V D")
                    rec.clockwise = val == "+"
            elif cmd == "DP":
                rec.pts.append(parse_openair_coord(arg))
                rec.dense.append(False)
            elif cmd == "DC":
                if rec.centre is None:
                    raise _RecordError(lineno, tr("circle 'DC' without a centre 'V X='"), "DC")
                r = float(arg.replace(",", "."))
                if not r > 0:
                    raise _RecordError(lineno, tr("circle radius '{arg}' is not positive", arg=arg), "DC")
                rec.circle = (rec.centre[0], rec.centre[1], r * geo.NM)
            elif cmd == "DA":
                if rec.centre is None:
                    raise _RecordError(lineno, tr("arc 'DA' without a centre 'V X='"), "DA")
                parts = [p.strip() for p in arg.split(",")]
                if len(parts) != 3:
                    raise _RecordError(lineno, tr("'DA {arg}' needs radius, start angle, end angle", arg=arg), "DA")
                r, a1, a2 = (float(p) for p in parts)
                if not r > 0:
                    raise _RecordError(lineno, tr("arc radius '{parts}' is not positive", parts=parts[0]), "DA")
                _arc(rec, lineno, rec.centre[0], rec.centre[1], r * geo.NM, a1, a2, rec.clockwise, tolerance_m)
            elif cmd == "DB":
                if rec.centre is None:
                    raise _RecordError(lineno, tr("arc 'DB' without a centre 'V X='"), "DB")
                parts = arg.split(",")
                if len(parts) != 2:
                    raise _RecordError(
                        lineno, tr("'DB {arg}' needs two coordinates separated by a comma", arg=arg), "DB"
                    )
                p1, p2 = parse_openair_coord(parts[0]), parse_openair_coord(parts[1])
                cx, cy = rec.centre
                az1, r1 = geo.azimuth(cx, cy, *p1)
                az2, r2 = geo.azimuth(cx, cy, *p2)
                if r1 <= 0:
                    raise _RecordError(lineno, tr("arc start point is the centre"), "DB")
                if abs(r1 - r2) > max(0.05 * r1, 100.0):
                    add_note_pending(rec, tr("line {line}: arc end is {off:.0f} m off the radius", line=lineno,
                                             off=abs(r1 - r2)))
                _arc(rec, lineno, cx, cy, r1, az1, az2, rec.clockwise, tolerance_m, end_point=p2)
            elif cmd == "DY":
                rec.airway = True
                raise _RecordError(lineno, tr("airway records (DY) are not supported"), "DY")
            elif cmd in _IGNORED:
                pass
            else:
                raise _RecordError(lineno, tr("unknown command '{cmd}'", cmd=cmd), cmd)
        except _RecordError as exc:
            rec.error = exc
        except (CoordError, geo.GeometryError) as exc:
            rec.error = _RecordError(lineno, message_of(exc), cmd)
        except ValueError as exc:
            rec.error = _RecordError(lineno, tr("bad number in '{cmd} {arg}' ({exc})", cmd=cmd, arg=arg, exc=exc), cmd)
    if not saw_command:
        raise InputError(tr("no OpenAir commands (AC, AN, DP...) found"), source)

    airspaces: list[Airspace] = []
    notes: set[str] = set()
    for k, r in enumerate(records):
        if k % 100 == 0:
            check(feedback, 50.0 + 50.0 * k / max(1, len(records)))
        try:
            airspaces.extend(_finish(r, source, tolerance_m, notes))
        except _RecordError as exc:
            label = f"'{r.name}' " if r.name else ""
            issues.add(
                exc.line,
                tr(
                    "airspace {label}(starting line {line}) skipped: {reason}",
                    label=label,
                    line=r.line,
                    reason=exc.reason,
                ),
                exc.field,
            )
    if not airspaces and records:
        first = issues.issues[0] if issues.issues else None
        if first:
            raise InputError(tr("none of the {count} OpenAir record(s) could be imported (first: {first})",
                                count=len(records), first=first.message), source)
        raise InputError(tr("none of the {count} OpenAir record(s) could be imported", count=len(records)), source)
    if not records:
        raise InputError(tr("no OpenAir airspace record (AC) found"), source)
    return AirspaceReadResult(airspaces, "openair", issues, sorted(notes))


# OpenAir AC codes that name a type of area rather than an ICAO class (original format; Naviter 2.x puts the
# type in AY and keeps AC for the class)
_AC_TYPES = {"R": "restricted", "Q": "danger", "P": "prohibited", "CTR": "control zone", "W": "wave window",
             "GP": "glider prohibited", "TMZ": "transponder mandatory zone", "RMZ": "radio mandatory zone",
             "TFR": "TFR", "ADIZ": "ADIZ", "WARNING": "warning", "ALERT": "alert", "MOA": "MOA",
             "UNCLASSIFIED": "unclassified"}


def class_and_type(cls: str | None, ay: str | None) -> tuple[str, str]:
    """(ICAO class, type) of an OpenAir record: ``AC A``..``G`` is a class; ``AC R/Q/P/CTR...`` a type;
    ``AY`` (2.x) always the type."""
    c = (cls or "").strip().upper()
    klass = c if c in ("A", "B", "C", "D", "E", "F", "G") else ""
    if ay:
        return klass, _AC_TYPES.get(ay.strip().upper(), ay.strip())
    return klass, "" if klass else _AC_TYPES.get(c, c)


def add_note_pending(rec: _Record, note: str) -> None:
    rec.__dict__.setdefault("pending", []).append(note)


def _limit(entry: tuple[int, str] | None, what: str, rec: _Record) -> Limit:
    if entry is None:
        raise _RecordError(rec.line, tr("no floor (AL)") if what == "AL" else tr("no ceiling (AH)"), what)
    try:
        return parse_limit_text(entry[1])
    except LimitError as exc:
        raise _RecordError(entry[0], message_of(exc), what) from None


def _finish(r: _Record, source: str, tol: float, notes: set[str]) -> list[Airspace]:
    if r.error is not None:
        raise r.error
    floor = _limit(r.al, "AL", r)
    ceiling = _limit(r.ah, "AH", r)
    try:
        check_order(floor, ceiling)
    except LimitError as exc:
        raise _RecordError((r.al or (r.line,))[0], message_of(exc), "AL/AH") from None
    try:
        if r.circle is not None:
            if r.pts:
                raise _RecordError(r.line, tr("record mixes a circle (DC) with outline points"), "DC")
            mp = geo.circle(*r.circle, tol)
        else:
            if not r.pts:
                raise _RecordError(r.line, tr("no geometry (DP/DA/DB/DC)"), "DP")
            ring = geo.densify_ring_edges(r.pts, r.dense, tol)
            with geo.keep_invalid() as kept:  # a real area drawn crossing itself is kept, repaired when written
                mp = geo.polygon_from_ring(ring)
    except geo.GeometryError as exc:
        raise _RecordError(r.line, message_of(exc), "geometry") from None
    windows: list[tuple[float | None, float | None]] = []
    aa_none = next((ln for ln, txt in r.aa if txt.strip().upper() == "NONE"), None)
    for ln, txt in ([] if aa_none is not None else r.aa):
        try:
            windows.append(_parse_aa(txt))
        except ValueError as exc:
            raise _RecordError(ln, message_of(exc), "AA") from None
    kind = r.ay or r.cls
    name = r.name or str(tr("unnamed {kind} (line {line})", kind=kind or tr("airspace"), line=r.line))
    base = Airspace(
        ident=name, name=name, kind=kind, geometry=mp, source=source, line=r.line,
    )  # fmt: skip
    if not r.name:
        add_note(base, "no name (AN) in the file: named after its class and line")
    if r.ay and r.cls and r.cls != r.ay:
        add_note(base, f"class {r.cls}")
    base.airspace_class, base.airspace_type = class_and_type(r.cls, r.ay)
    if r.circle is None and kept:
        base.repair = f"{kept[0]} at line {r.line}: kept as drawn, to be repaired (make-valid)"
    apply_limits(base, floor, ceiling)
    for extra in r.__dict__.get("pending", []):
        add_note(base, extra)
    if FL_NOTE in (floor.note, ceiling.note):
        notes.add(FL_NOTE)
    if aa_none is not None:
        # Naviter 2.x 'AA NONE': no activation time defined yet (active when a NOTAM says so); it overrides any
        # other AA. Kept with no window, so it is checked at every time, and the reason is said.
        base.schedule = "AA NONE"
        add_note(base, f"activation times not defined (AA NONE at line {aa_none}): active only when activated by "
                       "NOTAM; kept and checked as possibly active at any time")
    if not windows:
        return [base]
    if len(windows) == 1:
        base.start_time, base.end_time = windows[0]
        base.schedule = r.aa[0][1]
        return [base]
    out = []
    sched = "; ".join(t for _, t in r.aa)
    for i, (s, e) in enumerate(windows):
        a = Airspace(**{**base.__dict__})
        a.ident = f"{name} #{i + 1}"
        a.start_time, a.end_time = s, e
        a.schedule = sched
        add_note(a, f"activation window {i + 1} of {len(windows)}")
        out.append(a)
    return out
