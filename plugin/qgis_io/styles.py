"""Default styles (resources/styles/<kind>.qml) and temporal settings of our output layers."""

from __future__ import annotations

import logging
import os

from qgis.core import Qgis, QgsVectorLayer

from ..core.kinds import BY_ID
from ..definitions import PLUGIN_SLUG, resources_path
from .kinds import tag

LOG = logging.getLogger(f"{PLUGIN_SLUG}.styles")

def apply_style(layer: QgsVectorLayer, kind: str) -> None:
    """Load the kind's .qml if there is one, tag the layer with its kind, set the kind's temporal fields."""
    qml = resources_path("styles", f"{kind}.qml")
    if os.path.exists(qml):
        message, ok = layer.loadNamedStyle(qml)
        if not ok:
            LOG.warning("Style %s not applied to %s: %s", qml, layer.name(), message)
    tag(layer, kind)  # after the style: a .qml's custom properties replace the layer's
    spec = BY_ID.get(kind)
    if spec is not None and spec.start_field:
        set_temporal(layer, spec.start_field, spec.end_field)
    layer.triggerRepaint()


def set_temporal(layer: QgsVectorLayer, start_field: str, end_field: str | None = None) -> bool:
    """Make the layer time-enabled on its fields (only those that exist)."""
    names = layer.fields().names()
    if start_field not in names:
        return False
    props = layer.temporalProperties()
    props.setStartField(start_field)
    if end_field and end_field in names:
        props.setMode(Qgis.VectorTemporalMode.FeatureDateTimeStartAndEndFromFields)
        props.setEndField(end_field)
    else:
        props.setMode(Qgis.VectorTemporalMode.FeatureDateTimeInstantFromField)
    props.setIsActive(True)
    return True
