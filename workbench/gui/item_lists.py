"""Editable tables for the lists inside a measure, driven by a column spec per list."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.i18n import in_sentence, tr
from workbench.model import Base
from workbench.model.enums import LabelledEnum
from workbench.model.labels import entity_label
from workbench.services import items
from workbench.services.errors import ValidationError
from workbench.services.values import coerce, display

if TYPE_CHECKING:
    from workbench.gui.operations import WorkspaceOps

Index = QModelIndex | QPersistentModelIndex
#: Service reads handed to WorkspaceOps.read, which gives them a session (never the window).
Choices = Callable[..., list[tuple[str, Any]]]
Labels = Callable[..., dict[str, str]]


@dataclass(frozen=True)
class ItemColumn:
    """One editable column: the attribute, its header and, for choices, where they come from.

    ``choices`` is asked only when a combo editor opens (it may be long); ``labels``
    names just the ids shown, so loading a list stays cheap.
    """

    key: str
    title: str
    width: int = 120
    enum: type[LabelledEnum] | None = None
    choices: Choices | None = None
    labels: Labels | None = None
    yes_no: bool = False
    optional: bool = False  # an enum column that may stay empty („—“)


@dataclass(frozen=True)
class ListSpec:
    """A list inside a measure: the item class, its columns and the values of a new item."""

    cls: type[Base]
    columns: list[ItemColumn]
    new_values: Callable[[], dict[str, Any]]
    order: Callable[[Any], Any] = field(default=lambda item: 0)


def _named_by_choices(
    choices: Callable[[Any, str], list[tuple[str, Any]]],
) -> Callable[[Any, set[Any]], dict[str, str]]:
    def named(session: Any, present: set[Any]) -> dict[str, str]:
        return {str(v): k for k, v in choices(session, "") if v in present}

    return named


class ItemTableModel(QAbstractTableModel):
    """Items of one parent; edits go through the services as undoable steps."""

    def __init__(self, spec: ListSpec, ops: WorkspaceOps, parent: Any = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.ops = ops
        self.items: list[Any] = []
        self.parent_id: str | None = None
        self.labels: dict[str, dict[str, str]] = {}
        self.origins: dict[str, str] = {}
        self.owner = ""  # the measure (or grant) the list belongs to

    def load(self, parent_id: str | None) -> None:
        """Read the items of *parent_id* (one short session, plain rows back)."""
        data = self.ops.read(items.item_list, self.spec.cls, parent_id, self._label_readers())
        self.beginResetModel()
        self.parent_id = parent_id
        self.owner = data.owner
        self.items = sorted(data.rows, key=self.spec.order)
        self.origins = data.origins
        self.labels = data.labels
        self.endResetModel()

    def _label_readers(self) -> dict[str, Callable[[Any, set[Any]], dict[str, str]]]:
        """Per choice column, how the ids present are named (its labels, else its choices)."""
        readers: dict[str, Callable[[Any, set[Any]], dict[str, str]]] = {}
        for column in self.spec.columns:
            if column.labels is not None:
                readers[column.key] = column.labels
            elif column.choices is not None:
                readers[column.key] = _named_by_choices(column.choices)
        return readers

    def choices(self, column: ItemColumn) -> list[tuple[str, Any]]:
        """All values a choice column offers, read when an editor opens."""
        assert column.choices is not None
        return self.ops.read(column.choices, self.owner)

    def item_id(self, row: int) -> str:
        return str(self.items[row].id)

    def row_of(self, item_id: str) -> int | None:
        for row, item in enumerate(self.items):
            if item.id == item_id:
                return row
        return None

    # -- Qt model ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.spec.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def _text(self, column: ItemColumn, value: Any) -> str:
        if column.choices is not None:
            return self.labels.get(column.key, {}).get(value, "") if value else ""
        return display(value, column.key)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.spec.columns[index.column()]
        item = self.items[index.row()]
        value = getattr(item, column.key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            origin = self.origins.get(item.id) if index.column() == 0 else None
            if origin:  # made from a workshop note: say so where the item is read
                return tr("{value} · aus Workshop „{origin}“").format(
                    value=self._text(column, value), origin=origin
                )
            return self._text(column, value)
        if role == Qt.ItemDataRole.EditRole:
            if column.enum or column.choices or column.yes_no:
                return value
            return self._text(column, value)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.spec.columns[section].title
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.spec.columns[index.column()]
        item = self.items[index.row()]
        if column.enum is not None and value is not None:
            value = column.enum(value)  # Qt hands str enums back as plain str
        elif isinstance(value, str) and not column.choices:
            try:
                value = coerce(self.spec.cls, column.key, value)
            except ValidationError as exc:
                self.ops.failed.emit(str(exc))
                return False
        if value == getattr(item, column.key):
            return False
        label = entity_label(self.spec.cls.__tablename__)
        result = self.ops.run(
            tr("{label} ändern").format(label=label),
            items.update_item,
            self.spec.cls,
            item.id,
            {column.key: value},
        )
        return result is not None


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for enum, yes/no and reference columns."""

    def __init__(self, model: ItemTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model

    def _options(self, column: ItemColumn) -> list[tuple[str, Any]] | None:
        if column.enum is not None:
            members = [(m.label, m) for m in column.enum]
            return [("—", None), *members] if column.optional else members
        if column.yes_no:
            return [(tr("nein"), False), (tr("ja"), True)]
        if column.choices is not None:
            return [("—", None), *self.model.choices(column)]
        return None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = self.model.spec.columns[index.column()]
        options = self._options(column)
        if options is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setAccessibleName(column.title)
        for label, data in options:
            combo.addItem(label, data)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(found, 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class ItemListWidget(QWidget):
    """A titled table with Hinzufügen / Entfernen buttons for one list of a measure."""

    current_item_changed = Signal(object)  # item id or None

    def __init__(
        self, title: str, spec: ListSpec, ops: WorkspaceOps, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.ops = ops
        self.model = ItemTableModel(spec, ops, self)
        singular = in_sentence(entity_label(spec.cls.__tablename__))
        self.title = QLabel(f"<b>{title}</b>")
        self.table = QTableView()
        self.table.setAccessibleName(title)
        self.table.setModel(self.model)
        self.table.setItemDelegate(ChoiceDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)  # uniform rows; the tooltip shows the full text
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, column in enumerate(spec.columns):  # never narrower than the header's text
            self.table.setColumnWidth(
                col, max(column.width, header.sectionSizeFromContents(col).width())
            )
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.title.setBuddy(self.table)

        self.add_button = QPushButton(tr("{singular} hinzufügen").format(singular=singular))
        self.add_button.setAccessibleName(tr("{singular} hinzufügen").format(singular=singular))
        self.add_button.clicked.connect(self.add_item)
        self.remove_button = QPushButton(tr("Entfernen"))
        self.remove_button.setAccessibleName(
            tr("Ausgewählte(s) {singular} entfernen").format(singular=singular)
        )
        self.remove_button.clicked.connect(self.remove_item)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def load(self, parent_id: str | None) -> None:
        """Read the list again; the current row and column and the scroll position stay
        (after an edit committed with Tab the next cell is the one beside it, not the
        first column of the row, and the view does not jump back to the left)."""
        keep = self.current_id()
        column = max(self.table.currentIndex().column(), 0)
        scrolled = (
            self.table.horizontalScrollBar().value(),
            self.table.verticalScrollBar().value(),
        )
        same_list = parent_id == self.model.parent_id
        self.model.load(parent_id)
        self._fit_columns()
        row = self.model.row_of(keep) if keep else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, column if same_list else 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        if same_list:
            self.table.horizontalScrollBar().setValue(scrolled[0])
            self.table.verticalScrollBar().setValue(scrolled[1])
        self._update_buttons()
        if row is None:
            self.current_item_changed.emit(None)

    def _fit_columns(self) -> None:
        """Columns wide enough for header and content (receipt numbers were cut to
        „BSP-2023-0…“), at least the width the list asks for, at most 420 pixels; the
        tooltip shows a longer text in full."""
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(200)  # a sample of rows: 20,000 receipts stay quick
        for col, column in enumerate(self.spec.columns):
            wanted = max(
                column.width,
                header.sectionSizeFromContents(col).width(),
                self.table.sizeHintForColumn(col),
            )
            self.table.setColumnWidth(col, min(wanted, max(column.width, 420)))

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.item_id(index.row()) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _prev: QModelIndex) -> None:
        self._update_buttons()
        self.current_item_changed.emit(
            self.model.item_id(current.row()) if current.isValid() else None
        )

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.model.parent_id is not None)
        self.remove_button.setEnabled(self.table.currentIndex().isValid())

    def add_item(self) -> None:
        if self.model.parent_id is None:
            return
        label = entity_label(self.spec.cls.__tablename__)
        item = self.ops.run(
            tr("{label} hinzufügen").format(label=label),
            items.add_item,
            self.spec.cls,
            self.model.parent_id,
            self.spec.new_values(),
        )
        if item is None:
            return
        row = self.model.row_of(item)  # its id
        if row is not None:
            index = self.model.index(row, 0)
            self.table.setCurrentIndex(index)
            self.table.setFocus()
            self.table.edit(index)

    def remove_item(self) -> None:
        item_id = self.current_id()
        if item_id is None:
            return
        label = entity_label(self.spec.cls.__tablename__)
        self.ops.run(
            tr("{label} entfernen").format(label=label), items.delete_item, self.spec.cls, item_id
        )


def today() -> date:
    return date.today()
