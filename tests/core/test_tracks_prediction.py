"""Balloon predictor answers (Tawhiri, SondeHub) read as a Forecast: ``core/tracks/prediction.py``.

Also the forecast made from one (cut at the horizon, the stated default cone), in ``core/forecast``.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from builders import GEOD, T0

from balloon_watch.plugin.core.errors import InputError
from balloon_watch.plugin.core.forecast import default_cone, from_prediction
from balloon_watch.plugin.core.tracks.prediction import read_prediction

# ------------------------------------------------------------------ predictor files
TAWHIRI = {
    "metadata": {"complete_datetime": "2023-02-02T21:32:52.036925Z", "start_datetime": "2023-02-02T21:32:51.929028Z"},
    "prediction": [
        {"stage": "ascent", "trajectory": [
            {"altitude": 0.0, "datetime": "2023-02-02T23:00:00Z", "latitude": 50.0, "longitude": 359.5},
            {"altitude": 29997.65625, "datetime": "2023-02-03T00:39:59.53125Z", "latitude": 50.016585320900354,
             "longitude": 0.0037172612852707},
        ]},
        {"stage": "descent", "trajectory": [
            {"altitude": 29997.65625, "datetime": "2023-02-03T00:39:59.53125Z", "latitude": 50.016585320900354,
             "longitude": 0.0037172612852707},
            {"altitude": 69.78466142247058, "datetime": "2023-02-03T01:02:50.625Z", "latitude": 50.01827279347765,
             "longitude": 0.2934223933861644},
        ]},
    ],
    "request": {"ascent_rate": 5.0, "burst_altitude": 30000.0, "dataset": "2023-02-02T12:00:00Z",
                "descent_rate": 10.0, "launch_altitude": 0, "launch_datetime": "2023-02-02T23:00:00Z",
                "launch_latitude": 50.0, "launch_longitude": 359.5, "profile": "standard_profile", "version": 1},
}


def test_read_tawhiri_prediction_with_0_360_longitudes():
    fc = read_prediction(json.dumps(TAWHIRI, indent=2).encode(), "pred.json")
    assert len(fc) == 3  # the burst point repeated at the stage boundary is kept once
    assert fc.lon.tolist() == pytest.approx([-0.5, 0.0037172612852707, 0.2934223933861644])
    assert fc.lat[1] == pytest.approx(50.016585320900354)
    assert fc.times[0] == T0 + 23 * 3600
    assert fc.times[1] == pytest.approx(T0 + 24 * 3600 + 39 * 60 + 59.53125, abs=1e-5)
    assert fc.alt_m[1] == pytest.approx(29997.65625)
    assert any("2023-02-02T12:00:00Z" in n for n in fc.notes)


def test_read_sondehub_predictions_list():
    data = [{"vehicle": "S1234567", "time": "2023-02-02T00:00:00Z", "latitude": 45.0, "longitude": 7.0,
             "altitude": 5500.0, "ascent_rate": 4.5, "descent_rate": 3.7, "burst_altitude": 28700.0,
             "descending": 0, "landed": 0,
             "data": json.dumps([{"time": T0, "lat": 45.0, "lon": 7.0, "alt": 5500.0},
                                 {"time": T0 + 60, "lat": 45.01, "lon": 7.02, "alt": 5770.0}])}]
    fc = read_prediction(json.dumps(data).encode(), "sh.json")
    assert fc.track_id == "S1234567" and fc.times.tolist() == [T0, T0 + 60] and fc.lon[1] == 7.02


@pytest.mark.parametrize("payload, match", [
    (b'{"error": {"description": "Parameter \'launch_datetime\' not provided in request.", '
     b'"type": "RequestException"}, "metadata": {}}', "RequestException"),
    (b"<html>502</html>", "not a JSON"),
    (b'{"type": "FeatureCollection", "features": []}', "not a Tawhiri"),
    (b'{"prediction": [{"stage": "ascent", "trajectory": [{"datetime": "yesterday", "latitude": 1, '
     b'"longitude": 2, "altitude": 3}]}]}', "prediction\\[0\\].trajectory\\[0\\]"),
])
def test_read_prediction_rejects_other_input(payload, match):
    with pytest.raises(InputError, match=match):
        read_prediction(payload, "x.json")


def test_forecast_from_a_prediction_is_cut_at_the_horizon_with_the_default_wind_cone():
    pred = read_prediction(json.dumps(TAWHIRI).encode(), "pred.json")
    fc = from_prediction(pred, "B1", horizon_h=1.7)
    assert len(fc) == 2 and fc.track_id == "B1" and fc.method == "tawhiri"
    assert any("cut at the 1.7 h horizon (1 later points)" in n for n in fc.notes)
    assert not any(n.startswith("no uncertainty given by the predictor: radius 0") for n in fc.notes)
    _, _, d = GEOD.inv(fc.lon[0], fc.lat[0], fc.lon[1], fc.lat[1])
    speed = d / (fc.times[1] - fc.times[0])
    expected = default_cone(speed, "wind").radius((fc.times - fc.times[0]) / 3600.0)
    assert fc.radius_m == pytest.approx(expected)
    assert fc.radius_m[1] > fc.radius_m[0] == pytest.approx(1000.0)
    assert np.all(fc.times <= fc.times[0] + 1.7 * 3600.0)
