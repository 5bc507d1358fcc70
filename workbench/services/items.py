"""The lists inside a measure: goals, key results, indicators and their values, milestones,
risks, log book, transformative questions and dependencies. One generic set of use cases."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from types import SimpleNamespace
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.i18n import tr
from workbench.model import (
    Base,
    Dependency,
    Goal,
    Indicator,
    IndicatorValue,
    KeyResult,
    KeyResultProgress,
    LogEntry,
    Measure,
    Milestone,
    NoteTransfer,
    Risk,
    TransformativeQuestion,
    Workshop,
    WorkshopParticipant,
)
from workbench.model.funding import (
    CostPosition,
    FinancingLine,
    FundedPost,
    FundingProgramme,
    FundingReport,
    FundsRequest,
    Grant,
    Payout,
    PlannedCost,
    ProgrammePhase,
    Receipt,
    ReportDeadline,
    ReportSection,
)
from workbench.model.labels import entity_label
from workbench.services.errors import NotFoundError
from workbench.services.validation import fail, validate
from workbench.services.values import editable_columns

T = TypeVar("T", bound=Base)

#: Each list item class: the column naming its parent, the parent's class, and what
#: users are told when the parent is missing.
PARENTS: dict[type[Base], tuple[str, type[Base], str]] = {
    Goal: ("measure_id", Measure, tr("Ein Ziel gehört immer zu einer Maßnahme.")),
    KeyResult: ("goal_id", Goal, tr("Ein Schlüsselergebnis gehört immer zu einem Ziel.")),
    Indicator: ("measure_id", Measure, tr("Ein Indikator gehört immer zu einer Maßnahme.")),
    IndicatorValue: (
        "indicator_id",
        Indicator,
        tr("Ein Messwert gehört immer zu einem Indikator."),
    ),
    Milestone: ("measure_id", Measure, tr("Ein Meilenstein gehört immer zu einer Maßnahme.")),
    Risk: ("measure_id", Measure, tr("Ein Risiko gehört immer zu einer Maßnahme.")),
    LogEntry: ("measure_id", Measure, tr("Ein Logbucheintrag gehört immer zu einer Maßnahme.")),
    TransformativeQuestion: (
        "measure_id",
        Measure,
        tr("Eine transformatorische Frage gehört immer zu einer Maßnahme."),
    ),
    Dependency: ("measure_id", Measure, tr("Eine Abhängigkeit gehört immer zu einer Maßnahme.")),
    WorkshopParticipant: (
        "workshop_id",
        Workshop,
        tr("Teilnehmende gehören immer zu einem Workshop."),
    ),
    CostPosition: ("grant_id", Grant, tr("Eine Kostenposition gehört immer zu einer Zuwendung.")),
    PlannedCost: (
        "position_id",
        CostPosition,
        tr("Geplante Kosten gehören zu einer Kostenposition."),
    ),
    FinancingLine: ("grant_id", Grant, tr("Eine Finanzierungszeile gehört zu einer Zuwendung.")),
    Receipt: ("grant_id", Grant, tr("Ein Beleg gehört immer zu einer Zuwendung.")),
    FundsRequest: ("grant_id", Grant, tr("Ein Mittelabruf gehört immer zu einer Zuwendung.")),
    Payout: ("grant_id", Grant, tr("Eine Auszahlung gehört immer zu einer Zuwendung.")),
    FundedPost: ("grant_id", Grant, tr("Eine geförderte Stelle gehört immer zu einer Zuwendung.")),
    FundingReport: ("grant_id", Grant, tr("Ein Nachweis gehört immer zu einer Zuwendung.")),
    ReportSection: (
        "report_id",
        FundingReport,
        tr("Ein Berichtsabschnitt gehört zu einem Nachweis."),
    ),
    ProgrammePhase: (
        "programme_id",
        FundingProgramme,
        tr("Eine Phase gehört zu einem Förderprogramm."),
    ),
    ReportDeadline: (
        "programme_id",
        FundingProgramme,
        tr("Eine Berichtsfrist gehört zu einem Förderprogramm."),
    ),
}

ITEM_CLASSES: dict[str, type[Base]] = {cls.__tablename__: cls for cls in PARENTS}


def item_rows(session: Session, cls: type[Base], parent_id: str) -> list[SimpleNamespace]:
    """The items of one parent as plain rows (every column by its attribute name): what a
    list shows, readable after the session is closed."""
    from workbench.services.values import column_values

    parent_key = PARENTS[cls][0]
    return [
        SimpleNamespace(**column_values(item))
        for item in session.scalars(select(cls).where(getattr(cls, parent_key) == parent_id))
    ]


def get_item(session: Session, cls: type[T], item_id: str) -> T:
    item = session.get(cls, item_id)
    if item is None:
        raise NotFoundError(
            tr("{value} „{item_id}“ gibt es nicht (mehr).").format(
                value=entity_label(cls.__tablename__), item_id=item_id
            )
        )
    return item


def add_item(session: Session, cls: type[T], parent_id: str | None, values: dict[str, Any]) -> T:
    """Add an item to its parent (a measure, or a goal for key results)."""
    parent_key, parent_cls, missing_parent = PARENTS[cls]
    if not parent_id or session.get(parent_cls, parent_id) is None:
        raise fail(parent_key, missing_parent)
    unknown = set(values) - set(editable_columns(cls))
    if unknown:
        raise fail(sorted(unknown)[0], tr("Dieses Feld gibt es nicht."))
    item = cls(**{parent_key: parent_id, **values})
    if "position" in editable_columns(cls) and "position" not in values:
        column = getattr(cls, parent_key)
        highest = session.scalar(select(func.max(cls.position)).where(column == parent_id))  # type: ignore[attr-defined]
        item.position = (highest or 0) + 1  # type: ignore[attr-defined]
    if cls is Dependency and session.get(Measure, values.get("depends_on_id") or "") is None:
        raise fail("depends_on_id", tr("Die Maßnahme, von der abgehangen wird, gibt es nicht."))
    validate(item)
    session.add(item)
    session.flush()
    if isinstance(item, KeyResult) and item.progress_percent is not None:
        _record_progress(session, item)
    return item


def _record_progress(session: Session, key_result: KeyResult, today: date | None = None) -> None:
    """Keep the progress of *key_result* as of today in its history (one entry a day: a
    second change the same day replaces the first), so that a report shows the value at
    its period's end rather than today's."""
    day = today or date.today()
    entry = next((h for h in key_result.history if h.recorded_on == day), None)
    if entry is None:
        key_result.history.append(
            KeyResultProgress(recorded_on=day, percent=key_result.progress_percent)
        )
    else:
        entry.percent = key_result.progress_percent
    session.flush()


def update_item(session: Session, cls: type[T], item_id: str, values: dict[str, Any]) -> T:
    item = get_item(session, cls, item_id)
    parent_key = PARENTS[cls][0]
    before = getattr(item, "progress_percent", None)
    for key, value in values.items():
        if key not in editable_columns(cls) or key == parent_key:
            raise fail(key, tr("Dieses Feld gibt es nicht oder es ist nicht änderbar."))
        setattr(item, key, value)
    validate(item)
    session.flush()
    if isinstance(item, KeyResult) and item.progress_percent != before:
        _record_progress(session, item)
    return item


def delete_item(session: Session, cls: type[T], item_id: str) -> None:
    """Delete an item with everything below it (a goal with its key results)."""
    session.delete(get_item(session, cls, item_id))
    session.flush()


def owner_of(session: Session, item: Base) -> str:
    """The id of the measure, grant or programme at the top of an item's parents
    (choices are read per owner)."""
    while type(item) in PARENTS:
        parent_key, parent_cls, _ = PARENTS[type(item)]
        item = get_item(session, parent_cls, getattr(item, parent_key))
    return item.id


@dataclass
class ItemList:
    """What a list of items shows, read in one session: the rows, the workshop a row came
    from (notes taken over), and the words for the ids in choice columns."""

    rows: list[SimpleNamespace]
    origins: dict[str, str]
    labels: dict[str, dict[str, str]]
    owner: str  # the measure (or grant) the list belongs to: choices are read for it


def owner_id(session: Session, cls: type[Base], parent_id: str | None) -> str:
    """The measure (or grant) a list of *cls* under *parent_id* belongs to."""
    if parent_id is None:
        return ""
    parent_cls = PARENTS[cls][1]
    if parent_cls not in PARENTS:  # the parent is the owner itself
        return parent_id
    parent = session.get(parent_cls, parent_id)
    return owner_of(session, parent) if parent is not None else ""


def item_list(
    session: Session,
    cls: type[Base],
    parent_id: str | None,
    labels: dict[str, Callable[[Session, set[Any]], dict[str, str]]],
) -> ItemList:
    """The items of *parent_id* as plain rows, with *labels*: column key → a function that
    names the ids present in that column."""
    from workbench.model import Goal, Measure

    rows = item_rows(session, cls, parent_id) if parent_id is not None else []
    owner = owner_id(session, cls, parent_id)
    origins = (
        origins_in_measure(session, owner) if rows and PARENTS[cls][1] in (Measure, Goal) else {}
    )
    named = {}
    for key, name in labels.items():
        present = {getattr(r, key) for r in rows} - {None}
        named[key] = name(session, present)
    return ItemList(rows, origins, named, owner)


def origins_in_measure(session: Session, measure_id: str) -> dict[str, str]:
    """Item id → workshop title for every item of a measure made from a note.

    Asked by each list of the measure editor; one query per session and measure.
    """
    cache: dict[str, dict[str, str]] = session.info.setdefault("origins_in_measure", {})
    if measure_id not in cache:
        rows = session.execute(
            select(NoteTransfer.target_id, Workshop.title)
            .join(Workshop, Workshop.id == NoteTransfer.workshop_id, isouter=True)
            .where(NoteTransfer.measure_id == measure_id)
        )
        cache[measure_id] = {target: title or tr("(gelöschter Workshop)") for target, title in rows}
    return cache[measure_id]
