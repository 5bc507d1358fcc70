"""GUI fixtures: a main window on a fresh demo workspace, with dialogs answered by the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from workbench.gui.main_window import MainWindow
from workbench.gui.settings import Settings
from workbench.store.workspace import Workspace


class AnsweringDialogs:
    """Stands in for message boxes and file dialogs; records what was shown."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.confirmations: list[str] = []
        self.confirm_answer = True
        self.next_path: str | None = None

    def for_window(self, window):  # the same answers in every window
        return self

    def error(self, title: str, text: str) -> None:
        self.errors.append(text)

    def info(self, title: str, text: str) -> None:
        self.infos.append(text)

    def confirm(self, title: str, text: str, action: str) -> bool:
        self.confirmations.append(text)
        return self.confirm_answer

    def open_file(self, *args, **kwargs) -> str | None:
        return self.next_path

    def save_file(self, *args, **kwargs) -> str | None:
        return self.next_path

    def choose_folder(self, *args, **kwargs) -> str | None:
        return self.next_path

    passphrase: str | None = ""
    text_answer: str | None = None
    item_answer: int | None = 0

    def ask_text(self, title: str, text: str, current: str = "") -> str | None:
        return self.text_answer

    def choose_item(self, title: str, text: str, items: list[str], current: int = 0) -> int | None:
        return self.item_answer

    def ask_passphrase(self, title: str, text: str) -> str | None:
        return self.passphrase

    server_answer = None  # a ServerChoice, or None: cancelled

    def choose_server(self, title: str, current=None):
        return self.server_answer


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "einstellungen.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def dialogs() -> AnsweringDialogs:
    return AnsweringDialogs()


@pytest.fixture
def window(qtbot, demo_path: Path, settings: Settings, dialogs: AnsweringDialogs) -> MainWindow:
    win = MainWindow(Workspace.open(demo_path), settings, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(win)
    win.setWindowState(
        Qt.WindowState.WindowNoState
    )  # the first start maximises; tests want this size
    win.resize(1500, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.workspace.close()
