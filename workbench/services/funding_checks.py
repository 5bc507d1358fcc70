"""Checks a coordinator wants before sending anything to the funder. Each finding names
the position, receipt, request or date; all sums in integer cents, percentages rounded
only for display."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from workbench.formats import format_basis_points, format_cents, format_date, format_share
from workbench.i18n import tr
from workbench.model import CostPosition, FundingProgramme, FundingReport, Grant, Receipt
from workbench.model.enums import FinancingKind, FinancingSource, OverrunRule
from workbench.model.funding import PositionTotal, planned_eligible
from workbench.model.labels import GrantTerms, grant_terms
from workbench.model.settlement import OTHER_MONEY, Settlement, request_limit, settle
from workbench.services.errors import NotFoundError
from workbench.services.findings import Finding, grant_finding
from workbench.services.funding_dates import (
    before_start,
    deadlines,
    measure_start,
    paid_in_period,
    payouts,
)


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


def check_grant(grant: Grant, today: date, s: Settlement | None = None) -> list[Finding]:
    """Everything a funder would cut, reclaim or ask about, computed by the one settlement
    the documents print (model.settlement; *s*: the grant's, where the caller has it):
    receipts paid inside the Bewilligungszeitraum."""
    findings: list[Finding] = []
    name = grant.file_number or grant.title
    t = grant_terms(grant.programme.vocabulary)
    s = s or settle(grant)
    findings += _positions(grant, name, s, t)
    findings += _amounts(name, s, t)
    findings += _rate(grant, name, t)
    findings += measure_start(grant, name, t)
    for r in sorted(grant.receipts, key=lambda r: (r.receipt_date, r.number)):
        where = tr("Beleg {number} vom {value}").format(
            number=r.number, value=format_date(r.receipt_date)
        )
        findings += paid_in_period(grant, name, where, r, t)
        if r.vat_cents and not 0 <= r.vat_cents <= r.gross_cents:
            findings.append(
                grant_finding(
                    name,
                    where,
                    tr(
                        "Die Umsatzsteuer ({value}) passt nicht zum Bruttobetrag ({value2})."
                    ).format(value=format_cents(r.vat_cents), value2=format_cents(r.gross_cents)),
                )
            )
        if r.position_id is None and r.income_source is None:
            findings.append(
                grant_finding(
                    name,
                    where,
                    tr("über {value} ist keiner Planposition zugeordnet.").format(
                        value=format_cents(r.gross_cents)
                    ),
                )
            )
        findings += before_start(grant, name, where, r, t)
    findings += _requests(grant, name, t)
    findings += payouts(grant, name, today, t)
    findings += _phase(grant, name, t)
    findings += deadlines(grant, name, today)
    findings += _financing(grant, name, t)
    return [replace(f, subject_kind=t.grant) for f in findings]


def _amounts(name: str, s: Settlement, t: GrantTerms) -> list[Finding]:
    """What changes the grant lt. Abrechnung, each named once: spending over the whole
    plan (the excess is own money), positions beyond the over-run rule (not recognised),
    new money from others (ANBest-P Nr. 2.1)."""
    found = []
    excess = max(0, s.eligible - s.planned_eligible)
    if excess:
        found.append(
            grant_finding(
                name,
                t.grant,
                tr(
                    "Die {eligible_spending} ({value}) liegen über dem Plan ({value2}); die Mehrausgaben trägt der Empfänger. {grant} lt. Abrechnung: {value3} (höchstens {value4})."
                ).format(
                    eligible_spending=t.eligible_spending_weak,
                    value=format_cents(s.eligible),
                    value2=format_cents(s.planned_eligible),
                    grant=t.grant,
                    value3=format_cents(s.grant),
                    value4=format_cents(s.approved),
                ),
                error=False,
            )
        )
    cut = s.not_recognised - excess
    if cut > 0 and s.rule is not None:
        found.append(
            grant_finding(
                name,
                t.grant,
                tr(
                    "Nach der Regel für Überschreitungen ({rule}) werden {value} der {eligible_spending} nicht anerkannt; {grant} lt. Abrechnung: {value2}."
                ).format(
                    rule=s.rule.label,
                    value=format_cents(cut),
                    eligible_spending=t.eligible_spending_weak,
                    grant=t.grant,
                    value2=format_cents(s.grant),
                ),
                error=False,
            )
        )
    if s.new_money:
        found.append(_new_money(name, s, t))
    return found


def _new_money(name: str, s: Settlement, t: GrantTerms) -> Finding:
    """New money from others above the financing plan lowers the grant (ANBest-P Nr. 2.1)."""
    sources = "; ".join(
        tr("{source} {value} (lt. Finanzierungsplan {value2})").format(
            source=source.label,
            value=format_cents(s.income[source]),
            value2=format_cents(s.planned_income[source]),
        )
        for source in OTHER_MONEY
        if s.income[source] > s.planned_income[source]
    )
    return grant_finding(
        name,
        t.grant,
        tr(
            "Neue Deckungsmittel von {value}: {sources}. Bei {kind} ermäßigt sich {the_grant} um {value2} auf {value3} (ANBest-P Nr. 2.1)."
        ).format(
            value=format_cents(s.new_money),
            sources=sources,
            kind=s.kind.label,
            the_grant=t.the_grant,
            value2=format_cents(s.lowered_by_new_money),
            value3=format_cents(s.grant),
        ),
        error=False,
    )


def _requests(grant: Grant, name: str, t: GrantTerms) -> list[Finding]:
    """Each funds request against its limit (model.settlement.request_limit)."""
    found = []
    for q in sorted(grant.requests, key=lambda q: (q.requested_on, q.id or "")):
        limit = request_limit(grant, q)
        if q.amount_cents <= limit.allowed:
            continue
        found.append(
            grant_finding(
                name,
                tr("Mittelabruf vom {value}").format(value=format_date(q.requested_on)),
                tr(
                    "{value} angefordert, aber nur {value2} sind abrufbar ({kind}): Anteil {share} an den bis dahin bezahlten {eligible_spending} ({value3}) und den innerhalb von zwei Monaten fälligen Zahlungen ({value4}), abzüglich bereits ausgezahlter oder abgerufener Mittel ({value5})."
                ).format(
                    value=format_cents(q.amount_cents),
                    value2=format_cents(limit.allowed),
                    share=format_cents(limit.share),
                    eligible_spending=t.eligible_spending_weak,
                    value3=format_cents(limit.paid),
                    value4=format_cents(limit.due),
                    kind=FinancingKind(grant.financing_kind).label,
                    value5=format_cents(limit.before),
                ),
            )
        )
    return found


def _positions(grant: Grant, name: str, s: Settlement, terms: GrantTerms) -> list[Finding]:
    """Single positions against the programme's over-run rule: ANBest-P allows a position
    up to its percentage over plan where savings elsewhere offset it; ANBest-Gk binds only
    the total (no finding per position); "none" binds every position. A position exceeded
    because of official conditions (Auflagen) is exempt: named, not an error. What the
    rule does not recognise is named once (``_amounts``)."""
    rule = s.rule
    allowed = grant.programme.overrun_percent
    if rule is None or rule is OverrunRule.TOTAL:
        return []
    found = []
    for t in (p.total for p in s.positions):
        if t.difference <= 0 or not t.eligible:
            continue
        where = tr("Position {number} „{name}“").format(number=t.number, name=t.name)
        over = tr("{value} ausgegeben bei {value2} Plan (+{value3})").format(
            value=format_cents(t.actual),
            value2=format_cents(t.planned),
            value3=format_share(t.difference, t.planned),
        )
        if t.authority_condition:
            found.append(
                grant_finding(
                    name,
                    where,
                    tr("{over}; wegen behördlicher Auflagen erlaubt.").format(over=over),
                    error=False,
                )
            )
        elif rule is OverrunRule.NONE:
            found.append(
                grant_finding(
                    name,
                    where,
                    tr("{over}; einzelne Ansätze sind nach {decision} verbindlich.").format(
                        over=over,
                        decision=terms.decision_dative,
                    ),
                )
            )
        elif t.planned == 0 or t.difference * 100 > t.planned * allowed:
            found.append(
                grant_finding(
                    name,
                    where,
                    tr("{over}; erlaubt sind höchstens {allowed} % über Plan.").format(
                        over=over, allowed=allowed
                    ),
                )
            )
    return found


def _rate(grant: Grant, name: str, t: GrantTerms) -> list[Finding]:
    """The grant in the financing plan may be at most the funding rate of the planned
    eligible costs (Anteilfinanzierung); a plan asking 70 % where 65 % were approved is
    wrong."""
    costs = planned_eligible(grant)
    granted = sum(line.cents for line in grant.financing if line.source is FinancingSource.GRANT)
    if not costs or not granted or grant.financing_kind is not FinancingKind.SHARE:
        return []
    if granted * 10_000 > costs * grant.rate_bp + 10_000 * 100:  # a euro for rounding per year
        return [
            grant_finding(
                name,
                tr("Förderquote"),
                tr(
                    "{grant} im Finanzierungsplan {value} = {value2} der {eligible_spending} ({value3}); {approved} ist eine Förderquote von {value4} %."
                ).format(
                    grant=t.grant,
                    value=format_cents(granted),
                    value2=format_share(granted, costs),
                    eligible_spending=t.eligible_spending_weak,
                    value3=format_cents(costs),
                    approved=t.approved,
                    value4=format_basis_points(grant.rate_bp),
                ),
            )
        ]
    return []


def _phase(grant: Grant, name: str, t: GrantTerms) -> list[Finding]:
    """The programme phase's cap and longest duration."""
    phase = grant.phase
    if phase is None:
        return []
    found = []
    if phase.cap_cents is not None and grant.approved_cents > phase.cap_cents:
        found.append(
            grant_finding(
                name,
                tr("Phase {name}").format(name=phase.name),
                tr("{the_grant} ({value}) übersteigt die Obergrenze der Phase ({value2}).").format(
                    the_grant=t.the_grant[:1].upper() + t.the_grant[1:],
                    value=format_cents(grant.approved_cents),
                    value2=format_cents(phase.cap_cents),
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
                grant_finding(
                    name,
                    tr("Phase {name}").format(name=phase.name),
                    tr(
                        "Der Bewilligungszeitraum dauert {months} Monate; erlaubt sind höchstens {max_months}."
                    ).format(months=months, max_months=phase.max_months),
                )
            )
    return found


def _financing(grant: Grant, name: str, t: GrantTerms) -> list[Finding]:
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
                grant_finding(
                    name,
                    tr("Finanzierungsplan {year}").format(year=year),
                    tr("{spending} {value} ≠ Finanzierung {value2}.").format(
                        spending=t.spending,
                        value=format_cents(costs[year]),
                        value2=format_cents(money[year]),
                    ),
                )
            )
    granted = sum(line.cents for line in grant.financing if line.source is FinancingSource.GRANT)
    if grant.financing and granted != grant.approved_cents:
        found.append(
            grant_finding(
                name,
                tr("Finanzierungsplan"),
                tr("{grant} im Plan {value} ≠ {grant} {approved} {value2}.").format(
                    grant=t.grant,
                    approved=t.approved,
                    value=format_cents(granted),
                    value2=format_cents(grant.approved_cents),
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
    settled = settle(grant)  # what the Nachweis counts, for the table and the checks
    return GrantOverview(
        column_values(grant),
        column_values(programme) if programme is not None else None,
        [(phase.name, phase.id) for phase in programme.phases] if programme is not None else [],
        [p.total for p in settled.positions],
        check_grant(grant, today or date.today(), settled),
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
