"""Funding: programmes, grants with their Kosten- und Finanzierungsplan, receipts, funds
requests and reports. All amounts in integer cents; rates in basis points (65 % = 6500)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workbench.model.base import Base
from workbench.model.enums import (
    CostCategory,
    DeadlineBase,
    FinancingKind,
    FinancingSource,
    OverrunRule,
    ReportKind,
    Vocabulary,
    column_type,
)

_CHILD = "all, delete-orphan"


class FundingProgramme(Base):
    """A funding programme, e.g. Modellprojekte Smart Cities (KfW 436)."""

    __tablename__ = "funding_programmes"

    name: Mapped[str] = mapped_column(String(300))
    code: Mapped[str] = mapped_column(String(50), default="")
    funder: Mapped[str] = mapped_column(String(200), default="")
    rate_bp: Mapped[int] = mapped_column(Integer, default=6500)
    overrun_percent: Mapped[int] = mapped_column(Integer, default=20)
    #: ANBest-P (positions up to overrun_percent with offsetting savings), ANBest-Gk (only
    #: the total binds) or no over-run of single positions; Land variants set the figure.
    overrun_rule: Mapped[OverrunRule] = mapped_column(
        column_type(OverrunRule), default=OverrunRule.POSITIONS
    )
    cap_cents: Mapped[int | None] = mapped_column(Integer)
    #: The terms the programme's documents use (Zuwendungsbescheid or Zusage …).
    vocabulary: Mapped[Vocabulary] = mapped_column(column_type(Vocabulary), default=Vocabulary.BHO)

    deadlines: Mapped[list[ReportDeadline]] = relationship(
        back_populates="programme", cascade=_CHILD
    )
    phases: Mapped[list[ProgrammePhase]] = relationship(
        back_populates="programme", cascade=_CHILD, order_by="ProgrammePhase.position"
    )


class ProgrammePhase(Base):
    """A phase of a programme with its cap and longest duration (Smart Cities: phase A,
    strategy, up to EUR 2.5 m over two years; phase B, implementation, up to EUR 15 m
    over at most five years)."""

    __tablename__ = "programme_phases"

    programme_id: Mapped[str] = mapped_column(
        ForeignKey("funding_programmes.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    cap_cents: Mapped[int | None] = mapped_column(Integer)
    max_months: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)

    programme: Mapped[FundingProgramme] = relationship(back_populates="phases")


class ReportDeadline(Base):
    """A deadline as a rule: a report of *kind* at most *months* after a base date."""

    __tablename__ = "report_deadlines"

    programme_id: Mapped[str] = mapped_column(
        ForeignKey("funding_programmes.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[ReportKind] = mapped_column(column_type(ReportKind), default=ReportKind.FINAL)
    base: Mapped[DeadlineBase] = mapped_column(
        column_type(DeadlineBase), default=DeadlineBase.APPROVAL
    )
    months: Mapped[int] = mapped_column(Integer, default=30)
    #: Only for grants in this phase of the programme (KfW 436: phase A and B have their
    #: own deadlines); none: for every grant of the programme.
    phase_id: Mapped[str | None] = mapped_column(
        ForeignKey("programme_phases.id", ondelete="CASCADE"), index=True
    )

    programme: Mapped[FundingProgramme] = relationship(back_populates="deadlines")
    phase: Mapped[ProgrammePhase | None] = relationship()


class Grant(Base):
    """A Zuwendung: programme, file number, approval, period and the approved amount."""

    __tablename__ = "grants"

    programme_id: Mapped[str] = mapped_column(ForeignKey("funding_programmes.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    file_number: Mapped[str] = mapped_column(String(100), default="")
    approved_on: Mapped[date | None] = mapped_column(Date)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    rate_bp: Mapped[int] = mapped_column(Integer, default=6500)
    approved_cents: Mapped[int] = mapped_column(Integer, default=0)
    phase_id: Mapped[str | None] = mapped_column(
        ForeignKey("programme_phases.id", ondelete="SET NULL"), index=True
    )
    #: Who receives the grant, and where the money goes (Mittelabruf).
    recipient: Mapped[str] = mapped_column(String(300), default="")
    account_holder: Mapped[str] = mapped_column(String(200), default="")
    iban: Mapped[str] = mapped_column(String(40), default="")
    bic: Mapped[str] = mapped_column(String(20), default="")
    bank: Mapped[str] = mapped_column(String(200), default="")
    #: Who signs the documents, and where.
    signatory: Mapped[str] = mapped_column(String(200), default="")
    place: Mapped[str] = mapped_column(String(100), default="")
    #: The recipient may deduct input VAT: then only the net amounts are eligible
    #: (ANBest-P Nr. 1.1 / VV Nr. 2.1 zu § 44 BHO).
    vat_deductible: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Anteil-, Fehlbedarfs-, Festbetrags- or Vollfinanzierung (model.settlement).
    financing_kind: Mapped[FinancingKind] = mapped_column(
        column_type(FinancingKind), default=FinancingKind.SHARE
    )
    #: The begin of the measure (Maßnahmebeginn: the first contract for delivery or
    #: service) and, where the funder allowed it, the date of its consent to an early
    #: start (vorzeitiger Maßnahmebeginn) before the decision.
    measure_start: Mapped[date | None] = mapped_column(Date)
    early_start_on: Mapped[date | None] = mapped_column(Date)

    programme: Mapped[FundingProgramme] = relationship()
    phase: Mapped[ProgrammePhase | None] = relationship()
    positions: Mapped[list[CostPosition]] = relationship(
        back_populates="grant", cascade=_CHILD, order_by="CostPosition.number"
    )
    financing: Mapped[list[FinancingLine]] = relationship(back_populates="grant", cascade=_CHILD)
    receipts: Mapped[list[Receipt]] = relationship(back_populates="grant", cascade=_CHILD)
    requests: Mapped[list[FundsRequest]] = relationship(back_populates="grant", cascade=_CHILD)
    payouts: Mapped[list[Payout]] = relationship(back_populates="grant", cascade=_CHILD)
    posts: Mapped[list[FundedPost]] = relationship(
        back_populates="grant", cascade=_CHILD, order_by="FundedPost.position"
    )
    reports: Mapped[list[FundingReport]] = relationship(back_populates="grant", cascade=_CHILD)
    measure_links: Mapped[list[GrantMeasure]] = relationship(back_populates="grant", cascade=_CHILD)


class GrantMeasure(Base):
    """A measure the grant finances."""

    __tablename__ = "grant_measures"

    grant_id: Mapped[str] = mapped_column(ForeignKey("grants.id", ondelete="CASCADE"), index=True)
    measure_id: Mapped[str] = mapped_column(
        ForeignKey("measures.id", ondelete="CASCADE"), index=True
    )

    grant: Mapped[Grant] = relationship(back_populates="measure_links")


class CostPosition(Base):
    """A position of the cost plan (e.g. „1.1 Projektleitung“) with its category."""

    __tablename__ = "cost_positions"

    grant_id: Mapped[str] = mapped_column(ForeignKey("grants.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(300))
    #: Exceeded because of official conditions (behördliche Auflagen): the over-run rule
    #: does not apply to it (ANBest-P Nr. 1.2, last sentence).
    authority_condition: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Counts to the eligible costs (zuwendungs-/förderfähig); a position that does not
    #: stands in the total costs only.
    eligible: Mapped[bool] = mapped_column(Boolean, default=True)
    #: Why spending departs from the plan (Sachbericht, Nachweis).
    deviation_reason: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[CostCategory] = mapped_column(
        column_type(CostCategory), default=CostCategory.MATERIAL
    )

    grant: Mapped[Grant] = relationship(back_populates="positions")
    planned: Mapped[list[PlannedCost]] = relationship(back_populates="position", cascade=_CHILD)


class PlannedCost(Base):
    """The approved cost of a position in one year."""

    __tablename__ = "planned_costs"

    position_id: Mapped[str] = mapped_column(
        ForeignKey("cost_positions.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int] = mapped_column(Integer)
    cents: Mapped[int] = mapped_column(Integer, default=0)

    position: Mapped[CostPosition] = relationship(back_populates="planned")


class FinancingLine(Base):
    """How a year is financed: Eigenanteil, Leistungen Dritter, Zuwendung."""

    __tablename__ = "financing_lines"

    grant_id: Mapped[str] = mapped_column(ForeignKey("grants.id", ondelete="CASCADE"), index=True)
    source: Mapped[FinancingSource] = mapped_column(column_type(FinancingSource))
    year: Mapped[int] = mapped_column(Integer)
    cents: Mapped[int] = mapped_column(Integer, default=0)

    grant: Mapped[Grant] = relationship(back_populates="financing")


class Receipt(Base):
    """A Beleg: what was paid to whom for what, and on which plan position."""

    __tablename__ = "receipts"

    grant_id: Mapped[str] = mapped_column(ForeignKey("grants.id", ondelete="CASCADE"), index=True)
    position_id: Mapped[str | None] = mapped_column(
        ForeignKey("cost_positions.id", ondelete="SET NULL"), index=True
    )
    number: Mapped[str] = mapped_column(String(100))
    receipt_date: Mapped[date] = mapped_column(Date)
    #: When the order was placed (Bestellung/Auftrag), where known: an order before the
    #: begin of the measure is not eligible without consent to an early start.
    ordered_on: Mapped[date | None] = mapped_column(Date)
    paid_on: Mapped[date | None] = mapped_column(Date)
    payee: Mapped[str] = mapped_column(String(300), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    gross_cents: Mapped[int] = mapped_column(Integer, default=0)
    #: The VAT in the gross amount (net = gross − VAT).
    vat_cents: Mapped[int] = mapped_column(Integer, default=0)
    #: Only part of the amount is eligible: that part; none: the whole (net where the
    #: recipient deducts input VAT).
    eligible_cents: Mapped[int | None] = mapped_column(Integer)
    #: Not spending but income (Einnahme) of this source, e.g. Leistungen Dritter.
    income_source: Mapped[FinancingSource | None] = mapped_column(column_type(FinancingSource))

    grant: Mapped[Grant] = relationship(back_populates="receipts")
    position: Mapped[CostPosition | None] = relationship()


class FundsRequest(Base):
    """A Mittelabruf: only for payments due within two months."""

    __tablename__ = "funds_requests"

    grant_id: Mapped[str] = mapped_column(ForeignKey("grants.id", ondelete="CASCADE"), index=True)
    requested_on: Mapped[date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(Integer, default=0)
    due_within_two_months_cents: Mapped[int] = mapped_column(Integer, default=0)
    justification: Mapped[str] = mapped_column(Text, default="")
    use_of_earlier_funds: Mapped[str] = mapped_column(Text, default="")

    grant: Mapped[Grant] = relationship(back_populates="requests")


class Payout(Base):
    """Money the funder paid out (date and amount), as the bank statement shows it."""

    __tablename__ = "payouts"

    grant_id: Mapped[str] = mapped_column(ForeignKey("grants.id", ondelete="CASCADE"), index=True)
    paid_on: Mapped[date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")

    grant: Mapped[Grant] = relationship(back_populates="payouts")


class FundedPost(Base):
    """Staff the grant finances, as people: role, how many, their share of full time,
    from when to when (Sachbericht: „eingesetztes Personal“)."""

    __tablename__ = "funded_posts"

    grant_id: Mapped[str] = mapped_column(ForeignKey("grants.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(200))
    people: Mapped[int] = mapped_column(Integer, default=1)
    #: Share of full time per person in basis points (100 % = 10000).
    share_bp: Mapped[int] = mapped_column(Integer, default=10_000)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)

    grant: Mapped[Grant] = relationship(back_populates="posts")


class FundingReport(Base):
    """A Zwischen- or Verwendungsnachweis: its period, when it went out, its narrative."""

    __tablename__ = "funding_reports"

    grant_id: Mapped[str] = mapped_column(ForeignKey("grants.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ReportKind] = mapped_column(column_type(ReportKind), default=ReportKind.INTERIM)
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    submitted_on: Mapped[date | None] = mapped_column(Date)

    grant: Mapped[Grant] = relationship(back_populates="reports")
    sections: Mapped[list[ReportSection]] = relationship(
        back_populates="report", cascade=_CHILD, order_by="ReportSection.position"
    )


class ReportSection(Base):
    """A narrative section of a report (Beginn, Personal, Ergebnisse, Abweichungen …)."""

    __tablename__ = "report_sections"

    report_id: Mapped[str] = mapped_column(
        ForeignKey("funding_reports.id", ondelete="CASCADE"), index=True
    )
    heading: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    report: Mapped[FundingReport] = relationship(back_populates="sections")


@dataclass(frozen=True)
class Period:
    """A reporting period, both ends included; an open end reaches as far as there is.
    Spending and income count by their payment date (ANBest-P Nr. 1.4, 6.2)."""

    start: date | None = None
    end: date | None = None

    def holds(self, day: date | None) -> bool:
        return (
            day is not None
            and (self.start is None or day >= self.start)
            and (self.end is None or day <= self.end)
        )


def cost_cents(receipt: Any, vat_deductible: bool) -> int:
    """What a receipt cost the recipient: net where input VAT is deducted, else gross."""
    gross: int = receipt.gross_cents
    return gross - (receipt.vat_cents or 0) if vat_deductible else gross


def eligible_cents(receipt: Any, vat_deductible: bool, position_eligible: bool = True) -> int:
    """The eligible part of a spending receipt: none without an eligible position or for
    income; the recorded part where one is recorded (at most its cost); else its cost."""
    if receipt.income_source is not None or not receipt.position_id or not position_eligible:
        return 0
    cost = cost_cents(receipt, vat_deductible)
    return cost if receipt.eligible_cents is None else min(receipt.eligible_cents, cost)


@dataclass(frozen=True)
class PositionTotal:
    """A cost position's planned and actual cost (eligible amounts of the receipts booked
    on it), in cents."""

    number: str
    name: str
    planned: int
    actual: int
    authority_condition: bool = False
    eligible: bool = True
    spent: int = 0  # all it cost, eligible or not
    reason: str = ""

    @property
    def difference(self) -> int:
        return self.actual - self.planned


def position_totals(grant: Grant, period: Period | None = None) -> list[PositionTotal]:
    """Plan against actual for each position of *grant*, in position order: receipts paid
    within *period* (all receipts without one). A position's actual is what it cost
    (net where input VAT is deducted) as far as eligible."""
    actual: dict[str, int] = defaultdict(int)
    spent: dict[str, int] = defaultdict(int)
    eligible_position = {p.id: p.eligible for p in grant.positions}
    for receipt in grant.receipts:
        if (
            receipt.position_id
            and receipt.income_source is None
            and (period is None or period.holds(receipt.paid_on))
        ):
            spent[receipt.position_id] += cost_cents(receipt, grant.vat_deductible)
            actual[receipt.position_id] += eligible_cents(
                receipt, grant.vat_deductible, eligible_position.get(receipt.position_id, True)
            )
    return [
        PositionTotal(
            p.number,
            p.name,
            sum(c.cents for c in p.planned),
            actual[p.id] if p.eligible else spent[p.id],
            bool(p.authority_condition),
            bool(p.eligible),
            spent[p.id],
            p.deviation_reason or "",
        )
        for p in sorted(grant.positions, key=lambda p: p.number)
    ]


class ImportMapping(Base):
    """How the columns of one finance system's export map to receipt fields, remembered so the
    next export of the same source needs no mapping again."""

    __tablename__ = "import_mappings"

    source: Mapped[str] = mapped_column(
        String(200), index=True
    )  # not unique: two laptops may both save one
    mapping: Mapped[str] = mapped_column(Text, default="{}")  # JSON: field → column header


def planned_eligible(grant: Grant) -> int:
    """The eligible costs of the plan (positions marked eligible)."""
    return sum(c.cents for p in grant.positions if p.eligible for c in p.planned)


def income_cents(grant: Grant, source: FinancingSource, period: Period | None = None) -> int:
    """Income of *source* booked as receipts (paid within *period*)."""
    return sum(
        r.gross_cents
        for r in grant.receipts
        if r.income_source is source and (period is None or period.holds(r.paid_on))
    )
