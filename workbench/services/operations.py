"""Running a use case as one transaction and describing what it changed, for undo and views.

Every write of GUI and CLI goes through :func:`execute`: the function runs in a
fresh session inside one transaction; the rows it wrote come back as a
:class:`ChangeSet` that can be reverted and re-applied (undo/redo) and that tells
views which tables changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ParamSpec, TypeVar

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from workbench.i18n import tr
from workbench.model import class_for_table
from workbench.services.errors import ServiceError
from workbench.services.workspaces import AnyWorkspace, store_of
from workbench.store.changes import CHANGES_KEY, RowChange
from workbench.sync import capture

P = ParamSpec("P")
T = TypeVar("T")


@dataclass
class ChangeSet:
    """What one user action wrote: a German description and the row changes in write order."""

    description: str
    changes: list[RowChange] = field(default_factory=list)
    #: Who made the change (a view, in the window): it shows the change already and is
    #: not told of it again. None: nobody in particular (undo, a sync, the command line).
    initiator: object = field(default=None, compare=False, repr=False)

    @property
    def tables(self) -> set[str]:
        return {c.table for c in self.changes}

    def row_ids(self, table: str) -> set[str]:
        return {c.row_id for c in self.changes if c.table == table}

    def __bool__(self) -> bool:
        return bool(self.changes)


def execute(
    ws: AnyWorkspace, description: str, fn: Callable[..., T], *args: Any, **kwargs: Any
) -> tuple[T, ChangeSet]:
    """Run ``fn(session, *args, **kwargs)`` in one transaction; return its result and changes.

    Any exception rolls the transaction back: nothing of a failed action is saved.
    """
    ws = store_of(ws)
    sink: list[RowChange] = []
    try:
        with ws.session() as session:
            session.info[CHANGES_KEY] = sink
            with session.begin():
                result = fn(session, *args, **kwargs)
                session.flush()
                capture.record(session, sink)  # the sync outbox, in the same transaction
                close_repaired(session, {(c.table, c.row_id) for c in sink})
    except OperationalError as exc:  # the file could not be written: nothing was saved
        raise ServiceError(
            tr(
                "„{description}“ wurde nicht gespeichert: {value}. Der gespeicherte Stand ist unverändert."
            ).format(description=description, value=storage_problem(exc))
        ) from exc
    return result, ChangeSet(description, sink)


def plain(value: Any) -> Any:
    """What a use case hands the window: a row it made or changed as the row's id (a list
    of rows as their ids), anything else as it is. A detached ORM object never crosses –
    it would be readable only while ``expire_on_commit`` stays off (issue 28)."""
    if isinstance(value, (list, tuple)):
        return type(value)(plain(v) for v in value)
    if hasattr(type(value), "__mapper__"):
        return str(value.id)
    return value


@dataclass(frozen=True)
class Outcome:
    """A write's outcome as the caller reads it: the value (plain data, see :func:`plain`)
    or the German reason it was refused."""

    value: Any = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def storage_problem(exc: Exception) -> str:
    """What SQLite's refusal to write means for a user, in German."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "full" in text:
        return tr("der Datenträger ist voll")
    if "locked" in text or "busy" in text:
        return tr("die Arbeitsmappe ist gerade von einem anderen Programm gesperrt")
    if "readonly" in text or "read-only" in text:
        return tr("die Arbeitsmappe ist schreibgeschützt")
    if "malformed" in text or "not a database" in text:
        return tr("die Datei ist beschädigt (bitte „workbench check“ ausführen)")
    return tr("die Datei ließ sich nicht schreiben ({text})").format(text=text)


def close_repaired(session: Session, rows: set[tuple[str, str]]) -> None:
    """Rows among *rows* that broke a rule after a merge (a conflict of kind "invalid")
    and are valid now (after an edit, or a merged edit from elsewhere): the conflict is
    over."""
    from sqlalchemy import select, update

    from workbench.services.errors import ValidationError
    from workbench.services.validation import validate
    from workbench.store.sync_tables import ConflictKind, sync_conflicts

    query = select(sync_conflicts.c.entity, sync_conflicts.c.row_id).where(
        sync_conflicts.c.kind == ConflictKind.INVALID, sync_conflicts.c.resolved == 0
    )
    open_rows = {(entity, row_id) for entity, row_id in session.execute(query)}
    for entity, row_id in open_rows & rows:
        row = session.get(class_for_table(entity), row_id)
        try:
            if row is not None:
                validate(row)
        except ValidationError:
            continue
        session.execute(
            update(sync_conflicts)
            .where(
                sync_conflicts.c.entity == entity,
                sync_conflicts.c.row_id == row_id,
                sync_conflicts.c.kind == ConflictKind.INVALID,
            )
            .values(resolved=1)
        )


def _apply(session: Session, changes: list[RowChange], backwards: bool) -> None:
    sequence = reversed(changes) if backwards else changes
    for change in sequence:
        cls = class_for_table(change.table)
        obj = session.get(cls, change.row_id)
        op: str = change.op
        if backwards:
            op = {"insert": "delete", "delete": "insert", "update": "update"}[op]
        values = change.before if backwards else change.after
        if op == "delete":
            if obj is not None:
                session.delete(obj)
        elif obj is None:
            if op == "insert":
                session.add(cls(**values))
            # an update of a row that is gone meanwhile has nothing left to set
        else:
            for key, value in values.items():
                if key != "updated_at" or op == "insert":
                    setattr(obj, key, value)
        session.flush()


def revert(ws: AnyWorkspace, changeset: ChangeSet) -> ChangeSet:
    """Undo: write the inverse of *changeset* as a new transaction."""
    ws = store_of(ws)
    _, done = execute(ws, changeset.description, _apply, changeset.changes, True)
    return done


def reapply(ws: AnyWorkspace, changeset: ChangeSet) -> ChangeSet:
    """Redo: write *changeset* again after it was reverted."""
    ws = store_of(ws)
    _, done = execute(ws, changeset.description, _apply, changeset.changes, False)
    return done
