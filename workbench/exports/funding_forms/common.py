"""What the funder's four Excel forms share: their styles, the grant's terms and period, a
book with a cover and a signature block, money and percent cells, a year's row."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from xlsxwriter.utility import xl_col_to_name

from workbench.exports.excel import (
    COVER_DATE_FORMAT,
    COVER_TITLE_COLOR,
    MAX_WIDTH,
    MONEY_FORMAT,
    Cover,
    cover_lines,
)
from workbench.exports.xlsx_book import Book, Formula, Sheet, Style, fit_heights
from workbench.formats import format_date
from workbench.i18n import tr
from workbench.model import Grant
from workbench.model.funding import Period
from workbench.model.labels import GrantTerms, grant_terms

PERCENT_FORMAT = "0.0 %"
HEADER = Style(bold=True, color="FFFFFF", fill=COVER_TITLE_COLOR, wrap=True, vertical="vcenter")
BOLD = Style(bold=True)
BOLD_WRAP = Style(bold=True, wrap=True, vertical="top")
MONEY = Style(number_format=MONEY_FORMAT)
TOP = Style(vertical="top")


def reference(grant: Grant) -> str:
    """What every printed page of a grant's document names: file number and project."""
    return f"{grant.file_number} – {grant.title}" if grant.file_number else grant.title


def terms(grant: Grant) -> GrantTerms:
    return grant_terms(grant.programme.vocabulary)


def clipped(grant: Grant, period: Period | None) -> Period:
    """*period* within the Bewilligungszeitraum (the whole of it without one)."""
    period = period or Period()
    start = (
        max(d for d in (period.start, grant.start_date) if d)
        if (period.start or grant.start_date)
        else None
    )
    end = (
        min(d for d in (period.end, grant.end_date) if d)
        if (period.end or grant.end_date)
        else None
    )
    return Period(start, end)


def period_text(period: Period | None) -> str:
    if period is None or (period.start is None and period.end is None):
        return tr("gesamter Zeitraum")
    return (
        (format_date(period.start) or tr("Beginn"))
        + " – "
        + (format_date(period.end) or tr("heute"))
    )


def _new_book(cover: Cover, rows: int, title: str) -> tuple[Book, Sheet]:
    """A workbook with its cover sheet (what, when, from which workspace, how many rows)
    and the form's sheet *title* after it."""
    book = Book()
    cover = replace(cover, count=rows)
    ws = book.add_sheet(tr("Deckblatt"))
    ws.widths.update({1: 16, 2: 70})
    ws.footer_center = tr("Seite &P von &N")
    ws.header_right = cover.reference
    ws.append([cover.what], Style(bold=True, size=16, color=COVER_TITLE_COLOR))
    ws.append([])
    for key, value in cover_lines(cover):
        row = ws.append([key], BOLD)
        ws.cell(row, 2, value).styled(
            wrap=True,
            horizontal="left",
            vertical="top",
            number_format=COVER_DATE_FORMAT if isinstance(value, datetime) else None,
        )
    return book, book.add_sheet(title)


def _finish(ws: Sheet, widths: list[float], reference: str) -> None:
    """Widths, the header row kept in view and printed on every page, A4 landscape one
    page wide, the sheet's name and the grant in the header, page numbers in the footer."""
    for column, width in enumerate(widths, start=1):
        ws.widths[column] = min(MAX_WIDTH, max(8.0, width + 2))
    ws.freeze_row = 1
    ws.title_rows = 1
    ws.fit = (1, 0)
    ws.footer_center = tr("Seite &P von &N")
    ws.header_left = tr("&A")
    ws.header_right = reference


def _sign_block(ws: Sheet, grant: Grant, declaration: str) -> None:
    """The declaration, place and date, and a line to sign on."""
    ws.append([])
    row = ws.append([declaration], Style(wrap=True, vertical="top"))
    ws.merge(row, 1, ws.max_column if ws.max_column > 1 else 2)
    ws.append([])
    ws.append(
        [
            tr("Ort, Datum"),
            f"{grant.place}, ____________" if grant.place else "______________________",
        ]
    )
    ws.append([])
    ws.append([tr("Unterschrift"), "______________________________"])
    ws.append(["", grant.signatory or tr("(Name, Funktion)")])


def _header(ws: Sheet, headers: list[str]) -> None:
    """The header row, as high as its longest wrapped label needs (set the widths first)."""
    row = ws.append(headers, HEADER)
    fit_heights(ws, {row})


def _money(ws: Sheet, row: int, col: int, value: object, bold: bool = False) -> None:
    ws.cell(row, col, value).styled(number_format=MONEY_FORMAT, bold=bold)


def _percent(ws: Sheet, row: int, col: int, formula: str, result: float) -> None:
    ws.cell(row, col, Formula(formula, result)).styled(number_format=PERCENT_FORMAT)


def _eur(cents: int) -> float:
    return cents / 100


def _col(index: int) -> str:
    """The letter of column *index* (1-based)."""
    name: str = xl_col_to_name(index - 1)
    return name


def _year_row(
    ws: Sheet,
    labels: list[str],
    per_year: dict[int, int],
    years: list[int],
    totals: dict[int, int],
) -> None:
    """A row of the cost plan: its labels, an amount per year, their sum as a formula (with
    its result); the year amounts are added to *totals*."""
    row = ws.append(labels)
    last_col = 4 + len(years)
    for i, year in enumerate(years):
        _money(ws, row, 4 + i, _eur(per_year[year]))
        totals[year] += per_year[year]
    _money(
        ws,
        row,
        last_col,
        Formula(f"=SUM(D{row}:{_col(last_col - 1)}{row})", _eur(sum(per_year.values()))),
    )


def measure_start_text(grant: Grant) -> str:
    """Maßnahmebeginn as the Muster has it, with the consent to an early start."""
    if grant.measure_start is None:
        return "–"
    text = format_date(grant.measure_start)
    if grant.early_start_on:
        text += " " + tr("(vorzeitiger Maßnahmebeginn zugelassen am {value})").format(
            value=format_date(grant.early_start_on)
        )
    return text
