"""Sachbericht in Word, structured after the Muster of the Verwendungsnachweis (VV Nr. 10
zu § 44 BHO): Beginn, Dauer und Abschluss, the staff financed as people, the results
measured against the goals, the deviations from the plan and from the Finanzierungsplan
with their reasons, then the report's own sections; limited to the report's period."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from workbench.exports import sections
from workbench.exports.docx_base import WordDocument
from workbench.exports.funding_forms import clipped, measure_start_text, period_text, terms
from workbench.exports.word_measures import load_measure
from workbench.formats import (
    format_basis_points,
    format_cents,
    format_date,
    format_number,
    format_share,
    plural,
)
from workbench.i18n import tr
from workbench.model import CostPosition, FundingReport, Grant
from workbench.model.enums import CostCategory, FinancingKind, FinancingSource, ReportKind
from workbench.model.funding import Period, position_totals
from workbench.model.labels import GrantTerms
from workbench.model.settlement import settle


def _months(start: date | None, end: date | None) -> str:
    if not start or not end:
        return "–"
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    return plural(months, tr("Monat"), tr("Monate"))


def chosen_report(grant: Grant, report_id: str | None) -> FundingReport | None:
    """The report asked for; none without a choice (then a document covers the period
    asked for, or the whole Bewilligungszeitraum, never silently the newest report)."""
    if report_id:
        return next((r for r in grant.reports if r.id == report_id), None)
    return None


def is_interim(grant: Grant, report: FundingReport | None, period: Period) -> bool:
    """A Zwischennachweis: the chosen report is one, or (none chosen) the period ends
    before the Bewilligungszeitraum does."""
    if report is not None:
        return report.kind is ReportKind.INTERIM
    return bool(period.end and grant.end_date and period.end < grant.end_date)


def report_period(grant: Grant, report: FundingReport | None, period: Period | None) -> Period:
    """The period a document covers: the one asked for, else the report's, else the whole
    Bewilligungszeitraum; always within the Bewilligungszeitraum."""
    if period is None and report is not None:
        period = Period(report.period_start, report.period_end)
    return clipped(grant, period)


def write_sachbericht(
    session: Session,
    grant: Grant,
    path: Path,
    template: Path | None = None,
    today: date | None = None,
    period: Period | None = None,
    report_id: str | None = None,
) -> Path:
    t = terms(grant)
    report = chosen_report(grant, report_id)
    period = report_period(grant, report, period)
    until = Period(grant.start_date, period.end)
    doc = WordDocument(
        tr("Sachbericht {file_number}").format(file_number=grant.file_number), template, today
    )
    interim = is_interim(grant, report, period)
    kind = (ReportKind.INTERIM if interim else ReportKind.FINAL).label
    doc.title(
        tr("Sachbericht: {title}").format(title=grant.title),
        tr(
            "{kind} · Aktenzeichen {file_number} · Berichtszeitraum {value} · Stand {value2}"
        ).format(
            kind=kind,
            file_number=grant.file_number,
            value=period_text(period),
            value2=format_date(doc.today),
        ),
    )
    _key_facts(doc, grant, t, period)
    _duration(doc, grant, t, period)
    _staff(doc, grant, period, until)
    _results(session, doc, grant, period, t, doc.today)
    _deviations(doc, grant, period if interim else until, t)
    if report is not None:
        for number, section in enumerate(report.sections, start=6):
            doc.heading(f"{number} {section.heading}", 1)
            doc.paragraph(section.text)
    return doc.save(path)


def _key_facts(doc: WordDocument, grant: Grant, t: GrantTerms, period: Period) -> None:
    """1 Eckdaten: recipient, programme, decision, file number, amount, financing, period."""
    doc.heading(tr("1 Eckdaten"), 1)
    doc.key_values(
        [
            (t.recipient, grant.recipient or "–"),
            (
                tr("Förderprogramm"),
                f"{grant.programme.name} ({grant.programme.funder} {grant.programme.code})",
            ),
            (
                tr("{decision} vom").format(decision=t.decision),
                format_date(grant.approved_on) or "–",
            ),
            (tr("Aktenzeichen"), grant.file_number or "–"),
            (
                f"{t.grant} ({t.approved})",
                tr("{value} ({value2} % der {eligible}en {spending})").format(
                    value=format_cents(grant.approved_cents),
                    value2=format_basis_points(grant.rate_bp),
                    eligible=t.eligible,
                    spending=t.spending,
                ),
            ),
            (tr("Finanzierungsart"), FinancingKind(grant.financing_kind).label),
            (tr("Berichtszeitraum"), period_text(period)),
        ]
    )


def _duration(doc: WordDocument, grant: Grant, t: GrantTerms, period: Period) -> None:
    """2 Beginn, Dauer und Abschluss: closed, or planned to close at the grant's end."""
    doc.heading(tr("2 Beginn, Dauer und Abschluss des Vorhabens"), 1)
    end = grant.end_date
    if end is None:
        closing = "–"
    elif period.end and period.end >= end:
        closing = tr("abgeschlossen am {value}").format(value=format_date(end))
    else:
        closing = tr("geplant zum {value} (Ende des {period}s)").format(
            value=format_date(end), period=t.period
        )
    doc.key_values(
        [
            (tr("Beginn"), format_date(grant.start_date) or "–"),
            (tr("Maßnahmebeginn"), measure_start_text(grant)),
            (
                tr("Dauer"),
                f"{t.period} {format_date(grant.start_date)} – {format_date(end)} "
                f"({_months(grant.start_date, end)})",
            ),
            (tr("Abschluss"), closing),
        ]
    )


def _overlaps(start: date | None, end: date | None, period: Period) -> bool:
    return (period.end is None or start is None or start <= period.end) and (
        period.start is None or end is None or end >= period.start
    )


def _staff(doc: WordDocument, grant: Grant, period: Period, until: Period) -> None:
    doc.heading(tr("3 Eingesetztes Personal"), 1)
    posts = [p for p in grant.posts if _overlaps(p.start_date, p.end_date, period)]
    if posts:
        people = sum(p.people for p in posts)
        fte = sum(p.people * p.share_bp for p in posts)
        doc.paragraph(
            tr(
                "Im Berichtszeitraum waren {value} mit zusammen {value2} Vollzeitstellen im Vorhaben tätig."
            ).format(
                value=plural(people, tr("Person"), tr("Personen")),
                value2=format_number(fte / 10_000),
            )
        )
        doc.table(
            [tr("Funktion"), tr("Personen"), tr("Stellenanteil je Person"), tr("Zeitraum")],
            [
                (
                    p.role,
                    str(p.people),
                    f"{format_basis_points(p.share_bp)} %",
                    (format_date(p.start_date) or tr("Beginn"))
                    + " – "
                    + (format_date(p.end_date) or tr("Ende")),
                )
                for p in posts
            ],
            (6.6, 2.4, 3.6, 4.4),
        )
    else:
        doc.paragraph(tr("Für den Berichtszeitraum ist kein gefördertes Personal erfasst."))
    staff = [
        x
        for x, pos in zip(
            position_totals(grant, until),
            sorted(grant.positions, key=lambda p: p.number),
            strict=True,
        )
        if pos.category is CostCategory.STAFF
    ]
    if staff:
        doc.paragraph(
            tr("Personalausgaben bis {value}: {value2} von {value3} geplant.").format(
                value=format_date(period.end) or tr("heute"),
                value2=format_cents(sum(x.spent for x in staff)),
                value3=format_cents(sum(x.planned for x in staff)),
            )
        )


def _results(
    session: Session, doc: WordDocument, grant: Grant, period: Period, t: GrantTerms, today: date
) -> None:
    """Each linked measure's goals with the key results' progress at the period's end (not
    today's), its indicators as of the period's end and the milestones reached in it."""
    doc.heading(tr("4 Ergebnisse im Vergleich zu den Zielen"), 1)
    if not grant.measure_links:
        doc.paragraph(
            tr("Dem {grant} ist keine Maßnahme zugeordnet.").format(grant=t.grant)
            if t.grant == "Zuschuss"
            else tr("Der {grant} ist keine Maßnahme zugeordnet.").format(grant=t.grant)
        )
    for link in grant.measure_links:
        m = load_measure(session, link.measure_id)
        doc.heading(f"{m.code} {m.title}", 2)
        if m.short_description:
            doc.paragraph(m.short_description)
        goals = sorted(m.goals, key=lambda g: g.position)
        rows = [
            (
                goal.title,
                kr.title,
                kr.target or "–",
                f"{progress} %" if progress is not None else tr("keine Angabe"),
            )
            for goal in goals
            for kr in sorted(goal.key_results, key=lambda k: k.position)
            for progress in (kr.progress_on(period.end, today),)
        ]
        rows += [
            (goal.title, "–", "–", tr("keine Angabe")) for goal in goals if not goal.key_results
        ]
        if rows:
            doc.table(
                [
                    tr("Ziel"),
                    tr("Schlüsselergebnis"),
                    tr("Zielwert"),
                    tr("Erreicht zum Ende des Zeitraums"),
                ],
                rows,
                (4.6, 5.0, 3.6, 3.2),
            )
        indicators = sections.indicators(m, period.end, tr("Stand zum Ende des Zeitraums"))
        if indicators.rows:
            doc.table(indicators.headers, indicators.rows, indicators.widths_cm)
        done = sorted(
            (ms for ms in m.milestones if period.holds(ms.done_on)),
            key=lambda x: x.done_on or date.min,
        )
        if done:
            doc.paragraph(tr("Im Berichtszeitraum erreichte Meilensteine:"))
            doc.bullets(f"{format_date(ms.done_on)}: {ms.title}" for ms in done)


def _planned_in(position: CostPosition, period: Period) -> int:
    """A position's plan for the budget years *period* touches (all without ends)."""
    first = period.start.year if period.start else None
    last = period.end.year if period.end else None
    return sum(
        c.cents
        for c in position.planned
        if (first is None or c.year >= first) and (last is None or c.year <= last)
    )


#: Spending short of a position's plan by at most this share is on plan (small savings
#: need no reason); any spending over the plan is a deviation.
ON_PLAN_SHORTFALL_PERCENT = 10


def _deviates(spent: int, planned: int) -> bool:
    return spent > planned or (planned - spent) * 100 > planned * ON_PLAN_SHORTFALL_PERCENT


def _deviations(doc: WordDocument, grant: Grant, period: Period, t: GrantTerms) -> None:
    """Spending in *period* per position against the plan of the budget years it covers
    (an interim report: that year's column of the Kostenplan; the final one: since the
    start, against the whole plan); the grant as the settlement computes it."""
    doc.heading(tr("5 Abweichungen vom Plan und vom Finanzierungsplan"), 1)
    plans = {p.number: _planned_in(p, period) for p in grant.positions}
    rows = [
        (
            f"{x.number} {x.name}",
            format_cents(plans[x.number]),
            format_cents(x.spent),
            format_share(x.spent, plans[x.number]),
            x.reason or tr("Begründung fehlt"),
        )
        for x in position_totals(grant, period)
        if plans[x.number] and _deviates(x.spent, plans[x.number])
    ]
    if rows:
        doc.paragraph(
            tr("{spending} {value} je Position gegenüber dem Plan dieses Zeitraums:").format(
                spending=t.spending, value=period_text(period)
            )
        )
        doc.table(
            [tr("Position"), t.per_decision, tr("lt. Abrechnung"), tr("Anteil"), tr("Begründung")],
            rows,
            (4.0, 2.9, 2.9, 1.8, 5.4),
        )
    else:
        doc.paragraph(tr("Die Ausgaben weichen nicht vom Plan ab."))
    planned_grant = sum(
        line.cents for line in grant.financing if line.source is FinancingSource.GRANT
    )
    settled = settle(grant, period.end)
    due = settled.grant
    if planned_grant and due != planned_grant:
        doc.paragraph(
            tr(
                "Finanzierungsplan: {grant} {per_decision} {value}, nach den bisherigen {eligible}en {spending} {value2} ({value3})."
            ).format(
                grant=t.grant,
                per_decision=t.per_decision,
                value=format_cents(planned_grant),
                eligible=t.eligible,
                spending=t.spending,
                value2=format_cents(due),
                value3=format_share(due, planned_grant),
            )
        )
    if settled.new_money:
        doc.paragraph(
            tr(
                "Neue Deckungsmittel von {value} (Einnahmen Dritter über dem Finanzierungsplan) ermäßigen {the_grant} um {value2} ({kind})."
            ).format(
                value=format_cents(settled.new_money),
                the_grant=t.the_grant,
                value2=format_cents(settled.lowered_by_new_money),
                kind=settled.kind.label,
            )
        )
