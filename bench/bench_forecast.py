"""Back-test the persistence forecast on the bundled sample track (and the real habhub CSV) and time the pieces.

Prints one result line and writes bench/out/forecast.json. Run: .venv/bin/python bench/bench_forecast.py

The bundled 2023 track is a *reconstruction* (geodesic interpolation between publicly reported waypoints), so its
errors measure persistence against that smooth reconstruction, not against a real balloon. The habhub file is a
real third-party *simulated* ascent (2.6 h): only short leads can be scored on it.
"""

from __future__ import annotations

import csv
import json
import sys
import time
from datetime import datetime
from pathlib import Path

import numpy as np
import pyproj

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / ".build" / "pkg"
if not (PKG / "balloon_watch").exists():
    PKG.mkdir(parents=True, exist_ok=True)
    (PKG / "balloon_watch").symlink_to(ROOT, target_is_directory=True)
sys.path.insert(0, str(PKG))

from balloon_watch.plugin.core.forecast import (  # noqa: E402
    calibrate_cone,
    cone_polygon,
    eta,
    forecast_persistence,
)
from balloon_watch.plugin.core.model import Track  # noqa: E402

SAMPLE = ROOT / "resources" / "data" / "balloon_2023_reconstructed.csv"
SITES = ROOT / "resources" / "data" / "sites_2023.csv"
HABHUB = ROOT.parent / "shared" / "realdata" / "balloon" / "habhub_sim_flight_path_japan_epoch.csv"
OUT = ROOT / "bench" / "out" / "forecast.json"
GEOD = pyproj.Geod(ellps="WGS84")


def load_sample(path: Path) -> Track:
    """Minimal loader for the bundled CSV (track_id,time,lat,lon,alt_ft,...), independent of the track readers."""
    t, lat, lon, alt = [], [], [], []
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            t.append(datetime.fromisoformat(row["time"].replace("Z", "+00:00")).timestamp())
            lat.append(float(row["lat"]))
            lon.append(float(row["lon"]))
            alt.append(float(row["alt_ft"]) * 0.3048)
    return Track("sample-2023", lon, lat, t, alt, source=str(path))


def load_habhub(path: Path) -> Track:
    """Headerless epoch,lat,lon,alt_m."""
    arr = np.loadtxt(path, delimiter=",")
    return Track("habhub-sim", arr[:, 2], arr[:, 1], arr[:, 0], arr[:, 3], source=str(path))


def _h(t: float | None, t0: float) -> float | None:
    return None if t is None else round((t - t0) / 3600.0, 2)


def fmt(row: dict) -> str:
    if not row["n"]:
        return f"{row['lead_h']:g}h: n=0"
    med, p90 = row["median_m"] / 1000, row["p90_m"] / 1000
    return f"{row['lead_h']:g}h: median {med:.1f} km, p90 {p90:.1f} km (n={row['n']})"


def main() -> None:
    result: dict = {"tracks": {}}
    track = load_sample(SAMPLE)
    t0 = time.perf_counter()
    cal = calibrate_cone(track, "persistence", leads_h=(1, 6, 24), stride=1, window_h=3.0)
    t_cal = time.perf_counter() - t0
    windows = {}
    for w in (1.0, 3.0, 6.0):
        r = calibrate_cone(track, "persistence", leads_h=(1, 6, 24), stride=1, window_h=w)
        windows[f"{w:g}h"] = r["leads"]
    t0 = time.perf_counter()
    fc = forecast_persistence(track, horizon_h=24.0, step_min=30.0, cone=cal)
    t_fc = time.perf_counter() - t0
    t0 = time.perf_counter()
    poly = cone_polygon(fc, tolerance_m=100.0)
    t_poly = time.perf_counter() - t0
    sites = []
    with open(SITES, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            sites.append((row["name"], float(row["lon"]), float(row["lat"])))
    t0 = time.perf_counter()
    etas = eta(fc, sites, 50 * 1852.0)
    t_eta = time.perf_counter() - t0
    result["tracks"]["sample-2023"] = {
        "source": str(SAMPLE.relative_to(ROOT)),
        "n_fixes": cal["n_fixes"], "span_h": cal["span_h"], "n_origins": cal["n_origins"],
        "window_h": cal["window_h"], "leads": cal["leads"], "cone_model": cal["model"],
        "linear_fit": cal["linear_fit"], "by_window": windows,
    }
    result["timing_s"] = {
        "calibrate_cone_all_origins": t_cal, "forecast_persistence_24h": t_fc,
        "cone_polygon_24h_tol100m": t_poly, "eta_sites": t_eta,
    }
    result["eta_50nm_from_last_fix"] = [
        {"site": e.site, "cpa_km": round(e.cpa_distance_m / 1000, 1),
         "cpa_h": round((e.cpa_time - fc.times[0]) / 3600, 2),
         "likely_entry_h": None if e.likely_entry is None else round((e.likely_entry - fc.times[0]) / 3600, 2)}
        for e in etas
    ]
    # ETA back-test: forecast from 2023-02-01 12:00Z (before the Montana overflight) and compare the predicted
    # entry into 50 NM of each site with the time the (reconstructed) track really got there
    t_origin = datetime.fromisoformat("2023-02-01T12:00:00+00:00").timestamp()
    k = int(np.searchsorted(track.times, t_origin, side="right"))
    past = Track("sample-2023", track.lon[:k], track.lat[:k], track.times[:k], track.alt_m[:k])
    fc_past = forecast_persistence(past, horizon_h=24.0, step_min=10.0, cone=cal)
    rows = []
    for e in eta(fc_past, sites, 50 * 1852.0):
        d = GEOD.inv(track.lon, track.lat, np.full(len(track), e.lon), np.full(len(track), e.lat))[2]
        after = (track.times >= t_origin) & (track.times <= fc_past.times[-1]) & (d <= 50 * 1852.0)
        actual = float(track.times[np.argmax(after)]) if after.any() else None
        rows.append({"site": e.site,
                     "earliest_entry_h": _h(e.earliest_entry, t_origin), "likely_entry_h": _h(e.likely_entry, t_origin),
                     "actual_entry_h": _h(actual, t_origin), "cpa_km": round(e.cpa_distance_m / 1000, 1)})
    result["eta_backtest_from_2023-02-01T12Z"] = rows
    result["cone_polygon"] = {"parts": len(poly), "vertices": sum(len(r) for p in poly for r in p)}
    if HABHUB.exists():
        hh = load_habhub(HABHUB)
        hcal = calibrate_cone(hh, "persistence", leads_h=(0.25, 0.5, 1.0), stride=1, window_h=0.5)
        result["tracks"]["habhub-sim"] = {
            "source": str(HABHUB), "n_fixes": hcal["n_fixes"], "span_h": hcal["span_h"],
            "n_origins": hcal["n_origins"], "window_h": hcal["window_h"], "leads": hcal["leads"],
        }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2))
    line = "; ".join(fmt(r) for r in cal["leads"])
    print(f"forecast persistence back-test on sample-2023 ({cal['n_origins']} origins, 3 h window): {line}; "
          f"calibrate {t_cal:.2f} s, forecast {t_fc * 1000:.1f} ms, cone polygon {t_poly * 1000:.0f} ms "
          f"({result['cone_polygon']['vertices']} vertices) -> {OUT.relative_to(ROOT)}")
    if "habhub-sim" in result["tracks"]:
        print("habhub-sim (0.5 h window): " + "; ".join(fmt(r) for r in result["tracks"]["habhub-sim"]["leads"]))


if __name__ == "__main__":
    main()
