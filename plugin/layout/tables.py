"""The briefing's tables, each filled from the layer of one output kind, in the units analysts brief in.

``events_table``: closest approaches (observed), ``closures_table``: closures the track met, ``forecast_table``:
forecast arrival at sites (not observed). A table whose kind is absent is hidden with its heading.
"""

from __future__ import annotations

from qgis.core import QgsLayoutFrame, QgsLayoutItemAttributeTable, QgsLayoutTable, QgsLayoutTableColumn, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from ..core.kinds import APPROACHES, CLOSURES_FLAGGED, FORECAST_ETA
from ..qgis_io.kinds import layers_of_kind
from ..toolbelt.i18n import tr
from .texts import set_text

TABLE_ROWS = 10
# which kind fills which table; the heading says what it holds
TABLE_KINDS = {"events_table": APPROACHES.id, "closures_table": CLOSURES_FLAGGED.id,
               "forecast_table": FORECAST_ETA.id}
HEADINGS = {"events_table": "events_heading", "closures_table": "closures_heading",
            "forecast_table": "forecast_heading"}


def ft_expr(field: str) -> str:
    """Altitude in feet, thousands separated ('61,434')."""
    return 'format_number("{}" / 0.3048, 0)'.format(field)


def fl_expr(field: str) -> str:
    """Flight level from a geometric altitude in metres (hundreds of feet; no pressure correction)."""
    return "'FL' || lpad(to_string(round(\"{}\" / 30.48)), 3, '0')".format(field)


def limit_expr(prefix: str) -> str:
    """A closure's floor or ceiling as briefed: SFC, UNL, FL, or feet with their reference."""
    m, ref = f'"{prefix}_m"', f'"{prefix}_ref"'
    return (f"CASE WHEN {ref} = 'SFC' OR ({m} = 0 AND {ref} IS NULL) THEN 'SFC' "
            f"WHEN {ref} = 'UNL' OR {m} IS NULL THEN 'UNL' "
            f"WHEN {ref} = 'STD' THEN 'FL' || lpad(to_string(round({m} / 30.48)), 3, '0') "
            f"ELSE format_number({m} / 0.3048, 0) || ' ft ' || coalesce({ref}, '') END")


def time_expr(field: str) -> str:
    return "format_date(\"{}\", 'yyyy-MM-dd HH:mm')".format(field)


def _table(layout, item_id: str) -> QgsLayoutItemAttributeTable | None:
    frame = layout.itemById(item_id)
    if isinstance(frame, QgsLayoutFrame) and isinstance(frame.multiFrame(), QgsLayoutItemAttributeTable):
        return frame.multiFrame()
    return None


def _column(expression: str, heading: str, width: float = 0.0) -> QgsLayoutTableColumn:
    col = QgsLayoutTableColumn(heading)
    col.setAttribute(expression)
    col.setWidth(width)
    return col


def _show(layout, table, heading_id: str, visible: bool) -> None:
    for i in range(table.frameCount()):
        table.frame(i).setVisibility(visible)
    heading = layout.itemById(heading_id)
    if heading is not None:
        heading.setVisibility(visible)


def _first(layers, kind_id: str) -> QgsVectorLayer | None:
    found = layers_of_kind(kind_id, layers)
    return found[0] if found else None


def _events_columns() -> list[QgsLayoutTableColumn]:
    return [_column('"site_name"', tr("Site"), 40.0),
            _column('format_number("cpa_m" / 1000.0, 1)', tr("CPA km")),  # always one decimal
            _column('format_number("cpa_m" / 1852.0, 1)', tr("CPA NM")),
            _column(time_expr("cpa_time"), tr("CPA time UTC")),
            _column(ft_expr("cpa_alt_m"), tr("Alt ft")),
            _column(fl_expr("cpa_alt_m"), tr("FL"))]


def _closures_columns() -> list[QgsLayoutTableColumn]:
    return [_column('"name"', tr("Closure"), 52.0),
            _column('"status"', tr("Status"), 18.0),
            _column(limit_expr("floor") + " || ' - ' || " + limit_expr("ceiling"), tr("Floor - ceiling"), 24.0),
            _column(time_expr("first_entry"), tr("First entry UTC"), 24.0)]


def _forecast_columns() -> list[QgsLayoutTableColumn]:
    return [_column('"site"', tr("Site"), 40.0),
            _column(time_expr("likely_entry"), tr("Likely entry UTC")),
            _column(time_expr("cpa_time"), tr("CPA time UTC")),
            _column('format_number("cpa_m" / 1000.0, 1)', tr("CPA km")),
            _column('format_number("cpa_m" / 1852.0, 1)', tr("CPA NM")),
            _column('format_number("cpa_uncertainty_m" / 1000.0, 0)', tr("+/- km"))]


TABLES = {
    "events_table": (_events_columns, "cpa_m", '"cpa_m" IS NOT NULL',
                     "Closest approaches, observed (top {})", "No approach inside the alert radius"),
    "closures_table": (_closures_columns, "first_entry", "\"status\" <> 'clear'",
                       "Closures met by the track", "No closure met"),
    "forecast_table": (_forecast_columns, "cpa_m", '"cpa_m" IS NOT NULL',
                       "Forecast arrival at sites, NOT observed (top {})", "No forecast arrival"),
}


def fill_tables(layout, layers) -> dict[str, QgsVectorLayer | None]:
    """Fill each table from the first layer of its kind among ``layers``; returns {table id: layer or None}."""
    used = {}
    for table_id, kind_id in TABLE_KINDS.items():
        columns, sort_field, where, heading, empty = TABLES[table_id]
        table = _table(layout, table_id)
        source = _first(layers, kind_id)
        used[table_id] = source if table is not None else None
        if table is None:
            continue
        set_text(layout, HEADINGS[table_id], tr(heading).format(TABLE_ROWS))
        table.setEmptyTableMessage(tr(empty))
        _show(layout, table, HEADINGS[table_id], source is not None)
        if source is not None:
            table.setVectorLayer(source)
            table.setDisplayOnlyVisibleFeatures(False)
            table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
            table.setColumns(columns())
            sort = _column('"{}"'.format(sort_field), sort_field)
            sort.setSortOrder(Qt.SortOrder.AscendingOrder)
            table.setSortColumns([sort])
            table.setMaximumNumberOfFeatures(TABLE_ROWS)
            table.setFilterFeatures(True)
            table.setFeatureFilter(where)
        table.refreshAttributes()
    return used
