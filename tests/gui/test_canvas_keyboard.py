"""A canvas by keyboard and in words (BITV 2.0): every control named, zoom and leaving by
keys, the notes list as the canvas's text alternative carrying every action."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from tests.gui.canvas_helpers import (
    make_canvas,
    notes_in_db,
    open_canvas,
)
from workbench.gui.main_window import MainWindow
from workbench.services import canvas as cv
from workbench.services import canvas_votes
from workbench.services.operations import execute
from workbench.services.workspaces import store_of

if TYPE_CHECKING:
    pass


def test_every_canvas_control_is_named(qtbot, window: MainWindow) -> None:
    canvas = open_canvas(qtbot, window, make_canvas(window))
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QTreeView

    unnamed = [
        w
        for kind in (QComboBox, QAbstractSpinBox, QTreeView, QAbstractButton)
        for w in canvas.findChildren(kind)
        if w.isVisible()
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not w.accessibleName()
        and not w.text()
        if hasattr(w, "text")
    ]
    unnamed += [
        w
        for kind in (QComboBox, QAbstractSpinBox, QTreeView)
        for w in canvas.findChildren(kind)
        if w.isVisible() and not w.accessibleName()
    ]
    assert unnamed == []
    assert canvas.view.accessibleName() == "Leinwand"
    canvas.close()


def test_zoom_by_keys_and_wheel_fit_all_and_leaving_by_keyboard(qtbot, window: MainWindow) -> None:
    from PySide6.QtGui import QWheelEvent

    canvas = open_canvas(qtbot, window, make_canvas(window))
    view = canvas.view
    fitted = view.scale_factor()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.scale_factor() == pytest.approx(fitted * 1.2)
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(view.viewport().mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)  # two notches in
    assert view.scale_factor() == pytest.approx(fitted * 1.2**3)
    qtbot.keyClick(view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert view.scale_factor() == pytest.approx(1.0)
    canvas.scene.clearSelection()  # with nothing selected, arrow keys pan
    before = view.horizontalScrollBar().value()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.horizontalScrollBar().value() > before
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.scale_factor() == pytest.approx(fitted)
    # F6 goes to the list of notes and back; Ctrl+Tab leaves the canvas.
    qtbot.keyClick(view, Qt.Key.Key_F6)
    assert canvas.notes_tree.hasFocus()
    qtbot.keyClick(canvas.notes_tree, Qt.Key.Key_F6)
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert not view.hasFocus()
    canvas.close()


def test_the_notes_list_is_the_canvas_in_words(qtbot, window: MainWindow) -> None:
    """Zones with their guiding question, notes with group and dots, connectors under the
    notes they join; F2 in the list edits the note; a note moved into another zone is
    announced."""
    canvas_id = make_canvas(window)  # Wirkungslogik
    with store_of(window.workspace).session() as s:
        from workbench.model import CanvasZone

        zones = {
            z.key: z for z in s.scalars(select(CanvasZone).where(CanvasZone.canvas_id == canvas_id))
        }
        inp, out = zones["input"], zones["output"]
        at = {"input": (inp.x + 40, inp.y + 160), "output": (out.x + 40, out.y + 160)}
    a, _ = execute(window.workspace, "a", cv.add_note, canvas_id, *at["input"], "Zwei Stellen")
    b, _ = execute(window.workspace, "b", cv.add_note, canvas_id, *at["output"], "40 Kiezboxen")
    execute(window.workspace, "k", cv.connect_notes, a.id, b.id, "führt zu")
    execute(window.workspace, "g", cv.group_notes, [b.id], "Technik")
    execute(window.workspace, "v", canvas_votes.add_vote, b.id, "Jana Schulz")
    window.ops.remote_changes_arrived()
    canvas = open_canvas(qtbot, window, canvas_id)
    lists = next(c for c in canvas.children() if type(c).__name__ == "NoteLists")
    model = lists.notes_model

    def texts(item) -> list[str]:
        found = [item.text()]
        for r in range(item.rowCount()):
            found += texts(item.child(r, 0))
        return found

    everything = [t for r in range(model.rowCount()) for t in texts(model.item(r))]
    assert "40 Kiezboxen · Gruppe „Technik“" in everything
    assert "verbunden mit: 40 Kiezboxen (führt zu)" in everything
    assert "verbunden von: Zwei Stellen (führt zu)" in everything
    input_row = next(
        model.item(r) for r in range(model.rowCount()) if model.item(r).text().startswith("Input")
    )
    assert input_row.toolTip() == inp.question
    # F2 in the list edits the chosen note
    note_row = next(input_row.child(r, 0) for r in range(input_row.rowCount()))
    lists.notes_tree.setFocus()
    lists.notes_tree.setCurrentIndex(note_row.index())
    qtbot.keyClick(lists.notes_tree, Qt.Key.Key_F2)
    assert canvas.editor.isVisible()
    canvas.editor.cancelled.emit()
    # moved into another zone: announced
    window.ops.run("Verschieben", cv.move_notes, canvas_id, {a.id: at["output"]})
    qtbot.waitUntil(lambda: lists.last_announcement != "")
    assert lists.last_announcement == "„Zwei Stellen“ ist jetzt in der Zone Output."
    canvas.close()


def test_every_canvas_action_works_from_the_notes_list(qtbot, window: MainWindow) -> None:
    """Keyboard and screen-reader users work in the notes list: M moves the chosen note into
    a zone picked by name (without overlapping the notes there), + gives it a dot, Entf
    deletes it; the list's context menu offers the same actions."""
    canvas_id = make_canvas(window)  # Wirkungslogik
    with store_of(window.workspace).session() as s:
        from workbench.model import CanvasZone

        zones = {
            z.key: z for z in s.scalars(select(CanvasZone).where(CanvasZone.canvas_id == canvas_id))
        }
        inp, out = zones["input"], zones["output"]
    a, _ = execute(
        window.workspace, "a", cv.add_note, canvas_id, inp.x + 40, inp.y + 160, "Zwei Stellen"
    )
    b, _ = execute(
        window.workspace, "b", cv.add_note, canvas_id, out.x + 10, out.y + 50, "40 Kiezboxen"
    )
    window.ops.remote_changes_arrived()
    canvas = open_canvas(qtbot, window, canvas_id)
    tree, model = canvas.notes_tree, canvas.notes_model

    def choose(text: str) -> None:
        for r in range(model.rowCount()):
            zone = model.item(r)
            for c in range(zone.rowCount()):
                if zone.child(c, 0).text() == text:
                    tree.setFocus()
                    tree.setCurrentIndex(zone.child(c, 0).index())
                    return
        raise AssertionError(text)

    choose("Zwei Stellen")
    window.dialogs.item_answer = [z.title for z in canvas.data.zones if not z.locked].index(
        "Output"
    )
    qtbot.keyClick(tree, Qt.Key.Key_M)
    notes = notes_in_db(window, canvas_id)
    assert notes["Zwei Stellen"].zone_id == out.id
    moved, other = notes["Zwei Stellen"], notes["40 Kiezboxen"]
    assert abs(moved.x - other.x) >= cv.NOTE_WIDTH or abs(moved.y - other.y) >= cv.NOTE_MIN_HEIGHT
    assert canvas.lists.last_announcement == "„Zwei Stellen“ ist jetzt in der Zone Output."

    choose("Zwei Stellen")
    canvas.act_voting.setChecked(True)
    qtbot.keyClick(tree, Qt.Key.Key_Plus)
    from workbench.model import Vote

    with store_of(window.workspace).session() as s:
        assert len(s.scalars(select(Vote).where(Vote.note_id == a.id)).all()) == 1
    assert "M" in [a.shortcut().toString() for a in tree.actions()]
    assert tree.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu

    choose("40 Kiezboxen")
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert "40 Kiezboxen" not in notes_in_db(window, canvas_id)
    canvas.close()


def test_two_notes_are_connected_and_grouped_by_keyboard_alone(qtbot, window: MainWindow) -> None:
    """On the canvas: Tab chooses a note, Umschalt+Leertaste the next one as well, Strg+K
    connects them. In the notes list: Umschalt+Pfeil chooses two rows, Strg+G groups
    them, and the question's dialog gives focus back to the list row (not the main
    window)."""
    from PySide6.QtWidgets import QApplication

    canvas_id = make_canvas(window)
    for text, dy in (("Erste", 0), ("Zweite", 150), ("Dritte", 300)):  # one zone: Input
        execute(window.workspace, text, cv.add_note, canvas_id, 40, 200 + dy, text)
    window.ops.remote_changes_arrived()
    canvas = open_canvas(qtbot, window, canvas_id)
    canvas.view.setFocus()
    qtbot.keyClick(canvas.view, Qt.Key.Key_Tab)
    qtbot.keyClick(canvas.view, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert len(canvas.scene.selected_note_ids()) == 2
    first, second = canvas.scene.selected_note_ids()
    qtbot.keyClick(canvas.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    with store_of(window.workspace).session() as s:
        from workbench.model import Connector

        links = s.scalars(select(Connector).where(Connector.canvas_id == canvas_id)).all()
        assert [(c.source_id, c.target_id) for c in links] == [(first, second)]

    tree, model = canvas.notes_tree, canvas.notes_model
    rows = [
        model.item(r).child(c, 0).index()
        for r in range(model.rowCount())
        for c in range(model.item(r).rowCount())
    ]
    tree.setFocus()
    tree.setCurrentIndex(rows[1])
    qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(canvas.scene.selected_note_ids()) == 2
    window.dialogs.text_answer = "Zusammen"
    qtbot.keyClick(tree, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    with store_of(window.workspace).session() as s:
        from workbench.model import NoteGroup

        groups = s.scalars(select(NoteGroup).where(NoteGroup.canvas_id == canvas_id)).all()
        assert [g.heading for g in groups] == ["Zusammen"]
    # a real question over the canvas window: when it closes, focus is back in the list
    from workbench.gui.dialogs import Dialogs

    real = Dialogs(window).for_window(canvas)
    assert real.parent is canvas
    canvas.activateWindow()
    tree.setFocus()
    owners = []

    def close_question() -> None:
        question = QApplication.activeModalWidget()
        owners.append(question.parentWidget())
        question.reject()

    QTimer.singleShot(100, close_question)
    assert real.ask_text("Kennzeichnung", "Kurz:") is None
    qtbot.wait(50)
    assert owners == [canvas]  # asked over the canvas window, not the main window
    assert canvas.focusWidget() is tree
    canvas.close()
