"""The funder's Excel documents: Kosten- und Finanzierungsplan, Belegliste, zahlenmäßiger
Nachweis and Mittelabruf, laid out after the forms (the Muster of the Verwendungsnachweis
to VV Nr. 10 zu § 44 BHO) in the terms of the grant's own legal basis. Sums are Excel
formulas; their results (computed here in integer cents) stand in the cells too.

A report covers a period: spending and income count by their payment date, the period
and everything before it since the grant's start (the cumulative column), both clipped
to the Bewilligungszeitraum: what was paid outside it is not eligible."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
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
from workbench.formats import format_basis_points, format_date
from workbench.i18n import tr
from workbench.model import Grant, Receipt
from workbench.model.enums import FinancingSource
from workbench.model.funding import (
    Period,
    eligible_cents,
    eligible_spending,
    grant_due,
    income_cents,
    planned_eligible,
    position_totals,
    requestable,
)
from workbench.model.labels import GrantTerms, grant_terms

PERCENT_FORMAT = "0.0 %"
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


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


def _sign_block(ws: Worksheet, grant: Grant, declaration: str) -> None:
    """The declaration, place and date, and a line to sign on."""
    ws.append([])
    ws.append(text_row(ws, [declaration]))
    ws.cell(ws.max_row, 1).alignment = WRAP
    ws.merge_cells(
        start_row=ws.max_row,
        start_column=1,
        end_row=ws.max_row,
        end_column=ws.max_column if ws.max_column > 1 else 2,
    )
    ws.append([])
    ws.append(
        text_row(
            ws,
            [
                tr("Ort, Datum"),
                f"{grant.place}, ____________" if grant.place else "______________________",
            ],
        )
    )
    ws.append([])
    ws.append(text_row(ws, [tr("Unterschrift"), "______________________________"]))
    ws.append(text_row(ws, ["", grant.signatory or tr("(Name, Funktion)")]))


def fit_heights(ws: Worksheet, first: int = 1) -> None:
    """Row heights for wrapped text (readers do not grow rows written by openpyxl): the
    lines the longest cell needs at its column's (or merged range's) width."""
    spans = {
        (r.min_row, r.min_col): sum(
            ws.column_dimensions[get_column_letter(c)].width or 10
            for c in range(r.min_col, r.max_col + 1)
        )
        for r in ws.merged_cells.ranges
        if r.min_row == r.max_row
    }
    for row in ws.iter_rows(min_row=first):
        lines = 1
        for cell in row:
            if (
                not isinstance(cell.value, str)
                or cell.value.startswith("=")
                or not (cell.alignment and cell.alignment.wrap_text)
            ):
                continue
            width = spans.get(
                (cell.row, cell.column),
                ws.column_dimensions[get_column_letter(cell.column)].width or 10,
            )
            chars = max(1.0, width * (0.95 if cell.font and cell.font.b else 1.05))
            lines = max(
                lines, sum(-(-max(1, len(part)) // int(chars)) for part in cell.value.split("\n"))
            )
        if lines > 1:
            ws.row_dimensions[row[0].row].height = 13.5 * lines + 2


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


def _year_row(
    ws: Worksheet,
    labels: list[str],
    per_year: dict[int, int],
    years: list[int],
    totals: dict[int, int],
    results: dict[str, float],
) -> None:
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
    """Kosten- und Finanzierungsplan: positions × years with categories, the total costs
    against the eligible costs, then the financing by source × year (own share,
    third parties, other public funding, the grant), the funding rate of the eligible
    costs, and the difference row that must be zero; every sum a formula."""
    cover = replace(cover, reference=reference(grant))
    t = terms(grant)
    years = sorted(
        {p.year for pos in grant.positions for p in pos.planned}
        | {line.year for line in grant.financing}
    )
    if not years:
        raise ExportError(tr("Der Kosten- und Finanzierungsplan dieser Zuwendung ist leer."))
    wb = Workbook()
    wb.remove(wb.active)
    ws = wb.create_sheet(tr("Kostenplan"))
    last_col = 3 + len(years) + 1
    cols = [get_column_letter(4 + i) for i in range(len(years) + 1)]  # the years, then the sum
    _header(
        ws, ["Nr.", tr("Kostenposition"), tr("Kategorie"), *[str(y) for y in years], tr("Summe")]
    )
    results: dict[str, float] = {}
    first = ws.max_row + 1
    year_totals: dict[int, int] = defaultdict(int)
    excluded: dict[int, int] = defaultdict(int)
    excluded_rows = []
    for pos in grant.positions:
        per_year: dict[int, int] = defaultdict(int)
        for planned in pos.planned:
            per_year[planned.year] += planned.cents
        category = (
            pos.category.label
            if pos.eligible
            else tr("{label} (nicht {eligible})").format(
                label=pos.category.label, eligible=t.eligible
            )
        )
        _year_row(ws, [pos.number, pos.name, category], per_year, years, year_totals, results)
        if not pos.eligible:
            excluded_rows.append(ws.max_row)
            for year, cents in per_year.items():
                excluded[year] += cents
    last = ws.max_row

    def total_of(amounts: dict[int, int], year: int | None) -> int:
        return amounts[year] if year else sum(amounts.values())

    def sum_row(label: str, formula: str, amounts: dict[int, int], bold: bool = True) -> int:
        """A row of one formula per year column (``{c}``: the column letter)."""
        ws.append(["", label])
        row: int = ws.max_row
        for i, year in enumerate([*years, None]):
            _money(ws, row, 4 + i, formula.format(c=cols[i]))
            results[f"{cols[i]}{row}"] = _eur(total_of(amounts, year))
            ws.cell(row, 4 + i).font = BOLD if bold else Font()
        ws.cell(row, 2).font = BOLD if bold else Font()
        return row

    cost_row = sum_row(tr("Gesamtkosten"), f"=SUM({{c}}{first}:{{c}}{last})", year_totals)
    excluded_formula = "=" + "+".join(f"{{c}}{r}" for r in excluded_rows) if excluded_rows else "=0"
    excluded_row = sum_row(
        tr("davon nicht {eligible}").format(eligible=t.eligible),
        excluded_formula,
        excluded,
        bold=False,
    )
    eligible = {y: year_totals[y] - excluded[y] for y in years}
    eligible_row = sum_row(
        f"{t.eligible.capitalize()}e {t.spending}",
        f"={{c}}{cost_row}-{{c}}{excluded_row}",
        defaultdict(int, eligible),
    )
    ws.append([])
    ws.append(["", tr("Finanzierung")])
    ws.cell(ws.max_row, 2).font = BOLD
    first_fin = ws.max_row + 1
    money_totals: dict[int, int] = defaultdict(int)
    grant_row = 0
    grant_money: dict[int, int] = defaultdict(int)
    for source in FinancingSource:
        per_year = defaultdict(int)
        for line in grant.financing:
            if line.source is source:
                per_year[line.year] += line.cents
        label = t.grant if source is FinancingSource.GRANT else source.label
        _year_row(ws, ["", label], per_year, years, money_totals, results)
        if source is FinancingSource.GRANT:
            grant_row, grant_money = ws.max_row, per_year
    last_fin = ws.max_row
    fin_row = sum_row(
        tr("Summe Finanzierung"), f"=SUM({{c}}{first_fin}:{{c}}{last_fin})", money_totals
    )
    ws.append(
        [
            "",
            tr("Förderquote ({grant} je {eligible}e {spending}; {approved}: {value} %)").format(
                grant=t.grant,
                eligible=t.eligible,
                spending=t.spending,
                approved=t.approved,
                value=format_basis_points(grant.rate_bp),
            ),
        ]
    )
    rate_row = ws.max_row
    for i, column_year in enumerate([*years, None]):  # the years, then the total (None)
        col = cols[i]
        ws.cell(
            rate_row, 4 + i, f"=IF({col}{eligible_row}=0,0,{col}{grant_row}/{col}{eligible_row})"
        ).number_format = PERCENT_FORMAT
        base = total_of(defaultdict(int, eligible), column_year)
        results[f"{col}{rate_row}"] = total_of(grant_money, column_year) / base if base else 0
    diff_row = sum_row(
        tr("Differenz Kosten − Finanzierung (muss 0 sein)"),
        f"={{c}}{cost_row}-{{c}}{fin_row}",
        defaultdict(int, {y: year_totals[y] - money_totals[y] for y in years}),
    )
    del diff_row
    finish_sheet(ws, [8, 40, 28, *[14] * len(years), 16], None, last_col, cover.reference)
    ws.page_setup.orientation = "portrait" if len(years) <= 3 else "landscape"
    add_cover(wb, cover, len(grant.positions), False)
    save_atomically(path, wb.save)
    store_results(path, {2: results})  # sheet 1 is the cover
    return path


RECEIPT_HEADERS = (
    tr("Lfd. Nr."),
    tr("Beleg-Nr."),
    tr("Belegdatum"),
    tr("Bezahlt am"),
    tr("Empfänger/Einzahler"),
    tr("Zweck"),
    tr("Netto (EUR)"),
    "USt (EUR)",
    tr("Brutto (EUR)"),
)


def write_receipt_list(
    grant: Grant,
    path: Path,
    cover: Cover,
    receipts: list[Receipt] | None = None,
    period: Period | None = None,
) -> Path:
    """Belegliste: receipts ordered by plan position and date with a running number, net,
    VAT, gross and the eligible amount (net where the recipient deducts input VAT), a sum
    per position and in all, then the income by source. With a *period*: the receipts
    paid within it. A receipt not paid within the Bewilligungszeitraum has no eligible
    amount. *receipts* may come as plain rows; written in write-only mode:
    20,000 stay quick."""
    cover = replace(
        cover,
        reference=reference(grant),
        scope=tr("{scope} · Zeitraum: {value}").format(
            scope=cover.scope, value=period_text(period)
        ),
    )
    t = terms(grant)
    receipts = grant.receipts if receipts is None else receipts
    if period is not None:
        receipts = [r for r in receipts if period.holds(r.paid_on)]
    eligible_position = {p.id: p.eligible for p in grant.positions}
    granted = clipped(grant, None)
    by_position: dict[str | None, list[Receipt]] = defaultdict(list)
    income: dict[FinancingSource, list[Receipt]] = defaultdict(list)
    for receipt in receipts:
        if receipt.income_source is not None:
            income[FinancingSource(receipt.income_source)].append(receipt)
        else:
            by_position[receipt.position_id].append(receipt)
    positions: list[tuple[str | None, str]] = [
        (p.id, f"{p.number} {p.name}") for p in grant.positions
    ]
    if by_position.get(None):
        positions.append((None, tr("Ohne Planposition")))
    wb = Workbook(write_only=True)
    add_cover(wb, cover, len(receipts), True)
    ws = wb.create_sheet(tr("Belege"))
    finish_sheet(ws, [7, 16, 11, 11, 30, 42, 13, 11, 13, 17], None, 10, cover.reference)
    header = []
    for text in (*RECEIPT_HEADERS, tr("{eligible} (EUR)").format(eligible=t.eligible)):
        cell = WriteOnlyCell(ws, value=text)
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGN
        header.append(cell)
    ws.append(header)
    row = 1
    running = 0
    styles = CellStyles(ws)
    results: dict[str, float] = {}
    subtotals: dict[str, list[str]] = {"G": [], "H": [], "I": [], "J": []}
    grand = {"G": 0, "H": 0, "I": 0, "J": 0}

    def bold(value: object) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value=value)
        cell.data_type = "s" if isinstance(value, str) else cell.data_type  # "=…" stays text
        cell.font = BOLD
        return cell

    def block(label: str, rows: list[Receipt], amounts: list[tuple[str, ...]] | None) -> None:
        nonlocal row, running
        ws.append([bold(label)])
        row += 1
        first = row + 1
        sums = {"G": 0, "H": 0, "I": 0, "J": 0}
        for r in sorted(rows, key=lambda r: (r.receipt_date, r.number)):
            running += 1
            net = r.gross_cents - (r.vat_cents or 0)
            values = {
                "G": net,
                "H": r.vat_cents or 0,
                "I": r.gross_cents,
                "J": eligible_cents(
                    r, grant.vat_deductible, eligible_position.get(r.position_id or "", True)
                )
                if granted.holds(r.paid_on)
                else 0,
            }  # unpaid or paid outside: not eligible
            if amounts is None:  # income: the amount received only
                values = {"G": 0, "H": 0, "I": r.gross_cents, "J": 0}
            # dates as Excel serial numbers with a date format: what openpyxl would store,
            # without converting 40,000 dates one by one
            ws.append(
                [
                    running,
                    as_text(ws, r.number),
                    styles.cell(_serial(r.receipt_date), DATE_FORMAT),
                    styles.cell(_serial(r.paid_on), DATE_FORMAT) if r.paid_on else None,
                    as_text(ws, r.payee),
                    as_text(ws, r.purpose),
                    *[
                        styles.cell(values[c] / 100, MONEY_FORMAT)
                        if amounts is not None or c == "I"
                        else None
                        for c in "GHIJ"
                    ],
                ]
            )
            for c in sums:
                sums[c] += values[c]
        row += len(rows)
        cells: list[object] = [
            bold(tr("Summe {label}").format(label=label)),
            None,
            None,
            None,
            None,
            None,
        ]
        for c in "GHIJ":
            if amounts is None and c != "I":
                cells.append(None)
                continue
            cell = WriteOnlyCell(ws, value=f"=SUM({c}{first}:{c}{row})" if rows else 0)
            cell.number_format, cell.font = MONEY_FORMAT, BOLD
            cells.append(cell)
        ws.append(cells)
        row += 1
        for c in "GHIJ":
            if amounts is None and c != "I":
                continue
            results[f"{c}{row}"] = _eur(sums[c])
            if amounts is not None:
                subtotals[c].append(f"{c}{row}")
                grand[c] += sums[c]

    for position_id, label in positions:
        block(label, by_position.get(position_id, []), [])
    cells: list[object] = [bold(tr("Summe aller Ausgaben")), None, None, None, None, None]
    for c in "GHIJ":
        cell = WriteOnlyCell(ws, value="=" + "+".join(subtotals[c]) if subtotals[c] else 0)
        cell.number_format, cell.font = MONEY_FORMAT, BOLD
        cells.append(cell)
    ws.append(cells)
    row += 1
    for c in "GHIJ":
        results[f"{c}{row}"] = _eur(grand[c])
    for source in FinancingSource:
        if income.get(source):
            ws.append([])
            row += 1
            block(tr("Einnahmen: {label}").format(label=source.label), income[source], None)
    save_atomically(path, wb.save)
    store_results(path, {2: results})
    return path


def _compare_row(
    ws: Worksheet,
    labels: list[str],
    planned: int,
    in_period: int,
    cumulative: int,
    results: dict[str, float],
) -> int:
    """A row of the Nachweis: „lt. Bescheid“, „im Berichtszeitraum“ and „bis Ende des
    Berichtszeitraums“ (cumulative), the difference and the share as formulas."""
    ws.append(text_row(ws, labels))
    row: int = ws.max_row
    _money(ws, row, 3, _eur(planned))
    _money(ws, row, 4, _eur(in_period))
    _money(ws, row, 5, _eur(cumulative))
    _money(ws, row, 6, f"=E{row}-C{row}")
    ws.cell(row, 7, f"=IF(C{row}=0,0,E{row}/C{row})").number_format = PERCENT_FORMAT
    results[f"F{row}"] = _eur(cumulative - planned)
    results[f"G{row}"] = cumulative / planned if planned else 0
    return row


def _key_value(
    ws: Worksheet,
    label: str,
    value: object,
    number_format: str | None = None,
    column: int = 2,
    last: int = 0,
) -> int:
    """A label (spanning the columns before *column*) and its value in *column* (spanning
    up to *last*, left-aligned); returns the row."""
    ws.append([label])
    row: int = ws.max_row
    cell = ws.cell(row, column, value if isinstance(value, _Formula) else as_text(ws, value))
    ws.cell(row, 1).font = BOLD
    ws.cell(row, 1).alignment = WRAP
    if column > 2:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=column - 1)
    if last > column:
        ws.merge_cells(start_row=row, start_column=column, end_row=row, end_column=last)
        cell.alignment = Alignment(horizontal="left", vertical="top")
    if number_format:
        cell.number_format = number_format
    return row


def _payouts_until(grant: Grant, day: date | None) -> int:
    return sum(p.amount_cents for p in grant.payouts if day is None or p.paid_on <= day)


def write_statement(
    grant: Grant, path: Path, cover: Cover, period: Period | None = None, kind: str = tr("Nachweis")
) -> Path:
    """Zahlenmäßiger Nachweis after the Muster: header (recipient, funder, decision with
    date, file number and amount, paid out in all), I. income by source „lt. Bescheid“
    and „lt. Abrechnung“ in EUR and v. H., II. spending per position in the period and
    cumulated, in all and the eligible part, III. the result (still to be paid out or to
    be paid back), IV. the declaration to sign."""
    t = terms(grant)
    period = clipped(grant, period)
    until = Period(grant.start_date, period.end)
    cover = replace(
        cover,
        reference=reference(grant),
        scope=tr("{scope} · Berichtszeitraum: {value}").format(
            scope=cover.scope, value=period_text(period)
        ),
    )
    wb = Workbook()
    wb.remove(wb.active)
    ws = wb.create_sheet(tr("Nachweis"))
    results: dict[str, float] = {}
    ws.append([tr("Zahlenmäßiger Nachweis ({kind})").format(kind=kind)])
    ws.cell(1, 1).font = Font(bold=True, size=14)
    paid_out = _payouts_until(grant, period.end)
    header_rows: dict[str, int] = {}
    for key, label, value, fmt in (
        ("", t.recipient, grant.recipient or "–", None),
        ("", tr("Vorhaben"), grant.title, None),
        (
            "",
            tr("Förderprogramm / Fördermittelgeber"),
            f"{grant.programme.name} ({grant.programme.funder} {grant.programme.code})".strip(),
            None,
        ),
        ("", tr("{decision} vom").format(decision=t.decision), grant.approved_on, DATE_FORMAT),
        ("", tr("Aktenzeichen"), grant.file_number, None),
        (
            "approved",
            tr("{grant} insgesamt {approved} (EUR)").format(grant=t.grant, approved=t.approved),
            _eur(grant.approved_cents),
            MONEY_FORMAT,
        ),
        ("", t.period, f"{format_date(grant.start_date)} – {format_date(grant.end_date)}", None),
        ("", tr("Berichtszeitraum"), period_text(period), None),
        (
            "paid",
            tr("Ausgezahlt insgesamt bis {value} (EUR)").format(
                value=format_date(period.end) or tr("heute")
            ),
            _eur(paid_out),
            MONEY_FORMAT,
        ),
    ):
        header_rows[key] = _key_value(ws, label, value, fmt, column=3, last=7)
    approved_row, paid_row = header_rows["approved"], header_rows["paid"]

    # I. income
    ws.append([])
    ws.append(
        [
            tr("I. Einnahmen"),
            "",
            tr("{per_decision} (EUR)").format(per_decision=t.per_decision),
            "v. H.",
            tr("lt. Abrechnung (EUR)"),
            "v. H.",
        ]
    )
    for cell in ws[ws.max_row]:
        cell.font, cell.alignment = BOLD, WRAP
    totals = position_totals(grant, until)
    spent_until = sum(x.spent for x in totals)
    eligible_until = eligible_spending(grant, until)
    due = grant_due(grant, eligible_until)
    planned_by_source = {
        s: sum(line.cents for line in grant.financing if line.source is s) for s in FinancingSource
    }
    actual_by_source = {
        FinancingSource.THIRD_PARTY: income_cents(grant, FinancingSource.THIRD_PARTY, until),
        FinancingSource.OTHER_PUBLIC: income_cents(grant, FinancingSource.OTHER_PUBLIC, until),
        FinancingSource.GRANT: due,
    }
    actual_by_source[FinancingSource.OWN_SHARE] = spent_until - sum(actual_by_source.values())
    first_income = ws.max_row + 1
    last_income = first_income + len(FinancingSource) - 1
    total_income = last_income + 1
    for source in FinancingSource:
        label = t.grant if source is FinancingSource.GRANT else source.label
        ws.append(text_row(ws, [label]))
        row = ws.max_row
        _money(ws, row, 3, _eur(planned_by_source[source]))
        _money(ws, row, 5, _eur(actual_by_source[source]))
        ws.cell(
            row, 4, f"=IF(C{total_income}=0,0,C{row}/C{total_income})"
        ).number_format = PERCENT_FORMAT
        ws.cell(
            row, 6, f"=IF(E{total_income}=0,0,E{row}/E{total_income})"
        ).number_format = PERCENT_FORMAT
        plan_sum, actual_sum = sum(planned_by_source.values()), sum(actual_by_source.values())
        results[f"D{row}"] = planned_by_source[source] / plan_sum if plan_sum else 0
        results[f"F{row}"] = actual_by_source[source] / actual_sum if actual_sum else 0
    ws.append([tr("Summe Einnahmen")])
    assert ws.max_row == total_income
    for letter in "CE":
        _money(
            ws,
            total_income,
            " ABCDE".index(letter),
            f"=SUM({letter}{first_income}:{letter}{last_income})",
        )
    results[f"C{total_income}"] = _eur(sum(planned_by_source.values()))
    results[f"E{total_income}"] = _eur(sum(actual_by_source.values()))
    for col in (1, 3, 5):
        ws.cell(total_income, col).font = BOLD

    # II. spending
    ws.append([])
    ws.append(
        [
            tr("II. Ausgaben"),
            "",
            tr("{per_decision} (EUR)").format(per_decision=t.per_decision),
            tr("im Berichtszeitraum (EUR)"),
            tr("bis {value} (kumuliert, EUR)").format(value=format_date(period.end) or tr("heute")),
            tr("Differenz (EUR)"),
            tr("kumuliert in %"),
        ]
    )
    for cell in ws[ws.max_row]:
        cell.font, cell.alignment = BOLD, WRAP
    in_period = {x.number: x for x in position_totals(grant, period)}
    first = ws.max_row + 1
    for x in totals:
        name = (
            x.name
            if x.eligible
            else tr("{name} (nicht {eligible})").format(name=x.name, eligible=t.eligible)
        )
        _compare_row(ws, [x.number, name], x.planned, in_period[x.number].spent, x.spent, results)
    last = ws.max_row
    ws.append(["", tr("Summe {spending} insgesamt").format(spending=t.spending)])
    row = ws.max_row
    for letter in "CDEF":
        _money(ws, row, " ABCDEF".index(letter), f"=SUM({letter}{first}:{letter}{last})")
    ws.cell(row, 7, f"=IF(C{row}=0,0,E{row}/C{row})").number_format = PERCENT_FORMAT
    plan_total = sum(x.planned for x in totals)
    period_total = sum(x.spent for x in in_period.values())
    results.update(
        {
            f"C{row}": _eur(plan_total),
            f"D{row}": _eur(period_total),
            f"E{row}": _eur(spent_until),
            f"F{row}": _eur(spent_until - plan_total),
            f"G{row}": spent_until / plan_total if plan_total else 0,
        }
    )
    for col in range(1, 8):
        ws.cell(row, col).font = BOLD
    eligible_row = _compare_row(
        ws,
        ["", tr("davon {eligible}").format(eligible=t.eligible)],
        planned_eligible(grant),
        eligible_spending(grant, period),
        eligible_until,
        results,
    )
    ws.cell(eligible_row, 2).font = BOLD

    # III. result
    ws.append([])
    ws.append([tr("III. Ergebnis")])
    ws.cell(ws.max_row, 1).font = BOLD
    due_row = _key_value(
        ws,
        tr(
            "{grant} lt. Abrechnung: {value} % der {eligible}en {spending}, höchstens {approved} (EUR)"
        ).format(
            grant=t.grant,
            value=format_basis_points(grant.rate_bp),
            eligible=t.eligible,
            spending=t.spending,
            approved=t.approved,
        ),
        _eur(due),
        MONEY_FORMAT,
        column=5,
    )
    ws.cell(
        due_row,
        5,
        f"=MIN(ROUNDDOWN(ROUND(E{eligible_row}*100,0)*{grant.rate_bp}/10000,0)/100,"
        f"C{approved_row})",
    )
    results[f"E{due_row}"] = _eur(due)
    out_row = _key_value(
        ws, tr("Ausgezahlt insgesamt (EUR)"), _Formula(f"=C{paid_row}"), MONEY_FORMAT, column=5
    )
    results[f"E{out_row}"] = _eur(paid_out)
    for label, formula, value in (
        (tr("Noch auszuzahlen (EUR)"), f"=MAX(0,E{due_row}-E{out_row})", due - paid_out),
        (tr("Zurückzuzahlen (EUR)"), f"=MAX(0,E{out_row}-E{due_row})", paid_out - due),
    ):
        row = _key_value(ws, label, _Formula(formula), MONEY_FORMAT, column=5)
        results[f"E{row}"] = _eur(max(0, value))

    # IV. declaration
    ws.append([])
    ws.append([tr("IV. Bestätigung")])
    ws.cell(ws.max_row, 1).font = BOLD
    _sign_block(
        ws,
        grant,
        tr(
            "Es wird bestätigt, dass die Nebenbestimmungen {of_decision} beachtet wurden, die Ausgaben notwendig waren, wirtschaftlich und sparsam verfahren worden ist und die Angaben mit den Büchern und Belegen übereinstimmen."
        ).format(of_decision=t.of_decision),
    )
    finish_sheet(ws, [30, 34, 17, 17, 19, 15, 11], None, 7, cover.reference)
    fit_heights(ws)
    ws.freeze_panes = None
    ws.print_title_rows = None
    ws.page_setup.orientation = "portrait"
    add_cover(wb, cover, len(totals), False)
    save_atomically(path, wb.save)
    store_results(path, {2: results})
    return path


def write_funds_request(
    grant: Grant, path: Path, cover: Cover, request_id: str | None = None
) -> Path:
    """Mittelabruf: the chosen request (the newest without a choice) with what is due
    within two months and what may be requested of it pro rata, what was requested and
    paid out before and what remains, the bank details and the signature; on one page."""
    cover = replace(cover, reference=reference(grant))
    t = terms(grant)
    if not grant.requests:
        raise ExportError(tr("Für diese Zuwendung ist noch kein Mittelabruf erfasst."))
    requests = sorted(grant.requests, key=lambda q: (q.requested_on, q.id))
    current = (
        next((q for q in requests if q.id == request_id), None) if request_id else requests[-1]
    )
    if current is None:
        raise ExportError(tr("Diesen Mittelabruf gibt es bei dieser Zuwendung nicht (mehr)."))
    before = requests[: requests.index(current)]
    earlier = sum(q.amount_cents for q in before)
    paid_before = sum(p.amount_cents for p in grant.payouts if p.paid_on <= current.requested_on)
    wb = Workbook()
    wb.remove(wb.active)
    ws = wb.create_sheet(tr("Mittelabruf"))
    ws.append([tr("Mittelabruf vom {value}").format(value=format_date(current.requested_on))])
    ws.cell(1, 1).font = Font(bold=True, size=14)
    ws.append([])
    refs: dict[str, int] = {}
    rows: list[tuple[str, str, object, str | None]] = [
        ("", t.recipient, grant.recipient or "–", None),
        ("", tr("Vorhaben"), grant.title, None),
        ("", tr("Aktenzeichen"), grant.file_number, None),
        (
            "",
            tr("Förderprogramm"),
            f"{grant.programme.name} ({grant.programme.funder} {grant.programme.code})",
            None,
        ),
        ("", tr("{decision} vom").format(decision=t.decision), grant.approved_on, DATE_FORMAT),
        ("", t.period, f"{format_date(grant.start_date)} – {format_date(grant.end_date)}", None),
        ("", tr("Datum des Abrufs"), current.requested_on, DATE_FORMAT),
        (
            "approved",
            tr("{grant} {approved} (EUR)").format(grant=t.grant, approved=t.approved),
            _eur(grant.approved_cents),
            MONEY_FORMAT,
        ),
        ("earlier", tr("Bisher abgerufen (EUR)"), _eur(earlier), MONEY_FORMAT),
        ("", tr("Bisher ausgezahlt (EUR)"), _eur(paid_before), MONEY_FORMAT),
        (
            "",
            tr("Innerhalb von zwei Monaten nach Auszahlung fällige Zahlungen (EUR)"),
            _eur(current.due_within_two_months_cents),
            MONEY_FORMAT,
        ),
        (
            "",
            tr("Davon anteilig abrufbar ({value} %, EUR)").format(
                value=format_basis_points(grant.rate_bp)
            ),
            _eur(requestable(grant, current.due_within_two_months_cents)),
            MONEY_FORMAT,
        ),
        ("now", tr("Jetzt angeforderter Betrag (EUR)"), _eur(current.amount_cents), MONEY_FORMAT),
        ("rest", tr("Nach diesem Abruf verbleibend (EUR)"), None, MONEY_FORMAT),
        ("", tr("Begründung"), current.justification, None),
        ("", tr("Verwendung der bisher abgerufenen Mittel"), current.use_of_earlier_funds, None),
        ("", tr("Kontoinhaber"), grant.account_holder or grant.recipient or "–", None),
        ("", "IBAN", grant.iban or "–", None),
        ("", "BIC", grant.bic or "–", None),
        ("", tr("Kreditinstitut"), grant.bank or "–", None),
    ]
    results: dict[str, float] = {}
    for key, label, value, fmt in rows:
        if key == "rest":
            value = _Formula(f"=B{refs['approved']}-B{refs['earlier']}-B{refs['now']}")
        row = _key_value(ws, label, value, fmt)
        ws.cell(row, 1).alignment = WRAP
        ws.cell(row, 2).alignment = WRAP
        if key:
            refs[key] = row
    results[f"B{refs['rest']}"] = _eur(grant.approved_cents - earlier - current.amount_cents)
    _sign_block(
        ws,
        grant,
        tr(
            "Es wird bestätigt, dass die angeforderten Mittel innerhalb von zwei Monaten nach der Auszahlung für fällige Zahlungen benötigt werden und die Nebenbestimmungen {of_decision} beachtet werden."
        ).format(of_decision=t.of_decision),
    )
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 56
    fit_heights(ws)
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # the request on one printed page
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.oddHeader.right.text = cover.reference
    ws.oddFooter.center.text = tr("Seite &P von &N")
    add_cover(wb, cover, 1, False)
    save_atomically(path, wb.save)
    store_results(path, {2: results})
    return path
