"""Two windows on two laptops' workspaces sharing one folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt

from tests.gui.conftest import AnsweringDialogs
from tests.gui.test_measures_window import retype, visible_titles
from workbench.cli import run
from workbench.gui.main_window import MainWindow
from workbench.services.workspaces import store_of
from workbench.store.workspace import Workspace


def open_window(
    qtbot, path: Path, settings, share: Path, join: bool, passphrase: str = "Kiez-Box 2026"
) -> MainWindow:
    dialogs = AnsweringDialogs()
    dialogs.passphrase = passphrase  # the shared workspace is protected
    win = MainWindow(Workspace.open(path), settings, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(win)
    win.show()
    dialogs.next_path = str(share)
    win.show_section(4)
    button = win.sync_panel.join_button if join else win.sync_panel.share_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot, win)
    return win


def settle(qtbot, win: MainWindow) -> None:
    """Let the background sync (and the one it may request) finish."""
    for _ in range(3):
        win.sync_runner.request()
        qtbot.waitUntil(lambda: not win.sync_runner.busy, timeout=20000)


def test_edit_in_one_window_appears_in_the_other_and_conflict_is_resolved(
    qtbot, tmp_path: Path, settings
) -> None:
    a_path, b_path, share = tmp_path / "a.werkbank", tmp_path / "b.werkbank", tmp_path / "share"
    run(["demo", str(a_path)])
    Workspace.create(b_path).close()
    a = open_window(qtbot, a_path, settings, share, join=False)
    b = open_window(qtbot, b_path, settings, share, join=True)
    assert b.sync_panel.folder_label.text() == str(share.resolve())
    assert "Smart Water" in visible_titles(b)  # the whole demo arrived

    a.show_section(1)
    a.show_measure(next(r.id for r in a.measures.model.all_rows if r.code == "P-03"))
    retype(qtbot, a.editor.w["title"], "Smart Water Berlin")
    settle(qtbot, a)
    settle(qtbot, b)
    assert "Smart Water Berlin" in visible_titles(b)  # without reopening anything
    assert b.sync_label.text() == "Synchronisiert"

    # Both change the same title before seeing each other's change.
    b.show_measure(next(r.id for r in b.measures.model.all_rows if r.code == "P-03"))
    retype(qtbot, a.editor.w["title"], "Smart Water (A)")
    retype(qtbot, b.editor.w["title"], "Smart Water (B)")
    for win in (a, b, a, b):
        settle(qtbot, win)
    assert visible_titles(a) == visible_titles(b)
    # The status bar tells which laptop kept the losing value.
    window = a if a.conflict_label.text() == "Konflikte: 1" else b
    assert window.conflict_label.text() == "Konflikte: 1"
    window.show_section(4)
    model = window.sync_panel.conflicts_model
    assert model.item(0, 1).text() == "Titel"
    loser = model.item(0, 3).text()
    kept = window.sync_panel.conflicts_model.item(0, 2).text()
    qtbot.mouseClick(window.sync_panel.other_button, Qt.MouseButton.LeftButton)
    assert window.sync_panel.conflicts_model.rowCount() == 0
    # the decision went through the write path: the value it set is one undoable step
    assert window.ops.undo_stack.undoText() == "Konflikt lösen"
    assert loser in visible_titles(window)
    window.ops.undo_stack.undo()
    assert kept in visible_titles(window) and loser not in visible_titles(window)
    window.ops.undo_stack.redo()
    for win in (window, a, b):
        settle(qtbot, win)
    assert loser in visible_titles(a) and loser in visible_titles(b)

    # The passphrase changes for everyone (asked twice); B is then asked for the new one.
    a.show_section(4)
    assert a.sync_panel.passphrase_button.isVisible()  # the folder is protected
    a.dialogs.passphrase = "Neues Kennwort 2027"
    qtbot.mouseClick(a.sync_panel.passphrase_button, Qt.MouseButton.LeftButton)
    assert a.dialogs.infos and "Kennwort geändert" in a.dialogs.infos[-1]
    settle(qtbot, b)
    assert "neue Kennwort" in b.sync_label.text() or "Kennwort" in " ".join(
        b.sync_panel.problems_model.item(r).text()
        for r in range(b.sync_panel.problems_model.rowCount())
    )

    # B's laptop is gone for good: A removes it, and the list says so.
    a.show_section(4)
    panel = a.sync_panel
    panel.reload()
    assert panel.retire_button.isEnabled()
    panel.replicas.setCurrentIndex(panel.replicas_model.index(0, 0))
    qtbot.mouseClick(panel.retire_button, Qt.MouseButton.LeftButton)
    assert "aus der geteilten Arbeitsmappe entfernen" in a.dialogs.confirmations[-1]
    assert "(entfernt)" in panel.replicas_model.item(0).text()
    assert not panel.retire_button.isEnabled()
    for win in (a, b):
        win.close()
        win.workspace.close()


def test_note_written_on_one_laptop_appears_on_the_others_canvas(
    qtbot, tmp_path: Path, settings
) -> None:
    from datetime import date

    from workbench.model import WorkshopFormat
    from workbench.services import canvas as cv
    from workbench.services import canvas_templates as tpl
    from workbench.services import workshops

    a_path, b_path, share = tmp_path / "a.werkbank", tmp_path / "b.werkbank", tmp_path / "share"
    run(["demo", str(a_path)])
    Workspace.create(b_path).close()
    a = open_window(qtbot, a_path, settings, share, join=False)
    workshop_id = a.ops.run(
        "Workshop",
        workshops.create_workshop,
        "Retro Kiezbox",
        WorkshopFormat.FREE,
        date(2026, 11, 26),
    )
    canvas_id = a.ops.run(
        "Leinwand", cv.create_canvas, workshop_id, tpl.load_templates().get("retrospektive")
    )
    settle(qtbot, a)
    b = open_window(qtbot, b_path, settings, share, join=True)
    canvas_a = a.workshops.open_canvas(canvas_id)
    canvas_b = b.workshops.open_canvas(canvas_id)
    assert [z.title for z in canvas_b.data.zones][0] == "Was lief gut?"

    zone = canvas_a.data.zones[0]
    canvas_a.new_note_at(QPointF(zone.x + 30, zone.y + 150))
    qtbot.keyClicks(canvas_a.editor, "Gute Stimmung im Team")
    qtbot.keyClick(canvas_a.editor, Qt.Key.Key_Return)
    settle(qtbot, a)
    settle(qtbot, b)
    texts = {n.text: n for n in canvas_b.data.notes}
    assert "Gute Stimmung im Team" in texts  # on B's open canvas, nobody pressed a button
    note_id = texts["Gute Stimmung im Team"].id
    assert texts["Gute Stimmung im Team"].zone_id == zone.id
    assert canvas_b.note_item(note_id).pos() == QPointF(zone.x + 30, zone.y + 150)

    # B moves it; A sees the note at its new place.
    canvas_b.move_notes({note_id: (zone.x + 60, zone.y + 400)})
    settle(qtbot, b)
    settle(qtbot, a)
    assert canvas_a.note_item(note_id).pos() == QPointF(zone.x + 60, zone.y + 400)
    for window in (canvas_a, canvas_b):
        window.close()
    for win in (a, b):
        win.close()
        win.workspace.close()


def test_held_deletions_are_confirmed_in_the_window(qtbot, tmp_path: Path, settings) -> None:
    from sqlalchemy import select

    from tests.sync.helpers import make_replicas, sync
    from tests.sync.test_engine import add_frame
    from tests.sync.test_hostile_folder import _forge, _stamp
    from workbench.model import Measure
    from workbench.services import measures
    from workbench.services.operations import execute
    from workbench.sync.files import Op

    share, (a, b) = make_replicas(tmp_path, 2)
    field_id = add_frame(a)
    ids = [execute(a, "m", measures.create_measure, f"M {n}", [field_id])[0].id for n in range(7)]
    sync(a, share), sync(b, share)
    _forge(share, b, [Op(_stamp(), "measures", mid, "delete", "", "null") for mid in ids])
    dialogs = AnsweringDialogs()
    win = MainWindow(a, settings, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(win)
    win.show()
    settle(qtbot, win)
    win.show_section(4)
    win.sync_panel.reload()
    assert win.sync_panel.accept_button.isVisible()
    with a.session() as s:
        assert len(s.scalars(select(Measure.id)).all()) == 7  # held, nothing deleted
    qtbot.mouseClick(win.sync_panel.accept_button, Qt.MouseButton.LeftButton)
    assert "7 Maßnahmen löschen" in dialogs.confirmations[-1]
    settle(qtbot, win)
    with a.session() as s:
        assert s.scalars(select(Measure.id)).all() == []
    win.sync_panel.reload()
    assert not win.sync_panel.accept_button.isVisible()
    win.close()


def test_the_sync_section_explains_itself_before_and_after_sharing(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """Five edits in a workspace never shared: no „46 Änderungen warten“ (nothing waits:
    sharing publishes everything); every empty part says what it is for. Shared, edits
    are counted as entries, as a user counts them."""
    window.show_section(1)
    for code in ("P-01", "P-02", "P-03", "P-04", "P-05"):
        window.show_measure(next(r.id for r in window.measures.model.all_rows if r.code == code))
        retype(qtbot, window.editor.w["maturity"], f"Reif {code}")
    panel = window.sync_panel
    window.show_section(4)
    qtbot.waitUntil(lambda: panel.pending_label.text() != "")
    assert panel.pending_label.text().startswith("Nicht geteilt – alle Änderungen bleiben")
    assert panel.state_label.text() == "Nicht geteilt"
    assert panel.problems_model.item(0).text().startswith("Keine Hinweise.")
    assert panel.replicas_model.item(0).text() == "Diese Arbeitsmappe ist nicht geteilt."
    window.dialogs.next_path = str(tmp_path / "share")
    qtbot.mouseClick(panel.share_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    window.sync_runner.stop()  # edits now wait until a sync is asked for
    window.show_section(1)
    for code in ("P-01", "P-02"):
        window.show_measure(next(r.id for r in window.measures.model.all_rows if r.code == code))
        retype(qtbot, window.editor.w["maturity"], f"Reifer {code}")
        retype(qtbot, window.editor.w["title"], f"Titel {code}")
    window.show_section(4)
    panel.reload()
    assert panel.pending_label.text() == "2 geänderte Einträge warten auf den nächsten Abgleich"


def test_an_unexpected_sync_error_is_shown_and_logged_with_its_traceback(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    """A background sync that fails in a way nobody foresaw: the status bar says so and
    points to the log, which holds the whole traceback (it used to be one line)."""
    import logging

    from workbench.logs import log, log_path, setup_logging
    from workbench.services import sync as sync_service

    path = setup_logging()
    try:
        window.dialogs.next_path = str(tmp_path / "share")
        window.sync_panel.choose_folder(join=False)
        settle(qtbot, window)

        def broken(_workspace):
            raise KeyError("zone-7")

        monkeypatch.setattr(sync_service, "sync_now", broken)
        window.sync_runner.request()
        qtbot.waitUntil(lambda: "unerwarteter Fehler" in window.sync_label.text(), timeout=10_000)
        assert "KeyError" in window.sync_label.text() and "Protokoll" in window.sync_label.text()
        text = log_path().read_text("utf-8")
        assert "Traceback (most recent call last)" in text and "KeyError: 'zone-7'" in text
        assert window.log_action.text() == "&Protokoll öffnen"
    finally:
        for handler in list(log.handlers):
            if getattr(handler, "baseFilename", None) == str(path):
                log.removeHandler(handler)
                handler.close()
        log.setLevel(logging.NOTSET)


def test_combine_starts_from_the_stored_texts_and_refuses_amounts(
    qtbot, demo_path: Path, settings, dialogs
) -> None:
    """Kombinieren built the new value from the table's text („2.450.000,00 €“ for an
    amount); it starts from the stored values, for text only, through the Dialogs seam."""
    from sqlalchemy import insert, select

    from workbench.model import Measure
    from workbench.store.sync_tables import ConflictKind, sync_conflicts

    ws = Workspace.open(demo_path)
    with ws.session() as s:
        p01 = s.scalars(select(Measure).where(Measure.code == "P-01")).one()
        measure_id, title = p01.id, p01.title
    with ws.engine.begin() as conn:
        for field, lost in (("budget_cents", "123400"), ("title", '"Smart Space am Zoo"')):
            conn.execute(
                insert(sync_conflicts).values(
                    entity="measures",
                    row_id=measure_id,
                    field=field,
                    kind=ConflictKind.VALUE,
                    lost_value=lost,
                    lost_hlc="0001764000000000-00000",
                    lost_replica="b" * 32,
                    resolved=0,
                )
            )
    ws.close()
    win = MainWindow(Workspace.open(demo_path), settings, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(win)
    win.show()
    win.show_section(4)
    panel = win.sync_panel
    panel.reload()
    rows = {
        panel.conflicts_model.item(r, 1).text(): r for r in range(panel.conflicts_model.rowCount())
    }
    assert panel.conflicts_model.item(rows["Budget"], 3).text() == "1.234,00 €"
    # an amount: not combined, the user is told why
    panel.conflicts.setCurrentIndex(panel.conflicts_model.index(rows["Budget"], 0))
    asked: list[str] = []
    dialogs.ask_text = lambda title, text, current="": asked.append(current) or None
    panel.combine()
    assert asked == []
    assert "nur Text" in dialogs.infos[-1]
    # text: the stored titles, joined
    panel.conflicts.setCurrentIndex(panel.conflicts_model.index(rows["Titel"], 0))
    dialogs.ask_text = lambda title, text, current="": asked.append(current) or "Smart Space"
    panel.combine()
    assert asked == [f"{title} / Smart Space am Zoo"]
    with store_of(win.workspace).session() as s:
        assert s.get(Measure, measure_id).title == "Smart Space"
    win.close()
    win.workspace.close()
