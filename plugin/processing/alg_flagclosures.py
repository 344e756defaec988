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
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsLineString,
    QgsPoint,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterRasterLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.errors import InputError
from ..core.feedback import check
from ..core.flagging import flag_closures
from ..core.kinds import AIRSPACE, CLOSURE_EVENTS, CLOSURES_FLAGGED
from ..qgis_io import postgis
from ..qgis_io.convert import WGS84, airspaces_from_source, multipolygon_geometry, qdatetime, tracks_from_source
from ..qgis_io.kinds import extended_fields, new_feature, qgs_fields
from ..toolbelt.i18n import tr, translated
from .base import BalloonWatchAlgorithm, add_feature, track_parameter

# the flags written beside the closure's own fields
FLAG_FIELDS = tuple(name for name in CLOSURES_FLAGGED.names if name not in AIRSPACE.names)


class DemTerrain:
    """Ground height (m) at lon/lat arrays from band 1 of a raster layer; NaN outside it or on nodata.

    Counts the misses so the algorithm can say how many fixes fell back to the 0 m MSL ground.
    """

    def __init__(self, layer, transform_context: QgsCoordinateTransformContext):
        self.provider = layer.dataProvider()
        self.name = layer.name()
        crs = layer.crs()
        if not crs.isValid():
            raise InputError(
                tr("the DEM has no coordinate reference system; set one in its properties"), layer.source()
            )
        self.xform = None if crs == WGS84 else QgsCoordinateTransform(WGS84, crs, transform_context)
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
    NAME, GROUP_ID = "flagclosures", "airspace"
    HELP = QT_TRANSLATE_NOOP(
        "@default", "Checks each airspace closure against the balloon track(s) and gives it a status: <b>violated</b> "
        "(inside the outline, between floor and ceiling, while active), <b>passed over</b> or <b>passed under</b> "
        "(inside the outline but above the ceiling or below the floor), <b>inactive at passage</b> (inside the volume "
        "outside its active window) or <b>clear</b>.\n\n"
        "Between fixes the balloon moves linearly in time; entry and exit times are where the track crosses the "
        "outline, not fix times. AGL limits need the ground height: give a DEM (metres, band 1); without one the "
        "ground is taken as 0 m MSL and the closure's note says so. Fixes without altitude count as inside every "
        "vertical band.\n\n"
        "Outputs: the closures with every input field plus status, first_entry, last_exit, inside_s (violated time, "
        "else time inside the outline), min_vsep_m and note; and the track pieces inside each closure (enter/exit "
        "times, violated). Every closure checked is in the output with its status, clear ones included. The results "
        "hold CHECKED and VIOLATED (counts), VIOLATED_IDENTS, STATUSES (count per status) and CLOSURES (ident, name, "
        "status, first entry, last exit, inside_s, note of every closure checked).")
    DISPLAY = QT_TRANSLATE_NOOP("@default", "Flag closures entered by the track")

    AIRSPACE = "AIRSPACE"
    DEM = "DEM"
    OUTPUT_EVENTS = "OUTPUT_EVENTS"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(track_parameter(self.TRACK))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AIRSPACE, tr("Airspace closures (as Import airspace writes them)"),
            [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.DEM, tr("DEM for AGL limits (ground height in metres, band 1)"), optional=True))
        self.add_sink(self.OUTPUT, tr("Flagged closures"), CLOSURES_FLAGGED)
        self.add_sink(self.OUTPUT_EVENTS, tr("Track pieces inside closures"), CLOSURE_EVENTS, optional=True)
        self.addOutput(QgsProcessingOutputNumber("VIOLATED", tr("Closures violated")))
        self.addOutput(QgsProcessingOutputNumber("CHECKED", tr("Closures checked")))

    def compute(self, parameters, context, feedback) -> dict:
        track_src = self.source(parameters, self.TRACK, context)
        air_src = self.source(parameters, self.AIRSPACE, context)
        dem = self.parameterAsRasterLayer(parameters, self.DEM, context)

        steps = QgsProcessingMultiStepFeedback(4, feedback)
        # a whole PostGIS track table and no DEM: the search runs in PostgreSQL (qgis_io.postgis)
        in_db = postgis.track_in_database(self, parameters, self.TRACK, context) if dem is None else None
        tracks, notes = ([], []) if in_db else tracks_from_source(track_src, steps,
                                                                  transform_context=context.transformContext())
        for note in notes:
            feedback.pushInfo(translated(note))
        steps.setCurrentStep(1)
        airspaces = airspaces_from_source(air_src, steps, context.transformContext())
        # the input features in the same order (airspaces_from_source skips empty geometries the same way)
        features = [f for f in air_src.getFeatures() if f.hasGeometry() and not f.geometry().isEmpty()]
        if len(features) != len(airspaces):
            raise InputError(tr("the airspace layer changed while it was read; run again"), air_src.sourceName())
        terrain = DemTerrain(dem, context.transformContext()) if dem is not None else None
        if terrain is not None:
            feedback.pushInfo(tr("Ground heights for AGL limits from the DEM '{}' (band 1, metres).").format(
                terrain.name))
        steps.setCurrentStep(2)
        result = (postgis.closures_in_database(in_db, airspaces, steps) if in_db
                  else flag_closures(tracks, airspaces, steps, terrain))
        for note in result.notes:
            feedback.pushInfo(translated(note))
        if terrain is not None and terrain.misses:
            feedback.pushWarning(tr("{} of {} fixes fell outside the DEM or on nodata: the ground there is taken "
                                    "as 0 m MSL.").format(terrain.misses, terrain.samples))
        check(feedback)
        steps.setCurrentStep(3)
        return self._write(parameters, context, feedback, air_src, features, airspaces, result, len(tracks))

    def _write(self, parameters, context, feedback, air_src, features, airspaces, result, n_tracks: int) -> dict:
        # the closure's own fields (as the input has them), then the flags
        fields, keep = extended_fields(CLOSURES_FLAGGED, air_src.fields(), FLAG_FIELDS)
        sink, dest = self.create_sink(parameters, self.OUTPUT, context, CLOSURES_FLAGGED, fields)
        violated_idents = []
        counts: dict[str, int] = {}
        checked: list[dict] = []
        for feat_in, a, flag in zip(features, airspaces, result.closures):
            attrs = feat_in.attributes()
            add_feature(sink, new_feature(fields, multipolygon_geometry(a.geometry), {
                "status": flag.status, "first_entry": qdatetime(flag.first_entry),
                "last_exit": qdatetime(flag.last_exit),
                "inside_s": float(flag.inside_s) if flag.status != "clear" else None,
                "min_vsep_m": _num(flag.min_vertical_sep_m), "note": flag.note or None}, [attrs[i] for i in keep]))
            counts[flag.status] = counts.get(flag.status, 0) + 1
            checked.append({"ident": a.ident, "name": a.name, "status": flag.status,
                            "first_entry": _iso(flag.first_entry) if flag.first_entry is not None else "",
                            "last_exit": _iso(flag.last_exit) if flag.last_exit is not None else "",
                            "inside_s": float(flag.inside_s), "note": flag.note})
            if flag.status == "violated":
                violated_idents.append(a.ident)
                feedback.pushWarning(tr("Violated: {} ({}) from {} to {} UTC by {}.").format(
                    a.ident, a.name, _iso(flag.first_entry), _iso(flag.last_exit), ", ".join(flag.track_ids)))
        # every closure checked is listed with its status, clear ones included: "0 violated" alone does not
        # tell the analyst what was looked at
        feedback.pushInfo(tr("{} closure(s) checked against {} track(s): {}").format(
            len(checked), n_tracks, ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))))
        for c in checked:
            when = tr(" ({} to {} UTC)").format(c["first_entry"], c["last_exit"]) if c["first_entry"] else ""
            feedback.pushInfo(tr("{}: {} {}{}").format(c["status"], c["ident"], c["name"], when))

        esink, edest = self.create_sink(parameters, self.OUTPUT_EVENTS, context, CLOSURE_EVENTS)
        ef = qgs_fields(CLOSURE_EVENTS)
        for ev in result.events:
            if esink is None:  # the track pieces were not asked for
                break
            a = airspaces[ev.airspace]
            pts = [QgsPoint(x, y, z if math.isfinite(z) else 0.0, m) for x, y, z, m in ev.coords]
            if len(pts) == 1:
                pts.append(QgsPoint(pts[0]))
            add_feature(esink, new_feature(ef, QgsGeometry(QgsLineString(pts)), {
                "ident": a.ident, "name": a.name, "track_id": ev.track_id, "enter_time": qdatetime(ev.enter_time),
                "exit_time": qdatetime(ev.exit_time), "duration_s": float(ev.exit_time - ev.enter_time),
                "violated": bool(ev.violated)}))
        return {self.OUTPUT: dest, self.OUTPUT_EVENTS: edest, "VIOLATED": len(violated_idents),
                "VIOLATED_IDENTS": violated_idents, "STATUSES": counts, "CHECKED": len(checked),
                "CLOSURES": checked}


def _iso(epoch: float | None) -> str:
    dt = qdatetime(epoch)
    return dt.toString("yyyy-MM-dd HH:mm:ss") if dt is not None else "?"
