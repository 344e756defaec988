"""A small incident in memory layers, each tagged with its output kind as our algorithms tag theirs."""

from __future__ import annotations

import numpy as np
import pytest
from layer_builders import memory_layer
from qgis.core import QgsField, QgsGeometry, QgsPointXY, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QDateTime, Qt

from balloon_watch.plugin.qgis_io.compat import FieldType

T0 = 1675332000.0  # 2023-02-02 10:00 UTC
STEP = 300.0
N = 145  # 12 h of 5-minute fixes
FT = 0.3048


def qdt(epoch: float) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(epoch * 1000), Qt.UTC)


def layer(uri: str, name: str, kind: str, fields: list[tuple[str, int]], rows) -> QgsVectorLayer:
    return memory_layer(uri, name, [QgsField(n, t) for n, t in fields], rows, kind)


def incident(lon0: float = -112.0, lat0: float = 47.0) -> dict:
    """A 12-hour eastbound track at 55,000-62,000 ft; two closures (one violated), two approaches, a forecast."""
    lons = [((lon0 + 0.05 * i + 180.0) % 360.0) - 180.0 for i in range(N)]
    lats = (lat0 + 0.4 * np.sin(np.arange(N) / 20.0)).tolist()
    alts = (17500.0 + 1500.0 * np.sin(np.arange(N) / 30.0)).tolist()
    times = [T0 + STEP * i for i in range(N)]
    pt = QgsGeometry.fromPointXY
    d = {}
    d["track"] = layer("Point?crs=EPSG:4326", "Balloon fixes", "track_points",
                       [("track_id", FieldType.String), ("time", FieldType.DateTime), ("alt_m", FieldType.Double)],
                       [(pt(QgsPointXY(x, y)), ["B1", qdt(t), a]) for x, y, t, a in zip(lons, lats, times, alts)])
    i_a, i_b = 40, 100
    d["approaches"] = layer(
        "Point?crs=EPSG:4326", "Closest approaches", "approach_events",
        [("site_id", FieldType.String), ("site_name", FieldType.String), ("track_id", FieldType.String),
         ("cpa_m", FieldType.Double), ("cpa_time", FieldType.DateTime), ("cpa_alt_m", FieldType.Double),
         ("enter_time", FieldType.DateTime), ("exit_time", FieldType.DateTime)],
        [(pt(QgsPointXY(lons[i], lats[i])), [sid, name, "B1", cpa, qdt(times[i]), alts[i], qdt(times[i] - 1800),
                                             qdt(times[i] + 1800)])
         for i, sid, name, cpa in ((i_a, "1", "Alpha AFB", 8200.0), (i_b, "2", "Bravo Intl", 21500.0))])
    box = QgsRectangle(lons[60] - 0.5, lats[60] - 0.5, lons[70] + 0.5, lats[60] + 0.5)
    far = QgsRectangle(lons[120] - 0.3, lats[120] + 2.0, lons[120] + 0.3, lats[120] + 2.6)
    d["closures"] = layer(
        "Polygon?crs=EPSG:4326", "Closures flagged", "closures_flagged",
        [("ident", FieldType.String), ("name", FieldType.String), ("floor_m", FieldType.Double),
         ("floor_ref", FieldType.String), ("ceiling_m", FieldType.Double), ("ceiling_ref", FieldType.String),
         ("start_time", FieldType.DateTime), ("end_time", FieldType.DateTime), ("status", FieldType.String),
         ("first_entry", FieldType.DateTime)],
        [(QgsGeometry.fromRect(box), ["TFR1", "TFR ONE", 0.0, "SFC", 65000 * FT, "MSL", qdt(T0 + 3 * 3600),
                                      qdt(T0 + 8 * 3600), "violated", qdt(times[58])]),
         (QgsGeometry.fromRect(far), ["TFR2", "TFR TWO", 10000 * FT, "MSL", 18000 * FT, "STD", qdt(T0),
                                      qdt(T0 + 12 * 3600), "clear", None])])
    d["passages"] = layer(
        "LineString?crs=EPSG:4326", "Passages", "closure_events",
        [("ident", FieldType.String), ("name", FieldType.String), ("enter_time", FieldType.DateTime),
         ("exit_time", FieldType.DateTime), ("violated", FieldType.Int)],
        [(QgsGeometry.fromPolylineXY([QgsPointXY(lons[i], lats[i]) for i in range(58, 73)]),
          ["TFR1", "TFR ONE", qdt(times[58]), qdt(times[72]), 1])])
    d["forecast"] = layer(
        "Point?crs=EPSG:4326", "Forecast", "forecast_eta",
        [("site", FieldType.String), ("track_id", FieldType.String), ("likely_entry", FieldType.DateTime),
         ("cpa_time", FieldType.DateTime), ("cpa_m", FieldType.Double), ("cpa_uncertainty_m", FieldType.Double)],
        [(pt(QgsPointXY(lons[-1] + 1.0, lats[-1])), ["Charlie Base", "B1", qdt(T0 + 13 * 3600),
                                                     qdt(T0 + 14 * 3600), 30000.0, 15000.0])])
    d["sites"] = layer("Point?crs=EPSG:4326", "Sites", "sites", [("name", FieldType.String)],
                       [(pt(QgsPointXY(-77.0, 38.9)), ["Far away HQ"])])  # a catalogue: not part of the incident
    d.update(lons=lons, lats=lats, times=times, alts=alts, closure_box=box)
    return d


@pytest.fixture()
def scene(qgis_app):
    d = incident()
    layers = [v for v in d.values() if isinstance(v, QgsVectorLayer)]
    project = QgsProject.instance()
    project.addMapLayers(layers)
    d["layers"] = layers
    yield d
    for lay in list(project.layoutManager().layouts()):
        project.layoutManager().removeLayout(lay)
    project.removeAllMapLayers()
