"""The one seam for message boxes and file dialogs, so tests can answer them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from workbench.i18n import tr

if TYPE_CHECKING:
    from workbench.gui.server_dialog import ServerChoice
    from workbench.services.sync import Server

WORKSPACE_FILTER = tr("Werkbank-Arbeitsmappen (*.werkbank);;Alle Dateien (*)")


class Dialogs:
    """Asks the user; a test replaces it with an object that answers at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def for_window(self, window: QWidget) -> Dialogs:
        """The same questions, asked over *window*: when they close, focus returns to
        where it was in that window (a canvas window handed the main window's dialogs
        sent focus to the main window)."""
        return type(self)(window)

    def error(self, title: str, text: str) -> None:
        QMessageBox.critical(self.parent, title, text)

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def confirm(self, title: str, text: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.parent)
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        box.exec()
        return box.clickedButton() is yes

    def open_file(self, title: str, folder: str = "", filter: str = WORKSPACE_FILTER) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, title, folder, filter)
        return path or None

    def save_file(self, title: str, folder: str = "", filter: str = WORKSPACE_FILTER) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, title, folder, filter)
        return path or None

    def choose_folder(self, title: str, folder: str = "") -> str | None:
        path = QFileDialog.getExistingDirectory(self.parent, title, folder)
        return path or None

    def ask_text(self, title: str, text: str, current: str = "") -> str | None:
        """A line of text, or None when cancelled."""
        value, ok = QInputDialog.getText(
            self.parent, title, text, QLineEdit.EchoMode.Normal, current
        )
        return value if ok else None

    def choose_item(self, title: str, text: str, items: list[str], current: int = 0) -> int | None:
        """The index of the chosen entry, or None when cancelled."""
        value, ok = QInputDialog.getItem(self.parent, title, text, items, current, False)
        return items.index(value) if ok and value in items else None

    def choose_server(self, title: str, current: Server | None = None) -> ServerChoice | None:
        """A WebDAV server (ServerChoice), or None when cancelled."""
        from workbench.gui.server_dialog import ServerDialog

        dialog = ServerDialog(title, current, self.parent, self)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_passphrase(self, title: str, text: str) -> str | None:
        """None when cancelled; an empty text is a valid answer (no protection)."""
        value, ok = QInputDialog.getText(self.parent, title, text, QLineEdit.EchoMode.Password)
        return value if ok else None
