import pytest

from balloon_watch.plugin.core.errors import InputError
from balloon_watch.plugin.core.units import check_distance, parse_distances, to_metres


def test_units():
    assert to_metres(50, "NM") == 92600.0
    assert to_metres(1, "mi") == pytest.approx(1609.344)
    assert parse_distances("50, 25;100", "km") == [25000.0, 50000.0, 100000.0]


@pytest.mark.parametrize("text", ["", "0", "-5", "abc", "30000"])
def test_bad_distances(text):
    with pytest.raises(InputError):
        parse_distances(text, "km")


def test_per_value_units_and_empty():
    assert parse_distances("25km, 50 km;100") == [100.0, 25000.0, 50000.0]
    assert parse_distances("30 NM", "km") == [55560.0]
    assert parse_distances("  ", allow_empty=True) == []


@pytest.mark.parametrize("text, words", [("0", "greater than 0"), ("25000,-5", "greater than 0"),
                                         ("25 miles", "not a number"), ("30000000", "20,000 km")])
def test_bad_distances_say_why(text, words):
    with pytest.raises(InputError) as exc:
        parse_distances(text, field="DISTANCES")
    assert words in str(exc.value) and "DISTANCES" in str(exc.value)


def test_check_distance():
    assert check_distance(5.0) == 5.0
    for bad in (0.0, -1.0, float("nan"), float("inf"), 2.1e7):
        with pytest.raises(InputError):
            check_distance(bad, "x", what="the alert distance")
