"""How a site is named (``core/sites.py``): one rule for the algorithms, the dock and the briefing."""

from __future__ import annotations

import pytest

from balloon_watch.plugin.core.sites import guess_name_field, is_named, site_name


@pytest.mark.parametrize("fields, expected", [
    (["fid", "NAME", "site_name"], "NAME"), (["id", "site_name", "ident"], "site_name"),
    (["Ident", "Label"], "Ident"), (["designator", "kind"], "designator"), (["fid", "radius"], None), ([], None),
])
def test_guess_name_field(fields, expected):
    assert guess_name_field(fields) == expected


class _QgsNull:  # what PyQGIS gives for a NULL attribute: its text is 'NULL'
    def __str__(self):
        return "NULL"


def test_site_name_falls_back_to_the_feature_id():
    assert site_name("Malmstrom AFB", 3) == "Malmstrom AFB"
    for empty in (None, "", _QgsNull()):
        assert not is_named(empty)
        assert site_name(empty, 3) == "site 3"
    assert site_name(0, 7) == "0" and is_named(0)
