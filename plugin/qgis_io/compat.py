"""What differs between QGIS 3.22 (Qt5, our floor), later 3.x and QGIS 4 (Qt6), in one place.

Each name here picks the newest API the running QGIS has, so newer QGIS versions raise no
DeprecationWarning and QGIS 4 finds what Qt6 removed from the old places.
"""

from __future__ import annotations

from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsLegendStyle, QgsMapLayerProxyModel
from qgis.PyQt.QtCore import QMetaType, QVariant

try:  # Qt6 (QGIS 4) moved QAction to QtGui
    from qgis.PyQt.QtGui import QAction
except ImportError:  # Qt5 (QGIS 3)
    from qgis.PyQt.QtWidgets import QAction

__all__ = ["QAction", "FieldType", "LayerFilter", "set_legend_text_size", "label_text_size", "set_label_text_size",
           "set_layer_filters", "WKT2_2019"]

if Qgis.QGIS_VERSION_INT >= 33800:  # QgsField(name, QMetaType.Type) since 3.38, which deprecates the QVariant form

    class FieldType:
        """Field types for ``QgsField(name, FieldType.X)``."""

        String = QMetaType.Type.QString
        Double = QMetaType.Type.Double
        Int = QMetaType.Type.Int
        DateTime = QMetaType.Type.QDateTime
        Bool = QMetaType.Type.Bool

else:

    class FieldType:
        """Field types for ``QgsField(name, FieldType.X)``."""

        String = QVariant.String
        Double = QVariant.Double
        Int = QVariant.Int
        DateTime = QVariant.DateTime
        Bool = QVariant.Bool


# WKT variants: Qgis.CrsWktVariant since 3.36, QgsCoordinateReferenceSystem.WktVariant before (gone in QGIS 4).
WKT2_2019 = (Qgis.CrsWktVariant.Wkt2_2019 if hasattr(Qgis, "CrsWktVariant")
             else QgsCoordinateReferenceSystem.WktVariant.WKT2_2019)

# Map layer combo box filters: Qgis.LayerFilter since 3.34, which deprecates QgsMapLayerProxyModel's.
LayerFilter = Qgis.LayerFilter if hasattr(Qgis, "LayerFilter") else QgsMapLayerProxyModel.Filter


def set_legend_text_size(legend, style, size_pt: float) -> None:
    """Text size in points of one legend component (``QgsLegendStyle.Style``) of a layout legend."""
    if hasattr(QgsLegendStyle, "setTextFormat"):  # QGIS >= 3.30 deprecates the font API
        component = legend.style(style)
        text_format = component.textFormat()
        text_format.setSize(size_pt)
        text_format.setSizeUnit(_points_unit())
        component.setTextFormat(text_format)
        legend.setStyle(style, component)
    else:
        font = legend.styleFont(style)
        font.setPointSizeF(size_pt)
        legend.setStyleFont(style, font)


def _points_unit():
    """The render unit "points": Qgis.RenderUnit since 3.30, QgsUnitTypes before."""
    if hasattr(Qgis, "RenderUnit"):
        return Qgis.RenderUnit.Points
    from qgis.core import QgsUnitTypes

    return QgsUnitTypes.RenderUnit.RenderPoints


def label_text_size(label) -> float:
    """Text size in points of a layout label (QGIS >= 3.24 deprecates its font API for a text format)."""
    if hasattr(label, "textFormat"):
        text_format = label.textFormat()
        if text_format.sizeUnit() != _points_unit():
            from qgis.core import QgsLayoutUtils

            context = QgsLayoutUtils.createRenderContextForLayout(label.layout(), None)
            return context.convertToPainterUnits(text_format.size(), text_format.sizeUnit()) / \
                context.convertToPainterUnits(1.0, _points_unit())
        return text_format.size()
    return label.font().pointSizeF()


def set_label_text_size(label, size_pt: float) -> None:
    """Text size in points of a layout label."""
    if hasattr(label, "setTextFormat"):
        text_format = label.textFormat()
        text_format.setSize(size_pt)
        text_format.setSizeUnit(_points_unit())
        label.setTextFormat(text_format)
    else:
        font = label.font()
        font.setPointSizeF(size_pt)
        label.setFont(font)


def set_layer_filters(combo, filters) -> None:
    """``QgsMapLayerComboBox.setFilters``. On QGIS 3.34+ an or-ed set of ``Qgis.LayerFilter`` is a plain int in
    PyQt5, for which the bindings pick the deprecated ``QgsMapLayerProxyModel.Filters`` overload: it goes as
    ``Qgis.LayerFilters``."""
    if hasattr(Qgis, "LayerFilters"):
        filters = Qgis.LayerFilters(filters)
    combo.setFilters(filters)
