"""What the dock tells an analyst on real third-party files: import summaries, proposal limits, every closure
checked, the flight state, several airspace files and their repairs."""

from __future__ import annotations

import pytest
from bw_paths import REALDATA, TEST_DATA
from dock_helpers import add_sites, click, overflow, settle
from qgis.core import Qgis, QgsApplication, QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QPoint
from qgis.PyQt.QtWidgets import QScrollArea

from balloon_watch.plugin.core.propose import DEFAULT_CEILING_M, DEFAULT_FLOOR_M, DEFAULT_RADIUS_M
from balloon_watch.plugin.definitions import LOG_TAG
from balloon_watch.plugin.gui.dock import DEFAULT_WIDTH
from balloon_watch.plugin.qgis_io.kinds import layers_of_kind

HABHUB = REALDATA / "balloon" / "habhub_sim_flight_path_japan_epoch.csv"
SONDE = REALDATA / "balloon" / "sonde2kml_20230119-110735_U2450623_RS41_sonde.kmz"
WARNING, SUCCESS, CRITICAL = (str(int(x)) for x in (Qgis.MessageLevel.Warning, Qgis.MessageLevel.Success,
                                                    Qgis.MessageLevel.Critical))


def messages(iface, level=None):
    return [text for lvl, _t, text in iface.recorder.messages if level is None or lvl == level]


def import_track(dock, path):
    dock.trackSource.setFilePath(str(path))
    click(dock, dock.trackImportButton)


def test_kmz_without_times_summary_says_so_at_warning_level(dock, bw_iface):
    dock.setFloating(True)
    dock.resize(DEFAULT_WIDTH, 720)
    dock.show()
    import_track(dock, SONDE)
    summary = dock.trackSummary.toPlainText().splitlines()
    assert summary[:3] == ["1872 fixes in 1 track(s) from sonde2kml_20230119-110735_U2450623_RS41_sonde.",
                           "Time span: times absent.",
                           "Altitude: 820 m · 2689 ft · FL027 to 30959 m · 101573 ft · FL1016."]
    assert any(line.startswith("Absent: no fix has a time") for line in summary)
    assert any(line.startswith("Assumed: 49 point placemark(s)") for line in summary)
    assert any("relativeToGround" in line for line in summary)
    assert dock.trackSummary.isReadOnly()
    # the short form in the bar, at Warning level because something is absent; the reader's warning too
    written = [t for t in messages(bw_iface, WARNING) if "Written to" in t]
    assert len(written) == 1 and written[0].startswith("Imported 1872 fixes in 1 track(s) from sonde2kml_")
    assert ": times absent, altitude 2689 to 101573 ft. 1 absent or doubtful: see the Tracks section." in written[0]
    assert any(t.startswith("no fix has a time") for t in messages(bw_iface, WARNING))
    assert not messages(bw_iface, SUCCESS)
    # the long file name wraps or is cut: the section does not scroll sideways
    assert overflow(dock) == []


def test_headerless_csv_summary_with_span_and_assumed_columns(dock, bw_iface):
    import_track(dock, HABHUB)
    summary = dock.trackSummary.toPlainText().splitlines()
    # 1464198600 and 1464208044 are the first and last epoch seconds of the file: 2016-05-25 17:50:00 and 20:27:24
    assert summary[1] == "Time span: 2016-05-25 17:50 to 20:27 UTC (2.62 h)."
    assert summary[2].startswith("Altitude: 0 m · -1 ft to 30000 m · 98425 ft · FL984")
    assert any(line.startswith("Assumed: No header: columns read as time=col_1") for line in summary)
    written = [t for t in messages(bw_iface) if "Written to" in t]
    assert written == [t for t in messages(bw_iface, SUCCESS)]  # nothing absent or doubtful: a success
    assert "2016-05-25 17:50 to 20:27 UTC, altitude -1 to 98425 ft." in written[0]


def test_proposal_limits_are_their_own_and_assumed_ones_are_said(dock, bw_iface, tmp_path):
    # the algorithm's own defaults (30 NM, SFC, FL650), not the Sites alert radius
    assert dock.proposeRadiusUnit.currentText() == "NM"
    assert dock.proposeRadius.value() == pytest.approx(DEFAULT_RADIUS_M / 1852.0)
    assert dock.proposeFloor.value() == round(DEFAULT_FLOOR_M / 0.3048) and dock.proposeFloor.text() == "SFC"
    assert dock.proposeCeiling.value() == round(DEFAULT_CEILING_M / 0.3048 / 100) and \
        dock.proposeCeiling.text() == "FL650"
    dock.proxDistance.setValue(250)
    assert dock.proposeRadius.value() == pytest.approx(30.0)
    # a track without altitude passing Malmstrom AFB (-111.18722 47.50472): the limits are assumed
    rows = ["time,lat,lon"] + [f"2023-02-02T{h:02d}:00:00Z,47.5,{-113 + h * 0.25:.2f}" for h in range(12)]
    csv = tmp_path / "no_altitude.csv"
    csv.write_text("\n".join(rows) + "\n")
    import_track(dock, csv)
    add_sites(dock)
    dock.proposeRadius.setValue(20.0)
    dock.proposeFloor.setValue(2000)
    dock.proposeCeiling.setValue(450)
    click(dock, dock.proposeRunButton)
    (layer,) = layers_of_kind("proposals")
    feats = list(layer.getFeatures())
    assert feats, messages(bw_iface)
    for f in feats:
        assert f["floor_m"] == pytest.approx(2000 * 0.3048) and f["ceiling_m"] == pytest.approx(45000 * 0.3048)
        assert f["limits"].startswith("limits ASSUMED")
        assert "20NM" in f["text"].replace(" ", "") and "FL450" in f["text"]
    assert "with assumed limits (" in dock.airspaceStatus.text()
    assert any("limits ASSUMED" in t for t in messages(bw_iface, WARNING))
    assert any("with assumed limits" in t and "Written to" in t for t in messages(bw_iface, WARNING))


def test_landed_balloon_not_forecast_unless_asked(dock, bw_iface):
    import_track(dock, HABHUB)
    click(dock, dock.forecastButton)
    assert not layers_of_kind("forecast_points")
    status = dock.tracksStatus.text()
    # its last fix is at -0.3 m after a 4.9 m/s descent: landed, not 'reaching sea level within about 0 min'
    assert status.startswith("Track 'habhub_sim_flight_path_japan_epoch' is not forecast: on the ground: the descent "
                             "(4.9 m/s")
    assert status.endswith("Tick 'Extrapolate anyway' to forecast it anyway.")
    assert not messages(bw_iface, CRITICAL)  # the balloon is down: not a failure of the tool
    assert any(t.startswith("Track 'habhub_sim_flight_path_japan_epoch' is not forecast: on the ground")
               for t in messages(bw_iface, WARNING))

    dock.forecastIgnoreState.setChecked(True)
    dock.forecastHorizon.setValue(2)
    click(dock, dock.forecastButton)
    assert len(layers_of_kind("forecast_points")) == 1, messages(bw_iface)
    assert "Track 'habhub_sim_flight_path_japan_epoch': on the ground: the descent (4.9 m/s" in dock.tracksStatus.text()
    assert any("is on ground but was extrapolated as you asked" in t for t in messages(bw_iface, WARNING))


def test_all_closures_checked_are_listed_even_when_clear(dock, bw_iface):
    import_track(dock, HABHUB)
    dock.airspaceSource.setFilePath(str(REALDATA / "openair" / "erictaylor_ksgu-airspaces.txt"))
    click(dock, dock.airspaceImportButton)
    click(dock, dock.flagRunButton)
    table = dock.resultsTable
    assert [table.item(r, 1).text() for r in range(table.rowCount())] == ["clear"] * 3
    assert sorted(table.item(r, 0).text() for r in range(3)) == ["SAINT GEORGE CLASS E2", "SAINT GEORGE E4 NE",
                                                                 "SAINT GEORGE E4 SW"]
    assert dock.airspaceStatus.text() == "3 checked: 0 violated, 3 clear."
    assert dock.resultsStatus.text().startswith("3 checked: 0 violated, 3 clear. 3 row(s) from ")


def test_several_airspace_files_and_repairs(dock, bw_iface):
    base = TEST_DATA / "constructed" / "aixm_EAR2_baseline_constructed.xml"
    acts = [REALDATA / "aixm" / f"donlon2022_DN_SAA.{f}.xml" for f in ("ACT_1_area_activation",
                                                                       "ACT_3_date_range_schedule")]
    # what the file dialog gives for several files: quoted paths
    dock.airspaceSource.setFilePath(" ".join(f'"{p}"' for p in [base, *acts]))
    click(dock, dock.airspaceImportButton)
    (layer,) = layers_of_kind("airspace")
    assert layer.featureCount() == 3, messages(bw_iface)
    assert [f["ident"] for f in layer.getFeatures()] == ["EAR2"] * 3  # both activations met their BASELINE
    assert dock.airspaceStatus.text() == "Imported 3 airspace volume(s) from 3 file(s); 0 record(s) skipped."
    assert layer.name() == "aixm_EAR2_baseline_constructed.xml and 2 more"

    bw_iface.recorder.messages.clear()
    logged = []

    def record(message, tag, level):
        logged.append((tag, message))

    log = QgsApplication.messageLog()
    log.messageReceived.connect(record)
    try:
        dock.airspaceSource.setFilePath(str(REALDATA / "openair" / "openaip_self-intersecting.txt"))
        click(dock, dock.airspaceImportButton)
    finally:
        log.messageReceived.disconnect(record)
    assert dock.airspaceStatus.text().endswith("1 invalid outline(s) repaired and kept: details in the log.")
    assert any("repaired and kept: details in the log" in t for t in messages(bw_iface, WARNING))
    assert not any("crosses itself" in t for t in messages(bw_iface))  # the details are in the log, not the bar
    assert any(tag == LOG_TAG and "PARC/RESERVE" in m and "crosses itself" in m for tag, m in logged), logged


def test_approach_to_the_analysts_own_site_on_a_real_flight(dock, bw_iface):
    # the analyst adds the site they watch: the airport the simulated flight passes near
    sites = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "my sites", "memory")
    f = QgsFeature(sites.fields())
    f.setAttributes(["Chubu Centrair Intl (RJGG)"])
    f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(136.8054, 34.8584)))
    sites.dataProvider().addFeatures([f])
    QgsProject.instance().addMapLayer(sites)
    import_track(dock, HABHUB)
    dock.sitesLayer.setLayer(sites)
    dock.proxDistance.setValue(60)
    dock.proxDistanceUnit.setCurrentText("km")
    click(dock, dock.proxRunButton)
    assert dock.resultsTable.rowCount() == 1, messages(bw_iface)
    assert dock.resultsTable.item(0, 0).text() == "Chubu Centrair Intl (RJGG)"
    assert sites.featureCount() == 1


def test_summary_scrolled_into_view_after_import(dock):
    dock.setFloating(True)
    dock.resize(DEFAULT_WIDTH, 640)  # a laptop: the Tracks section scrolls
    dock.show()
    settle()
    import_track(dock, HABHUB)
    settle()
    box = dock.trackSummary
    area = box.parentWidget()
    while not isinstance(area, QScrollArea):
        area = area.parentWidget()
    top = box.mapTo(area.viewport(), QPoint(0, 0)).y()
    assert area.verticalScrollBar().maximum() > 0  # it had to scroll
    assert 0 <= top and top + box.height() <= area.viewport().height()  # the whole box, not its first line
    assert not dock.trackPreview.isVisible()  # the empty preview gives its room to the summary


def test_prediction_imported_as_predicted_says_so(dock, bw_iface, tmp_path):
    import json

    traj = [{"datetime": f"2023-02-04T{12 + i:02d}:00:00Z", "latitude": 33.0 + 0.1 * i, "longitude": 280.0 + 0.2 * i,
             "altitude": 18000.0 - 3000.0 * i} for i in range(4)]
    src = tmp_path / "tawhiri.json"
    src.write_text(json.dumps({"prediction": [{"stage": "float", "trajectory": traj[:2]},
                                              {"stage": "descent", "trajectory": traj[1:]}]}))
    import_track(dock, src)
    (points,) = layers_of_kind("track_points")
    assert points.name() == "tawhiri predicted positions"
    assert [layer.name() for layer in layers_of_kind("track_line")] == ["tawhiri predicted line"]
    assert dock.trackSummary.toPlainText().startswith("Predicted, not observed: a balloon predictor's answer.\n"
                                                      "4 fixes in 1 track(s) from tawhiri.")
    (written,) = [t for t in messages(bw_iface) if "Written to" in t]
    assert written.split(" Written to ")[0].endswith("Predicted, not observed: a balloon predictor's answer.")
