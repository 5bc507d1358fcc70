"""Reading the strategy frame: value compass, headings → fields → measures, reference lists."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from workbench.model import (
    FieldOfAction,
    Heading,
    OrgUnit,
    Person,
    Phase,
    SuccessFactor,
    Value,
)


@dataclass
class MeasureLeaf:
    id: str
    code: str
    title: str
    phase_number: int | None


@dataclass
class FieldNode:
    id: str
    name: str
    measures: list[MeasureLeaf] = field(default_factory=list)

    @property
    def phase_counts(self) -> Counter[int | None]:
        return Counter(m.phase_number for m in self.measures)


@dataclass
class HeadingNode:
    id: str
    name: str
    fields: list[FieldNode] = field(default_factory=list)

    @property
    def measure_ids(self) -> set[str]:
        return {m.id for f in self.fields for m in f.measures}

    @property
    def phase_counts(self) -> Counter[int | None]:
        seen: dict[str, int | None] = {}
        for f in self.fields:
            for m in f.measures:
                seen[m.id] = m.phase_number
        return Counter(seen.values())


def strategy_tree(session: Session) -> list[HeadingNode]:
    """Headings → fields of action → measures (a measure may stand under several fields)."""
    leaves: dict[str, list[MeasureLeaf]] = defaultdict(list)
    # Plain SQL: with 10,000 measures the ORM's per-row work dominated the start-up.
    rows = session.connection().exec_driver_sql(
        "SELECT mf.field_id, m.id, m.code, m.title, p.number FROM measure_fields mf "
        "JOIN measures m ON m.id = mf.measure_id LEFT JOIN phases p ON p.id = m.phase_id "
        "WHERE m.deleted_at IS NULL ORDER BY m.code, m.title"
    )
    for field_id, mid, code, title, number in rows:
        leaves[field_id].append(MeasureLeaf(mid, code, title, number))
    headings = session.scalars(
        select(Heading)
        .options(selectinload(Heading.fields))
        .order_by(Heading.position, Heading.name)
    )
    return [
        HeadingNode(h.id, h.name, [FieldNode(f.id, f.name, leaves.get(f.id, [])) for f in h.fields])
        for h in headings
    ]


def value_compass(session: Session) -> list[Value]:
    return list(
        session.scalars(
            select(Value).options(selectinload(Value.success_factors)).order_by(Value.position)
        )
    )


def phases(session: Session) -> list[Phase]:
    return list(session.scalars(select(Phase).order_by(Phase.number)))


def fields_of_action(session: Session) -> list[FieldOfAction]:
    return list(
        session.scalars(
            select(FieldOfAction).join(Heading).order_by(Heading.position, FieldOfAction.position)
        )
    )


def org_units(session: Session) -> list[OrgUnit]:
    return list(session.scalars(select(OrgUnit).order_by(OrgUnit.name)))


def people(session: Session) -> list[Person]:
    return list(session.scalars(select(Person).order_by(Person.name)))


def success_factors(session: Session) -> list[SuccessFactor]:
    return list(
        session.scalars(
            select(SuccessFactor).join(Value).order_by(Value.position, SuccessFactor.position)
        )
    )


@dataclass(frozen=True)
class StrategyOverview:
    """What the Strategie section shows, as plain data."""

    tree: list[HeadingNode]
    phase_names: dict[int, str]
    values: list[tuple[str, str, list[str]]]  # name, description, success factors


def strategy_overview(session: Session) -> StrategyOverview:
    return StrategyOverview(
        strategy_tree(session),
        {p.number: p.name for p in phases(session)},
        [
            (v.name, v.description, [f.name for f in v.success_factors])
            for v in value_compass(session)
        ],
    )
