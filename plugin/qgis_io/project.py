"""A project that opens onto the incident: its CRS, its extent, its time.

The incident is the track (kinds ``track_points``/``track_line``) and its events (approaches, passages through
closures, violated closures, the forecast), never every layer of the project: a catalogue of sites or a country's
airspace would zoom the map out to a continent. Longitudes are handled as an arc, so a track across the
antimeridian gives a small area (``xMaximum`` may exceed 180) rather than the whole world.

The dock and ``scripts/demo.py`` call ``open_onto_incident`` after each import or analysis; the briefing uses the
same area, CRS and projection note (``plugin/layout``).
"""

from __future__ import annotations

import logging
import math
import re
import statistics
from collections.abc import Iterable

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsDateTimeRange,
    QgsFeatureRequest,
    QgsInterval,
    QgsMapLayer,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsTemporalNavigationObject,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime, Qt

from ..core.errors import BalloonWatchError, InputError
from ..core.kinds import (
    APPROACHES,
    CLOSURE_EVENTS,
    CLOSURES_FLAGGED,
    FORECAST_CONE,
    FORECAST_POINTS,
    TRACK_LINE,
    TRACK_POINTS,
)
from ..definitions import PLUGIN_SLUG
from ..toolbelt.i18n import tr
from .basemap import ensure_basemap
from .compat import WKT2_2019
from .convert import WGS84, epoch_from_qvariant
from .kinds import layers_of_kind

LOG = logging.getLogger(f"{PLUGIN_SLUG}.project")

MARGIN = 0.10  # the incident's extent grown by 10 % of its size on every side
LOCAL_MAX_SPAN = (150.0, 80.0)  # lon, lat degrees up to which the local azimuthal projection is used
TRACK_KINDS = (TRACK_POINTS.id, TRACK_LINE.id)
EVENT_KINDS = (APPROACHES.id, CLOSURE_EVENTS.id, FORECAST_POINTS.id, FORECAST_CONE.id)
TIME_KINDS = (TRACK_POINTS, TRACK_LINE, FORECAST_POINTS)  # the animation runs over the flight and its forecast
NICE_STEPS_S = (1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400)
MAX_FRAMES = 600  # a week of 10-minute fixes is animated in 30-minute frames, not 1,000 of them
MAX_VERTICES = 200_000
CONTROLLER = "TemporalControllerWidget"  # the project scope QGIS saves the Temporal Controller's state in


# ---------------------------------------------------------------------------------------------- the incident


def incident_layers(layers: Iterable[QgsMapLayer] | QgsProject | None = None) -> list[QgsVectorLayer]:
    """The track and event layers among ``layers`` (default: the project), by kind; violated closures included."""
    if layers is None:
        layers = QgsProject.instance()
    if isinstance(layers, QgsProject):
        layers = list(layers.mapLayers().values())
    layers = [lyr for lyr in layers if lyr is not None and lyr.isValid()]
    found = [lyr for kind_id in TRACK_KINDS + EVENT_KINDS for lyr in layers_of_kind(kind_id, layers)]
    return found + layers_of_kind(CLOSURES_FLAGGED.id, layers)


def _filter_for(layer: QgsVectorLayer) -> str | None:
    """Closures count for the extent only where the track violated them (the others may be far away)."""
    if layers_of_kind(CLOSURES_FLAGGED.id, [layer]) and "status" in layer.fields().names():
        return "\"status\" = 'violated'"
    return None


def _features(layer: QgsVectorLayer):
    request = QgsFeatureRequest().setNoAttributes()
    expression = _filter_for(layer)
    if expression:
        request = QgsFeatureRequest().setFilterExpression(expression)
    return layer.getFeatures(request)


def _wgs84_extent(project, layer: QgsVectorLayer) -> QgsRectangle | None:
    if _filter_for(layer) is None:
        if layer.featureCount() == 0 or layer.extent().isNull():
            return None
        return transform_rect(project, layer.extent(), layer.crs(), WGS84)
    out = None
    for feature in _features(layer):
        box = feature.geometry().boundingBox()
        if not box.isNull():
            out = QgsRectangle(box) if out is None else (out.combineExtentWith(box) or out)
    return transform_rect(project, out, layer.crs(), WGS84) if out is not None else None


def data_area(project, layers) -> QgsRectangle | None:
    """WGS 84 area of ``layers`` (union of extents; a longitude arc across +/-180 when narrower that way)."""
    union = None
    for layer in layers:
        if not isinstance(layer, QgsVectorLayer) or not layer.crs().isValid():
            continue
        try:
            ext = _wgs84_extent(project, layer)
        except InputError:
            LOG.warning("Extent of %s cannot be projected; ignored for the map extent.", layer.name())
            continue
        if ext is None:
            continue
        union = QgsRectangle(ext) if union is None else (union.combineExtentWith(ext) or union)
    if union is not None and union.width() > 180.0:
        union = antimeridian_area(layers, union) or union
    return union


def incident_area(layers: Iterable[QgsMapLayer] | QgsProject | None = None,
                  project: QgsProject | None = None) -> QgsRectangle | None:
    """WGS 84 area of the incident (track and events); None when there is no track or event layer with data."""
    project = project or (layers if isinstance(layers, QgsProject) else QgsProject.instance())
    return data_area(project, incident_layers(layers))


def antimeridian_area(layers, area: QgsRectangle, max_vertices: int = MAX_VERTICES) -> QgsRectangle | None:
    """The smallest longitude arc holding every vertex, as a rectangle whose xMaximum may exceed 180
    (None when the data really go round the world)."""
    lons = []
    for layer in layers:
        if not isinstance(layer, QgsVectorLayer) or not layer.crs().isValid():
            continue
        xform = QgsCoordinateTransform(layer.crs(), WGS84, QgsProject.instance())
        for feature in _features(layer):
            geom = feature.geometry()
            if geom is None or geom.isEmpty():
                continue
            for vertex in geom.vertices():
                lons.append(xform.transform(QgsPointXY(vertex.x(), vertex.y())).x())
            if len(lons) > max_vertices:
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


def grow(rect: QgsRectangle, fraction: float) -> QgsRectangle:
    """``rect`` grown by ``fraction`` of its width/height on every side (a point gets 1 unit)."""
    w, h = rect.width(), rect.height()
    if w <= 0 and h <= 0:
        w = h = 1.0
    pad_x, pad_y = max(w, h * 0.1) * fraction, max(h, w * 0.1) * fraction
    return QgsRectangle(rect.xMinimum() - pad_x, rect.yMinimum() - pad_y,
                        rect.xMaximum() + pad_x, rect.yMaximum() + pad_y)


def transform_rect(project, rect: QgsRectangle, src, dst) -> QgsRectangle:
    if src == dst:
        return QgsRectangle(rect)
    try:
        out = QgsCoordinateTransform(src, dst, project or QgsProject.instance()).transformBoundingBox(rect)
    except QgsCsException:
        raise InputError(tr("the map extent cannot be projected to {}; choose a smaller extent")
                         .format(dst.userFriendlyIdentifier())) from None
    if not all(math.isfinite(v) for v in (out.xMinimum(), out.yMinimum(), out.xMaximum(), out.yMaximum())):
        raise InputError(tr("the map extent cannot be projected to {}; choose a smaller extent")
                         .format(dst.userFriendlyIdentifier()))
    return out


def sampled_extent(project, area: QgsRectangle, crs, n: int = 20) -> QgsRectangle:
    """Extent in ``crs`` of a WGS 84 area whose longitudes may run past 180, from a grid of sample points."""
    xform = QgsCoordinateTransform(WGS84, crs, project or QgsProject.instance())
    out = None
    for i in range(n + 1):
        for j in range(n + 1):
            x = area.xMinimum() + area.width() * i / n
            y = area.yMinimum() + area.height() * j / n
            p = xform.transform(QgsPointXY(((x + 180.0) % 360.0) - 180.0, y))
            if out is None:
                out = QgsRectangle(p.x(), p.y(), p.x(), p.y())
            else:
                out.combineExtentWith(p.x(), p.y())
    return out


def extent_in(project, layers, area: QgsRectangle, crs, margin: float = MARGIN) -> QgsRectangle:
    """The extent in ``crs`` that shows ``layers`` (whose WGS 84 area is ``area``), grown by ``margin``."""
    out = None
    if area.xMaximum() <= 180.0:
        for layer in layers:
            try:
                ext = _wgs84_extent(project, layer)
                ext = transform_rect(project, ext, WGS84, crs) if ext is not None else None
            except InputError:
                ext = None
            if ext is not None:
                out = QgsRectangle(ext) if out is None else (out.combineExtentWith(ext) or out)
    if out is None:
        out = sampled_extent(project, area, crs)
    return grow(out, margin)


# ---------------------------------------------------------------------------------------------- projection


def local_crs(lat: float, lon: float) -> QgsCoordinateReferenceSystem:
    """Azimuthal equidistant projection on WGS 84 centred on (lat, lon): distances from the centre are true."""
    lon = ((lon + 180.0) % 360.0) - 180.0
    proj = f"+proj=aeqd +lat_0={lat:.4f} +lon_0={lon:.4f} +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"
    crs = QgsCoordinateReferenceSystem.fromProj(proj)
    # named (through its WKT), so QGIS's CRS selector, layer properties and status-bar tooltip say what it is, not
    # "Custom CRS: PROJCRS["unknown",...". In ASCII and English, as EPSG's names are: QGIS hands WKT to PROJ as
    # Latin-1, which loses a degree sign or an accent. QGIS's own PROJ does it (pyproj may not find its data
    # outside QGIS's environment).
    wkt = crs.toWkt(WKT2_2019) if crs.isValid() else ""
    if wkt.startswith('PROJCRS["'):
        name = "WGS 84 / Balloon Watch azimuthal equidistant {:.1f}{} {:.1f}{}".format(
            abs(lat), "N" if lat >= 0 else "S", abs(lon), "E" if lon >= 0 else "W")
        body = wkt[wkt.index('",') + 1:]
        named = QgsCoordinateReferenceSystem.fromWkt('PROJCRS["{}"'.format(name) + body)
        again = named.toWkt(WKT2_2019) if named.isValid() else ""
        if again.startswith('PROJCRS["{}",'.format(name)) and again[again.index('",') + 1:] == body:  # same CRS
            crs = named
    if not crs.isValid():
        raise BalloonWatchError(tr("the local map projection could not be created ({})").format(proj))
    return crs


def incident_crs(area: QgsRectangle) -> QgsCoordinateReferenceSystem:
    """Azimuthal equidistant centred on ``area`` (WGS 84, xMaximum may exceed 180); WGS 84 for a world-wide area."""
    if area.width() <= LOCAL_MAX_SPAN[0] and area.height() <= LOCAL_MAX_SPAN[1]:
        return local_crs(area.center().y(), area.center().x())
    return QgsCoordinateReferenceSystem(WGS84)


def _lat_lon_words(lat: float, lon: float) -> str:
    lon = ((lon + 180.0) % 360.0) - 180.0
    return "{:.1f}°{} {:.1f}°{}".format(abs(lat), "N" if lat >= 0 else "S", abs(lon), "E" if lon >= 0 else "W")


def projection_note(crs: QgsCoordinateReferenceSystem) -> str:
    """The map projection in words: 'azimuthal equidistant centred 48.4°N 130.9°W', or the CRS's name."""
    proj = crs.toProj() if crs.isValid() else ""
    params = dict(re.findall(r"\+(\w+)=([-\d.]+)", proj))
    kind = re.search(r"\+proj=(\w+)", proj)
    names = {"aeqd": tr("azimuthal equidistant"), "stere": tr("stereographic"), "lcc": tr("Lambert conformal conic"),
             "tmerc": tr("transverse Mercator"), "laea": tr("Lambert azimuthal equal-area")}
    if kind and kind.group(1) in names and "lat_0" in params and "lon_0" in params and not crs.authid():
        return tr("{} centred {}").format(names[kind.group(1)],
                                          _lat_lon_words(float(params["lat_0"]), float(params["lon_0"])))
    if crs.isGeographic():
        return tr("{} (latitude and longitude in degrees)").format(crs.description() or crs.authid())
    return crs.userFriendlyIdentifier() if crs.isValid() else tr("unknown")


# ---------------------------------------------------------------------------------------------- the project


def fit_to_incident(project: QgsProject | None = None, canvas=None,
                    layers: Iterable[QgsMapLayer] | None = None) -> QgsReferencedRectangle | None:
    """Set the project CRS and saved extent (and the canvas', when given) to the incident; None if no incident.

    The CRS is kept when the analyst chose a projected one that is not ours; ours (an azimuthal equidistant
    without an authority id) is re-centred on every call, so a later track gets its own projection.
    """
    project = project or QgsProject.instance()
    found = incident_layers(layers if layers is not None else project)
    area = data_area(project, found)
    if area is None:
        return None
    crs = project.crs()
    if not crs.isValid() or crs.isGeographic() or not crs.authid():
        crs = incident_crs(area)
        project.setCrs(crs)
    extent = QgsReferencedRectangle(extent_in(project, found, area, crs), crs)
    project.viewSettings().setDefaultViewExtent(extent)
    if canvas is not None:
        canvas.setDestinationCrs(crs)
        canvas.setExtent(extent)
        canvas.refresh()
    return extent


def _epochs(layer: QgsVectorLayer, field: str) -> list[float]:
    index = layer.fields().indexOf(field)
    if index < 0:
        return []
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes([index])
    values = (epoch_from_qvariant(f.attribute(index)) for f in layer.getFeatures(request))
    return [t for t in values if math.isfinite(t)]


def frame_step(times: list[float]) -> int:
    """A frame step in seconds fitted to the fix interval (median), coarser only to stay under MAX_FRAMES."""
    times = sorted(set(times))
    if len(times) < 2:
        return 3600
    median = statistics.median(b - a for a, b in zip(times, times[1:]))
    wanted = max(median, (times[-1] - times[0]) / MAX_FRAMES)
    return next((s for s in NICE_STEPS_S if s >= wanted - 1e-6), NICE_STEPS_S[-1])


def _step_unit(step_s: int):
    if step_s % 3600 == 0:
        return step_s / 3600, QgsUnitTypes.TemporalUnit.TemporalHours
    if step_s % 60 == 0:
        return step_s / 60, QgsUnitTypes.TemporalUnit.TemporalMinutes
    return float(step_s), QgsUnitTypes.TemporalUnit.TemporalSeconds


def update_time_settings(project: QgsProject | None = None,
                         navigation: QgsTemporalNavigationObject | None = None) -> QgsDateTimeRange | None:
    """Set the project's time range (and the Temporal Controller's, when given) to the flight and its forecast.

    Called after every import: a later track widens the range. The step is fitted to the fixes' interval; the
    controller (the canvas' ``temporalController()``) is put in animated mode on the first frame.
    Returns the range, or None when no track or forecast layer has times.
    """
    project = project or QgsProject.instance()
    layers = list(project.mapLayers().values())
    times, fixes = [], []
    for kind in TIME_KINDS:
        for layer in layers_of_kind(kind.id, layers):
            for field in (kind.start_field, kind.end_field):
                if field:
                    values = _epochs(layer, field)
                    times.extend(values)
                    if kind is TRACK_POINTS:
                        fixes.extend(values)
    if not times:
        return None
    step = frame_step(fixes or times)
    start = QDateTime.fromMSecsSinceEpoch(int(min(times) * 1000), Qt.TimeSpec.UTC)
    end = QDateTime.fromMSecsSinceEpoch(int((max(times) + step) * 1000), Qt.TimeSpec.UTC)  # the last fix gets a frame
    span = QgsDateTimeRange(start, end)
    settings = project.timeSettings()
    settings.setTemporalRange(span)
    value, unit = _step_unit(step)
    settings.setTimeStep(value)
    settings.setTimeStepUnit(unit)
    settings.setIsTemporalRangeCumulative(False)
    # what QGIS's Temporal Controller reads when the project is opened: animated, on the flight
    project.writeEntry(CONTROLLER, "/NavigationMode", int(QgsTemporalNavigationObject.NavigationMode.Animated))
    project.writeEntry(CONTROLLER, "/StartDateTime", start.toString(Qt.DateFormat.ISODateWithMs))
    project.writeEntry(CONTROLLER, "/EndDateTime", end.toString(Qt.DateFormat.ISODateWithMs))
    if navigation is not None and hasattr(navigation, "setNavigationMode"):
        navigation.setTemporalExtents(span)
        navigation.setFrameDuration(QgsInterval(float(step)))
        navigation.setNavigationMode(QgsTemporalNavigationObject.NavigationMode.Animated)
        navigation.setCurrentFrameNumber(0)
    return span


def open_onto_incident(project: QgsProject | None = None, canvas=None) -> QgsReferencedRectangle | None:
    """Basemap, incident CRS and extent, time range: what the dock calls after an import or an analysis.

    ``canvas``: the map canvas (``iface.mapCanvas()``) to move there too, with its Temporal Controller.
    """
    project = project or QgsProject.instance()
    ensure_basemap(project)
    extent = fit_to_incident(project, canvas)
    navigation = canvas.temporalController() if canvas is not None else None
    update_time_settings(project, navigation)
    return extent
