"""``workbench export`` and ``workbench import``: documents out, lists and plans in."""

from __future__ import annotations

import argparse
import dataclasses
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from workbench.cli.common import CliError, document_words, filter_words
from workbench.i18n import tr
from workbench.services import words
from workbench.services.operations import execute
from workbench.services.workspaces import OpenWorkspace, read


def cmd_export(ws: OpenWorkspace, args: argparse.Namespace, out: TextIO) -> int:
    from workbench.services import exporting

    if args.kind == "zeitplan":
        return _export_roadmap(ws, args, out)
    if args.kind == "msproject":
        return _export_msproject(ws, args, out)
    kind = exporting.KINDS.get(args.kind)
    if kind is None:
        raise CliError(
            tr("Unbekannte Exportart „{kind}“ (möglich: {value}).").format(
                kind=args.kind, value=", ".join([*exporting.KINDS, "zeitplan", "msproject"])
            )
        )
    subject = read(ws, words.document_subject, document_words(args))
    measure_ids, scope = None, tr("alle Maßnahmen")
    if kind.subject == "scope":
        chosen = filter_words(args)
        measure_ids = read(ws, words.filtered_ids, chosen)
        if measure_ids is not None:
            scope = tr("gefiltert: {filter}").format(filter=chosen.describe())
    request = exporting.ExportRequest(
        args.kind,
        Path(args.output),
        subject.measure_id,
        subject.workshop_id,
        measure_ids,
        scope,
        Path(args.template) if args.template else None,
        grant_id=subject.grant_id,
        period=subject.period,
        report_id=subject.report_id,
        request_id=subject.request_id,
        baseline_id=subject.baseline_id,
    )
    path = _write_with_pictures(ws, args, request, measure_ids, scope, out)
    if path is None:  # the Wirkung as PDF: printed, and said, by the painter's process
        return 0
    out.write(tr("{label} geschrieben: {path}\n").format(label=kind.label, path=path))
    return 0


def _write_with_pictures(
    ws: OpenWorkspace,
    args: argparse.Namespace,
    request: Any,
    measure_ids: list[str] | None,
    scope: str,
    out: TextIO,
) -> Path | None:
    """The document written with the pictures the window's painter draws offscreen (the
    canvases, the Wirkung charts, the Zeitplan); None for the Wirkung as PDF, which that
    painter prints itself."""
    from workbench.cli.render import render_impact, render_pictures, render_roadmap
    from workbench.services import exporting

    with tempfile.TemporaryDirectory(prefix="werkbank-bilder-") as tmp:
        only = None
        if measure_ids is not None:  # the report's filter, for the pictures too
            only = Path(tmp) / "massnahmen.txt"
            only.write_text("\n".join(measure_ids), encoding="utf-8")
        if args.kind == "wirkung" and Path(args.output).suffix.lower() == ".pdf":
            _export_impact_pdf(Path(args.path), Path(args.output), Path(tmp), only, scope, out)
            return None
        if args.kind in ("strategiebericht", "wirkung", "indikatoren"):
            pictures = render_impact(Path(args.path), Path(tmp), only)
            request = dataclasses.replace(request, impact_pictures=pictures)
        if args.kind == "strategiebericht":  # its Zeitplan, drawn as the window draws it
            pages = render_roadmap(
                Path(args.path),
                Path(tmp) / "zeitplan.png",
                args.group,
                "Bericht",
                None,
                None,
                args.baseline,
                only,
            )
            request = dataclasses.replace(request, roadmap_pages=pages)
        return exporting.run_export(ws, request, render_pictures)


def _export_roadmap(ws: OpenWorkspace, args: argparse.Namespace, out: TextIO) -> int:
    """The Zeitplan as PDF or PNG, drawn by the window's own painter offscreen."""
    from workbench.cli.render import render_roadmap

    output = Path(args.output)
    if output.suffix.lower() not in (".pdf", ".png"):
        raise CliError(
            tr("Der Zeitplan wird als .pdf oder .png geschrieben, nicht als „{suffix}“.").format(
                suffix=output.suffix or output.name
            )
        )
    words.day(args.period_from, "--from")
    words.day(args.period_to, "--to")
    ws.close()  # the drawing process opens the file itself
    written = render_roadmap(
        Path(args.path),
        output,
        args.group,
        args.paper,
        args.period_from,
        args.period_to,
        args.baseline,
    )
    for path in written:
        out.write(tr("Zeitplan geschrieben: {path}\n").format(path=path))
    return 0


def _export_impact_pdf(
    workspace: Path, output: Path, folder: Path, only: Path | None, scope: str, out: TextIO
) -> int:
    """Wirkung as PDF: printed by the window's code offscreen from the same parts."""
    from workbench.cli.render import run_offscreen

    run_offscreen(
        [
            "--render-impact",
            str(workspace),
            str(folder),
            "--pdf",
            str(output),
            "--scope",
            scope,
            *(["--only", str(only)] if only else []),
        ],
        tr("Die Wirkung ließ sich nicht als PDF schreiben: {reason}"),
    )
    out.write(tr("{label} geschrieben: {path}\n").format(label=tr("Wirkung"), path=output))
    return 0


def _export_msproject(ws: OpenWorkspace, args: argparse.Namespace, out: TextIO) -> int:
    """The roadmap as an MS Project XML file (MSPDI), with the measure table's filters."""
    from workbench.services import msproject

    output = Path(args.output)
    if output.suffix.lower() != ".xml":
        output = output.with_name(output.name + ".xml")
    chosen = read(ws, words.filtered_ids, filter_words(args))
    only = None if chosen is None else set(chosen)
    result = read(ws, msproject.export_msproject, output, args.group, only, ws.name)
    out.write(msproject.describe_export(result) + "\n")
    return 0


def cmd_import_receipts(ws: OpenWorkspace, args: argparse.Namespace, out: TextIO) -> int:
    from workbench.exports.errors import ImportFileError
    from workbench.services import receipts

    mapping = None
    if args.map:
        pairs = [item.partition("=") for item in args.map]
        if any(not sep for _, sep, _ in pairs):
            raise CliError(tr("--map erwartet FELD=SPALTE."))
        mapping = {key.strip(): column.strip() for key, _, column in pairs}
    source = args.source or Path(args.file).suffix.lstrip(".").upper() or tr("Datei")
    grant_id = read(ws, words.grant_id, args.grant)
    try:
        plan = read(ws, receipts.preview, grant_id, Path(args.file), source, mapping)
    except ImportFileError as exc:
        raise CliError(str(exc)) from None
    out.write(
        tr("Zuordnung: ") + ", ".join(f"{k}={v}" for k, v in sorted(plan.mapping.items())) + "\n"
    )
    for row, number in plan.duplicates:
        out.write(
            tr("Zeile {row}: Beleg {number} ist schon erfasst – übersprungen.\n").format(
                row=row, number=number
            )
        )
    for error in plan.errors:
        out.write(tr("Fehler: {error}\n").format(error=error))
    return _finish_import(
        out,
        plan.summary(),
        bool(plan.errors),
        args.dry_run,
        lambda: tr("{value} Belege").format(
            value=execute(ws, tr("Belege importieren"), receipts.apply, grant_id, plan, source)[0]
        ),
    )


def cmd_import_measures(ws: OpenWorkspace, args: argparse.Namespace, out: TextIO) -> int:
    from workbench.exports.errors import ImportFileError
    from workbench.services import exporting

    try:
        plan = read(ws, exporting.preview_import, Path(args.file))
    except ImportFileError as exc:
        raise CliError(str(exc)) from None
    return _import_plan(
        ws,
        args,
        out,
        plan,
        tr("Zeile {row}: {label} – {code} {title}\n"),
        tr("Maßnahmenliste importieren"),
        exporting.apply_import,
    )


def cmd_import_msproject(ws: OpenWorkspace, args: argparse.Namespace, out: TextIO) -> int:
    """Dates, milestones and new measures from an MS Project plan, previewed field by
    field; --dry-run writes nothing."""
    from workbench.services import msproject

    plan = read(ws, msproject.preview_msproject, Path(args.file))
    return _import_plan(
        ws,
        args,
        out,
        plan,
        tr("Aufgabe {row}: {label} – {code} {title}\n"),
        tr("Projektplan übernehmen"),
        msproject.apply_msproject,
    )


def _import_plan(
    ws: OpenWorkspace,
    args: argparse.Namespace,
    out: TextIO,
    plan: Any,
    line: str,
    description: str,
    apply: Callable[..., Any],
) -> int:
    """A plan of rows (Excel or MS Project) shown field by field, then applied unless it
    has errors or this is a trial run."""
    _print_plan(plan, out, line)
    return _finish_import(
        out,
        plan.summary(),
        bool(plan.errors),
        args.dry_run,
        lambda: _counted(execute(ws, description, apply, plan)[0]),
    )


def _counted(counts: Any) -> str:
    """„2 neu, 1 geändert“: what an import of rows brought in."""
    from workbench.exports.excel_import import RowKind

    return tr("{value} neu, {value2} geändert").format(
        value=counts[RowKind.NEW], value2=counts[RowKind.CHANGED]
    )


def _print_plan(plan: Any, out: TextIO, line: str) -> None:
    """An import's rows that change something, field by field, then its problems."""
    from workbench.exports.excel_import import RowKind

    for row in plan.rows:
        if row.kind is RowKind.UNCHANGED:
            continue
        out.write(line.format(row=row.row, label=row.kind.label, code=row.code, title=row.title))
        for label, old, new in row.changes:
            if row.kind is RowKind.NEW:
                out.write(f"    {label}: {new}\n")
            else:
                out.write(f"    {label}: {old or '–'} → {new}\n")
    for problem in plan.problems:
        out.write(
            (tr("Fehler: {problem}") if problem.blocking else tr("Hinweis: {problem}")).format(
                problem=problem
            )
            + "\n"
        )


def _finish_import(
    out: TextIO, summary: str, errors: bool, dry_run: bool, apply: Callable[[], str]
) -> int:
    """The end of every import: the summary; with errors nothing is written (exit 1); a
    trial run writes nothing; otherwise *apply* writes and says what came in."""
    out.write(summary + "\n")
    if errors:
        return 1
    if dry_run:
        out.write(tr("Probelauf: nichts geschrieben.\n"))
        return 0
    out.write(tr("Übernommen: {value}.\n").format(value=apply()))
    return 0
