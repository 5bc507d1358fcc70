"""The Zeitplan as data: lanes of bars from the demo, problems of dependencies and
milestones, and moving a bar or a milestone through the one write path."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from workbench.model import Dependency, Grant, GrantMeasure, Measure, Milestone
from workbench.services import items, roadmap
from workbench.services.operations import execute, revert
from workbench.services.validation import ValidationError
from workbench.store.workspace import Workspace

TODAY = date(2026, 12, 5)


def _id(ws: Workspace, code: str) -> str:
    with ws.session() as s:
        return s.scalars(select(Measure.id).where(Measure.code == code)).one()


def test_every_measure_stands_in_one_lane_of_its_first_field_with_its_milestones(
    demo_ws: Workspace,
) -> None:
    with demo_ws.session() as s:
        plan = roadmap.roadmap(s, "field", today=TODAY)
        count = len(s.scalars(select(Measure.id).where(Measure.deleted_at.is_(None))).all())
        p04 = s.scalars(select(Measure).where(Measure.code == "P-04")).one()
        due = sorted(m.due_date for m in p04.milestones if m.due_date)
        first_field = sorted(f.name for f in p04.fields)[0]
    bars = plan.bars()
    assert len(bars) == count == len({b.id for b in bars})
    lane = next(lane for lane in plan.lanes if any(b.code == "P-04" for b in lane.bars))
    assert lane.title == first_field
    bar = next(b for b in bars if b.code == "P-04")
    assert [m.due for m in bar.milestones] == due
    assert (bar.start, bar.end) == (date(2022, 10, 1), date(2026, 9, 30))
    assert plan.first <= min(b.start for b in bars if b.start)
    assert plan.last >= max(b.end for b in bars if b.end) and plan.first <= TODAY <= plan.last
    assert "01.10.2022 bis 30.09.2026" in bar.describe()


def test_grouped_by_grant_the_financed_measures_share_the_grant_s_lane(demo_ws: Workspace) -> None:
    with demo_ws.session() as s:
        grant = s.scalars(select(Grant)).first()
        financed = set(
            s.scalars(select(GrantMeasure.measure_id).where(GrantMeasure.grant_id == grant.id))
        )
        plan = roadmap.roadmap(s, "grant", today=TODAY)
    lane = next(lane for lane in plan.lanes if grant.file_number in lane.title)
    assert {b.id for b in lane.bars} == financed
    with demo_ws.session() as s, pytest.raises(ValidationError, match="Gruppieren nach"):
        roadmap.roadmap(s, "farbe")


def test_a_measure_that_starts_before_what_it_depends_on_ends_is_marked(
    demo_ws: Workspace,
) -> None:
    p04, z01 = _id(demo_ws, "P-04"), _id(demo_ws, "Z-01")
    execute(
        demo_ws, "abh.", items.add_item, Dependency, p04, {"depends_on_id": z01}
    )  # P-04 (from 01.10.2022) depends on Z-01
    with demo_ws.session() as s:
        z01_end = s.get(Measure, z01).end_date
        bar = next(b for b in roadmap.roadmap(s, today=TODAY).bars() if b.code == "P-04")
        execute(
            demo_ws,
            "ms",
            items.add_item,
            Milestone,
            p04,
            {"title": "Nach dem Ende", "due_date": date(2027, 3, 1)},
        )
    assert bar.predecessors == (z01,)
    assert any(p.startswith("Beginnt am 01.10.2022, bevor Z-01 endet") for p in bar.problems)
    assert z01_end is not None
    with demo_ws.session() as s:
        bar = next(b for b in roadmap.roadmap(s, today=TODAY).bars() if b.code == "P-04")
    assert any("„Nach dem Ende“ (01.03.2027) liegt nach dem Ende" in p for p in bar.problems)


def test_a_bar_moves_by_days_as_one_undoable_edit_and_an_end_before_the_start_is_refused(
    demo_ws: Workspace,
) -> None:
    p04 = _id(demo_ws, "P-04")
    _, changes = execute(demo_ws, "verschieben", roadmap.shift_measure, p04, 7)
    with demo_ws.session() as s:
        m = s.get(Measure, p04)
        assert (m.start_date, m.end_date) == (date(2022, 10, 8), date(2026, 10, 7))
    revert(demo_ws, changes)
    with demo_ws.session() as s:
        m = s.get(Measure, p04)
        assert (m.start_date, m.end_date) == (date(2022, 10, 1), date(2026, 9, 30))
    execute(demo_ws, "länger", roadmap.shift_measure, p04, 31, "end")
    with demo_ws.session() as s:
        assert s.get(Measure, p04).end_date == date(2026, 10, 31)
    with pytest.raises(ValidationError) as refused:
        execute(demo_ws, "zu kurz", roadmap.shift_measure, p04, -3000, "end")
    assert "Beginn" in str(refused.value)
    with demo_ws.session() as s:  # nothing of the refused move was saved
        assert s.get(Measure, p04).end_date == date(2026, 10, 31)
        milestone = s.scalars(
            select(Milestone).where(Milestone.measure_id == p04, Milestone.due_date.is_not(None))
        ).first()
        milestone_id, due = milestone.id, milestone.due_date
    execute(demo_ws, "ms", roadmap.shift_milestone, milestone_id, -14)
    with demo_ws.session() as s:
        assert s.get(Milestone, milestone_id).due_date == due - timedelta(days=14)
