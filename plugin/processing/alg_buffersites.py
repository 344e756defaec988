"""``balloonwatch:buffersites``: geodesic buffers (discs or donut rings) around point, line or polygon sites.

Thin layer over ``core.site_buffers`` (geodesic discs for points in one batch, overlapping pieces for lines and
polygons, the donut rings to draw); the unions and differences are made here with ``QgsGeometry`` (GEOS) and
made valid. Every boundary edge stays within TOLERANCE metres of the true
geodesic distance, buffers crossing +/-180 deg are split there, buffers containing a pole are closed over it,
so the output is valid and draws right in EPSG:4326.
"""

from __future__ import annotations

import math

from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingFeatureSource,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.errors import InputError
from ..core.feedback import SubFeedback, check
from ..core.kinds import SITE_BUFFERS
from ..core.site_buffers import BufferSite, buffer_sites, coordinates_in_range, rings
from ..core.units import check_distance, parse_distances
from ..qgis_io.convert import multipolygon_geometry, to_wgs84_transform
from ..qgis_io.kinds import extended_fields, new_feature
from ..toolbelt.i18n import tr, translated
from .base import BalloonWatchAlgorithm, add_feature, number_parameter

_KINDS = {QgsWkbTypes.GeometryType.PointGeometry: "point", QgsWkbTypes.GeometryType.LineGeometry: "line",
          QgsWkbTypes.GeometryType.PolygonGeometry: "polygon"}


def polygonal(geom: QgsGeometry) -> QgsGeometry:
    """Only the polygon parts of a geometry (makeValid/difference can add stray lines or points), as multi."""
    if geom.isNull() or geom.isEmpty():
        return QgsGeometry()
    polygon = QgsWkbTypes.GeometryType.PolygonGeometry
    if QgsWkbTypes.geometryType(geom.wkbType()) != polygon:
        parts = [g for g in geom.asGeometryCollection()
                 if QgsWkbTypes.geometryType(g.wkbType()) == polygon and not g.isEmpty()]
        if not parts:
            return QgsGeometry()
        geom = QgsGeometry.unaryUnion(parts) if len(parts) > 1 else parts[0]
    geom = QgsGeometry(geom)
    geom.convertToMultiType()
    return geom


def dissolve(pieces: list) -> QgsGeometry:
    """Union of core MultiPolygon pieces (each polygon its own geometry: they overlap), made valid."""
    geoms = [multipolygon_geometry([poly]) for poly in pieces if poly]
    geoms = [g for g in geoms if not g.isEmpty()]
    if not geoms:
        return QgsGeometry()
    union = QgsGeometry.unaryUnion(geoms) if len(geoms) > 1 else geoms[0]
    if not union.isGeosValid():
        union = union.makeValid()
    return polygonal(union)


_WORLD = QgsGeometry.fromRect(QgsRectangle(-180.0, -90.0, 180.0, 90.0))


def point_disc(lon: float, lat: float, mp: list) -> QgsGeometry:
    """A point buffer from its core MultiPolygon. A disc so large that it holds both poles has a boundary
    that encloses neither; the core then returns the small cap around the antipode: take its complement."""
    geom = polygonal(multipolygon_geometry(mp))
    # intersects, not contains: a centre on a pole lies on the disc's closing edge at latitude +-90
    if not geom.isEmpty() and not geom.intersects(QgsGeometry.fromPointXY(QgsPointXY(lon, lat))):
        geom = polygonal(_WORLD.difference(geom))
    return geom


class BufferSitesAlgorithm(BalloonWatchAlgorithm):
    NAME, GROUP_ID = "buffersites", "sites"
    HELP = QT_TRANSLATE_NOOP(
        "@default", "Draws geodesic buffers (true distances on the WGS 84 ellipsoid, not planar circles) around every "
        "site of a point, line or polygon layer, at one or more distances.\n\n"
        "<b>Distances</b>: comma-separated metres, e.g. 25000,50000,100000 (a 'km' suffix per value is accepted). "
        "Zero, negative values or values above 20,000 km are refused.\n"
        "<b>Distance field</b> (optional): a per-site radius in metres; it replaces the distances for that site. Sites "
        "whose field is empty use the distances above; sites whose value is not a usable distance are skipped with a "
        "warning.\n"
        "<b>Tolerance</b>: every edge of the output stays within this many metres of the true buffer distance (default "
        "1 m).\n"
        "<b>Donuts</b>: rings between successive distances instead of full discs.\n\n"
        "Output: polygons in EPSG:4326 with the site's fields plus ring_m (the outer distance). Buffers crossing the "
        "antimeridian are split there; buffers containing a pole are closed over it. Buffers of lines passing within "
        "the distance of a pole are not supported: those sites are skipped with a warning.")
    DISPLAY = QT_TRANSLATE_NOOP("@default", "Buffer sites (geodesic)")

    DISTANCES = "DISTANCES"
    DISTANCE_FIELD = "DISTANCE_FIELD"
    TOLERANCE = "TOLERANCE"
    DONUTS = "DONUTS"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Sites (points, lines or polygons)"), [QgsProcessing.SourceType.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterString(
            self.DISTANCES, tr("Buffer distances in metres, comma-separated"), defaultValue="25000,50000,100000",
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.DISTANCE_FIELD, tr("Per-site distance field (metres)"), parentLayerParameterName=self.INPUT,
            type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(number_parameter(self.TOLERANCE, tr("Tolerance (metres)"), 1.0, minValue=0.01))
        self.addParameter(QgsProcessingParameterBoolean(
            self.DONUTS, tr("Rings between successive distances (donuts)"), defaultValue=False))
        self.add_sink(self.OUTPUT, tr("Site buffers"), SITE_BUFFERS)

    def compute(self, parameters, context, feedback) -> dict:
        source = self.source(parameters, self.INPUT, context)
        distances = parse_distances(self.parameterAsString(parameters, self.DISTANCES, context), "m",
                                    self.DISTANCES, allow_empty=True)
        field = self.parameterAsString(parameters, self.DISTANCE_FIELD, context) or None
        tolerance = self.parameterAsDouble(parameters, self.TOLERANCE, context)
        donuts = self.parameterAsBool(parameters, self.DONUTS, context)
        if not distances and not field:
            raise InputError(tr("Give at least one buffer distance in metres, or a distance field"))
        if not (math.isfinite(tolerance) and tolerance > 0):
            raise InputError(tr("The tolerance must be a positive number of metres"))
        xform = to_wgs84_transform(source, context.transformContext())

        # read every site: (attributes, geometry type, parts in lon/lat, radii)
        sites, notes = self._read_sites(source, field, distances, xform, feedback)
        if not sites:
            raise InputError(tr("No site could be buffered"), source.sourceName())
        smallest = min(r for _attrs, site in sites for r in site.radii)
        if tolerance >= smallest / 10.0:
            raise InputError(tr("The tolerance ({} m) must be well below the smallest distance ({} m): use at "
                                "most a tenth of it").format(tolerance, smallest))
        for note in notes:
            feedback.pushWarning(translated(note))

        results = self._buffer_all(sites, tolerance, donuts, feedback)

        # the site's own fields, then the buffer distance
        fields, keep = extended_fields(SITE_BUFFERS, source.fields())
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, SITE_BUFFERS, fields)
        for attrs, ring, geom in results:
            add_feature(sink, new_feature(fields, geom, {"ring_m": ring}, [attrs[i] for i in keep]))
        written = len(results)
        feedback.pushInfo(tr("{} buffer(s) around {} site(s).").format(written, len(sites)))
        return {self.OUTPUT: dest_id, "BUFFERS": written}

    def _read_sites(self, source, field, distances, xform, feedback):
        sites, notes = [], []
        empty, bad_radius, repaired = [], [], 0
        total = max(source.featureCount(), 1)
        request = QgsFeatureRequest()
        flags = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks  # repaired below, with a note
        for k, feat in enumerate(source.getFeatures(request, flags)):
            check(feedback, 5.0 * k / total)
            geom = QgsGeometry(feat.geometry())
            if geom.isNull() or geom.isEmpty():
                empty.append(feat.id())
                continue
            if xform is not None:
                try:
                    geom.transform(xform)
                except Exception:  # noqa: BLE001 - a coordinate the CRS cannot take to WGS 84
                    empty.append(feat.id())
                    continue
            gtype = QgsWkbTypes.geometryType(geom.wkbType())
            if gtype == QgsWkbTypes.GeometryType.PolygonGeometry and not geom.isGeosValid():
                geom = polygonal(geom.makeValid())
                repaired += 1
            parts = _parts(geom, gtype)
            if not parts or not coordinates_in_range(parts):
                empty.append(feat.id())
                continue
            radii = distances
            if field:
                value = feat[field]
                if value is not None and str(value) != "NULL":
                    try:
                        radii = [check_distance(float(value), str(value), field)]
                    except (InputError, TypeError, ValueError):
                        bad_radius.append(f"{feat.id()} ({value})")
                        continue
                elif not distances:
                    bad_radius.append(f"{feat.id()} (NULL)")
                    continue
            sites.append((feat.attributes(), BufferSite(_KINDS[gtype], parts, list(radii), str(feat.id()))))
        if empty:
            notes.append(tr("{} site(s) skipped: empty geometry or coordinates outside WGS 84 (feature ids {})")
                         .format(len(empty), _ids(empty)))
        if bad_radius:
            notes.append(tr("{} site(s) skipped: the distance field '{}' is not a distance between 0 and "
                            "20,000,000 m (feature id (value): {})").format(len(bad_radius), field,
                                                                            _ids(bad_radius)))
        if repaired:
            notes.append(tr("{} invalid polygon(s) repaired (makeValid) before buffering").format(repaired))
        return sites, notes

    def _buffer_all(self, sites, tolerance, donuts, feedback) -> list:
        """All buffers, computed before anything is written: [(attributes, ring_m, geometry)]."""
        core_sites = [site for _attrs, site in sites]
        res = buffer_sites(core_sites, tolerance, SubFeedback(feedback, 5.0, 95.0))
        # unions (GEOS): a site's parts, or the overlapping pieces of a line or polygon buffer
        discs: dict[tuple[int, float], QgsGeometry] = {}
        for key, parts in res.discs.items():
            geoms = [point_disc(x, y, mp) for x, y, mp in parts]
            discs[key] = geoms[0] if len(geoms) == 1 else polygonal(QgsGeometry.unaryUnion(geoms))
        for key, pieces in res.pieces.items():
            discs[key] = dissolve(pieces)
        if res.skipped:
            feedback.pushWarning(
                tr("{} site(s) skipped: {}").format(len(res.skipped), "; ".join(translated(s) for s in res.skipped[:5]))
            )
        check(feedback, 95.0)
        out = []
        for i, (attrs, site) in enumerate(sites):
            done = [r for r in site.radii if (i, r) in discs]
            for outer, inner in rings(done, donuts):
                geom = discs[(i, outer)]
                if inner is not None:
                    geom = polygonal(geom.difference(discs[(i, inner)]))
                if not geom.isEmpty():
                    out.append((attrs, outer, geom))
        if not out:
            raise InputError(tr("No site could be buffered"))
        # big rings first: smaller ones draw on top of them
        out.sort(key=lambda row: -row[1])
        return out


def _parts(geom: QgsGeometry, gtype) -> list:
    """Geometry parts in core form: (lon, lat) for points, [(lon, lat)...] for lines, [outer, holes] polygons."""
    parts = geom.asGeometryCollection() if geom.isMultipart() else [geom]
    out = []
    for part in parts:
        if part.isEmpty():
            continue
        if gtype == QgsWkbTypes.GeometryType.PointGeometry:
            p = part.asPoint()
            out.append((p.x(), p.y()))
        elif gtype == QgsWkbTypes.GeometryType.LineGeometry:
            line = [(p.x(), p.y()) for p in part.asPolyline()]
            if len(line) >= 2:
                out.append(line)
        elif gtype == QgsWkbTypes.GeometryType.PolygonGeometry:
            rings = [[(p.x(), p.y()) for p in ring] for ring in part.asPolygon()]
            if rings and len(rings[0]) >= 4:
                out.append(rings)
    return out


def _ids(items: list) -> str:
    shown = ", ".join(str(x) for x in items[:5])
    return shown + (", ..." if len(items) > 5 else "")

