"""Opening a canvas in the window and driving it by mouse and keyboard, for the canvas
tests."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from workbench.gui.canvas_window import CanvasWindow
from workbench.gui.main_window import MainWindow
from workbench.model import Measure, Note, WorkshopFormat
from workbench.services import canvas as cv
from workbench.services import canvas_templates as tpl
from workbench.services import workshops
from workbench.services.operations import execute
from workbench.services.workspaces import store_of

if TYPE_CHECKING:
    from workbench.gui.canvas_items import NoteItem


def make_canvas(window: MainWindow, template: str = "wirkungslogik") -> str:
    ws = store_of(window.workspace)
    with ws.session() as s:
        kiezbox = s.scalars(select(Measure.id).where(Measure.code == "P-04")).one()
    w, _ = execute(
        ws,
        "w",
        workshops.create_workshop,
        "Maßnahmenwerkstatt Kiezbox",
        WorkshopFormat.MEASURE_WORKSHOP,
        date(2026, 11, 26),
        [kiezbox],
        anonymous_participants=2,
    )
    execute(ws, "p", workshops.add_participant, w.id, "Jana Schulz", "SenInnDS")
    c, _ = execute(ws, "c", cv.create_canvas, w.id, tpl.load_templates().get(template))
    window.ops.remote_changes_arrived()  # the window learns about rows written beside it
    return c.id


def note_item(text: str) -> NoteItem:
    """A note item on its own (no scene): how its text is laid out."""
    from workbench.gui.canvas_items import NoteItem
    from workbench.services.canvas_reading import NoteData

    return NoteItem(
        NoteData(
            id=text[:8],
            text=text,
            color="yellow",
            label="",
            author="",
            x=0,
            y=0,
            zone_id=None,
            group_id=None,
        )
    )


def open_canvas(qtbot, window: MainWindow, canvas_id: str) -> CanvasWindow:
    canvas = window.workshops.open_canvas(canvas_id)
    canvas.resize(1400, 900)
    qtbot.waitExposed(canvas)
    canvas.activateWindow()  # shortcuts act in the active window only
    qtbot.waitUntil(canvas.isActiveWindow)
    canvas.view.fit_all()
    return canvas


def zone_point(canvas: CanvasWindow, title: str, dx: float = 0.0, dy: float = 0.0) -> QPoint:
    """A viewport point in the middle of a zone."""
    zone = next(z for z in canvas.data.zones if z.title == title)
    centre = QPointF(zone.x + zone.width / 2 + dx, zone.y + zone.height / 2 + dy)
    return canvas.view.mapFromScene(centre)


def notes_in_db(window: MainWindow, canvas_id: str) -> dict[str, Note]:
    with store_of(window.workspace).session() as s:
        return {n.text: n for n in s.scalars(select(Note).where(Note.canvas_id == canvas_id))}


def zone_title(canvas: CanvasWindow, zone_id: str | None) -> str | None:
    return next((z.title for z in canvas.data.zones if z.id == zone_id), None)


def send_mouse(
    widget,
    kind: QEvent.Type,
    pos: QPoint,
    buttons: Qt.MouseButton,
    button: Qt.MouseButton = Qt.MouseButton.LeftButton,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    global_pos = QPointF(widget.mapToGlobal(pos))
    event = QMouseEvent(kind, QPointF(pos), global_pos, button, buttons, modifiers)
    QApplication.sendEvent(widget, event)


def drag(view, start: QPoint, end: QPoint) -> None:
    """Press, move in steps with the button held (QTest cannot), release."""
    port = view.viewport()
    left = Qt.MouseButton.LeftButton
    send_mouse(port, QEvent.Type.MouseButtonPress, start, left)
    for i in range(1, 11):
        point = start + (end - start) * (i / 10)
        send_mouse(port, QEvent.Type.MouseMove, point, left, Qt.MouseButton.NoButton)
    send_mouse(port, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def type_into_editor(qtbot, canvas: CanvasWindow, text: str) -> None:
    qtbot.waitUntil(canvas.editor.isVisible)
    qtbot.keyClicks(canvas.editor, text)
    qtbot.keyClick(canvas.editor, Qt.Key.Key_Return)


def not_blank(image: QImage) -> int:
    """How many of a grid of sample pixels are not white."""
    step = max(1, image.width() // 120)
    return sum(
        1
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
        if image.pixelColor(x, y).name() != "#ffffff"
    )
