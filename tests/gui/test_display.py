"""Values as an analyst reads them: feet and flight levels, km and NM, h:mm; headings from the output kinds."""

from __future__ import annotations

import pytest

from balloon_watch.plugin.core.kinds import BY_ID, REAL
from balloon_watch.plugin.gui import display
from balloon_watch.plugin.gui.titles import STATUSES, TITLES

FT = 0.3048  # international foot, exact
NM = 1852.0  # international nautical mile, exact


def test_altitude_in_metres_feet_and_flight_level():
    assert display.altitude_text(18288.0) == "18288 m · 60000 ft · FL600"
    assert display.altitude_text(18288.0, compact=True) == "60000 ft FL600"
    assert display.flight_level(10000 * FT) == "FL100"
    assert display.flight_level(449.9 * 100 * FT) == "FL450"  # rounded to the nearest hundred feet
    assert display.flight_level(-10.0) == ""  # below the datum there is no flight level


def test_distance_in_km_and_nautical_miles():
    assert display.distance_text(13200.0) == "13.2 km · 7.1 NM"  # 13200 / 1852 = 7.13
    assert display.distance_text(NM * 30) == "55.6 km · 30.0 NM"
    assert display.distance_text(13200.0, compact=True) == "13.2 km\n7.1 NM"
    assert display.distance_text(2_500_000.0) == "2500 km · 1350 NM"


@pytest.mark.parametrize(("seconds", "text"), [(0, "0:00"), (59, "0:01"), (3900, "1:05"), (97200, "27:00"),
                                               (-600, "-0:10")])
def test_durations_in_hours_and_minutes(seconds, text):
    assert display.duration_text(seconds) == text


def test_values_follow_their_kind():
    approaches = BY_ID["approach_events"]
    assert display.value_text(approaches, "cpa_m", 13200.0) == "13.2 km · 7.1 NM"
    assert display.value_text(approaches, "cpa_alt_m", 18288.0) == "18288 m · 60000 ft · FL600"
    assert display.value_text(approaches, "dwell_s", 3900.0) == "1:05"
    assert display.value_text(approaches, "site_name", "Malmstrom") == "Malmstrom"
    assert display.value_text(approaches, "cpa_m", None) == ""
    flagged = BY_ID["closures_flagged"]
    assert display.value_text(flagged, "min_vsep_m", 304.8) == "305 m · 1000 ft"
    assert display.value_text(flagged, "ceiling_m", 18288.0).endswith("FL600")
    assert display.unit_hint(approaches, "cpa_m") == "km · NM"
    assert display.unit_hint(flagged, "floor_m") == "ft · FL"
    assert display.unit_hint(approaches, "dwell_s") == "h:mm"
    assert display.unit_hint(approaches, "cpa_time") == ""


def test_heights_and_tables_name_real_fields():
    """The lists here are declarations about core.kinds: each entry must name a real metre field."""
    for kind_id, name in display.LEVELS | display.SEPARATIONS:
        field = BY_ID[kind_id].field(name)
        assert field.type == REAL and field.unit == "m", (kind_id, name)
    for kind_id, spec in display.TABLES.items():
        kind = BY_ID[kind_id]
        for name in (*spec.columns, spec.time_field, spec.sort_field, spec.text_field):
            assert name is None or name in kind.names, (kind_id, name)


def test_every_heading_the_results_show_is_marked_for_translation():
    shown = {f.title or f.name for kind_id in display.TABLES for f in BY_ID[kind_id].fields}
    assert shown <= set(TITLES), sorted(shown - set(TITLES))
    from balloon_watch.plugin.core.flagging import STATUSES as CORE_STATUSES

    assert set(CORE_STATUSES) == set(STATUSES)


def test_headings_wrap_for_narrow_columns():
    assert display.heading("Closest approach", "km · NM") == "Closest\napproach\nkm · NM"
    assert display.heading("Site") == "Site"
    assert display.heading("Earliest entry (UTC)") == "Earliest\nentry\n(UTC)"


def test_a_value_just_below_sea_level_is_not_minus_zero():
    # the habhub file's lowest fix is -0.308 m: '0 m · -1 ft', not '-0 m'
    assert display.altitude_text(-0.308143) == "0 m · -1 ft"
    assert display.altitude_text(-0.1, compact=True) == "0 ft"
