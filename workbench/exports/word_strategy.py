"""Strategiebericht: what a Senatskanzlei reads about the strategy's measures. A summary,
counts per phase and status, an overview with traffic lights, progress and next steps per
measure under its Handlungsfeld, finances, impact indicators, an outlook, and the stopped
measures apart from the active ones."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from workbench.exports import sections
from workbench.exports.docx_base import LIGHTS, WordDocument
from workbench.exports.errors import ExportError
from workbench.exports.word_measures import period
from workbench.exports.word_pmflex import overall_light, status_lights
from workbench.formats import format_cents, format_date, format_share, plural
from workbench.i18n import tr
from workbench.model import FieldOfAction, Goal, Heading, Indicator, Measure, Phase
from workbench.model.enums import IndicatorKind, MeasureStatus

#: How far ahead the outlook looks.
OUTLOOK_DAYS = 90


@dataclass(frozen=True)
class ReportScope:
    """Which measures a report covers and how the scope is described to readers."""

    measure_ids: Sequence[str] | None = None  # None: every measure not in the recycle bin
    description: str = tr("alle Maßnahmen")
    #: the Zeitplan: its pages as pictures, what it shows, its table and the shifts since
    #: a baseline (built by services.schedule_report; None: the report has no Zeitplan)
    schedule: sections.Pictured | None = None
    #: the Wirkung dashboard (services.impact_report): overview and indicators' charts;
    #: None: the outcome indicators as a table, as before
    impact: list[sections.Pictured] | None = None


def _progress(m: Measure) -> str:
    values = [
        kr.progress_percent
        for g in m.goals
        for kr in g.key_results
        if kr.progress_percent is not None
    ]
    return f"{round(sum(values) / len(values))} %" if values else tr("keine Angabe")


def _next_steps(m: Measure, today: date) -> list[str]:
    open_ones = sorted(
        (ms for ms in m.milestones if not ms.done_on), key=lambda x: x.due_date or date.max
    )
    return [
        (format_date(ms.due_date) or tr("ohne Termin")) + ": " + ms.title for ms in open_ones[:2]
    ]


def write_strategy_report(
    session: Session,
    path: Path,
    scope: ReportScope = ReportScope(),  # noqa: B008
    template: Path | None = None,
    today: date | None = None,
) -> Path:
    query = (
        select(Measure)
        .where(Measure.deleted_at.is_(None))
        .options(
            selectinload(Measure.field_links),
            selectinload(Measure.goals).selectinload(Goal.key_results),
            selectinload(Measure.phase),
            selectinload(Measure.lead_unit),
            selectinload(Measure.milestones),
            selectinload(Measure.risks),
            selectinload(Measure.indicators).selectinload(Indicator.values),
        )
    )
    if scope.measure_ids is not None:
        query = query.where(Measure.id.in_(list(scope.measure_ids)))
    measures = sorted(session.scalars(query), key=lambda m: m.code)
    if not measures:
        raise ExportError(tr("Der Bericht hätte keine Maßnahme: Der Filter lässt keine übrig."))
    doc = WordDocument(tr("Strategiebericht"), template, today)
    _StrategyReport(session, measures, scope, doc).write()
    return doc.save(path)


class _StrategyReport:
    """The report's parts in their order, over the measures it covers."""

    def __init__(
        self, session: Session, measures: list[Measure], scope: ReportScope, doc: WordDocument
    ) -> None:
        self.doc, self.measures, self.scope = doc, measures, scope
        self.stopped = [m for m in measures if m.status is MeasureStatus.STOPPED]
        self.active = [m for m in measures if m.status is not MeasureStatus.STOPPED]
        self.lights = {m.id: overall_light(status_lights(m, doc.today)) for m in measures}
        self.headings = session.scalars(
            select(Heading).order_by(Heading.position).options(selectinload(Heading.fields))
        ).all()
        self.home = _homes(self.active, self.headings)
        self.names: dict[str, str] = {
            fid: name for fid, name in session.execute(select(FieldOfAction.id, FieldOfAction.name))
        }
        self.phases = session.scalars(select(Phase).order_by(Phase.number)).all()

    def write(self) -> None:
        self._contents()
        self._summary()
        self._overview()
        self._by_field()
        _finances(self.doc, self.active)
        if self.scope.impact is not None:
            self.doc.heading(tr("Wirkung"), 1)
            for part in self.scope.impact:
                self.doc.pictured(part, 2)
        else:
            _impact(self.doc, self.active)
        _outlook(self.doc, self.active)
        self._stopped()

    def _fields_of(self, heading: Heading) -> list[FieldOfAction]:
        """The heading's fields that have a measure of the report, in the strategy's order."""
        return [f for f in sorted(heading.fields, key=lambda f: f.position) if f.id in self.home]

    def _contents(self) -> None:
        self.doc.title(
            tr("Strategiebericht"),
            tr("Stand {date} · {count} ({scope})").format(
                date=format_date(self.doc.today),
                count=plural(len(self.measures), tr("Maßnahme"), tr("Maßnahmen")),
                scope=self.scope.description,
            ),
        )
        toc = [(1, tr("Zusammenfassung")), (1, tr("Übersicht"))]
        if self.scope.schedule is not None:
            toc.append((1, self.scope.schedule.heading))
        for heading in self.headings:
            fields = self._fields_of(heading)
            if fields:
                toc.append((1, heading.name))
                toc += [(2, f.name) for f in fields]
        if "" in self.home:
            toc.append((1, tr("Ohne Handlungsfeld")))
        toc += [(1, tr("Finanzen")), (1, tr("Wirkung")), (1, tr("Ausblick"))]
        if self.stopped:
            toc.append((1, tr("Eingestellte Maßnahmen")))
        self.doc.heading(tr("Inhalt"), 1)
        self.doc.table_of_contents(toc)

    def _summary(self) -> None:
        self.doc.heading(tr("Zusammenfassung"), 1)
        by_light = Counter(self.lights[m.id][1] for m in self.active)
        budget = sum(m.budget_cents or 0 for m in self.active)
        self.doc.paragraph(
            tr(
                "{value} aktiv oder abgeschlossen, {value2} eingestellt. Ampeln der aktiven Maßnahmen: {value3} grün, {value4} gelb, {value5} rot, {value6} ohne Angabe. Geplantes Budget {value7}."
            ).format(
                value=plural(len(self.active), tr("Maßnahme ist"), tr("Maßnahmen sind")),
                value2=plural(len(self.stopped), tr("Maßnahme wurde"), tr("Maßnahmen wurden")),
                value3=by_light["green"],
                value4=by_light["yellow"],
                value5=by_light["red"],
                value6=by_light["none"],
                value7=format_cents(budget),
            )
        )
        per_phase = Counter(m.phase_id for m in self.active)
        per_status = Counter(m.status for m in self.measures)
        self.doc.table(
            [tr("Phase"), tr("Maßnahmen")],
            [(f"{p.number} {p.name}", str(per_phase[p.id])) for p in self.phases]
            + ([(tr("ohne Phase"), str(per_phase[None]))] if per_phase[None] else []),
            (10.0, 6.6),
        )
        self.doc.table(
            [tr("Status"), tr("Maßnahmen")],
            [(s.label, str(per_status[s])) for s in MeasureStatus],
            (10.0, 6.6),
        )

    def _overview(self) -> None:
        self.doc.heading(tr("Übersicht"), 1)
        self.doc.table(
            [tr("Kennung"), tr("Maßnahme"), tr("Phase"), tr("Status"), tr("Ampel")],
            [
                (
                    m.code,
                    m.title,
                    m.phase.name if m.phase else "–",
                    m.status.label,
                    LIGHTS[self.lights[m.id][1]][1],
                )
                for m in self.active
            ],
            (2.2, 6.0, 2.8, 2.8, 2.8),
        )
        if self.scope.schedule is not None:
            self.doc.pictured(self.scope.schedule)

    def _by_field(self) -> None:
        """Each measure under its Handlungsfeld, the fields under their headings."""
        for heading in self.headings:
            fields = self._fields_of(heading)
            if not fields:
                continue
            self.doc.heading(heading.name, 1)
            for field in fields:
                self.doc.heading(field.name, 2)
                for m in self.home[field.id]:
                    self._measure_block(m, field.id)
        if "" in self.home:
            self.doc.heading(tr("Ohne Handlungsfeld"), 1)
            for m in self.home[""]:
                self._measure_block(m, "")

    def _measure_block(self, m: Measure, here: str) -> None:
        self.doc.heading(f"{m.code} {m.title}", 3)
        if m.short_description:
            self.doc.paragraph(m.short_description)
        line = tr("{label} · Phase {value} · {label2} · {value2}").format(
            label=m.type.label,
            value=m.phase.name if m.phase else "–",
            label2=m.status.label,
            value2=period(m.start_date, m.end_date),
        )
        if m.lead_unit:
            line += tr(" · Federführung {name}").format(name=m.lead_unit.name)
        self.doc.paragraph(line, style="Caption")
        others = [self.names[link.field_id] for link in m.field_links if link.field_id != here]
        if others:
            self.doc.paragraph(tr("Auch im Handlungsfeld: ") + "; ".join(others), style="Caption")
        name, light, reason = self.lights[m.id]
        self.doc.paragraph(
            tr("{value} ({reason}) · Fortschritt der Schlüsselergebnisse: {value2}").format(
                value=LIGHTS[light][1], reason=reason, value2=_progress(m)
            ),
            label=tr("Ampel: "),
        )
        steps = _next_steps(m, self.doc.today)
        self.doc.paragraph(
            "; ".join(steps) if steps else tr("keine offenen Meilensteine"),
            label=tr("Nächste Schritte: "),
        )

    def _stopped(self) -> None:
        if self.stopped:
            self.doc.heading(tr("Eingestellte Maßnahmen"), 1)
            self.doc.table(
                [tr("Kennung"), tr("Maßnahme"), tr("Zeitraum"), tr("Federführung")],
                [
                    (
                        m.code,
                        m.title,
                        period(m.start_date, m.end_date),
                        m.lead_unit.name if m.lead_unit else "–",
                    )
                    for m in self.stopped
                ],
                (1.8, 7.8, 3.8, 3.2),
            )


def _homes(measures: list[Measure], headings: Sequence[Heading]) -> dict[str, list[Measure]]:
    """Each measure under its first field in the strategy's order; the others are named there."""
    rank = {}
    for h_index, heading in enumerate(headings):
        for f_index, field in enumerate(sorted(heading.fields, key=lambda f: f.position)):
            rank[field.id] = (h_index, f_index)
    home: dict[str, list[Measure]] = {}
    for m in measures:
        ranked = sorted(
            (link.field_id for link in m.field_links), key=lambda f: rank.get(f, (99, 99))
        )
        home.setdefault(ranked[0] if ranked else "", []).append(m)
    return home


def _finances(doc: WordDocument, measures: list[Measure]) -> None:
    doc.heading(tr("Finanzen"), 1)
    rows = [
        (
            m.code,
            m.title,
            format_cents(m.budget_cents) if m.budget_cents is not None else "–",
            format_cents(m.spent_cents) if m.spent_cents is not None else tr("keine Angabe"),
            format_share(m.spent_cents, m.budget_cents)
            if m.spent_cents is not None and m.budget_cents
            else "–",
        )
        for m in measures
        if m.budget_cents or m.spent_cents is not None
    ]
    if not rows:
        doc.paragraph(tr("Für keine Maßnahme sind Budget oder Ist-Kosten erfasst."))
        return
    budget = sum(m.budget_cents or 0 for m in measures)
    spent = [m.spent_cents for m in measures if m.spent_cents is not None]
    doc.paragraph(
        tr(
            "Budget {value}; Ist-Kosten erfasst für {n_spent} von {n_measures} Maßnahmen, zusammen {value2}."
        ).format(
            value=format_cents(budget),
            n_spent=len(spent),
            n_measures=len(measures),
            value2=format_cents(sum(spent)),
        )
    )
    doc.table(
        [tr("Kennung"), tr("Maßnahme"), tr("Budget"), tr("Ist-Kosten"), tr("Anteil")],
        rows,
        (1.8, 6.6, 3.2, 3.2, 1.8),
    )


def _impact(doc: WordDocument, measures: list[Measure]) -> None:
    doc.heading(tr("Wirkung"), 1)
    rows = []
    for m in measures:
        for ind in sorted(m.indicators, key=lambda i: i.position):
            if ind.kind is not IndicatorKind.OUTCOME:
                continue
            rows.append([m.code, *sections.indicator_cells(ind)])
    if rows:
        doc.table(
            [
                tr("Kennung"),
                tr("Indikator"),
                tr("Ausgangswert"),
                tr("Zielwert"),
                tr("Zuletzt gemessen"),
            ],
            rows,
            (1.8, 5.6, 2.8, 2.6, 3.8),
        )
    else:
        doc.paragraph(tr("Keine Wirkungsindikatoren (Outcome) erfasst."))


def _outlook(doc: WordDocument, measures: list[Measure]) -> None:
    doc.heading(tr("Ausblick"), 1)
    until = doc.today + timedelta(days=OUTLOOK_DAYS)
    due = sorted(
        (
            (ms.due_date, m.code, ms.title, ms.is_gate)
            for m in measures
            for ms in m.milestones
            if not ms.done_on and ms.due_date and doc.today <= ms.due_date <= until
        ),
        key=lambda row: (row[0], row[1]),
    )
    if due:
        doc.paragraph(
            tr("Meilensteine der nächsten {OUTLOOK_DAYS} Tage (bis {value}):").format(
                OUTLOOK_DAYS=OUTLOOK_DAYS, value=format_date(until)
            )
        )
        doc.table(
            [tr("Fällig am"), tr("Kennung"), tr("Meilenstein"), tr("Art")],
            [
                (format_date(day), code, title, tr("Gate") if gate else "")
                for day, code, title, gate in due
            ],
            (2.8, 1.8, 10.0, 2.0),
        )
    else:
        doc.paragraph(
            tr("In den nächsten {OUTLOOK_DAYS} Tagen ist kein Meilenstein fällig.").format(
                OUTLOOK_DAYS=OUTLOOK_DAYS
            )
        )
