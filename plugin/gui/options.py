"""The Balloon Watch page in Settings > Options, editing PluginSettings."""

from __future__ import annotations

from dataclasses import replace

from qgis.gui import QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
)

from ..definitions import plugin_name, resources_path
from ..toolbelt.i18n import tr
from ..toolbelt.settings import PluginSettings
from .timezones import fill_time_zones


class BalloonWatchOptionsPage(QgsOptionsPageWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("BalloonWatchOptionsPage")
        form = QFormLayout(self)
        self.distances = QLineEdit()
        self.alert = QDoubleSpinBox(maximum=20000.0, decimals=1, suffix=" km")
        self.tolerance = QDoubleSpinBox(minimum=0.01, maximum=1000.0, decimals=2, suffix=" m")
        self.time_zone = QComboBox(editable=True)
        fill_time_zones(self.time_zone)
        self.timeout = QDoubleSpinBox(minimum=1.0, maximum=600.0, decimals=0, suffix=" s")
        self.refresh = QSpinBox(minimum=1, maximum=1440, suffix=" min")
        self.output_folder = QLineEdit()
        self.output_folder.setPlaceholderText(tr("beside the project (or a temporary folder)"))
        self.output_folder.setToolTip(tr("Used until a case file is chosen at the top of the dock"))
        self.banner = QLineEdit()
        self.dpi = QSpinBox(minimum=72, maximum=1200)
        self.debug = QCheckBox(tr("Write debug messages to the log"))
        form.addRow(tr("Default buffer distances (km)"), self.distances)
        form.addRow(tr("Default alert radius"), self.alert)
        form.addRow(tr("Geodesic buffer tolerance"), self.tolerance)
        form.addRow(tr("Default time zone"), self.time_zone)
        form.addRow(tr("Network timeout"), self.timeout)
        form.addRow(tr("Live feed refresh"), self.refresh)
        form.addRow(tr("Output folder"), self.output_folder)
        form.addRow(tr("Briefing banner line"), self.banner)
        form.addRow(tr("Export resolution (dpi)"), self.dpi)
        form.addRow("", self.debug)
        self.load(PluginSettings.load())

    def load(self, s: PluginSettings) -> None:
        self.distances.setText(s.buffer_distances_km)
        self.alert.setValue(s.alert_distance_km)
        self.tolerance.setValue(s.buffer_tolerance_m)
        self.time_zone.setCurrentText(s.default_time_zone)
        self.timeout.setValue(s.http_timeout_s)
        self.refresh.setValue(s.live_refresh_min)
        self.output_folder.setText(s.output_folder)
        self.banner.setText(s.briefing_banner)
        self.dpi.setValue(s.export_dpi)
        self.debug.setChecked(s.debug)

    def apply(self) -> None:
        # fields this page does not show (the case file chosen in the dock) keep their stored value
        replace(
            PluginSettings.load(),
            buffer_distances_km=self.distances.text(),
            alert_distance_km=self.alert.value(),
            buffer_tolerance_m=self.tolerance.value(),
            default_time_zone=self.time_zone.currentText() or "UTC",
            http_timeout_s=self.timeout.value(),
            live_refresh_min=self.refresh.value(),
            output_folder=self.output_folder.text(),
            briefing_banner=self.banner.text(),
            export_dpi=self.dpi.value(),
            debug=self.debug.isChecked(),
        ).save()


class BalloonWatchOptionsFactory(QgsOptionsWidgetFactory):
    def __init__(self):
        super().__init__()
        self.setTitle(plugin_name())

    def icon(self) -> QIcon:
        return QIcon(resources_path("icons", "balloon_watch.svg"))

    def createWidget(self, parent):  # noqa: N802 - QGIS API
        return BalloonWatchOptionsPage(parent)
