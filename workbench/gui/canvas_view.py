"""The canvas as a scene of items, the view that zooms and pans it, and in-place editing."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QPinchGesture,
    QToolTip,
    QWidget,
)

from workbench.gui.canvas_colours import theme_is_dark
from workbench.gui.canvas_items import (
    DETAIL_SCALE,
    EXPORT,
    FRAME,
    ConnectorItem,
    GroupItem,
    NoteItem,
    ViewLook,
    ZoneItem,
    begin_frame,
)
from workbench.i18n import tr
from workbench.services.canvas import NOTE_WIDTH
from workbench.services.canvas_reading import CanvasData

ZOOM_STEP = 1.2
MIN_SCALE, MAX_SCALE = 0.05, 6.0
ARROW_STEP, ARROW_BIG_STEP = 10.0, 50.0


class AxisLabel(QGraphicsSimpleTextItem):
    """An axis label in the colour of the view drawing it: dark on the canvas, white on
    the projector's high-contrast black (#1A1A1A on black was 1.21:1)."""

    def paint(self, painter: QPainter, _option: Any, _widget: Any = None) -> None:
        painter.setFont(self.font())
        painter.setPen(FRAME.look.colours.axis_text)
        painter.drawText(self.boundingRect(), Qt.AlignmentFlag.AlignLeft, self.text())


class CanvasScene(QGraphicsScene):
    """Items for one canvas, kept in step with the database by :meth:`show_data`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: CanvasData | None = None
        self.zones: dict[str, ZoneItem] = {}
        self.notes: dict[str, NoteItem] = {}
        self.connectors: dict[str, ConnectorItem] = {}
        self.groups: dict[str, GroupItem] = {}
        self.selection_order: list[str] = []
        self.axis_items: list[QGraphicsSimpleTextItem] = []
        self._axes_shown: list[tuple[str, float, float, float, bool]] | None = None
        self._cards: tuple[dict[str, list[QRectF]], list[QRectF]] | None = None
        self.selectionChanged.connect(self._track_selection)
        self.changed.connect(lambda _regions: self.invalidate_cards())

    def show_data(self, data: CanvasData) -> None:
        """Bring the items in line with *data*: update, add and remove, never rebuild all."""
        self.data = data
        self.setSceneRect(QRectF(-150, -150, data.width + 300, data.height + 300))
        seen = set()
        for zone in data.zones:
            seen.add(zone.id)
            zone_item = self.zones.get(zone.id)
            if zone_item is None:
                zone_item = self.zones[zone.id] = ZoneItem(zone)
                self.addItem(zone_item)
            else:
                zone_item.update_from(zone)
        for gone in set(self.zones) - seen:
            self.removeItem(self.zones.pop(gone))
        locked = {z.id for z in data.zones if z.locked}
        seen = set()
        for note in data.notes:
            seen.add(note.id)
            item = self.notes.get(note.id)
            if item is None:
                item = self.notes[note.id] = NoteItem(note)
                self.addItem(item)
            else:
                item.update_from(note)
            item.set_locked(note.zone_id in locked)
        for gone in set(self.notes) - seen:
            item = self.notes.pop(gone)
            for connector in list(item.connectors):
                connector.detach()
            self.removeItem(item)
        self._show_connectors(data)
        self._show_groups(data)
        self._show_axes(data)

    def _show_axes(self, data: CanvasData) -> None:
        """The template's axis labels (Priorisierungsmatrix: Nutzen, Aufwand), outside the
        zones, large and dark: part of the picture and of the projection."""
        if self._axes_shown == data.axes:
            return
        for item in self.axis_items:
            self.removeItem(item)
        self.axis_items = []
        self._axes_shown = list(data.axes)
        font = QFont()
        font.setPixelSize(34)
        font.setBold(True)
        for text, x, y, length, vertical in data.axes:
            item = AxisLabel(text)
            item.setFont(font)
            item.setZValue(-1)
            width = item.boundingRect().width()
            if vertical:  # read from bottom to top, centred along its length
                item.setRotation(-90)
                item.setPos(x, y - max(0.0, (length - width) / 2))
            else:
                item.setPos(x + max(0.0, (length - width) / 2), y)
            self.addItem(item)
            self.axis_items.append(item)

    def _show_connectors(self, data: CanvasData) -> None:
        wanted = {c[0]: c for c in data.connectors if c[1] in self.notes and c[2] in self.notes}
        for connector_id in list(self.connectors):
            item = self.connectors[connector_id]
            row = wanted.get(connector_id)
            if (
                row is None
                or item.source is not self.notes[row[1]]
                or item.target is not self.notes[row[2]]
            ):
                item.detach()
                self.removeItem(self.connectors.pop(connector_id))
            else:
                item.adjust()
        for connector_id, (_, source, target, label) in wanted.items():
            if connector_id not in self.connectors:
                item = ConnectorItem(connector_id, self.notes[source], self.notes[target], label)
                self.connectors[connector_id] = item
                self.addItem(item)

    def _show_groups(self, data: CanvasData) -> None:
        for group_id in set(self.groups) - set(data.groups):
            self.removeItem(self.groups.pop(group_id))
        for group_id, heading in data.groups.items():
            item = self.groups.get(group_id)
            if item is None:
                item = self.groups[group_id] = GroupItem(group_id, heading)
                self.addItem(item)
            item.heading = heading
            self.fit_group(group_id)

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        # Reached only through render() (export): views draw their own background.
        begin_frame(EXPORT, painter.worldTransform().m11())
        painter.fillRect(rect, EXPORT.colours.board)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        if painter.worldTransform().m11() < DETAIL_SCALE:
            self.draw_cards(painter)

    def invalidate_cards(self) -> None:
        self._cards = None

    def draw_cards(self, painter: QPainter) -> None:
        """Far away every note is a coloured card: drawn in one call per colour instead of
        one Python paint per note (a wall of 2,000 notes stays fluid while zooming)."""
        if self._cards is None:
            cards: dict[str, list[QRectF]] = {}
            selected: list[QRectF] = []
            for item in self.notes.values():
                x, y = item.x(), item.y()
                cards.setdefault(item.fill.name(), []).append(QRectF(x, y, NOTE_WIDTH, item.height))
                if item.isSelected():
                    selected.append(QRectF(x, y, NOTE_WIDTH, item.height * 0.3))
            self._cards = (cards, selected)
        cards, selected = self._cards
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, rects in cards.items():
            painter.setBrush(QColor(colour))
            painter.drawRects(rects)
        painter.setBrush(FRAME.look.colours.selection)
        painter.drawRects(selected)

    def follow(self, items: list[NoteItem]) -> None:
        """Connectors and group frames follow notes that moved on screen."""
        groups = set()
        for item in items:
            for connector in item.connectors:
                connector.adjust()
            if item.data and item.data.group_id in self.groups:
                groups.add(item.data.group_id)
        for group_id in groups:
            self.fit_group(group_id)

    def fit_group(self, group_id: str) -> None:
        members = [i for i in self.notes.values() if i.data and i.data.group_id == group_id]
        zone = next(
            (self.zones.get(m.data.zone_id) for m in members if m.data and m.data.zone_id), None
        )
        self.groups[group_id].fit(members, zone.header_bottom() if zone else None)

    def _track_selection(self) -> None:
        selected = {i.note_id for i in self.selectedItems() if isinstance(i, NoteItem)}
        self.selection_order = [n for n in self.selection_order if n in selected]
        self.selection_order += [n for n in selected if n not in self.selection_order]

    def selected_note_ids(self) -> list[str]:
        """Selected notes in the order they were selected (for connectors: first → second)."""
        return list(self.selection_order)

    def selected_connector_ids(self) -> list[str]:
        return [i.connector_id for i in self.selectedItems() if isinstance(i, ConnectorItem)]

    def note_at(self, pos: QPointF) -> NoteItem | None:
        for item in self.items(pos):
            if isinstance(item, NoteItem):
                return item
        return None

    def notes_in_reading_order(self) -> list[NoteItem]:
        """Zone by zone (template order), then top to bottom, left to right: Tab follows this."""
        assert self.data is not None
        rank = {z.id: i for i, z in enumerate(self.data.zones)}
        return sorted(
            self.notes.values(),
            key=lambda n: (
                rank.get((n.data.zone_id if n.data else None) or "", len(rank)),
                round(n.y() / 40),
                n.x(),
            ),
        )

    def moved_notes(self) -> dict[str, tuple[float, float]]:
        """Notes whose item stands elsewhere than the database says (after a drag)."""
        moved = {}
        for item in self.notes.values():
            if item.data and (
                abs(item.x() - item.data.x) > 0.4 or abs(item.y() - item.data.y) > 0.4
            ):
                moved[item.note_id] = (item.x(), item.y())
        return moved


class CanvasView(QGraphicsView):
    """Shows a canvas: wheel, pinch and keys zoom; middle button or Space+drag pans;
    a drag on the background selects; arrow keys move selected notes."""

    new_note_requested = Signal(QPointF)
    edit_requested = Signal(str)
    notes_moved = Signal(object)
    notes_nudged = Signal(object)  # arrow keys: quick presses become one undo step
    note_clicked = Signal(str, object)  # note id, keyboard modifiers (voting mode uses it)
    zoom_changed = Signal(float)

    def __init__(
        self, scene: CanvasScene, parent: QWidget | None = None, look: ViewLook | None = None
    ) -> None:
        super().__init__(scene, parent)
        self.canvas_scene = scene
        self.look = look or ViewLook(dark=theme_is_dark())
        self.follows_theme = look is None  # the canvas window's view; not the projector's
        self.voting = False
        self.setAccessibleName(tr("Leinwand"))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlags(
            QGraphicsView.OptimizationFlag.DontSavePainterState
            | QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing
        )
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self._space_down = False
        self._fit_pending = True
        self._pinch_start = 1.0

    # --- zoom -------------------------------------------------------------------------------
    def scale_factor(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float, anchor_under_mouse: bool = False) -> None:
        current = self.scale_factor()
        factor = max(MIN_SCALE / current, min(MAX_SCALE / current, factor))
        if not anchor_under_mouse:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.scale(factor, factor)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self._fit_pending = False
        self.zoom_changed.emit(self.scale_factor())

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def actual_size(self) -> None:
        self.zoom_by(1.0 / self.scale_factor())

    def fit_all(self) -> None:
        """Show the whole canvas (zones and every note)."""
        data = self.canvas_scene.data
        rect = QRectF(0, 0, data.width, data.height) if data else QRectF()
        rect = rect.united(self.canvas_scene.itemsBoundingRect()).adjusted(-20, -20, 20, 20)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self._fit_pending = True
        self.zoom_changed.emit(self.scale_factor())

    def show_area(self, rect: QRectF) -> None:
        """*rect* as large as the viewport holds it, exactly (fitInView keeps a margin that
        took the presentation's text just below its reading size); a resize keeps it."""
        size = self.viewport().size()
        zoom = min(size.width() / rect.width(), size.height() / rect.height())
        self.setTransform(QTransform.fromScale(zoom, zoom))
        self.centerOn(rect.center())
        self._fit_pending = False
        self.zoom_changed.emit(self.scale_factor())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit_pending:  # until the user zooms, the canvas fills the window
            self.fit_all()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & (
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
        ):
            super().wheelEvent(event)  # Shift/Ctrl + wheel scrolls (pans)
            return
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(ZOOM_STEP**steps, anchor_under_mouse=True)
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            item = self.canvas_scene.note_at(self.mapToScene(event.pos()))
            if item is not None:  # made on demand: thousands of notes keep no tooltip text
                QToolTip.showText(event.globalPos(), item.tooltip_text(), self.viewport())
                return True
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)  # type: ignore[attr-defined]
            if isinstance(pinch, QPinchGesture):
                if pinch.state() == Qt.GestureState.GestureStarted:
                    self._pinch_start = self.scale_factor()
                total = pinch.totalScaleFactor()
                self.zoom_by(
                    self._pinch_start * total / self.scale_factor(), anchor_under_mouse=True
                )
                return True
        if (
            event.type() == QEvent.Type.NativeGesture
            and isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.zoom_by(1.0 + event.value(), anchor_under_mouse=True)
            return True
        return super().viewportEvent(event)

    # --- mouse ------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
            self._space_down and event.button() == Qt.MouseButton.LeftButton
        ):
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            fake = QMouseEvent(
                event.type(),
                event.position(),
                event.globalPosition(),
                Qt.MouseButton.LeftButton,
                Qt.MouseButton.LeftButton,
                event.modifiers(),
            )
            super().mousePressEvent(fake)
            return
        if self.voting and event.button() == Qt.MouseButton.LeftButton:
            item = self.canvas_scene.note_at(self.mapToScene(event.position().toPoint()))
            if item is not None:
                # the note clicked is also the chosen one (the dot alone left the selection
                # elsewhere: „−“ and the notes list then acted on another note)
                self.canvas_scene.clearSelection()
                item.setSelected(True)
                self.note_clicked.emit(item.note_id, event.modifiers())
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if (
            event.buttons() & Qt.MouseButton.LeftButton
            and self.dragMode() != self.DragMode.ScrollHandDrag
        ):
            selected = [self.canvas_scene.notes[i] for i in self.canvas_scene.selected_note_ids()]
            if selected:
                self.canvas_scene.follow(selected)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.dragMode() == QGraphicsView.DragMode.ScrollHandDrag:
            fake = QMouseEvent(
                event.type(),
                event.position(),
                event.globalPosition(),
                Qt.MouseButton.LeftButton,
                Qt.MouseButton.NoButton,
                event.modifiers(),
            )
            super().mouseReleaseEvent(fake)
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            return
        super().mouseReleaseEvent(event)
        moved = self.canvas_scene.moved_notes()
        if moved:
            self.notes_moved.emit(moved)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = self.mapToScene(event.position().toPoint())
        item = self.canvas_scene.note_at(pos)
        if item is not None:
            self.edit_requested.emit(item.note_id)
        elif not self.voting:
            self.new_note_requested.emit(pos - QPointF(NOTE_WIDTH / 2, 30))
        event.accept()

    # --- keyboard ---------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """The system's theme switched between light and dark: the canvas follows."""
        super().changeEvent(event)
        if self.follows_theme and event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
        ):
            dark = theme_is_dark()
            if dark != self.look.dark:
                self.look = replace(self.look, dark=dark)
                self.viewport().update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.select_next(extend=True)  # Umschalt+Leertaste: the next note as well
            return
        if key == Qt.Key.Key_Space and not event.isAutoRepeat() and not self.voting:
            self._space_down = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        arrows: dict[int, tuple[int, int]] = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        selected = [self.canvas_scene.notes[i] for i in self.canvas_scene.selected_note_ids()]
        if key in arrows and selected:
            step = (
                ARROW_BIG_STEP
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                else ARROW_STEP
            )
            dx, dy = arrows[key]
            moves = {
                i.note_id: (i.x() + dx * step, i.y() + dy * step)
                for i in selected
                if i.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            }
            if moves:
                for item in selected:
                    if item.note_id in moves:
                        item.setPos(*moves[item.note_id])
                self.canvas_scene.follow(selected)
                self.notes_nudged.emit(moves)
            return
        tab = key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        if tab and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().focusNextPrevChild(key == Qt.Key.Key_Tab)  # Ctrl+Tab leaves the canvas
            return
        if (
            tab
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and self.select_next(backwards=key == Qt.Key.Key_Backtab)
        ):
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        # Tab walks through the notes (keyPressEvent); Ctrl+Tab leaves the canvas.
        return False if self.canvas_scene.notes else super().focusNextPrevChild(next)

    def select_next(self, backwards: bool = False, extend: bool = False) -> bool:
        """Select the next note in reading order and bring it into view; with *extend* in
        addition to those selected (several notes by keyboard: to connect or group them)."""
        order = self.canvas_scene.notes_in_reading_order()
        if not order:
            return False
        current = self.canvas_scene.selected_note_ids()
        ids = [n.note_id for n in order]
        if current and current[-1] in ids:
            index = ids.index(current[-1]) + (-1 if backwards else 1)
        else:
            index = len(ids) - 1 if backwards else 0
        item = order[index % len(order)]
        if not extend:
            self.canvas_scene.clearSelection()
        item.setSelected(True)
        self.ensureVisible(item, 40, 40)
        data = item.data
        if data is not None:
            self.setAccessibleDescription(tr("Notiz: {text}").format(text=data.text))
        return True

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        scale = self.transform().m11()
        begin_frame(self.look, scale)  # once per frame, for every item
        # Far away, thousands of cards need no smoothing; near, text and arrows do.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, scale >= DETAIL_SCALE)
        colours = self.look.colours
        painter.fillRect(rect, colours.outside)
        data = self.canvas_scene.data
        if data is not None and colours.board != colours.outside:
            painter.fillRect(QRectF(0, 0, data.width, data.height), colours.board)
