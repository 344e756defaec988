"""Processing tests: pytest-qgis' ``qgis_processing`` initialises the framework; ``bw_provider`` (tests/conftest.py)
adds our provider once per module."""
