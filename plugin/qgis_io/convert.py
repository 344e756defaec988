"""Convert between QGIS features/layers and the core model (Track, Site, Airspace, geometry lists)."""

from __future__ import annotations

import math

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsGeometry,
    QgsLineString,
    QgsMultiLineString,
    QgsMultiPolygon,
    QgsPoint,
    QgsPointXY,
    QgsPolygon,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

from ..core.errors import InputError
from ..core.feedback import check
from ..core.kinds import AIRSPACE
from ..core.model import Airspace, MultiPolygon, Track
from ..core.sites import Site, site_name

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def to_wgs84_transform(source, transform_context: QgsCoordinateTransformContext | None,
                       ) -> QgsCoordinateTransform | None:
    """Transform from the source CRS to EPSG:4326, None when not needed. A source without CRS is refused.

    ``transform_context``: the run's (``QgsProcessingContext.transformContext()``), so that the result depends
    on the run's context only; None for the default datum transformations."""
    crs = source.sourceCrs()
    if not crs.isValid():
        raise InputError("the layer has no coordinate reference system; set one in its properties",
                         source.sourceName())
    if crs == WGS84:
        return None
    return QgsCoordinateTransform(crs, WGS84, transform_context or QgsCoordinateTransformContext())


def epoch_from_qvariant(value) -> float:
    """QDateTime/QDate/str/number -> epoch seconds UTC (NaN when null or unreadable)."""
    if value is None:
        return math.nan
    if isinstance(value, QDateTime):
        if not value.isValid():
            return math.nan
        if value.timeSpec() == Qt.TimeSpec.LocalTime:
            value = QDateTime(value.date(), value.time(), Qt.TimeSpec.UTC)  # naive values in our layers are UTC
        return value.toMSecsSinceEpoch() / 1000.0
    if isinstance(value, QDate):
        if not value.isValid():
            return math.nan
        return QDateTime(value, QTime(0, 0), Qt.TimeSpec.UTC).toMSecsSinceEpoch() / 1000.0
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip()
    if not text or text.upper() == "NULL":
        return math.nan
    dt = QDateTime.fromString(text.replace("Z", "+00:00") if text.endswith("Z") else text, Qt.DateFormat.ISODateWithMs)
    if not dt.isValid():
        return math.nan
    if dt.timeSpec() == Qt.TimeSpec.LocalTime:
        dt.setTimeSpec(Qt.TimeSpec.UTC)
    return dt.toMSecsSinceEpoch() / 1000.0


def qdatetime(epoch: float | None) -> QDateTime | None:
    """Epoch seconds -> UTC QDateTime (None for NaN/None)."""
    if epoch is None or (isinstance(epoch, float) and math.isnan(epoch)):
        return None
    return QDateTime.fromMSecsSinceEpoch(int(round(epoch * 1000.0)), Qt.TimeSpec.UTC)


def tracks_from_source(source, feedback=None, time_field: str = "time", alt_field: str = "alt_m",
                       id_field: str = "track_id", transform_context: QgsCoordinateTransformContext | None = None,
                       ) -> tuple[list[Track], list[str]]:
    """Read a point layer/source (as importtrack writes it) into Tracks, grouped by ``id_field``.

    Returns the tracks and notes (e.g. "no time field: time results will be NULL").
    """
    names = source.fields().names()
    notes: list[str] = []
    has_time, has_alt, has_id = time_field in names, alt_field in names, id_field in names
    if not has_time:
        notes.append(f"The track layer has no '{time_field}' field: time results are NULL.")
    if not has_alt:
        notes.append(f"The track layer has no '{alt_field}' field: altitude results are NULL.")
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PointGeometry:
        raise InputError("the track layer must be a point layer (one feature per fix)", source.sourceName())
    xform = to_wgs84_transform(source, transform_context)
    groups: dict[str, list] = {}
    total = max(source.featureCount(), 1)
    request = QgsFeatureRequest()
    for i, feat in enumerate(source.getFeatures(request)):
        if i % 5000 == 0:
            check(feedback, 100.0 * i / total * 0.3)
        geom = feat.geometry()
        if geom is None or geom.isNull() or geom.isEmpty():
            continue
        pt = geom.constGet()
        if QgsWkbTypes.isMultiType(geom.wkbType()):
            pt = pt.geometryN(0)
        x, y = pt.x(), pt.y()
        if xform is not None:
            p = xform.transform(QgsPointXY(x, y))
            x, y = p.x(), p.y()
        t = epoch_from_qvariant(feat[time_field]) if has_time else math.nan
        alt = math.nan
        if has_alt and feat[alt_field] is not None:
            try:
                alt = float(feat[alt_field])
            except (TypeError, ValueError):
                alt = math.nan
        elif not has_alt and pt.is3D():
            alt = pt.z()
        tid = str(feat[id_field]) if has_id and feat[id_field] is not None else "track"
        groups.setdefault(tid, []).append((t, x, y, alt))
    tracks = []
    for tid, rows in groups.items():
        arr = np.array(rows, dtype=float)
        if np.isfinite(arr[:, 0]).all():
            arr = arr[np.argsort(arr[:, 0], kind="stable")]
        tracks.append(Track(tid, arr[:, 1], arr[:, 2], arr[:, 0], arr[:, 3], source=source.sourceName()))
    if not tracks:
        raise InputError("the track layer has no point features", source.sourceName())
    return tracks, notes


def _ring_coords(ring) -> list[tuple[float, float]]:
    return [(p.x(), p.y()) for p in ring.points()] if hasattr(ring, "points") else [(p.x(), p.y()) for p in ring]


def sites_from_source(source, name_field: str | None = None, feedback=None,
                      transform_context: QgsCoordinateTransformContext | None = None) -> tuple[list[Site], list[str]]:
    """Sites from any point/line/polygon source; empty/invalid geometries skipped with a note."""
    xform = to_wgs84_transform(source, transform_context)
    sites: list[Site] = []
    notes: list[str] = []
    skipped = 0
    for feat in source.getFeatures():
        geom = QgsGeometry(feat.geometry())
        if geom.isNull() or geom.isEmpty():
            skipped += 1
            continue
        if xform is not None:
            geom.transform(xform)
        name = site_name(feat[name_field] if name_field and name_field in feat.fields().names() else None, feat.id())
        gtype = QgsWkbTypes.geometryType(geom.wkbType())
        parts = geom.asGeometryCollection() if geom.isMultipart() else [geom]
        for k, part in enumerate(parts):
            sid = f"{feat.id()}" if len(parts) == 1 else f"{feat.id()}.{k}"
            if gtype == QgsWkbTypes.GeometryType.PointGeometry:
                p = part.asPoint()
                sites.append(Site(sid, name, "point", (p.x(), p.y())))
            elif gtype == QgsWkbTypes.GeometryType.LineGeometry:
                sites.append(Site(sid, name, "line", [(p.x(), p.y()) for p in part.asPolyline()]))
            elif gtype == QgsWkbTypes.GeometryType.PolygonGeometry:
                rings = part.asPolygon()
                if not rings:
                    skipped += 1
                    continue
                sites.append(Site(sid, name, "polygon", [[(p.x(), p.y()) for p in r] for r in rings]))
    if skipped:
        notes.append(f"{skipped} site feature(s) with empty or invalid geometry were skipped.")
    if not sites:
        raise InputError("the sites layer has no usable geometry", source.sourceName())
    return sites, notes


def multipolygon_geometry(mp: MultiPolygon) -> QgsGeometry:
    """Core MultiPolygon -> QgsGeometry (MultiPolygon, EPSG:4326)."""
    multi = QgsMultiPolygon()
    for poly in mp:
        if not poly or len(poly[0]) < 4:
            continue
        qpoly = QgsPolygon()
        qpoly.setExteriorRing(QgsLineString([QgsPoint(x, y) for x, y in poly[0]]))
        for hole in poly[1:]:
            qpoly.addInteriorRing(QgsLineString([QgsPoint(x, y) for x, y in hole]))
        multi.addGeometry(qpoly)
    return QgsGeometry(multi)


def repaired_geometry(mp: MultiPolygon) -> tuple[QgsGeometry, str]:
    """Core MultiPolygon -> valid QgsGeometry: each invalid part (an outline crossing itself...) repaired with
    ``QgsGeometry.makeValid()`` and kept, never dropped; the polygonal pieces of the repair are kept (lines and
    points a repair may leave are not areas). Returns the geometry and what was done ('' when nothing)."""
    multi = QgsMultiPolygon()
    done = []
    for k, poly in enumerate(mp, start=1):
        part = multipolygon_geometry([poly])
        if part.isEmpty():
            continue
        if not part.isGeosValid():
            fixed = part.makeValid()
            polys = [] if fixed.isNull() else [
                single for g in fixed.asGeometryCollection()
                if QgsWkbTypes.geometryType(g.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
                for single in g.asGeometryCollection()]
            for single in polys:
                multi.addGeometry(single.constGet().clone())
            done.append(f"part {k} made valid into {len(polys)} polygon(s)")
            continue
        for single in part.asGeometryCollection():
            multi.addGeometry(single.constGet().clone())
    return QgsGeometry(multi), "; ".join(done)


def geometry_multipolygon(geom: QgsGeometry) -> MultiPolygon:
    """QgsGeometry (polygon/multipolygon, EPSG:4326) -> core MultiPolygon."""
    out: MultiPolygon = []
    if geom.isNull() or geom.isEmpty():
        return out
    polys = geom.asMultiPolygon() if geom.isMultipart() else [geom.asPolygon()]
    for poly in polys:
        out.append([[(p.x(), p.y()) for p in ring] for ring in poly])
    return out


def multiline_zm(parts: list[tuple]) -> QgsGeometry:
    """Parts of (lon, lat[, alt[, t]]) arrays -> MultiLineStringZM geometry (Z alt, M epoch seconds)."""
    multi = QgsMultiLineString()
    for part in parts:
        lon, lat = part[0], part[1]
        alt = part[2] if len(part) > 2 else np.zeros(len(lon))
        tm = part[3] if len(part) > 3 else np.zeros(len(lon))
        pts = [QgsPoint(float(x), float(y), float(z) if np.isfinite(z) else 0.0, float(m) if np.isfinite(m) else 0.0)
               for x, y, z, m in zip(lon, lat, alt, tm)]
        if len(pts) >= 2:
            multi.addGeometry(QgsLineString(pts))
    return QgsGeometry(multi)


AIRSPACE_FIELDS = list(AIRSPACE.names)


def airspaces_from_source(source, feedback=None,
                          transform_context: QgsCoordinateTransformContext | None = None) -> list[Airspace]:
    """Airspace polygons as importairspace writes them (missing fields: SFC-UNL, always active)."""
    names = set(source.fields().names())
    xform = to_wgs84_transform(source, transform_context)
    out = []

    def val(f, key, default=None):
        if key not in names:
            return default
        v = f[key]
        return default if v is None or str(v) == "NULL" else v

    for feat in source.getFeatures():
        geom = QgsGeometry(feat.geometry())
        if geom.isNull() or geom.isEmpty():
            continue
        if xform is not None:
            geom.transform(xform)
        ceiling = val(feat, "ceiling_m")
        start = epoch_from_qvariant(val(feat, "start_time"))
        end = epoch_from_qvariant(val(feat, "end_time"))
        out.append(Airspace(
            ident=str(val(feat, "ident", feat.id())), name=str(val(feat, "name", "")), kind=str(val(feat, "kind", "")),
            geometry=geometry_multipolygon(geom),
            floor_m=float(val(feat, "floor_m", 0.0)), floor_ref=str(val(feat, "floor_ref", "SFC")),
            ceiling_m=float(ceiling) if ceiling is not None else math.inf,
            ceiling_ref=str(val(feat, "ceiling_ref", "UNL")),
            start_time=None if math.isnan(start) else start, end_time=None if math.isnan(end) else end,
            schedule=str(val(feat, "schedule", "")), source=str(val(feat, "source", "")),
            notes=str(val(feat, "notes", "")), text=str(val(feat, "text", "")),
            airspace_class=str(val(feat, "class", "")), airspace_type=str(val(feat, "type", "")),
            repair=str(val(feat, "repair", "")), limits=str(val(feat, "limits", "")),
        ))
    if not out:
        raise InputError("the airspace layer has no polygons", source.sourceName())
    return out
