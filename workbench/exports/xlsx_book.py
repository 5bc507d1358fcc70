"""A workbook that is written with its formulas' results (XlsxWriter): the funder's forms
are laid out here row by row, styled after the fact as a form is (a bold total, a merged
label, a row height for wrapped text), and written at the end in one pass. A formula
carries the result we computed in integer cents, which XlsxWriter stores beside it as
Excel does – so a reader that does not calculate (a viewer, a funder's script reading
cached values) sees the same amounts. openpyxl stays the reader.

Text is always written as text: user text that starts like a formula (``=HYPERLINK(…)``)
is never made live; only a ``Formula`` is a formula."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import xlsxwriter

from workbench.exports.docx_base import save_atomically
from workbench.exports.excel import LINE_POINTS, wrapped_lines
from workbench.formats import CONTROL_CHARS

HEADER_LIMIT = 255  # Excel's limit for a header or footer; XlsxWriter drops longer ones


@dataclass(frozen=True)
class Style:
    """How a cell looks; None leaves Excel's default."""

    bold: bool = False
    size: float | None = None
    color: str | None = None  # "RRGGBB"
    fill: str | None = None  # a solid background, "RRGGBB"
    wrap: bool = False
    horizontal: str | None = None  # left, center, right
    vertical: str | None = None  # top, vcenter
    number_format: str | None = None

    def options(self) -> dict[str, Any]:
        """The style as XlsxWriter's format properties."""
        options: dict[str, Any] = {}
        if self.bold:
            options["bold"] = True
        if self.size:
            options["font_size"] = self.size
        if self.color:
            options["font_color"] = "#" + self.color
        if self.fill:
            options["bg_color"] = "#" + self.fill
            options["pattern"] = 1
        if self.wrap:
            options["text_wrap"] = True
        if self.horizontal:
            options["align"] = self.horizontal
        if self.vertical:
            options["valign"] = self.vertical
        if self.number_format:
            options["num_format"] = self.number_format
        return options


PLAIN = Style()


@dataclass(frozen=True)
class Formula:
    """A formula this module writes, with the result computed for it (a number)."""

    text: str
    result: float


class Cell:
    """One cell of a sheet being laid out: its value and its style."""

    __slots__ = ("style", "value")

    def __init__(self, value: object = None, style: Style = PLAIN) -> None:
        self.value = value
        self.style = style

    def styled(self, **changes: Any) -> Cell:
        self.style = replace(self.style, **changes)
        return self


class Sheet:
    """A sheet laid out in memory: rows appended or cells set (1-based, as openpyxl and the
    forms count), merges, widths and heights, and the print set-up."""

    def __init__(self, title: str) -> None:
        self.title = title
        self.cells: dict[tuple[int, int], Cell] = {}
        self.max_row = 0
        self.max_column = 0
        self.merges: list[tuple[int, int, int]] = []  # row, first column, last column
        self.widths: dict[int, float] = {}
        self.heights: dict[int, float] = {}
        self.freeze_row = 0  # rows kept in view above the panes
        self.title_rows = 0  # rows repeated on every printed page
        self.landscape = True
        self.fit: tuple[int, int] | None = None  # pages wide, pages high (0: as many as needed)
        self.header_left = ""
        self.header_right = ""
        self.footer_center = ""

    def append(self, values: Iterable[object] = (), style: Style = PLAIN) -> int:
        """A new row below the last with *values* from the first column; returns its number."""
        self.max_row += 1
        row = self.max_row
        for column, value in enumerate(values, start=1):
            if value is not None:
                self.cells[(row, column)] = Cell(value, style)
                self.max_column = max(self.max_column, column)
        return row

    def append_cells(self, cells: Iterable[Cell | None]) -> int:
        """A new row of cells made by the caller, each with its own style (a receipt's
        row: dates, amounts, text – one call, not one lookup per cell)."""
        self.max_row += 1
        row = self.max_row
        for column, cell in enumerate(cells, start=1):
            if cell is not None:
                self.cells[(row, column)] = cell
                if column > self.max_column:
                    self.max_column = column
        return row

    def cell(self, row: int, column: int, value: object = None) -> Cell:
        """The cell at *row*, *column*; with a *value*, that value is set."""
        cell = self.cells.get((row, column))
        if cell is None:
            cell = self.cells[(row, column)] = Cell()
            self.max_row = max(self.max_row, row)
            self.max_column = max(self.max_column, column)
        if value is not None:
            cell.value = value
        return cell

    def merge(self, row: int, first: int, last: int) -> None:
        """Columns *first* to *last* of *row* as one cell (the first one's value)."""
        if last > first:
            self.merges.append((row, first, last))

    def width(self, column: int) -> float:
        return self.widths.get(column, 8.43)


class Book:
    """The sheets of one workbook, in order."""

    def __init__(self) -> None:
        self.sheets: list[Sheet] = []

    def add_sheet(self, title: str, index: int | None = None) -> Sheet:
        sheet = Sheet(title)
        self.sheets.insert(len(self.sheets) if index is None else index, sheet)
        return sheet

    def save(self, path: Path) -> Path:
        """Write the workbook to *path*, atomically: a failed write leaves the old file."""
        save_atomically(path, self._write)
        return path

    def _write(self, target: Path | str) -> None:
        workbook = xlsxwriter.Workbook(
            str(target),
            {  # text stays text: only a Formula is a formula, no guessing from content
                # row by row into a file as they come, not held as a table (20,000 receipts)
                "constant_memory": True,
                "strings_to_formulas": False,
                "strings_to_numbers": False,
                "strings_to_urls": False,
            },
        )
        formats: dict[Style, Any] = {PLAIN: None}
        by_identity: dict[int, Any] = {}  # the same Style object again: no hashing

        def style_format(style: Style) -> Any:
            known = by_identity.get(id(style), by_identity)
            if known is not by_identity:
                return known
            if style not in formats:
                formats[style] = workbook.add_format(style.options())
            by_identity[id(style)] = formats[style]
            return formats[style]

        for sheet in self.sheets:
            _write_sheet(workbook.add_worksheet(sheet.title), sheet, style_format)
        workbook.close()


_EPOCH = datetime(1899, 12, 30)


def serial(day: date | datetime) -> float:
    """A date (and time) as Excel's serial day number (1900 date system); a plain date is
    a whole number, counted without building a datetime (20,000 receipts have two)."""
    if not isinstance(day, datetime):
        return (day - _EPOCH.date()).days
    delta = day.replace(tzinfo=None) - _EPOCH
    return delta.days + delta.seconds / 86400


def _write_value(ws: Any, row: int, col: int, cell: Cell, fmt: Any) -> None:
    value = cell.value
    if isinstance(value, Formula):
        ws.write_formula(row, col, value.text, fmt, value.result)
    elif isinstance(value, str):
        ws.write_string(row, col, CONTROL_CHARS.sub("", value), fmt)
    elif isinstance(value, bool):
        ws.write_boolean(row, col, value, fmt)
    elif isinstance(value, (int, float)):
        ws.write_number(row, col, value, fmt)
    elif isinstance(value, (date, datetime)):
        ws.write_number(row, col, serial(value), fmt)
    elif value is None:
        ws.write_blank(row, col, None, fmt)
    else:
        raise TypeError(f"no cell value: {value!r}")


def _write_sheet(ws: Any, sheet: Sheet, style_format: Any) -> None:
    """Strictly row by row (XlsxWriter's constant-memory mode takes no earlier row once a
    later one was started): a row's height before its cells, a merged range where its
    first cell comes."""
    for column, width in sheet.widths.items():
        ws.set_column(column - 1, column - 1, width)
    merges = {(row, first): last for row, first, last in sheet.merges}
    covered = {
        (row, column) for row, first, last in sheet.merges for column in range(first + 1, last + 1)
    }
    heights = sheet.heights
    current = 0
    # every merge's first cell is visited, whether or not it holds anything; cells are
    # mostly added row by row, so the list is nearly sorted and sorting it is one pass
    # (a set of 200,000 positions sorted from hash order took a tenth of the Belegliste)
    order = list(sheet.cells)
    order.extend(position for position in merges if position not in sheet.cells)
    order.sort()
    for row, column in order:
        if row != current:
            for between in range(current + 1, row + 1):  # heights of rows without cells too
                if between in heights:
                    ws.set_row(between - 1, heights[between])
            current = row
        if (row, column) in covered:
            continue  # written with its merge
        cell = sheet.cells.get((row, column)) or Cell()
        last = merges.get((row, column))
        if last is not None:
            fmt = style_format(cell.style)
            ws.merge_range(row - 1, column - 1, row - 1, last - 1, None, fmt)
            _write_value(ws, row - 1, column - 1, cell, fmt)
            continue
        if cell.value is None and cell.style == PLAIN:
            continue
        _write_value(ws, row - 1, column - 1, cell, style_format(cell.style))
    for between in range(current + 1, max(heights, default=0) + 1):
        if between in heights:
            ws.set_row(between - 1, heights[between])
    if sheet.freeze_row:
        ws.freeze_panes(sheet.freeze_row, 0)
    if sheet.title_rows:
        ws.repeat_rows(0, sheet.title_rows - 1)
    if sheet.landscape:
        ws.set_landscape()
    else:
        ws.set_portrait()
    ws.set_paper(9)  # A4, not the US Letter of a bare sheet
    if sheet.fit is not None:
        ws.fit_to_pages(*sheet.fit)
    header = _section("L", sheet.header_left, raw=True) + _section("R", sheet.header_right)
    if header:
        ws.set_header(header)
    if sheet.footer_center:
        ws.set_footer(_section("C", sheet.footer_center, raw=True))


def _section(position: str, text: str, raw: bool = False) -> str:
    """A header or footer part; user text gets its ampersands doubled (Excel's escape)."""
    if not text:
        return ""
    text = text if raw else text.replace("&", "&&")
    room = HEADER_LIMIT // 2 - 3
    return f"&{position}{text[:room].rstrip('&') if len(text) > room else text}"


def fit_heights(sheet: Sheet, rows: Collection[int] | None = None) -> None:
    """Row heights for wrapped text (readers do not grow rows a writer set down): the
    lines the longest cell needs at its column's (or merged range's) width; of the
    *rows* given, or of every row."""
    spans = {
        (row, first_col): sum(sheet.width(c) for c in range(first_col, last + 1))
        for row, first_col, last in sheet.merges
    }
    needed: dict[int, int] = {}
    for (row, column), cell in sheet.cells.items():
        if rows is not None and row not in rows:
            continue
        if not isinstance(cell.value, str) or not cell.style.wrap:
            continue
        width = spans.get((row, column), sheet.width(column))
        chars = max(1.0, width * (0.95 if cell.style.bold else 1.05))
        needed[row] = max(needed.get(row, 1), wrapped_lines(cell.value, chars))
    for row, lines in needed.items():
        if lines > 1:
            sheet.heights[row] = LINE_POINTS * lines + 2
