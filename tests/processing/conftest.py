"""Processing tests: pytest-qgis' ``qgis_processing`` initialises the framework; our provider is added once."""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication


@pytest.fixture(scope="session")
def bw_provider(qgis_processing):
    from balloon_watch.plugin.processing.provider import BalloonWatchProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("balloonwatch")
    if provider is None:
        provider = BalloonWatchProvider()
        registry.addProvider(provider)
    yield provider
