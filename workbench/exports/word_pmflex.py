"""The PMflex documents of a measure: Projektauftrag (the order as it was given) and
Statusbericht (a reporting period: traffic lights derived from the data, never green by
default; resources and scope; decisions needed; what changed in the period)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from workbench.exports.docx_base import WordDocument
from workbench.exports.sections import Section
from workbench.exports.word_measures import (
    RECENT_LOG,
    goals_section,
    grants_of,
    load_measure,
    milestones_section,
    period,
    risks_section,
    text_or_dash,
)
from workbench.formats import format_cents, format_date, format_share, plural
from workbench.i18n import tr
from workbench.model import Measure, RiskStatus
from workbench.model.enums import MeasureStatus
from workbench.model.funding import Period

#: Worst first: the overall light is the worst of the single lights that say something.
SEVERITY = {"red": 3, "yellow": 2, "green": 1, "none": 0}


def phase_on(m: Measure, day: date | None) -> str:
    """The measure's phase on *day*, from its phase history (the last change on or before)."""
    if day is None:
        return tr("– (kein Auftragsdatum erfasst)")
    changes = sorted(
        (c for c in m.phase_changes if c.changed_on <= day), key=lambda c: c.changed_on
    )
    if not changes:
        return tr("– (vor dem ersten erfassten Phasenwechsel)")
    return changes[-1].phase.name if changes[-1].phase else "–"


def write_project_mandate(
    session: Session,
    measure_id: str,
    path: Path,
    template: Path | None = None,
    today: date | None = None,
) -> Path:
    """Projektauftrag in the PMflex form: situation and order, goals, deliverables and
    success criteria, scope with Nicht-Ziele, frame, organisation (the commissioning
    person apart from the lead unit), plan, risks, sign-off; the phase of the day of the
    order, not today's."""
    m = load_measure(session, measure_id)
    doc = WordDocument(tr("Projektauftrag {code}").format(code=m.code), template, today)
    doc.title(
        tr("Projektauftrag: {title}").format(title=m.title),
        tr("{code} · Stand {value}").format(code=m.code, value=format_date(doc.today)),
    )
    doc.heading(tr("1 Ausgangslage und Auftrag"), 1)
    doc.paragraph(text_or_dash(m.problem_statement), label=tr("Ausgangslage: "))
    doc.paragraph(text_or_dash(m.short_description), label=tr("Auftrag: "))
    doc.paragraph(text_or_dash(m.target_group), label=tr("Zielgruppe: "))
    goals_section(doc, m, tr("2 Ziele und Schlüsselergebnisse"), 1)
    doc.heading(tr("3 Lieferergebnisse und Erfolgskriterien"), 1)
    doc.paragraph(text_or_dash(m.deliverables), label=tr("Lieferergebnisse: "))
    doc.paragraph(text_or_dash(m.success_criteria), label=tr("Erfolgskriterien: "))
    doc.heading(tr("4 Umfang und Nicht-Ziele"), 1)
    doc.paragraph(text_or_dash(m.out_of_scope), label=tr("Nicht im Umfang: "))
    _frame_and_organisation(doc, session, m)
    milestones_section(doc, m, tr("7 Meilensteine und Gates"), 1)
    risks_section(doc, m, tr("8 Risiken"), 1)
    doc.heading(tr("9 Freigabe"), 1)
    doc.table(
        [tr("Rolle"), tr("Name"), tr("Datum"), tr("Unterschrift")],
        [
            (tr("Auftraggeber:in"), m.sponsor, "", ""),
            (tr("Projektleitung"), m.responsible.name if m.responsible else "", "", ""),
        ],
        (4.0, 5.0, 3.0, 4.6),
    )
    return doc.save(path)


def _frame_and_organisation(doc: WordDocument, session: Session, m: Measure) -> None:
    """5 Rahmenbedingungen (with the phase on the day of the order and the grants) and
    6 Projektorganisation."""
    doc.heading(tr("5 Rahmenbedingungen"), 1)
    grants = grants_of(session, m.id)
    doc.key_values(
        [
            (tr("Rahmenbedingungen"), text_or_dash(m.constraints)),
            (tr("Beauftragt am"), format_date(m.mandated_on) or "–"),
            (tr("Phase bei Auftrag"), phase_on(m, m.mandated_on)),
            (tr("Zeitraum"), period(m.start_date, m.end_date)),
            (tr("Budget"), format_cents(m.budget_cents) if m.budget_cents is not None else "–"),
            (tr("Finanzierung"), m.financing.label + (f" ({'; '.join(grants)})" if grants else "")),
        ]
    )
    doc.heading(tr("6 Projektorganisation"), 1)
    doc.key_values(
        [
            (tr("Auftraggeber:in"), text_or_dash(m.sponsor)),
            (tr("Federführende Stelle"), m.lead_unit.name if m.lead_unit else "–"),
            (tr("Projektleitung"), m.responsible.name if m.responsible else "–"),
            (tr("Lenkungsausschuss"), text_or_dash(m.steering_committee)),
            (tr("Beteiligte"), "; ".join(p.org_unit.name for p in m.participant_links) or "–"),
            (tr("Geplantes Personal"), text_or_dash(m.planned_staff)),
            (tr("Handlungsfelder"), "; ".join(f.field.name for f in m.field_links) or "–"),
        ]
    )


def status_lights(m: Measure, today: date) -> list[tuple[str, str, str]]:
    """Traffic lights for time, cost, quality and risk, derived from the measure's data;
    each reason says what it was derived from; without data a light says „keine Angabe“."""
    return [_time_light(m, today), cost_light(m), _quality_light(m), _risk_light(m)]


def _time_light(m: Measure, today: date) -> tuple[str, str, str]:
    """Red for an overdue milestone or a passed end, yellow for one due within 30 days."""
    late = [ms for ms in m.milestones if ms.due_date and ms.due_date < today and not ms.done_on]
    soon = [
        ms
        for ms in m.milestones
        if ms.due_date and today <= ms.due_date <= today + timedelta(days=30) and not ms.done_on
    ]
    if late:
        return (
            tr("Termine"),
            "red",
            tr("{value} überfällig: ").format(
                value=plural(len(late), tr("Meilenstein"), tr("Meilensteine"))
            )
            + "; ".join(ms.title for ms in late[:3]),
        )
    elif (
        m.end_date
        and m.end_date < today
        and m.status not in (MeasureStatus.DONE, MeasureStatus.STOPPED)
    ):
        return (
            tr("Termine"),
            "red",
            tr("Geplantes Ende {value} überschritten.").format(value=format_date(m.end_date)),
        )
    elif soon:
        return (
            tr("Termine"),
            "yellow",
            tr("{value} in den nächsten 30 Tagen fällig.").format(
                value=plural(len(soon), tr("Meilenstein"), tr("Meilensteine"))
            ),
        )
    elif m.milestones:
        return (tr("Termine"), "green", tr("Kein Meilenstein überfällig."))
    else:
        return (tr("Termine"), "none", tr("Keine Meilensteine erfasst."))


def _quality_light(m: Measure) -> tuple[str, str, str]:
    """The key results' mean progress: green from 50 %, yellow from 20 %."""
    progress = [
        kr.progress_percent
        for g in m.goals
        for kr in g.key_results
        if kr.progress_percent is not None
    ]
    if progress:
        mean = round(sum(progress) / len(progress))
        light = "green" if mean >= 50 else "yellow" if mean >= 20 else "red"
        return (
            tr("Qualität"),
            light,
            tr("Schlüsselergebnisse im Mittel zu {mean} % erreicht.").format(mean=mean),
        )
    else:
        return (tr("Qualität"), "none", tr("Kein Fortschritt von Schlüsselergebnissen erfasst."))


def _risk_light(m: Measure) -> tuple[str, str, str]:
    """The worst open risk: red from 15 of 25, yellow from 8."""
    open_risks = [r for r in m.risks if r.status != RiskStatus.CLOSED]
    worst = max((r.score for r in open_risks), default=0)
    if not open_risks:
        return (tr("Risiken"), "green", tr("Keine offenen Risiken."))
    else:
        light = "red" if worst >= 15 else "yellow" if worst >= 8 else "green"
        return (
            tr("Risiken"),
            light,
            tr("{value}, höchste Bewertung {worst} von 25.").format(
                value=plural(len(open_risks), tr("offenes Risiko"), tr("offene Risiken")),
                worst=worst,
            ),
        )


def cost_light(m: Measure) -> tuple[str, str, str]:
    """Plan against actual: red over budget, yellow above 90 % while the measure runs,
    green below; „keine Angabe“ without a budget or without actual costs."""
    if not m.budget_cents:
        return (tr("Kosten"), "none", tr("Kein Budget erfasst."))
    if m.spent_cents is None:
        return (
            tr("Kosten"),
            "none",
            tr("Budget {value}; Ist-Kosten nicht erfasst.").format(
                value=format_cents(m.budget_cents)
            ),
        )
    share = format_share(m.spent_cents, m.budget_cents)
    text = tr("Ist {value} von {value2} Budget ({share}).").format(
        value=format_cents(m.spent_cents), value2=format_cents(m.budget_cents), share=share
    )
    if m.spent_cents > m.budget_cents:
        return (tr("Kosten"), "red", text + tr(" Das Budget ist überschritten."))
    if m.spent_cents * 10 > m.budget_cents * 9 and m.status is not MeasureStatus.DONE:
        return (tr("Kosten"), "yellow", text + tr(" Mehr als 90 % sind verbraucht."))
    return (tr("Kosten"), "green", text)


def overall_light(lights: list[tuple[str, str, str]]) -> tuple[str, str, str]:
    """The worst light that says something; „keine Angabe“ when none does."""
    rated = [light for _, light, _ in lights if light != "none"]
    if not rated:
        return (tr("Gesamt"), "none", tr("Keine der Ampeln ist bewertbar."))
    worst = max(rated, key=lambda light: SEVERITY[light])
    names = [name for name, light, _ in lights if light == worst]
    return (tr("Gesamt"), worst, tr("Bestimmt durch: {value}.").format(value=", ".join(names)))


def default_period(today: date) -> Period:
    """Without a chosen period: the four weeks up to today."""
    return Period(today - timedelta(days=27), today)


def write_status_report(
    session: Session,
    measure_id: str,
    path: Path,
    template: Path | None = None,
    today: date | None = None,
    report_period: Period | None = None,
    shifts: Section | None = None,
) -> Path:
    """Statusbericht in the PMflex form for a reporting period: overall and single traffic
    lights, resources and scope, decisions needed, changes in the period from the log
    book, phase history and milestones, next milestones and risks; with *shifts* (a
    baseline chosen) what moved since it, after the next milestones."""
    m = load_measure(session, measure_id)
    doc = WordDocument(tr("Statusbericht {code}").format(code=m.code), template, today)
    span = report_period or default_period(doc.today)
    end = span.end or doc.today
    doc.title(
        tr("Statusbericht: {title}").format(title=m.title),
        tr("{code} · Berichtszeitraum {value} – {value2}").format(
            code=m.code, value=format_date(span.start), value2=format_date(end)
        ),
    )
    doc.key_values(
        [
            (tr("Berichtszeitraum"), f"{format_date(span.start)} – {format_date(end)}"),
            (tr("Phase"), m.phase.name if m.phase else "–"),
            (tr("Status"), m.status.label),
            (tr("Auftraggeber:in"), text_or_dash(m.sponsor)),
            (tr("Federführung"), m.lead_unit.name if m.lead_unit else "–"),
            (tr("Verantwortlich"), m.responsible.name if m.responsible else "–"),
            (tr("Zeitraum"), period(m.start_date, m.end_date)),
        ]
    )
    doc.heading(tr("1 Gesamtstatus"), 1)
    lights = status_lights(m, end)
    doc.traffic_lights([overall_light(lights), *lights])
    _resources(doc, m)
    doc.heading(tr("3 Entscheidungsbedarf"), 1)
    doc.paragraph(m.decisions_needed or tr("Kein Entscheidungsbedarf gemeldet."))
    _changes(doc, m, span)
    _next_milestones(doc, m)
    if shifts is not None:
        doc.section(shifts, 2)
    risks_section(doc, m, tr("6 Risiken"), 1)
    return doc.save(path)


def _resources(doc: WordDocument, m: Measure) -> None:
    """Budget, actual costs, staff, deliverables and what is out of scope."""
    doc.heading(tr("2 Ressourcen und Umfang"), 1)
    doc.key_values(
        [
            (tr("Budget"), format_cents(m.budget_cents) if m.budget_cents is not None else "–"),
            (
                tr("Ist-Kosten"),
                format_cents(m.spent_cents) if m.spent_cents is not None else tr("keine Angabe"),
            ),
            (tr("Geplantes Personal"), text_or_dash(m.planned_staff)),
            (tr("Lieferergebnisse"), text_or_dash(m.deliverables)),
            (tr("Nicht im Umfang"), text_or_dash(m.out_of_scope)),
        ]
    )


def _changes(doc: WordDocument, m: Measure, span: Period) -> None:
    """What changed in the period: the log book, phase changes, milestones reached."""
    doc.heading(tr("4 Änderungen im Berichtszeitraum"), 1)
    changes: list[tuple[date | None, str]] = [
        (e.entry_date, f"{e.kind.label}: {e.text}")
        for e in m.log_entries
        if span.holds(e.entry_date)
    ]
    changes += [
        (
            c.changed_on,
            tr("Phasenwechsel: {value}").format(value=c.phase.name if c.phase else "–")
            + (f" ({c.note})" if c.note else ""),
        )
        for c in m.phase_changes
        if span.holds(c.changed_on)
    ]
    changes += [
        (ms.done_on, tr("Meilenstein erreicht: {title}").format(title=ms.title))
        for ms in m.milestones
        if span.holds(ms.done_on)
    ]
    if changes:
        doc.bullets(
            f"{format_date(day)} – {text}"
            for day, text in sorted(changes, key=lambda c: c[0] or date.min)[-RECENT_LOG * 3 :]
        )
    else:
        doc.paragraph(
            tr(
                "Im Berichtszeitraum ist nichts im Logbuch, im Phasenverlauf oder bei den "
                "Meilensteinen eingetragen."
            )
        )


def _next_milestones(doc: WordDocument, m: Measure) -> None:
    """The next five open milestones."""
    doc.heading(tr("5 Nächste Meilensteine"), 1)
    upcoming = sorted(
        (ms for ms in m.milestones if not ms.done_on), key=lambda x: x.due_date or date.max
    )[:5]
    if upcoming:
        doc.table(
            [tr("Fällig am"), tr("Meilenstein"), tr("Art")],
            [
                (
                    format_date(ms.due_date) or tr("offen"),
                    ms.title,
                    tr("Gate") if ms.is_gate else "",
                )
                for ms in upcoming
            ],
            (3.0, 11.0, 2.6),
        )
    else:
        doc.paragraph(tr("Keine offenen Meilensteine."))
