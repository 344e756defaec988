"""core.postgis against a real PostGIS server: the one-transaction writer, and the in-database proximity and
closure flagging compared with the in-process engines (core.proximity, core.flagging) on the bundled 2023
track and on synthetic tracks (several flights, the antimeridian, passes starting/ending inside)."""

from __future__ import annotations

import copy
import csv
import math

import numpy as np
import pytest
from bw_paths import ROOT

from balloon_watch.plugin.core.airspace import read_airspace_file
from balloon_watch.plugin.core.errors import Cancelled, InputError
from balloon_watch.plugin.core.feedback import NullFeedback
from balloon_watch.plugin.core.flagging import flag_closures
from balloon_watch.plugin.core.geodesy import GEOD
from balloon_watch.plugin.core.model import Airspace, Track
from balloon_watch.plugin.core.postgis.analysis import TrackTable, flag_closures_db, site_proximity_db
from balloon_watch.plugin.core.postgis.store import write_tracks_pg
from balloon_watch.plugin.core.proximity import Site, site_proximity
from balloon_watch.plugin.core.tracks import read_track_file

DATA = ROOT / "resources" / "data"


def _track_2023() -> Track:
    return read_track_file(str(DATA / "balloon_2023_reconstructed.csv")).tracks[0]


def _sites_2023() -> list[Site]:
    with open(DATA / "sites_2023.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return [Site(str(i), r["name"], "point", (float(r["lon"]), float(r["lat"]))) for i, r in enumerate(rows)]


def _closures_2023() -> list[Airspace]:
    """The four closures plus variants that pass over, under and while inactive (every status occurs)."""
    base = read_airspace_file(str(DATA / "closures_2023.txt")).airspaces
    out = list(base)
    for a in base:
        over = copy.deepcopy(a)
        over.ident, over.ceiling_m, over.ceiling_ref = a.ident + "-over", 15000.0, "MSL"
        under = copy.deepcopy(a)
        under.ident, under.floor_m, under.floor_ref, under.ceiling_m, under.ceiling_ref = (
            a.ident + "-under", 25000.0, "MSL", 30000.0, "MSL")
        off = copy.deepcopy(a)
        off.ident, off.start_time, off.end_time = a.ident + "-off", 0.0, 1000.0
        out += [over, under, off]
    return out


def _store(conn, schema, tracks) -> TrackTable:
    write_tracks_pg(conn, tracks, (schema, "track_points"), (schema, "track_line"))
    return TrackTable(schema, "track_points", key="fid")


def _same_time(a: float, b: float, tol: float = 1.0) -> bool:
    return (math.isnan(a) and math.isnan(b)) or abs(a - b) <= tol


def _assert_same_events(db, ref):
    assert len(db) == len(ref) > 0
    for a, b in zip(db, ref):
        assert (a.site_id, a.track_id) == (b.site_id, b.track_id)
        assert abs(a.cpa_m - b.cpa_m) <= 1.0
        assert GEOD.inv(a.cpa_lon, a.cpa_lat, b.cpa_lon, b.cpa_lat)[2] <= 1.0
        for x, y in ((a.cpa_time, b.cpa_time), (a.enter_time, b.enter_time), (a.exit_time, b.exit_time),
                     (a.dwell_s, b.dwell_s)):
            assert _same_time(x, y), (x, y)
        if a.cpa_m > 0.01:  # at 0 m the bearing is undefined (NaN in the database, 0 or 180 from pyproj)
            assert abs((a.bearing_deg - b.bearing_deg + 180) % 360 - 180) < 1e-3
        pa, pb = np.asarray(a.inside_parts[0]), np.asarray(b.inside_parts[0])
        assert pa.shape == pb.shape
        assert np.allclose(pa, pb, atol=1e-6, equal_nan=True)


def test_writer_one_transaction(pg_conn):
    conn, schema = pg_conn
    track = _track_2023()
    stats = write_tracks_pg(conn, [track], (schema, "pts"), (schema, "line"))
    assert stats.points == len(track) == 1091
    cur = conn.cursor()
    # every point's SRID (min(geometry) is ambiguous on newer PostGIS, and only looked at one point)
    cur.execute(f'SELECT count(*), min(time), max(time), array_agg(DISTINCT ST_SRID(geom)) FROM "{schema}".pts')
    n, t0, t1, srids = cur.fetchone()
    assert (n, srids) == (1091, [4326])
    assert t0.timestamp() == track.times[0] and t1.timestamp() == track.times[-1]
    cur.execute(f'SELECT ST_X(geom), ST_Y(geom), alt_m FROM "{schema}".pts ORDER BY time LIMIT 1')
    x, y, alt = cur.fetchone()
    assert (x, y) == (track.lon[0], track.lat[0]) and alt == pytest.approx(track.alt_m[0])
    cur.execute(f'SELECT points, ST_NumGeometries(geom), ST_NDims(geom), length_m FROM "{schema}".line')
    pts, parts, ndims, length = cur.fetchone()
    assert pts == 1091 and parts == 2 and ndims == 4  # split at the antimeridian; Z and M
    assert length == pytest.approx(stats.length_m)
    # a failure while writing the line (a view in the way) rolls the points back too: the old table stays
    cur.execute(f'CREATE VIEW "{schema}".line2 AS SELECT 1 AS x')
    conn.commit()
    with pytest.raises(InputError, match="nothing was written"):
        write_tracks_pg(conn, [Track("other", [0, 1], [0, 1], [0, 60], [0, 0])], (schema, "pts"), (schema, "line2"))
    cur = conn.cursor()
    cur.execute(f'SELECT count(*) FROM "{schema}".pts')
    assert cur.fetchone()[0] == 1091


def test_writer_cancel_leaves_nothing(pg_conn):
    conn, schema = pg_conn
    fb = NullFeedback()
    fb.cancel()
    with pytest.raises(Cancelled):
        write_tracks_pg(conn, [_track_2023()], (schema, "pts"), (schema, "line"), fb)
    cur = conn.cursor()
    cur.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = %s", (schema,))
    assert cur.fetchone()[0] == 0


@pytest.mark.parametrize("distance", [50_000.0, 150_000.0, 400_000.0])
def test_proximity_2023_equals_in_process(pg_conn, distance):
    conn, schema = pg_conn
    track = _track_2023()
    tt = _store(conn, schema, [track])
    sites = _sites_2023()
    _assert_same_events(site_proximity_db(conn, tt, sites, distance), site_proximity(track, sites, distance))


def _synthetic_tracks() -> list[Track]:
    rng = np.random.default_rng(15)
    tracks = []
    starts = [(-100.0, 40.0, 80.0), (179.2, 52.0, 95.0), (10.0, -30.0, 200.0), (-100.0, 40.3, 100.0)]
    for k, (x, y, az) in enumerate(starts):
        n = 400
        steps = rng.uniform(800.0, 4000.0, n - 1)
        azs = az + np.cumsum(rng.normal(0.0, 4.0, n - 1))
        lon, lat = [x], [y]
        for s, a in zip(steps, azs):
            nx, ny, _ = GEOD.fwd(lon[-1], lat[-1], a, s)
            lon.append((nx + 180.0) % 360.0 - 180.0)
            lat.append(ny)
        t = 1.7e9 + k * 86400 + np.cumsum(np.r_[0.0, rng.uniform(30.0, 120.0, n - 1)])
        alt = 18000.0 + np.cumsum(rng.normal(0.0, 30.0, n))
        tracks.append(Track(f"F{k}", np.array(lon), np.array(lat), t, alt))
    return tracks


def _synthetic_sites(tracks) -> list[Site]:
    """Sites near the tracks: on a fix (a pass starting inside), beside segments, across the date line."""
    sites = [Site("on-first-fix", "start", "point", (float(tracks[0].lon[0]), float(tracks[0].lat[0]))),
             Site("on-last-fix", "end", "point", (float(tracks[2].lon[-1]), float(tracks[2].lat[-1])))]
    rng = np.random.default_rng(7)
    for k, tr in enumerate(tracks):
        for j in rng.choice(len(tr) - 1, 6, replace=False):
            x, y, _ = GEOD.fwd(tr.lon[j], tr.lat[j], rng.uniform(0, 360), rng.uniform(0, 30_000))
            sites.append(Site(f"s{k}-{j}", f"site {k}-{j}", "point", (float(x), float(y))))
    sites.append(Site("dateline", "date line", "point", (-179.95, 52.3)))
    return sites


@pytest.mark.parametrize("distance", [5_000.0, 25_000.0])
def test_proximity_synthetic_equals_in_process(pg_conn, distance):
    conn, schema = pg_conn
    tracks = _synthetic_tracks()
    tt = _store(conn, schema, tracks)
    sites = _synthetic_sites(tracks)
    ref = [ev for tr in tracks for ev in site_proximity(tr, sites, distance)]
    db = site_proximity_db(conn, tt, sites, distance)
    _assert_same_events(db, ref)
    assert any(math.isnan(e.enter_time) for e in db) and any(math.isnan(e.exit_time) for e in db)
    assert {e.track_id for e in db} >= {"F0", "F1", "F2", "F3"}


def test_proximity_refuses_shapes_and_bad_distance(pg_conn):
    conn, schema = pg_conn
    tt = _store(conn, schema, [_track_2023()])
    with pytest.raises(ValueError, match="point sites"):
        site_proximity_db(conn, tt, [Site("l", "line", "line", [(0, 0), (1, 1)])], 1000.0)
    with pytest.raises(ValueError, match="positive"):
        site_proximity_db(conn, tt, _sites_2023(), -5.0)


def _assert_same_flags(db, ref):
    assert [f.status for f in db.closures] == [f.status for f in ref.closures]
    for a, b in zip(db.closures, ref.closures):
        for x, y in ((a.first_entry, b.first_entry), (a.last_exit, b.last_exit)):
            assert (x is None and y is None) or abs(x - y) <= 1.0, (a, b)
        assert abs(a.inside_s - b.inside_s) <= 1.0
        assert a.entries == b.entries and a.track_ids == b.track_ids
        assert (a.min_vertical_sep_m is None) == (b.min_vertical_sep_m is None)
        if a.min_vertical_sep_m is not None:
            # the database takes the separation at the ends of whole segments, the process at the ends of the
            # geodesic pieces it densifies each leg into: on the 2023 track they differ by up to 1.4 m, each within
            # 2.2 m of a brute-force search along the motion model (a height, not a position or a time)
            assert abs(a.min_vertical_sep_m - b.min_vertical_sep_m) <= 2.5
    assert len(db.events) == len(ref.events)
    for a, b in zip(db.events, ref.events):
        assert (a.airspace, a.track_id, a.violated) == (b.airspace, b.track_id, b.violated)
        assert abs(a.enter_time - b.enter_time) <= 1.0 and abs(a.exit_time - b.exit_time) <= 1.0
        # the process draws the passage along the geodesic (extra vertices between fixes), the database through the
        # fixes: same ends, and every vertex of the database's passage is one of the process's
        da, rb = np.array(a.coords), np.array(b.coords)
        assert np.allclose(da[[0, -1]], rb[[0, -1]], atol=1e-5, equal_nan=True)
        for vertex in da[1:-1]:
            assert np.isclose(rb, vertex, atol=1e-6, equal_nan=True).all(axis=1).any(), vertex


def test_closures_2023_equal_in_process(pg_conn):
    conn, schema = pg_conn
    track = _track_2023()
    tt = _store(conn, schema, [track])
    closures = _closures_2023()
    db = flag_closures_db(conn, tt, closures)
    ref = flag_closures([track], closures)
    _assert_same_flags(db, ref)
    assert {"violated", "passed over", "passed under", "inactive at passage", "clear"} <= {
        f.status for f in db.closures}


def _circle(lon, lat, r, n=48):
    az = np.linspace(0.0, 360.0, n, endpoint=False)
    x, y, _ = GEOD.fwd(np.full(n, lon), np.full(n, lat), az, np.full(n, r))
    ring = [(float(a), float(b)) for a, b in zip(x, y)]
    return [[ring + ring[:1]]]


def test_closures_synthetic_equal_in_process(pg_conn):
    conn, schema = pg_conn
    tracks = _synthetic_tracks()
    gappy = copy.deepcopy(tracks[3])  # a flight whose altitudes are unknown in places
    gappy.track_id, gappy.alt_m[40:70], gappy.times = "F4", np.nan, gappy.times + 7 * 86400
    tracks.append(gappy)
    tt = _store(conn, schema, tracks)
    closures = [Airspace("AGL", "agl floor", "TFR", _circle(gappy.lon[55], gappy.lat[55], 30_000.0),
                         floor_m=500.0, floor_ref="AGL", ceiling_m=math.inf, ceiling_ref="UNL",
                         start_time=float(gappy.times[50]), end_time=None),
                Airspace("HIGH", "above the flights", "TFR", _circle(tracks[0].lon[120], tracks[0].lat[120], 40_000.0),
                         floor_m=25_000.0, floor_ref="MSL", ceiling_m=30_000.0, ceiling_ref="STD")]
    for k, tr in enumerate(tracks):
        for j in (50, 200, 350):
            t_mid = float(tr.times[j])
            closures.append(Airspace(f"C{k}-{j}", "circle", "TFR", _circle(tr.lon[j], tr.lat[j], 20_000.0),
                                     floor_m=0.0, floor_ref="SFC", ceiling_m=18000.0 + 20 * j, ceiling_ref="MSL",
                                     start_time=t_mid - 1800.0 * (j % 3), end_time=t_mid + 600.0))
    # a box across the antimeridian where F1 crosses it (lon beyond 180 as a densified ring may carry)
    closures.append(Airspace("DL", "date line box", "TFR",
                             [[[(179.5, 51.0), (180.5, 51.0), (180.5, 54.0), (179.5, 54.0), (179.5, 51.0)]]]))
    db = flag_closures_db(conn, tt, closures)
    ref = flag_closures(tracks, closures)
    _assert_same_flags(db, ref)
    assert db.notes == ref.notes and len(db.notes) == 2 and db.closures[0].note == ref.closures[0].note != ""
    assert sum(f.status == "violated" for f in db.closures) >= 3
    assert db.closures[0].status == "violated" and db.closures[1].status == "passed under"


def test_stale_segments_are_not_used(pg_conn):
    """Fixes added after the import: the stamped segment table is stale, a fresh one is built for the run."""
    conn, schema = pg_conn
    track = _track_2023()
    tt = _store(conn, schema, [track])
    site = Site("new", "new", "point", (-60.0, 30.0))
    assert site_proximity_db(conn, tt, [site], 20_000.0) == []
    cur = conn.cursor()
    t_last = float(track.times[-1])
    cur.execute(f'INSERT INTO "{schema}".track_points (track_id, time, alt_m, geom) VALUES '
                "(%s, to_timestamp(%s), 1000, ST_SetSRID(ST_MakePoint(-60.1, 30.0), 4326)), "
                "(%s, to_timestamp(%s), 1000, ST_SetSRID(ST_MakePoint(-59.9, 30.0), 4326))",
                (track.track_id, t_last + 3600, track.track_id, t_last + 7200))
    conn.commit()
    grown = Track(track.track_id, np.r_[track.lon, -60.1, -59.9], np.r_[track.lat, 30.0, 30.0],
                  np.r_[track.times, t_last + 3600, t_last + 7200], np.r_[track.alt_m, 1000.0, 1000.0])
    _assert_same_events(site_proximity_db(conn, tt, [site], 20_000.0), site_proximity(grown, [site], 20_000.0))


def test_latitudes_beyond_the_pole_are_refused(pg_conn):
    conn, schema = pg_conn
    cur = conn.cursor()
    cur.execute(f'CREATE TABLE "{schema}".bad (fid serial PRIMARY KEY, track_id text, time timestamptz, '
                "alt_m float8, geom geometry(Point, 4326))")
    cur.execute(f'INSERT INTO "{schema}".bad (track_id, time, alt_m, geom) VALUES '
                "('B', now(), 0, ST_SetSRID(ST_MakePoint(10, 89.9), 4326)), "
                "('B', now() + interval '1 min', 0, ST_SetSRID(ST_MakePoint(10, 91.0), 4326))")
    conn.commit()
    with pytest.raises(InputError, match="1 fix.* latitude beyond 90"):
        site_proximity_db(conn, TrackTable(schema, "bad", key="fid"), _sites_2023(), 1000.0)
