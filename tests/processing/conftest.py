"""Processing tests: pytest-qgis' ``qgis_processing`` initialises the framework; our provider is added once."""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication


@pytest.fixture(scope="module")
def bw_provider(qgis_processing):
    """Our provider for one test module, removed afterwards so tests of the plugin's own registration stay exact."""
    from balloon_watch.plugin.processing.provider import BalloonWatchProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("balloonwatch")
    added = provider is None
    if added:
        provider = BalloonWatchProvider()
        assert registry.addProvider(provider)
    yield provider
    if added:
        registry.removeProvider(provider)
