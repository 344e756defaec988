"""The Balloon Watch dock (the view): Case, Tracks, Sites, Airspace, Results and Export sections.

Widgets come from ``dock.ui`` (loaded at runtime); this module translates them, fills the choices, keeps every
section inside the dock's default width (in English and in French) and displays what the controller hands it.
What the buttons do lives in :mod:`.controller`, which runs the same Processing algorithms as the toolbox.
"""

from __future__ import annotations

import logging
from pathlib import Path

from qgis.gui import QgsDockWidget, QgsFileWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QPoint, QSize, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QTextOption
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidgetItem,
)

from ..core.sites import guess_name_field
from ..core.units import METRES_PER
from ..definitions import PLUGIN_SLUG
from ..qgis_io.compat import LayerFilter, set_layer_filters
from ..toolbelt.i18n import tr, translated
from ..toolbelt.settings import PluginSettings
from . import outputs, params
from .controller import DockController
from .results_panel import ResultsPanel
from .timezones import fill_time_zones

LOG = logging.getLogger(f"{PLUGIN_SLUG}.dock")
FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_name("dock.ui")))
DISTANCE_UNITS = ["km", "NM", "mi", "m"]
DEFAULT_WIDTH = 300  # px: what QGIS gives a new dock on the right; every section must fit it without scrolling
MIN_FIELD_WIDTH = 130  # px


class BalloonWatchDock(QgsDockWidget, FORM_CLASS):
    """Dock panel; ``iface`` is handed to the controller (message bar, map canvas, temporal controller)."""

    closingPlugin = pyqtSignal()  # noqa: N815 - Qt signal naming

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.setupUi(self)
        self.setObjectName("BalloonWatchDock")
        self.setWindowTitle(tr("Balloon Watch: incident analysis"))
        self._retranslate()
        self._setup_widgets(PluginSettings.load())
        self._fit_width()
        self.results = ResultsPanel(self.resultsTable, self.resultsDetails, self.resultsCopyButton,
                                    self.resultsStatus, self)
        self.controller = DockController(self, iface)
        self.sections.setCurrentIndex(0)

    @property
    def runner(self):
        return self.controller.runner

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(DEFAULT_WIDTH, super().sizeHint().height())

    # ------------------------------------------------------------------ setup
    def _retranslate(self) -> None:
        """The .ui strings are English; translate them in our context (one context for the plugin)."""
        titles = [tr("Tracks"), tr("Sites"), tr("Airspace"), tr("Results"), tr("Export")]
        for i, title in enumerate(titles):
            self.sections.setItemText(i, title)
        labels = {
            self.caseLabel: tr("Case file"),
            self.trackSourceLabel: tr("File or URL"), self.trackFormatLabel: tr("Format"),
            self.trackTimeZoneLabel: tr("Time zone"),
            self.trackAltUnitLabel: tr("Altitude unit"), self.trackDateLabel: tr("Date (time-only)"),
            self.trackPreviewButton: tr("Preview"), self.trackImportButton: tr("Import track"),
            self.trackLive: tr("Update every"),
            self.sitesCatalogueButton: tr("Add bundled sites catalogue"), self.sitesLayerLabel: tr("Sites layer"),
            self.sitesNameFieldLabel: tr("Name field"), self.sitesDistancesLabel: tr("Buffer distances"),
            self.sitesRingsLabel: tr("Rings"), self.sitesDonuts: tr("as donuts"),
            self.sitesBufferButton: tr("Buffer sites"), self.proxTrackLabel: tr("Track points"),
            self.proxDistanceLabel: tr("Alert radius"), self.proxRunButton: tr("Measure approaches"),
            self.airspaceSourceLabel: tr("File or URL"), self.airspaceImportButton: tr("Import closures"),
            self.flagTrackLabel: tr("Track points"), self.flagAirspaceLabel: tr("Closures"),
            self.flagRunButton: tr("Check closures"), self.proposeRunButton: tr("Propose closures"),
            self.proposeRadiusLabel: tr("Closure radius"), self.proposeFloorLabel: tr("Floor"),
            self.proposeCeilingLabel: tr("Ceiling"),
            self.resultsCopyButton: tr("Copy details"),
            self.exportTitleLabel: tr("Title"), self.exportSubtitleLabel: tr("Subtitle"),
            self.exportOutputLabel: tr("Output file"), self.exportRunButton: tr("Export briefing"),
            self.taskCancelButton: tr("Cancel"),
        }
        for widget, text in labels.items():
            widget.setText(text)
        self.proposeRadius.setToolTip(tr("Radius of each proposed closure (corridor half-width): its own value, "
                                         "not the alert radius used to watch the sites"))
        self.proposeFloor.setToolTip(tr("Floor where the balloon's altitude is unknown (feet MSL)"))
        self.proposeCeiling.setToolTip(tr("Ceiling where the balloon's altitude is unknown (flight level)"))
        self.trackSummary.setPlaceholderText(tr("After an import: fixes, tracks, time span, altitude range and what "
                                                "was absent, doubtful or assumed."))
        self.sitesDonuts.setToolTip(tr("Rings between the distances instead of full discs"))
        self.trackTimeZone.setToolTip(tr("Applied only to timestamps that carry no zone"))
        self.trackSource.lineEdit().setPlaceholderText(tr("file, http(s):// URL or sondehub:CALLSIGN"))
        self.caseLabel.setToolTip(tr("The GeoPackage (or folder) where this case's layers are written; "
                                    "kept for the next session"))

    def _setup_widgets(self, s: PluginSettings) -> None:
        self.caseStore.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.caseStore.setConfirmOverwrite(False)  # an existing case file is added to, not replaced
        self.caseStore.setFilter(tr("GeoPackage (*.gpkg)"))
        self.caseStore.lineEdit().setPlaceholderText(tr("not chosen yet"))
        self.trackSource.setStorageMode(QgsFileWidget.StorageMode.GetFile)
        self.trackSource.setFilter(tr("Track files (*.csv *.tsv *.txt *.gpx *.kml *.kmz *.geojson *.json *.log);;"
                                      "All files (*)"))
        # the choices are the algorithm's own enum options: the dock passes back the option chosen, by name
        for combo, name in ((self.trackFormat, "FORMAT"), (self.trackAltUnit, "ALT_UNIT")):
            try:
                combo.addItems(params.enum_options("importtrack", name))
            except LookupError as exc:
                LOG.warning("The track import choices are not available: %s", exc)
        fill_time_zones(self.trackTimeZone)
        self.trackTimeZone.setCurrentText(s.default_time_zone)
        # column mapping for a CSV without a usable header: filled from the preview, editable by the analyst
        self.trackColumns = QLineEdit(self)
        self.trackColumns.setObjectName("trackColumns")
        self.trackColumns.setPlaceholderText(tr("e.g. time=1, lat=2, lon=3, alt=4"))
        self.trackColumns.setToolTip(tr("Only if the preview shows the columns wrongly"))
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
        at = self.tracksLayout.indexOf(self.tracksStatus)
        self.tracksLayout.insertLayout(at, row)
        # a landed or descending balloon is not extrapolated unless the analyst asks (IGNORE_STATE)
        self.forecastIgnoreState = QCheckBox(tr("Extrapolate anyway"), self)
        self.forecastIgnoreState.setObjectName("forecastIgnoreState")
        self.forecastIgnoreState.setToolTip(tr("Forecast even a balloon that has landed or is descending (it "
                                               "is normally not carried on, and the reason is said)"))
        self.tracksLayout.insertWidget(at + 1, self.forecastIgnoreState)

        set_layer_filters(self.sitesLayer, LayerFilter.PointLayer | LayerFilter.LineLayer | LayerFilter.PolygonLayer)
        self.sitesNameField.setLayer(self.sitesLayer.currentLayer())
        self.sitesLayer.layerChanged.connect(self._sites_layer_changed)
        for combo in (self.sitesDistanceUnit, self.proxDistanceUnit, self.proposeRadiusUnit):
            combo.addItems(DISTANCE_UNITS)
        self._proposal_defaults()
        self.sitesDistances.setText(s.buffer_distances_km)
        self.proxDistance.setValue(s.alert_distance_km)
        set_layer_filters(self.proxTrackLayer, LayerFilter.PointLayer)
        set_layer_filters(self.flagTrackLayer, LayerFilter.PointLayer)
        set_layer_filters(self.flagAirspaceLayer, LayerFilter.PolygonLayer)

        # several files in one run: an AIXM TEMPDELTA applies to the BASELINE of another file
        self.airspaceSource.setStorageMode(QgsFileWidget.StorageMode.GetMultipleFiles)
        self.airspaceSource.setToolTip(tr("One or several files (e.g. an AIXM BASELINE and its TEMPDELTA "
                                          "activations), or a URL"))
        self.airspaceSource.setFilter(tr("Airspace files (*.xml *.txt *.json *.geojson *.aixm);;All files (*)"))
        self.exportOutput.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.exportOutput.setFilter(tr("PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)"))
        self.exportTitle.setText(tr("Balloon incident briefing"))
        self._action_buttons = [self.trackImportButton, self.sitesCatalogueButton, self.sitesBufferButton,
                                self.proxRunButton, self.airspaceImportButton, self.flagRunButton,
                                self.proposeRunButton, self.exportRunButton, self.forecastButton]

    def _proposal_defaults(self) -> None:
        """Radius, floor and ceiling as proposeclosures defines them (not the Sites alert radius)."""
        self.proposeFloor.setSuffix(tr(" ft"))
        self.proposeFloor.setSpecialValueText(tr("SFC"))
        self.proposeCeiling.setPrefix(tr("FL"))
        try:
            radius_m = float(params.default("proposeclosures", "RADIUS"))
            floor_ft = float(params.default("proposeclosures", "FLOOR_FT"))
            ceiling_fl = int(params.default("proposeclosures", "CEILING_FL"))
        except (LookupError, TypeError, ValueError) as exc:
            LOG.warning("The closure proposal defaults are not available: %s", exc)
            return
        self.proposeRadiusUnit.setCurrentText("NM")
        self.proposeRadius.setValue(radius_m / METRES_PER["NM"])
        self.proposeFloor.setValue(round(floor_ft))
        self.proposeCeiling.setValue(ceiling_fl)

    def _fit_width(self) -> None:
        """Every section inside the default width: a form row that does not fit puts its field under its label
        (French labels are longer); long combo entries and file paths never widen the dock."""
        self.ensurePolished()  # sizes below depend on the style and font, known once polished
        for combo in self.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        for form in self.findChildren(QFormLayout):
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                field = item.widget() if item is not None else None
                if field is not None and not isinstance(field, QPushButton):
                    # a field narrower than this goes under its label rather than showing three letters
                    field.setMinimumWidth(max(field.minimumWidth(), MIN_FIELD_WIDTH))
        for layout in (self.tracksLayout, self.sitesLayout, self.airspaceLayout, self.exportLayout):
            layout.addStretch(1)  # the controls stay together at the top of a tall section
        for layout in (self.tracksLayout, self.sitesLayout, self.airspaceLayout, self.resultsLayout,
                       self.exportLayout):
            layout.setContentsMargins(2, 6, 2, 6)  # the toolbox frames each section already
        self.trackPreview.setMinimumWidth(0)
        self.trackPreview.setVisible(False)  # until Preview is clicked: the import summary needs the room
        # a long file or track name must wrap or be cut, never widen the section
        for label in (self.caseStatus, self.tracksStatus, self.sitesStatus, self.airspaceStatus, self.resultsStatus,
                      self.exportStatus):
            label.setMinimumWidth(1)
        self.trackSummary.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.trackPreview.horizontalHeader().setMinimumSectionSize(20)

    def _sites_layer_changed(self, layer) -> None:
        self.sitesNameField.setLayer(layer)
        name = guess_name_field(layer.fields().names()) if layer is not None else None
        if name:
            self.sitesNameField.setField(name)

    # ------------------------------------------------------------------ display
    def set_busy(self, busy: bool) -> None:
        for button in self._action_buttons:
            button.setEnabled(not busy)
        self.taskCancelButton.setEnabled(busy)
        if not busy:
            self.taskProgress.setValue(0)

    def set_case(self, chosen: str, store: str) -> None:
        """Show where outputs go: the chosen case, or plainly a temporary or project folder."""
        if self.caseStore.filePath() != chosen:
            self.caseStore.blockSignals(True)
            self.caseStore.setFilePath(chosen)
            self.caseStore.blockSignals(False)
        self.caseStore.setToolTip(store)
        self.caseStatus.setVisible(not chosen)  # a chosen case shows in the file box; the bar repeats it
        if outputs.is_temporary(store):
            self.caseStatus.setText(tr("No case file chosen: outputs go to a temporary folder."))
        else:
            self.caseStatus.setText(tr("No case file chosen: outputs go beside the project."))
        self.caseStatus.setToolTip(store)

    def show_preview(self, pv) -> None:
        """The first rows of a CSV as the reader sees them, each column's role in its heading."""
        roles = {j: role for role, j in pv.mapping.items()}
        table = self.trackPreview
        table.clear()
        table.setColumnCount(len(pv.columns))
        table.setHorizontalHeaderLabels([f"{c} [{roles[j]}]" if j in roles else str(c)
                                         for j, c in enumerate(pv.columns)])
        rows = pv.rows[:10]
        table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                table.setItem(i, j, QTableWidgetItem(str(value)))
        details = [tr("delimiter '{}'").format(pv.delimiter)]
        if getattr(pv, "alt_unit", None):
            details.append(tr("altitude in {}").format(pv.alt_unit))
        if getattr(pv, "time_kind", None):
            details.append(tr("times: {}").format(pv.time_kind))
        self.tracksStatus.setText(", ".join(details + [translated(note) for note in pv.notes]))
        self.trackPreview.setVisible(True)  # hidden until there is something to preview

    def show_track_summary(self, text: str) -> None:
        """The import summary in place of the preview, scrolled into view: it is what the analyst reads next."""
        self.trackPreview.setVisible(False)
        self.trackSummary.setPlainText(text)
        self.trackSummary.setVisible(True)
        self.sections.setCurrentWidget(self.tracksPage)
        self._scroll_to(self.trackSummary)

    def show_status(self, label, text: str) -> None:
        """A section's status line set, its section opened and scrolled so that the line is in view."""
        label.setText(text)
        for i in range(self.sections.count()):
            if self.sections.widget(i).isAncestorOf(label):
                self.sections.setCurrentIndex(i)
        self._scroll_to(label)

    def _scroll_to(self, widget) -> None:
        """Scroll the section to ``widget`` once the layout has taken in what was just shown or hidden."""
        area = widget.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None:
            QTimer.singleShot(0, lambda: self._ensure_visible(area, widget))

    @staticmethod
    def _ensure_visible(area, widget) -> None:
        # the page's new size and positions (after the text just set) before scrolling, not the old ones
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        # the whole widget: ensureWidgetVisible would stop at a text box's cursor, its first line
        top = widget.mapTo(area.widget(), QPoint(0, 0)).y()
        half = widget.height() // 2
        area.ensureVisible(0, top + half, 0, half)

    def show_results(self, layer) -> None:
        self.results.show(layer)
        self.sections.setCurrentWidget(self.resultsPage)

    # ------------------------------------------------------------------ lifecycle
    def shutdown(self) -> None:
        """Stop timers and any running task (called by the plugin's unload)."""
        self.controller.shutdown()

    def closeEvent(self, event):  # noqa: N802 - Qt API
        self.closingPlugin.emit()
        super().closeEvent(event)
