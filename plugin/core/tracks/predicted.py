"""A balloon predictor's answer (Tawhiri / SondeHub predictor JSON) imported as a track marked as predicted, so an
analyst can overlay it on the flown track. A thin call into the one prediction reader the forecast uses."""

from __future__ import annotations

import json
from typing import Any

import numpy as np

from ..errors import IssueLog
from ..feedback import check
from ..messages import tr
from ..model import ReadResult
from .common import finish, make_track, stem


def read_prediction_track(data: bytes, name: str, feedback: Any = None) -> ReadResult:
    """Predicted positions as one track: ``kind`` = 'predicted' and ``predicted`` = 1 on every fix, the
    Tawhiri stage (ascent, float, descent) where the file gives one; longitudes 0..360 are normalised."""
    from .prediction import read_prediction  # the forecast's reader: one way to read a prediction

    fc = read_prediction(data, name)
    check(feedback, 80)
    n = len(fc.times)
    attrs: dict[str, Any] = {"kind": ["predicted"] * n, "predicted": np.ones(n), "method": [fc.method] * n}
    stages = _stages(data, fc.times)
    if stages is not None:
        attrs["stage"] = stages
    tid = fc.track_id or f"{stem(name)} prediction"
    track = make_track(tid, fc.lon, fc.lat, fc.times, fc.alt_m, name, attrs)
    notes = [tr("Predicted track (not flown): {note}", note=note) for note in fc.notes
             if not note.startswith("no uncertainty")]
    return finish([track], "prediction", IssueLog(name), notes, name)


def _stages(data: bytes, times: np.ndarray) -> list[str] | None:
    """Stage name of each predicted time for a Tawhiri answer (the reader keeps the first of repeated stage
    boundary points, so the first stage that lists a time names it)."""
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(doc, dict) or not isinstance(doc.get("prediction"), list):
        return None
    from .prediction import _parse_rfc3339

    by_time: dict[float, str] = {}
    for stage in doc["prediction"]:
        for pt in stage.get("trajectory", []) if isinstance(stage, dict) else []:
            try:
                by_time.setdefault(_parse_rfc3339(pt.get("datetime", ""), "", ""), str(stage.get("stage", "")))
            except Exception:  # noqa: BLE001 - the reader has already refused a bad time; here a stage is optional
                continue
    return [by_time.get(float(t), "") for t in times]
