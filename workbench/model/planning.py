"""What a measure plans and tracks: goals, key results, indicators, milestones, risks, log book."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workbench.model.base import Base
from workbench.model.enums import IndicatorKind, LogKind, RiskStatus, column_type
from workbench.model.measure import Measure
from workbench.model.strategy import SuccessFactor


class Goal(Base):
    """A Zielstellung of a measure, tied to a success factor of the value compass."""

    __tablename__ = "goals"

    measure_id: Mapped[str] = mapped_column(
        ForeignKey("measures.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    success_factor_id: Mapped[str | None] = mapped_column(
        ForeignKey("success_factors.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    measure: Mapped[Measure] = relationship(back_populates="goals")
    success_factor: Mapped[SuccessFactor | None] = relationship()
    key_results: Mapped[list[KeyResult]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", order_by="KeyResult.position"
    )


class KeyResult(Base):
    """A Schlüsselergebnis of a goal, with its progress in percent."""

    __tablename__ = "key_results"

    goal_id: Mapped[str] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    target: Mapped[str] = mapped_column(String(300), default="")
    progress_percent: Mapped[int | None] = mapped_column(Integer)
    success_factor_id: Mapped[str | None] = mapped_column(
        ForeignKey("success_factors.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    goal: Mapped[Goal] = relationship(back_populates="key_results")
    success_factor: Mapped[SuccessFactor | None] = relationship()
    history: Mapped[list[KeyResultProgress]] = relationship(
        back_populates="key_result",
        cascade="all, delete-orphan",
        order_by="KeyResultProgress.recorded_on",
    )

    def progress_on(self, day: date | None, today: date) -> int | None:
        """The progress as it stood on *day* (a report period's end): the last value
        recorded by then. Without any history (a workspace from before it was kept) the
        current value stands for a day from *today* on, and nothing for earlier days."""
        if day is None or (not self.history and day >= today):
            return self.progress_percent
        known = [h for h in self.history if h.recorded_on <= day]
        return max(known, key=lambda h: h.recorded_on).percent if known else None


class KeyResultProgress(Base):
    """The progress of a key result as recorded on a day: each change of the progress
    leaves one (the last of a day counts), so a report shows the value at its period's end."""

    __tablename__ = "key_result_progress"

    key_result_id: Mapped[str] = mapped_column(
        ForeignKey("key_results.id", ondelete="CASCADE"), index=True
    )
    recorded_on: Mapped[date] = mapped_column(Date)
    percent: Mapped[int | None] = mapped_column(Integer)

    key_result: Mapped[KeyResult] = relationship(back_populates="history")


class Indicator(Base):
    """An output or outcome indicator: baseline, target and dated actual values."""

    __tablename__ = "indicators"

    measure_id: Mapped[str] = mapped_column(
        ForeignKey("measures.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[IndicatorKind] = mapped_column(
        column_type(IndicatorKind), default=IndicatorKind.OUTPUT
    )
    unit: Mapped[str] = mapped_column(String(50), default="")
    baseline: Mapped[float | None] = mapped_column(Float)
    target: Mapped[float | None] = mapped_column(Float)
    success_factor_id: Mapped[str | None] = mapped_column(
        ForeignKey("success_factors.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: How often the indicator is measured (months): with no value for longer, the
    #: Wirkung section counts it as „Messung fällig“.
    interval_months: Mapped[int] = mapped_column(Integer, default=12)

    measure: Mapped[Measure] = relationship(back_populates="indicators")
    success_factor: Mapped[SuccessFactor | None] = relationship()
    values: Mapped[list[IndicatorValue]] = relationship(
        back_populates="indicator",
        cascade="all, delete-orphan",
        order_by="IndicatorValue.measured_on",
    )


class IndicatorValue(Base):
    """An actual value of an indicator, measured on a day."""

    __tablename__ = "indicator_values"

    indicator_id: Mapped[str] = mapped_column(
        ForeignKey("indicators.id", ondelete="CASCADE"), index=True
    )
    measured_on: Mapped[date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")

    indicator: Mapped[Indicator] = relationship(back_populates="values")


class Milestone(Base):
    """A milestone with a due date; a gate is a milestone that decides on the next phase."""

    __tablename__ = "milestones"

    measure_id: Mapped[str] = mapped_column(
        ForeignKey("measures.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    due_date: Mapped[date | None] = mapped_column(Date)
    is_gate: Mapped[bool] = mapped_column(Boolean, default=False)
    done_on: Mapped[date | None] = mapped_column(Date)

    measure: Mapped[Measure] = relationship(back_populates="milestones")


class Baseline(Base):
    """A „Planstand“: the dates of all measures and milestones as they stood when it was
    saved, under a name, so that the roadmap and the reports can show what moved since."""

    __tablename__ = "baselines"

    name: Mapped[str] = mapped_column(String(200))
    taken_on: Mapped[date] = mapped_column(Date)

    dates: Mapped[list[BaselineDate]] = relationship(
        back_populates="baseline", cascade="all, delete-orphan"
    )


class BaselineDate(Base):
    """One measure's start and end, or one milestone's due date (*end*), in a baseline.
    The item is named by its id without a foreign key: a baseline still says what was
    planned for a measure that was deleted since."""

    __tablename__ = "baseline_dates"

    baseline_id: Mapped[str] = mapped_column(
        ForeignKey("baselines.id", ondelete="CASCADE"), index=True
    )
    item_kind: Mapped[str] = mapped_column(String(16))  # "measure" or "milestone"
    item_id: Mapped[str] = mapped_column(String(36))
    start: Mapped[date | None] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)

    baseline: Mapped[Baseline] = relationship(back_populates="dates")


class Risk(Base):
    """A risk: probability × impact (each 1–5), owner and counter-measure."""

    __tablename__ = "risks"

    measure_id: Mapped[str] = mapped_column(
        ForeignKey("measures.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    probability: Mapped[int] = mapped_column(Integer, default=3)
    impact: Mapped[int] = mapped_column(Integer, default=3)
    owner: Mapped[str] = mapped_column(String(200), default="")
    countermeasure: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[RiskStatus] = mapped_column(column_type(RiskStatus), default=RiskStatus.OPEN)

    measure: Mapped[Measure] = relationship(back_populates="risks")

    @property
    def score(self) -> int:
        return self.probability * self.impact


class LogEntry(Base):
    """A dated entry of the Logbuch: what happened or was decided."""

    __tablename__ = "log_entries"

    measure_id: Mapped[str] = mapped_column(
        ForeignKey("measures.id", ondelete="CASCADE"), index=True
    )
    entry_date: Mapped[date] = mapped_column(Date)
    kind: Mapped[LogKind] = mapped_column(column_type(LogKind), default=LogKind.EVENT)
    text: Mapped[str] = mapped_column(Text, default="")

    measure: Mapped[Measure] = relationship(back_populates="log_entries")


class TransformativeQuestion(Base):
    """An open question the measure team keeps asking (transformatorische Frage)."""

    __tablename__ = "transformative_questions"

    measure_id: Mapped[str] = mapped_column(
        ForeignKey("measures.id", ondelete="CASCADE"), index=True
    )
    question: Mapped[str] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    measure: Mapped[Measure] = relationship(back_populates="questions")
