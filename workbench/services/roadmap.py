"""The strategy over time: every measure as a bar from Beginn to Ende, its milestones, its
dependencies, grouped by Handlungsfeld, phase, lead unit or grant – as plain data for the
Zeitplan section, its table for screen readers and the check; and the moves a user makes
on it (a bar or a milestone by days), through the one write path like every edit."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

from workbench.formats import format_date
from workbench.i18n import tr
from workbench.model import Measure, Milestone
from workbench.services.baselines import Planned, days_text, planned_dates
from workbench.services.errors import NotFoundError
from workbench.services.measure_list import MeasureRow, measure_rows
from workbench.services.measures import update_measure
from workbench.services.validation import fail

#: How the roadmap can group its bars: key → what the choice is called.
GROUPINGS: dict[str, str] = {
    "field": tr("Handlungsfeld"),
    "phase": tr("Phase"),
    "lead": tr("Federführung"),
    "grant": tr("Zuwendung"),
}


@dataclass(frozen=True)
class MilestoneMark:
    id: str
    title: str
    due: date
    done: date | None
    gate: bool
    planned: date | None = None  # its due date in the baseline compared with, if any


@dataclass(frozen=True)
class Bar:
    """One measure on the time axis (start or end may be missing: then it is not drawn,
    and the table says so)."""

    id: str
    code: str
    title: str
    start: date | None
    end: date | None
    milestones: tuple[MilestoneMark, ...]
    predecessors: tuple[str, ...]  # ids of the measures it depends on
    problems: tuple[str, ...]  # German sentences: a dependency or a milestone out of line
    planned: Planned | None = None  # its dates in the baseline compared with, if any

    def describe(self) -> str:
        """What a screen reader hears for the bar: code, title, dates, milestones, problems."""
        when = (
            tr("{start} bis {end}").format(start=format_date(self.start), end=format_date(self.end))
            if self.start and self.end
            else tr("ohne vollständigen Zeitraum")
        )
        parts = [f"{self.code} {self.title}: {when}"]
        if self.planned is not None:
            parts.append(self.compared())
        if self.milestones:
            parts.append(
                tr("Meilensteine: {list}").format(
                    list="; ".join(
                        f"{m.title} {format_date(m.due)}"
                        + (
                            f" ({days_text((m.due - m.planned).days)})"
                            if m.planned and m.planned != m.due
                            else ""
                        )
                        for m in self.milestones
                    )
                )
            )
        parts.extend(self.problems)
        return ". ".join(parts)

    def compared(self) -> str:
        """Its dates in the baseline and how far they moved since, as a sentence."""
        was = self.planned
        if was is None or was.start is None or was.end is None:
            return tr("Im Planstand ohne vollständigen Zeitraum")
        text = tr("Planstand {start} bis {end}").format(
            start=format_date(was.start), end=format_date(was.end)
        )
        if self.start and self.end:
            moved = [
                tr("Beginn {days}").format(days=days_text((self.start - was.start).days))
                if self.start != was.start
                else "",
                tr("Ende {days}").format(days=days_text((self.end - was.end).days))
                if self.end != was.end
                else "",
            ]
            text += ": " + (", ".join(m for m in moved if m) or tr("unverändert"))
        return text


@dataclass(frozen=True)
class Lane:
    title: str
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class Roadmap:
    lanes: tuple[Lane, ...]
    first: date  # the axis: from the earliest start (or milestone) …
    last: date  # … to the latest end, today always inside
    today: date

    def bars(self) -> list[Bar]:
        return [bar for lane in self.lanes for bar in lane.bars]


def roadmap(
    session: Session,
    group_by: str = "field",
    measure_ids: set[str] | None = None,
    today: date | None = None,
    baseline_id: str | None = None,
) -> Roadmap:
    """The measures (all not in the recycle bin, or those in *measure_ids*) as lanes of bars.

    Read with a handful of queries whatever the number of measures (10,000 in the bench):
    the measure rows as the table reads them, then milestones, dependencies and grant
    links each in one scan."""
    if group_by not in GROUPINGS:
        raise fail("group_by", tr("Gruppieren nach: {value}").format(value=", ".join(GROUPINGS)))
    today = today or date.today()
    rows = measure_rows(session, measure_ids)
    known = {r.id for r in rows}
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    marks, depends = _schedule(cursor, known)
    grants = _grants_of_measures(cursor) if group_by == "grant" else {}
    cursor.close()
    planned = planned_dates(session, baseline_id) if baseline_id else None
    by_id = {r.id: r for r in rows}
    bars: dict[str, Bar] = {}
    for r in rows:
        ms = marks.get(r.id, ())
        if planned is not None:
            ms = tuple(replace(m, planned=planned[m.id].end) if m.id in planned else m for m in ms)
        bars[r.id] = Bar(
            r.id,
            r.code,
            r.title,
            r.start_date,
            r.end_date,
            ms,
            tuple(depends.get(r.id, ())),
            tuple(_problems(r, ms, [by_id[d] for d in depends.get(r.id, ())])),
            planned.get(r.id) if planned is not None else None,
        )
    lanes: dict[str, list[Bar]] = defaultdict(list)
    for r in rows:
        for key in _lane_keys(r, group_by, grants):
            lanes[key].append(bars[r.id])
    ordered = sorted(lanes.items(), key=lambda item: (item[0] == _NONE, item[0].casefold()))
    dates = [today, *_dates(bars.values())]
    return Roadmap(
        tuple(
            Lane(title, tuple(sorted(lane, key=lambda b: (b.start or date.max, b.code))))
            for title, lane in ordered
        ),
        min(dates),
        max(dates),
        today,
    )


def _grants_of_measures(cursor: Any) -> dict[str, list[str]]:
    """Per measure, the grants that fund it by file number and title."""
    grants: dict[str, list[str]] = defaultdict(list)
    titles = dict(
        cursor.execute(
            "SELECT id, CASE WHEN file_number <> '' THEN file_number || ' – ' || title "
            "ELSE title END FROM grants"
        ).fetchall()
    )
    for grant_id, measure_id in cursor.execute("SELECT grant_id, measure_id FROM grant_measures"):
        grants[measure_id].append(titles.get(grant_id, ""))
    return grants


def _dates(bars: Iterable[Bar]) -> list[date]:
    """Every date the bars show: their ends, their milestones, their planned dates."""
    dates: list[date] = []
    for bar in bars:
        dates.extend(d for d in (bar.start, bar.end) if d)
        dates.extend(m.due for m in bar.milestones)
        if bar.planned is not None:
            dates.extend(d for d in (bar.planned.start, bar.planned.end) if d)
    return dates


_NONE = "–"


def _schedule(
    cursor: Any, known: Collection[str]
) -> tuple[dict[str, tuple[MilestoneMark, ...]], dict[str, list[str]]]:
    """The dated milestones (by due date) and the dependencies of the measures in *known*,
    each read in one scan."""
    marks: dict[str, list[MilestoneMark]] = defaultdict(list)
    for mid, measure_id, title, due, done, gate in cursor.execute(
        "SELECT id, measure_id, title, due_date, done_on, is_gate FROM milestones "
        "WHERE due_date IS NOT NULL"
    ):
        if measure_id in known:
            marks[measure_id].append(
                MilestoneMark(
                    mid,
                    title,
                    date.fromisoformat(due),
                    date.fromisoformat(done) if done else None,
                    bool(gate),
                )
            )
    depends: dict[str, list[str]] = defaultdict(list)
    for measure_id, depends_on in cursor.execute(
        "SELECT measure_id, depends_on_id FROM dependencies"
    ):
        if measure_id in known and depends_on in known:
            depends[measure_id].append(depends_on)
    ordered = {
        measure_id: tuple(sorted(found, key=lambda m: (m.due, m.title)))
        for measure_id, found in marks.items()
    }
    return ordered, depends


class _Span(NamedTuple):
    """What the schedule's rules read of a measure."""

    code: str
    title: str
    start_date: date | None
    end_date: date | None


def schedule_problems(session: Session) -> list[tuple[str, str, str]]:
    """(code, title, problem) of every measure whose dates do not fit what it depends on or
    its milestones – what `check` lists, read without building the whole roadmap."""
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    iso = date.fromisoformat
    spans = {
        mid: _Span(code, title, iso(start) if start else None, iso(end) if end else None)
        for mid, code, title, start, end in cursor.execute(
            "SELECT id, code, title, start_date, end_date FROM measures WHERE deleted_at IS NULL"
        )
    }
    marks, depends = _schedule(cursor, spans.keys())
    cursor.close()
    found = []
    for mid, span in sorted(spans.items(), key=lambda item: (item[1].code, item[1].title)):
        before = [spans[d] for d in depends.get(mid, ())]
        for problem in _problems(span, marks.get(mid, ()), before):
            found.append((span.code, span.title, problem))
    return found


def _lane_keys(row: MeasureRow, group_by: str, grants: dict[str, list[str]]) -> list[str]:
    """The lanes a measure stands in: its Handlungsfeld (the first of its fields), its
    phase, its lead unit or each grant that finances it."""
    if group_by == "field":
        return [row.field_names.split("; ")[0] or _NONE]
    if group_by == "phase":
        return [f"{row.phase_number} {row.phase_name}" if row.phase_number else _NONE]
    if group_by == "lead":
        return [row.lead_unit_name or _NONE]
    return grants.get(row.id) or [_NONE]


def _problems(
    row: _Span | MeasureRow,
    milestones: tuple[MilestoneMark, ...],
    predecessors: Sequence[_Span | MeasureRow],
) -> list[str]:
    found = []
    for before in predecessors:
        if row.start_date and before.end_date and row.start_date <= before.end_date:
            found.append(
                tr("Beginnt am {start}, bevor {code} endet ({end})").format(
                    start=format_date(row.start_date),
                    code=before.code,
                    end=format_date(before.end_date),
                )
            )
    for mark in milestones:
        if row.end_date and mark.due > row.end_date:
            found.append(
                tr("Meilenstein „{title}“ ({due}) liegt nach dem Ende der Maßnahme").format(
                    title=mark.title, due=format_date(mark.due)
                )
            )
        elif row.start_date and mark.due < row.start_date:
            found.append(
                tr("Meilenstein „{title}“ ({due}) liegt vor dem Beginn der Maßnahme").format(
                    title=mark.title, due=format_date(mark.due)
                )
            )
    return found


def shift_measure(session: Session, measure_id: str, days: int, part: str = "both") -> Measure:
    """Move a measure's bar by *days*: both dates (``both``), or only its start or end
    (``start``/``end``: the bar grows or shrinks). Validated as any edit: an end before
    the start is refused with the same message."""
    measure = session.get(Measure, measure_id)
    if measure is None or measure.deleted_at is not None:
        raise NotFoundError(tr("Diese Maßnahme gibt es nicht (mehr)."))
    if measure.start_date is None or measure.end_date is None:
        raise fail(
            "start_date",
            tr(
                "{code} hat keinen vollständigen Zeitraum: Beginn und Ende zuerst eintragen."
            ).format(code=measure.code),
        )
    step = timedelta(days=days)
    values: dict[str, Any] = {}
    if part in ("both", "start"):
        values["start_date"] = measure.start_date + step
    if part in ("both", "end"):
        values["end_date"] = measure.end_date + step
    return update_measure(session, measure_id, values)


def shift_milestone(session: Session, milestone_id: str, days: int) -> Milestone:
    """Move a milestone's due date by *days*."""
    from workbench.services.items import update_item

    milestone = session.get(Milestone, milestone_id)
    if milestone is None or milestone.due_date is None:
        raise NotFoundError(tr("Diesen Meilenstein gibt es nicht (mehr)."))
    return update_item(
        session, Milestone, milestone_id, {"due_date": milestone.due_date + timedelta(days=days)}
    )
