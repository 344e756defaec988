"""The Qt5/Qt6 and QGIS 3.22..4 compatibility names give working QGIS objects on the running QGIS."""

from __future__ import annotations

import pytest
from qgis.core import (
    Qgis,
    QgsField,
    QgsLayout,
    QgsLayoutItemLegend,
    QgsLegendStyle,
    QgsMapLayerProxyModel,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import QVariant

from balloon_watch.plugin.qgis_io import compat


@pytest.mark.parametrize("name, expected", [("String", QVariant.String), ("Double", QVariant.Double),
                                             ("DateTime", QVariant.DateTime), ("Bool", QVariant.Bool)])
def test_field_types_make_the_fields_they_name(qgis_app, name, expected):
    field = QgsField("f", getattr(compat.FieldType, name))
    assert field.type() == expected


def test_layer_filter_keeps_only_point_layers(qgis_app, qgis_new_project):
    points = QgsVectorLayer("Point?crs=EPSG:4326", "pts", "memory")
    polygons = QgsVectorLayer("Polygon?crs=EPSG:4326", "polys", "memory")
    QgsProject.instance().addMapLayers([points, polygons])
    combo = QgsMapLayerComboBox()
    combo.setFilters(compat.LayerFilter.PointLayer)
    assert [combo.layer(i).name() for i in range(combo.count())] == ["pts"]
    assert int(combo.filters()) == int(QgsMapLayerProxyModel.PointLayer)


def test_legend_text_size_in_points(qgis_app):
    legend = QgsLayoutItemLegend(QgsLayout(QgsProject.instance()))
    compat.set_legend_text_size(legend, QgsLegendStyle.SymbolLabel, 6.5)
    compat.set_legend_text_size(legend, QgsLegendStyle.Group, 9.0)
    def size(style):  # read back through the API of this QGIS (the text format from 3.30 on)
        if hasattr(QgsLegendStyle, "textFormat"):
            return legend.style(style).textFormat().size()
        return legend.styleFont(style).pointSizeF()

    assert size(QgsLegendStyle.SymbolLabel) == 6.5
    assert size(QgsLegendStyle.Group) == 9.0


def test_qaction_is_a_qt_action(qgis_app):
    action = compat.QAction("x")
    action.setCheckable(True)
    action.setChecked(True)
    assert action.isChecked()


@pytest.mark.skipif(Qgis.QGIS_VERSION_INT >= 33400, reason="deprecations fail the suite on QGIS 3.22-3.32 only")
def test_qgis_deprecation_from_plugin_code_fails_the_suite(qgis_app):
    """pyproject's filterwarnings: a deprecated QGIS call made from a plugin module is an error."""
    code = compile("from qgis.core import QgsProject\nQgsProject.instance().mapScales()\n", "probe.py", "exec")
    with pytest.raises(DeprecationWarning, match="mapScales"):
        exec(code, {"__name__": "balloon_watch.plugin.probe"})
    exec(code, {"__name__": "some_other_module"})  # elsewhere it stays a warning
