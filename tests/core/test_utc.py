"""Epoch <-> ISO 8601 text, one name per direction (``core/utc.py``)."""

from __future__ import annotations

import calendar
import math

import pytest

from balloon_watch.plugin.core.utc import epoch_to_iso, epoch_to_minute, iso_to_epoch

T = float(calendar.timegm((2023, 2, 4, 19, 39, 5)))


def test_epoch_to_text():
    assert epoch_to_iso(T) == "2023-02-04T19:39:05Z"
    assert epoch_to_iso(None) is None and epoch_to_iso(math.nan) is None
    assert epoch_to_minute(T) == "2023-02-04 19:39Z"


@pytest.mark.parametrize("text, expected", [
    ("2023-02-04T19:39:05Z", T), ("2023-02-04T19:39:05.250Z", T), ("2023-02-04 19:39:05 UTC", T),
    ("2023-02-04T20:39:05+01:00", T), ("2023-02-04T14:39:05-0500", T), ("2023-02-04T19:39Z", T - 5),
])
def test_text_to_epoch(text, expected):
    assert iso_to_epoch(text) == expected
    assert iso_to_epoch(epoch_to_iso(expected)) == expected


@pytest.mark.parametrize("text, words", [("2023-02-04T19:39:05", "no time zone"), ("yesterday", "unrecognised"),
                                         ("2023-13-04T00:00Z", "out of range")])
def test_text_to_epoch_refuses(text, words):
    with pytest.raises(ValueError, match=words):
        iso_to_epoch(text)
