"""Use cases of funding: a new grant, its fields. Lists (positions, planned costs,
financing, receipts, requests, reports) are edited through services.items."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.i18n import tr
from workbench.model import FundingProgramme, Grant, ProgrammePhase, ReportDeadline
from workbench.model.enums import DeadlineBase, OverrunRule, ReportKind, Vocabulary
from workbench.services.errors import NotFoundError
from workbench.services.links import keep_exactly
from workbench.services.validation import fail, validate
from workbench.services.values import editable_columns


def default_programme(session: Session) -> FundingProgramme:
    """The first programme, or Modellprojekte Smart Cities with its usual rules."""
    programme = session.scalars(
        select(FundingProgramme).order_by(FundingProgramme.name).limit(1)
    ).first()
    if programme is None:  # the KfW's terms, phases and deadlines (docs/FUNDING-RULES.md)
        programme = FundingProgramme(
            name="Modellprojekte Smart Cities",
            code="436",
            funder="KfW",
            rate_bp=6500,
            overrun_percent=20,
            # its recipients are municipalities: ANBest-Gk, only the total binds (unless
            # a Zusage says otherwise, then the programme's rule is changed)
            overrun_rule=OverrunRule.TOTAL,
            vocabulary=Vocabulary.KFW,
        )
        phase_a = ProgrammePhase(
            name="A (Strategie)", cap_cents=2_500_000_00, max_months=24, position=1
        )
        phase_b = ProgrammePhase(
            name="B (Umsetzung)", cap_cents=15_000_000_00, max_months=60, position=2
        )
        programme.phases = [phase_a, phase_b]
        programme.deadlines = [
            ReportDeadline(kind=ReportKind.INTERIM, base=DeadlineBase.EACH_YEAR, months=4),
            ReportDeadline(
                kind=ReportKind.FINAL, base=DeadlineBase.APPROVAL, months=30, phase=phase_a
            ),
            ReportDeadline(
                kind=ReportKind.FINAL, base=DeadlineBase.APPROVAL, months=66, phase=phase_b
            ),
        ]
        session.add(programme)
        session.flush()
    return programme


def create_grant(
    session: Session, title: str, file_number: str = "", approved_on: date | None = None
) -> Grant:
    programme = default_programme(session)
    grant = Grant(
        programme=programme,
        title=title.strip(),
        file_number=file_number.strip(),
        approved_on=approved_on,
        rate_bp=programme.rate_bp,
    )
    validate(grant)
    session.add(grant)
    session.flush()
    return grant


def update_grant(session: Session, grant_id: str, values: dict[str, Any]) -> Grant:
    grant = session.get(Grant, grant_id)
    if grant is None:
        raise NotFoundError(tr("Diese Zuwendung gibt es nicht (mehr)."))
    for key, value in values.items():
        if key not in editable_columns(Grant) or key == "programme_id":
            raise fail(key, tr("Dieses Feld gibt es nicht oder es ist nicht änderbar."))
        setattr(grant, key, value)
    validate(grant)
    if grant.start_date and grant.end_date and grant.end_date < grant.start_date:
        raise fail("end_date", tr("Das Ende liegt vor dem Beginn."))
    if not 0 <= grant.rate_bp <= 10_000:
        raise fail("rate_bp", tr("Die Förderquote liegt zwischen 0 und 100 %."))
    session.flush()
    return grant


def set_grant_measures(session: Session, grant_id: str, measure_ids: list[str]) -> Grant:
    """The measures the grant finances: exactly these."""
    from workbench.model import GrantMeasure, Measure

    grant = session.get(Grant, grant_id)
    if grant is None:
        raise NotFoundError(tr("Diese Zuwendung gibt es nicht (mehr)."))
    wanted = list(dict.fromkeys(measure_ids))
    found = set(session.scalars(select(Measure.id).where(Measure.id.in_(wanted))))
    if len(found) != len(wanted):
        raise fail("measures", tr("Eine der Maßnahmen gibt es nicht (mehr)."))
    keep_exactly(grant.measure_links, "measure_id", wanted, lambda m: GrantMeasure(measure_id=m))
    session.flush()
    return grant


def update_programme(
    session: Session, programme_id: str, values: dict[str, Any]
) -> FundingProgramme:
    """Name, code, funder, rate (basis points), allowed over-run (%) and cap of a programme."""
    programme = session.get(FundingProgramme, programme_id)
    if programme is None:
        raise NotFoundError(tr("Dieses Förderprogramm gibt es nicht (mehr)."))
    for key, value in values.items():
        if key not in editable_columns(FundingProgramme):
            raise fail(key, tr("Dieses Feld gibt es nicht oder es ist nicht änderbar."))
        setattr(programme, key, value)
    if not programme.name.strip():
        raise fail("name", tr("Das Feld darf nicht leer sein."))
    if not 0 <= programme.rate_bp <= 10_000:
        raise fail("rate_bp", tr("Die Förderquote liegt zwischen 0 und 100 %."))
    if not 0 <= programme.overrun_percent <= 100:
        raise fail("overrun_percent", tr("Die erlaubte Überschreitung liegt zwischen 0 und 100 %."))
    session.flush()
    return programme
