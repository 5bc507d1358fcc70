"""Printing from the window, with a preview: the measure table as shown (its filter, its
visible columns in their order) and one measure's Steckbrief."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QTableView, QWidget

from workbench.formats import format_date
from workbench.i18n import tr
from workbench.services.measure_sheet import MeasureSheet

_STYLE = (
    "<style>body{color:#1a1a1a}"
    "h1{font-size:16pt;color:#0b3c6e}h2{font-size:12pt;color:#0b3c6e;margin-top:12pt}"
    "th{background:#0b3c6e;color:#ffffff;text-align:left;padding:3px}"
    "td{padding:3px;border-bottom:1px solid #c8c8c8;vertical-align:top}"
    "td.key{font-weight:bold;background:#eef2f7}</style>"
)


def as_of() -> str:
    return tr("Stand {date}").format(date=format_date(date.today()))


@dataclass
class TablePrintout:
    """A table laid out for paper by its own rules, not by HTML's: a word, a date or a
    code is never split across lines (a cell breaks at spaces, and after a compound's
    hyphen), every column is at least
    as wide as its longest word and the rest of the page goes to the columns with long
    texts, rows are as high as their text, and the header row repeats on every page.
    Columns that cannot fit at the smallest type are left out and named in the header."""

    title: str
    note: str
    headers: list[str]
    rows: list[list[str]]
    left_out: list[str] = field(default_factory=list)
    # how it was laid out when last printed: type size, each cell's lines, rows per page
    points: float = 0.0
    header_lines: list[list[str]] = field(default_factory=list)
    cell_lines: list[list[list[str]]] = field(default_factory=list)
    pages: list[list[int]] = field(default_factory=list)

    def toPlainText(self) -> str:  # noqa: N802 (QTextDocument's name: tests read both)
        lines = [self.title, self.note, "\t".join(self.headers)]
        lines += ["\t".join(row) for row in self.rows]
        return "\n".join(lines)

    def print_(self, printer: QPrinter) -> None:
        paint_table(self, printer)


def table_printout(title: str, table: QTableView, note: str = "") -> TablePrintout:
    """The rows a table shows and its visible columns in their visual order."""
    model, header = table.model(), table.horizontalHeader()
    columns = [
        header.logicalIndex(v)
        for v in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(v))
    ]
    shown = [r for r in range(model.rowCount()) if not table.isRowHidden(r)]
    return TablePrintout(
        title,
        f"{note} · {as_of()}" if note else as_of(),
        [str(model.headerData(c, header.orientation())) for c in columns],
        [[str(model.index(r, c).data() or "") for c in columns] for r in shown],
    )


#: The printed table's type (points): as large as the columns allow, never below the
#: smallest a meeting still reads.
TABLE_PT, SMALLEST_PT, TITLE_PT = 9.0, 8.0, 14.0
#: A cell's padding left and right, and above and below, in points.
PAD_X, PAD_Y = 3.0, 1.5
#: The longest a column grows for its longest text before it wraps, in points.
WIDEST_PT = 260.0
#: A column whose longest text is at most this wide (points) is never wrapped.
SHORT_PT = 110.0


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def column_widths(
    headers: list[str], rows: list[list[str]], page_pt: float, points: float, device: QPrinter
) -> list[float] | None:
    """Per column a width in points that holds its longest word (header bold), the spare
    room shared out to columns with long texts; None when the longest words do not fit."""
    plain = QFontMetricsF(_font(points), device)
    to_pt = 72.0 / device.logicalDpiX()
    needs, wants = _needs_and_wants(headers, rows, points, device)
    if sum(needs) > page_pt:
        return None
    if sum(wants) <= page_pt:  # everything on one line: the spare room to every column
        spare = page_pt - sum(wants)
        return [w + spare * w / sum(wants) for w in wants]
    # Short columns (codes, dates, statuses) keep their text on one line. The long ones
    # (title, lead, fields) get the narrowest widths at which no row needs more than L
    # lines, for the smallest L that fits the page: rows as low as the page allows.
    short = [i for i, want in enumerate(wants) if want <= SHORT_PT]
    if (
        sum(wants[i] for i in short) + sum(needs[i] for i in range(len(wants)) if i not in short)
        > page_pt
    ):
        short = []  # the short ones take too much: every column from its longest word
    long_columns = [i for i in range(len(wants)) if i not in short]
    sample = _sample(rows)
    px = 1 / to_pt

    def most_lines(i: int, width: float) -> int:
        inner = _inner(width, px)
        return max((len(wrap(row[i], plain, inner)) for row in sample), default=1)

    def narrowest(i: int, limit: int) -> float:
        low, high = needs[i], wants[i]
        if most_lines(i, low) <= limit:
            return low
        for _ in range(12):
            middle = (low + high) / 2
            low, high = (low, middle) if most_lines(i, middle) <= limit else (middle, high)
        return high

    widths = [wants[i] if i in short else needs[i] for i in range(len(wants))]
    for limit in range(1, 30):
        trial = list(widths)
        for i in long_columns:
            trial[i] = narrowest(i, limit)
        if sum(trial) <= page_pt:
            widths = trial
            break
    spare = page_pt - sum(widths)
    if spare > 0:  # what is left widens the long columns (or all) a little
        grow = long_columns or list(range(len(widths)))
        total = sum(widths[i] for i in grow)
        for i in grow:
            widths[i] += spare * widths[i] / total
    return widths


def _needs_and_wants(
    headers: list[str], rows: list[list[str]], points: float, device: QPrinter
) -> tuple[list[float], list[float]]:
    """Per column in points: what its longest word needs, and what its longest line wants
    (at most WIDEST_PT), each with the cell's padding."""
    plain, bold = QFontMetricsF(_font(points), device), QFontMetricsF(_font(points, True), device)
    to_pt = 72.0 / device.logicalDpiX()

    def longest_word(metrics: QFontMetricsF, text: str) -> float:
        return (
            max(
                (metrics.horizontalAdvance(p) for w in text.split() for p in pieces(w)),
                default=0.0,
            )
            * to_pt
        )

    needs, wants = [], []
    for column, title in enumerate(headers):
        cells = [row[column] for row in rows]
        need = max([longest_word(bold, title), *(longest_word(plain, c) for c in cells)])
        want = max(
            [
                bold.horizontalAdvance(title) * to_pt,
                *(plain.horizontalAdvance(c) * to_pt for c in cells),
            ]
        )
        needs.append(need + 2 * PAD_X + 0.5)
        wants.append(min(WIDEST_PT, max(want, need)) + 2 * PAD_X + 0.5)
    return needs, wants


def _sample(rows: list[list[str]]) -> list[list[str]]:
    """Up to 200 rows, evenly spread: what the column widths and the type size are fitted
    on, so that a table of thousands of rows costs no more."""
    return rows[:: max(1, len(rows) // 200)]


def _inner(width_pt: float, px: float) -> float:
    """The room for text in a column *width_pt* wide, in device units (*px* per point),
    with the padding and half a point to spare."""
    return (width_pt - 2 * PAD_X - 0.5) * px


#: Where a compound with a hyphen may break: after the hyphen, with at least three
#: letters on each side („Charlottenburg-|Wilmersdorf“, never „D-|01“ or „KI-|gestützt“).
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_]{3}-)(?=[^\W\d_]{3})")


def pieces(word: str) -> list[str]:
    """The parts of *word* between which a line may break (its hyphens, see above)."""
    return _HYPHEN_BREAK.split(word)


def wrap(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """*text* in lines no wider than *width* (device units), broken at spaces, and after
    a compound's hyphen only where the whole word does not fit: a date, a code or a word
    is never split."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if metrics.horizontalAdvance(candidate) <= width:
                line = candidate
                continue
            parts = pieces(word)
            if len(parts) > 1:  # as much of the compound as fits, the rest on the next line
                joiner = " " if line else ""
                for part in parts:
                    if metrics.horizontalAdvance(line + joiner + part) <= width or not line:
                        line += joiner + part
                    else:
                        lines.append(line)
                        line = part
                    joiner = ""
                continue
            if line:
                lines.append(line)
            line = word
        lines.append(line)
    return lines or [""]


def _total_height(
    printout: TablePrintout, points: float, widths: list[float], device: QPrinter
) -> float:
    """The height of all rows in points at *points* type in columns of *widths* (points)."""
    metrics = QFontMetricsF(_font(points), device)
    px = device.logicalDpiX() / 72.0
    sample = _sample(printout.rows)
    lines = sum(
        max(len(wrap(cell, metrics, _inner(w, px))) for cell, w in zip(row, widths, strict=True))
        for row in sample
    )
    return lines * metrics.lineSpacing() / px + len(sample) * 2 * PAD_Y


def fit_columns(
    printout: TablePrintout, page_pt: float, device: QPrinter
) -> tuple[float, list[float]]:
    """The type size and column widths: the largest type whose rows take at most a
    quarter more paper than the most compact size would; columns from the right are left
    out (and named) when even the smallest type cannot hold every column's longest word."""
    while True:
        fits = []
        points = TABLE_PT
        while points >= SMALLEST_PT:
            widths = column_widths(printout.headers, printout.rows, page_pt, points, device)
            if widths is not None:
                fits.append((points, widths, _total_height(printout, points, widths, device)))
            points -= 0.5
        if fits:
            least = min(height for _, _, height in fits)
            points, widths, _ = next(f for f in fits if f[2] <= 1.25 * least)
            return points, widths
        printout.left_out.insert(0, printout.headers.pop())
        printout.rows = [row[:-1] for row in printout.rows]


def paint_table(printout: TablePrintout, printer: QPrinter) -> None:
    """Draw *printout* on *printer*'s pages: title and note on the first, the header row on
    every page, „Seite n von m“ at each foot."""
    painter = QPainter(printer)
    try:
        _paint_table(printout, printer, painter)
    finally:
        painter.end()


def _paint_table(printout: TablePrintout, printer: QPrinter, painter: QPainter) -> None:
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    scale = printer.resolution() / 72.0  # device units per point
    page_pt = area.width() / scale
    points, widths_pt = fit_columns(printout, page_pt, printer)
    widths = [w * scale for w in widths_pt]
    body, head = _font(points), _font(points, True)
    body_m, head_m = QFontMetricsF(body, printer), QFontMetricsF(head, printer)
    pad_x, pad_y = PAD_X * scale, PAD_Y * scale
    line_h = body_m.lineSpacing()

    def cell_lines(texts: list[str], metrics: QFontMetricsF) -> list[list[str]]:
        return [wrap(t, metrics, w - 2 * pad_x) for t, w in zip(texts, widths, strict=True)]

    header_lines = cell_lines(printout.headers, head_m)
    header_h = max(len(c) for c in header_lines) * head_m.lineSpacing() + 2 * pad_y
    laid = [cell_lines(row, body_m) for row in printout.rows]
    heights = [max(len(c) for c in cells) * line_h + 2 * pad_y for cells in laid]
    title_font = _font(TITLE_PT, True)
    title_h = QFontMetricsF(title_font, printer).lineSpacing()
    note_h = body_m.lineSpacing() * (2 if printout.left_out else 1) + pad_y * 2
    foot_h = body_m.lineSpacing() + pad_y
    # pages: which rows stand on which
    pages = _paginate(heights, title_h + note_h + header_h, header_h, area.height() - foot_h)
    printout.points, printout.header_lines = points, header_lines
    printout.cell_lines, printout.pages = laid, pages
    x0 = 0.0
    rule = QPen(QColor("#8a8a8a"), 0.5 * scale)
    for number, rows in enumerate(pages):
        if number:
            printer.newPage()
        painter.setPen(QColor("#1a1a1a"))
        y = 0.0
        if number == 0:
            _paint_title(painter, printout, printer, (title_font, body), pad_y)
            y += title_h + note_h
        # the header row: dark band, white bold text
        painter.fillRect(QRectF(x0, y, sum(widths), header_h), QColor("#0b3c6e"))
        painter.setPen(QColor("#ffffff"))
        painter.setFont(head)
        _draw_cells(painter, header_lines, widths, x0, y, pad_x, pad_y, head_m)
        y += header_h
        painter.setFont(body)
        for position, index in enumerate(rows):
            height = heights[index]
            if position % 2:
                painter.fillRect(QRectF(x0, y, sum(widths), height), QColor("#eef2f7"))
            painter.setPen(QColor("#1a1a1a"))
            _draw_cells(painter, laid[index], widths, x0, y, pad_x, pad_y, body_m)
            painter.setPen(rule)
            painter.drawLine(QPointF(x0, y + height), QPointF(x0 + sum(widths), y + height))
            y += height
        painter.setPen(QColor("#1a1a1a"))
        painter.drawText(
            QRectF(0, area.height() - foot_h, area.width(), foot_h),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
            tr("{title} · Seite {number} von {total}").format(
                title=printout.title, number=number + 1, total=len(pages)
            ),
        )


def _paginate(heights: list[float], first_top: float, top: float, bottom: float) -> list[list[int]]:
    """Which rows stand on which page: the first page's rows start at *first_top* (below
    title, note and header), the others' at *top* (below the header); a row never splits."""
    pages: list[list[int]] = [[]]
    y = first_top
    for index, height in enumerate(heights):
        if pages[-1] and y + height > bottom:
            pages.append([])
            y = top
        pages[-1].append(index)
        y += height
    return pages


def _paint_title(
    painter: QPainter,
    printout: TablePrintout,
    printer: QPrinter,
    fonts: tuple[QFont, QFont],
    pad_y: float,
) -> None:
    """The first page's title and note, and the columns left out where the page is narrow."""
    title_font, body = fonts
    body_m = QFontMetricsF(body, printer)
    title_h = QFontMetricsF(title_font, printer).lineSpacing()
    painter.setFont(title_font)
    painter.drawText(QPointF(0.0, QFontMetricsF(title_font, printer).ascent()), printout.title)
    painter.setFont(body)
    painter.drawText(QPointF(0.0, title_h + body_m.ascent() + pad_y), printout.note)
    if printout.left_out:
        painter.drawText(
            QPointF(0.0, title_h + body_m.ascent() + pad_y + body_m.lineSpacing()),
            tr("Nicht gedruckt (Seite zu schmal): {columns}").format(
                columns=", ".join(printout.left_out)
            ),
        )


def _draw_cells(
    painter: QPainter,
    cells: list[list[str]],
    widths: list[float],
    x: float,
    y: float,
    pad_x: float,
    pad_y: float,
    metrics: QFontMetricsF,
) -> None:
    for lines, width in zip(cells, widths, strict=True):
        for number, line in enumerate(lines):
            baseline = y + pad_y + metrics.ascent() + number * metrics.lineSpacing()
            painter.drawText(QPointF(x + pad_x, baseline), line)
        x += width


def sheet_html(sheet: MeasureSheet) -> str:
    parts = [
        f"<html><head>{_STYLE}</head><body style='font-size:10pt'><h1>{escape(sheet.title)}</h1>"
        f"<p>{escape(sheet.subtitle)} · {as_of()}</p>"
    ]
    for section in sheet.sections:
        parts.append(f"<h2>{escape(section.heading)}</h2>")
        if section.pairs:
            parts.append(
                "<table width='100%' cellspacing='0'>"
                + "".join(
                    f"<tr><td class='key' width='30%'>{escape(k)}</td><td>{escape(v)}</td></tr>"
                    for k, v in section.pairs
                )
                + "</table>"
            )
        if section.text:
            parts.append("<p>" + escape(section.text).replace("\n", "<br>") + "</p>")
        if section.rows:
            parts.append(html_table(section.headers, section.rows))
    return "".join(parts) + "</body></html>"


def html_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A table of text for a printed document (every cell escaped)."""
    return (
        "<table width='100%' cellspacing='0'><tr>"
        + "".join(f"<th>{escape(h)}</th>" for h in headers)
        + "</tr>"
        + "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
        + "</table>"
    )


def pictured_html(title: str, subtitle: str, parts: list[Any]) -> str:
    """Charts built as data (exports.sections.Pictured) as HTML for printing: heading,
    sentence, pictures with that sentence as alternative text, tables."""
    out = [
        f"<html><head>{_STYLE}</head><body style='font-size:10pt'><h1>{escape(title)}</h1>"
        f"<p>{escape(subtitle)} · {as_of()}</p>"
    ]
    for part in parts:
        out.append(f"<h2>{escape(part.heading)}</h2><p>{escape(part.description)}</p>")
        for picture in part.pictures:
            out.append(
                f"<p><img src='{escape(Path(picture).as_uri())}' width='480' "
                f"alt='{escape(part.description)}'></p>"
            )
        for table in part.tables:
            out.append(f"<h3>{escape(table.heading)}</h3>")
            if not table.rows:
                out.append(f"<p>{escape(table.empty)}</p>")
                continue
            out.append(html_table(table.headers, table.rows))
    return "".join(out) + "</body></html>"


def pictured_document(title: str, subtitle: str, parts: list[Any]) -> QTextDocument:
    """*parts* as a document to print or preview, the pictures loaded from their files."""
    from PySide6.QtGui import QImage

    doc = document("")
    for part in parts:
        for picture in part.pictures:
            doc.addResource(
                QTextDocument.ResourceType.ImageResource,
                Path(picture).as_uri(),
                QImage(str(picture)),
            )
    doc.setHtml(pictured_html(title, subtitle, parts))
    return doc


def write_pictured_pdf(title: str, subtitle: str, parts: list[Any], path: Path) -> Path:
    """*parts* printed to a PDF on A4 portrait."""
    printer = a4_printer(False)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setDocName(title)
    print_document(pictured_document(title, subtitle, parts), printer)
    if not path.exists():
        raise OSError(tr("„{path}“ ließ sich nicht schreiben.").format(path=path))
    return path


def document(html: str) -> QTextDocument:
    """*html* in the application's font (the one the column widths were measured in)."""
    from PySide6.QtGui import QFont

    doc = QTextDocument()
    doc.setDefaultFont(QFont())
    doc.setHtml(html)
    return doc


def a4_printer(landscape: bool) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    return printer


def print_document(doc: QTextDocument | TablePrintout, printer: QPrinter) -> None:
    """Lay *doc* out on the printable area in points (type sizes then mean what they say)
    and print it."""
    from PySide6.QtCore import QSizeF

    if isinstance(doc, TablePrintout):
        doc.print_(printer)
        return

    area = printer.pageLayout().paintRect(QPageLayout.Unit.Point)
    doc.setPageSize(QSizeF(area.width(), area.height()))
    doc.setDocumentMargin(0)
    doc.print_(printer)


def preview(
    parent: QWidget, title: str, doc: QTextDocument | TablePrintout, landscape: bool
) -> Any:
    """The print preview: pages as they will print, the printer chosen from there."""
    printer = a4_printer(landscape)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(tr("Druckvorschau – {title}").format(title=title))
    dialog.paintRequested.connect(lambda target: print_document(doc, target))
    return dialog.exec()
