"""The real QGIS application: the plugin from the release zip loads, its toolbar opens the dock, and every section
fits the width QGIS gives the dock, in English and in French; results read in aviation units."""

from __future__ import annotations

import shutil

import pytest
from harness import ROOT, run_in_qgis

pytestmark = pytest.mark.e2e


def test_toolbar_opens_dock_in_real_qgis(tmp_path):
    data = ROOT / "resources" / "data"
    result = run_in_qgis(
        f"""
        from qgis.PyQt.QtWidgets import QScrollArea, QToolBar
        def overflow(dock):
            # each section's scroll area must need no horizontal scrolling at the dock's real width
            out = []
            for i in range(dock.sections.count()):
                dock.sections.setCurrentIndex(i)
                wait(150)
                page = dock.sections.widget(i)
                area = page.parentWidget()
                while not isinstance(area, QScrollArea):
                    area = area.parentWidget()
                if area.horizontalScrollBar().maximum() > 0:
                    out.append((dock.sections.itemText(i), page.minimumSizeHint().width(), area.viewport().width()))
            dock.sections.setCurrentIndex(0)
            return out

        from qgis.core import QgsApplication, QgsProject, QgsSettings, QgsVectorLayer
        import qgis.utils
        QgsSettings().setValue("balloon_watch/case_store", {str(tmp_path / "case.gpkg")!r})
        bars = [t for t in iface.mainWindow().findChildren(QToolBar) if t.objectName() == "BalloonWatchToolbar"]
        result["toolbars"] = len(bars)
        result["provider"] = QgsApplication.processingRegistry().providerById("balloonwatch") is not None
        plugin.dock_action.trigger()
        wait(500)
        dock = plugin.dock
        result["dock_visible"] = dock.isVisible()
        result["dock_title"] = dock.windowTitle()
        result["dock_width"] = dock.width()
        result["overflow_en"] = overflow(dock)

        # results, as an analyst reads them, then the main window for the README
        dock.trackSource.setFilePath({str(data / "balloon_2023_reconstructed.csv")!r})
        dock.trackImportButton.click(); wait_until(lambda: not dock.runner.busy, 120)
        sites = QgsVectorLayer({str(data / "sites.gpkg")!r}, "Sensitive sites", "ogr")
        QgsProject.instance().addMapLayer(sites)
        dock.sitesLayer.setLayer(sites); dock.sitesNameField.setField("name")
        dock.proxRunButton.click(); wait_until(lambda: not dock.runner.busy, 120)
        table = dock.resultsTable
        result["headers"] = [table.horizontalHeaderItem(j).text() for j in range(table.columnCount())]
        result["first_row"] = [table.item(0, j).text() for j in range(table.columnCount())]
        result["table_scroll"] = table.horizontalScrollBar().maximum()
        result["details"] = dock.resultsDetails.toPlainText()
        iface.mapCanvas().zoomToFullExtent()
        wait(1500)
        shot("main_window")

        plugin.dock_action.trigger()
        wait(200)
        result["dock_hidden_after_toggle"] = not dock.isVisible()

        # French: the plugin reloaded with the QGIS locale set to French
        plugin = reload_plugin_in("fr_FR")
        result["fr_title"] = plugin.dock.windowTitle()
        result["fr_width"] = plugin.dock.width()
        result["overflow_fr"] = overflow(plugin.dock)
        shot("dock_fr", plugin.dock)
        """,
        tmp_path,
        "dock",
    )
    assert "balloon_watch" in result["plugins"]
    assert result["toolbars"] == 1
    assert result["provider"] is True
    assert result["dock_visible"] is True
    assert result["dock_hidden_after_toggle"] is True
    assert result["dock_title"].startswith("Balloon Watch")
    assert 250 <= result["dock_width"] <= 420, result["dock_width"]
    assert result["overflow_en"] == []
    assert result["fr_title"] == "Balloon Watch : analyse d'incident"
    assert result["overflow_fr"] == [], (result["fr_width"], result["overflow_fr"])
    assert result["headers"] == ["Site", "Closest\napproach\nkm · NM", "CPA time\n(UTC)"]
    km, nm = result["first_row"][1].split("\n")
    assert km.endswith(" km") and nm.endswith(" NM")
    assert abs(float(km[:-3]) * 1000 / 1852 - float(nm[:-3])) <= 0.06  # the same distance in both units
    assert result["table_scroll"] == 0
    assert " ft · FL" in result["details"]
    shot = result["screenshots"][0]
    assert shutil.os.path.getsize(shot) > 10_000
    # keep a copy for the README
    (ROOT / "tests" / "artifacts" / "README-dock.png").write_bytes(open(shot, "rb").read())
