"""Word documents about measures: Maßnahmensteckbrief, Strategiebericht, and the PMflex
Projektauftrag and Statusbericht."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from workbench.exports.docx_base import WordDocument
from workbench.exports.errors import ExportError
from workbench.formats import format_cents, format_date, format_number, plural
from workbench.model import (
    FieldOfAction,
    Goal,
    Heading,
    Indicator,
    Measure,
    MeasureField,
    MeasureParticipant,
    RiskStatus,
)

RECENT_LOG = 10


def period(start: date | None, end: date | None) -> str:
    if not start and not end:
        return "offen"
    return f"{format_date(start) or 'offen'} – {format_date(end) or 'offen'}"


def load_measure(session: Session, measure_id: str) -> Measure:
    measure = session.scalars(select(Measure).where(Measure.id == measure_id).options(
        selectinload(Measure.goals).selectinload(Goal.key_results),
        selectinload(Measure.indicators).selectinload(Indicator.values),
        selectinload(Measure.milestones), selectinload(Measure.risks),
        selectinload(Measure.log_entries), selectinload(Measure.questions),
        selectinload(Measure.field_links).selectinload(MeasureField.field),
        selectinload(Measure.participant_links).selectinload(MeasureParticipant.org_unit),
        selectinload(Measure.phase_changes))).first()
    if measure is None or measure.deleted_at is not None:
        raise ExportError("Diese Maßnahme gibt es nicht (mehr).")
    return measure


def facts(m: Measure) -> list[tuple[str, str]]:
    return [
        ("Kennung", m.code), ("Typ", m.type.label), ("Phase", m.phase.name if m.phase else "–"),
        ("Status", m.status.label), ("Priorität", m.priority.label),
        ("Handlungsfelder", "; ".join(link.field.name for link in m.field_links) or "–"),
        ("Federführung", m.lead_unit.name if m.lead_unit else "–"),
        ("Verantwortlich", m.responsible.name if m.responsible else "–"),
        ("Beteiligte", "; ".join(link.org_unit.name for link in m.participant_links) or "–"),
        ("Zeitraum", period(m.start_date, m.end_date)),
        ("Finanzierung", m.financing.label),
        ("Budget", format_cents(m.budget_cents) if m.budget_cents is not None else "–"),
        ("Reifegrad", m.maturity or "–"),
    ]


def _goals(doc: WordDocument, m: Measure, heading: str = "Zielstellungen und Schlüsselergebnisse") -> None:
    doc.heading(heading, 2)
    if not m.goals:
        doc.paragraph("Noch keine Zielstellungen erfasst.")
    for goal in sorted(m.goals, key=lambda g: g.position):
        factor = f" (Erfolgsfaktor: {goal.success_factor.name})" if goal.success_factor else ""
        doc.paragraph(goal.description, label=f"{goal.title}{factor}. " if goal.description
                      else f"{goal.title}{factor}")
        doc.bullets(f"{kr.title}" + (f" – Ziel: {kr.target}" if kr.target else "")
                    + (f" – Fortschritt {kr.progress_percent} %" if kr.progress_percent is not None
                       else "") for kr in sorted(goal.key_results, key=lambda k: k.position))


def _indicators(doc: WordDocument, m: Measure) -> None:
    doc.heading("Indikatoren", 2)
    if not m.indicators:
        doc.paragraph("Noch keine Indikatoren erfasst.")
    for ind in sorted(m.indicators, key=lambda i: i.position):
        unit = f" {ind.unit}" if ind.unit else ""
        doc.paragraph(f"{ind.kind.label}; Ausgangswert {format_number(ind.baseline) or '–'}{unit}, "
                      f"Zielwert {format_number(ind.target) or '–'}{unit}", label=f"{ind.name}: ")
        if ind.values:
            doc.table(["Datum", "Wert", "Anmerkung"],
                      [(format_date(v.measured_on), f"{format_number(v.value)}{unit}", v.note)
                       for v in sorted(ind.values, key=lambda v: v.measured_on)],
                      widths_cm=(3.0, 3.5, 10.1))


def _milestones(doc: WordDocument, m: Measure, heading: str = "Meilensteine") -> None:
    doc.heading(heading, 2)
    rows = [(format_date(ms.due_date) or "offen", ms.title, "Gate" if ms.is_gate else "",
             format_date(ms.done_on) if ms.done_on else "offen")
            for ms in sorted(m.milestones, key=lambda x: (x.due_date or date.max, x.title))]
    if rows:
        doc.table(["Fällig am", "Meilenstein", "Art", "Erreicht am"], rows, (2.8, 8.6, 1.8, 3.4))
    else:
        doc.paragraph("Noch keine Meilensteine erfasst.")


def _risks(doc: WordDocument, m: Measure, heading: str = "Risiken") -> None:
    doc.heading(heading, 2)
    rows = [(r.title, f"{r.probability} × {r.impact} = {r.score}", r.owner or "–",
             r.countermeasure or "–", r.status.label)
            for r in sorted(m.risks, key=lambda r: -r.score)]
    if rows:
        doc.table(["Risiko", "W × A", "Verantwortlich", "Gegenmaßnahme", "Status"], rows,
                  (4.6, 2.2, 3.0, 4.8, 2.0))
    else:
        doc.paragraph("Keine Risiken erfasst.")


def _log(doc: WordDocument, m: Measure) -> None:
    entries = sorted(m.log_entries, key=lambda e: e.entry_date, reverse=True)[:RECENT_LOG]
    doc.heading("Logbuch (jüngste Einträge)", 2)
    if entries:
        doc.table(["Datum", "Art", "Eintrag"],
                  [(format_date(e.entry_date), e.kind.label, e.text) for e in entries],
                  (2.8, 2.6, 11.2))
    else:
        doc.paragraph("Noch keine Einträge.")


def write_steckbrief(session: Session, measure_id: str, path: Path, template: Path | None = None,
                     today: date | None = None) -> Path:
    """Maßnahmensteckbrief: every field, goals and key results, indicators with values,
    milestones, risks and the recent log book of one measure."""
    m = load_measure(session, measure_id)
    doc = WordDocument(f"Maßnahmensteckbrief {m.code}", template, today)
    doc.title(m.title, f"Maßnahmensteckbrief {m.code}")
    if m.short_description:
        doc.paragraph(m.short_description)
    doc.heading("Eckdaten", 2)
    doc.key_values(facts(m))
    _goals(doc, m)
    _indicators(doc, m)
    _milestones(doc, m)
    _risks(doc, m)
    _log(doc, m)
    if m.questions:
        doc.heading("Transformatorische Fragen", 2)
        doc.bullets(q.question for q in sorted(m.questions, key=lambda q: q.position))
    return doc.save(path)


@dataclass(frozen=True)
class ReportScope:
    """Which measures a report covers and how the scope is described to readers."""

    measure_ids: Sequence[str] | None = None  # None: every measure not in the recycle bin
    description: str = "alle Maßnahmen"


def write_strategy_report(session: Session, path: Path, scope: ReportScope = ReportScope(),  # noqa: B008
                          template: Path | None = None, today: date | None = None) -> Path:
    """Strategiebericht: measures grouped by heading and Handlungsfeld, with a table of
    contents and an overview table."""
    query = select(Measure).where(Measure.deleted_at.is_(None)).options(
        selectinload(Measure.field_links), selectinload(Measure.goals),
        selectinload(Measure.phase), selectinload(Measure.lead_unit))
    if scope.measure_ids is not None:
        query = query.where(Measure.id.in_(list(scope.measure_ids)))
    measures = sorted(session.scalars(query), key=lambda m: m.code)
    if not measures:
        raise ExportError("Der Bericht hätte keine Maßnahme: Der Filter lässt keine übrig.")
    headings = session.scalars(select(Heading).order_by(Heading.position).options(
        selectinload(Heading.fields))).all()
    field_rank = {}
    for h_index, heading in enumerate(headings):
        for f_index, field in enumerate(sorted(heading.fields, key=lambda f: f.position)):
            field_rank[field.id] = (h_index, f_index)
    home: dict[str, list[Measure]] = {}
    for m in measures:  # each measure under its first field; the others are named there
        ranked = sorted((link.field_id for link in m.field_links),
                        key=lambda f: field_rank.get(f, (99, 99)))
        home.setdefault(ranked[0] if ranked else "", []).append(m)
    names = dict(session.execute(select(FieldOfAction.id, FieldOfAction.name)).all())

    doc = WordDocument("Strategiebericht", template, today)
    doc.title("Strategiebericht", f"Stand {format_date(doc.today)} · {plural(len(measures), 'Maßnahme', 'Maßnahmen')} "
              f"({scope.description})")
    toc = [(1, "Übersicht")]
    for heading in headings:
        fields = [f for f in sorted(heading.fields, key=lambda f: f.position) if f.id in home]
        if fields:
            toc.append((1, heading.name))
            toc += [(2, f.name) for f in fields]
    if "" in home:
        toc.append((1, "Ohne Handlungsfeld"))
    doc.heading("Inhalt", 1)
    doc.table_of_contents(toc)
    doc.heading("Übersicht", 1)
    doc.table(["Kennung", "Maßnahme", "Typ", "Phase", "Status", "Federführung"],
              [(m.code, m.title, m.type.label, m.phase.name if m.phase else "–", m.status.label,
                m.lead_unit.short_name or m.lead_unit.name if m.lead_unit else "–") for m in measures],
              (1.8, 6.0, 2.4, 2.2, 2.2, 2.0))

    def measure_block(m: Measure, here: str) -> None:
        doc.heading(f"{m.code} {m.title}", 3)
        if m.short_description:
            doc.paragraph(m.short_description)
        others = [names[link.field_id] for link in m.field_links if link.field_id != here]
        line = (f"{m.type.label} · Phase {m.phase.name if m.phase else '–'} · {m.status.label} · "
                f"{period(m.start_date, m.end_date)}")
        if m.lead_unit:
            line += f" · Federführung {m.lead_unit.name}"
        doc.paragraph(line, style="Caption")
        if others:
            doc.paragraph("Auch im Handlungsfeld: " + "; ".join(others), style="Caption")
        if m.goals:
            doc.bullets(g.title for g in sorted(m.goals, key=lambda g: g.position))

    for heading in headings:
        fields = [f for f in sorted(heading.fields, key=lambda f: f.position) if f.id in home]
        if not fields:
            continue
        doc.heading(heading.name, 1)
        for field in fields:
            doc.heading(field.name, 2)
            for m in home[field.id]:
                measure_block(m, field.id)
    if "" in home:
        doc.heading("Ohne Handlungsfeld", 1)
        for m in home[""]:
            measure_block(m, "")
    return doc.save(path)


# --- PMflex -----------------------------------------------------------------------------------

def status_lights(m: Measure, today: date) -> list[tuple[str, str, str]]:
    """Traffic lights for time, cost, quality and risk, derived from the measure's data;
    each reason says what it was derived from."""
    lights = []
    late = [ms for ms in m.milestones if ms.due_date and ms.due_date < today and not ms.done_on]
    soon = [ms for ms in m.milestones if ms.due_date and today <= ms.due_date <= today + timedelta(days=30)
            and not ms.done_on]
    if late:
        lights.append(("Termine", "red", f"{plural(len(late), 'Meilenstein', 'Meilensteine')} überfällig: "
                       + "; ".join(ms.title for ms in late[:3])))
    elif m.end_date and m.end_date < today and m.status.value not in ("done", "stopped"):
        lights.append(("Termine", "red", f"Geplantes Ende {format_date(m.end_date)} überschritten."))
    elif soon:
        lights.append(("Termine", "yellow", f"{plural(len(soon), 'Meilenstein', 'Meilensteine')} in den "
                       "nächsten 30 Tagen fällig."))
    elif m.milestones:
        lights.append(("Termine", "green", "Kein Meilenstein überfällig."))
    else:
        lights.append(("Termine", "none", "Keine Meilensteine erfasst."))
    if m.budget_cents:
        lights.append(("Kosten", "green", f"Budget {format_cents(m.budget_cents)}; Ist-Kosten werden "
                       "mit der Förderung erfasst, bis dahin keine Abweichung bekannt."))
    else:
        lights.append(("Kosten", "none", "Kein Budget erfasst."))
    progress = [kr.progress_percent for g in m.goals for kr in g.key_results
                if kr.progress_percent is not None]
    if progress:
        mean = round(sum(progress) / len(progress))
        light = "green" if mean >= 50 else "yellow" if mean >= 20 else "red"
        lights.append(("Qualität", light, f"Schlüsselergebnisse im Mittel zu {mean} % erreicht."))
    else:
        lights.append(("Qualität", "none", "Kein Fortschritt von Schlüsselergebnissen erfasst."))
    open_risks = [r for r in m.risks if r.status != RiskStatus.CLOSED]
    worst = max((r.score for r in open_risks), default=0)
    if not open_risks:
        lights.append(("Risiken", "green", "Keine offenen Risiken."))
    else:
        light = "red" if worst >= 15 else "yellow" if worst >= 8 else "green"
        lights.append(("Risiken", light, f"{plural(len(open_risks), 'offenes Risiko', 'offene Risiken')}, "
                       f"höchste Bewertung {worst} von 25."))
    return lights


def write_status_report(session: Session, measure_id: str, path: Path, template: Path | None = None,
                        today: date | None = None) -> Path:
    """Statusbericht in the PMflex form: traffic lights for time, cost, quality and risk."""
    m = load_measure(session, measure_id)
    doc = WordDocument(f"Statusbericht {m.code}", template, today)
    doc.title(f"Statusbericht: {m.title}", f"{m.code} · Berichtsstand {format_date(doc.today)}")
    doc.key_values([("Phase", m.phase.name if m.phase else "–"), ("Status", m.status.label),
                    ("Federführung", m.lead_unit.name if m.lead_unit else "–"),
                    ("Verantwortlich", m.responsible.name if m.responsible else "–"),
                    ("Zeitraum", period(m.start_date, m.end_date))])
    doc.heading("Gesamtstatus", 2)
    doc.traffic_lights(status_lights(m, doc.today))
    doc.heading("Nächste Meilensteine", 2)
    upcoming = sorted((ms for ms in m.milestones if not ms.done_on),
                      key=lambda x: x.due_date or date.max)[:5]
    if upcoming:
        doc.table(["Fällig am", "Meilenstein", "Art"],
                  [(format_date(ms.due_date) or "offen", ms.title, "Gate" if ms.is_gate else "")
                   for ms in upcoming], (3.0, 11.0, 2.6))
    else:
        doc.paragraph("Keine offenen Meilensteine.")
    _risks(doc, m)
    doc.heading("Entscheidungen und Ereignisse seit dem letzten Bericht", 2)
    recent = sorted(m.log_entries, key=lambda e: e.entry_date, reverse=True)[:RECENT_LOG]
    if recent:
        doc.bullets(f"{format_date(e.entry_date)} ({e.kind.label}): {e.text}" for e in recent)
    else:
        doc.paragraph("Keine Einträge im Logbuch.")
    return doc.save(path)


def write_project_mandate(session: Session, measure_id: str, path: Path,
                          template: Path | None = None, today: date | None = None) -> Path:
    """Projektauftrag in the PMflex form: mandate, goals, scope, organisation, plan, risks."""
    m = load_measure(session, measure_id)
    doc = WordDocument(f"Projektauftrag {m.code}", template, today)
    doc.title(f"Projektauftrag: {m.title}", f"{m.code} · Stand {format_date(doc.today)}")
    doc.heading("1 Ausgangslage und Auftrag", 2)
    doc.paragraph(m.short_description or "–")
    _goals(doc, m, "2 Ziele und Schlüsselergebnisse")
    doc.heading("3 Projektorganisation", 2)
    doc.key_values([("Auftraggeber (Federführung)", m.lead_unit.name if m.lead_unit else "–"),
                    ("Projektleitung", m.responsible.name if m.responsible else "–"),
                    ("Beteiligte", "; ".join(p.org_unit.name for p in m.participant_links) or "–"),
                    ("Handlungsfelder", "; ".join(f.field.name for f in m.field_links) or "–")])
    doc.heading("4 Rahmen", 2)
    doc.key_values([("Zeitraum", period(m.start_date, m.end_date)),
                    ("Phase bei Auftrag", m.phase.name if m.phase else "–"),
                    ("Budget", format_cents(m.budget_cents) if m.budget_cents is not None else "–"),
                    ("Finanzierung", m.financing.label)])
    _milestones(doc, m, "5 Meilensteine und Gates")
    _risks(doc, m, "6 Risiken")
    doc.heading("7 Freigabe", 2)
    doc.table(["Rolle", "Name", "Datum", "Unterschrift"],
              [("Auftraggeber:in", "", "", ""), ("Projektleitung", "", "", "")],
              (4.0, 5.0, 3.0, 4.6))
    return doc.save(path)
