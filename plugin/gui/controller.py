"""What the dock's buttons do: build algorithm parameters, run them through the runner, load results, tell.

Every action runs the same Processing algorithm as the toolbox and ``qgis_process`` (``balloonwatch:<id>``);
parameters are checked against the algorithm's definitions (``params``). Outputs go to the case GeoPackage the
analyst chose (``outputs``), the message bar says where, and a step run again replaces the layers it made.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import math
import os

from qgis.core import Qgis, QgsDateTimeRange, QgsProject, QgsRectangle, QgsTemporalNavigationObject, QgsWkbTypes
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QDateTime, QObject, Qt, QTimer

from ..core.errors import BalloonWatchError
from ..core.flight_state import REFUSAL
from ..core.tracks import preview_csv
from ..core.units import parse_distances, to_metres
from ..definitions import PLUGIN_SLUG, plugin_name
from ..qgis_io.track_import import is_url
from ..toolbelt.i18n import tr, translated
from ..toolbelt.settings import PluginSettings
from . import outputs, params
from .display import distance_text
from .runner import AlgorithmRunner
from .summaries import closure_counts_text, flight_state_lines, track_summary

LOG = logging.getLogger(f"{PLUGIN_SLUG}.dock")


class DockController(QObject):
    """Wires the dock's widgets (``view``) to the algorithms; ``iface`` gives the message bar and the canvas."""

    def __init__(self, view, iface, parent=None):
        super().__init__(parent or view)
        self.view, self.iface = view, iface
        self.settings = PluginSettings.load()
        self.runner = AlgorithmRunner(self)
        self.live_timer = QTimer(self)
        self.live_timer.timeout.connect(self.live_refresh)
        self._live_source: str | None = None
        self._forecast_layer_id: str | None = None  # the last forecast: proposals cover it too
        v = view
        self.runner.progressChanged.connect(v.taskProgress.setValue)
        self.runner.busyChanged.connect(v.set_busy)
        v.taskCancelButton.clicked.connect(self.runner.cancel)
        v.caseStore.fileChanged.connect(self.choose_case)
        v.trackPreviewButton.clicked.connect(self.preview_track)
        v.trackImportButton.clicked.connect(self.import_track)
        v.trackLive.toggled.connect(self.toggle_live)
        v.forecastButton.clicked.connect(self.forecast)
        v.sitesCatalogueButton.clicked.connect(self.add_catalogue)
        v.sitesBufferButton.clicked.connect(self.buffer_sites)
        v.proxRunButton.clicked.connect(self.measure_approaches)
        v.airspaceImportButton.clicked.connect(self.import_airspace)
        v.flagRunButton.clicked.connect(self.flag_closures)
        v.proposeRunButton.clicked.connect(self.propose_closures)
        v.exportRunButton.clicked.connect(self.export_briefing)
        v.results.activated.connect(self.go_to)
        v.set_case(self.settings.case_store, outputs.store(self.settings, create=False))

    # ------------------------------------------------------------------ messages
    def bar(self, level, text: str, duration: int = 8) -> None:
        LOG.info(text)
        self.iface.messageBar().pushMessage(plugin_name(), text, level, duration)

    def error(self, text: str) -> None:
        LOG.warning(text)
        self.iface.messageBar().pushMessage(plugin_name(), text, Qgis.MessageLevel.Critical, 0)

    def _finish(self, ok: bool, feedback, what: str, in_bar: int = 3) -> bool:
        """Common ending: errors to the bar, every warning to the log and the first ``in_bar`` of them to the bar
        at Warning level. Returns ok."""
        if not ok:
            self.error(tr("{} failed: {}").format(what, _reason(feedback)))
            return False
        warnings = feedback.warnings if feedback else []
        for warning in warnings:
            LOG.warning("%s: %s", what, warning)
        for warning in warnings[:in_bar]:
            self.iface.messageBar().pushMessage(plugin_name(), warning, Qgis.MessageLevel.Warning, 10)
        return True

    def _written(self, summary: str, path: str, level=Qgis.MessageLevel.Success) -> None:
        """After each run: what was done and where it was written (a temporary place said as such)."""
        where = tr("Written to {}.").format(path)
        if not self.settings.case_store and outputs.is_temporary(path):
            where += " " + tr("This is a temporary folder: choose a case file at the top of the dock to keep "
                              "your work.")
        self.bar(level, f"{summary} {where}".strip(), 10)

    def _run(self, alg: str, values, done) -> None:
        """Run ``alg`` with ``values`` (a dict, or a function giving it: enum look-ups may fail there too)."""
        if self.runner.busy:
            self.bar(Qgis.MessageLevel.Info, tr("Another Balloon Watch task is running; wait for it or cancel it."))
            return
        try:
            built = params.build(alg, **(values() if callable(values) else values))
        except LookupError as exc:  # the dock and the algorithm disagree: a bug, said plainly
            LOG.exception("parameters of %s", alg)
            self.error(tr("The dock could not prepare {}: {}").format(alg, exc))
            return
        self.runner.run(f"{params.PROVIDER}:{alg}", built, done)

    def _store(self) -> str | None:
        """The case GeoPackage, its folder made; None (and the reason in the bar) when it cannot be."""
        try:
            return outputs.store(self.settings)
        except OSError as exc:
            self.error(tr("The case folder cannot be created: {}").format(translated(exc)))
            return None

    # ------------------------------------------------------------------ case
    def choose_case(self, path: str) -> None:
        """The analyst chose where this case is written: kept in the settings for the next session."""
        self.settings = PluginSettings.load()
        self.settings.case_store = path.strip()
        self.settings.save()
        # called at each keystroke too: nothing is created until a step runs
        self.view.set_case(self.settings.case_store, outputs.store(self.settings, create=False))

    # ------------------------------------------------------------------ tracks
    def preview_track(self) -> None:
        v = self.view
        source = v.trackSource.filePath().strip()
        if not source or is_url(source) or source.lower().startswith("sondehub:"):
            self.bar(Qgis.MessageLevel.Info,
                     tr("Preview works on local CSV/TSV files; other sources are read on import."))
            return
        try:
            with open(source, "rb") as fh:
                head = fh.read(65536)
            pv = preview_csv(head, source)
        except (OSError, BalloonWatchError) as exc:
            self.error(tr("Preview failed: {}").format(translated(exc)))
            return
        v.show_preview(pv)
        if not pv.has_header and not v.trackColumns.text().strip():
            v.trackColumns.setText(", ".join(f"{role}={j + 1}" for role, j in sorted(pv.mapping.items(),
                                                                                    key=lambda kv: kv[1])))

    def import_track(self, _checked=False, refresh: bool = False) -> None:
        v = self.view
        source = v.trackSource.filePath().strip()
        if not source:
            self.error(tr("Choose a track file or type a URL first."))
            return
        store = self._store()
        if store is None:
            return
        label = source.split(":", 1)[1] if source.lower().startswith("sondehub:") else source

        def values():
            return {"INPUT": source,
                    "FORMAT": params.enum_value("importtrack", "FORMAT", v.trackFormat.currentText()),
                    "TIME_ZONE": v.trackTimeZone.currentText() or "UTC",
                    "ALT_UNIT": params.enum_value("importtrack", "ALT_UNIT", v.trackAltUnit.currentText()),
                    "DATE": v.trackDate.text().strip(), "COLUMNS": v.trackColumns.text().strip(),
                    "OUTPUT": outputs.destination(store, "track_points", label),
                    "OUTPUT_LINE": outputs.destination(store, "track_line", label)}
        inputs = outputs.inputs_key("importtrack", source)

        def done(ok, results, feedback):
            if not self._finish(ok, feedback, tr("Track import")):
                return
            name = os.path.splitext(os.path.basename(label))[0] or label
            # a predictor's answer is not where the balloon was: its layers and summary say so
            predicted = results.get("FORMAT") == "prediction"
            line_name = tr("{} predicted line") if predicted else tr("{} line")
            points_name = tr("{} predicted positions") if predicted else tr("{} fixes")
            outputs.place_layer(results["OUTPUT_LINE"], line_name.format(name), "track_line", inputs)
            layer, _ = outputs.place_layer(results["OUTPUT"], points_name.format(name), "track_points", inputs)
            v.proxTrackLayer.setLayer(layer)
            v.flagTrackLayer.setLayer(layer)
            short, full, worrying = track_summary(results, name)
            if predicted:
                note = tr("Predicted, not observed: a balloon predictor's answer.")
                short, full = f"{short} {note}", f"{note}\n{full}"
            # the file's name is in the summary below (a long name would not fit this line)
            v.tracksStatus.setText(tr("Imported {} fixes in {} track(s).").format(results.get("POINTS"),
                                                                               results.get("TRACKS")))
            v.show_track_summary(full)
            LOG.info("%s", full)
            level = Qgis.MessageLevel.Info if refresh else Qgis.MessageLevel.Success
            self._written(short, store, Qgis.MessageLevel.Warning if worrying else level)
            self.fit_project_to_track(layer, first=not refresh)

        self._run("importtrack", values, done)

    def fit_project_to_track(self, layer, first: bool) -> None:
        """Project CRS, extent and Temporal Controller (range, step) fitted to the incident after an import.

        The one call site of ``plugin/qgis_io/project.py`` (written beside this change, in another branch): a
        first import opens the project onto the incident, a live refresh only widens the time range so the map
        stays where the analyst put it. Without that module the canvas is zoomed to the track.
        """
        project_setup = _project_module()
        canvas = self.iface.mapCanvas()
        if project_setup is not None and first:
            # after QGIS has handled the layers just added: an empty project takes the CRS of its first layer
            # once control returns to the event loop, which would undo the incident's CRS set here at once
            QTimer.singleShot(0, lambda: project_setup.open_onto_incident(QgsProject.instance(), canvas))
        elif project_setup is not None:
            project_setup.update_time_settings(QgsProject.instance(), canvas.temporalController())
        elif first:
            canvas.setExtent(layer.extent())
            canvas.refresh()

    def toggle_live(self, on: bool) -> None:
        v = self.view
        if on:
            source = v.trackSource.filePath().strip()
            if not source:
                v.trackLive.setChecked(False)
                self.error(tr("Type the URL of a live feed first."))
                return
            self._live_source = source
            self.live_timer.start(v.trackLiveMinutes.value() * 60_000)
            v.tracksStatus.setText(tr("Live updates every {} min from {}").format(v.trackLiveMinutes.value(), source))
        else:
            self.live_timer.stop()
            self._live_source = None

    def live_refresh(self) -> None:
        if self._live_source and not self.runner.busy:
            self.import_track(refresh=True)

    def _alert_radius_m(self) -> float:
        return to_metres(self.view.proxDistance.value(), self.view.proxDistanceUnit.currentText())

    def forecast(self) -> None:
        v = self.view
        track = v.proxTrackLayer.currentLayer()
        if track is None:
            self.error(tr("Import a track first (or choose its point layer in the Sites section)."))
            return
        sites = v.sitesLayer.currentLayer()
        store = self._store()
        if store is None:
            return
        values = {"TRACK": track, "HORIZON_H": float(v.forecastHorizon.value()), "CALIBRATE": True,
                  "IGNORE_STATE": v.forecastIgnoreState.isChecked(),
                  "OUTPUT": outputs.destination(store, "forecast_points", track.name()),
                  "OUTPUT_CONE": outputs.destination(store, "forecast_cone", track.name())}
        # ETA works on point sites
        with_eta = sites is not None and sites.geometryType() == QgsWkbTypes.GeometryType.PointGeometry
        if with_eta:
            values.update({"SITES": sites, "NAME_FIELD": v.sitesNameField.currentField() or None,
                           "ALERT_DISTANCE": self._alert_radius_m(),
                           "OUTPUT_ETA": outputs.destination(store, "forecast_eta", track.name())})
        inputs = outputs.inputs_key("forecasttrack", track, sites if with_eta else "")

        def done(ok, results, feedback):
            if not ok and not feedback.isCanceled() and _state_refusal(feedback):
                # not a failure of the tool: the balloon is down or coming down, and the analyst is told why
                reason = _reason(feedback)
                v.show_status(v.tracksStatus, tr("{} Tick 'Extrapolate anyway' to forecast it anyway.").format(reason))
                self.bar(Qgis.MessageLevel.Warning, reason, 0)
                return
            if not self._finish(ok, feedback, tr("Forecast")):
                return
            states = results.get("FLIGHT_STATES") or {}
            reasons = flight_state_lines(states, feedback.infos)
            forced = [t for t, st in states.items() if st in ("on ground", "descending")]
            for track_id in forced:
                self.bar(Qgis.MessageLevel.Warning, tr("Track '{}' is {} but was extrapolated as you asked: the "
                                                       "forecast carries it on as if it were floating.").format(
                    track_id, tr(states[track_id])), 15)
            outputs.place_layer(results["OUTPUT_CONE"], tr("Forecast cone"), "forecast_cone", inputs)
            points, _ = outputs.place_layer(results["OUTPUT"], tr("Forecast"), "forecast_points", inputs)
            self._forecast_layer_id = points.id()
            if results.get("OUTPUT_ETA"):
                eta, _ = outputs.place_layer(results["OUTPUT_ETA"], tr("Forecast arrival times"), "forecast_eta",
                                             inputs)
                v.show_results(eta)
            for item in results.get("ETA") or []:
                if item.get("earliest_entry"):
                    self.bar(Qgis.MessageLevel.Warning,
                             tr("Forecast: {} may reach {} from {} (most likely {}).").format(
                                 item.get("track_id"), item.get("site"), item.get("earliest_entry"),
                                 item.get("likely_entry") or tr("not on the central path")), 15)
            text = " ".join([tr("Forecast written for the next {} h.").format(v.forecastHorizon.value()), *reasons])
            if results.get("OUTPUT_ETA"):
                v.tracksStatus.setText(text)  # the arrival times are in the Results, opened above
            else:
                v.show_status(v.tracksStatus, text)
            self._written(text, store, Qgis.MessageLevel.Warning if forced else Qgis.MessageLevel.Success)

        def with_method():
            method = params.enum_value("forecasttrack", "METHOD", tr("Persistence (last velocity)"))
            return {**values, "METHOD": method}

        self._run("forecasttrack", with_method, done)

    # ------------------------------------------------------------------ sites
    def add_catalogue(self) -> None:
        try:
            from ..qgis_io.sites_catalogue import add_catalogue_layer

            # the analyst's editable copy sits beside the case file
            store = self._store()
            if store is None:
                return
            layer = add_catalogue_layer(QgsProject.instance(), os.path.dirname(store))
        except Exception as exc:  # noqa: BLE001 - the analyst gets a sentence, the log the traceback
            LOG.exception("catalogue")
            self.error(tr("The sites catalogue could not be added: {}").format(translated(exc)))
            return
        self.view.sitesLayer.setLayer(layer)
        self._written(tr("Added {} sites from the bundled catalogue.").format(layer.featureCount()),
                      layer.source().split("|")[0])

    def buffer_sites(self) -> None:
        v = self.view
        layer = v.sitesLayer.currentLayer()
        if layer is None:
            self.error(tr("Choose a sites layer first."))
            return
        try:
            distances = parse_distances(v.sitesDistances.text(), v.sitesDistanceUnit.currentText())
        except BalloonWatchError as exc:
            self.error(tr("Buffer distances: {}").format(translated(exc)))
            return
        store = self._store()
        if store is None:
            return
        values = {"INPUT": layer, "DISTANCES": ",".join(f"{d:.3f}" for d in distances),
                  "TOLERANCE": self.settings.buffer_tolerance_m, "DONUTS": v.sitesDonuts.isChecked(),
                  "OUTPUT": outputs.destination(store, "site_buffers", layer.name())}
        inputs = outputs.inputs_key("buffersites", layer)

        def done(ok, results, feedback):
            if self._finish(ok, feedback, tr("Buffering")):
                outputs.place_layer(results["OUTPUT"], tr("{} buffers").format(layer.name()), "site_buffers", inputs)
                text = tr("Geodesic buffers written for {}.").format(layer.name())
                v.sitesStatus.setText(text)
                self._written(text, store)

        self._run("buffersites", values, done)

    def measure_approaches(self) -> None:
        v = self.view
        track, sites = v.proxTrackLayer.currentLayer(), v.sitesLayer.currentLayer()
        if track is None or sites is None:
            self.error(tr("Choose a track point layer and a sites layer first."))
            return
        radius = self._alert_radius_m()
        store = self._store()
        if store is None:
            return
        values = {"TRACK": track, "SITES": sites, "NAME_FIELD": v.sitesNameField.currentField() or None,
                  "DISTANCE": radius,
                  "OUTPUT": outputs.destination(store, "approaches", track.name()),
                  "OUTPUT_PARTS": outputs.destination(store, "approach_parts", track.name())}
        inputs = outputs.inputs_key("siteproximity", track, sites)

        def done(ok, results, feedback):
            if not self._finish(ok, feedback, tr("Proximity")):
                return
            outputs.place_layer(results["OUTPUT_PARTS"], tr("Track inside alert radius"), "approach_parts", inputs)
            events, _ = outputs.place_layer(results["OUTPUT"], tr("Closest approaches"), "approach_events", inputs)
            v.show_results(events)
            for f in sorted(events.getFeatures(), key=lambda f: f["cpa_m"]):
                when = f["cpa_time"].toString("yyyy-MM-dd HH:mm") + " UTC" if f["cpa_time"] else tr("unknown time")
                self.bar(Qgis.MessageLevel.Warning, tr("{} came within {} of {} ({}).").format(
                    f["track_id"], distance_text(f["cpa_m"]), f["site_name"], when), 15)
            text = tr("{} approach(es) within {}.").format(events.featureCount(), distance_text(radius))
            v.sitesStatus.setText(text)
            self._written(text, store)

        self._run("siteproximity", values, done)

    # ------------------------------------------------------------------ airspace
    def import_airspace(self) -> None:
        v = self.view
        sources = airspace_sources(v.airspaceSource.filePath())
        if not sources:
            self.error(tr("Choose an airspace file or type a URL first."))
            return
        store = self._store()
        if store is None:
            return
        source, more = sources[0], sources[1:]
        inputs = outputs.inputs_key("importairspace", *sources)
        name = os.path.basename(source) or source
        if more:
            name = tr("{} and {} more").format(name, len(more))

        def done(ok, results, feedback):
            repaired = int(results.get("REPAIRED") or 0) if ok else 0
            # the repairs are pushed last, one per outline: all in the log, their count in the bar
            shown = len(feedback.warnings) - repaired if feedback else 0
            if not self._finish(ok, feedback, tr("Airspace import"), in_bar=min(3, max(0, shown))):
                return
            layer, _ = outputs.place_layer(results["OUTPUT"], name, "airspace", inputs)
            v.flagAirspaceLayer.setLayer(layer)
            text = tr("Imported {} airspace volume(s) from {} file(s); {} record(s) skipped.").format(
                results.get("COUNT", layer.featureCount()), len(sources), results.get("SKIPPED", 0))
            if repaired:
                text += " " + tr("{} invalid outline(s) repaired and kept: details in the log.").format(repaired)
            v.show_status(v.airspaceStatus, text)
            self._written(text, store, Qgis.MessageLevel.Warning if repaired else Qgis.MessageLevel.Success)

        self._run("importairspace", {"INPUT": source, "MORE_FILES": ";".join(more) or None,
                                     "OUTPUT": outputs.destination(store, "airspace", source)}, done)

    def flag_closures(self) -> None:
        v = self.view
        track, airspace = v.flagTrackLayer.currentLayer(), v.flagAirspaceLayer.currentLayer()
        if track is None or airspace is None:
            self.error(tr("Choose a track point layer and a closures layer first."))
            return
        store = self._store()
        if store is None:
            return
        values = {"TRACK": track, "AIRSPACE": airspace,
                  "OUTPUT": outputs.destination(store, "closures_flagged", airspace.name()),
                  "OUTPUT_EVENTS": outputs.destination(store, "closure_events", airspace.name())}
        inputs = outputs.inputs_key("flagclosures", track, airspace)

        def done(ok, results, feedback):
            if not self._finish(ok, feedback, tr("Closure check")):
                return
            outputs.place_layer(results["OUTPUT_EVENTS"], tr("Track inside closures"), "closure_events", inputs)
            flagged, _ = outputs.place_layer(results["OUTPUT"], tr("Closures flagged"), "closures_flagged", inputs)
            v.show_results(flagged)
            for ident in results.get("VIOLATED_IDENTS", []) or []:
                self.bar(Qgis.MessageLevel.Critical, tr("The track violated closure {}.").format(ident), 15)
            checked = results.get("CHECKED", flagged.featureCount())
            text = closure_counts_text(checked, results.get("STATUSES") or {})
            v.airspaceStatus.setText(text)
            v.resultsStatus.setText(text + " " + v.resultsStatus.text())
            violated = results.get("VIOLATED", 0)
            self._written(text, store, Qgis.MessageLevel.Warning if violated else Qgis.MessageLevel.Success)

        self._run("flagclosures", values, done)

    def propose_closures(self) -> None:
        v = self.view
        track = v.flagTrackLayer.currentLayer()
        if track is None:
            self.error(tr("Choose a track point layer first."))
            return
        store = self._store()
        if store is None:
            return
        sites = v.sitesLayer.currentLayer()
        forecast = QgsProject.instance().mapLayer(self._forecast_layer_id) if self._forecast_layer_id else None
        values = {"TRACK": track, "SITES": sites, "NAME_FIELD": v.sitesNameField.currentField() or None,
                  "RADIUS": to_metres(v.proposeRadius.value(), v.proposeRadiusUnit.currentText()),
                  "FLOOR_FT": float(v.proposeFloor.value()), "CEILING_FL": v.proposeCeiling.value(),
                  "FORECAST": forecast,
                  "OUTPUT": outputs.destination(store, "proposals", track.name())}
        inputs = outputs.inputs_key("proposeclosures", track, sites or "", forecast or "")

        def done(ok, results, feedback):
            if self._finish(ok, feedback, tr("Proposal")):
                layer, _ = outputs.place_layer(results["OUTPUT"], tr("Proposed closures"), "proposals", inputs)
                v.show_results(layer)
                text = tr("{} closure(s) proposed; the NOTAM text is in the Results.").format(layer.featureCount())
                assumed = assumed_limits(layer)
                if assumed:
                    # the balloon's altitude is unknown there: the band is the dock's floor and ceiling
                    text += " " + tr("{} with assumed limits ({}): the balloon's altitude is unknown there.").format(
                        len(assumed), ", ".join(assumed))
                v.airspaceStatus.setText(text)
                self._written(text, store, Qgis.MessageLevel.Warning if assumed else Qgis.MessageLevel.Success)

        self._run("proposeclosures", values, done)

    # ------------------------------------------------------------------ results
    def go_to(self, layer_id: str, fid: int, epoch: float) -> None:
        """Zoom the canvas to a result and move the Temporal Controller to its moment."""
        layer = QgsProject.instance().mapLayer(layer_id)
        if layer is None:
            return
        geom = layer.getFeature(fid).geometry()
        canvas = self.iface.mapCanvas()
        if geom is not None and not geom.isEmpty():
            box = geom.boundingBox()
            if box.width() == 0 and box.height() == 0:
                box = QgsRectangle(box.xMinimum() - 0.5, box.yMinimum() - 0.5, box.xMaximum() + 0.5,
                                   box.yMaximum() + 0.5)
            else:
                box.scale(1.5)
            canvas.setExtent(canvas.mapSettings().layerExtentToOutputExtent(layer, box))
            canvas.refresh()
        if not math.isnan(epoch):
            self.move_time_to(epoch)

    def move_time_to(self, epoch: float, half_window_s: float = 1800.0) -> None:
        """Move the Temporal Controller to a window centred on ``epoch``."""
        nav = self.iface.mapCanvas().temporalController()
        if nav is None or not hasattr(nav, "setTemporalExtents"):
            return
        start = QDateTime.fromMSecsSinceEpoch(int((epoch - half_window_s) * 1000), Qt.TimeSpec.UTC)
        end = QDateTime.fromMSecsSinceEpoch(int((epoch + half_window_s) * 1000), Qt.TimeSpec.UTC)
        if hasattr(nav, "setNavigationMode"):
            nav.setNavigationMode(QgsTemporalNavigationObject.NavigationMode.FixedRange)
        nav.setTemporalExtents(QgsDateTimeRange(start, end))

    # ------------------------------------------------------------------ export
    def export_briefing(self) -> None:
        v = self.view
        path = v.exportOutput.filePath().strip()
        if not path:
            self.error(tr("Choose where to write the briefing (PDF, PNG or SVG)."))
            return
        layers = list(QgsProject.instance().layerTreeRoot().checkedLayers())
        if not layers:
            self.error(tr("Nothing to export: no layer is visible."))
            return
        values = {"LAYERS": layers, "TITLE": v.exportTitle.text(), "SUBTITLE": v.exportSubtitle.text(),
                  "BANNER": self.settings.briefing_banner, "DPI": self.settings.export_dpi, "OUTPUT": path}

        def done(ok, results, feedback):
            if self._finish(ok, feedback, tr("Export")):
                written = results.get("OUTPUT", path)
                v.exportStatus.setText(tr("Briefing written to {}").format(written))
                self.bar(Qgis.MessageLevel.Success, tr("Briefing written to {}").format(written), 8)

        self._run("exportlayout", values, done)

    def shutdown(self) -> None:
        """Stop timers and any running task (the plugin's unload)."""
        self.live_timer.stop()
        self.runner.cancel()


def _reason(feedback) -> str:
    return "; ".join(e for e in (feedback.errors if feedback else []) if e) or tr("unknown error")


def _state_refusal(feedback) -> bool:
    """True when the forecast refused a landed or descending balloon (core's wording, see core.flight_state)."""
    marks = {_refusal_mark(REFUSAL), _refusal_mark(tr(REFUSAL))}
    return any(mark and mark in e for e in feedback.errors if e for mark in marks)


def _refusal_mark(template: str) -> str:
    """The words between the track and the reason: "is not forecast:" (or its translation)."""
    between = template.split("{reason}")[0].split("{track_id}")[-1]
    return between.strip(" '\u2019\u00a0")


def airspace_sources(text: str) -> list[str]:
    """The files (or the URL) in the airspace file box: one path, several quoted ones, or ';'-separated."""
    text = (text or "").strip()
    if not text:
        return []
    if text.startswith('"'):
        return [p for p in QgsFileWidget.splitFilePaths(text) if p.strip()]
    return [p.strip() for p in text.split(";") if p.strip()]


def assumed_limits(layer) -> list[str]:
    """Idents of the proposals whose vertical limits are assumed (their ``limits`` field says so)."""
    if "limits" not in layer.fields().names():
        return []
    return [f["ident"] for f in layer.getFeatures()
            if isinstance(f["limits"], str) and f["limits"].lower().startswith("limits assumed")]


def _project_module():
    """``qgis_io.project`` when it is installed (checked without hiding an error raised inside it), else None."""
    name = f"{__package__.rsplit('.', 1)[0]}.qgis_io.project"
    return importlib.import_module(name) if importlib.util.find_spec(name) is not None else None
