"""Vertical limits and coordinate parsing: units, references and refusals."""

from __future__ import annotations

import math

import pytest

from balloon_watch.plugin.core.airspace.coords import CoordError, find_notam_coords, format_dms, parse_openair_coord
from balloon_watch.plugin.core.airspace.limits import LimitError, check_order, parse_limit_text, structured_limit


@pytest.mark.parametrize(
    "text,metres,ref",
    [("GND", 0.0, "SFC"), ("SFC", 0.0, "SFC"), ("UNL", math.inf, "UNL"), ("FL95", 9500 * 0.3048, "STD"),
     ("FL 150", 15000 * 0.3048, "STD"), ("1500ft AMSL", 1500 * 0.3048, "MSL"), ("1000ft AGL", 304.8, "AGL"),
     ("1000ft GND", 304.8, "AGL"), ("3000m AMSL", 3000.0, "MSL"), ("2000 FT AMSL", 609.6, "MSL"),
     ("1000M/SOL", 1000.0, "AGL"), ("17999 ft", 17999 * 0.3048, "MSL")],
)  # fmt: skip
def test_limit_text(text, metres, ref):
    lim = parse_limit_text(text)
    assert lim.ref == ref and lim.metres == pytest.approx(metres)


@pytest.mark.parametrize("text,why", [("FL", "without a number"), ("5000", "without a unit"), ("5000 XY", "unrecog"),
                                      ("5000ft QNE", "reference")])  # fmt: skip
def test_limit_text_refused(text, why):
    with pytest.raises(LimitError, match=why):
        parse_limit_text(text)


def test_structured_and_order():
    assert structured_limit("17999", "FT", "HEI").ref == "AGL"
    assert structured_limit("0", "FT", "HEI").ref == "SFC"
    assert structured_limit("180", "FL", "ALT").ref == "STD"
    with pytest.raises(LimitError, match="unknown unit"):
        structured_limit("10", "YD", "MSL")
    with pytest.raises(LimitError, match="above ceiling"):
        check_order(parse_limit_text("FL999"), parse_limit_text("FL240"))


def test_coordinates():
    lon, lat = parse_openair_coord("037:02:11.00 N 113:30:37.00 W")
    assert lat == pytest.approx(37 + 2 / 60 + 11 / 3600) and lon == pytest.approx(-(113 + 30 / 60 + 37 / 3600))
    with pytest.raises(CoordError):
        parse_openair_coord("45:49:51 N 008:42:")
    with pytest.raises(CoordError, match="out of range"):
        parse_openair_coord("91:00:00 N 008:00:00 E")
    got = [(round(x, 6), round(y, 6)) for x, y, _, _ in find_notam_coords("S 09 52 E 088 44 TO 1516N13240E")]
    assert got == [(88.733333, -9.866667), (132.666667, 15.266667)]
    assert format_dms(-77.036389, 38.859444) == "385134N0770211W"
