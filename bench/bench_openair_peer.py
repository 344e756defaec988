"""OpenAir: our reader against the openAIP parser (npm ``@openaip/openair-parser``).

Compares, on (a) the openAIP fixtures in ../shared/realdata/openair and (b) a generated national-size file
(~1,600 airspaces, ~1 MB, the bench_airspace generator with every ring closed explicitly, which the openAIP
parser requires): airspace counts, geodesic areas (pyproj Geod) of the airspaces both parsed, limits in metres,
and parse time (best of 3; the peer's time is measured inside node, without node's start-up).

The peer rejects a whole file at its first error while we skip the bad record: on the generated file, blocks
the peer refuses are removed one by one (and listed) until it parses, so both read the same airspaces.
Our reader splits an OpenAir v2 block with several AA activation windows into one airspace per window: counts
are compared per definition block (our airspaces grouped by their starting line).

Run: .venv/bin/python bench/bench_openair_peer.py   (installs the npm package into bench/out/node once)
Prints one result line and writes bench/out/openair_peer.json.
"""

from __future__ import annotations

import json
import math
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
from pyproj import Geod

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / ".build" / "pkg"))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))
if not (ROOT / ".build" / "pkg" / "balloon_watch").exists():
    (ROOT / ".build" / "pkg").mkdir(parents=True, exist_ok=True)
    (ROOT / ".build" / "pkg" / "balloon_watch").symlink_to(ROOT, target_is_directory=True)

from bench_airspace import make_openair  # noqa: E402
from bw_paths import REALDATA  # noqa: E402

from balloon_watch.plugin.core.airspace import read_airspace_file  # noqa: E402
from balloon_watch.plugin.core.errors import InputError  # noqa: E402

OUT = ROOT / "bench" / "out"
NODE_DIR = OUT / "node"
PEER_JS = ROOT / "bench" / "openair_peer.js"
PACKAGE = "@openaip/openair-parser"
GEOD = Geod(ellps="WGS84")
FT = 0.3048
REPEAT = 3


# ------------------------------------------------------------------------------------------------ peer


def ensure_peer() -> tuple[bool, str]:
    """Install the npm package once; (ok, why not)."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        return False, "node/npm not found on PATH"
    if (NODE_DIR / "node_modules" / "@openaip" / "openair-parser" / "package.json").exists():
        return True, ""
    NODE_DIR.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(["npm", "install", "--prefix", str(NODE_DIR), PACKAGE], capture_output=True, text=True,
                          timeout=600)  # fmt: skip
    if proc.returncode != 0:
        return False, f"npm install failed: {proc.stderr.strip()[-500:]}"
    return True, ""


def run_peer(files: list[Path], repeat: int = REPEAT) -> list[dict]:
    proc = subprocess.run(["node", str(PEER_JS), str(NODE_DIR / "node_modules"), str(repeat), *map(str, files)],
                          capture_output=True, text=True, timeout=1800)  # fmt: skip
    if proc.returncode != 0:
        raise RuntimeError(f"peer failed: {proc.stderr.strip()[-800:]}")
    return json.loads(proc.stdout)


def peer_metres(limit: dict | None) -> float | None:
    if not limit:
        return None
    v, unit, ref = float(limit.get("value", 0)), limit.get("unit"), limit.get("referenceDatum")
    if ref == "GND" and v == 0:
        return 0.0
    return v * 100 * FT if unit == "FL" else v * FT if unit == "FT" else v


# ------------------------------------------------------------------------------------------------ ours


def ours(path: Path, repeat: int = REPEAT) -> dict:
    best, res, err = math.inf, None, None
    for _ in range(repeat):
        t = time.perf_counter()
        try:
            res = read_airspace_file(path, "openair")
        except InputError as exc:
            err = str(exc)
        best = min(best, time.perf_counter() - t)
    if res is None:
        return {"ok": False, "error": err, "parse_s": best, "blocks": []}
    blocks: dict[int, object] = {}
    for a in res.airspaces:  # first airspace per definition block (AA windows share the geometry)
        blocks.setdefault(a.line, a)
    return {"ok": True, "error": None, "parse_s": best, "airspaces": len(res.airspaces), "skipped": len(res.issues),
            "blocks": list(blocks.values()), "issues": [str(i) for i in res.issues.issues]}  # fmt: skip


def area_ours(a) -> float:
    total = 0.0
    for poly in a.geometry:
        for k, ring in enumerate(poly):
            x, y = zip(*ring)
            ar, _ = GEOD.polygon_area_perimeter(x, y)
            total += abs(ar) if k == 0 else -abs(ar)
    return total


def area_peer(feature: dict) -> float:
    polys = feature["coordinates"] if feature["type"] == "MultiPolygon" else [feature["coordinates"]]
    total = 0.0
    for poly in polys:
        for k, ring in enumerate(poly):
            x, y = zip(*ring)
            ar, _ = GEOD.polygon_area_perimeter(x, y)
            total += abs(ar) if k == 0 else -abs(ar)
    return total


def compare(path: Path, mine: dict, peer: dict) -> dict:
    row = {"file": path.name, "ours_blocks": len(mine["blocks"]), "ours_airspaces": mine.get("airspaces", 0),
           "ours_skipped": mine.get("skipped"), "ours_error": mine["error"], "ours_parse_s": round(mine["parse_s"], 4),
           "peer_count": len(peer["features"]), "peer_version": peer["version"],
           "peer_error": None if peer["success"] else "; ".join(f"v{a['version']}: {a['error']}"
                                                                for a in peer["attempts"]),
           "peer_parse_s": round(peer["parse_ms"] / 1000.0, 4) if peer["parse_ms"] is not None else None}  # fmt: skip
    pairs = []
    if mine["blocks"] and peer["features"]:
        theirs = {}
        for f in peer["features"]:
            theirs.setdefault(f["name"], []).append(f)
        for a in mine["blocks"]:
            cand = theirs.get(a.name) or theirs.get(a.ident)
            if cand:
                pairs.append((a, cand.pop(0)))
    if pairs:
        rel = np.array([(area_ours(a) - area_peer(f)) / area_peer(f) if area_peer(f) > 0 else np.nan
                        for a, f in pairs])  # fmt: skip
        lim = []
        for a, f in pairs:
            for mine_m, ref, theirs_m in ((a.floor_m, a.floor_ref, peer_metres(f["lower"])),
                                          (a.ceiling_m, a.ceiling_ref, peer_metres(f["upper"]))):
                if theirs_m is not None and math.isfinite(mine_m) and ref != "UNL":
                    lim.append(abs((0.0 if ref == "SFC" else mine_m) - theirs_m))
        row.update({
            "matched": len(pairs),
            "area_ours_km2": round(sum(area_ours(a) for a, _ in pairs) / 1e6, 4),
            "area_peer_km2": round(sum(area_peer(f) for _, f in pairs) / 1e6, 4),
            "area_rel_diff_median": float(np.nanmedian(rel)), "area_rel_diff_max_abs": float(np.nanmax(np.abs(rel))),
            "limits_max_abs_diff_m": round(max(lim), 3) if lim else None,
        })  # fmt: skip
    return row


# ------------------------------------------------------------------------------------------------ generated file


def make_national(path: Path, n: int = 1600, seed: int = 1) -> int:
    """The bench_airspace generator's shapes, every ring closed explicitly (the openAIP parser requires it)."""
    return make_openair(path, n, seed, close_rings=True)


def drop_block(path: Path, line_no: int) -> str:
    """Remove the AC block holding 1-based ``line_no``; returns its AN name."""
    lines = path.read_text().split("\n")
    i = min(max(line_no - 1, 0), len(lines) - 1)
    start = i
    while start > 0 and not lines[start].startswith("AC "):
        start -= 1
    end = i + 1
    while end < len(lines) and not lines[end].startswith("AC "):
        end += 1
    name = next((ln[3:] for ln in lines[start:end] if ln.startswith("AN ")), "?")
    path.write_text("\n".join(lines[:start] + lines[end:]))
    return name


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    result: dict = {"package": PACKAGE}
    ok, why = ensure_peer()
    if not ok:
        result["peer_unavailable"] = why
        (OUT / "openair_peer.json").write_text(json.dumps(result, indent=2))
        print(f"openair peer bench: peer unavailable: {why}")
        return
    pkg = json.loads((NODE_DIR / "node_modules" / "@openaip" / "openair-parser" / "package.json").read_text())
    node_v = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    result.update({"package_version": pkg["version"], "node": node_v, "peer_engines": pkg.get("engines")})

    # (a) fixtures
    fixtures = sorted((REALDATA / "openair").glob("*.txt"))
    peers = run_peer(fixtures)
    rows = [compare(p, ours(p), peer) for p, peer in zip(fixtures, peers)]
    result["fixtures"] = rows
    # geodesic truth for the circle fixture: DC 1.10 NM -> area pi r^2 (ellipsoid correction ~1e-8 at this size)
    circ = fixtures.index(REALDATA / "openair" / "openaip_circular.txt")
    truth = math.pi * (1.10 * 1852.0) ** 2
    mine_c = ours(fixtures[circ], 1)["blocks"][0]
    result["circle_truth"] = {"file": "openaip_circular.txt", "pi_r2_km2": truth / 1e6,
                              "ours_rel_err": area_ours(mine_c) / truth - 1.0,
                              "peer_rel_err": area_peer(peers[circ]["features"][0]) / truth - 1.0}

    # (b) national-size file
    gen = OUT / "openair_peer_national.txt"
    size = make_national(gen)
    dropped = []
    for _ in range(50):
        peer = run_peer([gen], repeat=1)[0]
        if peer["success"]:
            break
        line = next((a["line"] for a in peer["attempts"] if a["version"] == "1.0"), None)
        if line is None:
            break
        dropped.append({"line": line, "name": drop_block(gen, int(line)),
                        "reason": next(a["error"] for a in peer["attempts"] if a["version"] == "1.0")})
    peer = run_peer([gen])[0]
    mine = ours(gen)
    national = compare(gen, mine, peer)
    national.update({"bytes_generated": size, "bytes_compared": gen.stat().st_size, "dropped_for_peer": dropped})
    result["national"] = national
    (OUT / "openair_peer.json").write_text(json.dumps(result, indent=2, default=str))

    for r in rows:
        area = (f"area diff median {r['area_rel_diff_median']:+.2e} max {r['area_rel_diff_max_abs']:.2e}"
                if "matched" in r else "no common airspace")
        print(f"  {r['file']:<52} ours {r['ours_blocks']:>2} blocks ({r['ours_airspaces']} airspaces) "
              f"peer {r['peer_count']:>2}  {area}"
              + (f"  | ours refused: {r['ours_error'][-90:]}" if r["ours_error"] else "")
              + (f"  | peer refused: {r['peer_error'][-90:]}" if r["peer_error"] else ""))
    c = result["circle_truth"]
    print(f"  circle DC 1.10 NM vs pi r^2: ours {c['ours_rel_err']:+.2e}, openAIP {c['peer_rel_err']:+.2e}")
    n = national
    speed = (n["peer_parse_s"] / n["ours_parse_s"]) if n["ours_parse_s"] and n["peer_parse_s"] else float("nan")
    print(
        f"openair peer bench: national {n['bytes_compared'] / 1e6:.2f} MB: ours {n['ours_blocks']} airspaces in "
        f"{n['ours_parse_s']:.2f} s, openAIP {n['peer_count']} in {n['peer_parse_s']} s (x{speed:.1f}); "
        f"{len(dropped)} block(s) dropped for the peer; matched {n.get('matched', 0)}, area diff median "
        f"{n.get('area_rel_diff_median', float('nan')):+.2e}, max {n.get('area_rel_diff_max_abs', float('nan')):.2e}; "
        f"limits max diff {n.get('limits_max_abs_diff_m')} m; fixtures: ours "
        f"{sum(1 for r in rows if not r['ours_error'])}/{len(rows)} files, peer "
        f"{sum(1 for r in rows if not r['peer_error'])}/{len(rows)}"
    )


if __name__ == "__main__":
    main()
