"""Time-zone choices for combo boxes (IANA names from the standard library)."""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QComboBox

COMMON = ["UTC", "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
          "America/Anchorage", "America/Edmonton", "America/Toronto", "Europe/Paris", "Asia/Tokyo"]


def fill_time_zones(combo: QComboBox) -> None:
    try:
        from zoneinfo import available_timezones

        others = sorted(z for z in available_timezones() if z not in COMMON)
    except Exception:  # noqa: BLE001 - zoneinfo database missing: the common list is enough
        others = []
    combo.addItems(COMMON + others)
