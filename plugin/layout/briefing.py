"""The incident briefing: a print layout built from ``resources/layouts/briefing.qpt``, and its safe export.

The template holds the look (an organisation can restyle it in the layout designer and save it over the file);
this package only fills the items it finds by id. Page 1 (one per atlas feature): ``main_map``, ``overview_map``,
``legend``, ``scalebar_km``, ``scalebar_nm``, ``north_arrow``, ``title``, ``subtitle``, ``date``, ``sources``,
``event_note``, ``banner_top``/``banner_bottom``. Page 2 (with the first atlas feature only): ``profile`` (a
picture), ``events_table``, ``closures_table``, ``forecast_table`` (attribute table frames) with their
``*_heading`` labels, ``details_title`` and ``banner_top_2``/``banner_bottom_2``. An item removed from the
template is simply not filled.

The map shows the incident, the track and its events found by kind (``qgis_io.project``), not every layer: a
catalogue of sites would zoom it out to a continent. Its projection is the project's when the analyst chose a
projected CRS, else an azimuthal equidistant centred on the incident; a track across the antimeridian stays small.
Without a user atlas, the layout is an atlas of the incident page then one page per violated closure and per
approach (``pages.py``).
"""

from __future__ import annotations

import logging
from typing import Iterable

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsMapLayer,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime
from qgis.PyQt.QtXml import QDomDocument

from ..core.errors import BalloonWatchError, InputError
from ..definitions import PLUGIN_SLUG, resources_path
from ..qgis_io import project as incident
from ..qgis_io.basemap import ensure_basemap, is_basemap
from ..qgis_io.convert import WGS84
from ..toolbelt.i18n import tr
from . import items, pages, profile, tables, texts
from .export import DPI_RANGE, FORMATS, export  # noqa: F401 - the package's public API
from .texts import format_span, sources_text, time_span  # noqa: F401 - the package's public API

LOG = logging.getLogger(f"{PLUGIN_SLUG}.layout")

MARGIN = incident.MARGIN
NORTH_ARROW_SVGS = items.NORTH_ARROW_SVGS
BANNERS = ("banner_top", "banner_bottom", "banner_top_2", "banner_bottom_2")


def template_path() -> str:
    """The briefing template shipped with the plugin."""
    return resources_path("layouts", "briefing.qpt")


def build_layout(project: QgsProject, layers: Iterable[QgsMapLayer], title: str, subtitle: str = "",
                 extent: QgsRectangle | None = None, banner: str = "", atlas_layer: QgsVectorLayer | None = None,
                 feedback=None, event_pages: bool = True) -> QgsPrintLayout:
    """Build the briefing layout, add it to the project's layout manager (replacing one with the same name).

    ``extent``: a QgsReferencedRectangle, or a QgsRectangle in the project CRS (EPSG:4326 if the project has
    none); None for the incident (track and events) plus 10 % on each side. ``banner``: the handling caveat ('' for
    none: the algorithm's parameter takes its default from the settings). ``atlas_layer``: one page per feature
    of that layer instead of the event pages. ``event_pages``: False for the incident page alone. ``feedback``
    receives warnings (e.g. a clamped extent).
    """
    project = project or QgsProject.instance()
    layers = [lyr for lyr in (layers or []) if lyr is not None and lyr.isValid() and not is_basemap(lyr)]
    if not layers:
        raise InputError(tr("no layers to show: choose at least one valid layer for the briefing"))
    title = (title or "").strip() or tr("Balloon briefing")
    banner = banner or ""
    if atlas_layer is not None:
        if not isinstance(atlas_layer, QgsVectorLayer) or not atlas_layer.isValid():
            raise InputError(tr("the atlas layer is not a valid vector layer"))
        if atlas_layer.featureCount() == 0:
            raise InputError(tr("the atlas layer has no features: there would be no page"), atlas_layer.name())

    map_crs, map_extent = _map_area(project, layers, extent, feedback)
    basemap = ensure_basemap(project)
    layout = _load_template(project)
    layout.setName(title)
    ordered = sorted(layers, key=items.draw_rank)  # points above lines above polygons above rasters
    main = items.item(layout, "main_map", QgsLayoutItemMap)
    if main is None:
        raise BalloonWatchError(tr("the briefing template has no map item with the id 'main_map'"))
    items.fill_maps(layout, main, ordered, basemap, map_crs, map_extent)
    items.fill_legend(layout, main, ordered)
    if not items.fill_scalebars(layout, main):
        _warn(feedback, tr("The map is too wide for one scale: the scale bars are left out."))
    items.fill_north_arrow(layout)
    texts.set_text(layout, "title", title)
    items.fit_label_font(items.item(layout, "title", QgsLayoutItemLabel))
    sub_parts = [p for p in ((subtitle or "").strip(), texts.periods_text(layers)) if p]
    if items.item(layout, "subtitle", QgsLayoutItemLabel) is not None:
        texts.set_text(layout, "subtitle", " \u00b7 ".join(sub_parts))
    elif sub_parts:
        texts.set_text(layout, "title", title + "\n" + " \u00b7 ".join(sub_parts))
    for item_id in BANNERS:
        texts.set_text(layout, item_id, banner)
    texts.set_text(layout, "details_title", tr("{}: altitude profile and events").format(title))
    texts.set_text(layout, "sources", texts.sources_text(layers, map_crs))
    produced = QDateTime.currentDateTimeUtc().toString("yyyy-MM-dd HH:mm")
    texts.set_text(layout, "date", tr("Produced {} UTC").format(produced))
    facts = texts.key_facts(layers)
    texts.set_text(layout, "event_note", facts)
    tables.fill_tables(layout, layers)
    profile.fill_profile(layout, layers)
    if atlas_layer is not None:
        _set_atlas(layout, main, atlas_layer, produced, margin=0.25)
    elif event_pages:
        coverage = pages.event_pages(project, layers, map_crs, main.extent(), facts)
        if coverage.featureCount() > 1:
            coverage.setParent(layout)  # owned by the layout: lives as long as it, never in the layer tree
            _set_atlas(layout, main, coverage, produced, margin=0.0)
            items.follow_atlas(layout, main, ordered)
            texts.set_text(layout, "event_note", '[% "note" %]')

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


def _warn(feedback, message: str) -> None:
    LOG.warning("%s", message)
    if feedback is not None and hasattr(feedback, "pushWarning"):
        feedback.pushWarning(message)


# ---------------------------------------------------------------------------------------------- extent & CRS


def _map_area(project, layers, extent, feedback) -> tuple[QgsCoordinateReferenceSystem, QgsRectangle]:
    """The map CRS and extent: the given extent, else the incident, else every layer (10 % margin)."""
    if extent is not None:
        area = _given_area(project, extent, feedback)
        crs = _map_crs(project, area)
        if area.xMaximum() > 180.0:
            return crs, incident.sampled_extent(project, area, crs)
        return crs, incident.transform_rect(project, area, WGS84, crs)
    shown = incident.incident_layers(layers) or layers
    area = incident.data_area(project, shown)
    if area is None:
        raise InputError(tr("the layers have no features to show and no extent was given"))
    crs = _map_crs(project, area)
    return crs, incident.extent_in(project, shown, area, crs)


def _map_crs(project, area: QgsRectangle) -> QgsCoordinateReferenceSystem:
    crs = project.crs()
    if crs.isValid() and not crs.isGeographic() and crs.authid():
        return crs  # the analyst's projected CRS
    return incident.incident_crs(area)


def _given_area(project, extent, feedback) -> QgsRectangle:
    """A given extent in WGS 84, clamped to the world (with a warning) when wider."""
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
        area = incident.transform_rect(project, rect, src, WGS84)
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


# ---------------------------------------------------------------------------------------------- atlas


def _set_atlas(layout, main: QgsLayoutItemMap, coverage: QgsVectorLayer, produced: str, margin: float) -> None:
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    names = coverage.fields().names()
    name_field = next((f for f in ("page", "name", "site_name", "ident", "designator") if f in names), None)
    atlas.setPageNameExpression('"{}"'.format(name_field) if name_field else "@atlas_featurenumber")
    atlas.setEnabled(True)
    main.setAtlasDriven(True)
    main.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)  # points keep the scale and are centred
    main.setAtlasMargin(margin)
    page = tr("page {} of {}: {}").format("[% @atlas_featurenumber %]", "[% @atlas_totalfeatures %]",
                                          "[% @atlas_pagename %]")
    texts.set_text(layout, "date", tr("Produced {} UTC").format(produced) + "\n" + page)
