"""The sentences the dock builds from the algorithms' results (English: no translator installed here)."""

from __future__ import annotations

import math

from balloon_watch.plugin.gui.controller import airspace_sources
from balloon_watch.plugin.gui.summaries import (
    closure_counts_text,
    flight_state_lines,
    span_text,
    summary_items,
    track_summary,
)


def test_closure_counts_most_serious_first_and_zero_violated_said():
    assert closure_counts_text(5, {"clear": 3, "passed over": 1, "violated": 1}) == \
        "5 checked: 1 violated, 1 passed over, 3 clear."
    assert closure_counts_text(2, {"clear": 2}) == "2 checked: 0 violated, 2 clear."
    assert closure_counts_text(1, {"strange": 1}) == "1 checked: 0 violated, 1 strange."


def test_summary_lines_sorted_by_kind_and_headline_left_out():
    text = "3 fixes in 1 track(s); ...\nAbsent: a\nAssumed: b\nDoubtful: c\nAbsent: d"
    assert summary_items(text) == {"absent": ["a", "d"], "doubtful": ["c"], "assumed": ["b"]}


def test_track_summary_without_times_or_altitude():
    short, full, worrying = track_summary({"POINTS": 3, "TRACKS": 1, "START": math.nan, "END": None,
                                           "ALT_MIN_M": math.nan, "ALT_MAX_M": math.nan, "SKIPPED": 2,
                                           "SUMMARY": "x\nAbsent: no fix has a time"}, "f")
    assert short == ("Imported 3 fixes in 1 track(s) from f: times absent, altitude absent. 1 absent or doubtful: "
                     "see the Tracks section.")
    assert full.splitlines() == ["3 fixes in 1 track(s) from f.", "Time span: times absent.",
                                 "Altitude: altitude absent.", "Absent: no fix has a time",
                                 "2 record(s) skipped: see the log."]
    assert worrying


def test_span_over_two_days_keeps_both_dates():
    assert span_text(0.0, 86400.0 + 3600.0) == "1970-01-01 00:00 to 1970-01-02 01:00 UTC (25.00 h)"


def test_flight_state_reason_taken_from_the_feedback():
    infos = ["Track 'B': floating at 18,000 m (vertical rate +0.1 m/s over the last 30 min).", "other"]
    assert flight_state_lines({"B": "floating", "C": "unknown"}, infos) == [infos[0], "Track 'C': unknown."]


def test_airspace_sources_one_several_or_separated():
    assert airspace_sources("  ") == []
    assert airspace_sources("/a/b c.txt") == ["/a/b c.txt"]
    assert airspace_sources('"/a/b c.txt" "/d.xml"') == ["/a/b c.txt", "/d.xml"]
    assert airspace_sources("/a.txt; /b.xml") == ["/a.txt", "/b.xml"]
