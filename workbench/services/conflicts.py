"""Conflicts as users see and decide them: named by the measure's code and title, fields
by their German label, values by the names they stand for, who wrote which; a decision
is a change like any other and reaches every laptop (docs/SYNC.md rule 14)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select, tuple_, update
from sqlalchemy.orm import Session

from workbench.i18n import quoted as quote
from workbench.i18n import tr
from workbench.model import class_for_table
from workbench.model.labels import entity_label, field_label
from workbench.services.errors import NotFoundError, ServiceError
from workbench.services.operations import execute
from workbench.services.values import display
from workbench.services.workspaces import AnyWorkspace, store_of
from workbench.store.dump import plain_value
from workbench.store.sync_tables import ConflictKind as ConflictKind
from workbench.store.sync_tables import sync_conflicts, sync_field_clock
from workbench.sync import capture
from workbench.sync.clock import Stamp, when


def _when(hlc: str) -> str:
    return when(Stamp.parse(hlc).wall_ms)


@dataclass
class Conflict:
    """A value that lost against a concurrent change, an edit to a row deleted elsewhere,
    or a row that breaks a rule after a merge."""

    id: int
    entity: str
    row_id: str
    field: str
    kind: ConflictKind
    current: Any
    other: Any
    other_replica: str
    other_time: str
    where: str  # what users call the row: "Maßnahme P-01 „…“", "Ziel „…“"
    other_author: str  # "diesem Rechner" or "Rechner 1a2b3c4d"
    current_author: str  # who wrote the value that stands ("" where unknown)
    lost_hlc: str
    current_shown: str  # the values as users read them: names, dates, amounts
    other_shown: str

    def describe(self) -> str:
        what = tr("{where}, Feld „{value}“").format(where=self.where, value=field_label(self.field))
        if self.kind == ConflictKind.DELETED_ROW:
            return tr(
                "{what}: die Zeile wurde gelöscht; {other_author} hatte den Wert „{other_shown}“ eingetragen ({other_time})"
            ).format(
                what=what,
                other_author=self.other_author,
                other_shown=self.other_shown,
                other_time=self.other_time,
            )
        if self.kind == ConflictKind.INVALID:
            return tr(
                "{what}: nach dem Abgleich verletzt die Zeile eine Regel – {other}; jetzt „{current_shown}“"
            ).format(what=what, other=self.other, current_shown=self.current_shown)
        by = (
            tr(" (von {current_author})").format(current_author=self.current_author)
            if self.current_author
            else ""
        )
        return tr(
            "{what}: gilt jetzt „{current_shown}“{by}; nicht übernommen „{other_shown}“ (von {other_author}, {other_time})"
        ).format(
            what=what,
            current_shown=self.current_shown,
            by=by,
            other_shown=self.other_shown,
            other_author=self.other_author,
            other_time=self.other_time,
        )


def _row_name(session: Session, entity: str, row_id: str) -> str:
    label = entity_label(entity)
    row = session.get(class_for_table(entity), row_id)
    if row is None:
        return tr("{label} (gelöscht)").format(label=label)
    return f"{label} {_name_of(row)}"


def _name_of(row: Any, quoted: bool = True) -> str:
    """How users name a row: a measure by code and title, others by title or name
    (quoted where it stands in a sentence, plain where it is itself a value)."""

    def q(text: str) -> str:
        return quote(text) if quoted else text

    if getattr(row, "code", None) and getattr(row, "title", None):
        return f"{row.code} {q(row.title)}"
    for attr in ("title", "name", "number", "text", "question"):
        value = getattr(row, attr, None)
        if isinstance(value, str) and value.strip():
            return q(value.strip()[:60])
    return tr("(ohne Namen)")


def _shown(session: Session, entity: str, field: str, value: Any) -> str:
    """A stored value as users read it: a reference by the name of what it points to,
    dates, amounts and choices in German."""
    if value is None:
        return tr("(leer)")
    try:
        column = class_for_table(entity).__table__.c[field]
    except KeyError:
        return str(value)
    for fk in column.foreign_keys:
        target = session.get(class_for_table(fk.column.table.name), value)
        return _name_of(target, quoted=False) if target is not None else tr("(gelöscht)")
    try:
        return display(from_plain(entity, field, value), field)
    except (ValueError, KeyError, TypeError):
        return str(value)


def _author(me: str, replica: str | None) -> str:
    if not replica:
        return ""
    return (
        tr("diesem Rechner") if replica == me else tr("Rechner {value}").format(value=replica[:8])
    )


def conflicts(ws: AnyWorkspace, include_resolved: bool = False) -> list[Conflict]:
    """The conflicts, each with the value that applies now and who wrote it (read from the
    row and its field clock, not from the record: later edits, other laptops' values and
    repairs of a broken rule change it after the record was made)."""
    ws = store_of(ws)
    stmt = select(sync_conflicts).order_by(sync_conflicts.c.id)
    if not include_resolved:
        stmt = stmt.where(sync_conflicts.c.resolved == 0)
    with ws.engine.begin() as conn:
        rows = conn.execute(stmt).all()
        me = capture.replica_id(conn)
        writers = _writers(conn, [(r.entity, r.row_id, r.field) for r in rows])
    found = []
    with ws.session() as session:
        for r in rows:
            current = json.loads(r.kept_value) if r.kept_value else None
            writer = r.kept_replica
            live = session.get(class_for_table(r.entity), r.row_id)
            kind = ConflictKind(r.kind)
            if live is not None and kind != ConflictKind.DELETED_ROW and hasattr(live, r.field):
                current = plain_value(getattr(live, r.field))
                # no field clock: the value came with a snapshot, writer unknown
                writer = writers.get((r.entity, r.row_id, r.field))
            other = json.loads(r.lost_value)
            found.append(
                Conflict(
                    r.id,
                    r.entity,
                    r.row_id,
                    r.field,
                    kind,
                    current,
                    other,
                    r.lost_replica,
                    _when(r.lost_hlc),
                    _row_name(session, r.entity, r.row_id),
                    _author(me, r.lost_replica) or tr("diesem Rechner"),
                    _author(me, writer),
                    r.lost_hlc,
                    _shown(session, r.entity, r.field, current),
                    other
                    if kind == ConflictKind.INVALID
                    else _shown(session, r.entity, r.field, other),
                )
            )
    return found


def _writers(conn: Any, fields: list[tuple[str, str, str]]) -> dict[tuple[str, str, str], str]:
    """Who wrote the value each of *fields* (entity, row, field) holds now, by its clock."""
    if not fields:
        return {}
    clock = sync_field_clock.c
    query = select(clock.entity, clock.row_id, clock.field, clock.replica).where(
        tuple_(clock.entity, clock.row_id, clock.field).in_(fields)
    )
    return {(r.entity, r.row_id, r.field): r.replica for r in conn.execute(query)}


def from_plain(entity: str, field: str, value: Any) -> Any:
    """A value as dumps and change files carry it (JSON) → the attribute's Python value."""
    from sqlalchemy import Date, Enum

    from workbench.model.base import UTCDateTime

    if value is None:
        return None
    column_type = class_for_table(entity).__table__.c[field].type
    if isinstance(column_type, UTCDateTime):
        return datetime.fromisoformat(value)
    if isinstance(column_type, Date):
        return date.fromisoformat(value)
    if isinstance(column_type, Enum) and column_type.enum_class is not None:
        return column_type.enum_class(value)
    return value


def _set_field(session: Session, entity: str, row_id: str, field: str, value: Any) -> None:
    from workbench.services.validation import validate_edit

    row = session.get(class_for_table(entity), row_id)
    if row is None:
        raise NotFoundError(
            tr("{value} {value2} gibt es hier nicht (mehr).").format(
                value=entity_label(entity), value2=row_id[:8]
            )
        )
    setattr(row, field, from_plain(entity, field, value))
    validate_edit(row, {field})


class Choice(StrEnum):
    """How a conflict is resolved (the command line's words)."""

    CURRENT = "current"  # keep what stands
    OTHER = "other"  # take the value that lost
    VALUE = "value"  # set a new value (a combination)


def resolve(ws: AnyWorkspace, conflict_id: int, choice: Choice | str, value: Any = None) -> None:
    """``current``: keep what stands; ``other``: take the other value; ``value``: set *value*
    (a combination). The decision is a change like any other: it reaches every laptop,
    which closes the same conflict there (the window runs :func:`decide` through its write
    path: the value it sets is one undoable step)."""
    execute(ws, tr("Konflikt lösen"), decide, conflict_id, choice, value)


def decide(session: Session, conflict_id: int, choice: Choice | str, value: Any = None) -> None:
    """:func:`resolve` in the caller's transaction."""
    if choice not in set(Choice):
        raise ServiceError(
            tr("Unbekannte Wahl „{choice}“ (current, other, value).").format(choice=choice)
        )
    choice = Choice(choice)
    record = session.execute(
        select(sync_conflicts).where(
            sync_conflicts.c.id == conflict_id, sync_conflicts.c.resolved == 0
        )
    ).one_or_none()
    if record is None:
        raise NotFoundError(
            tr("Einen offenen Konflikt {conflict_id} gibt es nicht.").format(
                conflict_id=conflict_id
            )
        )
    kind = ConflictKind(record.kind)
    if kind == ConflictKind.DELETED_ROW and choice != Choice.CURRENT:
        raise ServiceError(
            tr(
                "Die Zeile wurde anderswo gelöscht; der Wert bleibt hier als Notiz "
                "erhalten und kann nur verworfen werden („current“)."
            )
        )
    if kind == ConflictKind.INVALID and choice == Choice.OTHER:
        raise ServiceError(
            tr(
                "Bei einer verletzten Regel gibt es keinen anderen Wert; bitte einen "
                "neuen Wert angeben („value=…“) oder den Stand lassen („current“)."
            )
        )
    if choice == Choice.OTHER:
        _set_field(
            session, record.entity, record.row_id, record.field, json.loads(record.lost_value)
        )
    elif choice == Choice.VALUE:
        _set_field(session, record.entity, record.row_id, record.field, value)
    conn = session.connection()
    if kind != ConflictKind.INVALID:
        capture.record_decision(
            conn,
            "resolve",
            record.entity,
            record.row_id,
            record.field,
            [record.lost_hlc, record.lost_replica],
        )
    conn.execute(
        update(sync_conflicts).where(sync_conflicts.c.id == conflict_id).values(resolved=1)
    )
