"""Balloon Watch plugin package: core (pure), qgis_io, processing, gui, layout."""
