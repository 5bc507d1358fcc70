"""Planning use cases and their validation, as a user of the window or CLI meets them."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tests.helpers import dump
from workbench.model import FieldOfAction, Goal, KeyResult, Measure, Phase, Risk
from workbench.model.enums import MeasureType
from workbench.services import items, measure_list, measures
from workbench.services.errors import NotFoundError, ValidationError
from workbench.services.operations import execute, reapply, revert
from workbench.store.workspace import Workspace


def field_ids(ws: Workspace, n: int = 1) -> list[str]:
    with ws.session() as s:
        return list(s.scalars(select(FieldOfAction.id).limit(n)))


def phase_id(ws: Workspace, number: int) -> str:
    with ws.session() as s:
        return s.scalars(select(Phase.id).where(Phase.number == number)).one()


def new_measure(ws: Workspace, **values) -> Measure:
    m, _ = execute(
        ws, "anlegen", measures.create_measure, "Digitale Bauakte", field_ids(ws), **values
    )
    return m


def test_create_assigns_code_first_phase_and_history(demo_ws: Workspace) -> None:
    m = new_measure(demo_ws, start_date=date(2026, 1, 1))
    with demo_ws.session() as s:
        m = s.get(Measure, m.id)
        assert m.code == "Z-09"  # central by default: after the demo's Z-01 … Z-08
        assert m.phase.name == "Vorprozess"
        assert [c.phase.name for c in m.phase_changes] == ["Vorprozess"]
        assert len(m.field_links) == 1


def test_end_before_start_names_the_field(demo_ws: Workspace) -> None:
    with pytest.raises(ValidationError) as err:
        new_measure(demo_ws, start_date=date(2026, 5, 1), end_date=date(2026, 4, 1))
    assert err.value.field == "end_date"
    assert str(err.value) == "Ende: Das Ende (01.04.2026) liegt vor dem Beginn (01.05.2026)."


def test_measure_without_field_of_action_is_refused(demo_ws: Workspace) -> None:
    before = dump(demo_ws)
    with pytest.raises(ValidationError, match="mindestens ein Handlungsfeld"):
        execute(demo_ws, "anlegen", measures.create_measure, "Ohne Feld", [])
    assert dump(demo_ws) == before  # nothing half-saved
    m = new_measure(demo_ws)
    with pytest.raises(ValidationError, match="mindestens ein Handlungsfeld"):
        execute(demo_ws, "felder", measures.set_measure_fields, m.id, [])


def test_empty_title_and_far_dates_are_refused(demo_ws: Workspace) -> None:
    with pytest.raises(ValidationError, match="Titel: Das Feld darf nicht leer sein"):
        execute(demo_ws, "anlegen", measures.create_measure, "   ", field_ids(demo_ws))
    with pytest.raises(ValidationError, match="außerhalb des zulässigen Bereichs"):
        new_measure(demo_ws, end_date=date(2230, 1, 1))


def test_key_result_without_goal_and_percentage_over_100(demo_ws: Workspace) -> None:
    m = new_measure(demo_ws)
    with pytest.raises(ValidationError, match="Ein Schlüsselergebnis gehört immer zu einem Ziel"):
        execute(demo_ws, "kr", items.add_item, KeyResult, None, {"title": "KR"})
    goal, _ = execute(demo_ws, "ziel", items.add_item, Goal, m.id, {"title": "Ziel"})
    with pytest.raises(ValidationError) as err:
        execute(
            demo_ws,
            "kr",
            items.add_item,
            KeyResult,
            goal.id,
            {"title": "KR", "progress_percent": 120},
        )
    assert str(err.value) == "Fortschritt (%): 120 % liegt über 100 %."
    kr, _ = execute(
        demo_ws, "kr", items.add_item, KeyResult, goal.id, {"title": "KR", "progress_percent": 100}
    )
    assert kr.position == 1


def test_risk_scale_is_one_to_five(demo_ws: Workspace) -> None:
    m = new_measure(demo_ws)
    with pytest.raises(ValidationError, match="Wahrscheinlichkeit"):
        execute(demo_ws, "risiko", items.add_item, Risk, m.id, {"title": "R", "probability": 6})


def test_phase_change_forward_and_back_keeps_history(demo_ws: Workspace) -> None:
    m, _ = execute(
        demo_ws,
        "anlegen",
        measures.create_measure,
        "Bauakte",
        field_ids(demo_ws),
        on=date(2026, 1, 1),
    )
    execute(demo_ws, "phase", measures.move_phase, m.id, phase_id(demo_ws, 3), date(2026, 2, 1))
    execute(
        demo_ws,
        "phase",
        measures.move_phase,
        m.id,
        phase_id(demo_ws, 2),
        date(2026, 3, 1),
        "zurück: Konzept überarbeiten",
    )
    with demo_ws.session() as s:
        m = s.get(Measure, m.id)
        assert m.phase.name == "Konzeption"
        assert [(c.phase.name, c.changed_on) for c in m.phase_changes][1:] == [
            ("Erprobung", date(2026, 2, 1)),
            ("Konzeption", date(2026, 3, 1)),
        ]
    with pytest.raises(ValidationError, match="Phase wechseln"):
        execute(demo_ws, "x", measures.update_measure, m.id, {"phase_id": phase_id(demo_ws, 4)})


def test_delete_moves_to_recycle_bin_and_restore_brings_back(demo_ws: Workspace) -> None:
    with demo_ws.session() as s:
        before = len(measure_list.measure_rows(s))
    execute(demo_ws, "del", measures.delete_measure, "P-01")
    with demo_ws.session() as s:
        assert len(measure_list.measure_rows(s)) == before - 1
        assert [m.code for m in measures.deleted_measures(s)] == ["P-01"]
        with pytest.raises(NotFoundError):
            measures.get_measure(s, "P-01")
    execute(demo_ws, "restore", measures.restore_measure, "P-01")
    with demo_ws.session() as s:
        assert len(measure_list.measure_rows(s)) == before


def test_undo_and_redo_of_a_goal_with_key_results(demo_ws: Workspace) -> None:
    with demo_ws.session() as s:
        goal = s.scalars(select(Goal).join(Measure).where(Measure.code == "P-01")).first()
        goal_id, krs = goal.id, len(goal.key_results)
        history = sum(len(kr.history) for kr in goal.key_results)  # progress over the years
    before = dump(demo_ws, ignore_stamps=True)
    _, deleted = execute(demo_ws, "Ziel löschen", items.delete_item, Goal, goal_id)
    assert {c.table for c in deleted.changes} == {"goals", "key_results", "key_result_progress"}
    assert len(deleted.changes) == krs + history + 1
    revert(demo_ws, deleted)
    assert dump(demo_ws, ignore_stamps=True) == before
    reapply(demo_ws, deleted)
    with demo_ws.session() as s:
        assert s.get(Goal, goal_id) is None


def test_measure_rows_carry_names_for_the_table(demo_ws: Workspace) -> None:
    with demo_ws.session() as s:
        rows = {r.code: r for r in measure_list.measure_rows(s)}
    p1 = rows["P-01"]
    assert p1.title == "Smart Space Hardenbergplatz"
    assert p1.lead_unit_name == "BA Charlottenburg-Wilmersdorf"
    assert p1.phase_name == "Erprobung" and p1.phase_number == 3
    assert "Öffentliche Räume gemeinwohlorientiert gestalten" in p1.field_names


def test_filter_narrowing_gives_the_same_rows_as_a_full_pass(demo_ws: Workspace) -> None:
    from workbench.services.filtering import MeasureFilter

    with demo_ws.session() as s:
        rows = measure_list.measure_rows(s)
    from workbench.services.filtering import search_text

    hay = [search_text(r) for r in rows]

    def full(flt: MeasureFilter) -> list[str]:
        accepts = flt.predicate()
        return [r.code for r, h in zip(rows, hay, strict=True) if accepts(r, h)]

    typed = ""
    previous = MeasureFilter()
    shown = [r.code for r in rows]
    for ch in "digitale ba":
        typed += ch
        flt = MeasureFilter(text=typed)
        assert flt.narrows(previous)
        accepts = flt.predicate()
        shown = [
            r.code for r, h in zip(rows, hay, strict=True) if r.code in shown and accepts(r, h)
        ]
        assert shown == full(flt)
        previous = flt
    assert not MeasureFilter(text="digitale b").narrows(MeasureFilter(text="digitale ba"))
    assert not MeasureFilter(text="x", priority=None).narrows(
        MeasureFilter(text="", type=MeasureType.PILOT)
    )
