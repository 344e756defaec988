"""KML and KMZ: gx:Track / gx:MultiTrack (times), LineString (no times), timed Point placemarks.

Point placemarks are grouped into one track per enclosing Folder/Document (its name is the track id).
A line placemark named with a generic label ("Altitude", "Track", "Path"...: what exporters such as sonde2kml
write) takes the nearest enclosing Document/Folder name that says more (e.g. "Sonde: U2450623"), else the file stem.
KMZ members are size-checked on the declared size and while streaming (zip bombs) before parsing.
"""

from __future__ import annotations

import io
import os
import re
import struct
import zipfile
import zlib
from typing import Any

import numpy as np

from ..errors import InputError, IssueLog
from ..feedback import check
from ..messages import tr
from ..model import ReadResult
from ..safexml import local, parse_bytes
from .common import check_bad_share, finish, make_track, stem
from .timeparse import get_zone, parse_time
from .xmlutil import child, children, descendants, text_of

# Largest uncompressed KML accepted from a KMZ: far above real track documents, far below a zip bomb.
KMZ_MAX_MEMBER = 64 * 2**20
# placemark/folder names that label what is drawn rather than which flight it is
_GENERIC_NAME = re.compile(
    r"^(altitude|altitude line|alt|height|track|tracks|track line|tracklog|gps track|flight path|flight track|path|"
    r"line|linestring|route|trajectory|trace|points|placemark|untitled|untitled path)( ?\d+)?$", re.IGNORECASE)


def _generic(name: str | None) -> bool:
    return not name or bool(_GENERIC_NAME.match(name.strip()))


class _Acc:
    """Accumulates fixes for one track."""

    def __init__(self) -> None:
        self.lon: list[float] = []
        self.lat: list[float] = []
        self.alt: list[float] = []
        self.t: list[float] = []
        self.attrs: dict[str, list] = {}

    def add(self, lon: float, lat: float, alt: float, t: float, attrs: dict | None = None) -> None:
        n = len(self.lon)
        for k in attrs or {}:
            if k not in self.attrs:
                self.attrs[k] = [None] * n
        for k in self.attrs:
            self.attrs[k].append((attrs or {}).get(k))
        self.lon.append(lon)
        self.lat.append(lat)
        self.alt.append(alt)
        self.t.append(t)


def read_kmz(data: bytes, name: str, tz: str = "UTC", feedback: Any = None,
             max_member: int = KMZ_MAX_MEMBER) -> ReadResult:
    """Open the KMZ zip, take doc.kml (else the first .kml) with bounded memory, read it as KML."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, struct.error, NotImplementedError):
        raise InputError(tr("not a valid KMZ (zip) file"), name) from None
    with zf:
        kmls = [i for i in zf.infolist() if i.filename.lower().endswith(".kml") and not i.is_dir()]
        if not kmls:
            raise InputError(tr("KMZ contains no .kml document"), name)
        docs = [i for i in kmls if os.path.basename(i.filename).lower() == "doc.kml"]
        info = docs[0] if docs else kmls[0]
        member = f"{name}!{info.filename}"
        if info.file_size > max_member:
            raise InputError(
                tr(
                    "KML inside the KMZ declares {file_size} MB uncompressed, more than the limit of "
                    "{max_member} MB (possible zip bomb)",
                    file_size=info.file_size // 2**20,
                    max_member=max_member // 2**20,
                ),
                member,
            )
        try:
            with zf.open(info) as fh:
                chunks, total = [], 0
                while True:
                    chunk = fh.read(1 << 20)
                    if not chunk:
                        break
                    total += len(chunk)
                    if total > max_member:  # the declared size lied
                        raise InputError(
                            tr(
                                "KML inside the KMZ expands beyond {max_member} MB (possible zip bomb)",
                                max_member=max_member // 2**20,
                            ),
                            member,
                        )
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError, struct.error) as exc:
            raise InputError(tr("damaged KMZ member ({exc})", exc=exc), member) from None
        except (RuntimeError, NotImplementedError) as exc:  # encrypted / unsupported compression
            raise InputError(tr("cannot open KMZ member ({exc})", exc=exc), member) from None
    res = read_kml(b"".join(chunks), member, tz, feedback)
    res.format = "kmz"
    return res


def read_kml(data: bytes, name: str, tz: str = "UTC", feedback: Any = None) -> ReadResult:
    root = parse_bytes(data, name)
    if local(root.tag) != "kml":
        raise InputError(tr("root element is <{tag}>, not <kml>", tag=local(root.tag)), name)
    zone = get_zone(tz, name)
    issues = IssueLog(name)
    notes: list[str] = []
    base = stem(name.split("!")[0])
    lines: list[tuple[str, _Acc]] = []
    points: dict[str, _Acc] = {}
    counts = [0, 0]
    placemarks = descendants(root, "Placemark")
    state = {"done": 0, "n": max(len(placemarks), 1)}

    def walk(elem, container: str | None, named: str | None) -> None:
        for c in elem:
            tag = local(c.tag)
            if tag in ("Document", "Folder"):
                own = text_of(c, "name")
                walk(c, own or container, own if not _generic(own) else named)
            elif tag == "Placemark":
                state["done"] += 1
                if state["done"] % 500 == 0:
                    check(feedback, 90.0 * state["done"] / state["n"])
                _placemark(c, container, named or base, base, zone, issues, notes, counts, lines, points)

    walk(root, None, None)
    check_bad_share(counts[0], counts[1], name, tr("points"))
    _fold_points_into_lines(lines, points, notes)
    tracks = []
    ids_seen: dict[str, int] = {}
    for tid, acc in lines:
        k = ids_seen.get(tid, 0)
        ids_seen[tid] = k + 1
        tracks.append(_to_track(tid if k == 0 else f"{tid}_{k + 1}", acc, name))
    for tid, acc in points.items():
        t = np.asarray(acc.t)
        if np.isfinite(t).any() and not np.isfinite(t).all():
            keep = np.nonzero(np.isfinite(t))[0]
            issues.add(
                None,
                tr(
                    "{count} point placemark(s) of '{tid}' without a time skipped",
                    count=int((~np.isfinite(t)).sum()),
                    tid=tid,
                ),
                "TimeStamp",
            )
            acc2 = _Acc()
            for i in keep:
                acc2.add(acc.lon[i], acc.lat[i], acc.alt[i], acc.t[i], {k: v[i] for k, v in acc.attrs.items()})
            acc = acc2
        tracks.append(_to_track(tid, acc, name))
    return finish(tracks, "kml", issues, sorted(set(notes)), name)


def _vertex_key(lon: float, lat: float, alt: float) -> tuple:
    # 1e-6 degree (0.1 m) and 0.1 m: the precision exports write; NaN altitudes compare as equal
    return round(lon, 6), round(lat, 6), None if alt != alt else round(alt, 1)


def _fold_points_into_lines(lines: list[tuple[str, _Acc]], points: dict[str, _Acc], notes: list[str]) -> None:
    """A document that draws a flight twice, as a LineString and as point placemarks on its vertices (SondeHub
    and auto_rx KML exports do), is one flight: the placemarks' names, descriptions and times are attached to
    the matching vertices and the points are not a second track. Points off the line stay a track of their own."""
    for pid in list(points):
        pacc = points[pid]
        for lid, lacc in lines:
            index: dict[tuple, int] = {}
            for i, (x, y, z) in enumerate(zip(lacc.lon, lacc.lat, lacc.alt)):
                index.setdefault(_vertex_key(x, y, z), i)
            hits = [index.get(_vertex_key(x, y, z)) for x, y, z in zip(pacc.lon, pacc.lat, pacc.alt)]
            matched = sum(h is not None for h in hits)
            if not matched or matched < 0.9 * len(hits):
                continue
            n = len(lacc.lon)
            for pi, li in enumerate(hits):
                if li is None:
                    continue
                if lacc.t[li] != lacc.t[li] and pacc.t[pi] == pacc.t[pi]:
                    lacc.t[li] = pacc.t[pi]
                for k, v in pacc.attrs.items():
                    lacc.attrs.setdefault(k, [None] * n)[li] = v[pi]
            rest = [i for i, h in enumerate(hits) if h is None]
            if rest:
                notes.append(tr("{matched} point placemark(s) of '{pid}' repeat vertices of the line '{lid}': one "
                                "track, their names, descriptions and times attached to those vertices ({rest} "
                                "point(s) off the line kept as '{pid}').", matched=matched, pid=pid, lid=lid,
                                rest=len(rest)))
            else:
                notes.append(tr("{matched} point placemark(s) of '{pid}' repeat vertices of the line '{lid}': one "
                                "track, their names, descriptions and times attached to those vertices.",
                                matched=matched, pid=pid, lid=lid))
            if rest:
                left = _Acc()
                for i in rest:
                    left.add(pacc.lon[i], pacc.lat[i], pacc.alt[i], pacc.t[i], {k: v[i] for k, v in pacc.attrs.items()})
                points[pid] = left
            else:
                del points[pid]
            break


def _to_track(tid: str, acc: _Acc, source: str):
    attrs = {}
    for k, v in acc.attrs.items():
        try:
            attrs[k] = np.array([np.nan if x is None else float(x) for x in v])
        except (TypeError, ValueError):
            attrs[k] = v
    return make_track(tid, acc.lon, acc.lat, acc.t, acc.alt, source, attrs)


def _placemark(pm, container, named, base, zone, issues, notes, counts, lines, points) -> None:
    pname = text_of(pm, "name")
    geoms = [e for e in pm.iter() if local(e.tag) in ("Track", "LineString")]
    if geoms:
        acc = _Acc()
        for g in geoms:
            mode = text_of(g, "altitudeMode")
            if mode and mode.endswith("relativeToGround"):
                notes.append(
                    tr(
                        "Some altitudes are relative to the ground (KML relativeToGround): read as if above "
                        "mean sea level."
                    )
                )
            if local(g.tag) == "Track":
                _gx_track(g, pname or base, zone, issues, counts, acc)
            else:
                _linestring(g, pname or base, issues, counts, acc)
        tid = pname or f"{base}_{len(lines) + 1}"
        if pname and _generic(pname):
            tid = named
            notes.append(tr("The line placemark '{pname}' is named by a generic label: track id '{named}' taken from "
                            "the file name.", pname=pname, named=named) if named == base else
                         tr("The line placemark '{pname}' is named by a generic label: track id '{named}' taken from "
                            "its enclosing document or folder.", pname=pname, named=named))
        if acc.lon:
            lines.append((tid, acc))
        return
    pt = next((e for e in pm.iter() if local(e.tag) == "Point"), None)
    if pt is None:
        return  # polygons, models...: not track data
    counts[0] += 1
    label = f"placemark '{pname or '?'}'"
    coords = text_of(pt, "coordinates")
    try:
        lon, lat, alt = _tuple(coords.split()[0].split(",") if coords else [])
    except ValueError as exc:
        issues.add(None, tr("{label}: {exc}", label=label, exc=exc), "coordinates")
        counts[1] += 1
        return
    stamp = next((e for e in pm.iter() if local(e.tag) == "TimeStamp"), None)
    span = next((e for e in pm.iter() if local(e.tag) == "TimeSpan"), None)
    when = text_of(stamp, "when") if stamp is not None else (text_of(span, "begin") if span is not None else None)
    try:
        t = parse_time(when, zone) if when else np.nan
    except ValueError as exc:
        issues.add(None, tr("{label}: {exc}", label=label, exc=exc), "when")
        counts[1] += 1
        return
    key = container or base
    attrs = {"name": pname}
    desc = text_of(pm, "description")
    if desc:
        attrs["description"] = desc.strip()
    points.setdefault(key, _Acc()).add(lon, lat, alt, t, attrs)


def _tuple(parts: list[str]) -> tuple[float, float, float]:
    if len(parts) < 2:
        raise ValueError(tr("coordinate needs at least lon and lat"))
    try:
        vals = [float(p) for p in parts[:3]]
    except ValueError:
        raise ValueError(tr("unreadable coordinate '{parts}'", parts=' '.join(parts)[:60])) from None
    lon, lat = vals[0], vals[1]
    if not (-90 <= lat <= 90 and -180 <= lon <= 360):
        raise ValueError(tr("coordinate {lon},{lat} out of range", lon=lon, lat=lat))
    return lon, lat, vals[2] if len(vals) > 2 else np.nan


def _linestring(ls, label, issues, counts, acc: _Acc) -> None:
    coords = text_of(ls, "coordinates") or ""
    for i, tup in enumerate(coords.split()):
        counts[0] += 1
        try:
            lon, lat, alt = _tuple(tup.split(","))
        except ValueError as exc:
            issues.add(None, tr("'{label}' LineString vertex {i}: {exc}", label=label, i=i + 1, exc=exc), "coordinates")
            counts[1] += 1
            continue
        acc.add(lon, lat, alt, np.nan)


def _gx_track(trk, label, zone, issues, counts, acc: _Acc) -> None:
    whens = [w.text.strip() if w.text else "" for w in children(trk, "when")]
    coords = [c.text.strip() if c.text else "" for c in children(trk, "coord")]
    if len(whens) != len(coords):
        counts[0] += max(len(whens), len(coords))
        counts[1] += max(len(whens), len(coords))
        issues.add(
            None,
            tr(
                "'{label}' gx:Track has {n_whens} <when> but {n_coords} <gx:coord>: track skipped",
                label=label,
                n_whens=len(whens),
                n_coords=len(coords),
            ),
            "gx:Track",
        )
        return
    arrays: dict[str, list[str]] = {}
    ext = child(trk, "ExtendedData")
    if ext is not None:
        for sad in descendants(ext, "SimpleArrayData"):
            vals = [v.text.strip() if v.text else "" for v in children(sad, "value")]
            aname = sad.get("name") or f"array_{len(arrays) + 1}"
            if len(vals) == len(whens):
                arrays[aname] = vals
            else:
                issues.add(
                    None,
                    tr(
                        "'{label}' SimpleArrayData '{aname}' has {n_vals} values for {n_whens} points: ignored",
                        label=label,
                        aname=aname,
                        n_vals=len(vals),
                        n_whens=len(whens),
                    ),
                    "SimpleArrayData",
                )
    for i, (w, c) in enumerate(zip(whens, coords)):
        counts[0] += 1
        try:
            lon, lat, alt = _tuple(c.split())
            t = parse_time(w, zone)
        except ValueError as exc:
            issues.add(None, tr("'{label}' gx:Track point {i}: {exc}", label=label, i=i + 1, exc=exc), "gx:coord/when")
            counts[1] += 1
            continue
        acc.add(lon, lat, alt, t, {k: v[i] for k, v in arrays.items()})
