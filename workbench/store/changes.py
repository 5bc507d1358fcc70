"""Field-level change capture for every mapped class, without per-class code.

A session whose ``info["changes"]`` holds a list gets every inserted, updated
and deleted row appended to it as a :class:`RowChange`, in the order the unit
of work wrote them (parents before children on insert, children before parents
on delete). Undo/redo is built on this, and so is the sync outbox (sync/capture.py
records the same changes as operations for the other laptops).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import event, inspect
from sqlalchemy.orm import Mapper, object_session

from workbench.model.base import Base, utc_now

Op = Literal["insert", "update", "delete"]
CHANGES_KEY = "changes"


@dataclass(frozen=True)
class RowChange:
    """One row written: its table, id, and the column values before and after."""

    table: str
    row_id: str
    op: Op
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)


def _sink(target: Base) -> list[RowChange] | None:
    session = object_session(target)
    if session is None:
        return None
    return session.info.get(CHANGES_KEY)


def _columns(mapper: Mapper[Any], target: Base) -> dict[str, Any]:
    return {attr.key: getattr(target, attr.key) for attr in mapper.column_attrs}


def _table_name(mapper: Mapper[Any]) -> str:
    return str(mapper.local_table.name)  # type: ignore[attr-defined]  # a Table, always here


@event.listens_for(Base, "after_insert", propagate=True)
def _after_insert(mapper: Mapper[Any], _conn: Any, target: Base) -> None:
    sink = _sink(target)
    if sink is not None:
        sink.append(
            RowChange(_table_name(mapper), target.id, "insert", {}, _columns(mapper, target))
        )


@event.listens_for(Base, "before_update", propagate=True)
def _before_update(mapper: Mapper[Any], _conn: Any, target: Base) -> None:
    state = inspect(target)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for attr in mapper.column_attrs:
        hist = state.attrs[attr.key].history
        if not hist.has_changes():
            continue
        old = hist.deleted[0] if hist.deleted else None
        new = hist.added[0] if hist.added else None
        if old != new:
            before[attr.key] = old
            after[attr.key] = new
    if not after or set(after) == {"updated_at"}:
        return
    old_stamp = state.committed_state.get("updated_at", target.updated_at)
    target.updated_at = utc_now()
    before["updated_at"] = old_stamp
    after["updated_at"] = target.updated_at
    sink = _sink(target)
    if sink is not None:
        sink.append(RowChange(_table_name(mapper), target.id, "update", before, after))


@event.listens_for(Base, "before_delete", propagate=True)
def _before_delete(mapper: Mapper[Any], _conn: Any, target: Base) -> None:
    sink = _sink(target)
    if sink is not None:
        sink.append(
            RowChange(_table_name(mapper), target.id, "delete", _columns(mapper, target), {})
        )
