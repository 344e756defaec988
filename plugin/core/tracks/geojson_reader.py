"""GeoJSON tracks (LineString + times array, timed Point features) and OGC Moving Features JSON
(MovingFeature / FeatureCollection of them with temporalGeometry MovingPoint)."""

from __future__ import annotations

from typing import Any

import numpy as np

from .. import safejson
from ..errors import InputError, IssueLog
from ..feedback import check
from ..messages import tr
from ..model import ReadResult
from .common import check_bad_share, finish, make_track, stem
from .timeparse import epoch_from_number, get_zone, parse_time

TIME_ARRAY_KEYS = ("coordTimes", "coordinateTimes", "times", "timestamps", "datetimes", "time")
TIME_KEYS = ("time", "datetime", "timestamp", "when", "dt_pos_utc", "date", "Time", "DateTime", "Timestamp")
GROUP_KEYS = ("track_id", "trackId", "callsign", "payload_callsign", "serial", "track", "object", "name", "id")


def read_geojson(data: bytes, name: str, tz: str = "UTC", feedback: Any = None) -> ReadResult:
    try:
        obj = safejson.loads(data.decode("utf-8-sig"), name)
    except (UnicodeDecodeError, ValueError) as exc:
        raise InputError(tr("not valid JSON ({exc})", exc=exc), name) from None
    zone = get_zone(tz, name)
    issues = IssueLog(name)
    base = stem(name)
    if isinstance(obj, list):
        feats = obj
    elif isinstance(obj, dict) and obj.get("type") == "FeatureCollection":
        feats = obj.get("features") if isinstance(obj.get("features"), list) else []
    elif isinstance(obj, dict) and obj.get("type") in ("Feature", "MovingFeature"):
        feats = [obj]
    elif isinstance(obj, dict) and obj.get("type") in ("LineString", "MultiLineString", "Point"):
        feats = [{"type": "Feature", "geometry": obj, "properties": {}}]
    else:
        raise InputError(tr("JSON is not a GeoJSON Feature/FeatureCollection or a Moving Features document"), name)
    counts = [0, 0]
    tracks = []
    points: dict[str, list] = {}
    for k, f in enumerate(feats):
        if k % 1000 == 0:
            check(feedback, 90.0 * k / max(len(feats), 1))
        if not isinstance(f, dict):
            continue
        props = f.get("properties") if isinstance(f.get("properties"), dict) else {}
        fid = _feature_id(f, props)
        if f.get("temporalGeometry") is not None:
            trk = _moving_feature(f, fid or f"{base}_{k + 1}", name, zone, issues, counts)
            if trk is not None:
                tracks.append(trk)
            continue
        geom = f.get("geometry") if isinstance(f.get("geometry"), dict) else {}
        gtype = geom.get("type")
        if gtype in ("LineString", "MultiLineString"):
            trk = _line_feature(geom, props, fid or f"{base}_{k + 1}", name, zone, issues, counts)
            if trk is not None:
                tracks.append(trk)
        elif gtype == "Point":
            points.setdefault("_all", []).append((k, f, props))
    if points:
        tracks += _point_tracks(points["_all"], base, name, zone, issues, counts)
    check_bad_share(counts[0], counts[1], name, tr("positions"))
    return finish(tracks, "geojson", issues, [], name)


def _feature_id(f: dict, props: dict) -> str | None:
    for key in ("name", "callsign", "payload_callsign", "serial", "track_id", "title"):
        if props.get(key) not in (None, ""):
            return str(props[key])
    if f.get("id") not in (None, ""):
        return str(f["id"])
    return None


def _time_value(v: Any, zone) -> float:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return epoch_from_number(float(v))
    if isinstance(v, str):
        return parse_time(v, zone)
    raise ValueError(f"unreadable time {v!r}"[:60])


def _position(c: Any) -> tuple[float, float, float]:
    if not isinstance(c, (list, tuple)) or len(c) < 2:
        raise ValueError(tr("position needs [lon, lat]"))
    lon, lat = float(c[0]), float(c[1])
    alt = float(c[2]) if len(c) > 2 and c[2] is not None else np.nan
    if not (-90 <= lat <= 90 and -180 <= lon <= 360):
        raise ValueError(tr("position {lon},{lat} out of range", lon=lon, lat=lat))
    return lon, lat, alt


def _series(coords, times, label, zone, issues, counts, extra: dict | None = None):
    lon, lat, alt, t, keep = [], [], [], [], []
    for i, c in enumerate(coords):
        counts[0] += 1
        try:
            lo, la, al = _position(c)
            ti = _time_value(times[i], zone) if times is not None else np.nan
        except (ValueError, TypeError) as exc:
            issues.add(None, tr("{label} position {i}: {exc}", label=label, i=i + 1, exc=exc))
            counts[1] += 1
            continue
        lon.append(lo)
        lat.append(la)
        alt.append(al)
        t.append(ti)
        keep.append(i)
    attrs = {k: [v[i] for i in keep] for k, v in (extra or {}).items()}
    return lon, lat, alt, t, attrs


def _line_feature(geom, props, tid, source, zone, issues, counts):
    parts = geom.get("coordinates") or []
    if geom.get("type") == "LineString":
        parts = [parts]
    parts = [p for p in parts if isinstance(p, list)]
    times_prop = next((props[k] for k in TIME_ARRAY_KEYS if isinstance(props.get(k), list)), None)
    coords_all = [c for part in parts for c in part]
    times_all: list = []
    if times_prop is not None:
        if times_prop and isinstance(times_prop[0], list):  # one list per MultiLineString part
            times_all = [x for sub in times_prop for x in sub]
        else:
            times_all = list(times_prop)
    times = None
    if times_prop is not None:
        if len(times_all) != len(coords_all):
            issues.add(
                None,
                tr(
                    "'{tid}': {n_times_all} times for {n_coords_all} positions: times ignored",
                    tid=tid,
                    n_times_all=len(times_all),
                    n_coords_all=len(coords_all),
                ),
                "coordTimes",
            )
        else:
            times = times_all
    lon, lat, alt, t, attrs = _series(coords_all, times, f"'{tid}'", zone, issues, counts)
    if not lon:
        return None
    return make_track(tid, lon, lat, t, alt, source, attrs)


def _point_tracks(items, base, source, zone, issues, counts):
    props_list = [p for _, _, p in items]
    key = None
    for k in GROUP_KEYS:
        vals = [p.get(k) for p in props_list]
        if all(v not in (None, "") for v in vals) and (len(set(map(str, vals))) < len(vals) or len(vals) == 1):
            key = k
            break
    groups: dict[str, list] = {}
    for k, f, props in items:
        groups.setdefault(str(props[key]) if key else base, []).append((k, f, props))
    tracks = []
    for tid, its in groups.items():
        tkey = next((k for k in TIME_KEYS if all(p.get(k) is not None for _, _, p in its)), None)
        coords = [f["geometry"].get("coordinates") for _, f, _ in its]
        times = [p.get(tkey) for _, _, p in its] if tkey else None
        attr_keys = []
        for _, _, p in its:
            attr_keys += [a for a, v in p.items() if a not in attr_keys and a != tkey and a != key
                          and (v is None or isinstance(v, (str, int, float, bool)))]
        extra = {a: [p.get(a) for _, _, p in its] for a in attr_keys}
        lon, lat, alt, t, attrs = _series(coords, times, f"'{tid}' point", zone, issues, counts, extra)
        if lon:
            tracks.append(make_track(tid, lon, lat, t, alt, source, attrs))
    return tracks


def _moving_feature(f, tid, source, zone, issues, counts):
    tg = f["temporalGeometry"]
    if not isinstance(tg, dict):
        issues.add(None, tr("'{tid}': temporalGeometry is not an object", tid=tid), "temporalGeometry")
        return None
    prisms = tg.get("prisms") if tg.get("type") == "MovingGeometryCollection" else [tg]
    if not isinstance(prisms, list):
        prisms = []
    lon, lat, alt, t = [], [], [], []
    for pr in prisms or []:
        if not isinstance(pr, dict) or pr.get("type") not in ("MovingPoint", None):
            issues.add(
                None,
                tr(
                    "'{tid}': temporal geometry type {value!r} is not a moving point: skipped",
                    tid=tid,
                    value=pr.get("type") if isinstance(pr, dict) else pr,
                ),
                "temporalGeometry",
            )
            continue
        coords = pr.get("coordinates") if isinstance(pr.get("coordinates"), list) else []
        dts = pr.get("datetimes") if isinstance(pr.get("datetimes"), list) else []
        if len(coords) != len(dts):
            counts[0] += max(len(coords), len(dts))
            counts[1] += max(len(coords), len(dts))
            issues.add(
                None,
                tr(
                    "'{tid}': {n_dts} datetimes for {n_coords} coordinates: skipped",
                    tid=tid,
                    n_dts=len(dts),
                    n_coords=len(coords),
                ),
                "temporalGeometry",
            )
            continue
        a, b, c, d, _ = _series(coords, dts, f"'{tid}'", zone, issues, counts)
        lon += a
        lat += b
        alt += c
        t += d
    if not lon:
        return None
    attrs = {}
    # temporalProperties: [{"datetimes": [...], "<name>": {"type": "Measure", "values": [...]}}]
    tprops = f.get("temporalProperties") or []
    if isinstance(tprops, list):
        for group in tprops:
            if not isinstance(group, dict):
                continue
            try:
                times = [_time_value(x, zone) for x in group.get("datetimes") or []]
            except ValueError:
                continue
            lookup = {tv: i for i, tv in enumerate(times)}
            for pname, spec in group.items():
                if pname == "datetimes" or not isinstance(spec, dict) or not isinstance(spec.get("values"), list):
                    continue
                vals = spec["values"]
                if len(vals) == len(times):
                    attrs[pname] = [vals[lookup[x]] if x in lookup else None for x in t]
    return make_track(tid, lon, lat, t, alt, source, attrs)
