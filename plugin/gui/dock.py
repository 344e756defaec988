"""The Balloon Watch dock: Tracks, Sites, Airspace, Results and Export sections.

The dock only wires widgets to the Processing algorithms of ``plugin/processing`` (run in a background
task through :mod:`.runner`), so the toolbox, models, ``qgis_process`` and the dock run the same code.
"""

from __future__ import annotations

import logging
import math
import os
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsDateTimeRange,
    QgsMapLayerProxyModel,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsDockWidget, QgsFileWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QDateTime, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QTableWidgetItem

from ..core.errors import BalloonWatchError
from ..core.sites import guess_name_field
from ..core.tracks import FORMATS, preview_csv
from ..core.units import parse_distances, to_metres
from ..definitions import PLUGIN_SLUG, plugin_name
from ..qgis_io.layers import default_store, gpkg_destination, load_layer, table_name
from ..qgis_io.track_import import is_url
from ..toolbelt.i18n import tr
from ..toolbelt.settings import PluginSettings
from .runner import AlgorithmRunner
from .timezones import fill_time_zones

LOG = logging.getLogger(f"{PLUGIN_SLUG}.dock")
FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_name("dock.ui")))
DISTANCE_UNITS = ["km", "NM", "mi", "m"]
ALT_UNITS = ["", "m", "ft", "km", "FL"]


class BalloonWatchDock(QgsDockWidget, FORM_CLASS):
    """Dock panel; ``iface`` is used only for the message bar, the map canvas and its temporal controller."""

    closingPlugin = pyqtSignal()  # noqa: N815 - Qt signal naming

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.setupUi(self)
        self.setObjectName("BalloonWatchDock")
        self.setWindowTitle(tr("Balloon Watch: incident analysis"))
        self._retranslate()
        self.settings = PluginSettings.load()
        self.runner = AlgorithmRunner(self)
        self.runner.progressChanged.connect(self.taskProgress.setValue)
        self.runner.busyChanged.connect(self._set_busy)
        self.taskCancelButton.clicked.connect(self.runner.cancel)
        self.live_timer = QTimer(self)
        self.live_timer.timeout.connect(self._live_refresh)
        self._live_source: str | None = None
        self._forecast_layer_id: str | None = None  # the last forecast: proposals cover it too
        self._setup_widgets()
        self._fit_width()
        self.sections.setCurrentIndex(0)

    # ------------------------------------------------------------------ setup
    def _retranslate(self) -> None:
        """The .ui strings are English; translate them in our context (one context for the plugin)."""
        titles = [tr("Tracks"), tr("Sites"), tr("Airspace"), tr("Results"), tr("Export")]
        for i, title in enumerate(titles):
            self.sections.setItemText(i, title)
        labels = {
            self.trackSourceLabel: tr("File or URL"), self.trackFormatLabel: tr("Format"),
            self.trackTimeZoneLabel: tr("Time zone"),
            self.trackAltUnitLabel: tr("Altitude unit"), self.trackDateLabel: tr("Date (time-only)"),
            self.trackPreviewButton: tr("Preview"), self.trackImportButton: tr("Import track"),
            self.trackLive: tr("Update every"),
            self.sitesCatalogueButton: tr("Add bundled sites catalogue"), self.sitesLayerLabel: tr("Sites layer"),
            self.sitesNameFieldLabel: tr("Name field"), self.sitesDistancesLabel: tr("Buffer distances"),
            self.sitesRingsLabel: tr("Rings"), self.sitesDonuts: tr("as donuts (rings between distances)"),
            self.sitesBufferButton: tr("Buffer sites"), self.proxTrackLabel: tr("Track points"),
            self.proxDistanceLabel: tr("Alert radius"), self.proxRunButton: tr("Measure approaches"),
            self.airspaceSourceLabel: tr("File or URL"), self.airspaceImportButton: tr("Import closures"),
            self.flagTrackLabel: tr("Track points"), self.flagAirspaceLabel: tr("Closures"),
            self.flagRunButton: tr("Check closures"), self.proposeRunButton: tr("Propose closures"),
            self.exportTitleLabel: tr("Title"), self.exportSubtitleLabel: tr("Subtitle"),
            self.exportOutputLabel: tr("Output file"), self.exportRunButton: tr("Export briefing"),
            self.taskCancelButton: tr("Cancel"),
        }
        for widget, text in labels.items():
            widget.setText(text)
        self.trackTimeZone.setToolTip(tr("Applied only to timestamps that carry no zone"))
        self.trackSource.lineEdit().setPlaceholderText(tr("file, http(s):// URL or sondehub:CALLSIGN"))

    def _setup_widgets(self) -> None:
        s = self.settings
        self.trackSource.setStorageMode(QgsFileWidget.GetFile)
        self.trackSource.setFilter(tr("Track files (*.csv *.tsv *.txt *.gpx *.kml *.kmz *.geojson *.json *.log);;"
                                      "All files (*)"))
        self.trackFormat.addItem(tr("Detect from content"), "")
        for key, label in FORMATS.items():
            self.trackFormat.addItem(label, key)
        fill_time_zones(self.trackTimeZone)
        self.trackTimeZone.setCurrentText(s.default_time_zone)
        self.trackAltUnit.addItem(tr("From the file"), "")
        for unit in ALT_UNITS[1:]:
            self.trackAltUnit.addItem(unit, unit)
        # column mapping for a CSV without a usable header: filled from the preview, editable by the analyst
        self.trackColumns = QLineEdit(self)
        self.trackColumns.setObjectName("trackColumns")
        self.trackColumns.setPlaceholderText(tr("e.g. time=1, lat=2, lon=3, alt=4 (only if the preview is wrong)"))
        self.tracksForm.addRow(tr("Column mapping"), self.trackColumns)
        self.trackLiveMinutes.setValue(max(1, s.live_refresh_min))
        # forecast from the imported track: same algorithm as the toolbox (balloonwatch:forecasttrack)
        row = QHBoxLayout()
        self.forecastHorizon = QSpinBox(self)
        self.forecastHorizon.setObjectName("forecastHorizon")
        self.forecastHorizon.setRange(1, 240)
        self.forecastHorizon.setValue(24)
        self.forecastHorizon.setSuffix(tr(" h ahead"))
        self.forecastButton = QPushButton(tr("Forecast"), self)
        self.forecastButton.setObjectName("forecastButton")
        self.forecastButton.setToolTip(tr("Persistence forecast of the track in 'Track points' (Sites section), "
                                          "cone calibrated on its own history, arrival times at the sites"))
        row.addWidget(self.forecastHorizon)
        row.addWidget(self.forecastButton)
        self.tracksLayout.insertLayout(self.tracksLayout.count() - 1, row)
        self.forecastButton.clicked.connect(self.forecast)
        self.trackPreviewButton.clicked.connect(self.preview_track)
        self.trackImportButton.clicked.connect(self.import_track)
        self.trackLive.toggled.connect(self._toggle_live)

        self.sitesLayer.setFilters(QgsMapLayerProxyModel.PointLayer | QgsMapLayerProxyModel.LineLayer
                                   | QgsMapLayerProxyModel.PolygonLayer)
        self.sitesNameField.setLayer(self.sitesLayer.currentLayer())
        self.sitesLayer.layerChanged.connect(self._sites_layer_changed)
        for combo in (self.sitesDistanceUnit, self.proxDistanceUnit):
            combo.addItems(DISTANCE_UNITS)
        self.sitesDistances.setText(s.buffer_distances_km)
        self.proxDistance.setValue(s.alert_distance_km)
        self.proxTrackLayer.setFilters(QgsMapLayerProxyModel.PointLayer)
        self.flagTrackLayer.setFilters(QgsMapLayerProxyModel.PointLayer)
        self.flagAirspaceLayer.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.sitesCatalogueButton.clicked.connect(self.add_catalogue)
        self.sitesBufferButton.clicked.connect(self.buffer_sites)
        self.proxRunButton.clicked.connect(self.measure_approaches)

        self.airspaceSource.setStorageMode(QgsFileWidget.GetFile)
        self.airspaceSource.setFilter(tr("Airspace files (*.xml *.txt *.json *.geojson *.aixm);;All files (*)"))
        self.airspaceImportButton.clicked.connect(self.import_airspace)
        self.flagRunButton.clicked.connect(self.flag_closures)
        self.proposeRunButton.clicked.connect(self.propose_closures)

        self.resultsTable.cellDoubleClicked.connect(self._result_activated)
        self.resultsTable.setEditTriggers(self.resultsTable.NoEditTriggers)
        self.resultsTable.setSelectionBehavior(self.resultsTable.SelectRows)

        self.exportOutput.setStorageMode(QgsFileWidget.SaveFile)
        self.exportOutput.setFilter(tr("PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)"))
        self.exportTitle.setText(tr("Balloon incident briefing"))
        self.exportRunButton.clicked.connect(self.export_briefing)
        self._action_buttons = [self.trackImportButton, self.sitesCatalogueButton, self.sitesBufferButton,
                                self.proxRunButton, self.airspaceImportButton, self.flagRunButton,
                                self.proposeRunButton, self.exportRunButton, self.forecastButton]

    def _fit_width(self) -> None:
        """Long combo entries (time-zone names, layer names) must not widen the dock past the screen."""
        for combo in self.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.trackPreview.setMinimumWidth(0)
        self.trackPreview.horizontalHeader().setMinimumSectionSize(20)

    def _sites_layer_changed(self, layer) -> None:
        self.sitesNameField.setLayer(layer)
        name_field = guess_name_field(layer.fields().names()) if layer is not None else None
        if name_field:
            self.sitesNameField.setField(name_field)

    def _set_busy(self, busy: bool) -> None:
        for button in self._action_buttons:
            button.setEnabled(not busy)
        self.taskCancelButton.setEnabled(busy)
        if not busy:
            self.taskProgress.setValue(0)

    # ------------------------------------------------------------------ messages
    def _bar(self, level, text: str, duration: int = 8) -> None:
        LOG.info(text)
        self.iface.messageBar().pushMessage(plugin_name(), text, level, duration)

    def _error(self, text: str) -> None:
        LOG.warning(text)
        self.iface.messageBar().pushMessage(plugin_name(), text, Qgis.Critical, 0)

    def _finish(self, ok: bool, feedback, what: str) -> bool:
        """Common ending: errors to the bar, warnings summarised. Returns ok."""
        if not ok:
            reason = "; ".join(e for e in (feedback.errors if feedback else []) if e) or tr("unknown error")
            self._error(tr("{} failed: {}").format(what, reason))
            return False
        for warning in (feedback.warnings if feedback else [])[:3]:
            self._bar(Qgis.Warning, warning, 10)
        return True

    def _run(self, alg: str, params: dict, done) -> None:
        if self.runner.busy:
            self._bar(Qgis.Info, tr("Another Balloon Watch task is running; wait for it or cancel it."))
            return
        self.runner.run(f"balloonwatch:{alg}", params, done)

    # ------------------------------------------------------------------ tracks
    def _track_source(self) -> str:
        return self.trackSource.filePath().strip()

    def preview_track(self) -> None:
        source = self._track_source()
        if not source or is_url(source) or source.lower().startswith("sondehub:"):
            self._bar(Qgis.Info, tr("Preview works on local CSV/TSV files; other sources are read on import."))
            return
        try:
            with open(source, "rb") as fh:
                head = fh.read(65536)
            pv = preview_csv(head, source)
        except (OSError, BalloonWatchError) as exc:
            self._error(tr("Preview failed: {}").format(exc))
            return
        roles = {j: role for role, j in pv.mapping.items()}
        self.trackPreview.clear()
        self.trackPreview.setColumnCount(len(pv.columns))
        self.trackPreview.setHorizontalHeaderLabels(
            [f"{c} [{roles[j]}]" if j in roles else str(c) for j, c in enumerate(pv.columns)])
        rows = pv.rows[:10]
        self.trackPreview.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                self.trackPreview.setItem(i, j, QTableWidgetItem(str(value)))
        details = [tr("delimiter '{}'").format(pv.delimiter)]
        if getattr(pv, "alt_unit", None):
            details.append(tr("altitude in {}").format(pv.alt_unit))
        if getattr(pv, "time_kind", None):
            details.append(tr("times: {}").format(pv.time_kind))
        if not pv.has_header and not self.trackColumns.text().strip():
            self.trackColumns.setText(", ".join(f"{role}={j + 1}" for role, j in sorted(pv.mapping.items(),
                                                                                       key=lambda kv: kv[1])))
        self.tracksStatus.setText(", ".join(details + list(pv.notes)))

    def import_track(self, _checked=False, refresh: bool = False) -> None:
        source = self._track_source()
        if not source:
            self._error(tr("Choose a track file or type a URL first."))
            return
        store = default_store()
        label = source.split(":", 1)[1] if source.lower().startswith("sondehub:") else source
        points = gpkg_destination(store, table_name("track_points", label))
        line = gpkg_destination(store, table_name("track_line", label))
        params = {"INPUT": source, "FORMAT": self.trackFormat.currentIndex(),
                  "TIME_ZONE": self.trackTimeZone.currentText() or "UTC",
                  "ALT_UNIT": ALT_UNITS.index(self.trackAltUnit.currentData() or ""),
                  "DATE": self.trackDate.text().strip(), "COLUMNS": self.trackColumns.text().strip(),
                  "OUTPUT": points, "OUTPUT_LINE": line}

        def done(ok, results, feedback):
            if not self._finish(ok, feedback, tr("Track import")):
                return
            name = os.path.splitext(os.path.basename(label))[0] or label
            load_layer(results["OUTPUT_LINE"], tr("{} line").format(name), "track_line")
            layer = load_layer(results["OUTPUT"], tr("{} fixes").format(name), "track_points")
            self.proxTrackLayer.setLayer(layer)
            self.flagTrackLayer.setLayer(layer)
            text = tr("Imported {} fixes in {} track(s) from {}.").format(results.get("POINTS"), results.get("TRACKS"),
                                                                          name)
            if results.get("SKIPPED"):
                text += " " + tr("{} record(s) skipped: see the log.").format(results["SKIPPED"])
            self.tracksStatus.setText(text)
            self._bar(Qgis.Success if not refresh else Qgis.Info, text, 5)
            if not refresh:
                self.iface.mapCanvas().setExtent(layer.extent())
                self.iface.mapCanvas().refresh()

        self._run("importtrack", params, done)

    def _toggle_live(self, on: bool) -> None:
        if on:
            source = self._track_source()
            if not source:
                self.trackLive.setChecked(False)
                self._error(tr("Type the URL of a live feed first."))
                return
            self._live_source = source
            self.live_timer.start(self.trackLiveMinutes.value() * 60_000)
            self.tracksStatus.setText(tr("Live updates every {} min from {}").format(self.trackLiveMinutes.value(),
                                                                                     source))
        else:
            self.live_timer.stop()
            self._live_source = None

    def _live_refresh(self) -> None:
        if self._live_source and not self.runner.busy:
            self.import_track(refresh=True)

    def forecast(self) -> None:
        track = self.proxTrackLayer.currentLayer()
        if track is None:
            self._error(tr("Import a track first (or choose its point layer in the Sites section)."))
            return
        sites = self.sitesLayer.currentLayer()
        store = default_store()
        params = {"TRACK": track, "HORIZON_H": float(self.forecastHorizon.value()), "METHOD": 0, "CALIBRATE": True,
                  "OUTPUT": gpkg_destination(store, table_name("forecast_points", track.name())),
                  "OUTPUT_CONE": gpkg_destination(store, table_name("forecast_cone", track.name()))}
        if sites is not None and sites.geometryType() == 0:  # ETA works on point sites
            params.update({"SITES": sites, "NAME_FIELD": self.sitesNameField.currentField() or None,
                           "ALERT_DISTANCE": to_metres(self.proxDistance.value(), self.proxDistanceUnit.currentText()),
                           "OUTPUT_ETA": gpkg_destination(store, table_name("forecast_eta", track.name()))})

        def done(ok, results, feedback):
            if not self._finish(ok, feedback, tr("Forecast")):
                return
            load_layer(results["OUTPUT_CONE"], tr("Forecast cone"), "forecast_cone")
            self._forecast_layer_id = load_layer(results["OUTPUT"], tr("Forecast"), "forecast_points").id()
            if results.get("OUTPUT_ETA"):
                eta = load_layer(results["OUTPUT_ETA"], tr("Forecast arrival times"), "forecast_eta")
                self.show_results(eta, ["site", "track_id", "earliest_entry", "likely_entry", "cpa_time", "cpa_m",
                                        "cpa_uncertainty_m"], "earliest_entry", sort_field="cpa_m")
            for item in results.get("ETA") or []:
                if item.get("earliest_entry"):
                    self._bar(Qgis.Warning, tr("Forecast: {} may reach {} from {} (most likely {}).").format(
                        item.get("track_id"), item.get("site"), item.get("earliest_entry"),
                        item.get("likely_entry") or tr("not on the central path")), 15)
            self.tracksStatus.setText(tr("Forecast written for the next {} h.").format(self.forecastHorizon.value()))

        self._run("forecasttrack", params, done)

    # ------------------------------------------------------------------ sites
    def add_catalogue(self) -> None:
        try:
            from ..qgis_io.sites_catalogue import add_catalogue_layer

            layer = add_catalogue_layer(QgsProject.instance())
        except Exception as exc:  # noqa: BLE001 - the analyst gets a sentence, the log the traceback
            LOG.exception("catalogue")
            self._error(tr("The sites catalogue could not be added: {}").format(exc))
            return
        self.sitesLayer.setLayer(layer)
        self._bar(Qgis.Success, tr("Added {} sites from the bundled catalogue.").format(layer.featureCount()), 4)

    def buffer_sites(self) -> None:
        layer = self.sitesLayer.currentLayer()
        if layer is None:
            self._error(tr("Choose a sites layer first."))
            return
        try:
            distances = parse_distances(self.sitesDistances.text(), self.sitesDistanceUnit.currentText())
        except BalloonWatchError as exc:
            self._error(tr("Buffer distances: {}").format(exc))
            return
        out = gpkg_destination(default_store(), table_name("site_buffers", layer.name()))
        params = {"INPUT": layer, "DISTANCES": ",".join(f"{d:.3f}" for d in distances),
                  "TOLERANCE": self.settings.buffer_tolerance_m, "DONUTS": self.sitesDonuts.isChecked(),
                  "OUTPUT": out}

        def done(ok, results, feedback):
            if self._finish(ok, feedback, tr("Buffering")):
                load_layer(results["OUTPUT"], tr("{} buffers").format(layer.name()), "site_buffers")
                self.sitesStatus.setText(tr("Geodesic buffers written for {}.").format(layer.name()))

        self._run("buffersites", params, done)

    def measure_approaches(self) -> None:
        track, sites = self.proxTrackLayer.currentLayer(), self.sitesLayer.currentLayer()
        if track is None or sites is None:
            self._error(tr("Choose a track point layer and a sites layer first."))
            return
        radius = to_metres(self.proxDistance.value(), self.proxDistanceUnit.currentText())
        store = default_store()
        params = {"TRACK": track, "SITES": sites, "NAME_FIELD": self.sitesNameField.currentField() or None,
                  "DISTANCE": radius,
                  "OUTPUT": gpkg_destination(store, table_name("approaches", track.name())),
                  "OUTPUT_PARTS": gpkg_destination(store, table_name("approach_parts", track.name()))}

        def done(ok, results, feedback):
            if not self._finish(ok, feedback, tr("Proximity")):
                return
            load_layer(results["OUTPUT_PARTS"], tr("Track inside alert radius"), "approach_parts")
            events = load_layer(results["OUTPUT"], tr("Closest approaches"), "approach_events")
            self.show_results(events, ["site_name", "track_id", "cpa_m", "cpa_time", "cpa_alt_m", "enter_time",
                                       "exit_time", "dwell_s"], "cpa_time", sort_field="cpa_m")
            for f in sorted(events.getFeatures(), key=lambda f: f["cpa_m"]):
                when = f["cpa_time"].toString("yyyy-MM-dd HH:mm") + " UTC" if f["cpa_time"] else tr("unknown time")
                self._bar(Qgis.Warning, tr("{} came within {:.1f} km of {} ({}).").format(
                    f["track_id"], f["cpa_m"] / 1000.0, f["site_name"], when), 15)
            self.sitesStatus.setText(tr("{} approach(es) within {:.0f} km.").format(events.featureCount(),
                                                                                    radius / 1000.0))

        self._run("siteproximity", params, done)

    # ------------------------------------------------------------------ airspace
    def import_airspace(self) -> None:
        source = self.airspaceSource.filePath().strip()
        if not source:
            self._error(tr("Choose an airspace file or type a URL first."))
            return
        out = gpkg_destination(default_store(), table_name("airspace", source))

        def done(ok, results, feedback):
            if not self._finish(ok, feedback, tr("Airspace import")):
                return
            layer = load_layer(results["OUTPUT"], os.path.basename(source) or source, "airspace")
            self.flagAirspaceLayer.setLayer(layer)
            self.airspaceStatus.setText(tr("Imported {} airspace volume(s); {} record(s) skipped.").format(
                results.get("COUNT", layer.featureCount()), results.get("SKIPPED", 0)))

        self._run("importairspace", {"INPUT": source, "OUTPUT": out}, done)

    def flag_closures(self) -> None:
        track, airspace = self.flagTrackLayer.currentLayer(), self.flagAirspaceLayer.currentLayer()
        if track is None or airspace is None:
            self._error(tr("Choose a track point layer and a closures layer first."))
            return
        store = default_store()
        params = {"TRACK": track, "AIRSPACE": airspace,
                  "OUTPUT": gpkg_destination(store, table_name("closures_flagged", airspace.name())),
                  "OUTPUT_EVENTS": gpkg_destination(store, table_name("closure_events", airspace.name()))}

        def done(ok, results, feedback):
            if not self._finish(ok, feedback, tr("Closure check")):
                return
            load_layer(results["OUTPUT_EVENTS"], tr("Track inside closures"), "closure_events")
            flagged = load_layer(results["OUTPUT"], tr("Closures flagged"), "closures_flagged")
            self.show_results(flagged, ["ident", "name", "status", "first_entry", "last_exit", "inside_s",
                                        "min_vsep_m"], "first_entry", filter_field="status", hide_value="clear")
            for ident in results.get("VIOLATED_IDENTS", []) or []:
                self._bar(Qgis.Critical, tr("The track violated closure {}.").format(ident), 15)
            self.airspaceStatus.setText(tr("{} closure(s) violated.").format(results.get("VIOLATED", 0)))

        self._run("flagclosures", params, done)

    def propose_closures(self) -> None:
        track = self.flagTrackLayer.currentLayer()
        if track is None:
            self._error(tr("Choose a track point layer first."))
            return
        params = {"TRACK": track, "SITES": self.sitesLayer.currentLayer(),
                  "NAME_FIELD": self.sitesNameField.currentField() or None,
                  "RADIUS": to_metres(self.proxDistance.value(), self.proxDistanceUnit.currentText()),
                  "OUTPUT": gpkg_destination(default_store(), table_name("proposals", track.name()))}
        forecast = QgsProject.instance().mapLayer(self._forecast_layer_id) if self._forecast_layer_id else None
        if forecast is not None:
            params["FORECAST"] = forecast

        def done(ok, results, feedback):
            if self._finish(ok, feedback, tr("Proposal")):
                layer = load_layer(results["OUTPUT"], tr("Proposed closures"), "proposals")
                self.show_results(layer, ["ident", "name", "start_time", "end_time", "text"], "start_time")
                self.airspaceStatus.setText(tr("{} closure(s) proposed; the NOTAM text is in the Results.").format(
                    layer.featureCount()))

        self._run("proposeclosures", params, done)

    # ------------------------------------------------------------------ results
    def show_results(self, layer: QgsVectorLayer, fields: list[str], time_field: str, sort_field: str | None = None,
                     filter_field: str | None = None, hide_value: str | None = None) -> None:
        """Fill the sortable Results table from ``layer``; double-click zooms and moves the time slider."""
        names = [f for f in fields if f in layer.fields().names()]
        feats = [f for f in layer.getFeatures()
                 if not (filter_field and hide_value is not None and f[filter_field] == hide_value)]
        if sort_field and sort_field in layer.fields().names():
            feats.sort(key=lambda f: f[sort_field] if f[sort_field] is not None else math.inf)
        table = self.resultsTable
        table.setSortingEnabled(False)
        table.clear()
        table.setColumnCount(len(names))
        table.setHorizontalHeaderLabels(names)
        table.setRowCount(len(feats))
        for i, f in enumerate(feats):
            t = f[time_field] if time_field in layer.fields().names() else None
            epoch = t.toMSecsSinceEpoch() / 1000.0 if isinstance(t, QDateTime) and t.isValid() else math.nan
            for j, name in enumerate(names):
                value = f[name]
                item = QTableWidgetItem()
                if isinstance(value, QDateTime):
                    item.setData(Qt.DisplayRole, value.toString("yyyy-MM-dd HH:mm:ss") + " UTC")
                elif isinstance(value, float):
                    item.setData(Qt.DisplayRole, round(value, 1))
                else:
                    item.setData(Qt.DisplayRole, "" if value is None else str(value))
                item.setData(Qt.UserRole, (layer.id(), f.id(), epoch))
                table.setItem(i, j, item)
        table.setSortingEnabled(True)
        table.resizeColumnsToContents()
        self.resultsStatus.setText(tr("{} row(s) from {}. Double-click a row to zoom and jump in time.").format(
            len(feats), layer.name()))
        self.sections.setCurrentWidget(self.resultsPage)

    def _result_activated(self, row: int, _column: int) -> None:
        item = self.resultsTable.item(row, 0)
        if item is None:
            return
        layer_id, fid, epoch = item.data(Qt.UserRole)
        layer = QgsProject.instance().mapLayer(layer_id)
        if layer is None:
            return
        feature = layer.getFeature(fid)
        canvas = self.iface.mapCanvas()
        geom = feature.geometry()
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
        start = QDateTime.fromMSecsSinceEpoch(int((epoch - half_window_s) * 1000), Qt.UTC)
        end = QDateTime.fromMSecsSinceEpoch(int((epoch + half_window_s) * 1000), Qt.UTC)
        if hasattr(nav, "setNavigationMode"):
            nav.setNavigationMode(nav.FixedRange)
        nav.setTemporalExtents(QgsDateTimeRange(start, end))

    # ------------------------------------------------------------------ export
    def export_briefing(self) -> None:
        path = self.exportOutput.filePath().strip()
        if not path:
            self._error(tr("Choose where to write the briefing (PDF, PNG or SVG)."))
            return
        layers = [layer for layer in QgsProject.instance().layerTreeRoot().checkedLayers()]
        if not layers:
            self._error(tr("Nothing to export: no layer is visible."))
            return
        params = {"LAYERS": layers, "TITLE": self.exportTitle.text(), "SUBTITLE": self.exportSubtitle.text(),
                  "BANNER": self.settings.briefing_banner, "DPI": self.settings.export_dpi, "OUTPUT": path}

        def done(ok, results, feedback):
            if self._finish(ok, feedback, tr("Export")):
                self.exportStatus.setText(tr("Briefing written to {}").format(results.get("OUTPUT", path)))
                self._bar(Qgis.Success, tr("Briefing written to {}").format(results.get("OUTPUT", path)), 8)

        self._run("exportlayout", params, done)

    # ------------------------------------------------------------------ lifecycle
    def shutdown(self) -> None:
        """Stop timers and any running task (called by the plugin's unload)."""
        self.live_timer.stop()
        self.runner.cancel()

    def closeEvent(self, event):  # noqa: N802 - Qt API
        self.closingPlugin.emit()
        super().closeEvent(event)
