"""MS Project files (MSPDI XML) both ways: the roadmap written as a project plan for MS
Project, ProjectLibre and GanttProject, and a plan that came back compared with the
workspace field by field – dates of measures and milestones, new milestones and new
measures – as the Excel round trip does (the same preview, one undo step). What cannot be
mapped is named and left as it is.

% complete follows the phase of the five-phase process (DOMAIN.md): phase 1 is 0 %, each
later phase 20 % more; a measure „abgeschlossen“ is 100 %."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.exports.errors import ExportError
from workbench.exports.excel_import import ImportPlan, Problem, RowKind, RowPlan
from workbench.exports.msproject import ExportTask, ReadTask, read_mspdi, write_mspdi
from workbench.formats import format_date, plural
from workbench.i18n import tr
from workbench.model import Dependency, FieldOfAction, Measure, Milestone
from workbench.model.enums import MeasureStatus
from workbench.services import roadmap
from workbench.services.errors import ServiceError
from workbench.services.measure_list import measure_rows

SHEET = tr("Aufgaben")


@dataclass(frozen=True)
class ProjectExport:
    path: Path
    measures: int
    milestones: int
    links: int
    skipped: list[str]  # measures not written (no complete period), as „code title“


def percent_complete(phase_number: int | None, status: MeasureStatus) -> int:
    if status is MeasureStatus.DONE:
        return 100
    return max(0, min(4, (phase_number or 1) - 1)) * 20


def export_msproject(
    session: Session,
    path: Path,
    group_by: str = "field",
    measure_ids: set[str] | None = None,
    title: str = "",
    today: date | None = None,
) -> ProjectExport:
    """The roadmap as an MSPDI file: a summary task per group, each measure once (in its
    first group), its milestones as milestone tasks below it, its dependencies as links."""
    today = today or date.today()
    plan = roadmap.roadmap(session, group_by, measure_ids, today=today)
    rows = {r.id: r for r in measure_rows(session, measure_ids)}
    written: set[str] = set()
    skipped: list[str] = []
    groups: list[ExportTask] = []
    milestones = links = 0
    for lane in plan.lanes:
        children = []
        for bar in lane.bars:
            if bar.id in written:
                continue  # a measure financed by two grants: in the first grant's group
            if bar.start is None or bar.end is None:
                skipped.append(f"{bar.code} {bar.title}")
                continue
            written.add(bar.id)
            row = rows[bar.id]
            marks = tuple(
                ExportTask(
                    m.title,
                    m.id,
                    m.due,
                    m.due,
                    milestone=True,
                    percent=100 if m.done else 0,
                )
                for m in bar.milestones
            )
            milestones += len(marks)
            links += len(bar.predecessors)
            children.append(
                ExportTask(
                    f"{bar.code} {bar.title}",
                    bar.id,
                    bar.start,
                    bar.end,
                    percent=percent_complete(row.phase_number, row.status),
                    resource=row.lead_unit_name,
                    predecessors=bar.predecessors,
                    children=marks,
                )
            )
        if children:
            groups.append(ExportTask(lane.title, children=tuple(children)))
    try:
        write_mspdi(title or tr("Zeitplan"), groups, path, today)
    except ExportError as exc:
        raise ServiceError(str(exc)) from exc
    return ProjectExport(path, len(written), milestones, links, skipped)


# -- import -------------------------------------------------------------------------------------
@dataclass
class TaskRow(RowPlan):
    """One task of the plan: what it changes of a measure (*milestone_id* None) or of a
    milestone, or what it adds (a milestone of *parent_id*, or a measure in *field_id*)."""

    milestone_id: str | None = None
    parent_id: str | None = None  # a new milestone's measure
    field_ids: list[str] = field(default_factory=list)  # a new measure's Handlungsfeld


def preview_msproject(session: Session, path: Path) -> ImportPlan:
    """What a project plan from MS Project would change; nothing is written."""
    try:
        tasks = read_mspdi(path)
    except ExportError as exc:
        raise ServiceError(str(exc)) from exc
    measures = {
        m.id: m for m in session.scalars(select(Measure).where(Measure.deleted_at.is_(None)))
    }
    milestones = {m.id: m for m in session.scalars(select(Milestone)) if m.measure_id in measures}
    fields = {f.name: f.id for f in session.scalars(select(FieldOfAction))}
    by_uid = {t.uid: t for t in tasks}
    plan = ImportPlan()

    def hint(task: ReadTask, text: str, blocking: bool = False) -> None:
        plan.problems.append(Problem(SHEET, task.line, "", f"„{task.name}“: {text}", blocking))

    for task in tasks:
        parent = by_uid.get(task.parent_uid) if task.parent_uid is not None else None
        if task.werkbank_id in measures:
            plan.rows.append(_measure_row(task, measures[task.werkbank_id], hint))
        elif task.werkbank_id in milestones:
            plan.rows.append(_milestone_row(task, milestones[task.werkbank_id], hint))
        elif task.werkbank_id:
            hint(task, tr("gibt es in der Arbeitsmappe nicht (mehr); nicht übernommen."))
        elif task.milestone and parent is not None and parent.werkbank_id in measures:
            if task.start is None:
                hint(task, tr("neuer Meilenstein ohne Datum; nicht übernommen."))
                continue
            plan.rows.append(_new_milestone(task, measures[parent.werkbank_id]))
        elif task.summary:
            continue  # a group (Handlungsfeld, phase …): a grouping, nothing to take over
        elif parent is not None and parent.werkbank_id in measures:
            hint(
                task, tr("Teilaufgaben einer Maßnahme gibt es in Werkbank nicht; nicht übernommen.")
            )
        else:
            field_id = fields.get(parent.name) if parent is not None else None
            if field_id is None:
                hint(
                    task,
                    tr(
                        "eine neue Maßnahme braucht ein Handlungsfeld: die Aufgabe unter die Sammelaufgabe eines Handlungsfelds stellen; nicht übernommen."
                    ),
                )
                continue
            _check_period(task, hint)
            plan.rows.append(_new_measure(task, parent, field_id))
    _links(session, tasks, measures, plan)
    plan.mark_errors()
    return plan


def _new_milestone(task: ReadTask, measure: Measure) -> TaskRow:
    """A milestone new in the plan, below the measure it belongs to."""
    return TaskRow(
        task.line,
        RowKind.NEW,
        None,
        measure.code,
        tr("Meilenstein „{title}“").format(title=task.name),
        {"title": task.name, "due_date": task.start},
        [(tr("Fällig am"), "", format_date(task.start))],
        parent_id=measure.id,
    )


def _new_measure(task: ReadTask, parent: ReadTask | None, field_id: str) -> TaskRow:
    """A measure new in the plan, under the summary task of its Handlungsfeld."""
    return TaskRow(
        task.line,
        RowKind.NEW,
        None,
        "",
        task.name,
        {"title": task.name, "start_date": task.start, "end_date": task.finish},
        [
            (tr("Handlungsfeld"), "", parent.name if parent else ""),
            (tr("Beginn"), "", format_date(task.start)),
            (tr("Ende"), "", format_date(task.finish)),
        ],
        field_ids=[field_id],
    )


def _measure_row(task: ReadTask, measure: Measure, hint: Any) -> TaskRow:
    values: dict[str, Any] = {}
    changes = []
    for key, label, old, new in (
        ("start_date", tr("Beginn"), measure.start_date, task.start),
        ("end_date", tr("Ende"), measure.end_date, task.finish),
    ):
        if new is not None and new != old:
            values[key] = new
            changes.append((label, format_date(old), format_date(new)))
    _check_period(task, hint)
    name = task.name.removeprefix(f"{measure.code} ").strip()
    if name and name != measure.title:
        hint(
            task,
            tr(
                "der Titel weicht ab („{title}“ in Werkbank); Titel werden nicht übernommen."
            ).format(title=measure.title),
        )
    return TaskRow(
        task.line,
        RowKind.CHANGED if values else RowKind.UNCHANGED,
        measure.id,
        measure.code,
        measure.title,
        values,
        changes,
    )


def _milestone_row(task: ReadTask, milestone: Milestone, hint: Any) -> TaskRow:
    values: dict[str, Any] = {}
    changes = []
    if task.start is not None and task.start != milestone.due_date:
        values["due_date"] = task.start
        changes.append((tr("Fällig am"), format_date(milestone.due_date), format_date(task.start)))
    if not task.milestone:
        hint(task, tr("ist in der Datei kein Meilenstein mehr; nur das Datum wird übernommen."))
    return TaskRow(
        task.line,
        RowKind.CHANGED if values else RowKind.UNCHANGED,
        milestone.measure_id,
        milestone.measure.code,
        tr("Meilenstein „{title}“").format(title=milestone.title),
        values,
        changes,
        milestone_id=milestone.id,
    )


def _check_period(task: ReadTask, hint: Any) -> None:
    if task.start and task.finish and task.finish < task.start:
        hint(
            task,
            tr("das Ende ({end}) liegt vor dem Beginn ({start}).").format(
                end=format_date(task.finish), start=format_date(task.start)
            ),
            blocking=True,
        )


def _links(
    session: Session, tasks: list[ReadTask], measures: dict[str, Measure], plan: ImportPlan
) -> None:
    """Links are kept in Werkbank (Abhängigkeiten of a measure): one that differs is named."""
    known = {(d.measure_id, d.depends_on_id) for d in session.scalars(select(Dependency))}
    id_of = {t.uid: t.werkbank_id for t in tasks}
    for task in tasks:
        if task.werkbank_id not in measures:
            continue
        for uid, kind, _lag in task.predecessors:
            before = id_of.get(uid, "")
            if before in measures and kind == 1 and (task.werkbank_id, before) in known:
                continue
            plan.problems.append(
                Problem(
                    SHEET,
                    task.line,
                    "",
                    tr(
                        "„{task}“: die Verknüpfung mit Aufgabe {uid} ist in Werkbank keine Abhängigkeit (Ende–Anfang zwischen Maßnahmen); nicht übernommen."
                    ).format(task=task.name, uid=uid),
                    blocking=False,
                )
            )


def apply_msproject(session: Session, plan: ImportPlan) -> dict[RowKind, int]:
    """Write a confirmed plan (inside one execute(): one undo step); refused with errors."""
    from workbench.services import items
    from workbench.services import measures as measure_service

    if plan.errors:
        raise ServiceError(
            tr(
                "Der Projektplan hat {value} Fehler; es wird nichts übernommen. Erster Fehler: {value2}"
            ).format(value=len(plan.errors), value2=plan.errors[0])
        )
    counts = {RowKind.NEW: 0, RowKind.CHANGED: 0}
    for row in plan.rows:
        if not isinstance(row, TaskRow) or row.kind not in counts:
            continue
        try:
            if row.kind is RowKind.CHANGED and row.milestone_id:
                items.update_item(session, Milestone, row.milestone_id, row.values)
            elif row.kind is RowKind.CHANGED:
                assert row.measure_id is not None
                measure_service.update_measure(session, row.measure_id, row.values)
            elif row.parent_id:
                items.add_item(session, Milestone, row.parent_id, row.values)
            else:
                values = dict(row.values)
                measure_service.create_measure(
                    session, values.pop("title"), row.field_ids, **values
                )
        except ServiceError as exc:
            raise ServiceError(
                tr("{sheet}, Zeile {row}: {exc}").format(sheet=SHEET, row=row.row, exc=exc)
            ) from exc
        counts[row.kind] += 1
    return counts


def describe_export(result: ProjectExport) -> str:
    text = tr("{measures}, {milestones}, {links} geschrieben: {path}").format(
        measures=plural(result.measures, tr("Maßnahme"), tr("Maßnahmen")),
        milestones=plural(result.milestones, tr("Meilenstein"), tr("Meilensteine")),
        links=plural(result.links, tr("Verknüpfung"), tr("Verknüpfungen")),
        path=result.path,
    )
    if result.skipped:
        text += "\n" + tr("Ohne vollständigen Zeitraum, nicht im Plan: {list}").format(
            list="; ".join(result.skipped)
        )
    return text
