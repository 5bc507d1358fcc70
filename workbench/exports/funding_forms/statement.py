"""The zahlenmäßiger Nachweis: planned against spent in the period and since the start, the
financing, what the grant covers and what is due or to be paid back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from workbench.exports.excel import (
    DATE_FORMAT,
    MONEY_FORMAT,
    Cover,
)
from workbench.exports.funding_forms.common import (
    BOLD,
    BOLD_WRAP,
    _eur,
    _finish,
    _money,
    _new_book,
    _percent,
    _sign_block,
    clipped,
    measure_start_text,
    period_text,
    reference,
    terms,
)
from workbench.exports.xlsx_book import Formula, Sheet, Style, fit_heights
from workbench.formats import format_basis_points, format_date
from workbench.i18n import tr
from workbench.model import Grant
from workbench.model.enums import FinancingKind, FinancingSource, ReportKind
from workbench.model.funding import Period, position_totals
from workbench.model.labels import GrantTerms
from workbench.model.settlement import OTHER_MONEY, Settlement, settle


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
    book, ws = _new_book(cover, len(settled.positions), tr("Nachweis"))
    ws.append(
        [tr("Zahlenmäßiger Nachweis ({kind})").format(kind=kind.label)], Style(bold=True, size=14)
    )
    paid_out = _payouts_until(grant, period.end)
    approved_row, paid_row = _header(ws, grant, t, settled, period, paid_out)
    income_rows = _income(ws, grant, t, settled)
    eligible_row = _spending(ws, grant, t, settled, before, period)
    _result(
        ws,
        t,
        settled,
        {
            "income": income_rows,
            "eligible": eligible_row,
            "approved": approved_row,
            "paid": paid_row,
        },
        paid_out,
        interim,
    )
    _declaration(ws, grant, t)
    _finish(ws, [30, 34, 17, 17, 19, 15, 11], cover.reference)
    fit_heights(ws)
    ws.freeze_row = ws.title_rows = 0
    ws.landscape = False
    return book.save(path)


def _declaration(ws: Sheet, grant: Grant, t: GrantTerms) -> None:
    """IV. the declaration to sign."""
    ws.append([])
    ws.append([tr("IV. Bestätigung")], BOLD)
    _sign_block(
        ws,
        grant,
        tr(
            "Es wird bestätigt, dass die Nebenbestimmungen {of_decision} beachtet wurden, die Ausgaben notwendig waren, wirtschaftlich und sparsam verfahren worden ist und die Angaben mit den Büchern und Belegen übereinstimmen."
        ).format(of_decision=t.of_decision),
    )


def _header(
    ws: Sheet, grant: Grant, t: GrantTerms, settled: Settlement, period: Period, paid_out: int
) -> tuple[int, int]:
    """Recipient, funder, decision, file number, amount, kind of financing, begin of the
    measure, period, paid out in all; the rows of the amount and of what was paid out."""
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
    return header_rows["approved"], header_rows["paid"]


def _income(ws: Sheet, grant: Grant, t: GrantTerms, settled: Settlement) -> dict[Any, int]:
    """I. income by source „lt. Bescheid“ and „lt. Abrechnung“ in EUR and v. H.; the
    row of each source."""
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
    planned_by_source = {
        s: sum(line.cents for line in grant.financing if line.source is s) for s in FinancingSource
    }
    actual_by_source = {**settled.income, FinancingSource.GRANT: settled.grant}
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

    return income_rows


def _spending(
    ws: Sheet,
    grant: Grant,
    t: GrantTerms,
    settled: Settlement,
    before: Settlement | None,
    period: Period,
) -> int:
    """II. spending per position in the period and cumulated, in all and the part the
    over-run rule recognises as eligible; the row of the eligible part."""
    totals = [p.total for p in settled.positions]
    spent_until = settled.spent
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
    plan_total = sum(x.planned for x in totals)
    period_total = sum(x.spent for x in in_period.values())
    _sum_row(ws, t, first, ws.max_row, (plan_total, period_total, spent_until))
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
    return eligible_row


def _sum_row(ws: Sheet, t: GrantTerms, first: int, last: int, sums: tuple[int, int, int]) -> None:
    """The spending in all: planned, in the period and cumulated (*sums*, cents) as sums of
    the position rows *first* to *last*, the difference and the share."""
    plan_total, period_total, spent_until = sums
    row = ws.append(["", tr("Summe {spending} insgesamt").format(spending=t.spending)], BOLD)
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


def _result(
    ws: Sheet,
    t: GrantTerms,
    settled: Settlement,
    rows: dict[str, Any],
    paid_out: int,
    interim: bool,
) -> None:
    """III. the result by the kind of financing: new money from others deducted; still to
    be paid out, or paid back (an *interim* report carries an overpayment over to the
    next request). *rows*: where income, the eligible part, the approved amount and what
    was paid out stand."""
    income_rows, eligible_row = rows["income"], rows["eligible"]
    approved_row, paid_row = rows["approved"], rows["paid"]
    due = settled.grant
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
