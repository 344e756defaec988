"""CSV/TSV track reading: the real habhub file, header variants, DMS, units, times, bad rows, preview."""

from __future__ import annotations

import calendar
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from bw_paths import REALDATA

from balloon_watch.plugin.core.errors import InputError
from balloon_watch.plugin.core.tracks import detect_format, preview_csv, read_track_bytes, read_track_file

DATA = Path(__file__).parent / "data" / "tracks"
HABHUB = REALDATA / "balloon" / "habhub_sim_flight_path_japan_epoch.csv"


def utc(s: str) -> float:
    return calendar.timegm(datetime.strptime(s, "%Y-%m-%d %H:%M:%S").timetuple())


def test_real_habhub_headerless_epoch_file():
    rows = [ln.split(",") for ln in HABHUB.read_text().split("\n") if ln.strip()]
    res = read_track_file(str(HABHUB))
    assert res.format == "csv"
    assert len(res.tracks) == 1
    tr = res.tracks[0]
    assert tr.track_id == "habhub_sim_flight_path_japan_epoch"
    assert len(tr) == len(rows) == 190
    np.testing.assert_array_equal(tr.times, [float(r[0]) for r in rows])
    np.testing.assert_array_equal(tr.lat, [float(r[1]) for r in rows])
    np.testing.assert_array_equal(tr.lon, [float(r[2]) for r in rows])
    np.testing.assert_array_equal(tr.alt_m, [float(r[3]) for r in rows])
    np.testing.assert_array_equal(tr.lines, np.arange(1, 191))
    assert len(res.issues) == 0
    assert any("No header" in n for n in res.notes)


def test_preview_of_real_habhub_head():
    head = HABHUB.read_bytes()[:200]  # cut in the middle of a line, as the dock reads it
    pv = preview_csv(head, HABHUB.name)
    assert pv.delimiter == "," and not pv.has_header
    assert pv.mapping == {"time": 0, "lat": 1, "lon": 2, "alt": 3}
    assert pv.time_kind == "epoch_s" and pv.alt_unit == "m"
    assert pv.rows[0] == ["1464198600", "34.4505", "136.88", "0"]
    assert all(len(r) == 4 for r in pv.rows)


def test_column_map_overrides_headerless_guess():
    res = read_track_file(str(HABHUB), column_map={"time": 0, "lat": 1, "lon": 2})
    assert np.isnan(res.tracks[0].alt_m).all() and res.tracks[0].lat[0] == 34.4505
    # lat/lon swapped on purpose: 136.88 is not a latitude, every row is bad, the file is refused
    with pytest.raises(InputError, match="unusable"):
        read_track_file(str(HABHUB), column_map={"time": 0, "lat": 2, "lon": 1})


def test_column_map_by_name_and_alt_unit():
    data = b"t,a,b,h\n2023-02-01T00:00:00Z,10,20,1000\n2023-02-01T00:01:00Z,10.1,20.1,1100\n"
    with pytest.raises(InputError, match="latitude"):
        read_track_bytes(data, "x.csv")
    res = read_track_bytes(data, "x.csv", column_map={"time": "t", "lat": "a", "lon": "b", "alt": "h"},
                           alt_unit="ft")
    tr = res.tracks[0]
    np.testing.assert_allclose(tr.alt_m, [304.8, 335.28])
    assert tr.times[0] == utc("2023-02-01 00:00:00")


def test_semicolon_dms_feet_groups_and_bad_rows():
    res = read_track_file(str(DATA / "semicolon_dms_feet.csv"), tz="America/Los_Angeles")
    ids = [t.track_id for t in res.tracks]
    assert ids == ["HAB-A", "HAB-B"]
    a, b = res.tracks
    # 47°30'17"N, 47:31:17N, 47.54 ; 122°10'00"W, 1221000W (DDDMMSS), -122.14
    np.testing.assert_allclose(a.lat, [47 + 30 / 60 + 17 / 3600, 47 + 31 / 60 + 17 / 3600, 47.54])
    np.testing.assert_allclose(a.lon, [-(122 + 10 / 60), -(122 + 10 / 60), -122.14])
    np.testing.assert_allclose(a.alt_m, [60000 * 0.3048, 60100 * 0.3048, 60300 * 0.3048])
    # naive local times in Los Angeles (PST, UTC-8 in February)
    la = ZoneInfo("America/Los_Angeles")
    exp = datetime(2023, 2, 1, 12, 0, 0, tzinfo=la).timestamp()
    assert a.times[0] == exp and a.times[1] == exp + 60 and a.times[2] == exp + 180
    np.testing.assert_array_equal(a.lines, [2, 3, 7])
    assert len(b) == 1 and b.lat[0] == 47.5 and b.lon[0] == -122.0
    lines = sorted((i.line, i.field) for i in res.issues.issues)
    assert lines == [(5, "time"), (6, "Altitude (ft)")]


def test_epoch_ms_two_tracks_lon_0_360_alt_km_sorted():
    res = read_track_file(str(DATA / "epoch_ms_two_tracks.csv"))
    assert [t.track_id for t in res.tracks] == ["PRC-1", "PRC-2"]
    p1 = res.tracks[0]
    np.testing.assert_array_equal(p1.times, [1675209600.0, 1675213200.0, 1675216800.0])
    np.testing.assert_allclose(p1.lon, [189.5 - 360, 187.4 - 360, 185.0 - 360])
    np.testing.assert_allclose(p1.alt_m, [18300.0, 18320.0, 18350.0])
    np.testing.assert_array_equal(p1.lines, [2, 3, 5])


def test_bom_tsv_with_date_and_time_columns_crossing_midnight():
    res = read_track_file(str(DATA / "bom_date_time_split.tsv"))
    tr = res.tracks[0]
    np.testing.assert_array_equal(tr.times, [utc("2023-02-02 23:59:30"), utc("2023-02-03 00:00:30")])
    assert tr.alt_m.tolist() == [18000.0, 18010.0]


def test_time_only_column_needs_date_and_rolls_over_midnight():
    data = b"time,lat,lon,alt\n23:59:00,10,20,100\n23:59:40,10,20.01,110\n00:00:20,10,20.02,120\n"
    with pytest.raises(InputError, match="give the date"):
        read_track_bytes(data, "t.csv")
    tr = read_track_bytes(data, "t.csv", date="2023-02-04").tracks[0]
    base = utc("2023-02-04 00:00:00")
    np.testing.assert_array_equal(tr.times, [base + 86340, base + 86380, base + 86400 + 20])


@pytest.mark.parametrize("stamp, expected", [
    ("2023-02-01T12:00:00Z", "2023-02-01 12:00:00"),
    ("2023-02-01T12:00:00+00:00", "2023-02-01 12:00:00"),
    ("2023-02-01T05:00:00-07:00", "2023-02-01 12:00:00"),
    ("2023-02-01 12:00:00", "2023-02-01 12:00:00"),
    ("2023-02-01T12:00:00.250Z", "2023-02-01 12:00:00"),
    ("1675252800", "2023-02-01 12:00:00"),
    ("1675252800000", "2023-02-01 12:00:00"),
])
def test_time_spellings(stamp, expected):
    data = f"datetime,lat,lon\n{stamp},1,2\n".encode()
    tr = read_track_bytes(data, "t.csv").tracks[0]
    frac = 0.25 if ".250" in stamp else 0.0
    assert tr.times[0] == utc(expected) + frac


def test_vectorised_and_fallback_paths_agree():
    # same instants, one file with a uniform layout (vectorised), one with mixed spellings (per row)
    base = utc("2023-02-01 00:00:00")
    ts = base + np.arange(50) * 3601.5
    iso = [datetime.fromtimestamp(t, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z" for t in ts]
    mixed = [s if i % 2 else s.replace("T", " ").replace("Z", "+00:00") for i, s in enumerate(iso)]
    for col in (iso, mixed):
        body = "time,lat,lon\n" + "".join(f"{s},45,{i * 0.01}\n" for i, s in enumerate(col))
        tr = read_track_bytes(body.encode(), "t.csv").tracks[0]
        np.testing.assert_allclose(tr.times, ts, rtol=0, atol=1e-6)


def test_bad_rows_reported_with_lines_and_majority_bad_refused():
    good = "".join(f"2023-02-01T00:{i:02d}:00Z,45.{i},7.{i},1000\n" for i in range(8))
    data = ("time,lat,lon,alt\n" + good + "2023-02-01T00:30:00Z,95,7,1\n" + "2023-02-01T00:31:00Z,45,7\n"
            + "2023-02-30T00:00:00Z,45,7,1\n")
    res = read_track_bytes(data.encode(), "b.csv")
    assert len(res.tracks[0]) == 8
    found = {i.line: i.reason for i in res.issues.issues}
    assert set(found) == {10, 11, 12}
    assert "latitude" in found[10] and "fields" in found[11]
    bad = "time,lat,lon\n" + "x,1,2\n" * 3 + "2023-02-01T00:00:00Z,1,2\n"
    with pytest.raises(InputError, match="b2.csv.*3 of 4 rows"):
        read_track_bytes(bad.encode(), "b2.csv")


def test_empty_and_non_track_files_refused():
    for data in (b"", b"   \n\n"):
        with pytest.raises(InputError, match="empty"):
            read_track_bytes(data, "e.csv")
    with pytest.raises(InputError):
        read_track_bytes(b"just some words\nwith no delimiter\n", "w.txt")
    with pytest.raises(InputError, match="latitude"):
        read_track_bytes(b"name,colour\nred,blue\n", "w.csv")


def test_quoted_fields_and_extra_attributes():
    data = b'time,lat,lon,alt,comment\n2023-02-01T00:00:00Z,45,7,1000,"launch, on time"\n' \
           b'2023-02-01T00:01:00Z,45.1,7.1,1300,"climb"\n'
    tr = read_track_bytes(data, "q.csv").tracks[0]
    assert tr.attributes["comment"] == ["launch, on time", "climb"]
    assert len(tr) == 2


def test_preview_headers_units_and_time_kinds():
    pv = preview_csv(b"Lat (deg)\tLong\tAltitude (ft)\tdt_pos_utc\tspeed\n45\t7\t60000\t2023-02-01 00:00:00\t3\n")
    assert pv.delimiter == "\t" and pv.has_header
    assert pv.mapping == {"time": 3, "lat": 0, "lon": 1, "alt": 2}
    assert pv.alt_unit == "ft" and pv.time_kind == "iso"
    pv = preview_csv(b"epoch,latitude,longitude,FL\n1675209600123,45,7,550\n")
    assert pv.alt_unit == "fl" and pv.time_kind == "epoch_ms"
    tr = read_track_bytes(b"epoch,latitude,longitude,FL\n1675209600123,45,7,550\n", "fl.csv")
    assert tr.tracks[0].alt_m[0] == pytest.approx(550 * 100 * 0.3048)
    assert tr.tracks[0].times[0] == pytest.approx(1675209600.123)
    assert any("1013.25" in n for n in tr.notes)


def test_detect_csv_from_content_not_extension():
    assert detect_format(HABHUB.read_bytes()[:500], "flight.dat") == "csv"
    assert detect_format((DATA / "gpslogger_track.gpx").read_bytes()[:300], "track.csv") == "gpx"


def _moving_csv(header_speed: str, factor: float, sep: str = ";", zone: str = "") -> bytes:
    """A balloon drifting east at 20 m/s, one fix every 10 s, its speed written as 20 * factor."""
    from balloon_watch.plugin.core.geodesy.ellipsoid import GEOD

    rows = [f"DateTime{sep}Latitude{sep}Longitude{sep}{header_speed}{sep}Altitude"]
    for k in range(60):
        lon, lat, _ = GEOD.fwd(8.0, 49.0, 90.0, 200.0 * k)
        rows.append(f"2021-07-05 11:{k // 6:02d}:{k % 6 * 10:02d}{zone}{sep}{lat:.6f}{sep}{lon:.6f}{sep}"
                    f"{20.0 * factor:.1f}{sep}{1000 + 50 * k}")
    return ("\n".join(rows) + "\n").encode()


@pytest.mark.parametrize(("factor", "label"), [(3.6, "km/h"), (1852 / 3600, None), (1.0, "m/s"),
                                               (1 / 0.44704, "mph"), (3600 / 1852, "kt")])
def test_speed_without_unit_is_found_from_the_motion_between_fixes(factor, label):
    """radiosondy.info CSV exports write 'Speed' in km/h with no unit: read as m/s it was 3.6 times too fast.
    The unit is found by comparing with the ground speed between fixes; no unit that fits: m/s, said."""
    res = read_track_bytes(_moving_csv("Speed", factor), "s.csv")
    speed = res.tracks[0].attributes["speed_rep_ms"]
    if label is None:  # 0.514 m/s per unit: no candidate fits, the assumption stays and is said
        assert not any("Speed unit of 'Speed'" in n for n in res.notes)
        assert any("'Speed' as speed_rep_ms (from unstated unit, read as m/s)" in n for n in res.notes)
        return
    assert np.allclose(speed, 20.0, rtol=0.01)
    assert any(f"Speed unit of 'Speed' not stated in the header: {label}, found by comparing" in n
               for n in res.notes)


def test_stated_speed_unit_is_kept_not_guessed():
    res = read_track_bytes(_moving_csv("Speed (MPH)", 3.6), "s.csv")  # says mph, writes km/h: the header wins
    assert np.allclose(res.tracks[0].attributes["speed_rep_ms"], 72.0 * 0.44704)
    assert not any("Speed unit of" in n for n in res.notes)


def test_times_without_a_zone_are_said_to_be_read_in_the_chosen_zone():
    res = read_track_bytes(_moving_csv("Speed", 1.0), "s.csv")
    assert any("Times in 'DateTime' carry no time zone: read as UTC" in n for n in res.notes)
    res = read_track_bytes(_moving_csv("Speed", 1.0, zone="Z"), "s.csv")
    assert not any("carry no time zone" in n for n in res.notes)
