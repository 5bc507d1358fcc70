"""One measure as a printable sheet (the window's „Steckbrief drucken“): the same facts
as the Word Steckbrief, as plain data the window turns into a page."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from workbench.exports import sections as shared
from workbench.exports.errors import ExportError
from workbench.exports.word_measures import facts, load_measure, text_or_dash
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
    for section in (shared.indicators(m), shared.milestones(m), shared.risks(m)):
        sheet_rows = [list(row) for row in section.rows]
        sections.append(
            SheetSection(
                section.heading,
                headers=section.headers,
                rows=sheet_rows,
                text="" if sheet_rows else section.empty,
            )
        )
    return MeasureSheet(m.title, tr("Maßnahmensteckbrief {code}").format(code=m.code), sections)
