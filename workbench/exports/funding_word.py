"""Sachbericht in Word: start, duration, staff, results per measure with their indicators,
deviations from plan, from the measures' data and the report's narrative sections."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from workbench.exports.docx_base import WordDocument
from workbench.exports.word_measures import load_measure
from workbench.formats import format_cents, format_date, format_number, format_share, plural
from workbench.model import Grant
from workbench.model.enums import CostCategory
from workbench.model.funding import position_totals


def _months(start: date | None, end: date | None) -> str:
    if not start or not end:
        return "–"
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    return plural(months, "Monat", "Monate")


def write_sachbericht(session: Session, grant: Grant, path: Path, template: Path | None = None,
                      today: date | None = None) -> Path:
    doc = WordDocument(f"Sachbericht {grant.file_number}", template, today)
    report = max(grant.reports, key=lambda r: (r.period_end or date.min), default=None)
    kind = report.kind.label if report else "Sachbericht"
    doc.title(f"Sachbericht: {grant.title}", f"{kind} · Aktenzeichen {grant.file_number} · "
              f"Stand {format_date(doc.today)}")
    staff_plan = sum(p.cents for pos in grant.positions if pos.category is CostCategory.STAFF
                     for p in pos.planned)
    staff_actual = sum(r.gross_cents for r in grant.receipts
                       if r.position is not None and r.position.category is CostCategory.STAFF)
    doc.heading("1 Eckdaten", 2)
    doc.key_values([
        ("Förderprogramm", f"{grant.programme.name} ({grant.programme.funder} {grant.programme.code})"),
        ("Bewilligt am", format_date(grant.approved_on) or "–"),
        ("Beginn", format_date(grant.start_date) or "–"),
        ("Laufzeit", f"{format_date(grant.start_date)} – {format_date(grant.end_date)} "
                     f"({_months(grant.start_date, grant.end_date)})"),
        ("Berichtszeitraum", f"{format_date(report.period_start)} – {format_date(report.period_end)}"
         if report else "–"),
        ("Personal", f"{format_cents(staff_actual)} ausgegeben von {format_cents(staff_plan)} geplant"),
        ("Zuwendung", format_cents(grant.approved_cents)),
    ])
    doc.heading("2 Ergebnisse je Maßnahme", 2)
    if not grant.measure_links:
        doc.paragraph("Der Zuwendung ist keine Maßnahme zugeordnet.")
    for link in grant.measure_links:
        m = load_measure(session, link.measure_id)
        doc.heading(f"{m.code} {m.title}", 3)
        if m.short_description:
            doc.paragraph(m.short_description)
        rows = []
        for ind in sorted(m.indicators, key=lambda i: i.position):
            latest = max(ind.values, key=lambda v: v.measured_on, default=None)
            unit = f" {ind.unit}" if ind.unit else ""
            rows.append((ind.name, f"{format_number(ind.baseline) or '–'}{unit}",
                         f"{format_number(ind.target) or '–'}{unit}",
                         f"{format_number(latest.value)}{unit} ({format_date(latest.measured_on)})"
                         if latest else "noch nicht gemessen"))
        if rows:
            doc.table(["Indikator", "Ausgangswert", "Zielwert", "Zuletzt gemessen"], rows,
                      (6.6, 3.0, 3.0, 4.0))
        done = [ms for ms in m.milestones if ms.done_on]
        if done:
            doc.bullets(f"{format_date(ms.done_on)}: {ms.title}" for ms in sorted(done, key=lambda x: x.done_on))
    doc.heading("3 Abweichungen vom Plan", 2)
    deviations = [(f"{t.number} {t.name}", format_cents(t.planned), format_cents(t.actual),
                   format_share(t.actual, t.planned))
                  for t in position_totals(grant) if t.planned and t.difference]
    if deviations:
        doc.table(["Position", "lt. Zuwendungsbescheid", "lt. Abrechnung", "Anteil"], deviations,
                  (6.6, 3.4, 3.4, 3.2))
    else:
        doc.paragraph("Keine Abweichungen.")
    if report is not None:
        for number, section in enumerate(report.sections, start=4):
            doc.heading(f"{number} {section.heading}", 2)
            doc.paragraph(section.text)
    return doc.save(path)
