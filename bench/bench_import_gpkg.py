"""Benchmark: the whole importtrack algorithm (parse, geodesic speeds/headings, GeoPackage points + line) on a
1,000,000-fix CSV, against ``ogr2ogr`` converting the same CSV to GeoPackage.

Floors (issue "Tracks"): at most 20 s and 1.5 GB peak memory; goal: our time / ogr2ogr time <= 3.
Writes bench/out/import_gpkg.json.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT / ".build" / "pkg"))
sys.path.insert(0, "/usr/share/qgis/python/plugins")
sys.path.insert(0, str(ROOT / "bench"))


def main() -> None:
    from bench_import import make_csv

    csv = OUT / "track_1m.csv"
    if not csv.exists():
        make_csv(csv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from balloon_watch.plugin.processing.provider import BalloonWatchProvider

    provider = BalloonWatchProvider()  # keep a reference: the registry does not own the Python object
    QgsApplication.processingRegistry().addProvider(provider)
    import processing

    ours = OUT / "import_1m.gpkg"
    ref = OUT / "import_1m_ogr2ogr.gpkg"
    for p in (ours, ref):
        if p.exists():
            p.unlink()
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t = time.perf_counter()
    res = processing.run("balloonwatch:importtrack", {"INPUT": str(csv), "OUTPUT": str(ours), "OUTPUT_LINE": str(ours)})
    ours_s = time.perf_counter() - t
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    assert res["POINTS"] == 1_000_000, res

    t = time.perf_counter()
    subprocess.run(["ogr2ogr", "-f", "GPKG", str(ref), str(csv), "-oo", "X_POSSIBLE_NAMES=lon", "-oo",
                    "Y_POSSIBLE_NAMES=lat", "-oo", "AUTODETECT_TYPE=YES", "-a_srs", "EPSG:4326",
                    "-nln", "track_points"], check=True)
    ogr_s = time.perf_counter() - t
    result = {"fixes": 1_000_000, "ours_s": round(ours_s, 2), "ogr2ogr_s": round(ogr_s, 2),
              "ratio": round(ours_s / ogr_s, 2), "peak_rss_mb": round(peak_mb), "rss_before_mb": round(rss0),
              "floor_s": 20, "floor_peak_mb": 1536, "goal_ratio": 3}
    print(f"importtrack 1M fixes -> GeoPackage: {ours_s:.1f} s (floor 20 s), peak RSS {peak_mb:.0f} MB "
          f"(floor 1536 MB); ogr2ogr {ogr_s:.1f} s; ratio {ours_s / ogr_s:.2f} (goal <= 3)")
    (OUT / "import_gpkg.json").write_text(json.dumps(result, indent=2))
    app.exitQgis()


if __name__ == "__main__":
    main()
