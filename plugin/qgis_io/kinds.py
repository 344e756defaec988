"""Layers tagged with their output kind (``core.kinds``), and found by it.

Every layer we produce is tagged when it is styled (``styles.apply_style``); consumers (the dock, the briefing)
look layers up here instead of guessing from field names.
"""

from __future__ import annotations

from collections.abc import Iterable

from qgis.core import QgsMapLayer, QgsProject, QgsVectorLayer

from ..core.kinds import PROPERTY, OutputKind
from ..core.kinds import kind as kind_by_id


def tag(layer: QgsMapLayer, kind_id: str) -> None:
    """Mark ``layer`` as holding output kind ``kind_id`` (saved with the project)."""
    layer.setCustomProperty(PROPERTY, kind_id)


def kind_of(layer: QgsMapLayer) -> OutputKind | None:
    """The kind a layer was tagged with, or None for layers that are not ours."""
    value = layer.customProperty(PROPERTY)
    if not value:
        return None
    try:
        return kind_by_id(str(value))
    except KeyError:
        return None


def layers_of_kind(kind_id: str, layers: Iterable[QgsMapLayer] | QgsProject | None = None) -> list[QgsVectorLayer]:
    """The vector layers tagged ``kind_id`` among ``layers`` (default: the current project), in the given order."""
    kind_by_id(kind_id)  # an unknown id is a programming error: fail loudly
    if layers is None:
        layers = QgsProject.instance()
    if isinstance(layers, QgsProject):
        layers = layers.mapLayers().values()
    return [layer for layer in layers
            if isinstance(layer, QgsVectorLayer) and layer.customProperty(PROPERTY) == kind_id]
