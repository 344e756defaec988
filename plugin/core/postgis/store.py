"""Write imported tracks into PostGIS: the same two layers as ``core.track_store`` (points, one line per track),
bulk-loaded with COPY in ONE transaction (both tables or neither). No Qt, no QGIS; any psycopg2 connection.
"""

from __future__ import annotations

import io
import math

import numpy as np

from ..errors import Cancelled, InputError
from ..feedback import check
from ..geodesy import GEOD
from ..model import Track
from ..track_store import TrackStats, _attribute_columns
from ..tracks import derive, split_antimeridian
from .analysis import TrackTable, segments_table

_PG_TYPES = {"TEXT": "text", "REAL": "double precision", "INTEGER": "bigint", "DATETIME": "timestamptz"}


def _iso(epoch: np.ndarray) -> list:
    out = [None] * len(epoch)
    ok = np.isfinite(epoch)
    if ok.any():
        us = np.round(epoch[ok] * 1e6).astype("int64").astype("datetime64[us]")
        txt = np.datetime_as_string(us, unit="us")
        for i, v in zip(np.nonzero(ok)[0], txt):
            out[i] = f"{v}+00"
    return out


def _text(v) -> str:
    if v is None:
        return "\\N"
    if isinstance(v, float):
        return "\\N" if not math.isfinite(v) else repr(v)
    s = str(v)
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _copy(cur, table_sql, columns: list[str], rows, chunk: int = 200_000) -> None:
    from psycopg2 import sql

    stmt = sql.SQL("COPY {} ({}) FROM STDIN").format(table_sql, sql.SQL(", ").join(map(sql.Identifier, columns)))
    stmt = stmt.as_string(cur.connection)
    buf = io.StringIO()
    n = 0
    for row in rows:
        buf.write("\t".join(_text(v) for v in row))
        buf.write("\n")
        n += 1
        if n % chunk == 0:
            buf.seek(0)
            cur.copy_expert(stmt, buf)
            buf = io.StringIO()
    if buf.tell():
        buf.seek(0)
        cur.copy_expert(stmt, buf)


def _columns(tracks: list[Track]) -> list[tuple[str, str, list]]:
    """(name, kind, values) of the point layer, as core.track_store writes them to a GeoPackage."""
    n = sum(len(t) for t in tracks)
    derived = [derive(t) for t in tracks]
    lines = np.concatenate([t.lines if t.lines is not None else np.full(len(t), -1) for t in tracks]).astype(float)
    lines[lines < 0] = np.nan
    cols = [
        ("track_id", "TEXT", [t.track_id for t in tracks for _ in range(len(t))]),
        ("time", "DATETIME", _iso(np.concatenate([t.times for t in tracks]))),
        ("alt_m", "REAL", np.concatenate([t.alt_m for t in tracks]).tolist()),
        ("speed_ms", "REAL", np.concatenate([d["speed_ms"] for d in derived]).tolist()),
        ("heading_deg", "REAL", np.concatenate([d["heading_deg"] for d in derived]).tolist()),
        ("vrate_ms", "REAL", np.concatenate([d["vrate_ms"] for d in derived]).tolist()),
        ("source", "TEXT", [t.source for t in tracks for _ in range(len(t))]),
        ("src_line", "REAL", lines.tolist()),
    ]
    for c in _attribute_columns(tracks, n):
        vals = c.values.tolist() if isinstance(c.values, np.ndarray) else list(c.values)
        cols.append((c.name, c.kind, vals))
    return cols


def write_tracks_pg(conn, tracks: list[Track], points: tuple[str, str], line: tuple[str, str],
                    feedback=None) -> TrackStats:
    """Replace/create ``points`` and ``line`` (schema, table) in one transaction; commit only when both are
    written. On any error or cancel the transaction is rolled back and the database is as before."""
    from psycopg2 import sql

    if not tracks or not sum(len(t) for t in tracks):
        raise InputError("no usable fixes to write")
    p_sql, l_sql = sql.Identifier(*points), sql.Identifier(*line)
    cur = conn.cursor()
    try:
        cols = _columns(tracks)
        check(feedback, 45)
        cur.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(points[0])))
        cur.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(line[0])))
        for name in (points, line):
            cur.execute(sql.SQL("DROP TABLE IF EXISTS {} CASCADE").format(sql.Identifier(*name)))
            cur.execute(sql.SQL("DROP TABLE IF EXISTS {} CASCADE").format(
                sql.Identifier(name[0], f"{name[1]}_bwseg")))
        defs = sql.SQL(", ").join(sql.SQL("{} {}").format(sql.Identifier(n), sql.SQL(_PG_TYPES[k]))
                                  for n, k, _ in cols)
        cur.execute(sql.SQL("CREATE TABLE {} (fid bigserial PRIMARY KEY, {}, geom geometry(Point, 4326))").format(
            p_sql, defs))
        lon = np.concatenate([t.lon for t in tracks])
        lat = np.concatenate([t.lat for t in tracks])
        geoms = [f"SRID=4326;POINT({x!r} {y!r})" for x, y in zip(lon.tolist(), lat.tolist())]
        names = [c[0] for c in cols] + ["geom"]
        n = len(geoms)

        def rows():
            values = [c[2] for c in cols] + [geoms]
            for i in range(n):
                if i % 100_000 == 0:
                    check(feedback, 50 + 30 * i / n)
                yield [v[i] for v in values]

        _copy(cur, p_sql, names, rows())
        cur.execute(sql.SQL("CREATE INDEX ON {} USING gist (geom)").format(p_sql))
        cur.execute(sql.SQL("CREATE INDEX ON {} (track_id, time)").format(p_sql))
        check(feedback, 85)
        cur.execute(sql.SQL(
            "CREATE TABLE {} (fid bigserial PRIMARY KEY, track_id text, start_time timestamptz, "
            "end_time timestamptz, length_m double precision, points bigint, source text, "
            "geom geometry(MultiLineStringZM, 4326))").format(l_sql))
        line_rows, lengths = [], []
        for t in tracks:
            length = float(np.sum(GEOD.inv(t.lon[:-1], t.lat[:-1], t.lon[1:], t.lat[1:])[2])) if len(t) > 1 else 0.0
            lengths.append(length)
            parts = split_antimeridian(t.lon, t.lat, np.nan_to_num(t.alt_m, nan=0.0), np.nan_to_num(t.times, nan=0.0))
            parts = [p for p in parts if len(p[0]) >= 2]
            if not parts:  # a single fix: only in the point layer (a degenerate line is invalid)
                continue
            wkt = ",".join("(" + ",".join(f"{x!r} {y!r} {z!r} {m!r}" for x, y, z, m in zip(*(a.tolist() for a in p)))
                           + ")" for p in parts)
            finite = t.times[np.isfinite(t.times)]
            se = _iso(np.array([finite.min(), finite.max()])) if len(finite) else [None, None]
            line_rows.append([t.track_id, se[0], se[1], length, len(t), t.source,
                              f"SRID=4326;MULTILINESTRING ZM ({wkt})"])
        _copy(cur, l_sql, ["track_id", "start_time", "end_time", "length_m", "points", "source", "geom"], line_rows)
        cur.execute(sql.SQL("CREATE INDEX ON {} USING gist (geom)").format(l_sql))
        check(feedback, 90)
        # the segments the in-database analyses use, built now so every analysis finds them ready
        segments_table(conn, TrackTable(points[0], points[1], key="fid"), persistent=True)
        check(feedback, 95)
        conn.commit()
    except Cancelled:
        conn.rollback()
        raise
    except Exception as exc:
        conn.rollback()
        if isinstance(exc, InputError):
            raise
        raise InputError(f"PostGIS refused the import ({str(exc).strip().splitlines()[0]}); nothing was written",
                         f"{points[0]}.{points[1]}") from None
    times = np.concatenate([t.times for t in tracks])
    finite = times[np.isfinite(times)]
    start, end = (float(finite.min()), float(finite.max())) if len(finite) else (math.nan, math.nan)
    return TrackStats(len(tracks), int(sum(len(t) for t in tracks)), float(sum(lengths)), start, end)
