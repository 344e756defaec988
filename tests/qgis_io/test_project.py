"""plugin/qgis_io/project.py and basemap.py: a project that opens onto the incident, antimeridian included."""

from __future__ import annotations

import pyproj
import pytest
from qgis.core import (
    QgsDateTimeRange,
    QgsExpressionContext,
    QgsExpressionContextScope,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsInterval,
    QgsPointXY,
    QgsProject,
    QgsRenderContext,
    QgsTemporalNavigationObject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime, Qt

from balloon_watch.plugin.qgis_io import project as bw_project
from balloon_watch.plugin.qgis_io.basemap import basemap_layers, ensure_basemap
from balloon_watch.plugin.qgis_io.compat import FieldType
from balloon_watch.plugin.qgis_io.styles import apply_style

T0 = 1675332000  # 2023-02-02 10:00 UTC


def qdt(epoch: float) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(epoch * 1000), Qt.UTC)


def points(name: str, kind: str | None, rows, step_s: float = 600.0, t0: float = T0) -> QgsVectorLayer:
    layer = QgsVectorLayer("Point?crs=EPSG:4326", name, "memory")
    layer.dataProvider().addAttributes([QgsField("time", FieldType.DateTime), QgsField("alt_m", FieldType.Double),
                                        QgsField("name", FieldType.String)])
    layer.updateFields()
    feats = []
    for i, (x, y) in enumerate(rows):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        f.setAttributes([qdt(t0 + i * step_s), 18000.0, f"p{i}"])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    layer.updateExtents()
    if kind:
        apply_style(layer, kind)
    return layer


@pytest.fixture()
def project(qgis_new_project):
    yield QgsProject.instance()
    QgsProject.instance().clear()


def test_antimeridian_track_gets_a_small_area_and_a_centred_projection(project):
    # an Aleutian track, 172°E to 172°W, and a catalogue of sites far away (not part of the incident)
    track = points("track", "track_points", [(172.0 + 2.0 * i, 52.0) for i in range(9)])
    sites = points("sites", "sites", [(-77.0, 38.9), (2.3, 48.8)])
    project.addMapLayers([track, sites])
    area = bw_project.incident_area(project)
    assert area.xMinimum() == pytest.approx(172.0) and area.xMaximum() == pytest.approx(188.0)
    extent = bw_project.fit_to_incident(project)
    crs = project.crs()
    assert "+proj=aeqd" in crs.toProj() and crs == extent.crs()
    assert bw_project.projection_note(crs) == "azimuthal equidistant centred 52.0°N 180.0°W"
    # the saved extent holds the track with a margin and is about 16 degrees of longitude wide, not the world
    to_map = pyproj.Transformer.from_crs("EPSG:4326", pyproj.CRS.from_proj4(crs.toProj()), always_xy=True)
    xs, _ = to_map.transform([172.0, 188.0 - 360.0], [52.0, 52.0])
    assert extent.xMinimum() < min(xs) and extent.xMaximum() > max(xs)
    width_km = pyproj.Geod(ellps="WGS84").inv(172.0, 52.0, -172.0, 52.0)[2] / 1000.0
    assert extent.width() / 1000.0 < 1.5 * width_km
    assert project.viewSettings().defaultViewExtent() == extent


def test_projection_note_in_words():
    assert bw_project.projection_note(bw_project.local_crs(48.43, 229.09)) == \
        "azimuthal equidistant centred 48.4°N 130.9°W"
    assert bw_project.projection_note(bw_project.local_crs(-33.9, 18.4)) == \
        "azimuthal equidistant centred 33.9°S 18.4°E"


def test_local_crs_has_a_name_qgis_shows(tmp_path):
    """Not "Custom CRS: PROJCRS["unknown",...": the status bar and the CRS selector name it; the name survives a
    project save and load, and the projection is the same as its PROJ string."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject

    crs = bw_project.local_crs(47.5, -111.3)
    assert crs.description() == "WGS 84 / Balloon Watch azimuthal equidistant 47.5N 111.3W"
    assert crs.description() in crs.userFriendlyIdentifier() and "unknown" not in crs.userFriendlyIdentifier().lower()
    plain = QgsCoordinateReferenceSystem.fromProj(crs.toProj())
    to_named = pyproj.Transformer.from_crs("EPSG:4326", pyproj.CRS.from_wkt(crs.toWkt()), always_xy=True)
    to_plain = pyproj.Transformer.from_crs("EPSG:4326", pyproj.CRS.from_proj4(plain.toProj()), always_xy=True)
    assert to_named.transform(-108.5, 45.8) == pytest.approx(to_plain.transform(-108.5, 45.8), abs=1e-6)
    project = QgsProject()
    project.setCrs(crs)
    assert project.write(str(tmp_path / "p.qgz"))
    again = QgsProject()
    assert again.read(str(tmp_path / "p.qgz"))
    assert again.crs().description() == crs.description() and again.crs().toProj() == crs.toProj()


def test_analyst_projected_crs_is_kept(project):
    from qgis.core import QgsCoordinateReferenceSystem

    project.setCrs(QgsCoordinateReferenceSystem("EPSG:32612"))
    project.addMapLayer(points("track", "track_points", [(-111.0 + 0.1 * i, 47.0) for i in range(5)]))
    bw_project.fit_to_incident(project)
    assert project.crs().authid() == "EPSG:32612"


def test_no_incident_leaves_the_project_alone(project):
    project.addMapLayer(points("sites", "sites", [(-77.0, 38.9)]))
    assert bw_project.fit_to_incident(project) is None and not project.crs().isValid()


def test_time_range_and_step_follow_every_import(project):
    nav = QgsTemporalNavigationObject()
    project.addMapLayer(points("first", "track_points", [(-111.0 + 0.05 * i, 47.0) for i in range(19)]))
    span = bw_project.update_time_settings(project, nav)
    # 10-minute fixes over 3 h: 10-minute frames (not 1 h), the last fix inside the last frame
    assert span.begin() == qdt(T0) and span.end() == qdt(T0 + 18 * 600 + 600)
    assert project.timeSettings().timeStep() == 10 and project.timeSettings().temporalRange() == span
    assert nav.navigationMode() == QgsTemporalNavigationObject.Animated
    assert nav.frameDuration().seconds() == 600 and nav.totalFrameCount() == 19
    # saved where QGIS's Temporal Controller looks when the project is opened
    assert project.readNumEntry("TemporalControllerWidget", "/NavigationMode")[0] == 1  # animated
    saved = project.readEntry("TemporalControllerWidget", "/StartDateTime")[0]
    assert QDateTime.fromString(saved, Qt.ISODateWithMs) == qdt(T0)
    # a second track, a day later: the range grows on this import too
    later = points("second", "track_points", [(-100.0, 40.0 + 0.01 * i) for i in range(4)], t0=T0 + 86400)
    project.addMapLayer(later)
    span = bw_project.update_time_settings(project, nav)
    assert span.end() > qdt(T0 + 86400) and nav.temporalExtents() == span


def test_frame_step_capped_for_long_flights():
    week = [T0 + 600.0 * i for i in range(7 * 144)]
    assert bw_project.frame_step(week) == 1800  # 1,008 fixes would be 1,008 frames: 30-minute frames instead
    assert bw_project.frame_step([T0 + 2.0 * i for i in range(100)]) == 2


def _symbols(layer: QgsVectorLayer, when: float | None):
    ctx = QgsRenderContext()
    expr = QgsExpressionContext()
    scope = QgsExpressionContextScope()
    if when is not None:
        scope.setVariable("map_start_time", qdt(when))
        scope.setVariable("map_end_time", qdt(when + 600))
        scope.setVariable("map_interval", QgsInterval(600.0))
        ctx.setIsTemporal(True)
        ctx.setTemporalRange(QgsDateTimeRange(qdt(when), qdt(when + 600)))
    expr.appendScope(scope)
    ctx.setExpressionContext(expr)
    renderer = layer.renderer().clone()
    renderer.startRender(ctx, layer.fields())
    out = {}
    for f in layer.getFeatures():
        expr.setFeature(f)
        out[f["name"]] = [s.size() for s in renderer.symbolsForFeature(f, ctx)]
    renderer.stopRender(ctx)
    return out


def test_track_points_draw_a_balloon_and_a_trail_while_animating(project):
    layer = points("track", "track_points", [(-111.0 + 0.05 * i, 47.0) for i in range(6)])
    assert layer.temporalProperties().accumulateFeatures()  # older fixes stay: the trail
    still = _symbols(layer, None)
    assert all(sizes == [pytest.approx(1.8)] for sizes in still.values())
    frame = _symbols(layer, T0 + 3 * 600)
    assert frame["p3"] == [pytest.approx(4.2)]  # the balloon, at the current frame
    assert frame["p0"] == [pytest.approx(1.8)] and frame["p2"] == [pytest.approx(1.8)]  # the trail


def test_basemap_added_once_at_the_bottom(project):
    project.addMapLayer(points("track", "track_points", [(-111.0, 47.0)]))
    layers = ensure_basemap(project)
    assert [lyr.customProperty("balloon_watch/basemap") for lyr in layers] == \
        ["basemap_states", "basemap_lakes", "basemap_countries"]
    assert ensure_basemap(project) == layers and len(project.mapLayers()) == 4
    order = [node.layer() for node in project.layerTreeRoot().findLayers()]
    assert order[-3:] == layers  # drawn below the track
    lakes = basemap_layers(project)[1]
    # the Great Lakes are water in the lakes layer, land in QGIS's countries
    assert any(f.geometry().contains(QgsGeometry.fromPointXY(QgsPointXY(-87.0, 44.0))) for f in lakes.getFeatures())
    assert layers[0].labelsEnabled() and layers[2].labelsEnabled()


def test_open_onto_incident_sets_everything(project):
    project.addMapLayer(points("track", "track_points", [(-111.0 + 0.05 * i, 47.0) for i in range(6)]))
    extent = bw_project.open_onto_incident(project)
    assert extent is not None and basemap_layers(project)
    assert project.timeSettings().temporalRange().begin() == qdt(T0)
    assert bw_project.open_onto_incident(project) == extent and len(basemap_layers(project)) == 3  # idempotent
