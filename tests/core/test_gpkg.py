"""The bulk GeoPackage writer: valid GeoPackage, R-tree packed correctly, all-or-nothing."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest

from balloon_watch.plugin.core.errors import Cancelled
from balloon_watch.plugin.core.feedback import NullFeedback
from balloon_watch.plugin.core.gpkg import Column, multipolygon_blob, point_blobs, write_layer


def _write(path, n, seed=1, table="pts", feedback=None):
    rng = np.random.default_rng(seed)
    lon = rng.uniform(-180, 180, n)
    lat = rng.uniform(-90, 90, n)
    write_layer(str(path), table, "POINT", point_blobs(lon, lat),
                [Column("v", "REAL", np.arange(n, dtype=float)), Column("t", "DATETIME", np.full(n, 1.6e9))],
                (lon.min(), lat.min(), lon.max(), lat.max()), feedback=feedback)
    return lon, lat


def _assert_nodes_as_sqlite_makes_them(con, rt):
    """Every node is exactly the size SQLite gives a node of its own R-tree, with at most 51 cells.

    Larger nodes pass rtreecheck and integrity_check but SQLite 3.53 (QGIS 3.44) reads them as corrupt.
    """
    page = con.execute("PRAGMA page_size").fetchone()[0]
    ref = sqlite3.connect(":memory:")
    ref.execute(f"PRAGMA page_size = {page}")
    ref.execute("CREATE VIRTUAL TABLE r USING rtree(id, minx, maxx, miny, maxy)")
    ref.executemany("INSERT INTO r VALUES (?, ?, ?, ?, ?)", [(i, i, i + 1, i, i + 1) for i in range(1, 500)])
    sqlite_size = ref.execute("SELECT length(data) FROM r_node WHERE nodeno = 1").fetchone()[0]
    assert sqlite_size <= 4 + 24 * 51
    sizes = {r[0] for r in con.execute(f'SELECT length(data) FROM "{rt}_node"')}
    assert sizes == {sqlite_size}
    cells = [int.from_bytes(r[0][2:4], "big") for r in con.execute(f'SELECT data FROM "{rt}_node"')]
    assert max(cells) <= 51
    # SQLite's own traversal of every node, as a bounding-box query does
    total = con.execute(f'SELECT count(*) FROM "{rt}" WHERE minx > -1e39').fetchone()[0]
    assert total == con.execute(f'SELECT count(*) FROM "{rt}_rowid"').fetchone()[0]


@pytest.mark.parametrize("n", [1, 51, 52, 100, 167, 168, 2602, 30_000, 200_000])
def test_rtree_is_valid_and_answers_like_brute_force(tmp_path, n):
    path = tmp_path / "a.gpkg"
    lon, lat = _write(path, n)
    con = sqlite3.connect(path)
    assert con.execute("SELECT rtreecheck('rtree_pts_geom')").fetchone()[0] == "ok"
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM rtree_pts_geom").fetchone()[0] == n
    box = (-10.0, 25.0, 5.0, 60.0)
    got = {r[0] for r in con.execute("SELECT id FROM rtree_pts_geom WHERE maxx >= ? AND minx <= ? AND maxy >= ? "
                                     "AND miny <= ?", (box[0], box[1], box[2], box[3]))}
    want = set((np.nonzero((lon >= box[0]) & (lon <= box[1]) & (lat >= box[2]) & (lat <= box[3]))[0] + 1).tolist())
    assert want <= got  # float32 rounding is outwards: never misses a feature
    assert len(got - want) <= max(2, n // 10000)
    _assert_nodes_as_sqlite_makes_them(con, "rtree_pts_geom")
    # the triggers keep working for later edits (GDAL/QGIS provide ST_* functions; emulate them here)
    for fn in ("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):
        con.create_function(fn, 1, lambda g: 0.5)
    con.create_function("ST_IsEmpty", 1, lambda g: 0)
    con.execute("INSERT INTO pts (geom, v) VALUES (?, 1.0)", (point_blobs(np.array([0.5]), np.array([0.5]))[0],))
    con.commit()
    assert con.execute("SELECT rtreecheck('rtree_pts_geom')").fetchone()[0] == "ok"


def test_opens_in_gdal_with_index(tmp_path):
    from osgeo import ogr

    path = tmp_path / "b.gpkg"
    lon, lat = _write(path, 5000)
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName("pts")
    assert layer.GetFeatureCount() == 5000
    layer.SetSpatialFilterRect(0, 0, 30, 30)
    want = int(((lon >= 0) & (lon <= 30) & (lat >= 0) & (lat <= 30)).sum())
    assert layer.GetFeatureCount() == want
    assert ds.ExecuteSQL("SELECT HasSpatialIndex('pts', 'geom')").GetNextFeature().GetField(0) == 1


def test_cancel_leaves_no_file_and_existing_gpkg_untouched(tmp_path):
    path = tmp_path / "c.gpkg"
    _write(path, 100, table="keep")
    before = path.read_bytes()
    fb = NullFeedback()
    fb.cancel()
    with pytest.raises(Cancelled):
        _write(path, 100, table="other", feedback=fb)
    con = sqlite3.connect(path)
    assert {r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")} == {"keep"}
    con.close()
    assert path.read_bytes() == before
    new = tmp_path / "d.gpkg"
    with pytest.raises(Cancelled):
        _write(new, 100, feedback=fb)
    assert list(tmp_path.iterdir()) == [path]


def test_polygons_with_envelope(tmp_path):
    path = tmp_path / "p.gpkg"
    mp = [[[(0, 0), (2, 0), (2, 1), (0, 1), (0, 0)]], [[(170, 50), (179, 50), (179, 55), (170, 50)]]]
    write_layer(str(path), "polys", "MULTIPOLYGON", [multipolygon_blob(mp)], [Column("name", "TEXT", ["a"])],
                (0, 0, 179, 55))
    con = sqlite3.connect(path)
    assert con.execute("SELECT minx, maxx, miny, maxy FROM rtree_polys_geom").fetchone() == (0.0, 179.0, 0.0, 55.0)
    assert con.execute("SELECT rtreecheck('rtree_polys_geom')").fetchone()[0] == "ok"
