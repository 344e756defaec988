"""Benchmark: the same proximity question answered three ways, against a geodesic brute-force truth.

Question: for a 20,000-fix balloon track and 200 point sites, which sites does the track pass within 50 km of,
and how close does it get (minimum distance along the track, between fixes)?

(a) our core: ``plugin.core.proximity.site_proximity`` (geodesic on WGS 84);
(b) MovingPandas: a Trajectory, per site a 50 km buffer in that site's azimuthal-equidistant projection, clip
    the trajectory by it, and ``Trajectory.distance`` to the site (its best-case accuracy). MovingPandas is not
    installed into the project venv: a plain ``.venv/bin/pip install movingpandas`` would replace the
    system numpy 1.24 / pyproj 3.4 that QGIS and the GDAL bindings are built against by numpy 2.x / pyproj
    3.7 (see MPD_VENV_REASON). It runs instead in its own venv, bench/out/mpd-venv (created here with pip
    if missing), in a subprocess fed through an .npz file; only its compute time is measured.
(c) the planar QGIS way: reproject to a projected CRS (EPSG:3857, and the UTM zone of the track's middle),
    ``native:buffer`` the sites by 50,000 map units, ``native:intersection`` with the track line, and
    GEOS ``distance`` for the minimum.

Truth: distances from every site to every fix (pyproj), then every geodesic segment next to the 3 nearest fixes
walked at 1 m steps. Prints one line per method (time, speed ratio vs (a), max/median distance error, sites
wrongly in/out) and writes bench/out/sites_compare.json.

Run: .venv/bin/python bench/bench_sites_compare.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import numpy as np
import pyproj
from bench_paths import OUT, ROOT  # noqa: E402,F401 - also puts the plugin on sys.path

from balloon_watch.plugin.core.model import Track  # noqa: E402
from balloon_watch.plugin.core.proximity import Site, site_proximity  # noqa: E402

GEOD = pyproj.Geod(ellps="WGS84")
N_FIX, N_SITES, RADIUS = 20_000, 200, 50_000.0
MPD_VENV = OUT / "mpd-venv"
MPD_VENV_REASON = (
    "not installed into .venv: `pip install --dry-run movingpandas` there resolves to numpy-2.4.6, pyproj-3.7.2, "
    "pandas-3.1.1, shapely-2.2.0, geopandas-1.2.0, i.e. it would shadow the system numpy 1.24.2 and pyproj "
    "3.4.1 that QGIS 3.22 and the GDAL 3.6 bindings are built against (numpy 2 breaks modules compiled for "
    "numpy 1) and change the project's test environment; run in a separate venv bench/out/mpd-venv instead")


def make_data(rng: np.random.Generator):
    """A balloon-like drift eastward across North America (250 m steps, one fix every 10 s), and 200 sites:
    half within 0-80 km of a random fix, half anywhere in the track's box widened by 3 degrees."""
    heading = np.radians(100.0 + 25.0 * np.sin(np.arange(N_FIX) / 1500.0) + rng.normal(0.0, 2.0, N_FIX))
    lon = np.empty(N_FIX)
    lat = np.empty(N_FIX)
    lon[0], lat[0] = -125.0, 48.0
    for i in range(1, N_FIX):  # geodesic steps, so the truth's model (geodesic legs) is the track itself
        lon[i], lat[i], _ = GEOD.fwd(lon[i - 1], lat[i - 1], np.degrees(heading[i]), 250.0)
    t = 1_675_000_000.0 + 10.0 * np.arange(N_FIX)
    alt = 18_000.0 + 300.0 * np.sin(np.arange(N_FIX) / 500.0)
    track = Track("SYN", lon, lat, t, alt)
    near = N_SITES // 2
    pick = rng.integers(0, N_FIX, near)
    sx, sy, _ = GEOD.fwd(lon[pick], lat[pick], rng.uniform(0, 360, near), rng.uniform(0, 80_000, near))
    fx = rng.uniform(lon.min() - 3, lon.max() + 3, N_SITES - near)
    fy = rng.uniform(lat.min() - 3, lat.max() + 3, N_SITES - near)
    return track, np.concatenate([sx, fx]), np.concatenate([sy, fy])


def truth(track: Track, sx: np.ndarray, sy: np.ndarray) -> np.ndarray:
    """Geodesic minimum distance from each site to the track (segments = geodesics, 1 m walk)."""
    lon, lat = track.lon, track.lat
    out = np.empty(len(sx))
    for k, (x, y) in enumerate(zip(sx, sy)):
        d = np.asarray(GEOD.inv(np.full(len(lon), x), np.full(len(lon), y), lon, lat)[2])
        best = float(d.min())
        for i in np.argsort(d)[:3]:
            for a in (i - 1, i):
                if 0 <= a < len(lon) - 1:
                    az, _, length = GEOD.inv(lon[a], lat[a], lon[a + 1], lat[a + 1])
                    s = np.linspace(0.0, length, int(length) + 2)
                    px, py, _ = GEOD.fwd(np.full(len(s), lon[a]), np.full(len(s), lat[a]), np.full(len(s), az), s)
                    dd = np.asarray(GEOD.inv(np.full(len(s), x), np.full(len(s), y), px, py)[2])
                    best = min(best, float(dd.min()))
        out[k] = best
    return out


def score(name: str, seconds: float, within: np.ndarray, dmin: np.ndarray, true_d: np.ndarray,
          base_s: float | None) -> dict:
    """Compare a method's answer with the truth: set errors and distance errors (on sites truly within)."""
    true_in = true_d < RADIUS
    both = within & true_in
    err = np.abs(dmin[both] - true_d[both]) if both.any() else np.zeros(1)
    rel = err / np.maximum(true_d[both], 1.0) if both.any() else np.zeros(1)
    res = {"seconds": round(seconds, 4), "sites_within": int(within.sum()),
           "false_in": int((within & ~true_in).sum()), "false_out": int((~within & true_in).sum()),
           "max_abs_err_m": round(float(err.max()), 6), "median_abs_err_m": round(float(np.median(err)), 6),
           "max_rel_err": round(float(rel.max()), 5)}
    if base_s:
        res["time_vs_core"] = round(seconds / base_s, 2)
    ratio = f", {res['time_vs_core']}x core time" if base_s else ""
    print(f"{name}: {seconds:.3f} s{ratio}; {res['sites_within']} sites within 50 km (truth {int(true_in.sum())},"
          f" wrongly in {res['false_in']}, wrongly out {res['false_out']}); min distance error max "
          f"{res['max_abs_err_m']:.3f} m, median {res['median_abs_err_m']:.3f} m")
    return res


def run_core(track, sx, sy):
    sites = [Site(str(i), f"s{i}", "point", (float(x), float(y))) for i, (x, y) in enumerate(zip(sx, sy))]
    t0 = time.perf_counter()
    events = site_proximity(track, sites, RADIUS)
    dt = time.perf_counter() - t0
    dmin = np.full(len(sx), np.inf)
    for ev in events:
        i = int(ev.site_id)
        dmin[i] = min(dmin[i], ev.cpa_m)
    return dt, np.isfinite(dmin), dmin, len(events)


MPD_WORKER = r'''
import json, sys, time, warnings
warnings.filterwarnings("ignore")
import numpy as np, pandas as pd, geopandas as gpd, movingpandas as mpd
from shapely.geometry import Point
data = np.load(sys.argv[1])
lon, lat, t, sx, sy, radius = data["lon"], data["lat"], data["t"], data["sx"], data["sy"], float(data["radius"])
mode, crs = sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None
t0 = time.perf_counter()
gdf = gpd.GeoDataFrame({"t": pd.to_datetime(t, unit="s")}, geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326")
traj = mpd.Trajectory(gdf.set_index("t"), "SYN")
if mode == "single":  # one projected CRS for everything (as an analyst usually does)
    projected = traj.to_crs(crs)
    centres = gpd.GeoSeries(gpd.points_from_xy(sx, sy), crs="EPSG:4326").to_crs(crs)
within, dmin = [], []
for k, (x, y) in enumerate(zip(sx, sy)):
    if mode == "aeqd":  # the site's own azimuthal-equidistant projection: distances from it are exact
        local = traj.to_crs(f"+proj=aeqd +lat_0={y} +lon_0={x} +ellps=WGS84 +units=m")
        centre = Point(0.0, 0.0)
    else:
        local, centre = projected, centres.iloc[k]
    buf = centre.buffer(radius, 64)
    try:
        hit = len(local.clip(buf).trajectories) > 0
    except Exception:
        hit = False
    within.append(hit)
    dmin.append(float(local.distance(centre)) if hit else float("nan"))
dt = time.perf_counter() - t0
print(json.dumps({"seconds": dt, "within": within, "dmin": dmin, "version": mpd.__version__}))
'''


def ensure_mpd_python() -> tuple[str | None, str]:
    """Python of a venv with MovingPandas, or None and the reason."""
    try:
        import movingpandas  # noqa: F401

        return sys.executable, "installed in the project venv"
    except ImportError:
        pass
    py = MPD_VENV / "bin" / "python"
    if not py.exists():
        try:
            subprocess.run(["python3", "-m", "venv", str(MPD_VENV)], check=True, capture_output=True, timeout=300)
            subprocess.run([str(MPD_VENV / "bin" / "pip"), "install", "-q", "--disable-pip-version-check",
                            "movingpandas"], check=True, capture_output=True, timeout=900)
        except (subprocess.SubprocessError, OSError) as exc:
            return None, f"{MPD_VENV_REASON}; the separate venv could not be made either: {exc}"
    check = subprocess.run([str(py), "-c", "import movingpandas"], capture_output=True, text=True)
    if check.returncode != 0:
        return None, f"{MPD_VENV_REASON}; import in the separate venv failed: {check.stderr.strip()[-300:]}"
    return str(py), MPD_VENV_REASON


def run_mpd(track, sx, sy, mode: str, crs: str = ""):
    py, why = ensure_mpd_python()
    if py is None:
        print(f"MovingPandas: not run: {why}")
        return None, why
    npz = OUT / "sites_compare_input.npz"
    np.savez(npz, lon=track.lon, lat=track.lat, t=track.times, sx=sx, sy=sy, radius=RADIUS)
    worker = OUT / "_mpd_worker.py"
    worker.write_text(MPD_WORKER)
    proc = subprocess.run([py, str(worker), str(npz), mode, crs], capture_output=True, text=True, timeout=3600)
    if proc.returncode != 0:
        why = f"MovingPandas run failed: {proc.stderr.strip()[-500:]}"
        print(why)
        return None, why
    return json.loads(proc.stdout.strip().splitlines()[-1]), why


def run_planar(track, sx, sy, crs_id: str):
    """(c) native:buffer in a projected CRS, native:intersection with the track line, GEOS distance."""
    import processing
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsFeature,
        QgsField,
        QgsGeometry,
        QgsLineString,
        QgsPoint,
        QgsPointXY,
        QgsVectorLayer,
    )

    from balloon_watch.plugin.qgis_io.compat import FieldType

    line = QgsVectorLayer("LineString?crs=EPSG:4326", "track", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry(QgsLineString([QgsPoint(x, y) for x, y in zip(track.lon, track.lat)])))
    line.dataProvider().addFeatures([f])
    pts = QgsVectorLayer("Point?crs=EPSG:4326", "sites", "memory")
    pts.dataProvider().addAttributes([QgsField("sid", FieldType.Int)])
    pts.updateFields()
    feats = []
    for i, (x, y) in enumerate(zip(sx, sy)):
        g = QgsFeature(pts.fields())
        g.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        g.setAttributes([i])
        feats.append(g)
    pts.dataProvider().addFeatures(feats)
    crs = QgsCoordinateReferenceSystem(crs_id)
    t0 = time.perf_counter()
    line_p = processing.run("native:reprojectlayer", {"INPUT": line, "TARGET_CRS": crs, "OUTPUT": "memory:"})["OUTPUT"]
    pts_p = processing.run("native:reprojectlayer", {"INPUT": pts, "TARGET_CRS": crs, "OUTPUT": "memory:"})["OUTPUT"]
    bufs = processing.run("native:buffer", {"INPUT": pts_p, "DISTANCE": RADIUS, "SEGMENTS": 16, "DISSOLVE": False,
                                            "OUTPUT": "memory:"})["OUTPUT"]
    inter = processing.run("native:intersection", {"INPUT": line_p, "OVERLAY": bufs, "OUTPUT": "memory:"})["OUTPUT"]
    within = np.zeros(len(sx), bool)
    for feat in inter.getFeatures():
        if not feat.geometry().isEmpty():
            within[int(feat["sid"])] = True
    lgeom = next(line_p.getFeatures()).geometry()
    dmin = np.full(len(sx), np.nan)
    for feat in pts_p.getFeatures():
        i = int(feat["sid"])
        if within[i]:
            dmin[i] = lgeom.distance(feat.geometry())
    return time.perf_counter() - t0, within, dmin


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(2023)
    track, sx, sy = make_data(rng)
    t0 = time.perf_counter()
    true_d = truth(track, sx, sy)
    print(f"truth: {N_FIX} fixes x {N_SITES} sites, {int((true_d < RADIUS).sum())} within 50 km "
          f"(brute force {time.perf_counter() - t0:.1f} s)")
    result = {"fixes": N_FIX, "sites": N_SITES, "radius_m": RADIUS, "sites_truly_within": int((true_d < RADIUS).sum())}
    core_s, within, dmin, n_events = run_core(track, sx, sy)
    result["core"] = score("(a) core site_proximity", core_s, within, dmin, true_d, None)
    result["core"]["events"] = n_events

    mid = float(np.median(track.lon))
    utm = f"EPSG:{32600 + int((mid + 180.0) // 6) + 1}"
    result["movingpandas"] = {}
    for mode, crs, label in (("aeqd", "", "per-site AEQD clip"), ("single", utm, f"one CRS {utm}, clip")):
        mpd_res, why = run_mpd(track, sx, sy, mode, crs)
        if mpd_res is None:
            result["movingpandas"][mode] = {"ran": False, "reason": why}
            continue
        w = np.array(mpd_res["within"], bool)
        d = np.array(mpd_res["dmin"], float)
        res = score(f"(b) MovingPandas {mpd_res['version']} ({label})", mpd_res["seconds"], w, d, true_d, core_s)
        res.update({"ran": True, "version": mpd_res["version"], "crs": crs or "AEQD per site", "where": why})
        result["movingpandas"][mode] = res

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    result["planar"] = {}
    for crs_id in ("EPSG:3857", utm):
        secs, w, d = run_planar(track, sx, sy, crs_id)
        result["planar"][crs_id] = score(f"(c) planar QGIS {crs_id} buffer+intersection", secs, w, d, true_d,
                                         core_s)
    (OUT / "sites_compare.json").write_text(json.dumps(result, indent=2))
    print(f"wrote {OUT / 'sites_compare.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
