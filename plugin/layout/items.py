"""The briefing's map items: main and overview maps on the basemap, legend, scale bars, north arrow."""

from __future__ import annotations

import logging
import math
import os

from qgis.core import (
    Qgis,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMapLayer,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QSize, Qt

from ..definitions import PLUGIN_SLUG
from ..qgis_io.basemap import WATER, is_basemap
from ..qgis_io.compat import label_text_size, set_label_text_size, set_legend_text_size
from ..toolbelt.i18n import tr
from .legend_filter import page_extent, show_only_drawn

LOG = logging.getLogger(f"{PLUGIN_SLUG}.layout")

OVERVIEW_FACTOR = 5.0  # the overview map shows this many times the main map's width...
OVERVIEW_MAX_M = 14_000_000.0  # ...up to a third of the Earth's circumference (a hemisphere is drawn true)
NORTH_ARROW_SVGS = ("arrows/NorthArrow_02.svg", "arrows/NorthArrow_01.svg", "arrows/NorthArrow_04.svg")
SCALEBAR_SEGMENTS = 3
SEGMENT_MM = 16.0  # a segment is the round number of km or NM at most this long
UNITS_METRES = {QgsUnitTypes.DistanceUnit.DistanceKilometers: 1000.0,
                QgsUnitTypes.DistanceUnit.DistanceNauticalMiles: 1852.0}
LEGEND_BOTTOM_MM = 148.0  # the legend may grow down to here (the event note sits below)
LEGEND_WIDTH_MM = 92.0  # the right-hand column


def item(layout, item_id: str, cls):
    found = layout.itemById(item_id)
    return found if isinstance(found, cls) else None


def draw_rank(layer: QgsMapLayer) -> int:
    if isinstance(layer, QgsVectorLayer):
        return {QgsWkbTypes.GeometryType.PointGeometry: 0, QgsWkbTypes.GeometryType.LineGeometry: 1,
                QgsWkbTypes.GeometryType.PolygonGeometry: 2}.get(layer.geometryType(), 3)
    return 4


def fit(map_item: QgsLayoutItemMap, extent: QgsRectangle) -> None:
    """Show ``extent`` whole, centred, keeping the item's size (margin added on one axis to match its shape)."""
    rect = map_item.rect()
    ratio = rect.width() / rect.height() if rect.height() > 0 else 1.0
    w, h = extent.width(), extent.height()
    if w / max(h, 1e-12) < ratio:
        w = h * ratio
    else:
        h = w / ratio
    c = extent.center()
    map_item.setExtent(QgsRectangle(c.x() - w / 2, c.y() - h / 2, c.x() + w / 2, c.y() + h / 2))


def fill_maps(layout, main: QgsLayoutItemMap, layers, basemap, crs, extent: QgsRectangle) -> None:
    """Main map: the layers over the basemap; overview: the basemap and the track, the main extent drawn on it."""
    for map_item in (main, item(layout, "overview_map", QgsLayoutItemMap)):
        if map_item is None:
            continue
        map_item.setCrs(crs)
        map_item.setBackgroundEnabled(True)
        map_item.setBackgroundColor(WATER)
        map_item.setKeepLayerSet(True)
    main.setLayers(list(layers) + list(basemap))
    fit(main, extent)
    overview = item(layout, "overview_map", QgsLayoutItemMap)
    if overview is None:
        return
    lines = [lyr for lyr in layers if draw_rank(lyr) == 1]  # the track line reads at any scale
    overview.setLayers(lines + _unlabelled(layout, [lyr for lyr in basemap if lyr.customProperty(
        "balloon_watch/basemap") != "basemap_states"]))
    shown = main.extent()
    ov_extent = QgsRectangle(shown)
    ov_extent.scale(OVERVIEW_FACTOR)
    if crs.isGeographic():
        ov_extent = ov_extent.intersect(QgsRectangle(-180.0, -90.0, 180.0, 90.0))
    elif ov_extent.width() > OVERVIEW_MAX_M:
        ov_extent.scale(OVERVIEW_MAX_M / ov_extent.width())
    fit(overview, ov_extent)
    frame = overview.overview()
    if frame is not None:
        frame.setLinkedMap(main)
        frame.setEnabled(True)


def _unlabelled(layout, layers) -> list:
    """Copies of ``layers`` without labels for the small overview map, owned by the layout (not in the project)."""
    out = []
    for layer in layers:
        copy = layer.clone()
        copy.setLabelsEnabled(False)
        copy.setParent(layout)
        out.append(copy)
    return out


def fill_legend(layout, main, layers) -> None:
    """Only the layers drawn (not the basemap), only the symbols present in the map; the box sized to its
    content: two columns, then smaller text, when one column would run past the event note."""
    legend = item(layout, "legend", QgsLayoutItemLegend)
    if legend is None:
        return
    legend.setLinkedMap(main)
    legend.setAutoUpdateModel(False)
    legend.setLegendFilterByMapEnabled(False)  # ours: QGIS 3.32+'s loses every feature on a continental map
    show_only_drawn(legend, main, [layer for layer in layers if not is_basemap(layer)])
    legend.setTitle(tr("Legend"))
    legend.setSplitLayer(False)  # a layer's classes stay under its name
    legend.setSymbolHeight(2.5)
    legend.setSymbolWidth(4.0)
    legend.setWrapString("")
    legend.setResizeToContents(True)  # sized to its content on every page: never clipped
    available = LEGEND_BOTTOM_MM - legend.pagePos().y()
    for columns, size in ((1, 7.0), (2, 6.5), (2, 5.5), (3, 5.0)):
        legend.setColumnCount(columns)
        _legend_fonts(legend, size)
        settle_legend(legend)
        if legend.rect().height() <= available and legend.rect().width() <= LEGEND_WIDTH_MM:
            break
    legend.refresh()
    note = layout.itemById("event_note")
    if note is not None:  # the note follows the legend, down to the bottom of the map
        top = legend.pagePos().y() + legend.rect().height() + 3.0
        bottom = note.pagePos().y() + note.rect().height()
        if top < bottom - 12.0:
            note.attemptMove(QgsLayoutPoint(note.pagePos().x(), top, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
            note.attemptResize(QgsLayoutSize(note.rect().width(), min(bottom - top, 24.0),
                                             QgsUnitTypes.LayoutUnit.LayoutMillimeters))


def settle_legend(legend: QgsLayoutItemLegend) -> None:
    """Let QGIS size the legend now: it defers that to the first paint (it needs the map's content to filter)."""
    legend.adjustBoxSize()
    QgsLayoutExporter(legend.layout()).renderRegionToImage(legend.sceneBoundingRect(), QSize(32, 32))


def _legend_fonts(legend, size: float) -> None:
    for style, delta in ((QgsLegendStyle.Style.SymbolLabel, 0.0), (QgsLegendStyle.Style.Subgroup, 0.5),
                         (QgsLegendStyle.Style.Group, 0.5), (QgsLegendStyle.Style.Title, 1.5)):
        set_legend_text_size(legend, style, size + delta)


def legend_content_size(legend: QgsLayoutItemLegend) -> tuple[float, float]:
    """Width and height (mm) the legend's content needs, by QGIS's own legend renderer, measuring text as layout
    items paint it (with the scaling workaround: QGIS 3.44 sizes its legends so, and text measures ~1 mm wider
    without it there)."""
    context = QgsLayoutUtils.createRenderContextForLayout(legend.layout(), None)
    context.setFlag(Qgis.RenderContextFlag.ApplyScalingWorkaroundForTextRendering, True)
    size = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)
    return size.width(), size.height()


def nice_number(value: float) -> float:
    """The largest of 1, 2, 2.5, 5 x 10^n not above ``value`` (NaN for a value that is not a positive number)."""
    if not math.isfinite(value) or value <= 0:
        return math.nan
    exp = math.floor(math.log10(value))
    return next(m * 10 ** exp for m in (5.0, 2.5, 2.0, 1.0) if m * 10 ** exp <= value * (1 + 1e-9))


def scalebar_segment(ground_m_per_mm: float, unit_m: float) -> float:
    """A round segment length in the bar's unit, about SEGMENT_MM long on paper."""
    return nice_number(SEGMENT_MM * ground_m_per_mm / unit_m)


def fill_scalebars(layout, main: QgsLayoutItemMap, extent: QgsRectangle | None = None) -> bool:
    """Scale bars in km and NM with round segments from the map's real scale (``extent``: the extent the map
    will show, e.g. an atlas page's, else its current one). Hidden (False) where one scale does not hold (a
    world map in degrees) or cannot be measured."""
    rect = main.rect()
    if extent is not None and rect.width() > 0 and rect.height() > 0:
        ground_m_per_mm = page_extent(main, extent).width() / rect.width()  # map units: metres in our projections
    else:
        ground_m_per_mm = main.scale() / 1000.0
    valid = (math.isfinite(ground_m_per_mm) and ground_m_per_mm > 0 and not main.crs().isGeographic()
             and main.crs().mapUnits() == QgsUnitTypes.DistanceUnit.DistanceMeters)
    for item_id in ("scalebar_km", "scalebar_nm"):
        bar = item(layout, item_id, QgsLayoutItemScaleBar)
        if bar is None:
            continue
        bar.setLinkedMap(main)
        segment = scalebar_segment(ground_m_per_mm, UNITS_METRES.get(bar.units(), 1000.0))
        bar.setVisibility(valid and math.isfinite(segment))
        if not bar.isVisible():
            continue
        bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFixed)
        bar.setNumberOfSegmentsLeft(0)
        bar.setNumberOfSegments(SCALEBAR_SEGMENTS)
        bar.setUnitsPerSegment(segment)
        bar.update()
    return valid


def follow_atlas(layout, main: QgsLayoutItemMap, layers=()) -> None:
    """Refit the scale bars, and the legend to what the page's map draws, on every atlas page (the coverage
    rectangles are the pages' extents)."""
    legend = item(layout, "legend", QgsLayoutItemLegend)
    drawn = [layer for layer in layers if not is_basemap(layer)]

    def changed(feature):
        page = feature.geometry().boundingBox()
        fill_scalebars(layout, main, page)
        if legend is not None and drawn:
            show_only_drawn(legend, main, drawn, page)
            legend.adjustBoxSize()

    layout.atlas().featureChanged.connect(changed)


def fit_label_font(label, smallest: float = 10.0) -> None:
    """Shrink a one-line label's font until its text fits its box (a long title would wrap over the banner)."""
    if label is None:
        return
    size = label_text_size(label)
    while size > smallest:
        set_label_text_size(label, size)
        needed = label.sizeForText()
        if needed.width() <= label.rect().width() and needed.height() <= label.rect().height() + 0.5:
            return
        size -= 1.0
    set_label_text_size(label, max(size, smallest))


def fill_north_arrow(layout) -> None:
    arrow = layout.itemById("north_arrow")
    if arrow is None or not hasattr(arrow, "setPicturePath"):
        return
    from qgis.core import QgsApplication  # svgPaths depends on the running application

    for folder in QgsApplication.svgPaths():
        for name in NORTH_ARROW_SVGS:
            path = os.path.join(folder, name)
            if os.path.exists(path):
                arrow.setPicturePath(path)
                return
    # no SVG installed: a plain label in the same place
    label = QgsLayoutItemLabel(layout)
    label.setText("\u25b2\nN")
    label.setHAlign(Qt.AlignmentFlag.AlignHCenter)
    layout.addLayoutItem(label)
    label.attemptMove(arrow.positionWithUnits())
    label.attemptResize(arrow.sizeWithUnits())
    layout.removeLayoutItem(arrow)
    label.setId("north_arrow")
