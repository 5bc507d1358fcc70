"""The main window at 400 % zoom (WCAG 1.4.10): below NARROW logical pixels it reflows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView

if TYPE_CHECKING:
    from workbench.gui.main_window import MainWindow


#: Below this width (logical pixels: 400 % zoom, a narrow window) the window reflows:
#: the sections' names flow above the section in rows, the section and the detail stand
#: one below the other, the toolbar shows its icons (names in tooltips and for screen
#: readers) – nothing has to be scrolled sideways to be read (WCAG 1.4.10).
NARROW = 760


def reflow(window: MainWindow, width: int) -> None:
    """The window laid out for *width* (see NARROW)."""
    narrow = width < NARROW
    if narrow != (window.splitter.orientation() == Qt.Orientation.Vertical):
        window.splitter.setOrientation(
            Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        )
        window.nav.setFlow(QListView.Flow.LeftToRight if narrow else QListView.Flow.TopToBottom)
        window.nav.setWrapping(narrow)
        window.nav.setResizeMode(
            QListView.ResizeMode.Adjust if narrow else QListView.ResizeMode.Fixed
        )
        window.nav.setMaximumWidth(16777215 if narrow else 220)
        window.nav.setMinimumWidth(0 if narrow else window._nav_width)
        window.nav.setMaximumHeight(16777215)
        window.nav.setMinimumHeight(0)
        window.toolbar.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonIconOnly
            if narrow
            else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )
    if narrow:
        fit_nav_height(window, width)


def fit_nav_height(window: MainWindow, width: int) -> None:
    """The sections' names in rows above the section, as high as their rows are in
    *width* (the window's: counted from the names' own sizes, not from the list's
    layout, which follows only after the window has been laid out)."""
    nav, model = window.nav, window.nav.model()
    room = width - 12 - 2 * nav.frameWidth() - 4  # the window's margins, the frame
    rows, used, row_height = 1, 0, 0
    for row in range(model.rowCount()):
        hint = nav.sizeHintForIndex(model.index(row, 0))
        item = hint.width() + 2 * nav.spacing()
        if used and used + item > room:
            rows, used = rows + 1, 0
        used += item
        row_height = max(row_height, hint.height() + 2 * nav.spacing())
    height = rows * row_height + 2 * nav.frameWidth() + 2
    if height != nav.maximumHeight():
        nav.setMaximumHeight(height)
        nav.setMinimumHeight(height)
        sizes = window.splitter.sizes()
        rest = max(0, sum(sizes) - height)
        window.splitter.setSizes([height, rest * 3 // 5, rest - rest * 3 // 5][: len(sizes)])


def resize_detail(window: MainWindow, by: int) -> None:
    """Move the border between the list and the detail pane by *by* pixels (positive:
    the detail pane grows), within what both panes need."""
    sizes = window.splitter.sizes()
    if len(sizes) < 3:
        return
    by = max(-(sizes[2] - 200), min(by, sizes[1] - 200))
    sizes[1] -= by
    sizes[2] += by
    window.splitter.setSizes(sizes)
