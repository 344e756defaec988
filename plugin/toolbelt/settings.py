"""Typed plugin settings over QgsSettings: one prefix, defaults in one place.

A broken stored value never stops the plugin: it falls back to the default and the problem is logged.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, fields

from qgis.core import QgsSettings

from ..definitions import PLUGIN_SLUG, SETTINGS_PREFIX

LOG = logging.getLogger(f"{PLUGIN_SLUG}.settings")


@dataclass
class PluginSettings:
    """Every user setting with its default."""

    buffer_distances_km: str = "25, 50, 100"
    alert_distance_km: float = 50.0
    buffer_tolerance_m: float = 1.0
    default_time_zone: str = "UTC"
    http_timeout_s: float = 30.0
    live_refresh_min: int = 5
    output_folder: str = ""  # empty: beside the project, else a temporary folder
    case_store: str = ""  # the case GeoPackage (or folder) chosen in the dock; empty: not chosen yet
    briefing_banner: str = "UNCLASSIFIED - FOR ANALYSIS"
    export_dpi: int = 300
    debug: bool = False

    @classmethod
    def load(cls) -> PluginSettings:
        """Read from QgsSettings; invalid values fall back to their defaults."""
        store = QgsSettings()
        values = {}
        for f in fields(cls):
            default = f.default
            raw = store.value(f"{SETTINGS_PREFIX}/{f.name}", default)
            try:
                values[f.name] = _coerce(raw, type(default))
            except (TypeError, ValueError):
                LOG.warning("Setting %s has an invalid value %r; using the default %r.", f.name, raw, default)
                values[f.name] = default
        return cls(**values)

    def save(self) -> None:
        store = QgsSettings()
        for name, value in asdict(self).items():
            store.setValue(f"{SETTINGS_PREFIX}/{name}", value)


def _coerce(raw, typ):
    if isinstance(raw, typ) and not (typ is int and isinstance(raw, bool)):
        return raw
    if typ is bool:
        if isinstance(raw, str):
            low = raw.strip().lower()
            if low in ("true", "1", "yes"):
                return True
            if low in ("false", "0", "no", ""):
                return False
            raise ValueError(raw)
        return bool(raw)
    if typ is float:
        value = float(raw)
        if value != value:  # NaN is never a valid setting
            raise ValueError(raw)
        return value
    if typ is int:
        return int(float(raw))
    return typ(raw)
