"""The offline basemap: Natural Earth countries and states from QGIS's own ``world_map.gpkg``, lakes we ship.

Basemap layers are tagged with the custom property ``balloon_watch/basemap`` (their id below), kept in a
"Basemap" group at the bottom of the layer tree, and found again by that tag: calling ``ensure_basemap`` twice
adds nothing the second time. Water is the map background (``WATER``), so no ocean polygon has to be projected.
"""

from __future__ import annotations

import logging
import os

from qgis.core import QgsApplication, QgsLayerTreeGroup, QgsMapLayer, QgsProject, QgsVectorLayer
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtXml import QDomDocument

from ..definitions import PLUGIN_SLUG, resources_path
from ..toolbelt.i18n import tr

LOG = logging.getLogger(f"{PLUGIN_SLUG}.basemap")

PROPERTY = "balloon_watch/basemap"
GROUP = "Basemap"
WATER = QColor("#d3e4ee")
# id, source ('qgis' = QGIS's world_map.gpkg, else a file under resources/basemap), table, display name;
# drawn top first
LAYERS = (
    ("basemap_states", "qgis", "states_provinces", "States and provinces (Natural Earth)"),
    ("basemap_lakes", "ne_lakes.gpkg", "lakes", "Lakes (Natural Earth)"),
    ("basemap_countries", "qgis", "countries", "Countries (Natural Earth)"),
)


def world_map_path() -> str:
    """QGIS's Natural Earth GeoPackage (countries, states_provinces, disputed_borders)."""
    return os.path.join(QgsApplication.pkgDataPath(), "resources", "data", "world_map.gpkg")


def is_basemap(layer: QgsMapLayer) -> bool:
    return bool(layer.customProperty(PROPERTY))


def basemap_layers(project: QgsProject | None = None) -> list[QgsVectorLayer]:
    """The basemap layers already in ``project``, top first (states, lakes, countries)."""
    project = project or QgsProject.instance()
    found = {layer.customProperty(PROPERTY): layer for layer in project.mapLayers().values()
             if isinstance(layer, QgsVectorLayer) and is_basemap(layer) and layer.isValid()}
    return [found[bid] for bid, *_ in LAYERS if bid in found]


def _open(basemap_id: str, source: str, table: str, name: str) -> QgsVectorLayer | None:
    path = world_map_path() if source == "qgis" else resources_path("basemap", source)
    if not os.path.exists(path):
        LOG.warning("Basemap file %s not found; %s is left out.", path, name)
        return None
    layer = QgsVectorLayer(f"{path}|layername={table}", tr(name), "ogr")
    if not layer.isValid():
        LOG.warning("Basemap layer %s in %s cannot be opened; left out.", table, path)
        return None
    qml = resources_path("styles", f"{basemap_id}.qml")
    # not loadNamedStyle: it prefers the default style stored in world_map.gpkg's layer_styles table
    doc = QDomDocument()
    try:
        with open(qml, encoding="utf-8") as handle:
            parsed = doc.setContent(handle.read())
    except OSError:
        parsed = False
    ok, message = layer.importNamedStyle(doc) if parsed else (False, "unreadable")
    if not ok:
        LOG.warning("Basemap style %s not applied: %s", qml, message)
    layer.setCustomProperty(PROPERTY, basemap_id)
    layer.setFlags(layer.flags() & ~QgsMapLayer.LayerFlag.Identifiable)
    return layer


def ensure_basemap(project: QgsProject | None = None) -> list[QgsVectorLayer]:
    """Add the basemap to ``project`` (once, in a group at the bottom); return its layers, top first.

    Also sets the project's background to the water colour, which is what the canvas shows between countries.
    A missing file (QGIS installed without its resources) leaves that layer out with a log message.
    """
    project = project or QgsProject.instance()
    present = {layer.customProperty(PROPERTY) for layer in basemap_layers(project)}
    root = project.layerTreeRoot()
    group = root.findGroup(GROUP)
    for basemap_id, source, table, name in LAYERS:
        if basemap_id in present:
            continue
        layer = _open(basemap_id, source, table, name)
        if layer is None:
            continue
        if group is None:
            group = QgsLayerTreeGroup(GROUP)
            root.addChildNode(group)  # last child: drawn below everything else
        project.addMapLayer(layer, False)
        group.addLayer(layer)  # appended: LAYERS is top first
    project.setBackgroundColor(WATER)
    return basemap_layers(project)
