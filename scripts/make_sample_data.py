#!/usr/bin/env python3
"""Generate the bundled 2023 balloon sample data (resources/data/).

No public track file of the 2023 balloon exists in the material we could reach, so the track is a
RECONSTRUCTION: reported (and, where nothing was reported, assumed) waypoints joined by geodesics flown at
uniform speed per leg. Every waypoint, site and closure is documented in resources/data/README.md.

Output is deterministic (no randomness, fixed rounding), so tests can regenerate it and compare bytes.

Usage: python3 scripts/make_sample_data.py [--out resources/data]
"""

from __future__ import annotations

import argparse
import math
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
from pyproj import Geod

GEOD = Geod(ellps="WGS84")
NM = 1852.0
STATUTE_MILE = 1609.344

TRACK_ID = "PRC-BALLOON-2023"
TRACK_SOURCE = "reconstruction from public reports (see README)"
STEP_S = 600  # one fix every 10 minutes
UTC = timezone.utc


def _utc(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%MZ").replace(tzinfo=UTC)


SURFSIDE_BEACH = (33.61, -78.97)  # approximate town centre
SHOOTDOWN_OFFSET_NM = 6.0
SHOOTDOWN_BEARING_DEG = 135.0  # "about 6 NM offshore": offshore is to the SE there


def shootdown_point() -> tuple[float, float]:
    """(lat, lon) 6 NM SE of Surfside Beach, the reconstructed shoot-down position."""
    lon, lat, _ = GEOD.fwd(SURFSIDE_BEACH[1], SURFSIDE_BEACH[0], SHOOTDOWN_BEARING_DEG, SHOOTDOWN_OFFSET_NM * NM)
    return lat, lon


# (UTC time, lat, lon, label). Times: reported local times converted (EST = UTC-5, CST = UTC-6);
# "assumed" rows are not reported positions, only plausible points matching the reported day/region.
WAYPOINTS: list[tuple[str, float, float, str]] = [
    ("2023-01-28T06:00Z", 54.00, 175.00, "ADIZ entry north of the Aleutians (assumed point/time)"),
    ("2023-01-29T06:00Z", 62.00, -160.00, "over western Alaska (assumed)"),
    ("2023-01-30T12:00Z", 64.50, -125.00, "Northwest Territories, Canada (assumed point/time)"),
    ("2023-01-31T18:00Z", 48.60, -116.60, "re-enters US over northern Idaho (assumed point/time)"),
    ("2023-02-01T14:00Z", 47.60, -111.05, "passes NE of Malmstrom AFB (assumed point/time)"),
    ("2023-02-01T21:21Z", 45.71, -109.55, "Reed Point MT, 16:21 EST (reported)"),
    ("2023-02-01T23:46Z", 45.78, -108.50, "Billings MT, 18:46 EST (reported)"),
    ("2023-02-03T15:41Z", 39.90, -95.80, "Sabetha KS, 09:41 CST (reported)"),
    ("2023-02-03T17:00Z", 39.77, -94.85, "St Joseph MO, 11:00 CST (reported)"),
    ("2023-02-03T17:30Z", 38.91, -94.38, "Lee's Summit MO, 11:30 CST (reported)"),
    ("2023-02-04T13:40Z", 35.60, -82.55, "Asheville NC, 08:40 EST (reported)"),
    ("2023-02-04T15:22Z", 35.32, -82.46, "Hendersonville NC, 10:22 EST (reported)"),
    ("2023-02-04T19:39Z", *shootdown_point(), "shot down ~6 NM SE of Surfside Beach SC, 14:39 EST (reported)"),
]

# Altitude: reported ~60,000 ft; a smooth daily cycle (balloons rise in sunlight) keeps it plausible.
ALT_MEAN_FT = 60000.0
ALT_AMPLITUDE_FT = 1500.0
ALT_PEAK_UTC = _utc("2023-01-28T20:00Z")  # ~local early afternoon over North America


def reconstruct_track() -> list[tuple[datetime, float, float, int]]:
    """Fixes (time, lat, lon, alt_ft) every STEP_S along the waypoints, plus a final fix at the shoot-down."""
    t_wp = np.array([_utc(w[0]).timestamp() for w in WAYPOINTS])
    lat_wp = np.array([w[1] for w in WAYPOINTS])
    lon_wp = np.array([w[2] for w in WAYPOINTS])
    az, _, dist = GEOD.inv(lon_wp[:-1], lat_wp[:-1], lon_wp[1:], lat_wp[1:])

    times = np.arange(t_wp[0], t_wp[-1], STEP_S, dtype=float)
    if times[-1] != t_wp[-1]:  # the shoot-down time is off the 10-minute grid: end the track exactly there
        times = np.append(times, t_wp[-1])
    leg = np.clip(np.searchsorted(t_wp, times, side="right") - 1, 0, len(az) - 1)
    frac = (times - t_wp[leg]) / (t_wp[leg + 1] - t_wp[leg])
    lon, lat, _ = GEOD.fwd(lon_wp[leg], lat_wp[leg], az[leg], frac * dist[leg])
    phase = 2.0 * math.pi * (times - ALT_PEAK_UTC.timestamp()) / 86400.0
    alt = np.rint(ALT_MEAN_FT + ALT_AMPLITUDE_FT * np.cos(phase)).astype(int)
    return [
        (datetime.fromtimestamp(t, tz=UTC), float(la), float(lo), int(a))
        for t, la, lo, a in zip(times, lat, lon, alt)
    ]


def _fmt_deg(value: float) -> str:
    # "-0.000001" would print as "-0.00000": normalise so output is stable
    text = f"{value:.5f}"
    return "0.00000" if text == "-0.00000" else text


def write_track(path: Path) -> None:
    lines = ["track_id,time,lat,lon,alt_ft,source"]
    for t, lat, lon, alt in reconstruct_track():
        lines.append(
            f"{TRACK_ID},{t.strftime('%Y-%m-%dT%H:%M:%SZ')},{_fmt_deg(lat)},{_fmt_deg(lon)},{alt},{TRACK_SOURCE}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


# name, kind, lat, lon, elev_ft, source
SITES: list[tuple[str, str, float, float, int, str]] = [
    ("Malmstrom AFB (KGFA)", "icbm_base", 47.50472, -111.18722, 3471, "Wikipedia citing AirNav"),
    ("Minot AFB (KMIB)", "icbm_base", 48.41583, -101.35806, 1666, "Wikipedia (FAA)"),
    ("F.E. Warren AFB (KFEW)", "icbm_base", 41.1331, -104.8669, 6161, "secondary source; verify"),
    ("Billings Logan Intl (KBIL)", "airport", 45.80778, -108.54278, 3652, "Wikipedia"),
    ("Offutt AFB (KOFF)", "military_base", 41.1183, -95.9125, 1052, "Wikipedia (FAA airport data); verify"),
    ("Whiteman AFB (KSZL)", "military_base", 38.7300, -93.5479, 870, "Wikipedia (FAA airport data); verify"),
    ("Myrtle Beach Intl (KMYR)", "airport", 33.6797, -78.9283, 25, "Wikipedia (FAA airport data); OurAirports"),
    ("Wilmington Intl (KILM)", "airport", 34.2706, -77.9026, 32, "Wikipedia (FAA airport data); verify"),
    ("Charleston AFB/Intl (KCHS)", "airport", 32.8986, -80.0405, 46, "Wikipedia (FAA airport data); OurAirports"),
]


def write_sites(path: Path) -> None:
    lines = ["name,kind,lat,lon,elev_ft,source"]
    for name, kind, lat, lon, elev, source in SITES:
        lines.append(f"{name},{kind},{lat},{lon},{elev},{source}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def dms(value: float, is_lat: bool) -> str:
    """OpenAir DMS text, e.g. ``45:48:28 N`` / ``108:32:34 W`` (rounded to the whole second)."""
    hemi = ("N" if value >= 0 else "S") if is_lat else ("E" if value >= 0 else "W")
    total = int(round(abs(value) * 3600.0))
    d, rem = divmod(total, 3600)
    m, s = divmod(rem, 60)
    return f"{d:02d}:{m:02d}:{s:02d} {hemi}" if is_lat else f"{d:03d}:{m:02d}:{s:02d} {hemi}"


def point(lat: float, lon: float) -> str:
    return f"{dms(lat, True)} {dms(lon, False)}"


def _square(lat: float, lon: float, half_side_m: float) -> list[tuple[float, float]]:
    """Closed clockwise square (lat, lon) with sides along parallels/meridians, half-side along geodesics."""
    _, north, _ = GEOD.fwd(lon, lat, 0.0, half_side_m)
    _, south, _ = GEOD.fwd(lon, lat, 180.0, half_side_m)
    east, _, _ = GEOD.fwd(lon, lat, 90.0, half_side_m)
    west, _, _ = GEOD.fwd(lon, lat, 270.0, half_side_m)
    ring = [(north, west), (north, east), (south, east), (south, west)]
    return ring + ring[:1]


def _diamond(lat: float, lon: float, half_side_m: float) -> list[tuple[float, float]]:
    """Closed clockwise square (lat, lon) with its corners due N, E, S and W of the centre.

    Its sides run NE-SW and NW-SE, i.e. along and across the coast off Surfside Beach.
    """
    lons, lats, _ = GEOD.fwd([lon] * 4, [lat] * 4, [0.0, 90.0, 180.0, 270.0], [half_side_m * math.sqrt(2.0)] * 4)
    ring = list(zip(lats, lons))
    return ring + ring[:1]


BILLINGS_KBIL = (45.80778, -108.54278)
HAVRE = (48.55, -109.68)  # approximate town centre
# Myrtle Beach national defense airspace: Charleston to Wilmington, offshore to the south and east (assumed
# outline; clockwise, closed). It contains KCHS, KMYR, KILM and the shoot-down point.
MYRTLE_NDA = [
    (34.45, -77.75),
    (33.75, -77.20),
    (32.60, -78.80),
    (32.75, -80.20),
    (33.10, -80.15),
    (34.20, -78.60),
    (34.45, -77.75),
]


def write_closures(path: Path) -> None:
    sd_lat, sd_lon = shootdown_point()
    recovery_half = 10.0 * STATUTE_MILE / 2.0  # "100 square mile box" read as 10 x 10 statute miles
    out = [
        "*VERSION: 2.0",
        "*WRITTEN_BY: Balloon Watch scripts/make_sample_data.py",
        "* Airspace closures of the 2023 balloon incident, RECONSTRUCTED from press reports (see README.md).",
        "* No NOTAM text or limits were published in the reports found: shapes, windows and limits marked",
        "* 'assumption' are ours. Times are UTC. GND = surface.",
        "",
        "* (a) Billings ground stop, 1 Feb 2023.",
        "* Source: Billings Gazette ('a 50-mile radius including BIL'), ground stop about 2 h by Salt Lake ARTCC.",
        "* Assumption: circle centred on KBIL, radius read as 50 NM; window 22:30-00:30 UTC around the",
        "* 23:46 UTC overflight; limits GND-UNL (none reported).",
        "AC UNC",
        "AY TFR",
        "AN BILLINGS GROUND STOP 2023-02-01 (RECONSTRUCTED)",
        "AA 2023-02-01T22:30Z/2023-02-02T00:30Z",
        "AL GND",
        "AH UNL",
        f"V X={point(*BILLINGS_KBIL)}",
        "DC 50",
        "",
        "* (b) Myrtle Beach national defense airspace, 4 Feb 2023, 12:45-15:30 EST (17:45-20:30 UTC).",
        "* Source: press reports ('about 140 NM wide, from Charleston to Wilmington and to the south and east';",
        "* ground stops at ILM, MYR, CHS). Assumption: polygon outline ours; limits GND-UNL (none reported).",
        "AC UNC",
        "AY TFR",
        "AN MYRTLE BEACH NATIONAL DEFENSE AIRSPACE 2023-02-04 (RECONSTRUCTED)",
        "AA 2023-02-04T17:45Z/2023-02-04T20:30Z",
        "AL GND",
        "AH UNL",
        *[f"DP {point(lat, lon)}" for lat, lon in MYRTLE_NDA],
        "",
        "* (c) Havre MT national defense airspace, 11 Feb 2023, cancelled the same evening.",
        "* Source: press reports ('about 50 x 50 NM over Havre'). Assumption: square centred on Havre town",
        "* centre, sides along meridians/parallels; window 16:00-19:00 MST (23:00-02:00 UTC); GND-UNL.",
        "AC UNC",
        "AY TFR",
        "AN HAVRE NATIONAL DEFENSE AIRSPACE 2023-02-11 (RECONSTRUCTED)",
        "AA 2023-02-11T23:00Z/2023-02-12T02:00Z",
        "AL GND",
        "AH UNL",
        *[f"DP {point(lat, lon)}" for lat, lon in _square(*HAVRE, 25.0 * NM)],
        "",
        "* (d) Recovery area off Surfside Beach SC, 4-16 Feb 2023.",
        "* Source: press reports ('a 100 square mile box', lifted when recovery ended on Feb 16).",
        "* Assumption: 10 x 10 statute-mile square centred on the reconstructed shoot-down point (6 NM SE of",
        "* Surfside Beach), sides along and across the coast; window from the end of (b) to the end of",
        "* 16 Feb EST; limits GND-UNL (none reported).",
        "AC UNC",
        "AY TFR",
        "AN SURFSIDE BEACH RECOVERY AREA 2023-02-04/16 (RECONSTRUCTED)",
        "AA 2023-02-04T20:30Z/2023-02-17T05:00Z",
        "AL GND",
        "AH UNL",
        *[f"DP {point(lat, lon)}" for lat, lon in _diamond(sd_lat, sd_lon, recovery_half)],
    ]
    path.write_text("\n".join(out) + "\n", encoding="utf-8", newline="\n")


def generate(out_dir: Path) -> list[Path]:
    """Write the three sample files into ``out_dir``; return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = [
        out_dir / "balloon_2023_reconstructed.csv",
        out_dir / "sites_2023.csv",
        out_dir / "closures_2023.txt",
    ]
    write_track(paths[0])
    write_sites(paths[1])
    write_closures(paths[2])
    return paths


def main(argv: list[str] | None = None) -> int:
    default_out = Path(__file__).resolve().parents[1] / "resources" / "data"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=default_out, help="output folder (default: resources/data)")
    args = parser.parse_args(argv)
    for path in generate(args.out):
        print(path)  # a CLI script: printing the written paths is its output
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
