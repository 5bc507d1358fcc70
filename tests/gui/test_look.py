"""The window's visual hierarchy: one icon set in the theme's colours, a toolbar for the
frequent actions, and statuses, phases and priorities as coloured labels with their text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPalette

from tests.gui.test_accessibility import each_theme
from workbench.gui.app import apply_contrast, contrast
from workbench.gui.icons import icon
from workbench.gui.labels import (
    HUE_ROLE,
    PHASE_HUES,
    PRIORITY_HUES,
    STATUS_HUES,
    pill_colours,
)
from workbench.gui.main_window import MainWindow
from workbench.gui.sections import SECTIONS
from workbench.resources import resource_path


def _opaque_colours(image) -> set[str]:
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 160
    }


def _all_near(colours: set[str], expected: QColor) -> bool:
    """Every colour within rounding (premultiplied alpha) of *expected*."""
    return bool(colours) and all(
        max(
            abs(QColor(c).red() - expected.red()),
            abs(QColor(c).green() - expected.green()),
            abs(QColor(c).blue() - expected.blue()),
        )
        <= 3
        for c in colours
    )


def test_labels_keep_their_text_readable_in_every_theme(qapp) -> None:
    """WCAG 1.4.3: a label's text on its tinted fill at least 4.5:1 in the light, the dark
    and the high-contrast theme, for every status, phase and priority colour."""
    hues = [*STATUS_HUES.values(), *PRIORITY_HUES.values(), *PHASE_HUES]
    failures = []
    for name, palette in each_theme(qapp):
        for hue in hues:
            fill, _border, text = pill_colours(palette, hue)
            if contrast(text, fill) < 4.5:
                failures.append(f"{name} {hue}: {contrast(text, fill):.2f}:1")
    assert failures == []


def test_status_phase_and_priority_show_as_coloured_labels_with_their_text(
    window: MainWindow, qtbot
) -> None:
    table = window.measures.table
    model = table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    status = headers.index("Status")
    row = next(r for r in range(model.rowCount()) if model.index(r, status).data() == "pausiert")
    index = model.index(row, status)
    assert (
        index.data(HUE_ROLE) == STATUS_HUES[next(s for s in STATUS_HUES if s.label == "pausiert")]
    )
    table.scrollTo(index)
    qtbot.wait(50)
    rect = table.visualRect(index)
    picture = table.viewport().grab(rect).toImage()
    fill, border, _text = pill_colours(table.palette(), index.data(HUE_ROLE))
    seen = _opaque_colours(picture)
    # the label's fill is painted (amber tint) and its text is drawn over it
    assert fill.name() in seen
    assert any(contrast(QColor(c), fill) >= 4.5 for c in seen)
    # the code column stays plain text: no label
    assert model.index(row, headers.index("Kennung")).data(HUE_ROLE) is None


def test_icons_take_the_theme_colour_and_are_shipped_with_their_licence(qapp) -> None:
    folder = Path(resource_path("icons", "ui"))
    assert "MIT License" in (folder / "LICENSE-phosphor.txt").read_text(encoding="utf-8")
    palette = qapp.palette()
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    for name in (s.icon for s in SECTIONS):
        assert (folder / f"{name}.svg").is_file()
        normal = icon(name).pixmap(24, 24).toImage()
        assert _all_near(_opaque_colours(normal), text), name
        grey = icon(name).pixmap(24, 24, QIcon.Mode.Disabled).toImage()
        assert _all_near(_opaque_colours(grey), disabled), name
        # icons are non-text contrast (1.4.11): ≥ 3:1 against the window
        assert contrast(text, palette.color(QPalette.ColorRole.Window)) >= 3


def test_the_toolbar_names_each_frequent_action_beside_its_icon(window: MainWindow) -> None:
    bar = window.toolbar
    assert bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    texts = []
    for action in bar.actions():
        if action.isSeparator():
            continue
        button = bar.widgetForAction(action)
        assert not action.icon().isNull()
        assert button.accessibleName() or button.text()
        texts.append(button.text())
    assert texts[0] == "Neue Maßnahme"
    assert {"Rückgängig", "Wiederherstellen", "Exportieren", "Drucken", "Synchronisieren"} <= set(
        texts
    )
    # the navigation shows each section's icon beside its name
    for row in range(window.nav_model.rowCount()):
        assert not window.nav_model.item(row).icon().isNull()


def test_undo_in_the_toolbar_says_the_verb_and_tells_the_step(window: MainWindow, qtbot) -> None:
    button = window.toolbar.widgetForAction(window.undo_action)
    assert not button.isEnabled()
    window.show_section(3)
    panel = window.funding
    panel.tabs.setCurrentIndex(1)
    qtbot.mouseClick(panel.receipts.add_button, Qt.MouseButton.LeftButton)
    assert button.isEnabled()
    # the button says the verb; its tooltip and the menu entry name the step
    assert button.text() == "Rückgängig"
    step = window.ops.undo_stack.undoText()
    assert step and step in button.toolTip()
    assert step in window.undo_action.text()


def test_sync_in_the_toolbar_leads_to_sharing_when_nothing_is_shared(window: MainWindow) -> None:
    window.show_section(1)
    window.sync_action.trigger()
    assert window.stack.currentWidget() is window.sync_panel
    assert "Noch nicht geteilt" in window.statusBar().currentMessage()


def test_a_field_is_drawn_with_its_border_at_3_to_1(qapp, window: MainWindow) -> None:
    """Measured on the picture: the search field's border pixels against the field, as
    the application styles it (make_application applies the contrast)."""
    from workbench.gui.app import field_border

    before = qapp.palette(), qapp.styleSheet()
    try:
        apply_contrast(qapp)
        field = window.measures.search
        window.show_section(1)
        window.nav.setFocus()  # not focused: the plain border
        qapp.processEvents()
        picture = field.grab().toImage()
        middle = picture.height() // 2
        edge = picture.pixelColor(0, middle)
        inside = picture.pixelColor(picture.width() - 4, middle)  # beyond the placeholder
        assert edge.name() == field_border(qapp.palette()).name()
        assert contrast(edge, inside) >= 3.0
    finally:
        qapp.setPalette(before[0])
        qapp.setStyleSheet(before[1])


def test_list_and_detail_stack_when_the_section_is_narrow(window: MainWindow, qtbot) -> None:
    """At 200 % (a 1920 px screen is 960 logical pixels wide) Förderung and Workshops put
    the detail below the list, with the whole width, instead of a squeezed column that
    scrolls sideways; at normal size they stand side by side (WCAG 1.4.10)."""
    from workbench.gui.forms import StackingSplitter

    for section in (3, 2):
        window.show_section(section)
        panel = window.funding if section == 3 else window.workshops
        splitter = panel.findChild(StackingSplitter)
        window.resize(960, 540)
        qtbot.waitUntil(lambda s=splitter: s.orientation() == Qt.Orientation.Vertical)
        detail = splitter.widget(1)
        assert detail.width() >= splitter.width() - 4  # the detail has the whole width
        window.resize(1800, 950)
        qtbot.waitUntil(lambda s=splitter: s.orientation() == Qt.Orientation.Horizontal)


def test_at_a_narrow_width_a_form_puts_its_labels_above_the_fields(
    window: MainWindow, qtbot
) -> None:
    """400 % zoom leaves 480 logical pixels: a label and its field no longer fit side by
    side, and the form puts the label above the field instead of scrolling sideways."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    window.show_section(2)
    panel = window.workshops
    window.resize(560, 800)
    qtbot.wait(50)
    forms = panel.findChildren(QFormLayout)
    assert forms and all(f.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapLongRows for f in forms)
    label = next(
        w
        for w in panel.findChildren(QLabel)
        if w.text().replace("&", "") == "Anonyme Teilnehmende:"
    )
    field = label.buddy()
    qtbot.waitUntil(lambda: label.isVisible())
    if (
        label.mapTo(panel, label.rect().bottomLeft()).y()
        <= field.mapTo(panel, field.rect().topLeft()).y()
    ):
        return  # above its field
    # or beside it, but then both fit in the form's width
    assert field.mapTo(panel, field.rect().topRight()).x() <= panel.width()


def test_at_400_percent_the_window_reflows_without_sideways_scrolling(
    window: MainWindow, qtbot
) -> None:
    """400 % zoom on a 1920 px screen leaves 480 logical pixels: the sections' names flow in
    rows above the section (whole names, no sideways scrolling), the section and the
    detail stand one below the other, the toolbar keeps its icons with their names as
    tooltips; at normal size everything is back beside each other (WCAG 1.4.10)."""
    import os

    from PySide6.QtWidgets import QScrollArea

    window.resize(480, 900)
    nav = window.nav
    qtbot.waitUntil(lambda: nav.viewport().width() > 400)  # laid out at the new width
    qtbot.wait(20)
    assert window.splitter.orientation() == Qt.Orientation.Vertical
    assert nav.flow() == nav.Flow.LeftToRight and nav.isWrapping()
    viewport = nav.viewport().rect()
    metrics = nav.fontMetrics()
    for row in range(nav.model().rowCount()):
        rect = nav.visualRect(nav.model().index(row, 0))
        assert viewport.contains(rect), nav.model().index(row, 0).data()
        assert rect.width() >= metrics.horizontalAdvance(nav.model().index(row, 0).data())
    assert nav.horizontalScrollBar().maximum() == 0
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    for action in window.toolbar.actions():
        assert action.isSeparator() or action.toolTip()
    pictures = os.environ.get("WERKBANK_SHOTS")
    wide = []
    for section in range(7):
        window.show_section(section)
        qtbot.wait(30)
        area = window.stack.parentWidget().parentWidget()
        assert isinstance(area, QScrollArea)
        wide.append((section, area.horizontalScrollBar().maximum()))
        assert nav.height() < 80  # two rows of names, not a tall list
        if pictures:
            window.grab().save(f"{pictures}/narrow-{section}.png")
    assert [w for w in wide if w[1] > 4] == []  # (section, pixels to scroll sideways)
    window.resize(1500, 900)
    qtbot.waitUntil(lambda: window.splitter.orientation() == Qt.Orientation.Horizontal)
    assert nav.flow() == nav.Flow.TopToBottom and not nav.isWrapping()
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
