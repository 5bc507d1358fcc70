"""The Zeitplan section: every measure as a bar on a time axis, milestones as diamonds,
dependencies as arrows and a line for today, grouped by Handlungsfeld, phase, lead unit or
grant. Bars move by mouse and by keyboard through the one write path (undoable, synced,
validated); the same plan is a table for screen readers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
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
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
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
from workbench.gui.forms import FlowLayout, ReloadsWhenShown, ValueLabel, announce
from workbench.gui.roadmap_paint import AXIS, LABEL_WIDTH, ROW, PlanPicture, Row
from workbench.gui.roadmap_table import PlanModel
from workbench.i18n import tr
from workbench.services import baselines as baselines_service
from workbench.services import roadmap as roadmap_service
from workbench.services.operations import ChangeSet
from workbench.services.roadmap import Bar, MilestoneMark, Roadmap

if TYPE_CHECKING:
    from workbench.gui.dialogs import Dialogs
    from workbench.gui.operations import WorkspaceOps

#: Zoom levels: what they are called and how many pixels a day takes.
ZOOMS = ((tr("Wochen"), 6.0), (tr("Monate"), 2.0), (tr("Quartale"), 0.7), (tr("Jahre"), 0.25))


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


def _pair(label: QLabel, field: QWidget) -> QWidget:
    """A label and its field kept together when a row of choices wraps."""
    pair = QWidget()
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label)
    row.addWidget(field)
    return pair


class RoadmapPanel(ReloadsWhenShown, QWidget):
    """The section: grouping and zoom above, the time axis and its table as tabs."""

    activated = Signal(str)  # Enter or a double click on a bar: open the measure

    def __init__(
        self,
        ops: WorkspaceOps,
        dialogs: Dialogs,
        only: Callable[[], set[str] | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        ops.subscribe("roadmap", self, self.on_changed)
        self.dialogs = dialogs
        #: the measures to show (the measure table's search and filters), None: all
        self.only = only
        self.plan: Roadmap | None = None
        self.rows: list[Row] = []
        self.row_of: dict[str, int] = {}  # bar id → its row
        self.focused_id: str | None = None
        self.focused_milestone: str | None = None  # a milestone of the chosen bar, or None
        top = self._controls()
        self._views()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.filter_note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

    def _controls(self) -> FlowLayout:
        """Grouping, time grid, today, the baseline compared with, saving one, printing;
        a row that goes on below at 400 % zoom."""
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
        self.picture: PlanPicture | None = None
        self.baseline = QComboBox()
        self.baseline.setAccessibleName(tr("Vergleichen mit Planstand"))
        self.baseline.addItem(tr("keinem Planstand"), None)
        self.baseline.currentIndexChanged.connect(lambda _i: self._baseline_chosen())
        save = QPushButton(tr("Planstand &sichern …"))
        save.setToolTip(
            tr("Die Daten aller Maßnahmen und Meilensteine unter einem Namen festhalten")
        )
        save.clicked.connect(self.save_baseline)
        self.delete_baseline_button = QPushButton(tr("Planstand &löschen …"))
        self.delete_baseline_button.setToolTip(
            tr("Den gewählten Planstand löschen (lässt sich rückgängig machen)")
        )
        self.delete_baseline_button.setEnabled(False)
        self.delete_baseline_button.clicked.connect(self.delete_baseline)
        paper = QPushButton(tr("Als &PDF/PNG …"))
        paper.setToolTip(tr("Den Zeitplan für den Druck speichern (A4 oder A3 quer)"))
        paper.clicked.connect(self.save_printout)
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
        baseline_label = QLabel(tr("&Vergleich:"))
        baseline_label.setBuddy(self.baseline)
        top = FlowLayout()
        top.add(
            _pair(group_label, self.group),
            _pair(zoom_label, self.zoom),
            today,
            _pair(baseline_label, self.baseline),
            save,
            self.delete_baseline_button,
            paper,
        )
        return top

    def _views(self) -> None:
        """The time axis and the same plan as a table, as tabs."""
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

    @property
    def px_per_day(self) -> float:
        return ZOOMS[self.zoom.currentIndex()][1]

    def zoom_step(self, direction: int) -> None:
        index = max(0, min(len(ZOOMS) - 1, self.zoom.currentIndex() - direction))
        self.zoom.setCurrentIndex(index)

    def on_changed(self, tables: set[str], _changes: ChangeSet) -> None:
        self.request_reload()  # a table it shows changed (model.views)

    # -- reading and layout ----------------------------------------------------------------
    def reload(self) -> None:
        super().reload()
        first = self.plan is None
        only = self.only()
        self._fill_baselines()
        self.plan = self.ops.read(
            roadmap_service.roadmap,
            str(self.group.currentData()),
            only,
            baseline_id=self.baseline.currentData(),
        )
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
        self.model.compared = self.baseline.currentData() is not None
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
        compared = self.baseline.currentData() is not None
        picture = self.picture
        if picture is not None and picture.rows is self.rows and picture.first == self.plan.first:
            picture.px_per_day, picture.compared = self.px_per_day, compared  # a zoom step
        else:  # read anew: its rows are indexed once (10,000 rows: a few milliseconds)
            self.picture = PlanPicture(
                self.rows,
                self.plan.first,
                self.plan.today,
                self.px_per_day,
                self.palette(),
                compared=compared,
            )
        span = (self.plan.last - self.plan.first).days + 60
        self.scene.setSceneRect(
            0, 0, LABEL_WIDTH + span * self.px_per_day, AXIS + len(self.rows) * ROW + 10
        )
        self.view.viewport().update()

    def bar_rect(self, bar: Bar) -> QRectF | None:
        """Where *bar* is drawn (scene coordinates), or None without both dates."""
        return self.picture.bar_rect(bar) if self.picture else None

    def bar_at(self, point: QPointF) -> Bar | None:
        return self.picture.bar_at(point) if self.picture else None

    # -- painting ------------------------------------------------------------------------------
    def paint_rows(self, painter: QPainter, rect: QRectF, drag_dx: float) -> None:
        if self.picture is not None:
            self.picture.focused_id, self.picture.focused_milestone = (
                self.focused_id,
                self.focused_milestone,
            )
            self.picture.palette = self.palette()
            self.picture.paint_rows(painter, rect, drag_dx, self.focused_id)

    def paint_frame(self, painter: QPainter, visible: QRectF) -> None:
        if self.picture is not None:
            self.picture.paint_frame(painter, visible)

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

    # -- baselines ------------------------------------------------------------------------
    def _fill_baselines(self) -> None:
        """The combo lists the saved baselines; the one chosen stays chosen (a baseline
        deleted on another laptop falls back to none)."""
        chosen = self.baseline.currentData()
        saved = self.ops.read(baselines_service.list_baselines)
        self.baseline.blockSignals(True)
        self.baseline.clear()
        self.baseline.addItem(tr("keinem Planstand"), None)
        for info in saved:
            self.baseline.addItem(f"{info.name} ({format_date(info.taken_on)})", info.id)
        index = self.baseline.findData(chosen) if chosen else 0
        self.baseline.setCurrentIndex(max(index, 0))
        self.baseline.blockSignals(False)
        self.delete_baseline_button.setEnabled(self.baseline.currentData() is not None)

    def _baseline_chosen(self) -> None:
        self.delete_baseline_button.setEnabled(self.baseline.currentData() is not None)
        self.reload()
        name = self.baseline.currentText()
        if self.baseline.currentData() is not None:
            moved = sum(
                1
                for bar in (self.plan.bars() if self.plan else [])
                if bar.planned and (bar.planned.start, bar.planned.end) != (bar.start, bar.end)
            )
            self._say(
                tr("Verglichen mit {name}: {moved} verschoben").format(
                    name=name, moved=plural(moved, tr("Maßnahme"), tr("Maßnahmen"))
                )
            )

    def save_baseline(self) -> None:
        """Ask for a name and keep the plan's dates under it (one undo step)."""
        name = self.dialogs.ask_text(
            tr("Planstand sichern"),
            tr("Name des Planstands (z. B. „Beschluss Lenkungskreis März“):"),
            tr("Planstand {date}").format(date=format_date(date.today())),
        )
        if name is None:
            return
        saved = self.ops.run(
            tr("Planstand „{name}“ sichern").format(name=name.strip()),
            baselines_service.save_baseline,
            name,
        )
        if saved is not None:
            self._fill_baselines()
            self.baseline.setCurrentIndex(max(0, self.baseline.findData(saved)))  # its id

    def delete_baseline(self) -> None:
        """Delete the chosen baseline after asking; one undo step brings it back."""
        baseline_id = self.baseline.currentData()
        if baseline_id is None:
            return
        name = self.baseline.currentText()
        if not self.dialogs.confirm(
            tr("Planstand löschen"),
            tr("Den Planstand „{name}“ löschen? Das lässt sich rückgängig machen.").format(
                name=name
            ),
            tr("Löschen"),
        ):
            return
        outcome = self.ops.attempt(
            tr("Planstand „{name}“ löschen").format(name=name),
            baselines_service.delete_baseline,
            baseline_id,
        )
        if outcome.ok:
            self._fill_baselines()  # the plan is compared with no baseline now
            self._baseline_chosen()

    def save_printout(self) -> None:
        """The plan as shown (grouping, filter, baseline) as PDF or PNG pages."""
        from pathlib import Path

        from workbench.gui.roadmap_print import PrintChoice, RoadmapPrintout

        if self.plan is None:
            return
        papers = ["A4", "A3"]
        index = self.dialogs.choose_item(
            tr("Zeitplan speichern"),
            tr("Papier (quer):"),
            [tr("A4 quer"), tr("A3 quer")],
        )
        if index is None:
            return
        name = self.dialogs.save_file(
            tr("Zeitplan speichern"), "", tr("PDF-Dokument (*.pdf);;PNG-Bild (*.png)")
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".pdf", ".png"):
            path = path.with_name(path.name + ".pdf")
        grouping = str(self.group.currentData())
        printout = RoadmapPrintout(
            self.plan, PrintChoice(papers[index], title=tr("Zeitplan")), grouping
        )
        try:
            written = (
                [printout.write_pdf(path)]
                if path.suffix.lower() == ".pdf"
                else printout.write_png(path)
            )
        except OSError as exc:
            self.dialogs.error(tr("Zeitplan speichern"), str(exc))
            return
        self._say(
            tr("Zeitplan gespeichert: {path} ({pages})").format(
                path=written[0], pages=plural(len(printout.pages), tr("Seite"), tr("Seiten"))
            )
        )

    def show_today(self) -> None:
        if self.plan is not None and self.picture is not None:
            self.view.horizontalScrollBar().setValue(
                int(
                    self.picture.x(self.plan.today) - LABEL_WIDTH - self.view.viewport().width() / 3
                )
            )
