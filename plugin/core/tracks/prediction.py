"""Balloon predictor answers (Tawhiri, SondeHub predictions) read as a Forecast."""

from __future__ import annotations

import json
import math
from datetime import datetime, timezone

import numpy as np

from ..errors import InputError
from ..forecast.models import Forecast
from ..geodesy import norm_lon
from ..messages import joined, tr


def _parse_rfc3339(s: str, name: str, where: str) -> float:
    txt = str(s).strip()
    if txt.endswith(("Z", "z")):
        txt = txt[:-1] + "+00:00"
    # Python < 3.11 fromisoformat accepts only 0, 3 or 6 fractional digits
    if "." in txt:
        head, rest = txt.split(".", 1)
        digits = "".join(ch for ch in rest if ch.isdigit())
        zone = rest[len(digits):]
        txt = f"{head}.{(digits + '000000')[:6]}{zone}"
    try:
        dt = datetime.fromisoformat(txt)
    except ValueError as exc:
        raise InputError(tr("'{s}' is not an RFC 3339 time", s=s), name, field=where) from exc
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.timestamp()


def _num(rec: dict, key: str, name: str, where: str) -> float:
    try:
        v = float(rec[key])
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(tr("missing or non-numeric '{key}'", key=key), name, field=where) from exc
    if not math.isfinite(v):
        raise InputError(tr("'{key}' is not a finite number", key=key), name, field=where)
    return v


def read_prediction(data: bytes, name: str) -> Forecast:
    """Read a balloon predictor answer as a Forecast (radius 0: predictors give no uncertainty).

    Tawhiri / SondeHub Tawhiri API: ``{"prediction": [{"stage", "trajectory": [{"datetime", "latitude",
    "longitude" (0..360), "altitude"}]}], "request", "metadata"}``; an ``error`` answer is reported as such.
    SondeHub ``/predictions`` list: ``[{"vehicle", ..., "data": "<JSON string of [{time, lat, lon, alt}]>"}]``
    (the first vehicle is read; the others are named in the notes).
    """
    try:
        doc = json.loads(data.decode("utf-8-sig") if isinstance(data, (bytes, bytearray)) else data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(tr("not a JSON document ({exc})", exc=exc), name) from exc
    if isinstance(doc, dict) and "error" in doc and "prediction" not in doc:
        err = doc["error"] if isinstance(doc["error"], dict) else {"description": str(doc["error"])}
        detail = f"{err.get('type', '')} {err.get('description', '')}".strip()
        raise InputError(tr("the predictor answered with an error: {detail}", detail=detail), name)
    times, lons, lats, alts, stages = [], [], [], [], []
    notes: list[str] = []
    track_id = ""
    if isinstance(doc, dict) and isinstance(doc.get("prediction"), list):
        for si, stage in enumerate(doc["prediction"]):
            if not isinstance(stage, dict) or not isinstance(stage.get("trajectory"), list):
                raise InputError(tr("a stage has no 'trajectory' list"), name, field=f"prediction[{si}]")
            for pi, pt in enumerate(stage["trajectory"]):
                where = f"prediction[{si}].trajectory[{pi}]"
                if not isinstance(pt, dict):
                    raise InputError(tr("a trajectory point is not an object"), name, field=where)
                times.append(_parse_rfc3339(pt.get("datetime", ""), name, where))
                lons.append(_num(pt, "longitude", name, where))
                lats.append(_num(pt, "latitude", name, where))
                alts.append(_num(pt, "altitude", name, where))
                stages.append(str(stage.get("stage", "")))
        req = doc.get("request") or {}
        method = "tawhiri"
        parts = [tr("Tawhiri prediction")]
        if "dataset" in req:
            parts.append(tr("dataset {dataset}", dataset=req["dataset"]))
        if "profile" in req:
            parts.append(tr("profile {profile}", profile=req["profile"]))
        parts.append(tr("stages {stages}", stages=", ".join(dict.fromkeys(stages))))
        notes.append(joined(parts))
    elif isinstance(doc, list) and doc and isinstance(doc[0], dict) and "data" in doc[0]:
        veh = doc[0]
        track_id = str(veh.get("vehicle", ""))
        raw = veh["data"]
        try:
            pts = json.loads(raw) if isinstance(raw, str) else raw
        except json.JSONDecodeError as exc:
            raise InputError(tr("the 'data' string is not JSON ({exc})", exc=exc), name, field="[0].data") from exc
        if not isinstance(pts, list):
            raise InputError(tr("'data' is not a list of points"), name, field="[0].data")
        for pi, pt in enumerate(pts):
            where = f"[0].data[{pi}]"
            if not isinstance(pt, dict):
                raise InputError(tr("a point is not an object"), name, field=where)
            times.append(_num(pt, "time", name, where))
            lons.append(_num(pt, "lon", name, where))
            lats.append(_num(pt, "lat", name, where))
            alts.append(_num(pt, "alt", name, where))
        method = "sondehub"
        notes.append(tr("SondeHub prediction for {track_id}", track_id=track_id))
        if len(doc) > 1:
            others = [str(v.get("vehicle", "?")) for v in doc[1:] if isinstance(v, dict)]
            notes.append(
                tr("{n_doc} other vehicle(s) not read: {others}", n_doc=len(doc) - 1, others=", ".join(others[:5]))
            )
    else:
        raise InputError(tr("not a Tawhiri prediction ('prediction' stages) nor a SondeHub predictions list"), name)
    if len(times) < 1:
        raise InputError(tr("the prediction has no trajectory points"), name)
    lat_a = np.asarray(lats)
    if np.any(np.abs(lat_a) > 90):
        raise InputError(tr("latitude outside -90..90"), name)
    lon_a = norm_lon(lons)  # Tawhiri gives 0..360
    t_a = np.asarray(times)
    order = np.argsort(t_a, kind="stable")
    t_a, lon_a, lat_a, alt_a = t_a[order], lon_a[order], lat_a[order], np.asarray(alts)[order]
    # stage boundaries repeat the same point: keep the first of equal times
    _, first = np.unique(t_a, return_index=True)
    notes.append(tr("no uncertainty given by the predictor: radius 0"))
    return Forecast(t_a[first], lon_a[first], lat_a[first], alt_a[first], np.zeros(len(first)), method, notes,
                    track_id)
