"""``balloonwatch:proposeclosures``: proposed TFR-like closures for a balloon passage (circles around sites, a
corridor along the path, a debris area for a shoot-down), each with FAA NOTAM-style text ready to copy.

Thin layer over ``core.propose``: read the track (and optionally the forecast and the sites), propose, then write.
"""

from __future__ import annotations

import math

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.errors import InputError
from ..core.feedback import check
from ..core.kinds import PROPOSALS
from ..core.model import Airspace, Track
from ..core.propose import (
    DEFAULT_CEILING_M,
    DEFAULT_FLOOR_M,
    DEFAULT_RADIUS_M,
    FT,
    debris_area,
    passage_position,
    propose_closures,
)
from ..qgis_io.convert import epoch_from_qvariant, qdatetime, sites_from_source, tracks_from_source
from ..toolbelt.i18n import tr, translated
from .alg_importairspace import write_airspaces
from .base import BalloonWatchAlgorithm, number_parameter, track_parameter


class ProposeClosuresAlgorithm(BalloonWatchAlgorithm):
    NAME, GROUP_ID = "proposeclosures", "airspace"
    HELP = QT_TRANSLATE_NOOP(
        "@default", "Proposes temporary flight restrictions for the balloon's passage, each with FAA NOTAM-style text "
        "(centre DDMMSSN DDDMMSSW and radius in NM or a vertex chain, band SFC-FLxxx, window YYMMDDhhmm-YYMMDDhhmm "
        "UTC) in the <i>text</i> field, ready to copy.\n\n"
        "<b>Sites</b> (points): a circle of RADIUS around every site the track (and the forecast, when given) comes "
        "within RADIUS of, active while it does, widened by MARGIN_MIN on each side. <b>Corridor</b> (or no sites): a "
        "band of half-width RADIUS along the whole path. Vertical band: the balloon's altitudes there +- "
        "VERTICAL_MARGIN, widened to whole 10-FL steps (geometric altitude taken as pressure altitude). Where the "
        "balloon's altitude is unknown (or always, with FIXED_LIMITS) FLOOR_FT and CEILING_FL are used and the "
        "<i>limits</i> field and the NOTAM text say these limits are assumed.\n\n"
        "Defaults follow FAA national defense airspace practice (TFRs under 14 CFR 99.7): a 30 NM radius, from the "
        "surface, up to FL650 where the altitude is unknown (above the 60,000-65,000 ft of the 2023 balloon and above "
        "FL600, the top of Class A). The radius is the closure's own, not the alert radius used to watch the sites.\n\n"
        "<b>Debris</b>: with SHOOTDOWN_TIME (UTC, e.g. 2023-02-04T19:39:00Z) a debris hazard area downwind of the "
        "balloon's position at that time, from a stated fall model (terminal velocity growing with altitude, constant "
        "wind WIND_U east / WIND_V north in m/s).")
    DISPLAY = QT_TRANSLATE_NOOP("@default", "Propose closures (TFR text) for the passage")

    FORECAST = "FORECAST"
    RADIUS = "RADIUS"
    MARGIN_MIN = "MARGIN_MIN"
    VERTICAL_MARGIN = "VERTICAL_MARGIN"
    FLOOR_FT = "FLOOR_FT"
    CEILING_FL = "CEILING_FL"
    FIXED_LIMITS = "FIXED_LIMITS"
    CORRIDOR = "CORRIDOR"
    SHOOTDOWN_TIME = "SHOOTDOWN_TIME"
    WIND_U = "WIND_U"
    WIND_V = "WIND_V"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(track_parameter(self.TRACK))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SITES, tr("Sites to protect"), [QgsProcessing.SourceType.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.NAME_FIELD, tr("Site name field"), parentLayerParameterName=self.SITES, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FORECAST, tr("Forecast points (time, alt_m, track_id)"), [QgsProcessing.SourceType.TypeVectorPoint],
            optional=True))
        self.addParameter(number_parameter(
            self.RADIUS, tr("Closure radius / corridor half-width (m; default 30 NM = 55560 m)"), DEFAULT_RADIUS_M,
            minValue=1.0))
        self.addParameter(number_parameter(
            self.MARGIN_MIN, tr("Window margin before and after the passage (minutes)"), 60.0, minValue=0.0))
        self.addParameter(number_parameter(self.VERTICAL_MARGIN, tr("Vertical margin (m)"), 1000.0, minValue=0.0))
        self.addParameter(number_parameter(
            self.FLOOR_FT, tr("Floor where the altitude is unknown (ft MSL; 0 = SFC)"), DEFAULT_FLOOR_M / FT,
            minValue=0.0))
        self.addParameter(number_parameter(
            self.CEILING_FL, tr("Ceiling where the altitude is unknown (flight level)"),
            round(DEFAULT_CEILING_M / FT / 100), integer=True, minValue=1, maxValue=999))
        self.addParameter(QgsProcessingParameterBoolean(
            self.FIXED_LIMITS, tr("Always use this floor and ceiling (not the balloon's altitude)"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.CORRIDOR, tr("Also propose a corridor along the path"), defaultValue=False))
        self.addParameter(QgsProcessingParameterString(
            self.SHOOTDOWN_TIME, tr("Shoot-down time for a debris area (UTC, ISO 8601; empty: none)"),
            optional=True))
        self.addParameter(number_parameter(self.WIND_U, tr("Wind toward east for the debris fall (m/s)"), 0.0))
        self.addParameter(number_parameter(self.WIND_V, tr("Wind toward north for the debris fall (m/s)"), 0.0))
        self.add_sink(self.OUTPUT, tr("Proposed closures"), PROPOSALS)
        self.addOutput(QgsProcessingOutputNumber("COUNT", tr("Closures proposed")))

    def compute(self, parameters, context, feedback) -> dict:
        track_src = self.source(parameters, self.TRACK, context)
        sites_src = self.source(parameters, self.SITES, context)
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context) or None
        fc_src = self.source(parameters, self.FORECAST, context)
        radius = self.parameterAsDouble(parameters, self.RADIUS, context)
        margin_s = 60.0 * self.parameterAsDouble(parameters, self.MARGIN_MIN, context)
        vmargin = self.parameterAsDouble(parameters, self.VERTICAL_MARGIN, context)
        corridor = self.parameterAsBoolean(parameters, self.CORRIDOR, context)
        floor_m = self.parameterAsDouble(parameters, self.FLOOR_FT, context) * FT
        ceiling_m = self.parameterAsInt(parameters, self.CEILING_FL, context) * 100 * FT
        fixed = self.parameterAsBoolean(parameters, self.FIXED_LIMITS, context)
        shoot_text = (self.parameterAsString(parameters, self.SHOOTDOWN_TIME, context) or "").strip()
        wind_u = self.parameterAsDouble(parameters, self.WIND_U, context)
        wind_v = self.parameterAsDouble(parameters, self.WIND_V, context)

        shoot_t = None
        if shoot_text:
            shoot_t = epoch_from_qvariant(shoot_text)
            if not math.isfinite(shoot_t):
                raise InputError(
                    tr("'{shoot_text}' is not a date and time (expected ISO 8601 such as 2023-02-04T19:39:00Z)").format(
                        shoot_text=shoot_text
                    ),
                    field=self.SHOOTDOWN_TIME,
                )

        xctx = context.transformContext()
        tracks, notes = tracks_from_source(track_src, feedback, transform_context=xctx)
        for note in notes:
            feedback.pushInfo(translated(note))
        forecasts: list[Track] = []
        if fc_src is not None:
            forecasts, fnotes = tracks_from_source(fc_src, transform_context=xctx)
            for note in fnotes:
                feedback.pushInfo(tr("Forecast: {}").format(translated(note)))
        sites = None
        if sites_src is not None:
            site_list, snotes = sites_from_source(sites_src, name_field, transform_context=xctx)
            for note in snotes:
                feedback.pushInfo(translated(note))
            sites = [(s.name, float(s.coords[0]), float(s.coords[1])) for s in site_list if s.geom_type == "point"]
        check(feedback, 30.0)

        proposals: list[Airspace] = []
        for k, track in enumerate(tracks):
            if not track.has_times:
                raise InputError(
                    tr("track '{track_id}' has fixes without time: a closure window needs times").format(
                        track_id=track.track_id
                    ),
                    track_src.sourceName(),
                    field="time",
                )
            fc = _matching_forecast(track, tracks, forecasts)
            if fc_src is not None and fc is None:
                feedback.pushWarning(tr("No forecast for track '{}' in the forecast layer: the track alone is "
                                        "used.").format(track.track_id))
            props = propose_closures(track, sites, radius, margin_s, vmargin, corridor, forecast=fc,
                                     floor_m=floor_m, ceiling_m=ceiling_m, fixed_limits=fixed)
            for p in props:
                if p.limits.startswith("limits ASSUMED"):
                    feedback.pushWarning(tr("{}: {}").format(p.ident, translated(p.limits)))
            if len(tracks) > 1:
                for p in props:
                    p.ident = f"{p.ident} ({track.track_id})"
            proposals.extend(props)
            if shoot_t is not None:
                lon, lat, alt = passage_position(track, fc, shoot_t)
                if not math.isfinite(alt):
                    raise InputError(
                        tr(
                            "track '{track_id}' has no altitude around the shoot-down time: the debris fall cannot be "
                            "modelled"
                        ).format(track_id=track.track_id),
                        track_src.sourceName(),
                        field="alt_m",
                    )
                d = debris_area(lon, lat, alt, shoot_t, wind_u, wind_v)
                if len(tracks) > 1:
                    d.ident = f"{d.ident} ({track.track_id})"
                proposals.append(d)
                feedback.pushInfo(tr("Debris model for '{}': {}").format(track.track_id, translated(d.notes)))
            check(feedback, 30.0 + 60.0 * (k + 1) / len(tracks))
        if not proposals:
            feedback.pushWarning(tr("The track comes within {} m of none of the sites: nothing to propose (tick "
                                    "CORRIDOR for a corridor along the path).").format(f"{radius:g}"))
        for p in proposals:
            feedback.pushInfo(tr("{} ({} to {} UTC):").format(p.ident, _iso(p.start_time), _iso(p.end_time)))
            feedback.pushInfo(p.text)

        dest = write_airspaces(self, parameters, context, self.OUTPUT, proposals, PROPOSALS)
        return {self.OUTPUT: dest, "COUNT": len(proposals), "TEXTS": [p.text for p in proposals]}


def _matching_forecast(track: Track, tracks: list[Track], forecasts: list[Track]) -> Track | None:
    for f in forecasts:
        if f.track_id == track.track_id:
            return f
    if len(forecasts) == 1 and len(tracks) == 1:  # one balloon, one forecast: ids need not agree
        return forecasts[0]
    return None


def _iso(epoch: float | None) -> str:
    dt = qdatetime(epoch)
    return dt.toString("yyyy-MM-dd HH:mm") if dt is not None else "PERM"
