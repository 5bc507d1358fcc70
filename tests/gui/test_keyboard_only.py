"""The core workflows with the keyboard alone (BITV 2.0 / WCAG 2.1.1): create, edit, filter
and undo a measure; export; run a canvas; share the workspace. Only key presses reach the
window; a test that needs a click has found a barrier."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from workbench.gui.main_window import MainWindow
from workbench.model import Measure, Note
from workbench.services.workspaces import store_of


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def tab_to(qtbot, name: str, limit: int = 80) -> QWidget:
    """Press Tab until the control named *name* has the focus (it must be reachable)."""
    for _ in range(limit):
        widget = focused()
        if widget is not None and widget.accessibleName() == name:
            return widget
        QTest.keyClick(widget or QApplication.activeWindow(), Qt.Key.Key_Tab)
        qtbot.wait(5)
    raise AssertionError(f"„{name}“ is not reachable with Tab")


def keys(text: str) -> None:
    QTest.keyClicks(focused(), text)


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused() or QApplication.activeWindow(), key, modifier)


def in_dialog(qtbot, steps) -> list[BaseException]:
    """Run *steps* once the modal dialog the next key opens is shown (and has the focus, as
    the desktop gives it). A failing step closes the dialog, so the test fails instead of
    waiting forever; the errors are returned for the test to raise."""
    errors: list[BaseException] = []
    tries = [0]

    def run() -> None:
        tries[0] += 1
        dialog = QApplication.activeModalWidget()
        if dialog is None and tries[0] < 250:
            QTimer.singleShot(20, run)
            return
        if dialog is None:
            errors.append(AssertionError("no dialog opened"))
            return
        if not dialog.isActiveWindow() and tries[0] < 250:
            dialog.activateWindow()
            QTimer.singleShot(20, run)
            return
        try:
            steps()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            errors.append(exc)
            dialog.reject()

    QTimer.singleShot(20, run)
    return errors


def back_to(qtbot, window: QWidget) -> None:
    """After a dialog closed the window manager gives the window back its activation (the
    offscreen platform of the tests has none: done here, as the desktop would)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def titles(window: MainWindow) -> set[str]:
    with store_of(window.workspace).session() as s:
        return set(s.scalars(select(Measure.title).where(Measure.deleted_at.is_(None))))


def test_create_edit_filter_undo_export_canvas_and_share_by_keyboard(
    qtbot, window: MainWindow, dialogs, tmp_path: Path
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_section(1)
    window.measures.table.setFocus()

    # create: Strg+N, type the title, Enter
    def new_measure() -> None:
        assert focused().accessibleName() == "Titel der neuen Maßnahme"
        keys("Kiezbox Nord")
        press(Qt.Key.Key_Return)

    errors = in_dialog(qtbot, new_measure)
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert errors == []
    qtbot.waitUntil(lambda: "Kiezbox Nord" in titles(window))
    back_to(qtbot, window)

    # edit: the new measure's title has the focus; replace it, Tab stores it
    assert focused() is window.editor.w["title"]
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys("Kiezbox Nord und Sued")
    press(Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: "Kiezbox Nord und Sued" in titles(window))

    # undo from the next field: Strg+Z reaches the window's undo
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Kiezbox Nord" in titles(window))
    assert "Kiezbox Nord und Sued" not in titles(window)

    # filter: Strg+F, type
    press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.measures.search
    keys("Kiezbox")
    model = window.measures.model
    qtbot.waitUntil(lambda: 0 < model.rowCount() < 27)
    shown = {model.index(r, 1).data() for r in range(model.rowCount())}
    assert "Kiezbox Nord" in shown and window.measures.count_label.text().endswith(
        "von 27 Maßnahmen"
    )

    # export: Strg+E, Tab to the target file, type it, Enter
    target = tmp_path / "steckbrief.docx"

    def export() -> None:
        field = tab_to(qtbot, "Zieldatei")
        field.selectAll()
        keys(str(target))
        press(Qt.Key.Key_Return)

    errors = in_dialog(qtbot, export)
    press(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert errors == []
    qtbot.waitUntil(target.exists, timeout=20_000)
    back_to(qtbot, window)

    # a canvas: Strg+3, Tab to the canvases, Enter opens one; N, type, Enter makes a note
    press(Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    canvases = tab_to(qtbot, "Leinwände")
    press(Qt.Key.Key_Home)
    assert canvases.currentIndex().isValid()
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workshops.windows != {})
    canvas = next(iter(window.workshops.windows.values()))
    canvas.activateWindow()
    qtbot.waitUntil(canvas.isActiveWindow)
    canvas.view.setFocus()
    press(Qt.Key.Key_N)
    qtbot.waitUntil(canvas.editor.isVisible)
    keys("Idee per Tastatur")
    press(Qt.Key.Key_Return)
    with store_of(window.workspace).session() as s:
        assert s.scalars(select(Note).where(Note.text == "Idee per Tastatur")).one()
    press(Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # Strg+W closes it (Strg+F4 did alone)
    qtbot.waitUntil(lambda: window.workshops.windows == {})

    # share: Strg+5, Alt+T chooses the folder (answered by the test) and shares
    back_to(qtbot, window)
    press(Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    folder = tmp_path / "geteilt"
    folder.mkdir()
    dialogs.next_path = str(folder)
    press(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: any(folder.iterdir()), timeout=20_000)
