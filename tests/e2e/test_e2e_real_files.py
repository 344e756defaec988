"""Real third-party files through the dock in the real QGIS application, as an analyst would: what the dock says
after each step (summaries, flight state, every closure checked, repairs), with a screenshot of each step in
tests/artifacts/real_files/ (look at them)."""

from __future__ import annotations

import pytest
from harness import ROOT, run_in_qgis

pytestmark = pytest.mark.e2e

REAL = ROOT / "tests" / "data" / "realworld"
HABHUB = REAL / "balloon" / "habhub_sim_flight_path_japan_epoch.csv"
SONDE = REAL / "balloon" / "sonde2kml_20230118-230610_U2540023_RS41_sonde.kmz"
OPENAIR = REAL / "openair" / "openaip_self-intersecting.txt"
OPENAIR_US = REAL / "openair" / "erictaylor_ksgu-airspaces.txt"
TFR = REAL / "tfr" / "faa_detail_4_2565_DC_FRZ.xml"
AIXM = [ROOT / "tests" / "data" / "constructed" / "aixm_EAR2_baseline_constructed.xml",
        REAL / "aixm" / "donlon2022_DN_SAA.ACT_1_area_activation.xml",
        REAL / "aixm" / "donlon2022_DN_SAA.ACT_3_date_range_schedule.xml"]


def test_real_files_through_the_dock(tmp_path):
    aixm_box = " ".join(f'"{p}"' for p in AIXM)  # what the file dialog writes for several files
    result = run_in_qgis(
        f"""
        from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsSettings, QgsVectorLayer
        QgsSettings().setValue("balloon_watch/case_store", {str(tmp_path / "case" / "real.gpkg")!r})
        plugin.dock_action.trigger()
        dock = plugin.dock
        wait(500)
        bar = iface.messageBar()

        def run(button, section=None):
            bar.clearWidgets()
            button.click()
            wait_until(lambda: not dock.runner.busy, 180)
            wait(300)
            if section is not None:
                dock.sections.setCurrentWidget(section)
            return [item.text() for item in bar.items()]

        def table():
            t = dock.resultsTable
            return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]

        def step(name, section, **values):
            dock.sections.setCurrentWidget(section)
            result[name] = values
            shot(name)
            shot(name + "_dock", dock)

        # 1. a habhub simulated flight: headerless CSV, epoch seconds
        dock.trackSource.setFilePath({str(HABHUB)!r})
        bar_texts = run(dock.trackImportButton)
        step("01_habhub_import", dock.tracksPage, bar=bar_texts, status=dock.tracksStatus.text(),
             summary=dock.trackSummary.toPlainText())

        # 2. the analyst's own site near the flight, then approaches
        sites = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "Watched sites", "memory")
        f = QgsFeature(sites.fields())
        f.setAttributes(["Chubu Centrair Intl (RJGG)"])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(136.8054, 34.8584)))
        sites.dataProvider().addFeatures([f])
        QgsProject.instance().addMapLayer(sites)
        dock.sitesLayer.setLayer(sites)
        dock.proxDistanceUnit.setCurrentText("km")
        dock.proxDistance.setValue(60)
        bar_texts = run(dock.proxRunButton)
        step("02_approaches", dock.resultsPage, bar=bar_texts, rows=table(), details=dock.resultsDetails.toPlainText())

        # 3. forecast: the flight ends on its way down
        bar_texts = run(dock.forecastButton)
        step("03_forecast_refused", dock.tracksPage, bar=bar_texts, status=dock.tracksStatus.text(),
             layers=len(QgsProject.instance().mapLayersByName("Forecast")))
        dock.forecastIgnoreState.setChecked(True)
        dock.forecastHorizon.setValue(2)
        bar_texts = run(dock.forecastButton)
        step("04_forecast_anyway", dock.tracksPage, bar=bar_texts, status=dock.tracksStatus.text(),
             layers=len(QgsProject.instance().mapLayersByName("Forecast")))
        dock.forecastIgnoreState.setChecked(False)

        # 4. proposals around the site: the closure's own radius, floor and ceiling
        dock.flagTrackLayer.setLayer(dock.proxTrackLayer.currentLayer())
        bar_texts = run(dock.proposeRunButton)
        step("05_proposals", dock.resultsPage, bar=bar_texts, rows=table(), details=dock.resultsDetails.toPlainText(),
             radius=dock.proposeRadius.text(), floor=dock.proposeFloor.text(), ceiling=dock.proposeCeiling.text())

        # 5. airspace: a self-intersecting OpenAir area, a US OpenAir file, a TFR, AIXM BASELINE + TEMPDELTAs
        dock.airspaceSource.setFilePath({str(OPENAIR)!r})
        bar_texts = run(dock.airspaceImportButton)
        step("06_openair_repaired", dock.airspacePage, bar=bar_texts, status=dock.airspaceStatus.text())
        dock.airspaceSource.setFilePath({str(TFR)!r})
        bar_texts = run(dock.airspaceImportButton)
        step("07_tfr", dock.airspacePage, bar=bar_texts, status=dock.airspaceStatus.text())
        dock.airspaceSource.setFilePath({aixm_box!r})
        bar_texts = run(dock.airspaceImportButton)
        aixm = dock.flagAirspaceLayer.currentLayer()
        step("08_aixm_several_files", dock.airspacePage, bar=bar_texts, status=dock.airspaceStatus.text(),
             layer=aixm.name(), idents=[f["ident"] for f in aixm.getFeatures()])
        dock.airspaceSource.setFilePath({str(OPENAIR_US)!r})
        bar_texts = run(dock.airspaceImportButton)

        # 6. closures checked: every one listed, clear ones too
        bar_texts = run(dock.flagRunButton)
        step("09_closures_checked", dock.resultsPage, bar=bar_texts, rows=table(), status=dock.airspaceStatus.text(),
             results_status=dock.resultsStatus.text())

        # 7. a radiosonde KMZ without a single time
        dock.trackSource.setFilePath({str(SONDE)!r})
        bar_texts = run(dock.trackImportButton)
        step("10_sonde_kmz", dock.tracksPage, bar=bar_texts, status=dock.tracksStatus.text(),
             summary=dock.trackSummary.toPlainText())
        iface.mapCanvas().zoomToFullExtent()

        # 8. the same in French: the plugin reloaded with the QGIS locale set to French
        plugin = reload_plugin_in("fr_FR")
        dock = plugin.dock
        dock.trackSource.setFilePath({str(SONDE)!r})
        bar_texts = run(dock.trackImportButton)
        step("11_fr_sonde_kmz", dock.tracksPage, bar=bar_texts, summary=dock.trackSummary.toPlainText())
        dock.trackSource.setFilePath({str(HABHUB)!r})
        run(dock.trackImportButton)
        bar_texts = run(dock.forecastButton)
        step("12_fr_forecast_refused", dock.tracksPage, bar=bar_texts, status=dock.tracksStatus.text())
        dock.airspaceSource.setFilePath({str(OPENAIR_US)!r})
        run(dock.airspaceImportButton)
        bar_texts = run(dock.flagRunButton)
        step("13_fr_closures_checked", dock.resultsPage, bar=bar_texts, status=dock.airspaceStatus.text(),
             rows=table())
        dock.sections.setCurrentWidget(dock.airspacePage)
        shot("14_fr_airspace_dock", dock)
        QgsSettings().remove("locale/overrideFlag")
        QgsSettings().remove("locale/userLocale")
        """,
        tmp_path,
        "real_files",
        timeout_s=480,
    )
    habhub = result["01_habhub_import"]
    lines = habhub["summary"].splitlines()
    assert lines[0] == "190 fixes in 1 track(s) from habhub_sim_flight_path_japan_epoch."
    assert lines[1] == "Time span: 2016-05-25 17:50 to 20:27 UTC (2.62 h)."
    assert lines[2].startswith("Altitude: 0 m · -1 ft to 30000 m · 98425 ft")
    assert any(line.startswith("Assumed: No header") for line in lines)
    assert any(t.startswith("Imported 190 fixes in 1 track(s) from habhub_") and "Written to" in t
               for t in habhub["bar"]), habhub["bar"]

    approaches = result["02_approaches"]
    assert [row[0] for row in approaches["rows"]] == ["Chubu Centrair Intl (RJGG)"]
    assert any("came within" in t and "Chubu" in t for t in approaches["bar"])

    refused = result["03_forecast_refused"]
    assert refused["layers"] == 0
    assert refused["status"].startswith("Track 'habhub_sim_flight_path_japan_epoch' is not forecast: on the ground: "
                                        "the descent (4.9 m/s")
    assert refused["status"].endswith("Tick 'Extrapolate anyway' to forecast it anyway.")
    assert any(t.startswith("Track 'habhub_sim_flight_path_japan_epoch' is not forecast") for t in refused["bar"])
    anyway = result["04_forecast_anyway"]
    assert anyway["layers"] == 1
    assert "on the ground: the descent (4.9 m/s" in anyway["status"]
    assert any("was extrapolated as you asked" in t for t in anyway["bar"])

    proposals = result["05_proposals"]
    assert (proposals["radius"], proposals["floor"], proposals["ceiling"]) == ("30.0", "SFC", "FL650")
    assert len(proposals["rows"]) == 1 and proposals["rows"][0][0] == "PROPOSED Chubu Centrair Intl (RJGG)"
    assert "30NM" in proposals["details"].replace(" ", "")

    repaired = result["06_openair_repaired"]
    assert repaired["status"].endswith("1 invalid outline(s) repaired and kept: details in the log.")
    assert not any("crosses itself" in t for t in repaired["bar"])
    assert result["07_tfr"]["status"] == "Imported 1 airspace volume(s) from 1 file(s); 0 record(s) skipped."
    aixm = result["08_aixm_several_files"]
    assert aixm["idents"] == ["EAR2"] * 3
    assert aixm["layer"] == "aixm_EAR2_baseline_constructed.xml and 2 more"
    assert aixm["status"] == "Imported 3 airspace volume(s) from 3 file(s); 0 record(s) skipped."

    checked = result["09_closures_checked"]
    assert [row[1] for row in checked["rows"]] == ["clear"] * 3
    assert checked["status"] == "3 checked: 0 violated, 3 clear."
    assert any(t.startswith("3 checked: 0 violated, 3 clear.") for t in checked["bar"])

    sonde = result["10_sonde_kmz"]
    assert sonde["summary"].splitlines()[1] == "Time span: times absent."
    assert any(line.startswith("Absent: no fix has a time") for line in sonde["summary"].splitlines())
    assert any("times absent" in t and "Written to" in t for t in sonde["bar"])

    fr_sonde = result["11_fr_sonde_kmz"]["summary"].splitlines()
    assert fr_sonde[1] == "Période : heures absentes."
    assert any(line.startswith("Absent : ") for line in fr_sonde)
    assert any("heures absentes" in t and "1 absent(s) ou douteux" in t for t in result["11_fr_sonde_kmz"]["bar"])
    assert result["12_fr_forecast_refused"]["status"].endswith(
        "Cochez « Extrapoler quand même » pour la prévoir malgré tout.")
    fr_checked = result["13_fr_closures_checked"]
    assert fr_checked["status"] == "3 vérifiée(s) : 0 violée, 3 dégagée."
    assert [row[1] for row in fr_checked["rows"]] == ["dégagée"] * 3
    assert len(result["screenshots"]) == 27
