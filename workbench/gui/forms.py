"""Loading Designer forms from ``ui/`` at run time (no generated code is committed)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QFile, QIODevice, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
    QWidgetItem,
)

from workbench.i18n import tr
from workbench.resources import ui_path


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    path = ui_path(name)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(
            tr("Formular „{path}“ fehlt – Werkbank ist unvollständig installiert.").format(
                path=path
            )
        )
    try:
        widget = QUiLoader().load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(tr("Formular „{path}“ ist beschädigt.").format(path=path))
    return widget


W = TypeVar("W", bound=QWidget)


def child(form: QWidget, cls: type[W], name: str) -> W:
    """The widget *name* of a Designer form; a form without it is a broken installation."""
    found = form.findChild(cls, name)
    if found is None:
        raise RuntimeError(
            tr("Formular „{form}“: das Feld „{name}“ fehlt.").format(
                form=form.objectName(), name=name
            )
        )
    return found


def set_shortcut(
    action: QAction, shortcut: QKeySequence | QKeySequence.StandardKey | str | None
) -> None:
    """A standard key sets every binding the platform names for it (Strg+W and Strg+F4
    close a window); any other key sequence is set as it is."""
    if isinstance(shortcut, QKeySequence.StandardKey):
        action.setShortcuts(shortcut)
    elif shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))


def ok_cancel(
    dialog: QDialog, ok_text: str, on_ok: Callable[[], None] | None = None
) -> QDialogButtonBox:
    """The dialog's buttons in German: *ok_text* (the action, e.g. „Exportieren“) and „Abbrechen“."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Abbrechen"))
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ReloadsWhenShown:
    """Mixin for a panel that reads its data when shown: :meth:`request_reload` reads at once
    if the panel is visible, else on its next show (edits and start-up never pay for a
    hidden panel). The panel's ``reload()`` reads; this keeps track of when it must."""

    _stale = True

    def request_reload(self) -> None:
        self._stale = True
        if self.isVisible():  # type: ignore[attr-defined]
            self.reload()

    def reload(self) -> None:
        self._stale = False

    def showEvent(self, event: Any) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)  # type: ignore[misc]


class CommitOnFocusOut(QObject):
    """Commits a plain-text edit when it loses focus (it has no editingFinished)."""

    def __init__(self, callback: Any, parent: QObject) -> None:
        super().__init__(parent)
        self.callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.callback()
        return False


class UndoReachesTheWindow(QObject):
    """Strg+Z / Strg+Umschalt+Z in a text field that has nothing of its own to undo (the
    value was committed and shown again) go to the window's undo and redo, instead of
    being swallowed by the field. A field with typing of its own still undoes that first."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        from PySide6.QtGui import QKeyEvent, QKeySequence
        from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

        assert isinstance(event, QKeyEvent)
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo) or (
            event.key() == 0x59 and event.modifiers() == event.modifiers().ControlModifier
        )  # Strg+Y
        if (
            not (undo or redo)
            or not isinstance(watched, QWidget)
            or watched.window() is not self.window
        ):
            return False
        if isinstance(watched, QLineEdit):
            own = watched.isUndoAvailable() if undo else watched.isRedoAvailable()
        elif isinstance(watched, QPlainTextEdit | QTextEdit):
            document = watched.document()
            own = document.isUndoAvailable() if undo else document.isRedoAvailable()
        else:
            return False
        if own:
            return False
        event.ignore()  # not the field's: the window's shortcut runs
        return True


class StackingSplitter(QSplitter):
    """A list beside its detail while there is room; below it once the section is narrower
    than *breakpoint* logical pixels (200 % scaling, a narrow window): the detail then has
    the whole width instead of a squeezed column that scrolls sideways (WCAG 1.4.10)."""

    def __init__(self, breakpoint: int = 1100, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.breakpoint = breakpoint
        self.setChildrenCollapsible(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        wanted = (
            Qt.Orientation.Vertical
            if event.size().width() < self.breakpoint
            else Qt.Orientation.Horizontal
        )
        if wanted != self.orientation():
            self.setOrientation(wanted)
            # the list gets a third of the height (or width), the detail the rest
            total = (
                event.size().height() if wanted == Qt.Orientation.Vertical else event.size().width()
            )
            self.setSizes([total // 3, total - total // 3])
        super().resizeEvent(event)


def wrap_forms(root: QWidget) -> None:
    """Every form below *root* puts a label above its field when the two do not fit side by
    side (400 % zoom, a narrow window), and every tab widget asks only for the room of the
    tab shown: read without scrolling sideways (WCAG 1.4.10). At normal sizes nothing
    changes."""
    for layout in root.findChildren(QFormLayout):
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    for tabs in root.findChildren(QTabWidget):
        if not tabs.property("sizedByShownPage"):
            tabs.setProperty("sizedByShownPage", True)
            stack = tabs.findChild(QStackedWidget)
            if stack is not None:
                size_by_shown_page(stack)


def size_by_shown_page(stack: QStackedWidget) -> None:
    """*stack* asks for the room of the page it shows, not of its widest page (a stacked
    widget is as wide as its widest page: one wide tab made every tab scroll sideways)."""

    def shown(index: int) -> None:
        for n in range(stack.count()):
            page = stack.widget(n)
            if page is not None:
                policy = QSizePolicy.Policy.Preferred if n == index else QSizePolicy.Policy.Ignored
                page.setSizePolicy(policy, policy)

    stack.currentChanged.connect(shown)
    shown(stack.currentIndex())


class FlowLayout(QLayout):
    """Widgets in a row that goes on in the next row when the width runs out (a row of
    buttons, a toolbar of choices at 400 % zoom): nothing is cut and nothing scrolls
    sideways; at normal sizes it is one row, as a QHBoxLayout would be."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def add(self, *widgets: QWidget) -> FlowLayout:
        for widget in widgets:
            self.addChildWidget(widget)
            self.addItem(QWidgetItem(widget))
        return self

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        width = sum(i.sizeHint().width() for i in self._visible()) + self.spacing() * max(
            0, len(self._visible()) - 1
        )
        height = max((i.sizeHint().height() for i in self._visible()), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        shown = []
        for item in self._items:
            widget = item.widget()
            if widget is None or not widget.isHidden():
                shown.append(item)
        return shown

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, row_height = area.x(), area.y(), 0
        for item in self._visible():
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, row_height = area.x(), y + row_height + self.spacing(), 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing()
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y() + margins.bottom()


def fit_to_screen(window: QWidget) -> None:
    """Open maximised where the screen is small enough to need all of it (up to 1920 ×
    1080), else at nine tenths of it, centred: texts and canvases need the room."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        window.resize(1400, 860)
        return
    space = screen.availableGeometry()
    if space.width() <= 1920 or space.height() <= 1080:
        window.resize(space.width(), space.height())
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    else:
        window.resize(int(space.width() * 0.9), int(space.height() * 0.9))
        window.move(space.center() - window.rect().center())


class ValueLabel(QLabel):
    """A label that shows a value („26 von 26 Maßnahmen“, a message): screen readers hear
    its context and its text (an accessible name alone hid the text), and a message
    marked *announce* is spoken when it changes (errors, status)."""

    def __init__(self, context: str, announce: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.announce = announce
        self.setAccessibleName(context)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        plain = self.text()
        self.setAccessibleName(f"{self.context}: {plain}" if plain else self.context)
        if self.announce and plain:
            announce(self, plain)


#: What was announced last and when (monotonic seconds): one message reaches the message
#: bar, the status bar and the field's own error line, and was spoken three or four times.
_LAST_SPOKEN: list[tuple[str, float]] = []
#: Announcements sent, newest last (kept short): what a screen reader was told.
SPOKEN: list[str] = []
REPEAT_WITHIN_S = 1.5


def announce(widget: QWidget, text: str, urgent: bool = False) -> None:
    """Have assistive technology speak *text* now (an error, a status message) – once: the
    same message (or one that holds it, or that it holds) shown in several places within
    a moment is not spoken again."""
    import time

    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    now = time.monotonic()
    plain = " ".join(text.split())
    if _LAST_SPOKEN:
        last, when = _LAST_SPOKEN[-1]
        if now - when < REPEAT_WITHIN_S and (plain in last or last in plain):
            return
    _LAST_SPOKEN[:] = [(plain, now)]
    SPOKEN.append(plain)
    del SPOKEN[:-50]

    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if urgent
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)


def line_edits(
    form: QFormLayout, fields: tuple[tuple[str, str], ...], commit: Callable[[str, str], object]
) -> dict[str, QLineEdit]:
    """One labelled line per field; leaving it calls ``commit(key, text)``."""
    edits = {}
    for key, text in fields:
        edit = QLineEdit()
        edit.setAccessibleName(text.replace("&", ""))
        edit.editingFinished.connect(lambda k=key, e=edit: commit(k, e.text()))
        label = QLabel(text + ":")
        label.setBuddy(edit)
        form.addRow(label, edit)
        edits[key] = edit
    return edits
