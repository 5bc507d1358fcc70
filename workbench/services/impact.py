"""Wirkung: every indicator's values against its baseline and target, the distance to the
target, the trend, and whether it is on track – and per Handlungsfeld and per success
factor of the value compass how many indicators are on track, at risk, off track, without
a target, or due for a measurement (no value within their measuring interval). Plain data for the section, the reports and the
Indikatoren workbook (docs/DOMAIN.md, „Wirkung“, states the rules).

The rules, in this order:
1. no value, or the latest older than the indicator's measuring interval → „Messung
   fällig“ (no current value);
2. no target → „ohne Ziel“;
3. progress p = (latest − baseline) / (target − baseline), the baseline being the first
   value where none is set; p ≥ 1 → „auf Kurs“ (reached);
4. the share e of the measure's period gone by before the latest value's day (days
   before it of all the period's days, both ends counted): p ≥ e − 0.10 →
   „auf Kurs“, p ≥ e − 0.25 → „gefährdet“, else „nicht auf Kurs“;
5. a measure without a period: moving towards the target → „auf Kurs“, not moving →
   „gefährdet“, moving away → „nicht auf Kurs“."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from workbench.dates import add_months
from workbench.formats import format_date, format_number, plural
from workbench.i18n import tr
from workbench.model import FieldOfAction, Indicator, Measure, MeasureField, SuccessFactor
from workbench.model.enums import IndicatorKind, LabelledEnum

ON_TRACK_MARGIN = 0.10
AT_RISK_MARGIN = 0.25


class Standing(LabelledEnum):
    """Where an indicator stands; the label is what users read (with a sign, so that
    the meaning is never in colour alone)."""

    ON_TRACK = ("on_track", tr("auf Kurs"))
    AT_RISK = ("at_risk", tr("gefährdet"))
    OFF_TRACK = ("off_track", tr("nicht auf Kurs"))
    NO_TARGET = ("no_target", tr("ohne Ziel"))
    STALE = ("stale", tr("Messung fällig"))

    @property
    def sign(self) -> str:
        return {"on_track": "✓", "at_risk": "!", "off_track": "✗", "no_target": "–", "stale": "?"}[
            self.value
        ]


@dataclass(frozen=True)
class Series:
    """One indicator with its values and where it stands."""

    id: str
    measure_id: str
    code: str  # the measure's
    name: str
    kind: IndicatorKind
    unit: str
    baseline: float | None
    target: float | None
    values: tuple[tuple[date, float], ...]
    interval_months: int
    standing: Standing
    progress: float | None  # share of the way from baseline to target (1.0: reached)
    trend_per_year: float | None  # least squares over the values, unit per year
    success_factor: str  # its name, "" without one
    fields: tuple[str, ...]  # the Handlungsfelder of its measure

    @property
    def latest(self) -> tuple[date, float] | None:
        return self.values[-1] if self.values else None

    @property
    def distance(self) -> float | None:
        """How far the latest value is from the target (positive: still to go)."""
        if self.latest is None or self.target is None:
            return None
        start = self.baseline if self.baseline is not None else self.values[0][1]
        rising = self.target >= start
        return (self.target - self.latest[1]) if rising else (self.latest[1] - self.target)

    def latest_text(self, with_day: bool = True) -> str:
        """„340 Anzahl (30.09.2026)“, or that there is no value yet."""
        if self.latest is None:
            return tr("noch keiner")
        day, value = self.latest
        return f"{self.number(value)} ({format_date(day)})" if with_day else self.number(value)

    def distance_text(self) -> str:
        """What is still to go to the target, „erreicht“, or „–“ without a target/value."""
        distance = self.distance
        if distance is None:
            return "–"
        return self.number(distance) if distance > 0 else tr("erreicht")

    def number(self, value: float | None) -> str:
        if value is None:
            return "–"
        text = format_number(value)
        return f"{text} {self.unit}".strip()

    def trend_text(self) -> str:
        if self.trend_per_year is None:
            return tr("kein Trend (weniger als zwei Werte)")
        if abs(self.trend_per_year) < 1e-9:
            return tr("unverändert")
        arrow = "↑" if self.trend_per_year > 0 else "↓"
        text = tr("{arrow} {value} je Jahr").format(
            arrow=arrow, value=self.number(round(abs(self.trend_per_year), 1))
        )
        if self.target is not None and self.values:
            start = self.baseline if self.baseline is not None else self.values[0][1]
            toward = (self.target - start) * self.trend_per_year > 0
            text += " " + (tr("(zum Ziel hin)") if toward else tr("(vom Ziel weg)"))
        return text

    def describe(self) -> str:
        """What its chart shows, in words (the chart's alternative text and caption)."""
        parts = [
            tr("{code} {name}: {values}").format(
                code=self.code,
                name=self.name,
                values=plural(len(self.values), tr("Messwert"), tr("Messwerte")),
            )
        ]
        if self.latest is not None:
            parts.append(
                tr("zuletzt {value} am {day}").format(
                    value=self.number(self.latest[1]), day=format_date(self.latest[0])
                )
            )
        parts.append(
            tr("Ausgangswert {baseline}, Zielwert {target}").format(
                baseline=self.number(self.baseline), target=self.number(self.target)
            )
        )
        if self.distance is not None:
            parts.append(
                tr("noch {value} bis zum Ziel").format(value=self.number(self.distance))
                if self.distance > 0
                else tr("Ziel erreicht")
            )
        parts.append(tr("Trend {trend}").format(trend=self.trend_text()))
        parts.append(f"{self.standing.sign} {self.standing.label}")
        return "; ".join(parts) + "."


@dataclass(frozen=True)
class Tally:
    """How many indicators of a group (a Handlungsfeld, a success factor) stand where."""

    name: str
    counts: dict[Standing, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def describe(self) -> str:
        shown = [f"{self.counts[s]} {s.label}" for s in Standing if self.counts.get(s)]
        return tr("{name}: {total} – {list}").format(
            name=self.name,
            total=plural(self.total, tr("Indikator"), tr("Indikatoren")),
            list=", ".join(shown) or tr("keine"),
        )


@dataclass(frozen=True)
class Impact:
    series: list[Series]
    by_field: list[Tally]
    by_factor: list[Tally]
    today: date

    def describe(self) -> str:
        """What the overview shows, in one sentence."""
        counts = Counter(s.standing for s in self.series)
        return tr(
            "{total} der Maßnahmen: {list}. Die Balken zeigen je Handlungsfeld und je Erfolgsfaktor, wie viele auf Kurs, gefährdet oder nicht auf Kurs sind, wie viele kein Ziel haben und bei wie vielen eine Messung fällig ist (kein Wert im Messintervall)."
        ).format(
            total=plural(len(self.series), tr("Indikator"), tr("Indikatoren")),
            list=", ".join(f"{counts[s]} {s.label}" for s in Standing),
        )


def trend_per_year(values: tuple[tuple[date, float], ...]) -> float | None:
    """The least-squares slope of the values over time, per year; None under two values
    or all on one day."""
    if len(values) < 2:
        return None
    xs = [d.toordinal() / 365.25 for d, _ in values]
    ys = [v for _, v in values]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    if sxx == 0:
        return None
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx


def standing(
    values: tuple[tuple[date, float], ...],
    baseline: float | None,
    target: float | None,
    interval_months: int,
    period: tuple[date | None, date | None],
    today: date,
) -> tuple[Standing, float | None]:
    """Where an indicator stands, and its progress (the module's rules 1–5)."""
    if not values or add_months(values[-1][0], max(1, interval_months)) < today:
        return Standing.STALE, None
    if target is None:
        return Standing.NO_TARGET, None
    start = baseline if baseline is not None else values[0][1]
    day, latest = values[-1]
    if target == start:
        return (Standing.ON_TRACK, 1.0) if latest == target else (Standing.AT_RISK, 0.0)
    progress = (latest - start) / (target - start)
    if progress >= 1:
        return Standing.ON_TRACK, progress
    begin, end = period
    if begin and end and end > begin:
        # the days before the value's day, of all the period's days (both ends counted)
        expected = min(1.0, max(0.0, (day - begin).days / ((end - begin).days + 1)))
        if progress >= expected - ON_TRACK_MARGIN:
            return Standing.ON_TRACK, progress
        if progress >= expected - AT_RISK_MARGIN:
            return Standing.AT_RISK, progress
        return Standing.OFF_TRACK, progress
    slope = trend_per_year(values)
    if slope is None or abs(slope) < 1e-9:
        return Standing.AT_RISK, progress
    return (Standing.ON_TRACK if slope * (target - start) > 0 else Standing.OFF_TRACK), progress


def impact(
    session: Session, measure_ids: set[str] | None = None, today: date | None = None
) -> Impact:
    """Every indicator of the measures not in the recycle bin (or those in *measure_ids*)."""
    today = today or date.today()
    query = (
        select(Indicator)
        .join(Measure, Indicator.measure_id == Measure.id)
        .where(Measure.deleted_at.is_(None))
        .options(selectinload(Indicator.values), selectinload(Indicator.measure))
        .order_by(Measure.code, Indicator.position)
    )
    if measure_ids is not None:
        query = query.where(Measure.id.in_(list(measure_ids)))
    indicators = session.scalars(query).all()
    field_names = dict(session.execute(select(FieldOfAction.id, FieldOfAction.name)).all())
    factors = dict(session.execute(select(SuccessFactor.id, SuccessFactor.name)).all())
    fields_of: dict[str, list[str]] = defaultdict(list)
    for measure_id, field_id in session.execute(
        select(MeasureField.measure_id, MeasureField.field_id)
    ):
        fields_of[measure_id].append(field_names.get(field_id, ""))
    series = []
    for ind in indicators:
        values = tuple(sorted((v.measured_on, v.value) for v in ind.values))
        state, progress = standing(
            values,
            ind.baseline,
            ind.target,
            ind.interval_months,
            (ind.measure.start_date, ind.measure.end_date),
            today,
        )
        series.append(
            Series(
                ind.id,
                ind.measure_id,
                ind.measure.code,
                ind.name,
                ind.kind,
                ind.unit,
                ind.baseline,
                ind.target,
                values,
                ind.interval_months,
                state,
                progress,
                trend_per_year(values),
                factors.get(ind.success_factor_id or "", ""),
                tuple(sorted(fields_of.get(ind.measure_id, []))),
            )
        )
    return Impact(
        series,
        _tallies(series, lambda s: list(s.fields) or [tr("ohne Handlungsfeld")]),
        _tallies(series, lambda s: [s.success_factor or tr("ohne Erfolgsfaktor")]),
        today,
    )


def _tallies(series: list[Series], groups: object) -> list[Tally]:
    counts: dict[str, Counter[Standing]] = defaultdict(Counter)
    for s in series:
        for name in groups(s):  # type: ignore[operator]
            counts[name][s.standing] += 1
    return [Tally(name, dict(counts[name])) for name in sorted(counts, key=str.casefold)]
