"""GeoJSON, OGC Moving Features JSON, SondeHub telemetry, APRS logs and UKHAS sentences."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest

from balloon_watch.plugin.core.errors import InputError
from balloon_watch.plugin.core.tracks import detect_format, read_track_bytes, read_track_file

DATA = Path(__file__).parent / "data" / "tracks"
FT = 0.3048


def iso(s: str) -> float:
    return datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp()


def crc16_ccitt_bitwise(data: bytes) -> int:
    """Reference CRC16-CCITT (poly 0x1021, init 0xFFFF), bit by bit: independent of the reader's."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


# ----------------------------------------------------------------------------------------- GeoJSON
def test_togeojson_linestring_with_coordtimes_and_timed_points():
    path = DATA / "togeojson_linestring.geojson"
    raw = json.loads(path.read_text())
    res = read_track_file(str(path))
    assert res.format == "geojson"
    line, pts = res.tracks
    f0 = raw["features"][0]
    assert line.track_id == "WB8ELK-2 flight"
    np.testing.assert_array_equal(line.lon, [c[0] for c in f0["geometry"]["coordinates"]])
    np.testing.assert_array_equal(line.alt_m, [c[2] for c in f0["geometry"]["coordinates"]])
    np.testing.assert_array_equal(line.times, [iso(s) for s in f0["properties"]["coordTimes"]])
    assert pts.track_id == "KC0D-11"  # grouped by callsign, sorted by time
    assert pts.times.tolist() == [iso("2023-02-04T10:50:00Z"), iso("2023-02-04T11:00:00Z")]
    assert pts.lon.tolist() == [-79.6, -79.5]


def test_ogc_moving_features():
    path = DATA / "ogc_movingfeatures.json"
    raw = json.loads(path.read_text())
    res = read_track_file(str(path))
    a, b = res.tracks
    tg = raw["features"][0]["temporalGeometry"]
    assert a.track_id == "PRC-HAB-1"
    np.testing.assert_array_equal(a.times, [iso(s) for s in tg["datetimes"]])
    np.testing.assert_array_equal(np.c_[a.lon, a.lat, a.alt_m], tg["coordinates"])
    assert a.attributes["pressure"] == [70.1, 69.8, 69.5, 69.9]
    assert b.times.tolist() == [1675209600.0, 1675213200.0]  # epoch milliseconds
    assert np.isnan(b.alt_m).all()


def test_single_moving_feature_object_and_mismatched_lists():
    mf = {"type": "MovingFeature", "properties": {"name": "X"},
          "temporalGeometry": {"type": "MovingPoint", "datetimes": ["2023-02-01T00:00:00Z"],
                               "coordinates": [[1, 2], [3, 4]]}}
    data = json.dumps(mf).encode()
    assert detect_format(data, "x.json") == "geojson"
    with pytest.raises(InputError, match="unusable"):
        read_track_bytes(data, "x.json")


# ---------------------------------------------------------------------------------------- SondeHub
def test_sondehub_amateur_answer():
    path = DATA / "sondehub_amateur_telemetry.json"
    raw = json.loads(path.read_text())
    recs = [r for r in raw["HORUS-V2-DEMO"].values() if not (r["lat"] == 0 and r["lon"] == 0)]
    res = read_track_file(str(path))
    assert res.format == "sondehub"
    tr = res.tracks[0]
    assert tr.track_id == "HORUS-V2-DEMO"
    np.testing.assert_array_equal(tr.lat, [r["lat"] for r in recs])
    np.testing.assert_array_equal(tr.alt_m, [r["alt"] for r in recs])
    np.testing.assert_array_equal(tr.times, [iso(r["datetime"]) for r in recs])
    assert tr.attributes["sats"] == [r["sats"] for r in recs]
    assert len(res.issues) == 1 and "0,0" in res.issues.issues[0].reason
    assert any("latitude 0, longitude 0" in n for n in res.notes)


def test_sondehub_record_list_radiosonde_serials_and_duplicates():
    recs = [
        {"serial": "S1234567", "datetime": "2023-02-01T10:00:00.000Z", "lat": 40.0, "lon": -105.0, "alt": 5000},
        {"serial": "S1234567", "datetime": "2023-02-01T10:00:00.000Z", "lat": 40.0, "lon": -105.0, "alt": 5000,
         "uploader_callsign": "B"},
        {"serial": "S1234567", "datetime": "2023-02-01T10:00:01.000Z", "lat": 40.001, "lon": -105.0, "alt": 5005},
        {"serial": "T7654321", "datetime": "2023-02-01T10:00:00.000Z", "lat": 41.0, "lon": -104.0, "alt": 3000},
    ]
    res = read_track_bytes(json.dumps(recs).encode(), "sondes.json")
    got = {t.track_id: t for t in res.tracks}
    assert set(got) == {"S1234567", "T7654321"}
    assert len(got["S1234567"]) == 2
    assert any("duplicate" in n for n in res.notes)


def test_sondehub_mostly_unlocked_refused():
    recs = [{"payload_callsign": "P", "datetime": f"2023-02-01T10:00:0{i}Z", "lat": 0, "lon": 0} for i in range(3)]
    recs.append({"payload_callsign": "P", "datetime": "2023-02-01T10:00:09Z", "lat": 1, "lon": 1})
    with pytest.raises(InputError, match="3 of 4"):
        read_track_bytes(json.dumps(recs).encode(), "p.json")


# -------------------------------------------------------------------------------------------- APRS
def test_aprs_fi_raw_log():
    path = DATA / "aprsfi_raw.log"
    res = read_track_file(str(path))
    assert res.format == "aprs"
    got = {t.track_id: t for t in res.tracks}
    hab = got["KD9XYZ-11"]
    # uncompressed ddmm.hh: 4149.50N 08739.10W ...; /A= is feet
    np.testing.assert_allclose(hab.lat, [41 + 49.50 / 60, 41 + 49.62 / 60, 41 + 49.75 / 60])
    np.testing.assert_allclose(hab.lon, [-(87 + 39.10 / 60), -(87 + 38.55 / 60), -(87 + 37.99 / 60)])
    np.testing.assert_allclose(hab.alt_m, [45123 * FT, 45490 * FT, 45862 * FT])
    np.testing.assert_array_equal(hab.times, [iso("2023-02-01T23:20:00Z"), iso("2023-02-01T23:21:00Z"),
                                              iso("2023-02-01T23:22:00Z")])
    np.testing.assert_array_equal(hab.lines, [1, 3, 5])  # line 2 is the same packet via another igate
    assert hab.attributes["course_deg"] == [90.0, 87.0, 85.0] and hab.attributes["speed_kn"][0] == 15.0
    comp = got["N0CALL-9"]
    # APRS 1.01 ch. 9 example: '5L!!' -> 49.5 N, '<*e7' -> 72.75 W; cs 'S]' with GGA source = 10004 ft
    assert comp.lat[0] == pytest.approx(49.5, abs=1e-5) and comp.lon[0] == pytest.approx(-72.75, abs=1e-5)
    assert comp.alt_m[0] == pytest.approx(1.002 ** ((ord("S") - 33) * 91 + ord("]") - 33) * FT)
    assert comp.alt_m[0] / FT == pytest.approx(10004, abs=1)
    # '@012324z': day 01 23:24 UTC, month and year from the log line
    assert comp.times[1] == iso("2023-02-01T23:24:00Z") and comp.lat[1] == pytest.approx(49 + 50 / 60)
    assert [i.line for i in res.issues.issues] == [7]


def test_aprs_without_log_prefix_needs_date_for_packet_times():
    log = b"HAB1>APRS,TCPIP*:@021200z4000.00N/10500.00WO/A=060000\nHAB1>APRS,TCPIP*:/121500h4001.00N/10459.00WO\n"
    res = read_track_bytes(log, "plain.txt")
    assert res.format == "aprs" and np.isnan(res.tracks[0].times).all()
    tr = read_track_bytes(log, "plain.txt", date="2023-02-02").tracks[0]
    assert tr.times.tolist() == [iso("2023-02-02T12:00:00Z"), iso("2023-02-02T12:15:00Z")]
    assert tr.alt_m[0] == pytest.approx(60000 * FT)


def test_aprs_log_without_positions_refused():
    with pytest.raises(InputError, match="no decodable position"):
        read_track_bytes(b"HAB1>APRS,TCPIP*:>status only\nHAB1>APRS:>again\n", "s.log", fmt="aprs")


# ------------------------------------------------------------------------------------------- UKHAS
def test_ukhas_sentences_crc_and_midnight():
    path = DATA / "ukhas_sentences.txt"
    lines = path.read_text().splitlines()
    valid = []
    for ln in lines:
        body, crc = ln[2:].split("*")
        valid.append(crc16_ccitt_bitwise(body.encode()) == int(crc, 16))
    assert crc16_ccitt_bitwise(b"123456789") == 0x29B1  # published check value of CRC-16/CCITT-FALSE
    assert valid == [True, True, True, False, True]
    with pytest.raises(InputError, match="give the date"):
        read_track_file(str(path))
    res = read_track_file(str(path), date="2023-02-05")
    assert res.format == "ukhas"
    tr = res.tracks[0]
    good = [ln for ln, ok in zip(lines, valid) if ok]
    np.testing.assert_array_equal(tr.lat, [float(g.split(",")[3]) for g in good])
    np.testing.assert_array_equal(tr.alt_m, [float(g.split(",")[5]) for g in good])
    np.testing.assert_array_equal(tr.lines, [i + 1 for i, ok in enumerate(valid) if ok])
    # 23:58, 23:59 on the 5th, then 00:00 and 00:02 on the 6th
    np.testing.assert_array_equal(tr.times, [iso("2023-02-05T23:58:00Z"), iso("2023-02-05T23:59:00Z"),
                                             iso("2023-02-06T00:00:00Z"), iso("2023-02-06T00:02:00Z")])
    assert [(i.line, i.field) for i in res.issues.issues] == [(4, "CRC")]


def test_ukhas_mostly_bad_crc_refused():
    body = "X,1,10:00:00,51.0,0.1,100"
    good = f"$${body}*{crc16_ccitt_bitwise(body.encode()):04X}"
    data = (good + "\n" + "$$X,2,10:00:10,51.0,0.1,100*0000\n" * 2).encode()
    with pytest.raises(InputError, match="2 of 3"):
        read_track_bytes(data, "u.txt", date="2023-02-01")


@pytest.mark.parametrize("fname, fmt", [
    ("aprsfi_raw.log", "aprs"), ("ukhas_sentences.txt", "ukhas"), ("sondehub_amateur_telemetry.json", "sondehub"),
    ("ogc_movingfeatures.json", "geojson"), ("togeojson_linestring.geojson", "geojson"),
    ("google_earth_gxtrack.kml", "kml"), ("gpslogger_track.gpx", "gpx"), ("epoch_ms_two_tracks.csv", "csv"),
])
def test_detection_from_content_ignores_misleading_names(fname, fmt):
    head = (DATA / fname).read_bytes()[:4096]
    assert detect_format(head, "download.txt") == fmt
