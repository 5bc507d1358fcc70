"""MS Project files both ways, read and written by an independent program: MPXJ (a Java
library, through JPype on Debian's JRE) reads what `workbench export msproject` writes –
tasks, milestones, links, dates, % complete, the lead unit as resource – and writes the
plans that `workbench import msproject` takes back (dates moved, a milestone and a
measure added in „MS Project“), previewed field by field, one undo step."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.helpers import cli
from workbench.model import Dependency, Measure, Milestone
from workbench.services import msproject, roadmap
from workbench.services.operations import execute, revert
from workbench.store.workspace import Workspace


@pytest.fixture(scope="module")
def mpxj():
    """MPXJ's reader and writer classes; skipped (only these tests) without a JRE."""
    if shutil.which("java") is None:
        pytest.skip("Kein Java (Debian: default-jre-headless): MPXJ liest die Dateien nicht mit")
    jpype = pytest.importorskip("jpype")
    pytest.importorskip("mpxj")  # puts MPXJ's jars on the class path
    if not jpype.isJVMStarted():
        jpype.startJVM()
    from org.mpxj import RelationType  # type: ignore[import-not-found]
    from org.mpxj.mspdi import MSPDIWriter  # type: ignore[import-not-found]
    from org.mpxj.reader import UniversalProjectReader  # type: ignore[import-not-found]

    return UniversalProjectReader, MSPDIWriter, RelationType


def _day(value) -> date:
    return date(value.getYear(), value.getMonthValue(), value.getDayOfMonth())


@pytest.mark.slow  # starts a Java VM for MPXJ
def test_mpxj_reads_every_measure_milestone_link_and_date(
    demo_ws: Workspace, tmp_path: Path, mpxj
) -> None:
    reader, _writer, relation = mpxj
    path = tmp_path / "plan.xml"
    with demo_ws.session() as s:
        result = msproject.export_msproject(s, path, "field", title="Gemeinsam Digital")
        plan = roadmap.roadmap(s, "field")
        measures = {
            m.id: (
                f"{m.code} {m.title}",
                (m.start_date, m.end_date),
                100 if m.status.value == "done" else (m.phase.number - 1) * 20,
                [m.lead_unit.short_name or m.lead_unit.name] if m.lead_unit else [],
            )
            for m in s.scalars(select(Measure).where(Measure.deleted_at.is_(None)))
        }
        links = {(d.measure_id, d.depends_on_id) for d in s.scalars(select(Dependency))}
        marks = {
            m.id: (m.due_date, m.measure_id)
            for m in s.scalars(select(Milestone))
            if m.due_date and m.measure_id in measures
        }
    project = reader().read(str(path))
    tasks = [t for t in project.getTasks() if t.getOutlineLevel() and int(t.getOutlineLevel()) > 0]
    by_id = {str(t.getText(1)): t for t in tasks if t.getText(1)}
    # every measure once, with its dates, its phase's % and its lead unit
    assert result.measures == len(measures) == sum(1 for i in by_id if i in measures)
    for mid, (name, dates, percent, lead) in measures.items():
        task = by_id[mid]
        assert str(task.getName()) == name
        assert (_day(task.getStart()), _day(task.getFinish())) == dates
        assert int(task.getPercentageComplete()) == percent  # phase 1: 0 %, each phase +20 %
        assert [
            str(a.getResource().getName()) for a in task.getResourceAssignments() if a.getResource()
        ] == lead
    # every dated milestone as a milestone below its measure, on its day
    assert result.milestones == len(marks)
    for mid, (due, measure_id) in marks.items():
        task = by_id[mid]
        assert bool(task.getMilestone()) and _day(task.getStart()) == due
        assert str(task.getParentTask().getText(1)) == measure_id
    # every dependency as a finish-to-start link
    found = set()
    for task in tasks:
        for link in task.getPredecessors():
            assert link.getType() == relation.FINISH_START
            found.add((str(task.getText(1)), str(link.getPredecessorTask().getText(1))))
    assert found == links and result.links == len(links)
    # the groups are the roadmap's lanes, in order
    groups = [str(t.getName()) for t in tasks if int(t.getOutlineLevel()) == 1]
    assert groups == [lane.title for lane in plan.lanes]


@pytest.mark.slow  # starts a Java VM for MPXJ
def test_a_plan_written_by_mpxj_comes_back_with_dates_a_milestone_and_a_measure(
    demo_path: Path, tmp_path: Path, mpxj
) -> None:
    reader, writer, _relation = mpxj
    import jpype
    from java.time import LocalDateTime  # type: ignore[import-not-found]

    exported = tmp_path / "plan.xml"
    assert cli("export", "msproject", demo_path, "-o", exported)[0] == 0
    ws = Workspace.open(demo_path)
    with ws.session() as s:
        p04 = s.scalars(select(Measure).where(Measure.code == "P-04")).one()
        field = sorted(p04.fields, key=lambda f: f.name)[0].name
        mark = next(m for m in p04.milestones if m.due_date)
        before = (p04.start_date, p04.end_date, mark.due_date)
        count = len(s.scalars(select(Measure)).all())
    ws.close()
    project = reader().read(str(exported))
    tasks = {str(t.getText(1)): t for t in project.getTasks() if t.getText(1)}
    # in „MS Project“: P-04 ends on 31.12.2026, its milestone moves to 15.06.2026, a new
    # milestone „Abnahme“ on 01.12.2026 below it, a new task in P-04's Handlungsfeld
    tasks[p04.id].setFinish(LocalDateTime.of(2026, 12, 31, 17, 0))
    tasks[mark.id].setStart(LocalDateTime.of(2026, 6, 15, 8, 0))
    tasks[mark.id].setFinish(LocalDateTime.of(2026, 6, 15, 8, 0))
    added = tasks[p04.id].addTask()
    added.setName("Abnahme")
    added.setMilestone(True)
    added.setStart(LocalDateTime.of(2026, 12, 1, 8, 0))
    added.setFinish(LocalDateTime.of(2026, 12, 1, 8, 0))
    group = next(t for t in project.getTasks() if str(t.getName()) == field)
    new = group.addTask()
    new.setName("Sensornetz Pilot")
    new.setStart(LocalDateTime.of(2027, 3, 1, 8, 0))
    new.setFinish(LocalDateTime.of(2027, 10, 29, 17, 0))
    project.getTasks().synchronizeTaskIDToHierarchy()  # as saving in a planning tool does
    for number, task in enumerate((added, new), 90_001):
        task.setUniqueID(jpype.JInt(number))
    back = tmp_path / "zurueck.xml"
    writer().write(project, str(back))
    code, out, err = cli("import", "msproject", demo_path, back, "--dry-run")
    assert code == 0, err
    assert "Ende: 30.09.2026 → 31.12.2026" in out
    assert f"Fällig am: {mark.due_date.strftime('%d.%m.%Y')} → 15.06.2026" in out
    assert "neu – P-04 Meilenstein „Abnahme“" in out and "Fällig am: 01.12.2026" in out
    assert "neu –  Sensornetz Pilot" in out and f"Handlungsfeld: {field}" in out
    assert "Probelauf: nichts geschrieben" in out
    ws = Workspace.open(demo_path)
    with ws.session() as s:
        plan = msproject.preview_msproject(s, back)
    assert plan.summary().startswith("2 neu, 2 geändert")
    counts, undo = execute(ws, "Projektplan", msproject.apply_msproject, plan)
    with ws.session() as s:
        p04 = s.get(Measure, p04.id)
        assert p04.end_date == date(2026, 12, 31)
        assert s.get(Milestone, mark.id).due_date == date(2026, 6, 15)
        assert any(m.title == "Abnahme" and m.due_date == date(2026, 12, 1) for m in p04.milestones)
        pilot = s.scalars(select(Measure).where(Measure.title == "Sensornetz Pilot")).one()
        assert (pilot.start_date, pilot.end_date) == (date(2027, 3, 1), date(2027, 10, 29))
        assert [f.name for f in pilot.fields] == [field]
    revert(ws, undo)  # one undo step takes it all back
    with ws.session() as s:
        p04 = s.get(Measure, p04.id)
        assert (p04.start_date, p04.end_date, s.get(Milestone, mark.id).due_date) == before
        assert len(s.scalars(select(Measure)).all()) == count
    ws.close()


def test_what_cannot_be_mapped_is_named_and_a_bad_file_is_one_german_line(
    demo_path: Path, tmp_path: Path
) -> None:
    exported = tmp_path / "plan.xml"
    assert cli("export", "msproject", demo_path, "-o", exported)[0] == 0
    text = exported.read_text(encoding="utf-8")
    # an end before its start, in the first measure's task
    start = text.index("<Finish>", text.index("<OutlineLevel>2</OutlineLevel>"))
    broken = (
        text[:start]
        + "<Finish>2000-01-01T17:00:00</Finish>"
        + text[text.index("</Finish>", start) + 9 :]
    )
    bad = tmp_path / "kaputt.xml"
    bad.write_text(broken, encoding="utf-8")
    code, out, err = cli("import", "msproject", demo_path, bad)
    assert code != 0 and "Fehler: Aufgaben, Zeile" in out and "liegt vor dem Beginn" in out
    for content, words in (
        ("<html/>", "keine MS-Project-XML-Datei (MSPDI)"),
        ("<Project", "keine lesbare MS-Project-XML-Datei"),
        (
            '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaa">]><Project xmlns="http://schemas.microsoft.com/project">&a;</Project>',
            "keine lesbare MS-Project-XML-Datei",
        ),
    ):
        bad.write_text(content, encoding="utf-8")
        code, _out, err = cli("import", "msproject", demo_path, bad)
        assert code != 0 and words in err and "Traceback" not in err, err
