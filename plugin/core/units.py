"""Distance units the analyst types, converted to metres with clear errors."""

from __future__ import annotations

import re

from .errors import InputError

METRES_PER = {"m": 1.0, "km": 1000.0, "NM": 1852.0, "mi": 1609.344, "ft": 0.3048}
MAX_DISTANCE_M = 20_000_000.0  # half the Earth's circumference: anything larger is a typing error


def to_metres(value: float, unit: str) -> float:
    if unit not in METRES_PER:
        raise InputError(f"unknown distance unit '{unit}' (use {', '.join(METRES_PER)})")
    return float(value) * METRES_PER[unit]


def parse_distances(text: str, unit: str = "m", field: str = "distances") -> list[float]:
    """'25, 50 100' in ``unit`` -> sorted unique metres; each must be > 0 and at most 20,000 km."""
    items = [t for t in re.split(r"[,;\s]+", text.strip()) if t]
    if not items:
        raise InputError("no distance given", field=field)
    out = []
    for item in items:
        try:
            value = float(item.replace("_", ""))
        except ValueError:
            raise InputError(f"'{item}' is not a number", field=field) from None
        metres = to_metres(value, unit)
        if not metres > 0:
            raise InputError(f"distance {item} {unit} must be greater than zero", field=field)
        if metres > MAX_DISTANCE_M:
            raise InputError(f"distance {item} {unit} is larger than half the Earth's circumference", field=field)
        out.append(metres)
    return sorted(set(out))
