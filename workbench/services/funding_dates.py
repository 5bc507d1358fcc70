"""The dates a funder checks: when the measure began (an early start needs consent),
when each receipt was ordered, invoiced and paid (inside the Bewilligungszeitraum, not
before the measure began), how long paid-out money lay unused (ANBest-P Nr. 1.4), and
when each report falls due (docs/FUNDING-RULES.md)."""

from __future__ import annotations

from datetime import date
from typing import Any

from workbench.dates import add_months
from workbench.formats import format_cents, format_date
from workbench.i18n import tr
from workbench.model import Grant, Receipt
from workbench.model.enums import DeadlineBase
from workbench.model.labels import GrantTerms
from workbench.model.settlement import settle
from workbench.services.findings import Finding, grant_finding

#: A deadline this many days ahead or fewer is named as coming (a warning).
SOON_DAYS = 30


def measure_start(grant: Grant, name: str, t: GrantTerms) -> list[Finding]:
    """The measure may begin on the decision's day, earlier only with the funder's consent
    to an early start (vorzeitiger Maßnahmebeginn)."""
    begin, allowed = grant.measure_start, start_allowed(grant)
    if begin is None or allowed is None or begin >= allowed:
        return []
    return [
        grant_finding(
            name,
            tr("Maßnahmebeginn {value}").format(value=format_date(begin)),
            early_start(grant, t),
        )
    ]


def start_allowed(grant: Grant) -> date | None:
    """From when the measure may begin: the consent to an early start, else the decision."""
    return grant.early_start_on or grant.approved_on


def early_start(grant: Grant, t: GrantTerms) -> str:
    if grant.early_start_on:
        return tr("liegt vor der Zustimmung zum vorzeitigen Maßnahmebeginn vom {value}.").format(
            value=format_date(grant.early_start_on)
        )
    return tr(
        "liegt vor {decision} vom {value}, ohne Zustimmung zum vorzeitigen Maßnahmebeginn."
    ).format(decision=t.decision_dative, value=format_date(grant.approved_on))


def paid_in_period(grant: Grant, name: str, where: str, r: Receipt, t: GrantTerms) -> list[Finding]:
    """A receipt not paid yet, or paid outside the Bewilligungszeitraum."""
    findings: list[Finding] = []
    period = f"{format_date(grant.start_date)} – {format_date(grant.end_date)}"
    if r.paid_on is None:  # the rules count the payment, not the invoice
        findings.append(
            grant_finding(
                name,
                where,
                tr("hat kein Zahlungsdatum; abgerechnet werden nur bezahlte {spending}.").format(
                    spending=t.spending
                ),
                error=False,
            )
        )
    elif (grant.start_date and r.paid_on < grant.start_date) or (
        grant.end_date and r.paid_on > grant.end_date
    ):
        findings.append(
            grant_finding(
                name,
                where,
                tr(
                    "wurde am {value} bezahlt, außerhalb des Bewilligungszeitraums ({period})."
                ).format(value=format_date(r.paid_on), period=period),
            )
        )
    return findings


def before_start(grant: Grant, name: str, where: str, r: Receipt, t: GrantTerms) -> list[Finding]:
    """A receipt ordered or invoiced before the recorded begin of the measure, where no
    consent to an early start covers it: not eligible (the project began before it
    was allowed to)."""
    if grant.measure_start is None or r.income_source is not None:
        return []
    day = min(d for d in (r.ordered_on, r.receipt_date) if d)
    allowed = start_allowed(grant)
    if day >= grant.measure_start or (grant.early_start_on and day >= grant.early_start_on):
        return []
    what = tr("Bestellung") if r.ordered_on and r.ordered_on <= r.receipt_date else tr("Rechnung")
    text = tr("{what} vom {value} liegt vor dem Maßnahmebeginn ({value2})").format(
        what=what, value=format_date(day), value2=format_date(grant.measure_start)
    )
    if allowed is not None and day < allowed:
        text += "; " + early_start(grant, t)
    else:
        text += "."
    return [grant_finding(name, where, text)]


def payouts(grant: Grant, name: str, today: date, t: GrantTerms) -> list[Finding]:
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
        used = settle(grant, deadline).grant
        if received > used:
            found.append(
                grant_finding(
                    name,
                    tr("Auszahlung vom {value}").format(value=format_date(payout.paid_on)),
                    tr(
                        "Bis {value} sind vom bis dahin ausgezahlten Geld ({value2}) nur {value3} für bezahlte {spending} verwendet; {value4} lagen länger als zwei Monate (der Fördermittelgeber kann Zinsen verlangen)."
                    ).format(
                        spending=t.spending,
                        value=format_date(deadline),
                        value2=format_cents(received),
                        value3=format_cents(used),
                        value4=format_cents(received - used),
                    ),
                    error=False,
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
        found += _due(name, where, due, today, year)
    return found


def deadlines(grant: Grant, name: str, today: date) -> list[Finding]:
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
        found += _due(name, where, due, today)
    return found


def _due(name: str, where: str, due: date, today: date, year: int | None = None) -> list[Finding]:
    """A report's deadline passed (an error; *year*: the budget year whose money it
    accounts for) or coming within SOON_DAYS (a warning)."""
    if due < today:
        days = (today - due).days
        message = (
            tr("Die Frist ist seit {days} Tagen abgelaufen (Mittel aus {year}).").format(
                days=days, year=year
            )
            if year is not None
            else tr("Die Frist ist seit {days} Tagen abgelaufen.").format(days=days)
        )
        return [grant_finding(name, where, message)]
    if (due - today).days <= SOON_DAYS:
        message = tr("in {days} Tagen fällig.").format(days=(due - today).days)
        return [grant_finding(name, where, message, error=False)]
    return []
