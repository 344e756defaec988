"""Build resources/data/sites.gpkg (the bundled sites catalogue) from resources/data/sites_2023.csv.

One point per CSV row in EPSG:4326, layer ``sites``, with the columns name, kind, elev_ft, elev_m and the
row's public ``source`` kept as it is. Written with GDAL/OGR (no QGIS needed); no spatial index and a final
VACUUM keep the committed binary small. Run after editing the CSV:

    .venv/bin/python scripts/build_sites_gpkg.py [--csv resources/data/sites_2023.csv] [--out resources/data/sites.gpkg]
"""

from __future__ import annotations

import argparse
import csv
import os
import sqlite3
import sys
from pathlib import Path

from osgeo import ogr, osr

ROOT = Path(__file__).resolve().parents[1]
FT = 0.3048
LAYER = "sites"
FIELDS = (("name", ogr.OFTString), ("kind", ogr.OFTString), ("elev_ft", ogr.OFTReal), ("elev_m", ogr.OFTReal),
          ("source", ogr.OFTString))


def read_rows(csv_path: Path) -> list[dict]:
    """CSV rows, checked: every row needs a name, a source and coordinates inside the WGS 84 range."""
    rows = []
    with open(csv_path, newline="", encoding="utf-8") as fh:
        for line_no, row in enumerate(csv.DictReader(fh), start=2):
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except (KeyError, TypeError, ValueError):
                raise SystemExit(f"{csv_path}:{line_no}: lat/lon missing or not numbers") from None
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise SystemExit(f"{csv_path}:{line_no}: lat/lon out of range")
            if not (row.get("name") or "").strip() or not (row.get("source") or "").strip():
                raise SystemExit(f"{csv_path}:{line_no}: every site needs a name and a public source")
            elev = row.get("elev_ft", "").strip()
            rows.append({"name": row["name"].strip(), "kind": (row.get("kind") or "").strip(),
                         "elev_ft": float(elev) if elev else None, "lat": lat, "lon": lon,
                         "source": row["source"].strip()})
    if not rows:
        raise SystemExit(f"{csv_path}: no sites")
    return rows


def build(csv_path: Path, out_path: Path) -> int:
    rows = read_rows(csv_path)
    if out_path.exists():
        out_path.unlink()
    gdal_driver = ogr.GetDriverByName("GPKG")
    ds = gdal_driver.CreateDataSource(str(out_path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)  # x = lon, y = lat
    layer = ds.CreateLayer(LAYER, srs, ogr.wkbPoint, ["SPATIAL_INDEX=NO", "FID=fid",
                                                      "DESCRIPTION=Publicly documented sites (2023 incident)"])
    for name, kind in FIELDS:
        layer.CreateField(ogr.FieldDefn(name, kind))
    for row in rows:
        feat = ogr.Feature(layer.GetLayerDefn())
        for name, _ in FIELDS:
            if name == "elev_m":
                value = None if row["elev_ft"] is None else round(row["elev_ft"] * FT, 1)
            else:
                value = row[name]
            if value is None:
                feat.SetFieldNull(name)
            else:
                feat.SetField(name, value)
        pt = ogr.Geometry(ogr.wkbPoint)
        pt.AddPoint_2D(row["lon"], row["lat"])
        feat.SetGeometry(pt)
        layer.CreateFeature(feat)
    ds = None  # close: flushes to disk
    con = sqlite3.connect(out_path)
    con.execute("PRAGMA page_size=1024")  # the tables are tiny: 1 KiB pages cut the file to a third
    con.execute("VACUUM")
    con.close()
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", default=str(ROOT / "resources" / "data" / "sites_2023.csv"))
    parser.add_argument("--out", default=str(ROOT / "resources" / "data" / "sites.gpkg"))
    args = parser.parse_args(argv)
    n = build(Path(args.csv), Path(args.out))
    print(f"Wrote {n} sites to {args.out} ({os.path.getsize(args.out)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
