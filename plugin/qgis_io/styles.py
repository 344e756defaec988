"""Default styles (resources/styles/<kind>.qml) and temporal settings of our output layers."""

from __future__ import annotations

import logging
import os

from qgis.core import QgsVectorLayer, QgsVectorLayerTemporalProperties

from ..definitions import PLUGIN_SLUG, resources_path

LOG = logging.getLogger(f"{PLUGIN_SLUG}.styles")

# kind -> (start field, end field) for the Temporal Controller; None end = instant
TEMPORAL = {
    "track_points": ("time", None),
    "forecast_points": ("time", None),
    "airspace": ("start_time", "end_time"),
    "closures_flagged": ("start_time", "end_time"),
    "proposals": ("start_time", "end_time"),
    "approach_events": ("enter_time", "exit_time"),
    "approach_parts": ("enter_time", "exit_time"),
    "closure_events": ("enter_time", "exit_time"),
}


def apply_style(layer: QgsVectorLayer, kind: str) -> None:
    """Load the kind's .qml if there is one and set temporal properties where the kind has them."""
    qml = resources_path("styles", f"{kind}.qml")
    if os.path.exists(qml):
        message, ok = layer.loadNamedStyle(qml)
        if not ok:
            LOG.warning("Style %s not applied to %s: %s", qml, layer.name(), message)
    if kind in TEMPORAL:
        set_temporal(layer, *TEMPORAL[kind])
    layer.triggerRepaint()


def set_temporal(layer: QgsVectorLayer, start_field: str, end_field: str | None = None) -> bool:
    """Make the layer time-enabled on its fields (only those that exist)."""
    names = layer.fields().names()
    if start_field not in names:
        return False
    props = layer.temporalProperties()
    props.setStartField(start_field)
    if end_field and end_field in names:
        props.setMode(QgsVectorLayerTemporalProperties.ModeFeatureDateTimeStartAndEndFromFields)
        props.setEndField(end_field)
    else:
        props.setMode(QgsVectorLayerTemporalProperties.ModeFeatureDateTimeInstantFromField)
    props.setIsActive(True)
    return True
