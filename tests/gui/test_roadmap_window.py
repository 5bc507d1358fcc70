"""The Zeitplan section: bars by keyboard and mouse through the write path, its table."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import func, select

from workbench.gui.main_window import ROADMAP_SECTION, MainWindow
from workbench.gui.roadmap_view import RoadmapPanel
from workbench.model import BaselineDate, Measure
from workbench.services.workspaces import store_of


def _dates(window: MainWindow, code: str) -> tuple[date, date]:
    with store_of(window.workspace).session() as s:
        m = s.scalars(select(Measure).where(Measure.code == code)).one()
        return m.start_date, m.end_date


def _open(window: MainWindow, qtbot) -> RoadmapPanel:
    """The Zeitplan section, shown and read."""
    window.show_section(ROADMAP_SECTION)
    panel = window.roadmap
    qtbot.waitUntil(lambda: bool(panel.row_of) and panel.model.rowCount() > 0)
    return panel


def test_a_bar_moves_by_keyboard_day_and_week_and_undo_brings_it_back(
    window: MainWindow, qtbot
) -> None:
    panel = _open(window, qtbot)
    assert window.stack.currentWidget() is window.roadmap_holder
    assert not window.detail_area.isVisible()  # the roadmap has the width
    view = panel.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # the first bar
    first = panel.focused_id
    bar = panel.focused_bar()
    assert first is not None and bar is not None and bar.id == first
    start, end = _dates(window, bar.code)
    # the screen reader hears the bar with its dates
    assert bar.code in view.accessibleDescription()
    assert start.strftime("%d.%m.%Y") in view.accessibleDescription()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    day = timedelta(days=1)
    assert _dates(window, bar.code) == (start + day, end + day)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    moved = _dates(window, bar.code)
    assert (moved[0] - start).days == 8 and (moved[1] - end).days == 8
    # the focus stays on the same bar after the plan was read again
    assert panel.focused_id == first and panel.focused_bar().start == moved[0]
    # Alt+← shortens the end only
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert _dates(window, bar.code) == (moved[0], moved[1] - day)
    for _ in range(3):
        window.undo_action.trigger()
    assert _dates(window, bar.code) == (start, end)


def test_a_bar_dragged_by_the_mouse_moves_by_the_days_it_was_dragged(
    window: MainWindow, qtbot
) -> None:
    panel = _open(window, qtbot)
    panel.zoom.setCurrentIndex(0)  # weeks: 6 px a day
    bar = next(row.bar for row in panel.rows if row.bar and row.bar.code == "P-04")
    rect = panel.bar_rect(bar)
    panel.view.centerOn(rect.center())
    start, end = _dates(window, "P-04")
    centre = panel.view.mapFromScene(rect.center())
    viewport = panel.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(viewport, centre + QPoint(30, 0))
    qtbot.mouseMove(viewport, centre + QPoint(60, 0))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=centre + QPoint(60, 0))
    moved = _dates(window, "P-04")
    assert (moved[0] - start).days == 10 and (moved[1] - end).days == 10  # 60 px at 6 px/day


def test_the_plan_is_also_a_table_with_the_problems_in_words(window: MainWindow, qtbot) -> None:
    panel = _open(window, qtbot)
    model = panel.model

    def cell(r: int, c: int) -> str:
        return str(model.data(model.index(r, c)))

    rows = {cell(r, 1): [cell(r, c) for c in range(6)] for r in range(model.rowCount())}
    assert rows["P-04"][3:5] == ["01.10.2022", "30.09.2026"]
    assert rows["Z-01"][5].startswith("Beginnt am 01.04.2023, bevor P-02 endet")
    # the view draws what is on screen only: no item per bar in the scene
    assert panel.scene.items() == []
    # grouping by phase regroups the lanes
    panel.group.setCurrentIndex(panel.group.findData("phase"))
    assert cell(0, 0)[0].isdigit()


def test_the_roadmap_shows_what_the_measure_table_is_filtered_to(window: MainWindow, qtbot) -> None:
    window.show_section(1)
    window.measures.search.setText("Kiezbox")
    qtbot.waitUntil(lambda: window.measures.model.rowCount() == 1)
    window.measures.apply_filter_now()
    panel = _open(window, qtbot)
    assert [row.bar.code for row in panel.rows if row.bar] == ["P-04"]
    assert panel.filter_note.isVisible() and "1 Maßnahme " in panel.filter_note.text()
    window.measures.reset_filters()
    window.measures.apply_filter_now()
    qtbot.waitUntil(lambda: len(panel.row_of) > 20)
    assert not panel.filter_note.isVisible()


def test_tab_reaches_a_bar_s_milestones_and_arrows_move_the_chosen_one(
    window: MainWindow, qtbot
) -> None:
    from workbench.model import Milestone

    panel = _open(window, qtbot)
    bar = next(row.bar for row in panel.rows if row.bar and row.bar.milestones)
    panel.choose(bar)
    view = panel.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # from the bar to its first milestone
    mark = panel.focused_mark()
    assert mark is not None and mark.id == bar.milestones[0].id
    assert mark.title in view.accessibleDescription()
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    with store_of(window.workspace).session() as s:
        assert s.get(Milestone, mark.id).due_date == mark.due + timedelta(days=7)
    assert panel.focused_mark() is not None and panel.focused_mark().id == mark.id
    window.undo_action.trigger()
    with store_of(window.workspace).session() as s:
        assert s.get(Milestone, mark.id).due_date == mark.due


def test_a_saved_baseline_is_shown_beside_the_plan_with_the_shift(
    window: MainWindow, qtbot, dialogs, tmp_path
) -> None:
    """„Planstand sichern“ asks for a name, the plan is compared with it at once: a bar
    moved by keyboard shows its baseline under it, the table and the screen reader say
    the shift in days; undo takes the baseline away again."""
    panel = _open(window, qtbot)
    dialogs.text_answer = "Lenkungskreis"
    panel.save_baseline()
    assert panel.baseline.currentText().startswith("Lenkungskreis")
    assert "Verglichen mit Lenkungskreis" in panel.status.text()
    view = panel.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    bar = panel.focused_bar()
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)  # a week
    bar = panel.focused_bar()
    assert bar.planned is not None and "Beginn +7 Tage, Ende +7 Tage" in bar.compared()
    assert "Beginn +7 Tage" in view.accessibleDescription()
    row = next(n for n, (_lane, b) in enumerate(panel.model.rows) if b.id == bar.id)
    assert panel.model.columnCount() == 7
    assert "Ende +7 Tage" in panel.model.index(row, 6).data()
    # the baseline's bar is painted under the moved bar, a week to the left
    moved, planned = panel.bar_rect(bar), panel.picture.baseline_rect(bar)
    assert planned is not None and planned.top() > moved.top()
    assert round(moved.left() - planned.left()) == round(7 * panel.px_per_day)
    panel.tabs.setCurrentIndex(0)
    window.resize(1920, 1080)
    view.centerOn(moved.center())
    qtbot.wait(50)
    window.grab().save(str(tmp_path / "zeitplan-planstand.png"))
    # another name is asked for a second baseline; the same name is refused in German
    dialogs.text_answer = "Lenkungskreis"
    messages: list[str] = []
    window.ops.failed.connect(messages.append)
    panel.save_baseline()
    assert messages and "gibt es schon" in messages[-1]
    window.undo_action.trigger()  # the week
    window.undo_action.trigger()  # the baseline
    qtbot.waitUntil(lambda: panel.baseline.count() == 1)
    assert panel.baseline.currentData() is None and panel.model.columnCount() == 6


def test_a_baseline_no_longer_needed_is_deleted_after_asking_and_comes_back_by_undo(
    window: MainWindow, qtbot, dialogs
) -> None:
    """„Planstand löschen …“ is offered only while a baseline is chosen; it asks, deletes
    the baseline with its dates (the plan is compared with none), and one undo brings both
    back."""
    panel = _open(window, qtbot)
    assert not panel.delete_baseline_button.isEnabled()  # „keinem Planstand“ chosen
    dialogs.text_answer = "Lenkungskreis"
    panel.save_baseline()
    assert panel.delete_baseline_button.isEnabled()
    dialogs.confirm_answer = False
    panel.delete_baseline_button.click()
    assert panel.baseline.currentText().startswith("Lenkungskreis")  # asked, kept
    dialogs.confirm_answer = True
    panel.delete_baseline_button.click()
    assert "Lenkungskreis" in dialogs.confirmations[-1]
    assert panel.baseline.count() == 1 and panel.baseline.currentData() is None
    assert panel.model.columnCount() == 6 and not panel.delete_baseline_button.isEnabled()
    with store_of(window.workspace).session() as s:
        assert s.scalar(select(func.count()).select_from(BaselineDate)) == 0
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: panel.baseline.count() == 2)
    with store_of(window.workspace).session() as s:
        assert s.scalar(select(func.count()).select_from(BaselineDate)) > 0


def test_the_plan_as_shown_is_saved_as_a_pdf_on_a3(
    window: MainWindow, qtbot, dialogs, tmp_path
) -> None:
    import shutil

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) fehlt: die gespeicherte PDF wird nicht gelesen")
    panel = _open(window, qtbot)
    panel.group.setCurrentIndex(panel.group.findData("lead"))
    dialogs.item_answer = 1  # A3
    dialogs.next_path = str(tmp_path / "zeitplan")
    panel.save_printout()
    pdf = tmp_path / "zeitplan.pdf"
    assert pdf.exists() and "Zeitplan gespeichert" in panel.status.text()
    import subprocess

    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "1191 x 842 pts" in info
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Gruppiert nach Federführung" in text
