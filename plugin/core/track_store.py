"""Write imported tracks as two GeoPackage layers: one point per fix, one line per track.

Points: ``track_id``, ``time`` (UTC), ``alt_m``, ``speed_ms``, ``heading_deg``, ``vrate_ms`` (geodesic, see
``tracks.derive``), ``source``, ``src_line`` and the original attributes. Line: MultiLineStringZM (Z altitude,
M epoch seconds), split at the antimeridian, with ``start_time``, ``end_time``, ``length_m`` (geodesic),
``points``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from .feedback import SubFeedback, check
from .geodesy import GEOD
from .gpkg import Column, Layer, multilinestring_blob, point_blobs, write_layers
from .kinds import BOOL, DATETIME, INT, REAL, TEXT, TRACK_LINE, TRACK_POINTS, OutputKind
from .model import Track
from .tracks import derive, split_antimeridian

OUR_FIELDS = TRACK_POINTS.names
SQLITE_TYPES = {TEXT: "TEXT", REAL: "REAL", INT: "INTEGER", DATETIME: "DATETIME", BOOL: "BOOLEAN"}


def kind_columns(kind: OutputKind, values: dict) -> list[Column]:
    """The kind's columns in its order, typed for SQLite, from ``values`` {field name: values}."""
    return [Column(f.name, SQLITE_TYPES[f.type], values[f.name]) for f in kind.fields]


@dataclass
class TrackStats:
    tracks: int
    points: int
    length_m: float
    start: float
    end: float


def _field_name(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^A-Za-z0-9_]", "_", str(name)).strip("_").lower() or "field"
    if base[0].isdigit():
        base = f"f_{base}"
    if base in taken or base in ("fid", "geom"):
        base = f"src_{base}"
    name, k = base, 2
    while name in taken:
        name, k = f"{base}_{k}", k + 1
    taken.add(name)
    return name


def _attribute_columns(tracks: list[Track], n: int) -> list[Column]:
    keys: list[str] = []
    for t in tracks:
        for k in t.attributes:
            if k not in keys:
                keys.append(k)
    taken = set(OUR_FIELDS)
    cols = []
    for key in keys:
        parts = []
        numeric = True
        for t in tracks:
            v = t.attributes.get(key)
            if v is None:
                parts.append(np.full(len(t), np.nan))
                continue
            arr = np.asarray(v)
            if arr.dtype.kind not in "fiub":
                numeric = False
            parts.append(arr)
        if numeric:
            cols.append(Column(_field_name(key, taken), "REAL", np.concatenate([p.astype(float) for p in parts])))
        else:
            vals: list = []
            for p in parts:
                vals.extend(None if (isinstance(x, float) and np.isnan(x)) else str(x) for x in p.tolist())
            cols.append(Column(_field_name(key, taken), "TEXT", vals))
    return cols


def write_tracks(tracks: list[Track], points_path: str, points_table: str = "track_points",
                 line_path: str | None = None, line_table: str = "track_line", feedback=None) -> TrackStats:
    """Write the point and line layers (each all-or-nothing). ``line_path`` None = same file as points."""
    line_path = line_path or points_path
    n = sum(len(t) for t in tracks)
    lon = np.concatenate([t.lon for t in tracks])
    lat = np.concatenate([t.lat for t in tracks])
    times = np.concatenate([t.times for t in tracks])
    alt = np.concatenate([t.alt_m for t in tracks])
    derived = [derive(t) for t in tracks]
    check(feedback, 45)
    ids = np.concatenate([np.full(len(t), t.track_id, dtype=object) for t in tracks]).tolist()
    sources = np.concatenate([np.full(len(t), t.source, dtype=object) for t in tracks]).tolist()
    lines = np.concatenate([t.lines if t.lines is not None else np.full(len(t), -1) for t in tracks]).astype(float)
    lines[lines < 0] = np.nan
    columns = kind_columns(TRACK_POINTS, {
        "track_id": ids, "time": times, "alt_m": alt, "source": sources, "src_line": lines,
        **{name: np.concatenate([d[name] for d in derived]) for name in ("speed_ms", "heading_deg", "vrate_ms")},
    }) + _attribute_columns(tracks, n)
    extent = (float(lon.min()), float(lat.min()), float(lon.max()), float(lat.max()))
    check(feedback, 55)
    layers = [(points_path, Layer(points_table, "POINT", point_blobs(lon, lat), columns, extent,
                                  description="Balloon Watch track fixes"))]

    blobs, starts, ends, lengths, counts, tids, srcs = [], [], [], [], [], [], []
    for t in tracks:
        parts = split_antimeridian(t.lon, t.lat, np.nan_to_num(t.alt_m, nan=0.0), np.nan_to_num(t.times, nan=0.0))
        parts = [np.column_stack(p) for p in parts if len(p[0]) >= 2]
        if len(t) >= 2:
            _, _, dist = GEOD.inv(t.lon[:-1], t.lat[:-1], t.lon[1:], t.lat[1:])
            length = float(np.sum(dist))
        else:
            length = 0.0
        if not parts:  # a single fix: a degenerate line would be invalid, so it is only in the point layer
            continue
        blobs.append(multilinestring_blob(parts))
        finite = t.times[np.isfinite(t.times)]
        starts.append(finite.min() if len(finite) else np.nan)
        ends.append(finite.max() if len(finite) else np.nan)
        lengths.append(length)
        counts.append(len(t))
        tids.append(t.track_id)
        srcs.append(t.source)
    if blobs:
        columns = kind_columns(TRACK_LINE, {
            "track_id": tids, "start_time": np.array(starts, dtype=float), "end_time": np.array(ends, dtype=float),
            "length_m": np.array(lengths), "points": counts, "source": srcs})
        layers.append((line_path, Layer(line_table, "MULTILINESTRING", blobs, columns, extent, z=True, m=True,
                                        description="Balloon Watch track lines")))
    # points and line are committed together: a failure or a cancel leaves neither
    write_layers(layers, SubFeedback(feedback, 60, 100))
    finite = times[np.isfinite(times)]
    return TrackStats(len(tracks), n, float(sum(lengths)), float(finite.min()) if len(finite) else np.nan,
                      float(finite.max()) if len(finite) else np.nan)
