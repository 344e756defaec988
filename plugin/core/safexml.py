"""Parse untrusted XML safely with the standard library.

None of the formats we read (GPX, KML, FAA TFR XML, AIXM) needs a DTD, so a document declaring one is
refused before parsing: that rules out entity expansion ("billion laughs") and external entities without
an extra dependency. The bytes are decoded first (byte-order mark, else the declared encoding, else UTF-8)
and the checks run on the decoded text, so the refusal holds in every encoding (a UTF-16 file cannot slip a
DTD past a byte pattern); an unknown or non-text encoding is refused in one sentence. Nesting deeper than
MAX_DEPTH is refused too (readers walk the tree), and size is bounded by the caller (``max_bytes``).
"""

from __future__ import annotations

import codecs
import re
import xml.etree.ElementTree as ET

import numpy as np

from .errors import InputError
from .messages import tr

DEFAULT_MAX_BYTES = 200 * 1024 * 1024
MAX_DEPTH = 100  # real GPX/KML/TFR/AIXM documents stay under about 30 levels
_DTD = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_DECLARED = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([^"']{0,60})["']""")
_NOT_MARKUP = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>", re.DOTALL)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"), (b"\x00<\x00?", "utf-16-be"),
         (b"<\x00?\x00", "utf-16-le"))


def decode(data: bytes, source: str = "") -> str:
    """The document as text: BOM first, else the XML declaration's encoding, else UTF-8."""
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if encoding is None:
        m = _DECLARED.match(data[:300])
        encoding = m.group(1).decode("ascii", "replace").strip() if m else "utf-8"
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise InputError(
            tr("unknown text encoding '{encoding}' declared in the XML", encoding=encoding[:40]), source, 1
        ) from None
    if not getattr(info, "_is_text_encoding", True):
        raise InputError(
            tr("'{encoding}' declared in the XML is not a text encoding", encoding=encoding[:40]), source, 1
        )
    try:
        return data.decode(info.name)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            tr("not valid {encoding} text (byte {start})", encoding=encoding, start=exc.start), source, line
        ) from None


def nesting_depth(text: str) -> int:
    """Deepest element nesting, from the tags outside comments, CDATA and processing instructions (linear)."""
    raw = np.frombuffer(_NOT_MARKUP.sub("", text).encode("utf-8", "replace"), dtype=np.uint8)
    if len(raw) < 2:
        return 0
    lt = np.nonzero(raw[:-1] == ord("<"))[0]
    nxt = raw[lt + 1]
    opens = lt[(nxt != ord("/")) & (nxt != ord("!")) & (nxt != ord("?"))]
    closes = np.concatenate([lt[nxt == ord("/")], np.nonzero((raw[:-1] == ord("/")) & (raw[1:] == ord(">")))[0]])
    pos = np.concatenate([opens, closes])
    step = np.concatenate([np.ones(len(opens), np.int64), -np.ones(len(closes), np.int64)])
    order = np.argsort(pos, kind="stable")
    return int(np.cumsum(step[order]).max(initial=0))


def parse_bytes(data: bytes, source: str = "", max_bytes: int = DEFAULT_MAX_BYTES) -> ET.Element:
    """Return the root element of ``data`` or raise InputError naming ``source`` and the line."""
    if len(data) > max_bytes:
        raise InputError(
            tr("XML document is larger than the limit of {max_bytes} MB", max_bytes=max_bytes // (1024 * 1024)), source
        )
    text = decode(data, source)
    match = _DTD.search(text)
    if match:
        line = text.count("\n", 0, match.start()) + 1
        raise InputError(tr("XML with a DTD or entity declarations is refused for safety"), source, line)
    depth = nesting_depth(text)
    if depth > MAX_DEPTH:
        raise InputError(
            tr(
                "XML nested {depth:,} levels deep, more than the limit of {limit}", depth=depth, limit=MAX_DEPTH
            ),
            source,
        )
    try:
        return ET.fromstring(text)
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        raise InputError(
            tr("not well-formed XML ({value})", value=exc.msg if hasattr(exc, "msg") else exc), source, line
        ) from None


def parse_file(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> ET.Element:
    """Read and parse an XML file safely."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(tr("cannot read file ({strerror})", strerror=exc.strerror), path) from None
    return parse_bytes(data, path, max_bytes)


def local(tag: str) -> str:
    """Tag name without its namespace: '{ns}Airspace' -> 'Airspace'."""
    return tag.rsplit("}", 1)[-1]
