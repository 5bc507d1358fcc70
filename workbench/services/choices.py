"""The lists the window offers to choose from, as plain (label, id) pairs read in one
query each: workshops, grants, a grant's reports, funds requests, positions, phases and
measures, the fields of action under their headings, a workshop's canvases. The window
shows them; it never queries the ORM itself."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.formats import format_cents, format_date
from workbench.i18n import tr
from workbench.model import (
    Canvas,
    CostPosition,
    FieldOfAction,
    FundingReport,
    FundsRequest,
    Grant,
    GrantMeasure,
    Heading,
    Measure,
    Note,
    ProgrammePhase,
    Workshop,
)

Choice = tuple[str, str]  # (what the user reads, id)


def workshop_choices(session: Session) -> list[Choice]:
    return [
        (title, wid)
        for wid, title in session.execute(
            select(Workshop.id, Workshop.title).order_by(Workshop.title)
        )
    ]


def grant_choices(session: Session) -> list[Choice]:
    """„Aktenzeichen – Titel“ of every grant, by file number."""
    return [
        (f"{number} – {title}", gid)
        for gid, number, title in session.execute(
            select(Grant.id, Grant.file_number, Grant.title).order_by(Grant.file_number)
        )
    ]


def report_choices(session: Session, grant_id: str) -> list[Choice]:
    """A grant's reports, the newest period first."""
    return [
        (f"{kind.label} {format_date(start)} – {format_date(end)}", rid)
        for rid, kind, start, end in session.execute(
            select(
                FundingReport.id,
                FundingReport.kind,
                FundingReport.period_start,
                FundingReport.period_end,
            )
            .where(FundingReport.grant_id == grant_id)
            .order_by(FundingReport.period_end.desc())
        )
    ]


def request_choices(session: Session, grant_id: str) -> list[Choice]:
    """A grant's funds requests, the newest first."""
    return [
        (
            tr("vom {value} über {value2}").format(
                value=format_date(day), value2=format_cents(cents)
            ),
            qid,
        )
        for qid, day, cents in session.execute(
            select(FundsRequest.id, FundsRequest.requested_on, FundsRequest.amount_cents)
            .where(FundsRequest.grant_id == grant_id)
            .order_by(FundsRequest.requested_on.desc())
        )
    ]


def grant_measures(session: Session, grant_id: str) -> list[Choice]:
    """The measures a grant funds, as „CODE Titel“, by code."""
    return [
        (f"{code} {title}", mid)
        for mid, code, title in session.execute(
            select(Measure.id, Measure.code, Measure.title)
            .join(GrantMeasure, GrantMeasure.measure_id == Measure.id)
            .where(GrantMeasure.grant_id == grant_id)
            .order_by(Measure.code)
        )
    ]


def programme_of(session: Session, grant_id: str) -> str | None:
    return session.scalar(select(Grant.programme_id).where(Grant.id == grant_id))


def position_choices(session: Session, grant_id: str) -> list[Choice]:
    return [
        (f"{n} {name}", pid)
        for pid, n, name in session.execute(
            select(CostPosition.id, CostPosition.number, CostPosition.name)
            .where(CostPosition.grant_id == grant_id)
            .order_by(CostPosition.number)
        )
    ]


def position_labels(session: Session, ids: set[str]) -> dict[str, str]:
    return {
        pid: f"{n} {name}"
        for pid, n, name in session.execute(
            select(CostPosition.id, CostPosition.number, CostPosition.name).where(
                CostPosition.id.in_(ids)
            )
        )
    }


def phase_choices(session: Session, programme_id: str) -> list[Choice]:
    return [
        (name, pid)
        for pid, name in session.execute(
            select(ProgrammePhase.id, ProgrammePhase.name)
            .where(ProgrammePhase.programme_id == programme_id)
            .order_by(ProgrammePhase.position)
        )
    ]


def phase_labels(session: Session, ids: set[str]) -> dict[str, str]:
    return {
        pid: name
        for pid, name in session.execute(
            select(ProgrammePhase.id, ProgrammePhase.name).where(ProgrammePhase.id.in_(ids))
        )
    }


def fields_under_headings(session: Session) -> list[Choice]:
    """Every field of action as „Überschrift › Handlungsfeld“, in the strategy's order."""
    return [
        (f"{heading} › {name}", fid)
        for fid, name, heading in session.execute(
            select(FieldOfAction.id, FieldOfAction.name, Heading.name)
            .join(Heading)
            .order_by(Heading.position, FieldOfAction.position)
        )
    ]


@dataclass(frozen=True)
class CanvasEntry:
    id: str
    title: str
    notes: int


def workshop_canvases(session: Session, workshop_id: str) -> list[CanvasEntry]:
    """A workshop's canvases in their order, with how many notes each holds."""
    counts = dict(
        session.execute(
            select(Note.canvas_id, func.count())
            .where(Note.canvas_id.in_(select(Canvas.id).where(Canvas.workshop_id == workshop_id)))
            .group_by(Note.canvas_id)
        ).all()
    )
    return [
        CanvasEntry(cid, title, counts.get(cid, 0))
        for cid, title in session.execute(
            select(Canvas.id, Canvas.title)
            .where(Canvas.workshop_id == workshop_id)
            .order_by(Canvas.position)
        )
    ]


def workshop_canvas_ids(session: Session, workshop_id: str) -> list[str]:
    return list(
        session.scalars(
            select(Canvas.id).where(Canvas.workshop_id == workshop_id).order_by(Canvas.position)
        )
    )


def factor_choices(session: Session, _measure_id: str) -> list[Choice]:
    """Every success factor as „Wert: Erfolgsfaktor“."""
    from workbench.services import strategy

    return [(f"{f.value.name}: {f.name}", f.id) for f in strategy.success_factors(session)]


def other_measures(session: Session, measure_id: str) -> list[Choice]:
    """Every measure but *measure_id*, as „CODE Titel“ (what a measure can depend on)."""
    from workbench.services.measure_list import measure_rows

    return [(f"{r.code} {r.title}", r.id) for r in measure_rows(session) if r.id != measure_id]


def measure_labels(session: Session, ids: set[str]) -> dict[str, str]:
    from workbench.services.measure_list import measure_rows

    return {r.id: f"{r.code} {r.title}" for r in measure_rows(session, ids)}
