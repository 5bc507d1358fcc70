"""Every colour the canvas draws with, for each look: light (paper: a light theme, every
export and print), dark (a dark system theme) and the projector's high contrast (F5, K).

The canvas's items and views take their colours from here through ``FRAME.look.colours``;
no colour is written into the drawing code (tests/gui/test_canvas_colours.py measures
each text and border against what it is drawn on, in every look). The notes keep their
own colours in every look but high contrast: they are coloured paper with dark ink."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication


@dataclass(frozen=True)
class CanvasColours:
    outside: QColor  # the view around the board
    board: QColor  # the board itself
    zone_border: QColor
    zone_title: QColor
    zone_question: QColor
    zone_hatch: QColor  # a locked zone's hatching
    note_text: QColor  # on a note
    note_border: QColor | None  # None: a darker shade of the note's own colour
    note_shadow: QColor
    badge: QColor  # the small label box on a note
    badge_text: QColor
    dot: QColor  # a note's dots
    dot_text: QColor  # the dots' count beside them (on the note)
    moved_text: QColor  # „→ Maßnahme“ on a note that became a risk or a goal
    selection: QColor
    connector: QColor
    group_frame: QColor
    group_fill: QColor
    axis_text: QColor  # the labels of a matrix's axes (on the board)
    overlay: QColor  # the countdown's and the page number's box over the canvas
    overlay_text: QColor
    alarm: QColor  # the countdown's frame when the time is up
    #: zones: their own colour (light), a tint of it on the dark board, or black
    zone_tint: float  # 1.0: the zone's colour as it is; less: mixed into the board

    def zone_fill(self, colour: QColor) -> QColor:
        if self.zone_tint >= 1.0:
            return colour
        t = self.zone_tint
        return QColor(
            round(colour.red() * t + self.board.red() * (1 - t)),
            round(colour.green() * t + self.board.green() * (1 - t)),
            round(colour.blue() * t + self.board.blue() * (1 - t)),
        )


LIGHT = CanvasColours(
    outside=QColor("#E9E9E9"),
    board=QColor("#FFFFFF"),
    zone_border=QColor("#6B6B6B"),
    zone_title=QColor("#1A1A1A"),
    zone_question=QColor("#3D3D3D"),
    zone_hatch=QColor(0, 0, 0, 28),
    note_text=QColor("#1A1A1A"),
    note_border=None,
    note_shadow=QColor(0, 0, 0, 45),
    badge=QColor("#FFFFFF"),
    badge_text=QColor("#333333"),
    dot=QColor("#C0392B"),
    dot_text=QColor("#1A1A1A"),
    moved_text=QColor("#114B1F"),
    selection=QColor("#0B4F9C"),
    connector=QColor("#2B2B2B"),
    group_frame=QColor("#4A4A4A"),
    group_fill=QColor(255, 255, 255, 70),
    axis_text=QColor("#1A1A1A"),
    overlay=QColor("#FFFFFF"),
    overlay_text=QColor("#1A1A1A"),
    alarm=QColor("#C0392B"),
    zone_tint=1.0,
)

DARK = CanvasColours(
    outside=QColor("#121212"),
    board=QColor("#1E1E1E"),
    zone_border=QColor("#A8A8A8"),
    zone_title=QColor("#F2F2F2"),
    zone_question=QColor("#D4D4D4"),
    zone_hatch=QColor(255, 255, 255, 30),
    note_text=QColor("#1A1A1A"),
    note_border=None,
    note_shadow=QColor(0, 0, 0, 110),
    badge=QColor("#FFFFFF"),
    badge_text=QColor("#333333"),
    dot=QColor("#C0392B"),
    dot_text=QColor("#1A1A1A"),
    moved_text=QColor("#114B1F"),
    selection=QColor("#7DB8FF"),
    connector=QColor("#D4D4D4"),
    group_frame=QColor("#BDBDBD"),
    group_fill=QColor(255, 255, 255, 18),
    axis_text=QColor("#F2F2F2"),
    overlay=QColor("#2B2B2B"),
    overlay_text=QColor("#F2F2F2"),
    alarm=QColor("#FF7B6B"),
    zone_tint=0.22,
)

HIGH_CONTRAST = CanvasColours(
    outside=QColor("#000000"),
    board=QColor("#000000"),
    zone_border=QColor("#FFFFFF"),
    zone_title=QColor("#FFE14D"),
    zone_question=QColor("#FFFFFF"),
    zone_hatch=QColor(255, 255, 255, 90),
    note_text=QColor("#1A1A1A"),  # the notes stay coloured paper with dark ink
    note_border=QColor("#FFFFFF"),
    note_shadow=QColor(0, 0, 0, 45),
    badge=QColor("#FFFFFF"),
    badge_text=QColor("#333333"),
    dot=QColor("#C0392B"),
    dot_text=QColor("#1A1A1A"),
    moved_text=QColor("#114B1F"),
    selection=QColor("#FFE14D"),
    connector=QColor("#FFFFFF"),
    group_frame=QColor("#FFFFFF"),
    group_fill=QColor(255, 255, 255, 0),
    axis_text=QColor("#FFFFFF"),
    overlay=QColor("#000000"),
    overlay_text=QColor("#FFFFFF"),
    alarm=QColor("#FFE14D"),
    zone_tint=0.0,
)


def theme_is_dark() -> bool:
    """Whether the system's (the application's) theme is dark: its window colour."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    return app.palette().window().color().lightness() < 128
