"""The incident briefing: a print layout built from ``resources/layouts/briefing.qpt``, and its safe export.

The template holds the look (an organisation can restyle it in the layout designer and save it over the file);
this module only fills the items it finds by id: ``main_map``, ``overview_map``, ``legend``, ``scalebar_km``,
``scalebar_nm``, ``north_arrow``, ``title``, ``subtitle``, ``banner_top``, ``banner_bottom``, ``events_table``,
``closures_table`` (frames of attribute tables), ``sources`` and ``date``. An item removed from the template is
simply not filled.

Map projection: the project CRS when it is projected; otherwise (a geographic or no project CRS) an azimuthal
equidistant projection centred on the area, so the map is not squashed and both scale bars are true near the
centre. A very wide area (more than 120 degrees of longitude or 80 of latitude) keeps the project CRS (or WGS 84).

Export writes into a temporary folder beside the destination and renames on success, so a failed or cancelled
export never leaves a partial file (and never damages an existing one). PDF and SVG are written with geometry
simplification at the output resolution (vertices closer than a device pixel are dropped for display only), which
keeps the PDF of a 100k-point track small; the layers themselves are not touched.
"""

from __future__ import annotations

import logging
import math
import os
import shutil
import tempfile
from contextlib import contextmanager
from typing import Iterable, Iterator

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeedback,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLegendStyle,
    QgsMapLayer,
    QgsPointXY,
    QgsPrintLayout,
    QgsProject,
    QgsProviderRegistry,
    QgsReadWriteContext,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDateTime, Qt
from qgis.PyQt.QtXml import QDomDocument

from ..core.errors import BalloonWatchError, Cancelled, InputError
from ..core.feedback import check
from ..core.kinds import APPROACHES, CLOSURES_FLAGGED, TRACK_LINE, TRACK_POINTS
from ..core.sites import guess_name_field
from ..definitions import PLUGIN_SLUG, plugin_name, plugin_version, resources_path
from ..qgis_io.compat import set_legend_text_size
from ..qgis_io.convert import WGS84, epoch_from_qvariant
from ..qgis_io.kinds import layers_of_kind
from ..toolbelt.i18n import tr

LOG = logging.getLogger(f"{PLUGIN_SLUG}.layout")

FORMATS = (".pdf", ".png", ".svg")
DPI_RANGE = (72, 1200)
MARGIN = 0.10  # default extent: data extent grown by 10 % of its size on every side
LOCAL_MAX_SPAN = (120.0, 80.0)  # lon, lat degrees up to which the local azimuthal projection is used
OVERVIEW_FACTOR = 5.0  # overview map shows this many times the main map's width
TABLE_ROWS = 10
DENSE_FEATURES = 20_000  # vector layers with more features are drawn as an image in PDF/SVG (display only)
NORTH_ARROW_SVGS = ("arrows/NorthArrow_02.svg", "arrows/NorthArrow_01.svg", "arrows/NorthArrow_04.svg")
# time fields looked for, as (start, end) pairs; a single instant field has end None
TIME_FIELDS = (("time", None), ("start_time", "end_time"), ("start", "end"), ("enter_time", "exit_time"))
# narrow columns only: the tables share the right-hand column of an A4 page with the legend
EVENT_COLUMNS = (("site_name", "Site"), ("name", "Site"))
CLOSURE_COLUMNS = (("name", "Name"), ("status", "Status"), ("first_entry", "First entry"))
CLOSURE_WIDTHS = {"name": 42.0, "status": 16.0, "first_entry": 24.0}  # mm, within the 92 mm column


def template_path() -> str:
    """The briefing template shipped with the plugin."""
    return resources_path("layouts", "briefing.qpt")


# ---------------------------------------------------------------------------------------------- building


def build_layout(project: QgsProject, layers: Iterable[QgsMapLayer], title: str, subtitle: str = "",
                 extent: QgsRectangle | None = None, banner: str = "", atlas_layer: QgsVectorLayer | None = None,
                 feedback=None) -> QgsPrintLayout:
    """Build the briefing layout, add it to the project's layout manager (replacing one with the same name).

    ``extent``: a QgsReferencedRectangle, or a QgsRectangle in the project CRS (EPSG:4326 if the project has
    none); None for the layers' extent plus 10 % on each side. ``banner``: the handling caveat ('' for none).
    ``atlas_layer``: one page per feature. ``feedback`` receives warnings (e.g. a clamped extent).
    """
    project = project or QgsProject.instance()
    layers = [lyr for lyr in (layers or []) if lyr is not None and lyr.isValid()]
    if not layers:
        raise InputError(tr("no layers to show: choose at least one valid layer for the briefing"))
    title = (title or "").strip() or tr("Balloon briefing")
    if atlas_layer is not None:
        if not isinstance(atlas_layer, QgsVectorLayer) or not atlas_layer.isValid():
            raise InputError(tr("the atlas layer is not a valid vector layer"))
        if atlas_layer.featureCount() == 0:
            raise InputError(tr("the atlas layer has no features: there would be no page"), atlas_layer.name())

    wgs_area = _wgs84_area(project, layers, extent, feedback)
    map_crs = _map_crs(project, wgs_area)
    if extent is None:
        map_extent = (_sampled_extent(project, wgs_area, map_crs) if wgs_area.xMaximum() > 180.0
                      else _layers_extent(project, layers, map_crs))
        if map_extent is None:
            map_extent = _transform_rect(project, wgs_area, WGS84, map_crs)
        map_extent = grow(map_extent, MARGIN)
    else:
        map_extent = _transform_rect(project, wgs_area, WGS84, map_crs)

    layout = _load_template(project)
    layout.setName(title)
    ordered = sorted(layers, key=_draw_rank)  # points above lines above polygons above rasters
    main = _item(layout, "main_map", QgsLayoutItemMap)
    if main is None:
        raise BalloonWatchError(tr("the briefing template has no map item with the id 'main_map'"))
    _fill_maps(project, layout, main, ordered, map_crs, map_extent)
    _fill_legend(layout, main, ordered)
    _fill_north_arrow(layout)
    span = time_span(layers)
    _set_text(layout, "title", title)
    sub_parts = [p for p in ((subtitle or "").strip(), format_span(span)) if p]
    if _item(layout, "subtitle", QgsLayoutItemLabel) is not None:
        _set_text(layout, "subtitle", " \u00b7 ".join(sub_parts))
    elif sub_parts:
        _set_text(layout, "title", title + "\n" + " \u00b7 ".join(sub_parts))
    _set_text(layout, "banner_top", banner)
    _set_text(layout, "banner_bottom", banner)
    _set_text(layout, "sources", sources_text(layers, map_crs, wgs_area))
    produced = QDateTime.currentDateTimeUtc().toString("yyyy-MM-dd HH:mm")
    _set_text(layout, "date", tr("Produced {} UTC").format(produced))
    _fill_tables(layout, layers)
    if atlas_layer is not None:
        _set_atlas(layout, main, atlas_layer, produced)

    manager = project.layoutManager()
    old = manager.layoutByName(title)
    if old is not None:
        manager.removeLayout(old)
    if not manager.addLayout(layout):
        raise BalloonWatchError(tr("the layout '{}' could not be added to the project").format(title))
    layout.refresh()
    return layout


def _load_template(project: QgsProject) -> QgsPrintLayout:
    path = template_path()
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except OSError as exc:
        raise BalloonWatchError(tr("the briefing template cannot be read: {}").format(exc)) from None
    doc = QDomDocument()
    if not doc.setContent(text):
        raise BalloonWatchError(tr("the briefing template is not valid XML: {}").format(path))
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(doc, QgsReadWriteContext())
    if not ok:
        raise BalloonWatchError(tr("the briefing template could not be loaded: {}").format(path))
    return layout


def _item(layout, item_id: str, cls):
    item = layout.itemById(item_id)
    return item if isinstance(item, cls) else None


def _set_text(layout, item_id: str, text: str) -> None:
    label = _item(layout, item_id, QgsLayoutItemLabel)
    if label is not None:
        label.setText(text)
    else:
        LOG.info("Briefing template has no label '%s'; skipped.", item_id)


def _draw_rank(layer: QgsMapLayer) -> int:
    if isinstance(layer, QgsVectorLayer):
        return {QgsWkbTypes.GeometryType.PointGeometry: 0, QgsWkbTypes.GeometryType.LineGeometry: 1,
                QgsWkbTypes.GeometryType.PolygonGeometry: 2}.get(layer.geometryType(), 3)
    return 4


# ---------------------------------------------------------------------------------------------- extent & CRS


def grow(rect: QgsRectangle, fraction: float) -> QgsRectangle:
    """``rect`` grown by ``fraction`` of its width/height on every side (a point gets 1 km / 0.01 deg)."""
    w, h = rect.width(), rect.height()
    if w <= 0 and h <= 0:
        w = h = 1.0  # a single point: grow() is called in the map CRS, metres or degrees
    pad_x, pad_y = max(w, h * 0.1) * fraction, max(h, w * 0.1) * fraction
    return QgsRectangle(rect.xMinimum() - pad_x, rect.yMinimum() - pad_y,
                        rect.xMaximum() + pad_x, rect.yMaximum() + pad_y)


def _transform_rect(project, rect: QgsRectangle, src, dst) -> QgsRectangle:
    if src == dst:
        return QgsRectangle(rect)
    try:
        out = QgsCoordinateTransform(src, dst, project).transformBoundingBox(rect)
    except QgsCsException:
        raise InputError(tr("the map extent cannot be projected to {}; choose a smaller extent")
                         .format(dst.userFriendlyIdentifier())) from None
    if not all(math.isfinite(v) for v in (out.xMinimum(), out.yMinimum(), out.xMaximum(), out.yMaximum())):
        raise InputError(tr("the map extent cannot be projected to {}; choose a smaller extent")
                         .format(dst.userFriendlyIdentifier()))
    return out


def _layers_extent(project, layers, crs) -> QgsRectangle | None:
    """Union of the layers' extents in ``crs`` (empty layers ignored); None when nothing has an extent."""
    union = None
    for layer in layers:
        if isinstance(layer, QgsVectorLayer) and layer.featureCount() == 0:
            continue
        ext = layer.extent()
        if ext.isNull() or not layer.crs().isValid():
            continue
        try:
            ext = _transform_rect(project, ext, layer.crs(), crs)
        except InputError:
            LOG.warning("Extent of %s cannot be projected; ignored for the map extent.", layer.name())
            continue
        if union is None:
            union = QgsRectangle(ext)
        else:
            union.combineExtentWith(ext)
    return union


def _wgs84_area(project, layers, extent, feedback) -> QgsRectangle:
    """The area to show, in WGS 84 (clamped to the world, with a warning, when wider)."""
    if extent is None:
        area = _layers_extent(project, layers, WGS84)
        if area is None:
            raise InputError(tr("the layers have no features to show and no extent was given"))
        if area.width() > 180.0:
            area = _antimeridian_area(layers, area) or area
        return area
    if isinstance(extent, QgsReferencedRectangle) and extent.crs().isValid():
        src = extent.crs()
    else:
        src = project.crs() if project.crs().isValid() else WGS84
    rect = QgsRectangle(extent)
    if rect.isNull() or not rect.isFinite():
        raise InputError(tr("the map extent is empty or invalid"))
    if src.isGeographic():
        area = QgsRectangle(rect)  # degrees already: clamp before any transform
    else:
        area = _transform_rect(project, rect, src, WGS84)
    world = QgsRectangle(-180.0, -90.0, 180.0, 90.0)
    if area.width() > 360.0 or area.height() > 180.0 or not world.contains(area):
        clamped = area.intersect(world)
        if clamped.isEmpty():
            raise InputError(tr("the map extent lies outside the world (longitude -180..180, latitude -90..90)"))
        message = tr("The map extent ({}) is larger than the world; it was clamped to {}.").format(
            area.toString(2), clamped.toString(2))
        _warn(feedback, message)
        area = clamped
    if area.width() <= 0 or area.height() <= 0:
        raise InputError(tr("the map extent has no width or no height"))
    return area


def _antimeridian_area(layers, area: QgsRectangle, max_vertices: int = 200_000) -> QgsRectangle | None:
    """Data spanning +/-180 (an Aleutian track): the smallest longitude arc holding every vertex, as a
    rectangle whose xMaximum may exceed 180 (None when the data really wraps the world)."""
    lons = []
    for layer in layers:
        if not isinstance(layer, QgsVectorLayer) or not layer.crs().isValid():
            continue
        xform = QgsCoordinateTransform(layer.crs(), WGS84, QgsProject.instance())
        count = 0
        for feature in layer.getFeatures():
            geom = feature.geometry()
            if geom is None or geom.isEmpty():
                continue
            for vertex in geom.vertices():
                lons.append(xform.transform(QgsPointXY(vertex.x(), vertex.y())).x())
                count += 1
                if count > max_vertices:
                    break
            if count > max_vertices:
                break
    if not lons:
        return None
    lon = sorted(((x + 180.0) % 360.0) - 180.0 for x in lons)
    gaps = [(lon[i + 1] - lon[i], i) for i in range(len(lon) - 1)] + [(lon[0] + 360.0 - lon[-1], len(lon) - 1)]
    gap, i = max(gaps)
    if gap < 180.0:
        return None
    start = lon[(i + 1) % len(lon)]
    end = lon[i] if lon[i] >= start else lon[i] + 360.0
    return QgsRectangle(start, area.yMinimum(), end, area.yMaximum())


def _sampled_extent(project, area: QgsRectangle, crs) -> QgsRectangle:
    """Extent in ``crs`` of a WGS 84 area whose longitudes may run past 180, from a grid of sample points."""
    xform = QgsCoordinateTransform(WGS84, crs, project)
    out = None
    for i in range(21):
        for j in range(21):
            x = area.xMinimum() + area.width() * i / 20.0
            y = area.yMinimum() + area.height() * j / 20.0
            p = xform.transform(QgsPointXY(((x + 180.0) % 360.0) - 180.0, y))
            if out is None:
                out = QgsRectangle(p.x(), p.y(), p.x(), p.y())
            else:
                out.combineExtentWith(p.x(), p.y())
    return out


def _map_crs(project, wgs_area: QgsRectangle) -> QgsCoordinateReferenceSystem:
    crs = project.crs()
    if crs.isValid() and not crs.isGeographic():
        return crs
    if wgs_area.width() <= LOCAL_MAX_SPAN[0] and wgs_area.height() <= LOCAL_MAX_SPAN[1]:
        return local_crs(wgs_area.center().y(), ((wgs_area.center().x() + 180.0) % 360.0) - 180.0)
    return crs if crs.isValid() else QgsCoordinateReferenceSystem(WGS84)


def local_crs(lat: float, lon: float) -> QgsCoordinateReferenceSystem:
    """Azimuthal equidistant projection on WGS 84 centred on (lat, lon): distances from the centre are true."""
    proj = f"+proj=aeqd +lat_0={lat:.4f} +lon_0={lon:.4f} +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"
    crs = QgsCoordinateReferenceSystem.fromProj(proj)
    if not crs.isValid():
        raise BalloonWatchError(tr("the local map projection could not be created ({})").format(proj))
    return crs


def _warn(feedback, message: str) -> None:
    LOG.warning("%s", message)
    if feedback is not None and hasattr(feedback, "pushWarning"):
        feedback.pushWarning(message)


# ---------------------------------------------------------------------------------------------- items


def _fill_maps(project, layout, main: QgsLayoutItemMap, layers, crs, extent: QgsRectangle) -> None:
    main.setCrs(crs)
    main.setLayers(layers)
    main.setKeepLayerSet(True)
    _fit(main, extent)
    overview = _item(layout, "overview_map", QgsLayoutItemMap)
    if overview is None:
        return
    overview.setCrs(crs)
    overview.setLayers(layers)
    overview.setKeepLayerSet(True)
    shown = main.extent()
    ov_extent = QgsRectangle(shown)
    ov_extent.scale(OVERVIEW_FACTOR)
    if crs.isGeographic():
        ov_extent = ov_extent.intersect(QgsRectangle(-180.0, -90.0, 180.0, 90.0))
    _fit(overview, ov_extent)
    frame = overview.overview()
    if frame is not None:
        frame.setLinkedMap(main)
        frame.setEnabled(True)


def _fit(map_item: QgsLayoutItemMap, extent: QgsRectangle) -> None:
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


def _fill_legend(layout, main, layers) -> None:
    legend = layout.itemById("legend")
    if legend is None or not hasattr(legend, "model"):
        return
    legend.setLinkedMap(main)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in layers:
        root.addLayer(layer)
    legend.setTitle(tr("Legend"))
    # many layers share a small box: two columns, layers may split across them, compact symbols and text
    legend.setColumnCount(2)
    legend.setSplitLayer(True)
    legend.setSymbolHeight(2.5)
    legend.setSymbolWidth(4.0)
    for style, size in ((QgsLegendStyle.Style.SymbolLabel, 6.0), (QgsLegendStyle.Style.Subgroup, 6.5),
                        (QgsLegendStyle.Style.Group, 6.5)):
        set_legend_text_size(legend, style, size)
    legend.refresh()


def _fill_north_arrow(layout) -> None:
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


def _table(layout, item_id: str) -> QgsLayoutItemAttributeTable | None:
    frame = layout.itemById(item_id)
    if isinstance(frame, QgsLayoutFrame) and isinstance(frame.multiFrame(), QgsLayoutItemAttributeTable):
        return frame.multiFrame()
    return None


def _column(expression: str, heading: str, width: float = 0.0) -> QgsLayoutTableColumn:
    col = QgsLayoutTableColumn(heading)
    col.setAttribute(expression)
    col.setWidth(width)
    return col


def _time_expr(field: str) -> str:
    return "format_date(\"{}\", 'yyyy-MM-dd HH:mm')".format(field)


def _first_of_kind(layers, kind_id: str) -> QgsVectorLayer | None:
    found = layers_of_kind(kind_id, layers)
    return found[0] if found else None


def _show_table(layout, table, heading_id: str, visible: bool) -> None:
    """Hide a table and its heading when no layer has its data (an empty frame would only puzzle)."""
    for i in range(table.frameCount()):
        table.frame(i).setVisibility(visible)
    heading = layout.itemById(heading_id)
    if heading is not None:
        heading.setVisibility(visible)


def _fill_tables(layout, layers) -> None:
    _set_text(layout, "events_heading", tr("Closest approaches (top {})").format(TABLE_ROWS))
    _set_text(layout, "closures_heading", tr("Flagged closures"))
    events = _first_of_kind(layers, APPROACHES.id)
    table = _table(layout, "events_table")
    if table is not None:
        table.setEmptyTableMessage(tr("No approach events"))
        _show_table(layout, table, "events_heading", events is not None)
        if events is not None:
            names = events.fields().names()
            cols = []
            for field, heading in EVENT_COLUMNS:
                if field in names and not any(c.heading() == tr(heading) for c in cols):
                    cols.append(_column('"{}"'.format(field), tr(heading)))
            cols.append(_column('format_number("cpa_m" / 1000.0, 1)', tr("CPA km")))  # always one decimal
            cols.append(_column('format_number("cpa_m" / 1852.0, 1)', tr("CPA NM")))
            if "cpa_time" in names:
                cols.append(_column(_time_expr("cpa_time"), tr("CPA time UTC")))
            if "cpa_alt_m" in names:
                cols.append(_column('round("cpa_alt_m")', tr("Alt m")))
            table.setVectorLayer(events)
            table.setDisplayOnlyVisibleFeatures(False)
            table.setColumns(cols)
            sort = _column('"cpa_m"', "cpa_m")
            sort.setSortOrder(Qt.SortOrder.AscendingOrder)
            table.setSortColumns([sort])
            table.setMaximumNumberOfFeatures(TABLE_ROWS)
            table.setFilterFeatures(True)
            table.setFeatureFilter('"cpa_m" IS NOT NULL')
        table.refreshAttributes()
    closures = _first_of_kind(layers, CLOSURES_FLAGGED.id)
    table = _table(layout, "closures_table")
    if table is not None:
        table.setEmptyTableMessage(tr("No flagged closures"))
        _show_table(layout, table, "closures_heading", closures is not None)
        if closures is not None:
            names = closures.fields().names()
            cols = []
            for field, heading in CLOSURE_COLUMNS:
                if field in names and not any(c.heading() == tr(heading) for c in cols):
                    expr = _time_expr(field) if field in ("first_entry", "start_time") else '"{}"'.format(field)
                    # the names are long: a fixed, wrapped name column keeps the table inside its frame
                    cols.append(_column(expr, tr(heading), CLOSURE_WIDTHS.get(field, 0.0)))
            table.setVectorLayer(closures)
            table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
            table.setDisplayOnlyVisibleFeatures(False)
            table.setColumns(cols)
            table.setFilterFeatures(True)
            table.setFeatureFilter("\"status\" <> 'clear'")
            table.setMaximumNumberOfFeatures(TABLE_ROWS)
        table.refreshAttributes()


def _set_atlas(layout, main: QgsLayoutItemMap, atlas_layer: QgsVectorLayer, produced: str) -> None:
    atlas = layout.atlas()
    atlas.setCoverageLayer(atlas_layer)
    names = atlas_layer.fields().names()
    name_field = guess_name_field(names)
    atlas.setPageNameExpression('"{}"'.format(name_field) if name_field else "@atlas_featurenumber")
    atlas.setEnabled(True)
    main.setAtlasDriven(True)
    main.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)  # points keep the scale and are centred
    main.setAtlasMargin(0.25)
    page = tr("page {} of {}: {}").format("[% @atlas_featurenumber %]", "[% @atlas_totalfeatures %]",
                                          "[% @atlas_pagename %]")
    _set_text(layout, "date", tr("Produced {} UTC").format(produced) + "\n" + page)


# ---------------------------------------------------------------------------------------------- texts


def time_span(layers) -> tuple[float, float] | None:
    """(first, last) epoch seconds UTC over the layers' time fields (``time``, or start/end pairs); None if none."""
    vectors = [layer for layer in layers if isinstance(layer, QgsVectorLayer)]
    # the object's own fixes define the span when present (closure windows can run for weeks)
    with_fixes = layers_of_kind(TRACK_POINTS.id, vectors)
    track_lines = layers_of_kind(TRACK_LINE.id, vectors)
    lo, hi = math.inf, -math.inf
    for layer in with_fixes or track_lines or vectors:
        lower = {n.lower(): n for n in layer.fields().names()}
        for start, end in TIME_FIELDS:
            if start not in lower:
                continue
            i_start = layer.fields().indexOf(lower[start])
            i_end = layer.fields().indexOf(lower[end]) if end and end in lower else i_start
            for value in (layer.minimumValue(i_start), layer.maximumValue(i_start),
                          layer.minimumValue(i_end), layer.maximumValue(i_end)):
                t = epoch_from_qvariant(value)
                if math.isfinite(t):
                    lo, hi = min(lo, t), max(hi, t)
    return (lo, hi) if math.isfinite(lo) else None


def format_span(span: tuple[float, float] | None) -> str:
    """'2023-02-02 10:00 to 2023-02-02 22:30 UTC' ('' when unknown)."""
    if span is None:
        return ""
    a, b = (QDateTime.fromMSecsSinceEpoch(int(round(t * 1000)), Qt.TimeSpec.UTC).toString("yyyy-MM-dd HH:mm")
            for t in span)
    return tr("{} to {} UTC").format(a, b)


def _source_name(layer: QgsMapLayer) -> str:
    provider = layer.providerType()
    if provider == "memory":
        return tr("memory layer")
    try:
        parts = QgsProviderRegistry.instance().decodeUri(provider, layer.source())
    except Exception:  # noqa: BLE001 - an unusual provider must not stop the briefing
        parts = {}
    path = parts.get("path") if isinstance(parts, dict) else None
    return os.path.basename(path) if path else provider


def sources_text(layers, crs: QgsCoordinateReferenceSystem, wgs_area: QgsRectangle | None = None) -> str:
    """'Data: name (source); ...' then the map projection."""
    data = "; ".join("{} ({})".format(layer.name(), _source_name(layer)) for layer in layers)
    if crs.authid():
        proj = crs.userFriendlyIdentifier()
    elif wgs_area is not None:
        c = wgs_area.center()
        proj = tr("azimuthal equidistant on WGS 84 centred on {:.2f}°{} {:.2f}°{}").format(
            abs(c.y()), "N" if c.y() >= 0 else "S", abs(c.x()), "E" if c.x() >= 0 else "W")
    else:
        proj = crs.toProj()
    made = tr("Made with {} {}").format(plugin_name(), plugin_version())
    return tr("Data: {}").format(data) + "\n" + tr("Map projection: {}").format(proj) + "\n" + made


# ---------------------------------------------------------------------------------------------- export


def export(layout: QgsPrintLayout, path: str, dpi: int = 300, feedback=None) -> str:
    """Export ``layout`` to ``path`` (.pdf, .png or .svg); returns ``path``.

    Atlas layouts give one PDF with a page per feature, or one image per page: ``path`` for the first and
    ``<name>_2.png``... for the next ones (the QGIS naming). Written atomically: nothing is left on failure.
    """
    path = os.path.abspath(os.fspath(path))
    ext = os.path.splitext(path)[1].lower()
    if ext not in FORMATS:
        raise InputError(tr("the output must end in .pdf, .png or .svg"), path)
    if not DPI_RANGE[0] <= int(dpi) <= DPI_RANGE[1]:
        raise InputError(tr("the resolution must be between {} and {} dpi").format(*DPI_RANGE), path)
    folder = os.path.dirname(path)
    if not os.path.isdir(folder):
        raise InputError(tr("the output folder does not exist"), folder)
    if os.path.isdir(path):
        raise InputError(tr("the output path is a folder, not a file"), path)
    try:
        work = tempfile.mkdtemp(prefix=".balloon_watch_export_", dir=folder)
    except OSError as exc:
        raise InputError(tr("cannot write in the output folder ({})").format(exc.strerror or exc), folder) from None
    try:
        with _dense_layers_as_images(layout, ext != ".png"):
            produced = _export_into(layout, work, ext, int(dpi), feedback)
        check(feedback)
        if not produced:
            raise BalloonWatchError(tr("the export produced no file"))
        stem = os.path.splitext(path)[0]
        targets = [path] + ["{}_{}{}".format(stem, i + 1, ext) for i in range(1, len(produced))]
        for src, dst in zip(produced, targets):
            os.replace(src, dst)
    except OSError as exc:
        raise InputError(tr("the export could not be written ({})").format(exc.strerror or exc), path) from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return path


@contextmanager
def _dense_layers_as_images(layout: QgsPrintLayout, active: bool) -> Iterator[list]:
    """Draw very dense vector layers as an image at the export resolution while exporting, then restore.

    100 000 track fixes drawn as vector markers make a PDF of ~16 MB that viewers are slow to open; as an image at
    the export resolution they look the same on paper. Only the renderer's 'force raster' flag is touched, and
    only for the duration of the export.
    """
    changed = []
    if active:
        seen = set()
        for item in layout.items():
            if not isinstance(item, QgsLayoutItemMap):
                continue
            for layer in item.layersToRender():
                if (isinstance(layer, QgsVectorLayer) and layer.id() not in seen and layer.renderer() is not None
                        and layer.featureCount() > DENSE_FEATURES and not layer.renderer().forceRasterRender()):
                    seen.add(layer.id())
                    layer.renderer().setForceRasterRender(True)
                    changed.append(layer)
    try:
        yield changed
    finally:
        for layer in changed:
            if layer.renderer() is not None:
                layer.renderer().setForceRasterRender(False)


def _export_into(layout: QgsPrintLayout, work: str, ext: str, dpi: int, feedback) -> list[str]:
    """Export into the folder ``work``; returns the files written, in page order."""
    qfeedback = feedback if isinstance(feedback, QgsFeedback) else None
    layout.renderContext().setDpi(dpi)
    atlas = layout.atlas()
    use_atlas = atlas.enabled() and atlas.coverageLayer() is not None
    if ext == ".pdf":
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = dpi
        settings.simplifyGeometries = True
        settings.rasterizeWholeImage = False
        settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText  # searchable, and smaller
        target = os.path.join(work, "briefing.pdf")
        if use_atlas:
            result, error = QgsLayoutExporter.exportToPdf(atlas, target, settings, qfeedback)
        else:
            result, error = QgsLayoutExporter(layout).exportToPdf(target, settings), ""
        _raise_on(result, error)
        return [target]
    pages: list[str] = []
    if use_atlas:
        if not atlas.beginRender():
            raise BalloonWatchError(tr("the atlas could not be prepared"))
        try:
            for i in range(atlas.count()):
                check(feedback, 100.0 * i / max(atlas.count(), 1))
                if not atlas.seekTo(i):
                    raise BalloonWatchError(tr("the atlas could not go to feature {}").format(i + 1))
                pages.extend(_export_pages(layout, os.path.join(work, "p{:05d}".format(i)), ext, dpi))
        finally:
            atlas.endRender()
    else:
        check(feedback)
        pages = _export_pages(layout, os.path.join(work, "p"), ext, dpi)
    return pages


def _export_pages(layout: QgsPrintLayout, base: str, ext: str, dpi: int) -> list[str]:
    exporter = QgsLayoutExporter(layout)
    target = base + ext
    if ext == ".png":
        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = dpi
        settings.exportMetadata = False  # GDAL cannot update PNG metadata in place (it only logs an error)
        result = exporter.exportToImage(target, settings)
    else:
        settings = QgsLayoutExporter.SvgExportSettings()
        settings.dpi = dpi
        settings.simplifyGeometries = True
        settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
        result = exporter.exportToSvg(target, settings)
    _raise_on(result, exporter.errorMessage() if hasattr(exporter, "errorMessage") else "")
    # QGIS names page n > 1 '<base>_<n><ext>'; pages that are not exported (empty) are skipped
    count = layout.pageCollection().pageCount()
    names = [target] + ["{}_{}{}".format(base, n, ext) for n in range(2, count + 1)]
    return [name for name in names if os.path.exists(name)]


def _raise_on(result, error: str = "") -> None:
    if result == QgsLayoutExporter.ExportResult.Success:
        return
    if result == QgsLayoutExporter.ExportResult.Canceled:
        raise Cancelled()
    failed = QgsLayoutExporter.ExportResult
    reasons = {
        failed.FileError: tr("the file could not be written"),
        failed.MemoryError: tr("not enough memory for this page size and resolution (lower the DPI)"),
        failed.PrintError: tr("the PDF could not be produced"),
        failed.SvgLayerError: tr("the SVG layers could not be produced"),
        failed.IteratorError: tr("the atlas could not be iterated"),
    }
    reason = reasons.get(result, tr("the export failed"))
    raise BalloonWatchError(tr("Export failed: {}.").format(reason + (" ({})".format(error) if error else "")))
