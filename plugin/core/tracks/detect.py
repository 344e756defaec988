"""Format detection from content (the extension is only a tie-breaker)."""

from __future__ import annotations

import os
import re

from ..errors import InputError
from ..messages import tr

_XML_ROOT = re.compile(r"<\s*(?:[A-Za-z_][\w.-]*:)?(gpx|kml)\b", re.IGNORECASE)
_UKHAS = re.compile(r"\${1,2}[A-Za-z0-9_/-]+,[^*\n]*\*[0-9A-Fa-f]{2,4}\s*$")
_APRS = re.compile(
    r"^(?:\S.{0,40}?:\s*)?[A-Za-z0-9-]{1,9}(?:-\d{1,2})?>[A-Za-z0-9-]{1,9}[^:\s]*:\S"
)
_SONDEHUB_NESTED = re.compile(r'^\{\s*"[^"]+"\s*:\s*\{\s*"\d{4}-\d{2}-\d{2}T')
_EXT = {".csv": "csv", ".tsv": "csv", ".txt": "csv", ".gpx": "gpx", ".kml": "kml", ".kmz": "kmz",
        ".geojson": "geojson", ".json": "geojson", ".aprs": "aprs", ".log": "aprs", ".ukhas": "ukhas"}


def _text(head: bytes) -> str:
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="ignore")
    return head.decode("utf-8", errors="replace")


def detect_format(data_head: bytes, name: str = "") -> str:
    """Format id ('csv', 'gpx', 'kml', 'kmz', 'geojson', 'sondehub', 'prediction', 'aprs', 'ukhas') from the
    first bytes.

    Content decides; the file extension of ``name`` only breaks ties. Raises InputError if unknown.
    """
    ext = os.path.splitext(str(name).lower())[1]
    if not data_head or not data_head.strip():
        raise InputError(tr("file is empty"), name)
    if data_head.startswith(b"PK\x03\x04"):
        return "kmz"
    text = _text(data_head[:262144])
    body = text.lstrip()
    if body.startswith("<"):
        m = _XML_ROOT.search(body[:20000])
        if m:
            return m.group(1).lower()
        raise InputError(tr("XML document that is neither GPX nor KML"), name)
    if body.startswith(("{", "[")):
        head = body[:20000]
        if (re.search(r'"prediction"\s*:\s*\[', head) and '"trajectory"' in head) or (
                '"vehicle"' in head and re.search(r'"data"\s*:\s*"\[', head)):
            return "prediction"  # Tawhiri stages, or a SondeHub /predictions list
        if '"MovingFeature"' in head or '"temporalGeometry"' in head or re.search(
                r'"type"\s*:\s*"(FeatureCollection|Feature|LineString|MultiLineString|Point)"', head):
            return "geojson"
        if ('"payload_callsign"' in head or '"serial"' in head or _SONDEHUB_NESTED.match(head)
                or ('"datetime"' in head and '"lat"' in head)):
            return "sondehub"
        if ext in (".geojson",):
            return "geojson"
        raise InputError(tr("JSON that is neither GeoJSON/Moving Features nor SondeHub telemetry"), name)
    lines = [ln.strip() for ln in body.split("\n")[:200] if ln.strip() and not ln.lstrip().startswith("#")]
    if len(lines) > 1 and not data_head.endswith((b"\n", b"\r")):
        lines = lines[:-1]  # the last line of a head may be cut
    if lines:
        uk = sum(bool(_UKHAS.search(ln)) for ln in lines)
        if uk and uk >= 0.5 * len(lines):
            return "ukhas"
        ap = sum(bool(_APRS.match(ln)) for ln in lines)
        if ap and ap >= 0.5 * len(lines):
            return "aprs"
        first = lines[0]
        if any(d in first for d in ("\t", ";", ",", "|")):
            return "csv"
    if ext in _EXT and ext not in (".json", ".geojson", ".kml", ".gpx", ".kmz"):
        return _EXT[ext]
    raise InputError(tr("unknown track format (expected CSV, GPX, KML/KMZ, GeoJSON, SondeHub JSON, APRS or UKHAS)"),
                     name)
