"""Data model shared by readers, analyses and the QGIS layer.

Coordinates are WGS 84 degrees, longitudes normalised to [-180, 180); times are UTC epoch seconds
(float, NaN when unknown); altitudes are metres above mean sea level (NaN when unknown).
Geometries in core are plain nested lists of ``(lon, lat)`` tuples:
``MultiPolygon = list[Polygon]``, ``Polygon = list[Ring]`` (outer ring first), ``Ring = list[(lon, lat)]``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .messages import tr

Ring = list[tuple[float, float]]
Polygon = list[Ring]
MultiPolygon = list[Polygon]


@dataclass
class Track:
    """One object's track: parallel arrays, sorted by time when times are known."""

    track_id: str
    lon: np.ndarray
    lat: np.ndarray
    times: np.ndarray  # float64 epoch seconds UTC, NaN if unknown
    alt_m: np.ndarray  # float64 metres MSL, NaN if unknown
    source: str = ""
    # Original per-fix attributes (name -> list/array of the same length), kept for the output layer.
    attributes: dict[str, Any] = field(default_factory=dict)
    # Source line number of each fix (1-based) where the format has lines, else None.
    lines: np.ndarray | None = None

    def __post_init__(self) -> None:
        self.lon = np.asarray(self.lon, dtype=float)
        self.lat = np.asarray(self.lat, dtype=float)
        self.times = np.asarray(self.times, dtype=float)
        self.alt_m = np.asarray(self.alt_m, dtype=float)
        n = len(self.lon)
        for name in ("lat", "times", "alt_m"):
            if len(getattr(self, name)) != n:
                raise ValueError(
                    tr(
                        "Track {track_id}: '{name}' has {count} values, expected {n}",
                        track_id=self.track_id,
                        name=name,
                        count=len(getattr(self, name)),
                        n=n,
                    )
                )

    def __len__(self) -> int:
        return len(self.lon)

    @property
    def has_times(self) -> bool:
        return bool(len(self) and np.isfinite(self.times).all())

    @property
    def has_alt(self) -> bool:
        return bool(len(self) and np.isfinite(self.alt_m).any())

    def position_at(self, t) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(lon, lat, alt_m) arrays at epoch times ``t``: geodesic between the fixes around each time, altitude
        linear in time (see ``core.motion``); NaN outside the timed fixes."""
        from .motion import position_at  # motion -> geodesy -> model: import on use

        return position_at(self, t)


@dataclass
class ReadResult:
    """What a reader returns: tracks, the detected format, and skipped-record issues."""

    tracks: list[Track]
    format: str
    issues: Any = None  # errors.IssueLog
    notes: list[str] = field(default_factory=list)  # assumptions the analyst should know


@dataclass
class Airspace:
    """One airspace volume with its active window.

    ``floor_ref``/``ceiling_ref`` are one of MSL, AGL, STD (pressure altitude, flight levels), SFC, UNL.
    Limits in metres; FL converted with 1 FL = 100 ft on the standard atmosphere (stated in ``notes``).
    """

    ident: str
    name: str
    kind: str
    geometry: MultiPolygon
    floor_m: float = 0.0
    floor_ref: str = "SFC"
    ceiling_m: float = float("inf")
    ceiling_ref: str = "UNL"
    start_time: float | None = None  # epoch s UTC; None = permanent/unknown
    end_time: float | None = None
    schedule: str = ""
    source: str = ""
    line: int | None = None  # source line (or record number) where it starts
    notes: str = ""  # assumptions and flags (e.g. "AGL limit treated as MSL: no DEM")
    text: str = ""  # NOTAM-style text where the source has one
    airspace_class: str = ""  # ICAO class or the source's class code (OpenAir AC, AIXM type...)
    airspace_type: str = ""  # restricted, prohibited, danger, TFR... as the source names it (OpenAir AY...)
    repair: str = ""  # what was done to an invalid outline to keep it (empty: nothing)
    limits: str = ""  # how the vertical limits were obtained when they are not the source's own (proposals)
