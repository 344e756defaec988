"""Driving the dock as an analyst does: click, then wait for the background task."""

from __future__ import annotations

import time

from bw_paths import ROOT
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QLayout, QScrollArea, QWidget

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


def settle():
    for _ in range(3):
        QCoreApplication.processEvents()


def overflow(dock) -> list[tuple]:
    """(section, page minimum width, width available, widest widgets) for each section wider than the dock."""
    out = []
    for i in range(dock.sections.count()):
        dock.sections.setCurrentIndex(i)
        settle()
        page = dock.sections.widget(i)
        area = page.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        assert area is not None
        available = area.viewport().width()
        if area.horizontalScrollBar().maximum() > 0 or page.minimumSizeHint().width() > available:
            wide = sorted((w.minimumSizeHint().width(), w.objectName() or type(w).__name__)
                          for w in page.findChildren(QWidget) if w.isVisibleTo(page))[-3:]
            wide += sorted((lay.minimumSize().width(), lay.objectName() or type(lay).__name__)
                           for lay in page.findChildren(QLayout))[-4:]
            out.append((dock.sections.itemText(i), page.minimumSizeHint().width(), available, wide))
    return out
