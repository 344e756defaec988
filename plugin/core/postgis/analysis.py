"""Proximity and closure flagging run inside PostgreSQL/PostGIS on a track table (no Qt, no QGIS).

Works on any DB-API connection from psycopg2. The track table holds one row per fix with a track id, a time
(timestamp with time zone), an altitude in metres and a point geometry (any SRID; transformed to WGS 84).

* Proximity (point sites): segments between consecutive fixes are GiST-indexed as geography; candidate
  (site, segment) pairs come from ``ST_DWithin`` and each is solved in SQL with the same geodesic steps as
  ``core.proximity`` (``sql.FUNCTIONS``); passes are grouped with window functions. Only one row per pass
  (the CPA, the crossings, the fixes inside) leaves the database.
* Closures: the pieces of segments inside each closure outline come from the GiST index and
  ``ST_Intersection`` in the lon/lat plane (the model of ``core.flagging``); on each piece the vertical band
  and the active window are solved in SQL, passages merged with window functions and each closure's status
  decided there too. Only one row per closure and one per passage (with the fixes inside) leave the database.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

import numpy as np

from ..errors import InputError
from ..feedback import check
from ..flagging import ClosureEvent, ClosureFlag, FlagResult, _pos
from ..model import Airspace
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
    cur.execute(sql.SQL("SELECT count(*) FROM {points} WHERE abs(ST_Y({geom_wgs84})) > 90").format(**src))
    bad = cur.fetchone()[0]
    if bad:  # PostGIS geography would silently wrap them over the pole
        raise InputError(f"{bad} fix(es) have a latitude beyond 90 degrees: is the layer's CRS right?", tt.label())
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
    # a server-side cursor: passes arrive in batches and each becomes numpy at once, so the desktop never holds
    # the whole answer as Python lists (10 M fixes give ~70,000 passes with their fixes)
    rows = conn.cursor(name="bw_passes")
    rows.itersize = 2000
    rows.execute(sql.SQL(queries.PROXIMITY).format(seg=seg), {"dist": float(distance_m), "reach": reach})
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
        if len(events) % 2000 == 0:
            check(feedback, 95.0)
    rows.close()
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
    """``core.flagging.flag_closures`` for every track of the table, the 4-D check run in PostgreSQL.

    Only the per-closure results and the passages (with the fixes inside) leave the database. No terrain
    model: AGL limits take the ground as 0 m MSL (the notes and each such closure's note say so). Track ids
    of a closure are listed in alphabetical order."""
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
    cur.execute(sql.SQL("SELECT count(*) FILTER (WHERE t0 IS NULL OR t1 IS NULL) FROM {}").format(seg))
    if cur.fetchone()[0]:
        raise InputError("some fixes have no time: closures need times (run the analysis in QGIS to skip them)",
                         tt.label())
    cur.execute("DROP TABLE IF EXISTS pg_temp.bw_closures, pg_temp.bw_limits, pg_temp.bw_state")
    cur.execute(queries.CLOSURES_TABLE)
    cur.execute(queries.CLOSURE_FUNCTIONS)
    _copy(cur, "bw_closures", ("idx", "wkt"), ((i, _multipolygon_wkt(a.geometry)) for i, a in enumerate(airspaces)))
    _copy(cur, "bw_limits", ("idx", "fl", "fl_ref", "ce", "ce_ref", "t_start", "t_end"),
          ((i, _finite(a.floor_m), a.floor_ref, _finite(a.ceiling_m), a.ceiling_ref, _finite(a.start_time),
            _finite(a.end_time)) for i, a in enumerate(airspaces)))
    cur.execute(queries.CLOSURES_FILL)
    cur.execute(sql.SQL(queries.CLOSURE_STATE).format(seg=seg))
    check(feedback, 70.0)
    if any("AGL" in (a.floor_ref, a.ceiling_ref) for a in airspaces):
        notes.append("AGL limits compared with the ground taken as 0 m MSL (no terrain model given)")
    src = _segment_source(cur, tt)
    cur.execute(sql.SQL("SELECT coalesce({id}::text, 'track'), count(*) FROM {points} WHERE {alt} IS NULL "
                        "GROUP BY 1 ORDER BY 1").format(**src))
    notes += [f"track {tid}: {n} fix(es) without altitude are treated as inside every vertical band"
              for tid, n in cur.fetchall()]
    cur.execute(queries.CLOSURE_SUMMARY)
    for (k, track_ids, violated, band_inactive, first, last, inside, entries, o_act, u_act, o_all,
         u_all) in cur.fetchall():
        f = flags[k]
        f.track_ids = list(track_ids)
        f.first_entry, f.last_exit, f.inside_s, f.entries = float(first), float(last), float(inside), int(entries)
        if violated:
            f.status = "violated"
        elif band_inactive:
            f.status, f.min_vertical_sep_m = "inactive at passage", 0.0
        else:
            o_min, u_min = _inf(o_act), _inf(u_act)
            if not math.isfinite(min(o_min, u_min)):  # no active piece: judge on all pieces
                o_min, u_min = _inf(o_all), _inf(u_all)
            f.status = "passed over" if o_min <= u_min else "passed under"
            m = min(o_min, u_min)
            f.min_vertical_sep_m = m if math.isfinite(m) else None
        if "AGL" in (airspaces[k].floor_ref, airspaces[k].ceiling_ref):
            f.note = "AGL limit: ground taken as 0 m MSL (no terrain model)"
    check(feedback, 85.0)
    cur.execute(sql.SQL(queries.CLOSURE_EVENTS).format(seg=seg))
    events = [_event(*row) for row in cur.fetchall()]
    check(feedback, 100.0)
    return FlagResult(flags, events, notes)


def _finite(v) -> float | None:
    return float(v) if v is not None and math.isfinite(v) else None


def _inf(v) -> float:
    return math.inf if v is None else float(v)


def _event(k, track_id, start, end, violated, seq_a, u_a, seq_b, u_b, segs) -> ClosureEvent:
    """A passage: entry point, the fixes inside, exit point (positions interpolated as core.flagging does)."""
    s = np.array(segs, dtype=float)  # rows: x0, y0, x1, y1, alt0, alt1, t0, t1 of segments seq_a..seq_b
    lon, lat = np.r_[s[:, 0], s[-1, 2]], np.r_[s[:, 1], s[-1, 3]]
    alt, t = np.r_[s[:, 4], s[-1, 5]], np.r_[s[:, 6], s[-1, 7]]
    last = seq_b - seq_a
    coords = [_pos(lon, lat, alt, t, 0, float(u_a))]
    coords += [(float(lon[j]), float(lat[j]), float(alt[j]), float(t[j])) for j in range(1, last + 1)]
    coords.append(_pos(lon, lat, alt, t, last, float(u_b)))
    return ClosureEvent(k, track_id, float(start), float(end), coords, bool(violated))
