"""GeoJSON airspace (FAA special-use-airspace exports, openAIP-style results, generic) -> Airspace list.

Coordinates are lon/lat WGS 84 (RFC 7946); a legacy ``crs`` member naming CRS84/EPSG:4326 is accepted,
any other CRS is refused. Limits, first match wins:
  FAA SUA: ``UPPER_VAL``/``UPPER_UOM``/``UPPER_CODE`` and ``LOWER_*`` (codes MSL, SFC, AGL, STD; UOM FT/FL/M)
  openAIP parser: ``upperCeiling``/``lowerCeiling`` objects ``{value, unit, referenceDatum}``
  generic: ``floor_m``/``ceiling_m`` with ``floor_ref``/``ceiling_ref``
Times: ``start_time``/``end_time`` (ISO 8601 with zone) when present; ``TIMESOFUSE`` goes to the schedule.
Polygon edges are taken as geodesics and densified like every other outline.
"""

from __future__ import annotations

import json
import math

from .. import safejson
from ..errors import InputError, IssueLog
from ..feedback import check
from ..messages import tr
from ..model import Airspace
from ..utc import iso_to_epoch
from . import geometry as geo
from .common import AirspaceReadResult, add_note, apply_limits
from .limits import FL_NOTE, Limit, LimitError, check_order, structured_limit


class _SkipError(Exception):
    pass


def _first(props: dict, *keys):
    for k in keys:
        if k in props and props[k] not in (None, ""):
            return props[k]
    return None


def _limits(p: dict) -> tuple[Limit, Limit]:
    if "UPPER_VAL" in p or "LOWER_VAL" in p or "UPPER_CODE" in p:
        return (_sua(p, "LOWER"), _sua(p, "UPPER"))
    if isinstance(p.get("upperCeiling"), dict) and isinstance(p.get("lowerCeiling"), dict):
        return (_oaip(p["lowerCeiling"]), _oaip(p["upperCeiling"]))
    if "floor_m" in p and "ceiling_m" in p:
        f = float(p["floor_m"])
        c = float(p["ceiling_m"]) if p["ceiling_m"] is not None else math.inf
        f_ref = str(p.get("floor_ref") or "MSL").upper()
        return (Limit(f, f_ref), Limit(c, str(p.get("ceiling_ref") or "MSL").upper()))
    raise _SkipError(tr("no vertical limits (UPPER_VAL/LOWER_VAL, upperCeiling/lowerCeiling or floor_m/ceiling_m)"))


def _sua(p: dict, which: str) -> Limit:
    val, uom, code = p.get(f"{which}_VAL"), p.get(f"{which}_UOM"), p.get(f"{which}_CODE")
    if code and str(code).upper() in ("SFC", "GND") and (val in (None, "", "0", 0)):
        return Limit(0.0, "SFC")
    if val in (None, "") and code and str(code).upper() in ("UNL", "UNLTD"):
        return Limit(math.inf, "UNL")
    if str(val).strip() in ("-9998", "-9999"):  # FAA SUA placeholder for UNLTD / "by NOTAM"
        raise LimitError(tr("{which}_VAL {val} is a placeholder, not a height", which=which, val=val))
    return structured_limit(val, uom, code)


def _oaip(d: dict) -> Limit:
    ref = str(d.get("referenceDatum", "")).upper()
    unit = str(d.get("unit", "")).upper()
    val = d.get("value")
    if ref == "GND" and (val in (0, "0", None)):
        return Limit(0.0, "SFC")
    return structured_limit(val, unit, {"GND": "AGL"}.get(ref, ref))


def _polygons(geom: dict, tol: float):
    t = geom.get("type")
    coords = geom.get("coordinates")
    if t == "Polygon":
        polys = [coords]
    elif t == "MultiPolygon":
        polys = coords
    else:
        raise _SkipError(tr("geometry type {t} is not an area", t=t))
    out = []
    for poly in polys:
        if not poly:
            continue
        if len(poly) > 1:
            raise _SkipError(tr("polygon holes are not supported"))
        try:
            verts = [(float(c[0]), float(c[1])) for c in poly[0]]
        except (TypeError, ValueError, IndexError):
            raise _SkipError(tr("malformed coordinates")) from None
        for lon, lat in verts:
            if not (-180 <= lon <= 180 and -90 <= lat <= 90):
                raise _SkipError(tr("coordinate ({lon}, {lat}) out of range", lon=lon, lat=lat))
        ring = geo.clean_ring(verts)
        out.extend(geo.polygon_from_ring(geo.densify_ring_edges(ring, [False] * len(ring), tol)))
    if not out:
        raise _SkipError(tr("empty geometry"))
    return out


def read_geojson_airspace_bytes(data: bytes, source: str = "", tolerance_m: float = 1.0,
                                feedback=None) -> AirspaceReadResult:  # fmt: skip
    try:
        doc = safejson.loads(data.decode("utf-8-sig"), source)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(tr("not valid JSON ({exc})", exc=exc), source) from None
    if not isinstance(doc, dict):
        raise InputError(tr("GeoJSON must be an object"), source)
    crs = (((doc.get("crs") or {}).get("properties") or {}).get("name") or "").upper()
    if crs and not ("CRS84" in crs or crs.endswith("4326")):
        raise InputError(tr("unsupported crs '{crs}' (only WGS 84 lon/lat)", crs=crs), source)
    if doc.get("type") == "FeatureCollection":
        feats = doc.get("features") or []
    elif doc.get("type") == "Feature":
        feats = [doc]
    else:
        raise InputError(
            tr("GeoJSON type '{value}' is not a Feature or FeatureCollection", value=doc.get("type")), source
        )
    issues = IssueLog(source)
    out: list[Airspace] = []
    notes: set[str] = set()
    for i, f in enumerate(feats, start=1):
        check(feedback, 100.0 * i / max(1, len(feats)))
        if not isinstance(f, dict):
            issues.add(i, tr("feature {i} is not a JSON object; skipped", i=i))
            continue
        p = f.get("properties") if isinstance(f.get("properties"), dict) else {}
        try:
            if not f.get("geometry"):
                raise _SkipError(tr("no geometry"))
            mp = _polygons(f["geometry"], tolerance_m)
            floor, ceiling = _limits(p)
            check_order(floor, ceiling)
            if FL_NOTE in (floor.note, ceiling.note):
                notes.add(FL_NOTE)
            name = str(_first(p, "NAME", "name", "Name", "designator") or f"feature {i}")
            kind = str(_first(p, "TYPE_CODE", "type", "kind", "class", "CLASS") or "AIRSPACE")
            start = _first(p, "start_time", "startTime", "dateEffective")
            end = _first(p, "end_time", "endTime", "dateExpire")
            a = Airspace(
                ident=str(_first(p, "ident", "IDENT", "GLOBAL_ID", "id") or name), name=name, kind=kind,
                geometry=mp, start_time=iso_to_epoch(start) if isinstance(start, str) else start,
                end_time=iso_to_epoch(end) if isinstance(end, str) else end,
                schedule=str(_first(p, "TIMESOFUSE", "schedule") or ""), source=source, line=i,
            )  # fmt: skip
            apply_limits(a, floor, ceiling)
            for key, word in (("UPPER_DESC", "upper"), ("LOWER_DESC", "lower")):
                if p.get(key) in ("TNI", "TI"):
                    add_note(a, f"{word} limit {'not ' if p[key] == 'TNI' else ''}included ({p[key]})")
            out.append(a)
        except (_SkipError, LimitError, geo.GeometryError, ValueError) as exc:
            issues.add(
                i, tr("feature {i} ({value}) skipped: {exc}", i=i, value=p.get("NAME") or p.get("name") or "", exc=exc)
            )
    if not out:
        raise InputError(
            tr("no airspace feature could be imported: {value}", value=issues.summary() or tr("no features")), source
        )
    res = AirspaceReadResult(out, "geojson", issues, sorted(notes))
    res.notes.append(tr("line numbers are feature numbers"))
    return res
