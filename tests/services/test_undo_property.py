"""Property: any sequence of user actions, undone in reverse order, restores the data exactly."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tests.helpers import dump, examples
from workbench.model import FieldOfAction, Goal, Measure, Milestone, Phase, Risk
from workbench.services import items, measures
from workbench.services.errors import ServiceError
from workbench.services.operations import execute, reapply, revert
from workbench.store.workspace import Workspace

titles = st.text(alphabet="abcdefghij ÄÖÜß-", min_size=0, max_size=12)
actions = st.lists(
    st.one_of(
        st.tuples(st.just("create"), titles, st.integers(0, 12)),
        st.tuples(st.just("title"), st.integers(0, 30), titles),
        st.tuples(st.just("dates"), st.integers(0, 30), st.integers(-400, 400)),
        st.tuples(st.just("phase"), st.integers(0, 30), st.integers(1, 5)),
        st.tuples(st.just("delete"), st.integers(0, 30)),
        st.tuples(st.just("goal"), st.integers(0, 30), titles),
        st.tuples(st.just("risk"), st.integers(0, 30), st.integers(0, 7)),
        st.tuples(st.just("drop_goal"), st.integers(0, 30)),
        st.tuples(st.just("milestone"), st.integers(0, 30), st.integers(-50, 50)),
    ),
    max_size=12,
)


def _pick(ws: Workspace, cls, index: int) -> str | None:
    with ws.session() as s:
        ids = list(s.scalars(select(cls.id).order_by(cls.id)))
    return ids[index % len(ids)] if ids else None


def _perform(ws: Workspace, action: tuple):  # noqa: C901 - a dispatcher over action kinds
    kind, *args = action
    mid = _pick(ws, Measure, args[0]) if kind != "create" else None
    if kind == "create":
        with ws.session() as s:
            fields = list(s.scalars(select(FieldOfAction.id).order_by(FieldOfAction.id)))
        return execute(ws, kind, measures.create_measure, args[0], [fields[args[1] % len(fields)]])
    if kind == "title":
        return execute(ws, kind, measures.update_measure, mid, {"title": args[1]})
    if kind == "dates":
        start = date(2026, 1, 1)
        return execute(
            ws,
            kind,
            measures.update_measure,
            mid,
            {"start_date": start, "end_date": start + timedelta(days=args[1])},
        )
    if kind == "phase":
        with ws.session() as s:
            pid = s.scalars(select(Phase.id).where(Phase.number == args[1])).one()
        return execute(ws, kind, measures.move_phase, mid, pid)
    if kind == "delete":
        return execute(ws, kind, measures.delete_measure, mid)
    if kind == "goal":
        return execute(ws, kind, items.add_item, Goal, mid, {"title": args[1]})
    if kind == "risk":
        return execute(ws, kind, items.add_item, Risk, mid, {"title": "R", "impact": args[1]})
    if kind == "drop_goal":
        gid = _pick(ws, Goal, args[0])
        return execute(ws, kind, items.delete_item, Goal, gid)
    if kind == "milestone":
        return execute(
            ws,
            kind,
            items.add_item,
            Milestone,
            mid,
            {"title": "M", "due_date": date(2026, 6, 1) + timedelta(days=args[1])},
        )
    raise AssertionError(kind)


@settings(
    max_examples=examples(25),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(sequence=actions)
def test_undo_all_restores_and_redo_all_replays(demo_ws: Workspace, sequence: list[tuple]) -> None:
    start = dump(demo_ws, ignore_stamps=True)
    done = []
    for action in sequence:
        try:
            _, changes = _perform(demo_ws, action)
        except ServiceError:
            continue  # refused input changes nothing, checked below by the final comparison
        if changes:
            done.append(changes)
    end = dump(demo_ws, ignore_stamps=True)
    for changes in reversed(done):
        revert(demo_ws, changes)
    assert dump(demo_ws, ignore_stamps=True) == start
    for changes in done:
        reapply(demo_ws, changes)
    assert dump(demo_ws, ignore_stamps=True) == end
    for changes in reversed(done):  # leave the shared fixture as it was for the next example
        revert(demo_ws, changes)
