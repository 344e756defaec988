"""make demo: the whole 2023 incident analysis, headless, on the bundled sample data.

Runs the same Processing algorithms as the toolbox and the dock, writes out/ (GeoPackage layers, a styled
QGIS project and the briefing PDF) and prints a short summary. No network.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / ".build" / "pkg"


def _package_link() -> None:
    link = PKG / "balloon_watch"
    if not link.exists():
        PKG.mkdir(parents=True, exist_ok=True)
        link.symlink_to(ROOT, target_is_directory=True)
    sys.path.insert(0, str(PKG))
    sys.path.insert(0, "/usr/share/qgis/python/plugins")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="out")
    parser.add_argument("--track", help="brief this track file alone (e.g. a real third-party track) instead")
    args = parser.parse_args()
    t0 = time.time()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _package_link()

    from qgis.core import QgsApplication, QgsProject

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from balloon_watch.plugin.processing.provider import BalloonWatchProvider

    provider = BalloonWatchProvider()  # keep a reference: the registry does not own the Python object
    QgsApplication.processingRegistry().addProvider(provider)
    import processing

    from balloon_watch.plugin.qgis_io.layers import gpkg_destination, load_layer
    from balloon_watch.plugin.qgis_io.project import open_onto_incident

    out = (ROOT / args.out).resolve() if not os.path.isabs(args.out) else Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    store = str(out / "balloon_watch_2023.gpkg")
    data = ROOT / "resources" / "data"
    project = QgsProject.instance()
    project.setFileName(str(out / "balloon_watch_2023.qgz"))

    def run(name: str, params: dict) -> dict:
        t = time.time()
        res = processing.run(f"balloonwatch:{name}", params)
        print(f"  {name:<16} {time.time() - t:5.1f} s")
        return res

    def dest(table: str) -> str:
        return gpkg_destination(store, table)

    if args.track:
        name = Path(args.track).stem
        trk = run("importtrack", {"INPUT": args.track, "OUTPUT": dest("track_points"),
                                  "OUTPUT_LINE": dest("track_line")})
        line = load_layer(trk["OUTPUT_LINE"], f"Track {name}", "track_line", project)
        fixes = load_layer(trk["OUTPUT"], "Fixes", "track_points", project)
        open_onto_incident(project)
        pdf = str(out / f"{name}.pdf")
        run("exportlayout", {"LAYERS": [line.id(), fixes.id()], "TITLE": f"Track {name}", "OUTPUT": pdf})
        project.write()
        print(f"Wrote {pdf} in {time.time() - t0:.1f} s")
        app.exitQgis()
        return 0

    print("Balloon Watch demo: the 2023 incident (track RECONSTRUCTED from public reports)")
    trk = run("importtrack", {"INPUT": str(data / "balloon_2023_reconstructed.csv"),
                              "OUTPUT": dest("track_points"), "OUTPUT_LINE": dest("track_line")})
    sites_src = str(data / "sites.gpkg")
    buf = run("buffersites", {"INPUT": sites_src, "DISTANCES": "25000,50000,100000", "TOLERANCE": 1.0,
                              "DONUTS": False, "OUTPUT": dest("site_buffers")})
    prox = run("siteproximity", {"TRACK": trk["OUTPUT"], "SITES": sites_src, "NAME_FIELD": "name",
                                 "DISTANCE": 50000.0, "OUTPUT": dest("approaches"),
                                 "OUTPUT_PARTS": dest("approach_parts")})
    air = run("importairspace", {"INPUT": str(data / "closures_2023.txt"), "OUTPUT": dest("closures")})
    flag = run("flagclosures", {"TRACK": trk["OUTPUT"], "AIRSPACE": air["OUTPUT"], "OUTPUT": dest("closures_flagged"),
                                "OUTPUT_EVENTS": dest("closure_events")})
    prop = run("proposeclosures", {"TRACK": trk["OUTPUT"], "SITES": sites_src, "NAME_FIELD": "name",
                                   "RADIUS": 55560.0, "OUTPUT": dest("proposals")})

    layers = [
        load_layer(buf["OUTPUT"], "Site buffers (25/50/100 km)", "site_buffers", project),
        load_layer(flag["OUTPUT"], "Closures flagged", "closures_flagged", project),
        load_layer(prop["OUTPUT"], "Proposed closures", "proposals", project),
        load_layer(trk["OUTPUT_LINE"], "Balloon track (reconstruction)", "track_line", project),
        load_layer(trk["OUTPUT"], "Balloon fixes", "track_points", project),
        load_layer(prox["OUTPUT"], "Closest approaches", "approach_events", project),
        load_layer(f"{sites_src}|layername=sites", "Sensitive sites", "sites", project),
    ]
    layers += [load_layer(prox["OUTPUT_PARTS"], "Track inside 50 km of a site", "approach_parts", project),
               load_layer(flag["OUTPUT_EVENTS"], "Passages through closures", "closure_events", project)]
    # the project opens onto the incident: basemap, local projection and extent, Temporal Controller range
    open_onto_incident(project)
    pdf = str(out / "incident_2023.pdf")
    # the fixes stay in the project (time-enabled); the briefing shows the track line, which reads better in print
    run("exportlayout", {"LAYERS": [lyr.id() for lyr in layers if lyr.name() != "Balloon fixes"],
                         "TITLE": "High-altitude balloon incident, Jan-Feb 2023",
                         "SUBTITLE": "Track reconstructed from public reports",
                         "OUTPUT": pdf})
    project.write()

    events = load_layer(prox["OUTPUT"], "Closest approaches", "approach_events", project)
    print("\nSummary")
    for f in sorted(events.getFeatures(), key=lambda f: f["cpa_m"]):
        when = f["cpa_time"].toString("yyyy-MM-dd HH:mm") if f["cpa_time"] else "?"
        alt = f["cpa_alt_m"]
        print(f"  closest approach to {f['site_name']}: {f['cpa_m'] / 1000:.1f} km at {when} UTC, "
              f"{alt / 0.3048:,.0f} ft" if alt is not None else "")
    flagged = load_layer(flag["OUTPUT"], "Closures flagged", "closures_flagged", project)
    for f in flagged.getFeatures():
        print(f"  closure {f['ident'] or f['name']}: {f['status']}")
    print(f"\nWrote {out}: {os.path.basename(store)}, {os.path.basename(project.fileName())}, "
          f"{os.path.basename(pdf)} in {time.time() - t0:.1f} s")
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
