"""All outputs of an analysis go into one GeoPackage, as the dock and make demo write them."""

from __future__ import annotations

import processing
from bw_paths import ROOT
from qgis.core import QgsVectorLayer

from balloon_watch.plugin.qgis_io.layers import gpkg_destination

DATA = ROOT / "resources" / "data"


def test_buffers_of_geopackage_sites_into_a_geopackage(bw_provider, tmp_path):
    store = str(tmp_path / "analysis.gpkg")
    sites = str(DATA / "sites.gpkg")
    n_sites = QgsVectorLayer(sites, "s", "ogr").featureCount()
    res = processing.run("balloonwatch:buffersites", {"INPUT": sites, "DISTANCES": "25000,50000,100000",
                                                      "OUTPUT": gpkg_destination(store, "site_buffers")})
    layer = QgsVectorLayer(res["OUTPUT"], "b", "ogr")
    # every site has three rings: the sites' own fid must not be copied (it is the GeoPackage key)
    assert layer.featureCount() == 3 * n_sites == res["BUFFERS"]
    trk = processing.run("balloonwatch:importtrack", {"INPUT": str(DATA / "balloon_2023_reconstructed.csv"),
                                                      "OUTPUT": gpkg_destination(store, "track_points"),
                                                      "OUTPUT_LINE": gpkg_destination(store, "track_line")})
    air = processing.run("balloonwatch:importairspace", {"INPUT": str(DATA / "closures_2023.txt"),
                                                         "OUTPUT": gpkg_destination(store, "closures")})
    flag = processing.run("balloonwatch:flagclosures", {"TRACK": trk["OUTPUT"], "AIRSPACE": air["OUTPUT"],
                                                        "OUTPUT": gpkg_destination(store, "flagged"),
                                                        "OUTPUT_EVENTS": gpkg_destination(store, "events")})
    flagged = QgsVectorLayer(flag["OUTPUT"], "f", "ogr")
    assert flagged.featureCount() == QgsVectorLayer(air["OUTPUT"], "a", "ogr").featureCount() == 4
    statuses = sorted(f["status"] for f in flagged.getFeatures())
    assert statuses == ["clear", "inactive at passage", "violated", "violated"]
    # the buffers written first are still intact after the other layers were added
    assert QgsVectorLayer(res["OUTPUT"], "b", "ogr").featureCount() == 3 * n_sites
