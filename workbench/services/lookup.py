"""Finding reference data by what people type: a name, a short name, a number or an id."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.i18n import tr
from workbench.model import Base, FieldOfAction, OrgUnit, Person, Phase
from workbench.model.labels import field_label
from workbench.services.validation import fail

T = TypeVar("T", bound=Base)


def _find(
    items: Sequence[T], text: str, names: Callable[[T], list[str]], field: str, what: str
) -> T:
    wanted = text.strip().casefold()
    for item in items:
        if item.id == text.strip():
            return item
    exact = [i for i in items if wanted in (n.casefold() for n in names(i))]
    if len(exact) == 1:
        return exact[0]
    partial = [i for i in items if any(wanted in n.casefold() for n in names(i))]
    if len(partial) == 1:
        return partial[0]
    if not partial:
        known = [names(i)[0] for i in items]
        if 0 < len(known) <= 12:
            raise fail(
                field,
                tr("{what} „{text}“ gibt es nicht (möglich: {known}).").format(
                    what=what, text=text, known=", ".join(known)
                ),
            )
        raise fail(field, tr("{what} „{text}“ gibt es nicht.").format(what=what, text=text))
    options = "; ".join(names(i)[0] for i in partial[:5])
    raise fail(
        field,
        tr("„{text}“ passt auf mehrere Einträge: {options}.").format(text=text, options=options),
    )


def find_field_of_action(session: Session, text: str) -> FieldOfAction:
    items = session.scalars(select(FieldOfAction)).all()
    return _find(items, text, lambda f: [f.name], "fields", tr("Das Handlungsfeld"))


def find_org_unit(session: Session, text: str, field: str = "lead_unit_id") -> OrgUnit:
    items = session.scalars(select(OrgUnit)).all()
    return _find(
        items, text, lambda o: [o.name, o.short_name], field, tr("Die Organisationseinheit")
    )


def find_person(session: Session, text: str) -> Person:
    items = session.scalars(select(Person)).all()
    return _find(items, text, lambda p: [p.name], "responsible_id", tr("Die Person"))


def find_phase(session: Session, text: str) -> Phase:
    items = session.scalars(select(Phase)).all()
    return _find(items, text, lambda p: [p.name, str(p.number)], "phase_id", tr("Die Phase"))


#: Words users may type for measure fields (German labels and English names).
MEASURE_KEYS: dict[str, str] = {
    "titel": "title",
    "kurzbeschreibung": "short_description",
    "beschreibung": "short_description",
    "typ": "type",
    "federführung": "lead_unit_id",
    "lead": "lead_unit_id",
    "lead_unit": "lead_unit_id",
    "verantwortlich": "responsible_id",
    "responsible": "responsible_id",
    "beginn": "start_date",
    "start": "start_date",
    "ende": "end_date",
    "end": "end_date",
    "priorität": "priority",
    "finanzierung": "financing",
    "status": "status",
    "phase": "phase_id",
    "reifegrad": "maturity",
    "budget": "budget_cents",
    "kennung": "code",
    "handlungsfelder": "fields",
    "handlungsfeld": "fields",
    "beteiligte": "participants",
}


def measure_key(word: str) -> str:
    """``Titel`` or ``title`` → ``title``; unknown words pass through for validation to name."""
    lowered = word.strip().casefold()
    return MEASURE_KEYS.get(lowered, lowered)


def describe_keys() -> str:
    names = sorted({field_label(v) for v in MEASURE_KEYS.values()})
    return ", ".join(names)


def resolve_reference(session: Session, key: str, text: str) -> Any:
    """For reference fields, turn typed text into the id of what it names."""
    if not text.strip():
        return None
    if key == "lead_unit_id":
        return find_org_unit(session, text).id
    if key == "responsible_id":
        return find_person(session, text).id
    if key == "phase_id":
        return find_phase(session, text).id
    raise KeyError(key)
