"""``balloonwatch:flagclosures``: which airspace closures a balloon track violated, passed over or under, or
crossed while they were inactive; with the track pieces inside each closure.

Thin layer over ``core.flagging.flag_closures``: read the track points and the closure polygons, optionally a
DEM for AGL limits (sampled with ``QgsRasterDataProvider.sample``), flag everything, then write both layers.
"""

from __future__ import annotations

import math

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsLineString,
    QgsPoint,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterRasterLayer,
    QgsProject,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QVariant

from ..core.errors import InputError
from ..core.feedback import check
from ..core.flagging import flag_closures
from ..qgis_io import postgis
from ..qgis_io.convert import WGS84, airspaces_from_source, multipolygon_geometry, qdatetime, tracks_from_source
from ..toolbelt.i18n import tr
from .base import BalloonWatchAlgorithm, add_feature, track_parameter

ADDED_FIELDS = (("status", QVariant.String), ("first_entry", QVariant.DateTime), ("last_exit", QVariant.DateTime),
                ("inside_s", QVariant.Double), ("min_vsep_m", QVariant.Double), ("note", QVariant.String))


class DemTerrain:
    """Ground height (m) at lon/lat arrays from band 1 of a raster layer; NaN outside it or on nodata.

    Counts the misses so the algorithm can say how many fixes fell back to the 0 m MSL ground.
    """

    def __init__(self, layer, project: QgsProject | None = None):
        self.provider = layer.dataProvider()
        self.name = layer.name()
        crs = layer.crs()
        if not crs.isValid():
            raise InputError("the DEM has no coordinate reference system; set one in its properties", layer.source())
        self.xform = None if crs == WGS84 else QgsCoordinateTransform(WGS84, crs, project or QgsProject.instance())
        self.samples = 0
        self.misses = 0

    def __call__(self, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
        lon = np.atleast_1d(np.asarray(lon, float))
        lat = np.atleast_1d(np.asarray(lat, float))
        out = np.full(len(lon), np.nan)
        for i, (x, y) in enumerate(zip(lon, lat)):
            p = QgsPointXY(float(x), float(y))
            if self.xform is not None:
                try:
                    p = self.xform.transform(p)
                except Exception:  # noqa: BLE001 - a point the DEM's projection cannot hold is a miss
                    continue
            value, ok = self.provider.sample(p, 1)
            if ok and math.isfinite(value):
                out[i] = value
        self.samples += len(out)
        self.misses += int(np.isnan(out).sum())
        return out


def _num(v) -> float | None:
    return float(v) if v is not None and math.isfinite(v) else None


class FlagClosuresAlgorithm(BalloonWatchAlgorithm):
    NAME = "flagclosures"
    DISPLAY = QT_TRANSLATE_NOOP("@default", "Flag closures entered by the track")
    GROUP = QT_TRANSLATE_NOOP("@default", "Airspace")
    GROUP_ID = "airspace"
    HELP = QT_TRANSLATE_NOOP(
        "@default",
        "Checks each airspace closure against the balloon track(s) and gives it a status: <b>violated</b> (inside "
        "the outline, between floor and ceiling, while active), <b>passed over</b> or <b>passed under</b> (inside "
        "the outline but above the ceiling or below the floor), <b>inactive at passage</b> (inside the volume "
        "outside its active window) or <b>clear</b>.\n\n"
        "Between fixes the balloon moves linearly in time; entry and exit times are where the track crosses the "
        "outline, not fix times. AGL limits need the ground height: give a DEM (metres, band 1); without one the "
        "ground is taken as 0 m MSL and the closure's note says so. Fixes without altitude count as inside every "
        "vertical band.\n\n"
        "Outputs: the closures with every input field plus status, first_entry, last_exit, inside_s (violated "
        "time, else time inside the outline), min_vsep_m and note; and the track pieces inside each closure "
        "(enter/exit times, violated). The results hold VIOLATED (count) and VIOLATED_IDENTS."
    )

    TRACK = "TRACK"
    AIRSPACE = "AIRSPACE"
    DEM = "DEM"
    OUTPUT = "OUTPUT"
    OUTPUT_EVENTS = "OUTPUT_EVENTS"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(track_parameter(self.TRACK))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AIRSPACE, tr("Airspace closures (as Import airspace writes them)"),
            [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.DEM, tr("DEM for AGL limits (ground height in metres, band 1)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Flagged closures"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_EVENTS, tr("Track pieces inside closures"), QgsProcessing.TypeVectorLine))
        self.addOutput(QgsProcessingOutputNumber("VIOLATED", tr("Closures violated")))

    def compute(self, parameters, context, feedback) -> dict:
        track_src = self.parameterAsSource(parameters, self.TRACK, context)
        if track_src is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.TRACK))
        air_src = self.parameterAsSource(parameters, self.AIRSPACE, context)
        if air_src is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.AIRSPACE))
        dem = self.parameterAsRasterLayer(parameters, self.DEM, context)

        steps = QgsProcessingMultiStepFeedback(4, feedback)
        # a whole PostGIS track table and no DEM: the search runs in PostgreSQL (qgis_io.postgis)
        in_db = postgis.track_in_database(self, parameters, self.TRACK, context) if dem is None else None
        tracks, notes = ([], []) if in_db else tracks_from_source(track_src, steps)
        for note in notes:
            feedback.pushInfo(note)
        steps.setCurrentStep(1)
        airspaces = airspaces_from_source(air_src, steps)
        # the input features in the same order (airspaces_from_source skips empty geometries the same way)
        features = [f for f in air_src.getFeatures() if f.hasGeometry() and not f.geometry().isEmpty()]
        if len(features) != len(airspaces):
            raise InputError("the airspace layer changed while it was read; run again", air_src.sourceName())
        terrain = DemTerrain(dem, context.project()) if dem is not None else None
        if terrain is not None:
            feedback.pushInfo(tr("Ground heights for AGL limits from the DEM '{}' (band 1, metres).").format(
                terrain.name))
        steps.setCurrentStep(2)
        result = (postgis.closures_in_database(in_db, airspaces, steps) if in_db
                  else flag_closures(tracks, airspaces, steps, terrain))
        for note in result.notes:
            feedback.pushInfo(note)
        if terrain is not None and terrain.misses:
            feedback.pushWarning(tr("{} of {} fixes fell outside the DEM or on nodata: the ground there is taken "
                                    "as 0 m MSL.").format(terrain.misses, terrain.samples))
        check(feedback)
        steps.setCurrentStep(3)
        return self._write(parameters, context, feedback, air_src, features, airspaces, result)

    def _write(self, parameters, context, feedback, air_src, features, airspaces, result) -> dict:
        added = {name for name, _ in ADDED_FIELDS}
        in_fields = air_src.fields()
        # our fields replace old ones; "fid" stays with the source (it is the GeoPackage primary key)
        keep = [i for i, f in enumerate(in_fields) if f.name() not in added and f.name().lower() != "fid"]
        fields = QgsFields()
        for i in keep:
            fields.append(in_fields.at(i))
        for name, kind in ADDED_FIELDS:
            fields.append(QgsField(name, kind))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.MultiPolygon,
                                          WGS84)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        violated_idents = []
        counts: dict[str, int] = {}
        for feat_in, a, flag in zip(features, airspaces, result.closures):
            attrs = feat_in.attributes()
            feat = QgsFeature(fields)
            feat.setGeometry(multipolygon_geometry(a.geometry))
            feat.setAttributes([attrs[i] for i in keep] + [
                flag.status, qdatetime(flag.first_entry), qdatetime(flag.last_exit),
                float(flag.inside_s) if flag.status != "clear" else None, _num(flag.min_vertical_sep_m),
                flag.note or None])
            add_feature(sink, feat)
            counts[flag.status] = counts.get(flag.status, 0) + 1
            if flag.status == "violated":
                violated_idents.append(a.ident)
                feedback.pushWarning(tr("Violated: {} ({}) from {} to {} UTC by {}.").format(
                    a.ident, a.name, _iso(flag.first_entry), _iso(flag.last_exit), ", ".join(flag.track_ids)))
        self.style_output(context, dest, "closures_flagged")
        feedback.pushInfo(tr("Statuses: {}").format(", ".join(f"{k} {v}" for k, v in sorted(counts.items()))))

        ef = QgsFields()
        for name, kind in (("ident", QVariant.String), ("name", QVariant.String), ("track_id", QVariant.String),
                           ("enter_time", QVariant.DateTime), ("exit_time", QVariant.DateTime),
                           ("duration_s", QVariant.Double), ("violated", QVariant.Bool)):
            ef.append(QgsField(name, kind))
        esink, edest = self.parameterAsSink(parameters, self.OUTPUT_EVENTS, context, ef, QgsWkbTypes.LineStringZM,
                                            WGS84)
        if esink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_EVENTS))
        for ev in result.events:
            a = airspaces[ev.airspace]
            feat = QgsFeature(ef)
            pts = [QgsPoint(x, y, z if math.isfinite(z) else 0.0, m) for x, y, z, m in ev.coords]
            if len(pts) == 1:
                pts.append(QgsPoint(pts[0]))
            feat.setGeometry(QgsGeometry(QgsLineString(pts)))
            feat.setAttributes([a.ident, a.name, ev.track_id, qdatetime(ev.enter_time), qdatetime(ev.exit_time),
                                float(ev.exit_time - ev.enter_time), bool(ev.violated)])
            add_feature(esink, feat)
        self.style_output(context, edest, "closure_events")
        return {self.OUTPUT: dest, self.OUTPUT_EVENTS: edest, "VIOLATED": len(violated_idents),
                "VIOLATED_IDENTS": violated_idents, "STATUSES": counts}


def _iso(epoch: float | None) -> str:
    dt = qdatetime(epoch)
    return dt.toString("yyyy-MM-dd HH:mm:ss") if dt is not None else "?"
