"""Small QGIS-side helpers: logging to QgsMessageLog, translation, settings."""
