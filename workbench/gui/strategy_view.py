"""The Strategie section: value compass and the tree headings → fields of action → measures."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workbench.formats import plural
from workbench.gui.forms import ReloadsWhenShown
from workbench.i18n import tr
from workbench.services.operations import ChangeSet

if TYPE_CHECKING:
    from workbench.gui.operations import WorkspaceOps
    from workbench.services import strategy

Index = QModelIndex | QPersistentModelIndex
MEASURE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class Node:
    """A row of the tree: a heading, a field of action or a measure."""

    kind: str  # "heading" | "field" | "measure"
    text: str
    measure_id: str | None = None
    count: int | None = None
    phases: str = ""
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


def phase_text(counts: dict[int | None, int], names: dict[int, str]) -> str:
    """``{1: 2, 3: 1}`` → ``Vorprozess 2 · Erprobung 1`` (words, not colours)."""
    parts = [f"{names.get(n, '?')} {counts[n]}" for n in sorted(k for k in counts if k is not None)]
    if counts.get(None):
        parts.append(tr("ohne Phase {value}").format(value=counts[None]))
    return " · ".join(parts)


class StrategyTreeModel(QAbstractItemModel):
    HEADERS = (tr("Überschrift / Handlungsfeld / Maßnahme"), tr("Maßnahmen"), tr("Phasen"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.root = Node("root", "")

    def load(self, tree: list[strategy.HeadingNode], phase_names: dict[int, str]) -> None:
        self.beginResetModel()
        self.root = Node("root", "")
        for h in tree:
            hn = Node(
                "heading",
                h.name,
                count=len(h.measure_ids),
                phases=phase_text(h.phase_counts, phase_names),
                parent=self.root,
            )
            self.root.children.append(hn)
            for f in h.fields:
                fn = Node(
                    "field",
                    f.name,
                    count=len(f.measures),
                    phases=phase_text(f.phase_counts, phase_names),
                    parent=hn,
                )
                hn.children.append(fn)
                for m in f.measures:
                    name = phase_names.get(m.phase_number or -1, "")
                    fn.children.append(
                        Node(
                            "measure",
                            f"{m.code} {m.title}".strip(),
                            measure_id=m.id,
                            phases=name,
                            parent=fn,
                        )
                    )
        self.endResetModel()

    def _node(self, index: Index) -> Node:
        return index.internalPointer() if index.isValid() else self.root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if 0 <= row < len(node.children):
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._node(index).parent
        if node is None or node is self.root:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return node.text
            if index.column() == 1:
                return (
                    ""
                    if node.count is None
                    else plural(node.count, tr("Maßnahme"), tr("Maßnahmen"))
                )
            return node.phases
        if role == MEASURE_ID_ROLE:
            return node.measure_id
        if role == Qt.ItemDataRole.FontRole and node.kind == "heading":
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None


class StrategyPanel(ReloadsWhenShown, QWidget):
    """Value compass on top, tree below; choosing a measure opens it in the editor."""

    measure_selected = Signal(object)
    activated = Signal(str)

    def __init__(self, ops: WorkspaceOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        ops.subscribe("strategy", self, self.on_changed)
        self.compass = QGroupBox(tr("Wertekompass"))
        self.compass.setAccessibleName(tr("Wertekompass"))
        self.compass_layout = QHBoxLayout(self.compass)
        self.model = StrategyTreeModel(self)
        self.tree = QTreeView()
        self.tree.setAccessibleName(tr("Strategiebaum: Überschriften, Handlungsfelder, Maßnahmen"))
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.setColumnWidth(0, 430)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.compass)
        layout.addWidget(self.tree, 1)

    def reload(self) -> None:
        super().reload()
        from workbench.services import strategy  # the ORM, first needed when this is shown

        overview = self.ops.read(strategy.strategy_overview)
        expanded = self._expanded_texts()
        self.model.load(overview.tree, overview.phase_names)
        self._fill_compass(overview.values)
        if expanded:
            self._expand(expanded)
        else:
            self.tree.expandToDepth(0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """The value cards side by side, or one below the other where four do not fit
        (400 % zoom): read without scrolling sideways (WCAG 1.4.10)."""
        super().resizeEvent(event)
        self.compass_layout.setDirection(
            QBoxLayout.Direction.TopToBottom
            if event.size().width() < 4 * 170
            else QBoxLayout.Direction.LeftToRight
        )

    def _fill_compass(self, values: list[tuple[str, str, list[str]]]) -> None:
        while self.compass_layout.count():
            item = self.compass_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for name, description, factors in values:
            text = (
                f"<b>{name}</b><br>{description}<ul style='margin-left:-20px'>"
                + "".join(f"<li>{f}</li>" for f in factors)
                + "</ul>"
            )
            label = QLabel(text)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop)
            label.setAccessibleName(
                tr("Wert {name}: {description} Erfolgsfaktoren: {value}").format(
                    name=name, description=description, value=", ".join(factors)
                )
            )
            label.setFrameShape(QLabel.Shape.StyledPanel)
            label.setMargin(6)
            self.compass_layout.addWidget(label, 1)

    def _expanded_texts(self) -> set[str]:
        texts = set()
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if self.tree.isExpanded(index):
                texts.add(index.data())
            for child in range(self.model.rowCount(index)):
                cindex = self.model.index(child, 0, index)
                if self.tree.isExpanded(cindex):
                    texts.add(cindex.data())
        return texts

    def _expand(self, texts: set[str]) -> None:
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            self.tree.setExpanded(index, index.data() in texts)
            for child in range(self.model.rowCount(index)):
                cindex = self.model.index(child, 0, index)
                self.tree.setExpanded(cindex, cindex.data() in texts)

    def on_changed(self, tables: set[str], _changes: ChangeSet) -> None:
        self.request_reload()  # a table it shows changed (model.views)

    def _current_changed(self, current: QModelIndex, _prev: QModelIndex) -> None:
        measure_id = current.data(MEASURE_ID_ROLE) if current.isValid() else None
        if measure_id:
            self.measure_selected.emit(measure_id)

    def _activated(self, index: QModelIndex) -> None:
        measure_id = index.data(MEASURE_ID_ROLE)
        if measure_id:
            self.activated.emit(measure_id)
