"""The whole analyst workflow clicked through the dock in the real QGIS application (issue: Briefing)."""

from __future__ import annotations

import subprocess
import unicodedata

import pytest
from harness import ROOT, run_in_qgis

pytestmark = pytest.mark.e2e


def test_click_through_whole_workflow(tmp_path):
    pdf = tmp_path / "briefing.pdf"
    data = ROOT / "resources" / "data"
    result = run_in_qgis(
        f"""
        from qgis.core import QgsProject, QgsSettings
        QgsSettings().setValue("balloon_watch/output_folder", {str(tmp_path / "work")!r})
        plugin.dock_action.trigger()
        dock = plugin.dock
        wait(300)
        def idle():
            return not dock.runner.busy
        def layers(prefix):
            return [l for l in QgsProject.instance().mapLayers().values() if "layername=" + prefix in l.source()]

        dock.sections.setCurrentIndex(0)
        dock.trackSource.setFilePath({str(data / "balloon_2023_reconstructed.csv")!r})
        dock.trackImportButton.click(); wait_until(idle, 120)
        result["track_points"] = [l.featureCount() for l in layers("track_points")]
        result["temporal"] = [l.temporalProperties().isActive() for l in layers("track_points")]
        # drawn, not only valid: the canvas asks the provider for the features in its extent (the GeoPackage
        # R-tree); with the track hidden, the pixels it covered must change back
        canvas = iface.mapCanvas()
        track_layers = layers("track_points") + layers("track_line")
        wait(500)  # the dock opens the project onto the incident once QGIS has taken the new layers
        result["project_crs_geographic"] = QgsProject.instance().crs().isGeographic()
        result["canvas_crs"] = canvas.mapSettings().destinationCrs().toProj()
        def rendered():
            canvas.refresh(); wait(200); wait_until(lambda: not canvas.isDrawing(), 60); wait(200)
            return canvas.grab().toImage()
        with_track = rendered()
        tree = QgsProject.instance().layerTreeRoot()
        for l in track_layers:
            tree.findLayer(l.id()).setItemVisibilityChecked(False)
        without_track = rendered()
        for l in track_layers:
            tree.findLayer(l.id()).setItemVisibilityChecked(True)
        changed = 0
        for x in range(0, with_track.width(), 3):
            for y in range(0, with_track.height(), 3):
                changed += with_track.pixel(x, y) != without_track.pixel(x, y)
        result["track_pixels"] = changed
        shot("track_drawn")

        dock.sections.setCurrentIndex(1)
        dock.sitesCatalogueButton.click(); wait(300)
        result["sites"] = dock.sitesLayer.currentLayer().featureCount()
        dock.sitesDistances.setText("50"); dock.sitesDistanceUnit.setCurrentText("km")
        dock.sitesBufferButton.click(); wait_until(idle, 120)
        result["buffers"] = [l.featureCount() for l in layers("site_buffers")]
        dock.proxDistance.setValue(50); dock.proxDistanceUnit.setCurrentText("km")
        dock.proxRunButton.click(); wait_until(idle, 120)
        result["approaches"] = [l.featureCount() for l in layers("approaches")]
        result["results_rows"] = dock.resultsTable.rowCount()
        result["results_text"] = " ".join(dock.resultsTable.item(r, 0).text()
                                          for r in range(dock.resultsTable.rowCount()))
        shot("dock_sites", dock)

        dock.sections.setCurrentIndex(2)
        dock.airspaceSource.setFilePath({str(data / "closures_2023.txt")!r})
        dock.airspaceImportButton.click(); wait_until(idle, 120)
        result["closures"] = [l.featureCount() for l in layers("airspace")]
        dock.flagRunButton.click(); wait_until(idle, 120)
        flagged = layers("closures_flagged")
        result["statuses"] = sorted(str(f["status"]) for f in flagged[0].getFeatures()) if flagged else []

        dock.sections.setCurrentIndex(4)
        dock.exportTitle.setText("E2E incident briefing")
        dock.exportOutput.setFilePath({str(pdf)!r})
        dock.exportRunButton.click(); wait_until(idle, 180)
        from balloon_watch.plugin.qgis_io.project import fit_to_incident
        fit_to_incident(QgsProject.instance(), iface.mapCanvas())  # the whole incident, as the dock opened it
        dock.sections.setCurrentIndex(3)
        wait(2000)
        shot("map_and_dock")
        result["status_export"] = dock.exportStatus.text()
        """,
        tmp_path,
        "workflow",
        timeout_s=500,
    )
    assert result["track_points"] == [1091]
    assert result["temporal"] == [True]
    # the track is on the canvas, not only in the layer (a sample of every 9th pixel: 149 on QGIS 3.40, 0 when the
    # R-tree could not be read)
    assert result["track_pixels"] > 50, result["track_pixels"]
    # the canvas opened onto the incident: a projection centred on the track, not the world in degrees
    assert not result["project_crs_geographic"] and "+proj=aeqd" in result["canvas_crs"], result["canvas_crs"]
    assert result["sites"] >= 4
    assert result["buffers"] and result["buffers"][0] >= 4
    assert result["approaches"] and result["approaches"][0] >= 1
    assert "Malmstrom" in result["results_text"]
    assert result["closures"] and result["closures"][0] >= 2
    assert "violated" in result["statuses"]
    assert pdf.exists(), result["status_export"]
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    text = unicodedata.normalize("NFKC", text)  # the PDF font may set "fi" as a ligature
    assert "E2E incident briefing" in text
    assert "Malmstrom" in text
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(pdf), str(png)], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 5000
    (ROOT / "tests" / "artifacts" / "README-map.png").write_bytes(open(result["screenshots"][-1], "rb").read())
