"""The Zeitplan as the reports show it, built as plain data for the exports: a sentence
that says what the plan shows, its table (one row per measure, with its shift when a
baseline is chosen), and what moved since that baseline. The pictures are drawn by the
window's painter (gui/roadmap_print.py) and handed in by the window or the command line."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from workbench.exports.sections import Pictured, Section, shifts_section
from workbench.formats import format_date, plural
from workbench.i18n import tr
from workbench.model import Baseline
from workbench.services import baselines, roadmap


def describe(plan: roadmap.Roadmap, grouping: str, baseline_name: str = "") -> str:
    """What the Zeitplan shows, in one or two sentences (a picture's alternative text)."""
    bars = plan.bars()
    dated = [b for b in bars if b.start and b.end]
    troubled = sum(1 for b in bars if b.problems)
    text = tr(
        "Der Zeitplan zeigt {measures} als Balken von Beginn bis Ende, gruppiert nach {grouping}, auf einer Zeitachse vom {first} bis {last} mit einer Linie für heute ({today}); Meilensteine sind Rauten, Abhängigkeiten Pfeile."
    ).format(
        measures=plural(len(dated), tr("Maßnahme"), tr("Maßnahmen")),
        grouping=roadmap.GROUPINGS[grouping],
        first=format_date(plan.first),
        last=format_date(plan.last),
        today=format_date(plan.today),
    )
    if len(dated) < len(bars):
        text += " " + tr("Ohne vollständigen Zeitraum und nur in der Tabelle: {n}.").format(
            n=plural(len(bars) - len(dated), tr("Maßnahme"), tr("Maßnahmen"))
        )
    if troubled:
        text += " " + tr(
            "{n} Termine, die nicht zu Abhängigkeiten oder Meilensteinen passen (⚠, schraffiert)."
        ).format(n=plural(troubled, tr("Maßnahme hat"), tr("Maßnahmen haben")))
    if baseline_name:
        moved = sum(
            1 for b in bars if b.planned and (b.planned.start, b.planned.end) != (b.start, b.end)
        )
        text += " " + tr(
            "Unter jedem Balken steht grau sein Zeitraum im Planstand „{name}“; {n} sich seitdem verschoben."
        ).format(name=baseline_name, n=plural(moved, tr("Maßnahme hat"), tr("Maßnahmen haben")))
    return text


def schedule_part(
    session: Session,
    measure_ids: Sequence[str] | None,
    pictures: list[Path] | None,
    baseline_id: str | None = None,
    grouping: str = "field",
    today: date | None = None,
) -> Pictured:
    """The Strategiebericht's „Zeitplan“: description, pictures, table, shifts."""
    plan = roadmap.roadmap(
        session,
        grouping,
        set(measure_ids) if measure_ids is not None else None,
        today=today,
        baseline_id=baseline_id,
    )
    name = session.get(Baseline, baseline_id).name if baseline_id else ""  # type: ignore[union-attr]
    headers = [
        roadmap.GROUPINGS[grouping],
        tr("Kennung"),
        tr("Maßnahme"),
        tr("Zeitraum"),
        tr("Hinweise"),
    ]
    rows = []
    for lane in plan.lanes:
        for bar in lane.bars:
            notes = list(bar.problems)
            if baseline_id:
                notes.insert(0, bar.compared() if bar.planned else tr("nicht im Planstand"))
            rows.append(
                [
                    lane.title,
                    bar.code,
                    bar.title,
                    f"{format_date(bar.start) or '–'} – {format_date(bar.end) or '–'}",
                    "; ".join(notes),
                ]
            )
    tables = [
        Section(
            tr("Zeitplan als Tabelle"),
            headers,
            rows,
            tr("Keine Maßnahme im Zeitplan."),
            (3.2, 2.4, 4.4, 2.8, 4.2),
        )
    ]
    if baseline_id:
        tables.append(shifts_section(name, shift_rows(session, baseline_id, measure_ids)))
    return Pictured(tr("Zeitplan"), describe(plan, grouping, name), list(pictures or []), tables)


def shift_rows(
    session: Session, baseline_id: str, measure_ids: Sequence[str] | None = None
) -> list[list[str]]:
    """The shifts since a baseline as rows of the shifts section."""
    return [
        [
            s.code,
            tr("Meilenstein „{title}“").format(title=s.milestone) if s.milestone else s.measure,
            format_date(s.before) or "–",
            format_date(s.now) or "–",
            (
                baselines.days_text(s.days)
                + (
                    tr("; Beginn {days}").format(days=baselines.days_text(s.start_days))
                    if s.start_days
                    else ""
                )
            )
            if s.days is not None
            else tr("Datum geändert"),
        ]
        for s in baselines.shifts(
            session, baseline_id, set(measure_ids) if measure_ids is not None else None
        )
    ]


def measure_shifts(session: Session, measure_id: str, baseline_id: str) -> Section:
    """A Statusbericht's shifts since a baseline: the measure's own and its milestones'."""
    name = session.get(Baseline, baseline_id).name  # type: ignore[union-attr]
    return shifts_section(name, shift_rows(session, baseline_id, [measure_id]))
