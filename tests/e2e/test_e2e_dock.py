"""The real QGIS application: the plugin from the release zip loads, its toolbar opens the dock."""

from __future__ import annotations

import shutil

import pytest
from harness import ROOT, run_in_qgis

pytestmark = pytest.mark.e2e


def test_toolbar_opens_dock_in_real_qgis(tmp_path):
    result = run_in_qgis(
        """
        from qgis.PyQt.QtWidgets import QToolBar
        from qgis.core import QgsApplication
        bars = [t for t in iface.mainWindow().findChildren(QToolBar) if t.objectName() == "BalloonWatchToolbar"]
        result["toolbars"] = len(bars)
        result["provider"] = QgsApplication.processingRegistry().providerById("balloonwatch") is not None
        plugin.dock_action.trigger()
        wait(500)
        result["dock_visible"] = plugin.dock.isVisible()
        result["dock_title"] = plugin.dock.windowTitle()
        shot("main_window")
        plugin.dock_action.trigger()
        wait(200)
        result["dock_hidden_after_toggle"] = not plugin.dock.isVisible()
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
    shot = result["screenshots"][0]
    assert shutil.os.path.getsize(shot) > 10_000
    # keep a copy for the README
    (ROOT / "tests" / "artifacts" / "README-dock.png").write_bytes(open(shot, "rb").read())
