"""Distance units the analyst types, converted to metres with clear errors."""

from __future__ import annotations

import math
import re

from .errors import InputError
from .messages import Message, tr

METRES_PER = {"m": 1.0, "km": 1000.0, "NM": 1852.0, "mi": 1609.344, "ft": 0.3048}
MAX_DISTANCE_M = 20_000_000.0  # half the Earth's circumference: anything larger is a typing error
_UNITS = {u.lower(): u for u in METRES_PER}
_VALUE = re.compile(r"^([-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)([A-Za-z]*)$")


def to_metres(value: float, unit: str) -> float:
    if unit not in METRES_PER:
        raise InputError(
            tr("unknown distance unit '{unit}' (use {units})", unit=unit, units=", ".join(METRES_PER))
        )
    return float(value) * METRES_PER[unit]


def check_distance(metres: float, label: str = "", field: str | None = None, what: str = tr("distance")) -> float:
    """``metres`` if it is a usable distance (positive, finite, at most 20,000 km), else InputError naming it."""
    shown = Message("{what} {label}", what=what, label=label) if label else what
    if not (math.isfinite(metres) and metres > 0):
        raise InputError(tr("{shown} must be greater than 0 metres", shown=shown), field=field)
    if metres > MAX_DISTANCE_M:
        raise InputError(
            tr("{shown} is more than 20,000 km (half the Earth's circumference)", shown=shown), field=field
        )
    return metres


def parse_distances(text: str, unit: str = "m", field: str = "distances", allow_empty: bool = False) -> list[float]:
    """'25, 50 100' in ``unit`` -> sorted unique metres; each must be > 0 and at most 20,000 km.

    A value may carry its own unit ('25km', '25 km', '30 NM'), which then replaces ``unit`` for it. An empty
    text gives [] with ``allow_empty``, else InputError."""
    default = METRES_PER[unit] if unit in METRES_PER else to_metres(1.0, unit)
    tokens = [t for t in re.split(r"[,;\s]+", (text or "").strip()) if t]
    if not tokens:
        if allow_empty:
            return []
        raise InputError(tr("no distance given"), field=field)
    out = []
    k = 0
    while k < len(tokens):
        item = tokens[k]
        m = _VALUE.match(item)
        if not m or (m.group(2) and m.group(2).lower() not in _UNITS):
            raise InputError(tr("'{item}' is not a number (use e.g. 25000, 50 km, 30 NM)", item=item), field=field)
        suffix = m.group(2)
        if not suffix and k + 1 < len(tokens) and tokens[k + 1].lower() in _UNITS:
            k += 1
            suffix = tokens[k]
        factor = METRES_PER[_UNITS[suffix.lower()]] if suffix else default
        label = f"{m.group(1)} {_UNITS[suffix.lower()] if suffix else unit}"
        out.append(check_distance(float(m.group(1).replace("_", "")) * factor, label, field))
        k += 1
    return sorted(set(out))
