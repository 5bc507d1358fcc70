"""Two windows on two laptops' workspaces sharing one folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.gui.conftest import AnsweringDialogs
from tests.gui.test_measures_window import retype, visible_titles
from workbench.cli import run
from workbench.gui.main_window import MainWindow
from workbench.store.workspace import Workspace


def open_window(qtbot, path: Path, settings, share: Path, join: bool,
                passphrase: str = "Kiez-Box 2026") -> MainWindow:
    dialogs = AnsweringDialogs()
    dialogs.passphrase = passphrase  # the shared workspace is protected
    win = MainWindow(Workspace.open(path), settings, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(win)
    win.show()
    dialogs.next_path = str(share)
    win.show_section(3)
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
        qtbot, tmp_path: Path, settings) -> None:
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
    window.show_section(3)
    model = window.sync_panel.conflicts_model
    assert model.item(0, 1).text() == "Titel"
    loser = model.item(0, 3).text()
    qtbot.mouseClick(window.sync_panel.other_button, Qt.MouseButton.LeftButton)
    assert window.sync_panel.conflicts_model.rowCount() == 0
    for win in (window, a, b):
        settle(qtbot, win)
    assert loser in visible_titles(a) and loser in visible_titles(b)
    for win in (a, b):
        win.close()
        win.workspace.close()
