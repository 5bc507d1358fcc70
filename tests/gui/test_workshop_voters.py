"""Who gives dots on a canvas: the workshop's named and anonymous participants, as the
form has them at the moment the canvas opens."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.canvas_helpers import make_canvas, open_canvas
from workbench.gui.main_window import MainWindow
from workbench.services import canvas as cv
from workbench.services import canvas_reading
from workbench.services.operations import execute
from workbench.services.workspaces import store_of


def test_anonymous_participants_counted_up_in_the_form_vote_on_the_canvas(
    qtbot, window: MainWindow
) -> None:
    """The newcomer's finding: two more anonymous participants set by arrow keys, the
    canvas opened without leaving the field – they were missing from the voters."""
    canvas_id = make_canvas(window, "priorisierungsmatrix")
    note, _ = execute(window.workspace, "n", cv.add_note, canvas_id, 700, 200, "Kiezbox")
    window.show()
    qtbot.waitExposed(window)
    panel = window.workshops
    panel.reload()
    panel.select(next(r.id for r in panel.model.rows if r.title == "Maßnahmenwerkstatt Kiezbox"))
    editor = panel.editor
    editor.anonymous.setFocus()
    qtbot.keyClick(editor.anonymous, Qt.Key.Key_Up)
    qtbot.keyClick(editor.anonymous, Qt.Key.Key_Up)
    editor.canvas_list.setCurrentIndex(editor.canvas_model.index(0))
    editor.open_canvas()  # as a menu or mnemonic does: the spin box keeps the focus
    canvas = open_canvas(qtbot, window, canvas_id)
    assert [canvas.voter.itemText(i) for i in range(canvas.voter.count())] == [
        "Jana Schulz",
        "Teilnehmer:in 1",
        "Teilnehmer:in 2",
        "Teilnehmer:in 3",
        "Teilnehmer:in 4",
    ]
    canvas.voter.setCurrentText("Teilnehmer:in 4")
    canvas.act_voting.trigger()
    canvas.note_item(note.id).setSelected(True)
    canvas.view.setFocus()
    qtbot.keyClick(canvas.view, Qt.Key.Key_Plus)
    with store_of(window.workspace).session() as s:
        assert [(n.text, n.votes) for n in canvas_reading.vote_results(s, canvas_id)] == [
            ("Kiezbox", 1)
        ]
    assert window.ops.undo_stack.undoText() == "Punkt von Teilnehmer:in 4"
    canvas.close()
    # a count changed by arrows is stored after a pause too, as one step
    editor.anonymous.setFocus()
    qtbot.keyClick(editor.anonymous, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.ops.undo_stack.undoText() == "Workshop ändern", timeout=3000)
