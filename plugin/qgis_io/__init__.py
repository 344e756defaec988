"""core <-> QGIS: layers, GeoPackage writing, styles, temporal settings."""
