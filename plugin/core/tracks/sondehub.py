"""SondeHub telemetry JSON: amateur answers ``{callsign: {datetime: record}}``, plain record lists, and
radiosonde records (``serial`` instead of ``payload_callsign``)."""

from __future__ import annotations

from typing import Any

import numpy as np

from .. import safejson
from ..errors import InputError, IssueLog
from ..feedback import check
from ..messages import tr
from ..model import ReadResult
from .common import check_bad_share, finish, make_track, stem
from .timeparse import parse_time

_SKIP_KEYS = {"lat", "lon", "alt", "datetime"}


def read_sondehub(data: bytes, name: str, feedback: Any = None) -> ReadResult:
    try:
        obj = safejson.loads(data.decode("utf-8-sig"), name)
    except (UnicodeDecodeError, ValueError) as exc:
        raise InputError(tr("not valid JSON ({exc})", exc=exc), name) from None
    return read_sondehub_obj(obj, name, feedback=feedback)


def _records(obj: Any, source: str) -> list[tuple[str | None, dict]]:
    """(outer key, record) pairs for every supported layout."""
    if isinstance(obj, list):
        return [(None, r) for r in obj]
    if isinstance(obj, dict):
        if "lat" in obj and "lon" in obj:
            return [(None, obj)]
        out: list[tuple[str | None, dict]] = []
        for key, val in obj.items():
            if isinstance(val, dict) and val and all(isinstance(v, dict) for v in val.values()):
                out += [(key, r) for r in val.values()]  # {callsign: {datetime: record}}
            elif isinstance(val, list):
                out += [(key, r) for r in val]  # {serial: [records]}
            else:
                raise InputError(tr("unexpected SondeHub layout under key '{key}'", key=key), source)
        return out
    raise InputError(tr("JSON is not SondeHub telemetry (expected an object or a list of records)"), source)


def read_sondehub_obj(obj: Any, name: str, feedback: Any = None, track_hint: str | None = None) -> ReadResult:
    """Tracks from parsed SondeHub JSON; records at lat == lon == 0 (no GPS lock) are skipped and counted."""
    recs = _records(obj, name)
    issues = IssueLog(name)
    groups: dict[str, dict[str, list]] = {}
    zero = 0
    bad = 0
    for k, (outer, rec) in enumerate(recs):
        if k % 5000 == 0:
            check(feedback, 90.0 * k / max(len(recs), 1))
        where = f"record {k + 1}"
        if not isinstance(rec, dict):
            issues.add(None, tr("{where}: not an object", where=where))
            bad += 1
            continue
        tid = rec.get("payload_callsign") or rec.get("serial") or outer or track_hint or stem(name)
        try:
            lat = float(rec["lat"])
            lon = float(rec["lon"])
        except (KeyError, TypeError, ValueError):
            issues.add(None, tr("{where}: missing or unreadable lat/lon", where=where), "lat/lon")
            bad += 1
            continue
        if lat == 0.0 and lon == 0.0:
            zero += 1
            issues.add(None, tr("{where}: position 0,0 (no GPS fix)", where=where), "lat/lon")
            continue
        if not (-90 <= lat <= 90 and -180 <= lon <= 360):
            issues.add(None, tr("{where}: position {lat},{lon} out of range", where=where, lat=lat, lon=lon), "lat/lon")
            bad += 1
            continue
        try:
            t = parse_time(str(rec.get("datetime", "")))
        except ValueError as exc:
            issues.add(None, tr("{where}: {exc}", where=where, exc=exc), "datetime")
            bad += 1
            continue
        alt = rec.get("alt")
        try:
            alt = float(alt) if alt is not None else np.nan
        except (TypeError, ValueError):
            issues.add(None, tr("{where}: altitude '{alt}' is not a number", where=where, alt=alt), "alt")
            bad += 1
            continue
        g = groups.setdefault(str(tid), {"lon": [], "lat": [], "t": [], "alt": [], "rec": []})
        g["lon"].append(lon)
        g["lat"].append(lat)
        g["t"].append(t)
        g["alt"].append(alt)
        g["rec"].append(rec)
    check_bad_share(len(recs), bad + zero, name, tr("telemetry records"))
    notes = []
    if zero:
        notes.append(tr("{zero} record(s) at latitude 0, longitude 0 (no GPS lock) skipped.", zero=zero))
    tracks = []
    dups = 0
    for tid, g in groups.items():
        trk = make_track(tid, g["lon"], g["lat"], g["t"], g["alt"], name, _attributes(g["rec"]))
        # several receivers upload the same frame: drop exact repeats (same time and position)
        keep = np.ones(len(trk), dtype=bool)
        if len(trk) > 1:
            keep[1:] = ~((np.diff(trk.times) == 0) & (np.diff(trk.lon) == 0) & (np.diff(trk.lat) == 0)
                         & ((np.diff(trk.alt_m) == 0) | (np.isnan(trk.alt_m[1:]) & np.isnan(trk.alt_m[:-1]))))
        if not keep.all():
            dups += int((~keep).sum())
            idx = np.nonzero(keep)[0]
            trk = make_track(tid, trk.lon[idx], trk.lat[idx], trk.times[idx], trk.alt_m[idx], name,
                            {k: [v[i] for i in idx] for k, v in trk.attributes.items()}, sort=False)
        tracks.append(trk)
    if dups:
        notes.append(tr("{dups} duplicate record(s) (same frame from several receivers) removed.", dups=dups))
    return finish(tracks, "sondehub", issues, notes, name)


def _attributes(recs: list[dict]) -> dict[str, list]:
    keys: list[str] = []
    for r in recs:
        for k, v in r.items():
            if k not in _SKIP_KEYS and k not in keys and (v is None or isinstance(v, (str, int, float, bool))):
                keys.append(k)
    out = {}
    for k in keys:
        out[k] = [r.get(k) if not isinstance(r.get(k), (list, dict)) else None for r in recs]
    return out
