"""Click through the dock as an analyst: the same algorithms run in background tasks."""

from __future__ import annotations

from bw_paths import ROOT
from dock_helpers import SAMPLE, add_sites, import_sample, wait_idle
from qgis.core import Qgis, QgsProject, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from balloon_watch.plugin.gui.dock import DEFAULT_WIDTH
from balloon_watch.plugin.qgis_io.kinds import layers_of_kind
from balloon_watch.plugin.toolbelt.settings import PluginSettings

_KEEP: list = []


def test_import_track_through_dock(dock, bw_iface, tmp_path):
    dock.trackSource.setFilePath(SAMPLE)
    dock.trackImportButton.click()
    assert dock.runner.busy or layers_of_kind("track_points")
    wait_idle(dock)
    points = layers_of_kind("track_points")
    assert len(points) == 1, bw_iface.recorder.messages
    layer = points[0]
    assert layer.featureCount() == 1091
    props = layer.temporalProperties()
    assert props.isActive() and props.startField() == "time"
    assert str(tmp_path) in layer.source()
    assert len(layers_of_kind("track_line")) == 1
    assert dock.proxTrackLayer.currentLayer() == layer
    assert "1091" in dock.tracksStatus.text()


def test_bad_track_file_message_no_layer(dock, bw_iface, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("nothing,useful\n1,2\n")
    dock.trackSource.setFilePath(str(bad))
    dock.trackImportButton.click()
    wait_idle(dock)
    assert not layers_of_kind("track_points")
    messages = bw_iface.recorder.messages
    critical = str(int(Qgis.MessageLevel.Critical))
    # one sentence for the analyst, naming the file and what is missing; nothing claims success
    assert [(level, text.split(":")[0]) for level, _title, text in messages] == [(critical, "Track import failed")]
    text = messages[0][2]
    assert "bad.csv" in text and "latitude" in text and "Traceback" not in text


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
    add_sites(dock)
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
    # headings from the output kind, units an analyst briefs in, every field of the row in the details box
    headers = [table.horizontalHeaderItem(j).text() for j in range(table.columnCount())]
    assert headers == ["Site", "Closest\napproach\nkm · NM", "CPA time\n(UTC)"]
    (events,) = layers_of_kind("approach_events")
    malmstrom = next(f for f in events.getFeatures() if "Malmstrom" in f["site_name"])
    cpa = malmstrom["cpa_m"]
    assert table.item(row, 1).text() == f"{cpa / 1000:.1f} km\n{cpa / 1852:.1f} NM"
    table.selectRow(row)
    details = dock.resultsDetails.toPlainText()
    feet = malmstrom["cpa_alt_m"] / 0.3048
    assert f"Altitude at CPA: {malmstrom['cpa_alt_m']:.0f} m · {feet:.0f} ft · FL{round(feet / 100):03d}" in details
    assert "Dwell: " in details and "Bearing from site: " in details
    dock.setFloating(True)  # at the dock's default width, the columns fit without scrolling
    dock.resize(DEFAULT_WIDTH, 700)
    dock.show_results(events)
    QCoreApplication.processEvents()
    assert table.horizontalScrollBar().maximum() == 0, [table.columnWidth(j) for j in range(3)]
    assert table.columnWidth(0) >= 60  # about six letters of a site name at the 12 pt test font; the rest elided
    layer_id, fid, epoch, _index = table.item(row, 0).data(256)  # Qt.ItemDataRole.UserRole
    dock.results._double_clicked(row, 0)
    extent = nav.temporalExtents()
    assert extent.begin().toMSecsSinceEpoch() / 1000 < epoch < extent.end().toMSecsSinceEpoch() / 1000
    # the sample track passes Malmstrom at 13:41 UTC on 1 Feb 2023
    assert extent.begin().toString("yyyy-MM-dd") == "2023-02-01"
    # measuring again replaces the layers it made instead of stacking copies
    parts_id = layers_of_kind("approach_parts")[0].id()
    dock.proxRunButton.click()
    wait_idle(dock)
    assert [lyr.id() for lyr in layers_of_kind("approach_events")] == [events.id()]
    assert [lyr.id() for lyr in layers_of_kind("approach_parts")] == [parts_id]
    assert events.featureCount() == table.rowCount()


def test_forecast_from_the_dock_gives_eta_alerts(dock, bw_iface, tmp_path):
    lines = open(SAMPLE).read().splitlines()
    cut = [lines[0]] + [ln for ln in lines[1:] if ln.split(",")[1] <= "2023-02-01T06:00:00Z"]
    partial = tmp_path / "as_of_feb1.csv"
    partial.write_text("\n".join(cut) + "\n")
    dock.trackSource.setFilePath(str(partial))
    dock.trackImportButton.click()
    wait_idle(dock)
    add_sites(dock)
    dock.proxDistance.setValue(50)
    dock.forecastHorizon.setValue(12)
    dock.forecastButton.click()
    wait_idle(dock)
    forecast = layers_of_kind("forecast_points")
    assert len(forecast) == 1, bw_iface.recorder.messages
    assert forecast[0].featureCount() == 12 * 2 + 1
    assert forecast[0].temporalProperties().isActive()
    assert len(layers_of_kind("forecast_cone")) == 1
    # the reconstructed track really passed Malmstrom 7.7 h later: the forecast sees it coming
    sites_named = [dock.resultsTable.item(r, 0).text() for r in range(dock.resultsTable.rowCount())]
    assert any("Malmstrom" in s for s in sites_named), sites_named
    assert any("Forecast" in text and "Malmstrom" in text for _l, _t, text in bw_iface.recorder.messages)
    inside = [ln for ln in dock.resultsDetails.toPlainText().splitlines() if ln.startswith("Inside now: ")]
    assert inside and inside[0].split(": ")[1] in ("yes", "no")


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
        (layer,) = layers_of_kind("track_points")
        assert layer.featureCount() == 10
        dock.trackLive.setChecked(True)
        assert dock.controller.live_timer.isActive()
        served["body"] = ("\n".join(lines[:31]) + "\n").encode()  # 20 new fixes arrive
        dock.controller.live_refresh()  # what the timer calls every N minutes
        wait_idle(dock)
        assert layers_of_kind("track_points") == [layer]  # the same layer, not a new one
        assert layer.featureCount() == 30
        dock.trackLive.setChecked(False)
        assert not dock.controller.live_timer.isActive()
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


def test_case_file_chosen_once_is_used_and_stated(dock, bw_iface, tmp_path):
    dock.caseStore.lineEdit().setText(str(tmp_path / "ca"))  # half typed: shown, nothing created
    assert PluginSettings.load().case_store == str(tmp_path / "ca") and not (tmp_path / "ca").exists()
    case = tmp_path / "case" / "incident.gpkg"
    dock.caseStore.setFilePath(str(case))  # what the analyst's choice in the file dialog does
    assert PluginSettings.load().case_store == str(case)  # kept for the next session
    assert not dock.caseStatus.isVisibleTo(dock)
    import_sample(dock)
    (points,) = layers_of_kind("track_points")
    assert points.source().startswith(str(case))
    written = [text for level, _t, text in bw_iface.recorder.messages if "Written to" in text]
    assert written == [f"Imported 1091 fixes in 1 track(s) from balloon_2023_reconstructed: 2023-01-28 06:00 to "
                       f"2023-02-04 19:39 UTC, altitude 58500 to 61500 ft. Written to {case}."]


def test_without_a_case_the_temporary_place_is_said(dock, bw_iface):
    QgsSettings().remove("balloon_watch/output_folder")
    dock.controller.settings = PluginSettings.load()
    assert dock.caseStatus.isVisibleTo(dock) or PluginSettings.load().case_store == ""
    import_sample(dock)
    (points,) = layers_of_kind("track_points")
    (text,) = [text for level, _t, text in bw_iface.recorder.messages if "Written to" in text]
    path = points.source().split("|")[0]
    assert f"Written to {path}." in text and "temporary folder" in text


def test_closures_checked_twice_one_layer_and_notam_text_copied(dock, bw_iface):
    from qgis.PyQt.QtWidgets import QApplication

    import_sample(dock)
    dock.airspaceSource.setFilePath(str(ROOT / "resources" / "data" / "closures_2023.txt"))
    dock.airspaceImportButton.click()
    wait_idle(dock)
    for _ in range(2):
        dock.flagRunButton.click()
        wait_idle(dock)
    assert len(layers_of_kind("closures_flagged")) == 1, bw_iface.recorder.messages
    assert len(layers_of_kind("closure_events")) == 1
    table = dock.resultsTable
    headers = [table.horizontalHeaderItem(j).text() for j in range(table.columnCount())]
    assert headers == ["Ident", "Status", "First\nentry\n(UTC)"]
    first = table.item(0, 2)
    assert first.toolTip().endswith(" UTC") and first.toolTip()[8:10] == first.text()[:2]  # day of month
    # every closure checked is listed, clear ones too, the most serious first
    (flagged,) = layers_of_kind("closures_flagged")
    statuses = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert len(statuses) == flagged.featureCount()
    assert sorted(statuses) == sorted(f["status"] for f in flagged.getFeatures())
    assert statuses[0] == "violated" and "clear" in statuses
    order = ("violated", "inactive at passage", "passed over", "passed under", "clear")
    assert [order.index(s) for s in statuses] == sorted(order.index(s) for s in statuses)
    said = [text for _level, _t, text in bw_iface.recorder.messages if " checked: " in text]
    counts = {s: statuses.count(s) for s in set(statuses)}
    assert said[-1].startswith(f"{len(statuses)} checked: {counts['violated']} violated, ")
    assert f"{counts['clear']} clear." in said[-1]
    assert dock.airspaceStatus.text() == said[-1].split(" Written to ")[0]

    add_sites(dock)
    dock.proposeRunButton.click()
    wait_idle(dock)
    (proposals,) = layers_of_kind("proposals")
    assert table.rowCount() == proposals.featureCount() > 0
    assert dock.resultsCopyButton.text() == "Copy NOTAM text" and dock.resultsCopyButton.isEnabled()
    fid = table.item(0, 0).data(256)[1]
    notam = proposals.getFeature(fid)["text"]
    assert notam and dock.resultsDetails.toPlainText().startswith(notam)  # shown in full
    QApplication.clipboard().clear()
    dock.resultsCopyButton.click()
    assert QApplication.clipboard().text() == notam


def test_catalogue_copy_goes_beside_the_case_file(dock, bw_iface, tmp_path):
    case = tmp_path / "case" / "incident.gpkg"
    dock.caseStore.setFilePath(str(case))
    dock.sitesCatalogueButton.click()
    layer = dock.sitesLayer.currentLayer()
    copy = layer.source().split("|")[0]
    assert copy.startswith(str(case.parent)) and layer.featureCount() >= 4
    assert any(text.endswith(f"Written to {copy}.") for _level, _t, text in bw_iface.recorder.messages)


def test_unwritable_case_folder_is_one_sentence(dock, bw_iface, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    dock.caseStore.setFilePath(str(blocker / "case.gpkg"))
    dock.trackSource.setFilePath(SAMPLE)
    dock.trackImportButton.click()
    assert not dock.runner.busy and not layers_of_kind("track_points")
    (message,) = bw_iface.recorder.messages
    assert message[2].startswith("The case folder cannot be created:") and str(blocker) in message[2]
