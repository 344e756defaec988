"""The output-kind contract: every algorithm writes the fields its kind declares, every GeoPackage layer we write
answers QGIS bounding-box requests and SQLite R-tree queries, and styled layers carry their kind."""

from __future__ import annotations

import sqlite3

import processing
import pytest
from bw_paths import ROOT
from qgis.core import QgsFeatureRequest, QgsProject, QgsRectangle, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from balloon_watch.plugin.core import kinds
from balloon_watch.plugin.qgis_io.kinds import kind_of, layers_of_kind
from balloon_watch.plugin.qgis_io.layers import gpkg_destination, load_layer

DATA = ROOT / "resources" / "data"


@pytest.fixture(scope="module")
def analysis(bw_provider, tmp_path_factory):
    """The whole 2023 analysis into one GeoPackage: {kind id: layer uri}."""
    store = str(tmp_path_factory.mktemp("kinds") / "analysis.gpkg")
    sites = str(DATA / "sites.gpkg")

    def run(alg, params):
        return processing.run(f"balloonwatch:{alg}", params)

    trk = run("importtrack", {"INPUT": str(DATA / "balloon_2023_reconstructed.csv"),
                              "OUTPUT": gpkg_destination(store, "track_points"),
                              "OUTPUT_LINE": gpkg_destination(store, "track_line")})
    buf = run("buffersites", {"INPUT": sites, "DISTANCES": "50000", "OUTPUT": gpkg_destination(store, "buffers")})
    prox = run("siteproximity", {"TRACK": trk["OUTPUT"], "SITES": sites, "DISTANCE": 50000.0,
                                 "OUTPUT": gpkg_destination(store, "approaches"),
                                 "OUTPUT_PARTS": gpkg_destination(store, "approach_parts")})
    air = run("importairspace", {"INPUT": str(DATA / "closures_2023.txt"),
                                 "OUTPUT": gpkg_destination(store, "closures")})
    flag = run("flagclosures", {"TRACK": trk["OUTPUT"], "AIRSPACE": air["OUTPUT"],
                                "OUTPUT": gpkg_destination(store, "flagged"),
                                "OUTPUT_EVENTS": gpkg_destination(store, "events")})
    prop = run("proposeclosures", {"TRACK": trk["OUTPUT"], "SITES": sites, "RADIUS": 50000.0,
                                   "OUTPUT": gpkg_destination(store, "proposals")})
    fc = run("forecasttrack", {"TRACK": trk["OUTPUT"], "HORIZON_H": 6.0, "METHOD": 0, "CALIBRATE": True,
                               "SITES": sites, "ALERT_DISTANCE": 50000.0,
                               "OUTPUT": gpkg_destination(store, "forecast"),
                               "OUTPUT_CONE": gpkg_destination(store, "cone"),
                               "OUTPUT_ETA": gpkg_destination(store, "eta")})
    return store, {
        kinds.TRACK_POINTS.id: trk["OUTPUT"], kinds.TRACK_LINE.id: trk["OUTPUT_LINE"],
        kinds.SITE_BUFFERS.id: buf["OUTPUT"], kinds.APPROACHES.id: prox["OUTPUT"],
        kinds.APPROACH_PARTS.id: prox["OUTPUT_PARTS"], kinds.AIRSPACE.id: air["OUTPUT"],
        kinds.CLOSURES_FLAGGED.id: flag["OUTPUT"], kinds.CLOSURE_EVENTS.id: flag["OUTPUT_EVENTS"],
        kinds.PROPOSALS.id: prop["OUTPUT"], kinds.FORECAST_POINTS.id: fc["OUTPUT"],
        kinds.FORECAST_CONE.id: fc["OUTPUT_CONE"], kinds.FORECAST_ETA.id: fc["OUTPUT_ETA"],
    }


def test_every_output_kind_is_produced(analysis):
    _, uris = analysis
    assert set(uris) == set(kinds.BY_ID) - {kinds.SITES.id}  # sites come from the catalogue, tested there


@pytest.mark.parametrize("kind_id", sorted(set(kinds.BY_ID) - {kinds.SITES.id}))
def test_fields_are_those_the_kind_declares(analysis, kind_id):
    _, uris = analysis
    spec = kinds.kind(kind_id)
    layer = QgsVectorLayer(uris[kind_id], kind_id, "ogr")
    assert layer.isValid()
    names = [n for n in layer.fields().names() if n != "fid"]
    if spec.extra_fields:
        assert set(spec.names) <= set(names), (kind_id, names)
    else:
        assert names == list(spec.names), (kind_id, names)


# what a GeoPackage field reads back as in QGIS, for each type a kind declares
READ_BACK = {QVariant.String: kinds.TEXT, QVariant.Double: kinds.REAL, QVariant.Int: kinds.INT,
             QVariant.LongLong: kinds.INT, QVariant.DateTime: kinds.DATETIME, QVariant.Bool: kinds.BOOL}


@pytest.mark.parametrize("kind_id", sorted(set(kinds.BY_ID) - {kinds.SITES.id}))
def test_field_types_and_geometry_are_those_the_kind_declares(analysis, kind_id):
    _, uris = analysis
    spec = kinds.kind(kind_id)
    layer = QgsVectorLayer(uris[kind_id], kind_id, "ogr")
    fields = layer.fields()
    got = {f.name: READ_BACK.get(fields.field(f.name).type()) for f in spec.fields}
    assert got == {f.name: f.type for f in spec.fields}, kind_id
    assert QgsWkbTypes.displayString(layer.wkbType()) == spec.wkb


@pytest.mark.parametrize("kind_id", sorted(set(kinds.BY_ID) - {kinds.SITES.id}))
def test_every_layer_answers_a_bounding_box_request(analysis, kind_id):
    """QGIS (its R-tree) and brute force agree on what lies in the layer's own extent and in a part of it."""
    _, uris = analysis
    layer = QgsVectorLayer(uris[kind_id], kind_id, "ogr")
    everything = [f.id() for f in layer.getFeatures()]
    if not everything:
        pytest.skip(f"{kind_id} is empty in this analysis")
    extent = layer.extent().buffered(1e-7)  # GDAL stores the extent to 15 digits: a point can sit just outside
    assert sorted(f.id() for f in layer.getFeatures(QgsFeatureRequest().setFilterRect(extent))) == sorted(everything)
    west = QgsRectangle(extent.xMinimum(), extent.yMinimum(), extent.center().x(), extent.yMaximum())
    want = sorted(f.id() for f in layer.getFeatures() if f.geometry().boundingBox().intersects(west))
    assert sorted(f.id() for f in layer.getFeatures(QgsFeatureRequest().setFilterRect(west))) == want


def test_sqlite_reads_every_rtree_we_wrote(analysis):
    store, _ = analysis
    con = sqlite3.connect(store)
    trees = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE name LIKE 'rtree_%' AND sql LIKE "
                                       "'CREATE VIRTUAL TABLE%'")]
    assert len(trees) >= 10
    for rt in trees:
        table = rt[len("rtree_"):].rsplit("_", 1)[0]
        n = con.execute(f'SELECT count(*) FROM "{table}" WHERE geom IS NOT NULL').fetchone()[0]
        assert con.execute(f'SELECT count(*) FROM "{rt}" WHERE maxx >= -1e39').fetchone()[0] == n, rt
        assert con.execute(f"SELECT rtreecheck('{rt}')").fetchone()[0] == "ok"


def test_loaded_layers_are_tagged_and_found_by_kind(analysis):
    _, uris = analysis
    project = QgsProject()
    loaded = {k: load_layer(uri, k, k, project) for k, uri in uris.items()}
    for k, layer in loaded.items():
        assert kind_of(layer).id == k
        assert layers_of_kind(k, project) == [layer]
    # the ETA layer has cpa_m like the approaches: found by kind, they are never confused
    assert layers_of_kind(kinds.APPROACHES.id, project)[0].source() == uris[kinds.APPROACHES.id]
    with pytest.raises(KeyError):
        layers_of_kind("no_such_kind", project)
