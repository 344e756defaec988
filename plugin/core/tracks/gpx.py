"""GPX 1.0/1.1: tracks (trk/trkseg/trkpt), routes (rte/rtept) and waypoints (wpt)."""

from __future__ import annotations

from typing import Any

import numpy as np

from ..errors import InputError, IssueLog
from ..feedback import check
from ..messages import tr
from ..model import ReadResult
from ..safexml import local, parse_bytes
from .common import check_bad_share, finish, make_track, stem
from .timeparse import get_zone, parse_time
from .xmlutil import children, text_of

_POINT_SKIP = {"ele", "time", "extensions", "link"}


def read_gpx(data: bytes, name: str, tz: str = "UTC", feedback: Any = None) -> ReadResult:
    root = parse_bytes(data, name)
    if local(root.tag) != "gpx":
        raise InputError(tr("root element is <{tag}>, not <gpx>", tag=local(root.tag)), name)
    zone = get_zone(tz, name)
    issues = IssueLog(name)
    tracks = []
    counts = [0, 0]  # points, bad points
    base = stem(name)
    trks = children(root, "trk")
    rtes = children(root, "rte")
    for k, trk in enumerate(trks):
        check(feedback, 80.0 * k / max(len(trks), 1))
        pts = []
        for s, seg in enumerate(children(trk, "trkseg")):
            pts += [(p, s) for p in children(seg, "trkpt")]
        tid = text_of(trk, "name") or (base if len(trks) == 1 else f"{base}_trk{k + 1}")
        tracks.append(_points(pts, tid, f"trk {k + 1}", name, zone, issues, counts))
    for k, rte in enumerate(rtes):
        pts = [(p, 0) for p in children(rte, "rtept")]
        tid = text_of(rte, "name") or f"{base}_rte{k + 1}"
        tracks.append(_points(pts, tid, f"rte {k + 1}", name, zone, issues, counts, segments=False))
    wpts = children(root, "wpt")
    if wpts:
        tid = base if not (trks or rtes) else f"{base}_waypoints"
        tracks.append(_points([(p, 0) for p in wpts], tid, "wpt", name, zone, issues, counts, segments=False))
    check_bad_share(counts[0], counts[1], name, tr("points"))
    return finish([t for t in tracks if t is not None], "gpx", issues, [], name)


def _points(pts, tid, where, source, zone, issues, counts, segments=True):
    lon, lat, alt, times, attrs = [], [], [], [], {}
    kept = 0
    for i, (p, seg) in enumerate(pts):
        counts[0] += 1
        label = f"{where} point {i + 1}"
        try:
            la = float(p.get("lat", "nan"))
            lo = float(p.get("lon", "nan"))
        except ValueError:
            la = lo = float("nan")
        if not (-90 <= la <= 90 and -180 <= lo <= 360):
            issues.add(None, tr("{label}: lat/lon missing or out of range", label=label), "lat/lon")
            counts[1] += 1
            continue
        ele = text_of(p, "ele")
        try:
            e = float(ele) if ele is not None else np.nan
        except ValueError:
            issues.add(None, tr("{label}: elevation '{ele}' is not a number", label=label, ele=ele), "ele")
            counts[1] += 1
            continue
        tt = text_of(p, "time")
        try:
            t = parse_time(tt, zone) if tt is not None else np.nan
        except ValueError as exc:
            issues.add(None, tr("{label}: {exc}", label=label, exc=exc), "time")
            counts[1] += 1
            continue
        extra = {"segment": seg} if segments else {}
        for c in p:
            cname = local(c.tag)
            if cname == "extensions":
                for leaf in c.iter():
                    if len(leaf) == 0 and leaf is not c and leaf.text and leaf.text.strip():
                        extra[local(leaf.tag)] = leaf.text.strip()
            elif cname not in _POINT_SKIP and len(c) == 0 and c.text and c.text.strip():
                extra[cname] = c.text.strip()
        for k in extra:
            if k not in attrs:
                attrs[k] = [None] * kept
        for k in attrs:
            attrs[k].append(extra.get(k))
        lon.append(lo)
        lat.append(la)
        alt.append(e)
        times.append(t)
        kept += 1
    if not kept:
        return None
    return make_track(tid, lon, lat, times, alt, source, {k: _maybe_numeric(v) for k, v in attrs.items()})


def _maybe_numeric(values: list) -> Any:
    try:
        return np.array([np.nan if v is None else float(v) for v in values])
    except (TypeError, ValueError):
        return values
