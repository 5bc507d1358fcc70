"""What a canvas shows: zones, sticky notes, connectors and group frames as scene items.

Items paint themselves for the view that shows them: a presentation view asks for
large type or high contrast (see :class:`ViewLook`); exports paint without selection.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QStaticText,
    QTextOption,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from workbench.gui.canvas_colours import DARK, HIGH_CONTRAST, LIGHT, CanvasColours
from workbench.i18n import tr
from workbench.services.canvas import NOTE_COLORS, NOTE_MIN_HEIGHT, NOTE_WIDTH
from workbench.services.canvas_reading import NoteData

if TYPE_CHECKING:
    from workbench.model import CanvasZone

PAD = 12.0
NOTE_FONT_PX = 24
#: The smallest note text: readable from the back of a room on the projector. A word that
#: does not fit at this size is broken; a long note grows instead of shrinking.
NOTE_MIN_FONT_PX = 21
#: A zone without a colour of its own (data: the templates name colours as text).
ZONE_DEFAULT = "#F0F0F0"
# kept for the tests: the light look's (canvas_colours.LIGHT)
TEXT_DARK = LIGHT.note_text
SELECTION = LIGHT.selection
ZONE_BORDER = LIGHT.zone_border
#: Below this scale, notes are drawn as coloured cards with text lines hinted, not text:
#: at that size text is unreadable anyway, and 2,000 notes stay fast.
DETAIL_SCALE = 0.30


@dataclass
class ViewLook:
    """How a view wants items drawn (the canvas window: normal; the projector: large)."""

    high_contrast: bool = False
    large_type: bool = False
    exporting: bool = False
    presenting: bool = False  # on the projector: no selection frames, nothing of the editor
    dark: bool = False  # the system's theme is dark (exports stay paper-light)

    @property
    def colours(self) -> CanvasColours:
        if self.high_contrast:
            return HIGH_CONTRAST
        return DARK if self.dark and not self.exporting else LIGHT


NORMAL = ViewLook()
EXPORT = ViewLook(exporting=True)


class Frame:
    """What the frame being painted needs, set once per frame by the view (or the export)
    instead of asked by each of thousands of items."""

    look: ViewLook = NORMAL
    scale: float = 1.0


FRAME = Frame()


def begin_frame(look: ViewLook, scale: float) -> None:
    FRAME.look = look
    FRAME.scale = scale


def note_font() -> QFont:
    font = QFont()
    font.setPixelSize(NOTE_FONT_PX)
    return font


def fitting_font(text: str) -> QFont:
    """The note font, made a little smaller (not below NOTE_MIN_FONT_PX) so that the longest
    word fits on a line: German compounds such as „Nachbarschaftshäuser“ are broken in the
    middle only where even the smallest size would not hold them."""
    font = note_font()
    words = text.split()
    if not words:
        return font
    width = NOTE_WIDTH - 2 * PAD
    longest = max(_advance(w) for w in words)
    if longest > width:
        font.setPixelSize(max(NOTE_MIN_FONT_PX, int(NOTE_FONT_PX * width / longest)))
    return font


#: A soft hyphen: Qt breaks a word there, and only there shows the hyphen.
SOFT_HYPHEN = "\u00ad"


@cache
def _hyphenator() -> Any:
    import pyphen

    from workbench.i18n import language

    return pyphen.Pyphen(lang="en_GB" if language() == "en" else "de_DE")


def hyphenated(text: str, font: QFont) -> str:
    """*text* with soft hyphens in the words too long for a note's line at *font*: they
    break at a syllable with a hyphen („Nachbar-schaftshäuser“), not anywhere without one."""
    width = NOTE_WIDTH - 2 * PAD
    scale = font.pixelSize() / NOTE_FONT_PX
    if not any(_advance(word) * scale > width for word in text.split()):
        return text
    return " ".join(_hyphenate_line(line, width, scale) for line in text.split(" "))


def _hyphenate_line(word: str, width: float, scale: float) -> str:
    parts = word.split("\n")  # a line break stays where the author put it
    return "\n".join(
        _hyphenator().inserted(part, hyphen=SOFT_HYPHEN) if _advance(part) * scale > width else part
        for part in parts
    )


_ADVANCES: dict[str, float] = {}
_METRICS: list[QFontMetricsF] = []


def _advance(word: str) -> float:
    """Width of a word in the note font; words repeat a lot on a wall, so they are kept."""
    width = _ADVANCES.get(word)
    if width is None:
        if not _METRICS:
            _METRICS.append(QFontMetricsF(note_font()))
        if len(_ADVANCES) > 50_000:
            _ADVANCES.clear()
        width = _ADVANCES[word] = _METRICS[0].horizontalAdvance(word)
    return width


def _small_font(px: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(px)
    font.setBold(bold)
    return font


class ZoneItem(QGraphicsItem):
    """A zone of the template: coloured area, title, guiding question, lock marker."""

    def __init__(self, zone: CanvasZone) -> None:
        super().__init__()
        self.zone_id = zone.id
        self.setZValue(-10)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # a drag here draws a rubber band
        self.update_from(zone)

    def update_from(self, zone: CanvasZone) -> None:
        self.prepareGeometryChange()
        self.title = zone.title
        self.question = zone.question
        self.color = QColor(zone.color or ZONE_DEFAULT)
        self.locked = zone.locked
        self.rect = QRectF(0, 0, zone.width, zone.height)
        self.setPos(zone.x, zone.y)
        self.setToolTip(
            f"{zone.title}: {zone.question}" + (tr(" (gesperrt)") if zone.locked else "")
        )
        self.update()

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        look = FRAME.look
        colours = look.colours
        if look.high_contrast:
            painter.setPen(QPen(colours.zone_border, 3))
        else:  # a border of at least 3:1 against the board and the zone's fill (it was 1.1–1.9:1)
            # 2 pixels as drawn at any zoom: 2 scene units at the fitted zoom (0.6) were
            # antialiased to a grey of 2.4–3.0:1
            pen = QPen(colours.zone_border, 2)
            pen.setCosmetic(True)
            painter.setPen(pen)
        painter.setBrush(colours.zone_fill(self.color))
        painter.drawRoundedRect(self.rect.adjusted(1, 1, -1, -1), 8, 8)
        if self.locked:
            hatch = QBrush(colours.zone_hatch, Qt.BrushStyle.BDiagPattern)
            painter.fillRect(self.rect.adjusted(3, 3, -3, -3), hatch)
        scale = 1.35 if look.large_type else 1.0
        title, title_font, title_rect, q_font, q_rect = self._header(scale)
        painter.setPen(colours.zone_title)
        painter.setFont(title_font)
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            QFontMetricsF(title_font).elidedText(
                title, Qt.TextElideMode.ElideRight, title_rect.width()
            ),
        )
        if self.question:
            painter.setFont(q_font)
            painter.setPen(colours.zone_question)
            painter.drawText(q_rect, _QUESTION_FLAGS, self.question)

    def _header(self, scale: float) -> tuple[str, QFont, QRectF, QFont, QRectF]:
        """Title and guiding question: their text, fonts and places (item coordinates)."""
        width = self.rect.width() - 32
        title = self.title + ("  🔒 " + tr("gesperrt") if self.locked else "")
        title_font = _small_font(int(30 * scale), bold=True)
        advance = QFontMetricsF(title_font).horizontalAdvance(title)
        if advance > width:  # shrink a long title (down to 45 %) before eliding it
            title_font.setPixelSize(
                max(int(30 * scale * 0.45), int(30 * scale * width * 0.95 / advance))
            )
        metrics = QFontMetricsF(title_font)
        title_rect = QRectF(16, 10, width, metrics.height() * 1.15)
        q_font = _small_font(int(19 * scale))
        q_rect = QRectF(16, title_rect.bottom(), width, 0)
        if self.question:
            needed = (
                QFontMetricsF(q_font)
                .boundingRect(QRectF(0, 0, width, 10_000), _QUESTION_FLAGS, self.question)
                .height()
            )
            q_rect = QRectF(
                16,
                title_rect.bottom() + 2,
                width,
                min(needed + 2, self.rect.height() - title_rect.bottom() - 12),
            )
        return title, title_font, title_rect, q_font, q_rect

    def header_bottom(self) -> float:
        """Where the zone's title and question end, in scene coordinates (the larger type
        of the presentation included)."""
        return self.y() + max(self._header(1.0)[4].bottom(), self._header(1.35)[4].bottom())


_QUESTION_FLAGS = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop


_NOTE_FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
)
_MOVABLE = QGraphicsItem.GraphicsItemFlag.ItemIsMovable
_NO_PEN = QPen(Qt.PenStyle.NoPen)
_TEXT_OPTION = QTextOption()
_TEXT_OPTION.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)


class NoteItem(QGraphicsRectItem):
    """A sticky note: wraps its text and grows; shows its label, dots and transfer.

    Kept lean because a wall may hold thousands: bounds and shape come from the C++
    rectangle item (Qt asks for them several times per item and frame), no itemChange
    override (the view moves connectors and group frames along), and the tooltip is
    made when asked for.
    """

    def __init__(self, note: NoteData) -> None:
        super().__init__()
        self.setPen(_NO_PEN)
        self.note_id = note.id
        self.setFlags(_NOTE_FLAGS)
        self.connectors: list[ConnectorItem] = []
        self.locked = False
        self._static = QStaticText()
        self._static.setTextFormat(Qt.TextFormat.PlainText)
        self._static.setTextOption(_TEXT_OPTION)
        self._static.setTextWidth(NOTE_WIDTH - 2 * PAD)
        # the note shown (Qt's data(key) store of an item is not used anywhere here)
        self.data: NoteData | None = None  # type: ignore[assignment]
        self.update_from(note)

    def update_from(self, note: NoteData) -> None:
        if note == self.data:
            return
        old = self.data
        self.data = note
        if (
            old is None
            or note.text != old.text
            or bool(note.label or note.author) != bool(old.label or old.author)
        ):
            self.text_font = fitting_font(note.text)
            self._static.setText(hyphenated(note.text, self.text_font))
            self._static.prepare(font=self.text_font)
            text_height = self._static.size().height() if note.text else 0.0
            self._height = max(NOTE_MIN_HEIGHT, text_height + 2 * PAD + self._top() + 30)
            self._rect = QRectF(0, 0, NOTE_WIDTH, self._height)
            self.setRect(QRectF(-4, -4, NOTE_WIDTH + 10, self._height + 10))  # shadow, outline
        if old is None or (old.x, old.y) != (note.x, note.y):
            self.setPos(note.x, note.y)
        if old is None or old.color != note.color:
            self.fill = QColor(NOTE_COLORS.get(note.color, NOTE_COLORS["yellow"])[0])
        if old is not None:
            self.update()

    def tooltip_text(self) -> str:
        """What the tooltip (and a screen reader's description) says about the note."""
        note = self.data
        assert note is not None
        parts = [note.text or tr("(leer)")]
        if note.label:
            parts.insert(0, f"[{note.label}]")
        if note.author:
            parts.append(tr("von {author}").format(author=note.author))
        if note.votes:
            parts.append(
                tr("1 Punkt") if note.votes == 1 else tr("{n} Punkte").format(n=note.votes)
            )
        if note.transferred:
            parts.append(tr("übernommen {transferred}").format(transferred=note.transferred))
        if self.locked:
            parts.append(tr("in einer gesperrten Zone"))
        return "\n".join(parts)

    def _top(self) -> float:
        return 30.0 if self.data is not None and (self.data.label or self.data.author) else 0.0

    def set_locked(self, locked: bool) -> None:
        if locked != self.locked:
            self.locked = locked
            self.setFlag(_MOVABLE, not locked)

    @property
    def height(self) -> float:
        return self._height

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if FRAME.scale < DETAIL_SCALE:
            return  # far away the scene draws all cards at once (CanvasScene.draw_cards)
        rect = self._rect
        assert self.data is not None
        look = FRAME.look
        colours = look.colours
        selected = self.isSelected() and not (look.exporting or look.presenting)
        painter.fillRect(rect.translated(4, 4), colours.note_shadow)  # a soft shadow
        border = colours.note_border or self.fill.darker(150)
        painter.setPen(QPen(border, 3 if look.high_contrast else 1.5))
        painter.setBrush(self.fill)
        painter.drawRect(rect)
        painter.setPen(colours.note_text)
        top = self._top()
        self._paint_badges(painter, colours)
        painter.setPen(colours.note_text)
        painter.setFont(self.text_font)
        painter.drawStaticText(QPointF(PAD, PAD + top), self._static)
        self._paint_footer(painter, colours)
        if selected:
            pen = QPen(colours.selection, 4)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(-2, -2, 2, 2))

    def _paint_badges(self, painter: QPainter, colours: CanvasColours) -> None:
        """The note's label as a badge at the top left, its author at the right."""
        assert self.data is not None
        if self.data.label:
            painter.setFont(_small_font(16, bold=True))
            label_w = QFontMetricsF(painter.font()).horizontalAdvance(self.data.label) + 14
            badge = QRectF(PAD - 4, 8, label_w, 24)
            painter.setBrush(colours.badge)
            painter.setPen(QPen(colours.badge_text, 1.5))
            painter.drawRect(badge)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, self.data.label)
        if self.data.author:
            painter.setFont(_small_font(14))
            painter.setPen(colours.badge_text)
            left = PAD + (label_w + 6 if self.data.label else 0)
            author_rect = QRectF(left, 10, NOTE_WIDTH - left - PAD, 20)
            painter.drawText(
                author_rect,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                QFontMetricsF(painter.font()).elidedText(
                    self.data.author, Qt.TextElideMode.ElideLeft, author_rect.width()
                ),
            )

    def _paint_footer(self, painter: QPainter, colours: CanvasColours) -> None:
        """Its dots (at most six drawn, the number beside them) and „✓ übernommen“."""
        assert self.data is not None
        footer = QRectF(PAD, self._height - 28, NOTE_WIDTH - 2 * PAD, 22)
        if self.data.votes:
            painter.setFont(_small_font(17, bold=True))
            dots = min(self.data.votes, 6)
            painter.setBrush(colours.dot)
            painter.setPen(Qt.PenStyle.NoPen)
            for i in range(dots):
                painter.drawEllipse(QRectF(footer.left() + i * 15, footer.top() + 5, 12, 12))
            painter.setPen(colours.dot_text)
            painter.drawText(
                footer.adjusted(dots * 15 + 4, 0, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{self.data.votes}",
            )
        if self.data.transferred:
            painter.setFont(_small_font(14, bold=True))
            painter.setPen(colours.moved_text)
            painter.drawText(
                footer,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                tr("✓ übernommen"),
            )


class ConnectorItem(QGraphicsItem):
    """An arrow from one note to another, following both as they move."""

    def __init__(self, connector_id: str, source: NoteItem, target: NoteItem, label: str) -> None:
        super().__init__()
        self.connector_id = connector_id
        self.source, self.target, self.label = source, target, label
        self.setZValue(-1)  # under the notes: an arrow never hides a note's text
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        source.connectors.append(self)
        target.connectors.append(self)
        self.line = QLineF()
        self.setToolTip(tr("Verbindung{value}").format(value=": " + label if label else ""))
        self.adjust()

    def detach(self) -> None:
        for note in (self.source, self.target):
            if self in note.connectors:
                note.connectors.remove(self)

    @staticmethod
    def _edge_point(rect: QRectF, towards: QPointF) -> QPointF:
        centre = rect.center()
        dx, dy = towards.x() - centre.x(), towards.y() - centre.y()
        if dx == 0 and dy == 0:
            return centre
        sx = (rect.width() / 2) / abs(dx) if dx else math.inf
        sy = (rect.height() / 2) / abs(dy) if dy else math.inf
        s = min(sx, sy)
        return QPointF(centre.x() + dx * s, centre.y() + dy * s)

    def adjust(self) -> None:
        self.prepareGeometryChange()
        a = QRectF(self.source.pos(), QSizeF(NOTE_WIDTH, self.source.height))
        b = QRectF(self.target.pos(), QSizeF(NOTE_WIDTH, self.target.height))
        self.line = QLineF(self._edge_point(a, b.center()), self._edge_point(b, a.center()))

    def boundingRect(self) -> QRectF:
        return QRectF(self.line.p1(), self.line.p2()).normalized().adjusted(-20, -20, 20, 20)

    def shape(self) -> QPainterPath:
        path = QPainterPath(self.line.p1())
        path.lineTo(self.line.p2())
        stroker = QPainterPathStroker()
        stroker.setWidth(16)
        return stroker.createStroke(path)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        look = FRAME.look
        selected = self.isSelected() and not (look.exporting or look.presenting)
        colour = look.colours.selection if selected else look.colours.connector
        pen = QPen(colour, 6 if selected else 3.5)
        if selected:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(self.line)
        if self.line.length() < 1:
            return
        angle = math.atan2(-self.line.dy(), self.line.dx())
        tip = self.line.p2()
        size = 18.0
        left = tip + QPointF(
            math.sin(angle - math.pi / 3) * size, math.cos(angle - math.pi / 3) * size
        )
        right = tip + QPointF(
            math.sin(angle - math.pi + math.pi / 3) * size,
            math.cos(angle - math.pi + math.pi / 3) * size,
        )
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPolygon(QPolygonF([tip, left, right]))
        if self.label:
            painter.setPen(colour)
            painter.setFont(_small_font(16, bold=True))
            painter.drawText(
                QRectF(self.line.center() - QPointF(100, 24), QSizeF(200, 20)),
                Qt.AlignmentFlag.AlignCenter,
                self.label,
            )


class GroupItem(QGraphicsItem):
    """A frame around the notes of a group with the group's heading above them."""

    def __init__(self, group_id: str, heading: str) -> None:
        super().__init__()
        self.group_id = group_id
        self.heading = heading
        self.rect = QRectF()
        self.heading_below = False
        self.setZValue(-5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def fit(self, notes: list[NoteItem], header_bottom: float | None = None) -> None:
        """Frame *notes* with the heading above them – or below them, when above it would
        lie over the zone's title and question (which end at *header_bottom*)."""
        self.prepareGeometryChange()
        rect = QRectF()
        for note in notes:
            rect = rect.united(QRectF(note.pos(), QSizeF(NOTE_WIDTH, note.height)))
        self.heading_below = header_bottom is not None and rect.top() - 46 < header_bottom
        if not notes:
            self.rect = QRectF()
        elif self.heading_below:
            assert header_bottom is not None
            room = max(4.0, min(14.0, rect.top() - header_bottom))  # the frame stays below it
            self.rect = rect.adjusted(-14, -room, 14, 46)
        else:
            self.rect = rect.adjusted(-14, -46, 14, 14)
        self.update()

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-3, -3, 3, 3)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self.rect.isNull():
            return
        colours = FRAME.look.colours
        colour = colours.group_frame
        pen = QPen(colour, 2.5)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(colours.group_fill)
        painter.drawRoundedRect(self.rect, 10, 10)
        painter.setFont(_small_font(20, bold=True))
        painter.setPen(colour)
        top = self.rect.bottom() - 36 if self.heading_below else self.rect.top() + 6
        painter.drawText(
            QRectF(self.rect.left() + 12, top, self.rect.width() - 24, 30),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.heading,
        )
