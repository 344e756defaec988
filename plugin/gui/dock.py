"""The Balloon Watch dock: Tracks, Sites, Airspace, Results and Export sections.

The dock only wires widgets to the Processing algorithms of ``plugin/processing`` (run in a background
task through :mod:`.runner`), so the toolbox, models, ``qgis_process`` and the dock run the same code.
"""

from __future__ import annotations

import logging
from pathlib import Path

from qgis.gui import QgsDockWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import pyqtSignal

from ..definitions import PLUGIN_SLUG
from ..toolbelt.i18n import tr

LOG = logging.getLogger(f"{PLUGIN_SLUG}.dock")
FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_name("dock.ui")))


class BalloonWatchDock(QgsDockWidget, FORM_CLASS):
    """Dock panel; ``iface`` is used only for the message bar and map canvas."""

    closingPlugin = pyqtSignal()  # noqa: N815 - Qt signal naming

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.setupUi(self)
        self.setObjectName("BalloonWatchDock")
        self.setWindowTitle(tr("Balloon Watch: incident analysis"))
        self._retranslate()
        self.sections.setCurrentIndex(0)

    def _retranslate(self) -> None:
        """The .ui strings are English; translate them in our context (one context for the plugin)."""
        titles = [tr("Tracks"), tr("Sites"), tr("Airspace"), tr("Results"), tr("Export")]
        for i, title in enumerate(titles):
            self.sections.setItemText(i, title)
        labels = {
            self.trackSourceLabel: tr("File or URL"), self.trackFormatLabel: tr("Format"),
            self.trackTimeZoneLabel: tr("Time zone of times without zone"),
            self.trackAltUnitLabel: tr("Altitude unit"), self.trackDateLabel: tr("Date for time-only values"),
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

    def closeEvent(self, event):  # noqa: N802 - Qt API
        self.closingPlugin.emit()
        super().closeEvent(event)
