"""The funder's Excel documents: Kosten- und Finanzierungsplan, Belegliste, zahlenmäßiger
Nachweis and Mittelabruf. Sums are Excel formulas; their results (computed here in
integer cents) stand in the cells too."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from workbench.exports.docx_base import save_atomically
from workbench.exports.errors import ExportError
from workbench.exports.excel import (
    DATE_FORMAT,
    HEADER_ALIGN,
    HEADER_FILL,
    HEADER_FONT,
    MONEY_FORMAT,
    CellStyles,
    Cover,
    add_cover,
    as_text,
    finish_sheet,
    text_row,
)
from workbench.exports.xlsx_values import store_results
from workbench.formats import format_date
from workbench.model import Grant
from workbench.model.enums import FinancingSource
from workbench.model.funding import grant_due, position_totals

PERCENT_FORMAT = "0.0 %"
BOLD = Font(bold=True)


def reference(grant: Grant) -> str:
    """What every printed page of a grant's document names: file number and project."""
    return f"{grant.file_number} – {grant.title}" if grant.file_number else grant.title


class _Formula(str):
    """A formula this module writes (user text that looks like one is written as text)."""


def _header(ws: Worksheet, headers: list[str]) -> None:
    ws.append(headers)
    for cell in ws[ws.max_row]:
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGN


def _money(ws: Worksheet, row: int, col: int, value: object) -> None:
    cell = ws.cell(row, col, value)
    cell.number_format = MONEY_FORMAT


_EPOCH = date(1899, 12, 30)


def _serial(day: date) -> int:
    """A date as Excel's serial day number (1900 date system)."""
    return (day - _EPOCH).days


def _eur(cents: int) -> float:
    return cents / 100


def _year_row(ws: Worksheet, labels: list[str], per_year: dict[int, int], years: list[int],
              totals: dict[int, int], results: dict[str, float]) -> None:
    """A row of the cost plan: its labels, an amount per year, their sum as a formula (with
    its result); the year amounts are added to *totals*."""
    ws.append(text_row(ws, labels))
    row = ws.max_row
    last_col = 4 + len(years)
    for i, year in enumerate(years):
        _money(ws, row, 4 + i, _eur(per_year[year]))
        totals[year] += per_year[year]
    _money(ws, row, last_col, f"=SUM(D{row}:{get_column_letter(last_col - 1)}{row})")
    results[f"{get_column_letter(last_col)}{row}"] = _eur(sum(per_year.values()))


def write_cost_plan(grant: Grant, path: Path, cover: Cover) -> Path:
    """Kosten- und Finanzierungsplan: positions × years with categories, then the financing
    by source × year; every sum a formula, and the difference row that must be zero."""
    cover = replace(cover, reference=reference(grant))
    years = sorted({p.year for pos in grant.positions for p in pos.planned}
                   | {line.year for line in grant.financing})
    if not years:
        raise ExportError("Der Kosten- und Finanzierungsplan dieser Zuwendung ist leer.")
    wb = Workbook()
    wb.remove(wb.active)
    ws = wb.create_sheet("Kostenplan")
    last_col = 3 + len(years) + 1
    _header(ws, ["Nr.", "Kostenposition", "Kategorie", *[str(y) for y in years], "Summe"])
    results: dict[str, float] = {}
    first = ws.max_row + 1
    year_totals: dict[int, int] = defaultdict(int)
    for pos in grant.positions:
        per_year: dict[int, int] = defaultdict(int)
        for planned in pos.planned:
            per_year[planned.year] += planned.cents
        _year_row(ws, [pos.number, pos.name, pos.category.label], per_year, years, year_totals, results)
    last = ws.max_row
    ws.append(["", "Summe Kosten"])
    cost_row = ws.max_row
    for i, year in enumerate([*years, None]):
        col = get_column_letter(4 + i)
        _money(ws, cost_row, 4 + i, f"=SUM({col}{first}:{col}{last})")
        results[f"{col}{cost_row}"] = _eur(year_totals[year] if year else sum(year_totals.values()))
        ws.cell(cost_row, 4 + i).font = BOLD
    ws.cell(cost_row, 2).font = BOLD
    ws.append([])
    ws.append(["", "Finanzierung"])
    ws.cell(ws.max_row, 2).font = BOLD
    first_fin = ws.max_row + 1
    money_totals: dict[int, int] = defaultdict(int)
    for source in FinancingSource:
        per_year = defaultdict(int)
        for line in grant.financing:
            if line.source is source:
                per_year[line.year] += line.cents
        _year_row(ws, ["", source.label], per_year, years, money_totals, results)
    last_fin = ws.max_row
    ws.append(["", "Summe Finanzierung"])
    fin_row = ws.max_row
    ws.append(["", "Differenz Kosten − Finanzierung (muss 0 sein)"])
    diff_row = ws.max_row
    for i, year in enumerate([*years, None]):
        col = get_column_letter(4 + i)
        _money(ws, fin_row, 4 + i, f"=SUM({col}{first_fin}:{col}{last_fin})")
        _money(ws, diff_row, 4 + i, f"={col}{cost_row}-{col}{fin_row}")
        total_money = money_totals[year] if year else sum(money_totals.values())
        total_cost = year_totals[year] if year else sum(year_totals.values())
        results[f"{col}{fin_row}"] = _eur(total_money)
        results[f"{col}{diff_row}"] = _eur(total_cost - total_money)
    finish_sheet(ws, [8, 40, 28, *[14] * len(years), 16], None, last_col, cover.reference)
    add_cover(wb, cover, len(grant.positions), False)
    save_atomically(path, wb.save)
    store_results(path, {2: results})  # sheet 1 is the cover
    return path


def write_receipt_list(grant: Grant, path: Path, cover: Cover, receipts: list | None = None) -> Path:
    """Belegliste: receipts ordered by plan position and date, a sum per position and in all.
    *receipts* may come as plain rows; written in write-only mode: 20,000 stay quick."""
    cover = replace(cover, reference=reference(grant))
    receipts = grant.receipts if receipts is None else receipts
    by_position: dict[str | None, list] = defaultdict(list)
    for receipt in receipts:
        by_position[receipt.position_id].append(receipt)
    positions = [(p.id, f"{p.number} {p.name}") for p in grant.positions]
    if by_position.get(None):
        positions.append((None, "Ohne Planposition"))
    wb = Workbook(write_only=True)
    add_cover(wb, cover, len(receipts), True)
    ws = wb.create_sheet("Belege")
    finish_sheet(ws, [14, 12, 12, 30, 48, 16], None, 6, cover.reference)
    header = []
    for text in ("Beleg-Nr.", "Belegdatum", "Bezahlt am", "Zahlungsempfänger", "Zweck", "Betrag (EUR)"):
        cell = WriteOnlyCell(ws, value=text)
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGN
        header.append(cell)
    ws.append(header)
    row = 1
    styles = CellStyles(ws)
    results: dict[str, float] = {}
    subtotal_cells = []
    grand = 0
    for position_id, label in positions:
        block = sorted(by_position.get(position_id, []), key=lambda r: (r.receipt_date, r.number))
        heading = WriteOnlyCell(ws, value=label)  # the position heads its block of receipts
        heading.data_type = "s"  # a position named "=…" stays text
        heading.font = BOLD
        ws.append([heading])
        row += 1
        first = row + 1
        total = 0
        for r in block:
            # dates as Excel serial numbers with a date format: what openpyxl would store,
            # without converting 40,000 dates one by one
            ws.append([as_text(ws, r.number), styles.cell(_serial(r.receipt_date), DATE_FORMAT),
                       styles.cell(_serial(r.paid_on), DATE_FORMAT) if r.paid_on else None,
                       as_text(ws, r.payee), as_text(ws, r.purpose),
                       styles.cell(r.gross_cents / 100, MONEY_FORMAT)])
            total += r.gross_cents
        row += len(block)
        label_cell = WriteOnlyCell(ws, value=f"Summe {label}")  # starts with "Summe": text
        label_cell.font = BOLD
        formula = f"=SUM(F{first}:F{row})" if block else 0
        sum_cell = WriteOnlyCell(ws, value=formula)
        sum_cell.number_format, sum_cell.font = MONEY_FORMAT, BOLD
        ws.append([label_cell, None, None, None, None, sum_cell])
        row += 1
        results[f"F{row}"] = _eur(total)
        subtotal_cells.append(f"F{row}")
        grand += total
    label_cell = WriteOnlyCell(ws, value="Summe aller Belege")
    label_cell.font = BOLD
    total_cell = WriteOnlyCell(ws, value="=" + "+".join(subtotal_cells) if subtotal_cells else 0)
    total_cell.number_format, total_cell.font = MONEY_FORMAT, BOLD
    ws.append([label_cell, None, None, None, None, total_cell])
    row += 1
    results[f"F{row}"] = _eur(grand)
    save_atomically(path, wb.save)
    store_results(path, {2: results})
    return path


def _compare_row(ws: Worksheet, labels: list[str], planned: int, spent: int,
                 results: dict[str, float]) -> None:
    """A row of the Nachweis: „lt. Zuwendungsbescheid“ beside „lt. Abrechnung“, the difference
    and the share as formulas (with their results)."""
    ws.append(text_row(ws, labels))
    row = ws.max_row
    _money(ws, row, 3, _eur(planned))
    _money(ws, row, 4, _eur(spent))
    _money(ws, row, 5, f"=D{row}-C{row}")
    ws.cell(row, 6, f"=IF(C{row}=0,0,D{row}/C{row})").number_format = PERCENT_FORMAT
    results[f"E{row}"] = _eur(spent - planned)
    results[f"F{row}"] = spent / planned if planned else 0


def write_statement(grant: Grant, path: Path, cover: Cover) -> Path:
    """Zahlenmäßiger Nachweis: spending per position „lt. Zuwendungsbescheid“ beside „lt.
    Abrechnung“, difference in EUR and the share in %, then the financing."""
    cover = replace(cover, reference=reference(grant))
    wb = Workbook()
    wb.remove(wb.active)
    ws = wb.create_sheet("Nachweis")
    _header(ws, ["Nr.", "Ausgaben", "lt. Zuwendungsbescheid (EUR)", "lt. Abrechnung (EUR)",
                 "Differenz (EUR)", "Abrechnung in %"])
    results: dict[str, float] = {}
    first = ws.max_row + 1
    totals = position_totals(grant)
    for t in totals:
        _compare_row(ws, [t.number, t.name], t.planned, t.actual, results)
    plan_total = sum(t.planned for t in totals)
    actual_total = sum(t.actual for t in totals)
    last = ws.max_row
    ws.append(["", "Summe Ausgaben"])
    row = ws.max_row
    for col in "CDE":
        _money(ws, row, " ABCDE".index(col), f"=SUM({col}{first}:{col}{last})")
    ws.cell(row, 6, f"=IF(C{row}=0,0,D{row}/C{row})").number_format = PERCENT_FORMAT
    results.update({f"C{row}": _eur(plan_total), f"D{row}": _eur(actual_total),
                    f"E{row}": _eur(actual_total - plan_total),
                    f"F{row}": actual_total / plan_total if plan_total else 0})
    for col in range(1, 7):
        ws.cell(row, col).font = BOLD
    ws.append([])
    ws.append(["", "Finanzierung", "lt. Zuwendungsbescheid (EUR)", "lt. Abrechnung (EUR)",
               "Differenz (EUR)", "Abrechnung in %"])
    for cell in ws[ws.max_row]:
        cell.font = BOLD
    granted_plan = sum(line.cents for line in grant.financing if line.source is FinancingSource.GRANT)
    share = grant_due(grant, actual_total)  # the rate of the spending, at most the approval
    other_plan = sum(line.cents for line in grant.financing if line.source is not FinancingSource.GRANT)
    for label, planned, spent in (("Zuwendung", granted_plan, share),
                                  ("Eigenanteil und Leistungen Dritter", other_plan, actual_total - share)):
        _compare_row(ws, ["", label], planned, spent, results)
    finish_sheet(ws, [8, 40, 24, 22, 18, 16], None, 6, cover.reference)
    add_cover(wb, cover, len(grant.positions), False)
    save_atomically(path, wb.save)
    store_results(path, {2: results})
    return path


def write_funds_request(grant: Grant, path: Path, cover: Cover) -> Path:
    """Mittelabruf: the newest request with what is due within two months, what was called
    before and what remains."""
    cover = replace(cover, reference=reference(grant))
    if not grant.requests:
        raise ExportError("Für diese Zuwendung ist noch kein Mittelabruf erfasst.")
    requests = sorted(grant.requests, key=lambda q: q.requested_on)
    current = requests[-1]
    earlier = sum(q.amount_cents for q in requests[:-1])
    wb = Workbook()
    wb.remove(wb.active)
    ws = wb.create_sheet("Mittelabruf")
    rows: list[tuple[str, object]] = [
        ("Zuwendungsempfänger / Vorhaben", grant.title), ("Aktenzeichen", grant.file_number),
        ("Förderprogramm", f"{grant.programme.name} ({grant.programme.funder} {grant.programme.code})"),
        ("Bewilligungszeitraum", f"{format_date(grant.start_date)} – {format_date(grant.end_date)}"),
        ("Datum des Abrufs", current.requested_on),
        ("Bewilligte Zuwendung (EUR)", _eur(grant.approved_cents)),
        ("Bisher abgerufen (EUR)", _eur(earlier)),
        ("Innerhalb von zwei Monaten fällige Zahlungen (EUR)", _eur(current.due_within_two_months_cents)),
        ("Jetzt angeforderter Betrag (EUR)", _eur(current.amount_cents)),
        ("Nach diesem Abruf verbleibend (EUR)", _Formula("=B6-B7-B9")),
        ("Begründung", current.justification),
        ("Verwendung der bisher abgerufenen Mittel", current.use_of_earlier_funds),
    ]
    for label, value in rows:
        ws.append([label, value if isinstance(value, _Formula) else as_text(ws, value)])
        row = ws.max_row
        ws.cell(row, 1).font = BOLD
        if isinstance(value, float) or (isinstance(value, str) and value.startswith("=")):
            ws.cell(row, 2).number_format = MONEY_FORMAT
        elif hasattr(value, "year"):
            ws.cell(row, 2).number_format = DATE_FORMAT
    ws.column_dimensions["A"].width = 48
    ws.column_dimensions["B"].width = 60
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # the request on one printed page
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.oddHeader.right.text = cover.reference
    ws.oddFooter.center.text = "Seite &P von &N"
    add_cover(wb, cover, 1, False)
    save_atomically(path, wb.save)
    store_results(path, {2: {"B10": _eur(grant.approved_cents - earlier - current.amount_cents)}})
    return path

