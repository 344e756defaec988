"""Every kind of layer Balloon Watch produces, defined once: its fields, geometry, time fields and style.

Producers (the Processing algorithms, the GeoPackage writer) and consumers (styles, the dock, the briefing)
share these definitions. A layer carries its kind as a custom property (see ``qgis_io.kinds``), so a consumer
finds "the approaches" by kind, never by guessing from a field name. Values are stored in SI units and UTC:
metres, seconds, m/s; analysts' units (ft, FL, NM) are derived where a person reads them.

Pure Python: no Qt, no QGIS.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# field types, mapped to QGIS types in qgis_io.kinds and to SQLite types in core.track_store
TEXT, REAL, INT, DATETIME, BOOL = "text", "real", "int", "datetime", "bool"

PROPERTY = "balloon_watch/kind"  # the layer custom property that holds the kind id


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    unit: str = ""
    title: str = ""  # heading for a person (dock, briefing); the name where empty


@dataclass(frozen=True)
class OutputKind:
    id: str  # also the style file name: resources/styles/<id>.qml
    title: str
    geometry: str  # point, line, polygon
    fields: tuple[Field, ...]
    wkb: str = ""  # the exact geometry type written (a QgsWkbTypes name), empty where we write none
    start_field: str | None = None  # Temporal Controller: instant or start
    end_field: str | None = None  # Temporal Controller: end (None: instant)
    extra_fields: bool = False  # producers may append fields of their input (original attributes)
    description: str = ""
    names: tuple[str, ...] = field(default=(), init=False)

    def __post_init__(self):
        object.__setattr__(self, "names", tuple(f.name for f in self.fields))

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.id} has no field {name}")


_AIRSPACE = (
    Field("ident", TEXT, title="Ident"), Field("name", TEXT, title="Name"), Field("kind", TEXT, title="Type"),
    Field("floor_m", REAL, "m", "Floor"), Field("floor_ref", TEXT, title="Floor ref."),
    Field("ceiling_m", REAL, "m", "Ceiling"), Field("ceiling_ref", TEXT, title="Ceiling ref."),
    Field("start_time", DATETIME, title="Active from (UTC)"), Field("end_time", DATETIME, title="Active to (UTC)"),
    Field("schedule", TEXT, title="Schedule"), Field("source", TEXT, title="Source"),
    Field("notes", TEXT, title="Notes"), Field("text", TEXT, title="Text"),
    Field("class", TEXT, title="Class"), Field("type", TEXT, title="Airspace type"),
    Field("repair", TEXT, title="Outline repair"), Field("limits", TEXT, title="Limits assumed"),
)

TRACK_POINTS = OutputKind(
    "track_points", "Track points", "point",
    (Field("track_id", TEXT, title="Track"), Field("time", DATETIME, title="Time (UTC)"),
     Field("alt_m", REAL, "m", "Altitude"), Field("speed_ms", REAL, "m/s", "Speed"),
     Field("heading_deg", REAL, "deg", "Heading"), Field("vrate_ms", REAL, "m/s", "Vertical rate"),
     Field("source", TEXT, title="Source"), Field("src_line", REAL, title="Source line")),
    wkb="Point", start_field="time", extra_fields=True,
    description="One point per fix, with the source's own attributes.")

TRACK_LINE = OutputKind(
    "track_line", "Track line", "line",
    (Field("track_id", TEXT, title="Track"), Field("start_time", DATETIME, title="Start (UTC)"),
     Field("end_time", DATETIME, title="End (UTC)"), Field("length_m", REAL, "m", "Length"),
     Field("points", INT, title="Fixes"), Field("source", TEXT, title="Source")),
    wkb="MultiLineStringZM", start_field="start_time", end_field="end_time",
    description="One LineStringZM per track (Z altitude, M epoch seconds), split at the antimeridian.")

SITES = OutputKind(
    "sites", "Sensitive sites", "point",
    (Field("name", TEXT, title="Site"), Field("kind", TEXT, title="Type"), Field("elev_ft", REAL, "ft", "Elevation"),
     Field("elev_m", REAL, "m", "Elevation"), Field("source", TEXT, title="Source")),
    extra_fields=True)

SITE_BUFFERS = OutputKind(
    "site_buffers", "Site buffers", "polygon", (Field("ring_m", REAL, "m", "Buffer distance"),),
    wkb="MultiPolygon", extra_fields=True,
    description="Geodesic buffers: the site's own fields plus the outer distance.")

APPROACHES = OutputKind(
    "approach_events", "Closest approaches", "point",
    (Field("site_id", TEXT, title="Site id"), Field("site_name", TEXT, title="Site"),
     Field("track_id", TEXT, title="Track"), Field("cpa_m", REAL, "m", "Closest approach"),
     Field("cpa_time", DATETIME, title="CPA time (UTC)"), Field("cpa_alt_m", REAL, "m", "Altitude at CPA"),
     Field("bearing_deg", REAL, "deg", "Bearing from site"), Field("enter_time", DATETIME, title="Entry (UTC)"),
     Field("exit_time", DATETIME, title="Exit (UTC)"), Field("dwell_s", REAL, "s", "Dwell")),
    wkb="Point", start_field="enter_time", end_field="exit_time",
    description="One point per pass of a track by a site: the closest point of approach.")

APPROACH_PARTS = OutputKind(
    "approach_parts", "Approach parts inside the alert radius", "line",
    (Field("site_id", TEXT, title="Site id"), Field("site_name", TEXT, title="Site"),
     Field("track_id", TEXT, title="Track"), Field("cpa_m", REAL, "m", "Closest approach"),
     Field("enter_time", DATETIME, title="Entry (UTC)"), Field("exit_time", DATETIME, title="Exit (UTC)"),
     Field("dwell_s", REAL, "s", "Dwell")),
    wkb="MultiLineStringZM", start_field="enter_time", end_field="exit_time")

AIRSPACE = OutputKind(
    "airspace", "Airspace closures", "polygon", _AIRSPACE, wkb="MultiPolygon", start_field="start_time",
    end_field="end_time")

CLOSURES_FLAGGED = OutputKind(
    "closures_flagged", "Closures checked against the track", "polygon",
    _AIRSPACE + (Field("status", TEXT, title="Status"), Field("first_entry", DATETIME, title="First entry (UTC)"),
                 Field("last_exit", DATETIME, title="Last exit (UTC)"), Field("inside_s", REAL, "s", "Time inside"),
                 Field("min_vsep_m", REAL, "m", "Least vertical separation"), Field("note", TEXT, title="Note")),
    wkb="MultiPolygon", start_field="start_time", end_field="end_time")

CLOSURE_EVENTS = OutputKind(
    "closure_events", "Passages through closures", "line",
    (Field("ident", TEXT, title="Ident"), Field("name", TEXT, title="Closure"), Field("track_id", TEXT, title="Track"),
     Field("enter_time", DATETIME, title="Entry (UTC)"), Field("exit_time", DATETIME, title="Exit (UTC)"),
     Field("duration_s", REAL, "s", "Duration"), Field("violated", BOOL, title="Violated")),
    wkb="LineStringZM", start_field="enter_time", end_field="exit_time")

PROPOSALS = OutputKind(
    "proposals", "Proposed closures", "polygon", _AIRSPACE, wkb="MultiPolygon", start_field="start_time",
    end_field="end_time", extra_fields=True)

FORECAST_POINTS = OutputKind(
    "forecast_points", "Forecast positions", "point",
    (Field("track_id", TEXT, title="Track"), Field("time", DATETIME, title="Time (UTC)"),
     Field("lead_h", REAL, "h", "Lead"), Field("alt_m", REAL, "m", "Altitude"),
     Field("radius_m", REAL, "m", "Uncertainty radius"), Field("method", TEXT, title="Method")),
    wkb="Point", start_field="time")

FORECAST_CONE = OutputKind(
    "forecast_cone", "Forecast uncertainty cone", "polygon",
    (Field("track_id", TEXT, title="Track"), Field("method", TEXT, title="Method"),
     Field("horizon_h", REAL, "h", "Horizon"), Field("notes", TEXT, title="Notes")), wkb="MultiPolygon")

FORECAST_ETA = OutputKind(
    "forecast_eta", "Forecast arrival at sites", "point",
    (Field("site", TEXT, title="Site"), Field("track_id", TEXT, title="Track"),
     Field("earliest_entry", DATETIME, title="Earliest entry (UTC)"),
     Field("likely_entry", DATETIME, title="Likely entry (UTC)"),
     Field("cpa_time", DATETIME, title="Forecast CPA time (UTC)"), Field("cpa_m", REAL, "m", "Forecast CPA"),
     Field("cpa_uncertainty_m", REAL, "m", "CPA uncertainty"), Field("alert_m", REAL, "m", "Alert radius"),
     Field("inside_now", BOOL, title="Inside now")), wkb="Point")

ALL: tuple[OutputKind, ...] = (TRACK_POINTS, TRACK_LINE, SITES, SITE_BUFFERS, APPROACHES, APPROACH_PARTS, AIRSPACE,
                               CLOSURES_FLAGGED, CLOSURE_EVENTS, PROPOSALS, FORECAST_POINTS, FORECAST_CONE,
                               FORECAST_ETA)
BY_ID: dict[str, OutputKind] = {k.id: k for k in ALL}


def kind(kind_id: str) -> OutputKind:
    """The kind with this id (KeyError names the unknown id)."""
    try:
        return BY_ID[kind_id]
    except KeyError:
        raise KeyError(f"unknown output kind {kind_id!r}") from None
