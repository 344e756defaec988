"""Parse untrusted XML safely with the standard library.

None of the formats we read (GPX, KML, FAA TFR XML, AIXM) needs a DTD, so a document declaring one is
refused before parsing: that rules out entity expansion ("billion laughs") and external entities without
an extra dependency. Size is bounded by the caller (``max_bytes``).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from .errors import InputError

DEFAULT_MAX_BYTES = 200 * 1024 * 1024
_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def parse_bytes(data: bytes, source: str = "", max_bytes: int = DEFAULT_MAX_BYTES) -> ET.Element:
    """Return the root element of ``data`` or raise InputError naming ``source`` and the line."""
    if len(data) > max_bytes:
        raise InputError(f"XML document is larger than the limit of {max_bytes // (1024 * 1024)} MB", source)
    match = _DTD.search(data)
    if match:
        line = data.count(b"\n", 0, match.start()) + 1
        raise InputError("XML with a DTD or entity declarations is refused for safety", source, line)
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        raise InputError(f"not well-formed XML ({exc.msg if hasattr(exc, 'msg') else exc})", source, line) from None


def parse_file(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> ET.Element:
    """Read and parse an XML file safely."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror})", path) from None
    return parse_bytes(data, path, max_bytes)


def local(tag: str) -> str:
    """Tag name without its namespace: '{ns}Airspace' -> 'Airspace'."""
    return tag.rsplit("}", 1)[-1]
