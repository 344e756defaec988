"""Output kinds on the QGIS side: the fields, features and geometry types producers build from ``core.kinds``."""

from __future__ import annotations

import pytest
from qgis.core import QgsField, QgsFields, QgsGeometry, QgsPointXY, QgsProcessing, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from balloon_watch.plugin.core import kinds
from balloon_watch.plugin.qgis_io.compat import FieldType
from balloon_watch.plugin.qgis_io.kinds import extended_fields, new_feature, qgs_fields, sink_type, wkb_type

QVARIANT = {kinds.TEXT: QVariant.String, kinds.REAL: QVariant.Double, kinds.INT: QVariant.Int,
            kinds.DATETIME: QVariant.DateTime, kinds.BOOL: QVariant.Bool}


@pytest.mark.parametrize("kind", kinds.ALL, ids=lambda k: k.id)
def test_qgs_fields_are_the_kind_fields_typed(qgis_app, kind):
    fields = qgs_fields(kind)
    assert fields.names() == list(kind.names)
    assert [fields.at(i).type() for i in range(fields.count())] == [QVARIANT[f.type] for f in kind.fields]


def test_qgs_fields_keeps_only_the_names_asked_in_the_kind_order(qgis_app):
    assert qgs_fields(kinds.APPROACHES, ["dwell_s", "site_id"]).names() == ["site_id", "dwell_s"]


def test_extended_fields_keep_the_source_fields_and_replace_ours_in_any_case(qgis_app):
    source = QgsFields()
    for name, typ in (("FID", FieldType.Int), ("name", FieldType.String), ("RING_M", FieldType.String),
                      ("elev", FieldType.Double)):
        source.append(QgsField(name, typ))
    fields, keep = extended_fields(kinds.SITE_BUFFERS, source)
    assert keep == [1, 3]
    assert fields.names() == ["name", "elev", "ring_m"]
    assert fields.field("ring_m").type() == QVariant.Double


def test_new_feature_sets_values_by_name_after_the_first_ones(qgis_app):
    source = QgsFields()
    source.append(QgsField("name", FieldType.String))
    fields, _ = extended_fields(kinds.SITE_BUFFERS, source)
    geom = QgsGeometry.fromPointXY(QgsPointXY(1.0, 2.0))
    feat = new_feature(fields, geom, {"ring_m": 5000.0}, ["Malmstrom"])
    assert feat.attributes() == ["Malmstrom", 5000.0]
    assert feat.geometry().asWkt() == geom.asWkt()
    feat = new_feature(qgs_fields(kinds.FORECAST_CONE), QgsGeometry(), {"method": "wind"})
    assert feat.attributes() == [None, "wind", None, None]
    with pytest.raises(KeyError, match="cpa_m"):
        new_feature(qgs_fields(kinds.FORECAST_CONE), QgsGeometry(), {"cpa_m": 1.0})
    with pytest.raises(KeyError, match="name"):  # a source field is not set by name
        new_feature(fields, geom, {"name": "x"}, ["Malmstrom"])


def test_geometry_types_of_the_kinds(qgis_app):
    assert wkb_type(kinds.APPROACH_PARTS) == QgsWkbTypes.Type.MultiLineStringZM
    assert wkb_type(kinds.CLOSURE_EVENTS) == QgsWkbTypes.Type.LineStringZM
    assert sink_type(kinds.FORECAST_CONE) == QgsProcessing.SourceType.TypeVectorPolygon
    with pytest.raises(ValueError, match="sites"):
        wkb_type(kinds.SITES)  # we never write the catalogue through a sink
    for kind in kinds.ALL:
        if kind.wkb:
            assert QgsWkbTypes.geometryType(wkb_type(kind)) == {
                "point": QgsWkbTypes.GeometryType.PointGeometry, "line": QgsWkbTypes.GeometryType.LineGeometry,
                "polygon": QgsWkbTypes.GeometryType.PolygonGeometry}[kind.geometry], kind.id
