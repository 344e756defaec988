"""The Qt5/Qt6 and QGIS 3.22..4 compatibility names give working QGIS objects on the running QGIS."""

from __future__ import annotations

import pytest
from qgis.core import (
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


def test_or_ed_layer_filters_go_through_the_current_overload(qgis_app, qgis_new_project):
    """On 3.34+ an or-ed filter is an int, which the bindings send to the deprecated overload; set_layer_filters
    (a plugin module, where a deprecation is an error) must not."""
    QgsProject.instance().addMapLayers([QgsVectorLayer(f"{g}?crs=EPSG:4326", g, "memory")
                                        for g in ("Point", "LineString", "Polygon")])
    combo = QgsMapLayerComboBox()
    compat.set_layer_filters(combo, compat.LayerFilter.PointLayer | compat.LayerFilter.PolygonLayer)
    assert sorted(combo.layer(i).name() for i in range(combo.count())) == ["Point", "Polygon"]


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


def test_label_text_size_in_points(qgis_app):
    from qgis.core import QgsLayoutItemLabel

    layout = QgsLayout(QgsProject.instance())
    label = QgsLayoutItemLabel(layout)
    layout.addLayoutItem(label)
    label.setText("Balloon")
    compat.set_label_text_size(label, 12.0)
    assert compat.label_text_size(label) == 12.0
    small = label.sizeForText()
    compat.set_label_text_size(label, 24.0)
    assert compat.label_text_size(label) == 24.0
    assert label.sizeForText().width() > 1.8 * small.width()  # the size is the one QGIS draws with
    if hasattr(label, "textFormat"):  # a size in millimetres (from a template) is read back in points
        from qgis.core import QgsUnitTypes

        text_format = label.textFormat()
        text_format.setSize(5.0)
        text_format.setSizeUnit(QgsUnitTypes.RenderUnit.RenderMillimeters)
        label.setTextFormat(text_format)
        assert compat.label_text_size(label) == pytest.approx(5.0 / 25.4 * 72.0, rel=1e-6)


def test_qaction_is_a_qt_action(qgis_app):
    action = compat.QAction("x")
    action.setCheckable(True)
    action.setChecked(True)
    assert action.isChecked()


def test_qgis_deprecation_from_plugin_code_fails_the_suite(qgis_app):
    """pyproject's filterwarnings: a deprecated QGIS call made from a plugin module is an error."""
    code = compile("from qgis.core import QgsProject\nQgsProject.instance().mapScales()\n", "probe.py", "exec")
    with pytest.raises(DeprecationWarning, match="mapScales"):
        exec(code, {"__name__": "balloon_watch.plugin.probe"})
    exec(code, {"__name__": "some_other_module"})  # elsewhere it stays a warning
