"""The organisation's Word template the documents are written into (or the built-in one)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from workbench.gui import settings as opt
from workbench.i18n import tr

if TYPE_CHECKING:
    from workbench.gui.main_window import MainWindow


def word_template(window: MainWindow) -> Path | None:
    """The organisation's Word template from the settings, if one is chosen and still there."""
    chosen = window.settings.get(opt.WORD_TEMPLATE)
    if not chosen:
        return None
    if not Path(chosen).is_file():
        window.message_bar.show_message(
            tr(
                "Die gewählte Word-Vorlage „{chosen}“ fehlt; die eingebaute Vorlage wird verwendet."
            ).format(chosen=chosen)
        )
        return None
    return Path(chosen)


def choose_word_template(window: MainWindow) -> None:
    """The organisation's Word template, checked before it is kept."""
    from workbench.exports.docx_base import check_template
    from workbench.exports.errors import ExportError

    path = window.dialogs.open_file(
        tr("Word-Vorlage der Organisation wählen"),
        str(Path.home()),
        tr("Word-Vorlage (*.docx *.dotx);;Alle Dateien (*)"),
    )
    if not path:
        return
    try:
        check_template(Path(path))
    except ExportError as exc:
        window.dialogs.error(tr("Word-Vorlage"), str(exc))
        return
    window.settings.set(opt.WORD_TEMPLATE, path)
    window.statusBar().showMessage(tr("Word-Vorlage: {path}").format(path=path), 10_000)


def use_builtin_template(window: MainWindow) -> None:
    window.settings.set(opt.WORD_TEMPLATE, "")
    window.statusBar().showMessage(tr("Die eingebaute Word-Vorlage wird verwendet."), 10_000)
