"""Damaged input never becomes a traceback; cancellation through a feedback object works."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from bw_paths import REALDATA

from balloon_watch.plugin.core.errors import Cancelled, InputError
from balloon_watch.plugin.core.feedback import NullFeedback
from balloon_watch.plugin.core.tracks import FORMATS, read_track_bytes

DATA = Path(__file__).parent / "data" / "tracks"
FILES = sorted(DATA.iterdir()) + [REALDATA / "balloon" / "habhub_sim_flight_path_japan_epoch.csv"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_truncated_and_corrupted_files_give_input_errors_only(path):
    data = path.read_bytes()
    rng = random.Random(path.name)
    variants = [data] + [data[:k] for k in range(0, len(data), max(1, len(data) // 40))]
    for _ in range(30):
        b = bytearray(data)
        for _ in range(3):
            b[rng.randrange(len(b))] = rng.randrange(256)
        variants.append(bytes(b))
    outcomes = {"ok": 0, "refused": 0}
    for v in variants:
        for fmt in (None, *FORMATS):
            try:
                res = read_track_bytes(v, path.name, fmt=fmt, date="2023-02-05")
                assert res.tracks and all(len(t) for t in res.tracks)
                outcomes["ok"] += 1
            except InputError as exc:
                assert path.name in str(exc)
                outcomes["refused"] += 1
    assert outcomes["ok"] > 0 and outcomes["refused"] > 0


def test_cancel_through_feedback():
    fb = NullFeedback()
    fb.cancel()
    data = (DATA / "epoch_ms_two_tracks.csv").read_bytes()
    with pytest.raises(Cancelled):
        read_track_bytes(data, "x.csv", feedback=fb)
    fb2 = NullFeedback()
    read_track_bytes(data, "x.csv", feedback=fb2)
    assert fb2.progress == 100
