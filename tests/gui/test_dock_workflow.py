"""Click through the dock as an analyst: the same algorithms run in background tasks."""

from __future__ import annotations

import time

import pytest
from bw_paths import ROOT
from qgis.core import QgsProject, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent

import balloon_watch

SAMPLE = str(ROOT / "resources" / "data" / "balloon_2023_reconstructed.csv")
_KEEP: list = []


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


def test_proximity_results_alert_and_double_click_moves_time(dock, bw_iface):
    from qgis.core import QgsTemporalNavigationObject

    nav = QgsTemporalNavigationObject()
    _KEEP.append(nav)  # the canvas keeps a raw pointer to its controller: it must outlive the test
    canvas = bw_iface.mapCanvas()
    canvas.setTemporalController(nav)
    dock.trackSource.setFilePath(SAMPLE)
    dock.trackImportButton.click()
    wait_idle(dock)
    sites = QgsVectorLayer(str(ROOT / "resources" / "data" / "sites.gpkg"), "sites", "ogr")
    QgsProject.instance().addMapLayer(sites)
    dock.sitesLayer.setLayer(sites)
    dock.sitesNameField.setField("name")
    dock.proxDistance.setValue(50)
    dock.proxDistanceUnit.setCurrentText("km")
    dock.proxRunButton.click()
    wait_idle(dock)
    table = dock.resultsTable
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert any("Malmstrom" in n for n in names), bw_iface.recorder.messages
    alerts = [text for level, title, text in bw_iface.recorder.messages if "Malmstrom" in text]
    assert alerts and "13.2 km" in alerts[0]
    row = next(r for r, n in enumerate(names) if "Malmstrom" in n)
    layer_id, fid, epoch = table.item(row, 0).data(256)  # Qt.UserRole
    dock._result_activated(row, 0)
    extent = nav.temporalExtents()
    assert extent.begin().toMSecsSinceEpoch() / 1000 < epoch < extent.end().toMSecsSinceEpoch() / 1000
    # the sample track passes Malmstrom at 13:41 UTC on 1 Feb 2023
    assert extent.begin().toString("yyyy-MM-dd") == "2023-02-01"


def test_forecast_from_the_dock_gives_eta_alerts(dock, bw_iface, tmp_path):
    lines = open(SAMPLE).read().splitlines()
    cut = [lines[0]] + [ln for ln in lines[1:] if ln.split(",")[1] <= "2023-02-01T06:00:00Z"]
    partial = tmp_path / "as_of_feb1.csv"
    partial.write_text("\n".join(cut) + "\n")
    dock.trackSource.setFilePath(str(partial))
    dock.trackImportButton.click()
    wait_idle(dock)
    sites = QgsVectorLayer(str(ROOT / "resources" / "data" / "sites.gpkg"), "sites", "ogr")
    QgsProject.instance().addMapLayer(sites)
    dock.sitesLayer.setLayer(sites)
    dock.sitesNameField.setField("name")
    dock.proxDistance.setValue(50)
    dock.forecastHorizon.setValue(12)
    dock.forecastButton.click()
    wait_idle(dock)
    forecast = _layers("forecast_points")
    assert len(forecast) == 1, bw_iface.recorder.messages
    assert forecast[0].featureCount() == 12 * 2 + 1
    assert forecast[0].temporalProperties().isActive()
    assert len(_layers("forecast_cone")) == 1
    # the reconstructed track really passed Malmstrom 7.7 h later: the forecast sees it coming
    sites_named = [dock.resultsTable.item(r, 0).text() for r in range(dock.resultsTable.rowCount())]
    assert any("Malmstrom" in s for s in sites_named), sites_named
    assert any("Forecast" in text and "Malmstrom" in text for _l, _t, text in bw_iface.recorder.messages)


def test_live_feed_refresh_adds_new_fixes_to_the_same_layer(dock, bw_iface, tmp_path):
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    lines = open(SAMPLE).read().splitlines()
    served = {"body": ("\n".join(lines[:11]) + "\n").encode()}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server API
            self.send_response(200)
            self.send_header("Content-Length", str(len(served["body"])))
            self.end_headers()
            self.wfile.write(served["body"])

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        dock.trackSource.setFilePath(f"http://127.0.0.1:{server.server_address[1]}/feed.csv")
        dock.trackImportButton.click()
        wait_idle(dock)
        (layer,) = _layers("track_points")
        assert layer.featureCount() == 10
        dock.trackLive.setChecked(True)
        assert dock.live_timer.isActive()
        served["body"] = ("\n".join(lines[:31]) + "\n").encode()  # 20 new fixes arrive
        dock._live_refresh()  # what the timer calls every N minutes
        wait_idle(dock)
        assert _layers("track_points") == [layer]  # the same layer, not a new one
        assert layer.featureCount() == 30
        dock.trackLive.setChecked(False)
        assert not dock.live_timer.isActive()
    finally:
        server.shutdown()


def test_qgis_proxy_settings_are_used(qgis_app):
    from balloon_watch.plugin.qgis_io.track_import import qgis_proxies

    s = QgsSettings()
    try:
        s.setValue("proxy/proxyEnabled", True)
        s.setValue("proxy/proxyHost", "proxy.example")
        s.setValue("proxy/proxyPort", "3128")
        assert qgis_proxies() == {"http": "http://proxy.example:3128", "https": "http://proxy.example:3128"}
        s.setValue("proxy/proxyExcludedUrls", ["http://127.0.0.1"])
        assert qgis_proxies("http://127.0.0.1:8000/x.csv") == {}  # excluded: direct
        assert qgis_proxies("https://api.v2.sondehub.org/x")["https"] == "http://proxy.example:3128"
        s.setValue("proxy/proxyEnabled", False)
        assert qgis_proxies() is None
    finally:
        for key in ("proxyEnabled", "proxyHost", "proxyPort", "proxyExcludedUrls"):
            s.remove(f"proxy/{key}")
