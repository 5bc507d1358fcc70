"""A facilitator's canvas, driven by mouse and keyboard; the database is checked afterwards."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from workbench.gui.canvas_dialogs import TransferChoice
from workbench.gui.canvas_window import CanvasWindow
from workbench.gui.main_window import MainWindow
from workbench.model import Measure, Note, Risk, WorkshopFormat
from workbench.services import canvas as cv
from workbench.services import canvas_reading, canvas_votes, workshops
from workbench.services import canvas_templates as tpl
from workbench.services.note_transfer import TransferKind, transfer_targets
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


def test_note_text_never_shrinks_below_a_readable_size(qtbot) -> None:
    """A long compound shrank the text to about 11 px on the projector; now the text keeps
    at least 21 px and a long note grows in height instead."""
    from workbench.gui.canvas_items import NOTE_MIN_FONT_PX, fitting_font

    assert (
        fitting_font("Donaudampfschifffahrtsgesellschaftskapitänsmütze").pixelSize()
        >= NOTE_MIN_FONT_PX
    )

    short, long = note_item("Kiezbox"), note_item("Nachbarschaftshäuser " * 12)
    assert long.text_font.pixelSize() >= NOTE_MIN_FONT_PX and long.height > short.height * 2


def test_the_prioritisation_matrix_names_its_axes(qtbot, window: MainWindow) -> None:
    canvas = open_canvas(qtbot, window, make_canvas(window, "priorisierungsmatrix"))
    space = canvas.screen().availableGeometry()  # opened at the screen's size, not 1280 × 800
    assert canvas.isMaximized() or canvas.width() >= space.width() * 0.85
    texts = [item.text() for item in canvas.scene.axis_items]
    assert any(t.startswith("Nutzen") for t in texts) and any(
        t.startswith("Aufwand") for t in texts
    )
    vertical = next(i for i in canvas.scene.axis_items if i.text().startswith("Nutzen"))
    assert vertical.rotation() == -90
    canvas.close()


def test_a_closed_canvas_window_gives_its_memory_back(qtbot, window: MainWindow) -> None:
    """Five open/close cycles of a canvas grew the process by hundreds of MB: after closing,
    no window, scene or note item of the canvas may stay alive."""
    import gc

    from workbench.gui.canvas_items import NoteItem
    from workbench.gui.canvas_view import CanvasScene
    from workbench.gui.canvas_window import CanvasWindow

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


def test_a_word_too_long_for_a_note_breaks_at_a_syllable_with_a_hyphen(qtbot) -> None:
    """„Donaudampfschifffahrtsgesellschaft“ on a note: every line of the laid-out text ends
    at a space, at the note's end, or at a syllable (a soft hyphen, drawn as „-“), never
    in the middle of a syllable („Nachbarschaftsh|äuser“ before)."""
    from PySide6.QtGui import QTextLayout

    from workbench.gui.canvas_items import PAD, SOFT_HYPHEN
    from workbench.services.canvas import NOTE_WIDTH

    text = "Beratung der Donaudampfschifffahrtsgesellschaftskapitäne im Nachbarschaftshaus"
    item = note_item(text)
    shown = item._static.text()
    assert shown.replace(SOFT_HYPHEN, "") == text and SOFT_HYPHEN in shown
    layout = QTextLayout(shown, item.text_font)
    layout.setTextOption(item._static.textOption())
    layout.beginLayout()
    ends = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(NOTE_WIDTH - 2 * PAD)
        ends.append(line.textStart() + line.textLength())
    layout.endLayout()
    assert len(ends) >= 3
    for end in ends:
        assert end == len(shown) or shown[end - 1] in (" ", SOFT_HYPHEN), (shown[:end], ends)


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


def _luminance(colour) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def test_axis_labels_meet_4_5_to_1_on_the_projector_in_every_mode(qtbot) -> None:
    """The prioritisation matrix's axis labels as drawn: dark on the canvas, white on the
    high-contrast black (they were #1A1A1A on black, 1.21:1)."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from workbench.gui.canvas_items import ViewLook, begin_frame
    from workbench.gui.canvas_view import AxisLabel

    label = AxisLabel("Nutzen →")
    font = label.font()
    font.setPixelSize(34)
    label.setFont(font)
    for look, background in (
        (ViewLook(presenting=True), QColor("#FFFFFF")),
        (ViewLook(presenting=True, high_contrast=True), QColor("#000000")),
    ):
        image = QImage(300, 60, QImage.Format.Format_RGB32)
        image.fill(background)
        begin_frame(look, 1.0)
        painter = QPainter(image)
        label.paint(painter, None)
        painter.end()
        lums = [
            _luminance(image.pixelColor(x, y)) for x in range(0, 300, 2) for y in range(0, 60, 2)
        ]
        back = _luminance(background)
        text = max(lums, key=lambda lum: abs(lum - back))
        ratio = (max(text, back) + 0.05) / (min(text, back) + 0.05)
        assert ratio >= 4.5, (look, ratio)
    begin_frame(ViewLook(), 1.0)


@pytest.mark.parametrize("scale", [0.35, 0.45, 0.6])
def test_zone_borders_meet_3_to_1_as_drawn_at_the_fitted_zoom(qtbot, scale: float) -> None:
    """1.4.11: a zone's border against its pastel and against the white canvas, measured
    on the picture at the zooms that fit a canvas into a window (a 2400-wide canvas in a
    laptop's window: 0.35–0.6), antialiasing on."""
    from types import SimpleNamespace

    from PySide6.QtGui import QColor, QImage, QPainter

    from workbench.gui.canvas_items import NORMAL, ZoneItem, begin_frame

    for fill in ("#FFF4CE", "#E3F0FF", "#E6F4EA", "#F0F0F0"):
        zone = SimpleNamespace(
            id="z",
            title="Input",
            question="",
            color=fill,
            locked=False,
            x=0.0,
            y=0.0,
            width=400.0,
            height=300.0,
        )
        item = ZoneItem(zone)
        image = QImage(300, 220, QImage.Format.Format_RGB32)
        image.fill(QColor("#FFFFFF"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(20.3, 20.3)  # not on a pixel's edge, as a view rarely is
        painter.scale(scale, scale)
        begin_frame(NORMAL, scale)
        item.paint(painter, None)
        painter.end()
        row = 20 + int(150 * scale)  # half way down, across the left border
        darkest = min((image.pixelColor(x, row) for x in range(14, 30)), key=_luminance)
        for background in (QColor(fill), QColor("#FFFFFF")):
            a, b = _luminance(darkest), _luminance(background)
            ratio = (max(a, b) + 0.05) / (min(a, b) + 0.05)
            assert ratio >= 3.0, (fill, background.name(), darkest.name(), ratio)


def test_a_group_at_the_top_of_a_zone_keeps_its_heading_off_the_zone_title(
    qtbot, window: MainWindow
) -> None:
    """Notes just below a zone's guiding question, grouped: the group's frame and heading
    went over the zone's title; now the heading goes below the notes there."""
    canvas_id = make_canvas(window)
    canvas = open_canvas(qtbot, window, canvas_id)
    zone = canvas.data.zones[0]
    zone_item = canvas.scene.zones[zone.id]
    top = zone_item.header_bottom() + 8
    a, _ = execute(window.workspace, "a", cv.add_note, canvas_id, zone.x + 30, top, "Erste")
    b, _ = execute(window.workspace, "b", cv.add_note, canvas_id, zone.x + 30, top + 150, "Zweite")
    execute(window.workspace, "g", cv.group_notes, [a.id, b.id], "Oben")
    window.ops.remote_changes_arrived()
    group = next(iter(canvas.scene.groups.values()))
    assert group.heading_below
    assert group.rect.top() >= zone_item.header_bottom()
    # lower in the zone the heading stands above its notes, as before
    moves = {a.id: (zone.x + 30, top + 400), b.id: (zone.x + 30, top + 550)}
    execute(window.workspace, "m", cv.move_notes, canvas_id, moves)
    window.ops.remote_changes_arrived()
    group = next(iter(canvas.scene.groups.values()))
    assert not group.heading_below
    assert group.rect.top() >= zone_item.header_bottom()
    canvas.close()


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
