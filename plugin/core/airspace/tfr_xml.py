"""FAA TFR detail XML (tfr.faa.gov ``detail_<y>_<seq>.xml``, root ``XNOTAM-Update``) -> Airspace list.

One airspace per ``TFRAreaGroup`` (and per schedule when an area has several). Outline: ``abdMergedArea``
(the published merged boundary) when present, otherwise each ``aseShapes/Abd`` (circle ``CIR`` with
``valRadiusArc``/``uomRadiusArc``, or a vertex list). Vertices are ``GRC`` (geodesic) unless
``CWA``/``CCA`` (arc to the next vertex around ``geoLatArc``/``geoLongArc``).
Limits: ``codeDistVer*`` ALT = MSL, HEI = above ground (AGL), ``uom`` FT or FL.
Times: ``dateEffective``/``dateExpire`` are local to ``codeTimeZone`` (UTC, US abbreviations such as EST/
EDT, or an IANA name); a missing ``dateExpire`` means permanent. When ``dateEffective`` is missing, the
start of the first ``YYMMDDhhmm-`` group of the NOTAM text is used (stated in the notes).
"""

from __future__ import annotations

import calendar
import re
import xml.etree.ElementTree as ET

from .. import safexml
from ..errors import InputError, IssueLog
from ..messages import tr
from ..model import Airspace
from . import geometry as geo
from .common import AirspaceReadResult, add_note, apply_limits, notam_time
from .coords import CoordError, parse_decimal_hemi
from .limits import FL_NOTE, LimitError, check_order, structured_limit

_US_ZONES = {
    "UTC": 0, "Z": 0, "GMT": 0, "UT": 0,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "AKST": -9, "AKDT": -8, "HST": -10, "HDT": -9, "AST": -4, "ADT": -3, "SST": -11, "CHST": 10,
}  # fmt: skip
_US_NAMES = {
    "EASTERN": "America/New_York", "CENTRAL": "America/Chicago", "MOUNTAIN": "America/Denver",
    "PACIFIC": "America/Los_Angeles", "ALASKA": "America/Anchorage", "HAWAII": "Pacific/Honolulu",
    "ARIZONA": "America/Phoenix",
}  # fmt: skip


class _SkipError(Exception):
    pass


def _kids(el: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in el if safexml.local(c.tag) == name]


def _kid(el: ET.Element | None, name: str) -> ET.Element | None:
    if el is None:
        return None
    for c in el:
        if safexml.local(c.tag) == name:
            return c
    return None


def _txt(el: ET.Element | None, name: str) -> str | None:
    k = _kid(el, name)
    return k.text.strip() if k is not None and k.text and k.text.strip() else None


def _descendants(el: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in el.iter() if safexml.local(c.tag) == name]


def local_to_utc(text: str, zone: str | None) -> float:
    """'2024-09-03T20:52:00' in ``zone`` -> epoch s UTC. Raises ValueError for an unknown zone."""
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?", text.strip())
    if not m:
        raise ValueError(tr("unrecognised date '{text}'", text=text))
    y, mo, d, hh, mi, ss = (int(g or 0) for g in m.groups())
    naive = calendar.timegm((y, mo, d, hh, mi, ss))
    z = (zone or "UTC").strip()
    zu = z.upper()
    if zu in _US_ZONES:
        return float(naive - _US_ZONES[zu] * 3600)
    name = _US_NAMES.get(zu.replace(" TIME", "").replace("US/", ""), z)
    try:
        import datetime as dt
        from zoneinfo import ZoneInfo

        tz = ZoneInfo(name)
    except Exception:  # noqa: BLE001 - any failure means we cannot place the time safely
        raise ValueError(tr("unknown time zone '{zone}'", zone=zone)) from None
    local = dt.datetime(y, mo, d, hh, mi, ss, tzinfo=tz)
    return float(local.timestamp())


def _vertex(avx: ET.Element) -> tuple[float, float]:
    lat = parse_decimal_hemi(_txt(avx, "geoLat") or "", "lat")
    lon = parse_decimal_hemi(_txt(avx, "geoLong") or "", "lon")
    return lon, lat


def _radius_m(avx: ET.Element) -> float:
    val, uom = _txt(avx, "valRadiusArc"), (_txt(avx, "uomRadiusArc") or "").upper()
    factor = {"NM": geo.NM, "KM": 1000.0, "M": 1.0, "FT": 0.3048, "MI": 1609.344}.get(uom)
    if val is None or factor is None:
        raise _SkipError(tr("circle radius '{val}' with unit '{uom}' not understood", val=val, uom=uom))
    r = float(val) * factor
    if not r > 0:
        raise _SkipError(tr("circle radius '{val}' is not positive", val=val))
    return r


def _outline(avxs: list[ET.Element], tol: float):
    """MultiPolygon from a list of Avx (a single CIR, or a vertex ring)."""
    if not avxs:
        raise _SkipError(tr("no vertices"))
    if len(avxs) == 1 and (_txt(avxs[0], "codeType") or "").upper() == "CIR":
        lon, lat = _vertex(avxs[0])
        return geo.circle(lon, lat, _radius_m(avxs[0]), tol)
    pts: list[tuple[float, float]] = []
    dense: list[bool] = []
    verts = [_vertex(a) for a in avxs]
    for i, a in enumerate(avxs):
        code = (_txt(a, "codeType") or "GRC").upper()
        p = verts[i]
        if code in ("CWA", "CCA") and _txt(a, "geoLatArc"):
            clat = parse_decimal_hemi(_txt(a, "geoLatArc") or "", "lat")
            clon = parse_decimal_hemi(_txt(a, "geoLongArc") or "", "lon")
            nxt = verts[(i + 1) % len(verts)]
            az1, r1 = geo.azimuth(clon, clat, *p)
            az2, _ = geo.azimuth(clon, clat, *nxt)
            arc = geo.arc_points(clon, clat, r1, az1, az2, code == "CWA", tol)
            pts.extend(arc[:-1])
            dense.extend([True] * (len(arc) - 1))
            dense[-1] = True
        elif code == "CIR":
            raise _SkipError(tr("a circle (CIR) mixed with outline vertices"))
        else:
            pts.append(p)
            dense.append(False)
    ring = geo.clean_ring(pts)
    if len(ring) != len(pts):
        dense = [False] * len(ring)  # vertices were removed: recompute every edge
    return geo.polygon_from_ring(geo.densify_ring_edges(ring, dense, tol))


def read_tfr_xml_bytes(data: bytes, source: str = "", tolerance_m: float = 1.0, feedback=None) -> AirspaceReadResult:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    root = safexml.parse_bytes(data, source)
    if safexml.local(root.tag).upper() == "TFRSET":
        return read_tfrset(root, source, tolerance_m, feedback)
    if safexml.local(root.tag) != "XNOTAM-Update":
        raise InputError(tr("root element is '{tag}', expected 'XNOTAM-Update'", tag=safexml.local(root.tag)), source)
    issues = IssueLog(source)
    out: list[Airspace] = []
    notes: set[str] = set()
    nots = _descendants(root, "Not")
    if not nots:
        raise InputError(tr("no NOTAM ('Not' element) in the TFR document"), source)
    for n_idx, nt in enumerate(nots, start=1):
        uid = _kid(nt, "NotUid")
        ident = _txt(uid, "txtLocalName") or f"NOTAM {n_idx}"
        zone = _txt(nt, "codeTimeZone")
        zone_exp = _txt(nt, "codeExpirationTimeZone") or zone
        text = _txt(nt, "txtDescrTraditional") or _txt(nt, "txtDescrModern") or ""
        aff = _kid(nt, "AffLocGroup")
        city, state = _txt(aff, "txtNameCity"), _txt(aff, "txtNameUSState")
        tfr = _kid(nt, "TfrNot")
        code_type = _txt(tfr, "codeType") or ""
        kind = "NDA" if code_type.startswith("99.7") or "NATIONAL DEFENSE" in text.upper() or "NTL DEFENSE" in (
            text.upper()
        ) else "TFR"
        try:
            start, end, tnote = _not_window(nt, zone, zone_exp, text)
        except ValueError as exc:
            issues.add(n_idx, tr("NOTAM {ident} skipped: {exc}", ident=ident, exc=exc), "dateEffective")
            continue
        groups = _kids(tfr, "TFRAreaGroup") if tfr is not None else []
        if not groups:
            issues.add(
                n_idx, tr("NOTAM {ident} skipped: no TFRAreaGroup (no published area)", ident=ident), "TFRAreaGroup"
            )
            continue
        for g_idx, grp in enumerate(groups, start=1):
            try:
                out.extend(_area(grp, g_idx, ident, kind, code_type, city, state, start, end, tnote, zone,
                                 text, source, tolerance_m, notes))  # fmt: skip
            except (_SkipError, geo.GeometryError, CoordError, LimitError, ValueError) as exc:
                issues.add(
                    n_idx,
                    tr("NOTAM {ident} area {g_idx} skipped: {exc}", ident=ident, g_idx=g_idx, exc=exc),
                    "TFRAreaGroup",
                )
    if not out:
        if len(issues):
            raise InputError(tr("no TFR area could be imported: {summary}", summary=issues.summary()), source)
        raise InputError(tr("no TFR area could be imported"), source)
    return AirspaceReadResult(out, "tfr_xml", issues, sorted(notes))


def _not_window(nt, zone, zone_exp, text) -> tuple[float | None, float | None, str]:
    eff, exp = _txt(nt, "dateEffective"), _txt(nt, "dateExpire")
    note = ""
    start = local_to_utc(eff, zone) if eff else None
    end = local_to_utc(exp, zone_exp) if exp else None
    if start is None:
        m = re.search(r"\b(\d{10})-(\d{10}|PERM)\b", text)
        if m:
            start = notam_time(m.group(1))
            note = f"no dateEffective: start {m.group(1)} taken from the NOTAM text"
    if exp is None:
        note = "; ".join(x for x in (note, "no dateExpire: permanent") if x)
    if start is not None and end is not None and end <= start:
        raise ValueError(tr("dateExpire is not after dateEffective"))
    return start, end, note


def _area(grp, g_idx, ident, kind, code_type, city, state, start, end, tnote, zone, text, source, tol, notes):
    area = _kid(grp, "aseTFRArea")
    if area is None:
        raise _SkipError(tr("no aseTFRArea (limits)"))
    floor = structured_limit(_txt(area, "valDistVerLower"), _txt(area, "uomDistVerLower"),
                             _txt(area, "codeDistVerLower"))  # fmt: skip
    ceiling = structured_limit(_txt(area, "valDistVerUpper"), _txt(area, "uomDistVerUpper"),
                               _txt(area, "codeDistVerUpper"))  # fmt: skip
    check_order(floor, ceiling)
    if FL_NOTE in (floor.note, ceiling.note):
        notes.add(FL_NOTE)
    merged = _kid(grp, "abdMergedArea")
    shapes: list = []
    if merged is not None and len(_kids(merged, "Avx")) >= 1:
        shapes.append(_outline(_kids(merged, "Avx"), tol))
    else:
        for abd in _descendants(grp, "Abd"):
            avx = _kids(abd, "Avx")
            if avx:
                shapes.append(_outline(avx, tol))
    if not shapes:
        raise _SkipError(tr("no outline (abdMergedArea or aseShapes with vertices)"))
    windows = [(start, end, "")]
    sched = []
    for sg in _descendants(area, "ScheduleGroup"):
        s, e = _txt(sg, "dateEffective"), _txt(sg, "dateExpire")
        if s or e:
            sched.append((local_to_utc(s, zone) if s else start, local_to_utc(e, zone) if e else end,
                          f"{s or ''}/{e or ''} {zone or 'UTC'}"))  # fmt: skip
    if sched:
        windows = sched
    name_parts = [p for p in (_txt(area, "txtName"), city, state) if p]
    base_name = " - ".join(dict.fromkeys(name_parts)) or ident
    out = []
    for s_idx, mp in enumerate(shapes, start=1):
        for w_idx, (ws, we, wtxt) in enumerate(windows, start=1):
            suffix = "" if len(shapes) == 1 else f" shape {s_idx}"
            suffix += "" if len(windows) == 1 else f" schedule {w_idx}"
            a = Airspace(
                ident=f"{ident} area {g_idx}{suffix}" if g_idx > 1 or suffix else ident,
                name=base_name, kind=kind, geometry=mp, start_time=ws, end_time=we,
                schedule=wtxt or ("permanent" if we is None else ""), source=source, line=None, text=text,
            )  # fmt: skip
            apply_limits(a, floor, ceiling)
            add_note(a, tnote, f"FAA {code_type}" if code_type else "")
            out.append(a)
    return out


_NOTAM_TEXT = re.compile(r"^\s*!\w+|\bWI(?:THIN)? AN AREA DEFINED AS\b|Q\)\s*[A-Z]{4}\s*/", re.IGNORECASE)


def read_tfrset(root: ET.Element, source: str, tolerance_m: float = 1.0, feedback=None) -> AirspaceReadResult:
    """Legacy FAA TFR export (root ``<TFRSET>``, one child element per TFR): no public schema or sample was
    reachable, so it is read through what every TFR record carries, its NOTAM text (any element whose text is
    an FAA domestic ``!FDC ...``/``WI AN AREA DEFINED AS`` or ICAO ``Q)`` NOTAM), parsed as NOTAM text. The
    other elements of a record are kept in its notes; record numbers replace line numbers."""
    from .notam import _read_msgs, split_messages

    records = list(root)
    if not records:
        raise InputError(tr("the TFRSET holds no TFR record"), source)
    msgs = []
    extras: dict[int, str] = {}
    skipped = IssueLog(source)
    for rec_no, rec in enumerate(records, start=1):
        texts, other = [], []
        for el in rec.iter():
            txt = (el.text or "").strip()
            if not txt or el is rec:
                continue
            (texts if _NOTAM_TEXT.search(txt) else other).append((safexml.local(el.tag), txt))
        if not texts:
            skipped.add(
                rec_no,
                tr(
                    "TFR record {rec_no} <{tag}> skipped: no NOTAM text in it",
                    rec_no=rec_no,
                    tag=safexml.local(rec.tag),
                ),
            )
            continue
        longest = max(texts, key=lambda t: len(t[1]))[1]
        extras[rec_no] = "; ".join(f"{k}={v[:60]}" for k, v in other[:12])
        for m in split_messages(longest):
            m.line = rec_no
            msgs.append(m)
    if not msgs:
        raise InputError(
            tr("no TFR record of the TFRSET holds NOTAM text: {summary}", summary=skipped.summary()), source
        )
    res = _read_msgs(msgs, source, tolerance_m, feedback, "tfr_xml")
    for a in res.airspaces:
        if extras.get(a.line):
            add_note(a, f"TFRSET record {a.line}: {extras[a.line]}")
    res.issues.issues[:0] = skipped.issues
    res.notes.append(
        tr("legacy TFRSET export read through the NOTAM text of each record; line numbers are record numbers")
    )
    return res
