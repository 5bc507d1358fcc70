"""The Förderung section's tab „Plan und Ist“: plan against actual per position as a
table (a check about a position stands in its row) and as bars in the theme's colours,
with the numbers as text beside them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPalette,
    QPen,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QAbstractItemView, QTableView, QVBoxLayout, QWidget

from workbench.formats import format_cents, format_share
from workbench.i18n import tr


class PlanChart(QWidget):
    """Plan and actual per position as bars; the numbers stand beside them (no meaning by
    colour alone: an over-run is also hatched and says so)."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Any] = []
        self.setMinimumHeight(160)
        self.setAccessibleName(tr("Plan und Ist als Balken"))

    def show_totals(self, rows: list[Any]) -> None:
        self.rows = rows
        self.setMinimumHeight(40 + 34 * len(rows))
        self.setAccessibleDescription(
            "; ".join(
                tr("{number} {name}: Plan {value}, Ist {value2}").format(
                    number=r.number,
                    name=r.name,
                    value=format_cents(r.planned),
                    value2=format_cents(r.actual),
                )
                for r in rows
            )
        )
        self.update()

    def _note(self, r: Any) -> str:
        note = tr("Plan {value} · Ist {value2} ({value3})").format(
            value=format_cents(r.planned),
            value2=format_cents(r.actual),
            value3=format_share(r.actual, r.planned),
        )
        return note + (tr(" – über Plan") if r.actual > r.planned else "")

    def paintEvent(self, _event: object) -> None:
        """In the theme's colours (a dark theme left it white), labels and numbers as wide
        as their text (labels were cut at a fixed 230 pixels)."""
        painter = QPainter(self)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = base.lightness() < 128
        plan_fill = QColor("#23405E" if dark else "#DCE8F5")
        stroke = QColor("#8EC1F0" if dark else "#0B3C6E")
        over_colour = QColor("#FF8A80" if dark else "#B03A2E")
        painter.fillRect(self.rect(), base)
        painter.setPen(text)
        if not self.rows:
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, tr("Keine Kostenpositionen.")
            )
            return
        top = max(max(r.planned, r.actual) for r in self.rows) or 1
        painter.drawText(
            QRectF(6, 4, self.width() - 12, 20),
            Qt.AlignmentFlag.AlignLeft,
            tr("Obere Leiste: Plan · untere Leiste: Ist (schraffiert und benannt: über Plan)"),
        )
        metrics = painter.fontMetrics()
        label_w = min(
            max(metrics.horizontalAdvance(f"{r.number} {r.name}") for r in self.rows) + 16,
            int(self.width() * 0.4),
        )
        text_w = max(metrics.horizontalAdvance(self._note(r)) for r in self.rows) + 12
        bar_w = max(40, self.width() - label_w - text_w - 20)
        for i, r in enumerate(self.rows):
            y = 30 + i * 34
            painter.setPen(text)
            painter.drawText(
                QRectF(6, y, label_w - 10, 26),
                Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(
                    f"{r.number} {r.name}", Qt.TextElideMode.ElideRight, label_w - 10
                ),
            )
            plan_w = bar_w * r.planned / top
            actual_w = bar_w * r.actual / top
            painter.setPen(QPen(stroke, 1.5))
            painter.setBrush(plan_fill)
            painter.drawRect(QRectF(label_w, y, plan_w, 12))
            over = r.actual > r.planned
            painter.setBrush(
                QBrush(
                    over_colour if over else stroke,
                    Qt.BrushStyle.BDiagPattern if over else Qt.BrushStyle.SolidPattern,
                )
            )
            painter.drawRect(QRectF(label_w, y + 14, actual_w, 12))
            painter.setPen(text)
            painter.drawText(
                QRectF(label_w + bar_w + 10, y, text_w, 26),
                Qt.AlignmentFlag.AlignVCenter,
                self._note(r),
            )


def _plan_row(cells: list[str]) -> list[QStandardItem]:
    """A row of „Plan und Ist“: amounts and shares right-aligned, long texts as tooltip."""
    items = []
    for column, text in enumerate(cells):
        item = QStandardItem(text)
        if 2 <= column <= 5:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setToolTip(text)
        items.append(item)
    return items


class PlanTab(QWidget):
    """Plan against actual per position, as a table and as bars."""

    def __init__(self) -> None:
        super().__init__()
        self.plan_model = QStandardItemModel(self)
        self.plan_table = QTableView()
        self.plan_table.setModel(self.plan_model)
        self.plan_table.setAccessibleName(tr("Plan und Ist je Position"))
        self.plan_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plan_table.setTabKeyNavigation(False)  # Tab leaves the table (it cycled inside)
        self.plan_table.verticalHeader().setVisible(False)
        self.chart = PlanChart()
        layout = QVBoxLayout(self)
        layout.addWidget(self.plan_table, 1)
        layout.addWidget(self.chart)

    def show_totals(self, totals: list[Any] | None, found: list[Any]) -> None:
        """*totals* (model.funding.PositionTotal) with the *found* checks that name a
        position in its row, and the sum in bold (None: no grant, an empty table)."""
        self.plan_model.clear()
        self.plan_model.setHorizontalHeaderLabels(
            [
                "Nr.",
                tr("Position"),
                tr("Plan"),
                tr("Ist"),
                tr("Differenz"),
                tr("Anteil"),
                tr("Prüfung"),
            ]
        )
        if totals is not None:
            for t in totals:
                notes = [
                    f.message
                    for f in found
                    if f.where.startswith(tr("Position {number} ").format(number=t.number))
                ]
                cells = [
                    t.number,
                    t.name,
                    format_cents(t.planned),
                    format_cents(t.actual),
                    format_cents(t.difference),
                    format_share(t.actual, t.planned),
                    ("⚠ " + " ".join(notes)) if notes else tr("in Ordnung"),
                ]
                self.plan_model.appendRow(_plan_row(cells))
            self.plan_model.appendRow(self._sum_row(totals))
        self.chart.show_totals(totals or [])
        self.plan_table.resizeColumnsToContents()

    @staticmethod
    def _sum_row(totals: list[Any]) -> list[QStandardItem]:
        planned, actual = sum(t.planned for t in totals), sum(t.actual for t in totals)
        total = _plan_row(
            [
                "",
                tr("Summe"),
                format_cents(planned),
                format_cents(actual),
                format_cents(actual - planned),
                format_share(actual, planned),
                "",
            ]
        )
        for item in total:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        return total
