"""Guess an airspace file's format from its first bytes (and name as a tie-breaker)."""

from __future__ import annotations

import re

from ..errors import InputError
from ..messages import tr

FORMATS = ("tfr_xml", "faa_notam", "icao_notam", "openair", "aixm", "geojson")


def detect_airspace_format(data_head: bytes, name: str = "") -> str:
    """One of 'tfr_xml', 'faa_notam', 'icao_notam', 'openair', 'aixm', 'geojson'; InputError if unknown."""
    head = data_head[:65536]
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    text = head.decode("utf-8", errors="replace")
    stripped = text.lstrip()
    low = name.lower()
    if stripped.startswith("<"):
        if "XNOTAM-Update" in text or re.search(r"<\s*TFRSET\b", text, re.IGNORECASE):
            return "tfr_xml"
        if re.search(r"aixm", text, re.IGNORECASE) and "Airspace" in text:
            return "aixm"
        raise InputError(tr("XML that is neither an FAA TFR (XNOTAM-Update or TFRSET) nor AIXM 5.1 airspace"), name)
    if stripped.startswith("{") or stripped.startswith("["):
        if re.search(r'"type"\s*:\s*"(FeatureCollection|Feature)"', text):
            return "geojson"
        if "Q)" in text or "NOTAM" in text.upper():
            return "icao_notam"
        if low.endswith((".geojson",)):
            return "geojson"
        raise InputError(tr("JSON that is neither GeoJSON nor a list of NOTAM messages"), name)
    if re.search(r"(?m)^\s*AC\s+\S", text) and re.search(r"(?m)^\s*(DP|DC|DA|DB|V\s+X\s*=)", text):
        return "openair"
    if re.search(r"(?<![A-Z0-9])Q\)\s*[A-Z]{4}\s*/", text):
        return "icao_notam"
    if re.search(r"(?m)^\s*!\w+\s+\d+/\d+", text) or re.search(r"\bWI(?:THIN)? AN AREA DEFINED AS\b", text):
        return "faa_notam"
    if re.search(r"(?m)^\s*AC\s+\S", text):
        return "openair"
    if low.endswith((".txt", ".air", ".openair")) and re.search(r"(?m)^\s*A[CNLH]\s", text):
        return "openair"
    raise InputError(
        tr("unrecognised airspace format (expected FAA TFR XML, AIXM 5.1, OpenAir, GeoJSON, FAA or ICAO NOTAM text)"),
        name,
    )
