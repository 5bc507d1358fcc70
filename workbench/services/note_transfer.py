"""Turning a sticky note into planning data: a measure, goal, key result, risk, milestone
or log book entry. The new item keeps a link to the note and its workshop."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.i18n import tr
from workbench.model import (
    Base,
    Canvas,
    Goal,
    KeyResult,
    LogEntry,
    LogKind,
    Measure,
    Milestone,
    Note,
    NoteTransfer,
    Risk,
    Workshop,
)
from workbench.model.labels import entity_label
from workbench.services import items, measures
from workbench.services.canvas import get_note
from workbench.services.errors import NotFoundError
from workbench.services.validation import fail
from workbench.services.workshops import set_workshop_measures


class TransferKind(StrEnum):
    MEASURE = "measures"
    GOAL = "goals"
    KEY_RESULT = "key_results"
    RISK = "risks"
    MILESTONE = "milestones"
    LOG_ENTRY = "log_entries"

    @property
    def label(self) -> str:
        return entity_label(self.value)


#: What a note in a zone most likely becomes, by words of the zone's key or title (first
#: match wins); a zone that says nothing proposes a log book entry, never a risk.
_ZONE_WORDS: list[tuple[tuple[str, ...], TransferKind]] = [
    (("risik", "w-", "schmerz"), TransferKind.RISK),
    (("schluesselergebnis", "schlüsselergebnis", "output"), TransferKind.KEY_RESULT),
    (
        (
            "ziel",
            "outcome",
            "impact",
            "wirkung",
            "veraendern",
            "verändern",
            "nachhaltig",
            "gemeinwohl",
            "resilient",
            "kooperativ",
        ),
        TransferKind.GOAL,
    ),
    (("zeitplan", "meilenstein", "termin", "naechstes", "nächste"), TransferKind.MILESTONE),
    (
        ("idee", "quick", "vorhaben", "massnahme", "maßnahme", "problem", "aktivit"),
        TransferKind.MEASURE,
    ),
]


def suggested_kind(zone_key: str, zone_title: str) -> TransferKind:
    """The kind a note in this zone is proposed as: an Outcome becomes a goal, a risk a
    risk, a Zeitplan a milestone, an idea a measure; otherwise a log book entry."""
    words = f"{zone_key} {zone_title}".casefold()
    for needles, kind in _ZONE_WORDS:
        if any(needle in words for needle in needles):
            return kind
    return TransferKind.LOG_ENTRY


def split_text(text: str, limit: int = 300) -> tuple[str, str]:
    """A title (first line, at most *limit* characters) and the rest of a note's text."""
    lines = text.strip().splitlines()
    if not lines or not lines[0].strip():
        raise fail("text", tr("Eine leere Notiz lässt sich nicht übernehmen."))
    first = lines[0].strip()
    rest = "\n".join(lines[1:]).strip()
    if len(first) > limit:
        cut = first[: limit - 1].rsplit(" ", 1)[0]
        rest = (first[len(cut) :].strip() + ("\n" + rest if rest else "")).strip()
        first = cut + "…"
    return first, rest


def transfer_note(
    session: Session,
    note_id: str,
    kind: TransferKind,
    measure_id: str | None = None,
    goal_id: str | None = None,
    field_id: str | None = None,
    on: date | None = None,
) -> Base:
    """Make the planning item; the note shows that it was taken over."""
    note = get_note(session, note_id)
    canvas = session.get(Canvas, note.canvas_id)
    assert canvas is not None
    workshop = session.get(Workshop, canvas.workshop_id)
    assert workshop is not None
    title, rest = split_text(note.text)
    item: Base
    if kind is TransferKind.MEASURE:
        if not field_id:
            raise fail("fields", tr("Wählen Sie das Handlungsfeld der neuen Maßnahme."))
        item = measures.create_measure(session, title, [field_id], on=on, short_description=rest)
        owner = item.id
        linked = [link.measure_id for link in workshop.measure_links]
        set_workshop_measures(session, workshop.id, [*linked, item.id])
    elif kind is TransferKind.KEY_RESULT:
        goal = session.get(Goal, goal_id or "")
        if goal is None:
            raise fail("goal_id", tr("Wählen Sie das Ziel, zu dem das Schlüsselergebnis gehört."))
        item = items.add_item(session, KeyResult, goal.id, {"title": title, "target": rest[:300]})
        owner = goal.measure_id
    else:
        item, owner = _into_measure(session, note, workshop, kind, measure_id, title, rest, on)
    code = session.scalar(select(Measure.code).where(Measure.id == owner)) or ""
    session.add(
        NoteTransfer(
            note_id=note.id,
            workshop_id=workshop.id,
            target_table=kind.value,
            target_id=item.id,
            measure_id=owner,
            summary=f"→ {kind.label} ({code})",
        )
    )
    session.flush()
    return item


def _into_measure(
    session: Session,
    note: Note,
    workshop: Workshop,
    kind: TransferKind,
    measure_id: str | None,
    title: str,
    rest: str,
    on: date | None,
) -> tuple[Base, str]:
    """A goal, risk, milestone or log entry made from the note in the measure chosen;
    the item and the measure's id."""
    measure = session.get(Measure, measure_id or "")
    if measure is None or measure.deleted_at is not None:
        raise NotFoundError(tr("Wählen Sie die Maßnahme, in die die Notiz übernommen wird."))
    owner = measure.id
    choices: dict[TransferKind, tuple[type[Any], dict[str, Any]]] = {
        TransferKind.GOAL: (Goal, {"title": title, "description": rest}),
        TransferKind.RISK: (Risk, {"title": title, "countermeasure": rest}),
        TransferKind.MILESTONE: (Milestone, {"title": title}),
        TransferKind.LOG_ENTRY: (
            LogEntry,
            {
                "entry_date": on or workshop.held_on or date.today(),
                "kind": LogKind.NOTE,
                "text": tr("{value}\n(aus dem Workshop „{title}“)").format(
                    value=note.text.strip(), title=workshop.title
                ),
            },
        ),
    }
    cls, values = choices[kind]
    item = items.add_item(session, cls, measure.id, values)
    return item, owner


def origin_of(session: Session, target_id: str) -> str:
    """Where an item came from, in words: „Aus dem Workshop „…“ (Notiz „…“)“, or ""."""
    transfer = session.scalars(
        select(NoteTransfer).where(NoteTransfer.target_id == target_id).limit(1)
    ).first()
    if transfer is None:
        return ""
    workshop = session.get(Workshop, transfer.workshop_id)
    name = f"„{workshop.title}“" if workshop else tr("(gelöscht)")
    return tr("Aus dem Workshop {name}").format(name=name)


@dataclass(frozen=True)
class TransferTargets:
    """Where a note can go, as plain data for the dialog that asks (no session kept open
    while the dialog waits): measures (the workshop's first), goals per measure, fields."""

    measures: list[tuple[str, str]]  # (label „CODE Titel“, id)
    goals: dict[str, list[tuple[str, str]]]  # measure id → [(title, id)] in their order
    fields: list[tuple[str, str]]  # (name, id)


def transfer_targets(session: Session, workshop_id: str) -> TransferTargets:
    from workbench.model import FieldOfAction, Goal
    from workbench.services.measures import measure_choices
    from workbench.services.workshops import linked_measures

    linked = [m.id for m in linked_measures(session, workshop_id)]
    goals: dict[str, list[tuple[str, str]]] = {}
    for measure_id, title, goal_id in session.execute(
        select(Goal.measure_id, Goal.title, Goal.id).order_by(Goal.position)
    ):
        goals.setdefault(measure_id, []).append((title, goal_id))
    fields = [
        (name, field_id)
        for field_id, name in session.execute(
            select(FieldOfAction.id, FieldOfAction.name).order_by(FieldOfAction.name)
        )
    ]
    return TransferTargets(measure_choices(session, linked), goals, fields)
