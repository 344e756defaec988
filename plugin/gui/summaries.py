"""What the dock says after a run, from the algorithms' results: import summaries, closure counts, flight states.

The algorithms state what they read, skipped, repaired or assumed in their results and feedback; these functions
turn that into the analyst's language: a short sentence for the message bar and the full text for the section.
"""

from __future__ import annotations

import math
from datetime import datetime, timezone

from ..toolbelt.i18n import tr
from .display import STATUS_ORDER, altitude_text, feet, whole

# the prefixes core's ImportSummary puts on its lines (English, not translated there)
SUMMARY_PREFIXES = (("Absent: ", "absent"), ("Doubtful: ", "doubtful"), ("Assumed: ", "assumed"))


def _number(value) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return math.nan
    return number


def _utc(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, tz=timezone.utc).strftime("%Y-%m-%d %H:%M")


def span_text(start, end, compact: bool = False) -> str:
    """'2023-01-19 11:07 to 13:40 UTC (2.55 h)' (compact: without the duration), or that times are absent."""
    start, end = _number(start), _number(end)
    if not (math.isfinite(start) and math.isfinite(end)):
        return tr("times absent")
    first, last = _utc(start), _utc(end)
    if first[:10] == last[:10]:
        last = last[11:]
    if compact:
        return tr("{} to {} UTC").format(first, last)
    return tr("{} to {} UTC ({} h)").format(first, last, f"{(end - start) / 3600.0:.2f}")


def altitude_range_text(low, high, compact: bool = False) -> str:
    """'21 m · 69 ft to 33044 m · 108412 ft · FL1084' (compact: 'altitude 69 to 108412 ft'), or that altitude is
    absent."""
    low, high = _number(low), _number(high)
    if not (math.isfinite(low) and math.isfinite(high)):
        return tr("altitude absent")
    if compact:
        return tr("altitude {} to {} ft").format(whole(feet(low)), whole(feet(high)))
    return tr("{} to {}").format(altitude_text(low), altitude_text(high))


def summary_items(summary: str) -> dict[str, list[str]]:
    """The absent, doubtful and assumed lines of an import SUMMARY (the headline is left out)."""
    items: dict[str, list[str]] = {"absent": [], "doubtful": [], "assumed": []}
    for line in (summary or "").splitlines():
        for prefix, key in SUMMARY_PREFIXES:
            if line.startswith(prefix):
                items[key].append(line[len(prefix):].strip())
    return items


def track_summary(results: dict, name: str) -> tuple[str, str, bool]:
    """(short text for the bar, full text for the Tracks section, whether anything is absent or doubtful)."""
    points, tracks = results.get("POINTS"), results.get("TRACKS")
    span = span_text(results.get("START"), results.get("END"))
    alts = altitude_range_text(results.get("ALT_MIN_M"), results.get("ALT_MAX_M"))
    items = summary_items(results.get("SUMMARY", ""))
    lines = [tr("{} fixes in {} track(s) from {}.").format(points, tracks, name),
             tr("Time span: {}.").format(span), tr("Altitude: {}.").format(alts)]
    titles = {"absent": tr("Absent: {}"), "doubtful": tr("Doubtful: {}"), "assumed": tr("Assumed: {}")}
    for key in ("absent", "doubtful", "assumed"):
        lines += [titles[key].format(text) for text in items[key]]
    if results.get("SKIPPED"):
        lines.append(tr("{} record(s) skipped: see the log.").format(results["SKIPPED"]))
    short = tr("Imported {} fixes in {} track(s) from {}: {}, {}.").format(
        points, tracks, name, span_text(results.get("START"), results.get("END"), compact=True),
        altitude_range_text(results.get("ALT_MIN_M"), results.get("ALT_MAX_M"), compact=True))
    worrying = len(items["absent"]) + len(items["doubtful"])
    if worrying:
        short += " " + tr("{} absent or doubtful: see the Tracks section.").format(worrying)
    return short, "\n".join(lines), bool(worrying)


def closure_counts_text(checked, statuses: dict) -> str:
    """'12 checked: 1 violated, 2 passed over, 9 clear' (statuses in order of severity)."""
    statuses = {"violated": 0, **(statuses or {})}  # "0 violated" is said too
    order = [s for s in STATUS_ORDER if s in statuses] + sorted(s for s in statuses if s not in STATUS_ORDER)
    parts = [tr("{} {}").format(statuses[s], tr(s)) for s in order]
    return tr("{} checked: {}.").format(int(_number(checked)) if math.isfinite(_number(checked)) else 0,
                                        ", ".join(parts))


def flight_state_lines(states: dict, infos: list[str]) -> list[str]:
    """The forecast's reason line for each track ("Track 'X': floating at ... ."), from its feedback."""
    out = []
    for track_id, state in (states or {}).items():
        prefix = tr("Track '{}': {}.").format(track_id, "\x00").split("\x00")[0]
        reason = next((i for i in infos if i.startswith(prefix)), None)
        out.append(reason or tr("Track '{}': {}.").format(track_id, tr(state)))
    return out
