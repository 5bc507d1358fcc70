"""The table of all measures: a self-filtering, self-sorting model and its panel."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
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
from workbench.gui.forms import ValueLabel
from workbench.gui.labels import HUE_ROLE, PRIORITY_HUES, STATUS_HUES, LabelDelegate, phase_hue
from workbench.i18n import tr
from workbench.model.enums import LabelledEnum, MeasureStatus, MeasureType, Priority
from workbench.services.filtering import MeasureFilter, search_text
from workbench.services.measure_list import MeasureRow, filter_choices, measure_rows
from workbench.services.operations import ChangeSet

if TYPE_CHECKING:
    from workbench.gui.operations import WorkspaceOps

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 2
_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)

#: Tables whose rows belong to one measure shown in the table (updated row by row); every
#: other table the table shows (model.views) names what rows show: the whole list reloads.
ROW_TABLES = frozenset({"measures", "measure_fields"})


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[MeasureRow], str]
    sort: Callable[[MeasureRow], Any]
    #: the hue of the cell's coloured label (gui/labels.py), None for plain text
    hue: Callable[[MeasureRow], str | None] | None = None


def _date_key(value: Any) -> str:
    return value.isoformat() if value else "9999"


COLUMNS = [
    Column(tr("Kennung"), lambda r: r.code, lambda r: r.code),
    Column(tr("Titel"), lambda r: r.title, lambda r: r.title.casefold()),
    Column(tr("Typ"), lambda r: r.type.label, lambda r: r.type.label),
    Column(
        tr("Phase"),
        lambda r: f"{r.phase_number} {r.phase_name}" if r.phase_number else "",
        lambda r: r.phase_number or 0,
        lambda r: phase_hue(r.phase_number),
    ),
    Column(
        tr("Status"),
        lambda r: r.status.label,
        lambda r: list(MeasureStatus).index(r.status),
        lambda r: STATUS_HUES[r.status],
    ),
    Column(
        tr("Priorität"),
        lambda r: r.priority.label,
        lambda r: list(Priority).index(r.priority),
        lambda r: PRIORITY_HUES[r.priority],
    ),
    Column(tr("Federführung"), lambda r: r.lead_unit_name, lambda r: r.lead_unit_name.casefold()),
    Column(tr("Beginn"), lambda r: format_date(r.start_date), lambda r: _date_key(r.start_date)),
    Column(tr("Ende"), lambda r: format_date(r.end_date), lambda r: _date_key(r.end_date)),
    Column(tr("Handlungsfelder"), lambda r: r.field_names, lambda r: r.field_names.casefold()),
]


class MeasureTableModel(QAbstractTableModel):
    """All measures not in the recycle bin; sorts and filters itself.

    Why not a QSortFilterProxyModel: with 10,000 rows its per-row callbacks into
    Python cost 20–50 ms per keystroke here (measured in bench/), and sorting
    through it calls ``data()`` for every comparison. One Python pass over the
    rows plus a model reset costs a few milliseconds, and the view only asks for
    the rows on screen.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.all_rows: list[MeasureRow] = []
        self.haystacks: list[str] = []
        self.shown: list[int] = []  # indices into all_rows that the filter lets through
        self.filter = MeasureFilter()
        self._position: dict[str, int] = {}  # measure id → index in all_rows
        self.sort_column = 0
        self.sort_order = Qt.SortOrder.AscendingOrder

    # -- loading ---------------------------------------------------------------
    def load(self, rows: list[MeasureRow]) -> None:
        """Take rows as measure_rows() gives them (sorted by code and title)."""
        self.beginResetModel()
        self.all_rows = rows
        self.haystacks = []  # built on the first filter; start-up does not need them
        if (self.sort_column, self.sort_order) == (0, Qt.SortOrder.AscendingOrder):
            self._position = {r.id: i for i, r in enumerate(rows)}  # already in this order
        else:
            self._order()
        self._apply_filter()
        self.endResetModel()

    def prepare_search(self) -> None:
        self._ensure_haystacks()

    def _ensure_haystacks(self) -> None:
        if len(self.haystacks) != len(self.all_rows):
            self.haystacks = [search_text(r) for r in self.all_rows]

    def _order(self) -> None:
        """Sort rows and search texts together by the current column (list.sort, in C)."""
        self._ensure_haystacks()
        key = COLUMNS[self.sort_column].sort
        order = sorted(
            range(len(self.all_rows)),
            key=lambda i: key(self.all_rows[i]),
            reverse=self.sort_order == Qt.SortOrder.DescendingOrder,
        )
        self.all_rows = [self.all_rows[i] for i in order]
        self.haystacks = [self.haystacks[i] for i in order]
        self._position = {r.id: i for i, r in enumerate(self.all_rows)}

    def _apply_filter(self, candidates: list[int] | None = None) -> None:
        """Recompute the shown rows, testing only *candidates* when the filter narrowed."""
        if self.filter.is_empty():
            self.shown = list(range(len(self.all_rows)))
            return
        self._ensure_haystacks()
        accepts = self.filter.predicate()
        rows, hay = self.all_rows, self.haystacks
        pool = range(len(rows)) if candidates is None else candidates
        self.shown = [i for i in pool if accepts(rows[i], hay[i])]

    def set_filter(self, flt: MeasureFilter) -> None:
        if flt == self.filter:
            return
        narrowed = flt.narrows(self.filter)
        self.beginResetModel()
        self.filter = flt
        self._apply_filter(self.shown if narrowed else None)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self.row_id(i.row()) for i in persistent]
        self.sort_column, self.sort_order = column, order
        self._order()
        self._apply_filter()
        moved = []
        for old, mid in zip(persistent, ids, strict=True):
            row = self.row_of(mid) if mid else None
            moved.append(self.index(row, old.column()) if row is not None else QModelIndex())
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def update_rows(self, fresh: list[MeasureRow], ids: set[str]) -> None:
        """Show the new state of the measures in *ids* (fresh holds those still live)."""
        self._ensure_haystacks()
        by_id = {r.id: r for r in fresh}
        visible_before = {self.all_rows[i].id for i in self.shown}
        replaced_in_place = True
        for mid in ids:
            pos = self._position.get(mid)
            if pos is None or mid not in by_id:
                replaced_in_place = False
                continue
            self.all_rows[pos] = by_id[mid]
            self.haystacks[pos] = search_text(by_id[mid])
        if replaced_in_place:
            accepts = self.filter.predicate()
            still = all(
                accepts(by_id[m], self.haystacks[self._position[m]]) == (m in visible_before)
                for m in ids
            )
            if still:
                for mid in ids:
                    row = self.row_of(mid)
                    if row is not None:
                        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
                return
        self.beginResetModel()
        keep = [r for r in self.all_rows if r.id not in ids]
        self.all_rows = keep + list(by_id.values())
        self.haystacks = [search_text(r) for r in self.all_rows]
        self._order()
        self._apply_filter()
        self.endResetModel()

    # -- lookups -----------------------------------------------------------------
    @property
    def total(self) -> int:
        return len(self.all_rows)

    def row_id(self, row: int) -> str | None:
        return self.all_rows[self.shown[row]].id if 0 <= row < len(self.shown) else None

    def row_of(self, measure_id: str) -> int | None:
        """The view row of a measure, or None when it is filtered out or unknown."""
        pos = self._position.get(measure_id)
        if pos is None:
            return None
        # shown is sorted ascending: binary search
        row = bisect.bisect_left(self.shown, pos)
        return row if row < len(self.shown) and self.shown[row] == pos else None

    def is_known(self, measure_id: str) -> bool:
        return measure_id in self._position

    # -- Qt model ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The delegate asks ~8 roles per painted cell: answer the unused ones first.
        if role in _TEXT_ROLES:
            return COLUMNS[index.column()].text(self.all_rows[self.shown[index.row()]])
        if role == ID_ROLE:
            return self.all_rows[self.shown[index.row()]].id
        if role == HUE_ROLE:
            hue = COLUMNS[index.column()].hue
            return hue(self.all_rows[self.shown[index.row()]]) if hue else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].title
        return None


def _combo(name: str, items: list[tuple[str, Any]]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setToolTip(name)
    combo.addItem(tr("alle"), None)  # the label beside it names the filter
    for text, data in items:
        combo.addItem(text, data)
    # The grid shares the width equally; long entries show in full in the popup.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    # the chosen entry in full (a narrow box cuts „… Gesundheit und Pflege“)
    combo.currentTextChanged.connect(
        lambda text: combo.setToolTip(f"{name}: {text}" if combo.currentData() else name)
    )
    return combo


class MeasuresPanel(QWidget):
    """Search field, filters and the table; tells which measure is selected."""

    measure_selected = Signal(object)  # str id, or None
    activated = Signal(str)
    #: the search or a filter changed what the table shows (the Zeitplan follows it)
    filter_changed = Signal()

    def __init__(self, ops: WorkspaceOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        ops.subscribe("measure_table", self, self.on_changed)
        self._announced: str | None = None
        self.model = MeasureTableModel(self)

        search_label = self._search()
        self._filters()
        self._table()
        self._layout(search_label)

    def _search(self) -> QLabel:
        """The search field (Escape empties it) and its label."""
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Suchen (Titel, Kennung, Federführung, Handlungsfeld …)"))
        self.search.setAccessibleName(tr("Maßnahmen durchsuchen"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        search_label = QLabel(tr("&Suche:"))
        search_label.setBuddy(self.search)

        return search_label

    def _filters(self) -> None:
        """A choice per column worth filtering by, and the button that resets them."""
        self.field_filter = _combo(tr("Handlungsfeld"), [])
        self.type_filter = _combo(tr("Typ"), [(m.label, m) for m in MeasureType])
        self.phase_filter = _combo(tr("Phase"), [])
        self.status_filter = _combo(tr("Status"), [(m.label, m) for m in MeasureStatus])
        self.lead_filter = _combo(tr("Federführung"), [])
        self.priority_filter = _combo(tr("Priorität"), [(m.label, m) for m in Priority])
        self.combos = [
            self.field_filter,
            self.type_filter,
            self.phase_filter,
            self.status_filter,
            self.lead_filter,
            self.priority_filter,
        ]
        for combo in self.combos:
            combo.currentIndexChanged.connect(self._apply_filter)
        self.reset_button = QPushButton(tr("Filter &zurücksetzen"))
        self.reset_button.setAccessibleName(tr("Alle Filter zurücksetzen"))
        self.reset_button.clicked.connect(self.reset_filters)
        self.count_label = ValueLabel(tr("Anzahl angezeigter Maßnahmen"))

    def _table(self) -> None:
        """The table: sorted, one row selected, columns movable and shown or hidden."""
        self.table = QTableView()
        self.table.setAccessibleName(tr("Maßnahmen"))
        self.table.setModel(self.model)
        self.labels = LabelDelegate(self.table)
        for column, spec in enumerate(COLUMNS):
            if spec.hue is not None:
                self.table.setItemDelegateForColumn(column, self.labels)
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
        header.setSectionsMovable(True)  # drag a column header to reorder
        header.setResizeContentsPrecision(300)  # size to the content of a sample of rows
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setToolTip(tr("Spalten: ziehen zum Umordnen, Rechtsklick zum Ein- und Ausblenden"))
        self._sized = (
            False  # columns sized to their content once, unless the user's layout is restored
        )
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(self._activated)

    def _layout(self, search_label: QLabel) -> None:
        """Search above, filters in two columns with visible labels, the table below;
        Tab from the search through the filters to the table."""
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        filters = QGridLayout()
        for i, combo in enumerate(self.combos):
            # a visible label as the box's name: on Linux a combo box is read by its value
            label = QLabel(combo.accessibleName() + ":")
            label.setBuddy(combo)
            filters.addWidget(label, i // 2, (i % 2) * 2)
            filters.addWidget(combo, i // 2, (i % 2) * 2 + 1)
            filters.setColumnStretch((i % 2) * 2 + 1, 1)
        filters.addWidget(self.reset_button, 3, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        QShortcut(
            QKeySequence("Escape"),
            self.search,
            self._escape_search,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.setTabOrder(self.search, self.field_filter)
        for a, b in zip(self.combos, self.combos[1:], strict=False):
            self.setTabOrder(a, b)
        self.setTabOrder(self.combos[-1], self.reset_button)
        self.setTabOrder(self.reset_button, self.table)

    # -- data ---------------------------------------------------------------------
    def reload(self) -> None:
        rows = self.ops.read(measure_rows)
        choices = self.ops.read(filter_choices)
        self._fill(self.field_filter, choices.fields)
        self._fill(self.phase_filter, choices.phases)
        self._fill(self.lead_filter, choices.lead_units)
        self.model.load(rows)
        if not self._sized:
            self._sized = True
            QTimer.singleShot(0, self.size_columns)  # once laid out: the table knows its width
        self._update_count()
        # Search texts are built in idle time once the window shows (or on the first key).
        QTimer.singleShot(100, self.model.prepare_search)

    def size_columns(self) -> None:
        """Every column as wide as its content (titles at most a third of the table)."""
        self._sized = True
        self.table.resizeColumnsToContents()
        limit = max(360, self.table.viewport().width() // 3)
        for col in range(self.model.columnCount()):
            if self.table.columnWidth(col) > limit:
                self.table.setColumnWidth(col, limit)

    def restore_columns(self, state: Any) -> bool:
        """The user's column order, widths and hidden columns, as saved last time."""
        if state.isEmpty() or not self.table.horizontalHeader().restoreState(state):
            return False
        self._sized = True
        return True

    def _column_menu(self, pos: Any) -> None:
        """Which columns to show: every column but the first can be hidden."""
        from PySide6.QtWidgets import QMenu

        header = self.table.horizontalHeader()
        menu = QMenu(self)
        menu.setAccessibleName(tr("Spalten ein- und ausblenden"))
        for col in range(self.model.columnCount()):
            action = menu.addAction(str(self.model.headerData(col, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(col))
            action.setEnabled(col != 0)  # the code stays: it names the row
            action.toggled.connect(lambda on, c=col: header.setSectionHidden(c, not on))
        fit = menu.addAction(tr("Spaltenbreiten an Inhalt anpassen"))
        fit.triggered.connect(self.size_columns)
        self.show_menu(menu, header.mapToGlobal(pos))

    #: Shows a context menu (tests look at it instead).
    show_menu = staticmethod(lambda menu, pos: menu.exec(pos))

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
        if tables - ROW_TABLES:  # a name it shows (a phase, a unit, a person, a field)
            selected = self.selected_id()
            self.reload()
            if selected:
                self.select(selected)
            return
        ids = changes.row_ids("measures")
        for change in changes.changes:
            if change.table == "measure_fields":
                ids.add((change.after or change.before)["measure_id"])
        fresh = self.ops.read(measure_rows, ids)
        selected = self.selected_id()
        self.model.update_rows(fresh, ids)
        if selected and self.selected_id() != selected:
            self.select(selected, reset_filters=False)
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

    def filtered_ids(self) -> set[str] | None:
        """The measures the table shows while a search or filter is set; None: all."""
        model = self.model
        if model.filter.is_empty():
            return None
        return {model.all_rows[i].id for i in model.shown}

    def apply_filter_now(self) -> None:
        selected = self.selected_id()
        before = self.model.filter
        self.model.set_filter(self.current_filter())
        if self.model.filter != before:
            self.filter_changed.emit()
        if selected:
            self.select(selected, reset_filters=False)
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
        shown, total = self.model.rowCount(), self.model.total
        self.count_label.setText(
            tr("{shown} von {total} Maßnahmen").format(shown=shown, total=total)
        )

    # -- selection ---------------------------------------------------------------
    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, measure_id: str, reset_filters: bool = True) -> bool:
        """Make *measure_id* the current row; if filtered out, clear the filters first."""
        if not self.model.is_known(measure_id):
            return False
        row = self.model.row_of(measure_id)
        if row is None:
            if not reset_filters:
                return False
            self.reset_filters()
            row = self.model.row_of(measure_id)
            if row is None:
                return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        measure_id = current.data(ID_ROLE) if current.isValid() else None
        if measure_id is None and self.model.rowCount() == 0:
            return  # everything filtered out: keep the editor on what it shows
        if measure_id != self._announced:
            self._announced = measure_id
            self.measure_selected.emit(measure_id)

    def _activated(self, index: QModelIndex) -> None:
        self.activated.emit(index.data(ID_ROLE))
