"""The algorithms on PostGIS through the Processing registry, against the real test server: importtrack writes
to a PostGIS destination (URI with an authcfg, and a Browser connection), siteproximity and flagclosures on the
PostGIS layer run in PostgreSQL and give the results of the same analyses on the GeoPackage import."""

from __future__ import annotations

import processing
import pytest
from bw_paths import ROOT
from layer_builders import Capture
from qgis.core import QgsDataSourceUri, QgsProviderRegistry, QgsVectorLayer

DATA = ROOT / "resources" / "data"
SAMPLE = str(DATA / "balloon_2023_reconstructed.csv")


def _dest(pg_server, authcfg, schema, table) -> str:
    return (f"postgis:dbname='{pg_server['dbname']}' host={pg_server['host']} port={pg_server['port']} "
            f'authcfg={authcfg} table="{schema}"."{table}" (geom)')


def _pg_layer(uri: str) -> QgsVectorLayer:
    assert uri.startswith("postgres://")
    layer = QgsVectorLayer(uri[len("postgres://"):], "t", "postgres")
    assert layer.isValid(), uri
    return layer


@pytest.fixture
def imported(bw_provider, pg_conn, pg_server, pg_authcfg, tmp_path):
    """The 2023 track imported twice: into PostGIS (through an authcfg) and into a GeoPackage."""
    _, schema = pg_conn
    res = processing.run("balloonwatch:importtrack", {
        "INPUT": SAMPLE, "OUTPUT": _dest(pg_server, pg_authcfg, schema, "pts"),
        "OUTPUT_LINE": _dest(pg_server, pg_authcfg, schema, "line")})
    gpkg = str(tmp_path / "t.gpkg")
    ref = processing.run("balloonwatch:importtrack", {"INPUT": SAMPLE, "OUTPUT": gpkg, "OUTPUT_LINE": gpkg})
    return res, ref, schema


def test_importtrack_writes_postgis_with_authcfg(imported, pg_conn, pg_server, pg_authcfg):
    res, _, schema = imported
    assert res["POINTS"] == 1091
    pts, line = _pg_layer(res["OUTPUT"]), _pg_layer(res["OUTPUT_LINE"])
    assert pts.featureCount() == 1091 and line.featureCount() == 1
    assert {"track_id", "time", "alt_m", "speed_ms"} <= set(pts.fields().names())
    # the layer URI names the authcfg, never the user or password
    uri = QgsDataSourceUri(res["OUTPUT"][len("postgres://"):])
    assert uri.authConfigId() == pg_authcfg and not uri.password() and not uri.username()
    assert pg_server["password"] not in res["OUTPUT"] + res["OUTPUT_LINE"]
    conn, _ = pg_conn
    cur = conn.cursor()
    cur.execute(f'SELECT count(*) FROM "{schema}".pts_bwseg')  # the segments the analyses use
    assert cur.fetchone()[0] == 1090


def test_importtrack_to_browser_connection(bw_provider, pg_conn, pg_server, pg_authcfg):
    _, schema = pg_conn
    md = QgsProviderRegistry.instance().providerMetadata("postgres")
    uri = QgsDataSourceUri()
    uri.setConnection(pg_server["host"], str(pg_server["port"]), pg_server["dbname"], "", "",
                      QgsDataSourceUri.SslDisable, pg_authcfg)
    conn = md.createConnection(uri.uri(False), {})
    md.saveConnection(conn, "bw test server")
    try:
        res = processing.run("balloonwatch:importtrack", {
            "INPUT": SAMPLE, "OUTPUT": f"postgres://bw test server/{schema}.browser_pts",
            "OUTPUT_LINE": f"postgres://bw test server/{schema}.browser_line"})
        assert _pg_layer(res["OUTPUT"]).featureCount() == 1091
        assert _pg_layer(res["OUTPUT_LINE"]).featureCount() == 1
    finally:
        md.deleteConnection("bw test server")


def test_importtrack_unknown_connection_is_one_sentence(bw_provider):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="no PostgreSQL connection named 'nowhere'"):
        processing.run("balloonwatch:importtrack", {"INPUT": SAMPLE, "OUTPUT": "postgres://nowhere/public.t",
                                                    "OUTPUT_LINE": "postgres://nowhere/public.l"})


def _by_key(layer, key):
    return {tuple(f[k] for k in key): f for f in layer.getFeatures()}


def test_siteproximity_in_database_equals_in_qgis(imported):
    res, ref, _ = imported
    params = {"SITES": str(DATA / "sites.gpkg"), "NAME_FIELD": "name", "DISTANCE": 150_000.0,
              "OUTPUT": "memory:", "OUTPUT_PARTS": "memory:"}
    fb = Capture()
    db = processing.run("balloonwatch:siteproximity", dict(params, TRACK=res["OUTPUT"]), feedback=fb)
    assert any("runs in PostgreSQL" in m for m in fb.infos)
    fb_ref = Capture()
    local = processing.run("balloonwatch:siteproximity", dict(params, TRACK=ref["OUTPUT"]), feedback=fb_ref)
    assert not any("runs in PostgreSQL" in m for m in fb_ref.infos)
    assert db["EVENT_COUNT"] == local["EVENT_COUNT"] > 0
    a, b = _by_key(db["OUTPUT"], ("site_id", "enter_time")), _by_key(local["OUTPUT"], ("site_id", "enter_time"))
    assert a.keys() == b.keys()
    for k, fa in a.items():
        fb_ = b[k]
        assert abs(fa["cpa_m"] - fb_["cpa_m"]) <= 1.0
        assert abs(fa["cpa_time"].msecsTo(fb_["cpa_time"])) <= 1000
        assert fa.geometry().asPoint().distance(fb_.geometry().asPoint()) < 1e-5
    assert db["OUTPUT_PARTS"].featureCount() == local["OUTPUT_PARTS"].featureCount()


def test_flagclosures_in_database_equals_in_qgis(imported):
    res, ref, _ = imported
    air = processing.run("balloonwatch:importairspace", {"INPUT": str(DATA / "closures_2023.txt"),
                                                          "OUTPUT": "memory:"})["OUTPUT"]
    fb = Capture()
    db = processing.run("balloonwatch:flagclosures", {"TRACK": res["OUTPUT"], "AIRSPACE": air, "OUTPUT": "memory:",
                                                      "OUTPUT_EVENTS": "memory:"}, feedback=fb)
    assert any("runs in PostgreSQL" in m for m in fb.infos)
    local = processing.run("balloonwatch:flagclosures", {"TRACK": ref["OUTPUT"], "AIRSPACE": air,
                                                         "OUTPUT": "memory:", "OUTPUT_EVENTS": "memory:"})
    assert db["VIOLATED_IDENTS"] == local["VIOLATED_IDENTS"] and len(db["VIOLATED_IDENTS"]) == 2
    assert db["STATUSES"] == local["STATUSES"]
    for fa, fb_ in zip(db["OUTPUT"].getFeatures(), local["OUTPUT"].getFeatures()):
        assert fa["status"] == fb_["status"]
        for name in ("first_entry", "last_exit"):
            if fb_[name]:
                assert abs(fa[name].msecsTo(fb_[name])) <= 1000
    assert db["OUTPUT_EVENTS"].featureCount() == local["OUTPUT_EVENTS"].featureCount() > 0


def _uri_layer(dest: str) -> QgsVectorLayer:
    """A layer from a Processing postgis: output (the sink's own destination string)."""
    layer = QgsVectorLayer(dest[len("postgis:"):] if dest.startswith("postgis:") else dest, "o", "postgres")
    assert layer.isValid(), dest
    return layer


def test_every_step_reads_and_writes_postgis(imported, pg_server, pg_authcfg, pg_conn):
    """Sources and sinks of the other algorithms on PostGIS tables (Processing's own postgres sinks, with
    the authcfg): airspace import, buffers, proximity, flagging, proposals and the forecast, chained."""
    res, _, schema = imported

    def dest(table):
        return _dest(pg_server, pg_authcfg, schema, table)

    track = _pg_layer(res["OUTPUT"])
    run = processing.run
    air = run("balloonwatch:importairspace", {"INPUT": str(DATA / "closures_2023.txt"), "OUTPUT": dest("air")})
    air_layer = _uri_layer(dest("air"))
    assert air_layer.featureCount() == 4 and air["OUTPUT"]
    buf = run("balloonwatch:buffersites", {"INPUT": str(DATA / "sites.gpkg"), "DISTANCES": "50000",
                                           "OUTPUT": dest("buffers")})
    assert _uri_layer(dest("buffers")).featureCount() == 9 and buf["OUTPUT"]
    # sites read back from PostGIS too (polygons: the proximity runs in QGIS, still reading the PostGIS track)
    prox = run("balloonwatch:siteproximity", {"TRACK": track, "SITES": _uri_layer(dest("buffers")),
                                              "DISTANCE": 10_000.0, "OUTPUT": dest("approaches"),
                                              "OUTPUT_PARTS": dest("approach_parts")})
    assert prox["EVENT_COUNT"] > 0
    assert _uri_layer(dest("approaches")).featureCount() == prox["EVENT_COUNT"]
    flag = run("balloonwatch:flagclosures", {"TRACK": track, "AIRSPACE": air_layer, "OUTPUT": dest("flagged"),
                                             "OUTPUT_EVENTS": dest("closure_events")})
    flagged = {f["ident"]: f["status"] for f in _uri_layer(dest("flagged")).getFeatures()}
    assert sorted(flagged.values()).count("violated") == flag["VIOLATED"] == 2
    prop = run("balloonwatch:proposeclosures", {"TRACK": track, "SITES": str(DATA / "sites.gpkg"),
                                                "OUTPUT": dest("proposals")})
    assert _uri_layer(dest("proposals")).featureCount() > 0 and prop["OUTPUT"]
    fc = run("balloonwatch:forecasttrack", {"TRACK": track, "HORIZON_H": 6.0, "OUTPUT": dest("forecast"),
                                            "OUTPUT_CONE": dest("cone"), "OUTPUT_ETA": "memory:"})
    assert _uri_layer(dest("forecast")).featureCount() > 0 and fc["OUTPUT"]
    # nothing secret in what the tables' layers store: only the authcfg id
    assert pg_server["password"] not in track.source() + air_layer.source()


def test_cancel_interrupts_the_running_query(pg_conn, pg_server, pg_authcfg):
    """Cancel during a long in-database proximity run stops the statement on the server within a second."""
    import threading
    import time

    from qgis.core import QgsFeedback

    from balloon_watch.plugin.core.errors import Cancelled
    from balloon_watch.plugin.core.postgis.analysis import TrackTable
    from balloon_watch.plugin.core.postgis.store import write_tracks_pg
    from balloon_watch.plugin.core.proximity import Site
    from balloon_watch.plugin.core.tracks import read_track_file
    from balloon_watch.plugin.qgis_io import postgis

    conn, schema = pg_conn
    write_tracks_pg(conn, read_track_file(SAMPLE).tracks, (schema, "pts"), (schema, "line"))
    uri = QgsDataSourceUri()
    uri.setConnection(pg_server["host"], str(pg_server["port"]), pg_server["dbname"], "", "",
                      QgsDataSourceUri.SslPrefer, pg_authcfg)
    found = (uri, TrackTable(schema, "pts", key="fid"))

    def sites(n):
        return [Site(str(i), str(i), "point", (-170.0 + (i % 400) * 0.7, 30.0 + (i % 20) + i // 400 * 0.01))
                for i in range(n)]

    # size the run so that, not cancelled, it takes at least 2 s on this machine and this PostGIS (a newer server
    # is faster: a fixed workload measured nothing there)
    n = 400
    while True:
        t = time.perf_counter()
        assert len(postgis.proximity_in_database(found, sites(n), 3_000_000.0, QgsFeedback())) > 100
        full = time.perf_counter() - t
        if full >= 2.0 or n >= 6400:
            break
        n *= 2
    assert full >= 2.0, f"{n} sites still ran in {full:.2f} s"
    # the same run, cancelled at a quarter of its length, stops well before its end
    fb = QgsFeedback()
    threading.Timer(full / 4, fb.cancel).start()
    t = time.perf_counter()
    with pytest.raises(Cancelled):
        postgis.proximity_in_database(found, sites(n), 3_000_000.0, fb)
    assert time.perf_counter() - t < full * 0.75


def test_importtrack_line_only_in_postgis_is_refused(bw_provider, pg_conn, pg_server, pg_authcfg, tmp_path):
    from qgis.core import QgsProcessingException

    _, schema = pg_conn
    with pytest.raises(QgsProcessingException, match="write the points to the same PostGIS database"):
        processing.run("balloonwatch:importtrack", {"INPUT": SAMPLE, "OUTPUT": str(tmp_path / "p.gpkg"),
                                                    "OUTPUT_LINE": _dest(pg_server, pg_authcfg, schema, "l")})
    res = processing.run("balloonwatch:importtrack", {"INPUT": SAMPLE, "OUTPUT": _dest(pg_server, pg_authcfg,
                                                                                      schema, "p"),
                                                      "OUTPUT_LINE": "TEMPORARY_OUTPUT"})
    assert '"p_line"' in res["OUTPUT_LINE"] and _pg_layer(res["OUTPUT_LINE"]).featureCount() == 1
