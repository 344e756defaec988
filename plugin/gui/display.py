"""How the dock shows our outputs to an analyst: headings from the output kinds, aviation units beside metric.

Data stay in SI units and UTC (``core.kinds``); here a value becomes text a person briefs from: altitudes in
metres, feet and flight level, distances in km and NM, durations as h:mm. Pure Python (no Qt, no QGIS) so the
rules are tested on their own; headings are translated by the caller.
"""

from __future__ import annotations

import math
import re
import textwrap
from dataclasses import dataclass

from ..core.kinds import REAL, OutputKind
from ..core.units import METRES_PER

# Fields in metres that are heights: shown in ft and FL beside metres. Every other metre field is a distance
# (km and NM). A separation is a height difference: ft, but no flight level.
LEVELS = {
    ("track_points", "alt_m"), ("forecast_points", "alt_m"), ("approach_events", "cpa_alt_m"),
    ("sites", "elev_m"),
    *((k, f) for k in ("airspace", "closures_flagged", "proposals") for f in ("floor_m", "ceiling_m")),
}
SEPARATIONS = {("closures_flagged", "min_vsep_m")}
# closure statuses, most serious first: the order the Results and the message bar give them in
STATUS_ORDER = ("violated", "inactive at passage", "passed over", "passed under", "clear")


@dataclass(frozen=True)
class TableSpec:
    """What the Results table shows for one kind: a few columns that fit the dock, the rest in the details."""

    columns: tuple[str, ...]
    time_field: str  # the moment the Temporal Controller jumps to
    sort_field: str | None = None
    text_field: str | None = None  # a text the analyst copies whole (a proposed NOTAM)
    rank: tuple[str, ...] = ()  # values of sort_field in this order first (then by time_field), e.g. statuses


TABLES = {
    "approach_events": TableSpec(("site_name", "cpa_m", "cpa_time"), "cpa_time", sort_field="cpa_m"),
    "forecast_eta": TableSpec(("site", "cpa_m", "earliest_entry"), "earliest_entry", sort_field="cpa_m"),
    # every closure checked, clear ones included, the violated first
    "closures_flagged": TableSpec(("ident", "status", "first_entry"), "first_entry", sort_field="status",
                                  rank=STATUS_ORDER),
    "proposals": TableSpec(("ident", "start_time", "end_time"), "start_time", text_field="text"),
}


def feet(metres: float) -> float:
    return metres / METRES_PER["ft"]


def flight_level(metres: float) -> str:
    """'FL600' for 18 288 m (hundreds of feet, rounded); empty below the ground."""
    if metres < 0:
        return ""
    return f"FL{round(feet(metres) / 100.0):03d}"


def altitude_text(metres: float, compact: bool = False) -> str:
    """'18288 m · 60000 ft · FL600' (compact: '60000 ft FL600')."""
    level = flight_level(metres)
    if compact:
        return f"{whole(feet(metres))} ft {level}".strip()
    return " · ".join(p for p in (f"{whole(metres)} m", f"{whole(feet(metres))} ft", level) if p)


def whole(value: float) -> str:
    """A value rounded to a whole number: '0' for -0.3 (a real logger's sea level), never '-0'."""
    return f"{round(value):d}"


def separation_text(metres: float) -> str:
    return f"{metres:.0f} m · {feet(metres):.0f} ft"


def distance_text(metres: float, compact: bool = False) -> str:
    """'13.2 km · 7.1 NM' (compact: on two lines, for a narrow table column)."""
    km, nm = metres / 1000.0, metres / METRES_PER["NM"]
    digits = 1 if km < 1000 else 0
    return f"{km:.{digits}f} km{chr(10) if compact else ' · '}{nm:.{digits}f} NM"


def duration_text(seconds: float) -> str:
    """'1:05' for 3900 s (h:mm, rounded to the minute); days stay in hours: '27:00'."""
    minutes = round(seconds / 60.0)
    return f"{'-' if minutes < 0 else ''}{abs(minutes) // 60}:{abs(minutes) % 60:02d}"


def value_text(kind: OutputKind, name: str, value, compact: bool = False) -> str:
    """One field's value as an analyst reads it (datetimes are formatted by the caller, which has Qt)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    field = kind.field(name) if name in kind.names else None
    if field is None or field.type != REAL or not isinstance(value, (int, float)):
        return str(value)
    if (kind.id, name) in LEVELS:
        return altitude_text(value, compact)
    if (kind.id, name) in SEPARATIONS:
        return separation_text(value)
    if field.unit == "m":
        return distance_text(value, compact)
    if field.unit == "s":
        return duration_text(value)
    if field.unit == "h":
        return f"{value:g} h"
    return f"{value:.1f} {field.unit}".strip()


def unit_hint(kind: OutputKind, name: str) -> str:
    """The units a heading announces: 'km · NM', 'ft · FL', 'h:mm' (empty for text and times)."""
    field = kind.field(name)
    if field.type != REAL:
        return ""
    if (kind.id, name) in LEVELS:
        return "ft · FL"
    if (kind.id, name) in SEPARATIONS:
        return "m · ft"
    return {"m": "km · NM", "s": "h:mm"}.get(field.unit, field.unit)


def heading(title: str, hint: str = "", width: int = 10) -> str:
    """A column heading on short lines so a narrow column can hold it; '(UTC)' and units on a line of their own."""
    match = re.fullmatch(r"(.*?)\s*(\([^()]*\))", title)
    words, tail = (match.group(1), [match.group(2)]) if match else (title, [])
    lines = textwrap.wrap(words, width) or [words]
    return "\n".join(lines + tail + ([hint] if hint else []))



def rank_key(spec: TableSpec, value) -> tuple:
    """Where a value of ``spec.sort_field`` goes in ``spec.rank`` (unknown values after the known ones)."""
    return (spec.rank.index(value) if value in spec.rank else len(spec.rank),)
