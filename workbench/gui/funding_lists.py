"""The lists of the Förderung section: which columns each shows and what a new row holds."""

from __future__ import annotations

from workbench.gui.item_lists import ItemColumn, ListSpec, today
from workbench.i18n import tr
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
from workbench.services import choices

_positions = choices.position_choices
_position_labels = choices.position_labels
_phases = choices.phase_choices
_phase_labels = choices.phase_labels


RECEIPTS = ListSpec(
    Receipt,
    [
        ItemColumn("number", tr("Beleg-Nr."), 90),
        ItemColumn("receipt_date", tr("Belegdatum"), 95),
        ItemColumn("ordered_on", tr("Bestellt am"), 95),
        ItemColumn("paid_on", tr("Bezahlt am"), 95),
        ItemColumn("payee", tr("Zahlungsempfänger"), 170),
        ItemColumn("purpose", tr("Zweck"), 200),
        ItemColumn("gross_cents", tr("Betrag (brutto)"), 120),
        ItemColumn("vat_cents", tr("darin USt"), 100),
        ItemColumn("eligible_cents", tr("davon zuwendungsfähig"), 150),
        ItemColumn(
            "position_id", tr("Planposition"), 180, choices=_positions, labels=_position_labels
        ),
        ItemColumn("income_source", tr("Einnahme von"), 170, enum=FinancingSource, optional=True),
    ],
    lambda: {"number": tr("neu"), "receipt_date": today()},
    order=lambda r: (r.receipt_date, r.number),
)
REQUESTS = ListSpec(
    FundsRequest,
    [
        ItemColumn("requested_on", tr("Abgerufen am"), 100),
        ItemColumn("amount_cents", tr("Betrag"), 120),
        ItemColumn("due_within_two_months_cents", tr("In zwei Monaten fällig"), 150),
        ItemColumn("justification", tr("Begründung"), 220),
        ItemColumn("use_of_earlier_funds", tr("Verwendung früherer Mittel"), 220),
    ],
    lambda: {"requested_on": today()},
    order=lambda q: q.requested_on,
)
PAYOUTS = ListSpec(
    Payout,
    [
        ItemColumn("paid_on", tr("Ausgezahlt am"), 110),
        ItemColumn("amount_cents", tr("Betrag"), 130),
        ItemColumn("note", tr("Anmerkung"), 300),
    ],
    lambda: {"paid_on": today()},
    order=lambda p: p.paid_on,
)
REPORTS = ListSpec(
    FundingReport,
    [
        ItemColumn("kind", tr("Art"), 150, enum=ReportKind),
        ItemColumn("period_start", tr("Zeitraum von"), 100),
        ItemColumn("period_end", tr("Zeitraum bis"), 100),
        ItemColumn("submitted_on", tr("Eingereicht am"), 110),
    ],
    lambda: {"kind": ReportKind.INTERIM},
    order=lambda r: (r.period_start or today(), r.kind),
)
POSITIONS = ListSpec(
    CostPosition,
    [
        ItemColumn("number", "Nr.", 60),
        ItemColumn("name", tr("Kostenposition"), 260),
        ItemColumn("category", tr("Kategorie"), 200, enum=CostCategory),
        ItemColumn("authority_condition", tr("Behördliche Auflage"), 150, yes_no=True),
        ItemColumn("eligible", tr("Zuwendungsfähig"), 120, yes_no=True),
        ItemColumn("deviation_reason", tr("Begründung einer Abweichung"), 280),
    ],
    lambda: {"number": "9.9", "name": tr("Neue Position")},
    order=lambda p: p.number,
)
PLANNED = ListSpec(
    PlannedCost,
    [ItemColumn("year", tr("Jahr"), 80), ItemColumn("cents", tr("Kosten"), 140)],
    lambda: {"year": today().year, "cents": 0},
    order=lambda p: p.year,
)
FINANCING = ListSpec(
    FinancingLine,
    [
        ItemColumn("source", tr("Quelle"), 170, enum=FinancingSource),
        ItemColumn("year", tr("Jahr"), 80),
        ItemColumn("cents", tr("Betrag"), 140),
    ],
    lambda: {"source": FinancingSource.GRANT, "year": today().year, "cents": 0},
    order=lambda f: (f.year, f.source),
)
PHASES = ListSpec(
    ProgrammePhase,
    [
        ItemColumn("name", tr("Phase"), 180),
        ItemColumn("cap_cents", tr("Obergrenze"), 140),
        ItemColumn("max_months", tr("Höchstens Monate"), 130),
    ],
    lambda: {"name": tr("Neue Phase")},
    order=lambda p: p.position,
)
DEADLINES = ListSpec(
    ReportDeadline,
    [
        ItemColumn("kind", tr("Nachweis"), 170, enum=ReportKind),
        ItemColumn("months", tr("Monate"), 80),
        ItemColumn("base", tr("gerechnet ab"), 260, enum=DeadlineBase),
        ItemColumn("phase_id", tr("nur in Phase"), 160, choices=_phases, labels=_phase_labels),
    ],
    lambda: {"kind": ReportKind.FINAL, "months": 30},
    order=lambda d: (d.kind, d.months),
)
POSTS = ListSpec(
    FundedPost,
    [
        ItemColumn("role", tr("Rolle"), 220),
        ItemColumn("people", tr("Personen"), 80),
        ItemColumn("share_bp", tr("Stellenanteil je Person (%)"), 170),
        ItemColumn("start_date", tr("von"), 100),
        ItemColumn("end_date", tr("bis"), 100),
    ],
    lambda: {"role": tr("Neue Stelle"), "people": 1, "share_bp": 10_000},
    order=lambda p: p.position,
)
SECTIONS = ListSpec(
    ReportSection,
    [
        ItemColumn("heading", tr("Abschnitt"), 180),
        ItemColumn("text", tr("Text"), 420),
    ],
    lambda: {"heading": tr("Neuer Abschnitt")},
    order=lambda s: s.position,
)
