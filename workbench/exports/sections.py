"""Sections that several documents show, each built once as plain data – headers, rows of
text, what stands when there is nothing – and rendered by Word, print and the window
alike (the Steckbrief, the Projektauftrag, the Statusbericht, the Sachbericht and the
Strategiebericht had their own copies, and the copies drifted)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from workbench.formats import format_date, format_number
from workbench.i18n import tr


@dataclass(frozen=True)
class Section:
    heading: str
    headers: list[str]
    rows: list[list[str]]
    #: what stands instead of the table when there are no rows
    empty: str
    #: column widths in a Word table (cm)
    widths_cm: tuple[float, ...]


def indicator_cells(indicator: Any, until: date | None = None) -> list[str]:
    """An indicator's name, baseline, target and the latest value measured (by *until*)."""
    measured = [v for v in indicator.values if until is None or v.measured_on <= until]
    latest = max(measured, key=lambda v: v.measured_on, default=None)
    unit = f" {indicator.unit}" if indicator.unit else ""
    return [
        indicator.name,
        f"{format_number(indicator.baseline) or '–'}{unit}",
        f"{format_number(indicator.target) or '–'}{unit}",
        f"{format_number(latest.value)}{unit} ({format_date(latest.measured_on)})"
        if latest
        else tr("noch nicht gemessen"),
    ]


def indicators(measure: Any, until: date | None = None, latest: str = "") -> Section:
    """A measure's indicators in their order; *latest* names the last column."""
    return Section(
        tr("Indikatoren"),
        [tr("Indikator"), tr("Ausgangswert"), tr("Zielwert"), latest or tr("Zuletzt")],
        [indicator_cells(i, until) for i in sorted(measure.indicators, key=lambda i: i.position)],
        tr("Noch keine Indikatoren erfasst."),
        (6.0, 3.0, 3.0, 4.6),
    )


def milestones(measure: Any, heading: str = "") -> Section:
    """A measure's milestones by due date: due, title, gate or not, reached."""
    return Section(
        heading or tr("Meilensteine"),
        [tr("Fällig am"), tr("Meilenstein"), tr("Art"), tr("Erreicht am")],
        [
            [
                format_date(ms.due_date) or tr("offen"),
                ms.title,
                tr("Gate") if ms.is_gate else "",
                format_date(ms.done_on) or tr("offen"),
            ]
            for ms in sorted(measure.milestones, key=lambda x: (x.due_date or date.max, x.title))
        ],
        tr("Noch keine Meilensteine erfasst."),
        (2.8, 8.6, 1.8, 3.4),
    )


def risks(measure: Any, heading: str = "") -> Section:
    """A measure's risks, the highest score first."""
    return Section(
        heading or tr("Risiken"),
        [tr("Risiko"), tr("W × A"), tr("Verantwortlich"), tr("Gegenmaßnahme"), tr("Status")],
        [
            [
                r.title,
                f"{r.probability} × {r.impact} = {r.score}",
                r.owner or "–",
                r.countermeasure or "–",
                r.status.label,
            ]
            for r in sorted(measure.risks, key=lambda r: -r.score)
        ],
        tr("Keine Risiken erfasst."),
        (4.6, 2.2, 3.0, 4.8, 2.0),
    )


@dataclass(frozen=True)
class Pictured:
    """A chart or plan as a document shows it: its pictures (pages), a sentence that says
    what they show (the pictures' alternative text and the words above them), and its
    data as sections (tables), so that a screen reader and the printout read the same."""

    heading: str
    description: str
    pictures: list[Any]  # paths of PNG pictures, one per page; may be empty
    tables: list[Section]
    #: on landscape pages of their own (a plan), or in the text as wide as it (a chart)
    wide: bool = True


def shifts_section(baseline_name: str, lines: list[list[str]]) -> Section:
    """What moved since a baseline: one row per measure or milestone (from
    services.baselines.Shift), the largest shift first."""
    return Section(
        tr("Verschiebungen seit Planstand „{name}“").format(name=baseline_name),
        [
            tr("Kennung"),
            tr("Maßnahme / Meilenstein"),
            tr("Planstand"),
            tr("Jetzt"),
            tr("Verschiebung"),
        ],
        lines,
        tr("Seit dem Planstand „{name}“ hat sich kein Termin verschoben.").format(
            name=baseline_name
        ),
        (1.8, 6.6, 2.6, 2.6, 3.0),
    )
