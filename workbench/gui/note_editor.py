"""Editing a note's text in place on the canvas."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from workbench.gui.canvas_colours import CanvasColours
from workbench.gui.canvas_items import NORMAL, fitting_font
from workbench.i18n import tr


class NoteTextEditor(QPlainTextEdit):
    """Edits a note's text in place: Enter keeps it, Shift+Enter starts a new line, Esc cancels."""

    committed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Notiztext"))
        self.setAccessibleDescription(
            tr("Eingabe übernimmt, Umschalt+Eingabe beginnt eine neue Zeile, Escape bricht ab.")
        )
        self.paper(NORMAL.colours)
        self._closing = False
        self.hide()

    def paper(self, colours: CanvasColours) -> None:
        """A note's paper and ink for the editor, framed in the look's selection colour."""
        self.setStyleSheet(
            f"QPlainTextEdit {{ background: {colours.badge.name()}; "
            f"color: {colours.note_text.name()}; border: 3px solid {colours.selection.name()}; }}"
        )

    def open(self, text: str, rect: QRectF, scale: float) -> None:
        font = fitting_font(text)
        font.setPixelSize(max(14, int(font.pixelSize() * scale)))
        self.setFont(font)
        self.setGeometry(rect.toAlignedRect())
        self.setPlainText(text)
        self.selectAll()
        self._closing = False
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self._finish(commit=True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self._finish(commit=False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: object) -> None:
        super().focusOutEvent(event)  # type: ignore[arg-type]
        if self.isVisible():
            self._finish(commit=True)

    def _finish(self, commit: bool) -> None:
        if self._closing:
            return
        self._closing = True
        text = self.toPlainText()
        self.hide()
        if commit:
            self.committed.emit(text)
        else:
            self.cancelled.emit()
