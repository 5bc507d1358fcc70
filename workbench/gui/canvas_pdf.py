"""The canvas as a tagged PDF: the picture on a landscape page, then every zone with its
question and its notes (text, dots, group) as text on portrait pages, in reading order.

Qt draws each part on a page of its own (a parts PDF); exports.tagged_pdf places the
parts on the real pages and tags them (heading, figure with its description, sections,
lists). Screen readers read the notes; the picture has a sentence that says what it is."""

from __future__ import annotations

import math
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextLayout,
    QTextOption,
)

from workbench.exports.tagged_pdf import Block, Layout, Piece, compose
from workbench.formats import format_date, plural
from workbench.gui.canvas_colours import LIGHT
from workbench.gui.canvas_view import CanvasScene
from workbench.i18n import language, tr
from workbench.services.listings import CanvasBoard

#: Drawing resolution of the parts (device units per inch); positions are kept in points.
DPI = 300
POINT = DPI / 72  # device units per point
MM = 72 / 25.4  # points per millimetre
INDENT = 5 * MM  # a list item's text beside its bullet
INK = LIGHT.note_text  # paper


@dataclass
class _Part:
    """One part to draw: its size in points and how to draw it (device units)."""

    width: float
    height: float
    draw: Callable[[QPainter], None]


class _Parts:
    """The parts drawn so far and the blocks that place them."""

    def __init__(self) -> None:
        self.parts: list[_Part] = []
        self.blocks: list[Block] = []

    def add(self, part: _Part) -> int:
        self.parts.append(part)
        return len(self.parts) - 1


def _font(points: float, bold: bool = False, italic: bool = False) -> QFont:
    """A font of *points* size in the parts' device units (a pixel size: laid out the same
    without the PDF device as drawn on it)."""
    font = QFont()
    font.setPixelSize(round(points * POINT))
    font.setBold(bold)
    font.setItalic(italic)
    return font


def _text_part(text: str, font: QFont, width: float, align_right: bool = False) -> _Part:
    """A line or paragraph of *text* in *width* points, laid out as Qt lays it out."""
    layout = _laid_out(text, font, width, align_right)
    height = max(1.0, math.ceil(layout.boundingRect().height() / POINT))

    def draw(painter: QPainter) -> None:
        painter.setPen(INK)
        layout.draw(painter, QPointF(0, 0))

    return _Part(width, height, draw)


def _laid_out(text: str, font: QFont, width: float, align_right: bool = False) -> QTextLayout:
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    if align_right:
        option.setAlignment(Qt.AlignmentFlag.AlignRight)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width * POINT)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout


def note_line(text: str, dots: int, group: str) -> str:
    """A note as the text pages say it: its text, its dots in words, its group."""
    extras = []
    if dots:
        extras.append(plural(dots, tr("Punkt"), tr("Punkte")))
    if group:
        extras.append(tr("Gruppe „{group}“").format(group=group))
    return text + (f" ({'; '.join(extras)})" if extras else "")


def figure_text(board: CanvasBoard) -> str:
    """The picture's description: what it shows and where its text is."""
    notes = sum(len(z.notes) for z in board.zones)
    if not board.zones:
        return tr("Bild der leeren Leinwand „{title}“ ({workshop}).").format(
            title=board.title, workshop=board.workshop
        )
    return tr(
        "Bild der Leinwand „{title}“ ({workshop}): {notes} in {zones}. Alle Notizen stehen "
        "ab Seite 2 als Text, Bereich für Bereich."
    ).format(
        title=board.title,
        workshop=board.workshop,
        notes=plural(notes, tr("Notiz"), tr("Notizen")),
        zones=plural(len(board.zones), tr("Bereich"), tr("Bereichen")),
    )


def _first_page(
    parts: _Parts, scene: CanvasScene, board: CanvasBoard, size: QSizeF, title: str, paper: str
) -> None:
    """Page 1, landscape: the title (H1), the line under it (P) and the picture (Figure)."""
    margin = 10 * MM
    width, height = size.width(), size.height()
    body = width - 2 * margin
    head = parts.add(_text_part(title, _font(17, bold=True), body * 0.62))
    top = height - margin
    parts.blocks.append(Block("H1", 0, [Piece(head, 0, margin, top - parts.parts[head].height)]))
    subtitle = tr("Werkbank · {value} · {paper} quer").format(
        value=format_date(date.today()), paper=paper
    )
    sub = parts.add(_text_part(subtitle, _font(10), body * 0.36, align_right=True))
    parts.blocks.append(
        Block("P", 0, [Piece(sub, 0, width - margin - body * 0.36, top - parts.parts[sub].height)])
    )
    picture_top = top - max(parts.parts[head].height, parts.parts[sub].height) - 3 * MM
    picture_height = picture_top - margin

    def draw(painter: QPainter) -> None:
        from workbench.gui.facilitation import render_whole

        render_whole(scene, painter, QRectF(0, 0, body * POINT, picture_height * POINT))

    picture = parts.add(_Part(body, math.floor(picture_height), draw))
    parts.blocks.append(
        Block(
            "Figure",
            0,
            [Piece(picture, 0, margin, picture_top - parts.parts[picture].height)],
            alt=figure_text(board),
        )
    )


class _Flow:
    """Paragraphs flowing down portrait pages from page 2 (index 1): each goes where the
    last ended; one longer than what is left goes on over the break, line by line."""

    def __init__(self, parts: _Parts, size: QSizeF) -> None:
        self.parts = parts
        width, self.height = size.height(), size.width()  # portrait
        self.margin = 20 * MM
        self.column = width - 2 * self.margin
        self.page, self.y = 1, self.height - self.margin
        self.pages = 0  # text pages used
        self.bullet = _text_part("•", _font(11), INDENT)

    def fresh(self) -> bool:
        return self.y >= self.height - self.margin

    def next_page(self) -> None:
        self.page, self.y = self.page + 1, self.height - self.margin

    def place(self, role: str, section: int, text: str, font: QFont, before: float) -> None:
        indent = INDENT if role == "LI" else 0.0
        layout = _laid_out(text, font, self.column - indent)
        lines = [layout.lineAt(i) for i in range(layout.lineCount())]
        block = Block(role, section)
        self.y -= before
        start = 0
        while start < len(lines):
            end = self._fitting(lines, start)
            if end == start:  # not one line fits here: the next page
                if not self.fresh():
                    self.next_page()
                    continue
                end = start + 1  # a line higher than a page: drawn anyway
            self._piece(block, layout, lines, start, end, indent)
            start = end
            if start < len(lines):
                self.next_page()
        self.parts.blocks.append(block)

    def _fitting(self, lines: list[Any], start: int) -> int:
        """Where the lines that fit on what is left of the page end."""
        top, end = lines[start].y(), start
        while end < len(lines) and (lines[end].y() + lines[end].height() - top) / POINT <= (
            self.y - self.margin
        ):
            end += 1
        return end

    def _piece(
        self,
        block: Block,
        layout: QTextLayout,
        lines: list[Any],
        first: int,
        last: int,
        indent: float,
    ) -> None:
        """Lines *first* to *last* as one part, placed here (a list item's bullet beside
        its first line)."""
        top = lines[first].y()
        height = math.ceil((lines[last - 1].y() + lines[last - 1].height() - top) / POINT)

        def draw(painter: QPainter) -> None:
            painter.setPen(INK)
            for i in range(first, last):
                layout.lineAt(i).draw(painter, QPointF(0, -top))

        part = self.parts.add(_Part(self.column - indent, max(1, height), draw))
        if block.role == "LI" and not block.pieces:
            mark = self.parts.add(self.bullet)
            block.label = Piece(mark, self.page, self.margin, self.y - self.bullet.height)
        self.y -= height
        block.pieces.append(Piece(part, self.page, self.margin + indent, self.y))
        self.pages = max(self.pages, self.page)


def _text_pages(parts: _Parts, board: CanvasBoard, size: QSizeF) -> int:
    """Every zone's title (H2), question (P) and notes (list) on portrait pages from page 2;
    how many pages they take."""
    flow = _Flow(parts, size)
    for n, zone in enumerate(board.zones, start=1):
        if flow.y - flow.margin < 40 * MM and not flow.fresh():  # no heading alone at a foot
            flow.next_page()
        flow.place("H2", n, zone.title, _font(14, bold=True), 0 if flow.fresh() else 8 * MM)
        if zone.question:
            flow.place("P", n, zone.question, _font(11, italic=True), 2 * MM)
        if not zone.notes:
            flow.place("P", n, tr("Keine Notizen."), _font(11), 2 * MM)
        for note in zone.notes:
            flow.place("LI", n, note_line(note.text, note.dots, note.group), _font(11), 2.5 * MM)
    return flow.pages


def _footers(parts: _Parts, title: str, landscape: QSizeF, pages: int) -> None:
    """„Titel · Seite n von m“ at each page's foot: pagination, not content (an artifact)."""
    for page in range(pages):
        width = landscape.width() if page == 0 else landscape.height()
        margin = 10 * MM if page == 0 else 20 * MM
        text = tr("{title} · Seite {page} von {pages}").format(
            title=title, page=page + 1, pages=pages
        )
        part = parts.add(_text_part(text, _font(8), width - 2 * margin, align_right=True))
        foot = (6 if page == 0 else 10) * MM
        parts.blocks.append(Block("Artifact", 0, [Piece(part, page, margin, foot)]))


def export_tagged_pdf(
    scene: CanvasScene, board: CanvasBoard, path: Path, paper: str, title: str
) -> None:
    """The canvas as a tagged PDF at *path* on *paper* (A4, A3; see the module's description)."""
    from workbench.gui.facilitation import PAGE_SIZES

    size = QPageSize(PAGE_SIZES[paper]).size(QPageSize.Unit.Point)
    landscape = QSizeF(max(size.width(), size.height()), min(size.width(), size.height()))
    parts = _Parts()
    _first_page(parts, scene, board, landscape, title, paper)
    text_pages = _text_pages(parts, board, landscape)
    _footers(parts, title, landscape, 1 + text_pages)
    with tempfile.TemporaryDirectory(prefix="werkbank-pdf-") as folder:
        drawn = Path(folder) / "teile.pdf"
        _draw_parts(parts.parts, drawn, title)
        pages = [(landscape.width(), landscape.height())] + [
            (landscape.height(), landscape.width())
        ] * text_pages
        compose(
            drawn,
            Layout(title, "de-DE" if language() == "de" else "en-GB", pages, parts.blocks),
            path,
        )


def _draw_parts(parts: list[_Part], path: Path, title: str) -> None:
    """Each part on a page of exactly its size."""
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setTitle(title)
    writer.setCreator(tr("Werkbank"))

    def page_of(part: _Part) -> QPageLayout:
        return QPageLayout(
            QPageSize(
                QSizeF(part.width, part.height),
                QPageSize.Unit.Point,
                "",
                QPageSize.SizeMatchPolicy.ExactMatch,
            ),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )

    writer.setPageLayout(page_of(parts[0]))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(tr("Die PDF-Datei „{path}“ ließ sich nicht anlegen.").format(path=path))
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    try:
        for n, part in enumerate(parts):
            if n:
                writer.setPageLayout(page_of(part))
                writer.newPage()
            painter.save()
            part.draw(painter)
            painter.restore()
    finally:
        painter.end()
