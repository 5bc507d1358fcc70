"""The table of all measures: model, filter proxy, and the panel with its filter bar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.formats import format_date
from workbench.model.enums import LabelledEnum, MeasureStatus, MeasureType, Priority
from workbench.services import strategy
from workbench.services.filtering import MeasureFilter, search_text
from workbench.services.measures import MeasureRow, measure_rows
from workbench.services.operations import ChangeSet

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

#: Tables whose change can alter what a row shows by name, so the whole list reloads.
NAME_TABLES = {"phases", "org_units", "people", "fields_of_action"}
#: Tables whose rows belong to one measure shown in the table.
ROW_TABLES = {"measures", "measure_fields"}


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[MeasureRow], str]
    sort: Callable[[MeasureRow], Any]


def _date_key(value: Any) -> str:
    return value.isoformat() if value else "9999"


COLUMNS = [
    Column("Kennung", lambda r: r.code, lambda r: r.code),
    Column("Titel", lambda r: r.title, lambda r: r.title.casefold()),
    Column("Typ", lambda r: r.type.label, lambda r: r.type.label),
    Column("Phase", lambda r: f"{r.phase_number} {r.phase_name}" if r.phase_number else "",
           lambda r: r.phase_number or 0),
    Column("Status", lambda r: r.status.label, lambda r: list(MeasureStatus).index(r.status)),
    Column("Priorität", lambda r: r.priority.label, lambda r: list(Priority).index(r.priority)),
    Column("Federführung", lambda r: r.lead_unit_name, lambda r: r.lead_unit_name.casefold()),
    Column("Beginn", lambda r: format_date(r.start_date), lambda r: _date_key(r.start_date)),
    Column("Ende", lambda r: format_date(r.end_date), lambda r: _date_key(r.end_date)),
    Column("Handlungsfelder", lambda r: r.field_names, lambda r: r.field_names.casefold()),
]


class MeasureTableModel(QAbstractTableModel):
    """All measures not in the recycle bin, one row each."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[MeasureRow] = []
        self.haystacks: list[str] = []
        self._row_of: dict[str, int] = {}

    # -- loading ---------------------------------------------------------------
    def load(self, rows: list[MeasureRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.haystacks = [search_text(r) for r in rows]
        self._reindex()
        self.endResetModel()

    def _reindex(self) -> None:
        self._row_of = {r.id: i for i, r in enumerate(self.rows)}

    def update_rows(self, fresh: list[MeasureRow], ids: set[str]) -> None:
        """Replace, add or remove the rows of the measures in *ids* (fresh holds the live ones)."""
        by_id = {r.id: r for r in fresh}
        for mid in ids:
            row = self._row_of.get(mid)
            if row is not None and mid not in by_id:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.rows[row]
                del self.haystacks[row]
                self.endRemoveRows()
                self._reindex()
        for mid, item in by_id.items():
            row = self._row_of.get(mid)
            if row is None:
                end = len(self.rows)
                self.beginInsertRows(QModelIndex(), end, end)
                self.rows.append(item)
                self.haystacks.append(search_text(item))
                self._row_of[mid] = end
                self.endInsertRows()
            else:
                self.rows[row] = item
                self.haystacks[row] = search_text(item)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def row_of(self, measure_id: str) -> int | None:
        return self._row_of.get(measure_id)

    # -- Qt model ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort(row)
        if role == ID_ROLE:
            return row.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].title
        return None


class MeasureFilterProxy(QSortFilterProxyModel):
    """Filters with :class:`MeasureFilter` and sorts by each column's sort key."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.filter = MeasureFilter()
        self._accepted: list[bool] = []
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def _source(self) -> MeasureTableModel:
        model = self.sourceModel()
        assert isinstance(model, MeasureTableModel)
        return model

    def _compute(self) -> None:
        source = self._source()
        flt = self.filter
        if flt.is_empty():
            self._accepted = [True] * len(source.rows)
        else:
            self._accepted = [flt.accepts(r, h) for r, h in zip(source.rows, source.haystacks,
                                                                  strict=True)]

    def set_filter(self, flt: MeasureFilter) -> None:
        if flt == self.filter:
            return
        self.beginFilterChange()
        self.filter = flt
        self._compute()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def refilter(self) -> None:
        self.beginFilterChange()
        self._compute()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        accepted = self._accepted
        if source_row >= len(accepted):  # rows added since the last computation
            self._compute()
            accepted = self._accepted
        return accepted[source_row]


def _combo(name: str, items: list[tuple[str, Any]]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setToolTip(name)
    combo.addItem(f"{name}: alle", None)
    for text, data in items:
        combo.addItem(text, data)
    # The grid shares the width equally; long entries show in full in the popup.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return combo


class MeasuresPanel(QWidget):
    """Search field, filters and the table; tells which measure is selected."""

    measure_selected = Signal(object)  # str id, or None
    activated = Signal(str)

    def __init__(self, ops: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.model = MeasureTableModel(self)
        self.proxy = MeasureFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText("Suchen (Titel, Kennung, Federführung, Handlungsfeld …)")
        self.search.setAccessibleName("Maßnahmen durchsuchen")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        search_label = QLabel("&Suche:")
        search_label.setBuddy(self.search)

        self.field_filter = _combo("Handlungsfeld", [])
        self.type_filter = _combo("Typ", [(m.label, m) for m in MeasureType])
        self.phase_filter = _combo("Phase", [])
        self.status_filter = _combo("Status", [(m.label, m) for m in MeasureStatus])
        self.lead_filter = _combo("Federführung", [])
        self.priority_filter = _combo("Priorität", [(m.label, m) for m in Priority])
        self.combos = [self.field_filter, self.type_filter, self.phase_filter,
                       self.status_filter, self.lead_filter, self.priority_filter]
        for combo in self.combos:
            combo.currentIndexChanged.connect(self._apply_filter)
        self.reset_button = QPushButton("Filter &zurücksetzen")
        self.reset_button.setAccessibleName("Alle Filter zurücksetzen")
        self.reset_button.clicked.connect(self.reset_filters)
        self.count_label = QLabel()
        self.count_label.setAccessibleName("Anzahl angezeigter Maßnahmen")

        self.table = QTableView()
        self.table.setAccessibleName("Maßnahmen")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((70, 300, 120, 120, 110, 80, 200, 90, 90)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(self._activated)

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        filters = QGridLayout()
        for i, combo in enumerate(self.combos):
            filters.addWidget(combo, i // 3, i % 3)
        filters.addWidget(self.reset_button, 1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        QShortcut(QKeySequence("Escape"), self.search, self._escape_search,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.setTabOrder(self.search, self.field_filter)
        for a, b in zip(self.combos, self.combos[1:], strict=False):
            self.setTabOrder(a, b)
        self.setTabOrder(self.combos[-1], self.reset_button)
        self.setTabOrder(self.reset_button, self.table)

    # -- data ---------------------------------------------------------------------
    def reload(self) -> None:
        with self.ops.session() as session:
            rows = measure_rows(session)
            fields = [(f.name, f.id) for f in strategy.fields_of_action(session)]
            phases = [(f"{p.number} {p.name}", p.id) for p in strategy.phases(session)]
            used_leads = {r.lead_unit_id for r in rows}
            leads = [(u.display_name, u.id) for u in strategy.org_units(session) if u.id in used_leads]
        self._fill(self.field_filter, fields)
        self._fill(self.phase_filter, phases)
        self._fill(self.lead_filter, sorted(leads, key=lambda x: x[0].casefold()))
        self.model.load(rows)
        self.proxy.refilter()
        self._update_count()

    def _fill(self, combo: QComboBox, items: list[tuple[str, Any]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, data in items:
            combo.addItem(text, data)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def on_changed(self, tables: set[str], changes: ChangeSet) -> None:
        if tables & NAME_TABLES:
            selected = self.selected_id()
            self.reload()
            if selected:
                self.select(selected)
            return
        if not tables & ROW_TABLES:
            return
        ids = changes.row_ids("measures")
        for change in changes.changes:
            if change.table == "measure_fields":
                ids.add((change.after or change.before)["measure_id"])
        with self.ops.session() as session:
            fresh = measure_rows(session, ids)
        self.model.update_rows(fresh, ids)
        self.proxy.refilter()
        self._update_count()

    # -- filtering ---------------------------------------------------------------
    def current_filter(self) -> MeasureFilter:
        # Combo data of str enums comes back from Qt as plain str: convert explicitly.
        def member(combo: QComboBox, enum_cls: type[LabelledEnum]) -> Any:
            code = combo.currentData()
            return enum_cls(code) if code else None

        return MeasureFilter(
            text=self.search.text(),
            field_id=self.field_filter.currentData(),
            type=member(self.type_filter, MeasureType),
            phase_id=self.phase_filter.currentData(),
            status=member(self.status_filter, MeasureStatus),
            lead_unit_id=self.lead_filter.currentData(),
            priority=member(self.priority_filter, Priority),
        )

    def _apply_filter(self) -> None:
        self.apply_filter_now()

    def apply_filter_now(self) -> None:
        self.proxy.set_filter(self.current_filter())
        self._update_count()

    def reset_filters(self) -> None:
        for combo in self.combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.clear()
        self.apply_filter_now()

    def _escape_search(self) -> None:
        if self.search.text():
            self.search.clear()
        else:
            self.table.setFocus()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(f"{shown} von {total} Maßnahmen")

    # -- selection ---------------------------------------------------------------
    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, measure_id: str) -> bool:
        row = self.model.row_of(measure_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # filtered out: show it anyway
            self.reset_filters()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.measure_selected.emit(current.data(ID_ROLE) if current.isValid() else None)

    def _activated(self, index: QModelIndex) -> None:
        self.activated.emit(index.data(ID_ROLE))
