"""The Zeitplan section: every measure as a bar on a time axis, milestones as diamonds,
dependencies as arrows and a line for today, grouped by Handlungsfeld, phase, lead unit or
grant. Bars move by mouse and by keyboard through the one write path (undoable, synced,
validated); the same plan is a table for screen readers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QPointF,
    QRect,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from workbench.formats import format_date, plural
from workbench.gui.forms import ReloadsWhenShown, ValueLabel, announce
from workbench.gui.labels import tint
from workbench.gui.roadmap_table import PlanModel, Row
from workbench.i18n import tr
from workbench.model import tables_of
from workbench.services import roadmap as roadmap_service
from workbench.services.operations import ChangeSet
from workbench.services.roadmap import Bar, MilestoneMark, Roadmap

if TYPE_CHECKING:
    from workbench.gui.operations import WorkspaceOps

#: Zoom levels: what they are called and how many pixels a day takes.
ZOOMS = ((tr("Wochen"), 6.0), (tr("Monate"), 2.0), (tr("Quartale"), 0.7), (tr("Jahre"), 0.25))
LABEL_WIDTH = 300.0  # the code and title left of the axis
ROW = 30.0  # one bar's row
LANE_HEAD = 30.0  # a lane's title row
AXIS = 44.0  # the time axis at the top: months above, today below
BAR_COLOUR = QColor("#2F6DB5")
PROBLEM_COLOUR = QColor("#B3261E")


def roadmap_tables() -> frozenset[str]:
    """What the Zeitplan shows: measures, their milestones and dependencies, the grants
    that finance them and the names it groups by (derived from the model)."""
    return tables_of("measure", "planning", "strategy", "org") | {"grant_measures", "grants"}


class RoadmapView(QGraphicsView):
    """The time axis, painted row by row for what is on screen only (10,000 bars open in
    a blink: no item per bar). Keys move the chosen bar (→ a day, Umschalt+→ a week, with
    Alt only its end), Tab goes from bar to bar, Enter opens the measure, Strg+Plus/Minus
    zoom; the mouse drags a bar along the axis."""

    def __init__(self, scene: QGraphicsScene, panel: RoadmapPanel) -> None:
        super().__init__(scene)
        self.panel = panel
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setAccessibleName(tr("Zeitplan"))
        self.setMouseTracking(True)
        self._drag: tuple[Bar, float] | None = None  # the bar held and where it was taken
        self.drag_dx = 0.0

    # -- painting ------------------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802
        painter.fillRect(rect, self.palette().base())
        self.panel.paint_rows(painter, QRectF(rect), self.drag_dx if self._drag else 0.0)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802
        # the axis and the measures' names stay in sight while the plan scrolls
        self.panel.paint_frame(
            painter, QRectF(self.mapToScene(self.viewport().rect()).boundingRect())
        )

    # -- keys ----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        bar = self.panel.focused_bar()
        mark = self.panel.focused_mark()
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and mark is not None:
            step = 7 if mods & Qt.KeyboardModifier.ShiftModifier else 1
            self.panel.shift_milestone(mark, step if key == Qt.Key.Key_Right else -step)
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and bar is not None:
            step = 7 if mods & Qt.KeyboardModifier.ShiftModifier else 1
            days = step if key == Qt.Key.Key_Right else -step
            part = "end" if mods & Qt.KeyboardModifier.AltModifier else "both"
            self.panel.shift(bar, days, part)
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not (
            mods & Qt.KeyboardModifier.ControlModifier
        ):
            self.panel.focus_next(backwards=key == Qt.Key.Key_Backtab)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and bar is not None:
            self.panel.activated.emit(bar.id)
            return
        if mods & Qt.KeyboardModifier.ControlModifier and key in (
            Qt.Key.Key_Plus,
            Qt.Key.Key_Equal,
            Qt.Key.Key_Minus,
        ):
            self.panel.zoom_step(-1 if key == Qt.Key.Key_Minus else 1)
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 - Qt's name
        return False  # Tab goes from bar to bar; Strg+Tab leaves (keyPressEvent)

    # -- mouse ---------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        point = self.mapToScene(event.position().toPoint())
        bar = self.panel.bar_at(point)
        if bar is not None and event.button() == Qt.MouseButton.LeftButton:
            self.panel.choose(bar, reveal=False)  # under the mouse: the view stays put
            self._drag, self.drag_dx = (bar, event.position().x()), 0.0
            self.viewport().setCursor(Qt.CursorShape.SizeHorCursor)
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag is not None:  # the view is not scaled: a pixel is a scene unit
            self.drag_dx = event.position().x() - self._drag[1]
            self.viewport().update()
            return
        bar = self.panel.bar_at(self.mapToScene(event.position().toPoint()))
        self.viewport().setCursor(
            Qt.CursorShape.SizeHorCursor if bar is not None else Qt.CursorShape.ArrowCursor
        )
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag is None:
            super().mouseReleaseEvent(event)
            return
        bar, taken = self._drag
        self._drag = None
        days = round((event.position().x() - taken) / self.panel.px_per_day)
        self.drag_dx = 0.0
        if days:
            self.panel.shift(bar, days)
        self.viewport().update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        bar = self.panel.bar_at(self.mapToScene(event.position().toPoint()))
        if bar is not None:
            self.panel.activated.emit(bar.id)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.panel.bar_at(self.mapToScene(event.pos()))
            if bar is not None:
                QToolTip.showText(event.globalPos(), bar.describe(), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)


class RoadmapPanel(ReloadsWhenShown, QWidget):
    """The section: grouping and zoom above, the time axis and its table as tabs."""

    activated = Signal(str)  # Enter or a double click on a bar: open the measure

    def __init__(
        self,
        ops: WorkspaceOps,
        only: Callable[[], set[str] | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        #: the measures to show (the measure table's search and filters), None: all
        self.only = only
        self.plan: Roadmap | None = None
        self.rows: list[Row] = []
        self.row_of: dict[str, int] = {}  # bar id → its row
        self.focused_id: str | None = None
        self.focused_milestone: str | None = None  # a milestone of the chosen bar, or None
        self.group = QComboBox()
        self.group.setAccessibleName(tr("Gruppieren nach"))
        for key, label in roadmap_service.GROUPINGS.items():
            self.group.addItem(label, key)
        self.group.currentIndexChanged.connect(lambda _i: self.reload())
        self.zoom = QComboBox()
        self.zoom.setAccessibleName(tr("Zeitraster"))
        for label, _px in ZOOMS:
            self.zoom.addItem(label)
        self.zoom.setCurrentIndex(1)
        self.zoom.currentIndexChanged.connect(lambda _i: self.relayout())
        today = QPushButton(tr("&Heute"))
        today.clicked.connect(self.show_today)
        group_label = QLabel(tr("&Gruppieren nach:"))
        group_label.setBuddy(self.group)
        zoom_label = QLabel(tr("&Zeitraster:"))
        zoom_label.setBuddy(self.zoom)
        self.filter_note = ValueLabel(tr("Filter"), announce=False)
        self.filter_note.hide()
        self.status = ValueLabel(tr("Gewählter Balken"), announce=False)
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        for widget in (group_label, self.group, zoom_label, self.zoom, today):
            top.addWidget(widget)
        top.addStretch(1)
        self.scene = QGraphicsScene(self)
        self.view = RoadmapView(self.scene, self)
        self.table = QTableView()
        self.table.setAccessibleName(tr("Zeitplan als Tabelle"))
        self.model = PlanModel(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.view, tr("&Zeitachse"))
        self.tabs.addTab(self.table, tr("&Tabelle"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.filter_note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self.text_font = QFont()
        self.text_font.setPixelSize(13)
        self.bold_font = QFont(self.text_font)
        self.bold_font.setBold(True)
        self.metrics = QFontMetricsF(self.text_font)

    @property
    def px_per_day(self) -> float:
        return ZOOMS[self.zoom.currentIndex()][1]

    def zoom_step(self, direction: int) -> None:
        index = max(0, min(len(ZOOMS) - 1, self.zoom.currentIndex() - direction))
        self.zoom.setCurrentIndex(index)

    def on_changed(self, tables: set[str], _changes: ChangeSet) -> None:
        if tables & roadmap_tables():
            self.request_reload()

    # -- reading and layout ----------------------------------------------------------------
    def reload(self) -> None:
        super().reload()
        first = self.plan is None
        only = self.only()
        self.plan = self.ops.read(roadmap_service.roadmap, str(self.group.currentData()), only)
        self.filter_note.setVisible(only is not None)
        if only is not None:
            self.filter_note.setText(
                tr(
                    "Gefiltert wie die Maßnahmentabelle: {measures} (Filter zurücksetzen "
                    "im Bereich Maßnahmen)"
                ).format(measures=plural(len(only), tr("Maßnahme"), tr("Maßnahmen")))
            )
        self.rows = []
        for lane in self.plan.lanes:
            self.rows.append(Row(lane.title, None))
            self.rows.extend(Row(lane.title, bar) for bar in lane.bars)
        self.row_of = {row.bar.id: n for n, row in enumerate(self.rows) if row.bar is not None}
        self.model.set_rows([(row.lane, row.bar) for row in self.rows if row.bar is not None])
        self.relayout()
        if first:
            self.show_today()  # what is running now, not the strategy's first year
        bar = self.focused_bar()
        if bar is not None:  # the same bar (or milestone) stays chosen, with its new dates
            self.choose(bar, reveal=False, milestone=self.focused_mark())

    def relayout(self) -> None:
        """The scene's size at this zoom; the rows are painted as they come into sight."""
        if self.plan is None:
            return
        span = (self.plan.last - self.plan.first).days + 60
        self.scene.setSceneRect(
            0, 0, LABEL_WIDTH + span * self.px_per_day, AXIS + len(self.rows) * ROW + 10
        )
        self.view.viewport().update()

    def _x(self, day: date) -> float:
        assert self.plan is not None
        return LABEL_WIDTH + (day - self.plan.first).days * self.px_per_day

    def bar_rect(self, bar: Bar) -> QRectF | None:
        """Where *bar* is drawn (scene coordinates), or None without both dates."""
        if bar.start is None or bar.end is None or bar.id not in self.row_of:
            return None
        x0, x1 = self._x(bar.start), self._x(bar.end + timedelta(days=1))
        y = AXIS + self.row_of[bar.id] * ROW
        return QRectF(x0, y + 5, max(x1 - x0, 3.0), ROW - 10)

    def bar_at(self, point: QPointF) -> Bar | None:
        index = int((point.y() - AXIS) // ROW)
        if not 0 <= index < len(self.rows):
            return None
        bar = self.rows[index].bar
        rect = self.bar_rect(bar) if bar is not None else None
        return bar if rect is not None and rect.adjusted(-3, -3, 3, 3).contains(point) else None

    # -- painting ------------------------------------------------------------------------------
    def paint_rows(self, painter: QPainter, rect: QRectF, drag_dx: float) -> None:
        """The rows that *rect* shows: lane lines, bars, milestones, arrows, today."""
        if self.plan is None:
            return
        shown = self._rows_in(rect)
        self._paint_grid(painter, rect)
        for index in shown:
            row = self.rows[index]
            y = AXIS + index * ROW
            if row.bar is None:
                painter.setPen(QPen(QColor("#8A8A8A"), 1))
                painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
                continue
            self._paint_bar(painter, row.bar, drag_dx if row.bar.id == self.focused_id else 0.0)
        painter.setPen(QPen(QColor("#4A4A4A"), 1.3))
        for index in shown:
            bar = self.rows[index].bar
            if bar is not None:
                for before in bar.predecessors:
                    self._paint_arrow(painter, before, bar)
        x_today = self._x(self.plan.today)
        painter.setPen(QPen(PROBLEM_COLOUR, 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x_today, max(rect.top(), AXIS)), QPointF(x_today, rect.bottom()))

    def _rows_in(self, rect: QRectF) -> range:
        """The rows (indices) that *rect* touches."""
        first = max(0, int((rect.top() - AXIS) // ROW))
        return range(first, min(len(self.rows), int((rect.bottom() - AXIS) // ROW) + 2))

    @property
    def tick_step(self) -> int:
        """Months between two marks of the axis at this zoom: 1, 3 (quarters) or 12."""
        return 1 if self.px_per_day >= 1.5 else (3 if self.px_per_day >= 0.5 else 12)

    def _paint_grid(self, painter: QPainter, rect: QRectF) -> None:
        assert self.plan is not None
        for day, _text in self._ticks(self.tick_step, rect):
            x = self._x(day)
            painter.setPen(QPen(QColor(0, 0, 0, 90 if day.month == 1 else 40), 1))
            painter.drawLine(QPointF(x, max(rect.top(), AXIS)), QPointF(x, rect.bottom()))

    def _ticks(self, step: int, rect: QRectF) -> list[tuple[date, str]]:
        """The month (quarter, year) starts visible in *rect*, with their labels."""
        assert self.plan is not None
        first_day = self.plan.first + timedelta(
            days=max(0, int((rect.left() - LABEL_WIDTH) / self.px_per_day) - 31)
        )
        day = date(first_day.year, first_day.month, 1)
        end = self.plan.first + timedelta(
            days=int((rect.right() - LABEL_WIDTH) / self.px_per_day) + 1
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

    def _paint_bar(self, painter: QPainter, bar: Bar, dx: float) -> None:
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
                pen = QPen(QColor("#0B4F9C"), 3)
                pen.setCosmetic(True)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 5, 5)
        y = AXIS + self.row_of[bar.id] * ROW + ROW / 2
        for mark in bar.milestones:
            x, size = self._x(mark.due), 7.0
            ink = self.palette().color(QPalette.ColorRole.Text)
            painter.setPen(QPen(ink, 1.5))
            painter.setBrush(
                ink if mark.gate else (QColor("#7A7A7A") if mark.done else QColor("#FFFFFF"))
            )
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(x, y - size),
                        QPointF(x + size, y),
                        QPointF(x, y + size),
                        QPointF(x - size, y),
                    ]
                )
            )
            if mark.id == self.focused_milestone:
                pen = QPen(QColor("#0B4F9C"), 3)
                pen.setCosmetic(True)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(QPointF(x, y), size + 5, size + 5)

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
        if self.plan is None:
            return
        painter.setFont(self.text_font)
        axis = QRectF(visible.left(), visible.top(), visible.width(), AXIS)
        painter.fillRect(axis, self.palette().window())
        ink = self.palette().color(QPalette.ColorRole.Text)  # the theme's, light or dark
        painter.setPen(ink)
        for day, text in self._ticks(self.tick_step, visible):
            painter.drawText(QPointF(self._x(day) + 3, visible.top() + 18), text)
        x_today = self._x(self.plan.today)
        painter.setPen(PROBLEM_COLOUR)
        painter.setFont(self.bold_font)
        painter.drawText(QPointF(x_today + 4, visible.top() + 38), tr("Heute"))
        names = QRectF(visible.left(), visible.top() + AXIS, LABEL_WIDTH, visible.height() - AXIS)
        painter.fillRect(names, self.palette().base())
        painter.fillRect(
            QRectF(visible.left(), visible.top(), LABEL_WIDTH, AXIS), self.palette().window()
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
        for index in self._rows_in(visible):
            row = self.rows[index]
            y = AXIS + index * ROW
            if row.bar is None:
                painter.setFont(self.bold_font)
                painter.setPen(ink)
                painter.drawText(QPointF(visible.left() + 6, y + 20), row.lane)
                continue
            painter.setFont(self.text_font)
            painter.setPen(PROBLEM_COLOUR if row.bar.problems else ink)
            text = ("⚠ " if row.bar.problems else "") + f"{row.bar.code} {row.bar.title}"
            painter.drawText(
                QPointF(visible.left() + 14, y + 20),
                self.metrics.elidedText(text, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 20),
            )
        painter.restore()

    # -- choosing and moving ------------------------------------------------------------------
    def focused_bar(self) -> Bar | None:
        index = self.row_of.get(self.focused_id or "")
        return self.rows[index].bar if index is not None else None

    def focused_mark(self) -> MilestoneMark | None:
        bar = self.focused_bar()
        if bar is None or self.focused_milestone is None:
            return None
        return next((m for m in bar.milestones if m.id == self.focused_milestone), None)

    def choose(self, bar: Bar, reveal: bool = True, milestone: MilestoneMark | None = None) -> None:
        self.focused_id = bar.id
        self.focused_milestone = milestone.id if milestone else None
        if milestone is None:
            self._tell(bar)
        else:
            self._say(
                tr("Meilenstein „{title}“ von {code}, fällig am {due}").format(
                    title=milestone.title, code=bar.code, due=format_date(milestone.due)
                )
            )
        rect = self.bar_rect(bar)
        if rect is not None and reveal:
            self.view.ensureVisible(rect.adjusted(-LABEL_WIDTH, -AXIS, 40, 40))
        self.view.viewport().update()

    def _tell(self, bar: Bar | None) -> None:
        if bar is not None:
            self._say(bar.describe())

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.view.setAccessibleDescription(text)
        announce(self.view, text)

    def focus_next(self, backwards: bool = False) -> None:
        """Tab: from a bar to each of its milestones, then to the next bar."""
        stops: list[tuple[Bar, MilestoneMark | None]] = []
        for row in self.rows:
            if row.bar is not None and row.bar.start and row.bar.end:
                stops.append((row.bar, None))
                stops.extend((row.bar, mark) for mark in row.bar.milestones)
        if not stops:
            return
        keys = [(bar.id, mark.id if mark else None) for bar, mark in stops]
        here = (self.focused_id, self.focused_milestone)
        if here in keys:
            index = keys.index(here) + (-1 if backwards else 1)
        else:
            index = -1 if backwards else 0
        bar, mark = stops[index % len(stops)]
        self.choose(bar, milestone=mark)

    def shift_milestone(self, mark: MilestoneMark, days: int) -> None:
        """Move the chosen milestone by *days*: one undo step, validated as any edit."""
        what = tr("Meilenstein „{title}“ verschieben").format(title=mark.title)
        self.ops.run(what, roadmap_service.shift_milestone, mark.id, days)
        self.view.viewport().update()

    def shift(self, bar: Bar, days: int, part: str = "both") -> None:
        """Move *bar* through the write path: one undo step; a refusal is shown by the
        window's message bar and the bar stays where it was."""
        self.focused_id = bar.id
        what = tr("Zeitraum von {code} ändern").format(code=bar.code)
        self.ops.run(what, roadmap_service.shift_measure, bar.id, days, part)
        self.view.viewport().update()

    def show_today(self) -> None:
        if self.plan is not None:
            self.view.horizontalScrollBar().setValue(
                int(self._x(self.plan.today) - LABEL_WIDTH - self.view.viewport().width() / 3)
            )
