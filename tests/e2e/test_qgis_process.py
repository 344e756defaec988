"""Every algorithm is reachable headless through qgis_process.bin with the plugin from the release zip."""

from __future__ import annotations

import os
import subprocess
import zipfile

import pytest
from harness import ROOT, release_zip

pytestmark = pytest.mark.e2e


def test_qgis_process_runs_importtrack(tmp_path):
    plugins = tmp_path / "plugins"
    with zipfile.ZipFile(release_zip()) as zf:
        zf.extractall(plugins)
    env = dict(os.environ, HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(plugins),
               XDG_RUNTIME_DIR=str(tmp_path))

    def qp(*args):
        return subprocess.run(["qgis_process.bin", *args], env=env, capture_output=True, text=True, timeout=180)

    assert qp("plugins", "enable", "balloon_watch").returncode == 0
    listed = qp("list").stdout
    for name in ("importtrack", "buffersites", "siteproximity", "importairspace", "flagclosures",
                 "proposeclosures", "forecasttrack", "exportlayout"):
        assert f"balloonwatch:{name}" in listed, name
    out = tmp_path / "track.gpkg"
    run = qp("run", "balloonwatch:importtrack", "--",
             f"INPUT={ROOT / 'resources' / 'data' / 'balloon_2023_reconstructed.csv'}",
             f"OUTPUT={out}", f"OUTPUT_LINE={tmp_path / 'line.gpkg'}")
    assert run.returncode == 0, run.stderr[-2000:]
    assert "POINTS:\t1091" in run.stdout
    bad = qp("run", "balloonwatch:importtrack", "--", f"INPUT={tmp_path / 'missing.csv'}",
             f"OUTPUT={tmp_path / 'x.gpkg'}", f"OUTPUT_LINE={tmp_path / 'y.gpkg'}")
    assert bad.returncode != 0
    assert "missing.csv" in bad.stdout + bad.stderr
    assert "Traceback" not in bad.stdout + bad.stderr
