"""make bench: run every benchmark script in bench/ and collect the JSON results in bench/out/.

Each bench script prints its own lines; this runner only sequences them and reports failures.
Heavy workloads live here, never in make test.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ORDER = ["bench_import.py", "bench_import_gpkg.py", "bench_sites.py", "bench_sites_compare.py",
         "bench_airspace.py", "bench_openair_peer.py", "bench_forecast.py", "bench_postgis.py"]


def main() -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=f"{ROOT / '.build' / 'pkg'}")
    link = ROOT / ".build" / "pkg" / "balloon_watch"
    if not link.exists():
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to(ROOT, target_is_directory=True)
    (ROOT / "bench" / "out").mkdir(parents=True, exist_ok=True)
    only = set(sys.argv[1:])
    failed = []
    for name in ORDER:
        script = ROOT / "bench" / name
        if not script.exists() or (only and name not in only):
            continue
        print(f"\n=== {name}", flush=True)
        t = time.time()
        proc = subprocess.run([sys.executable, str(script)], cwd=ROOT, env=env)
        print(f"=== {name}: exit {proc.returncode} in {time.time() - t:.1f} s", flush=True)
        if proc.returncode:
            failed.append(name)
    if failed:
        print("FAILED:", ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
