"""The briefing's pages as an atlas: the incident first, then one page per violated closure and one per approach
inside the alert radius, each zoomed to its event.

The coverage is a memory layer owned by the layout (not added to the project): one rectangle per page, in the map
CRS, that is exactly the extent the page shows, with the page's name and the note printed on it.
"""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)

from ..core.kinds import APPROACH_PARTS, APPROACHES, CLOSURE_EVENTS, CLOSURES_FLAGGED
from ..qgis_io.compat import FieldType
from ..qgis_io.convert import epoch_from_qvariant
from ..qgis_io.kinds import layers_of_kind
from ..qgis_io.project import grow
from ..toolbelt.i18n import tr
from .tables import TABLE_ROWS
from .texts import altitude_words, distance_words, utc, value

EVENT_MARGIN = 0.35
MIN_EVENT_SIZE_M = 40_000.0  # an event page shows at least 40 km
MAX_EVENT_PAGES = 2 * TABLE_ROWS


def _bbox(project, layer, feature, crs) -> QgsRectangle | None:
    geom = QgsGeometry(feature.geometry())
    if geom.isEmpty():
        return None
    if layer.crs() != crs:
        try:
            geom.transform(QgsCoordinateTransform(layer.crs(), crs, project))
        except Exception:  # noqa: BLE001 - QgsCsException: a feature that cannot be drawn gets no page
            return None
    return geom.boundingBox()


def _page_rect(boxes, min_size: float = MIN_EVENT_SIZE_M) -> QgsRectangle | None:
    boxes = [b for b in boxes if b is not None]
    if not boxes:
        return None
    rect = QgsRectangle(boxes[0])
    for b in boxes[1:]:
        rect.combineExtentWith(b)
    rect = grow(rect, EVENT_MARGIN)
    c = rect.center()
    half_w, half_h = max(rect.width(), min_size) / 2, max(rect.height(), min_size) / 2
    return QgsRectangle(c.x() - half_w, c.y() - half_h, c.x() + half_w, c.y() + half_h)


def _closure_pages(project, layers, crs) -> list[tuple[str, str, QgsRectangle]]:
    pages = []
    passages = layers_of_kind(CLOSURE_EVENTS.id, layers)
    for layer in layers_of_kind(CLOSURES_FLAGGED.id, layers):
        for f in layer.getFeatures():
            if value(f, "status") != "violated":
                continue
            name = value(f, "name") or value(f, "ident") or "?"
            boxes = [_bbox(project, layer, f, crs)]
            for plyr in passages:
                for p in plyr.getFeatures():
                    if value(p, "violated") and (value(p, "name"), value(p, "ident")) == (
                            value(f, "name"), value(f, "ident")):
                        boxes.append(_bbox(project, plyr, p, crs))
            rect = _page_rect(boxes)
            if rect is None:
                continue
            note = tr("Closure violated: {}\nActive {} to {} UTC\nTrack inside from {} UTC").format(
                name, utc(epoch_from_qvariant(value(f, "start_time"))),
                utc(epoch_from_qvariant(value(f, "end_time"))), utc(epoch_from_qvariant(value(f, "first_entry"))))
            pages.append((tr("Closure: {}").format(name), note, rect))
    return pages


def _approach_pages(project, layers, crs) -> list[tuple[str, str, QgsRectangle]]:
    pages = []
    parts = layers_of_kind(APPROACH_PARTS.id, layers)
    for layer in layers_of_kind(APPROACHES.id, layers):
        feats = sorted(layer.getFeatures(), key=lambda f: value(f, "cpa_m") or 0.0)
        for f in feats:
            site = value(f, "site_name") or value(f, "site_id") or "?"
            boxes = [_bbox(project, layer, f, crs)]
            for plyr in parts:
                for p in plyr.getFeatures():
                    same_pass = abs(epoch_from_qvariant(value(p, "enter_time")) -
                                    epoch_from_qvariant(value(f, "enter_time"))) < 1.0
                    if (value(p, "site_id"), value(p, "track_id")) == (value(f, "site_id"),
                                                                       value(f, "track_id")) and same_pass:
                        boxes.append(_bbox(project, plyr, p, crs))
            cpa = value(f, "cpa_m") or 0.0
            rect = _page_rect(boxes, max(MIN_EVENT_SIZE_M, 4.0 * cpa))
            if rect is None:
                continue
            note = tr("Approach to {}: {}\nat {} UTC, {}\nInside the alert radius {} to {} UTC").format(
                site, distance_words(cpa), utc(epoch_from_qvariant(value(f, "cpa_time"))),
                altitude_words(value(f, "cpa_alt_m")), utc(epoch_from_qvariant(value(f, "enter_time")), "HH:mm"),
                utc(epoch_from_qvariant(value(f, "exit_time")), "HH:mm"))
            pages.append((tr("Approach: {}").format(site), note, rect))
    return pages


def event_pages(project: QgsProject, layers, crs, overview: QgsRectangle, overview_note: str) -> QgsVectorLayer:
    """The atlas coverage: the incident page, then the violated closures, then the approaches (closest first)."""
    layer = QgsVectorLayer("Polygon", "briefing pages", "memory")
    layer.setCrs(crs)
    layer.dataProvider().addAttributes([QgsField("page", FieldType.String), QgsField("note", FieldType.String)])
    layer.updateFields()
    pages = [(tr("Incident"), overview_note, overview)]
    pages += (_closure_pages(project, layers, crs) + _approach_pages(project, layers, crs))[:MAX_EVENT_PAGES]
    feats = []
    for name, note, rect in pages:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPolygonXY([[QgsPointXY(rect.xMinimum(), rect.yMinimum()),
                                                  QgsPointXY(rect.xMaximum(), rect.yMinimum()),
                                                  QgsPointXY(rect.xMaximum(), rect.yMaximum()),
                                                  QgsPointXY(rect.xMinimum(), rect.yMaximum()),
                                                  QgsPointXY(rect.xMinimum(), rect.yMinimum())]]))
        f.setAttributes([name, note])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    layer.updateExtents()
    return layer
