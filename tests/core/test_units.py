import pytest

from balloon_watch.plugin.core.errors import InputError
from balloon_watch.plugin.core.units import parse_distances, to_metres


def test_units():
    assert to_metres(50, "NM") == 92600.0
    assert to_metres(1, "mi") == pytest.approx(1609.344)
    assert parse_distances("50, 25;100", "km") == [25000.0, 50000.0, 100000.0]


@pytest.mark.parametrize("text", ["", "0", "-5", "abc", "30000"])
def test_bad_distances(text):
    with pytest.raises(InputError):
        parse_distances(text, "km")
