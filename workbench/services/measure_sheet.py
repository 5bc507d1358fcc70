"""One measure as a printable sheet (the window's „Steckbrief drucken“): the same facts
as the Word Steckbrief, as plain data the window turns into a page."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from workbench.exports.errors import ExportError
from workbench.exports.word_measures import facts, load_measure, text_or_dash
from workbench.formats import format_date, format_number
from workbench.i18n import tr
from workbench.services.errors import NotFoundError


@dataclass
class SheetSection:
    heading: str
    pairs: list[tuple[str, str]] = field(default_factory=list)
    text: str = ""
    headers: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class MeasureSheet:
    title: str
    subtitle: str
    sections: list[SheetSection]


def measure_sheet(session: Session, measure_id: str) -> MeasureSheet:
    try:
        m = load_measure(session, measure_id)
    except ExportError as exc:
        raise NotFoundError(str(exc)) from exc
    sections = [SheetSection(tr("Eckdaten"), pairs=facts(m))]
    if m.short_description:
        sections.append(SheetSection(tr("Kurzbeschreibung"), text=m.short_description))
    sections.append(
        SheetSection(
            tr("Ausgangslage und Zielgruppe"),
            pairs=[
                (tr("Problemstellung"), text_or_dash(m.problem_statement)),
                (tr("Zielgruppe"), text_or_dash(m.target_group)),
            ],
        )
    )
    goals = []
    for g in sorted(m.goals, key=lambda g: g.position):
        results = sorted(g.key_results, key=lambda k: k.position)
        goals += [
            [
                g.title,
                kr.title,
                kr.target or "–",
                f"{kr.progress_percent} %" if kr.progress_percent is not None else "–",
            ]
            for kr in results
        ] or [[g.title, "–", "–", "–"]]
    sections.append(
        SheetSection(
            tr("Ziele und Schlüsselergebnisse"),
            headers=[tr("Ziel"), tr("Schlüsselergebnis"), tr("Zielwert"), tr("Fortschritt")],
            rows=goals,
            text="" if goals else tr("Noch keine Ziele erfasst."),
        )
    )
    indicators = []
    for ind in sorted(m.indicators, key=lambda i: i.position):
        latest = max(ind.values, key=lambda v: v.measured_on, default=None)
        unit = f" {ind.unit}" if ind.unit else ""
        indicators.append(
            [
                ind.name,
                f"{format_number(ind.baseline) or '–'}{unit}",
                f"{format_number(ind.target) or '–'}{unit}",
                f"{format_number(latest.value)}{unit} ({format_date(latest.measured_on)})"
                if latest
                else tr("noch nicht gemessen"),
            ]
        )
    sections.append(
        SheetSection(
            tr("Indikatoren"),
            headers=[tr("Indikator"), tr("Ausgangswert"), tr("Zielwert"), tr("Zuletzt")],
            rows=indicators,
            text="" if indicators else tr("Noch keine Indikatoren erfasst."),
        )
    )
    milestones = [
        [
            format_date(ms.due_date) or tr("offen"),
            ms.title,
            tr("Gate") if ms.is_gate else "",
            format_date(ms.done_on) or tr("offen"),
        ]
        for ms in sorted(m.milestones, key=lambda x: (x.due_date or date.max, x.title))
    ]
    sections.append(
        SheetSection(
            tr("Meilensteine"),
            headers=[tr("Fällig am"), tr("Meilenstein"), tr("Art"), tr("Erreicht am")],
            rows=milestones,
            text="" if milestones else tr("Noch keine Meilensteine erfasst."),
        )
    )
    risks = [
        [
            r.title,
            f"{r.probability} × {r.impact} = {r.score}",
            r.owner or "–",
            r.countermeasure or "–",
            r.status.label,
        ]
        for r in sorted(m.risks, key=lambda r: -r.score)
    ]
    sections.append(
        SheetSection(
            tr("Risiken"),
            headers=[
                tr("Risiko"),
                tr("W × A"),
                tr("Verantwortlich"),
                tr("Gegenmaßnahme"),
                tr("Status"),
            ],
            rows=risks,
            text="" if risks else tr("Keine Risiken erfasst."),
        )
    )
    return MeasureSheet(m.title, tr("Maßnahmensteckbrief {code}").format(code=m.code), sections)
