"""Airspace benchmark: OpenAir parse speed and closure flagging speed.

1. Generate a ~1 MB OpenAir file (about 1,600 airspaces: DP polygons, DC circles, DA/DB arcs) in bench/out/
   and time ``read_airspace_file`` (floor: 2 s).
2. Generate 10,000 closures and a 1,000,000-fix track and time ``flag_closures`` (floor: 15 s).
Prints one result line and writes bench/out/airspace.json.

Run: .venv/bin/python bench/bench_airspace.py
"""

from __future__ import annotations

import json
import math
import time
from pathlib import Path

import numpy as np
from bench_paths import OUT, ROOT  # noqa: E402,F401 - also puts the plugin on sys.path

from balloon_watch.plugin.core.airspace import geometry as geo  # noqa: E402
from balloon_watch.plugin.core.airspace import read_airspace_file  # noqa: E402
from balloon_watch.plugin.core.flagging import flag_closures  # noqa: E402
from balloon_watch.plugin.core.model import Airspace, Track  # noqa: E402

PARSE_FLOOR_S = 2.0
FLAG_FLOOR_S = 15.0


def dms(v: float, lat: bool) -> str:
    h = ("N" if v >= 0 else "S") if lat else ("E" if v >= 0 else "W")
    s = round(abs(v) * 3600)
    d, r = divmod(s, 3600)
    m, sec = divmod(r, 60)
    return f"{d:02d}:{m:02d}:{sec:02d} {h}" if lat else f"{d:03d}:{m:02d}:{sec:02d} {h}"


def make_openair(path: Path, n: int = 1600, seed: int = 1, close_rings: bool = False) -> int:
    """A national-size OpenAir file: polygons, circles, DA and DB arcs. ``close_rings`` repeats the first point
    of the arc shapes at the end (the openAIP parser requires explicitly closed rings)."""
    rng = np.random.default_rng(seed)
    lines = ["* generated national-size benchmark file" if close_rings else "* generated benchmark file"]
    for i in range(n):
        lon, lat = rng.uniform(-120, -75), rng.uniform(28, 48)
        kind = i % 4
        lines += [f"AC {'RQPD'[i % 4]}", f"AN BENCH {i} {'POLY CIRCLE ARC-DA ARC-DB'.split()[kind]}",
                  f"AL {int(rng.integers(0, 50)) * 100}ft AMSL", f"AH FL{int(rng.integers(100, 600))}"]  # fmt: skip
        if kind == 0:  # polygon with many vertices (coastline-like)
            k = int(rng.integers(60, 110))
            ang = np.sort(rng.uniform(0, 2 * math.pi, k))
            r = rng.uniform(0.05, 0.3) * (1 + 0.2 * rng.uniform(-1, 1, k))
            for a, rr in zip(ang, r):
                plon = lon + rr * math.cos(a) / math.cos(math.radians(lat))
                lines.append(f"DP {dms(lat + rr * math.sin(a), True)} {dms(plon, False)}")
            lines.append(lines[-k])
        elif kind == 1:
            lines += [f"V X={dms(lat, True)} {dms(lon, False)}", f"DC {rng.uniform(1, 15):.2f}"]
        elif kind == 2:
            first = f"DP {dms(lat + 0.2, True)} {dms(lon - 0.2, False)}"
            lines += [first, f"V X={dms(lat, True)} {dms(lon, False)}", "V D=+",
                      f"DA {rng.uniform(3, 10):.1f},{int(rng.integers(0, 90))},{int(rng.integers(180, 270))}",
                      f"DP {dms(lat - 0.3, True)} {dms(lon - 0.3, False)}"]  # fmt: skip
            lines += [first] if close_rings else []
        else:
            # D shape: west side straight, east side an arc clockwise from NE to SE
            first = f"DP {dms(lat + 0.1, True)} {dms(lon - 0.3, False)}"
            lines += [first, "V D=+", f"V X={dms(lat, True)} {dms(lon, False)}",
                      f"DB {dms(lat + 0.1, True)} {dms(lon + 0.15, False)}, "
                      f"{dms(lat - 0.1, True)} {dms(lon + 0.15, False)}",
                      f"DP {dms(lat - 0.1, True)} {dms(lon - 0.3, False)}"]  # fmt: skip
            lines += [first] if close_rings else []
        lines.append("")
    text = "\n".join(lines)
    path.write_text(text)
    return len(text.encode())


def make_closures(n: int = 10_000, seed: int = 2) -> list[Airspace]:
    rng = np.random.default_rng(seed)
    out = []
    t0 = 1_675_500_000.0
    for i in range(n):
        lon, lat = rng.uniform(-125, -70), rng.uniform(25, 50)
        r = rng.uniform(2_000, 30_000)
        mp = geo.circle(lon, lat, r, 10.0) if i % 2 == 0 else _square(lon, lat, r)
        start = t0 + rng.uniform(0, 86400 * 10) if i % 3 == 0 else None
        end = start + rng.uniform(3600, 86400) if start is not None else None
        out.append(Airspace(f"C{i}", f"closure {i}", "TFR", mp, 0.0, "SFC", float(rng.uniform(3000, 20000)), "MSL",
                            start, end))  # fmt: skip
    return out


def _square(lon, lat, r):
    d = r / 111_320.0
    dx = d / math.cos(math.radians(lat))
    ring = [(lon - dx, lat - d), (lon + dx, lat - d), (lon + dx, lat + d), (lon - dx, lat + d), (lon - dx, lat - d)]
    return [[ring]]


def make_track(n: int = 1_000_000, seed: int = 3) -> Track:
    # a balloon drifting east across the US, meandering; 1 fix per second (about 11.6 days)
    rng = np.random.default_rng(seed)
    t = 1_675_500_000.0 + np.arange(n, dtype=float)
    heading = np.cumsum(rng.normal(0, 0.002, n)) + 0.3
    speed = 25.0  # m/s
    dlat = speed * np.sin(heading) / 111_320.0
    lat = 35.0 + np.cumsum(dlat)
    lat = 25 + np.abs((lat - 25) % 50 - 25)  # reflect to stay in 25..50
    dlon = speed * np.cos(heading) / (111_320.0 * np.cos(np.radians(lat)))
    lon = -125.0 + np.mod(np.cumsum(dlon), 55.0)
    alt = 18_000 + 2_000 * np.sin(np.arange(n) / 20_000.0)
    return Track("BENCH", lon, lat, t, alt)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / "bench_openair.txt"
    size = make_openair(path)
    runs = []
    for _ in range(3):  # the first run also pays for importing the parser modules: report it separately
        t = time.perf_counter()
        res = read_airspace_file(path)
        runs.append(time.perf_counter() - t)
    cold_s, parse_s = runs[0], min(runs)
    closures = make_closures()
    track = make_track()
    t = time.perf_counter()
    fr = flag_closures([track], closures)
    flag_s = time.perf_counter() - t
    counts: dict[str, int] = {}
    for f in fr.closures:
        counts[f.status] = counts.get(f.status, 0) + 1
    result = {
        "openair_bytes": size, "openair_airspaces": len(res.airspaces), "openair_issues": len(res.issues),
        "parse_s": round(parse_s, 3), "parse_cold_s": round(cold_s, 3), "parse_floor_s": PARSE_FLOOR_S,
        "parse_ok": parse_s <= PARSE_FLOOR_S,
        "closures": len(closures), "track_fixes": len(track), "flag_s": round(flag_s, 3),
        "flag_floor_s": FLAG_FLOOR_S, "flag_ok": flag_s <= FLAG_FLOOR_S, "statuses": counts, "events": len(fr.events),
    }  # fmt: skip
    (OUT / "airspace.json").write_text(json.dumps(result, indent=2))
    print(
        f"airspace bench: parse {size / 1e6:.2f} MB / {len(res.airspaces)} airspaces in {parse_s:.2f} s best of 3, "
        f"{cold_s:.2f} s cold (floor {PARSE_FLOOR_S} s); flag {len(track):,} fixes x {len(closures):,} closures "
        f"in {flag_s:.2f} s "
        f"(floor {FLAG_FLOOR_S} s); statuses {counts}"
    )


if __name__ == "__main__":
    main()
