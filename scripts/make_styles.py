"""Generate the track styles in resources/styles with PyQGIS (run once; the .qml files are committed).

track_points: coloured by altitude (km bands up to 30 km), labels off by default, time shown in map tips. While the
Temporal Controller animates, the layer accumulates the fixes up to the current frame: the fix(es) of the current
frame are drawn as the balloon (a large marker), the older ones as a trail that fades and shrinks over 30 frames.
Without animation (@map_start_time is NULL) every fix is drawn as before.
track_line: a line with direction arrows at a fixed interval.
"""

from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsClassificationRange,
    QgsGradientColorRamp,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsMarkerLineSymbolLayer,
    QgsMarkerSymbol,
    QgsProperty,
    QgsRendererRange,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsSymbolLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

OUT = Path(__file__).resolve().parents[1] / "resources" / "styles"


def track_points() -> None:
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=alt_m:double&field=time:datetime&field=track_id:string",
                           "p", "memory")
    ramp = QgsGradientColorRamp(QColor("#2c7bb6"), QColor("#d7191c"))
    bounds = [0, 3000, 9000, 15000, 18000, 21000, 30000, 100000]
    ranges = []
    for i, (lo, hi) in enumerate(zip(bounds[:-1], bounds[1:])):
        sym = QgsMarkerSymbol.createSimple({"name": "circle", "size": "1.8", "outline_style": "no"})
        sym.setColor(ramp.color(i / (len(bounds) - 2)))
        # analysts brief flight levels; the km bands stay beside them
        label = (f"FL{lo / 30.48:03.0f}-FL{hi / 30.48:03.0f} ({lo / 1000:.0f}-{hi / 1000:.0f} km)" if hi < 100000
                 else f"above FL{lo / 30.48:03.0f} ({lo / 1000:.0f} km)")
        ranges.append(QgsRendererRange(QgsClassificationRange(label, lo, hi), sym))
    graduated = QgsGraduatedSymbolRenderer("alt_m", ranges)
    renderer = QgsRuleBasedRenderer.convertFromRenderer(graduated)
    # age of a fix in frames while animating (0 = the current frame); NULL when the canvas is not animated
    age = "((epoch(@map_start_time) - epoch(\"time\")) / 1000.0 / second(@map_interval))"
    for rule in renderer.rootRule().children():
        rule.setFilterExpression("({}) AND (@map_start_time IS NULL OR \"time\" < @map_start_time)"
                                 .format(rule.filterExpression()))
        sym = rule.symbol()
        sym.setDataDefinedProperty(QgsSymbol.PropertyOpacity, QgsProperty.fromExpression(
            f"CASE WHEN @map_start_time IS NULL THEN 100 ELSE max(8, 100 - 3 * {age}) END"))
        sym.symbolLayer(0).setDataDefinedProperty(QgsSymbolLayer.PropertySize, QgsProperty.fromExpression(
            f"CASE WHEN @map_start_time IS NULL THEN 1.8 ELSE max(0.8, 1.8 - 0.05 * {age}) END"))
    balloon = QgsMarkerSymbol.createSimple({"name": "circle", "size": "4.2", "color": "#e31a1c",
                                           "outline_color": "#ffffff", "outline_width": "0.6"})
    now = QgsRuleBasedRenderer.Rule(balloon, 0, 0, "@map_start_time IS NOT NULL AND \"time\" >= @map_start_time",
                                    "Balloon now")
    renderer.rootRule().insertChild(0, now)
    layer.setRenderer(renderer)
    layer.temporalProperties().setAccumulateFeatures(True)  # the trail: every fix up to the current frame
    layer.setMapTipTemplate("<b>[% track_id %]</b><br>[% format_date(time, 'yyyy-MM-dd HH:mm:ss') %] UTC<br>"
                            "[% round(alt_m) %] m / [% round(alt_m / 0.3048) %] ft")
    layer.setDisplayExpression("format_date(\"time\", 'yyyy-MM-dd HH:mm:ss') || ' UTC'")
    layer.saveNamedStyle(str(OUT / "track_points.qml"))


def track_line() -> None:
    layer = QgsVectorLayer("MultiLineString?crs=EPSG:4326&field=track_id:string", "l", "memory")
    sym = QgsLineSymbol.createSimple({"line_color": "#444444", "line_width": "0.5"})
    # direction arrows every 25 mm along the line (not per segment: a track may have a million vertices)
    arrows = QgsMarkerLineSymbolLayer(True, 25.0)
    arrows.setPlacement(QgsMarkerLineSymbolLayer.Interval)
    head = QgsMarkerSymbol.createSimple({"name": "filled_arrowhead", "size": "3", "color": "#444444",
                                         "outline_style": "no"})
    arrows.setSubSymbol(head)
    sym.appendSymbolLayer(arrows)
    layer.setRenderer(QgsSingleSymbolRenderer(sym))
    layer.saveNamedStyle(str(OUT / "track_line.qml"))


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    OUT.mkdir(parents=True, exist_ok=True)
    track_points()
    track_line()
    print("wrote", *sorted(p.name for p in OUT.glob("track_*.qml")), file=sys.stderr)
