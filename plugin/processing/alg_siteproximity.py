"""``balloonwatch:siteproximity``: every pass of the track(s) within an alert radius of each site, with the
closest point of approach (CPA), entry/exit crossings, dwell time and the track pieces inside.

Thin layer over ``core.proximity.site_proximity`` (geodesic on WGS 84; CPA along the track between fixes, not
just the nearest fix). Everything is computed before the outputs are written.
"""

from __future__ import annotations

import math

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QVariant

from ..core.errors import InputError
from ..core.proximity import site_proximity
from ..qgis_io import postgis
from ..qgis_io.convert import WGS84, multiline_zm, qdatetime, sites_from_source, tracks_from_source
from ..toolbelt.i18n import tr
from .alg_buffersites import MAX_DISTANCE_M
from .base import BalloonWatchAlgorithm, add_feature, track_parameter

EVENT_FIELDS = (("site_id", QVariant.String), ("site_name", QVariant.String), ("track_id", QVariant.String),
                ("cpa_m", QVariant.Double), ("cpa_time", QVariant.DateTime), ("cpa_alt_m", QVariant.Double),
                ("bearing_deg", QVariant.Double), ("enter_time", QVariant.DateTime),
                ("exit_time", QVariant.DateTime), ("dwell_s", QVariant.Double))
PART_FIELDS = (("site_id", QVariant.String), ("site_name", QVariant.String), ("track_id", QVariant.String),
               ("cpa_m", QVariant.Double), ("enter_time", QVariant.DateTime), ("exit_time", QVariant.DateTime),
               ("dwell_s", QVariant.Double))


def _fields(spec) -> QgsFields:
    fields = QgsFields()
    for name, typ in spec:
        fields.append(QgsField(name, typ))
    return fields


def _num(value: float):
    """NaN -> None (NULL in the layer)."""
    return None if value is None or not math.isfinite(value) else float(value)


def check_alert_distance(value: float) -> float:
    """The alert radius in metres: positive, finite, at most 20,000 km; else InputError saying so."""
    if not math.isfinite(value) or value <= 0:
        raise InputError(tr("The alert distance must be greater than 0 metres (got {})").format(value))
    if value > MAX_DISTANCE_M:
        raise InputError(tr("The alert distance {} m is more than 20,000 km (half the Earth's circumference): "
                            "distances are in metres").format(value))
    return value


class SiteProximityAlgorithm(BalloonWatchAlgorithm):
    NAME = "siteproximity"
    DISPLAY = QT_TRANSLATE_NOOP("@default", "Approaches to sites (CPA, dwell)")
    GROUP = QT_TRANSLATE_NOOP("@default", "Sites")
    GROUP_ID = "sites"
    HELP = QT_TRANSLATE_NOOP(
        "@default",
        "For every site (point, line or polygon) and every pass of the track within the alert distance, finds the "
        "closest point of approach along the track (between fixes, geodesic on WGS 84), the time and altitude "
        "there, the bearing from the site, and where the track crossed the alert radius (enter/exit times, dwell "
        "time).\n\n"
        "Track: a point layer with one feature per fix, fields time, alt_m and track_id (as Import balloon track "
        "writes them). Without a time field the analysis still runs and every time result is NULL (a warning "
        "says so); without alt_m the altitude is taken from Z if the points have it, else NULL.\n"
        "A pass that starts or ends inside the radius (first or last fix) has a NULL enter or exit time.\n\n"
        "Outputs: one point per pass at the CPA (site_id, site_name, track_id, cpa_m, cpa_time, cpa_alt_m, "
        "bearing_deg, enter_time, exit_time, dwell_s) and the track parts inside the radius (LineStringZM, Z = "
        "altitude, M = epoch seconds; unknown values are stored as 0). The results also hold EVENT_COUNT and "
        "SITES_ENTERED (the names of the sites approached)."
    )

    TRACK = "TRACK"
    SITES = "SITES"
    NAME_FIELD = "NAME_FIELD"
    DISTANCE = "DISTANCE"
    OUTPUT = "OUTPUT"
    OUTPUT_PARTS = "OUTPUT_PARTS"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(track_parameter(self.TRACK))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SITES, tr("Sites (points, lines or polygons)"), [QgsProcessing.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterField(
            self.NAME_FIELD, tr("Site name field"), parentLayerParameterName=self.SITES, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.DISTANCE, tr("Alert distance (metres)"), QgsProcessingParameterNumber.Double,
            defaultValue=50_000.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Closest approaches"), QgsProcessing.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_PARTS, tr("Track parts inside the alert distance"), QgsProcessing.TypeVectorLine))
        self.addOutput(QgsProcessingOutputNumber("EVENT_COUNT", tr("Number of approaches")))

    def compute(self, parameters, context, feedback) -> dict:
        distance = check_alert_distance(self.parameterAsDouble(parameters, self.DISTANCE, context))
        track_src = self.parameterAsSource(parameters, self.TRACK, context)
        if track_src is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.TRACK))
        sites_src = self.parameterAsSource(parameters, self.SITES, context)
        if sites_src is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.SITES))
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context) or None

        steps = QgsProcessingMultiStepFeedback(3, feedback)
        # a whole PostGIS track table and point sites: the analysis runs in PostgreSQL (qgis_io.postgis)
        in_db = postgis.track_in_database(self, parameters, self.TRACK, context) if QgsWkbTypes.geometryType(
            sites_src.wkbType()) == QgsWkbTypes.PointGeometry else None
        tracks, notes = ([], []) if in_db else tracks_from_source(track_src, steps)
        for note in notes:
            feedback.pushWarning(note)
        for track in tracks:
            if len(track) and not np.isfinite(track.times).any() and not notes:
                feedback.pushWarning(tr("Track {} has no usable time values: time results are NULL.").format(
                    track.track_id))
        steps.setCurrentStep(1)
        sites, site_notes = sites_from_source(sites_src, name_field, steps)
        for note in site_notes:
            feedback.pushWarning(note)
        if name_field:
            unnamed = sum(1 for f in sites_src.getFeatures() if f[name_field] in (None, "") or
                          str(f[name_field]) == "NULL")
            if unnamed:
                feedback.pushWarning(tr("{} site(s) have no value in '{}': they are named 'site <feature id>'.")
                                     .format(unnamed, name_field))
        steps.setCurrentStep(2)
        events = postgis.proximity_in_database(in_db, sites, distance, steps) if in_db else []
        for k, track in enumerate(tracks):
            try:
                events.extend(site_proximity(track, sites, distance, _Slice(steps, k, len(tracks))))
            except ValueError as exc:  # core refuses e.g. fixes without coordinates
                raise InputError(str(exc), track_src.sourceName()) from None

        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, _fields(EVENT_FIELDS),
                                             QgsWkbTypes.Point, WGS84)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        parts_sink, parts_id = self.parameterAsSink(parameters, self.OUTPUT_PARTS, context, _fields(PART_FIELDS),
                                                    QgsWkbTypes.MultiLineStringZM, WGS84)
        if parts_sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_PARTS))
        ev_fields, part_fields = _fields(EVENT_FIELDS), _fields(PART_FIELDS)
        for ev in events:
            feat = QgsFeature(ev_fields)
            feat.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(ev.cpa_lon, ev.cpa_lat)))
            feat.setAttributes([ev.site_id, ev.site_name, ev.track_id, _num(ev.cpa_m), qdatetime(ev.cpa_time),
                                _num(ev.cpa_alt_m), _num(ev.bearing_deg), qdatetime(ev.enter_time),
                                qdatetime(ev.exit_time), _num(ev.dwell_s)])
            add_feature(sink, feat)
            parts = []
            for part in ev.inside_parts:
                arr = np.asarray(part, dtype=float).reshape(-1, 4)
                parts.append((arr[:, 0], arr[:, 1], arr[:, 2], arr[:, 3]))
            geom = multiline_zm(parts)
            if not geom.isEmpty():
                pf = QgsFeature(part_fields)
                pf.setGeometry(geom)
                pf.setAttributes([ev.site_id, ev.site_name, ev.track_id, _num(ev.cpa_m), qdatetime(ev.enter_time),
                                  qdatetime(ev.exit_time), _num(ev.dwell_s)])
                add_feature(parts_sink, pf)
        entered = list(dict.fromkeys(ev.site_name for ev in events))
        feedback.pushInfo(tr("{} approach(es) within {:.1f} km of {} site(s).").format(
            len(events), distance / 1000.0, len(entered)))
        self.style_output(context, dest_id, "approach_events")
        self.style_output(context, parts_id, "approach_parts")
        return {self.OUTPUT: dest_id, self.OUTPUT_PARTS: parts_id, "EVENT_COUNT": len(events),
                "SITES_ENTERED": entered}


class _Slice:
    """Feedback adapter: track k of n gets its share of the step's 0-100 %."""

    def __init__(self, feedback, k: int, n: int):
        self.feedback, self.k, self.n = feedback, k, max(n, 1)

    def isCanceled(self) -> bool:  # noqa: N802 - duck-typed QgsFeedback
        return self.feedback.isCanceled()

    def setProgress(self, value: float) -> None:  # noqa: N802 - duck-typed QgsFeedback
        self.feedback.setProgress((self.k + value / 100.0) * 100.0 / self.n)
