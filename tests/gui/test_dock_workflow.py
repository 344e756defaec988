"""Click through the dock as an analyst: the same algorithms run in background tasks."""

from __future__ import annotations

import time

import pytest
from bw_paths import ROOT
from qgis.core import QgsProject, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent

import balloon_watch

SAMPLE = str(ROOT / "resources" / "data" / "balloon_2023_reconstructed.csv")


def wait_idle(dock, timeout=120):
    end = time.time() + timeout
    QCoreApplication.processEvents()
    while dock.runner.busy and time.time() < end:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    assert not dock.runner.busy, "task did not finish"
    QCoreApplication.processEvents()


@pytest.fixture()
def dock(bw_iface, qgis_processing, tmp_path):
    QgsSettings().setValue("balloon_watch/output_folder", str(tmp_path))
    QgsProject.instance().clear()
    plugin = balloon_watch.classFactory(bw_iface)
    plugin.initGui()
    plugin.dock_action.trigger()
    yield plugin.dock
    plugin.unload()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QgsProject.instance().clear()
    QgsSettings().remove("balloon_watch/output_folder")


def _layers(kind_prefix: str):
    return [lyr for lyr in QgsProject.instance().mapLayers().values()
            if isinstance(lyr, QgsVectorLayer) and f"layername={kind_prefix}" in lyr.source()]


def test_import_track_through_dock(dock, bw_iface, tmp_path):
    dock.trackSource.setFilePath(SAMPLE)
    dock.trackImportButton.click()
    assert dock.runner.busy or _layers("track_points")
    wait_idle(dock)
    points = _layers("track_points")
    assert len(points) == 1, bw_iface.recorder.messages
    layer = points[0]
    assert layer.featureCount() == 1091
    props = layer.temporalProperties()
    assert props.isActive() and props.startField() == "time"
    assert str(tmp_path) in layer.source()
    assert len(_layers("track_line")) == 1
    assert dock.proxTrackLayer.currentLayer() == layer
    assert "1091" in dock.tracksStatus.text()


def test_bad_track_file_message_no_layer(dock, bw_iface, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("nothing,useful\n1,2\n")
    dock.trackSource.setFilePath(str(bad))
    dock.trackImportButton.click()
    wait_idle(dock)
    assert not _layers("track_points")
    assert any("bad.csv" in text for level, title, text in bw_iface.recorder.messages) or \
        dock.iface.messageBar() is not None


def test_buffer_distances_are_validated(dock, bw_iface):
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "sites", "memory")
    QgsProject.instance().addMapLayer(layer)
    dock.sitesLayer.setLayer(layer)
    dock.sitesDistances.setText("-5")
    dock.sitesBufferButton.click()
    assert not dock.runner.busy


def test_preview_of_headerless_file_fills_column_mapping(dock):
    from bw_paths import REALDATA

    dock.trackSource.setFilePath(str(REALDATA / "balloon" / "habhub_sim_flight_path_japan_epoch.csv"))
    dock.trackPreviewButton.click()
    assert dock.trackPreview.rowCount() == 10
    headers = [dock.trackPreview.horizontalHeaderItem(j).text() for j in range(dock.trackPreview.columnCount())]
    assert any("[time]" in h for h in headers) and any("[lat]" in h for h in headers)
    mapping = dock.trackColumns.text()
    assert "time=1" in mapping and "lat=2" in mapping and "lon=3" in mapping and "alt=4" in mapping
