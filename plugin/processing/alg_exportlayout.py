"""``balloonwatch:exportlayout``: the incident briefing as a print layout, exported to PDF, PNG or SVG.

Thin layer over ``plugin/layout/briefing.py`` (the dock calls the same two functions): build the layout from the
template, keep it in the project's layout manager so the analyst can go on editing it, then export it atomically.
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProject,
    QgsReferencedRectangle,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.errors import InputError
from ..layout import briefing
from ..toolbelt.i18n import tr
from ..toolbelt.settings import PluginSettings
from .base import BalloonWatchAlgorithm


class ExportLayoutAlgorithm(BalloonWatchAlgorithm):
    NAME, GROUP_ID = "exportlayout", "reporting"
    HELP = QT_TRANSLATE_NOOP(
        "@default",
        "Builds a briefing print layout from the plugin's template (resources/layouts/briefing.qpt). Page 1: the "
        "chosen layers as styled in the project over an offline Natural Earth basemap, in a projection centred "
        "on the incident (azimuthal equidistant unless the project has a projected CRS), an overview map, a "
        "legend of what the map shows, scale bars in km and NM, the observed and forecast periods in UTC, the "
        "key facts and the sources. Page 2: the altitude-versus-time profile with the closures met and the "
        "closest approaches, and tables of the approaches, the closures met and the forecast arrivals (ft, FL, "
        "km and NM). Then one page per violated closure and per approach, zoomed to it (or one page per "
        "feature of an atlas layer). Layers are recognised by the kind our algorithms give them. Without an "
        "extent the map shows the track and its events plus a 10% margin. The layout is kept in the project "
        "(named after the title, replacing one of the same name) and exported to PDF, PNG or SVG; a failed "
        "export leaves no partial file. The banner's default is the one from the plugin settings; an empty banner "
        "leaves the banner lines blank.")
    DISPLAY = QT_TRANSLATE_NOOP("@default", "Export briefing layout")

    LAYERS = "LAYERS"
    TITLE = "TITLE"
    SUBTITLE = "SUBTITLE"
    EXTENT = "EXTENT"
    BANNER = "BANNER"
    ATLAS_LAYER = "ATLAS_LAYER"
    EVENT_PAGES = "EVENT_PAGES"
    DPI = "DPI"
    LAYOUT = "LAYOUT"

    def flags(self):
        # layouts and the project's layout manager live in the main thread
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.LAYERS, tr("Layers to show"), QgsProcessing.SourceType.TypeMapLayer))
        self.addParameter(QgsProcessingParameterString(self.TITLE, tr("Title (also the layout name)"),
                                                       defaultValue=tr("Balloon briefing")))
        self.addParameter(QgsProcessingParameterString(self.SUBTITLE, tr("Subtitle"), optional=True))
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, tr("Map extent (default: all layers)"),
                                                       optional=True))
        # the settings give the default only: a run depends on its parameters, not on the user's profile
        self.addParameter(QgsProcessingParameterString(
            self.BANNER, tr("Banner (handling caveat; by default the one from the settings)"),
            defaultValue=PluginSettings.load().briefing_banner, optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.ATLAS_LAYER, tr("Atlas layer (one page per feature)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.EVENT_PAGES, tr("A page per violated closure and per approach (without an atlas layer)"),
            defaultValue=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.DPI, tr("Resolution (dpi)"), QgsProcessingParameterNumber.Type.Integer, 300,
            minValue=briefing.DPI_RANGE[0], maxValue=briefing.DPI_RANGE[1]))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Briefing file"), tr("PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)")))
        self.addOutput(QgsProcessingOutputString(self.LAYOUT, tr("Layout name")))

    def compute(self, parameters, context, feedback) -> dict:
        layers = self.parameterAsLayerList(parameters, self.LAYERS, context)
        if not layers:
            raise InputError(tr("no layers to show: choose at least one layer for the briefing"))
        title = self.parameterAsString(parameters, self.TITLE, context)
        subtitle = self.parameterAsString(parameters, self.SUBTITLE, context)
        banner = self.parameterAsString(parameters, self.BANNER, context)
        extent = None
        if parameters.get(self.EXTENT) not in (None, ""):
            rect = self.parameterAsExtent(parameters, self.EXTENT, context)
            if not rect.isNull():
                extent = QgsReferencedRectangle(rect, self.parameterAsExtentCrs(parameters, self.EXTENT, context))
        atlas = self.parameterAsVectorLayer(parameters, self.ATLAS_LAYER, context)
        event_pages = self.parameterAsBoolean(parameters, self.EVENT_PAGES, context)
        dpi = self.parameterAsInt(parameters, self.DPI, context)
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        project = context.project() or QgsProject.instance()
        layout = briefing.build_layout(project, layers, title, subtitle, extent=extent, banner=banner,
                                       atlas_layer=atlas, feedback=feedback, event_pages=event_pages)
        feedback.pushInfo(tr("Layout '{}' added to the project.").format(layout.name()))
        out = briefing.export(layout, path, dpi=dpi, feedback=feedback)
        return {self.OUTPUT: out, self.LAYOUT: layout.name()}
