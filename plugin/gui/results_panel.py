"""The Results section: a few columns that fit the dock, every field of the chosen row below, a Copy button.

Layers are recognised by their output kind (``qgis_io.kinds.kind_of``), headings come from the kind's field
titles, values are shown in aviation units beside metric (``display``). A proposed NOTAM is shown in full in the
read-only box and copied whole with one click.
"""

from __future__ import annotations

import math

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QDateTime, QObject, Qt, pyqtSignal
from qgis.PyQt.QtGui import QFontMetrics
from qgis.PyQt.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableWidgetItem

from ..core.kinds import BOOL, TEXT, OutputKind
from ..qgis_io.kinds import kind_of
from ..toolbelt.i18n import tr
from .display import TABLES, TableSpec, heading, rank_key, unit_hint, value_text
from .titles import title

ROW_ROLE = Qt.ItemDataRole.UserRole  # (layer id, feature id, epoch seconds or NaN)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the value a column sorts on (numbers as numbers)
HEADER_PADDING = 12  # px around a heading's text, with room for the sort arrow
HEADER_FONT_SCALE = 0.9  # headings a little smaller than the values: three columns in a narrow dock


class _SortItem(QTableWidgetItem):
    """Sorts on the stored value, so '9.5 km' comes before '13.2 km' and empty cells go last."""

    def __lt__(self, other):
        a, b = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if a is None or b is None:
            return b is None and a is not None
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)


def time_text(value: QDateTime, compact: bool = False) -> str:
    if not isinstance(value, QDateTime) or not value.isValid():
        return ""
    # compact: day, month and time on two short lines (the year is in the details)
    return value.toString("dd MMM\nHH:mm" if compact else "yyyy-MM-dd HH:mm:ss") + ("" if compact else " UTC")


def cell_text(kind: OutputKind, name: str, value, compact: bool = False) -> str:
    if isinstance(value, QDateTime):
        return time_text(value, compact)
    if name == "status" and isinstance(value, str):
        return tr(value)
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    if name in kind.names and kind.field(name).type == BOOL:
        return tr("yes") if value else tr("no")
    return value_text(kind, name, value, compact)


def _sort_key(value):
    if isinstance(value, QDateTime):
        return value.toMSecsSinceEpoch() if value.isValid() else None
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


def _sort_last_if_empty(key):
    return (key is None, key if key is not None else 0)


class ResultsPanel(QObject):
    """Drives the Results widgets of the dock (view only: the controller decides what to show)."""

    activated = pyqtSignal(str, int, float)  # layer id, feature id, epoch seconds (NaN: no time)

    def __init__(self, table, details, copy_button, status, parent=None):
        super().__init__(parent)
        self.table, self.details, self.copy_button, self.status = table, details, copy_button, status
        self.kind: OutputKind | None = None
        self.spec: TableSpec | None = None
        self._texts: list[tuple[str, str]] = []  # per row: (details, text to copy)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # one line per name, cut with '…' (the tooltip and the details have it whole); numbers and times
        # carry their own line breaks (km over NM, day over time)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = table.horizontalHeader()
        header.setHighlightSections(False)  # a selected row would set every heading in bold, wider than measured
        header_font = header.font()
        header_font.setPointSizeF(header_font.pointSizeF() * HEADER_FONT_SCALE)
        header.setFont(header_font)
        table.verticalHeader().setVisible(False)
        table.cellDoubleClicked.connect(self._double_clicked)
        table.itemSelectionChanged.connect(self._selection_changed)
        copy_button.clicked.connect(self.copy)
        copy_button.setEnabled(False)

    # ------------------------------------------------------------------ fill
    def show(self, layer: QgsVectorLayer) -> int:
        """Fill from a layer of one of the kinds in ``display.TABLES``; returns the number of rows shown."""
        kind = kind_of(layer)
        if kind is None or kind.id not in TABLES:
            raise ValueError(f"layer {layer.name()} is not a result the dock shows (kind {kind and kind.id})")
        self.kind, self.spec = kind, TABLES[kind.id]
        present = set(layer.fields().names())
        columns = [c for c in self.spec.columns if c in present]
        feats = list(layer.getFeatures())
        spec = self.spec
        if spec.sort_field in present and spec.rank:
            timed = spec.time_field in present
            feats.sort(key=lambda f: (rank_key(spec, f[spec.sort_field]),
                                      _sort_last_if_empty(_sort_key(f[spec.time_field]) if timed else None)))
        elif spec.sort_field in present:
            feats.sort(key=lambda f: _sort_last_if_empty(_sort_key(f[spec.sort_field])))
        table = self.table
        table.setSortingEnabled(False)
        table.clear()
        table.setColumnCount(len(columns))
        table.setHorizontalHeaderLabels([heading(title(kind.field(c).title or c), unit_hint(kind, c))
                                         for c in columns])
        table.setRowCount(len(feats))
        self._texts = []
        for i, f in enumerate(feats):
            when = f[self.spec.time_field] if self.spec.time_field in present else None
            epoch = when.toMSecsSinceEpoch() / 1000.0 if isinstance(when, QDateTime) and when.isValid() else math.nan
            details, copy_text = self._details(f, present)
            for j, name in enumerate(columns):
                item = _SortItem(cell_text(kind, name, f[name], compact=True))
                ranked = name == spec.sort_field and spec.rank  # a status column sorts by severity
                item.setData(SORT_ROLE, rank_key(spec, f[name])[0] if ranked else _sort_key(f[name]))
                item.setData(ROW_ROLE, (layer.id(), f.id(), epoch, i))
                item.setToolTip(cell_text(kind, name, f[name]))
                table.setItem(i, j, item)
            self._texts.append((details, copy_text))
        self._fit_columns()
        table.resizeRowsToContents()
        table.setSortingEnabled(True)
        self.copy_button.setText(tr("Copy NOTAM text") if self.spec.text_field else tr("Copy details"))
        self.status.setText(tr("{} row(s) from {}. Double-click a row to zoom and jump in time.").format(
            len(feats), layer.name()))
        if feats:
            table.selectRow(0)
        else:
            self.details.setPlainText("")
            self.copy_button.setEnabled(False)
        return len(feats)

    def _fit_columns(self) -> None:
        """The first column (a name) takes what the others leave; they are as wide as their widest line.

        Qt sizes a multi-line heading as if it were one line, so heading lines are measured here."""
        table, header = self.table, self.table.horizontalHeader()
        bold = header.font()
        bold.setBold(True)  # some styles draw headings bold: measure the widest case
        metrics = QFontMetrics(bold)
        for j in range(table.columnCount()):
            if j == 0:
                header.setSectionResizeMode(j, QHeaderView.ResizeMode.Stretch)
                continue
            label = table.horizontalHeaderItem(j).text()
            head = max(metrics.horizontalAdvance(line) for line in label.split("\n")) + HEADER_PADDING
            header.setSectionResizeMode(j, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(j, max(table.sizeHintForColumn(j), head))

    def _details(self, feature, present: set[str]) -> tuple[str, str]:
        """Every field of the kind, one per line with its heading; the text to copy (NOTAM text or all)."""
        lines = []
        for field in self.kind.fields:
            if field.name not in present or field.name == self.spec.text_field:
                continue
            text = cell_text(self.kind, field.name, feature[field.name])
            if not text:
                if field.type == TEXT:  # an empty note says nothing; an empty number or time is unknown
                    continue
                text = tr("not known")
            lines.append(f"{title(field.title or field.name)}: {text}")
        details = "\n".join(lines)
        if self.spec.text_field and self.spec.text_field in present:
            notam = feature[self.spec.text_field]
            notam = "" if notam is None or (hasattr(notam, "isNull") and notam.isNull()) else str(notam)
            return (notam + "\n\n" + details).strip(), notam
        return details, details

    # ------------------------------------------------------------------ interaction
    def current_row(self) -> int | None:
        """The index (into the shown features) of the selected row, whatever the sorting."""
        items = self.table.selectedItems()
        if not items:
            return None
        return items[0].data(ROW_ROLE)[3]

    def copy_text(self) -> str:
        row = self.current_row()
        return self._texts[row][1] if row is not None else ""

    def copy(self) -> None:
        text = self.copy_text()
        if text:
            QApplication.clipboard().setText(text)
            self.status.setText(tr("Copied to the clipboard."))

    def _selection_changed(self) -> None:
        row = self.current_row()
        self.details.setPlainText(self._texts[row][0] if row is not None else "")
        self.copy_button.setEnabled(bool(row is not None and self._texts[row][1]))

    def _double_clicked(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            layer_id, fid, epoch, _index = item.data(ROW_ROLE)
            self.activated.emit(layer_id, fid, epoch)
