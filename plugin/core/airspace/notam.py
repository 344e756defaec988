"""NOTAM text -> Airspace list: ICAO format (items Q, A-G) and FAA domestic (``!FDC ...``) texts.

ICAO: item E is authoritative for the geometry when it holds one (circles such as ``CIRCLE RADIUS 5KM
CENTRE 612800N0401500E`` / ``4NM RADIUS CENTERED ON 530612N 0400159W``, or a chain of at least three
coordinates, closed if needed); otherwise the Q-line circle (``DDMM[NS]DDDMM[EW]RRR``, radius in NM) is used
as an envelope, and the notes say so. B)/C) are YYMMDDhhmm UTC (``PERM`` = no end, ``EST`` = estimated end,
noted); D) is kept as schedule text (the flagged window is B)-C)). F)/G) give the limits; without them the
Q-line lower/upper flight levels are used (000 = SFC, 999 = UNL). Multi-part NOTAMs (``PART n OF m`` in
item A) are merged. Only airspace subjects are imported (Q-code second letter A, R or W); others are
reported and skipped.

FAA domestic: ``WI AN AREA DEFINED AS 5NM RADIUS OF 422530N1231215W (OED237013.3) SFC-8000FT ...
2608140500-2608280500`` or chains ``... TO ... TO POINT OF ORIGIN``; times YYMMDDhhmm UTC.
Also accepted: a JSON document whose strings are NOTAM messages (e.g. a ``RAWMESSAGE`` list).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from .. import safejson
from ..errors import InputError, IssueLog
from ..feedback import check
from ..messages import message_of, tr
from ..model import Airspace
from . import geometry as geo
from .common import AirspaceReadResult, add_note, apply_limits, notam_time
from .coords import CoordError, find_notam_coords
from .limits import FL_NOTE, Limit, LimitError, check_order, fl_limit, parse_limit_text

_ID = re.compile(r"(?m)^[ \t]*\(?[ \t]*([A-Z]\d{4}/\d{2})[ \t]+NOTAM([NRC])(?:[ \t]+([A-Z]\d{4}/\d{2}))?")
_ITEM = re.compile(r"(?<![A-Z0-9])([QABCDEFG])\)\s*")
_CIRCLE = [
    re.compile(r"(?:CIRCLE\s+)?RADIUS\s+(?:OF\s+)?(\d+(?:\.\d+)?)\s*(NM|KM|M)\b\s*(?:CENTRED|CENTERED|CENTRE|CENTER)?"
               r"\s*(?:ON|AT|AROUND)?\s*(?:POINT\s+)?"),
    # the look-behind starts a number only at the start of a run of digits: linear, not quadratic, in a long run
    re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(NM|KM|M)\s+RADIUS\s+"
               r"(?:OF|CENTRED ON|CENTERED ON|CENTRE|CENTER|AROUND|ON)\s*"),
]  # fmt: skip
_UNITS = {"NM": geo.NM, "KM": 1000.0, "M": 1.0}
_AIRSPACE_SUBJECT = ("A", "R", "W")
_FAA_BAND = re.compile(
    r"\b(SFC|GND|FL\s?\d{2,3}|\d{1,6}\s?FT(?:\s?(?:AGL|MSL|AMSL))?)\s?-\s?"
    r"(UNL|FL\s?\d{2,3}|\d{1,6}\s?FT(?:\s?(?:AGL|MSL|AMSL))?)"
)


@dataclass
class _Msg:
    line: int
    ident: str
    kind: str  # N, R, C or FAA
    replaces: str | None
    items: dict[str, str] = field(default_factory=dict)
    raw: str = ""
    part: tuple[int, int] | None = None


class _SkipError(Exception):
    pass


def split_messages(text: str, first_line: int = 1) -> list[_Msg]:
    """Split a text holding one or more NOTAMs into messages with their starting line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    starts = [(m.start(), m) for m in _ID.finditer(text)]
    faa = [m.start() for m in re.finditer(r"(?m)^[ \t]*!", text)]
    cuts = sorted({s for s, _ in starts} | set(faa))
    if not cuts:
        cuts = [0] if ("Q)" in text or "E)" in text or "WI AN AREA" in text) else []
    msgs = []
    for k, s in enumerate(cuts):
        e = cuts[k + 1] if k + 1 < len(cuts) else len(text)
        chunk = text[s:e]
        line = first_line + text.count("\n", 0, s)
        m = _ID.match(chunk)
        if chunk.lstrip().startswith("!"):
            fm = re.match(r"\s*!(\S+)\s+(\d+/\d+)", chunk)
            msgs.append(_Msg(line, " ".join(fm.groups()) if fm else f"NOTAM at line {line}", "FAA", None, raw=chunk))
            continue
        msg = _Msg(line, m.group(1) if m else f"NOTAM at line {line}", m.group(2) if m else "N",
                   m.group(3) if m else None, raw=chunk)  # fmt: skip
        msg.items = _items(chunk[m.end() :] if m else chunk)
        pm = re.search(r"PART\s+(\d+)\s+OF\s+(\d+)", msg.items.get("A", ""))
        if pm:
            msg.part = (int(pm.group(1)), int(pm.group(2)))
        msgs.append(msg)
    return msgs


def _items(body: str) -> dict[str, str]:
    """Items Q..G in their fixed order; E) ends at the next F)/G) marker that starts a limit."""
    items: dict[str, str] = {}
    order = "QABCDEFG"
    pos = 0
    found: list[tuple[str, int, int]] = []
    for letter in order:
        if letter in ("F", "G"):
            pat = re.compile(rf"(?<![A-Z0-9]){letter}\)\s*(?=SFC|GND|UNL|FL|\d)")
        else:
            pat = re.compile(rf"(?<![A-Z0-9]){letter}\)\s*")
        m = pat.search(body, pos)
        if m:
            found.append((letter, m.start(), m.end()))
            pos = m.end()
    for k, (letter, _s, e) in enumerate(found):
        end = found[k + 1][1] if k + 1 < len(found) else len(body)
        val = body[e:end]
        if letter == "G" or k + 1 == len(found):
            val = re.split(r"\n\s*(?:CREATED:|SOURCE:|END PART)|\)\s*$", val)[0]
        items[letter] = val.strip()
    return items


def _merge_parts(msgs: list[_Msg], issues: IssueLog) -> list[_Msg]:
    out: list[_Msg] = []
    groups: dict[tuple[str, int], list[_Msg]] = {}
    for m in msgs:
        if m.part is None:
            out.append(m)
            continue
        key = (m.ident, m.part[1])
        if key not in groups:
            groups[key] = []
            out.append(m)  # placeholder: the first part stands for the group
        groups[key].append(m)
    merged: list[_Msg] = []
    for m in out:
        if m.part is None:
            merged.append(m)
            continue
        parts = sorted(groups[(m.ident, m.part[1])], key=lambda p: p.part[0])
        first = parts[0]
        items = dict(first.items)
        items["E"] = "\n".join(p.items.get("E", "") for p in parts)
        for p in parts:
            for k in ("F", "G", "D"):
                if k in p.items and k not in items:
                    items[k] = p.items[k]
        have = sorted(p.part[0] for p in parts)
        total = first.part[1]
        raw = "\n".join(p.raw for p in parts)
        m2 = _Msg(first.line, first.ident, first.kind, first.replaces, items, raw, first.part)
        if len(have) != total or have != list(range(1, len(have) + 1)):
            m2.__dict__["partial"] = tr("only part(s) {parts} of {total} present", parts=", ".join(map(str, have)),
                                        total=total)
        merged.append(m2)
    return merged


def _qline(q: str) -> dict:
    """Fields of item Q; missing or malformed ones are left out (the caller reports what it needed)."""
    parts = [p.strip() for p in q.split("/")]
    out: dict = {}
    if len(parts) > 1 and re.fullmatch(r"Q[A-Z]{4}", parts[1] or ""):
        out["code"] = parts[1]
    if len(parts) > 6 and re.fullmatch(r"\d{3}", parts[5] or "") and re.fullmatch(r"\d{3}", parts[6] or ""):
        out["lower"], out["upper"] = int(parts[5]), int(parts[6])
    if len(parts) > 7:
        m = re.fullmatch(r"(\d{2})(\d{2})([NS])(\d{3})(\d{2})([EW])(\d{3})", parts[7].replace(" ", ""))
        if m:
            lat = (int(m.group(1)) + int(m.group(2)) / 60.0) * (1 if m.group(3) == "N" else -1)
            lon = (int(m.group(4)) + int(m.group(5)) / 60.0) * (1 if m.group(6) == "E" else -1)
            if abs(lat) <= 90 and abs(lon) <= 180:
                out["centre"] = (lon, lat)
                out["radius_nm"] = int(m.group(7))
    return out


def _geometry_from_text(text: str, tol: float):
    """(MultiPolygon, description) from free text, or (None, reason)."""
    flat = " ".join(text.replace("\n", " ").split())
    coords = find_notam_coords(flat)
    for pat in _CIRCLE:
        m = pat.search(flat)
        if m:
            after = [c for c in coords if c[2] >= m.end() - 1 and c[2] - m.end() < 40]
            if after:
                r = float(m.group(1)) * _UNITS[m.group(2)]
                lon, lat = after[0][0], after[0][1]
                return geo.circle(lon, lat, r, tol), tr("circle {radius} {unit} radius", radius=m.group(1),
                                                         unit=m.group(2))
    if len(coords) >= 3:
        verts = [(c[0], c[1]) for c in coords]
        ring = geo.clean_ring(verts)
        mp = geo.polygon_from_ring(geo.densify_ring_edges(ring, [False] * len(ring), tol))
        return mp, tr("polygon of {count} points", count=len(ring))
    if coords:
        return None, tr("only {count} coordinate(s) and no radius in the area text", count=len(coords))
    m = re.search(r"AREA DESCRIBED AS ([A-Z0-9 /\-]+?)(?: SFC| FL|\d| EFFECTIVE|\.)", flat)
    if m:
        return None, tr("area given only by name ('{name}'), no coordinates", name=m.group(1).strip())
    return None, tr("no coordinates in the area text")


def _limit_item(text: str | None) -> Limit | None:
    if not text:
        return None
    t = text.strip().split("\n")[0].strip()
    return parse_limit_text(t)


def _to_airspace(msg: _Msg, source: str, tol: float, notes_out: set[str]) -> Airspace:
    if msg.kind == "FAA":
        return _faa(msg, source, tol, notes_out)
    if msg.kind == "C":
        raise _SkipError(tr("{ident} is a cancellation (NOTAMC): no area to import", ident=msg.ident))
    it = msg.items
    notes: list[str] = []
    if "Q" not in it:
        raise _SkipError(tr("no item Q)"))
    q = _qline(it["Q"])
    if "code" in q:
        subject = q["code"][1:3]
        if subject[0] not in _AIRSPACE_SUBJECT:
            raise _SkipError(
                tr("Q-code {q} is not an airspace NOTAM (subject {subject})", q=q["code"], subject=subject)
            )
    else:
        notes.append(tr("malformed Q-line '{text}'", text=it['Q'].strip()))
    if "centre" not in q:
        notes.append(tr("Q-line has no usable centre/radius"))
    mp, desc = _geometry_from_text(it.get("E", ""), tol)
    if mp is None:
        if "centre" not in q:
            raise _SkipError(tr("no geometry: {desc}, and no Q-line circle", desc=desc))
        mp = geo.circle(q["centre"][0], q["centre"][1], max(q["radius_nm"], 1) * geo.NM, tol)
        notes.append(tr("geometry is the Q-line envelope circle ({q} NM): {desc}", q=q['radius_nm'], desc=desc))
        if q["radius_nm"] == 0:
            notes.append(tr("Q-line radius 000 taken as 1 NM"))
    # times
    b = (it.get("B") or "").split()
    c = (it.get("C") or "").split()
    if not b:
        raise _SkipError(tr("no start time (item B)"))
    try:
        start = notam_time(b[0])
    except ValueError as exc:
        raise _SkipError(tr("item B: {exc}", exc=exc)) from None
    end = None
    if c:
        ct = c[0].upper()
        if ct.startswith("PERM"):
            notes.append(tr("permanent (C) PERM)"))
        else:
            if ct.endswith("EST"):
                ct = ct[:-3]
                notes.append(tr("end time is an estimate (EST)"))
            try:
                end = notam_time(ct)
            except ValueError as exc:
                raise _SkipError(tr("item C: {exc}", exc=exc)) from None
            if end <= start:
                raise _SkipError(tr("item C is not after item B"))
    # limits
    try:
        floor = _limit_item(it.get("F"))
        ceiling = _limit_item(it.get("G"))
    except LimitError as exc:
        raise _SkipError(tr("items F/G: {exc}", exc=exc)) from None
    if floor is None or ceiling is None:
        if "lower" not in q:
            raise _SkipError(tr("no vertical limits (items F/G missing and no Q-line levels)"))
        if floor is None:
            floor = Limit(0.0, "SFC") if q["lower"] == 0 else fl_limit(q["lower"])
        if ceiling is None:
            ceiling = Limit(float("inf"), "UNL") if q["upper"] == 999 else fl_limit(q["upper"])
        notes.append(tr("vertical limits from the Q-line (flight levels)"))
    try:
        check_order(floor, ceiling)
    except LimitError as exc:
        raise _SkipError(message_of(exc)) from None
    if FL_NOTE in (floor.note, ceiling.note):
        notes_out.add(FL_NOTE)
    code = q.get("code", "")
    kind = {"RD": "D", "RP": "P", "RT": "TFR", "RR": "R", "RA": "R", "RM": "R"}.get(code[1:3], code[1:2] or "NOTAM")
    if msg.replaces:
        notes.append(tr("replaces {replaces}", replaces=msg.replaces))
    if msg.__dict__.get("partial"):
        notes.append(msg.__dict__["partial"])
    a = Airspace(
        ident=msg.ident, name=_name(it.get("E", ""), msg.ident), kind=kind, geometry=mp, start_time=start,
        end_time=end, schedule=(it.get("D") or "").replace("\n", " "), source=source, line=msg.line,
        text=msg.raw.strip(),
    )  # fmt: skip
    apply_limits(a, floor, ceiling)
    add_note(a, *notes)
    return a


def _name(e: str, ident: str) -> str:
    first = " ".join(e.split())[:80]
    return f"{ident} {first}".strip()


def _faa(msg: _Msg, source: str, tol: float, notes_out: set[str]) -> Airspace:
    flat = " ".join(msg.raw.replace("\n", " ").split())
    m = re.search(r"\bWI(?:THIN)?\s+(?:AN|THE)\s+AREA\s+(?:DEFINED|DESCRIBED)\s+AS\b", flat)
    if not m:
        raise _SkipError(tr("{ident}: no 'WI AN AREA DEFINED AS' clause", ident=msg.ident))
    area_txt = flat[m.end() :]
    band = _FAA_BAND.search(area_txt)
    geom_txt = area_txt[: band.start()] if band else area_txt[:400]
    mp, desc = _geometry_from_text(geom_txt, tol)
    if mp is None:
        if not find_notam_coords(geom_txt) and geom_txt.strip() and len(geom_txt.strip()) < 60:
            desc = tr("area given only by name ('{name}'), no coordinates", name=geom_txt.strip())
        raise _SkipError(tr("{ident}: {desc}", ident=msg.ident, desc=desc))
    if not band:
        raise _SkipError(tr("{ident}: no altitude band such as 'SFC-8000FT' after the area", ident=msg.ident))
    try:
        floor = parse_limit_text(_ft(band.group(1)))
        ceiling = parse_limit_text(_ft(band.group(2)))
        check_order(floor, ceiling)
    except LimitError as exc:
        raise _SkipError(tr("{ident}: {exc}", ident=msg.ident, exc=exc)) from None
    notes = [n for n in (floor.note, ceiling.note) if n]
    if FL_NOTE in notes:
        notes_out.add(FL_NOTE)
    tm = re.search(r"\b(\d{10})-(\d{10}|PERM)(EST)?\b", flat)
    start = end = None
    if tm:
        start = notam_time(tm.group(1))
        end = None if tm.group(2) == "PERM" else notam_time(tm.group(2))
        if tm.group(3):
            notes.append(tr("end time is an estimate (EST)"))
    else:
        notes.append(tr("no YYMMDDhhmm-YYMMDDhhmm window in the text: treated as always active"))
    kind = "NDA" if "DEFENSE AIRSPACE" in flat else "TFR"
    a = Airspace(
        ident=msg.ident, name=flat[:80], kind=kind, geometry=mp, start_time=start, end_time=end,
        source=source, line=msg.line, text=msg.raw.strip(), schedule="permanent" if tm and end is None else "",
    )  # fmt: skip
    apply_limits(a, floor, ceiling)
    add_note(a, *notes)
    return a


def _ft(token: str) -> str:
    """FAA band tokens: '8000FT' (MSL by FAA convention), '17999FT AGL', 'FL180'."""
    t = token.strip().upper()
    if re.fullmatch(r"\d+\s?FT", t):
        return t + " MSL"  # FAA domestic NOTAM altitudes without a reference are MSL
    return t


def read_notam_text(text: str, source: str = "", tolerance_m: float = 1.0, feedback=None,
                    fmt: str = "icao_notam") -> AirspaceReadResult:  # fmt: skip
    msgs = split_messages(text)
    return _read_msgs(msgs, source, tolerance_m, feedback, fmt)


def _read_msgs(msgs: list[_Msg], source: str, tol: float, feedback, fmt: str) -> AirspaceReadResult:
    issues = IssueLog(source)
    if not msgs:
        raise InputError(tr("no NOTAM message found (expected items such as Q) ... E) or '!FDC ...')"), source)
    msgs = _merge_parts(msgs, issues)
    out: list[Airspace] = []
    notes: set[str] = set()
    for k, msg in enumerate(msgs):
        check(feedback, 100.0 * k / len(msgs))
        try:
            out.append(_to_airspace(msg, source, tol, notes))
        except (_SkipError, CoordError, geo.GeometryError) as exc:
            issues.add(msg.line, tr("NOTAM {ident} skipped: {exc}", ident=msg.ident, exc=exc))
    if not out:
        raise InputError(
            tr(
                "none of the {n_msgs} NOTAM(s) could be imported: {summary}", n_msgs=len(msgs), summary=issues.summary()
            ),
            source,
        )
    return AirspaceReadResult(out, fmt, issues, sorted(notes))


def _json_strings(obj, out: list[tuple[int, str]], path_idx: list[int]) -> None:
    if isinstance(obj, str):
        s = obj
        if ("Q)" in s and ("E)" in s or "B)" in s)) or s.lstrip().startswith("!"):
            out.append((len(out) + 1, s))
    elif isinstance(obj, dict):
        for v in obj.values():
            _json_strings(v, out, path_idx)
    elif isinstance(obj, list):
        for v in obj:
            _json_strings(v, out, path_idx)


def read_notam_json(data: bytes, source: str = "", tolerance_m: float = 1.0, feedback=None) -> AirspaceReadResult:
    """JSON holding NOTAM messages as strings (any nesting). Record numbers replace line numbers."""
    try:
        obj = safejson.loads(data.decode("utf-8-sig"), source)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(tr("not valid JSON ({exc})", exc=exc), source) from None
    found: list[tuple[int, str]] = []
    _json_strings(obj, found, [])
    if not found:
        raise InputError(tr("JSON holds no NOTAM message text (no string with items Q) and E))"), source)
    msgs: list[_Msg] = []
    for rec, s in found:
        for m in split_messages(s):
            m.line = rec  # record number in the JSON document
            msgs.append(m)
    res = _read_msgs(msgs, source, tolerance_m, feedback, "icao_notam")
    res.notes.append(tr("line numbers are record numbers of NOTAM messages in the JSON document"))
    return res
