"""The canvas's colours come from its look (light, dark, projector high contrast): every
text meets 4.5:1 and every border and line 3:1 against what it is drawn on, in every look
(WCAG 1.4.3, 1.4.11), and no colour is written into the drawing code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette

from workbench.gui.app import contrast
from workbench.gui.canvas_colours import DARK, HIGH_CONTRAST, LIGHT, CanvasColours
from workbench.gui.canvas_items import ZONE_DEFAULT
from workbench.services import canvas as cv
from workbench.services import canvas_templates

GUI = Path(__file__).resolve().parents[2] / "workbench" / "gui"


def _zone_colours() -> list[tuple[str, QColor]]:
    return [
        (f"{t.title}/{z.title}", QColor(z.color or ZONE_DEFAULT))
        for t in canvas_templates.load_templates().templates
        for z in t.zones
    ]


@pytest.mark.parametrize("look", [LIGHT, DARK, HIGH_CONTRAST], ids=["hell", "dunkel", "Kontrast"])
def test_every_text_and_line_of_the_canvas_is_readable_in_every_look(look: CanvasColours) -> None:
    failures = []

    def need(what: str, a: QColor, b: QColor, ratio: float) -> None:
        if contrast(a, b) < ratio:
            failures.append(f"{what}: {contrast(a, b):.2f}:1")

    for where, colour in _zone_colours():
        fill = look.zone_fill(colour)
        need(f"{where}: Titel", look.zone_title, fill, 4.5)
        need(f"{where}: Leitfrage", look.zone_question, fill, 4.5)
        need(f"{where}: Rand zur Zone", look.zone_border, fill, 3.0)
        need(f"{where}: Gruppenrahmen", look.group_frame, fill, 3.0)
        need(f"{where}: Pfeil", look.connector, fill, 3.0)
        need(f"{where}: Auswahl", look.selection, fill, 3.0)
    need("Rand zur Tafel", look.zone_border, look.board, 3.0)
    need("Achsenbeschriftung", look.axis_text, look.board, 4.5)
    need("Auswahl neben der Tafel", look.selection, look.outside, 3.0)
    for fill, label in cv.NOTE_COLORS.values():
        need(f"Notiz {label}: Text", look.note_text, QColor(fill), 4.5)
        need(f"Notiz {label}: übernommen", look.moved_text, QColor(fill), 4.5)
        need(f"Notiz {label}: Punkte", look.dot, QColor(fill), 3.0)
    need("Etikett", look.badge_text, look.badge, 4.5)
    need("Countdown, Seitenzahl", look.overlay_text, look.overlay, 4.5)
    need("Zeit abgelaufen: Rahmen", look.alarm, look.overlay, 3.0)
    need("Kasten auf der Tafel", look.overlay_text, look.board, 3.0)
    assert failures == []


def test_no_colour_is_written_into_the_canvas_drawing_code() -> None:
    literal = re.compile(r'QColor\(\s*("#|\d)')
    found = [
        f"{name}:{n}"
        for name in (
            "canvas_items.py",
            "canvas_view.py",
            "facilitation.py",
            "canvas_dialogs.py",
            "canvas_pdf.py",
        )
        for n, line in enumerate((GUI / name).read_text("utf-8").splitlines(), start=1)
        if literal.search(line) or re.search(r'"#[0-9A-Fa-f]{6}', line)
    ]
    assert found == [f"canvas_items.py:{_default_line()}"]  # the zone colour of last resort


def _default_line() -> int:
    lines = (GUI / "canvas_items.py").read_text("utf-8").splitlines()
    return next(n for n, line in enumerate(lines, start=1) if line.startswith("ZONE_DEFAULT"))


def test_a_dark_system_theme_gives_a_dark_board(qtbot, qapp, window) -> None:
    """The canvas follows the theme when it changes: the board is drawn dark, the zones
    in a tint of their colour, and back light when the theme is light again."""
    from tests.gui.canvas_helpers import make_canvas, open_canvas

    canvas = open_canvas(qtbot, window, make_canvas(window, "retrospektive"))
    view = canvas.view
    zone = next(z for z in canvas.data.zones if z.title == "Was lief gut?")
    before = qapp.palette()
    try:
        dark = QPalette(before)
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            dark.setColor(role, QColor("#202020"))
        qapp.setPalette(dark)
        qtbot.waitUntil(lambda: view.look.dark)
        view.fit_all()
        qtbot.wait(20)
        inside = view.mapFromScene(zone.x + zone.width - 30, zone.y + zone.height - 30)
        outside = view.mapFromScene(-5, -5)
        picture = view.viewport().grab().toImage()
        assert picture.pixelColor(inside).name() == DARK.zone_fill(QColor(zone.color)).name()
        assert picture.pixelColor(outside).name() == DARK.outside.name()
        qapp.setPalette(before)
        qtbot.waitUntil(lambda: not view.look.dark)
        picture = view.viewport().grab().toImage()
        assert picture.pixelColor(inside).name() == QColor(zone.color).name()
    finally:
        qapp.setPalette(before)
        canvas.close()
