"""The canonical dump and the demo workspace content."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from workbench.model import Measure, Phase
from workbench.model.enums import MeasureType
from workbench.services.check import check_workspace
from workbench.store.dump import dump_json
from workbench.store.workspace import Workspace

PILOTS = {
    "Smart Space Hardenbergplatz",
    "Data & Smart City Governance",
    "Smart Water",
    "Daten in Alltag und Krise – Kiezbox 2.0",
    "Smarte Partizipation – Bürgerhaushalt",
}


def test_dump_is_stable_and_sorted(demo_ws: Workspace) -> None:
    with demo_ws.session() as s:
        first = dump_json(s)
    with demo_ws.session() as s:
        second = dump_json(s)
    assert first == second
    data = json.loads(first)
    assert list(data) == sorted(data)
    ids = [row["id"] for row in data["measures"]]
    assert ids == sorted(ids)


def test_two_demo_workspaces_differ_only_in_ids_and_stamps(tmp_path: Path) -> None:
    from workbench.store.demo import create_demo

    a, b = create_demo(tmp_path / "a.werkbank"), create_demo(tmp_path / "b.werkbank")
    with a.session() as sa, b.session() as sb:
        ta = sorted(m.title for m in sa.scalars(select(Measure)))
        tb = sorted(m.title for m in sb.scalars(select(Measure)))
    assert ta == tb
    a.close()
    b.close()


def test_demo_has_pilots_types_phases_and_lists(demo_ws: Workspace) -> None:
    with demo_ws.session() as s:
        measures = s.scalars(select(Measure)).all()
        pilots = {m.title for m in measures if m.type is MeasureType.PILOT}
        assert pilots == PILOTS
        assert len(measures) - len(pilots) >= 20
        assert {m.type for m in measures} == set(MeasureType)
        numbers = {m.phase.number for m in measures}
        assert numbers == {p.number for p in s.scalars(select(Phase))}
        assert len({m.lead_unit_id for m in measures}) >= 10
        for m in measures:
            assert m.field_links and m.goals and m.indicators and m.milestones
            assert m.risks and m.log_entries and m.phase_changes
        # consistent but for the Zeitplan's marks: seven measures start while what they
        # depend on still runs (the demo shows what the Zeitplan and the check flag)
        findings = check_workspace(s)
        assert [f for f in findings if not f.where.startswith("Zeitplan")] == []
        assert len(findings) == 7 and all(f.message.startswith("Beginnt am") for f in findings)


def test_demo_data_files_say_figures_are_examples() -> None:
    from workbench.resources import resource_path

    note = json.loads(resource_path("demo", "measures.json").read_text("utf-8"))["note"]
    assert "erfundene Beispiele" in note


def test_demo_workshops_have_canvases_whose_notes_sit_in_their_zones(demo_ws) -> None:
    from sqlalchemy import select

    from workbench.model import Canvas
    from workbench.services import canvas as cv
    from workbench.services import canvas_reading, canvas_votes, workshops

    with demo_ws.session() as s:
        rows = workshops.workshop_rows(s)
        assert [r.title for r in rows] == [
            "Steuerungsrunde Smart Water",
            "Maßnahmenwerkstatt Kiezbox 2.0",
        ]
        for canvas in s.scalars(select(Canvas)):
            boxes = cv.zone_boxes(s, canvas.id)
            data = canvas_reading.load_canvas(s, canvas.id)
            assert data.notes
            for note in data.notes:
                assert cv.zone_at(boxes, note.x, note.y).id == note.zone_id, note.text
            voters = workshops.voters(s, canvas.workshop_id)
            for voter in voters:  # nobody used more dots than the canvas allows
                assert canvas_votes.dots_used(s, canvas.id, voter) <= canvas.dots_per_participant
        kiez = next(c for c in s.scalars(select(Canvas)) if c.title == "Wirkungslogik Kiezbox 2.0")
        ranked = canvas_reading.vote_results(s, kiez.id)
        assert (ranked[0].text, ranked[0].votes) == ("Schulungen für Ehrenamtliche", 4)


def test_demo_grant_for_the_pilots_is_marked_as_example_and_passes_the_checks(demo_ws) -> None:
    from datetime import date

    from sqlalchemy import select

    from workbench.model import Grant
    from workbench.model.funding import position_totals
    from workbench.services.funding_checks import check_all, load_grant

    with demo_ws.session() as s:
        grant = load_grant(s, s.scalars(select(Grant.id)).one())
        assert "Beispiel" in grant.title and len(grant.measure_links) == 5
        assert all("(Beispiel)" in r.purpose for r in grant.receipts)
        assert sum(t.planned for t in position_totals(grant)) * 65 // 100 == grant.approved_cents
        assert check_all(s, date(2026, 6, 1)) == []  # a plausible, consistent example


def test_the_demo_moves_with_today(tmp_path: Path) -> None:
    """Made a year after DEMO_YEAR, every date and budget year of the demo is a year later
    (the grant's period, its plan's years, a measure's end, the receipts), the file number
    a coordinator looks up stays, and the demo is as clean then as it is now."""
    from datetime import date

    from workbench.model import Grant, PlannedCost, Receipt
    from workbench.services.check import check_workspace
    from workbench.store.demo import DEMO_YEAR, create_demo

    now, later = date(DEMO_YEAR, 12, 5), date(DEMO_YEAR + 1, 12, 5)
    seen = {}
    for day in (now, later):
        ws = create_demo(tmp_path / f"{day.year}.werkbank", today=day)
        with ws.session() as s:
            grant = s.scalars(select(Grant)).one()
            seen[day] = (
                grant.file_number,
                grant.start_date,
                grant.end_date,
                min(s.scalars(select(PlannedCost.year))),
                s.scalars(select(Measure.end_date).where(Measure.code == "P-01")).one(),
                min(s.scalars(select(Receipt.paid_on))),
            )
            assert [
                str(f) for f in check_workspace(s, today=day) if not f.where.startswith("Zeitplan")
            ] == []
        ws.close()
    (number, start, end, year, p01, paid), moved = seen[now], seen[later]
    assert moved == (
        number,
        start.replace(year=start.year + 1),
        end.replace(year=end.year + 1),
        year + 1,
        p01.replace(year=p01.year + 1),
        paid.replace(year=paid.year + 1),
    )
    assert number == "436-BSP-2023-0815"


def test_the_dump_is_the_bytes_python_json_writes_of_the_stored_values(demo_ws: Workspace) -> None:
    """The streamed dump (SQLite writes each row) against json.dumps of the values as
    Python reads them: floats SQLite cannot write as Python does (0.1 + 0.2, 1e-05, 1e+20,
    the smallest float), text with quotes, backslashes, %, control characters, umlauts."""
    import sqlite3

    from workbench.store.entity_columns import ENTITY_COLUMNS

    floats = [0.1 + 0.2, 1e-05, 1e20, 5e-324, 123456789012345.6, -2.5, 3150.0, 1 / 3, 0.0]
    floats += [0.123456789012345, -1234.56789012345, 0.0001]  # 15 digits: SQLite writes them
    with demo_ws.engine.begin() as conn:
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM indicator_values").fetchall()]
        for row_id, value in zip(ids, floats, strict=False):
            conn.exec_driver_sql(
                "UPDATE indicator_values SET value = ?, note = ? WHERE id = ?",
                (value, 'Zitat "x" \\ 100 % \t Straße\u2028 %s', row_id),
            )
    with demo_ws.session() as s:
        dumped = dump_json(s)
    raw = sqlite3.connect(demo_ws.path)
    expected: dict[str, list[dict[str, object]]] = {}
    for table, words in ENTITY_COLUMNS.items():
        columns = [(w.partition(":")[0], w.partition(":")[2]) for w in words.split()]
        names = ", ".join(f'"{name}"' for name, _ in columns)
        expected[table] = [
            {
                name: (bool(v) if kind == "b" and v is not None else v)
                for (name, kind), v in zip(columns, row, strict=True)
            }
            for row in raw.execute(f'SELECT {names} FROM "{table}" ORDER BY id')  # noqa: S608
        ]
    raw.close()
    assert len(ids) >= len(floats)
    assert dumped == json.dumps(expected, sort_keys=True, ensure_ascii=False, indent=1) + "\n"


def test_the_dump_s_table_of_columns_is_the_model_s() -> None:
    """store.entity_columns is data so that `dump` declares no ORM class; after a
    migration this test prints what to put there."""
    from sqlalchemy import Boolean, Float, inspect

    from workbench.model import entity_classes
    from workbench.store.entity_columns import ENTITY_COLUMNS

    def kind(t: object) -> str:
        return ":f" if isinstance(t, Float) else ":b" if isinstance(t, Boolean) else ""

    model = {
        cls.__tablename__: " ".join(
            a.key + kind(a.columns[0].type)
            for a in sorted(inspect(cls).column_attrs, key=lambda a: a.key)
        )
        for cls in entity_classes()
    }
    assert all(  # the dump reads columns by the attributes' names
        a.key == a.columns[0].name for cls in entity_classes() for a in inspect(cls).column_attrs
    )
    assert model == ENTITY_COLUMNS, "\n".join(f'"{t}": "{w}",' for t, w in sorted(model.items()))
