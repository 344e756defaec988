"""PostGIS storage and in-database analysis (pure Python over a psycopg2 connection; no Qt, no QGIS)."""
