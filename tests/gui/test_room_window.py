"""The facilitator's side of the room: „Mitmachen vom Handy öffnen“ shows a QR code and
the address, says the connection is unencrypted, applies what phones send through the
one write path (the note is on the canvas, one undo step takes it back), closes zones
and hides notes for phones, and ending closes the server."""

from __future__ import annotations

import http.client
import json
import uuid

import pytest
from sqlalchemy import select

from tests.gui.canvas_helpers import open_canvas
from workbench.gui.main_window import MainWindow
from workbench.model import Canvas
from workbench.services.workspaces import store_of


def first_canvas(window: MainWindow) -> str:
    """The demo's first canvas by title (the room's tests all use it)."""
    with store_of(window.workspace).session() as s:
        return s.scalars(select(Canvas.id).order_by(Canvas.title)).first()


def post(panel, body: dict) -> tuple[int, dict]:
    room = panel.room
    connection = http.client.HTTPConnection("127.0.0.1", room.port, timeout=10)
    connection.request("POST", f"/{room.token}/send", json.dumps(body), {"X-Phone": "handy-a"})
    response = connection.getresponse()
    status, answer = response.status, json.loads(response.read())
    connection.close()
    return status, answer


def test_a_note_from_a_phone_lands_on_the_canvas_and_undo_takes_it_back(
    qtbot, window: MainWindow, tmp_path
) -> None:
    canvas_id = first_canvas(window)
    canvas = open_canvas(qtbot, window, canvas_id)
    canvas.open_room()
    panel = canvas.room_panel
    panel.where.setCurrentIndex(panel.where.findData("127.0.0.1"))
    address = panel.start()
    assert address and address.startswith("http://127.0.0.1:") and panel.room.token in address
    assert panel.address.text() == address and not panel.qr.pixmap().isNull()
    assert "Unverschlüsselte Verbindung" in panel.warning.text()
    zone = panel.room.state.canvas.zones[0]
    before = len(canvas.scene.notes)
    status, answer = post(
        panel, {"kind": "note", "key": uuid.uuid4().hex, "zone": zone.id, "text": "Vom Handy"}
    )
    assert status == 202 and answer["message"] == "Notiz angekommen."
    qtbot.waitUntil(lambda: len(canvas.scene.notes) == before + 1, timeout=3000)
    added = next(n for n in canvas.scene.notes.values() if n.data.text == "Vom Handy")
    assert added.data.zone_id == zone.id
    assert window.ops.undo_stack.undoText() == "1 Notiz vom Handy"
    assert "1 Handy, 1 Beitrag empfangen" in panel.counts.text()
    # the facilitator closes the zone for phones: a phone is told so
    panel.zones.item(0).setCheckState(panel.zones.item(0).checkState().__class__.Checked)
    status, answer = post(
        panel, {"kind": "note", "key": uuid.uuid4().hex, "zone": zone.id, "text": "zu spät"}
    )
    assert status == 409 and "geschlossen" in answer["message"]
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: len(canvas.scene.notes) == before, timeout=3000)
    panel.resize(900, 1000)
    panel.grab().save(str(tmp_path / "beamer-mitmachen.png"))
    port = panel.room.port
    panel.end()
    with pytest.raises(OSError):
        http.client.HTTPConnection("127.0.0.1", port, timeout=2).request("GET", "/")
    assert not panel.end_button.isEnabled() and panel.start_button.isEnabled()


def test_notes_are_grouped_from_a_proposal_renamed_and_undone(qtbot, window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    from workbench.services import canvas as cv
    from workbench.services.operations import execute

    canvas_id = first_canvas(window)
    for text in ("Radwege im Winter räumen", "Sichere Radwege zur Schule", "Radwege breiter bauen"):
        execute(window.workspace, "Notiz", cv.add_note, canvas_id, 10, 10, text)
    canvas = open_canvas(qtbot, window, canvas_id)
    seen = []

    def answer(dialog) -> bool:
        seen.append(dialog)
        first = dialog.items[0]
        first.setText(0, "Radverkehr")  # renamed
        for other in dialog.items[1:]:
            other.setCheckState(0, Qt.CheckState.Unchecked)  # rejected
        return True

    canvas.run_cluster_dialog = answer
    canvas.propose_groups()
    assert seen and any("Radwege im Winter räumen" in t for t in seen[0].proposals[0].texts)
    assert window.ops.undo_stack.undoText() == "1 Gruppe aus Vorschlag"
    qtbot.waitUntil(lambda: "Radverkehr" in canvas.scene.data.groups.values(), timeout=3000)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: "Radverkehr" not in canvas.scene.data.groups.values(), timeout=3000)


def test_a_certificate_that_is_none_is_said_and_no_room_opens(
    qtbot, window: MainWindow, tmp_path
) -> None:
    canvas_id = first_canvas(window)
    canvas = open_canvas(qtbot, window, canvas_id)
    canvas.open_room()
    panel = canvas.room_panel
    bogus = tmp_path / "kein-zertifikat.pem"
    bogus.write_text("kein Zertifikat", encoding="utf-8")
    window.dialogs.next_path = str(bogus)  # as certificate and as key
    panel.choose_certificate()
    assert panel.certificate_button.text() == "HTTPS: kein-zertifikat.pem"
    panel.where.setCurrentIndex(panel.where.findData("127.0.0.1"))
    assert panel.start() is None and panel.room is None
    assert window.dialogs.errors[-1].startswith("Der Raum ließ sich nicht öffnen")
    assert panel.start_button.isEnabled()
