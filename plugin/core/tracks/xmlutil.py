"""Small helpers for the XML readers (GPX, KML) on top of safexml."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ..safexml import local


def child(elem: ET.Element, name: str) -> ET.Element | None:
    """First direct child with this local name (any namespace)."""
    for c in elem:
        if local(c.tag) == name:
            return c
    return None


def children(elem: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in elem if local(c.tag) == name]


def text_of(elem: ET.Element | None, name: str | None = None) -> str | None:
    """Stripped text of ``elem`` (or of its child ``name``), None if absent/empty."""
    if elem is not None and name is not None:
        elem = child(elem, name)
    if elem is None or elem.text is None:
        return None
    t = elem.text.strip()
    return t or None


def descendants(elem: ET.Element, name: str) -> list[ET.Element]:
    return [e for e in elem.iter() if local(e.tag) == name]
