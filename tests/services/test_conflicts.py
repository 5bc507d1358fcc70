"""Conflict records on their own: what each shows (the value that applies now) and which
decisions each kind allows – the sync tests create them by real concurrent edits."""

from __future__ import annotations

import pytest
from sqlalchemy import insert, select

from workbench.model import Measure
from workbench.services import conflicts
from workbench.services.conflicts import Choice, ConflictKind
from workbench.services.errors import ServiceError
from workbench.services.measures import update_measure
from workbench.services.operations import execute
from workbench.store.sync_tables import sync_conflicts
from workbench.store.workspace import Workspace


def _record(ws: Workspace, field: str, lost: str, kind: ConflictKind) -> tuple[int, str]:
    with ws.session() as s:
        measure_id = s.scalars(select(Measure.id).where(Measure.code == "P-01")).one()
    with ws.engine.begin() as conn:
        done = conn.execute(
            insert(sync_conflicts).values(
                entity="measures",
                row_id=measure_id,
                field=field,
                kind=kind,
                lost_value=lost,
                lost_hlc="0001764000000000-00000",
                lost_replica="c" * 32,
                resolved=0,
            )
        )
    return int(done.inserted_primary_key[0]), measure_id


def test_a_conflict_shows_the_value_that_applies_now_and_takes_the_other(
    demo_ws: Workspace,
) -> None:
    conflict_id, measure_id = _record(demo_ws, "title", '"Hardenbergplatz (B)"', ConflictKind.VALUE)
    execute(demo_ws, "später", update_measure, measure_id, {"title": "Hardenbergplatz (C)"})
    (c,) = conflicts.conflicts(demo_ws)
    assert (c.kind, c.current, c.other) == (
        ConflictKind.VALUE,
        "Hardenbergplatz (C)",
        "Hardenbergplatz (B)",
    )
    assert "Hardenbergplatz (C)" in c.describe()
    conflicts.resolve(demo_ws, conflict_id, Choice.OTHER)
    assert conflicts.conflicts(demo_ws) == []
    with demo_ws.session() as s:
        assert s.get(Measure, measure_id).title == "Hardenbergplatz (B)"


def test_each_kind_allows_only_the_decisions_that_make_sense(demo_ws: Workspace) -> None:
    deleted, _ = _record(demo_ws, "title", '"Weg"', ConflictKind.DELETED_ROW)
    invalid, _ = _record(demo_ws, "end_date", '"2020-01-01"', ConflictKind.INVALID)
    with pytest.raises(ServiceError, match="Unbekannte Wahl „vielleicht“"):
        conflicts.resolve(demo_ws, deleted, "vielleicht")
    with pytest.raises(ServiceError, match="nur verworfen werden"):
        conflicts.resolve(demo_ws, deleted, Choice.OTHER)
    with pytest.raises(ServiceError, match="keinen anderen Wert"):
        conflicts.resolve(demo_ws, invalid, Choice.OTHER)
    conflicts.resolve(demo_ws, deleted, "current")  # the command line's word works too
    assert [c.id for c in conflicts.conflicts(demo_ws)] == [invalid]
