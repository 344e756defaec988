"""What differs between QGIS 3.22 (Qt5, our floor), later 3.x and QGIS 4 (Qt6), in one place.

Each name here picks the newest API the running QGIS has, so newer QGIS versions raise no
DeprecationWarning and QGIS 4 finds what Qt6 removed from the old places.
"""

from __future__ import annotations

from qgis.core import Qgis, QgsLegendStyle, QgsMapLayerProxyModel
from qgis.PyQt.QtCore import QMetaType, QVariant

try:  # Qt6 (QGIS 4) moved QAction to QtGui
    from qgis.PyQt.QtGui import QAction
except ImportError:  # Qt5 (QGIS 3)
    from qgis.PyQt.QtWidgets import QAction

__all__ = ["QAction", "FieldType", "LayerFilter", "set_legend_text_size"]

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


# Map layer combo box filters: Qgis.LayerFilter since 3.34, which deprecates QgsMapLayerProxyModel's.
LayerFilter = Qgis.LayerFilter if hasattr(Qgis, "LayerFilter") else QgsMapLayerProxyModel.Filter


def set_legend_text_size(legend, style, size_pt: float) -> None:
    """Text size in points of one legend component (``QgsLegendStyle.Style``) of a layout legend."""
    if hasattr(QgsLegendStyle, "setTextFormat"):  # QGIS >= 3.30 deprecates the font API
        component = legend.style(style)
        text_format = component.textFormat()
        text_format.setSize(size_pt)
        text_format.setSizeUnit(Qgis.RenderUnit.Points)
        component.setTextFormat(text_format)
        legend.setStyle(style, component)
    else:
        font = legend.styleFont(style)
        font.setPointSizeF(size_pt)
        legend.setStyleFont(style, font)


def set_layer_filters(combo, filters) -> None:
    """``QgsMapLayerComboBox.setFilters``: QGIS 3.34+ warns that the overload the bindings pick is deprecated, while
    3.22 has no other; the call is the same on both."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        combo.setFilters(filters)
