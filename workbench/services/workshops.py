"""Use cases of workshops: plan one, name its participants, link measures, list them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.i18n import tr
from workbench.model import (
    Canvas,
    Measure,
    Workshop,
    WorkshopFormat,
    WorkshopMeasure,
    WorkshopParticipant,
)
from workbench.services.errors import NotFoundError
from workbench.services.links import keep_exactly
from workbench.services.validation import fail, validate
from workbench.services.values import editable_columns


def get_workshop(session: Session, workshop_id: str) -> Workshop:
    workshop = session.get(Workshop, workshop_id)
    if workshop is None:
        raise NotFoundError(tr("Diesen Workshop gibt es nicht (mehr)."))
    return workshop


def create_workshop(
    session: Session,
    title: str,
    format: WorkshopFormat = WorkshopFormat.FREE,
    held_on: date | None = None,
    measure_ids: list[str] | None = None,
    **values: Any,
) -> Workshop:
    """A new workshop, optionally linked to the measures it works on."""
    unknown = set(values) - set(editable_columns(Workshop))
    if unknown:
        raise fail(sorted(unknown)[0], tr("Dieses Feld gibt es nicht."))
    workshop = Workshop(title=title.strip(), format=format, held_on=held_on, **values)
    validate(workshop)
    session.add(workshop)
    session.flush()
    if measure_ids:
        set_workshop_measures(session, workshop.id, measure_ids)
    return workshop


def update_workshop(session: Session, workshop_id: str, values: dict[str, Any]) -> Workshop:
    workshop = get_workshop(session, workshop_id)
    for key, value in values.items():
        if key not in editable_columns(Workshop):
            raise fail(key, tr("Dieses Feld gibt es nicht oder es ist nicht änderbar."))
        setattr(
            workshop, key, value.strip() if key == "title" and isinstance(value, str) else value
        )
    validate(workshop)
    session.flush()
    return workshop


def delete_workshop(session: Session, workshop_id: str) -> None:
    """Delete a workshop with its canvases and notes (undo brings them back)."""
    session.delete(get_workshop(session, workshop_id))
    session.flush()


def set_workshop_measures(session: Session, workshop_id: str, measure_ids: list[str]) -> Workshop:
    """Link exactly these measures; links to others are removed."""
    workshop = get_workshop(session, workshop_id)
    wanted = list(dict.fromkeys(measure_ids))
    found = set(session.scalars(select(Measure.id).where(Measure.id.in_(wanted))))
    missing = [m for m in wanted if m not in found]
    if missing:
        raise fail("measures", tr("Die Maßnahme „{value}“ gibt es nicht.").format(value=missing[0]))
    keep_exactly(
        workshop.measure_links, "measure_id", wanted, lambda m: WorkshopMeasure(measure_id=m)
    )
    session.flush()
    return workshop


def linked_measures(session: Session, workshop_id: str) -> list[Measure]:
    """The workshop's measures (not those in the recycle bin), by code."""
    return list(
        session.scalars(
            select(Measure)
            .join(WorkshopMeasure, WorkshopMeasure.measure_id == Measure.id)
            .where(WorkshopMeasure.workshop_id == workshop_id, Measure.deleted_at.is_(None))
            .order_by(Measure.code)
        )
    )


def voters(session: Session, workshop_id: str) -> list[str]:
    """Who can put dots: the named participants, then "Teilnehmer:in 1 … n" for anonymous ones."""
    workshop = get_workshop(session, workshop_id)
    names = [p.name for p in workshop.participants]
    names += [
        tr("Teilnehmer:in {i}").format(i=i) for i in range(1, workshop.anonymous_participants + 1)
    ]
    return names


@dataclass(frozen=True)
class WorkshopRow:
    """One line of the workshop list."""

    id: str
    title: str
    format: WorkshopFormat
    held_on: date | None
    place: str
    facilitator: str
    canvases: int
    measures: str


def workshop_rows(session: Session) -> list[WorkshopRow]:
    """All workshops, newest first, with their canvas count and linked measure codes."""
    canvas_counts = dict(
        session.execute(select(Canvas.workshop_id, func.count()).group_by(Canvas.workshop_id)).all()
    )
    codes: dict[str, list[str]] = {}
    for workshop_id, code in session.execute(
        select(WorkshopMeasure.workshop_id, Measure.code)
        .join(Measure, Measure.id == WorkshopMeasure.measure_id)
        .where(Measure.deleted_at.is_(None))
        .order_by(Measure.code)
    ):
        codes.setdefault(workshop_id, []).append(code)
    rows = [
        WorkshopRow(
            w.id,
            w.title,
            w.format,
            w.held_on,
            w.place,
            w.facilitator,
            canvas_counts.get(w.id, 0),
            ", ".join(codes.get(w.id, [])),
        )
        for w in session.scalars(select(Workshop))
    ]
    rows.sort(key=lambda r: (r.held_on or date.max, r.title.casefold()), reverse=True)
    return rows


def add_participant(
    session: Session, workshop_id: str, name: str, organisation: str = ""
) -> WorkshopParticipant:
    workshop = get_workshop(session, workshop_id)
    highest = max((p.position for p in workshop.participants), default=0)
    participant = WorkshopParticipant(
        name=name.strip(), organisation=organisation.strip(), position=highest + 1
    )
    validate(participant)
    workshop.participants.append(participant)
    session.flush()
    return participant


@dataclass(frozen=True)
class WorkshopView:
    """One workshop as its editor shows it: the fields, the canvases, the linked measures."""

    id: str
    title: str
    format: WorkshopFormat
    held_on: date | None
    place: str
    facilitator: str
    anonymous_participants: int
    agenda: str
    decisions: str
    canvases: list[Any]  # services.choices.CanvasEntry
    measures: list[tuple[str, str]]  # („CODE Titel“, id)


def workshop_view(session: Session, workshop_id: str | None) -> WorkshopView | None:
    """The workshop, or None when there is none (deleted here or elsewhere)."""
    from workbench.services.choices import workshop_canvases

    if not workshop_id:
        return None
    try:
        w = get_workshop(session, workshop_id)
    except NotFoundError:
        return None
    return WorkshopView(
        w.id,
        w.title,
        w.format,
        w.held_on,
        w.place,
        w.facilitator,
        w.anonymous_participants,
        w.agenda,
        w.decisions,
        workshop_canvases(session, w.id),
        [(f"{m.code} {m.title}", m.id) for m in linked_measures(session, w.id)],
    )


def workshop_value(session: Session, workshop_id: str, name: str) -> Any:
    """One stored field of a workshop (to tell whether an edit changes anything)."""
    return getattr(get_workshop(session, workshop_id), name)
