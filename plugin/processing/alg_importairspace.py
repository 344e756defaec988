"""``balloonwatch:importairspace``: closures and restricted areas from FAA TFR XML, NOTAM text, OpenAir, AIXM 5.1
or GeoJSON (a file or an http(s) URL) as EPSG:4326 polygons with limits in metres and their references.

Thin layer over ``core.airspace``: fetch or read, parse everything (malformed records are skipped and reported
with their line numbers), then write. A file with nothing usable stops with the reader's precise reason.
"""

from __future__ import annotations

import math

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.airspace import FORMATS, AirspaceReadResult, read_airspace_bytes, read_airspace_file
from ..core.airspace.aixm import apply_tempdeltas
from ..core.errors import InputError, IssueLog, RowIssue
from ..core.feedback import check
from ..core.kinds import AIRSPACE, OutputKind
from ..core.model import Airspace
from ..core.tracks.net import is_url
from ..qgis_io.convert import multipolygon_geometry, qdatetime, repaired_geometry
from ..qgis_io.kinds import new_feature, qgs_fields
from ..qgis_io.track_import import download
from ..toolbelt.i18n import tr, translated
from .base import BalloonWatchAlgorithm, add_feature, number_parameter, timeout_parameter

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

def airspace_attributes(a: Airspace) -> dict:
    """Attribute values by field name; an infinite ceiling (UNL) is NULL, as are unknown times."""
    def metres(v: float) -> float | None:
        return float(v) if v is not None and math.isfinite(v) else None

    return {"ident": a.ident, "name": a.name, "kind": a.kind, "floor_m": metres(a.floor_m), "floor_ref": a.floor_ref,
            "ceiling_m": metres(a.ceiling_m), "ceiling_ref": a.ceiling_ref, "start_time": qdatetime(a.start_time),
            "end_time": qdatetime(a.end_time), "schedule": a.schedule, "source": a.source, "notes": a.notes,
            "text": a.text, "class": a.airspace_class, "type": a.airspace_type, "repair": a.repair,
            "limits": a.limits}


def write_airspaces(alg, parameters, context, key: str, airspaces: list[Airspace], kind: OutputKind = AIRSPACE) -> str:
    """Create the sink ``key`` of ``kind`` and write the airspaces; returns the destination id."""
    sink, dest = alg.create_sink(parameters, key, context, kind)
    fields = qgs_fields(kind)
    for a in airspaces:
        if a.repair:  # an outline that crosses itself: repaired here (core has no GEOS) and kept
            geom, done = repaired_geometry(a.geometry)
            a.repair = f"{a.repair.split(': kept as drawn')[0]}: repaired with make-valid and kept" + (
                f" ({done})" if done else "")
        else:
            geom = multipolygon_geometry(a.geometry)
        add_feature(sink, new_feature(fields, geom, airspace_attributes(a)))
    return dest


class ImportAirspaceAlgorithm(BalloonWatchAlgorithm):
    NAME, GROUP_ID = "importairspace", "airspace"
    HELP = QT_TRANSLATE_NOOP(
        "@default", "Reads airspace closures from a file or an http(s) address: FAA TFR XML (tfr.faa.gov detail "
        "pages), FAA domestic or ICAO NOTAM text (or NOTAM JSON), OpenAir, AIXM 5.1 or GeoJSON. The format is detected "
        "from the content unless FORMAT says otherwise.\n\n"
        "Circles, arcs and edges are drawn as geodesics to within TOLERANCE metres. Limits are in metres with their "
        "reference kept: SFC, MSL, AGL (needs the terrain height when flagging), STD (flight levels, 1 FL = 100 ft of "
        "pressure altitude) and UNL (no ceiling: ceiling_m is NULL). start_time and end_time are UTC; NULL when the "
        "closure is permanent or its window unknown.\n\n"
        "Malformed records are skipped and listed with their line numbers (the first few as warnings, all of them in "
        "the log); the results hold COUNT (imported), SKIPPED and REPAIRED.\n\n"
        "Outlines that cross themselves are repaired (make-valid, per part) and kept, never dropped: the repair is in "
        "the <i>repair</i> field and in the log with the airspace's name and line. The airspace class and type are "
        "kept in the <i>class</i> and <i>type</i> fields (the style's categories). MORE_FILES reads further files in "
        "the same run: AIXM TEMPDELTA activations are applied to their BASELINE airspace from any of them. The legacy "
        "FAA TFRSET export is read through the NOTAM text of its records.")
    DISPLAY = QT_TRANSLATE_NOOP("@default", "Import airspace closures (TFR, NOTAM, OpenAir, AIXM, GeoJSON)")

    MORE_FILES = "MORE_FILES"
    FORMAT = "FORMAT"
    TOLERANCE = "TOLERANCE"
    TIMEOUT = "TIMEOUT"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, tr("Airspace file or http(s) URL"), behavior=QgsProcessingParameterFile.Behavior.File,
            fileFilter=tr("Airspace files (*.xml *.txt *.air *.openair *.json *.geojson *.aixm);;All files (*)")))
        self.addParameter(QgsProcessingParameterString(
            self.MORE_FILES, tr("More airspace files read in the same run (separated by ';'), e.g. the AIXM "
                                "BASELINE that TEMPDELTA activations apply to"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.FORMAT, tr("Format"), [tr(FORMAT_LABELS[k]) for k in FORMAT_CHOICES], defaultValue=0))
        self.addParameter(number_parameter(
            self.TOLERANCE, tr("Outline tolerance (m)"), 1.0, minValue=0.001, maxValue=100000.0))
        self.addParameter(timeout_parameter(self.TIMEOUT))
        self.add_sink(self.OUTPUT, tr("Airspace closures"), AIRSPACE)
        self.addOutput(QgsProcessingOutputNumber("COUNT", tr("Airspaces imported")))
        self.addOutput(QgsProcessingOutputNumber("SKIPPED", tr("Records skipped")))
        self.addOutput(QgsProcessingOutputNumber("REPAIRED", tr("Invalid outlines repaired and kept")))

    def compute(self, parameters, context, feedback) -> dict:
        source = (self.parameterAsFile(parameters, self.INPUT, context) or "").strip()
        if not source:
            raise InputError(tr("no airspace file or URL given"))
        fmt = FORMAT_CHOICES[self.parameterAsEnum(parameters, self.FORMAT, context)]
        fmt = None if fmt == "auto" else fmt
        tolerance = self.parameterAsDouble(parameters, self.TOLERANCE, context)

        more = [p.strip() for p in (self.parameterAsString(parameters, self.MORE_FILES, context) or "").split(";")
                if p.strip()]
        timeout = self.parameterAsDouble(parameters, self.TIMEOUT, context)
        results = []
        for path in [source, *more]:
            if is_url(path):
                feedback.pushInfo(tr("Fetching {}").format(path))
                data = download(path, timeout, feedback)
                check(feedback, 5.0)
                results.append(read_airspace_bytes(data, path, fmt, tolerance, feedback, defer_deltas=True))
            else:
                results.append(read_airspace_file(path, fmt, tolerance, feedback, defer_deltas=True))
        # AIXM TEMPDELTA activations meet their BASELINE whichever file of the run it is in
        applied = apply_tempdeltas(results)
        if applied:
            feedback.pushInfo(tr("{} AIXM TEMPDELTA activation(s) applied to their BASELINE airspace.").format(applied))
        result = merge_results(results)
        if not result.airspaces:
            raise InputError(
                tr("no airspace could be imported: {summary}").format(summary=translated(result.issues.summary())),
                source,
            )
        check(feedback, 95.0)

        feedback.pushInfo(tr("{} airspace(s) read as {} from {}").format(
            len(result.airspaces), result.format, "; ".join([source, *more])))
        for note in result.notes:
            feedback.pushInfo(translated(note))
        skipped = len(result.issues)
        if skipped:
            feedback.pushWarning(tr("{} record(s) skipped in {} (all listed in the log):").format(skipped, source))
            for issue in result.issues.issues[:MAX_WARNINGS]:
                feedback.pushWarning(translated(issue))
            if skipped > MAX_WARNINGS:
                feedback.pushWarning(tr("... and {} more.").format(skipped - MAX_WARNINGS))
            for issue in result.issues.issues:
                feedback.pushInfo(tr("Skipped: {}").format(translated(issue)))

        dest = write_airspaces(self, parameters, context, self.OUTPUT, result.airspaces)
        repaired = [a for a in result.airspaces if a.repair]
        for a in repaired:  # each repair said with the airspace's name and line, and kept in its 'repair' field
            feedback.pushWarning(
                tr("Airspace '{}' (line {}): {}").format(a.name or a.ident, a.line, translated(a.repair))
            )
        return {self.OUTPUT: dest, "COUNT": len(result.airspaces), "SKIPPED": skipped, "FORMAT": result.format,
                "REPAIRED": len(repaired)}


def merge_results(results: list) -> AirspaceReadResult:
    """One result from the files of a run: airspaces in file order, every skipped record and note kept."""
    first = results[0]
    if len(results) == 1:
        return first
    issues = IssueLog("; ".join(r.issues.source for r in results))
    for r in results:
        issues.issues.extend(
            RowIssue(
                i.line, tr("{source}: {reason}").format(source=r.issues.source, reason=translated(i.reason)), i.field
            )
            for i in r.issues.issues
        )
    notes = list(dict.fromkeys(n for r in results for n in r.notes))
    fmt = "+".join(dict.fromkeys(r.format for r in results))
    return AirspaceReadResult([a for r in results for a in r.airspaces], fmt, issues, notes)

