"""The Zeitplan's rows and its plan as a table for screen readers (gui/roadmap_view.py
draws the same rows on the time axis)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QObject, Qt

from workbench.formats import format_date
from workbench.i18n import tr
from workbench.services.roadmap import Bar


@dataclass(frozen=True)
class Row:
    """One row of the plan: a lane's title (bar None) or a measure's bar."""

    lane: str
    bar: Bar | None


class PlanModel(QAbstractTableModel):
    """The plan as a table for screen readers: group, code, title, dates, problems."""

    HEADERS = (tr("Gruppe"), tr("Kennung"), tr("Titel"), tr("Beginn"), tr("Ende"), tr("Hinweise"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, Bar]] = []

    def set_rows(self, rows: list[tuple[str, Bar]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Any = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = None) -> int:  # noqa: N802
        return len(self.HEADERS)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        lane, bar = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return lane
        if column == 1:
            return bar.code
        if column == 2:
            return bar.title
        if column == 3:
            return format_date(bar.start)
        if column == 4:
            return format_date(bar.end)
        return "; ".join(bar.problems)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None
