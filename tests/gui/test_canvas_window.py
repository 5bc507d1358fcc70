"""A facilitator's canvas, driven by mouse and keyboard; the database is checked afterwards."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from tests.gui.canvas_helpers import (
    drag,
    make_canvas,
    not_blank,
    notes_in_db,
    open_canvas,
    type_into_editor,
    zone_point,
    zone_title,
)
from workbench.gui.canvas_dialogs import TransferChoice
from workbench.gui.canvas_window import CanvasWindow
from workbench.gui.main_window import MainWindow
from workbench.model import Measure, Note, Risk
from workbench.services import canvas as cv
from workbench.services import canvas_reading, canvas_votes
from workbench.services import canvas_templates as tpl
from workbench.services.note_transfer import TransferKind, transfer_targets
from workbench.services.operations import execute
from workbench.services.workspaces import store_of

if TYPE_CHECKING:
    pass


def test_new_canvas_from_every_template(qtbot, window: MainWindow) -> None:
    window.show_section(2)
    qtbot.mouseClick(window.workshops.new_button, Qt.MouseButton.LeftButton)
    catalog = tpl.load_templates().templates
    assert len(catalog) == 10
    for template in catalog:
        window.workshops.choose_template = lambda _choices, t=template: (t, t.title)
        canvas_id = window.workshops.editor.new_canvas()
        canvas = window.workshops.windows[canvas_id]
        qtbot.waitExposed(canvas)
        assert [z.title for z in canvas.scene.zones.values()] == [z.title for z in template.zones]
        assert canvas.windowTitle().startswith(f"Leinwand – {template.title}")
        assert not_blank(canvas.view.grab().toImage()) > 1000
        canvas.close()
    assert window.workshops.editor.canvas_model.rowCount() == 10


def test_notes_by_keyboard_and_mouse_move_between_zones_undo_redo(
    qtbot, window: MainWindow
) -> None:
    canvas_id = make_canvas(window)
    canvas = open_canvas(qtbot, window, canvas_id)
    view = canvas.view

    # Mouse: a double click in the zone "Input" opens the editor where the note will be.
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=zone_point(canvas, "Input"))
    type_into_editor(qtbot, canvas, "Zwei Stellen im Team")
    # Keyboard: N makes a note in the middle of the view (the pointer is elsewhere).
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_N)
    type_into_editor(qtbot, canvas, "Akkus und 40 Boxen")
    notes = notes_in_db(window, canvas_id)
    assert zone_title(canvas, notes["Zwei Stellen im Team"].zone_id) == "Input"
    assert zone_title(canvas, notes["Akkus und 40 Boxen"].zone_id) == "Output"  # centre column

    # Drag the first note from Input to Outcome.
    first = canvas.note_item(notes["Zwei Stellen im Team"].id)
    start = view.mapFromScene(first.sceneBoundingRect().center())
    drag(view, start, zone_point(canvas, "Outcome"))
    assert (
        zone_title(canvas, notes_in_db(window, canvas_id)["Zwei Stellen im Team"].zone_id)
        == "Outcome"
    )
    assert canvas.ops.undo_stack.undoText() == "Notiz verschieben"

    canvas.ops.undo_stack.undo()
    moved_back = notes_in_db(window, canvas_id)["Zwei Stellen im Team"]
    assert zone_title(canvas, moved_back.zone_id) == "Input"
    assert first.pos() == QPointF(moved_back.x, moved_back.y)
    canvas.ops.undo_stack.redo()
    assert (
        zone_title(canvas, notes_in_db(window, canvas_id)["Zwei Stellen im Team"].zone_id)
        == "Outcome"
    )

    # Arrow keys move the selected note; three presses are one undo step.
    canvas.scene.clearSelection()
    first.setSelected(True)
    view.setFocus()
    x_before = notes_in_db(window, canvas_id)["Zwei Stellen im Team"].x
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert notes_in_db(window, canvas_id)["Zwei Stellen im Team"].x == x_before + 30
    canvas.ops.undo_stack.undo()
    assert notes_in_db(window, canvas_id)["Zwei Stellen im Team"].x == x_before

    # Enter edits the selected note in place; Escape cancels without a change.
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(canvas.editor.isVisible)
    qtbot.keyClicks(canvas.editor, "verworfen")
    qtbot.keyClick(canvas.editor, Qt.Key.Key_Escape)
    assert "Zwei Stellen im Team" in notes_in_db(window, canvas_id)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    type_into_editor(qtbot, canvas, "Drei Stellen im Team")
    assert "Drei Stellen im Team" in notes_in_db(window, canvas_id)
    canvas.close()


def test_copy_paste_delete_connect_group(qtbot, window: MainWindow) -> None:
    canvas_id = make_canvas(window)
    canvas = open_canvas(qtbot, window, canvas_id)
    a, _ = execute(window.workspace, "a", cv.add_note, canvas_id, 100, 300, "Input A")
    b, _ = execute(window.workspace, "b", cv.add_note, canvas_id, 600, 300, "Aktivität B")
    window.ops.remote_changes_arrived()
    view = canvas.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # Tab walks through the notes in reading order
    assert canvas.scene.selected_note_ids() == [a.id]
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert list(notes_in_db(window, canvas_id)).count("Input A") == 1
    with store_of(window.workspace).session() as s:
        assert len(s.scalars(select(Note).where(Note.text == "Input A")).all()) == 2
    pasted = canvas.scene.selected_note_ids()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    with store_of(window.workspace).session() as s:
        assert len(s.scalars(select(Note).where(Note.text == "Input A")).all()) == 1
        assert s.get(Note, pasted[0]) is None

    QApplication.clipboard().setText("Erste Idee aus der Mail\n\nZweite Idee")  # from elsewhere
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert {"Erste Idee aus der Mail", "Zweite Idee"} <= set(notes_in_db(window, canvas_id))

    canvas.scene.clearSelection()
    canvas.note_item(a.id).setSelected(True)
    canvas.note_item(b.id).setSelected(True)
    qtbot.keyClick(view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert [(s, t) for _, s, t, _ in canvas.data.connectors] == [(a.id, b.id)]
    window.dialogs.text_answer = "Kette"
    qtbot.keyClick(view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert list(canvas.data.groups.values()) == ["Kette"]
    group = next(iter(canvas.scene.groups.values()))
    assert group.rect.contains(canvas.note_item(a.id).sceneBoundingRect().center())
    window.dialogs.text_answer = "A1"
    qtbot.keyClick(view, Qt.Key.Key_L)
    assert {n.label for n in canvas.data.notes if n.id in (a.id, b.id)} == {"A1"}
    canvas.close()


def test_dot_voting_by_click_and_key(qtbot, window: MainWindow) -> None:
    canvas_id = make_canvas(window, "priorisierungsmatrix")
    canvas = open_canvas(qtbot, window, canvas_id)
    a, _ = execute(window.workspace, "a", cv.add_note, canvas_id, 700, 200, "Kiezbox im Bürgeramt")
    b, _ = execute(window.workspace, "b", cv.add_note, canvas_id, 1500, 200, "Solarstrom")
    window.ops.remote_changes_arrived()
    canvas.act_voting.trigger()
    assert canvas.voter.currentText() == "Jana Schulz"
    point = canvas.view.mapFromScene(canvas.note_item(b.id).sceneBoundingRect().center())
    qtbot.mouseClick(canvas.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseClick(canvas.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert canvas.vote_status.text() == "Punktabfrage läuft – Jana Schulz: 2 von 3 Punkten vergeben"
    assert canvas.scene.selected_note_ids() == [b.id]  # the clicked note is the chosen one
    canvas.voter.setCurrentText("Teilnehmer:in 2")
    canvas.scene.clearSelection()
    canvas.note_item(a.id).setSelected(True)
    canvas.view.setFocus()
    qtbot.keyClick(canvas.view, Qt.Key.Key_Plus)
    canvas.voter.setCurrentText("Jana Schulz")
    qtbot.mouseClick(
        canvas.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, point
    )  # Shift+click takes a dot back
    with store_of(window.workspace).session() as s:
        assert [(n.text, n.votes) for n in canvas_reading.vote_results(s, canvas_id)] == [
            ("Kiezbox im Bürgeramt", 1),
            ("Solarstrom", 1),
        ]
    # The notes list names the dots in words, zone by zone.
    assert canvas.note_item(b.id).data.votes == 1
    assert "1 Punkt" in canvas.note_item(b.id).tooltip_text()
    canvas.close()


def test_locked_zone_keeps_its_notes(qtbot, window: MainWindow) -> None:
    canvas_id = make_canvas(window)
    canvas = open_canvas(qtbot, window, canvas_id)
    zone = next(z for z in canvas.data.zones if z.title == "Impact")
    note, _ = execute(
        window.workspace, "n", cv.add_note, canvas_id, zone.x + 20, zone.y + 150, "Mehr Teilhabe"
    )
    window.ops.remote_changes_arrived()
    next(a for a in canvas.lock_group.actions() if a.text() == "Impact").trigger()
    assert canvas.scene.zones[zone.id].locked
    item = canvas.note_item(note.id)
    drag(
        canvas.view,
        canvas.view.mapFromScene(item.sceneBoundingRect().center()),
        zone_point(canvas, "Input"),
    )
    assert notes_in_db(window, canvas_id)["Mehr Teilhabe"].zone_id == zone.id
    assert item.pos() == QPointF(note.x, note.y)
    canvas.scene.clearSelection()
    item.setSelected(True)
    canvas.view.setFocus()
    qtbot.keyClick(canvas.view, Qt.Key.Key_Delete)
    assert "Die Zone „Impact“ ist gesperrt" in canvas.problem.text()
    assert "Mehr Teilhabe" in notes_in_db(window, canvas_id)
    canvas.close()


@pytest.mark.parametrize("paper,size", [("A4", (3508, 2480)), ("A3", (4961, 3508))])
def test_export_png_and_pdf_at_print_size(
    qtbot, window: MainWindow, tmp_path: Path, paper: str, size: tuple[int, int]
) -> None:
    canvas_id = make_canvas(window, "business-model-canvas")
    canvas = open_canvas(qtbot, window, canvas_id)
    execute(window.workspace, "n", cv.add_note, canvas_id, 1000, 200, "Kostenloser Zugang zu Daten")
    window.ops.remote_changes_arrived()
    window.dialogs.next_path = str(tmp_path / "leinwand")
    png = canvas.export("png", paper)
    assert png == tmp_path / "leinwand.png"
    image = QImage(str(png))
    assert (image.width(), image.height()) == size
    assert round(image.dotsPerMeterX() * 0.0254) == 300
    assert not_blank(image) > 2000
    window.dialogs.next_path = str(tmp_path / "leinwand.pdf")
    pdf = canvas.export("pdf", paper)
    page = PdfReader(str(pdf)).pages[0]
    width_mm = float(page.mediabox.width) / 72 * 25.4
    height_mm = float(page.mediabox.height) / 72 * 25.4
    assert (round(width_mm), round(height_mm)) == {"A4": (297, 210), "A3": (420, 297)}[paper]
    text = " ".join(page.extract_text().split())  # words come back tab- and line-separated
    for expected in ("Business Model Canvas", "Wertangebot", "Kostenloser Zugang zu Daten"):
        assert expected in text
    canvas.close()


def test_note_becomes_risk_found_in_the_measure(qtbot, window: MainWindow) -> None:
    canvas_id = make_canvas(window, "risikomatrix")
    canvas = open_canvas(qtbot, window, canvas_id)
    note, _ = execute(
        window.workspace, "n", cv.add_note, canvas_id, 1000, 200, "Lieferengpass bei Akkus"
    )
    window.ops.remote_changes_arrived()
    with store_of(window.workspace).session() as s:
        kiezbox = s.scalars(select(Measure.id).where(Measure.code == "P-04")).one()
    canvas.choose_transfer = lambda _note: TransferChoice(TransferKind.RISK, kiezbox)
    canvas.scene.clearSelection()
    canvas.note_item(note.id).setSelected(True)
    canvas.view.setFocus()
    qtbot.keyClick(canvas.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert canvas.note_item(note.id).data.transferred == "→ Risiko (P-04)"
    assert "übernommen" in canvas.note_item(note.id).tooltip_text()
    window.show_measure(kiezbox)
    risks = window.editor.lists["risks"].model
    assert "Lieferengpass bei Akkus" in [r.title for r in risks.items]
    row = next(i for i, r in enumerate(risks.items) if r.title == "Lieferengpass bei Akkus")
    assert risks.index(row, 0).data() == (
        "Lieferengpass bei Akkus · aus Workshop „Maßnahmenwerkstatt Kiezbox“"
    )
    with store_of(window.workspace).session() as s:
        assert (
            s.scalars(select(Risk).where(Risk.title == "Lieferengpass bei Akkus")).one().measure_id
            == kiezbox
        )
    canvas.close()


def test_presentation_mode_and_timer(qtbot, window: MainWindow) -> None:
    canvas_id = make_canvas(window)
    note, _ = execute(window.workspace, "n", cv.add_note, canvas_id, 100, 300, "Input A")
    window.ops.remote_changes_arrived()
    canvas = open_canvas(qtbot, window, canvas_id)
    canvas.minutes.setValue(2)
    canvas.act_timer.trigger()
    assert canvas.timer.running
    canvas.timer._tick()
    assert canvas.timer_overlay.isVisible() and "01:59" in canvas.timer_overlay.text()
    qtbot.keyClick(canvas, Qt.Key.Key_F5)
    show = canvas.presentation
    assert show is not None
    qtbot.waitExposed(show)
    assert show.isFullScreen() and show.view.look.large_type
    assert "01:59" in show.timer_overlay.text()
    # in words (⏱ has no glyph in common fonts), at the bottom: clear of the zones' questions
    assert show.timer_overlay.text().startswith("Zeit ") and "⏱" not in show.timer_overlay.text()
    assert show.timer_overlay.y() > show.view.height() / 2
    # a selected note shows no selection frame on the projector
    show.view.scene().clearSelection()
    canvas.view.resetTransform()  # the facilitator's window at 100 %, the note in sight
    canvas.view.centerOn(canvas.note_item(note.id))
    plain, editor_plain = show.view.grab().toImage(), canvas.view.grab().toImage()
    canvas.note_item(note.id).setSelected(True)
    assert show.view.grab().toImage() == plain
    assert canvas.view.grab().toImage() != editor_plain  # the facilitator's window shows it
    qtbot.keyClick(show.view, Qt.Key.Key_K)  # K switches to high contrast
    assert show.view.look.high_contrast
    image = show.view.grab().toImage()
    assert image.pixelColor(2, 2).name() == "#000000"
    canvas.timer.remaining = 1
    canvas.timer._tick()
    assert "Zeit ist um" in show.timer_overlay.text()
    qtbot.keyClick(show.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: canvas.presentation is None)
    canvas.close()


def test_results_list_ranks_notes_and_canvas_saves_as_template(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    canvas_id = make_canvas(window, "retrospektive")
    canvas = open_canvas(qtbot, window, canvas_id)
    notes = [
        execute(window.workspace, "n", cv.add_note, canvas_id, 100 + 600 * i, 200, text)[0]
        for i, text in enumerate(["Gute Stimmung", "Zu lange Sitzungen", "Mehr Pausen"])
    ]
    for note, voters in zip(
        notes, (["Jana Schulz"], ["Teilnehmer:in 1", "Teilnehmer:in 2"], []), strict=True
    ):
        for voter in voters:
            execute(window.workspace, "v", canvas_votes.add_vote, note.id, voter)
    window.ops.remote_changes_arrived()
    model = canvas.results_model
    assert [[model.item(r, c).text() for c in range(4)] for r in range(model.rowCount())] == [
        ["1.", "2", "Zu lange Sitzungen", "Was lief nicht gut?"],
        ["2.", "1", "Gute Stimmung", "Was lief gut?"],
    ]
    window.dialogs.text_answer = "Retro für Ämter"
    canvas.save_as_template()
    assert "Retro für Ämter" in window.dialogs.infos[-1]
    titles = [t.title for t in tpl.load_templates().templates]
    assert "Retro für Ämter" in titles
    canvas.close()


def test_transfer_dialog_and_template_chooser(qtbot, window: MainWindow) -> None:
    from workbench.gui.canvas_dialogs import TemplateChooser, TransferDialog

    canvas_id = make_canvas(window)
    with store_of(window.workspace).session() as s:
        workshop_id = cv.get_canvas(s, canvas_id).workshop_id
        targets = transfer_targets(s, workshop_id)
        dialog = TransferDialog(targets, "Kiezbox-Verleih\nfür Schulen")
        qtbot.addWidget(dialog)
        assert dialog.measure.itemText(0).startswith("P-04 ")  # the workshop's measure first
        # a note outside every zone is proposed as a log book entry (never a risk by default)
        assert dialog.choice() == TransferChoice(TransferKind.LOG_ENTRY, dialog.measure.itemData(0))
        outcome = TransferDialog(targets, "Mehr Beteiligung", suggested=TransferKind.GOAL)
        qtbot.addWidget(outcome)
        assert outcome.choice().kind is TransferKind.GOAL
        dialog.kind.setCurrentIndex(dialog.kind.findData(TransferKind.MEASURE.value))
        assert dialog.form.isRowVisible(dialog.field) and not dialog.form.isRowVisible(
            dialog.measure
        )
        assert dialog.choice().field_id == dialog.field.itemData(0) and dialog.field.count() > 5
        dialog.kind.setCurrentIndex(dialog.kind.findData(TransferKind.KEY_RESULT.value))
        assert dialog.form.isRowVisible(dialog.goal) and dialog.goal.count() >= 1
        assert dialog.choice().goal_id == dialog.goal.itemData(0)
    templates = tpl.load_templates().templates
    chooser = TemplateChooser(templates)
    qtbot.addWidget(chooser)
    assert chooser.chosen() is templates[0] and chooser.title.text() == templates[0].title
    chooser.list.setCurrentIndex(chooser.list.model().index(4, 0))
    assert chooser.title.text() == templates[4].title
    assert "Zonen:" in chooser.description.text()
    # a picture of the zones beside the list; it changes with the template
    first = chooser.preview.pixmap().toImage()
    assert not first.isNull() and first.width() >= 400
    chooser.list.setCurrentIndex(chooser.list.model().index(5, 0))
    assert chooser.preview.pixmap().toImage() != first
    assert templates[5].zones[0].title in chooser.preview.accessibleDescription()


def test_a_note_in_the_outcome_zone_is_proposed_as_a_goal(qtbot, window: MainWindow) -> None:
    canvas_id = make_canvas(window)  # Wirkungslogik: Input, Aktivitäten, Output, Outcome, Impact
    canvas = open_canvas(qtbot, window, canvas_id)
    with store_of(window.workspace).session() as s:
        from workbench.model import CanvasZone

        outcome = s.scalars(
            select(CanvasZone).where(CanvasZone.canvas_id == canvas_id, CanvasZone.key == "outcome")
        ).one()
        x, y = outcome.x + 40, outcome.y + 160
    note, _ = execute(
        window.workspace, "n", cv.add_note, canvas_id, x, y, "Mehr Beteiligung im Kiez"
    )
    window.ops.remote_changes_arrived()
    qtbot.waitUntil(lambda: note.id in canvas.scene.notes)
    assert canvas.suggested_transfer(note.id) is TransferKind.GOAL
    canvas.close()


def test_a_closed_canvas_window_gives_its_memory_back(qtbot, window: MainWindow) -> None:
    """Five open/close cycles of a canvas grew the process by hundreds of MB: after closing,
    no window, scene or note item of the canvas may stay alive."""
    import gc

    from workbench.gui.canvas_items import NoteItem
    from workbench.gui.canvas_view import CanvasScene

    canvas_id = make_canvas(window)
    for n in range(30):
        execute(window.workspace, "n", cv.add_note, canvas_id, 100 + n * 5, 300, f"Notiz {n}")
    window.ops.remote_changes_arrived()
    for _ in range(3):
        canvas = open_canvas(qtbot, window, canvas_id)
        assert len(canvas.scene.notes) == 30
        canvas.close()
        del canvas
        qtbot.wait(50)  # the event loop deletes the closed window
    gc.collect()
    alive = {
        cls.__name__: sum(1 for o in gc.get_objects() if isinstance(o, cls))
        for cls in (CanvasWindow, CanvasScene, NoteItem)
    }
    assert alive == {"CanvasWindow": 0, "CanvasScene": 0, "NoteItem": 0}


def test_a_group_is_renamed_from_one_of_its_notes_and_undone(qtbot, window: MainWindow) -> None:
    canvas_id = make_canvas(window)
    canvas = open_canvas(qtbot, window, canvas_id)
    a, _ = execute(window.workspace, "a", cv.add_note, canvas_id, 700, 400, "Eins")
    b, _ = execute(window.workspace, "b", cv.add_note, canvas_id, 700, 600, "Zwei")
    execute(window.workspace, "g", cv.group_notes, [a.id, b.id], "Alt")
    window.ops.remote_changes_arrived()
    canvas.scene.clearSelection()
    canvas.note_item(a.id).setSelected(True)
    window.dialogs.text_answer = "Neu"
    canvas.rename_selected_group()
    assert [g.heading for g in canvas.scene.groups.values()] == ["Neu"]
    canvas.ops.undo_stack.undo()
    assert [g.heading for g in canvas.scene.groups.values()] == ["Alt"]
    canvas.close()
