"""Sites an analyst watches, and how a site is named: one rule for the algorithms, the dock and the briefing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable


@dataclass
class Site:
    """A place to watch: geom_type 'point' (coords=(lon, lat)), 'line' ([(lon, lat), ...]) or 'polygon'
    ([outer ring, hole, ...], each a list of (lon, lat))."""

    site_id: str
    name: str
    geom_type: str
    coords: object


# fields that name a feature, most likely first (matched in any letter case)
NAME_FIELDS = ("name", "site_name", "site", "ident", "designator", "label")


def guess_name_field(field_names: Iterable[str]) -> str | None:
    """The field that most likely holds each feature's name (the first of ``NAME_FIELDS`` present), or None."""
    by_lower: dict[str, str] = {}
    for name in field_names:
        by_lower.setdefault(name.lower(), name)
    return next((by_lower[k] for k in NAME_FIELDS if k in by_lower), None)


def is_named(value: Any) -> bool:
    """False for an empty or NULL attribute value (QGIS gives NULL as a value whose text is 'NULL')."""
    return value not in (None, "") and str(value) != "NULL"


def site_name(value: Any, feature_id: Any) -> str:
    """A site's name: its name value, else ``site <feature id>``."""
    return str(value) if is_named(value) else f"site {feature_id}"
