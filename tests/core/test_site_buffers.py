"""Site buffers in core: batched discs, pieces for lines, skipped sites, donut rings. Truth: pyproj Geod."""

from __future__ import annotations

import numpy as np
import pyproj
import pytest

from balloon_watch.plugin.core.feedback import NullFeedback
from balloon_watch.plugin.core.site_buffers import BufferSite, buffer_sites, coordinates_in_range, rings

GEOD = pyproj.Geod(ellps="WGS84")


def test_point_discs_are_geodesic_circles_per_part_and_distance():
    sites = [BufferSite("point", [(-111.2, 47.5), (-100.0, 40.0)], [10_000.0, 25_000.0], "1")]
    fb = NullFeedback()
    res = buffer_sites(sites, 1.0, fb)
    assert sorted(res.discs) == [(0, 10_000.0), (0, 25_000.0)] and not res.pieces and not res.skipped
    for (_, r), parts in res.discs.items():
        assert [(x, y) for x, y, _ in parts] == [(-111.2, 47.5), (-100.0, 40.0)]
        for x, y, mp in parts:
            ring = np.asarray(mp[0][0])
            _, _, d = GEOD.inv(np.full(len(ring), x), np.full(len(ring), y), ring[:, 0], ring[:, 1])
            assert np.abs(np.asarray(d) - r).max() <= 1.0
    assert fb.progress == 100.0


def test_line_pieces_and_a_refused_site_is_skipped_with_its_reason():
    line = BufferSite("line", [[(0.0, 0.0), (1.0, 0.0)]], [5_000.0], "L")
    polar = BufferSite("line", [[(0.0, 89.9), (180.0, 89.9)]], [50_000.0, 100_000.0], "P")
    res = buffer_sites([line, polar], 1.0)
    assert (0, 5_000.0) in res.pieces and len(res.pieces[(0, 5_000.0)]) > 2  # discs + band
    assert not any(k[0] == 1 for k in res.pieces)
    assert len(res.skipped) == 1 and res.skipped[0].startswith("P: ") and "pole" in res.skipped[0]


def test_rings_pair_each_distance_with_the_one_before():
    assert rings([50.0, 25.0, 100.0], donuts=True) == [(25.0, None), (50.0, 25.0), (100.0, 50.0)]
    assert rings([50.0, 25.0], donuts=False) == [(25.0, None), (50.0, None)]


@pytest.mark.parametrize("parts, ok", [([(10.0, 20.0)], True), ([(10.0, 95.0)], False),
                                       ([[(0.0, 0.0), (600.0, 0.0)]], False), ([(float("nan"), 0.0)], False),
                                       ([], False)])
def test_coordinates_in_range(parts, ok):
    assert coordinates_in_range(parts) is ok
