"""The window syncing through a WebDAV server (WsgiDAV on loopback): choosing the server,
sharing and joining, an edit on one laptop arriving on the other; the server dialog by
keyboard, with its connection test saying in words what it found."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.conftest import AnsweringDialogs
from tests.gui.test_measures_window import retype, visible_titles
from tests.gui.test_sync_window import settle
from tests.sync.dav_server import PASSWORD, USER, DavServer
from workbench.cli import run
from workbench.gui.main_window import MainWindow
from workbench.gui.server_dialog import ServerChoice, ServerDialog
from workbench.services import sync as sync_service
from workbench.store.workspace import Workspace


def open_on_server(qtbot, path: Path, settings, server: DavServer, join: bool) -> MainWindow:
    dialogs = AnsweringDialogs()
    dialogs.passphrase = ""  # not protected
    dialogs.server_answer = ServerChoice(sync_service.Server(server.url, USER), PASSWORD, join)
    win = MainWindow(Workspace.open(path), settings, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(win)
    win.show()
    win.show_section(4)
    qtbot.mouseClick(win.sync_panel.server_button, Qt.MouseButton.LeftButton)
    assert dialogs.errors == []
    settle(qtbot, win)
    return win


def test_two_windows_sync_through_a_server(qtbot, tmp_path: Path, settings) -> None:
    server = DavServer(tmp_path / "server")
    try:
        a_path, b_path = tmp_path / "a.werkbank", tmp_path / "b.werkbank"
        run(["demo", str(a_path)])
        Workspace.create(b_path).close()
        a = open_on_server(qtbot, a_path, settings, server, join=False)
        b = open_on_server(qtbot, b_path, settings, server, join=True)
        assert b.sync_panel.folder_label.text() == f"Server {server.url} (Benutzer {USER})"
        assert "Smart Water" in visible_titles(b)  # the whole demo arrived from the server
        a.show_section(1)
        a.show_measure(next(r.id for r in a.measures.model.all_rows if r.code == "P-03"))
        retype(qtbot, a.editor.w["title"], "Smart Water per WebDAV")
        settle(qtbot, a)
        settle(qtbot, b)
        assert "Smart Water per WebDAV" in visible_titles(b)
        assert b.sync_label.text() == "Synchronisiert"
        server.stop()  # the server goes away: offline, the edit waits
        retype(qtbot, a.editor.w["title"], "Als der Server weg war")
        sync_service.connect(sync_service.Server(server.url, USER)).retries = 0
        settle(qtbot, a)
        assert a.sync_label.text().startswith("Offline")
        server.start()
        settle(qtbot, a)
        settle(qtbot, b)
        assert "Als der Server weg war" in visible_titles(b)
        for win in (a, b):
            win.sync_runner.stop()
            win.workspace.close()
    finally:
        server.stop()


def test_the_server_dialog_by_keyboard_and_its_connection_test(qtbot, tmp_path: Path) -> None:
    server = DavServer(tmp_path / "server")
    try:
        dialog = ServerDialog("Server (WebDAV) wählen")
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        assert dialog.focusWidget() is dialog.url
        QTest.keyClicks(dialog.url, server.url)
        QTest.keyClick(dialog.url, Qt.Key.Key_Tab)
        QTest.keyClicks(dialog.focusWidget(), USER)
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.password
        QTest.keyClicks(dialog.password, "falsch")
        QTest.keyClick(dialog.password, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # &testen
        tested = lambda: dialog.outcome.text() not in ("", "Verbindung wird getestet …")  # noqa: E731
        qtbot.waitUntil(tested, timeout=10000)  # a mnemonic clicks after a short animation
        assert "Anmeldung abgelehnt (401)" in dialog.outcome.text()
        dialog.password.clear()
        QTest.keyClicks(dialog.password, PASSWORD)
        dialog.test_button.click()
        qtbot.waitUntil(tested, timeout=10000)
        assert dialog.outcome.text().startswith("Verbunden")
        assert dialog.outcome.accessibleName().startswith(
            "Ergebnis des Verbindungstests: Verbunden"
        )
        choice = dialog.choice()
        assert choice == ServerChoice(sync_service.Server(server.url, USER), PASSWORD, False)
    finally:
        server.stop()


def test_the_server_dialog_names_what_is_missing(qtbot) -> None:
    dialog = ServerDialog("Server (WebDAV) wählen")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.test_button.click()
    assert dialog.outcome.text() == "Bitte Adresse des Ordners auf dem Server angeben."
    assert dialog.focusWidget() is dialog.url
