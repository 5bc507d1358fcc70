"""Checks a coordinator wants before sending anything to the funder. Each finding names
the position, receipt, request or date; all sums in integer cents, percentages rounded
only for display."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from workbench.formats import format_basis_points, format_cents, format_date, format_share
from workbench.i18n import tr
from workbench.model import CostPosition, FundingProgramme, FundingReport, Grant, Receipt
from workbench.model.enums import DeadlineBase, FinancingSource, OverrunRule
from workbench.model.funding import (
    PositionTotal,
    eligible_cents,
    eligible_spending,
    grant_due,
    planned_eligible,
    position_totals,
    requestable,
)
from workbench.services.errors import NotFoundError
from workbench.services.findings import Finding, Severity

SOON_DAYS = 30


def _finding(grant: str, where: str, message: str, error: bool = True) -> Finding:
    """A finding inside the grant named *grant*."""
    return Finding(Severity.ERROR if error else Severity.WARNING, where, message, subject=grant)


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def load_grant(session: Session, grant_id: str, receipts: bool = True) -> Grant | None:
    """A grant with everything the checks and documents read, in a few queries; without
    its receipts when a caller reads them as plain rows (20,000 of them stay quick)."""
    options = [
        selectinload(Grant.positions).selectinload(CostPosition.planned),
        selectinload(Grant.phase),
        selectinload(Grant.financing),
        selectinload(Grant.requests),
        selectinload(Grant.payouts),
        selectinload(Grant.reports).selectinload(FundingReport.sections),
        selectinload(Grant.posts),
        selectinload(Grant.programme).selectinload(FundingProgramme.deadlines),
    ]
    if receipts:
        options.append(selectinload(Grant.receipts))
    return session.scalars(select(Grant).where(Grant.id == grant_id).options(*options)).first()


def receipt_rows(session: Session, grant_id: str) -> list[Any]:
    """The grant's receipts as plain rows (position_id, number, dates, payee, purpose,
    amounts, income source)."""
    return list(
        session.execute(
            select(
                Receipt.position_id,
                Receipt.number,
                Receipt.receipt_date,
                Receipt.paid_on,
                Receipt.payee,
                Receipt.purpose,
                Receipt.gross_cents,
                Receipt.vat_cents,
                Receipt.eligible_cents,
                Receipt.income_source,
            ).where(Receipt.grant_id == grant_id)
        )
    )


def check_grant(grant: Grant, today: date) -> list[Finding]:
    findings: list[Finding] = []
    name = grant.file_number or grant.title
    totals = position_totals(grant)
    planned_total = sum(t.planned for t in totals)
    actual_total = sum(t.actual for t in totals)
    findings += _positions(grant, name, totals)
    if actual_total > planned_total:  # what it is: capped, the excess is own money
        findings.append(
            _finding(
                name,
                tr("Gesamtausgaben"),
                tr(
                    "{value} liegen über den bewilligten Kosten von {value2}; die Mehrausgaben trägt der Zuwendungsempfänger, die Zuwendung steigt dadurch nicht."
                ).format(value=format_cents(actual_total), value2=format_cents(planned_total)),
                error=False,
            )
        )
    share = eligible_spending(grant) * grant.rate_bp // 10_000
    if share > grant.approved_cents:
        findings.append(
            _finding(
                name,
                tr("Zuwendung"),
                tr(
                    "Der Förderanteil der Ausgaben ({value}) liegt über der bewilligten Zuwendung: abgerechnet werden höchstens {value2}, der Rest ({value3}) sind Eigenmittel."
                ).format(
                    value=format_cents(share),
                    value2=format_cents(grant.approved_cents),
                    value3=format_cents(share - grant.approved_cents),
                ),
                error=False,
            )
        )
    findings += _rate(grant, name)
    period = f"{format_date(grant.start_date)} – {format_date(grant.end_date)}"
    for r in sorted(grant.receipts, key=lambda r: (r.receipt_date, r.number)):
        where = tr("Beleg {number} vom {value}").format(
            number=r.number, value=format_date(r.receipt_date)
        )
        if r.paid_on is None:  # the rules count the payment, not the invoice
            findings.append(
                _finding(
                    name,
                    where,
                    tr("hat kein Zahlungsdatum; abgerechnet werden nur bezahlte Ausgaben."),
                    error=False,
                )
            )
        elif (grant.start_date and r.paid_on < grant.start_date) or (
            grant.end_date and r.paid_on > grant.end_date
        ):
            findings.append(
                _finding(
                    name,
                    where,
                    tr(
                        "wurde am {value} bezahlt, außerhalb des Bewilligungszeitraums ({period})."
                    ).format(value=format_date(r.paid_on), period=period),
                )
            )
        if r.vat_cents and not 0 <= r.vat_cents <= r.gross_cents:
            findings.append(
                _finding(
                    name,
                    where,
                    tr(
                        "Die Umsatzsteuer ({value}) passt nicht zum Bruttobetrag ({value2})."
                    ).format(value=format_cents(r.vat_cents), value2=format_cents(r.gross_cents)),
                )
            )
        if r.position_id is None and r.income_source is None:
            findings.append(
                _finding(
                    name,
                    where,
                    tr("über {value} ist keiner Planposition zugeordnet.").format(
                        value=format_cents(r.gross_cents)
                    ),
                )
            )
    requested = 0
    for q in sorted(grant.requests, key=lambda q: q.requested_on):
        where = tr("Mittelabruf vom {value}").format(value=format_date(q.requested_on))
        remaining = grant.approved_cents - requested
        allowed = requestable(grant, q.due_within_two_months_cents)
        if q.amount_cents > allowed:
            findings.append(
                _finding(
                    name,
                    where,
                    tr(
                        "{value} angefordert, aber nur {value2} sind abrufbar: {value3} % der {value4}, die innerhalb von zwei Monaten fällig sind."
                    ).format(
                        value=format_cents(q.amount_cents),
                        value2=format_cents(allowed),
                        value3=format_basis_points(grant.rate_bp),
                        value4=format_cents(q.due_within_two_months_cents),
                    ),
                )
            )
        if q.amount_cents > remaining:
            findings.append(
                _finding(
                    name,
                    where,
                    tr("{value} angefordert, aber nur noch {value2} sind abrufbar.").format(
                        value=format_cents(q.amount_cents), value2=format_cents(remaining)
                    ),
                )
            )
        requested += q.amount_cents
    findings += _payouts(grant, name, today)
    findings += _phase(grant, name)
    findings += _deadlines(grant, name, today)
    findings += _financing(grant, name)
    return findings


def _payouts(grant: Grant, name: str, today: date) -> list[Finding]:
    """Money paid out must be used for payments within two months (ANBest-P Nr. 1.4; held
    longer, the funder may charge interest, Nr. 8.5): by two months after each payout,
    the grant's share of the eligible spending paid until then must reach all that was
    paid out until that payout. Named once per payout whose two months have passed."""
    found = []
    received = 0
    for payout in sorted(grant.payouts, key=lambda p: p.paid_on):
        received += payout.amount_cents
        deadline = add_months(payout.paid_on, 2)
        if deadline >= today:
            continue
        eligible_position = {p.id: p.eligible for p in grant.positions}
        spent = sum(
            eligible_cents(r, grant.vat_deductible, eligible_position.get(r.position_id, True))
            for r in grant.receipts  # eligible: paid in the period
            if r.position_id
            and r.paid_on
            and r.paid_on <= deadline
            and (grant.start_date is None or r.paid_on >= grant.start_date)
        )
        used = grant_due(grant, spent)
        if received > used:
            found.append(
                _finding(
                    name,
                    tr("Auszahlung vom {value}").format(value=format_date(payout.paid_on)),
                    tr(
                        "Bis {value} sind vom bis dahin ausgezahlten Geld ({value2}) nur {value3} für bezahlte Ausgaben verwendet; {value4} lagen länger als zwei Monate (der Fördermittelgeber kann Zinsen verlangen)."
                    ).format(
                        value=format_date(deadline),
                        value2=format_cents(received),
                        value3=format_cents(used),
                        value4=format_cents(received - used),
                    ),
                    error=False,
                )
            )
    return found


def _positions(grant: Grant, name: str, totals: list[Any]) -> list[Finding]:
    """Single positions against the programme's over-run rule: ANBest-P allows a position
    up to its percentage over plan where savings elsewhere offset it; ANBest-Gk binds only
    the total (no finding per position); "none" binds every position. A position exceeded
    because of official conditions (Auflagen) is exempt: named, not an error."""
    rule = grant.programme.overrun_rule
    allowed = grant.programme.overrun_percent
    if rule is OverrunRule.TOTAL:
        return []
    found = []
    for t in totals:
        if t.difference <= 0:
            continue
        where = tr("Position {number} „{name}“").format(number=t.number, name=t.name)
        over = tr("{value} ausgegeben bei {value2} Plan (+{value3})").format(
            value=format_cents(t.actual),
            value2=format_cents(t.planned),
            value3=format_share(t.difference, t.planned),
        )
        if t.authority_condition:
            found.append(
                _finding(
                    name,
                    where,
                    tr("{over}; wegen behördlicher Auflagen erlaubt.").format(over=over),
                    error=False,
                )
            )
        elif rule is OverrunRule.NONE:
            found.append(
                _finding(
                    name,
                    where,
                    tr("{over}; einzelne Ansätze sind nach dem Bescheid verbindlich.").format(
                        over=over
                    ),
                )
            )
        elif t.planned == 0 or t.difference * 100 > t.planned * allowed:
            found.append(
                _finding(
                    name,
                    where,
                    tr("{over}; erlaubt sind höchstens {allowed} % über Plan.").format(
                        over=over, allowed=allowed
                    ),
                )
            )
    return found


def _rate(grant: Grant, name: str) -> list[Finding]:
    """The grant in the financing plan may be at most the funding rate of the planned
    eligible costs (Anteilfinanzierung); a plan asking 70 % where 65 % were approved is
    wrong."""
    costs = planned_eligible(grant)
    granted = sum(line.cents for line in grant.financing if line.source is FinancingSource.GRANT)
    if not costs or not granted:
        return []
    if granted * 10_000 > costs * grant.rate_bp + 10_000 * 100:  # a euro for rounding per year
        return [
            _finding(
                name,
                tr("Förderquote"),
                tr(
                    "Die Zuwendung im Finanzierungsplan ({value}) ist {value2} der zuwendungsfähigen Kosten ({value3}); bewilligt ist eine Förderquote von {value4} %."
                ).format(
                    value=format_cents(granted),
                    value2=format_share(granted, costs),
                    value3=format_cents(costs),
                    value4=format_basis_points(grant.rate_bp),
                ),
            )
        ]
    return []


def _phase(grant: Grant, name: str) -> list[Finding]:
    """The programme phase's cap and longest duration."""
    phase = grant.phase
    if phase is None:
        return []
    found = []
    if phase.cap_cents is not None and grant.approved_cents > phase.cap_cents:
        found.append(
            _finding(
                name,
                tr("Phase {name}").format(name=phase.name),
                tr(
                    "Die Zuwendung ({value}) übersteigt die Obergrenze der Phase ({value2})."
                ).format(
                    value=format_cents(grant.approved_cents), value2=format_cents(phase.cap_cents)
                ),
            )
        )
    if phase.max_months and grant.start_date and grant.end_date:
        months = (
            (grant.end_date.year - grant.start_date.year) * 12
            + grant.end_date.month
            - grant.start_date.month
            + 1
        )
        if months > phase.max_months:
            found.append(
                _finding(
                    name,
                    tr("Phase {name}").format(name=phase.name),
                    tr(
                        "Der Bewilligungszeitraum dauert {months} Monate; erlaubt sind höchstens {max_months}."
                    ).format(months=months, max_months=phase.max_months),
                )
            )
    return found


def _yearly(grant: Grant, name: str, rule: Any, today: date) -> list[Finding]:
    """One report per budget year in which money was received (a funds request that year)
    and the grant runs on past its end: due *months* after the year; a report counts for
    the years its period covers (one report no longer satisfies every year)."""
    if grant.start_date is None or grant.end_date is None:
        return []
    received = (
        {p.paid_on.year for p in grant.payouts}
        if grant.payouts
        else {q.requested_on.year for q in grant.requests}
    )
    found = []
    for year in range(grant.start_date.year, grant.end_date.year):  # the last: final report
        if year not in received:
            continue
        covered = any(
            r.kind is rule.kind
            and r.submitted_on
            and (r.period_start or date(year, 1, 1)) <= date(year, 12, 31)
            and (r.period_end or date(year - 1, 12, 31)) >= date(year, 12, 31)
            for r in grant.reports
        )
        if covered:
            continue
        due = add_months(date(year, 12, 31), rule.months)
        where = tr("{label} {year} (fällig am {value})").format(
            label=rule.kind.label, year=year, value=format_date(due)
        )
        if due < today:
            found.append(
                _finding(
                    name,
                    where,
                    tr("Die Frist ist seit {days} Tagen abgelaufen (Mittel aus {year}).").format(
                        days=(today - due).days, year=year
                    ),
                )
            )
        elif (due - today).days <= SOON_DAYS:
            found.append(
                _finding(
                    name,
                    where,
                    tr("in {days} Tagen fällig.").format(days=(due - today).days),
                    error=False,
                )
            )
    return found


def _deadlines(grant: Grant, name: str, today: date) -> list[Finding]:
    found = []
    for rule in grant.programme.deadlines:
        if rule.phase_id is not None and rule.phase_id != grant.phase_id:
            continue  # a deadline of another phase of the programme (KfW 436: A or B)
        if rule.base is DeadlineBase.EACH_YEAR:
            found += _yearly(grant, name, rule, today)
            continue
        base = grant.approved_on if rule.base is DeadlineBase.APPROVAL else grant.end_date
        if base is None:
            continue
        due = add_months(base, rule.months)
        if any(r.kind is rule.kind and r.submitted_on for r in grant.reports):
            continue
        where = tr("{label} (fällig am {value})").format(
            label=rule.kind.label, value=format_date(due)
        )
        if due < today:
            found.append(
                _finding(
                    name,
                    where,
                    tr("Die Frist ist seit {days} Tagen abgelaufen.").format(
                        days=(today - due).days
                    ),
                )
            )
        elif (due - today).days <= SOON_DAYS:
            found.append(
                _finding(
                    name,
                    where,
                    tr("in {days} Tagen fällig.").format(days=(due - today).days),
                    error=False,
                )
            )
    return found


def _financing(grant: Grant, name: str) -> list[Finding]:
    found = []
    costs: dict[int, int] = defaultdict(int)
    for position in grant.positions:
        for planned in position.planned:
            costs[planned.year] += planned.cents
    money: dict[int, int] = defaultdict(int)
    for line in grant.financing:
        money[line.year] += line.cents
    for year in sorted(set(costs) | set(money)):
        if costs[year] != money[year]:
            found.append(
                _finding(
                    name,
                    tr("Finanzierungsplan {year}").format(year=year),
                    tr("Kosten {value} ≠ Finanzierung {value2}.").format(
                        value=format_cents(costs[year]), value2=format_cents(money[year])
                    ),
                )
            )
    granted = sum(line.cents for line in grant.financing if line.source is FinancingSource.GRANT)
    if grant.financing and granted != grant.approved_cents:
        found.append(
            _finding(
                name,
                tr("Finanzierungsplan"),
                tr("Zuwendung im Plan {value} ≠ bewilligte Zuwendung {value2}.").format(
                    value=format_cents(granted), value2=format_cents(grant.approved_cents)
                ),
            )
        )
    return found


def check_all(session: Session, today: date | None = None) -> list[Finding]:
    """The funding checks of every grant in the workspace."""
    today = today or date.today()
    findings = []
    for grant_id in session.scalars(select(Grant.id).order_by(Grant.file_number)):
        grant = load_grant(session, grant_id)
        if grant is not None:
            findings += check_grant(grant, today)
    return findings


@dataclass(frozen=True)
class GrantOverview:
    """What the Förderung section shows of one grant, read in one session: its fields and
    its programme's (column → value), the programme's phases, plan against actual per
    position, the checks, the linked measures and the measures one could link."""

    grant: dict[str, Any]
    programme: dict[str, Any] | None
    phases: list[tuple[str, str]]
    totals: list[PositionTotal]
    findings: list[Finding]
    linked: list[tuple[str, str]]
    measures: list[tuple[str, str]]


def grant_overview(
    session: Session, grant_id: str | None, today: date | None = None
) -> GrantOverview | None:
    """The grant *grant_id* as its section shows it, or None (none chosen, or deleted)."""
    from workbench.services.choices import grant_measures
    from workbench.services.measures import measure_choices
    from workbench.services.values import column_values

    grant = load_grant(session, grant_id) if grant_id else None
    if grant is None:
        return None
    programme = grant.programme
    return GrantOverview(
        column_values(grant),
        column_values(programme) if programme is not None else None,
        [(phase.name, phase.id) for phase in programme.phases] if programme is not None else [],
        position_totals(grant),
        check_grant(grant, today or date.today()),
        grant_measures(session, grant.id),
        measure_choices(session),
    )


def stored_value(
    session: Session, grant_id: str, key: str, of_programme: bool = False
) -> tuple[str, Any]:
    """The id of the grant (or its programme) and the stored value of *key*: an edit that
    changes nothing is not stored."""
    grant = session.get(Grant, grant_id)
    if grant is None:
        raise NotFoundError(tr("Diese Zuwendung gibt es nicht (mehr)."))
    row = grant.programme if of_programme else grant
    return row.id, getattr(row, key)
