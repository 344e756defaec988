"""More acceptance on real third-party files (tests/data/realworld, provenance in its README): what each file says
about its flight is found again after import, computed here from the file's own text (zip + regex, csv module),
never from the readers.

Covers the six sonde2kml radiosonde KMZ files (track named after the sonde, not the line's generic label
'Altitude'; the times, serial and maximum altitude written only in the placemark descriptions are kept with their
fixes) and the habhub flight's end state (landed, so no forecast carries it on)."""

from __future__ import annotations

import csv
import re
import zipfile

import pytest
from bw_paths import REALDATA

from balloon_watch.plugin.core.errors import BalloonWatchError
from balloon_watch.plugin.core.flight_state import flight_state
from balloon_watch.plugin.core.forecast import forecast_persistence
from balloon_watch.plugin.core.tracks import read_track_file
from balloon_watch.plugin.core.tracks.quality import summarise

BALLOON = REALDATA / "balloon"
KMZ = sorted(BALLOON.glob("sonde2kml_*.kmz"))


def _doc(path) -> str:
    with zipfile.ZipFile(path) as zf:
        return zf.read("doc.kml").decode("utf-8")


def test_six_sonde2kml_flights():
    assert len(KMZ) == 6
    serials = {re.search(r"_(U\d{7})_", p.name).group(1) for p in KMZ}
    assert len(serials) == 6


@pytest.mark.parametrize("path", KMZ, ids=lambda p: p.name)
def test_sonde2kml_track_is_named_after_its_sonde_not_the_line_label(path):
    text = _doc(path)
    serial = re.search(r"_(U\d{7})_", path.name).group(1)
    # the file's own structure: a document 'Sonde: <serial>' holding a LineString placemark named 'Altitude'
    assert f"<name>Sonde: {serial}</name>" in text
    assert re.search(r"<name>Altitude</name>\s*<LineString", text)
    res = read_track_file(str(path))
    assert [t.track_id for t in res.tracks] == [f"Sonde: {serial}"]
    assert any("generic label" in n and "'Altitude'" in n for n in res.notes)


@pytest.mark.parametrize("path", KMZ, ids=lambda p: p.name)
def test_sonde2kml_description_facts_are_kept_with_their_fixes(path):
    """sonde2kml writes each 50th packet's UTC time, serial and the maximum altitude so far only as description
    text. The reader keeps every description on the vertex it belongs to; the maximum altitude it reads from the
    coordinates is the one the sonde reported."""
    text = _doc(path)
    serial = re.search(r"_(U\d{7})_", path.name).group(1)
    utc = re.findall(r"UTC Time: (\d\d/\d\d/\d\d \d\d:\d\d:\d\d)", text)
    max_alt = max(float(v) for v in re.findall(r"Max Altitude: ([0-9.]+)", text))
    res = read_track_file(str(path))
    s = summarise(res.tracks, res)
    descs = [d for d in res.tracks[0].attributes["description"] if d]
    assert len(descs) == len(utc) > 20
    assert [re.search(r"UTC Time: (\S+ \S+)", d).group(1) for d in descs] == utc
    assert all(f"Serial: {serial}" in d for d in descs)
    assert s.alt_max_m == pytest.approx(max_alt)
    # times exist only as free text: said absent, not invented
    assert s.start != s.start and any("no fix has a time" in a for a in s.absent)


@pytest.mark.parametrize("path", KMZ, ids=lambda p: p.name)
def test_sonde2kml_fix_count_and_altitude_range_match_the_line(path):
    text = _doc(path)
    line = re.search(r"<LineString[^>]*>.*?<coordinates>(.*?)</coordinates>", text, re.S).group(1).split()
    alts = [float(c.split(",")[2]) for c in line]
    res = read_track_file(str(path))
    s = summarise(res.tracks, res)
    assert (s.fixes, s.tracks) == (len(line), 1)
    assert (s.alt_min_m, s.alt_max_m) == pytest.approx((min(alts), max(alts)))
    assert len(res.issues) == 0


def test_habhub_flight_ends_on_the_ground_and_is_not_carried_on():
    """The habhub flight's last row is at -0.3 m after a 5 m/s descent: landed, not 'reaching sea level within
    about 0 min'; a persistence forecast is refused with that reason."""
    path = BALLOON / "habhub_sim_flight_path_japan_epoch.csv"
    with open(path, newline="") as fh:
        rows = [r for r in csv.reader(fh) if r]
    last_alt = float(rows[-1][3])
    assert -1.0 < last_alt < 0.0 and float(rows[-2][3]) > last_alt + 100  # still falling at the last fix
    track = read_track_file(str(path)).tracks[0]
    st = flight_state(track)
    assert st.state == "on ground" and st.alt_m == pytest.approx(last_alt)
    assert "within 100 m of sea level" in st.reason
    with pytest.raises(BalloonWatchError, match="on the ground: the descent .* ended at 0 m"):
        forecast_persistence(track)
