"""``balloonwatch:siteproximity``: every pass of the track(s) within an alert radius of each site, with the
closest point of approach (CPA), entry/exit crossings, dwell time and the track pieces inside.

Thin layer over ``core.proximity.site_proximity`` (geodesic on WGS 84; CPA along the track between fixes, not
just the nearest fix). Everything is computed before the outputs are written.
"""

from __future__ import annotations

import math

import numpy as np
from qgis.core import (
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.errors import InputError
from ..core.feedback import SubFeedback
from ..core.kinds import APPROACH_PARTS, APPROACHES
from ..core.messages import message_of
from ..core.proximity import site_proximity
from ..core.sites import is_named
from ..core.units import check_distance
from ..qgis_io import postgis
from ..qgis_io.convert import multiline_zm, qdatetime, sites_from_source, tracks_from_source
from ..qgis_io.kinds import new_feature, qgs_fields
from ..toolbelt.i18n import tr, translated
from .base import BalloonWatchAlgorithm, add_feature, number_parameter, track_parameter


def _num(value: float):
    """NaN -> None (NULL in the layer)."""
    return None if value is None or not math.isfinite(value) else float(value)


class SiteProximityAlgorithm(BalloonWatchAlgorithm):
    NAME, GROUP_ID = "siteproximity", "sites"
    HELP = QT_TRANSLATE_NOOP(
        "@default", "For every site (point, line or polygon) and every pass of the track within the alert distance, "
        "finds the closest point of approach along the track (between fixes, geodesic on WGS 84), the time and "
        "altitude there, the bearing from the site, and where the track crossed the alert radius (enter/exit times, "
        "dwell time).\n\n"
        "Track: a point layer with one feature per fix, fields time, alt_m and track_id (as Import balloon track "
        "writes them). Without a time field the analysis still runs and every time result is NULL (a warning says so); "
        "without alt_m the altitude is taken from Z if the points have it, else NULL.\n"
        "A pass that starts or ends inside the radius (first or last fix) has a NULL enter or exit time.\n\n"
        "Outputs: one point per pass at the CPA (site_id, site_name, track_id, cpa_m, cpa_time, cpa_alt_m, "
        "bearing_deg, enter_time, exit_time, dwell_s) and the track parts inside the radius (LineStringZM, Z = "
        "altitude, M = epoch seconds; unknown values are stored as 0). The results also hold EVENT_COUNT and "
        "SITES_ENTERED (the names of the sites approached).")
    DISPLAY = QT_TRANSLATE_NOOP("@default", "Approaches to sites (CPA, dwell)")

    DISTANCE = "DISTANCE"
    OUTPUT_PARTS = "OUTPUT_PARTS"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(track_parameter(self.TRACK))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SITES, tr("Sites (points, lines or polygons)"), [QgsProcessing.SourceType.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterField(
            self.NAME_FIELD, tr("Site name field"), parentLayerParameterName=self.SITES, optional=True))
        self.addParameter(number_parameter(self.DISTANCE, tr("Alert distance (metres)"), 50_000.0))
        self.add_sink(self.OUTPUT, tr("Closest approaches"), APPROACHES)
        self.add_sink(self.OUTPUT_PARTS, tr("Track parts inside the alert distance"), APPROACH_PARTS, optional=True)
        self.addOutput(QgsProcessingOutputNumber("EVENT_COUNT", tr("Number of approaches")))

    def compute(self, parameters, context, feedback) -> dict:
        value = self.parameterAsDouble(parameters, self.DISTANCE, context)
        distance = check_distance(value, f"{value:g} m", self.DISTANCE, what=tr("the alert distance"))
        track_src = self.source(parameters, self.TRACK, context)
        sites_src = self.source(parameters, self.SITES, context)
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context) or None

        steps = QgsProcessingMultiStepFeedback(3, feedback)
        # a whole PostGIS track table and point sites: the analysis runs in PostgreSQL (qgis_io.postgis)
        in_db = postgis.track_in_database(self, parameters, self.TRACK, context) if QgsWkbTypes.geometryType(
            sites_src.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry else None
        tracks, notes = ([], []) if in_db else tracks_from_source(track_src, steps,
                                                                  transform_context=context.transformContext())
        for note in notes:
            feedback.pushWarning(translated(note))
        for track in tracks:
            if len(track) and not np.isfinite(track.times).any() and not notes:
                feedback.pushWarning(tr("Track {} has no usable time values: time results are NULL.").format(
                    track.track_id))
        steps.setCurrentStep(1)
        sites, site_notes = sites_from_source(sites_src, name_field, steps, context.transformContext())
        for note in site_notes:
            feedback.pushWarning(translated(note))
        if name_field:
            unnamed = sum(1 for f in sites_src.getFeatures() if not is_named(f[name_field]))
            if unnamed:
                feedback.pushWarning(tr("{} site(s) have no value in '{}': they are named 'site <feature id>'.")
                                     .format(unnamed, name_field))
        steps.setCurrentStep(2)
        events = postgis.proximity_in_database(in_db, sites, distance, steps) if in_db else []
        for k, track in enumerate(tracks):
            try:
                share = SubFeedback(steps, 100.0 * k / len(tracks), 100.0 * (k + 1) / len(tracks))
                events.extend(site_proximity(track, sites, distance, share))
            except ValueError as exc:  # core refuses e.g. fixes without coordinates
                raise InputError(message_of(exc), track_src.sourceName()) from None

        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, APPROACHES)
        parts_sink, parts_id = self.create_sink(parameters, self.OUTPUT_PARTS, context, APPROACH_PARTS)
        ev_fields, part_fields = qgs_fields(APPROACHES), qgs_fields(APPROACH_PARTS)
        for ev in events:
            times = {"enter_time": qdatetime(ev.enter_time), "exit_time": qdatetime(ev.exit_time),
                     "dwell_s": _num(ev.dwell_s)}
            who = {"site_id": ev.site_id, "site_name": ev.site_name, "track_id": ev.track_id, "cpa_m": _num(ev.cpa_m)}
            add_feature(sink, new_feature(ev_fields, QgsGeometry.fromPointXY(QgsPointXY(ev.cpa_lon, ev.cpa_lat)), {
                **who, **times, "cpa_time": qdatetime(ev.cpa_time), "cpa_alt_m": _num(ev.cpa_alt_m),
                "bearing_deg": _num(ev.bearing_deg)}))
            if parts_sink is None:
                continue
            parts = []
            for part in ev.inside_parts:
                arr = np.asarray(part, dtype=float).reshape(-1, 4)
                parts.append((arr[:, 0], arr[:, 1], arr[:, 2], arr[:, 3]))
            geom = multiline_zm(parts)
            if not geom.isEmpty():
                add_feature(parts_sink, new_feature(part_fields, geom, {**who, **times}))
        entered = list(dict.fromkeys(ev.site_name for ev in events))
        feedback.pushInfo(tr("{} approach(es) within {:.1f} km of {} site(s).").format(
            len(events), distance / 1000.0, len(entered)))
        return {self.OUTPUT: dest_id, self.OUTPUT_PARTS: parts_id, "EVENT_COUNT": len(events),
                "SITES_ENTERED": entered}

