"""Shared pieces of the airspace readers: the result type and small helpers."""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass, field

from ..errors import IssueLog
from ..messages import tr
from ..model import Airspace
from .limits import Limit


@dataclass
class AirspaceReadResult:
    """What an airspace reader returns: airspaces, the format, skipped records and stated assumptions."""

    airspaces: list[Airspace]
    format: str
    issues: IssueLog
    notes: list[str] = field(default_factory=list)
    # AIXM TEMPDELTA activations waiting for their BASELINE (which may be in another file of the same run)
    deltas: list = field(default_factory=list)


def apply_limits(a: Airspace, floor: Limit, ceiling: Limit) -> None:
    """Copy limits (metres + reference) onto an airspace and collect their notes."""
    a.floor_m, a.floor_ref = floor.metres, floor.ref
    a.ceiling_m, a.ceiling_ref = ceiling.metres, ceiling.ref
    notes = [n for n in (floor.note, ceiling.note) if n]
    if "AGL" in (floor.ref, ceiling.ref):
        notes.append(tr("AGL limit: needs terrain height; without a DEM the flagging takes the ground as 0 m MSL"))
    add_note(a, *notes)


def add_note(a: Airspace, *notes: str) -> None:
    for n in notes:
        if n and n not in a.notes:
            a.notes = f"{a.notes}; {n}" if a.notes else n


def notam_time(text: str) -> float:
    """NOTAM 'YYMMDDhhmm' UTC -> epoch seconds (years 00-99 taken as 2000-2099)."""
    t = text.strip()
    if not re.fullmatch(r"\d{10}", t):
        raise ValueError(tr("time '{text}' is not YYMMDDhhmm", text=text))
    y, mo, d, hh, mm = 2000 + int(t[0:2]), int(t[2:4]), int(t[4:6]), int(t[6:8]), int(t[8:10])
    if not (1 <= mo <= 12 and 1 <= d <= 31 and hh <= 24 and mm < 60):
        raise ValueError(tr("time '{text}' out of range", text=text))
    return float(calendar.timegm((y, mo, d, 0, 0, 0)) + hh * 3600 + mm * 60)


def finite_or_none(v: float | None) -> float | None:
    return v if v is not None and math.isfinite(v) else None
