"""``balloonwatch:importairspace``: closures and restricted areas from FAA TFR XML, NOTAM text, OpenAir, AIXM 5.1
or GeoJSON (a file or an http(s) URL) as EPSG:4326 polygons with limits in metres and their references.

Thin layer over ``core.airspace``: fetch or read, parse everything (malformed records are skipped and reported
with their line numbers), then write. A file with nothing usable stops with the reader's precise reason.
"""

from __future__ import annotations

import math

from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QVariant

from ..core.airspace import FORMATS, read_airspace_bytes, read_airspace_file
from ..core.errors import InputError
from ..core.feedback import check
from ..core.model import Airspace
from ..core.tracks.net import is_url
from ..qgis_io.convert import AIRSPACE_FIELDS, WGS84, multipolygon_geometry, qdatetime
from ..qgis_io.track_import import download
from ..toolbelt.i18n import tr
from .base import BalloonWatchAlgorithm, add_feature, timeout_parameter

FORMAT_CHOICES = ("auto",) + tuple(FORMATS)  # the FORMAT enum, in this order
FORMAT_LABELS = {
    "auto": "Detect from the content",
    "tfr_xml": "FAA TFR XML (tfr.faa.gov XNOTAM-Update)",
    "faa_notam": "FAA domestic NOTAM text",
    "icao_notam": "ICAO NOTAM text or JSON",
    "openair": "OpenAir",
    "aixm": "AIXM 5.1",
    "geojson": "GeoJSON",
}
MAX_WARNINGS = 5  # skipped records shown as warnings; all of them go to the log

_FIELD_TYPES = {"floor_m": QVariant.Double, "ceiling_m": QVariant.Double, "start_time": QVariant.DateTime,
                "end_time": QVariant.DateTime}  # fmt: skip


def airspace_fields() -> QgsFields:
    """The fields of an airspace layer (AIRSPACE_FIELDS, typed)."""
    fields = QgsFields()
    for name in AIRSPACE_FIELDS:
        fields.append(QgsField(name, _FIELD_TYPES.get(name, QVariant.String)))
    return fields


def airspace_attributes(a: Airspace) -> list:
    """Attribute values in AIRSPACE_FIELDS order; an infinite ceiling (UNL) is NULL, as are unknown times."""
    def metres(v: float) -> float | None:
        return float(v) if v is not None and math.isfinite(v) else None

    return [a.ident, a.name, a.kind, metres(a.floor_m), a.floor_ref, metres(a.ceiling_m), a.ceiling_ref,
            qdatetime(a.start_time), qdatetime(a.end_time), a.schedule, a.source, a.notes, a.text]


def write_airspaces(alg, parameters, context, key: str, airspaces: list[Airspace]) -> str:
    """Create the sink ``key`` and write the airspaces; returns the destination id."""
    fields = airspace_fields()
    sink, dest = alg.parameterAsSink(parameters, key, context, fields, QgsWkbTypes.MultiPolygon, WGS84)
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, key))
    for a in airspaces:
        feat = QgsFeature(fields)
        feat.setGeometry(multipolygon_geometry(a.geometry))
        feat.setAttributes(airspace_attributes(a))
        add_feature(sink, feat)
    return dest


class ImportAirspaceAlgorithm(BalloonWatchAlgorithm):
    NAME = "importairspace"
    DISPLAY = QT_TRANSLATE_NOOP("@default", "Import airspace closures (TFR, NOTAM, OpenAir, AIXM, GeoJSON)")
    GROUP = QT_TRANSLATE_NOOP("@default", "Airspace")
    GROUP_ID = "airspace"
    HELP = QT_TRANSLATE_NOOP(
        "@default",
        "Reads airspace closures from a file or an http(s) address: FAA TFR XML (tfr.faa.gov detail pages), "
        "FAA domestic or ICAO NOTAM text (or NOTAM JSON), OpenAir, AIXM 5.1 or GeoJSON. The format is detected "
        "from the content unless FORMAT says otherwise.\n\n"
        "Circles, arcs and edges are drawn as geodesics to within TOLERANCE metres. Limits are in metres with "
        "their reference kept: SFC, MSL, AGL (needs the terrain height when flagging), STD (flight levels, "
        "1 FL = 100 ft of pressure altitude) and UNL (no ceiling: ceiling_m is NULL). start_time and end_time are "
        "UTC; NULL when the closure is permanent or its window unknown.\n\n"
        "Malformed records are skipped and listed with their line numbers (the first few as warnings, all of "
        "them in the log); the results hold COUNT (imported) and SKIPPED."
    )

    INPUT = "INPUT"
    FORMAT = "FORMAT"
    TOLERANCE = "TOLERANCE"
    TIMEOUT = "TIMEOUT"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, tr("Airspace file or http(s) URL"), behavior=QgsProcessingParameterFile.File,
            fileFilter=tr("Airspace files (*.xml *.txt *.air *.openair *.json *.geojson *.aixm);;All files (*)")))
        self.addParameter(QgsProcessingParameterEnum(
            self.FORMAT, tr("Format"), [tr(FORMAT_LABELS[k]) for k in FORMAT_CHOICES], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.TOLERANCE, tr("Outline tolerance (m)"), QgsProcessingParameterNumber.Double, 1.0,
            minValue=0.001, maxValue=100000.0))
        self.addParameter(timeout_parameter(self.TIMEOUT))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Airspace closures"), QgsProcessing.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputNumber("COUNT", tr("Airspaces imported")))
        self.addOutput(QgsProcessingOutputNumber("SKIPPED", tr("Records skipped")))

    def compute(self, parameters, context, feedback) -> dict:
        source = (self.parameterAsFile(parameters, self.INPUT, context) or "").strip()
        if not source:
            raise InputError("no airspace file or URL given")
        fmt = FORMAT_CHOICES[self.parameterAsEnum(parameters, self.FORMAT, context)]
        fmt = None if fmt == "auto" else fmt
        tolerance = self.parameterAsDouble(parameters, self.TOLERANCE, context)

        if is_url(source):
            feedback.pushInfo(tr("Fetching {}").format(source))
            timeout = self.parameterAsDouble(parameters, self.TIMEOUT, context)
            data = download(source, timeout, feedback)
            check(feedback, 5.0)
            result = read_airspace_bytes(data, source, fmt, tolerance, feedback)
        else:
            result = read_airspace_file(source, fmt, tolerance, feedback)
        check(feedback, 95.0)

        feedback.pushInfo(tr("{} airspace(s) read as {} from {}").format(len(result.airspaces), result.format,
                                                                       source))
        for note in result.notes:
            feedback.pushInfo(note)
        skipped = len(result.issues)
        if skipped:
            feedback.pushWarning(tr("{} record(s) skipped in {} (all listed in the log):").format(skipped, source))
            for issue in result.issues.issues[:MAX_WARNINGS]:
                feedback.pushWarning(str(issue))
            if skipped > MAX_WARNINGS:
                feedback.pushWarning(tr("... and {} more.").format(skipped - MAX_WARNINGS))
            for issue in result.issues.issues:
                feedback.pushInfo(tr("Skipped: {}").format(issue))

        dest = write_airspaces(self, parameters, context, self.OUTPUT, result.airspaces)
        self.style_output(context, dest, "airspace")
        return {self.OUTPUT: dest, "COUNT": len(result.airspaces), "SKIPPED": skipped, "FORMAT": result.format}

