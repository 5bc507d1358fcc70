"""The lists of the Förderung section: which columns each shows and what a new row holds."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.gui.item_lists import ItemColumn, ListSpec, today
from workbench.model import (
    CostPosition,
    FinancingLine,
    FundedPost,
    FundingReport,
    FundsRequest,
    Payout,
    PlannedCost,
    ProgrammePhase,
    Receipt,
    ReportDeadline,
    ReportSection,
)
from workbench.model.enums import CostCategory, DeadlineBase, FinancingSource, ReportKind


def _positions(session: Session, grant_id: str) -> list[tuple[str, Any]]:
    return [(f"{n} {name}", pid) for pid, n, name in session.execute(
        select(CostPosition.id, CostPosition.number, CostPosition.name)
        .where(CostPosition.grant_id == grant_id).order_by(CostPosition.number))]


def _position_labels(session: Session, ids: set[str]) -> dict[str, str]:
    return {pid: f"{n} {name}" for pid, n, name in session.execute(
        select(CostPosition.id, CostPosition.number, CostPosition.name).where(CostPosition.id.in_(ids)))}


def _phases(session: Session, programme_id: str) -> list[tuple[str, Any]]:
    return [(name, pid) for pid, name in session.execute(
        select(ProgrammePhase.id, ProgrammePhase.name).where(ProgrammePhase.programme_id == programme_id)
        .order_by(ProgrammePhase.position))]


def _phase_labels(session: Session, ids: set[str]) -> dict[str, str]:
    return {pid: name for pid, name in session.execute(
        select(ProgrammePhase.id, ProgrammePhase.name).where(ProgrammePhase.id.in_(ids)))}


RECEIPTS = ListSpec(Receipt, [
    ItemColumn("number", "Beleg-Nr.", 90), ItemColumn("receipt_date", "Belegdatum", 95),
    ItemColumn("paid_on", "Bezahlt am", 95), ItemColumn("payee", "Zahlungsempfänger", 170),
    ItemColumn("purpose", "Zweck", 200), ItemColumn("gross_cents", "Betrag (brutto)", 120),
    ItemColumn("vat_cents", "darin USt", 100), ItemColumn("eligible_cents", "davon zuwendungsfähig", 150),
    ItemColumn("position_id", "Planposition", 180, choices=_positions, labels=_position_labels),
    ItemColumn("income_source", "Einnahme von", 170, enum=FinancingSource, optional=True),
], lambda: {"number": "neu", "receipt_date": today()}, order=lambda r: (r.receipt_date, r.number))
REQUESTS = ListSpec(FundsRequest, [
    ItemColumn("requested_on", "Abgerufen am", 100), ItemColumn("amount_cents", "Betrag", 120),
    ItemColumn("due_within_two_months_cents", "In zwei Monaten fällig", 150),
    ItemColumn("justification", "Begründung", 220), ItemColumn("use_of_earlier_funds", "Verwendung früherer Mittel", 220),
], lambda: {"requested_on": today()}, order=lambda q: q.requested_on)
PAYOUTS = ListSpec(Payout, [
    ItemColumn("paid_on", "Ausgezahlt am", 110), ItemColumn("amount_cents", "Betrag", 130),
    ItemColumn("note", "Anmerkung", 300),
], lambda: {"paid_on": today()}, order=lambda p: p.paid_on)
REPORTS = ListSpec(FundingReport, [
    ItemColumn("kind", "Art", 150, enum=ReportKind), ItemColumn("period_start", "Zeitraum von", 100),
    ItemColumn("period_end", "Zeitraum bis", 100), ItemColumn("submitted_on", "Eingereicht am", 110),
], lambda: {"kind": ReportKind.INTERIM}, order=lambda r: (r.period_start or today(), r.kind))
POSITIONS = ListSpec(CostPosition, [
    ItemColumn("number", "Nr.", 60), ItemColumn("name", "Kostenposition", 260),
    ItemColumn("category", "Kategorie", 200, enum=CostCategory),
    ItemColumn("authority_condition", "Behördliche Auflage", 150, yes_no=True),
    ItemColumn("eligible", "Zuwendungsfähig", 120, yes_no=True),
    ItemColumn("deviation_reason", "Begründung einer Abweichung", 280),
], lambda: {"number": "9.9", "name": "Neue Position"}, order=lambda p: p.number)
PLANNED = ListSpec(PlannedCost, [ItemColumn("year", "Jahr", 80), ItemColumn("cents", "Kosten", 140)],
                   lambda: {"year": today().year, "cents": 0}, order=lambda p: p.year)
FINANCING = ListSpec(FinancingLine, [
    ItemColumn("source", "Quelle", 170, enum=FinancingSource), ItemColumn("year", "Jahr", 80),
    ItemColumn("cents", "Betrag", 140),
], lambda: {"source": FinancingSource.GRANT, "year": today().year, "cents": 0},
    order=lambda f: (f.year, f.source))
PHASES = ListSpec(ProgrammePhase, [
    ItemColumn("name", "Phase", 180), ItemColumn("cap_cents", "Obergrenze", 140),
    ItemColumn("max_months", "Höchstens Monate", 130),
], lambda: {"name": "Neue Phase"}, order=lambda p: p.position)
DEADLINES = ListSpec(ReportDeadline, [
    ItemColumn("kind", "Nachweis", 170, enum=ReportKind), ItemColumn("months", "Monate", 80),
    ItemColumn("base", "gerechnet ab", 260, enum=DeadlineBase),
    ItemColumn("phase_id", "nur in Phase", 160, choices=_phases, labels=_phase_labels),
], lambda: {"kind": ReportKind.FINAL, "months": 30}, order=lambda d: (d.kind, d.months))
POSTS = ListSpec(FundedPost, [
    ItemColumn("role", "Rolle", 220), ItemColumn("people", "Personen", 80),
    ItemColumn("share_bp", "Stellenanteil je Person (%)", 170), ItemColumn("start_date", "von", 100),
    ItemColumn("end_date", "bis", 100),
], lambda: {"role": "Neue Stelle", "people": 1, "share_bp": 10_000}, order=lambda p: p.position)
SECTIONS = ListSpec(ReportSection, [
    ItemColumn("heading", "Abschnitt", 180), ItemColumn("text", "Text", 420),
], lambda: {"heading": "Neuer Abschnitt"}, order=lambda s: s.position)
