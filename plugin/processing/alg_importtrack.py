"""balloonwatch:importtrack: a track file or URL into time-enabled point and line layers."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.kinds import TRACK_LINE, TRACK_POINTS
from ..core.tracks import FORMATS
from ..qgis_io.track_import import import_track, is_url, parse_column_map, split_sources
from ..toolbelt.i18n import tr, translated
from .base import BalloonWatchAlgorithm, timeout_parameter

FORMAT_IDS = ["", *FORMATS.keys()]
ALT_UNITS = ["", "m", "ft", "km", "FL"]


class ImportTrackAlgorithm(BalloonWatchAlgorithm):
    NAME, GROUP_ID = "importtrack", "tracks"
    HELP = QT_TRANSLATE_NOOP(
        "@default", "Reads a balloon track from a file (CSV/TSV, GPX, KML/KMZ, GeoJSON, Moving Features JSON, SondeHub "
        "JSON, APRS log, UKHAS sentences), an http(s) URL, or 'sondehub:CALLSIGN'. The format is detected from the "
        "content. Writes one point per fix (track_id, time in UTC, alt_m, geodesic speed_ms, heading_deg, vrate_ms, "
        "source and the original attributes) and one line per track (LineStringZM, split at the antimeridian, with "
        "start_time, end_time, geodesic length_m). Rows that cannot be read are skipped and reported with their line "
        "numbers. Several sources of the same object (files, URLs, callsigns) can be given separated by ';': they are "
        "merged, identical fixes removed. A CSV without a usable header takes a column mapping such as 'time=1, lat=2, "
        "lon=3, alt=4'.\n\n"
        "Logger and tracker columns are kept in SI units with the unit said: GPS and barometric altitude (one chosen "
        "for alt_m, the choice stated), reported speed, heading, vertical rate, pressure and temperature. Fixes with "
        "coordinates, altitudes (-500..60,000 m) or times (1900..2100) outside physical ranges are refused with their "
        "lines; the same fix given twice is merged. A Tawhiri or SondeHub prediction JSON imports as a track marked "
        "predicted. After each import the log and the SUMMARY result give the fixes, tracks, time span, altitude range "
        "and what was absent, doubtful or assumed.")
    DISPLAY = QT_TRANSLATE_NOOP("@default", "Import balloon track")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFile("INPUT", tr("Track file or URL")))
        self.addParameter(QgsProcessingParameterEnum(
            "FORMAT", tr("Format"), options=[tr("Detect from content")] + list(FORMATS.values()), defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            "TIME_ZONE", tr("Time zone of timestamps without a zone (IANA name)"), defaultValue="UTC"))
        self.addParameter(QgsProcessingParameterEnum(
            "ALT_UNIT", tr("Altitude unit (when the file does not say)"),
            options=[tr("From the file"), "m", "ft", "km", "FL"], defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            "DATE", tr("Date for time-only values (YYYY-MM-DD)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "TRACK_ID", tr("Merge everything into one track with this id"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "COLUMNS", tr("Column mapping for CSV without a usable header (e.g. time=1, lat=2, lon=3, alt=4)"),
            optional=True))
        self.addParameter(timeout_parameter("TIMEOUT"))
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT", tr("Track points")))
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT_LINE", tr("Track line")))
        self.addOutput(QgsProcessingOutputString("SUMMARY", tr("Import summary")))
        for name, label in (("POINTS", tr("Fixes")), ("TRACKS", tr("Tracks")), ("SKIPPED", tr("Records skipped")),
                            ("START", tr("First time (epoch s)")), ("END", tr("Last time (epoch s)")),
                            ("ALT_MIN_M", tr("Lowest altitude (m)")), ("ALT_MAX_M", tr("Highest altitude (m)"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API
        # QgsProcessingParameterFile wants a path with a suffix; URLs and 'sondehub:CALL' are valid inputs too.
        value = parameters.get("INPUT")
        if isinstance(value, str) and (len(split_sources(value)) > 1 or is_url(value.strip())
                                       or value.strip().lower().startswith("sondehub:")):
            parameters = dict(parameters)
            parameters["INPUT"] = "remote.txt"
        return super().checkParameterValues(parameters, context)

    def compute(self, parameters, context, feedback):
        source = self.parameterAsFile(parameters, "INPUT", context) or self.parameterAsString(
            parameters, "INPUT", context)
        fmt = FORMAT_IDS[self.parameterAsEnum(parameters, "FORMAT", context)] or None
        alt_unit = ALT_UNITS[self.parameterAsEnum(parameters, "ALT_UNIT", context)] or None
        tz = self.parameterAsString(parameters, "TIME_ZONE", context).strip() or "UTC"
        date = self.parameterAsString(parameters, "DATE", context).strip() or None
        track_id = self.parameterAsString(parameters, "TRACK_ID", context).strip() or None
        column_map = parse_column_map(self.parameterAsString(parameters, "COLUMNS", context))
        points = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        line = self.parameterAsOutputLayer(parameters, "OUTPUT_LINE", context)
        timeout_s = self.parameterAsDouble(parameters, "TIMEOUT", context)
        outcome = import_track(source, points, line, fmt=fmt, tz=tz, alt_unit=alt_unit, date=date,
                               track_id=track_id, timeout_s=timeout_s, feedback=feedback, column_map=column_map)
        s = outcome.stats
        summary = outcome.summary
        feedback.pushInfo(tr("Imported {} fixes in {} track(s), {:.1f} km.").format(s.points, s.tracks,
                                                                                  s.length_m / 1000.0))
        # the summary after each import: what was read, then what is absent or doubtful (warnings) and what
        # the reader assumed (information), each said once
        feedback.pushInfo(translated(summary.headline()))
        for line in summary.absent + summary.doubtful:
            feedback.pushWarning(translated(line))
        for line in summary.assumed:
            feedback.pushInfo(translated(line))
        self.style_output(context, points, TRACK_POINTS.id)
        self.style_output(context, line, TRACK_LINE.id)
        skipped = len(outcome.read.issues) if outcome.read.issues is not None else 0
        return {"OUTPUT": outcome.points, "OUTPUT_LINE": outcome.line, "POINTS": s.points, "TRACKS": s.tracks,
                "SKIPPED": skipped, "FORMAT": outcome.read.format, "SUMMARY": summary.text(tr),
                "START": summary.start, "END": summary.end, "ALT_MIN_M": summary.alt_min_m,
                "ALT_MAX_M": summary.alt_max_m}
