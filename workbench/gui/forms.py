"""Loading Designer forms from ``ui/`` at run time (no generated code is committed)."""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from workbench.resources import ui_path


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    path = ui_path(name)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"Formular „{path}“ fehlt – Werkbank ist unvollständig installiert.")
    try:
        widget = QUiLoader().load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"Formular „{path}“ ist beschädigt.")
    return widget
