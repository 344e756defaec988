"""AIXM 5.1 / 5.1.1 airspace (``aixm:Airspace/timeSlice/AirspaceTimeSlice``) -> Airspace list.

Per time slice: ``validTime`` (begin/end; an open end means permanent), ``type``, ``designator``, ``name``;
``geometryComponent/AirspaceGeometryComponent/theAirspaceVolume/AirspaceVolume`` with ``upperLimit``/
``lowerLimit`` (``uom`` FT, FL, M; values GND/UNL; ``uom`` OTHER only with those words) and their
``...Reference`` (MSL, SFC, STD), and ``horizontalProjection/Surface/patches/PolygonPatch`` whose ring is
made of ``GeodesicString``/``LineStringSegment`` ``posList``/``pos`` and ``CircleByCenterPoint`` (``pos`` +
``radius`` in NM/[nmi_i], KM, M). Axis order follows ``srsName``: EPSG:4326 urn/uri = lat lon, CRS84 = lon lat.
``activation/AirspaceActivation`` timesheets become the schedule text. Components with operation SUBTR/
INTERS that only reference another airspace (``contributorAirspace``) cannot be applied here: noted.
A TEMPDELTA slice without geometry (an activation of an airspace defined by its BASELINE) is applied to the
BASELINE slice of the same airspace (same ``gml:identifier``) when it is in the same file or in another file read
in the same run (:func:`apply_tempdeltas`): a copy of the BASELINE with the TEMPDELTA's validTime, activation and
NOTAM; without its BASELINE it is reported and skipped.
A linked ``event:Event`` NOTAM, when present in the file, provides the text (and name when missing).
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace

from .. import safexml
from ..errors import InputError, IssueLog
from ..messages import tr
from ..model import Airspace
from ..utc import iso_to_epoch
from . import geometry as geo
from .common import AirspaceReadResult, add_note, apply_limits
from .limits import FL_NOTE, Limit, LimitError, check_order, structured_limit

_XLINK = "{http://www.w3.org/1999/xlink}href"
_GMLID = "{http://www.opengis.net/gml/3.2}id"


class _SkipError(Exception):
    pass


@dataclass
class TempDelta:
    """A TEMPDELTA time slice without geometry: what it changes on its BASELINE airspace."""

    uuid: str
    source: str
    feature: int  # airspace feature number in its document (the 'line' of its issues)
    start: float | None
    end: float | None
    schedule: str
    name: str | None
    text: str
    notams: list[str]
    issues: IssueLog | None = None  # where to report it if its BASELINE is never found


class _DeltaError(Exception):
    def __init__(self, delta: TempDelta) -> None:
        super().__init__("TEMPDELTA")
        self.delta = delta


def _l(el: ET.Element) -> str:
    return safexml.local(el.tag)


def _child(el: ET.Element | None, name: str) -> ET.Element | None:
    if el is None:
        return None
    for c in el:
        if _l(c) == name:
            return c
    return None


def _children(el: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in el if _l(c) == name]


def _text(el: ET.Element | None, name: str) -> str | None:
    c = _child(el, name)
    return c.text.strip() if c is not None and c.text and c.text.strip() else None


def _find(el: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in el.iter() if _l(c) == name]


def _lat_first(srs: str | None) -> bool:
    s = (srs or "urn:ogc:def:crs:EPSG::4326").upper()
    if "CRS84" in s:
        return False
    if s.endswith(":4326") or s.endswith("/4326") or "4326" in s:
        return True
    raise _SkipError(tr("unsupported srsName '{srs}'", srs=srs))


def _pairs(values: list[float], lat_first: bool) -> list[tuple[float, float]]:
    if len(values) % 2:
        raise _SkipError(tr("posList has an odd number of values"))
    out = []
    for i in range(0, len(values), 2):
        a, b = values[i], values[i + 1]
        lon, lat = (b, a) if lat_first else (a, b)
        if not (-90 <= lat <= 90 and -180 <= lon <= 360):
            raise _SkipError(
                tr(
                    "coordinate ({values}, {values2}) out of range (axis order lat lon expected)",
                    values=values[i],
                    values2=values[i + 1],
                )
            )
        out.append((lon if lon <= 180 else lon - 360, lat))
    return out


def _nums(el: ET.Element) -> list[float]:
    try:
        return [float(v) for v in (el.text or "").split()]
    except ValueError:
        raise _SkipError(tr("non-numeric coordinates in {el}", el=_l(el))) from None


_RADIUS = {"NM": geo.NM, "[NMI_I]": geo.NM, "KM": 1000.0, "M": 1.0, "FT": 0.3048, "[FT_I]": 0.3048, "MI": 1609.344}


def _surface(surface: ET.Element, tol: float):
    lat_first = _lat_first(surface.get("srsName"))
    patches = _find(surface, "PolygonPatch") + _find(surface, "Polygon")
    if not patches:
        raise _SkipError(tr("Surface has no PolygonPatch"))
    out = []
    for patch in patches:
        ext = _child(patch, "exterior")
        if ext is None:
            raise _SkipError(tr("PolygonPatch without exterior"))
        if _find(patch, "interior"):
            raise _SkipError(tr("polygon holes (interior rings) are not supported"))
        circles = _find(ext, "CircleByCenterPoint")
        if circles:
            if len(circles) > 1 or _find(ext, "posList") and len(_find(ext, "posList")) > 0:
                raise _SkipError(tr("a circle combined with other segments is not supported"))
            c = circles[0]
            pos = _child(c, "pos")
            rad = _child(c, "radius")
            if pos is None or rad is None:
                raise _SkipError(tr("CircleByCenterPoint without pos or radius"))
            (lon, lat), = _pairs(_nums(pos), lat_first)
            uom = (rad.get("uom") or "").upper()
            if uom not in _RADIUS:
                raise _SkipError(tr("unknown radius unit '{value}'", value=rad.get('uom')))
            out.extend(geo.circle(lon, lat, float(rad.text) * _RADIUS[uom], tol))
            continue
        verts: list[tuple[float, float]] = []
        for el in ext.iter():
            name = _l(el)
            if name == "posList":
                verts.extend(_pairs(_nums(el), lat_first))
            elif name == "pos" and True:
                verts.extend(_pairs(_nums(el), lat_first))
            elif name in ("ArcByCenterPoint", "Arc", "ArcString", "CircleByCenterPoint"):
                raise _SkipError(tr("curve segment {name} is not supported", name=name))
        if len(verts) < 3:
            raise _SkipError(tr("ring has {n_verts} point(s)", n_verts=len(verts)))
        ring = geo.clean_ring(verts)
        out.extend(geo.polygon_from_ring(geo.densify_ring_edges(ring, [False] * len(ring), tol)))
    return out


def _limit(vol: ET.Element, which: str) -> Limit | None:
    el = _child(vol, f"{which}Limit")
    if el is None or not (el.text or "").strip():
        return None
    val = el.text.strip().upper()
    uom = (el.get("uom") or "").upper()
    ref = _text(vol, f"{which}LimitReference")
    if val in ("GND", "SFC"):
        return Limit(0.0, "SFC")
    if val in ("UNL", "UNLTD"):
        return Limit(math.inf, "UNL")
    if uom == "OTHER":
        raise LimitError(tr("{which} limit '{val}' with uom OTHER is not a height", which=which, val=val))
    if uom == "FL":
        return structured_limit(val, "FL", "STD")
    if ref is None and uom:
        raise LimitError(tr("{which} limit {val} {uom} has no {which}LimitReference", which=which, val=val, uom=uom))
    return structured_limit(val, uom, ref)


def _timesheets(ts: ET.Element) -> str:
    parts = []
    for act in _find(ts, "AirspaceActivation"):
        status = _text(act, "status") or "?"
        activity = _text(act, "activity")
        sheets = []
        for sh in _find(act, "Timesheet"):
            d = _text(sh, "day") or ""
            dt = _text(sh, "dayTil")
            s, e = _text(sh, "startTime") or "", _text(sh, "endTime") or ""
            ref = _text(sh, "timeReference") or "UTC"
            excl = " excluded" if (_text(sh, "excluded") or "NO").upper() == "YES" else ""
            sheets.append(f"{d}{'-' + dt if dt else ''} {s}-{e} {ref}{excl}".strip())
        txt = f"{status}{' ' + activity if activity else ''}"
        if sheets:
            txt += ": " + ", ".join(sheets)
        parts.append(txt)
    return "; ".join(parts)


def read_aixm_bytes(data: bytes, source: str = "", tolerance_m: float = 1.0, feedback=None,
                    defer_deltas: bool = False) -> AirspaceReadResult:
    """Airspaces of an AIXM document. TEMPDELTA activations are applied to BASELINE slices of this document;
    with ``defer_deltas`` those without a BASELINE here are returned in ``deltas`` for :func:`apply_tempdeltas`
    over every file of a run (and the document may then hold no airspace of its own)."""
    root = safexml.parse_bytes(data, source)
    issues = IssueLog(source)
    events = _events(root)
    out: list[Airspace] = []
    deltas: list[TempDelta] = []
    notes: set[str] = set()
    spaces = _find(root, "Airspace")
    if not spaces:
        raise InputError(tr("no aixm:Airspace feature in the document"), source)
    for n, sp in enumerate(spaces, start=1):
        ident = _text(sp, "identifier") or sp.get(_GMLID) or f"Airspace {n}"
        for ts in _find(sp, "AirspaceTimeSlice"):
            try:
                out.append(_slice(ts, ident, events, source, tolerance_m, notes))
                out[-1].__dict__["uuid"] = _uuid(ident)
                out[-1].__dict__["interpretation"] = (_text(ts, "interpretation") or "").upper()
            except _DeltaError as d:
                d.delta.feature, d.delta.issues = n, issues
                deltas.append(d.delta)
            except (_SkipError, LimitError, geo.GeometryError, ValueError) as exc:
                issues.add(
                    n,
                    tr(
                        "airspace {ident} time slice {value} skipped: {exc}",
                        ident=ident,
                        value=ts.get(_GMLID) or "",
                        exc=exc,
                    ),
                )
    res = AirspaceReadResult(out, "aixm", issues, sorted(notes), deltas)
    if not defer_deltas:
        apply_tempdeltas([res])
    if not res.airspaces and not res.deltas:
        raise InputError(tr("no airspace could be imported: {summary}", summary=issues.summary()), source)
    res.notes.append(tr("line numbers are airspace feature numbers in the AIXM document"))
    return res


def apply_tempdeltas(results: list[AirspaceReadResult]) -> int:
    """Apply every pending TEMPDELTA of ``results`` to the BASELINE slice of its airspace found in any of them:
    a copy of the BASELINE active in the TEMPDELTA's validTime, with its activation schedule and NOTAM text,
    added to the TEMPDELTA's result. TEMPDELTAs without a BASELINE are reported as skipped in their file's
    issues. Returns the number applied."""
    baselines: dict[str, Airspace] = {}
    for r in results:
        for a in r.airspaces:
            if a.__dict__.get("interpretation") == "BASELINE" and a.__dict__.get("uuid"):
                baselines.setdefault(a.__dict__["uuid"], a)
    applied = 0
    for r in results:
        for d in r.deltas:
            base = baselines.get(d.uuid)
            if base is None:
                (d.issues or r.issues).add(
                    d.feature, tr("airspace {uuid} TEMPDELTA (activation {window}) skipped: its BASELINE is not in the "
                                  "file(s) given; import it together with the file that defines the airspace",
                                  uuid=d.uuid, window=_window(d)))
                continue
            kept = "; ".join(n for n in base.notes.split("; ") if n and "permanent" not in n)
            a = replace(base, start_time=d.start, end_time=d.end, schedule=d.schedule or base.schedule,
                        name=d.name or base.name, text=d.text or base.text, source=d.source,
                        notes=kept)  # fmt: skip
            add_note(a, f"TEMPDELTA activation {_window(d)} from {d.source} applied to the BASELINE from "
                        f"{base.source}", *(["NOTAM " + ", ".join(d.notams)] if d.notams else []))
            a.__dict__["uuid"], a.__dict__["interpretation"] = d.uuid, "TEMPDELTA"
            r.airspaces.append(a)
            applied += 1
        r.deltas = []
    return applied


# CodeAirspaceType values (AIXM 5.1) for the restricting kinds; others are kept as their code
_AIXM_TYPES = {"R": "restricted", "P": "prohibited", "D": "danger", "TRA": "temporary reserved area",
               "TSA": "temporary segregated area", "CBA": "cross-border area", "ADIZ": "ADIZ", "CTR": "control zone",
               "TMA": "TMA", "PROTECT": "protected", "R-AMC": "restricted", "D-AMC": "danger", "W": "warning",
               "A": "alert", "M": "military operations area", "MOA": "MOA"}


def _uuid(ident: str) -> str:
    """The airspace's uuid whether given as gml:identifier or only as gml:id ('uuid.<uuid>')."""
    ident = ident.strip()
    return ident[5:] if ident.lower().startswith("uuid.") else ident


def _window(d: TempDelta) -> str:
    from datetime import datetime, timezone

    def fmt(t: float | None) -> str:
        return "open" if t is None else datetime.fromtimestamp(t, tz=timezone.utc).strftime("%Y-%m-%d %H:%MZ")

    return f"{fmt(d.start)} to {fmt(d.end)}"


def _events(root: ET.Element) -> dict[str, dict]:
    """Digital NOTAM events by uuid: NOTAM text and number."""
    out = {}
    for ev in _find(root, "Event"):
        uid = _text(ev, "identifier") or (ev.get(_GMLID) or "").replace("uuid.", "")
        texts, nums = [], []
        for no in _find(ev, "NOTAM"):
            t = _text(no, "text")
            if t:
                texts.append(" ".join(t.split()))
            s, num, y = _text(no, "series"), _text(no, "number"), _text(no, "year")
            if num:
                nums.append(f"{s or ''}{num}/{(y or '')[-2:]}")
        name = None
        for ets in _find(ev, "EventTimeSlice"):
            name = _text(ets, "name") or name
        rec = {"text": "\n".join(texts), "notams": nums, "name": name}
        out[uid.strip()] = rec
        gid = (ev.get(_GMLID) or "").replace("uuid.", "").strip()
        if gid:
            out.setdefault(gid, rec)  # the gml:id is what xlink:href points to when the identifier is mistyped
    return out


def _slice(ts: ET.Element, ident: str, events: dict, source: str, tol: float, notes: set[str]) -> Airspace:
    interp = _text(ts, "interpretation") or ""
    vt = _child(ts, "validTime")
    start = end = None
    if vt is not None:
        b = _find(vt, "beginPosition")
        e = _find(vt, "endPosition")
        if b and b[0].text and b[0].text.strip():
            start = iso_to_epoch(b[0].text)
        if e and e[0].text and e[0].text.strip() and (e[0].get("indeterminatePosition") is None):
            end = iso_to_epoch(e[0].text)
    comps = _find(ts, "AirspaceGeometryComponent")
    geometry = []
    floor = ceiling = None
    extra_notes = []
    for comp in comps:
        op = (_text(comp, "operation") or "BASE").upper()
        vol = _find(comp, "AirspaceVolume")
        if not vol:
            continue
        vol = vol[0]
        hp = _child(vol, "horizontalProjection")
        if hp is None:
            contrib = _find(vol, "theAirspace")
            title = contrib[0].get("{http://www.w3.org/1999/xlink}title") if contrib else None
            extra_notes.append(
                tr(
                    "{op} component referencing {value} not applied (not in this file)",
                    op=op,
                    value=title or "another airspace",
                )
            )
            continue
        if op not in ("BASE", "UNION"):
            extra_notes.append(tr("{op} component with its own geometry not applied", op=op))
            continue
        surfaces = _find(hp, "Surface") + _find(hp, "ElevatedSurface")
        if not surfaces:
            raise _SkipError(tr("horizontalProjection without Surface"))
        geometry.extend(_surface(surfaces[0], tol))
        lo, up = _limit(vol, "lower"), _limit(vol, "upper")
        floor = floor or lo
        ceiling = ceiling or up
    if not geometry:
        if interp.upper() == "TEMPDELTA" and not comps:
            ev = None
            for ext in _find(ts, "theEvent"):
                ev = events.get((ext.get(_XLINK) or "").split(":")[-1]) or ev
            raise _DeltaError(TempDelta(_uuid(ident), source, 0, start, end, _timesheets(ts), _text(ts, "name"),
                                        (ev or {}).get("text", ""), (ev or {}).get("notams", [])))
        what = f"{interp} " if interp else ""
        raise _SkipError(tr("{what}time slice has no geometry (it updates an airspace defined elsewhere)", what=what))
    if len(geometry) > 1 and len(comps) > 1:
        extra_notes.append(tr("several BASE/UNION components kept as separate parts (not merged)"))
    if floor is None or ceiling is None:
        raise _SkipError(tr("no lower/upper limit in the AirspaceVolume"))
    check_order(floor, ceiling)
    if FL_NOTE in (floor.note, ceiling.note):
        notes.add(FL_NOTE)
    ev = None
    for ext in _find(ts, "theEvent"):
        href = (ext.get(_XLINK) or "").split(":")[-1]
        ev = events.get(href) or ev
    designator = _text(ts, "designator")
    name = _text(ts, "name") or designator or (ev and ev.get("name")) or (ev and ", ".join(ev["notams"])) or ident
    a = Airspace(
        ident=designator or ident, name=name, kind=_text(ts, "type") or "AIRSPACE", geometry=geometry,
        start_time=start, end_time=end, schedule=_timesheets(ts), source=source,
        text=(ev or {}).get("text", ""),
    )  # fmt: skip
    apply_limits(a, floor, ceiling)
    code = (_text(ts, "type") or "").upper()
    a.airspace_type = _AIXM_TYPES.get(code, code)
    classes = [c.text.strip() for c in _find(ts, "classification") if c.text and c.text.strip()]
    a.airspace_class = classes[0] if classes else ""
    if end is None:
        add_note(a, "validTime has no end: permanent")
    if ev and ev["notams"]:
        add_note(a, "NOTAM " + ", ".join(ev["notams"]))
    add_note(a, *extra_notes)
    return a
