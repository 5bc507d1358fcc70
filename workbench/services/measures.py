"""Use cases of planning a measure: create, edit, change phase, delete and restore, list."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from workbench.i18n import quoted, tr
from workbench.model import (
    FieldOfAction,
    Measure,
    MeasureField,
    MeasureParticipant,
    MeasureType,
    OrgUnit,
    Person,
    Phase,
    PhaseChange,
    utc_now,
)
from workbench.services.errors import NotFoundError
from workbench.services.links import keep_exactly
from workbench.services.validation import fail, validate, validate_edit
from workbench.services.values import editable_columns


def get_measure(session: Session, key: str, include_deleted: bool = False) -> Measure:
    """A measure by id, by its code (``P-12``) or by a unique id prefix."""
    measure = session.get(Measure, key)
    if measure is None:
        candidates = session.scalars(
            select(Measure).where(or_(Measure.code == key, Measure.id.startswith(key)))
        ).all()
        if len(candidates) == 1:
            measure = candidates[0]
        elif len(candidates) > 1:
            listed = "; ".join(
                tr("{code} „{title}“ (ID {value})").format(
                    code=m.code, title=m.title, value=m.id[:8]
                )
                for m in candidates[:5]
            )
            raise NotFoundError(
                tr(
                    "„{key}“ passt auf {n_candidates} Maßnahmen: {listed}. Bitte mit dem Anfang der ID angeben."
                ).format(key=key, n_candidates=len(candidates), listed=listed)
            )
    if measure is None or (measure.deleted_at is not None and not include_deleted):
        raise NotFoundError(tr("Die Maßnahme „{key}“ gibt es nicht (mehr).").format(key=key))
    return measure


def renumber(session: Session, measure_id: str) -> Measure:
    """Give a measure the next free code (two laptops numbered new measures alike)."""
    measure = get_measure(session, measure_id, include_deleted=True)
    measure.code = _next_code(session, measure.type)
    session.flush()
    return measure


#: A measure's code starts with its type, as the strategy numbers them: Z-01 central,
#: D-01 decentral, N-01 network, P-01 pilot.
CODE_PREFIX = {
    MeasureType.CENTRAL: "Z",
    MeasureType.DECENTRAL: "D",
    MeasureType.NETWORK: "N",
    MeasureType.PILOT: "P",
}


def _next_code(session: Session, kind: MeasureType | str | None) -> str:
    """The next free code of the type's series (two digits, more where needed)."""
    prefix = CODE_PREFIX[MeasureType(kind or MeasureType.CENTRAL)]
    codes = session.scalars(select(Measure.code).where(Measure.code.like(f"{prefix}-%"))).all()
    numbers = [int(m[1]) for c in codes if (m := re.fullmatch(rf"{prefix}-(\d+)", c))]
    return f"{prefix}-{(max(numbers, default=0) + 1):02d}"


def _check_fields(session: Session, field_ids: list[str]) -> list[str]:
    unique = list(dict.fromkeys(field_ids))
    if not unique:
        raise fail("fields", tr("Eine Maßnahme braucht mindestens ein Handlungsfeld."))
    found = set(session.scalars(select(FieldOfAction.id).where(FieldOfAction.id.in_(unique))))
    missing = [f for f in unique if f not in found]
    if missing:
        raise fail(
            "fields", tr("Das Handlungsfeld „{value}“ gibt es nicht.").format(value=missing[0])
        )
    return unique


def _check_references(session: Session, values: dict[str, Any]) -> None:
    targets = {"lead_unit_id": OrgUnit, "responsible_id": Person, "phase_id": Phase}
    for key, cls in targets.items():
        ref = values.get(key)
        if ref and session.get(cls, ref) is None:
            raise fail(key, tr("„{ref}“ gibt es nicht.").format(ref=ref))


def first_phase(session: Session) -> Phase | None:
    return session.scalars(select(Phase).order_by(Phase.number).limit(1)).first()


def create_measure(
    session: Session, title: str, field_ids: list[str], on: date | None = None, **values: Any
) -> Measure:
    """A new measure in the given fields of action; it enters its phase today (or *on*)."""
    unknown = set(values) - set(editable_columns(Measure))
    if unknown:
        raise fail(sorted(unknown)[0], tr("Dieses Feld gibt es nicht."))
    _check_references(session, values)
    fields = _check_fields(session, field_ids)
    measure = Measure(title=title.strip(), **values)
    if not measure.code:
        measure.code = _next_code(session, measure.type)
    if measure.phase_id is None:
        phase = first_phase(session)
        measure.phase_id = phase.id if phase else None
    validate(measure)
    session.add(measure)
    for field_id in fields:
        measure.field_links.append(MeasureField(field_id=field_id))
    if measure.phase_id:
        measure.phase_changes.append(
            PhaseChange(
                phase_id=measure.phase_id,
                changed_on=on or date.today(),
                note=tr("Maßnahme angelegt"),
            )
        )
    session.flush()
    return measure


def update_measure(session: Session, measure_id: str, values: dict[str, Any]) -> Measure:
    """Set plain fields of a measure. Phase changes go through :func:`move_phase`."""
    measure = get_measure(session, measure_id)
    allowed = set(editable_columns(Measure)) - {"phase_id"}
    for key in values:
        if key == "phase_id":
            raise fail(
                key, tr("Die Phase wird mit „Phase wechseln“ geändert, damit der Verlauf stimmt.")
            )
        if key not in allowed:
            raise fail(key, tr("Dieses Feld gibt es nicht."))
    _check_references(session, values)
    for key, value in values.items():
        setattr(measure, key, value.strip() if key == "title" and value else value)
    validate_edit(measure, set(values))
    session.flush()
    return measure


def set_measure_fields(session: Session, measure_id: str, field_ids: list[str]) -> Measure:
    measure = get_measure(session, measure_id)
    wanted = _check_fields(session, field_ids)
    keep_exactly(measure.field_links, "field_id", wanted, lambda f: MeasureField(field_id=f))
    session.flush()
    return measure


def set_participants(session: Session, measure_id: str, org_unit_ids: list[str]) -> Measure:
    measure = get_measure(session, measure_id)
    wanted = list(dict.fromkeys(org_unit_ids))
    for unit_id in wanted:
        if session.get(OrgUnit, unit_id) is None:
            raise fail(
                "participants",
                tr("Die Organisationseinheit „{unit_id}“ gibt es nicht.").format(unit_id=unit_id),
            )
    keep_exactly(
        measure.participant_links,
        "org_unit_id",
        wanted,
        lambda u: MeasureParticipant(org_unit_id=u),
    )
    session.flush()
    return measure


def move_phase(
    session: Session, measure_id: str, phase_id: str, on: date | None = None, note: str = ""
) -> Measure:
    """Move a measure to another phase (forward or back) and keep the change in its history."""
    measure = get_measure(session, measure_id)
    phase = session.get(Phase, phase_id)
    if phase is None:
        raise fail(
            "phase_id", tr("Die Phase „{phase_id}“ gibt es nicht.").format(phase_id=phase_id)
        )
    if measure.phase_id == phase_id:
        return measure
    measure.phase_id = phase_id
    change = PhaseChange(phase_id=phase_id, changed_on=on or date.today(), note=note)
    validate(change)
    measure.phase_changes.append(change)
    session.flush()
    return measure


def delete_measure(session: Session, measure_id: str) -> Measure:
    """Move a measure to the recycle bin; :func:`restore_measure` brings it back."""
    measure = get_measure(session, measure_id)
    measure.deleted_at = utc_now()
    session.flush()
    return measure


def restore_measure(session: Session, measure_id: str) -> Measure:
    try:
        measure = get_measure(session, measure_id, include_deleted=True)
    except NotFoundError:
        restored = _restore_from_sync_bin(session, measure_id)
        if restored is None:
            raise
        return restored
    if measure.deleted_at is None:
        raise fail("deleted_at", tr("Die Maßnahme ist nicht gelöscht."))
    measure.deleted_at = None
    session.flush()
    return measure


def deleted_measures(session: Session) -> list[Measure]:
    """The recycle bin: measures put there here or elsewhere, and (as unsaved objects with
    code, title and id) measures another laptop deleted for good (sync_bin)."""
    found = list(
        session.scalars(
            select(Measure)
            .where(Measure.deleted_at.is_not(None))
            .order_by(Measure.deleted_at.desc())
        )
    )
    for row in _sync_bin_measures(session):
        found.append(Measure(id=row["id"], code=row["code"], title=row["title"]))
    return found


def _sync_bin_entries(session: Session) -> list[tuple[str, dict[str, list[dict[str, Any]]]]]:
    from workbench.store.sync_tables import sync_bin

    rows = session.execute(
        select(sync_bin.c.row_id, sync_bin.c.data).order_by(sync_bin.c.hlc.desc())
    ).all()
    return [(row_id, json.loads(data)) for row_id, data in rows]


def _sync_bin_measures(session: Session) -> list[dict[str, Any]]:
    return [data["measures"][0] for _, data in _sync_bin_entries(session) if data.get("measures")]


def _restore_from_sync_bin(session: Session, key: str) -> Measure | None:
    """Bring back a measure another laptop deleted for good, with all that belonged to it
    (written as new rows: the restoration syncs to everybody like any change)."""
    from workbench.model import all_tables, class_for_table
    from workbench.services.conflicts import from_plain
    from workbench.store.sync_tables import sync_bin

    for row_id, data in _sync_bin_entries(session):
        measure = (data.get("measures") or [{}])[0]
        if key not in (row_id, measure.get("code")) and not row_id.startswith(key):
            continue
        for table in all_tables():  # parents before children
            cls = class_for_table(table.name)
            for values in data.get(table.name, []):
                if session.get(cls, values["id"]) is None:
                    session.add(cls(**{k: from_plain(table.name, k, v) for k, v in values.items()}))
            session.flush()
        session.execute(sync_bin.delete().where(sync_bin.c.row_id == row_id))
        restored = session.get(Measure, row_id)
        if restored is not None and restored.deleted_at is not None:
            restored.deleted_at = None
        session.flush()
        return restored
    return None


def measure_choices(session: Session, first: Sequence[str] = ()) -> list[tuple[str, str]]:
    """Every measure not in the recycle bin as (label „CODE Titel“, id), by code; the ids
    in *first* (a workshop's measures) lead. The one query behind every measure choice."""
    rows = [
        (f"{code} {title}", mid)
        for mid, code, title in session.execute(
            select(Measure.id, Measure.code, Measure.title)
            .where(Measure.deleted_at.is_(None))
            .order_by(Measure.code)
        )
    ]
    lead = set(first)
    return [r for r in rows if r[1] in lead] + [r for r in rows if r[1] not in lead]


def measure_label(session: Session, measure_id: str) -> str:
    """„CODE „Titel““ of a measure, as messages name it (NotFoundError if it is gone)."""
    measure = get_measure(session, measure_id)
    return f"{measure.code} {quoted(measure.title)}"


def measure_exists(session: Session, measure_id: str) -> bool:
    """Whether the measure is there and not in the recycle bin."""
    try:
        get_measure(session, measure_id)
    except NotFoundError:
        return False
    return True


@dataclass(frozen=True)
class MeasureView:
    """One measure as its editor shows it: every column, its fields of action and
    involved units, and its phase history (date, phase, note)."""

    values: dict[str, Any]
    field_ids: set[str]
    participant_ids: set[str]
    history: list[tuple[date | None, str, str]]


def measure_view(session: Session, measure_id: str) -> MeasureView | None:
    """The measure, or None when it is gone (deleted here or on another laptop)."""
    from workbench.services.values import column_values

    try:
        m = get_measure(session, measure_id)
    except NotFoundError:
        return None
    return MeasureView(
        column_values(m),
        {link.field_id for link in m.field_links},
        {link.org_unit_id for link in m.participant_links},
        [(c.changed_on, c.phase.name if c.phase else "—", c.note) for c in m.phase_changes],
    )


@dataclass(frozen=True)
class EditorChoices:
    """What the editor's choice fields offer; the same for every measure."""

    phases: list[tuple[str, str]]
    units: list[tuple[str, str]]
    people: list[tuple[str, str]]
    fields: list[tuple[str, str]]


def editor_choices(session: Session) -> EditorChoices:
    from workbench.services import strategy
    from workbench.services.choices import fields_under_headings

    return EditorChoices(
        [(f"{p.number} {p.name}", p.id) for p in strategy.phases(session)],
        [(u.name, u.id) for u in strategy.org_units(session)],
        [(p.name, p.id) for p in strategy.people(session)],
        fields_under_headings(session),
    )


def bin_entries(session: Session) -> list[tuple[str, str]]:
    """The recycle bin as („CODE Titel“, id), as its dialog lists it."""
    return [(f"{m.code} {m.title}", m.id) for m in deleted_measures(session)]
