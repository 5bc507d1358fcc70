"""The Zeitplan section: bars by keyboard and mouse through the write path, its table."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from workbench.gui.main_window import ROADMAP_SECTION, MainWindow
from workbench.gui.roadmap_view import BarItem
from workbench.model import Measure
from workbench.services.workspaces import store_of


def _dates(window: MainWindow, code: str) -> tuple[date, date]:
    with store_of(window.workspace).session() as s:
        m = s.scalars(select(Measure).where(Measure.code == code)).one()
        return m.start_date, m.end_date


def test_a_bar_moves_by_keyboard_day_and_week_and_undo_brings_it_back(
    window: MainWindow, qtbot
) -> None:
    window.show_section(ROADMAP_SECTION)
    panel = window.roadmap
    qtbot.waitUntil(lambda: bool(panel.items))
    assert window.stack.currentWidget() is window.roadmap_holder
    assert not window.detail_area.isVisible()  # the roadmap has the width
    view = panel.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # the first bar
    first = panel.focused_id
    assert first is not None and view.scene().focusItem() is panel.items[first]
    bar = panel.items[first].bar
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
    assert panel.focused_id == first and view.scene().focusItem() is panel.items[first]
    # Alt+← shortens the end only
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert _dates(window, bar.code) == (moved[0], moved[1] - day)
    for _ in range(3):
        window.undo_action.trigger()
    assert _dates(window, bar.code) == (start, end)


def test_a_bar_dragged_by_the_mouse_moves_by_the_days_it_was_dragged(
    window: MainWindow, qtbot
) -> None:
    window.show_section(ROADMAP_SECTION)
    panel = window.roadmap
    qtbot.waitUntil(lambda: bool(panel.items))
    panel.zoom.setCurrentIndex(0)  # weeks: 6 px a day
    item = next(i for i in panel.items.values() if i.bar.code == "P-04")
    panel.view.ensureVisible(item)
    start, end = _dates(window, "P-04")
    centre = panel.view.mapFromScene(item.mapToScene(item.rect.center()))
    viewport = panel.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(viewport, centre + QPoint(30, 0))
    qtbot.mouseMove(viewport, centre + QPoint(60, 0))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=centre + QPoint(60, 0))
    moved = _dates(window, "P-04")
    assert (moved[0] - start).days == 10 and (moved[1] - end).days == 10  # 60 px at 6 px/day


def test_the_plan_is_also_a_table_with_the_problems_in_words(window: MainWindow, qtbot) -> None:
    window.show_section(ROADMAP_SECTION)
    panel = window.roadmap
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    rows = {
        panel.model.item(r, 1).text(): [panel.model.item(r, c).text() for c in range(6)]
        for r in range(panel.model.rowCount())
    }
    assert rows["P-04"][3:5] == ["01.10.2022", "30.09.2026"]
    assert rows["Z-01"][5].startswith("Beginnt am 01.04.2023, bevor P-02 endet")
    assert all(isinstance(i, BarItem) for i in panel.items.values())
    # grouping by phase regroups the lanes
    panel.group.setCurrentIndex(panel.group.findData("phase"))
    assert panel.model.item(0, 0).text()[0].isdigit()
