"""How a canvas looks on a projector: readable note text, words broken at syllables, axis
labels and zone borders with enough contrast in every mode, group headings clear of zone
titles."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtGui import QImage

from tests.gui.canvas_helpers import (
    make_canvas,
    note_item,
    open_canvas,
)
from workbench.gui.main_window import MainWindow
from workbench.services import canvas as cv
from workbench.services.operations import execute

if TYPE_CHECKING:
    pass


def test_note_text_never_shrinks_below_a_readable_size(qtbot) -> None:
    """A long compound shrank the text to about 11 px on the projector; now the text keeps
    at least 21 px and a long note grows in height instead."""
    from workbench.gui.canvas_items import NOTE_MIN_FONT_PX, fitting_font

    assert (
        fitting_font("Donaudampfschifffahrtsgesellschaftskapitänsmütze").pixelSize()
        >= NOTE_MIN_FONT_PX
    )

    short, long = note_item("Kiezbox"), note_item("Nachbarschaftshäuser " * 12)
    assert long.text_font.pixelSize() >= NOTE_MIN_FONT_PX and long.height > short.height * 2


def test_the_prioritisation_matrix_names_its_axes(qtbot, window: MainWindow) -> None:
    canvas = open_canvas(qtbot, window, make_canvas(window, "priorisierungsmatrix"))
    space = canvas.screen().availableGeometry()  # opened at the screen's size, not 1280 × 800
    assert canvas.isMaximized() or canvas.width() >= space.width() * 0.85
    texts = [item.text() for item in canvas.scene.axis_items]
    assert any(t.startswith("Nutzen") for t in texts) and any(
        t.startswith("Aufwand") for t in texts
    )
    vertical = next(i for i in canvas.scene.axis_items if i.text().startswith("Nutzen"))
    assert vertical.rotation() == -90
    canvas.close()


def test_a_word_too_long_for_a_note_breaks_at_a_syllable_with_a_hyphen(qtbot) -> None:
    """„Donaudampfschifffahrtsgesellschaft“ on a note: every line of the laid-out text ends
    at a space, at the note's end, or at a syllable (a soft hyphen, drawn as „-“), never
    in the middle of a syllable („Nachbarschaftsh|äuser“ before)."""
    from PySide6.QtGui import QTextLayout

    from workbench.gui.canvas_items import PAD, SOFT_HYPHEN
    from workbench.services.canvas import NOTE_WIDTH

    text = "Beratung der Donaudampfschifffahrtsgesellschaftskapitäne im Nachbarschaftshaus"
    item = note_item(text)
    shown = item._static.text()
    assert shown.replace(SOFT_HYPHEN, "") == text and SOFT_HYPHEN in shown
    layout = QTextLayout(shown, item.text_font)
    layout.setTextOption(item._static.textOption())
    layout.beginLayout()
    ends = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(NOTE_WIDTH - 2 * PAD)
        ends.append(line.textStart() + line.textLength())
    layout.endLayout()
    assert len(ends) >= 3
    for end in ends:
        assert end == len(shown) or shown[end - 1] in (" ", SOFT_HYPHEN), (shown[:end], ends)


def _luminance(colour) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def test_axis_labels_meet_4_5_to_1_on_the_projector_in_every_mode(qtbot) -> None:
    """The prioritisation matrix's axis labels as drawn: dark on the canvas, white on the
    high-contrast black (they were #1A1A1A on black, 1.21:1)."""
    from PySide6.QtGui import QColor, QPainter

    from workbench.gui.canvas_items import ViewLook, begin_frame
    from workbench.gui.canvas_view import AxisLabel

    label = AxisLabel("Nutzen →")
    font = label.font()
    font.setPixelSize(34)
    label.setFont(font)
    for look, background in (
        (ViewLook(presenting=True), QColor("#FFFFFF")),
        (ViewLook(presenting=True, high_contrast=True), QColor("#000000")),
    ):
        image = QImage(300, 60, QImage.Format.Format_RGB32)
        image.fill(background)
        begin_frame(look, 1.0)
        painter = QPainter(image)
        label.paint(painter, None)
        painter.end()
        lums = [
            _luminance(image.pixelColor(x, y)) for x in range(0, 300, 2) for y in range(0, 60, 2)
        ]
        back = _luminance(background)
        text = max(lums, key=lambda lum: abs(lum - back))
        ratio = (max(text, back) + 0.05) / (min(text, back) + 0.05)
        assert ratio >= 4.5, (look, ratio)
    begin_frame(ViewLook(), 1.0)


@pytest.mark.parametrize("scale", [0.35, 0.45, 0.6])
def test_zone_borders_meet_3_to_1_as_drawn_at_the_fitted_zoom(qtbot, scale: float) -> None:
    """1.4.11: a zone's border against its pastel and against the white canvas, measured
    on the picture at the zooms that fit a canvas into a window (a 2400-wide canvas in a
    laptop's window: 0.35–0.6), antialiasing on."""
    from types import SimpleNamespace

    from PySide6.QtGui import QColor, QPainter

    from workbench.gui.canvas_items import NORMAL, ZoneItem, begin_frame

    for fill in ("#FFF4CE", "#E3F0FF", "#E6F4EA", "#F0F0F0"):
        zone = SimpleNamespace(
            id="z",
            title="Input",
            question="",
            color=fill,
            locked=False,
            x=0.0,
            y=0.0,
            width=400.0,
            height=300.0,
        )
        item = ZoneItem(zone)
        image = QImage(300, 220, QImage.Format.Format_RGB32)
        image.fill(QColor("#FFFFFF"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(20.3, 20.3)  # not on a pixel's edge, as a view rarely is
        painter.scale(scale, scale)
        begin_frame(NORMAL, scale)
        item.paint(painter, None)
        painter.end()
        row = 20 + int(150 * scale)  # half way down, across the left border
        darkest = min((image.pixelColor(x, row) for x in range(14, 30)), key=_luminance)
        for background in (QColor(fill), QColor("#FFFFFF")):
            a, b = _luminance(darkest), _luminance(background)
            ratio = (max(a, b) + 0.05) / (min(a, b) + 0.05)
            assert ratio >= 3.0, (fill, background.name(), darkest.name(), ratio)


def test_a_group_at_the_top_of_a_zone_keeps_its_heading_off_the_zone_title(
    qtbot, window: MainWindow
) -> None:
    """Notes just below a zone's guiding question, grouped: the group's frame and heading
    went over the zone's title; now the heading goes below the notes there."""
    canvas_id = make_canvas(window)
    canvas = open_canvas(qtbot, window, canvas_id)
    zone = canvas.data.zones[0]
    zone_item = canvas.scene.zones[zone.id]
    top = zone_item.header_bottom() + 8
    a, _ = execute(window.workspace, "a", cv.add_note, canvas_id, zone.x + 30, top, "Erste")
    b, _ = execute(window.workspace, "b", cv.add_note, canvas_id, zone.x + 30, top + 150, "Zweite")
    execute(window.workspace, "g", cv.group_notes, [a.id, b.id], "Oben")
    window.ops.remote_changes_arrived()
    group = next(iter(canvas.scene.groups.values()))
    assert group.heading_below
    assert group.rect.top() >= zone_item.header_bottom()
    # lower in the zone the heading stands above its notes, as before
    moves = {a.id: (zone.x + 30, top + 400), b.id: (zone.x + 30, top + 550)}
    execute(window.workspace, "m", cv.move_notes, canvas_id, moves)
    window.ops.remote_changes_arrived()
    group = next(iter(canvas.scene.groups.values()))
    assert not group.heading_below
    assert group.rect.top() >= zone_item.header_bottom()
    canvas.close()
