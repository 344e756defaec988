"""Where the dock writes, and how a step run again replaces its layers instead of stacking copies.

The analyst chooses a case GeoPackage (or folder) once in the dock; it is kept in the settings and stated in the
message bar after each run. Until one is chosen, outputs go beside the project or into a temporary folder, and
the message says so.
"""

from __future__ import annotations

import os
import tempfile

from qgis.core import QgsDataProvider, QgsProject, QgsVectorLayer

from ..qgis_io.kinds import layers_of_kind
from ..qgis_io.layers import default_store, gpkg_destination, load_layer, table_name
from ..toolbelt.settings import PluginSettings

INPUTS_PROPERTY = "balloon_watch/inputs"  # what a layer was made from: a re-run with the same inputs replaces it
CASE_FILE = "balloon_watch.gpkg"  # the GeoPackage inside a chosen folder


def case_path(choice: str) -> str:
    """The GeoPackage for the analyst's choice: the file itself, or ``balloon_watch.gpkg`` inside a folder."""
    choice = choice.strip()
    if choice.lower().endswith(".gpkg"):
        return choice
    return os.path.join(choice, CASE_FILE)


def store(settings: PluginSettings | None = None, create: bool = True) -> str:
    """The GeoPackage outputs go to now: the case chosen in the dock, else the default (project or temp).

    ``create``: make its folder (before a run); the dock only shows the path while the analyst types it."""
    settings = settings or PluginSettings.load()
    if settings.case_store.strip():
        path = case_path(settings.case_store)
        if create:
            os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        return path
    return default_store()


def is_temporary(path: str) -> bool:
    """True when ``path`` lies in the system's temporary folder (lost at the next clean-up)."""
    tmp = os.path.realpath(tempfile.gettempdir())
    return os.path.realpath(path).startswith(tmp + os.sep)


def destination(path: str, prefix: str, label: str) -> str:
    """A Processing output writing table ``<prefix>_<label>`` into GeoPackage ``path``."""
    return gpkg_destination(path, table_name(prefix, label))


def inputs_key(alg: str, *inputs) -> str:
    """A stable text naming what a run was made from: layer ids for layers, the value for anything else."""
    parts = [alg]
    for value in inputs:
        parts.append(value.id() if hasattr(value, "id") and callable(value.id) else str(value))
    return "|".join(parts)


def place_layer(uri: str, name: str, kind_id: str, inputs: str,
                project: QgsProject | None = None) -> tuple[QgsVectorLayer, bool]:
    """Show output ``uri``: the layer of this kind made from the same inputs gets the new data (style, legend
    position and name kept); otherwise a new styled layer. Returns the layer and whether it replaced one."""
    project = project or QgsProject.instance()
    for layer in layers_of_kind(kind_id, project):
        if layer.customProperty(INPUTS_PROPERTY) == inputs or layer.source() == uri:
            layer.setDataSource(uri, layer.name(), "ogr", QgsDataProvider.ProviderOptions())
            layer.setCustomProperty(INPUTS_PROPERTY, inputs)
            layer.updateExtents()
            layer.triggerRepaint()
            return layer, True
    layer = load_layer(uri, name, kind_id, project)
    layer.setCustomProperty(INPUTS_PROPERTY, inputs)
    return layer, False
