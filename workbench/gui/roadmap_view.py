"""The Zeitplan section: every measure as a bar on a time axis, milestones as diamonds,
dependencies as arrows and a line for today, grouped by Handlungsfeld, phase, lead unit or
grant. Bars move by mouse and by keyboard through the one write path (undoable, synced,
validated); the same plan is a table for screen readers."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyleOptionGraphicsItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.formats import format_date
from workbench.gui.forms import ReloadsWhenShown, ValueLabel, announce
from workbench.gui.labels import tint
from workbench.i18n import tr
from workbench.model import tables_of
from workbench.services import roadmap as roadmap_service
from workbench.services.operations import ChangeSet
from workbench.services.roadmap import Bar, Roadmap

if TYPE_CHECKING:
    from workbench.gui.operations import WorkspaceOps

#: Zoom levels: what they are called and how many pixels a day takes.
ZOOMS = ((tr("Wochen"), 6.0), (tr("Monate"), 2.0), (tr("Quartale"), 0.7), (tr("Jahre"), 0.25))
LABEL_WIDTH = 300.0  # the code and title left of the axis
ROW = 30.0  # one bar's row
LANE_HEAD = 30.0  # a lane's title row
AXIS = 34.0  # the time axis at the top
BAR_COLOUR = QColor("#2F6DB5")
PROBLEM_COLOUR = QColor("#B3261E")
TEXT = QColor("#1A1A1A")


def roadmap_tables() -> frozenset[str]:
    """What the Zeitplan shows: measures, their milestones and dependencies, the grants
    that finance them and the names it groups by (derived from the model)."""
    return tables_of("measure", "planning", "strategy", "org") | {"grant_measures", "grants"}


class BarItem(QGraphicsItem):
    """A measure's bar: focusable, moved by dragging or by the arrow keys."""

    def __init__(self, bar: Bar, x: float, width: float, y: float, panel: RoadmapPanel) -> None:
        super().__init__()
        self.bar, self.owner = bar, panel
        self.rect = QRectF(0, 0, max(width, 3.0), ROW - 10)
        self.setPos(x, y + 5)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        )
        self.setToolTip(bar.describe())
        self.setCursor(Qt.CursorShape.SizeHorCursor)
        self._pressed_x: float | None = None

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self.rect.adjusted(-3, -3, 3, 3)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        problem = bool(self.bar.problems)
        colour = PROBLEM_COLOUR if problem else BAR_COLOUR
        painter.setPen(QPen(colour.darker(130), 1))
        painter.setBrush(tint(QColor("#FFFFFF"), colour, 0.75))
        painter.drawRoundedRect(self.rect, 4, 4)
        if problem:  # not by colour alone: a hatch and a mark
            painter.setBrush(QBrush(QColor(255, 255, 255, 120), Qt.BrushStyle.BDiagPattern))
            painter.drawRoundedRect(self.rect, 4, 4)
        if self.hasFocus() or self.isSelected():
            pen = QPen(QColor("#0B4F9C"), 3)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.rect.adjusted(-3, -3, 3, 3), 5, 5)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange:
            return QPointF(value.x(), self.y())  # only along the time axis
        return super().itemChange(change, value)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        self._pressed_x = self.x()
        self.setFocus()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if self._pressed_x is None:
            return
        days = round((self.x() - self._pressed_x) / self.owner.px_per_day)
        self._pressed_x = None
        if days:
            self.owner.shift(self.bar, days)
        else:
            self.owner.redraw()

    def focusInEvent(self, event: Any) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.owner.bar_focused(self.bar)
        self.update()

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.update()


class RoadmapView(QGraphicsView):
    """The time axis; keys move the focused bar (→ a day, Umschalt+→ a week, with Alt only
    its end), Tab goes from bar to bar, Strg+Plus/Minus zoom."""

    def __init__(self, scene: QGraphicsScene, panel: RoadmapPanel) -> None:
        super().__init__(scene)
        self.panel = panel
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(tr("Zeitplan"))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        item = self.scene().focusItem()
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and isinstance(item, BarItem):
            step = 7 if mods & Qt.KeyboardModifier.ShiftModifier else 1
            days = step if key == Qt.Key.Key_Right else -step
            part = "end" if mods & Qt.KeyboardModifier.AltModifier else "both"
            self.panel.shift(item.bar, days, part)
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not (
            mods & Qt.KeyboardModifier.ControlModifier
        ):
            self.panel.focus_next(backwards=key == Qt.Key.Key_Backtab)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(item, BarItem):
            self.panel.activated.emit(item.bar.id)
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


class RoadmapPanel(ReloadsWhenShown, QWidget):
    """The section: grouping and zoom above, the time axis and its table as tabs."""

    activated = Signal(str)  # Enter on a bar: open the measure

    def __init__(self, ops: WorkspaceOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.plan: Roadmap | None = None
        self.items: dict[str, BarItem] = {}
        self.focused_id: str | None = None
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
        self.zoom.currentIndexChanged.connect(lambda _i: self.redraw())
        today = QPushButton(tr("&Heute"))
        today.clicked.connect(self.show_today)
        group_label = QLabel(tr("&Gruppieren nach:"))
        group_label.setBuddy(self.group)
        zoom_label = QLabel(tr("&Zeitraster:"))
        zoom_label.setBuddy(self.zoom)
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
        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels(
            [tr("Gruppe"), tr("Kennung"), tr("Titel"), tr("Beginn"), tr("Ende"), tr("Hinweise")]
        )
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
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

    @property
    def px_per_day(self) -> float:
        return ZOOMS[self.zoom.currentIndex()][1]

    def zoom_step(self, direction: int) -> None:
        index = max(0, min(len(ZOOMS) - 1, self.zoom.currentIndex() - direction))
        self.zoom.setCurrentIndex(index)

    def on_changed(self, tables: set[str], _changes: ChangeSet) -> None:
        if tables & roadmap_tables():
            self.request_reload()

    def reload(self) -> None:
        super().reload()
        first = self.plan is None
        self.plan = self.ops.read(roadmap_service.roadmap, str(self.group.currentData()))
        self.redraw()
        self._fill_table()
        if first:
            self.show_today()  # what is running now, not the strategy's first year

    def _x(self, day: date) -> float:
        assert self.plan is not None
        return LABEL_WIDTH + (day - self.plan.first).days * self.px_per_day

    def redraw(self) -> None:
        """Draw the plan at the current zoom (a zoom step redraws, it does not re-read)."""
        if self.plan is None:
            return
        self.scene.clear()
        self.items = {}
        plan = self.plan
        span = (plan.last - plan.first).days + 60
        width = LABEL_WIDTH + span * self.px_per_day
        font = QFont()
        font.setPixelSize(13)
        bold = QFont(font)
        bold.setBold(True)
        self._axis(plan, width, font)
        y = AXIS
        places: dict[str, tuple[float, float, float]] = {}  # id → start x, end x, mid y
        for lane in plan.lanes:
            head = self.scene.addSimpleText(lane.title, bold)
            head.setBrush(TEXT)
            head.setPos(6, y + 6)
            self.scene.addLine(0, y, width, y, QPen(QColor("#8A8A8A"), 1))
            y += LANE_HEAD
            for bar in lane.bars:
                label = self.scene.addSimpleText(
                    QFontMetricsF(font).elidedText(
                        ("⚠ " if bar.problems else "") + f"{bar.code} {bar.title}",
                        Qt.TextElideMode.ElideRight,
                        LABEL_WIDTH - 16,
                    ),
                    font,
                )
                label.setBrush(PROBLEM_COLOUR if bar.problems else TEXT)
                label.setPos(14, y + 7)
                if bar.start and bar.end:
                    x0, x1 = self._x(bar.start), self._x(bar.end + timedelta(days=1))
                    item = BarItem(bar, x0, x1 - x0, y, self)
                    self.scene.addItem(item)
                    self.items[bar.id] = item
                    places.setdefault(bar.id, (x0, x1, y + ROW / 2))
                for mark in bar.milestones:
                    self._diamond(self._x(mark.due), y + ROW / 2, mark.gate, mark.done is not None)
                y += ROW
        for bar in plan.bars():
            for before in bar.predecessors:
                if before in places and bar.id in places:
                    self._arrow(
                        places[before][1], places[before][2], places[bar.id][0], places[bar.id][2]
                    )
        x_today = self._x(plan.today)
        line = self.scene.addLine(
            x_today, 0, x_today, y, QPen(PROBLEM_COLOUR, 2, Qt.PenStyle.DashLine)
        )
        line.setZValue(-1)
        today_label = self.scene.addSimpleText(tr("Heute"), bold)
        today_label.setBrush(PROBLEM_COLOUR)
        today_label.setPos(x_today + 4, 2)
        self.scene.setSceneRect(0, 0, width, y + 10)
        if self.focused_id in self.items:
            self.items[self.focused_id].setFocus()

    def _axis(self, plan: Roadmap, width: float, font: QFont) -> None:
        """Years, and months or quarters as the zoom allows, with their lines."""
        day = date(plan.first.year, plan.first.month, 1)
        end = plan.last + timedelta(days=60)
        step = 1 if self.px_per_day >= 1.5 else (3 if self.px_per_day >= 0.5 else 12)
        while day <= end:
            x = self._x(max(day, plan.first))
            if (day.month - 1) % step == 0:
                text = (
                    str(day.year)
                    if step == 12 or day.month == 1
                    else (f"Q{(day.month - 1) // 3 + 1}" if step == 3 else f"{day.month:02d}")
                )
                label = self.scene.addSimpleText(text, font)
                label.setBrush(TEXT)
                label.setPos(x + 3, 8)
                self.scene.addLine(
                    x,
                    AXIS - 6,
                    x,
                    AXIS + 4000,
                    QPen(QColor(0, 0, 0, 40 if day.month != 1 else 90), 1),
                )
            day = date(day.year + (day.month // 12), day.month % 12 + 1, 1)
        self.scene.addLine(LABEL_WIDTH, AXIS, width, AXIS, QPen(QColor("#8A8A8A"), 1))

    def _diamond(self, x: float, y: float, gate: bool, done: bool) -> None:
        size = 7.0
        polygon = QPolygonF(
            [QPointF(x, y - size), QPointF(x + size, y), QPointF(x, y + size), QPointF(x - size, y)]
        )
        item = self.scene.addPolygon(
            polygon,
            QPen(TEXT, 1.5),
            QBrush(TEXT if gate else (QColor("#FFFFFF") if not done else QColor("#7A7A7A"))),
        )
        item.setZValue(2)

    def _arrow(self, x0: float, y0: float, x1: float, y1: float) -> None:
        path = QPainterPath(QPointF(x0, y0))
        bend = max(x0 + 8, x1 - 8) if x1 > x0 else x0 + 8
        path.lineTo(bend, y0)
        path.lineTo(bend, y1)
        path.lineTo(x1, y1)
        pen = QPen(QColor("#4A4A4A"), 1.3)
        self.scene.addPath(path, pen).setZValue(1)
        head = QPolygonF([QPointF(x1, y1), QPointF(x1 - 7, y1 - 4), QPointF(x1 - 7, y1 + 4)])
        self.scene.addPolygon(head, pen, QBrush(QColor("#4A4A4A"))).setZValue(1)

    def _fill_table(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        if self.plan is None:
            return
        for lane in self.plan.lanes:
            for bar in lane.bars:
                cells = [
                    lane.title,
                    bar.code,
                    bar.title,
                    format_date(bar.start),
                    format_date(bar.end),
                    "; ".join(bar.problems),
                ]
                items = [QStandardItem(text) for text in cells]
                items[1].setData(bar.id, Qt.ItemDataRole.UserRole)
                self.model.appendRow(items)
        self.table.resizeColumnsToContents()

    # -- actions -----------------------------------------------------------------------
    def shift(self, bar: Bar, days: int, part: str = "both") -> None:
        """Move *bar* through the write path: one undo step; a refusal is shown by the
        window's message bar and the bar goes back."""
        self.focused_id = bar.id
        what = tr("Zeitraum von {code} ändern").format(code=bar.code)
        result = self.ops.run(what, roadmap_service.shift_measure, bar.id, days, part)
        if result is None:
            self.redraw()  # refused: the bar returns to its dates

    def bar_focused(self, bar: Bar) -> None:
        self.focused_id = bar.id
        text = bar.describe()
        self.status.setText(text)
        self.view.setAccessibleDescription(text)
        announce(self.view, text)

    def focus_next(self, backwards: bool = False) -> None:
        order = [b.id for b in (self.plan.bars() if self.plan else []) if b.id in self.items]
        if not order:
            return
        if self.focused_id in order:
            index = order.index(self.focused_id) + (-1 if backwards else 1)
        else:
            index = -1 if backwards else 0
        self.items[order[index % len(order)]].setFocus()
        self.view.ensureVisible(self.items[order[index % len(order)]])

    def show_today(self) -> None:
        if self.plan is not None:
            self.view.centerOn(self._x(self.plan.today), self.view.mapToScene(0, 0).y() + 100)
