"""Vertical limits: text or structured (value, unit, reference) -> metres with the reference kept.

References: SFC (the ground; value 0), MSL, AGL (above ground: needs terrain to compare with an altitude),
STD (pressure altitude, i.e. flight levels), UNL (no upper limit; value +inf).
Flight levels: FL n = n x 100 ft on the standard pressure datum. We convert it to metres as if pressure
altitude were geometric altitude on the ICAO standard atmosphere; the limit keeps ref STD so the analyst
sees that assumption (real pressure altitude differs from geometric by up to a few hundred metres).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..messages import tr

FT = 0.3048
FL_NOTE = "flight levels converted with 1 FL = 100 ft, pressure altitude treated as geometric (standard atmosphere)"


class LimitError(ValueError):
    """A vertical limit that cannot be read safely (unknown unit, missing number...)."""


@dataclass
class Limit:
    metres: float
    ref: str  # SFC, MSL, AGL, STD, UNL
    note: str = ""

    def describe(self) -> str:
        """Short human text, e.g. 'FL180', '5000 ft MSL', 'SFC'."""
        if self.ref == "UNL":
            return "UNL"
        if self.ref == "SFC":
            return "SFC"
        if self.ref == "STD":
            return f"FL{round(self.metres / FT / 100):03d}"
        return f"{round(self.metres / FT)} ft {self.ref}"


_GROUND = {"GND", "SFC", "SURFACE", "GROUND", "0"}
_UNL = {"UNL", "UNLIM", "UNLIMITED", "UNLTD", "INF"}
_REF_WORDS = {
    "AMSL": "MSL", "MSL": "MSL", "ALT": "MSL",
    "AGL": "AGL", "AAL": "AGL", "GND": "AGL", "SFC": "AGL", "ASFC": "AGL", "HEI": "AGL", "/SOL": "AGL", "SOL": "AGL",
    "STD": "STD",
}  # fmt: skip
_UNITS = {"FT": FT, "F": FT, "FEET": FT, "M": 1.0, "MTR": 1.0, "METRE": 1.0, "METER": 1.0, "METERS": 1.0}
_TEXT = re.compile(r"^([0-9]+(?:\.[0-9]+)?)\s*([A-Z]*)\s*(/?[A-Z]*)$")


def fl_limit(fl: float) -> Limit:
    return Limit(fl * 100.0 * FT, "STD", FL_NOTE)


def parse_limit_text(text: str) -> Limit:
    """Parse an OpenAir/NOTAM style limit: 'GND', 'SFC', 'UNL', 'FL95', 'FL 150', '1500ft AMSL', '1000ft AGL',
    '1000ft GND' (above ground), '3000m AMSL', '2000 FT AMSL', '17999 ft' (MSL assumed, noted).

    Raises LimitError with the reason when the unit or number is missing or unknown.
    """
    raw = text
    t = " ".join(text.strip().upper().replace("\t", " ").split())
    if not t:
        raise LimitError(tr("empty vertical limit"))
    if t in _GROUND:
        return Limit(0.0, "SFC")
    if t in _UNL:
        return Limit(math.inf, "UNL")
    m = re.match(r"^FL\s*([0-9]+(?:\.[0-9]+)?)$", t)
    if m:
        return fl_limit(float(m.group(1)))
    if t.startswith("FL"):
        raise LimitError(tr("flight level without a number: '{text}'", text=raw.strip()))
    m = _TEXT.match(t.replace(" ", "")) or _TEXT.match(t)
    # accept '1500ft AMSL', '1500 FT AMSL', '1000M/SOL', '5000FT AMSL'
    compact = re.match(r"^([0-9]+(?:\.[0-9]+)?)\s*(FT|F|FEET|M|MTR|METRES?|METERS?)\b\s*(.*)$", t)
    if not compact:
        if m and not m.group(2):
            raise LimitError(tr("altitude without a unit: '{text}'", text=raw.strip()))
        raise LimitError(tr("unrecognised vertical limit '{text}'", text=raw.strip()))
    value = float(compact.group(1))
    unit = compact.group(2)
    if unit not in _UNITS:
        unit = unit.rstrip("S")
    factor = _UNITS.get(unit)
    if factor is None:
        raise LimitError(tr("unknown unit '{value}' in '{text}'", value=compact.group(2), text=raw.strip()))
    rest = compact.group(3).strip().lstrip("/").strip()
    note = ""
    if not rest:
        ref = "MSL"
        note = tr("'{limit}' has no reference: MSL assumed", limit=raw.strip())
    else:
        ref = _REF_WORDS.get(rest) or _REF_WORDS.get("/" + rest)
        if ref is None:
            raise LimitError(tr("unknown altitude reference '{rest}' in '{text}'", rest=rest, text=raw.strip()))
    if ref == "STD":
        note = FL_NOTE
    if value == 0 and ref in ("AGL",):
        return Limit(0.0, "SFC")
    return Limit(value * factor, ref, note)


def structured_limit(value: str | float | None, uom: str | None, ref: str | None) -> Limit:
    """Limit from separate value, unit and reference fields (TFR XML, AIXM, FAA SUA GeoJSON).

    uom: FT, FL, M (also KM? no: refused), '' allowed only for GND/UNL words. ref: MSL, ALT, SFC, AGL, HEI,
    STD, W84, or None.
    """
    v = "" if value is None else str(value).strip().upper()
    u = (uom or "").strip().upper()
    r = (ref or "").strip().upper()
    if v in _GROUND - {"0"} or (v in ("0", "0.0") and r in ("SFC", "AGL", "HEI", "GND", "")):
        return Limit(0.0, "SFC")
    if v in _UNL or v in ("UNL", "UNLTD"):
        return Limit(math.inf, "UNL")
    if v in ("FLOOR", "CEILING"):
        raise LimitError(tr("limit '{v}' refers to another volume", v=v))
    try:
        num = float(v)
    except ValueError:
        raise LimitError(tr("limit value '{value}' is not a number", value=value)) from None
    if not math.isfinite(num):
        raise LimitError(tr("limit value '{value}' is not finite", value=value))
    if u == "FL":
        return fl_limit(num)
    factor = {"FT": FT, "M": 1.0, "[FT_I]": FT, "FEET": FT}.get(u)
    if factor is None:
        raise LimitError(tr("unknown unit '{uom}' for limit {value}", uom=uom, value=value))
    refs = {"MSL": "MSL", "ALT": "MSL", "W84": "MSL", "AMSL": "MSL", "SFC": "AGL", "AGL": "AGL", "HEI": "AGL",
            "GND": "AGL", "STD": "STD"}  # fmt: skip
    if not r:
        raise LimitError(tr("limit {value} {uom} has no reference (MSL/AGL/STD)", value=value, uom=uom))
    kref = refs.get(r)
    if kref is None:
        raise LimitError(
            tr("unknown altitude reference '{ref}' for limit {value} {uom}", ref=ref, value=value, uom=uom)
        )
    if num == 0 and kref == "AGL":
        return Limit(0.0, "SFC")
    return Limit(num * factor, kref, FL_NOTE if kref == "STD" else "")


def check_order(floor: Limit, ceiling: Limit) -> None:
    """Refuse a floor above the ceiling when both are comparable (same reference or SFC/UNL), and an unlimited or
    non-finite floor (``F) UNL``: a volume that starts at infinity closes nothing)."""
    if floor.ref == "UNL" or not math.isfinite(floor.metres):
        raise LimitError(tr("floor {describe} is not a height (unlimited or infinite)", describe=floor.describe()))
    if ceiling.ref == "SFC" and floor.ref == "SFC":
        raise LimitError(tr("floor and ceiling are both at the surface"))
    comparable = floor.ref == ceiling.ref or floor.ref == "SFC" or ceiling.ref == "UNL"
    if comparable and floor.metres > ceiling.metres:
        raise LimitError(
            tr("floor {describe} is above ceiling {describe2}", describe=floor.describe(), describe2=ceiling.describe())
        )
    if ceiling.ref == "SFC":
        raise LimitError(tr("ceiling at the surface"))
