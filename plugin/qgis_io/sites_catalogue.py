"""The bundled sites catalogue (resources/data/sites.gpkg): publicly documented bases and airports, one row
per site with its public ``source``.

The file inside the plugin folder is never edited (a plugin update would overwrite the analyst's rows, and the
folder may be read-only): :func:`add_catalogue_layer` copies it once to a writable folder -- the one passed in,
else the project's folder, else the plugin's output folder -- and adds that copy to the project, editable.
An existing copy is reused as it is, so rows the analyst added survive.
"""

from __future__ import annotations

import os
import shutil

from qgis.core import QgsProject, QgsVectorLayer

from ..core.errors import BalloonWatchError
from ..definitions import resources_path
from ..toolbelt.i18n import tr
from .styles import apply_style

CATALOGUE_FILE = "balloon_watch_sites.gpkg"  # name of the writable copy
LAYER_NAME = "sites"


def bundled_catalogue_path() -> str:
    """The read-only catalogue shipped with the plugin."""
    return resources_path("data", "sites.gpkg")


def _writable_folder(project: QgsProject, folder: str | None) -> str:
    if folder:
        return folder
    home = project.homePath()
    if home and os.path.isdir(home) and os.access(home, os.W_OK):
        return home
    from .layers import output_folder  # settings folder or a session folder

    return output_folder(project)


def catalogue_copy(project: QgsProject | None = None, folder: str | None = None) -> str:
    """Path of the writable copy of the catalogue (made now from the bundled file if it does not exist yet)."""
    project = project or QgsProject.instance()
    folder = _writable_folder(project, folder)
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as exc:
        raise BalloonWatchError(tr("The folder {} cannot be created for the sites catalogue: {}").format(
            folder, exc)) from None
    if not os.access(folder, os.W_OK):
        raise BalloonWatchError(tr("The folder {} is not writable: choose another folder for the sites "
                                   "catalogue.").format(folder))
    target = os.path.abspath(os.path.join(folder, CATALOGUE_FILE))
    if target == os.path.abspath(bundled_catalogue_path()):
        raise BalloonWatchError(tr("The sites catalogue must be copied out of the plugin folder."))
    if not os.path.exists(target):
        bundled = bundled_catalogue_path()
        if not os.path.exists(bundled):
            raise BalloonWatchError(tr("The bundled sites catalogue {} is missing: reinstall the plugin.").format(
                bundled))
        part = target + ".part"
        shutil.copyfile(bundled, part)  # copy then rename: a failed copy never leaves a broken catalogue
        os.replace(part, target)
        os.chmod(target, 0o644)  # the plugin file may be read-only; the copy is the analyst's
    return target


def add_catalogue_layer(project: QgsProject | None = None, folder: str | None = None) -> QgsVectorLayer:
    """Copy the bundled catalogue to a writable folder (once) and add it to ``project``, styled, editable.

    If the project already shows that copy, that layer is returned instead of a second one.
    """
    project = project or QgsProject.instance()
    path = catalogue_copy(project, folder)
    uri = f"{path}|layername={LAYER_NAME}"
    for layer in project.mapLayers().values():
        if isinstance(layer, QgsVectorLayer) and os.path.abspath(layer.source().split("|")[0]) == path:
            return layer
    layer = QgsVectorLayer(uri, tr("Sites catalogue"), "ogr")
    if not layer.isValid():
        raise BalloonWatchError(tr("The sites catalogue {} could not be opened.").format(path))
    apply_style(layer, "sites")
    project.addMapLayer(layer)
    return layer
