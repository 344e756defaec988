"""Load our outputs into the project (styled, time-enabled) and pick where outputs are written."""

from __future__ import annotations

import os
import re
import tempfile

from qgis.core import QgsDataProvider, QgsProject, QgsVectorLayer

from ..core.errors import BalloonWatchError
from ..toolbelt.settings import PluginSettings
from .styles import apply_style

_session_dir: str | None = None


def output_folder(project: QgsProject | None = None) -> str:
    """Settings folder, else the project's folder, else a folder for this session."""
    global _session_dir
    folder = PluginSettings.load().output_folder.strip()
    if not folder:
        home = (project or QgsProject.instance()).homePath()
        folder = home if home and os.access(home, os.W_OK) else ""
    if not folder:
        if _session_dir is None or not os.path.isdir(_session_dir):
            _session_dir = tempfile.mkdtemp(prefix="balloon_watch_")
        folder = _session_dir
    os.makedirs(folder, exist_ok=True)
    return folder


def default_store(project: QgsProject | None = None) -> str:
    """The GeoPackage that holds the analysis layers by default."""
    return os.path.join(output_folder(project), "balloon_watch.gpkg")


def gpkg_destination(path: str, table: str) -> str:
    """A Processing output that writes (or replaces) layer ``table`` inside GeoPackage ``path``."""
    return f"ogr:dbname='{path}' table=\"{table}\" (geom)"


def table_name(prefix: str, label: str) -> str:
    """A safe, readable layer name: 'track_points_flight_2023'."""
    slug = re.sub(r"[^A-Za-z0-9]+", "_", os.path.splitext(os.path.basename(label))[0]).strip("_").lower()
    return f"{prefix}_{slug}"[:60] if slug else prefix


def load_layer(uri: str, name: str, kind: str, project: QgsProject | None = None,
               replace: bool = True) -> QgsVectorLayer:
    """Add the layer at ``uri`` styled as ``kind``; an existing layer with the same source is reloaded instead."""
    project = project or QgsProject.instance()
    if replace:
        for layer in project.mapLayers().values():
            if isinstance(layer, QgsVectorLayer) and layer.source() == uri:
                # the table was rewritten: a new provider, same layer (style, temporal settings, legend kept)
                layer.setDataSource(uri, layer.name(), "ogr", QgsDataProvider.ProviderOptions())
                layer.updateExtents()
                layer.triggerRepaint()
                return layer
    layer = QgsVectorLayer(uri, name, "ogr")
    if not layer.isValid():
        raise BalloonWatchError(f"The output {uri} could not be opened as a layer.")
    apply_style(layer, kind)
    project.addMapLayer(layer)
    return layer
