"""Acceptance on real third-party files kept in tests/data/realworld (provenance in its README): per file the
fixes and tracks, altitude range, time span, what is said absent, and what is refused.

Expected values are computed here independently of the readers (zip + regex over the KML text, csv module),
so a reader that drops, doubles or invents fixes fails."""

from __future__ import annotations

import csv
import re
import zipfile

import pytest
from bw_paths import REALDATA

from balloon_watch.plugin.core.tracks import read_track_file
from balloon_watch.plugin.core.tracks.quality import summarise

BALLOON = REALDATA / "balloon"
KMZ = sorted(BALLOON.glob("sonde2kml_*.kmz"))


def _kml_truth(path) -> dict:
    with zipfile.ZipFile(path) as zf:
        text = zf.read("doc.kml").decode("utf-8")
    line = re.search(r"<LineString[^>]*>.*?<coordinates>(.*?)</coordinates>", text, re.S).group(1).split()
    points = re.findall(r"<Point[^>]*>\s*<coordinates>(.*?)</coordinates>", text, re.S)
    alts = [float(c.split(",")[2]) for c in line]
    return {"vertices": len(line), "points": len(points), "alt": (min(alts), max(alts)),
            "points_on_line": all(p.strip() in set(line) for p in points), "whens": text.count("<when>")}


def test_six_real_sonde_kmz_files_are_there():
    assert len(KMZ) == 6


@pytest.mark.parametrize("path", KMZ, ids=lambda p: p.name)
def test_sonde2kml_kmz_line_and_points_are_one_track_without_times(path):
    truth = _kml_truth(path)
    assert truth["points"] > 40 and truth["points_on_line"] and truth["whens"] == 0
    res = read_track_file(str(path))
    s = summarise(res.tracks, res)
    # one flight drawn twice (LineString + every 50th fix as a placemark) is one track, not two
    assert s.tracks == 1
    assert s.fixes == truth["vertices"]
    assert (s.alt_min_m, s.alt_max_m) == pytest.approx(truth["alt"])
    track = res.tracks[0]
    names = [n for n in track.attributes["name"] if n]
    assert len(names) == truth["points"] and names[0] == "Packet: #0"
    assert any("Serial: U2" in (d or "") for d in track.attributes["description"])
    # no times in the file: said, never invented
    assert s.start != s.start  # NaN
    assert any("no fix has a time" in a for a in s.absent)
    assert any(f"{truth['points']} point placemark(s) of 'Points' repeat vertices" in a for a in s.assumed)


def test_sonde2kml_flight_facts():
    res = read_track_file(str(BALLOON / "sonde2kml_20230119-110735_U2450623_RS41_sonde.kmz"))
    s = summarise(res.tracks, res)
    assert (s.fixes, s.tracks) == (1872, 1)
    assert s.alt_min_m == pytest.approx(819.7) and s.alt_max_m == pytest.approx(30959.4)
    res = read_track_file(str(BALLOON / "sonde2kml_20230118-230610_U2540023_RS41_sonde.kmz"))
    s = summarise(res.tracks, res)
    assert (s.fixes, s.tracks) == (2153, 1)
    assert s.alt_min_m == pytest.approx(643.4) and s.alt_max_m == pytest.approx(30295.0)


def test_habhub_headerless_epoch_csv():
    path = BALLOON / "habhub_sim_flight_path_japan_epoch.csv"
    with open(path, newline="") as fh:
        rows = [r for r in csv.reader(fh) if r]
    res = read_track_file(str(path))
    s = summarise(res.tracks, res)
    assert (s.fixes, s.tracks) == (len(rows), 1) == (190, 1)
    assert s.start == float(rows[0][0]) and s.end == float(rows[-1][0])
    assert s.end - s.start == pytest.approx(2.623 * 3600, abs=2)
    assert (s.alt_min_m, s.alt_max_m) == (min(float(r[3]) for r in rows), max(float(r[3]) for r in rows))
    assert s.absent == [] and s.doubtful == []
    assert any("No header" in a for a in s.assumed)


def test_habhub_csv_with_two_epoch_outliers_refused_not_flipped(tmp_path):
    """The real file with two of its times written in milliseconds: the two rows are refused with their lines,
    the other 188 keep their 2016 times."""
    lines = (BALLOON / "habhub_sim_flight_path_japan_epoch.csv").read_text().splitlines()
    for k in (10, 50):
        t, rest = lines[k].split(",", 1)
        lines[k] = f"{int(t) * 1000},{rest}"
    path = tmp_path / "outliers.csv"
    path.write_text("\n".join(lines) + "\n")
    res = read_track_file(str(path))
    s = summarise(res.tracks, res)
    assert s.fixes == 188
    assert sorted(i.line for i in res.issues.issues) == [11, 51]
    assert 1464e6 < s.start < s.end < 1465e6


# ------------------------------------------------------------------------------------------------ airspace
# file -> (airspaces imported, outlines repaired and kept); the counts are the files' own records (the 11 of the
# 2.x file: its AA activation windows, one airspace each)
AIRSPACE_IMPORTED = {
    "tfr/faa_detail_4_2565_DC_FRZ.xml": (1, 0), "tfr/faa_detail_4_9433_DC_SFRA.xml": (1, 0),
    "openair/erictaylor_ksgu-airspaces.txt": (3, 0),
    "openair/erictaylor_ksgu-ultralight-restricted-airspaces.txt": (3, 0),
    "openair/openaip_arc-angle-cw.txt": (1, 0), "openair/openaip_arc-ccw.txt": (1, 0),
    "openair/openaip_arc-cw.txt": (1, 0),
    "openair/openaip_check-limits-unit-conversion.txt": (1, 0), "openair/openaip_circular-invalid.txt": (1, 0),
    "openair/openaip_circular.txt": (1, 0), "openair/openaip_do-not-split-into-multipolygon.txt": (1, 1),
    "openair/openaip_inline-comments.txt": (1, 0), "openair/openaip_laser-beam.txt": (1, 0),
    "openair/openaip_meter-altitude-unit.txt": (1, 0), "openair/openaip_polygon.txt": (1, 0),
    "openair/openaip_self-intersecting.txt": (1, 1), "openair/openaip_version-2-commands.txt": (11, 0),
    # national files: Germany (678 records), Slovenia 2.x (58 records, 64 activation windows); the counts are
    # derived from the text in test_real_files_more
    "openair/aerofiles_2026_03_Airspace_Germany_OA1.txt": (678, 3), "openair/aerofiles_si_asp_230525.openair": (64, 8),
    "openair/openair-rs_Germany_latin1.txt": (677, 3),
    "aixm/donlon2022_DN_SAA.ACT_2_changed_limits.xml": (1, 0), "aixm/donlon2022_DN_SAA.NEW_1_SAR.xml": (1, 0),
    "aixm/donlon2022_DN_SAA.NEW_2_several_NOTAM.xml": (1, 0),
    "aixm/donlon2022_DN_SAA.NEW_3_polygon_excluded_airspace.xml": (1, 0),
    "airspace_geojson/faa_Prohibited_Areas.geojson": (13, 0),
    "airspace_geojson/openaip_parser_arc-cw-result.geojson": (1, 0),
    "airspace_geojson/openaip_parser_awy-result.geojson": (1, 0),
    "airspace_geojson/openaip_parser_circular-result.geojson": (1, 0),
}
# files imported but for some records, refused one by one with their lines: file -> (imported, repaired, refused)
# (Switzerland: 19 cable obstacles drawn as two-point 'outlines', no area to close)
AIRSPACE_PARTIAL = {"openair/openair-rs_Switzerland.txt": (315, 3, 19)}
AIRSPACE_REFUSED = {
    "openair/openaip_ceiling-definitions-al-greater-ah.txt": r"line 9.*floor FL999 is above ceiling FL240",
    "openair/openaip_flight-level-missing-number.txt": r"line 6.*flight level without a number",
    "openair/openaip_invalid-coordinates.txt": r"line 14.*malformed coordinate",
    "aixm/donlon2022_DN_SAA.ACT_1_area_activation.xml": r"TEMPDELTA .*skipped: its BASELINE is not in the file",
    "aixm/donlon2022_DN_SAA.ACT_3_date_range_schedule.xml": r"TEMPDELTA .*skipped: its BASELINE is not in the file",
}


def test_every_real_airspace_file_is_in_the_acceptance_table():
    on_disk = {f"{p.parent.name}/{p.name}" for d in ("tfr", "openair", "aixm", "airspace_geojson")
               for p in (REALDATA / d).iterdir()}
    assert on_disk == set(AIRSPACE_IMPORTED) | set(AIRSPACE_REFUSED) | set(AIRSPACE_PARTIAL)


@pytest.mark.parametrize("name", sorted(AIRSPACE_PARTIAL))
def test_real_airspace_file_partly_imported(name):
    from balloon_watch.plugin.core.airspace import read_airspace_file

    count, repaired, refused = AIRSPACE_PARTIAL[name]
    res = read_airspace_file(REALDATA / name)
    kept = sum(1 for a in res.airspaces if a.repair)
    assert (len(res.airspaces), kept, len(res.issues)) == (count, repaired, refused)
    assert all(i.line for i in res.issues.issues)


@pytest.mark.parametrize("name", sorted(AIRSPACE_IMPORTED))
def test_real_airspace_file_imported(name):
    from balloon_watch.plugin.core.airspace import read_airspace_file

    count, repaired = AIRSPACE_IMPORTED[name]
    res = read_airspace_file(REALDATA / name)
    assert len(res.airspaces) == count and len(res.issues) == 0
    assert sum(1 for a in res.airspaces if a.repair) == repaired
    for a in res.airspaces:
        assert a.geometry and a.floor_m < a.ceiling_m
        assert a.airspace_type or a.airspace_class  # every airspace can be styled by what it is


@pytest.mark.parametrize("name", sorted(AIRSPACE_REFUSED))
def test_real_airspace_file_refused_with_its_reason(name):
    from balloon_watch.plugin.core.airspace import read_airspace_file
    from balloon_watch.plugin.core.errors import InputError

    with pytest.raises(InputError, match=AIRSPACE_REFUSED[name]):
        read_airspace_file(REALDATA / name)
