"""Proximity and closure flagging run inside PostgreSQL/PostGIS on a track table (no Qt, no QGIS).

Works on any DB-API connection from psycopg2. The track table holds one row per fix with a track id, a time
(timestamp with time zone), an altitude in metres and a point geometry (any SRID; transformed to WGS 84).

* Proximity (point sites): segments between consecutive fixes are GiST-indexed as geography; candidate
  (site, segment) pairs come from ``ST_DWithin`` and each is solved in SQL with the same geodesic steps as
  ``core.proximity`` (``sql.FUNCTIONS``); passes are grouped with window functions. Only one row per pass
  (the CPA, the crossings, the fixes inside) leaves the database.
* Closures: the pieces of segments inside each closure outline come from the GiST index and
  ``ST_Intersection`` in the lon/lat plane (the model of ``core.flagging``); only those pieces leave the
  database, and the vertical band, active window and status are decided by ``core.flagging``'s own
  functions on them, so both paths give one answer.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

import numpy as np

from ..errors import InputError
from ..feedback import check
from ..flagging import ClosureFlag, FlagResult, _accumulate, _summarise
from ..model import Airspace, Track
from ..proximity import ApproachEvent, Site
from . import sql as queries


@dataclass
class TrackTable:
    """Where the fixes are: ``schema.table`` with its geometry, key, track id, time and altitude columns."""

    schema: str
    table: str
    geom: str = "geom"
    key: str | None = None
    track_id: str = "track_id"
    time: str = "time"
    alt: str = "alt_m"

    def label(self) -> str:
        return f"{self.schema}.{self.table}"


def _sql():
    from psycopg2 import sql

    return sql


def _ident(*names: str):
    return _sql().Identifier(*names)


def _columns(cur, tt: TrackTable) -> dict[str, str]:
    cur.execute("SELECT column_name, udt_name FROM information_schema.columns "
                "WHERE table_schema = %s AND table_name = %s", (tt.schema, tt.table))
    cols = dict(cur.fetchall())
    if not cols:
        raise InputError("the PostGIS table does not exist or cannot be read", tt.label())
    if tt.geom not in cols:
        raise InputError(f"the PostGIS table has no geometry column '{tt.geom}'", tt.label())
    return cols


def _segment_source(cur, tt: TrackTable) -> dict:
    """Identifiers/expressions for sql.SEGMENTS: missing time/alt/id columns become NULLs as in QGIS."""
    sql = _sql()
    cols = _columns(cur, tt)
    cur.execute("SELECT Find_SRID(%s, %s, %s)", (tt.schema, tt.table, tt.geom))
    srid = cur.fetchone()[0]
    g = sql.Identifier(tt.geom)
    geom = sql.SQL("ST_Force2D(ST_GeometryN({g}, 1))").format(g=g)
    if srid and srid != 4326:
        geom = sql.SQL("ST_Transform({g}, 4326)").format(g=geom)
    time_ok = tt.time in cols and cols[tt.time] in ("timestamptz", "timestamp")
    return {
        "id": sql.Identifier(tt.track_id) if tt.track_id in cols else sql.SQL("NULL"),
        "time": sql.Identifier(tt.time) if time_ok else sql.SQL("NULL::timestamptz"),
        "alt": sql.Identifier(tt.alt) if tt.alt in cols else sql.SQL("NULL"),
        "key": sql.Identifier(tt.key) if tt.key and tt.key in cols else sql.SQL("0"),
        "geom_wgs84": geom,
        "points": sql.Identifier(tt.schema, tt.table),
    }


def segments_table(conn, tt: TrackTable, persistent: bool | None = None) -> tuple[object, int]:
    """The GiST-indexed segment table of the track table: (its identifier, segment count or -1 if reused).

    ``persistent=True`` (re)builds ``<table>_bwseg`` beside the track table, stamped with the track table's
    row count and last time (the import builds it); ``None`` reuses that table when its stamp is current,
    else builds a temporary table of this session; ``False`` always builds the temporary table (nothing is
    written to the analyst's database). The stamp does not see an edit that keeps the count and last time."""
    sql = _sql()
    cur = conn.cursor()
    cur.execute("SET LOCAL jit = off")  # JIT compiling these row-by-row expressions costs more than it saves
    src = _segment_source(cur, tt)
    seg = sql.Identifier(tt.schema, f"{tt.table}_bwseg")
    stamp = None
    if persistent is not False:
        cur.execute(sql.SQL("SELECT count(*)::text || '|' || coalesce(max({t})::text, '') FROM {p}").format(
            t=src["time"], p=src["points"]))
        stamp = f"balloon_watch segments of {tt.label()}: {cur.fetchone()[0]}"
        cur.execute("SELECT obj_description(to_regclass(%s), 'pg_class')",
                    (seg.as_string(conn),))
        row = cur.fetchone()
        if row and row[0] == stamp:
            return seg, -1
    if persistent:
        cur.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(seg))
        cur.execute(sql.SQL(queries.SEGMENTS).format(temp=sql.SQL(""), seg=seg, **src))
        n = cur.rowcount
        cur.execute(sql.SQL("COMMENT ON TABLE {} IS {}").format(seg, sql.Literal(stamp)))
    else:
        seg = sql.Identifier("bw_seg")
        cur.execute("DROP TABLE IF EXISTS pg_temp.bw_seg")
        cur.execute(sql.SQL(queries.SEGMENTS).format(temp=sql.SQL("TEMP"), seg=seg, **src))
        n = cur.rowcount
    for stmt in queries.SEGMENT_INDEXES:
        cur.execute(sql.SQL(stmt).format(seg=seg))
    return seg, n


def _copy(cur, table: str, columns: tuple[str, ...], rows) -> None:
    buf = io.StringIO()
    for row in rows:
        buf.write("\t".join("\\N" if v is None else str(v) for v in row))
        buf.write("\n")
    buf.seek(0)
    cur.copy_expert(f"COPY {table} ({', '.join(columns)}) FROM STDIN", buf)


def site_proximity_db(conn, tt: TrackTable, sites: list[Site], distance_m: float, feedback=None,
                      persistent_segments: bool | None = None) -> list[ApproachEvent]:
    """``core.proximity.site_proximity`` for every track of the table, computed in PostgreSQL.

    Point sites only (line and polygon sites raise ValueError: run them in QGIS). Events are ordered by track,
    site (input order) and time, like the in-process engine run track after track. The bearing of a CPA at
    0 m (the site on the track) is undefined: NaN here."""
    if not (distance_m > 0 and math.isfinite(distance_m)):
        raise ValueError("the alert distance must be a positive number of metres")
    if any(s.geom_type != "point" for s in sites):
        raise ValueError("the database path handles point sites only")
    sql = _sql()
    cur = conn.cursor()
    check(feedback, 0.0)
    # the planner's row estimates for these joins are far too high and JIT compiling costs seconds
    cur.execute("SET LOCAL jit = off")
    cur.execute(queries.FUNCTIONS)
    seg, _ = segments_table(conn, tt, persistent_segments)
    check(feedback, 30.0)
    cur.execute("DROP TABLE IF EXISTS pg_temp.bw_sites")
    cur.execute(queries.SITES_TABLE)
    _copy(cur, "bw_sites", ("idx", "x", "y"),
          ((i, repr(float(s.coords[0])), repr(float(s.coords[1]))) for i, s in enumerate(sites)))
    cur.execute(queries.SITES_FILL)
    check(feedback, 35.0)
    # the index test runs on the sphere (fast); the margin covers sphere vs ellipsoid (< 0.5 %), and the
    # exact geodesic test decides each candidate
    reach = distance_m * 1.006 + 100.0
    cur.execute(sql.SQL(queries.PROXIMITY).format(seg=seg), {"dist": float(distance_m), "reach": reach})
    rows = cur.fetchall()
    check(feedback, 95.0)
    events = []
    for (site_i, track_id, cpa_m, cx, cy, cpa_t, cpa_alt, brg, enter_t, exit_t, enter_pt, exit_pt, fixes,
         last_fix, _) in rows:
        site = sites[site_i]
        part = [p for p in ([enter_pt] if enter_pt else []) + list(fixes or []) + [last_fix, exit_pt] if p]
        arr = np.array(part, dtype=float) if part else np.zeros((0, 4))
        if len(arr) == 1:
            arr = np.vstack([arr, arr])
        enter_t, exit_t = _nan(enter_t), _nan(exit_t)
        dwell = exit_t - enter_t if math.isfinite(enter_t) and math.isfinite(exit_t) else math.nan
        events.append(ApproachEvent(site.site_id, site.name, track_id, float(cpa_m), _nan(cpa_t), _nan(cpa_alt),
                                    float(cx), float(cy), _nan(brg) % 360.0, enter_t, exit_t, dwell, [arr]))
    check(feedback, 100.0)
    return events


def _nan(v) -> float:
    return math.nan if v is None else float(v)


def _multipolygon_wkt(mp) -> str:
    polys = []
    for poly in mp:
        rings = []
        for ring in poly:
            r = list(ring)
            if len(r) < 3:
                continue
            if r[0] != r[-1]:
                r.append(r[0])
            rings.append("(" + ",".join(f"{x!r} {y!r}" for x, y in r) + ")")
        if rings:
            polys.append("(" + ",".join(rings) + ")")
    return "MULTIPOLYGON(" + ",".join(polys) + ")" if polys else "MULTIPOLYGON EMPTY"


def flag_closures_db(conn, tt: TrackTable, airspaces: list[Airspace], feedback=None,
                     persistent_segments: bool | None = None) -> FlagResult:
    """``core.flagging.flag_closures`` for every track of the table; the horizontal search runs in PostgreSQL.

    No terrain model: AGL limits take the ground as 0 m MSL (the result's notes say so)."""
    sql = _sql()
    flags = [ClosureFlag(i) for i in range(len(airspaces))]
    notes: list[str] = []
    if not airspaces:
        return FlagResult(flags, [], notes)
    cur = conn.cursor()
    check(feedback, 0.0)
    cur.execute("SET LOCAL jit = off")
    seg, _ = segments_table(conn, tt, persistent_segments)
    check(feedback, 30.0)
    cur.execute("DROP TABLE IF EXISTS pg_temp.bw_closures")
    cur.execute(queries.CLOSURES_TABLE)
    _copy(cur, "bw_closures", ("idx", "wkt"), ((i, _multipolygon_wkt(a.geometry)) for i, a in enumerate(airspaces)))
    cur.execute(queries.CLOSURES_FILL)
    cur.execute(sql.SQL("SELECT count(*) FILTER (WHERE t0 IS NULL OR t1 IS NULL) FROM {}").format(seg))
    if cur.fetchone()[0]:
        raise InputError("some fixes have no time: closures need times (run the analysis in QGIS to skip them)",
                         tt.label())
    cur.execute(sql.SQL(queries.CLOSURE_PIECES).format(seg=seg))
    rows = cur.fetchall()
    check(feedback, 90.0)
    uses_agl = any("AGL" in (a.floor_ref, a.ceiling_ref) for a in airspaces)
    if uses_agl:
        notes.append("AGL limits compared with the ground taken as 0 m MSL (no terrain model given)")
    acc: dict[int, dict] = {}
    by_track: dict[str, list] = {}
    for row in rows:
        by_track.setdefault(row[1], []).append(row)
    for track_id, trows in by_track.items():
        _accumulate_track(acc, track_id, trows, airspaces)
    events: list = []
    for k, st in acc.items():
        _summarise(flags[k], st, airspaces[k], events, uses_agl)
    events.sort(key=lambda e: (e.enter_time, e.airspace))
    check(feedback, 100.0)
    return FlagResult(flags, events, notes)


def _accumulate_track(acc: dict, track_id: str, rows: list, airspaces: list[Airspace]) -> None:
    """Feed the pieces of one track to core.flagging: fixes renumbered compactly, runs kept consecutive."""
    fixes: dict[int, tuple] = {}
    for (_, _, seq, x0, y0, x1, y1, t0, t1, a0, a1, _, _) in rows:
        fixes[seq] = (x0, y0, t0, a0)
        fixes[seq + 1] = (x1, y1, t1, a1)
    order = sorted(fixes)
    pos = {s: i for i, s in enumerate(order)}
    arr = np.array([fixes[s] for s in order], dtype=float)
    lon, lat, t, alt = arr[:, 0], arr[:, 1], arr[:, 2], arr[:, 3]
    ground = np.zeros(len(lon))
    track = Track(track_id, lon, lat, t, alt)
    per: dict[int, list] = {}
    for r in rows:
        ua, ub = sorted((float(r[11]), float(r[12])))
        per.setdefault(r[0], []).append((pos[r[2]], ua, ub))
    for k, pieces in per.items():
        p = np.array(pieces, dtype=float)
        with np.errstate(invalid="ignore"):
            _accumulate(acc, k, track, airspaces[k], (p[:, 0].astype(np.int64), p[:, 1], p[:, 2]),
                        lon, lat, t, alt, ground)
