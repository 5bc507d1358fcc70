"""Measures (Maßnahmen) and what links them to fields, units, phases and each other."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workbench.model.base import Base, LinkRow, UTCDateTime
from workbench.model.enums import Financing, MeasureStatus, MeasureType, Priority, column_type

if TYPE_CHECKING:
    from workbench.model.org import OrgUnit, Person
    from workbench.model.planning import (
        Goal,
        Indicator,
        LogEntry,
        Milestone,
        Risk,
        TransformativeQuestion,
    )
    from workbench.model.strategy import FieldOfAction, Phase

_CHILD = "all, delete-orphan"


class Measure(Base):
    """A measure of the strategy, carried out in phases."""

    __tablename__ = "measures"

    code: Mapped[str] = mapped_column(String(20), default="")
    title: Mapped[str] = mapped_column(String(300))
    short_description: Mapped[str] = mapped_column(Text, default="")
    type: Mapped[MeasureType] = mapped_column(column_type(MeasureType), default=MeasureType.CENTRAL)
    lead_unit_id: Mapped[str | None] = mapped_column(
        ForeignKey("org_units.id", ondelete="SET NULL"), index=True
    )
    responsible_id: Mapped[str | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    priority: Mapped[Priority] = mapped_column(column_type(Priority), default=Priority.MEDIUM)
    financing: Mapped[Financing] = mapped_column(column_type(Financing), default=Financing.OWN)
    status: Mapped[MeasureStatus] = mapped_column(
        column_type(MeasureStatus), default=MeasureStatus.PLANNED
    )
    phase_id: Mapped[str | None] = mapped_column(
        ForeignKey("phases.id", ondelete="SET NULL"), index=True
    )
    maturity: Mapped[str] = mapped_column(String(200), default="")
    budget_cents: Mapped[int | None] = mapped_column(Integer)
    #: What was spent so far (Ist-Kosten); none: not known (the status report says so).
    spent_cents: Mapped[int | None] = mapped_column(Integer)
    # The order (PMflex Projektauftrag) and the Steckbrief: why, for whom, what, what not.
    problem_statement: Mapped[str] = mapped_column(Text, default="")
    target_group: Mapped[str] = mapped_column(Text, default="")
    deliverables: Mapped[str] = mapped_column(Text, default="")
    success_criteria: Mapped[str] = mapped_column(Text, default="")
    out_of_scope: Mapped[str] = mapped_column(Text, default="")
    constraints: Mapped[str] = mapped_column(Text, default="")
    #: The person who commissions the measure (apart from the lead unit that carries it).
    sponsor: Mapped[str] = mapped_column(String(200), default="")
    steering_committee: Mapped[str] = mapped_column(Text, default="")
    planned_staff: Mapped[str] = mapped_column(Text, default="")
    #: When the order was given: the Projektauftrag names the phase of that day.
    mandated_on: Mapped[date | None] = mapped_column(Date)
    #: Decisions the steering has to take (Statusbericht: Entscheidungsbedarf).
    decisions_needed: Mapped[str] = mapped_column(Text, default="")
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    lead_unit: Mapped[OrgUnit | None] = relationship()
    responsible: Mapped[Person | None] = relationship()
    phase: Mapped[Phase | None] = relationship()
    field_links: Mapped[list[MeasureField]] = relationship(back_populates="measure", cascade=_CHILD)
    participant_links: Mapped[list[MeasureParticipant]] = relationship(
        back_populates="measure", cascade=_CHILD
    )
    phase_changes: Mapped[list[PhaseChange]] = relationship(
        back_populates="measure",
        cascade=_CHILD,
        order_by="[PhaseChange.changed_on, PhaseChange.created_at]",
    )
    goals: Mapped[list[Goal]] = relationship(
        back_populates="measure", cascade=_CHILD, order_by="Goal.position"
    )
    indicators: Mapped[list[Indicator]] = relationship(
        back_populates="measure", cascade=_CHILD, order_by="Indicator.position"
    )
    milestones: Mapped[list[Milestone]] = relationship(
        back_populates="measure", cascade=_CHILD, order_by="Milestone.due_date"
    )
    risks: Mapped[list[Risk]] = relationship(back_populates="measure", cascade=_CHILD)
    log_entries: Mapped[list[LogEntry]] = relationship(
        back_populates="measure", cascade=_CHILD, order_by="LogEntry.entry_date"
    )
    questions: Mapped[list[TransformativeQuestion]] = relationship(
        back_populates="measure", cascade=_CHILD, order_by="TransformativeQuestion.position"
    )
    dependencies: Mapped[list[Dependency]] = relationship(
        back_populates="measure", cascade=_CHILD, foreign_keys="Dependency.measure_id"
    )

    @property
    def fields(self) -> list[FieldOfAction]:
        return [link.field for link in self.field_links]


class MeasureField(LinkRow, Base):
    """Links a measure to one of its fields of action."""

    __tablename__ = "measure_fields"
    __table_args__ = (UniqueConstraint("measure_id", "field_id"),)
    __link_key__ = ("measure_id", "field_id")

    measure_id: Mapped[str] = mapped_column(
        ForeignKey("measures.id", ondelete="CASCADE"), index=True
    )
    field_id: Mapped[str] = mapped_column(
        ForeignKey("fields_of_action.id", ondelete="CASCADE"), index=True
    )

    measure: Mapped[Measure] = relationship(back_populates="field_links")
    field: Mapped[FieldOfAction] = relationship(back_populates="measure_links")


class MeasureParticipant(LinkRow, Base):
    """An organisation unit taking part in a measure (Beteiligte)."""

    __tablename__ = "measure_participants"
    __table_args__ = (UniqueConstraint("measure_id", "org_unit_id"),)
    __link_key__ = ("measure_id", "org_unit_id")

    measure_id: Mapped[str] = mapped_column(
        ForeignKey("measures.id", ondelete="CASCADE"), index=True
    )
    org_unit_id: Mapped[str] = mapped_column(
        ForeignKey("org_units.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(200), default="")

    measure: Mapped[Measure] = relationship(back_populates="participant_links")
    org_unit: Mapped[OrgUnit] = relationship()


class PhaseChange(Base):
    """One entry of a measure's phase history: it entered this phase on this day."""

    __tablename__ = "phase_changes"

    measure_id: Mapped[str] = mapped_column(
        ForeignKey("measures.id", ondelete="CASCADE"), index=True
    )
    phase_id: Mapped[str | None] = mapped_column(
        ForeignKey("phases.id", ondelete="SET NULL"), index=True
    )
    changed_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    measure: Mapped[Measure] = relationship(back_populates="phase_changes")
    phase: Mapped[Phase | None] = relationship()


class Dependency(LinkRow, Base):
    """This measure depends on another one (needs its result first)."""

    __tablename__ = "dependencies"
    __table_args__ = (UniqueConstraint("measure_id", "depends_on_id"),)
    __link_key__ = ("measure_id", "depends_on_id")

    measure_id: Mapped[str] = mapped_column(
        ForeignKey("measures.id", ondelete="CASCADE"), index=True
    )
    depends_on_id: Mapped[str] = mapped_column(
        ForeignKey("measures.id", ondelete="CASCADE"), index=True
    )
    note: Mapped[str] = mapped_column(Text, default="")

    measure: Mapped[Measure] = relationship(
        back_populates="dependencies", foreign_keys=[measure_id]
    )
    depends_on: Mapped[Measure] = relationship(foreign_keys=[depends_on_id])
