"""Excel lists: the Maßnahmenliste (imported back by excel_import), and what every
Werkbank workbook shares (the Meilensteinplan is excel_milestones.py, the Indikatoren
workbook excel_indicators.py). Header styled and frozen, auto filter, fitting widths, Excel number and
date formats (never numbers as text), landscape print fitted to the width with the
header repeated, and a cover sheet saying what, when and from which workspace."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.exports.docx_base import save_atomically
from workbench.formats import CONTROL_CHARS
from workbench.i18n import tr
from workbench.model import (
    FieldOfAction,
    Measure,
    MeasureField,
    OrgUnit,
    Person,
    Phase,
)

DATE_FORMAT = "DD.MM.YYYY"
MONEY_FORMAT = '#,##0.00 "€"'
NUMBER_FORMAT = "#,##0.##"
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="0B3C6E")
HEADER_ALIGN = Alignment(vertical="center", wrap_text=True)
COVER_ALIGN = Alignment(horizontal="left", vertical="top", wrap_text=True)  # long scopes wrap
WRAP_TOP = Alignment(vertical="top", wrap_text=True)
TOP = Alignment(vertical="top")
#: Printed lines of a wrapped cell: points per line, and a column's width in characters
#: counted generously (readers do not grow rows written by openpyxl).
LINE_POINTS = 13.5


def wrapped_lines(text: str, width: float) -> int:
    """How many lines *text* takes in a wrapped column *width* characters wide, broken
    between words as a reader does."""
    per_line = max(1, int(width))
    if len(text) <= per_line and "\n" not in text:
        return 1  # most cells: one line, nothing to count
    lines = 0
    for part in (text or "").split("\n"):
        lines += 1
        used = 0
        for word in part.split():
            if used and used + 1 + len(word) > per_line:
                lines += 1
                used = 0
            used = used + 1 + len(word) if used else len(word)
            while used > per_line:  # a word longer than the line is broken
                lines += 1
                used -= per_line
    return max(lines, 1)


#: The Maßnahmenliste's columns: header, field, width hint, kind. The importer reads the
#: same headers back; the first column holds the hidden id that matches rows to measures.
MEASURE_COLUMNS: list[tuple[str, str, str]] = [
    ("ID", "id", "text"),
    (tr("Kennung"), "code", "text"),
    (tr("Titel"), "title", "text"),
    (tr("Kurzbeschreibung"), "short_description", "text"),
    (tr("Typ"), "type", "text"),
    (tr("Handlungsfelder"), "fields", "text"),
    (tr("Federführung"), "lead_unit_id", "text"),
    (tr("Verantwortlich"), "responsible_id", "text"),
    (tr("Beginn"), "start_date", "date"),
    (tr("Ende"), "end_date", "date"),
    (tr("Priorität"), "priority", "text"),
    (tr("Finanzierung"), "financing", "text"),
    (tr("Status"), "status", "text"),
    (tr("Phase"), "phase_id", "text"),
    (tr("Budget (EUR)"), "budget_cents", "money"),
    (tr("Reifegrad"), "maturity", "text"),
]
MEASURE_SHEET = tr("Maßnahmen")
FIELD_SEPARATOR = "; "
MAX_WIDTH = 45


@dataclass(frozen=True)
class Cover:
    """What the cover sheet says."""

    what: str
    workspace: str
    scope: str
    count: int
    when: datetime
    #: Printed in the header of every page (a grant's file number and project).
    reference: str = ""


class CellStyles:
    """Write-only cells with a number format, made fast: the style is looked up once and
    copied, instead of resolved again for each of thousands of cells."""

    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws
        self._styles: dict[tuple[str, bool], Any] = {}

    def cell(self, value: Any, number_format: str = "General", wrap: bool = False) -> WriteOnlyCell:
        key = (number_format, wrap)
        style = self._styles.get(key)
        if style is None:
            template = WriteOnlyCell(self.ws, value=None)
            template.number_format = number_format
            template.alignment = WRAP_TOP if wrap else TOP
            style = self._styles[key] = template._style
        cell = WriteOnlyCell(self.ws, value=value)
        cell._style = style  # shared, never changed: the writer only reads it
        return cell


def header_row(ws: Any, headers: Sequence[Any]) -> int:
    """A header row: white bold text on the dark band, wrapped; returns its number."""
    ws.append(text_row(ws, headers))
    row: int = ws.max_row
    for cell in ws[row]:
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGN
    return row


def as_text(ws: Any, value: Any) -> Any:
    """A value for a cell; user text that starts like a formula stays text. openpyxl would
    store "=HYPERLINK(…&B2)" as a live formula that sends the row's content away. Control
    characters (an older version stored them) are dropped: a worksheet cannot hold them."""
    if isinstance(value, str) and CONTROL_CHARS.search(value):
        value = CONTROL_CHARS.sub("", value)
    if isinstance(value, str) and value.startswith("="):  # openpyxl's sign of a formula
        cell = WriteOnlyCell(ws, value=value)
        cell.data_type = "s"
        return cell
    return value


def text_row(ws: Any, values: Sequence[Any]) -> list[Any]:
    """A row of values for ws.append, user text kept as text (see as_text)."""
    return [as_text(ws, v) for v in values]


def finish_sheet(
    ws: Worksheet, widths: Sequence[float], rows: int | None, cols: int, reference: str = ""
) -> None:
    """Freeze the header, filter the *rows* below it (None: a sheet with sum rows, no
    filter), set widths and the print set-up."""
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = min(MAX_WIDTH, max(8.0, width + 2))
    ws.freeze_panes = "A2"
    if rows is not None:
        ws.auto_filter.ref = f"A1:{get_column_letter(cols)}{max(rows + 1, 2)}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.print_options.gridLines = False
    ws.oddFooter.center.text = tr("Seite &P von &N")
    ws.oddHeader.left.text = tr("&A")
    if reference:
        ws.oddHeader.right.text = reference


COVER_TITLE_COLOR = "0B3C6E"
COVER_DATE_FORMAT = "DD.MM.YYYY HH:MM"


def cover_lines(cover: Cover) -> list[tuple[str, Any]]:
    """What a cover sheet says below its title, label and value (every writer's cover)."""
    return [
        (tr("Inhalt"), cover.what),
        (tr("Erstellt am"), cover.when.replace(tzinfo=None)),
        (tr("Arbeitsmappe"), cover.workspace),
        (tr("Umfang"), cover.scope),
        (tr("Zeilen"), cover.count),
        (tr("Erstellt mit"), tr("Werkbank")),
    ]


def add_cover(wb: Workbook, cover: Cover, rows: int, write_only: bool) -> None:
    """The cover sheet, first in the workbook: what, when, from which workspace, how many rows."""
    cover = replace(cover, count=rows)
    ws = wb.create_sheet(tr("Deckblatt"), 0)
    ws.column_dimensions["A"].width = 16  # before the first row (write-only sheets need that)
    ws.column_dimensions["B"].width = 70
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4  # not the US Letter of a bare sheet
    ws.oddFooter.center.text = tr("Seite &P von &N")
    if cover.reference:
        ws.oddHeader.right.text = cover.reference
    lines = cover_lines(cover)
    if write_only:
        title = WriteOnlyCell(ws, value=cover.what)
        title.font = Font(bold=True, size=16, color=COVER_TITLE_COLOR)
        ws.append([title])
        ws.append([])
        for key, value in lines:
            k = WriteOnlyCell(ws, value=key)
            k.font = Font(bold=True)
            v = WriteOnlyCell(ws, value=value)
            v.alignment = COVER_ALIGN
            if isinstance(value, datetime):
                v.number_format = COVER_DATE_FORMAT
            ws.append(text_row(ws, [k, v]))
    else:
        ws.append([cover.what])
        ws["A1"].font = Font(bold=True, size=16, color=COVER_TITLE_COLOR)
        ws.append([])
        for key, value in lines:
            ws.append(text_row(ws, [key, value]))
            ws.cell(ws.max_row, 1).font = Font(bold=True)
            ws.cell(ws.max_row, 2).alignment = COVER_ALIGN
            if isinstance(value, datetime):
                ws.cell(ws.max_row, 2).number_format = COVER_DATE_FORMAT


# --- Maßnahmenliste -----------------------------------------------------------------------------


def _measure_rows(session: Session, measure_ids: Sequence[str] | None) -> list[list[Any]]:
    """One list per measure in MEASURE_COLUMNS order, read with a handful of queries."""
    units, people, phases, fields = _names(session)
    query = _measure_query()
    if measure_ids is not None:
        wanted = set(measure_ids)
    rows = []
    for (
        mid,
        code,
        title,
        short,
        mtype,
        lead,
        resp,
        start,
        end,
        prio,
        fin,
        status,
        phase,
        budget,
        maturity,
    ) in session.execute(query.order_by(Measure.code)):
        if measure_ids is not None and mid not in wanted:
            continue
        rows.append(
            [
                mid,
                code,
                title,
                short,
                mtype.label,
                FIELD_SEPARATOR.join(sorted(fields.get(mid, []))),
                units.get(lead or "", ""),
                people.get(resp or "", ""),
                start,
                end,
                prio.label,
                fin.label,
                status.label,
                phases.get(phase, ""),
                None if budget is None else budget / 100,
                maturity,
            ]
        )
    return rows


def _measure_query() -> Any:
    """The columns of the Maßnahmenliste, of the measures not in the recycle bin."""
    return select(
        Measure.id,
        Measure.code,
        Measure.title,
        Measure.short_description,
        Measure.type,
        Measure.lead_unit_id,
        Measure.responsible_id,
        Measure.start_date,
        Measure.end_date,
        Measure.priority,
        Measure.financing,
        Measure.status,
        Measure.phase_id,
        Measure.budget_cents,
        Measure.maturity,
    ).where(Measure.deleted_at.is_(None))


def _names(
    session: Session,
) -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, list[str]]]:
    """The names a row shows by id: units, people, phases; each measure's fields' names."""
    units = dict(session.execute(select(OrgUnit.id, OrgUnit.name)).all())
    people = dict(session.execute(select(Person.id, Person.name)).all())
    phases = dict(session.execute(select(Phase.id, Phase.name)).all())
    field_names = dict(session.execute(select(FieldOfAction.id, FieldOfAction.name)).all())
    fields: dict[str, list[str]] = {}
    for measure_id, field_id in session.execute(
        select(MeasureField.measure_id, MeasureField.field_id)
    ):
        fields.setdefault(measure_id, []).append(field_names[field_id])
    return units, people, phases, fields


#: Printed, the Maßnahmenliste is three A4 pages wide (in readable type), the pages of a
#: block of rows side by side, code and title repeated on each. Widths in characters.
MEASURE_PRINT_WIDTHS = {
    "code": 9,
    "title": 28,
    "short_description": 60,
    "type": 12,
    "fields": 24,
    "lead_unit_id": 22,
    "responsible_id": 16,
    "start_date": 12,
    "end_date": 12,
    "priority": 10,
    "financing": 13,
    "status": 14,
    "phase_id": 16,
    "budget_cents": 15,
    "maturity": 28,
}
MEASURE_PRINT_PAGES_WIDE = 3


def write_measure_list(
    session: Session, path: Path, cover: Cover, measure_ids: Sequence[str] | None = None
) -> Path:
    """The Maßnahmenliste, written by XlsxWriter in its constant-memory mode, row by row
    (10,000 rows: 1.2× openpyxl writing the bare values; openpyxl's write-only mode with
    the styles took 2.3×). Long texts wrap in their column, and a printed row spreads over
    pages side by side (readable type, not a 16-column sheet shrunk to one page). User
    text is always written as text: „=HYPERLINK(…)“ typed into a title never becomes a
    formula."""
    import xlsxwriter

    rows = _measure_rows(session, measure_ids)
    headers = [c[0] for c in MEASURE_COLUMNS]
    kinds = [c[2] for c in MEASURE_COLUMNS]
    widths = _measure_widths(rows)

    def write(target: str) -> None:
        book = xlsxwriter.Workbook(
            target,
            {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False},
        )
        _xlsx_cover(book, replace(cover, count=len(rows)))
        ws = book.add_worksheet(MEASURE_SHEET)
        header, top, wrap_top, plain, topped = _measure_formats(book)
        _measure_sheet_print(ws, widths, len(rows))
        ws.write_row(0, 0, headers, header)
        wrapping = [i for i, kind in enumerate(kinds) if kind == "text" and i]
        for r, row in enumerate(rows, start=1):
            values: list[Any] = [CONTROL_CHARS.sub("", v) if isinstance(v, str) else v for v in row]
            lines = max(
                (wrapped_lines(values[i], widths[i]) for i in wrapping if values[i]), default=1
            )
            tall = lines > 1
            if tall:
                ws.set_row(r, LINE_POINTS * min(lines, 12))
            for c, value in enumerate(values):
                if value is None or value == "":
                    continue
                kind = kinds[c]
                if kind == "date":
                    ws.write_datetime(r, c, _as_datetime(value), (topped if tall else plain)[kind])
                elif kind == "money":
                    ws.write_number(r, c, value, (topped if tall else plain)[kind])
                elif isinstance(value, (int, float)) and not isinstance(value, bool):
                    ws.write_number(r, c, value, top if tall else None)
                else:
                    ws.write_string(
                        r, c, str(value), (wrap_top if c in wrapping else top) if tall else None
                    )
        book.close()

    return save_atomically(path, write)


def _measure_formats(book: Any) -> tuple[Any, Any, Any, dict[str, Any], dict[str, Any]]:
    """The list's cell formats: the header, text at the top (wrapped or not), dates and
    amounts plain and at the top of a tall row."""
    header = book.add_format(
        {"bold": True, "font_color": "#FFFFFF", "bg_color": "#0B3C6E", "pattern": 1}
        | {"valign": "vcenter", "text_wrap": True}
    )
    top = book.add_format({"valign": "top"})
    wrap_top = book.add_format({"valign": "top", "text_wrap": True})
    number_formats = {"date": DATE_FORMAT, "money": MONEY_FORMAT}
    plain = {k: book.add_format({"num_format": f}) for k, f in number_formats.items()}
    topped = {
        k: book.add_format({"num_format": f, "valign": "top"}) for k, f in number_formats.items()
    }
    return header, top, wrap_top, plain, topped


def _measure_widths(rows: list[list[Any]]) -> list[float]:
    """Each column as wide as its longest text (within its printed width); dates and
    amounts as printed; the hidden id narrow."""
    headers = [c[0] for c in MEASURE_COLUMNS]
    keys = [c[1] for c in MEASURE_COLUMNS]
    kinds = [c[2] for c in MEASURE_COLUMNS]
    widths = [float(len(h)) + 2 for h in headers]
    for i, kind in enumerate(kinds):
        if kind != "text":
            widths[i] = float(MEASURE_PRINT_WIDTHS.get(keys[i], 12))  # dates and amounts
            continue
        longest = max((len(r[i]) for r in rows if r[i]), default=0) if i else 0
        widths[i] = float(
            min(max(widths[i], longest + 2), MEASURE_PRINT_WIDTHS.get(keys[i], MAX_WIDTH))
        )
    widths[0] = 8.0  # the hidden id
    return widths


def _measure_sheet_print(ws: Any, widths: list[float], count: int) -> None:
    """Widths, the id hidden, header and filter, printed on A4 landscape three pages wide
    with the parts of a row side by side, code and title on every page."""
    for index, width in enumerate(widths):
        ws.set_column(index, index, width, None, {"hidden": index == 0})
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(count, 1), len(widths) - 1)
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.fit_to_pages(MEASURE_PRINT_PAGES_WIDE, 0)
    ws.print_across()  # the parts of a row on consecutive pages
    ws.repeat_rows(0)
    ws.repeat_columns(1, 2)  # code and title on every page
    ws.hide_gridlines(0)
    ws.set_footer("&C" + tr("Seite &P von &N"))
    ws.set_header("&L&A")


def _as_datetime(value: date | datetime) -> datetime:
    return value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)


def _xlsx_cover(book: Any, cover: Cover) -> None:
    """The cover sheet of an XlsxWriter workbook: as add_cover writes it with openpyxl."""
    ws = book.add_worksheet(tr("Deckblatt"))
    ws.set_column(0, 0, 16)
    ws.set_column(1, 1, 70)
    ws.set_landscape()
    ws.set_paper(9)
    ws.set_footer("&C" + tr("Seite &P von &N"))
    if cover.reference:
        ws.set_header("&R" + cover.reference.replace("&", "&&"))
    title = book.add_format({"bold": True, "font_size": 16, "font_color": "#" + COVER_TITLE_COLOR})
    bold = book.add_format({"bold": True})
    value_format = book.add_format({"align": "left", "valign": "top", "text_wrap": True})
    when_format = book.add_format(
        {"align": "left", "valign": "top", "text_wrap": True, "num_format": COVER_DATE_FORMAT}
    )
    ws.write_string(0, 0, cover.what, title)
    for r, (key, value) in enumerate(cover_lines(cover), start=2):
        ws.write_string(r, 0, key, bold)
        if isinstance(value, datetime):
            ws.write_datetime(r, 1, value, when_format)
        elif isinstance(value, (int, float)):
            ws.write_number(r, 1, value, value_format)
        else:
            ws.write_string(r, 1, CONTROL_CHARS.sub("", str(value)), value_format)


def save_workbook(wb: Workbook, path: Path) -> Path:
    """Written whole or not at all (a half-written file never replaces the old one)."""
    return save_atomically(path, wb.save)
