"""Driving the dock as an analyst does: click, then wait for the background task."""

from __future__ import annotations

import time

from bw_paths import ROOT
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

SAMPLE = str(ROOT / "resources" / "data" / "balloon_2023_reconstructed.csv")
SITES = str(ROOT / "resources" / "data" / "sites.gpkg")
CLOSURES = str(ROOT / "resources" / "data" / "closures_2023.txt")


def wait_idle(dock, timeout=120):
    end = time.time() + timeout
    QCoreApplication.processEvents()
    while dock.runner.busy and time.time() < end:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    assert not dock.runner.busy, "task did not finish"
    QCoreApplication.processEvents()


def click(dock, button):
    button.click()
    wait_idle(dock)


def import_sample(dock, source: str = SAMPLE):
    dock.trackSource.setFilePath(source)
    click(dock, dock.trackImportButton)


def add_sites(dock):
    sites = QgsVectorLayer(SITES, "sites", "ogr")
    QgsProject.instance().addMapLayer(sites)
    dock.sitesLayer.setLayer(sites)
    dock.sitesNameField.setField("name")
    return sites
