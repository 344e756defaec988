"""Benchmark: an archive of balloon fixes in PostGIS against point sites and closures, analysed in the database
against pulled into QGIS.

Default workload: 10,000,000 fixes (1,000 flights of 10,000 one-minute fixes) generated in SQL in a throw-away
server (scripts/pg_test_server.sh, 127.0.0.1), 10,000 point sites (50 km alert radius) and 10,000 closures
(circles of 20 km radius, 32 vertices, a 6 h window each, SFC to a ceiling between 15 and 25 km MSL).

Each measure runs in its own process so its peak RSS (getrusage) is the desktop's memory for that path alone:

* ``segments``: the GiST-indexed segment table, built once per archive (the import builds it).
* ``db``: proximity and closure flagging in PostgreSQL (core.postgis) - only results/candidates come back.
* ``qgis``: what the algorithms do with a non-PostGIS track: every fix pulled through QGIS's postgres provider
  (qgis_io.convert.tracks_from_source), then core.proximity and core.flagging in the process.

Run: .venv/bin/python bench/bench_postgis.py [--fixes N] [--flights N] [--sites N] [--closures N]
Writes bench/out/postgis.json. The server is stopped and its directory removed at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time

import numpy as np
from bench_paths import OUT, ROOT  # noqa: E402,F401 - also puts the plugin on sys.path

DISTANCE_M = 50_000.0
T0 = 1_700_000_000.0

# Flights drift east from North America at 15-35 m/s with a slow heading wiggle (latitude stays within about
# 10 deg of the start, 28-48 N); longitude wraps at +-180.
FIXES_SQL = """
CREATE SCHEMA IF NOT EXISTS bench;
DROP TABLE IF EXISTS bench.fixes CASCADE;
DROP TABLE IF EXISTS bench.fixes_bwseg CASCADE;
CREATE TABLE bench.fixes (fid bigserial PRIMARY KEY, track_id text, time timestamptz, alt_m double precision,
                          geom geometry(Point, 4326));
SET work_mem = '512MB';
INSERT INTO bench.fixes (track_id, time, alt_m, geom)
SELECT 'F' || lpad(f::text, 5, '0'), to_timestamp(%(t0)s + f * 3600 + i * 60.0),
       18000 + 3000 * sin(i / 300.0 + f),
       ST_SetSRID(ST_MakePoint(((x + 180.0)::numeric %% 360.0)::double precision - 180.0, y), 4326)
FROM (
  SELECT f, i, x0 + sum(dx) OVER w AS x, y0 + sum(dy) OVER w AS y
  FROM (
    SELECT f, i, x0, y0,
           v * 60.0 * cos(h) / (111320.0 * cos(radians(y0))) AS dx, v * 60.0 * sin(h) / 110540.0 AS dy
    FROM (
      SELECT f, -125.0 + 55.0 * (f %% 97) / 97.0 AS x0, 28.0 + 20.0 * (f %% 89) / 89.0 AS y0,
             15.0 + 20.0 * (f %% 13) / 13.0 AS v, f * 0.37 AS ph
      FROM generate_series(1, %(flights)s) f
    ) fl CROSS JOIN LATERAL (
      SELECT i, 0.35 * sin(i / 700.0 + ph) AS h FROM generate_series(0, %(per)s - 1) i
    ) st
  ) steps
  WINDOW w AS (PARTITION BY f ORDER BY i)
) pos;
CREATE INDEX ON bench.fixes (track_id, time);
ANALYZE bench.fixes;
"""


def _sites_and_closures(n_sites: int, n_closures: int, span_s: float):
    from balloon_watch.plugin.core.geodesy import GEOD
    from balloon_watch.plugin.core.model import Airspace
    from balloon_watch.plugin.core.proximity import Site

    rng = np.random.default_rng(2023)
    # where the flights go: North America to Asia between 10 and 70 N
    sx, sy = rng.uniform(-180, 180, n_sites), rng.uniform(10, 70, n_sites)
    sites = [Site(str(i), f"site {i}", "point", (float(x), float(y))) for i, (x, y) in enumerate(zip(sx, sy))]
    cx, cy = rng.uniform(-180, 180, n_closures), rng.uniform(10, 70, n_closures)
    az = np.linspace(0.0, 360.0, 32, endpoint=False)
    starts = T0 + rng.uniform(0, span_s, n_closures)
    ceilings = rng.uniform(15_000, 25_000, n_closures)
    closures = []
    for k in range(n_closures):
        x, y, _ = GEOD.fwd(np.full(32, cx[k]), np.full(32, cy[k]), az, np.full(32, 20_000.0))
        x = cx[k] + (np.asarray(x) - cx[k] + 180.0) % 360.0 - 180.0  # one longitude branch, as importairspace
        ring = [(float(a), float(b)) for a, b in zip(x, y)]
        closures.append(Airspace(f"C{k}", f"closure {k}", "TFR", [[ring + ring[:1]]], 0.0, "SFC",
                                 float(ceilings[k]), "MSL", float(starts[k]), float(starts[k] + 6 * 3600)))
    return sites, closures


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _connect():
    import psycopg2

    return psycopg2.connect("")  # PG* environment from pg_test_server.sh


def child(mode: str, args) -> dict:
    from balloon_watch.plugin.core.postgis.analysis import (
        TrackTable,
        flag_closures_db,
        segments_table,
        site_proximity_db,
    )

    tt = TrackTable("bench", "fixes", key="fid")
    span = (args.fixes // args.flights) * 60.0 + args.flights * 3600.0
    out: dict = {"mode": mode}
    if mode == "segments":
        conn = _connect()
        t = time.perf_counter()
        _, n = segments_table(conn, tt, persistent=True)
        conn.commit()
        out.update(seconds=round(time.perf_counter() - t, 1), segments=n)
    elif mode == "db":
        sites, closures = _sites_and_closures(args.sites, args.closures, span)
        conn = _connect()
        t = time.perf_counter()
        events = site_proximity_db(conn, tt, sites, DISTANCE_M)
        out["proximity_s"] = round(time.perf_counter() - t, 1)
        t = time.perf_counter()
        res = flag_closures_db(conn, tt, closures)
        out["closures_s"] = round(time.perf_counter() - t, 1)
        conn.rollback()
        out.update(events=len(events), statuses=_statuses(res))
    elif mode == "qgis":
        from qgis.core import QgsApplication, QgsDataSourceUri, QgsVectorLayer

        from balloon_watch.plugin.core.flagging import flag_closures
        from balloon_watch.plugin.core.proximity import site_proximity
        from balloon_watch.plugin.qgis_io.convert import tracks_from_source

        app = QgsApplication([], False)
        app.initQgis()
        sites, closures = _sites_and_closures(args.sites, args.closures, span)
        uri = QgsDataSourceUri()
        uri.setConnection(os.environ["PGHOST"], os.environ["PGPORT"], os.environ["PGDATABASE"],
                          os.environ["PGUSER"], os.environ["PGPASSWORD"])
        uri.setDataSource("bench", "fixes", "geom", "", "fid")
        layer = QgsVectorLayer(uri.uri(False), "fixes", "postgres")
        assert layer.isValid()
        t = time.perf_counter()
        tracks, _ = tracks_from_source(layer)
        out["pull_s"] = round(time.perf_counter() - t, 1)
        out["pull_peak_mb"] = round(_peak_mb())
        t = time.perf_counter()
        events = [e for tr in tracks for e in site_proximity(tr, sites, DISTANCE_M)]
        out["proximity_s"] = round(time.perf_counter() - t, 1)
        t = time.perf_counter()
        res = flag_closures(tracks, closures)
        out["closures_s"] = round(time.perf_counter() - t, 1)
        out.update(events=len(events), statuses=_statuses(res))
    out["peak_mb"] = round(_peak_mb())
    return out


def _statuses(res) -> dict:
    counts: dict = {}
    for f in res.closures:
        counts[f.status] = counts.get(f.status, 0) + 1
    return counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fixes", type=int, default=10_000_000)
    ap.add_argument("--flights", type=int, default=1_000)
    ap.add_argument("--sites", type=int, default=10_000)
    ap.add_argument("--closures", type=int, default=10_000)
    ap.add_argument("--modes", default="segments,db,qgis")
    ap.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print("RESULT " + json.dumps(child(args.child, args)), flush=True)
        return 0
    proc = subprocess.run([str(ROOT / "scripts" / "pg_test_server.sh"), "start"], capture_output=True, text=True)
    if proc.returncode:
        print(f"cannot start PostgreSQL: {proc.stderr.strip()}")
        return 1
    env = dict(os.environ, **dict(item.split("=", 1) for item in proc.stdout.split()))
    results: dict = {"fixes": args.fixes, "flights": args.flights, "sites": args.sites, "closures": args.closures,
                     "distance_m": DISTANCE_M}
    try:
        import psycopg2

        conn = psycopg2.connect(**{k: env[v] for k, v in (("host", "PGHOST"), ("port", "PGPORT"), (
            "user", "PGUSER"), ("password", "PGPASSWORD"), ("dbname", "PGDATABASE"))})
        t = time.perf_counter()
        conn.cursor().execute(FIXES_SQL, {"t0": T0, "flights": args.flights, "per": args.fixes // args.flights})
        conn.commit()
        conn.close()
        results["generate_s"] = round(time.perf_counter() - t, 1)
        print(f"generated {args.fixes:,} fixes in {args.flights:,} flights in {results['generate_s']} s", flush=True)
        for mode in args.modes.split(","):
            cmd = [sys.executable, __file__, "--child", mode] + [f"--{k}={getattr(args, k)}" for k in (
                "fixes", "flights", "sites", "closures")]
            t = time.perf_counter()
            run = subprocess.run(cmd, env=env, capture_output=True, text=True)
            line = [x for x in run.stdout.splitlines() if x.startswith("RESULT ")]
            if run.returncode or not line:
                print(f"{mode}: failed ({run.returncode}): {run.stderr.strip()[-800:]}")
                results[mode] = {"error": run.stderr.strip()[-800:]}
                continue
            res = json.loads(line[0][7:])
            res["wall_s"] = round(time.perf_counter() - t, 1)
            results[mode] = res
            print(f"{mode}: {json.dumps(res)}", flush=True)
    finally:
        subprocess.run([str(ROOT / "scripts" / "pg_test_server.sh"), "stop", env["BW_PG_DIR"]], capture_output=True)
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "postgis.json").write_text(json.dumps(results, indent=2))
    return 0 if all("error" not in v for v in results.values() if isinstance(v, dict)) else 1


if __name__ == "__main__":
    sys.exit(main())
