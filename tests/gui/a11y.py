"""The accessibility audit: walks what a screen reader sees (QAccessible, in-process) of a
window and reports what BITV 2.0 / EN 301 549 would fail."""

from __future__ import annotations

from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

Role = QAccessible.Role

#: Roles a user operates: they need a name a screen reader can say.
INTERACTIVE = {
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.SpinBox,
    Role.Slider,
    Role.PageTab,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.List,
    Role.Table,
    Role.Tree,
    Role.Link,
    Role.MenuItem,
    Role.Dial,
}
#: The rows and cells of item views are data, walked by the view's own interface.
DATA = {Role.Row, Role.Cell, Role.ListItem, Role.TreeItem, Role.ColumnHeader, Role.RowHeader}


@dataclass
class Audit:
    where: str
    seen: set[tuple[str, int]] = field(default_factory=set)
    interactive: int = 0
    unnamed: list[str] = field(default_factory=list)
    hidden_text: list[str] = field(default_factory=list)
    images: list[str] = field(default_factory=list)
    traps: list[str] = field(default_factory=list)

    def add(self, other: Audit) -> None:
        self.interactive += other.interactive
        for mine, theirs in (
            (self.unnamed, other.unnamed),
            (self.hidden_text, other.hidden_text),
            (self.images, other.images),
            (self.traps, other.traps),
        ):
            mine.extend(theirs)

    def problems(self) -> list[str]:
        return (
            [f"{self.where}: ohne Namen: {u}" for u in self.unnamed]
            + [f"{self.where}: Name verdeckt den Text: {h}" for h in self.hidden_text]
            + [f"{self.where}: Bild ohne Beschreibung: {i}" for i in self.images]
            + [f"{self.where}: Tab bleibt hängen in: {t}" for t in self.traps]
        )


def describe(iface: QAccessibleInterface) -> str:
    obj = iface.object()
    name = type(obj).__name__ if obj is not None else "?"
    object_name = obj.objectName() if obj is not None else ""
    parent = iface.parent()
    context = parent.text(QAccessible.Text.Name) if parent is not None else ""
    return f"{iface.role().name} {name}{'#' + object_name if object_name else ''} in „{context}“"


def walk(iface: QAccessibleInterface, audit: Audit, root: str, depth: int = 0) -> None:
    if iface is None or not iface.isValid() or depth > 60:
        return
    state = iface.state()
    if state.invisible:
        return
    role = iface.role()
    obj = iface.object()
    # by window and address (a closed window's addresses are reused by the next one)
    key = (root, shiboken6.getCppPointer(obj)[0] if obj is not None else id(iface))
    if key in audit.seen and role not in (Role.PageTab, Role.MenuItem):
        return
    audit.seen.add(key)
    if role in INTERACTIVE:
        audit.interactive += 1
        if not iface.text(QAccessible.Text.Name).strip():
            audit.unnamed.append(describe(iface))
    if isinstance(obj, QAbstractButton) and obj.text().strip():
        # label in name (2.5.3): who says what the button shows is understood by speech
        shown = " ".join(obj.text().replace("&&", "\0").replace("&", "").replace("\0", "&").split())
        name = iface.text(QAccessible.Text.Name)
        if name and not said(shown, name):
            audit.hidden_text.append(f"„{name}“ statt „{shown}“ (Schaltfläche)")
    if isinstance(obj, QLabel):
        shown = obj.text() and QLabelText.plain(obj)
        name = iface.text(QAccessible.Text.Name)
        if shown and name and not said(shown, name):
            audit.hidden_text.append(f"„{name}“ statt „{shown}“")
        pixmap = obj.pixmap()
        if (
            pixmap is not None
            and not pixmap.isNull()
            and not (obj.accessibleName() or obj.accessibleDescription())
        ):
            audit.images.append(describe(iface))
    if role in (Role.List, Role.Table, Role.Tree):
        return  # rows and cells are the data
    for i in range(iface.childCount()):
        walk(iface.child(i), audit, root, depth + 1)


def said(shown: str, name: str) -> bool:
    """Whether a name says the text shown (punctuation and order of lines aside)."""
    words = {w.strip('.,:;–-()„“"…').casefold() for w in shown.split()} - {""}
    heard = {w.strip('.,:;–-()„“"…').casefold() for w in name.split()}
    return len(words - heard) <= len(words) // 10


class QLabelText:
    @staticmethod
    def plain(label: QLabel) -> str:
        from PySide6.QtGui import QTextDocument

        if label.textFormat() == Qt.TextFormat.PlainText:
            text = label.text()
        else:
            doc = QTextDocument()
            doc.setHtml(label.text())
            text = doc.toPlainText()
        return " ".join(text.replace("&", "").split())


TAB_EATERS = (QAbstractItemView, QTextEdit, QPlainTextEdit)


def tab_traps(window: QWidget) -> list[str]:
    """Widgets that keep the focus when Tab is pressed in them."""
    traps = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, TAB_EATERS) or not widget.isVisible() or not widget.isEnabled():
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        if QApplication.focusWidget() is not widget:
            continue
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        QApplication.processEvents()
        now = QApplication.focusWidget()
        if now is widget or (now is not None and widget.isAncestorOf(now)):
            traps.append(f"{type(widget).__name__} „{widget.accessibleName()}“")
    return traps


def audit(window: QWidget, where: str, tabs: bool = True, result: Audit | None = None) -> Audit:
    """Audits *window* with every page of each of its tab widgets shown in turn."""
    result = result or Audit(where)
    root = f"{type(window).__name__} {window.windowTitle()}"
    walk(QAccessible.queryAccessibleInterface(window), result, root)
    if tabs:
        result.traps += tab_traps(window)
    for tab_widget in window.findChildren(QTabWidget):
        if not tab_widget.isVisible():
            continue
        current = tab_widget.currentIndex()
        for index in range(tab_widget.count()):
            if index == current or not tab_widget.isTabEnabled(index):
                continue
            tab_widget.setCurrentIndex(index)
            QApplication.processEvents()
            walk(QAccessible.queryAccessibleInterface(tab_widget.widget(index)), result, root)
            if tabs:
                result.traps += tab_traps(tab_widget.widget(index))
        tab_widget.setCurrentIndex(current)
    return result
