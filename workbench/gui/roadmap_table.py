"""The Zeitplan's rows and its plan as a table for screen readers (gui/roadmap_view.py
draws the same rows on the time axis)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QObject, Qt

from workbench.formats import format_date
from workbench.i18n import tr
from workbench.services.roadmap import Bar


class PlanModel(QAbstractTableModel):
    """The plan as a table for screen readers: group, code, title, dates, problems, and
    with a baseline chosen (*compared*) its dates then and the shift."""

    HEADERS = (
        tr("Gruppe"),
        tr("Kennung"),
        tr("Titel"),
        tr("Beginn"),
        tr("Ende"),
        tr("Hinweise"),
        tr("Planstand"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, Bar]] = []
        self.compared = False

    def set_rows(self, rows: list[tuple[str, Bar]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Any = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = None) -> int:  # noqa: N802
        return len(self.HEADERS) - (0 if self.compared else 1)

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
        if column == 6:
            return bar.compared() if bar.planned else tr("nicht im Planstand")
        return "; ".join(bar.problems)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None
