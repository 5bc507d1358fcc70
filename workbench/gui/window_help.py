"""The main window's Hilfe menu: the manual, the shortcuts, the log, about Werkbank."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.i18n import tr

if TYPE_CHECKING:
    from workbench.gui.main_window import MainWindow


def open_log(window: MainWindow) -> None:
    """Open the log file with the system's text viewer (created if nothing was logged)."""
    from workbench.gui.export_dialog import open_file
    from workbench.logs import log_path

    path = log_path()
    if not path.exists():
        path.write_text("", encoding="utf-8")
    if not open_file(path):
        window.dialogs.info(
            tr("Protokoll"), tr("Die Protokolldatei liegt unter „{path}“.").format(path=path)
        )


def show_about(window: MainWindow) -> None:
    from workbench.gui.measure_dialogs import show_about as about

    about(window)


def show_manual(window: MainWindow) -> None:
    from workbench.gui.help import HelpDialog, manual_html

    window.show_help(HelpDialog(tr("Handbuch – Werkbank"), manual_html(), window))


def show_shortcuts(window: MainWindow) -> None:
    from workbench.gui.help import ShortcutsDialog

    window.show_help(ShortcutsDialog(window, window))
