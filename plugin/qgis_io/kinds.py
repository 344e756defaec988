"""Output kinds (``core.kinds``) on the QGIS side: the fields and geometry type producers write, and layers tagged
with their kind and found by it.

Every layer we produce is tagged when it is styled (``styles.apply_style``); consumers (the dock, the briefing)
look layers up here instead of guessing from field names.
"""

from __future__ import annotations

from collections.abc import Iterable

from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsMapLayer,
    QgsProcessing,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core.kinds import BOOL, DATETIME, INT, PROPERTY, REAL, TEXT, OutputKind
from ..core.kinds import kind as kind_by_id
from .compat import FieldType

QGS_TYPES = {TEXT: FieldType.String, REAL: FieldType.Double, INT: FieldType.Int, DATETIME: FieldType.DateTime,
             BOOL: FieldType.Bool}
_SINK_TYPES = {"point": QgsProcessing.SourceType.TypeVectorPoint, "line": QgsProcessing.SourceType.TypeVectorLine,
               "polygon": QgsProcessing.SourceType.TypeVectorPolygon}


def qgs_fields(kind: OutputKind, names: Iterable[str] | None = None) -> QgsFields:
    """The kind's fields, typed, in its order (only ``names`` when given)."""
    wanted = None if names is None else set(names)
    fields = QgsFields()
    for f in kind.fields:
        if wanted is None or f.name in wanted:
            fields.append(QgsField(f.name, QGS_TYPES[f.type]))
    return fields


def extended_fields(kind: OutputKind, source_fields: QgsFields,
                    own: Iterable[str] | None = None) -> tuple[QgsFields, list[int]]:
    """A source's fields followed by the kind's fields named in ``own`` (default: all of them).

    Source fields of the same names (in any case: GeoPackage names are case-insensitive) are replaced, and ``fid``
    stays with the source (the GeoPackage primary key would clash). Returns the fields and the indices of the
    source fields kept, in order."""
    own = list(kind.names if own is None else own)
    dropped = {name.lower() for name in own} | {"fid"}
    keep = [i for i in range(source_fields.count()) if source_fields.at(i).name().lower() not in dropped]
    fields = QgsFields()
    for i in keep:
        fields.append(source_fields.at(i))
    for f in qgs_fields(kind, own):
        fields.append(f)
    return fields, keep


def new_feature(fields: QgsFields, geometry: QgsGeometry, values: dict, first: list | None = None) -> QgsFeature:
    """A feature of ``fields``: ``first`` values in order (e.g. a source's attributes), then the others by name
    (``values``: {field name: value}; a field not named is NULL, a name that is not a field an error)."""
    first = list(first or [])
    attrs = first + [None] * (fields.count() - len(first))
    for name, value in values.items():
        i = fields.indexOf(name)
        if i < len(first):  # -1: not a field
            raise KeyError(f"{name} is not one of the fields after the first {len(first)}")
        attrs[i] = str(value) if isinstance(value, str) else value  # a core Message (a str subclass) as plain text
    feat = QgsFeature(fields)
    feat.setGeometry(geometry)
    feat.setAttributes(attrs)
    return feat


def wkb_type(kind: OutputKind) -> QgsWkbTypes.Type:
    """The geometry type a producer writes for this kind."""
    wkb = QgsWkbTypes.parseType(kind.wkb)
    if wkb == QgsWkbTypes.Type.Unknown:
        raise ValueError(f"output kind {kind.id} has no geometry type")
    return wkb


def sink_type(kind: OutputKind) -> QgsProcessing.SourceType:
    """The Processing layer type of a sink holding this kind."""
    return _SINK_TYPES[kind.geometry]


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
