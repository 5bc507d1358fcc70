"""MS Project's XML exchange format (MSPDI): written for MS Project, ProjectLibre and
GanttProject from plain task data, and read back (defusedxml: no entities, bounded size)
into plain tasks that services.msproject compares with the workspace.

What Werkbank writes: a task per group (summary), a task per measure (a summary task when
it has milestones, which are its children), finish-to-start links, % complete, the lead
unit as a resource with an assignment, a standard calendar (Monday to Friday, 8 to 17
o'clock), and the Werkbank id of each measure and milestone in the extended attribute
Text1 („Werkbank-ID“), by which an import finds them again."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from workbench.exports.docx_base import save_atomically
from workbench.exports.errors import ExportError
from workbench.formats import CONTROL_CHARS
from workbench.i18n import tr

NS = "http://schemas.microsoft.com/project"
#: MS Project's field id of Text1, where the Werkbank id of a task is kept.
TEXT1 = "188743731"
ID_ALIAS = "Werkbank-ID"
#: Files of a strategy hold a few thousand tasks; a file far larger is not one of ours.
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_TASKS = 100_000


@dataclass(frozen=True)
class ExportTask:
    """One task as written: *children* are written below it (outline level + 1)."""

    name: str
    werkbank_id: str = ""  # a measure's or milestone's id; "" for a group
    start: date | None = None
    finish: date | None = None
    milestone: bool = False
    percent: int = 0
    resource: str = ""  # the lead unit's name
    notes: str = ""
    predecessors: tuple[str, ...] = ()  # werkbank ids of the measures it depends on
    children: tuple[ExportTask, ...] = ()


@dataclass
class ReadTask:
    """One task of a file, as read."""

    uid: int
    line: int  # its ID (the row number MS Project shows)
    name: str
    level: int
    parent_uid: int | None
    start: date | None
    finish: date | None
    milestone: bool
    summary: bool
    werkbank_id: str
    predecessors: list[tuple[int, int, str]] = field(default_factory=list)  # uid, type, lag


def _stamp(day: date, end: bool = False) -> str:
    return f"{day.isoformat()}T{'17' if end else '08'}:00:00"


def working_days(start: date, finish: date) -> int:
    """Monday to Friday from *start* to *finish*, both counted."""
    days, day = 0, start
    full_weeks = (finish - start).days // 7
    days += full_weeks * 5
    day = start + timedelta(days=full_weeks * 7)
    while day <= finish:
        days += day.weekday() < 5
        day += timedelta(days=1)
    return days


def _text(value: str) -> str:
    """Text for the XML: control characters (which XML 1.0 cannot hold) left out."""
    return escape(CONTROL_CHARS.sub("", value))


def write_mspdi(title: str, tasks: list[ExportTask], path: Path, today: date) -> Path:
    """Write *tasks* (groups with measures, or measures) as an MSPDI file."""
    lines: list[str] = []
    flat: list[tuple[ExportTask, int, str]] = []  # task, level, outline number

    def walk(items: tuple[ExportTask, ...] | list[ExportTask], level: int, prefix: str) -> None:
        for n, task in enumerate(items, 1):
            number = f"{prefix}{n}"
            flat.append((task, level, number))
            walk(task.children, level + 1, number + ".")

    walk([_spanned(t) for t in tasks], 1, "")
    uid_of = {t.werkbank_id: uid for uid, (t, _, _) in enumerate(flat, 1) if t.werkbank_id}
    resources = sorted({t.resource for t, _, _ in flat if t.resource})
    resource_uid = {name: uid for uid, name in enumerate(resources, 1)}
    dated = [d for t, _, _ in flat for d in (t.start, t.finish) if d]
    first, last = (min(dated), max(dated)) if dated else (today, today)
    add = lines.append
    lines += _project_header(title, first, last, today)
    add("<Tasks>")
    add(
        f"<Task><UID>0</UID><ID>0</ID><Name>{_text(title)}</Name><OutlineNumber>0</OutlineNumber>"
        "<OutlineLevel>0</OutlineLevel><Summary>1</Summary>"
        f"<Start>{_stamp(first)}</Start><Finish>{_stamp(last, True)}</Finish></Task>"
    )
    assignments: list[tuple[int, int]] = []
    for uid, (task, level, number) in enumerate(flat, 1):
        add(_task(task, uid, level, number, uid_of))
        if task.resource:  # a measure's lead unit, also where its milestones are below it
            assignments.append((uid, resource_uid[task.resource]))
    lines += _resources(resource_uid, assignments)
    data = "\n".join(lines).encode("utf-8")

    def write(tmp: str) -> None:
        Path(tmp).write_bytes(data)

    return save_atomically(path, write)


def _project_header(title: str, first: date, last: date, today: date) -> list[str]:
    """The project's own elements: name, dates, the working week of 8 to 17 o'clock on
    Monday to Friday, and Text1 named „Werkbank-ID“."""
    lines: list[str] = []
    add = lines.append
    add('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')
    add(f'<Project xmlns="{NS}">')
    add("<SaveVersion>14</SaveVersion>")
    add(f"<Name>{_text(title)}.xml</Name><Title>{_text(title)}</Title>")
    add(f"<CreationDate>{_stamp(today)}</CreationDate>")
    add(f"<StartDate>{_stamp(first)}</StartDate><FinishDate>{_stamp(last, True)}</FinishDate>")
    add("<ScheduleFromStart>1</ScheduleFromStart><CalendarUID>1</CalendarUID>")
    add("<DefaultStartTime>08:00:00</DefaultStartTime>")
    add("<DefaultFinishTime>17:00:00</DefaultFinishTime>")
    add("<MinutesPerDay>480</MinutesPerDay><MinutesPerWeek>2400</MinutesPerWeek>")
    add("<DaysPerMonth>20</DaysPerMonth><WeekStartDay>1</WeekStartDay>")
    add("<DurationFormat>7</DurationFormat><NewTasksEstimated>0</NewTasksEstimated>")
    add("<ExtendedAttributes><ExtendedAttribute>")
    add(f"<FieldID>{TEXT1}</FieldID><FieldName>Text1</FieldName><Alias>{ID_ALIAS}</Alias>")
    add("</ExtendedAttribute></ExtendedAttributes>")
    add("<Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar>")
    add("<BaseCalendarUID>-1</BaseCalendarUID><WeekDays>")
    for day_type in range(1, 8):  # 1 Sunday … 7 Saturday
        if day_type in (1, 7):
            add(f"<WeekDay><DayType>{day_type}</DayType><DayWorking>0</DayWorking></WeekDay>")
        else:
            add(
                f"<WeekDay><DayType>{day_type}</DayType><DayWorking>1</DayWorking><WorkingTimes>"
                "<WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime>"
                "<WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime>"
                "</WorkingTimes></WeekDay>"
            )
    add("</WeekDays></Calendar></Calendars>")
    return lines


def _resources(resource_uid: dict[str, int], assignments: list[tuple[int, int]]) -> list[str]:
    """The lead units as resources, and which task each is assigned to."""
    lines: list[str] = []
    add = lines.append
    add("</Tasks><Resources>")
    for name, uid in resource_uid.items():
        add(
            f"<Resource><UID>{uid}</UID><ID>{uid}</ID><Name>{_text(name)}</Name>"
            "<Type>1</Type><CalendarUID>1</CalendarUID></Resource>"
        )
    add("</Resources><Assignments>")
    for n, (task_uid, res_uid) in enumerate(assignments, 1):
        add(
            f"<Assignment><UID>{n}</UID><TaskUID>{task_uid}</TaskUID>"
            f"<ResourceUID>{res_uid}</ResourceUID><Units>1</Units></Assignment>"
        )
    add("</Assignments></Project>")
    return lines


def _spanned(task: ExportTask) -> ExportTask:
    """A group's summary task with the dates of what it holds (MS Project shows them)."""
    if not task.children or (task.start and task.finish):
        return task
    children = tuple(_spanned(c) for c in task.children)
    starts = [c.start for c in children if c.start]
    ends = [c.finish for c in children if c.finish]
    return replace(
        task,
        children=children,
        start=min(starts) if starts else None,
        finish=max(ends) if ends else None,
    )


def _task(task: ExportTask, uid: int, level: int, number: str, uid_of: dict[str, int]) -> str:
    parts = [
        f"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>{_text(task.name)}</Name>",
        f"<OutlineNumber>{number}</OutlineNumber><OutlineLevel>{level}</OutlineLevel>",
        f"<Summary>{int(bool(task.children))}</Summary><Milestone>{int(task.milestone)}</Milestone>",
    ]
    if task.start and task.finish:
        if task.milestone:
            parts.append(
                f"<Start>{_stamp(task.start)}</Start><Finish>{_stamp(task.start)}</Finish>"
                "<Duration>PT0H0M0S</Duration><DurationFormat>7</DurationFormat>"
            )
        else:
            hours = max(working_days(task.start, task.finish), 1) * 8
            parts.append(
                f"<Start>{_stamp(task.start)}</Start><Finish>{_stamp(task.finish, True)}</Finish>"
                f"<Duration>PT{hours}H0M0S</Duration><DurationFormat>7</DurationFormat>"
            )
        if not task.children:  # the dates stand as planned, not as the calendar would shift
            parts.append(
                f"<ConstraintType>4</ConstraintType><ConstraintDate>{_stamp(task.start)}"
                "</ConstraintDate>"
            )
    parts.append(f"<PercentComplete>{task.percent}</PercentComplete>")
    if task.notes:
        parts.append(f"<Notes>{_text(task.notes)}</Notes>")
    for before in task.predecessors:
        if before in uid_of:
            parts.append(
                f"<PredecessorLink><PredecessorUID>{uid_of[before]}</PredecessorUID>"
                "<Type>1</Type><LinkLag>0</LinkLag><LagFormat>7</LagFormat></PredecessorLink>"
            )
    if task.werkbank_id:
        parts.append(
            f"<ExtendedAttribute><FieldID>{TEXT1}</FieldID><Value>{_text(task.werkbank_id)}"
            "</Value></ExtendedAttribute>"
        )
    parts.append("</Task>")
    return "".join(parts)


# -- reading --------------------------------------------------------------------------------
def read_mspdi(path: Path) -> list[ReadTask]:
    """The tasks of an MSPDI file in their order; ExportError names what is wrong."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, parse

    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ExportError(
            tr("„{name}“ ließ sich nicht lesen: {reason}").format(
                name=path.name, reason=exc.strerror or exc
            )
        ) from None
    if size > MAX_FILE_BYTES:
        raise ExportError(
            tr("„{name}“ ist mit {mb} MB zu groß für einen Projektplan.").format(
                name=path.name, mb=size // (1024 * 1024)
            )
        )
    try:
        root = parse(str(path)).getroot()
    except (ParseError, DefusedXmlException, ValueError) as exc:
        raise ExportError(
            tr("„{name}“ ist keine lesbare MS-Project-XML-Datei ({reason}).").format(
                name=path.name,
                reason=type(exc).__name__ if isinstance(exc, DefusedXmlException) else exc,
            )
        ) from None
    if root.tag != f"{{{NS}}}Project":
        raise ExportError(
            tr(
                "„{name}“ ist keine MS-Project-XML-Datei (MSPDI): das Wurzelelement ist „{tag}“."
            ).format(name=path.name, tag=root.tag.rsplit("}", 1)[-1][:40])
        )
    q = f"{{{NS}}}"
    text1 = TEXT1
    for attribute in root.iterfind(f"{q}ExtendedAttributes/{q}ExtendedAttribute"):
        if (attribute.findtext(f"{q}Alias") or "") == ID_ALIAS:
            text1 = attribute.findtext(f"{q}FieldID") or TEXT1
    tasks: list[ReadTask] = []
    parents: dict[int, int] = {}  # outline level → uid of the latest task there
    for element in root.iterfind(f"{q}Tasks/{q}Task"):
        if len(tasks) >= MAX_TASKS:
            raise ExportError(
                tr("„{name}“ hat mehr als {n} Aufgaben.").format(name=path.name, n=MAX_TASKS)
            )
        task = _read_task(element, q, text1, path.name)
        if task is None:
            continue
        task.parent_uid = parents.get(task.level - 1) if task.level > 1 else None
        parents[task.level] = task.uid
        tasks.append(task)
    return tasks


def _read_task(element: Any, q: str, text1: str, name: str) -> ReadTask | None:
    def number(tag: str, default: int = 0) -> int:
        value = element.findtext(q + tag)
        try:
            return int(value) if value not in (None, "") else default
        except ValueError:
            raise ExportError(
                tr("„{name}“, Aufgabe „{task}“: {tag} ist keine Zahl ({value}).").format(
                    name=name,
                    task=(element.findtext(q + "Name") or "")[:80],
                    tag=tag,
                    value=value[:20],
                )
            ) from None

    level = number("OutlineLevel")
    if level == 0 or element.findtext(q + "IsNull") == "1":
        return None  # the project's own summary task, or an empty row
    werkbank_id = ""
    for attribute in element.iterfind(q + "ExtendedAttribute"):
        if attribute.findtext(q + "FieldID") == text1:
            werkbank_id = (attribute.findtext(q + "Value") or "").strip()
    line = number("ID")
    task = ReadTask(
        uid=number("UID", -line - 1),  # without one (a program that wrote none): its own
        line=line,
        name=CONTROL_CHARS.sub("", (element.findtext(q + "Name") or "").strip())[:300],
        level=level,
        parent_uid=None,
        start=_day(element.findtext(q + "Start"), name),
        finish=_day(element.findtext(q + "Finish"), name),
        milestone=element.findtext(q + "Milestone") == "1",
        summary=element.findtext(q + "Summary") == "1",
        werkbank_id=werkbank_id[:64],
    )
    for link in element.iterfind(q + "PredecessorLink"):
        try:
            before = int(link.findtext(q + "PredecessorUID") or -1)
            kind = int(link.findtext(q + "Type") or 1)
        except ValueError:
            before, kind = -1, 0  # named as a link Werkbank cannot take over
        task.predecessors.append((before, kind, link.findtext(q + "LinkLag") or "0"))
    return task


def _day(text: str | None, name: str) -> date | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.strip()).date()
    except ValueError:
        raise ExportError(
            tr("„{name}“: „{value}“ ist kein Datum.").format(name=name, value=text[:30])
        ) from None
