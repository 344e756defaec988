"""Registry of the provider's algorithms: (module, class) per algorithm, imported one by one.

A module that fails to import is logged and skipped: one broken algorithm must never stop the provider,
let alone QGIS (an exception escaping ``loadAlgorithms`` aborts the application).
"""

from __future__ import annotations

import importlib
import logging

from ..definitions import PLUGIN_SLUG

LOG = logging.getLogger(f"{PLUGIN_SLUG}.processing")

REGISTRY = [
    ("alg_importtrack", "ImportTrackAlgorithm"),
    ("alg_buffersites", "BufferSitesAlgorithm"),
    ("alg_siteproximity", "SiteProximityAlgorithm"),
    ("alg_importairspace", "ImportAirspaceAlgorithm"),
    ("alg_flagclosures", "FlagClosuresAlgorithm"),
    ("alg_proposeclosures", "ProposeClosuresAlgorithm"),
    ("alg_forecasttrack", "ForecastTrackAlgorithm"),
    ("alg_exportlayout", "ExportLayoutAlgorithm"),
]


def load_classes() -> list:
    classes = []
    for module, name in REGISTRY:
        try:
            classes.append(getattr(importlib.import_module(f".{module}", __package__), name))
        except Exception:  # noqa: BLE001 - log and go on: see the module docstring
            LOG.exception("Algorithm %s.%s could not be loaded", module, name)
    return classes
