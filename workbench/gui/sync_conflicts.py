"""The Synchronisation section's review of conflicts: the table of values that lost
against a simultaneous change, and keeping, taking or combining them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.gui.forms import FlowLayout
from workbench.i18n import tr
from workbench.model.labels import field_label
from workbench.services import conflicts as conflict_service
from workbench.services.conflicts import Choice, ConflictKind

if TYPE_CHECKING:
    from workbench.gui.dialogs import Dialogs
    from workbench.gui.operations import WorkspaceOps


class ConflictsBox(QGroupBox):
    """The conflicts and the three ways to decide one; *decided* runs after a decision."""

    def __init__(
        self,
        ops: WorkspaceOps,
        dialogs: Dialogs,
        decided: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Konflikte"), parent)
        self.ops, self.dialogs, self.decided = ops, dialogs, decided
        self.conflicts = QTableView()
        self.conflicts.setAccessibleName(tr("Konflikte"))
        self.conflicts_model = QStandardItemModel(0, 5, self)
        self.conflicts_model.setHorizontalHeaderLabels(
            [
                tr("Was"),
                tr("Feld"),
                tr("Jetziger Wert"),
                tr("Abweichender Wert"),
                tr("Abweichend von / wann"),
            ]
        )
        self.conflicts.setModel(self.conflicts_model)
        self.conflicts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflicts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflicts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflicts.setTabKeyNavigation(False)
        self.conflicts.verticalHeader().setVisible(False)
        self.conflicts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.keep_button = QPushButton(tr("Jetzigen Wert &behalten"))
        self.other_button = QPushButton(tr("Abweichenden Wert &übernehmen"))
        self.combine_button = QPushButton(tr("&Kombinieren …"))
        self.keep_button.clicked.connect(lambda: self.resolve(Choice.CURRENT))
        self.other_button.clicked.connect(lambda: self.resolve(Choice.OTHER))
        self.combine_button.clicked.connect(self.combine)

        cl = QVBoxLayout(self)
        explanation = QLabel(
            tr(
                "Werte, die beim Abgleich gegen eine gleichzeitige Änderung verloren "
                "haben. Nichts geht verloren, bis Sie entscheiden."
            )
        )
        explanation.setWordWrap(True)  # a long line made every section at least 740 px wide
        cl.addWidget(explanation)
        cl.addWidget(self.conflicts, 1)
        cl.addLayout(FlowLayout().add(self.keep_button, self.other_button, self.combine_button))
        self.shown_conflicts: list[conflict_service.Conflict] = []  # the table's rows

    def reload(self) -> None:
        self.conflicts_model.removeRows(0, self.conflicts_model.rowCount())
        self.shown_conflicts = conflict_service.conflicts(self.ops.workspace)
        for c in self.shown_conflicts:
            current = {
                ConflictKind.VALUE: c.current_shown,
                ConflictKind.DELETED_ROW: tr("(Zeile gelöscht)"),
                ConflictKind.INVALID: f"{c.current_shown} – {c.other}",
            }[c.kind]
            other = "" if c.kind == ConflictKind.INVALID else c.other_shown
            cells = [
                c.where,
                field_label(c.field),
                current,
                other,
                tr("Regel nach dem Abgleich verletzt")
                if c.kind == ConflictKind.INVALID
                else f"{c.other_author}, {c.other_time}",
            ]
            items = [QStandardItem(t) for t in cells]
            items[0].setData(c.id, Qt.ItemDataRole.UserRole)
            self.conflicts_model.appendRow(items)
        has = self.conflicts_model.rowCount() > 0
        for b in (self.keep_button, self.other_button, self.combine_button):
            b.setEnabled(has)
        if has and not self.conflicts.currentIndex().isValid():
            self.conflicts.setCurrentIndex(self.conflicts_model.index(0, 0))

    def _current_conflict(self) -> int | None:
        index = self.conflicts.currentIndex()
        if not index.isValid():
            return None
        value = self.conflicts_model.item(index.row(), 0).data(Qt.ItemDataRole.UserRole)
        return int(value) if value is not None else None

    def resolve(self, choice: Choice, value: Any = None) -> None:
        conflict_id = self._current_conflict()
        if conflict_id is None:
            return
        # the write path of every edit: one undoable step (the value it sets), views told
        outcome = self.ops.attempt(
            tr("Konflikt lösen"), conflict_service.decide, conflict_id, choice, value
        )
        if not outcome.ok:
            self.dialogs.error(tr("Konflikt lösen"), outcome.error or "")
            return
        self.decided()

    def combine(self) -> None:
        """A new value made from both, starting from the stored texts (the table shows
        names, dates and amounts as users read them; those are not values to combine)."""
        row = self.conflicts.currentIndex().row()
        if not 0 <= row < len(self.shown_conflicts):
            return
        c = self.shown_conflicts[row]
        if not (isinstance(c.current, str) and isinstance(c.other, str)):
            self.dialogs.info(
                tr("Kombinieren"),
                tr(
                    "Kombinieren lässt sich nur Text. Wählen Sie einen der beiden Werte und "
                    "ändern Sie ihn danach, wo er steht."
                ),
            )
            return
        text = self.dialogs.ask_text(
            tr("Kombinieren"), tr("Neuer Wert:"), f"{c.current} / {c.other}"
        )
        if text is not None:
            self.resolve(Choice.VALUE, text)
