"""Short-range position forecasts for a drifting balloon, their uncertainty cone, back-tests and ETAs.

Two forecasters:

* :func:`forecast_persistence`: the balloon keeps the mean geodesic velocity of the last ``window_h`` hours.
* :func:`forecast_wind`: the balloon is advected from its last fix by a gridded wind (see ``winds``) at its
  level, with a second-order (Heun) scheme on the ellipsoid.

Every forecast carries an uncertainty radius per step from a cone model: radius as a function of lead time.
:func:`calibrate_cone` measures it on the track's own history (forecast from past points, compare with where
the balloon really went); without a calibration a stated default is used. :func:`cone_polygon` draws the union
of the uncertainty circles; :func:`eta` turns a forecast into per-site arrival estimates.

All distances and directions are geodesics on WGS 84 (pyproj ``Geod``). Modules: ``models`` (forecast data and
the forecasters), ``backtest`` (back-tests, cone calibration), ``cone`` (the cone's outline), ``eta``; a
predictor's answer is read by ``tracks.prediction`` (re-exported here as ``read_prediction``).
"""

from .backtest import CalibratedForecast, backtest, calibrate_cone, calibrated_forecast
from .cone import cone_polygon
from .eta import Eta, eta
from .models import ConeModel, Forecast, default_cone, forecast_persistence, forecast_wind, from_prediction

__all__ = [
    "CalibratedForecast", "ConeModel", "Eta", "Forecast", "backtest", "calibrate_cone", "calibrated_forecast",
    "cone_polygon", "default_cone", "eta", "forecast_persistence", "forecast_wind", "from_prediction",
    "read_prediction",
]


def __getattr__(name: str):
    # the predictor reader lives with the track readers and imports this package's models: re-exported lazily
    if name == "read_prediction":
        from ..tracks.prediction import read_prediction

        return read_prediction
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
