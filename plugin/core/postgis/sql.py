"""The SQL that Balloon Watch runs in PostgreSQL/PostGIS (no Qt, no QGIS).

Names in ``{braces}`` are identifiers filled with ``psycopg2.sql`` (never string formatting of values);
``%(name)s`` are query parameters.

Geodesy: PostGIS' geography functions ``ST_Distance``, ``ST_Azimuth`` and ``ST_Project`` solve the geodesic
problems on WGS 84 with GeographicLib (the library behind pyproj's ``Geod``), so the per-pair solving below is
the same computation as ``core.proximity`` step for step: the results agree to far below a metre.
"""

from __future__ import annotations

# Helper functions, created in the pg_temp schema of the session: nothing is left in the database.
FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION pg_temp.bw_fwd(x double precision, y double precision, az double precision,
                                          s double precision) RETURNS geography
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN s = 0 THEN ST_SetSRID(ST_MakePoint(x, y), 4326)::geography
              ELSE ST_Project(ST_SetSRID(ST_MakePoint(x, y), 4326)::geography, s, az) END
$$;

-- Forward azimuth at the point s metres along the geodesic A -> B (length len, azimuth az0 at A).
CREATE OR REPLACE FUNCTION pg_temp.bw_dir_at(p geography, a geography, b geography, s double precision,
                                             len double precision, az0 double precision) RETURNS double precision
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN s <= 0 THEN az0
              WHEN s < 0.5 * len THEN ST_Azimuth(p, b)
              ELSE ST_Azimuth(p, a) + pi() END
$$;

-- One (site, segment) pair as core.proximity._solve_pairs treats it: the minimum distance along the
-- segment (Newton on the along-track component when the minimum is interior), then the radius crossings
-- (bisection, 48 halvings) where an end of the segment is outside.
CREATE OR REPLACE FUNCTION pg_temp.bw_pair(
    x0 double precision, y0 double precision, x1 double precision, y1 double precision,
    az0 double precision, az1 double precision, len double precision,
    sx double precision, sy double precision, dist double precision,
    OUT keep boolean, OUT dmin double precision, OUT s_min double precision,
    OUT s_in double precision, OUT s_out double precision, OUT need_in boolean, OUT need_out boolean)
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  a geography := ST_SetSRID(ST_MakePoint(x0, y0), 4326)::geography;
  b geography := ST_SetSRID(ST_MakePoint(x1, y1), 4326)::geography;
  site geography := ST_SetSRID(ST_MakePoint(sx, sy), 4326)::geography;
  d_a double precision := ST_Distance(a, site);
  d_b double precision := ST_Distance(b, site);
  az_as double precision := ST_Azimuth(a, site);
  az_bs double precision := ST_Azimuth(b, site);
  interior boolean;
  s double precision; s_new double precision; p geography; fa double precision; d double precision;
  lo double precision; hi double precision; mid double precision;
  i integer;
BEGIN
  keep := false;
  IF 0.5 * (d_a + d_b - len) >= dist THEN RETURN; END IF;
  interior := len > 0 AND az_as IS NOT NULL AND az_bs IS NOT NULL
              AND cos(az_as - az0) > 0 AND cos(az_bs - az1) < 0;
  IF d_a <= d_b THEN s_min := 0; ELSE s_min := len; END IF;
  dmin := least(d_a, d_b);
  IF interior THEN
    s := greatest(0, least(len, d_a * cos(az_as - az0)));
    FOR i IN 1..10 LOOP
      p := pg_temp.bw_fwd(x0, y0, az0, s);
      fa := pg_temp.bw_dir_at(p, a, b, s, len, az0);
      d := ST_Distance(p, site);
      s_new := greatest(0, least(len, s + d * coalesce(cos(ST_Azimuth(p, site) - fa), 0)));
      IF abs(s_new - s) < 1e-4 THEN s := s_new; EXIT; END IF;
      s := s_new;
    END LOOP;
    s_min := s;
    dmin := ST_Distance(pg_temp.bw_fwd(x0, y0, az0, s), site);
  END IF;
  IF d_a < dmin THEN s_min := 0;
  ELSIF d_b < dmin THEN s_min := len;
  END IF;
  dmin := least(dmin, d_a, d_b);
  IF dmin >= dist THEN RETURN; END IF;
  keep := true;
  need_in := d_a >= dist;
  need_out := d_b >= dist;
  s_in := 0;
  s_out := len;
  IF need_in THEN
    lo := 0; hi := s_min;
    FOR i IN 1..48 LOOP
      mid := 0.5 * (lo + hi);
      IF ST_Distance(pg_temp.bw_fwd(x0, y0, az0, mid), site) >= dist THEN lo := mid; ELSE hi := mid; END IF;
    END LOOP;
    s_in := 0.5 * (lo + hi);
  END IF;
  IF need_out THEN
    lo := len; hi := s_min;
    FOR i IN 1..48 LOOP
      mid := 0.5 * (lo + hi);
      IF ST_Distance(pg_temp.bw_fwd(x0, y0, az0, mid), site) >= dist THEN lo := mid; ELSE hi := mid; END IF;
    END LOOP;
    s_out := 0.5 * (lo + hi);
  END IF;
END
$$;
"""

# Segments between consecutive fixes of each track (ordered by time, then key), with what both analyses need:
# geodesic length and azimuths (geography, WGS 84), a geography line for the proximity index and a lon/lat
# line for the closure index (its end unwrapped across the antimeridian, as core.flagging does).
SEGMENTS = """
CREATE {temp} TABLE {seg} AS
SELECT track_id, seq, x0, y0, x1, y1, t0, t1, alt0, alt1,
       ST_Distance(pa, pb) AS len,
       coalesce(ST_Azimuth(pa, pb), 0) AS az0,
       coalesce(ST_Azimuth(pb, pa) + pi(), 0) AS az1,
       ST_MakeLine(pa::geometry, pb::geometry)::geography AS geog,
       ST_SetSRID(ST_MakeLine(ST_MakePoint(x0, y0),
                              ST_MakePoint(x0 + (((x1 - x0 + 180.0)::numeric % 360.0 + 360.0) % 360.0
                                                  - 180.0)::double precision, y1)), 4326) AS geom
FROM (
  SELECT f.*, ST_SetSRID(ST_MakePoint(x0, y0), 4326)::geography AS pa,
         ST_SetSRID(ST_MakePoint(x1, y1), 4326)::geography AS pb
  FROM (
    SELECT track_id, (row_number() OVER w - 1)::integer AS seq,
           x AS x0, y AS y0, lead(x) OVER w AS x1, lead(y) OVER w AS y1,
           t AS t0, lead(t) OVER w AS t1, alt AS alt0, lead(alt) OVER w AS alt1
    FROM (
      SELECT coalesce({id}::text, 'track') AS track_id, ST_X(g) AS x, ST_Y(g) AS y,
             extract(epoch FROM {time})::double precision AS t, {alt}::double precision AS alt, k
      FROM (SELECT *, {key} AS k, {geom_wgs84} AS g FROM {points}) src
      WHERE g IS NOT NULL AND NOT ST_IsEmpty(g)
    ) fixes
    WINDOW w AS (PARTITION BY track_id ORDER BY t NULLS LAST, k)
  ) f
  WHERE x1 IS NOT NULL
) s
"""

SEGMENT_INDEXES = [
    "CREATE INDEX ON {seg} USING gist (geog)",
    "CREATE INDEX ON {seg} USING gist (geom)",
    "CREATE INDEX ON {seg} (track_id, seq)",
    "ANALYZE {seg}",
]

# Proximity: candidates from the GiST index, each pair solved, passes grouped with window functions
# (gaps and islands), one row per pass with the CPA, the crossings and the fixes inside.
PROXIMITY = """
WITH cand AS MATERIALIZED (  -- materialized: each pair is solved once, not once per (r).field
  SELECT s.idx AS site, s.x AS sx, s.y AS sy, g.*,
         pg_temp.bw_pair(g.x0, g.y0, g.x1, g.y1, g.az0, g.az1, g.len, s.x, s.y, %(dist)s) AS r
  FROM bw_sites s JOIN {seg} g ON ST_DWithin(g.geog, s.geog, %(reach)s, false)
), pairs AS (
  SELECT site, sx, sy, track_id, seq, x0, y0, x1, y1, az0, len, t0, t1, alt0, alt1,
         (r).dmin, (r).s_min, (r).s_in, (r).s_out, (r).need_in, (r).need_out
  FROM cand WHERE (r).keep
), flagged AS (
  SELECT p.*, CASE WHEN lag(seq) OVER w = seq - 1 AND NOT need_in AND NOT lag(need_out) OVER w
                   THEN 0 ELSE 1 END AS brk
  FROM pairs p WINDOW w AS (PARTITION BY site, track_id ORDER BY seq)
), numbered AS (
  SELECT f.*, sum(brk) OVER (PARTITION BY site, track_id ORDER BY seq) AS pass FROM flagged f
), passes AS (
  SELECT site, track_id, pass, min(dmin) AS cpa_m,
         (array_agg(seq ORDER BY dmin, seq))[1] AS best_seq,
         min(seq) AS first_seg, max(seq) AS last_seg
  FROM numbered GROUP BY site, track_id, pass
)
SELECT ps.site, ps.track_id, ps.cpa_m,
       ST_X(c.cpa::geometry) AS cpa_lon, ST_Y(c.cpa::geometry) AS cpa_lat,
       b.t0 + (b.t1 - b.t0) * c.u AS cpa_t, b.alt0 + (b.alt1 - b.alt0) * c.u AS cpa_alt,
       degrees(ST_Azimuth(ST_SetSRID(ST_MakePoint(b.sx, b.sy), 4326)::geography, c.cpa)) AS bearing,
       CASE WHEN fi.need_in THEN fi.t0 + (fi.t1 - fi.t0) * fi.s_in / fi.len END AS enter_t,
       CASE WHEN la.need_out THEN la.t0 + (la.t1 - la.t0) * la.s_out / la.len END AS exit_t,
       CASE WHEN fi.need_in THEN ARRAY[ST_X(e.p::geometry), ST_Y(e.p::geometry),
                                       fi.alt0 + (fi.alt1 - fi.alt0) * fi.s_in / fi.len,
                                       fi.t0 + (fi.t1 - fi.t0) * fi.s_in / fi.len] END AS enter_pt,
       CASE WHEN la.need_out THEN ARRAY[ST_X(x.p::geometry), ST_Y(x.p::geometry),
                                        la.alt0 + (la.alt1 - la.alt0) * la.s_out / la.len,
                                        la.t0 + (la.t1 - la.t0) * la.s_out / la.len] END AS exit_pt,
       (SELECT array_agg(ARRAY[g.x0, g.y0, g.alt0, g.t0] ORDER BY g.seq) FROM {seg} g
         WHERE g.track_id = ps.track_id
           AND g.seq BETWEEN ps.first_seg + CASE WHEN fi.need_in THEN 1 ELSE 0 END AND ps.last_seg) AS fixes,
       CASE WHEN NOT la.need_out THEN ARRAY[la.x1, la.y1, la.alt1, la.t1] END AS last_fix,
       ps.first_seg + CASE WHEN fi.len > 0 THEN fi.s_in / fi.len ELSE 0 END AS order_key
FROM passes ps
JOIN numbered b ON b.site = ps.site AND b.track_id = ps.track_id AND b.seq = ps.best_seq
JOIN numbered fi ON fi.site = ps.site AND fi.track_id = ps.track_id AND fi.seq = ps.first_seg
JOIN numbered la ON la.site = ps.site AND la.track_id = ps.track_id AND la.seq = ps.last_seg
CROSS JOIN LATERAL (SELECT pg_temp.bw_fwd(b.x0, b.y0, b.az0, b.s_min) AS cpa,
                           CASE WHEN b.len > 0 THEN b.s_min / b.len ELSE 0 END AS u) c
CROSS JOIN LATERAL (SELECT pg_temp.bw_fwd(fi.x0, fi.y0, fi.az0, fi.s_in) AS p) e
CROSS JOIN LATERAL (SELECT pg_temp.bw_fwd(la.x0, la.y0, la.az0, la.s_out) AS p) x
ORDER BY ps.track_id, ps.site, order_key
"""

SITES_TABLE = """
CREATE TEMP TABLE bw_sites (idx integer PRIMARY KEY, x double precision, y double precision, geog geography)
ON COMMIT DROP
"""
SITES_FILL = """
UPDATE bw_sites SET geog = ST_SetSRID(ST_MakePoint(x, y), 4326)::geography;
CREATE INDEX ON bw_sites USING gist (geog);
ANALYZE bw_sites;
"""

# Closures, 4-D, as core.flagging decides them (see that module for the model): the track's pieces inside each
# closure outline (lon/lat plane) through the GiST index on the segments (segment ends are unwrapped across the
# antimeridian; a closure near it is also stored shifted by +-360 deg, so every segment meets it on its own
# longitude branch); on each piece the vertical band (linear altitude) and the active window (linear time) as
# sub-intervals; then per closure the merged passages, the violated time and the status. Limits: SFC floor and
# UNL ceiling are no limit; AGL limits are taken over ground at 0 m MSL (the database path has no DEM).
CLOSURES_TABLE = """
CREATE TEMP TABLE bw_closures (idx integer, wkt text, dx double precision DEFAULT 0, geom geometry) ON COMMIT DROP;
CREATE TEMP TABLE bw_limits (idx integer PRIMARY KEY, fl double precision, fl_ref text, ce double precision,
                             ce_ref text, t_start double precision, t_end double precision) ON COMMIT DROP;
"""
CLOSURES_FILL = """
UPDATE bw_closures SET geom = ST_SetSRID(ST_GeomFromText(wkt), 4326);
-- a self-intersecting outline (crossing-number inside in core.flagging) is made valid for GEOS
UPDATE bw_closures SET geom = ST_CollectionExtract(ST_MakeValid(geom), 3) WHERE NOT ST_IsValid(geom);
INSERT INTO bw_closures (idx, dx, geom)
  SELECT idx, sh.dx, ST_Translate(geom, sh.dx, 0) FROM bw_closures
  CROSS JOIN (VALUES (-360.0::double precision), (360.0)) AS sh(dx)
  WHERE (sh.dx > 0 AND ST_XMin(geom) < -170) OR (sh.dx < 0 AND ST_XMax(geom) > 170);
CREATE INDEX ON bw_closures USING gist (geom);
ANALYZE bw_closures;
"""

CLOSURE_FUNCTIONS = r"""
-- Sub-interval of [ua, ub] where f(u) = f0 + (f1 - f0) u >= 0 (empty: lo > hi); NULL f = no limit.
CREATE OR REPLACE FUNCTION pg_temp.bw_interval(f0 double precision, f1 double precision, ua double precision,
    ub double precision, OUT lo double precision, OUT hi double precision)
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN f0 IS NULL OR f1 IS NULL THEN ua
              WHEN f1 - f0 > 0 THEN greatest(ua, -f0 / (f1 - f0))
              WHEN f1 - f0 = 0 AND f0 < 0 THEN 1
              ELSE ua END,
         CASE WHEN f0 IS NULL OR f1 IS NULL THEN ub
              WHEN f1 - f0 < 0 THEN least(ub, -f0 / (f1 - f0))
              WHEN f1 - f0 = 0 AND f0 < 0 THEN 0
              ELSE ub END
$$;
"""

CLOSURE_STATE = """
CREATE TEMP TABLE bw_state ON COMMIT DROP AS
WITH pieces AS (
  SELECT c.idx, g.track_id, g.seq, g.x0, g.y0, g.x1, g.y1, g.t0, g.t1, g.alt0, g.alt1, g.geom AS line,
         (ST_Dump(ST_Intersection(g.geom, c.geom))).geom AS piece
  FROM bw_closures c JOIN {seg} g ON g.geom && c.geom AND ST_Intersects(g.geom, c.geom)
), located AS (
  SELECT p.*, ST_LineLocatePoint(line, ST_StartPoint(piece)) AS u0, ST_LineLocatePoint(line, ST_EndPoint(piece)) AS u1
  FROM pieces p WHERE GeometryType(piece) = 'LINESTRING'
), alts AS (
  SELECT l.idx, l.track_id, l.seq, l.x0, l.y0, l.x1, l.y1, l.t0, l.t1, l.alt0, l.alt1,
         least(u0, u1) AS ua, greatest(u0, u1) AS ub, l.t1 - l.t0 AS dt,
         (l.alt0 IS NULL OR l.alt1 IS NULL) AS unknown, coalesce(l.alt0, l.alt1, 0) AS a0,
         CASE WHEN m.fl_ref IN ('SFC', 'UNL') THEN NULL ELSE m.fl END AS fv,
         CASE WHEN m.ce_ref = 'SFC' THEN 0 WHEN m.ce_ref = 'UNL' THEN NULL ELSE m.ce END AS cv,
         m.t_start, m.t_end
  FROM located l JOIN bw_limits m USING (idx)
), lim AS (
  SELECT a.*, a.a0 - a.fv AS f0, coalesce(a.alt1, a.a0) - a.fv AS f1,
         a.cv - a.a0 AS c0, a.cv - coalesce(a.alt1, a.a0) AS c1
  FROM alts a
), band AS (
  SELECT l.*, CASE WHEN unknown THEN ua ELSE greatest(fi.lo, ci.lo) END AS vlo,
              CASE WHEN unknown THEN ub ELSE least(fi.hi, ci.hi) END AS vhi,
         greatest(ua, CASE WHEN t_start IS NULL THEN ua WHEN dt > 0 THEN (t_start - t0) / dt
                           WHEN t0 >= t_start THEN -1 ELSE 2 END) AS alo,
         least(ub, CASE WHEN t_end IS NULL THEN ub WHEN dt > 0 THEN (t_end - t0) / dt
                        WHEN t0 <= t_end THEN 2 ELSE -1 END) AS ahi
  FROM lim l
  CROSS JOIN LATERAL pg_temp.bw_interval(l.f0, l.f1, l.ua, l.ub) fi
  CROSS JOIN LATERAL pg_temp.bw_interval(l.c0, l.c1, l.ua, l.ub) ci
), viol AS (
  SELECT b.*, greatest(vlo, alo) AS viol_lo, least(vhi, ahi) AS viol_hi FROM band b
)
SELECT idx, track_id, seq, ua, ub, x0, y0, x1, y1, t0, t1, alt0, alt1,
       t0 + ua * dt AS ta, t0 + ub * dt AS tb,
       viol_hi >= viol_lo AND (viol_hi > viol_lo OR dt = 0 OR ub = ua) AS viol,
       t0 + viol_lo * dt AS vs, t0 + viol_hi * dt AS ve,
       vhi > vlo OR (vhi >= vlo AND (dt = 0 OR ub = ua)) AS in_band,
       ahi >= alo AS active,
       least(-(c0 + (c1 - c0) * ea), -(c0 + (c1 - c0) * eb)) AS sep_above,
       coalesce(-least(f0 + (f1 - f0) * ea, f0 + (f1 - f0) * eb), 'Infinity') AS sep_below
FROM (  -- separation at the piece ends, clipped to the active window where the piece is active
  SELECT v.*, CASE WHEN ahi >= alo THEN alo ELSE ua END AS ea, CASE WHEN ahi >= alo THEN ahi ELSE ub END AS eb
  FROM viol v) w;
CREATE INDEX ON bw_state (idx, track_id) WHERE viol;
ANALYZE bw_state;
"""

# Merged intervals (touching within 1 microsecond, as core.flagging._merge) per closure: passages inside the
# outline, and violated time.
_ISLANDS = """
  SELECT idx, {part} min({a}) AS s, max({b}) AS e FROM (
    SELECT *, sum(brk) OVER (PARTITION BY idx {part_by} ORDER BY {a}, seq, ua) AS isl FROM (
      SELECT *, CASE WHEN {a} > max({b}) OVER (PARTITION BY idx {part_by} ORDER BY {a}, seq, ua
                                               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) + 1e-6
                     THEN 1 ELSE 0 END AS brk
      FROM bw_state WHERE {where}) x) y
  GROUP BY idx, {part} isl
"""
CLOSURE_SUMMARY = """
WITH h AS ({h}), v AS ({v}),
hs AS (SELECT idx, min(s) AS first_entry, max(e) AS last_exit, sum(e - s) AS inside_s, count(*) AS entries
       FROM h GROUP BY idx),
vs AS (SELECT idx, min(s) AS first_entry, max(e) AS last_exit, sum(e - s) AS inside_s, count(*) AS entries
       FROM v GROUP BY idx),
st AS (
  SELECT idx, array_agg(DISTINCT track_id ORDER BY track_id) AS track_ids,
         bool_or(in_band AND NOT viol) AS band_inactive,
         min(sep_above) FILTER (WHERE NOT in_band AND sep_above > 0 AND active) AS o_act,
         min(sep_below) FILTER (WHERE NOT in_band AND NOT coalesce(sep_above > 0, false) AND active) AS u_act,
         min(sep_above) FILTER (WHERE NOT in_band AND sep_above > 0) AS o_all,
         min(sep_below) FILTER (WHERE NOT in_band AND NOT coalesce(sep_above > 0, false)) AS u_all
  FROM bw_state GROUP BY idx
)
SELECT st.idx, st.track_ids, vs.idx IS NOT NULL AS violated, st.band_inactive,
       coalesce(vs.first_entry, hs.first_entry), coalesce(vs.last_exit, hs.last_exit),
       coalesce(vs.inside_s, hs.inside_s), coalesce(vs.entries, hs.entries),
       st.o_act, st.u_act, st.o_all, st.u_all
FROM st JOIN hs USING (idx) LEFT JOIN vs USING (idx)
ORDER BY st.idx
""".format(h=_ISLANDS.format(part="", part_by="", a="ta", b="tb", where="true"),
           v=_ISLANDS.format(part="", part_by="", a="vs", b="ve", where="viol"))

# One event per merged passage of a track through a closure: the entry point, the fixes inside, the exit point.
CLOSURE_EVENTS = """
WITH ordered AS (
  SELECT *, sum(brk) OVER (PARTITION BY idx, track_id ORDER BY ta, seq, ua) AS isl FROM (
    SELECT *, CASE WHEN ta > max(tb) OVER (PARTITION BY idx, track_id ORDER BY ta, seq, ua
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) + 1e-6
                   THEN 1 ELSE 0 END AS brk
    FROM bw_state) x
), passes AS (
  SELECT idx, track_id, isl, min(ta) AS s, max(tb) AS e,
         (array_agg(ARRAY[seq, ua] ORDER BY ta, seq, ua))[1:1] AS first_piece,
         (array_agg(ARRAY[seq, ub] ORDER BY ta DESC, seq DESC, ua DESC))[1:1] AS last_piece
  FROM ordered GROUP BY idx, track_id, isl
)
SELECT p.idx, p.track_id, p.s, p.e,
       EXISTS (SELECT 1 FROM bw_state w WHERE w.idx = p.idx AND w.track_id = p.track_id AND w.viol
               AND w.vs <= p.e + 1e-6 AND w.ve >= p.s - 1e-6) AS violated,
       p.first_piece[1][1]::integer AS seq_a, p.first_piece[1][2] AS u_a,
       p.last_piece[1][1]::integer AS seq_b, p.last_piece[1][2] AS u_b,
       (SELECT array_agg(ARRAY[g.x0, g.y0, g.x1, g.y1, g.alt0, g.alt1, g.t0, g.t1] ORDER BY g.seq) FROM {seg} g
         WHERE g.track_id = p.track_id AND g.seq BETWEEN p.first_piece[1][1]::integer
                                                    AND p.last_piece[1][1]::integer) AS segs
FROM passes p
ORDER BY p.s, p.idx
"""
