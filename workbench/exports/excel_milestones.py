"""The Meilensteinplan: one row per measure (its period filled) and per milestone (its
month marked ◆, a gate ◆ in dark), a column per month from the first to the last date,
printed a year a page with code, title, kind and date repeated, and a legend (meaning
never by colour alone)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from workbench.exports.errors import ExportError
from workbench.exports.excel import (
    DATE_FORMAT,
    LINE_POINTS,
    TOP,
    WRAP_TOP,
    Cover,
    add_cover,
    finish_sheet,
    header_row,
    save_workbook,
    text_row,
    wrapped_lines,
)
from workbench.i18n import tr
from workbench.model import Measure


def _months(first: date, last: date) -> list[date]:
    months: list[date] = []
    current = date(first.year, first.month, 1)
    while current <= last and len(months) < 120:
        months.append(current)
        current = date(current.year + current.month // 12, current.month % 12 + 1, 1)
    return months


def write_milestone_plan(
    session: Session, path: Path, cover: Cover, measure_ids: Sequence[str] | None = None
) -> Path:
    """A timeline: one row per measure (its period filled) and per milestone (its month
    marked ◆, a gate ◆ in dark), month columns from the first to the last date."""
    query = (
        select(Measure)
        .where(Measure.deleted_at.is_(None))
        .options(selectinload(Measure.milestones))
        .order_by(Measure.code)
    )
    if measure_ids is not None:
        query = query.where(Measure.id.in_(list(measure_ids)))
    measures = list(session.scalars(query))
    dates = [
        d
        for m in measures
        for d in (m.start_date, m.end_date, *(ms.due_date for ms in m.milestones))
        if d
    ]
    if not dates:
        raise ExportError(tr("Keine der Maßnahmen hat Termine: Ein Meilensteinplan wäre leer."))
    months = _months(min(dates), max(dates))
    wb = Workbook()
    wb.remove(wb.active)
    ws = wb.create_sheet(tr("Meilensteinplan"))
    headers = [
        tr("Kennung"),
        tr("Maßnahme / Meilenstein"),
        tr("Art"),
        tr("Datum"),
        *[f"{m.month:02d}/{m.year % 100:02d}" for m in months],
    ]
    header_row(ws, headers)
    title_width = 34.0
    first_month_col = 5
    index = {(m.year, m.month): i for i, m in enumerate(months)}
    row_count = _timeline_rows(ws, measures, index, first_month_col, title_width)
    widths = [9.0, title_width, 11.0, 11.0] + [5.5] * len(months)
    finish_sheet(ws, widths, row_count, len(headers))
    for column, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(column)].width = width
    ws.freeze_panes = "E2"  # code, title, kind and date stay while the months scroll
    _print_a_year_a_page(ws, months, first_month_col)
    _timeline_legend(wb)
    add_cover(wb, cover, len(measures), False)
    return save_workbook(wb, path)


def _timeline_rows(
    ws: Worksheet,
    measures: list[Measure],
    index: dict[tuple[int, int], int],
    first_month_col: int,
    title_width: float,
) -> int:
    """Each measure with its period filled, then its milestones ◆ in their month (a gate
    dark); *index*: (year, month) → the month's column; how many rows were written."""
    period_fill = PatternFill("solid", fgColor="BDD7EE")
    milestone_fill = PatternFill("solid", fgColor="F4B183")
    gate_fill = PatternFill("solid", fgColor="C55A11")
    row_count = 0
    for m in measures:
        row = _timeline_row(ws, [m.code, m.title, tr("Zeitraum"), None], title_width)
        row_count += 1
        ws.cell(row, 2).font = Font(bold=True)
        if m.start_date and m.end_date:
            a, b = (
                index.get((m.start_date.year, m.start_date.month)),
                index.get((m.end_date.year, m.end_date.month)),
            )
            if a is not None and b is not None:
                for i in range(a, b + 1):
                    ws.cell(row, first_month_col + i).fill = period_fill
        for ms in sorted(m.milestones, key=lambda x: (x.due_date or date.max, x.title)):
            kind = tr("Gate") if ms.is_gate else tr("Meilenstein")
            row = _timeline_row(ws, [m.code, ms.title, kind, ms.due_date], title_width)
            row_count += 1
            if ms.due_date:
                ws.cell(row, 4).number_format = DATE_FORMAT
                month_col = index.get((ms.due_date.year, ms.due_date.month))
                if month_col is not None:
                    cell = ws.cell(row, first_month_col + month_col, "◆")
                    cell.fill = gate_fill if ms.is_gate else milestone_fill
                    cell.font = Font(bold=True, color="FFFFFF" if ms.is_gate else "000000")
                    cell.alignment = Alignment(horizontal="center")
    return row_count


def _timeline_row(ws: Worksheet, values: list[Any], title_width: float) -> int:
    """A row of the Meilensteinplan: code, kind and date at the top, the title wrapped
    and the row as high as its lines."""
    ws.append(text_row(ws, values))
    row: int = ws.max_row
    for col in (1, 3, 4):
        ws.cell(row, col).alignment = TOP
    ws.cell(row, 2).alignment = WRAP_TOP
    lines = wrapped_lines(str(values[1]), title_width)
    if lines > 1:
        ws.row_dimensions[row].height = LINE_POINTS * lines
    return row


def _print_a_year_a_page(ws: Worksheet, months: list[date], first_month_col: int) -> None:
    """Printed on A4: one year of months per page, code, title, kind and date repeated on
    each."""
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.page_setup.scale = 100
    ws.page_setup.pageOrder = "overThenDown"
    ws.print_title_cols = "A:D"
    for i, month in enumerate(months[:-1]):
        if month.month == 12:
            ws.col_breaks.append(Break(id=first_month_col + i))


def _timeline_legend(wb: Workbook) -> None:
    """What the fills and marks of the Meilensteinplan mean (not by colour alone)."""
    legend = wb.create_sheet(tr("Legende"))
    legend.append([tr("Zeichen"), tr("Bedeutung")])
    legend.append(["hellblau", tr("Zeitraum der Maßnahme (Beginn bis Ende)")])
    legend.append(["◆ orange", tr("Meilenstein im Monat seiner Fälligkeit")])
    legend.append(["◆ dunkel", tr("Gate: Entscheidung über die nächste Phase")])
    legend.column_dimensions["B"].width = 50
    legend.page_setup.paperSize = Worksheet.PAPERSIZE_A4
