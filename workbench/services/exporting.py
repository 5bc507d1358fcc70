"""Exports and the Maßnahmenliste import as use cases: which document, about what, where.

The GUI and the command line both call these. Writing a document never changes the
workspace; applying an import is one transaction (one undo step in the window).
"""

from __future__ import annotations

import gc
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from workbench.exports import (
    excel,
    excel_indicators,
    excel_milestones,
    funding_forms,
    word_impact,
    word_measures,
    word_pmflex,
    word_strategy,
    word_workshop,
)
from workbench.exports.errors import ExportError
from workbench.exports.excel_import import ImportPlan, RowKind, RowPlan
from workbench.exports.funding_word import (
    chosen_report,
    is_interim,
    report_period,
    write_sachbericht,
)
from workbench.i18n import tr
from workbench.model import Canvas, Workshop
from workbench.model.funding import Period
from workbench.model.labels import grant_terms
from workbench.services import impact_report, schedule_report
from workbench.services import measures as measure_service
from workbench.services.canvas_reading import notes_by_zone
from workbench.services.errors import ServiceError
from workbench.services.funding_checks import load_grant, receipt_rows
from workbench.services.workspaces import AnyWorkspace, store_of


@dataclass(frozen=True)
class ExportKind:
    """A kind of document: its command-line name, German name, file type and subject."""

    key: str
    label: str
    suffix: str
    subject: str  # "measure", "workshop", "grant" or "scope" (a selection, a filter or all)


KINDS: dict[str, ExportKind] = {
    k.key: k
    for k in (
        ExportKind("steckbrief", tr("Maßnahmensteckbrief"), ".docx", "measure"),
        ExportKind("projektauftrag", tr("Projektauftrag (PMflex)"), ".docx", "measure"),
        ExportKind("statusbericht", tr("Statusbericht (PMflex)"), ".docx", "measure"),
        ExportKind("strategiebericht", tr("Strategiebericht"), ".docx", "scope"),
        ExportKind("workshop", tr("Workshop-Dokumentation"), ".docx", "workshop"),
        ExportKind("massnahmenliste", tr("Maßnahmenliste"), ".xlsx", "scope"),
        ExportKind("meilensteinplan", tr("Meilensteinplan"), ".xlsx", "scope"),
        ExportKind("indikatoren", tr("Indikatoren"), ".xlsx", "scope"),
        ExportKind("wirkung", tr("Wirkung"), ".docx", "scope"),
        ExportKind("kfp", tr("Kosten- und Finanzierungsplan"), ".xlsx", "grant"),
        ExportKind("belegliste", tr("Belegliste"), ".xlsx", "grant"),
        ExportKind("nachweis", tr("Zahlenmäßiger Nachweis"), ".xlsx", "grant"),
        ExportKind("mittelabruf", tr("Mittelabruf"), ".xlsx", "grant"),
        ExportKind("sachbericht", tr("Sachbericht"), ".docx", "grant"),
    )
}


@dataclass(frozen=True)
class ExportRequest:
    """Everything one export needs; made by the export dialog or the command line."""

    kind: str
    target: Path
    measure_id: str | None = None
    workshop_id: str | None = None
    measure_ids: Sequence[str] | None = None  # None: all measures
    scope: str = tr("alle Maßnahmen")
    template: Path | None = None
    pictures: dict[str, Path] | None = None  # canvas id → rendered picture (the window has them)
    grant_id: str | None = None
    #: A funding document's reporting period (None: the report's, or the whole grant).
    period: Period | None = None
    report_id: str | None = None  # the Zwischen- or Verwendungsnachweis it belongs to
    request_id: str | None = None  # the Mittelabruf to print (None: the newest)
    #: The Strategiebericht's Zeitplan: its pages drawn by the window's painter (None:
    #: the report has no Zeitplan), and the baseline whose shifts a report names.
    roadmap_pages: list[Path] | None = None
    baseline_id: str | None = None
    #: The Wirkung dashboard's pictures (services.impact_report keys and indicator ids),
    #: drawn by the window's painter; without them documents have sentences and tables.
    impact_pictures: dict[str, Path] | None = None


class ExportFailed(ServiceError):
    """An export or import could not be done; the message says why and where."""


#: Draws canvases as pictures: (workspace file, canvas ids, folder) → canvas id → PNG.
#: The window draws them itself; the command line hands in one that starts the window's
#: renderer in a separate process (services never start the GUI).
Renderer = Callable[[Path, list[str], Path], dict[str, Path]]


def run_export(ws: AnyWorkspace, request: ExportRequest, render: Renderer | None = None) -> Path:
    ws = store_of(ws)
    kind = KINDS.get(request.kind)
    if kind is None:
        raise ExportFailed(
            tr("Unbekannte Exportart „{kind}“ (möglich: {value}).").format(
                kind=request.kind, value=", ".join(KINDS)
            )
        )
    target = (
        request.target
        if request.target.suffix.lower() == kind.suffix
        else request.target.with_name(request.target.name + kind.suffix)
    )
    try:
        with ws.session() as session, cyclic_gc_paused():
            return _write(ws, session, kind, request, target, render)
    except ExportError as exc:
        raise ExportFailed(str(exc)) from exc


_gc_lock = threading.Lock()
_gc_pausers = 0
_gc_was_enabled = False


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while a document is built and written.

    A document makes hundreds of thousands of short-lived objects (a Belegliste of 20,000
    receipts: 200,000 cells) that reference counting frees; the collections they trigger
    walk every object the process holds and took a fifth of the Belegliste's time
    (bench/bench_funding.py). Exports may run side by side in background threads: the
    collector runs again when the last of them ends."""
    global _gc_pausers, _gc_was_enabled
    with _gc_lock:
        if _gc_pausers == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pausers += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pausers -= 1
            if _gc_pausers == 0 and _gc_was_enabled:
                gc.enable()


def _write(
    ws: AnyWorkspace,
    session: Session,
    kind: ExportKind,
    r: ExportRequest,
    target: Path,
    render: Renderer | None = None,
) -> Path:
    ws = store_of(ws)
    if kind.subject == "measure":
        return _measure_document(session, kind, r, target)
    if kind.key == "workshop":
        return _workshop(ws, session, r, target, render)
    if kind.subject == "grant":
        return _funding(ws, session, kind, r, target)
    if kind.key in ("strategiebericht", "wirkung"):
        return _strategy_document(session, kind, r, target)
    cover = excel.Cover(kind.label, ws.name, r.scope, 0, datetime.now(UTC).astimezone())
    if kind.key == "indikatoren":
        data = impact_report.impact_data(session, r.measure_ids)
        overview = impact_report.dashboard(data)[0]
        return excel_indicators.write_indicators(session, target, cover, r.measure_ids, overview)
    list_writer = {
        "massnahmenliste": excel.write_measure_list,
        "meilensteinplan": excel_milestones.write_milestone_plan,
    }[kind.key]
    return list_writer(session, target, cover, r.measure_ids)


def _measure_document(session: Session, kind: ExportKind, r: ExportRequest, target: Path) -> Path:
    """Steckbrief, Projektauftrag or Statusbericht of the measure the request names."""
    if not r.measure_id:
        raise ExportFailed(
            tr("Für einen {label} wählen Sie eine Maßnahme (--measure).").format(label=kind.label)
        )
    measure = measure_service.get_measure(session, r.measure_id)
    if kind.key == "statusbericht":
        return word_pmflex.write_status_report(
            session,
            measure.id,
            target,
            r.template,
            report_period=r.period,
            shifts=(
                schedule_report.measure_shifts(session, measure.id, r.baseline_id)
                if r.baseline_id
                else None
            ),
        )
    writer = {
        "steckbrief": word_measures.write_steckbrief,
        "projektauftrag": word_pmflex.write_project_mandate,
    }[kind.key]
    return writer(session, measure.id, target, r.template)


def _strategy_document(session: Session, kind: ExportKind, r: ExportRequest, target: Path) -> Path:
    """Strategiebericht (with the Zeitplan and the Wirkung) or the Wirkung alone."""
    parts = impact_report.dashboard(
        impact_report.impact_data(session, r.measure_ids), r.impact_pictures
    )
    if kind.key == "wirkung":
        return word_impact.write_impact_report(parts, target, r.scope, r.template)
    schedule = (
        schedule_report.schedule_part(session, r.measure_ids, r.roadmap_pages, r.baseline_id)
        if r.roadmap_pages is not None or r.baseline_id
        else None
    )
    return word_strategy.write_strategy_report(
        session,
        target,
        word_strategy.ReportScope(r.measure_ids, r.scope, schedule, parts),
        r.template,
    )


def _funding(
    ws: AnyWorkspace, session: Session, kind: ExportKind, r: ExportRequest, target: Path
) -> Path:
    ws = store_of(ws)
    grant = load_grant(session, r.grant_id or "", receipts=kind.key != "belegliste")
    if grant is None:
        raise ExportFailed(
            tr("Für {label} wählen Sie eine Zuwendung (--grant).").format(label=kind.label)
        )
    if kind.key == "sachbericht":
        return write_sachbericht(
            session, grant, target, r.template, period=r.period, report_id=r.report_id
        )
    word = grant_terms(grant.programme.vocabulary).grant
    cover = excel.Cover(
        kind.label,
        ws.name,
        f"{word} {grant.file_number} – {grant.title}",
        0,
        datetime.now(UTC).astimezone(),
    )
    report = chosen_report(grant, r.report_id)
    if r.report_id and report is None:
        raise ExportFailed(tr("Diesen Nachweis gibt es bei dieser Zuwendung nicht (mehr)."))
    period = report_period(grant, report, r.period)  # the same for every funding document
    if kind.key == "belegliste":
        return funding_forms.write_receipt_list(
            grant, target, cover, receipt_rows(session, grant.id), period
        )
    if kind.key == "nachweis":
        return funding_forms.write_statement(
            grant, target, cover, period, is_interim(grant, report, period)
        )
    if kind.key == "mittelabruf":
        return funding_forms.write_funds_request(grant, target, cover, r.request_id)
    return funding_forms.write_cost_plan(grant, target, cover)


def _workshop(
    ws: AnyWorkspace, session: Session, r: ExportRequest, target: Path, render: Renderer | None
) -> Path:
    ws = store_of(ws)
    workshop = session.get(Workshop, r.workshop_id or "")
    if workshop is None:
        raise ExportFailed(
            tr("Wählen Sie den Workshop, dessen Dokumentation entstehen soll (--workshop).")
        )
    canvas_ids = [c.id for c in sorted(workshop.canvases, key=lambda c: c.position)]
    with tempfile.TemporaryDirectory(prefix="werkbank-bilder-") as tmp:
        pictures = dict(r.pictures or {})
        missing = [c for c in canvas_ids if c not in pictures]
        if missing:
            if render is None:
                raise ExportFailed(
                    tr(
                        "Die Bilder der Leinwände fehlen: Sie werden im Fenster oder über "
                        "die Kommandozeile (workbench export workshop …) gezeichnet."
                    )
                )
            pictures.update(render(ws.path, missing, Path(tmp)))
        sections = []
        for canvas_id in canvas_ids:
            canvas = session.get(Canvas, canvas_id)
            assert canvas is not None
            zones = [
                (
                    title,
                    [
                        word_workshop.NoteLine(n.text, n.label, n.author, n.votes, n.transferred)
                        for n in notes
                    ],
                )
                for title, notes in notes_by_zone(session, canvas_id)
            ]
            sections.append(
                word_workshop.CanvasSection(canvas.title, pictures.get(canvas_id), zones)
            )
        return word_workshop.write_workshop_documentation(
            session, workshop.id, sections, target, r.template
        )


# --- import ---------------------------------------------------------------------------------------


def preview_import(session: Session, path: Path) -> ImportPlan:
    """What a Maßnahmenliste from Excel would change, checked by the same rules as the
    import itself (validation of every new and changed row), so that what the preview
    lets through the import accepts: a negative or oversized budget, an end before its
    start, a control character are named by sheet, row and column here already."""
    from openpyxl.utils import get_column_letter

    from workbench.exports.excel import MEASURE_SHEET
    from workbench.exports.excel_import import Problem, read_measure_list
    from workbench.model import Measure
    from workbench.services.errors import ValidationError
    from workbench.services.validation import validate

    plan = read_measure_list(session, path)
    columns = {c.key for c in Measure.__table__.columns}
    for row in plan.rows:
        if row.kind in (RowKind.UNCHANGED, RowKind.ERROR):
            continue  # an error row is named already: the rules would name it again
        base = {}
        if row.measure_id and (existing := session.get(Measure, row.measure_id)) is not None:
            base = {key: getattr(existing, key) for key in columns}
        values = {k: v for k, v in row.values.items() if k in columns}
        probe = Measure(**{**base, **values})  # transient: never added to the session
        try:
            validate(probe)
        except ValidationError as exc:
            field = next((f for f in exc.involves if f in plan.columns), exc.field)
            column = plan.columns.get(field)
            plan.problems.append(
                Problem(
                    MEASURE_SHEET, row.row, get_column_letter(column) if column else "", str(exc)
                )
            )
    plan.mark_errors()
    return plan


def apply_import(session: Session, plan: ImportPlan) -> dict[RowKind, int]:
    """Write a confirmed plan: new measures are created, changed ones updated. Refused
    when the plan has errors. Runs inside one execute(): one undo step."""
    if plan.errors:
        raise ExportFailed(
            tr(
                "Die Liste hat {value} Fehler; es wird nichts übernommen. Erster Fehler: {value2}"
            ).format(value=len(plan.errors), value2=plan.errors[0])
        )
    counts = {RowKind.NEW: 0, RowKind.CHANGED: 0}
    for row in plan.rows:
        if row.kind is RowKind.NEW:
            _create(session, row)
        elif row.kind is RowKind.CHANGED:
            _update(session, row)
        else:
            continue
        counts[row.kind] += 1
    return counts


def _create(session: Session, row: RowPlan) -> None:
    values = dict(row.values)
    fields = values.pop("fields", [])
    title = values.pop("title")
    try:
        measure_service.create_measure(session, title, fields, **values)
    except ServiceError as exc:
        raise ExportFailed(
            tr("Maßnahmen, Zeile {row}: {exc}").format(row=row.row, exc=exc)
        ) from exc


def _update(session: Session, row: RowPlan) -> None:
    values: dict[str, Any] = dict(row.values)
    assert row.measure_id is not None
    try:
        if "fields" in values:
            measure_service.set_measure_fields(session, row.measure_id, values.pop("fields"))
        if "phase_id" in values:
            phase = values.pop("phase_id")
            if phase:
                measure_service.move_phase(session, row.measure_id, phase)
        if values:
            measure_service.update_measure(session, row.measure_id, values)
    except ServiceError as exc:
        raise ExportFailed(
            tr("Maßnahmen, Zeile {row} ({code}): {exc}").format(row=row.row, code=row.code, exc=exc)
        ) from exc
