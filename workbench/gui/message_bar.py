"""The window's message bar: a visible, readable line for refused input, below the
sections (it takes room from their bottom and moves nothing above it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from workbench.gui.forms import ValueLabel
from workbench.i18n import tr


class MessageBar(QFrame):
    """A visible, readable line for refused input; text says what, an icon marks it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("messageBar")
        self.setStyleSheet(
            "#messageBar { background: #fff4ce; border: 1px solid #b58a00; }"
            "#messageBar QLabel { color: #3b2f00; }"
        )
        self.icon = QLabel("⚠")
        self.text = ValueLabel(tr("Meldung"), announce=True)  # spoken when it appears
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QPushButton(tr("Schließen"))
        close.setAccessibleName(tr("Meldung schließen"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(close)
        self.hide()

    def show_message(self, text: str) -> None:
        self.text.setText(text)
        self.text.setAccessibleDescription(text)
        self.show()
