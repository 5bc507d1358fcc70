"""How the Zeitplan is drawn, once for the screen and the printout: the rows of a plan
(lane titles and bars) on a time axis – bars, the baseline beside them, milestones as
diamonds, dependencies as arrows, today as a dashed line – and the frame that stays in
sight (the axis at the top, the names on the left). The section paints only the rows on
screen; the printout paints a page's rows at the scale that fits the paper."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
)

from workbench.gui.labels import tint
from workbench.i18n import tr
from workbench.services.roadmap import Bar, MilestoneMark

LABEL_WIDTH = 300.0  # the code and title left of the axis
ROW = 30.0  # one bar's row (a lane's title takes one too)
AXIS = 44.0  # the time axis at the top: months above, today below
BAR_COLOUR = QColor("#2F6DB5")
PROBLEM_COLOUR = QColor("#B3261E")
FOCUS_COLOUR = QColor("#0B4F9C")
#: The baseline's bar: a dark grey outline under the bar (3:1 and more on white).
BASELINE_COLOUR = QColor("#5F5F5F")


@dataclass(frozen=True)
class Row:
    """One row of the plan: a lane's title (bar None) or a measure's bar."""

    lane: str
    bar: Bar | None


@dataclass
class PlanPicture:
    """The rows of a plan at a scale (*px_per_day* from *first*), in *palette*'s colours."""

    rows: list[Row]
    first: date
    today: date
    px_per_day: float
    palette: QPalette
    label_width: float = LABEL_WIDTH
    focused_id: str | None = None
    focused_milestone: str | None = None
    compared: bool = False  # a baseline is shown beside the bars
    row_of: dict[str, int] = field(init=False)

    def __post_init__(self) -> None:
        self.row_of = {row.bar.id: n for n, row in enumerate(self.rows) if row.bar is not None}
        self.text_font = QFont()
        self.text_font.setPixelSize(13)
        self.bold_font = QFont(self.text_font)
        self.bold_font.setBold(True)
        self.metrics = QFontMetricsF(self.text_font)
        self.bold_metrics = QFontMetricsF(self.bold_font)

    # -- where things are ----------------------------------------------------------------
    def x(self, day: date) -> float:
        return self.label_width + (day - self.first).days * self.px_per_day

    def bar_rect(self, bar: Bar) -> QRectF | None:
        """Where *bar* is drawn, or None without both dates. With a baseline shown the bar
        takes the upper part of its row and the baseline's bar the lower."""
        if bar.start is None or bar.end is None or bar.id not in self.row_of:
            return None
        x0, x1 = self.x(bar.start), self.x(bar.end + timedelta(days=1))
        y = AXIS + self.row_of[bar.id] * ROW
        height = ROW - (17 if self.compared else 10)
        return QRectF(x0, y + 5, max(x1 - x0, 3.0), height)

    def baseline_rect(self, bar: Bar) -> QRectF | None:
        was = bar.planned
        if not self.compared or was is None or was.start is None or was.end is None:
            return None
        x0, x1 = self.x(was.start), self.x(was.end + timedelta(days=1))
        y = AXIS + self.row_of[bar.id] * ROW
        return QRectF(x0, y + ROW - 10, max(x1 - x0, 3.0), 6)

    def bar_at(self, point: QPointF) -> Bar | None:
        index = int((point.y() - AXIS) // ROW)
        if not 0 <= index < len(self.rows):
            return None
        bar = self.rows[index].bar
        rect = self.bar_rect(bar) if bar is not None else None
        return bar if rect is not None and rect.adjusted(-3, -3, 3, 3).contains(point) else None

    def rows_in(self, rect: QRectF) -> range:
        """The rows (indices) that *rect* touches."""
        first = max(0, int((rect.top() - AXIS) // ROW))
        return range(first, min(len(self.rows), int((rect.bottom() - AXIS) // ROW) + 2))

    @property
    def tick_step(self) -> int:
        """Months between two marks of the axis at this scale: 1, 3 (quarters) or 12."""
        return 1 if self.px_per_day >= 1.5 else (3 if self.px_per_day >= 0.5 else 12)

    def ticks(self, rect: QRectF) -> list[tuple[date, str]]:
        """The month (quarter, year) starts visible in *rect*, with their labels."""
        step = self.tick_step
        first_day = self.first + timedelta(
            days=max(0, int((rect.left() - self.label_width) / self.px_per_day) - 31)
        )
        day = date(first_day.year, first_day.month, 1)
        end = self.first + timedelta(
            days=int((rect.right() - self.label_width) / self.px_per_day) + 1
        )
        ticks = []
        while day <= end:
            if (day.month - 1) % step == 0:
                text = (
                    str(day.year)
                    if step == 12 or day.month == 1
                    else (f"Q{(day.month - 1) // 3 + 1}" if step == 3 else f"{day.month:02d}")
                )
                ticks.append((day, text))
            day = date(day.year + (day.month // 12), day.month % 12 + 1, 1)
        return ticks

    @property
    def ink(self) -> QColor:
        return self.palette.color(QPalette.ColorRole.Text)  # the theme's, light or dark

    # -- painting ------------------------------------------------------------------------
    def paint_rows(
        self, painter: QPainter, rect: QRectF, drag_dx: float = 0.0, dragged: str | None = None
    ) -> None:
        """The rows that *rect* shows: lane lines, bars, milestones, arrows, today."""
        shown = self.rows_in(rect)
        for day, _text in self.ticks(rect):
            x = self.x(day)
            painter.setPen(QPen(QColor(0, 0, 0, 90 if day.month == 1 else 40), 1))
            painter.drawLine(QPointF(x, max(rect.top(), AXIS)), QPointF(x, rect.bottom()))
        for index in shown:
            row = self.rows[index]
            if row.bar is None:
                y = AXIS + index * ROW
                painter.setPen(QPen(QColor("#8A8A8A"), 1))
                painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
                continue
            self._paint_bar(painter, row.bar, drag_dx if row.bar.id == dragged else 0.0)
        painter.setPen(QPen(QColor("#4A4A4A"), 1.3))
        for index in shown:
            bar = self.rows[index].bar
            if bar is not None:
                for before in bar.predecessors:
                    self._paint_arrow(painter, before, bar)
        x_today = self.x(self.today)
        painter.setPen(QPen(PROBLEM_COLOUR, 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x_today, max(rect.top(), AXIS)), QPointF(x_today, rect.bottom()))

    def _paint_bar(self, painter: QPainter, bar: Bar, dx: float) -> None:
        planned = self.baseline_rect(bar)
        if planned is not None:  # the baseline: an outlined bar under today's plan
            painter.setPen(QPen(BASELINE_COLOUR, 1.2))
            painter.setBrush(QBrush(tint(QColor("#FFFFFF"), BASELINE_COLOUR, 0.25)))
            painter.drawRect(planned)
        rect = self.bar_rect(bar)
        if rect is not None:
            rect = rect.translated(dx, 0)
            colour = PROBLEM_COLOUR if bar.problems else BAR_COLOUR
            painter.setPen(QPen(colour.darker(130), 1))
            painter.setBrush(tint(QColor("#FFFFFF"), colour, 0.75))
            painter.drawRoundedRect(rect, 4, 4)
            if bar.problems:  # not by colour alone: a hatch (and ⚠ beside the name)
                painter.setBrush(QBrush(QColor(255, 255, 255, 120), Qt.BrushStyle.BDiagPattern))
                painter.drawRoundedRect(rect, 4, 4)
            if bar.id == self.focused_id and self.focused_milestone is None:
                self._focus_pen(painter)
                painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 5, 5)
        top = AXIS + self.row_of[bar.id] * ROW
        y = top + (ROW - 7) / 2 if self.compared else top + ROW / 2
        for mark in bar.milestones:
            if self.compared and mark.planned is not None and mark.planned != mark.due:
                painter.setPen(QPen(BASELINE_COLOUR, 1.2, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPolygon(_diamond(self.x(mark.planned), y, 6.0))
            self._paint_mark(painter, mark, y)

    def _paint_mark(self, painter: QPainter, mark: MilestoneMark, y: float) -> None:
        x, size = self.x(mark.due), 7.0
        painter.setPen(QPen(self.ink, 1.5))
        painter.setBrush(
            self.ink if mark.gate else (QColor("#7A7A7A") if mark.done else QColor("#FFFFFF"))
        )
        painter.drawPolygon(_diamond(x, y, size))
        if mark.id == self.focused_milestone:
            self._focus_pen(painter)
            painter.drawEllipse(QPointF(x, y), size + 5, size + 5)

    @staticmethod
    def _focus_pen(painter: QPainter) -> None:
        pen = QPen(FOCUS_COLOUR, 3)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_arrow(self, painter: QPainter, before_id: str, bar: Bar) -> None:
        before = self.rows[self.row_of[before_id]].bar if before_id in self.row_of else None
        start, end = (self.bar_rect(before) if before else None), self.bar_rect(bar)
        if start is None or end is None:
            return
        x0, y0, x1, y1 = start.right(), start.center().y(), end.left(), end.center().y()
        bend = max(x0 + 8, x1 - 8) if x1 > x0 else x0 + 8
        path = QPainterPath(QPointF(x0, y0))
        path.lineTo(bend, y0)
        path.lineTo(bend, y1)
        path.lineTo(x1, y1)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setBrush(QColor("#4A4A4A"))
        painter.drawPolygon(
            QPolygonF([QPointF(x1, y1), QPointF(x1 - 7, y1 - 4), QPointF(x1 - 7, y1 + 4)])
        )

    def paint_frame(self, painter: QPainter, visible: QRectF) -> None:
        """What stays in sight: the time axis at the top and the names on the left."""
        painter.setFont(self.text_font)
        axis = QRectF(visible.left(), visible.top(), visible.width(), AXIS)
        painter.fillRect(axis, self.palette.window())
        ink = self.ink
        painter.setPen(ink)
        for day, text in self.ticks(visible):
            painter.drawText(QPointF(self.x(day) + 3, visible.top() + 18), text)
        painter.setPen(PROBLEM_COLOUR)
        painter.setFont(self.bold_font)
        painter.drawText(QPointF(self.x(self.today) + 4, visible.top() + 38), tr("Heute"))
        names = QRectF(
            visible.left(), visible.top() + AXIS, self.label_width, visible.height() - AXIS
        )
        painter.fillRect(names, self.palette.base())
        painter.fillRect(
            QRectF(visible.left(), visible.top(), self.label_width, AXIS), self.palette.window()
        )
        painter.setPen(QPen(QColor("#8A8A8A"), 1))
        painter.drawLine(
            QPointF(names.right(), names.top()), QPointF(names.right(), names.bottom())
        )
        painter.drawLine(
            QPointF(visible.left(), visible.top() + AXIS),
            QPointF(visible.right(), visible.top() + AXIS),
        )
        painter.save()
        painter.setClipRect(names)  # rows under the axis are clipped
        for index in self.rows_in(visible):
            row = self.rows[index]
            y = AXIS + index * ROW
            if row.bar is None:
                painter.setFont(self.bold_font)
                painter.setPen(ink)
                painter.drawText(
                    QPointF(visible.left() + 6, y + 20),
                    self.bold_metrics.elidedText(
                        row.lane, Qt.TextElideMode.ElideRight, self.label_width - 12
                    ),
                )
                continue
            painter.setFont(self.text_font)
            painter.setPen(PROBLEM_COLOUR if row.bar.problems else ink)
            text = ("⚠ " if row.bar.problems else "") + f"{row.bar.code} {row.bar.title}"
            painter.drawText(
                QPointF(visible.left() + 14, y + 20),
                self.metrics.elidedText(text, Qt.TextElideMode.ElideRight, self.label_width - 20),
            )
        painter.restore()


def _diamond(x: float, y: float, size: float) -> QPolygonF:
    return QPolygonF(
        [QPointF(x, y - size), QPointF(x + size, y), QPointF(x, y + size), QPointF(x - size, y)]
    )
