"""The Förderung section's bars: plan against actual per position, in the theme's
colours, with the numbers as text beside them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QWidget,
)

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
