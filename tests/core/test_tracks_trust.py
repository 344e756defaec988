"""Nothing silently lost, invented or assumed: implausible rows refused with their lines, the epoch unit by
majority, duplicates merged, logger columns kept in SI with their units stated, the import summary."""

from __future__ import annotations

import numpy as np
import pytest

from balloon_watch.plugin.core.errors import InputError
from balloon_watch.plugin.core.tracks import read_track_bytes
from balloon_watch.plugin.core.tracks.measures import classify, isa_altitude_m
from balloon_watch.plugin.core.tracks.quality import summarise
from balloon_watch.plugin.core.tracks.timeparse import epoch_unit

T0 = 1675350000  # 2023-02-02T15:00:00Z


def _csv(rows: list[str], header: str = "time,lat,lon,alt") -> bytes:
    return ("\n".join([header, *rows]) + "\n").encode()


def test_epoch_outliers_do_not_flip_the_column_and_are_refused_with_their_lines():
    # two of four values in milliseconds: the old median rule read all four as ms (1970)
    data = _csv([f"{T0},40,-100,1000", f"{(T0 + 60) * 1000},40.1,-100,1100", f"{(T0 + 120) * 1000},40.2,-100,1200",
                 f"{T0 + 180},40.3,-100,1300"])
    res = read_track_bytes(data, "four.csv")
    t = res.tracks[0]
    assert t.times.tolist() == [T0, T0 + 180]
    lines = sorted(i.line for i in res.issues.issues)
    assert lines == [3, 4]
    assert all("seconds" in i.reason for i in res.issues.issues)


def test_epoch_unit_by_majority():
    assert epoch_unit(np.array([T0 * 1000.0] * 5 + [T0])) == ("epoch_ms", 1e3)
    assert epoch_unit(np.array([T0 * 1e6] * 3)) == ("epoch_us", 1e6)
    assert epoch_unit(np.array([T0, T0 + 1, 5e15])) == ("epoch_s", 1.0)
    assert epoch_unit(np.array([12.0, 13.0])) is None


def test_infinite_huge_and_far_values_refused_row_by_row():
    data = _csv([f"{T0},40,-100,1000", "1e32,40.1,-100,1100", f"{T0 + 120},40.2,-100,inf",
                 f"{T0 + 180},40.3,-100,1e308", f"{T0 + 240},40.4,-100,70000", f"{T0 + 300},40.5,-100,-600",
                 f"{T0 + 360},40.6,-100,1400", f"{T0 + 420},40.7,-100,1500", f"{T0 + 480},40.8,-100,1600",
                 f"{T0 + 540},40.9,-100,1700", f"{T0 + 600},41.0,-100,1800", f"{T0 + 660},41.1,-100,1900"])
    res = read_track_bytes(data, "bad.csv")
    t = res.tracks[0]
    assert len(t) == 7
    assert np.isfinite(t.alt_m).all() and t.alt_m.max() == 1900
    by_line = {i.line: i for i in res.issues.issues}
    assert set(by_line) == {3, 4, 5, 6, 7}
    assert by_line[3].field == "time"
    assert by_line[6].field == "alt" and "70000" in by_line[6].reason


def test_mostly_implausible_file_refused_as_a_whole():
    data = _csv([f"{T0 + 60 * i},40,-100,{99000 + i}" for i in range(6)] + [f"{T0 + 999},40,-100,10"])
    with pytest.raises(InputError, match="6 of 7 fixes"):
        read_track_bytes(data, "feet_read_as_m.csv")


def test_same_fix_twice_merged_and_said():
    rows = [f"{T0 + 60 * i},40.{i},-100,{1000 + i}" for i in range(5)]
    res = read_track_bytes(_csv(rows + rows[1:3]), "twice.csv")
    assert len(res.tracks[0]) == 5
    assert any("2 fix(es) given twice" in n for n in res.notes)


def test_classify_real_logger_headers():
    assert (classify("Baro_altitude").kind, classify("Baro_altitude").sub) == ("alt", "baro")
    assert (classify("GPS altitude").kind, classify("GPS altitude").sub) == ("alt", "gps")
    sp = classify("Speed (MPH)")
    assert sp.kind == "speed" and sp.unit == "mph" and sp.factor == pytest.approx(0.44704)
    assert classify("speed_mph").unit == "mph"
    assert classify("vel_v").kind == "vrate" and classify("vel_h").kind == "speed"
    assert classify("altitude_ft").unit == "ft"
    assert classify("Horiz_accuracy") is None
    assert classify("ext_pressure").kind == "pressure" and classify("ext_temperature").kind == "temp"
    assert classify("Heading").kind == "heading"
    assert classify("Speed (kt)").factor == pytest.approx(1852 / 3600)


def _logger_csv(n: int = 30) -> bytes:
    """The amateur logger layout of issue 12: BOM, time of day only, altitudes in feet (unit not in the
    header), pressure in pascals, speed in mph."""
    rows = ["\ufeffTime,Fix,Sats,Flags,Baro_Pressure,Baro_altitude,GPS altitude,Speed (MPH),Heading,"
            "Horiz_accuracy,Latitude,Longitude"]
    for i in range(n):
        p = 1000.0 - 25.0 * i
        h = float(isa_altitude_m(np.array([p]))[0])
        minute = (23 * 60 + 45 + i) % 1440
        rows.append(f"{minute // 60:02d}:{minute % 60:02d}:00,1,9,0,{p * 100:.0f},{h / 0.3048:.0f},"
                    f"{h / 0.3048 + 100:.0f},{20 + i},{90 + i},2.5,{38.5 + i * 0.01:.4f},{-93.5 + i * 0.01:.4f}")
    return "\n".join(rows).encode("utf-8")


def test_logger_csv_time_of_day_needs_a_date():
    with pytest.raises(InputError, match="times of day only"):
        read_track_bytes(_logger_csv(), "logger.csv")


def test_logger_csv_keeps_both_altitudes_speed_heading_pressure_in_si():
    res = read_track_bytes(_logger_csv(), "logger.csv", date="2023-02-01")
    t = res.tracks[0]
    assert len(t) == 30
    # alt_m is the GPS altitude, in feet in the file: fix 0 at 1000 hPa is 111 m ISA + 100 ft
    h0 = float(isa_altitude_m(np.array([1000.0]))[0])
    assert t.alt_m[0] == pytest.approx(round(h0 / 0.3048 + 100) * 0.3048, abs=1e-6)
    assert t.attributes["baro_alt_m"][0] == pytest.approx(round(h0 / 0.3048) * 0.3048, abs=1e-6)
    assert t.attributes["speed_rep_ms"][0] == pytest.approx(20 * 0.44704)
    assert t.attributes["heading_rep_deg"][3] == 93
    assert t.attributes["pressure_hpa"][0] == pytest.approx(1000.0)
    assert "Horiz_accuracy" in t.attributes and "Sats" in t.attributes
    notes = " ".join(res.notes)
    assert "alt_m read from 'GPS altitude'" in notes and "'Baro_altitude' kept as baro_alt_m" in notes
    assert "feet, found by comparing it with the standard-atmosphere altitude of 'Baro_Pressure'" in notes
    assert "'Speed (MPH)' as speed_rep_ms (from mph)" in notes
    # the clock passes midnight: the day rolls over
    assert t.times[-1] - t.times[0] == pytest.approx(29 * 60)


def test_altitude_unit_not_stated_and_no_pressure_is_said_assumed():
    rows = [f"{T0 + 60 * i},40.{i},-100,{1000 + i}" for i in range(5)]
    res = read_track_bytes(_csv(rows, "time,lat,lon,GPS altitude"), "nounit.csv")
    assert any("metres assumed" in n for n in res.notes)


def test_summary_counts_spans_and_absences():
    rows = [f"{T0 + 60 * i},40.{i},-100,{1000 * i if i != 2 else ''}" for i in range(5)]
    res = read_track_bytes(_csv(rows), "gap.csv")
    s = summarise(res.tracks, res)
    assert (s.fixes, s.tracks, s.start, s.end) == (5, 1, T0, T0 + 240)
    assert (s.alt_min_m, s.alt_max_m) == (0.0, 4000.0)
    assert s.absent == ["1 of 5 fixes have no altitude"]
    assert "5 fixes in 1 track(s); 2023-02-02 15:00:00Z to 2023-02-02 15:04:00Z (0.07 h)" in s.headline()


def _tawhiri() -> bytes:
    import json

    pt = {"altitude": 29997.65625, "datetime": "2023-02-03T00:39:59.53125Z", "latitude": 50.016585320900354,
          "longitude": 0.0037172612852707}
    doc = {"prediction": [
        {"stage": "ascent", "trajectory": [
            {"altitude": 0.0, "datetime": "2023-02-02T23:00:00Z", "latitude": 50.0, "longitude": 359.5}, pt]},
        {"stage": "descent", "trajectory": [
            pt, {"altitude": 69.8, "datetime": "2023-02-03T01:02:50.625Z", "latitude": 50.018, "longitude": 0.2934}]}],
        "request": {"dataset": "2023-02-02T12:00:00Z", "profile": "standard_profile"}}
    return json.dumps(doc, indent=2).encode()


def test_tawhiri_prediction_imports_as_a_predicted_track():
    res = read_track_bytes(_tawhiri(), "pred.json")
    assert res.format == "prediction" and len(res.tracks) == 1
    t = res.tracks[0]
    assert t.track_id == "pred prediction"
    assert len(t) == 3  # the stage boundary given twice is one fix
    assert t.lon[0] == pytest.approx(-0.5) and t.lon[1] == pytest.approx(0.0037172612852707)
    assert t.alt_m.tolist() == pytest.approx([0.0, 29997.65625, 69.8])
    assert t.attributes["kind"] == ["predicted"] * 3 and list(t.attributes["predicted"]) == [1.0, 1.0, 1.0]
    assert t.attributes["stage"] == ["ascent", "ascent", "descent"]
    assert any(n.startswith("Predicted track (not flown): Tawhiri prediction, dataset 2023-02-02T12:00:00Z")
               for n in res.notes)


def test_radiosonde_auto_rx_log_layout():
    """The auto_rx log header (its documented layout); rows written for the test: an RS41 without pressure
    sensor writes pressure -1.0, and -273.0 for a temperature it does not have."""
    header = ("timestamp,serial,frame,lat,lon,alt,vel_v,vel_h,heading,temp,humidity,pressure,type,freq_mhz,snr,"
              "f_error_hz,sats,batt_v,burst_timer,aux_data")
    rows = [f"2021-10-30T00:{58 + i // 60:02d}:{i % 60:02d}.000Z,S2250304,{6826 + i},{59.48863 + i * 1e-4:.5f},"
            f"26.47421,{9997.6 + 5 * i:.1f},5.1,23.0,82.6,{-50.7 if i % 2 else -273.0},25.0,-1.0,RS41-SG,404.001,8.3,"
            f"-187,9,2.5,08:28:27,-1" for i in range(10)]
    res = read_track_bytes(_csv(rows, header), "20211030-005841_S2250304_RS41_404001_sonde.log")
    t = res.tracks[0]
    assert t.track_id == "S2250304" and len(t) == 10
    assert t.alt_m[:2].tolist() == [9997.6, 10002.6]
    assert t.attributes["vrate_rep_ms"][0] == 5.1 and t.attributes["speed_rep_ms"][0] == 23.0
    assert np.isnan(t.attributes["pressure_hpa"]).all()
    assert np.isnan(t.attributes["temp_c"][0]) and t.attributes["temp_c"][1] == -50.7
    notes = " ".join(res.notes)
    assert "read in metres, as radiosonde_auto_rx logs and SondeHub exports write it" in notes
    assert "10 value(s) not above 0 hPa" in notes and "5 value(s) at or below absolute zero" in notes


def test_aprs_tracker_export_layout():
    """The flight-data export layout of an APRS chase system (EOSS-style columns, written for the test): feet,
    mph and a bearing; the callsign names the track."""
    header = "datetime,flightid,callsign,aprs_symbol,speed_mph,bearing,altitude_ft,lat,lon,comment"
    rows = [f"2019-03-10 08:{30 + i:02d}:02,EOSS-283,KC0D-14,/O,{10 + i},{180 + i},{4929 + 1000 * i},"
            f"{40.473633 + 0.01 * i:.6f},{-104.962767 + 0.01 * i:.6f},text {i}" for i in range(6)]
    res = read_track_bytes(_csv(rows, header), "eoss.csv", tz="America/Denver")
    t = res.tracks[0]
    assert t.track_id == "KC0D-14" and len(t) == 6
    assert t.alt_m[0] == pytest.approx(4929 * 0.3048)
    assert t.attributes["speed_rep_ms"][1] == pytest.approx(11 * 0.44704)
    assert t.attributes["heading_rep_deg"][2] == 182
    assert t.times[0] == pytest.approx(1552228202.0)  # 08:30:02 MDT = 14:30:02 UTC
    assert any("'speed_mph' as speed_rep_ms (from mph)" in n for n in res.notes)


def test_same_fix_twice_merged_even_when_another_fix_shares_its_time():
    rows = [f"{T0},40.0,-100,1000", f"{T0},40.5,-100,1000", f"{T0},40.0,-100,1000", f"{T0 + 60},40.1,-100,1100"]
    res = read_track_bytes(_csv(rows), "interleaved.csv")
    t = res.tracks[0]
    assert len(t) == 3 and sorted(t.lines.tolist()) == [2, 3, 5]
