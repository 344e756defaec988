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

# Closures: the track's pieces inside each closure outline (lon/lat plane, as core.flagging models it), found
# through the GiST index on the segments. Segment ends are unwrapped across the antimeridian; a closure near it
# is also stored shifted by +-360 deg, so every segment meets the closure on its own longitude branch.
CLOSURES_TABLE = """
CREATE TEMP TABLE bw_closures (idx integer, wkt text, dx double precision DEFAULT 0, geom geometry)
ON COMMIT DROP
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

CLOSURE_PIECES = """
WITH pieces AS (
  SELECT c.idx, g.track_id, g.seq, g.x0, g.y0, g.x1, g.y1, g.t0, g.t1, g.alt0, g.alt1, g.geom AS line,
         (ST_Dump(ST_Intersection(g.geom, c.geom))).geom AS piece
  FROM bw_closures c JOIN {seg} g ON g.geom && c.geom AND ST_Intersects(g.geom, c.geom)
)
SELECT idx, track_id, seq, x0, y0, x1, y1, t0, t1, alt0, alt1,
       ST_LineLocatePoint(line, ST_StartPoint(piece)) AS ua, ST_LineLocatePoint(line, ST_EndPoint(piece)) AS ub
FROM pieces
WHERE GeometryType(piece) = 'LINESTRING'
ORDER BY track_id, idx, seq
"""
