"""UTC time as the plugin writes and reads it: epoch seconds <-> ISO 8601 text, one name per direction."""

from __future__ import annotations

import calendar
import math
import re
from datetime import datetime, timezone

from .messages import tr


def epoch_to_iso(epoch: float | None) -> str | None:
    """Epoch seconds -> ``YYYY-MM-DDTHH:MM:SSZ`` (None or NaN -> None)."""
    if epoch is None or not math.isfinite(epoch):
        return None
    return datetime.fromtimestamp(float(epoch), tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def epoch_to_minute(epoch: float) -> str:
    """Epoch seconds -> ``YYYY-MM-DD HH:MMZ``, for notes an analyst reads."""
    return datetime.fromtimestamp(float(epoch), tz=timezone.utc).strftime("%Y-%m-%d %H:%MZ")


def iso_to_epoch(text: str) -> float:
    """'2023-02-04T12:00Z', '2022-08-29T17:00:00Z', '2022-08-29T17:00:00.000Z', '...+00:00' -> epoch s UTC.

    A time without a zone is refused (ValueError): airspace sources must say UTC."""
    t = text.strip()
    m = re.match(
        r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|UTC|[+-]\d{2}:?\d{2})?$", t
    )
    if not m:
        raise ValueError(tr("unrecognised date/time '{text}'", text=text))
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    hh, mm, ss = int(m.group(4) or 0), int(m.group(5) or 0), int(m.group(6) or 0)
    if not (1 <= mo <= 12 and 1 <= d <= 31 and hh <= 24 and mm < 60 and ss < 61):
        raise ValueError(tr("date/time out of range '{text}'", text=text))
    epoch = calendar.timegm((y, mo, d, 0, 0, 0)) + hh * 3600 + mm * 60 + ss
    z = m.group(7)
    if z is None:
        raise ValueError(tr("date/time '{text}' has no time zone", text=text))
    if z not in ("Z", "UTC"):
        sign = 1 if z[0] == "+" else -1
        zz = z[1:].replace(":", "")
        epoch -= sign * (int(zz[:2]) * 3600 + int(zz[2:]) * 60)
    return float(epoch)
