"""The Indikatoren workbook: every indicator with its baseline, target and each dated
value, and – with the impact overview – a sheet „Wirkung“ with its sentence, tables and
an Excel chart drawn from the cells (docs/DOMAIN.md „Wirkung“)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from workbench.exports.excel import (
    DATE_FORMAT,
    NUMBER_FORMAT,
    Cover,
    add_cover,
    finish_sheet,
    header_row,
    save_workbook,
    text_row,
)
from workbench.exports.sections import Pictured
from workbench.i18n import tr
from workbench.model import Indicator, IndicatorValue, Measure


def write_indicators(
    session: Session,
    path: Path,
    cover: Cover,
    measure_ids: Sequence[str] | None = None,
    overview: Pictured | None = None,
) -> Path:
    """Every indicator with its baseline, target and each dated value (one row per value);
    with *overview* (services.impact_report) a sheet „Wirkung“: its sentence, its tables
    and the standings per Handlungsfeld as a stacked bar chart of Excel's own."""
    query = (
        select(Indicator)
        .join(Measure)
        .where(Measure.deleted_at.is_(None))
        .options(selectinload(Indicator.values), selectinload(Indicator.measure))
        .order_by(Measure.code, Indicator.position)
    )
    if measure_ids is not None:
        query = query.where(Measure.id.in_(list(measure_ids)))
    indicators = list(session.scalars(query))
    wb = Workbook()
    wb.remove(wb.active)
    rows = _indicator_sheet(wb, indicators)
    if overview is not None:
        _impact_sheet(wb, overview)
    add_cover(wb, cover, rows, False)
    return save_workbook(wb, path)


def _indicator_sheet(wb: Workbook, indicators: list[Indicator]) -> int:
    """The sheet „Indikatoren“: a row per dated value (one for an indicator without any);
    how many rows."""
    ws = wb.create_sheet(tr("Indikatoren"))
    headers = [
        tr("Kennung"),
        tr("Maßnahme"),
        tr("Indikator"),
        tr("Art"),
        tr("Einheit"),
        tr("Ausgangswert"),
        tr("Zielwert"),
        tr("Messdatum"),
        tr("Wert"),
        tr("Anmerkung"),
    ]
    header_row(ws, headers)
    rows = 0
    for ind in indicators:
        values: list[IndicatorValue | None] = [
            *sorted(ind.values, key=lambda v: v.measured_on)
        ] or [None]
        for value in values:
            ws.append(
                text_row(
                    ws,
                    [
                        ind.measure.code,
                        ind.measure.title,
                        ind.name,
                        ind.kind.label,
                        ind.unit,
                        ind.baseline,
                        ind.target,
                        value.measured_on if value else None,
                        value.value if value else None,
                        value.note if value else "",
                    ],
                )
            )
            r = ws.max_row
            rows += 1
            for col in (6, 7, 9):
                ws.cell(r, col).number_format = NUMBER_FORMAT
            ws.cell(r, 8).number_format = DATE_FORMAT
    widths = [10.0, 40.0, 36.0, 9.0, 10.0, 13.0, 11.0, 11.0, 10.0, 40.0]
    finish_sheet(ws, widths, rows, len(headers))
    return rows


def _impact_sheet(wb: Workbook, overview: Pictured) -> None:
    """The dashboard in the workbook: the sentence, each table under its heading, and a
    stacked bar chart of the first table (per Handlungsfeld) beside them. An Excel chart
    rather than a picture: it is drawn from the cells, stays editable and is read out
    with them."""
    from openpyxl.chart import BarChart, Reference

    ws = wb.create_sheet(tr("Wirkung"))
    ws.append(text_row(ws, [overview.heading]))
    ws.cell(1, 1).font = Font(bold=True, size=13)
    ws.append(text_row(ws, [overview.description]))
    ws.cell(2, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=7)
    ws.row_dimensions[2].height = 48
    first_table: tuple[int, int, int] | None = None  # header row, last row, columns
    for section in overview.tables:
        ws.append([])
        ws.append(text_row(ws, [section.heading]))
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        header = header_row(ws, section.headers)
        for row in section.rows:
            ws.append(text_row(ws, [int(v) if v.isdigit() else v for v in row]))
        if not section.rows:
            ws.append(text_row(ws, [section.empty]))
        if first_table is None and section.rows:
            first_table = (header, ws.max_row, len(section.headers))
    for column, width in zip("ABCDEFG", (44, 14, 14, 16, 16, 20, 12), strict=True):
        ws.column_dimensions[column].width = width
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = tr("Seite &P von &N")
    ws.oddHeader.left.text = tr("&A")
    if first_table is not None:
        header, last, columns = first_table
        chart = BarChart()
        chart.type = "bar"
        chart.grouping = "stacked"
        chart.overlap = 100
        chart.title = overview.tables[0].heading
        chart.height, chart.width = 3 + 0.7 * (last - header), 18
        # the standings' columns: one series each, named by the header
        data = Reference(ws, min_col=2, max_col=columns, min_row=header, max_row=last)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=header + 1, max_row=last))
        ws.add_chart(chart, "I3")
