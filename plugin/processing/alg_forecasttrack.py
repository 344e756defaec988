"""``balloonwatch:forecasttrack``: where the balloon goes next, how sure we are, and when it reaches the sites.

Thin layer over ``core.forecast``: read the track layer, forecast each track (persistence, a wind grid or a
predictor's JSON), calibrate the uncertainty cone on the track's own history, draw the cone, estimate arrival
times at the sites, then write the layers. Everything is computed before any output is created, so a failure
or a cancel leaves no half-written layer.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.errors import BalloonWatchError, Cancelled, InputError
from ..core.flight_state import flight_state, prediction_mismatch
from ..core.forecast import Forecast, calibrated_forecast, cone_polygon, eta, from_prediction
from ..core.kinds import FORECAST_CONE, FORECAST_ETA, FORECAST_POINTS
from ..core.model import Track
from ..core.sites import guess_name_field
from ..core.tracks.prediction import read_prediction
from ..core.utc import epoch_to_iso
from ..core.winds import WindField, read_wind_grid
from ..qgis_io.convert import multipolygon_geometry, qdatetime, sites_from_source, tracks_from_source
from ..qgis_io.kinds import new_feature, qgs_fields
from ..toolbelt.i18n import tr, translated
from .base import BalloonWatchAlgorithm, add_feature, number_parameter, track_parameter

METHODS = ("persistence", "wind", "prediction")  # core names, in the order of the METHOD enum
BACKTEST_LEADS_H = (1.0, 6.0, 24.0)
CONE_TOLERANCE_M = 100.0  # how far the drawn cone outline may depart from the exact union of circles


@dataclass
class TrackResult:
    """One forecast, ready to be written."""

    forecast: Forecast
    cone: list
    horizon_h: float
    backtest: dict | None = None


class ForecastTrackAlgorithm(BalloonWatchAlgorithm):
    NAME, GROUP_ID = "forecasttrack", "forecast"
    HELP = QT_TRANSLATE_NOOP(
        "@default", "Forecasts where each balloon of a track layer goes next, with an uncertainty cone and arrival "
        "times at sites.\n\n"
        "Methods: <b>persistence</b> continues the mean geodesic velocity of the last WINDOW_H hours; <b>wind "
        "field</b> drifts the balloon from its last fix, at its altitude, through a GRIB2/NetCDF grid of u/v winds on "
        "pressure levels (the grid must cover the place, the hours and the altitude); <b>prediction file</b> reads a "
        "Tawhiri or SondeHub predictor answer (JSON) for the track.\n\n"
        "Uncertainty: with CALIBRATE the cone is measured on the track's own history (forecasts made from past fixes "
        "compared with where the balloon really went, 90th percentile error at 1, 6 and 24 h); when the history is too "
        "short the stated default cone is used with a warning. Predictor files give no uncertainty: the default "
        "wind-grid cone is applied to them.\n\n"
        "Flight state: from the last 30 minutes of fixes each track is on the ground, descending, floating or "
        "ascending (the log says which and why; FLIGHT_STATES in the results). A landed or descending balloon is not "
        "carried on by persistence or a constant-altitude wind forecast (IGNORE_STATE overrides); a prediction file "
        "that does not reach the track's last fix in time (12 h) and place (500 km) is refused with the mismatch "
        "stated.\n\n"
        "Sites (points, optional): earliest entry (the cone edge reaches the alert distance), likely entry (the "
        "forecast centre line does), closest approach and its uncertainty. The results also hold ETA (one entry per "
        "track and site) and BACKTEST (errors at 1, 6 and 24 h when calibrated).")
    DISPLAY = QT_TRANSLATE_NOOP("@default", "Forecast track (points, uncertainty cone, ETA)")

    TRACK_ID = "TRACK_ID"
    HORIZON_H = "HORIZON_H"
    STEP_MIN = "STEP_MIN"
    METHOD = "METHOD"
    WINDOW_H = "WINDOW_H"
    WIND_FILE = "WIND_FILE"
    PREDICTION_FILE = "PREDICTION_FILE"
    CALIBRATE = "CALIBRATE"
    IGNORE_STATE = "IGNORE_STATE"
    ALERT_DISTANCE = "ALERT_DISTANCE"
    OUTPUT_CONE = "OUTPUT_CONE"
    OUTPUT_ETA = "OUTPUT_ETA"

    # ------------------------------------------------------------------ parameters
    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(track_parameter(self.TRACK))
        self.addParameter(QgsProcessingParameterString(
            self.TRACK_ID, tr("Only this track_id (empty: every track)"), optional=True))
        self.addParameter(number_parameter(
            self.HORIZON_H, tr("Forecast horizon (hours)"), 24.0, minValue=0.01, maxValue=24.0 * 30))
        self.addParameter(number_parameter(
            self.STEP_MIN, tr("Forecast step (minutes)"), 30.0, minValue=0.1, maxValue=24.0 * 60))
        self.addParameter(QgsProcessingParameterEnum(
            self.METHOD, tr("Method"),
            [tr("Persistence (last velocity)"), tr("Wind field (GRIB2/NetCDF file)"),
             tr("Prediction file (Tawhiri/SondeHub JSON)")], defaultValue=0))
        self.addParameter(number_parameter(self.WINDOW_H, tr("Persistence window (hours)"), 3.0, minValue=0.01))
        self.addParameter(QgsProcessingParameterFile(
            self.WIND_FILE, tr("Wind grid (GRIB2 or NetCDF, for the wind field method)"),
            behavior=QgsProcessingParameterFile.Behavior.File, optional=True,
            fileFilter=tr("Wind grids (*.grib2 *.grb2 *.grib *.grb *.nc *.nc4);;All files (*)")))
        self.addParameter(QgsProcessingParameterFile(
            self.PREDICTION_FILE, tr("Predictor answer (Tawhiri/SondeHub JSON, for the prediction file method)"),
            behavior=QgsProcessingParameterFile.Behavior.File, optional=True,
            fileFilter=tr("JSON (*.json);;All files (*)")))
        self.addParameter(QgsProcessingParameterBoolean(
            self.CALIBRATE, tr("Calibrate the cone on the track's history"), defaultValue=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.IGNORE_STATE, tr("Forecast even a balloon that has landed or is descending"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SITES, tr("Sites for arrival times"), [QgsProcessing.SourceType.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.NAME_FIELD, tr("Site name field"), parentLayerParameterName=self.SITES, optional=True))
        self.addParameter(number_parameter(
            self.ALERT_DISTANCE, tr("Alert distance around sites (m)"), 50000.0, minValue=0.0))
        self.add_sink(self.OUTPUT, tr("Forecast points"), FORECAST_POINTS)
        self.add_sink(self.OUTPUT_CONE, tr("Forecast uncertainty cone"), FORECAST_CONE, optional=True)
        self.add_sink(self.OUTPUT_ETA, tr("Arrival times at sites"), FORECAST_ETA, optional=True)
        # arrival times need sites: not created unless asked for
        self.parameterDefinition(self.OUTPUT_ETA).setCreateByDefault(False)

    # ------------------------------------------------------------------ run
    def compute(self, parameters, context, feedback) -> dict:
        """Read parameters, forecast every selected track, then write the layers."""
        source = self.source(parameters, self.TRACK, context)
        wanted_id = (self.parameterAsString(parameters, self.TRACK_ID, context) or "").strip()
        horizon_h = self.parameterAsDouble(parameters, self.HORIZON_H, context)
        step_min = self.parameterAsDouble(parameters, self.STEP_MIN, context)
        method = METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
        window_h = self.parameterAsDouble(parameters, self.WINDOW_H, context)
        wind_path = self.parameterAsFile(parameters, self.WIND_FILE, context)
        pred_path = self.parameterAsFile(parameters, self.PREDICTION_FILE, context)
        calibrate = self.parameterAsBoolean(parameters, self.CALIBRATE, context)
        check_state = not self.parameterAsBoolean(parameters, self.IGNORE_STATE, context)
        sites_source = self.source(parameters, self.SITES, context)
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context) or None
        if sites_source is not None and not name_field:
            # the usual name columns, so alerts say "Malmstrom AFB" rather than "site 3"
            name_field = guess_name_field(sites_source.fields().names())
        alert_m = self.parameterAsDouble(parameters, self.ALERT_DISTANCE, context)

        # method inputs first: a missing file is reported before any long work
        winds = None
        prediction = None
        if method == "wind":
            if not wind_path:
                raise QgsProcessingException(tr(
                    "The wind field method needs a wind grid (WIND_FILE): a GRIB2 or NetCDF file of u/v winds "
                    "on pressure levels covering the balloon's area, hours and altitude."))
            winds = read_wind_grid(wind_path)
            feedback.pushInfo(tr("Wind grid: {}").format(translated(winds.describe())))
            for note in winds.notes:
                feedback.pushInfo(translated(note))
        elif method == "prediction":
            if not pred_path:
                raise QgsProcessingException(tr(
                    "The prediction file method needs a predictor answer (PREDICTION_FILE): Tawhiri or SondeHub "
                    "JSON."))
            try:
                with open(pred_path, "rb") as fh:
                    data = fh.read()
            except OSError as exc:
                raise InputError(
                    tr("cannot read the file ({value})").format(value=exc.strerror or translated(exc)), pred_path
                ) from exc
            prediction = read_prediction(data, pred_path)

        # reading is quick: the first tenth of the bar; the track count (hence the steps) is known only after
        tracks, notes = tracks_from_source(source, QgsProcessingMultiStepFeedback(10, feedback),
                                           transform_context=context.transformContext())
        for note in notes:
            feedback.pushInfo(translated(note))
        tracks = self._select(tracks, wanted_id, prediction)

        steps = QgsProcessingMultiStepFeedback(2 + len(tracks), feedback)
        steps.setCurrentStep(1)
        results: list[TrackResult] = []
        states: dict[str, str] = {}
        first_error: BalloonWatchError | None = None
        for k, track in enumerate(tracks):
            steps.setCurrentStep(1 + k)
            try:
                state = flight_state(track)
                states[track.track_id] = state.state
                feedback.pushInfo(tr("Track '{}': {}.").format(track.track_id, translated(state.reason)))
                if method == "prediction":
                    mismatch = prediction_mismatch(track, prediction.times, prediction.lon, prediction.lat)
                    if mismatch is not None:
                        raise InputError(mismatch, pred_path)
                    res = self._from_prediction(prediction, track, horizon_h, calibrate, feedback)
                else:
                    res = self._forecast(track, method, winds, horizon_h, step_min, window_h, calibrate,
                                         steps, feedback, check_state)
            except Cancelled:
                raise
            except BalloonWatchError as exc:
                if len(tracks) == 1:
                    raise
                # one bad track among many must not hide the others' forecasts
                first_error = first_error or exc
                feedback.pushWarning(tr("Track '{}' skipped: {}").format(track.track_id, translated(exc)))
                continue
            res.cone = cone_polygon(res.forecast, CONE_TOLERANCE_M)
            results.append(res)
            if feedback.isCanceled():
                raise Cancelled()
        if not results:
            raise first_error or BalloonWatchError(tr("no track could be forecast"))

        steps.setCurrentStep(1 + len(tracks))
        etas = self._etas(results, sites_source, name_field, alert_m, steps, context.transformContext())
        if feedback.isCanceled():
            raise Cancelled()
        out = self._write(parameters, context, feedback, results, etas, alert_m, sites_source is not None)
        out["FLIGHT_STATES"] = states
        return out

    # ------------------------------------------------------------------ steps
    @staticmethod
    def _select(tracks: list[Track], wanted_id: str, prediction: Forecast | None) -> list[Track]:
        ids = [t.track_id for t in tracks]
        if wanted_id:
            chosen = [t for t in tracks if t.track_id == wanted_id]
            if not chosen:
                shown = ", ".join(f"'{i}'" for i in ids[:10]) + (" ..." if len(ids) > 10 else "")
                raise QgsProcessingException(
                    tr("No track '{}' in the track layer (track_id values: {}).").format(wanted_id, shown))
            return chosen
        if prediction is None:
            return tracks
        # a predictor answer describes one balloon: say which when the layer holds several
        if prediction.track_id in ids:
            return [t for t in tracks if t.track_id == prediction.track_id]
        if len(tracks) == 1:
            return tracks
        raise QgsProcessingException(tr(
            "The track layer holds {} tracks: give the one the prediction is for in TRACK_ID.").format(len(tracks)))

    @staticmethod
    def _forecast(track: Track, method: str, winds: WindField | None, horizon_h: float, step_min: float,
                  window_h: float, calibrate: bool, steps, feedback, check_state: bool = True) -> TrackResult:
        res = calibrated_forecast(track, method, winds, horizon_h, step_min, window_h, calibrate, BACKTEST_LEADS_H,
                                  feedback=steps, check_state=check_state)
        if res.not_calibrated is not None:
            feedback.pushWarning(tr("Track '{}': the cone is not calibrated, the default cone is used ({}).")
                                 .format(track.track_id, res.not_calibrated))
        if res.backtest is not None:
            for note in res.backtest.get("notes", []):
                feedback.pushInfo(tr("Track '{}' back-test: {}").format(track.track_id, translated(note)))
            measured = res.measured_up_to_h
            if measured is not None and measured < horizon_h:
                feedback.pushWarning(tr(
                    "Track '{}': the cone is measured up to {} h only; beyond that it is extrapolated "
                    "in proportion to lead time.").format(track.track_id, f"{measured:g}"))
        return TrackResult(res.forecast, [], horizon_h, res.backtest)

    @staticmethod
    def _from_prediction(prediction: Forecast, track: Track, horizon_h: float, calibrate: bool,
                         feedback) -> TrackResult:
        fc = from_prediction(prediction, track.track_id, horizon_h)
        if calibrate:
            feedback.pushInfo(tr("A predictor file cannot be back-tested on the track: the default cone is used."))
        last_fix = np.nanmax(track.times) if np.isfinite(track.times).any() else math.nan
        if math.isfinite(last_fix) and fc.times[-1] < last_fix:
            feedback.pushWarning(tr("The prediction ends ({}) before the track's last fix ({}): it is out of date.")
                                 .format(epoch_to_iso(fc.times[-1]), epoch_to_iso(last_fix)))
        return TrackResult(fc, [], horizon_h, None)

    @staticmethod
    def _etas(results: list[TrackResult], sites_source, name_field: str | None, alert_m: float, feedback,
              transform_context) -> list:
        if sites_source is None:
            return []
        sites, notes = sites_from_source(sites_source, name_field, feedback, transform_context)
        for note in notes:
            feedback.pushInfo(translated(note))
        points = [(s.name, float(s.coords[0]), float(s.coords[1])) for s in sites if s.geom_type == "point"]
        if not points:
            raise InputError(tr("the sites layer has no point sites"), sites_source.sourceName())
        out = []
        for res in results:
            for e in eta(res.forecast, points, alert_m):
                out.append((res.forecast.track_id, e))
        return out

    # ------------------------------------------------------------------ outputs
    def _write(self, parameters, context, feedback, results: list[TrackResult], etas: list, alert_m: float,
               have_sites: bool) -> dict:
        sink, dest = self.create_sink(parameters, self.OUTPUT, context, FORECAST_POINTS)
        pf = qgs_fields(FORECAST_POINTS)
        for res in results:
            fc = res.forecast
            for i, lead in enumerate(fc.leads_h):
                point = QgsGeometry.fromPointXY(QgsPointXY(float(fc.lon[i]), float(fc.lat[i])))
                add_feature(sink, new_feature(pf, point, {
                    "track_id": fc.track_id, "time": qdatetime(float(fc.times[i])), "lead_h": float(lead),
                    "alt_m": _num(fc.alt_m[i]), "radius_m": _num(fc.radius_m[i]), "method": fc.method}))

        csink, cdest = self.create_sink(parameters, self.OUTPUT_CONE, context, FORECAST_CONE)
        cf = qgs_fields(FORECAST_CONE)
        for res in results:
            fc = res.forecast
            if csink is not None and res.cone:
                add_feature(csink, new_feature(cf, multipolygon_geometry(res.cone), {
                    "track_id": fc.track_id, "method": fc.method,
                    "horizon_h": float(fc.leads_h[-1]) if len(fc) else 0.0, "notes": "; ".join(fc.notes)}))

        esink, edest = self.create_sink(parameters, self.OUTPUT_ETA, context, FORECAST_ETA)
        if esink is not None and not have_sites:
            feedback.pushWarning(tr("No sites were given: the arrival-time layer is empty."))
        ef = qgs_fields(FORECAST_ETA)
        eta_list = []
        for track_id, e in etas:
            if esink is not None:
                add_feature(esink, new_feature(ef, QgsGeometry.fromPointXY(QgsPointXY(e.lon, e.lat)), {
                    "site": e.site, "track_id": track_id, "earliest_entry": qdatetime(e.earliest_entry),
                    "likely_entry": qdatetime(e.likely_entry), "cpa_time": qdatetime(e.cpa_time),
                    "cpa_m": e.cpa_distance_m, "cpa_uncertainty_m": e.cpa_uncertainty_m, "alert_m": alert_m,
                    "inside_now": e.inside_now}))
            eta_list.append({
                "track_id": track_id, "site": e.site, "earliest_entry": epoch_to_iso(e.earliest_entry),
                "likely_entry": epoch_to_iso(e.likely_entry), "cpa_time": epoch_to_iso(e.cpa_time),
                "cpa_m": e.cpa_distance_m, "cpa_uncertainty_m": e.cpa_uncertainty_m, "inside_now": e.inside_now,
            })
            if e.earliest_entry is not None:
                feedback.pushInfo(tr("Track '{}' may reach {} (within {} km) from {}, most likely {}.").format(
                    track_id, e.site, f"{alert_m / 1000.0:g}", epoch_to_iso(e.earliest_entry),
                    epoch_to_iso(e.likely_entry) or tr("not within the forecast")))

        backtests = []
        for res in results:
            if res.backtest is None:
                continue
            bt = res.backtest
            backtests.append({
                "track_id": bt["track_id"], "method": bt["method"], "n_origins": bt["n_origins"],
                "span_h": bt["span_h"], "cone": bt["model"],
                "leads": [{k: row[k] for k in ("lead_h", "n", "median_m", "p90_m", "mean_m", "max_m")}
                          for row in bt["leads"]],
            })
        return {self.OUTPUT: dest, self.OUTPUT_CONE: cdest, self.OUTPUT_ETA: edest,
                "ETA": eta_list, "BACKTEST": backtests, "TRACKS": len(results)}


def _num(value) -> float | None:
    v = float(value)
    return v if math.isfinite(v) else None
