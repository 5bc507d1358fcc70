"""Word documents about one measure: the Maßnahmensteckbrief, and the sections the other
documents (PMflex in word_pmflex, the Strategiebericht in word_strategy) share."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from workbench.exports import sections
from workbench.exports.docx_base import WordDocument
from workbench.exports.errors import ExportError
from workbench.formats import format_cents, format_date, format_number
from workbench.i18n import tr
from workbench.model import (
    Goal,
    Indicator,
    Measure,
    MeasureField,
    MeasureParticipant,
)

RECENT_LOG = 10


def period(start: date | None, end: date | None) -> str:
    if not start and not end:
        return tr("offen")
    return (format_date(start) or tr("offen")) + " – " + (format_date(end) or tr("offen"))


def load_measure(session: Session, measure_id: str) -> Measure:
    measure = session.scalars(
        select(Measure)
        .where(Measure.id == measure_id)
        .options(
            selectinload(Measure.goals).selectinload(Goal.key_results),
            selectinload(Measure.indicators).selectinload(Indicator.values),
            selectinload(Measure.milestones),
            selectinload(Measure.risks),
            selectinload(Measure.log_entries),
            selectinload(Measure.questions),
            selectinload(Measure.field_links).selectinload(MeasureField.field),
            selectinload(Measure.participant_links).selectinload(MeasureParticipant.org_unit),
            selectinload(Measure.phase_changes),
            selectinload(Measure.dependencies),
        )
    ).first()
    if measure is None or measure.deleted_at is not None:
        raise ExportError(tr("Diese Maßnahme gibt es nicht (mehr)."))
    return measure


def facts(m: Measure) -> list[tuple[str, str]]:
    return [
        (tr("Kennung"), m.code),
        (tr("Typ"), m.type.label),
        (tr("Phase"), m.phase.name if m.phase else "–"),
        (tr("Status"), m.status.label),
        (tr("Priorität"), m.priority.label),
        (tr("Handlungsfelder"), "; ".join(link.field.name for link in m.field_links) or "–"),
        (tr("Federführung"), m.lead_unit.name if m.lead_unit else "–"),
        (tr("Verantwortlich"), m.responsible.name if m.responsible else "–"),
        (tr("Beteiligte"), "; ".join(link.org_unit.name for link in m.participant_links) or "–"),
        (tr("Zeitraum"), period(m.start_date, m.end_date)),
        (tr("Finanzierung"), m.financing.label),
        (tr("Budget"), format_cents(m.budget_cents) if m.budget_cents is not None else "–"),
        (tr("Reifegrad"), m.maturity or "–"),
    ]


def text_or_dash(text: str | None) -> str:
    return text.strip() if text and text.strip() else "–"


def grants_of(session: Session, measure_id: str) -> list[str]:
    """The grants that finance a measure: programme, file number, amount."""
    from workbench.model import FundingProgramme, Grant, GrantMeasure

    rows = session.execute(
        select(FundingProgramme.name, Grant.file_number, Grant.title, Grant.approved_cents)
        .join(Grant, Grant.programme_id == FundingProgramme.id)
        .join(GrantMeasure, GrantMeasure.grant_id == Grant.id)
        .where(GrantMeasure.measure_id == measure_id)
        .order_by(Grant.file_number)
    )
    return [
        f"{programme}, {number}: {title} ({format_cents(cents)})"
        for programme, number, title, cents in rows
    ]


def goals_section(
    doc: WordDocument,
    m: Measure,
    heading: str = tr("Zielstellungen und Schlüsselergebnisse"),
    level: int = 1,
) -> None:
    doc.heading(heading, level)
    if not m.goals:
        doc.paragraph(tr("Noch keine Zielstellungen erfasst."))
    for goal in sorted(m.goals, key=lambda g: g.position):
        factor = (
            tr(" (Erfolgsfaktor: {name})").format(name=goal.success_factor.name)
            if goal.success_factor
            else ""
        )
        doc.paragraph(
            goal.description,
            label=f"{goal.title}{factor}. " if goal.description else f"{goal.title}{factor}",
        )
        doc.bullets(
            f"{kr.title}"
            + (tr(" – Ziel: {target}").format(target=kr.target) if kr.target else "")
            + (
                tr(" – Fortschritt {progress_percent} %").format(
                    progress_percent=kr.progress_percent
                )
                if kr.progress_percent is not None
                else ""
            )
            for kr in sorted(goal.key_results, key=lambda k: k.position)
        )


def indicators_section(doc: WordDocument, m: Measure, level: int = 1) -> None:
    doc.heading(tr("Indikatoren"), level)
    if not m.indicators:
        doc.paragraph(tr("Noch keine Indikatoren erfasst."))
    for ind in sorted(m.indicators, key=lambda i: i.position):
        unit = f" {ind.unit}" if ind.unit else ""
        doc.paragraph(
            tr("{label}; Ausgangswert {value}{unit}, Zielwert {value2}{unit}").format(
                label=ind.kind.label,
                value=format_number(ind.baseline) or "–",
                unit=unit,
                value2=format_number(ind.target) or "–",
            ),
            label=f"{ind.name}: ",
        )
        if ind.values:
            doc.table(
                [tr("Datum"), tr("Wert"), tr("Anmerkung")],
                [
                    (format_date(v.measured_on), f"{format_number(v.value)}{unit}", v.note)
                    for v in sorted(ind.values, key=lambda v: v.measured_on)
                ],
                widths_cm=(3.0, 3.5, 10.1),
            )


def milestones_section(doc: WordDocument, m: Measure, heading: str = "", level: int = 1) -> None:
    doc.section(sections.milestones(m, heading), level)


def risks_section(doc: WordDocument, m: Measure, heading: str = "", level: int = 1) -> None:
    doc.section(sections.risks(m, heading), level)


def log_section(doc: WordDocument, m: Measure, level: int = 1) -> None:
    entries = sorted(m.log_entries, key=lambda e: e.entry_date, reverse=True)[:RECENT_LOG]
    doc.heading(tr("Logbuch (jüngste Einträge)"), level)
    if entries:
        doc.table(
            [tr("Datum"), tr("Art"), tr("Eintrag")],
            [(format_date(e.entry_date), e.kind.label, e.text) for e in entries],
            (2.8, 2.6, 11.2),
        )
    else:
        doc.paragraph(tr("Noch keine Einträge."))


def write_steckbrief(
    session: Session,
    measure_id: str,
    path: Path,
    template: Path | None = None,
    today: date | None = None,
) -> Path:
    """Maßnahmensteckbrief: every field, the problem it answers and for whom, goals and key
    results, indicators with values, milestones, dependencies, phase history, the grant
    that finances it, risks and the recent log book of one measure."""
    m = load_measure(session, measure_id)
    doc = WordDocument(tr("Maßnahmensteckbrief {code}").format(code=m.code), template, today)
    doc.title(m.title, tr("Maßnahmensteckbrief {code}").format(code=m.code))
    if m.short_description:
        doc.paragraph(m.short_description)
    doc.heading(tr("Eckdaten"), 1)
    doc.key_values(facts(m))
    doc.heading(tr("Ausgangslage und Zielgruppe"), 1)
    doc.paragraph(text_or_dash(m.problem_statement), label=tr("Problemstellung: "))
    doc.paragraph(text_or_dash(m.target_group), label=tr("Zielgruppe: "))
    goals_section(doc, m)
    indicators_section(doc, m)
    milestones_section(doc, m)
    doc.heading(tr("Abhängigkeiten"), 1)
    if m.dependencies:
        doc.table(
            [tr("Hängt ab von"), tr("Anmerkung")],
            [
                (f"{d.depends_on.code} {d.depends_on.title}", d.note or "–")
                for d in sorted(m.dependencies, key=lambda d: d.depends_on.code)
            ],
            (7.0, 9.6),
        )
    else:
        doc.paragraph(tr("Keine Abhängigkeiten erfasst."))
    doc.heading(tr("Phasenverlauf"), 1)
    if m.phase_changes:
        doc.table(
            [tr("Seit"), tr("Phase"), tr("Anmerkung")],
            [
                (format_date(c.changed_on), c.phase.name if c.phase else "–", c.note or "")
                for c in sorted(m.phase_changes, key=lambda c: c.changed_on)
            ],
            (3.0, 5.0, 8.6),
        )
    else:
        doc.paragraph(tr("Noch kein Phasenwechsel erfasst."))
    doc.heading(tr("Förderung"), 1)
    grants = grants_of(session, m.id)
    if grants:
        doc.bullets(grants)
    else:
        doc.paragraph(tr("Keine Zuwendung finanziert diese Maßnahme."))
    risks_section(doc, m)
    log_section(doc, m)
    if m.questions:
        doc.heading(tr("Transformatorische Fragen"), 1)
        doc.bullets(q.question for q in sorted(m.questions, key=lambda q: q.position))
    return doc.save(path)
