"""Baselines of the roadmap („Planstand sichern“): the dates of all measures and milestones
kept under a name, synced like every row, so that the Zeitplan shows the plan of then
beside today's and the reports can name what moved since."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.formats import format_date, plural
from workbench.i18n import tr
from workbench.model import Baseline, BaselineDate, Measure, Milestone
from workbench.services.errors import NotFoundError
from workbench.services.validation import fail

MEASURE = "measure"
MILESTONE = "milestone"


@dataclass(frozen=True)
class BaselineInfo:
    id: str
    name: str
    taken_on: date


@dataclass(frozen=True)
class Planned:
    """What a baseline says of one item: a measure's start and end, a milestone's due
    date (*end*)."""

    start: date | None
    end: date | None


@dataclass(frozen=True)
class Shift:
    """One item whose dates moved since a baseline (days: later is positive)."""

    code: str  # the measure's code
    measure: str  # the measure's title
    milestone: str  # the milestone's title, "" for the measure itself
    before: date | None  # its end (a milestone: its due date) in the baseline
    now: date | None
    days: int | None  # None: a date was added or removed
    start_days: int | None = None  # a measure: how far its start moved

    def describe(self) -> str:
        what = (
            tr("{code} Meilenstein „{title}“").format(code=self.code, title=self.milestone)
            if self.milestone
            else f"{self.code} {self.measure}"
        )
        if self.days is None:
            return tr("{what}: {before} → {now}").format(
                what=what,
                before=format_date(self.before) or "–",
                now=format_date(self.now) or "–",
            )
        text = tr("{what}: {before} → {now} ({days})").format(
            what=what,
            before=format_date(self.before),
            now=format_date(self.now),
            days=days_text(self.days),
        )
        if self.start_days:
            text += tr("; Beginn {days}").format(days=days_text(self.start_days))
        return text

    @property
    def size(self) -> int:
        """How far it moved, start or end (a date added or removed counts as most)."""
        if self.days is None:
            return 10**6
        return max(abs(self.days), abs(self.start_days or 0))


def days_text(days: int) -> str:
    """„+12 Tage“, „−1 Tag“, „±0 Tage“ as the roadmap and the reports say a shift."""
    sign = "+" if days > 0 else ("−" if days < 0 else "±")
    return sign + plural(abs(days), tr("Tag"), tr("Tage"))


def list_baselines(session: Session) -> list[BaselineInfo]:
    """The saved baselines, newest first."""
    return [
        BaselineInfo(b.id, b.name, b.taken_on)
        for b in session.scalars(
            select(Baseline).order_by(Baseline.taken_on.desc(), Baseline.created_at.desc())
        )
    ]


def find_baseline(session: Session, name: str) -> BaselineInfo:
    """A baseline by its name (or id), as the command line names it."""
    for info in list_baselines(session):
        if name in (info.name, info.id):
            return info
    known = ", ".join(f"„{b.name}“" for b in list_baselines(session)) or tr("keiner")
    raise NotFoundError(
        tr("Einen Planstand „{name}“ gibt es nicht. Gesichert sind: {known}.").format(
            name=name, known=known
        )
    )


def save_baseline(session: Session, name: str, today: date | None = None) -> Baseline:
    """Keep the dates of every measure not in the recycle bin and of its milestones."""
    name = " ".join(name.split())
    if not name:
        raise fail("name", tr("Bitte einen Namen für den Planstand angeben."))
    if len(name) > 200:
        raise fail("name", tr("Der Name ist länger als 200 Zeichen."))
    if session.scalar(select(Baseline.id).where(Baseline.name == name)) is not None:
        raise fail(
            "name",
            tr("Einen Planstand „{name}“ gibt es schon; bitte einen anderen Namen wählen.").format(
                name=name
            ),
        )
    baseline = Baseline(name=name, taken_on=today or date.today())
    rows = session.execute(
        select(Measure.id, Measure.start_date, Measure.end_date).where(Measure.deleted_at.is_(None))
    ).all()
    live = {r.id for r in rows}
    baseline.dates = [
        BaselineDate(item_kind=MEASURE, item_id=r.id, start=r[1], end=r[2]) for r in rows
    ]
    for mid, measure_id, due in session.execute(
        select(Milestone.id, Milestone.measure_id, Milestone.due_date)
    ):
        if measure_id in live:
            baseline.dates.append(BaselineDate(item_kind=MILESTONE, item_id=mid, end=due))
    session.add(baseline)
    session.flush()
    return baseline


def delete_baseline(session: Session, baseline_id: str) -> None:
    """Delete a baseline with the dates it kept."""
    baseline = session.get(Baseline, baseline_id)
    if baseline is None:
        raise NotFoundError(tr("Diesen Planstand gibt es nicht (mehr)."))
    session.delete(baseline)
    session.flush()


def planned_dates(session: Session, baseline_id: str) -> dict[str, Planned]:
    """What *baseline_id* kept, by the id of the measure or milestone."""
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    iso = date.fromisoformat
    found = {
        item: Planned(iso(start) if start else None, iso(end) if end else None)
        for item, start, end in cursor.execute(
            'SELECT item_id, start, "end" FROM baseline_dates WHERE baseline_id = ?',
            (baseline_id,),
        )
    }
    cursor.close()
    if not found and session.get(Baseline, baseline_id) is None:
        raise NotFoundError(tr("Diesen Planstand gibt es nicht (mehr)."))
    return found


def shifts(session: Session, baseline_id: str, measure_ids: set[str] | None = None) -> list[Shift]:
    """What moved since *baseline_id*: every measure whose start or end and every
    milestone whose due date differs, the largest shift first (then by code). Measures
    and milestones added since have no baseline and are not listed."""
    planned = planned_dates(session, baseline_id)
    found: list[Shift] = []
    measures = session.execute(
        select(Measure.id, Measure.code, Measure.title, Measure.start_date, Measure.end_date).where(
            Measure.deleted_at.is_(None)
        )
    ).all()
    titles = {}
    for mid, code, title, start, end in measures:
        titles[mid] = (code, title)
        if (measure_ids is not None and mid not in measure_ids) or mid not in planned:
            continue
        was = planned[mid]
        if (was.start, was.end) == (start, end):
            continue
        found.append(
            Shift(code, title, "", was.end, end, _days(was.end, end), _days(was.start, start))
        )
    for mid, measure_id, title, due in session.execute(
        select(Milestone.id, Milestone.measure_id, Milestone.title, Milestone.due_date)
    ):
        if measure_id not in titles or mid not in planned:
            continue
        if measure_ids is not None and measure_id not in measure_ids:
            continue
        due_then = planned[mid].end
        if due_then != due:
            code, measure = titles[measure_id]
            found.append(Shift(code, measure, title, due_then, due, _days(due_then, due)))
    found.sort(key=lambda s: (-s.size, s.code, s.milestone))
    return found


def _days(before: date | None, now: date | None) -> int | None:
    return (now - before).days if before and now else None
