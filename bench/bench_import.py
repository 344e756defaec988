"""Benchmark: pure-Python part of a track import (parse + derive) of a 1,000,000-fix CSV.

Generates bench/out/track_1m.csv (ISO 8601 'Z' times, decimal lat/lon, altitude in metres) if missing,
times ``read_track_file`` + ``derive`` and prints seconds and peak RSS; writes bench/out/import_core.json.
Budget: <= 6 s and well under 1 GB on the 2-core reference machine.
"""

from __future__ import annotations

import json
import resource
import time
from pathlib import Path

import numpy as np
from bench_paths import OUT, ROOT  # noqa: E402,F401 - also puts the plugin on sys.path

from balloon_watch.plugin.core.tracks import derive, read_track_file  # noqa: E402

N = 1_000_000
BUDGET_S = 6.0


def make_csv(path: Path, n: int = N) -> None:
    """A drifting balloon: 1 fix per 10 s across the Pacific (crossing the antimeridian), 18-20 km up."""
    t0 = np.datetime64("2023-01-28T00:00:00", "s")
    i = np.arange(n)
    times = (t0 + i * 10).astype(str)
    lon = (150.0 + i * 1e-4 + 180.0) % 360.0 - 180.0
    lat = 45.0 + 2.0 * np.sin(i / 20000.0)
    alt = 18500.0 + 1000.0 * np.sin(i / 5000.0)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("time,lat,lon,alt_m\n")
        for k in range(0, n, 100_000):
            s = slice(k, k + 100_000)
            fh.write("".join(f"{a}Z,{b:.6f},{c:.6f},{d:.1f}\n"
                             for a, b, c, d in zip(times[s], lat[s], lon[s], alt[s])))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / "track_1m.csv"
    if not path.exists():
        make_csv(path)
    t = time.perf_counter()
    res = read_track_file(str(path))
    t_read = time.perf_counter() - t
    d = derive(res.tracks[0])
    total = time.perf_counter() - t
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    tr = res.tracks[0]
    result = {
        "fixes": len(tr), "read_s": round(t_read, 3), "derive_s": round(total - t_read, 3),
        "total_s": round(total, 3), "budget_s": BUDGET_S, "peak_rss_mb": round(rss_mb, 1),
        "skipped": len(res.issues), "median_speed_ms": float(np.nanmedian(d["speed_ms"])),
        "ok": total <= BUDGET_S and rss_mb < 1024,
    }
    (OUT / "import_core.json").write_text(json.dumps(result, indent=2))
    print(f"import_core: {len(tr)} fixes, read {t_read:.2f} s + derive {total - t_read:.2f} s = {total:.2f} s "
          f"(budget {BUDGET_S} s), peak RSS {rss_mb:.0f} MB -> {'OK' if result['ok'] else 'TOO SLOW/BIG'}")


if __name__ == "__main__":
    main()
