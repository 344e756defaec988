"""The legend lists what the map draws: the layers, and each layer's classes, with a feature in the map's extent.

QGIS's own "filter legend by map content" is not used: from QGIS 3.32 on it tests features against the map's
four corners transformed into the layer's CRS, which for a continental azimuthal map (the 2023 track: Aleutians to
South Carolina) is a twisted quadrilateral in longitude/latitude that holds none of the track, and the legend came
out empty on QGIS 3.44. Here a feature counts when its geometry, in the map's CRS, meets the map's rectangle; the
layer CRS only gives a superset to read (a densified bounding box, widened to a pole the map shows).
"""

from __future__ import annotations

import logging
import math

from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsGeometry,
    QgsLayerTreeModelLegendNode,
    QgsLayoutItemMap,
    QgsMapLayerLegendUtils,
    QgsPointXY,
    QgsRectangle,
    QgsRenderContext,
    QgsVectorLayer,
)

from ..definitions import PLUGIN_SLUG

LOG = logging.getLogger(f"{PLUGIN_SLUG}.layout")

RULE_KEY = QgsLayerTreeModelLegendNode.LegendNodeRoles.RuleKeyRole


def page_extent(main: QgsLayoutItemMap, extent: QgsRectangle | None = None) -> QgsRectangle:
    """What the map shows for ``extent`` (an atlas page's rectangle; the map's own if None): the rectangle grown
    to the map item's aspect ratio around its centre."""
    if extent is None:
        return QgsRectangle(main.extent())
    rect = main.rect()
    if rect.width() <= 0 or rect.height() <= 0:
        return QgsRectangle(extent)
    ratio = rect.width() / rect.height()
    width = max(extent.width(), extent.height() * ratio)
    height = width / ratio
    c = extent.center()
    return QgsRectangle(c.x() - width / 2, c.y() - height / 2, c.x() + width / 2, c.y() + height / 2)


def _read_box(layer: QgsVectorLayer, area: QgsRectangle, map_crs, context, steps: int = 24) -> QgsRectangle | None:
    """A box in the layer's CRS that holds every feature that can meet ``area`` (None: read everything).

    Sampled on a grid over the map's rectangle, not QgsCoordinateTransform.transformBoundingBox: on QGIS 3.44 that
    gives, for a continental azimuthal map, a box of the wrong half of the globe."""
    if not map_crs.isValid() or not layer.crs().isValid() or map_crs == layer.crs():
        return QgsRectangle(area)
    to_layer = QgsCoordinateTransform(map_crs, layer.crs(), context)
    xs, ys = [], []
    for i in range(steps + 1):
        for j in range(steps + 1):
            x = area.xMinimum() + area.width() * i / steps
            y = area.yMinimum() + area.height() * j / steps
            try:
                p = to_layer.transform(QgsPointXY(x, y))
            except QgsCsException:
                continue
            if math.isfinite(p.x()) and math.isfinite(p.y()):
                xs.append(p.x())
                ys.append(p.y())
    if len(xs) < (steps + 1) ** 2:  # part of the map is outside the layer CRS's domain: read everything
        return None
    pad_x = (max(xs) - min(xs)) / steps + 1e-9
    pad_y = (max(ys) - min(ys)) / steps + 1e-9
    box = QgsRectangle(min(xs) - pad_x, min(ys) - pad_y, max(xs) + pad_x, max(ys) + pad_y)
    if layer.crs().isGeographic():
        to_map = QgsCoordinateTransform(layer.crs(), map_crs, context)
        south, north = max(box.yMinimum(), -90.0), min(box.yMaximum(), 90.0)
        for lat in (90.0, -90.0):  # a pole inside the map: every longitude near it
            try:
                pole = to_map.transform(QgsPointXY(0.0, lat))
            except QgsCsException:
                continue
            if area.contains(pole):
                south, north = min(south, lat), max(north, lat)
                box = QgsRectangle(-180.0, south, 180.0, north)
        if box.width() > 180.0:  # across the antimeridian, the samples wrap: read every longitude
            box = QgsRectangle(-180.0, south, 180.0, north)
        box = QgsRectangle(max(box.xMinimum(), -180.0), south, min(box.xMaximum(), 180.0), north)
    return box


def legend_keys_in_view(layer: QgsVectorLayer, area: QgsRectangle, map_crs, context, scale: float = 0.0) -> set:
    """The legend keys (renderer classes) of ``layer`` that have a feature meeting ``area`` (in ``map_crs``)."""
    renderer = layer.renderer()
    if renderer is None:
        return set()
    renderer = renderer.clone()
    wanted = {entry.ruleKey() for entry in renderer.legendSymbolItems() if entry.ruleKey()}
    render_context = QgsRenderContext()
    render_context.setRendererScale(scale)
    render_context.expressionContext().appendScope(layer.createExpressionContextScope())
    renderer.startRender(render_context, layer.fields())
    found: set = set()
    try:
        request = QgsFeatureRequest()
        box = _read_box(layer, area, map_crs, context)
        if box is not None:
            request.setFilterRect(box)
        same = not map_crs.isValid() or map_crs == layer.crs()
        to_map = None if same else QgsCoordinateTransform(layer.crs(), map_crs, context)
        target = QgsGeometry.fromRect(area)
        for feature in layer.getFeatures(request):
            if not feature.hasGeometry():
                continue
            geometry = QgsGeometry(feature.geometry())
            if to_map is not None:
                try:
                    geometry.transform(to_map)
                except QgsCsException:
                    continue
            if not geometry.intersects(target):
                continue
            render_context.expressionContext().setFeature(feature)
            found |= set(renderer.legendKeysForFeature(feature, render_context))
            if wanted and found >= wanted:
                break
    finally:
        renderer.stopRender(render_context)
    return found


def show_only_drawn(legend, main: QgsLayoutItemMap, layers, area: QgsRectangle | None = None) -> list:
    """Rebuild the legend's layers: those with a feature in ``area`` (the map's extent if None), each with only
    the classes that have one; a layer we cannot test (a raster) is kept whole. Returns the layers listed."""
    area = page_extent(main, area)
    context = main.layout().project().transformContext() if main.layout() is not None else None
    map_crs = main.crs()
    model = legend.model()
    root = model.rootGroup()
    root.removeAllChildren()
    shown = []
    for layer in layers:
        keys = None
        if isinstance(layer, QgsVectorLayer):
            try:
                keys = legend_keys_in_view(layer, area, map_crs, context, main.scale())
            except Exception:  # noqa: BLE001 - a legend must not stop a briefing: keep the layer whole, say so
                LOG.warning("legend: could not test %s against the map extent; listed whole", layer.name(),
                            exc_info=True)
                keys = None
            if keys is not None and not keys:
                continue
        node = root.addLayer(layer)
        if keys is not None:
            originals = model.layerOriginalLegendNodes(node)
            order = [i for i, legend_node in enumerate(originals)
                     if not legend_node.data(RULE_KEY) or legend_node.data(RULE_KEY) in keys]
            QgsMapLayerLegendUtils.setLegendNodeOrder(node, order)
            model.refreshLayerLegend(node)
        shown.append(layer)
    return shown
