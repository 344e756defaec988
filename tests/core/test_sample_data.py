"""The bundled 2023 sample data: reproducible, and faithful to the public reports it was rebuilt from.

Checks use pyproj's Geod on the committed files themselves, never the generator's own helpers.
"""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pytest
from pyproj import Geod

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "resources" / "data"
SCRIPT = ROOT / "scripts" / "make_sample_data.py"
FILES = ("balloon_2023_reconstructed.csv", "sites_2023.csv", "closures_2023.txt")
GEOD = Geod(ellps="WGS84")
NM = 1852.0

MALMSTROM = (47.50472, -111.18722)  # FACTS-2023.md (Wikipedia citing AirNav)
BILLINGS = (45.78, -108.50)  # approximate town centre
SURFSIDE = (33.61, -78.97)  # approximate town centre


def _utc(text: str) -> float:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc).timestamp()


@pytest.fixture(scope="module")
def track() -> dict[str, np.ndarray]:
    with open(DATA / FILES[0], newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return {
        "rows": rows,
        "t": np.array([_utc(r["time"]) for r in rows]),
        "lat": np.array([float(r["lat"]) for r in rows]),
        "lon": np.array([float(r["lon"]) for r in rows]),
        "alt": np.array([float(r["alt_ft"]) for r in rows]),
    }


def _dist_m(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    n = len(lats)
    return GEOD.inv(np.full(n, lon), np.full(n, lat), lons, lats)[2]


def _position_at(track: dict, t: float) -> tuple[float, float]:
    """Geodesic interpolation between the two fixes bracketing ``t``."""
    i = int(np.searchsorted(track["t"], t, side="right")) - 1
    f = (t - track["t"][i]) / (track["t"][i + 1] - track["t"][i])
    lat0, lon0, lat1, lon1 = track["lat"][i], track["lon"][i], track["lat"][i + 1], track["lon"][i + 1]
    az, _, d = GEOD.inv(lon0, lat0, lon1, lat1)
    lon, lat, _ = GEOD.fwd(lon0, lat0, az, f * d)
    return lat, lon


def test_generator_reproduces_committed_files_byte_for_byte(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(SCRIPT), "--out", str(tmp_path)], check=True, capture_output=True)
    for name in FILES:
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name


def test_track_is_a_plain_labelled_csv(track: dict) -> None:
    text = (DATA / FILES[0]).read_text(encoding="utf-8")
    assert text.splitlines()[0] == "track_id,time,lat,lon,alt_ft,source"
    assert not any(line.startswith("#") for line in text.splitlines())
    assert {r["track_id"] for r in track["rows"]} == {"PRC-BALLOON-2023"}
    assert {r["source"] for r in track["rows"]} == {"reconstruction from public reports (see README)"}
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", r["time"]) for r in track["rows"])


def test_times_strictly_increasing_every_ten_minutes(track: dict) -> None:
    dt = np.diff(track["t"])
    assert (dt > 0).all()
    # a fix every 10 min; only the last interval (ending at the reported shoot-down time) may be shorter
    assert (dt[:-1] == 600).all() and 0 < dt[-1] <= 600
    assert track["rows"][0]["time"].startswith("2023-01-28")


def test_track_starts_west_of_and_crosses_the_antimeridian(track: dict) -> None:
    lon, lat = track["lon"], track["lat"]
    assert 170.0 < lon[0] < 180.0
    jumps = np.nonzero(np.abs(np.diff(lon)) > 180.0)[0]
    assert len(jumps) == 1
    i = jumps[0]
    assert lon[i] > 0 > lon[i + 1]
    # a real crossing between neighbouring fixes, not a jump across the globe
    assert GEOD.inv(lon[i], lat[i], lon[i + 1], lat[i + 1])[2] < 20_000


def test_passes_close_to_malmstrom_before_billings(track: dict) -> None:
    d = _dist_m(*MALMSTROM, track["lat"], track["lon"])
    i = int(d.argmin())
    assert d[i] < 25_000
    assert _utc("2023-02-01T00:00:00Z") <= track["t"][i] < _utc("2023-02-01T23:46:00Z")


def test_over_billings_around_2346_utc(track: dict) -> None:
    near = np.abs(track["t"] - _utc("2023-02-01T23:46:00Z")) <= 600
    assert near.sum() == 2
    assert _dist_m(*BILLINGS, track["lat"][near], track["lon"][near]).min() < 5_000


@pytest.mark.parametrize(
    ("when", "lat", "lon"),
    [
        ("2023-02-01T21:21:00Z", 45.71, -109.55),  # Reed Point, 16:21 EST
        ("2023-02-01T23:46:00Z", 45.78, -108.50),  # Billings, 18:46 EST
        ("2023-02-03T15:41:00Z", 39.90, -95.80),  # Sabetha, 09:41 CST
        ("2023-02-03T17:00:00Z", 39.77, -94.85),  # St Joseph, 11:00 CST
        ("2023-02-03T17:30:00Z", 38.91, -94.38),  # Lee's Summit, 11:30 CST
        ("2023-02-04T13:40:00Z", 35.60, -82.55),  # Asheville, 08:40 EST
        ("2023-02-04T15:22:00Z", 35.32, -82.46),  # Hendersonville, 10:22 EST
    ],
)
def test_reported_sightings_are_on_the_track(track: dict, when: str, lat: float, lon: float) -> None:
    p_lat, p_lon = _position_at(track, _utc(when))
    # The fixes follow the 10-minute grid, not the reported times, so at a turn the chord between the two
    # fixes around a sighting cuts the corner (worst: ~2 km at Hendersonville, where 19 km/h meets 90 km/h).
    assert GEOD.inv(lon, lat, p_lon, p_lat)[2] < 2_500


def test_ends_six_nm_south_east_of_surfside_beach(track: dict) -> None:
    lon, lat, _ = GEOD.fwd(SURFSIDE[1], SURFSIDE[0], 135.0, 6 * NM)
    assert GEOD.inv(lon, lat, track["lon"][-1], track["lat"][-1])[2] < 2_000
    assert track["rows"][-1]["time"] == "2023-02-04T19:39:00Z"


def test_altitude_near_sixty_thousand_feet(track: dict) -> None:
    alt = track["alt"]
    assert alt.min() >= 55_000 and alt.max() <= 65_000
    assert alt.max() - alt.min() > 1_000  # it does vary


def test_sites_carry_the_facts_positions_and_sources() -> None:
    with open(DATA / FILES[1], newline="", encoding="utf-8") as fh:
        rows = {r["name"]: r for r in csv.DictReader(fh)}
    facts = {  # FACTS-2023.md
        "Malmstrom AFB (KGFA)": (47.50472, -111.18722, 3471),
        "Minot AFB (KMIB)": (48.41583, -101.35806, 1666),
        "F.E. Warren AFB (KFEW)": (41.1331, -104.8669, 6161),
        "Billings Logan Intl (KBIL)": (45.80778, -108.54278, 3652),
    }
    for name, (lat, lon, elev) in facts.items():
        row = rows[name]
        assert (float(row["lat"]), float(row["lon"]), int(row["elev_ft"])) == (lat, lon, elev)
    assert "verify" in rows["F.E. Warren AFB (KFEW)"]["source"]
    assert all(r["source"] and r["kind"] for r in rows.values())


# --- closures: a minimal independent OpenAir reading (DP / V X= / DC only) ---------------------------------

COORD = re.compile(r"(\d{2}):(\d{2}):(\d{2}) ([NS]) (\d{3}):(\d{2}):(\d{2}) ([EW])")


def _coord(text: str) -> tuple[float, float]:
    m = COORD.fullmatch(text.strip())
    assert m, text
    lat = int(m[1]) + int(m[2]) / 60 + int(m[3]) / 3600
    lon = int(m[5]) + int(m[6]) / 60 + int(m[7]) / 3600
    return (-lat if m[4] == "S" else lat), (-lon if m[8] == "W" else lon)


@pytest.fixture(scope="module")
def closures() -> dict[str, dict]:
    text = (DATA / FILES[2]).read_text(encoding="utf-8")
    assert text.startswith("*VERSION: 2.0\n*WRITTEN_BY: ")
    records: list[dict] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("*"):
            continue
        key, _, value = line.partition(" ")
        if key == "AC":
            records.append({"AC": value, "DP": []})
        elif key == "DP":
            records[-1]["DP"].append(_coord(value))
        elif key == "V":
            assert value.startswith("X=")
            records[-1]["X"] = _coord(value[2:])
        else:
            records[-1][key] = value
    return {r["AN"].split()[0]: r for r in records}


def _window(record: dict) -> tuple[float, float]:
    start, end = record["AA"].split("/")
    return _utc(start.replace("Z", ":00Z")), _utc(end.replace("Z", ":00Z"))


def _inside(lat: float, lon: float, ring: list[tuple[float, float]]) -> bool:
    inside = False  # even-odd ray casting; fine for these small, non-polar polygons
    for (la0, lo0), (la1, lo1) in zip(ring, ring[1:]):
        if (la0 > lat) != (la1 > lat) and lon < lo0 + (lat - la0) * (lo1 - lo0) / (la1 - la0):
            inside = not inside
    return inside


def test_closures_are_complete_openair_2_records(closures: dict) -> None:
    assert set(closures) == {"BILLINGS", "MYRTLE", "HAVRE", "SURFSIDE"}
    for rec in closures.values():
        assert rec["AC"] == "UNC" and rec["AY"] == "TFR" and rec["AL"] == "GND" and rec["AH"] == "UNL"
        start, end = _window(rec)
        assert start < end
        if rec["DP"]:
            assert rec["DP"][0] == rec["DP"][-1] and len(rec["DP"]) >= 5
            # clockwise (as OpenAir 2.x asks): negative signed area in (lon, lat)
            ring = np.array(rec["DP"])
            area2 = np.sum(ring[:-1, 1] * ring[1:, 0] - ring[1:, 1] * ring[:-1, 0])
            assert area2 < 0


def test_billings_closure_covers_the_overflight(closures: dict, track: dict) -> None:
    rec = closures["BILLINGS"]
    c_lat, c_lon = rec["X"]
    assert abs(c_lat - 45.80778) < 1e-3 and abs(c_lon + 108.54278) < 1e-3
    start, end = _window(rec)
    assert start < _utc("2023-02-01T23:46:00Z") < end and end - start == 2 * 3600
    active = (track["t"] >= start) & (track["t"] <= end)
    d = _dist_m(c_lat, c_lon, track["lat"][active], track["lon"][active])
    assert d.min() < 5_000 and d.max() < float(rec["DC"]) * NM


def test_myrtle_beach_nda_contains_the_shootdown_and_airports(closures: dict, track: dict) -> None:
    rec = closures["MYRTLE"]
    start, end = _window(rec)
    assert (start, end) == (_utc("2023-02-04T17:45:00Z"), _utc("2023-02-04T20:30:00Z"))
    assert start < track["t"][-1] < end
    assert _inside(track["lat"][-1], track["lon"][-1], rec["DP"])
    for lat, lon in [(33.6797, -78.9283), (34.2706, -77.9026), (32.8986, -80.0405)]:  # MYR, ILM, CHS
        assert _inside(lat, lon, rec["DP"])
    assert not _inside(35.60, -82.55, rec["DP"])  # Asheville is outside
    # "about 140 NM wide": the widest extent of the outline, by geodesic distance between vertices
    pts = rec["DP"][:-1]
    widest = max(GEOD.inv(a[1], a[0], b[1], b[0])[2] for a in pts for b in pts)
    assert 120 * NM < widest < 180 * NM


def test_havre_square_is_about_fifty_nm(closures: dict) -> None:
    ring = closures["HAVRE"]["DP"]
    sides = [GEOD.inv(a[1], a[0], b[1], b[0])[2] / NM for a, b in zip(ring, ring[1:])]
    assert all(48 < s < 52 for s in sides), sides
    lat = np.mean([p[0] for p in ring[:-1]])
    lon = np.mean([p[1] for p in ring[:-1]])
    assert GEOD.inv(lon, lat, -109.68, 48.55)[2] < 2_000


def test_recovery_box_is_100_square_miles_around_the_debris(closures: dict, track: dict) -> None:
    rec = closures["SURFSIDE"]
    ring = rec["DP"]
    area, _ = GEOD.polygon_area_perimeter([p[1] for p in ring[:-1]], [p[0] for p in ring[:-1]])
    assert abs(abs(area) / 1609.344**2 - 100.0) < 2.0
    assert _inside(track["lat"][-1], track["lon"][-1], ring)
    start, end = _window(rec)
    assert start >= track["t"][-1] and end > _utc("2023-02-16T00:00:00Z")
