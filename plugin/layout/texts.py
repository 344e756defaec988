"""The briefing's words: time spans (observed and forecast kept apart), sources, projection, key facts."""

from __future__ import annotations

import logging
import math
import os

from qgis.core import QgsLayoutItemLabel, QgsMapLayer, QgsProviderRegistry, QgsVectorLayer
from qgis.PyQt.QtCore import QDateTime, Qt

from ..core.kinds import (
    AIRSPACE,
    APPROACHES,
    CLOSURES_FLAGGED,
    FORECAST_POINTS,
    PROPOSALS,
    TRACK_LINE,
    TRACK_POINTS,
)
from ..definitions import PLUGIN_SLUG, plugin_name, plugin_version
from ..qgis_io.basemap import is_basemap
from ..qgis_io.convert import epoch_from_qvariant
from ..qgis_io.kinds import layers_of_kind
from ..qgis_io.project import projection_note
from ..toolbelt.i18n import tr

LOG = logging.getLogger(f"{PLUGIN_SLUG}.layout")

OBSERVED_KINDS = (TRACK_POINTS, TRACK_LINE)
WINDOW_KINDS = (AIRSPACE, CLOSURES_FLAGGED, PROPOSALS)  # used only when there is no track at all
FT = 0.3048


def set_text(layout, item_id: str, text: str) -> None:
    label = layout.itemById(item_id)
    if isinstance(label, QgsLayoutItemLabel):
        label.setText(text)
    else:
        LOG.info("Briefing template has no label '%s'; skipped.", item_id)


def _span_of(layers, kinds) -> tuple[float, float] | None:
    lo, hi = math.inf, -math.inf
    for kind in kinds:
        for layer in layers_of_kind(kind.id, layers):
            for name in (kind.start_field, kind.end_field):
                index = layer.fields().indexOf(name) if name else -1
                if index < 0:
                    continue
                for value in (layer.minimumValue(index), layer.maximumValue(index)):
                    t = epoch_from_qvariant(value)
                    if math.isfinite(t):
                        lo, hi = min(lo, t), max(hi, t)
    return (lo, hi) if math.isfinite(lo) else None


def time_span(layers) -> tuple[float, float] | None:
    """(first, last) epoch seconds UTC observed: the track's fixes by kind; closure windows only without a track."""
    vectors = [layer for layer in layers if isinstance(layer, QgsVectorLayer)]
    return _span_of(vectors, OBSERVED_KINDS) or _span_of(vectors, WINDOW_KINDS)


def forecast_span(layers) -> tuple[float, float] | None:
    """(first, last) epoch seconds UTC of the forecast positions; None without a forecast."""
    return _span_of([layer for layer in layers if isinstance(layer, QgsVectorLayer)], (FORECAST_POINTS,))


def utc(t: float, fmt: str = "yyyy-MM-dd HH:mm") -> str:
    if t is None or not math.isfinite(t):
        return "?"
    return QDateTime.fromMSecsSinceEpoch(int(round(t * 1000)), Qt.TimeSpec.UTC).toString(fmt)


def format_span(span: tuple[float, float] | None) -> str:
    """'2023-02-02 10:00 to 2023-02-02 22:30 UTC' ('' when unknown)."""
    if span is None:
        return ""
    return tr("{} to {} UTC").format(utc(span[0]), utc(span[1]))


def periods_text(layers) -> str:
    """'Observed ... UTC' and, apart, 'Forecast ... UTC (not observed)'."""
    parts = []
    observed, forecast = time_span(layers), forecast_span(layers)
    if observed is not None:
        parts.append(tr("Observed {}").format(format_span(observed)))
    if forecast is not None:
        parts.append(tr("Forecast {} (not observed)").format(format_span(forecast)))
    return " \u00b7 ".join(parts)


def _source_name(layer: QgsMapLayer) -> str:
    provider = layer.providerType()
    if provider == "memory":
        return tr("memory layer")
    try:
        parts = QgsProviderRegistry.instance().decodeUri(provider, layer.source())
    except Exception:  # noqa: BLE001 - an unusual provider must not stop the briefing
        parts = {}
    path = parts.get("path") if isinstance(parts, dict) else None
    return os.path.basename(path) if path else provider


def sources_text(layers, crs) -> str:
    """'Data: file: layer, layer; file: layer', the basemap, the map projection in words, the units."""
    by_source: dict[str, list[str]] = {}
    for layer in layers:
        if not is_basemap(layer):
            by_source.setdefault(_source_name(layer), []).append(layer.name())
    data = "; ".join("{}: {}".format(source, ", ".join(names)) for source, names in by_source.items())
    lines = [tr("Data: {}").format(data),
             tr("Basemap: Natural Earth (public domain), countries and states from QGIS, lakes bundled."),
             tr("Map projection: {}").format(projection_note(crs)),
             tr("Altitudes from the track (GPS, WGS 84); FL = altitude / 100 ft without pressure correction."),
             tr("Made with {} {}").format(plugin_name(), plugin_version())]
    return "\n".join(lines)


def altitude_words(alt_m) -> str:
    """'61,434 ft (FL614)' ('altitude unknown' for NULL)."""
    try:
        alt = float(alt_m)
    except (TypeError, ValueError):
        return tr("altitude unknown")
    if not math.isfinite(alt):
        return tr("altitude unknown")
    return "{:,.0f} ft (FL{:03d})".format(alt / FT, int(round(alt / (100 * FT))))


def distance_words(metres: float) -> str:
    return "{:.1f} km ({:.1f} NM)".format(metres / 1000.0, metres / 1852.0)


def value(feature, name: str):
    """The attribute ``name`` of ``feature`` (None when the layer has no such field, or NULL)."""
    if feature.fields().indexOf(name) < 0:
        return None
    v = feature.attribute(name)
    return None if v is None or (hasattr(v, "isNull") and v.isNull()) else v


def key_facts(layers) -> str:
    """The few lines a commander reads first: closest approach, violated closures, forecast."""
    lines = []
    events = layers_of_kind(APPROACHES.id, layers)
    best = None
    for layer in events:
        for f in layer.getFeatures():
            d = value(f, "cpa_m")
            if d is not None and (best is None or d < best["cpa_m"]):
                best = f
    if best is not None:
        lines.append(tr("Closest approach: {} at {}, {} UTC, {}").format(
            value(best, "site_name"), distance_words(best["cpa_m"]),
            utc(epoch_from_qvariant(value(best, "cpa_time"))), altitude_words(value(best, "cpa_alt_m"))))
    for layer in layers_of_kind(CLOSURES_FLAGGED.id, layers):
        statuses = [value(f, "status") for f in layer.getFeatures()]
        lines.append(tr("Closures violated: {} of {} checked").format(statuses.count("violated"), len(statuses)))
    forecast = forecast_span(layers)
    if forecast is not None:
        lines.append(tr("Forecast to {} UTC: not observed").format(utc(forecast[1])))
    return "\n".join(lines) if lines else tr("No approach or closure analysed.")
