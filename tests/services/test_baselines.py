"""Baselines („Planstand sichern“): the dates kept under a name, what moved since – counted
by hand from the dates the test sets – in the roadmap, and a baseline that travels to a
colleague through the share like every row."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from workbench.model import Measure, Milestone
from workbench.services import baselines, roadmap
from workbench.services.errors import NotFoundError
from workbench.services.operations import execute, revert
from workbench.services.validation import ValidationError
from workbench.store.workspace import Workspace

TODAY = date(2026, 12, 5)


def _measure(ws: Workspace, code: str) -> Measure:
    with ws.session() as s:
        return s.scalars(select(Measure).where(Measure.code == code)).one()


def test_a_baseline_names_what_moved_since_by_days(demo_ws: Workspace) -> None:
    p04 = _measure(demo_ws, "P-04")
    saved, _ = execute(demo_ws, "sichern", baselines.save_baseline, "Lenkungskreis 11/2026", TODAY)
    with demo_ws.session() as s:
        assert baselines.shifts(s, saved.id) == []  # nothing moved yet
        milestone = s.scalars(
            select(Milestone).where(Milestone.measure_id == p04.id, Milestone.due_date.is_not(None))
        ).first()
        due = milestone.due_date
    # the end 45 days later (30.09.2026 → 14.11.2026), a milestone 7 days earlier
    execute(demo_ws, "verschieben", roadmap.shift_measure, p04.id, 45, "end")
    execute(demo_ws, "Meilenstein", roadmap.shift_milestone, milestone.id, -7)
    with demo_ws.session() as s:
        moved = baselines.shifts(s, saved.id)
        plan = roadmap.roadmap(s, today=TODAY, baseline_id=saved.id)
    assert [(m.code, m.milestone, m.before, m.now, m.days) for m in moved] == [
        ("P-04", "", date(2026, 9, 30), date(2026, 11, 14), 45),
        ("P-04", milestone.title, due, due - timedelta(days=7), -7),
    ]
    assert moved[0].describe() == "P-04 " + p04.title + ": 30.09.2026 → 14.11.2026 (+45 Tage)"
    bar = next(b for b in plan.bars() if b.code == "P-04")
    assert bar.planned == baselines.Planned(date(2022, 10, 1), date(2026, 9, 30))
    assert "Planstand 01.10.2022 bis 30.09.2026: Ende +45 Tage" in bar.describe()
    assert "(−7 Tage)" in bar.describe()
    mark = next(m for m in bar.milestones if m.id == milestone.id)
    assert mark.planned == due


def test_names_are_required_and_unique_and_saving_is_one_undo_step(demo_ws: Workspace) -> None:
    with pytest.raises(ValidationError, match="Namen"):
        execute(demo_ws, "sichern", baselines.save_baseline, "   ")
    _saved, undo = execute(demo_ws, "sichern", baselines.save_baseline, "Stand A")
    with pytest.raises(ValidationError, match="gibt es schon"):
        execute(demo_ws, "sichern", baselines.save_baseline, " Stand  A ")
    with demo_ws.session() as s:
        assert [b.name for b in baselines.list_baselines(s)] == ["Stand A"]
        assert baselines.find_baseline(s, "Stand A").name == "Stand A"
        with pytest.raises(NotFoundError, match="Gesichert sind: „Stand A“"):
            baselines.find_baseline(s, "Stand B")
    revert(demo_ws, undo)
    with demo_ws.session() as s:
        assert baselines.list_baselines(s) == []


def test_a_baseline_reaches_a_colleague_through_the_share(tmp_path) -> None:
    from tests.sync.helpers import make_replicas, sync
    from tests.sync.test_engine import add_frame
    from workbench.services import measures

    share, (a, b) = make_replicas(tmp_path, 2)
    field = add_frame(a)
    made, _ = execute(a, "anlegen", measures.create_measure, "Datenplattform", [field])
    execute(
        a,
        "Zeitraum",
        measures.update_measure,
        made.id,
        {"start_date": date(2027, 1, 1), "end_date": date(2027, 12, 31)},
    )
    saved, _ = execute(a, "sichern", baselines.save_baseline, "Beschluss", TODAY)
    execute(a, "verschieben", roadmap.shift_measure, made.id, 30)
    sync(a, share)
    sync(b, share)
    with b.session() as s:
        moved = baselines.shifts(s, saved.id)
    assert [(m.before, m.now, m.days, m.start_days) for m in moved] == [
        (date(2027, 12, 31), date(2028, 1, 30), 30, 30)
    ]
