"""``balloonwatch:forecasttrack`` run through the Processing registry on layers and files built here.

Ground truth is independent of the algorithm: pyproj ``Geod`` for positions, distances and entry times, the
default-cone formula stated in the core docstring, QGIS geometry predicates for the cone.
"""

from __future__ import annotations

import json
import math
from datetime import datetime, timezone

import numpy as np
import pytest
from builders import EPOCH_1900, GEOD, T0, geodesic_fixes, write_netcdf
from layer_builders import Capture, site_layer, track_layer
from qgis.core import (
    NULL,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorLayer,
)

ALG = "balloonwatch:forecasttrack"


# ------------------------------------------------------------------ inputs
def westerly_nc(path, speed=20.0, wind_units="m s**-1"):
    """Uniform wind from the west at ``speed``, 30-60N, 160-20W (0..360 longitudes), 30-70 hPa, 30 h."""
    lats, lons = np.arange(60.0, 29.0, -1.0), np.arange(200.0, 340.0, 1.0)
    times_h = (T0 - EPOCH_1900) / 3600.0 + np.arange(0, 31, 6.0)
    shape = (len(times_h), 3, len(lats), len(lons))
    return write_netcdf(path, times_h, (30.0, 50.0, 70.0), lats, lons, np.full(shape, speed), np.zeros(shape),
                        wind_units=wind_units)


def run(tmp_path, feedback=None, **params):
    import processing

    params.setdefault("OUTPUT", str(tmp_path / "points.gpkg"))
    params.setdefault("OUTPUT_CONE", str(tmp_path / "cone.gpkg"))
    res = processing.run(ALG, params, feedback=feedback)
    return res


def features(path_or_layer) -> list[QgsFeature]:
    layer = path_or_layer if isinstance(path_or_layer, QgsVectorLayer) else QgsVectorLayer(path_or_layer, "o", "ogr")
    assert layer.isValid()
    return list(layer.getFeatures())


def epoch(value) -> float:
    return value.toMSecsSinceEpoch() / 1000.0


def iso_epoch(text: str) -> float:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc).timestamp()


def perpendicular(lon, lat, lon_next, lat_next, dist):
    """Point ``dist`` m to the right of the centre line at (lon, lat)."""
    az = GEOD.inv(lon, lat, lon_next, lat_next)[0]
    x, y, _ = GEOD.fwd(lon, lat, az + 90.0, dist)
    return QgsGeometry.fromPointXY(QgsPointXY(x, y))


# ------------------------------------------------------------------ persistence
def test_persistence_points_follow_the_geodesic_and_sit_inside_the_cone(bw_provider, tmp_path):
    fixes = geodesic_fixes()  # 4 h at 20 m/s towards 60 deg
    fb = Capture()
    res = run(tmp_path, fb, TRACK=track_layer({"B1": fixes}), HORIZON_H=24.0, STEP_MIN=30.0, METHOD=0,
              WINDOW_H=3.0, CALIBRATE=True)
    pts = sorted(features(res["OUTPUT"]), key=lambda f: f["lead_h"])
    assert len(pts) == 49
    t_last = fixes[-1][2]
    times = np.array([epoch(f["time"]) for f in pts])
    assert times == pytest.approx(t_last + np.arange(49) * 1800.0, abs=1e-3)
    assert [f["lead_h"] for f in pts] == pytest.approx(np.arange(49) * 0.5)
    assert {f["track_id"] for f in pts} == {"B1"} and {f["method"] for f in pts} == {"persistence"}
    assert [f["alt_m"] for f in pts] == pytest.approx([20000.0] * 49)
    # truth: the same geodesic continued, from the first fix
    lon = np.array([f.geometry().asPoint().x() for f in pts])
    lat = np.array([f.geometry().asPoint().y() for f in pts])
    tlon, tlat, _ = GEOD.fwd(np.full(49, -120.0), np.full(49, 45.0), np.full(49, 60.0), 20.0 * (times - T0))
    err = GEOD.inv(lon, lat, tlon, tlat)[2]
    assert err.max() < 0.05  # metres, 1728 km ahead
    radius = np.array([f["radius_m"] for f in pts])
    assert radius[0] == pytest.approx(1000.0) and np.all(np.diff(radius) >= 0) and radius[-1] > radius[0]

    # calibrated on the track itself: the straight track is forecast perfectly one hour ahead
    assert res["BACKTEST"][0]["track_id"] == "B1"
    lead1 = res["BACKTEST"][0]["leads"][0]
    assert lead1["lead_h"] == 1.0 and lead1["n"] >= 1 and lead1["p90_m"] < 1.0
    assert not any("default cone" in w for w in fb.warnings)

    cones = features(res["OUTPUT_CONE"])
    assert len(cones) == 1
    cone = cones[0]
    assert cone["track_id"] == "B1" and cone["method"] == "persistence" and cone["horizon_h"] == pytest.approx(24.0)
    assert "calibrated" in cone["notes"]
    g = cone.geometry()
    assert g.isGeosValid()
    for f in pts:
        assert g.contains(f.geometry())
    # the outline is the uncertainty radius: just inside / just outside across the track at 12 h and 24 h
    for k in (24, 48):
        kn = k - 1  # direction from the previous point
        r = radius[k]
        assert g.contains(perpendicular(lon[k], lat[k], 2 * lon[k] - lon[kn], 2 * lat[k] - lat[kn], 0.97 * r))
        assert not g.contains(perpendicular(lon[k], lat[k], 2 * lon[k] - lon[kn], 2 * lat[k] - lat[kn], 1.03 * r))


def test_short_history_falls_back_to_the_default_cone_with_a_warning(bw_provider, tmp_path):
    fixes = geodesic_fixes(n=4, step_s=600.0)  # 30 min: no lead can be back-tested
    fb = Capture()
    res = run(tmp_path, fb, TRACK=track_layer({"B2": fixes}), HORIZON_H=24.0, STEP_MIN=60.0, CALIBRATE=True)
    assert any("default cone" in w and "B2" in w for w in fb.warnings)
    assert res["BACKTEST"] == []
    pts = sorted(features(res["OUTPUT"]), key=lambda f: f["lead_h"])
    # stated default for persistence: 1 km + (25 % of 20 m/s + 2 m/s) * lead
    leads = np.array([f["lead_h"] for f in pts])
    assert [f["radius_m"] for f in pts] == pytest.approx(1000.0 + 7.0 * leads * 3600.0, rel=1e-6)


def test_too_few_fixes_and_unknown_track_id_are_reported(bw_provider, tmp_path):
    one_fix = geodesic_fixes(n=1)
    with pytest.raises(QgsProcessingException, match=r"Track 'solo'.*at least 2 fixes.*\(it has 1\)"):
        run(tmp_path, TRACK=track_layer({"solo": one_fix}))
    with pytest.raises(QgsProcessingException, match=r"No track 'B9'.*'solo'"):
        run(tmp_path, TRACK=track_layer({"solo": one_fix}), TRACK_ID="B9")


def test_several_tracks_one_bad_one_selected(bw_provider, tmp_path):
    layer = track_layer({"good": geodesic_fixes(), "solo": geodesic_fixes(lon0=-100.0, n=1),
                         "other": geodesic_fixes(lon0=-90.0, az=120.0)})
    fb = Capture()
    res = run(tmp_path, fb, TRACK=layer, HORIZON_H=6.0, STEP_MIN=60.0, CALIBRATE=False)
    assert res["TRACKS"] == 2
    assert {f["track_id"] for f in features(res["OUTPUT"])} == {"good", "other"}
    assert any("'solo' skipped" in w for w in fb.warnings)
    res = run(tmp_path, TRACK=layer, TRACK_ID="other", HORIZON_H=6.0, STEP_MIN=60.0, CALIBRATE=False,
              OUTPUT=str(tmp_path / "p2.gpkg"), OUTPUT_CONE=str(tmp_path / "c2.gpkg"))
    pts = features(res["OUTPUT"])
    assert {f["track_id"] for f in pts} == {"other"} and len(pts) == 7


# ------------------------------------------------------------------ wind grid
def test_wind_method_drifts_with_the_grid_wind(bw_provider, tmp_path):
    nc = westerly_nc(tmp_path / "w.nc")
    fixes = geodesic_fixes(n=7, alt=20000.0)  # about 55 hPa: between the 50 and 70 hPa levels
    res = run(tmp_path, TRACK=track_layer({"W": fixes}), METHOD=1, WIND_FILE=nc, HORIZON_H=24.0, STEP_MIN=30.0,
              CALIBRATE=False)
    pts = sorted(features(res["OUTPUT"]), key=lambda f: f["lead_h"])
    assert len(pts) == 49 and {f["method"] for f in pts} == {"wind"}
    lon = np.array([f.geometry().asPoint().x() for f in pts])
    lat = np.array([f.geometry().asPoint().y() for f in pts])
    assert (lon[0], lat[0]) == pytest.approx(fixes[-1][:2], abs=1e-9)
    az, _, d = GEOD.inv(lon[:-1], lat[:-1], lon[1:], lat[1:])
    assert d == pytest.approx(np.full(48, 20.0 * 1800.0), abs=1.0)  # 36 km per half hour
    assert az == pytest.approx(np.full(48, 90.0), abs=0.2)  # due east
    g = features(res["OUTPUT_CONE"])[0].geometry()
    assert all(g.contains(f.geometry()) for f in pts)
    # default wind cone: 1 km + (10 % of the speed + 1 m/s) * lead
    leads = np.array([f["lead_h"] for f in pts])
    assert [f["radius_m"] for f in pts] == pytest.approx(1000.0 + 3.0 * leads * 3600.0, rel=1e-3)


def test_wind_method_calibrated_on_a_track_drifting_with_the_grid_wind(bw_provider, tmp_path):
    nc = westerly_nc(tmp_path / "w.nc")
    # 8 h of fixes drifting east along the 45N parallel at 20 m/s: radius of the parallel N(phi) cos(phi)
    lat0 = 45.0
    n_rad = GEOD.a / math.sqrt(1 - GEOD.es * math.sin(math.radians(lat0)) ** 2)
    t = T0 + np.arange(49) * 600.0
    lon = -120.0 + np.degrees(20.0 * (t - T0) / (n_rad * math.cos(math.radians(lat0))))
    fixes = [(float(x), lat0, float(tt), 20000.0) for x, tt in zip(lon, t)]
    fb = Capture()
    res = run(tmp_path, fb, TRACK=track_layer({"D": fixes}), METHOD=1, WIND_FILE=nc, HORIZON_H=12.0,
              STEP_MIN=60.0, CALIBRATE=True)
    bt = res["BACKTEST"][0]
    assert bt["method"] == "wind" and bt["n_origins"] > 30
    rows = {row["lead_h"]: row for row in bt["leads"]}
    assert rows[1.0]["n"] > 30 and rows[1.0]["p90_m"] < 20.0
    assert rows[6.0]["n"] > 5 and rows[6.0]["p90_m"] < 50.0
    assert rows[24.0]["n"] == 0
    assert any("measured up to 6 h only" in w for w in fb.warnings)
    pts = sorted(features(res["OUTPUT"]), key=lambda f: f["lead_h"])
    # errors below the 1 km floor: the calibrated cone is the floor up to 6 h, then grows with lead
    assert [f["radius_m"] for f in pts[:7]] == pytest.approx([1000.0] * 7)
    assert pts[12]["radius_m"] == pytest.approx(2000.0)
    assert "calibrated" in features(res["OUTPUT_CONE"])[0]["notes"]


def test_wind_method_input_errors(bw_provider, tmp_path):
    nc = westerly_nc(tmp_path / "w.nc")
    north = track_layer({"N": geodesic_fixes(lat0=70.0, n=4)})
    with pytest.raises(QgsProcessingException, match=r"latitude .* outside the grid's area"):
        run(tmp_path, TRACK=north, METHOD=1, WIND_FILE=nc, CALIBRATE=False)
    low = track_layer({"L": geodesic_fixes(n=4, alt=5000.0)})
    with pytest.raises(QgsProcessingException, match=r"altitude 5000 m .* outside the grid's pressure levels"):
        run(tmp_path, TRACK=low, METHOD=1, WIND_FILE=nc, CALIBRATE=False)
    ok_track = track_layer({"W": geodesic_fixes(n=4)})
    with pytest.raises(QgsProcessingException, match="needs a wind grid"):
        run(tmp_path, TRACK=ok_track, METHOD=1, CALIBRATE=False)
    kelvin = westerly_nc(tmp_path / "k.nc", wind_units="K")
    with pytest.raises(QgsProcessingException, match=r"k\.nc.*wind units 'K'"):
        run(tmp_path, TRACK=ok_track, METHOD=1, WIND_FILE=kelvin, CALIBRATE=False)


# ------------------------------------------------------------------ predictor file
def test_prediction_file_method_reads_the_tawhiri_trajectory(bw_provider, tmp_path):
    start = T0 + 4 * 3600.0
    lon, lat, _ = GEOD.fwd(np.full(7, -120.0), np.full(7, 45.0), np.full(7, 75.0), np.arange(7) * 30e3)
    traj = [{"datetime": datetime.fromtimestamp(start + i * 1800.0, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
             "latitude": float(lat[i]), "longitude": float(lon[i]) % 360.0, "altitude": 18000.0 + i}
            for i in range(7)]
    doc = {"prediction": [{"stage": "float", "trajectory": traj}],
           "request": {"dataset": "2023-02-02T00:00:00Z", "profile": "float_profile"}}
    path = tmp_path / "pred.json"
    path.write_text(json.dumps(doc))
    fb = Capture()
    res = run(tmp_path, fb, TRACK=track_layer({"P": geodesic_fixes()}), METHOD=2, PREDICTION_FILE=str(path),
              HORIZON_H=2.0, CALIBRATE=True)
    pts = sorted(features(res["OUTPUT"]), key=lambda f: f["lead_h"])
    assert len(pts) == 5  # cut at the 2 h horizon
    assert [f.geometry().asPoint().x() for f in pts] == pytest.approx(lon[:5], abs=1e-9)
    assert [f.geometry().asPoint().y() for f in pts] == pytest.approx(lat[:5], abs=1e-9)
    assert [epoch(f["time"]) for f in pts] == pytest.approx(start + np.arange(5) * 1800.0)
    assert [f["alt_m"] for f in pts] == pytest.approx(18000.0 + np.arange(5))
    assert {f["method"] for f in pts} == {"tawhiri"} and {f["track_id"] for f in pts} == {"P"}
    # predictor gives no uncertainty: default wind cone at the prediction's speed (30 km / 30 min)
    speed = 30e3 / 1800.0
    leads = np.array([f["lead_h"] for f in pts])
    assert [f["radius_m"] for f in pts] == pytest.approx(1000.0 + (0.1 * speed + 1.0) * leads * 3600.0, rel=1e-6)
    g = features(res["OUTPUT_CONE"])[0].geometry()
    assert all(g.contains(f.geometry()) for f in pts)
    assert "float_profile" in features(res["OUTPUT_CONE"])[0]["notes"]

    bad = tmp_path / "bad.json"
    bad.write_text('{"error": {"type": "RequestException", "description": "no dataset"}}')
    with pytest.raises(QgsProcessingException, match=r"bad\.json.*RequestException"):
        run(tmp_path, TRACK=track_layer({"P": geodesic_fixes()}), METHOD=2, PREDICTION_FILE=str(bad))


def test_prediction_for_another_flight_is_refused_with_the_mismatch(bw_provider, tmp_path):
    """A 2015 prediction over England against a track over the US (issue 12): refused, both named."""
    traj = [{"datetime": f"2015-06-0{1 + i // 24}T{i % 24:02d}:00:00Z", "latitude": 52.0 + 0.01 * i,
             "longitude": 359.9 + 0.01 * i, "altitude": 1000.0 * i} for i in range(5)]
    path = tmp_path / "uk2015.json"
    path.write_text(json.dumps({"prediction": [{"stage": "ascent", "trajectory": traj}]}))
    with pytest.raises(QgsProcessingException, match=r"uk2015\.json.*not for track 'P'.*2015-06-01 00:00 UTC.*days "
                                                    r"away.*km from the track's last fix"):
        run(tmp_path, TRACK=track_layer({"P": geodesic_fixes()}), METHOD=2, PREDICTION_FILE=str(path))


def test_landed_track_is_not_extrapolated_and_the_state_is_reported(bw_provider, tmp_path):
    fixes = geodesic_fixes(n=10, alt=20000.0)
    lon, lat, t, _ = fixes[-1]
    landed = fixes + [(lon, lat, t + 600.0 * k, 300.0) for k in range(1, 8)]
    with pytest.raises(QgsProcessingException, match=r"'L' is not forecast: on the ground"):
        run(tmp_path, TRACK=track_layer({"L": landed}), CALIBRATE=False)
    fb = Capture()
    res = run(tmp_path, fb, TRACK=track_layer({"L": landed}), CALIBRATE=False, IGNORE_STATE=True)
    assert res["FLIGHT_STATES"] == {"L": "on ground"}
    assert any("on the ground" in i for i in fb.infos)


# ------------------------------------------------------------------ ETA
def test_eta_for_a_site_ahead_of_the_track(bw_provider, tmp_path):
    fixes = geodesic_fixes(az=90.0)
    lon_l, lat_l, t_last = fixes[-1][:3]
    # direction of travel at the last fix, along the track's geodesic
    az_end = (GEOD.inv(fixes[0][0], fixes[0][1], lon_l, lat_l)[1] + 180.0) % 360.0
    ax, ay, _ = GEOD.fwd(lon_l, lat_l, az_end, 600e3)
    sites = site_layer([("Malmstrom", ax, ay), ("Far away", 10.0, -45.0)])
    res = run(tmp_path, TRACK=track_layer({"B": fixes}), SITES=sites, ALERT_DISTANCE=50e3,
              CALIBRATE=False, OUTPUT_ETA=str(tmp_path / "eta.gpkg"))
    by_site = {e["site"]: e for e in res["ETA"]}
    near, far = by_site["Malmstrom"], by_site["Far away"]
    assert near["track_id"] == "B"
    # centre line enters the 50 km circle after (600 - 50) km at 20 m/s
    assert iso_epoch(near["likely_entry"]) == pytest.approx(t_last + 550e3 / 20.0, abs=2.0)
    assert iso_epoch(near["earliest_entry"]) < iso_epoch(near["likely_entry"])
    assert near["cpa_m"] < 50.0
    assert far["likely_entry"] is None and far["earliest_entry"] is None
    assert far["cpa_m"] > 5e6
    layer_rows = {f["site"]: f for f in features(res["OUTPUT_ETA"])}
    row = layer_rows["Malmstrom"]
    assert epoch(row["likely_entry"]) == pytest.approx(t_last + 550e3 / 20.0, abs=2.0)
    assert epoch(row["cpa_time"]) == pytest.approx(t_last + 600e3 / 20.0, abs=60.0)
    assert row["cpa_m"] == pytest.approx(near["cpa_m"]) and row["alert_m"] == 50e3
    assert row.geometry().asPoint().x() == pytest.approx(ax) and row.geometry().asPoint().y() == pytest.approx(ay)
    far_row = layer_rows["Far away"]
    assert far_row["likely_entry"] == NULL and far_row["earliest_entry"] == NULL
    assert far_row["cpa_m"] == pytest.approx(far["cpa_m"])


def test_site_names_come_from_the_name_field(bw_provider, tmp_path):
    sites = QgsVectorLayer("Point?crs=EPSG:4326&field=code:string&field=title:string", "sites", "memory")
    f = QgsFeature(sites.fields())
    f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(-100.0, 45.0)))
    f.setAttributes(["KMIB", "Minot"])
    sites.dataProvider().addFeatures([f])
    layer = track_layer({"B": geodesic_fixes()})
    res = run(tmp_path, TRACK=layer, SITES=sites, NAME_FIELD="title", CALIBRATE=False)
    assert [e["site"] for e in res["ETA"]] == ["Minot"]
    # no name field given and none of the usual ones: the feature id names the site
    res = run(tmp_path, TRACK=layer, SITES=sites, CALIBRATE=False, OUTPUT=str(tmp_path / "p2.gpkg"),
              OUTPUT_CONE=str(tmp_path / "c2.gpkg"))
    assert [e["site"] for e in res["ETA"]] == [f"site {next(sites.getFeatures()).id()}"]


def test_output_styles_load_and_make_the_points_time_enabled(bw_provider, tmp_path):
    from balloon_watch.plugin.qgis_io.styles import apply_style

    res = run(tmp_path, TRACK=track_layer({"B": geodesic_fixes()}), HORIZON_H=3.0, CALIBRATE=False)
    pts = QgsVectorLayer(res["OUTPUT"], "p", "ogr")
    cone = QgsVectorLayer(res["OUTPUT_CONE"], "c", "ogr")
    default_renderer = pts.renderer().dump()
    apply_style(pts, "forecast_points")
    apply_style(cone, "forecast_cone")
    assert pts.renderer().dump() != default_renderer and pts.labelsEnabled()
    assert pts.temporalProperties().isActive() and pts.temporalProperties().startField() == "time"
    assert cone.renderer().symbol().color().alpha() < 255  # translucent fill


def test_cancel_writes_nothing(bw_provider, tmp_path):
    fb = Capture()
    fb.cancel()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run(tmp_path, fb, TRACK=track_layer({"B": geodesic_fixes()}))
    assert not (tmp_path / "points.gpkg").exists() and not (tmp_path / "cone.gpkg").exists()
