"""The funder's Excel documents: Kosten- und Finanzierungsplan, Belegliste, zahlenmäßiger
Nachweis and Mittelabruf, laid out after the forms (the Muster of the Verwendungsnachweis
to VV Nr. 10 zu § 44 BHO) in the terms of the grant's own legal basis. Sums are Excel
formulas; each carries its result, computed here in integer cents (``xlsx_book``).

A report covers a period: spending and income count by their payment date, the period
and everything before it since the grant's start (the cumulative column), both clipped
to the Bewilligungszeitraum: what was paid outside it is not eligible."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from xlsxwriter.utility import xl_col_to_name

from workbench.exports.errors import ExportError
from workbench.exports.excel import (
    COVER_DATE_FORMAT,
    COVER_TITLE_COLOR,
    DATE_FORMAT,
    MAX_WIDTH,
    MONEY_FORMAT,
    Cover,
    cover_lines,
)
from workbench.exports.xlsx_book import Book, Cell, Formula, Sheet, Style, fit_heights
from workbench.formats import format_basis_points, format_date
from workbench.i18n import tr
from workbench.model import Grant, Receipt
from workbench.model.enums import FinancingKind, FinancingSource, ReportKind
from workbench.model.funding import Period, eligible_cents, position_totals
from workbench.model.labels import GrantTerms, grant_terms
from workbench.model.settlement import OTHER_MONEY, Settlement, request_limit, settle

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
    book, ws = _new_book(cover, len(grant.positions), tr("Kostenplan"))
    _finish(ws, [8, 40, 28, *[14] * len(years), 16], cover.reference)
    cols = [_col(4 + i) for i in range(len(years) + 1)]  # the years, then the sum
    _header(ws, ["Nr.", tr("Position"), tr("Kategorie"), *[str(y) for y in years], tr("Summe")])
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
        _year_row(ws, [pos.number, pos.name, category], per_year, years, year_totals)
        if not pos.eligible:
            excluded_rows.append(ws.max_row)
            for year, cents in per_year.items():
                excluded[year] += cents
    last = ws.max_row

    def total_of(amounts: dict[int, int], year: int | None) -> int:
        return amounts[year] if year else sum(amounts.values())

    def sum_row(label: str, formula: str, amounts: dict[int, int], bold: bool = True) -> int:
        """A row of one formula per year column (``{c}``: the column letter)."""
        row = ws.append(["", label], Style(bold=bold))
        for i, year in enumerate([*years, None]):
            result = _eur(total_of(amounts, year))
            _money(ws, row, 4 + i, Formula(formula.format(c=cols[i]), result), bold)
        return row

    cost_row = sum_row(  # one word per grant: Gesamtausgaben (BHO) or Gesamtkosten (KfW)
        tr("Gesamt{spending}").format(spending=t.spending.lower()),
        f"=SUM({{c}}{first}:{{c}}{last})",
        year_totals,
    )
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
    ws.append(["", tr("Finanzierung")], BOLD)
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
        _year_row(ws, ["", label], per_year, years, money_totals)
        if source is FinancingSource.GRANT:
            grant_row, grant_money = ws.max_row, per_year
    last_fin = ws.max_row
    fin_row = sum_row(
        tr("Summe Finanzierung"), f"=SUM({{c}}{first_fin}:{{c}}{last_fin})", money_totals
    )
    rate_row = ws.append(
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
    for i, column_year in enumerate([*years, None]):  # the years, then the total (None)
        col = cols[i]
        base = total_of(defaultdict(int, eligible), column_year)
        _percent(
            ws,
            rate_row,
            4 + i,
            f"=IF({col}{eligible_row}=0,0,{col}{grant_row}/{col}{eligible_row})",
            total_of(grant_money, column_year) / base if base else 0,
        )
    sum_row(
        tr("Differenz {spending} − Finanzierung (muss 0 sein)").format(spending=t.spending),
        f"={{c}}{cost_row}-{{c}}{fin_row}",
        defaultdict(int, {y: year_totals[y] - money_totals[y] for y in years}),
    )
    ws.landscape = len(years) > 3
    return book.save(path)


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
    amount. *receipts* may come as plain rows; 20,000 stay quick."""
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
    book, ws = _new_book(cover, len(receipts), tr("Belege"))
    _finish(ws, [7, 16, 11, 11, 30, 42, 13, 11, 13, 17], cover.reference)
    _header(ws, [*RECEIPT_HEADERS, tr("{eligible} (EUR)").format(eligible=t.eligible)])
    day = Style(number_format=DATE_FORMAT, vertical="top")
    money = Style(number_format=MONEY_FORMAT, vertical="top")
    subtotals: dict[str, list[str]] = {"G": [], "H": [], "I": [], "J": []}
    grand = {"G": 0, "H": 0, "I": 0, "J": 0}
    running = 0

    def block(label: str, rows: list[Receipt], spending: bool) -> None:
        """A position's receipts (or, not *spending*, a source's income) and their sum."""
        nonlocal running
        ws.append([label], BOLD)
        first = ws.max_row + 1
        sums = {"G": 0, "H": 0, "I": 0, "J": 0}
        vat_deductible = grant.vat_deductible
        for r in sorted(rows, key=lambda r: (r.receipt_date, r.number)):
            running += 1
            vat = r.vat_cents or 0
            gross = r.gross_cents
            if spending:
                net = gross - vat
                # unpaid or paid outside the granted period: not eligible
                eligible = (
                    eligible_cents(
                        r, vat_deductible, eligible_position.get(r.position_id or "", True)
                    )
                    if granted.holds(r.paid_on)
                    else 0
                )
                amounts: list[Cell | None] = [
                    Cell(net / 100, money),
                    Cell(vat / 100, money),
                    Cell(gross / 100, money),
                    Cell(eligible / 100, money),
                ]
                sums["G"] += net
                sums["H"] += vat
                sums["I"] += gross
                sums["J"] += eligible
            else:  # income: the amount received only
                amounts = [None, None, Cell(gross / 100, money), None]
                sums["I"] += gross
            ws.append_cells(
                [
                    Cell(running, TOP),
                    Cell(r.number, TOP) if r.number is not None else None,
                    Cell(r.receipt_date, day) if r.receipt_date is not None else None,
                    Cell(r.paid_on, day) if r.paid_on else None,
                    Cell(r.payee, TOP) if r.payee is not None else None,
                    Cell(r.purpose, TOP) if r.purpose is not None else None,
                    *amounts,
                ]
            )
        last = ws.max_row
        row = ws.append([tr("Summe {label}").format(label=label)], BOLD)
        for column, c in enumerate("GHIJ", start=7):
            if not spending and c != "I":
                continue
            value: object = Formula(f"=SUM({c}{first}:{c}{last})", _eur(sums[c])) if rows else 0
            _money(ws, row, column, value, bold=True)
            if spending:
                subtotals[c].append(f"{c}{row}")
                grand[c] += sums[c]

    for position_id, label in positions:
        block(label, by_position.get(position_id, []), True)
    row = ws.append([tr("Summe aller Ausgaben")], BOLD)
    for column, c in enumerate("GHIJ", start=7):
        total = Formula("=" + "+".join(subtotals[c]), _eur(grand[c])) if subtotals[c] else 0
        _money(ws, row, column, total, bold=True)
    for source in FinancingSource:
        if income.get(source):
            ws.append([])
            block(tr("Einnahmen: {label}").format(label=source.label), income[source], False)
    return book.save(path)


def _compare_row(
    ws: Sheet, labels: list[str], planned: int, in_period: int, cumulative: int
) -> int:
    """A row of the Nachweis: „lt. Bescheid“, „im Berichtszeitraum“ and „bis Ende des
    Berichtszeitraums“ (cumulative), the difference and the share as formulas."""
    row = ws.append(labels)
    _money(ws, row, 3, _eur(planned))
    _money(ws, row, 4, _eur(in_period))
    _money(ws, row, 5, _eur(cumulative))
    _money(ws, row, 6, Formula(f"=E{row}-C{row}", _eur(cumulative - planned)))
    _percent(ws, row, 7, f"=IF(C{row}=0,0,E{row}/C{row})", cumulative / planned if planned else 0)
    return row


def _key_value(
    ws: Sheet,
    label: str,
    value: object,
    number_format: str | None = None,
    column: int = 2,
    last: int = 0,
) -> int:
    """A label (spanning the columns before *column*) and its value in *column* (spanning
    up to *last*, left-aligned); returns the row."""
    row = ws.append([label], BOLD_WRAP)
    cell = ws.cell(row, column, value).styled(number_format=number_format)
    if column > 2:
        ws.merge(row, 1, column - 1)
    if last > column:
        ws.merge(row, column, last)
        cell.styled(horizontal="left", vertical="top")
    return row


def _payouts_until(grant: Grant, day: date | None) -> int:
    return sum(p.amount_cents for p in grant.payouts if day is None or p.paid_on <= day)


def write_statement(
    grant: Grant, path: Path, cover: Cover, period: Period | None = None, interim: bool = False
) -> Path:
    """Zahlenmäßiger Nachweis after the Muster: header (recipient, funder, decision with
    date, file number and amount, kind of financing, begin of the measure, paid out in
    all), I. income by source „lt. Bescheid“ and „lt. Abrechnung“ in EUR and v. H.,
    II. spending per position in the period and cumulated, in all and the part the
    over-run rule recognises as eligible, III. the result by the kind of financing (new
    money from others deducted; still to be paid out, or paid back: an *interim* report
    carries an overpayment over to the next request), IV. the declaration to sign. Every
    amount of the grant comes from model.settlement."""
    t = terms(grant)
    period = clipped(grant, period)
    settled = settle(grant, period.end)
    before = (
        settle(grant, period.start - timedelta(days=1))
        if period.start and (grant.start_date is None or period.start > grant.start_date)
        else None
    )
    kind = ReportKind.INTERIM if interim else ReportKind.FINAL
    cover = replace(
        cover,
        reference=reference(grant),
        scope=tr("{scope} · Berichtszeitraum: {value}").format(
            scope=cover.scope, value=period_text(period)
        ),
    )
    totals = [p.total for p in settled.positions]
    book, ws = _new_book(cover, len(totals), tr("Nachweis"))
    ws.append(
        [tr("Zahlenmäßiger Nachweis ({kind})").format(kind=kind.label)], Style(bold=True, size=14)
    )
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
        ("", tr("Finanzierungsart"), settled.kind.label, None),
        ("", t.period, f"{format_date(grant.start_date)} – {format_date(grant.end_date)}", None),
        ("", tr("Maßnahmebeginn"), measure_start_text(grant), None),
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
        ],
        BOLD_WRAP,
    )
    spent_until = settled.spent
    due = settled.grant
    planned_by_source = {
        s: sum(line.cents for line in grant.financing if line.source is s) for s in FinancingSource
    }
    actual_by_source = {**settled.income, FinancingSource.GRANT: due}
    actual_by_source[FinancingSource.OWN_SHARE] = spent_until - sum(actual_by_source.values())
    plan_sum, actual_sum = sum(planned_by_source.values()), sum(actual_by_source.values())
    first_income = ws.max_row + 1
    last_income = first_income + len(FinancingSource) - 1
    total_income = last_income + 1
    income_rows = {}
    for source in FinancingSource:
        label = t.grant if source is FinancingSource.GRANT else source.label
        row = income_rows[source] = ws.append([label])
        _money(ws, row, 3, _eur(planned_by_source[source]))
        _money(ws, row, 5, _eur(actual_by_source[source]))
        _percent(
            ws,
            row,
            4,
            f"=IF(C{total_income}=0,0,C{row}/C{total_income})",
            planned_by_source[source] / plan_sum if plan_sum else 0,
        )
        _percent(
            ws,
            row,
            6,
            f"=IF(E{total_income}=0,0,E{row}/E{total_income})",
            actual_by_source[source] / actual_sum if actual_sum else 0,
        )
    row = ws.append([tr("Summe Einnahmen")], BOLD)
    assert row == total_income
    for letter, cents in (("C", plan_sum), ("E", actual_sum)):
        formula = Formula(f"=SUM({letter}{first_income}:{letter}{last_income})", _eur(cents))
        _money(ws, total_income, " ABCDE".index(letter), formula, bold=True)

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
        ],
        BOLD_WRAP,
    )
    in_period = {x.number: x for x in position_totals(grant, period)}
    first = ws.max_row + 1
    for x in totals:
        name = (
            x.name
            if x.eligible
            else tr("{name} (nicht {eligible})").format(name=x.name, eligible=t.eligible)
        )
        _compare_row(ws, [x.number, name], x.planned, in_period[x.number].spent, x.spent)
    last = ws.max_row
    row = ws.append(["", tr("Summe {spending} insgesamt").format(spending=t.spending)], BOLD)
    plan_total = sum(x.planned for x in totals)
    period_total = sum(x.spent for x in in_period.values())
    for letter, cents in (
        ("C", plan_total),
        ("D", period_total),
        ("E", spent_until),
        ("F", spent_until - plan_total),
    ):
        formula = Formula(f"=SUM({letter}{first}:{letter}{last})", _eur(cents))
        _money(ws, row, " ABCDEF".index(letter), formula, bold=True)
    _percent(
        ws, row, 7, f"=IF(C{row}=0,0,E{row}/C{row})", spent_until / plan_total if plan_total else 0
    )
    ws.cell(row, 7).styled(bold=True)
    eligible_row = _compare_row(
        ws,
        ["", tr("davon {eligible}").format(eligible=t.eligible)],
        settled.planned_eligible,
        settled.recognised - (before.recognised if before else 0),
        settled.recognised,
    )
    ws.cell(eligible_row, 2).styled(bold=True)
    if settled.not_recognised and settled.rule is not None:
        row = ws.append(
            [
                "",
                tr("nicht anerkannt nach der Regel für Überschreitungen ({rule})").format(
                    rule=settled.rule.label
                ),
            ],
            Style(wrap=True, vertical="top"),
        )
        _money(ws, row, 5, _eur(settled.not_recognised))

    # III. result
    ws.append([])
    ws.append([tr("III. Ergebnis")], BOLD)
    new_terms = "+".join(f"MAX(0,E{income_rows[s]}-C{income_rows[s]})" for s in OTHER_MONEY)
    new_row = _key_value(
        ws,
        tr("Neue Deckungsmittel: Einnahmen Dritter über dem Finanzierungsplan (EUR)"),
        Formula(f"={new_terms}", _eur(settled.new_money)),
        MONEY_FORMAT,
        column=5,
    )
    label, due_formula = _grant_formula(
        settled, t, f"E{eligible_row}", f"C{eligible_row}", f"E{new_row}", f"C{approved_row}"
    )
    due_row = _key_value(ws, label, Formula(due_formula, _eur(due)), MONEY_FORMAT, column=5)
    out_row = _key_value(
        ws,
        tr("Ausgezahlt insgesamt (EUR)"),
        Formula(f"=C{paid_row}", _eur(paid_out)),
        MONEY_FORMAT,
        column=5,
    )
    back = (
        tr("Überzahlung (wird mit dem nächsten Abruf verrechnet) (EUR)")
        if interim
        else tr("Zurückzuzahlen (EUR)")
    )
    for label, text, value in (
        (tr("Noch auszuzahlen (EUR)"), f"=MAX(0,E{due_row}-E{out_row})", due - paid_out),
        (back, f"=MAX(0,E{out_row}-E{due_row})", paid_out - due),
    ):
        _key_value(ws, label, Formula(text, _eur(max(0, value))), MONEY_FORMAT, column=5)

    # IV. declaration
    ws.append([])
    ws.append([tr("IV. Bestätigung")], BOLD)
    _sign_block(
        ws,
        grant,
        tr(
            "Es wird bestätigt, dass die Nebenbestimmungen {of_decision} beachtet wurden, die Ausgaben notwendig waren, wirtschaftlich und sparsam verfahren worden ist und die Angaben mit den Büchern und Belegen übereinstimmen."
        ).format(of_decision=t.of_decision),
    )
    _finish(ws, [30, 34, 17, 17, 19, 15, 11], cover.reference)
    fit_heights(ws)
    ws.freeze_row = ws.title_rows = 0
    ws.landscape = False
    return book.save(path)


def _grant_formula(
    s: Settlement, t: GrantTerms, eligible: str, planned: str, new: str, approved: str
) -> tuple[str, str]:
    """The label and the Excel formula of the grant lt. Abrechnung by the kind of
    financing (the same rule as model.settlement.grant_by_kind)."""
    if s.kind is FinancingKind.SHARE:
        label = tr(
            "{grant} lt. Abrechnung: {value} % der {eligible_spending} abzüglich neuer Deckungsmittel, höchstens {approved} (EUR)"
        ).format(
            value=format_basis_points(s.rate_bp),
            grant=t.grant,
            eligible_spending=t.eligible_spending_weak,
            approved=t.approved,
        )
        return label, (
            f"=MIN(ROUNDDOWN(MAX(0,ROUND(({eligible}-{new})*100,0))*{s.rate_bp}/10000,0)/100,"
            f"{approved})"
        )
    if s.kind is FinancingKind.DEFICIT:
        label = tr(
            "{grant} lt. Abrechnung: {eligible_spending} abzüglich der geplanten eigenen und sonstigen Mittel und neuer Deckungsmittel, höchstens {approved} (EUR)"
        ).format(grant=t.grant, eligible_spending=t.eligible_spending, approved=t.approved)
        return label, f"=MAX(0,MIN({approved},{eligible}-({planned}-{approved})-{new}))"
    if s.kind is FinancingKind.FULL:
        label = tr(
            "{grant} lt. Abrechnung: {eligible_spending} abzüglich neuer Deckungsmittel, höchstens {approved} (EUR)"
        ).format(grant=t.grant, eligible_spending=t.eligible_spending, approved=t.approved)
        return label, f"=MAX(0,MIN({approved},{eligible}-{new}))"
    label = tr(
        "{grant} lt. Abrechnung: Festbetrag, höchstens die {eligible_spending} (EUR)"
    ).format(grant=t.grant, eligible_spending=t.eligible_spending_weak)
    return label, f"=MAX(0,MIN({approved},{eligible}))"


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
    limit = request_limit(grant, current)  # also what was requested and paid out before
    earlier, paid_before = limit.requested, limit.paid_out
    book, ws = _new_book(cover, 1, tr("Mittelabruf"))
    ws.append(
        [tr("Mittelabruf vom {value}").format(value=format_date(current.requested_on))],
        Style(bold=True, size=14),
    )
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
        ("paid_out", tr("Bisher ausgezahlt (EUR)"), _eur(paid_before), MONEY_FORMAT),
        (
            "",
            tr("Bis zum Abruf bezahlte {eligible_spending} (EUR)").format(
                eligible_spending=t.eligible_spending
            ),
            _eur(limit.paid),
            MONEY_FORMAT,
        ),
        (
            "",
            tr("Innerhalb von zwei Monaten nach Auszahlung fällige Zahlungen (EUR)"),
            _eur(limit.due),
            MONEY_FORMAT,
        ),
        (
            "share",
            tr("Davon {grant} ({kind}{rate}, EUR)").format(
                grant=t.grant,
                kind=FinancingKind(grant.financing_kind).label,
                rate=f", {format_basis_points(grant.rate_bp)} %"
                if grant.financing_kind is FinancingKind.SHARE
                else "",
            ),
            _eur(limit.share),
            MONEY_FORMAT,
        ),
        (
            "before",
            tr("Abzüglich bereits ausgezahlter oder abgerufener Mittel (EUR)"),
            None,  # a formula over the rows above, below
            MONEY_FORMAT,
        ),
        ("allowed", tr("Jetzt abrufbar (EUR)"), None, MONEY_FORMAT),
        ("now", tr("Jetzt angeforderter Betrag (EUR)"), _eur(current.amount_cents), MONEY_FORMAT),
        ("rest", tr("Nach diesem Abruf verbleibend (EUR)"), None, MONEY_FORMAT),
        ("", tr("Begründung"), current.justification, None),
        ("", tr("Verwendung der bisher abgerufenen Mittel"), current.use_of_earlier_funds, None),
        ("", tr("Kontoinhaber"), grant.account_holder or grant.recipient or "–", None),
        ("", "IBAN", grant.iban or "–", None),
        ("", "BIC", grant.bic or "–", None),
        ("", tr("Kreditinstitut"), grant.bank or "–", None),
    ]
    for key, label, value, fmt in rows:
        if key == "rest":
            value = Formula(
                f"=B{refs['approved']}-B{refs['earlier']}-B{refs['now']}",
                _eur(grant.approved_cents - earlier - current.amount_cents),
            )
        elif key == "before":
            value = Formula(f"=MAX(B{refs['earlier']},B{refs['paid_out']})", _eur(limit.before))
        elif key == "allowed":
            value = Formula(f"=MAX(0,B{refs['share']}-B{refs['before']})", _eur(limit.allowed))
        row = _key_value(ws, label, value, fmt)
        ws.cell(row, 2).styled(wrap=True, vertical="top")
        if key:
            refs[key] = row
    _sign_block(
        ws,
        grant,
        tr(
            "Es wird bestätigt, dass die angeforderten Mittel innerhalb von zwei Monaten nach der Auszahlung für fällige Zahlungen benötigt werden und die Nebenbestimmungen {of_decision} beachtet werden."
        ).format(of_decision=t.of_decision),
    )
    ws.widths.update({1: 44, 2: 56})
    fit_heights(ws)
    ws.landscape = False
    ws.fit = (1, 1)  # the request on one printed page
    ws.header_right = cover.reference
    ws.footer_center = tr("Seite &P von &N")
    return book.save(path)
