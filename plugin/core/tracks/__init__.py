"""Balloon track readers: CSV/TSV, GPX, KML/KMZ, GeoJSON and Moving Features, SondeHub, APRS, UKHAS.

``read_track_bytes``/``read_track_file`` detect the format from the content, return a ReadResult with one
Track per object (callsign, track name, id column...) and an IssueLog of skipped records.
"""

from __future__ import annotations

import os
from typing import Any

from ..errors import BalloonWatchError, InputError
from ..messages import tr
from ..model import ReadResult, Track
from .csv_reader import CsvPreview, preview_csv
from .derive import derive, merge_tracks, split_antimeridian
from .detect import detect_format
from .net import fetch_url, sondehub_query

FORMATS: dict[str, str] = {
    "csv": "CSV / TSV text",
    "gpx": "GPX 1.1",
    "kml": "KML (Google Earth)",
    "kmz": "KMZ (zipped KML)",
    "geojson": "GeoJSON / OGC Moving Features JSON",
    "sondehub": "SondeHub telemetry JSON",
    "aprs": "APRS-IS log",
    "ukhas": "UKHAS telemetry sentences",
    "prediction": "Balloon prediction (Tawhiri / SondeHub predictor JSON), imported as a predicted track",
}

# Largest track file read into memory (a 1,000,000-fix CSV is about 60 MB).
MAX_FILE_BYTES = 1024 * 1024 * 1024


def read_track_bytes(data: bytes, name: str, fmt: str | None = None, tz: str = "UTC",
                     column_map: dict | None = None, date: str | None = None, alt_unit: str | None = None,
                     feedback: Any = None) -> ReadResult:
    """Read tracks from bytes; ``fmt`` None = detect from content. Options apply where they make sense:
    ``tz`` (IANA) for zone-less times, ``column_map``/``alt_unit`` for CSV, ``date`` for times of day
    (CSV time-only columns, UKHAS, APRS packets without a log timestamp)."""
    if not data or data.isspace():
        raise InputError(tr("file is empty"), name)
    fmt = (fmt or detect_format(data[:262144], name)).lower()
    if fmt not in FORMATS:
        raise InputError(tr("unknown format '{fmt}' (known: {formats})", fmt=fmt, formats=', '.join(FORMATS)), name)
    try:
        return _dispatch(data, name, fmt, tz, column_map, date, alt_unit, feedback)
    except (BalloonWatchError, MemoryError):
        raise
    except (TypeError, ValueError, KeyError, AttributeError, IndexError, OverflowError) as exc:
        # last line of defence: a structure no reader branch expected must not become a traceback
        raise InputError(
            tr(
                "unexpected content for {formats} ({error}: {exc})",
                formats=FORMATS[fmt],
                error=type(exc).__name__,
                exc=exc,
            ),
            name,
        ) from exc


def _dispatch(data: bytes, name: str, fmt: str, tz: str, column_map: dict | None, date: str | None,
              alt_unit: str | None, feedback: Any) -> ReadResult:
    if fmt == "csv":
        from .csv_reader import read_csv

        return read_csv(data, name, tz, column_map, date, alt_unit, feedback)
    if fmt == "gpx":
        from .gpx import read_gpx

        return read_gpx(data, name, tz, feedback)
    if fmt in ("kml", "kmz"):
        from .kml import read_kml, read_kmz

        return (read_kmz if fmt == "kmz" else read_kml)(data, name, tz, feedback)
    if fmt == "geojson":
        from .geojson_reader import read_geojson

        return read_geojson(data, name, tz, feedback)
    if fmt == "sondehub":
        from .sondehub import read_sondehub

        return read_sondehub(data, name, feedback)
    if fmt == "aprs":
        from .aprs import read_aprs

        return read_aprs(data, name, tz, date, feedback)
    if fmt == "prediction":
        from .predicted import read_prediction_track

        return read_prediction_track(data, name, feedback)
    from .ukhas import read_ukhas

    return read_ukhas(data, name, tz, date, feedback)


def read_track_file(path: str, fmt: str | None = None, tz: str = "UTC", column_map: dict | None = None,
                    date: str | None = None, alt_unit: str | None = None, feedback: Any = None) -> ReadResult:
    """Read a track file from disk (see ``read_track_bytes``)."""
    try:
        size = os.path.getsize(path)
        if size > MAX_FILE_BYTES:
            raise InputError(
                tr("file is larger than {limit} MB", limit=MAX_FILE_BYTES // 2**20), path
            )
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise InputError(tr("cannot read file ({strerror})", strerror=exc.strerror), path) from None
    return read_track_bytes(data, path, fmt, tz, column_map, date, alt_unit, feedback)


__all__ = [
    "FORMATS", "CsvPreview", "ReadResult", "Track", "derive", "detect_format", "fetch_url", "merge_tracks",
    "preview_csv", "read_track_bytes", "read_track_file", "sondehub_query", "split_antimeridian",
]
