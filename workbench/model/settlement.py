"""The one computation of what a grant comes to (Abrechnung): the eligible spending the
over-run rule recognises, the new money from others, the grant by its kind of financing,
and what a funds request may ask. The checks, the Nachweis, the Sachbericht and the
Mittelabruf all read it; nothing else computes an amount of the grant.

The rules, with their sources and worked cases, are in docs/FUNDING-RULES.md:

- Over-run (ANBest-P Nr. 1.2): a single position may be exceeded by up to the
  programme's percentage only as far as other positions save; one exceeded because of an
  official condition (behördliche Auflage) counts in full, within the total. ANBest-Gk
  Nr. 1.1: only the total binds. Single positions binding: a position counts up to its
  plan. Under Festbetragsfinanzierung the over-run sentences do not apply.
- New money (ANBest-P Nr. 2.1): income from third parties or other public funders beyond
  the Finanzierungsplan lowers the grant, pro rata under Anteilfinanzierung (2.1.1), in
  full under Fehlbedarfs- and Vollfinanzierung (2.1.2); not under Festbetragsfinanzierung.
- Funds requests (ANBest-P Nr. 1.4, ANBest-Gk Nr. 1.2): the grant's share of what was
  paid and what falls due within two months, less what was paid out or requested before.

All amounts in integer cents; a share is rounded down to the cent (never more than the
rule gives)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from workbench.model.enums import FinancingKind, FinancingSource, OverrunRule
from workbench.model.funding import Period, PositionTotal, income_cents, position_totals

#: The sources whose money beyond the plan is new money (Deckungsmittel) for the grant.
OTHER_MONEY = (FinancingSource.THIRD_PARTY, FinancingSource.OTHER_PUBLIC)


@dataclass(frozen=True)
class PositionResult:
    """A position of the plan as settled: its plan, what it cost, its eligible part and
    the part the over-run rule recognises."""

    total: PositionTotal
    recognised: int

    @property
    def over(self) -> int:
        """Eligible spending beyond the plan (0 where within it)."""
        return max(0, self.total.actual - self.total.planned) if self.total.eligible else 0


@dataclass(frozen=True)
class Settlement:
    """What a grant comes to for the spending paid inside the Bewilligungszeitraum up to
    a day (``period``): every amount the documents print and the checks compare."""

    kind: FinancingKind
    rule: OverrunRule | None  # None: no over-run rule applies (Festbetragsfinanzierung)
    period: Period
    positions: list[PositionResult]
    planned_eligible: int
    approved: int
    rate_bp: int
    planned_income: dict[FinancingSource, int]
    income: dict[FinancingSource, int]

    @property
    def spent(self) -> int:
        return sum(p.total.spent for p in self.positions)

    @property
    def eligible(self) -> int:
        """Eligible spending before the over-run rule."""
        return sum(p.total.actual for p in self.positions if p.total.eligible)

    @property
    def recognised(self) -> int:
        """Eligible spending as the over-run rule recognises it."""
        return sum(p.recognised for p in self.positions)

    @property
    def not_recognised(self) -> int:
        return self.eligible - self.recognised

    @property
    def new_money(self) -> int:
        """Money from others beyond the plan (per source, only what exceeds it)."""
        return sum(max(0, self.income[s] - self.planned_income[s]) for s in OTHER_MONEY)

    @property
    def grant(self) -> int:
        """The grant lt. Abrechnung."""
        return grant_by_kind(
            self.kind,
            self.approved,
            self.rate_bp,
            self.planned_eligible,
            self.recognised,
            self.new_money,
        )

    @property
    def lowered_by_new_money(self) -> int:
        """How much the new money lowers the grant."""
        without = grant_by_kind(
            self.kind,
            self.approved,
            self.rate_bp,
            self.planned_eligible,
            self.recognised,
            0,
        )
        return without - self.grant


def grant_by_kind(
    kind: FinancingKind,
    approved: int,
    rate_bp: int,
    planned_eligible: int,
    recognised: int,
    new_money: int,
) -> int:
    """The grant a kind of financing gives for *recognised* eligible spending and
    *new_money* from others, at most the approved amount, never below zero.

    - Anteil: the rate of the spending less the new money (the reduction is the rate of
      the new money, Nr. 2.1.1).
    - Fehlbedarf: the spending less the own and other means of the plan
      (planned eligible − approved) and less the new money (Nr. 2.1.2, 1.4.2).
    - Voll: the spending less the new money.
    - Festbetrag: the fixed amount, at most the spending."""
    if kind is FinancingKind.SHARE:
        due = max(0, recognised - new_money) * rate_bp // 10_000
    elif kind is FinancingKind.DEFICIT:
        due = recognised - (planned_eligible - approved) - new_money
    elif kind is FinancingKind.FULL:
        due = recognised - new_money
    else:
        due = recognised
    return max(0, min(approved, due))


def recognise(
    totals: list[PositionTotal], rule: OverrunRule | None, percent: int
) -> list[PositionResult]:
    """The eligible spending of each position as *rule* recognises it. Every position
    counts up to its plan; beyond it, what the rule allows (ANBest-P: up to *percent* of
    the position's plan; ANBest-Gk: all; binding positions: nothing; an official
    condition: all), and of that only as much as the other positions save, so that the
    total never exceeds the plan. The offsetting savings go to the positions in plan
    order. Without a rule (Festbetrag) every eligible amount counts."""
    eligible = [t for t in totals if t.eligible]
    if rule is None:
        return [PositionResult(t, t.actual if t.eligible else 0) for t in totals]
    savings = sum(max(0, t.planned - t.actual) for t in eligible)
    results = []
    for t in totals:
        if not t.eligible:
            results.append(PositionResult(t, 0))
            continue
        within = min(t.actual, t.planned)
        over = t.actual - within
        if t.authority_condition or rule is OverrunRule.TOTAL:
            allowed = over
        elif rule is OverrunRule.POSITIONS:
            allowed = min(over, t.planned * percent // 100)
        else:
            allowed = 0
        taken = min(allowed, savings)
        savings -= taken
        results.append(PositionResult(t, within + taken))
    return results


def settle(grant: Any, until: date | None = None) -> Settlement:
    """The grant's settlement for the spending and income paid inside the
    Bewilligungszeitraum up to *until* (its end without one)."""
    end = grant.end_date if until is None else min(d for d in (until, grant.end_date) if d)
    period = Period(grant.start_date, end)
    kind = FinancingKind(grant.financing_kind or FinancingKind.SHARE)
    programme = grant.programme
    rule = None if kind is FinancingKind.FIXED else OverrunRule(programme.overrun_rule)
    totals = position_totals(grant, period)
    positions = recognise(totals, rule, programme.overrun_percent)
    planned_eligible = sum(t.planned for t in totals if t.eligible)
    planned_income = {
        s: sum(line.cents for line in grant.financing if line.source is s) for s in OTHER_MONEY
    }
    income = {s: income_cents(grant, s, period) for s in OTHER_MONEY}
    return Settlement(
        kind,
        rule,
        period,
        positions,
        planned_eligible,
        grant.approved_cents,
        grant.rate_bp,
        planned_income,
        income,
    )


@dataclass(frozen=True)
class RequestLimit:
    """What one funds request may ask: the grant's share of the eligible spending paid
    until the request (``paid``) and of the payments due within two months (``due``),
    less what was requested before (``requested``) or paid out until the request
    (``paid_out``), whichever is more."""

    paid: int
    due: int
    share: int
    requested: int
    paid_out: int

    @property
    def before(self) -> int:
        return max(self.requested, self.paid_out)

    @property
    def allowed(self) -> int:
        return max(0, self.share - self.before)


def request_limit(grant: Any, request: Any) -> RequestLimit:
    """The limit of *request* (ANBest-P Nr. 1.4, ANBest-Gk Nr. 1.2): under Anteil- and
    Festbetragsfinanzierung pro rata with the plan's other means, under Fehlbedarf only
    once the own and other means are used, under Vollfinanzierung all of it; less the
    money paid out (payouts up to the request) or requested before, whichever is more
    (money requested and not yet paid out is on its way)."""
    s = settle(grant, request.requested_on)
    base = s.recognised + request.due_within_two_months_cents
    if s.kind is FinancingKind.FIXED:
        share = (
            min(s.approved, base * s.approved // s.planned_eligible)
            if s.planned_eligible
            else s.approved
        )
    else:
        share = grant_by_kind(s.kind, s.approved, s.rate_bp, s.planned_eligible, base, s.new_money)
    ordered = sorted(grant.requests, key=lambda q: (q.requested_on, q.id or ""))
    earlier = sum(q.amount_cents for q in ordered[: ordered.index(request)])
    paid_out = sum(p.amount_cents for p in grant.payouts if p.paid_on <= request.requested_on)
    return RequestLimit(s.recognised, request.due_within_two_months_cents, share, earlier, paid_out)
