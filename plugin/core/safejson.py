"""Parse untrusted JSON with a nesting cap, so that a deep document is refused in one sentence.

``json.loads`` raises RecursionError on documents nested about a thousand levels deep (a 200 KB file of
brackets), and code walking the result recursively would fail the same way. The depth is measured first by a
linear scan outside strings; no real track or airspace document comes near the cap.
"""

from __future__ import annotations

import json
import re
from typing import Any

import numpy as np

from .errors import InputError
from .messages import tr

MAX_DEPTH = 200
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)


def nesting_depth(text: str) -> int:
    """Deepest nesting of [ and { outside strings (linear in the text)."""
    raw = np.frombuffer(_STRING.sub("", text).encode("utf-8", "replace"), dtype=np.uint8)
    if not len(raw):
        return 0
    step = (raw == ord("[")).astype(np.int32) + (raw == ord("{")) - (raw == ord("]")) - (raw == ord("}"))
    return int(np.cumsum(step).max(initial=0))


def _parse_int(digits: str) -> int | float:
    # Python refuses to convert over 4,300 digits (ValueError); such a number is out of range anyway
    return int(digits) if len(digits) <= 100 else float(digits)


def loads(text: str, source: str = "") -> Any:
    """``json.loads`` refusing documents nested deeper than MAX_DEPTH; other errors are json's (ValueError)."""
    depth = nesting_depth(text)
    if depth > MAX_DEPTH:
        raise InputError(
            tr(
                "JSON nested {depth:,} levels deep, more than the limit of {limit}",
                depth=depth,
                limit=MAX_DEPTH,
            ),
            source,
        )
    try:
        return json.loads(text, parse_int=_parse_int)
    except RecursionError:
        raise InputError(
            tr("JSON nested more deeply than can be read (limit {limit})", limit=MAX_DEPTH), source
        ) from None
