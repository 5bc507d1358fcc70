"""The command line: the same services as the window, for scripts and servers. No Qt."""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from workbench.cli import listings as listing_commands
from workbench.cli.common import CliError, _print_json
from workbench.cli.parser import build_parser
from workbench.cli.serve import cmd_serve
from workbench.cli.sync import _join_new, cmd_conflicts, cmd_sync
from workbench.formats import format_cents, format_date, plural
from workbench.i18n import quoted, set_language, tr
from workbench.model import Measure
from workbench.model.enums import MeasureStatus, MeasureType, Priority
from workbench.services import baselines as baseline_service
from workbench.services import listings as listing_service
from workbench.services import measure_list
from workbench.services import measures as measure_service
from workbench.services.check import DAMAGED_ADVICE, check_workspace
from workbench.services.detail import measure_detail
from workbench.services.errors import ServiceError, ValidationError
from workbench.services.filtering import MeasureFilter
from workbench.services.findings import Finding, Severity
from workbench.services.lookup import (
    describe_keys,
    find_field_of_action,
    find_org_unit,
    find_phase,
    measure_key,
    resolve_reference,
)
from workbench.services.operations import execute
from workbench.services.values import coerce, editable_columns
from workbench.store.demo import create_demo
from workbench.store.dump import write_dump
from workbench.store.workspace import Workspace, WorkspaceError


def _table(headers: list[str], rows: list[list[str]], out: TextIO) -> None:
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    widths = [min(w, 60) for w in widths]

    def line(cells: list[str]) -> str:
        return "  ".join(c[:w].ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    out.write(line(headers) + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for r in rows:
        out.write(line(r) + "\n")


# -- measures ---------------------------------------------------------------


def _build_filter(session: Session, args: argparse.Namespace) -> MeasureFilter:
    def choice(enum: Any, text: str | None, option: str) -> Any:
        if not text:
            return None
        try:
            return enum.from_text(text)
        except ValueError:
            raise CliError(
                tr("Unbekannter Wert „{text}“ für {option} (möglich: {choices}).").format(
                    text=text, option=option, choices=enum.choices()
                )
            ) from None

    return MeasureFilter(
        text=args.search or "",
        field_id=find_field_of_action(session, args.field).id if args.field else None,
        type=choice(MeasureType, args.type, "--type"),
        phase_id=find_phase(session, args.phase).id if args.phase else None,
        status=choice(MeasureStatus, args.status, "--status"),
        lead_unit_id=find_org_unit(session, args.lead).id if args.lead else None,
        priority=choice(Priority, args.priority, "--priority"),
    )


def cmd_measures_list(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    with ws.session() as session:
        flt = _build_filter(session, args)
        rows = flt.select(measure_list.measure_rows(session))
    if args.json:
        _print_json(
            [
                {
                    "id": r.id,
                    "code": r.code,
                    "title": r.title,
                    "type": r.type.value,
                    "phase": r.phase_name,
                    "status": r.status.value,
                    "priority": r.priority.value,
                    "lead_unit": r.lead_unit_name,
                    "fields": r.field_names.split("; ") if r.field_names else [],
                    "start_date": r.start_date.isoformat() if r.start_date else None,
                    "end_date": r.end_date.isoformat() if r.end_date else None,
                }
                for r in rows
            ],
            out,
        )
    else:
        _table(
            [tr("Kennung"), tr("Titel"), tr("Typ"), tr("Phase"), tr("Status"), tr("Federführung")],
            [
                [r.code, r.title, r.type.label, r.phase_name, r.status.label, r.lead_unit_name]
                for r in rows
            ],
            out,
        )
        out.write("\n" + plural(len(rows), tr("Maßnahme"), tr("Maßnahmen")) + "\n")
    return 0


def _german_date(iso: str | None) -> str:
    from datetime import date

    return format_date(date.fromisoformat(iso)) if iso else "?"


def cmd_measures_show(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    with ws.session() as session:
        data = measure_detail(session, args.id)
    if args.json:
        _print_json(data, out)
        return 0
    pairs = [
        (tr("Kennung"), data["code"]),
        (tr("Titel"), data["title"]),
        (tr("Typ"), MeasureType(data["type"]).label),
        (tr("Phase"), data["phase"] or ""),
        (tr("Status"), MeasureStatus(data["status"]).label),
        (tr("Priorität"), Priority(data["priority"]).label),
        (tr("Federführung"), data["lead_unit"] or ""),
        (tr("Verantwortlich"), data["responsible"] or ""),
        (tr("Zeitraum"), f"{_german_date(data['start_date'])} – {_german_date(data['end_date'])}"),
        (tr("Budget"), format_cents(data["budget_cents"])),
        (tr("Handlungsfelder"), "; ".join(f["name"] for f in data["fields"])),
        (tr("Beteiligte"), "; ".join(p["name"] for p in data["participants"])),
        (tr("Kurzbeschreibung"), data["short_description"]),
    ]
    for label, value in pairs:
        out.write(f"{label + ':':<18}{value}\n")
    sections = [
        (tr("Ziele"), len(data["goals"])),
        (tr("Indikatoren"), len(data["indicators"])),
        (tr("Meilensteine"), len(data["milestones"])),
        (tr("Risiken"), len(data["risks"])),
        (tr("Logbucheinträge"), len(data["log_entries"])),
    ]
    out.write("\n" + ", ".join(f"{label}: {n}" for label, n in sections) + "\n")
    return 0


def _parse_assignments(
    session: Session, pairs: Sequence[str]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """``key=value`` words → plain field values and special ones (phase, fields, participants)."""
    values: dict[str, Any] = {}
    special: dict[str, Any] = {}
    for pair in pairs:
        if "=" not in pair:
            raise CliError(
                tr("„{pair}“: erwartet Feld=Wert (Felder: {value}).").format(
                    pair=pair, value=describe_keys()
                )
            )
        word, text = pair.split("=", 1)
        key = measure_key(word)
        if key == "fields":
            special[key] = [
                find_field_of_action(session, t).id for t in text.split(";") if t.strip()
            ]
        elif key == "participants":
            special[key] = [
                find_org_unit(session, t, "participants").id for t in text.split(";") if t.strip()
            ]
        elif key in ("lead_unit_id", "responsible_id", "phase_id"):
            target = special if key == "phase_id" else values
            target[key] = resolve_reference(session, key, text)
        elif key in editable_columns(Measure):
            values[key] = coerce(Measure, key, text)
        else:
            raise CliError(
                tr("„{word}“ ist kein Feld einer Maßnahme. Möglich: {value}.").format(
                    word=word, value=describe_keys()
                )
            )
    return values, special


def _apply_special(session: Session, measure_id: str, special: dict[str, Any]) -> None:
    if "fields" in special:
        measure_service.set_measure_fields(session, measure_id, special["fields"])
    if "participants" in special:
        measure_service.set_participants(session, measure_id, special["participants"])
    if special.get("phase_id"):
        measure_service.move_phase(session, measure_id, special["phase_id"])


def cmd_measures_add(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    def add(session: Session) -> str:
        values, special = _parse_assignments(session, args.set or [])
        field_ids = [find_field_of_action(session, f).id for f in args.field or []]
        field_ids += special.pop("fields", [])
        phase_id = special.pop("phase_id", None)
        if phase_id:
            values["phase_id"] = phase_id
        measure = measure_service.create_measure(session, args.title, field_ids, **values)
        _apply_special(session, measure.id, special)
        return tr("{code} „{title}“ angelegt.").format(code=measure.code, title=measure.title)

    result, _ = execute(ws, tr("Maßnahme anlegen"), add)
    out.write(result + "\n")
    return 0


def cmd_measures_set(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    def change(session: Session) -> str:
        measure = measure_service.get_measure(session, args.id)
        values, special = _parse_assignments(session, args.assignments)
        if values:
            measure_service.update_measure(session, measure.id, values)
        _apply_special(session, measure.id, special)
        return measure.code

    code, changes = execute(ws, tr("Maßnahme ändern"), change)
    out.write(
        tr("{code}: Änderungen gespeichert.\n").format(code=code)
        if changes
        else tr("{code}: nichts geändert.\n").format(code=code)
    )
    return 0


def cmd_measures_delete(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    with ws.session() as session:
        measure = measure_service.get_measure(session, args.id)
        label = f"{measure.code} {quoted(measure.title)}"
    if not args.yes:
        if not sys.stdin.isatty():
            raise CliError(
                tr("Löschen von {label} nicht bestätigt: bitte mit --yes aufrufen.").format(
                    label=label
                )
            )
        answer = input(tr("Maßnahme {label} in den Papierkorb legen? [j/N] ").format(label=label))
        if answer.strip().casefold() not in ("j", "ja", "y", "yes", tr("j"), tr("ja")):
            out.write(tr("Nichts gelöscht.\n"))
            return 1
    execute(ws, tr("Maßnahme löschen"), measure_service.delete_measure, args.id)
    out.write(
        tr("{label} liegt im Papierkorb (wiederherstellen: workbench measures restore).\n").format(
            label=label
        )
    )
    return 0


def cmd_measures_restore(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    measure, _ = execute(
        ws, tr("Maßnahme wiederherstellen"), measure_service.restore_measure, args.id
    )
    out.write(
        tr("{code} „{title}“ ist wiederhergestellt.\n").format(
            code=measure.code, title=measure.title
        )
    )
    return 0


# -- whole workspace ----------------------------------------------------------


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    ws = create_demo(args.path)
    with ws.session() as session:
        count = len(measure_list.measure_rows(session))
    ws.close()
    out.write(
        tr("Demo-Arbeitsmappe „{path}“ mit {count} Maßnahmen angelegt.\n").format(
            path=args.path, count=count
        )
    )
    return 0


def cmd_dump(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    """Streamed: memory stays flat in the workspace's size (write_dump)."""
    with ws.session() as session:
        if args.output:

            def write(tmp: Path) -> None:
                with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
                    write_dump(session, fh)

            _write_file(Path(args.output), write)
            out.write(tr("Geschrieben: {output}\n").format(output=args.output))
        else:
            write_dump(session, out)
    return 0


def _write_bytes(path: Path, data: bytes) -> None:
    path.write_bytes(data)


def _write_file(target: Path, data: bytes | Callable[[Path], None]) -> None:
    """Write *data* (or what *data* writes into a file) to *target* whole or not at all (temporary file, then renamed); a
    German message names what went wrong (missing folder, a folder there, full disk)."""
    if target.is_dir():
        raise CliError(
            tr("„{target}“ ist ein Ordner; bitte einen Dateinamen angeben.").format(target=target)
        )
    if not target.parent.is_dir():
        raise CliError(tr("Den Ordner „{parent}“ gibt es nicht.").format(parent=target.parent))
    from workbench.fileio import replace_atomically

    try:
        replace_atomically(
            target, data if callable(data) else (lambda tmp: _write_bytes(tmp, data))
        )
    except OSError as exc:
        from workbench.fileio import write_failure

        reason = write_failure(exc, target.parent)
        raise CliError(
            tr(
                "„{target}“ ließ sich nicht schreiben: {reason}. Es wurde nichts Halbfertiges hinterlassen."
            ).format(target=target, reason=reason)
        ) from None


def _wrong_types(ws: Workspace) -> list[Finding]:
    """The first stored value of a wrong type, if any (why a command met an error)."""
    from workbench.services.check import wrong_types

    try:
        with ws.session() as session:
            return wrong_types(session, most=1)
    except Exception:  # the question must not hide the first error
        return []


def cmd_check(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    with ws.session() as session:
        findings = check_workspace(session)
    findings = [  # what opening the file removed: named here too (a warning: it is gone)
        Finding(
            Severity.WARNING,
            tr("Aufbau der Datei"),
            tr(
                "{what} hat Werkbank nicht angelegt; beim Öffnen entfernt (Sicherung: „{backup}“)."
            ).format(what=what, backup=ws.backup_path),
        )
        for what in ws.removed_objects
    ] + findings
    errors = [f for f in findings if f.severity is Severity.ERROR]
    if args.json:  # the German word, as before: scripts that read it keep working
        _print_json(
            [
                {"severity": f.severity.label, "where": f.where, "message": f.message}
                for f in findings
            ],
            out,
        )
    elif findings:
        for finding in findings:
            out.write(f"{finding}\n")
        out.write(
            tr("\n{n_errors} Fehler, {value} Warnung(en).\n").format(
                n_errors=len(errors), value=len(findings) - len(errors)
            )
        )
    else:
        out.write(tr("Keine Probleme gefunden.\n"))
    return 1 if errors else 0


# -- working together -----------------------------------------------------------

# -- export and import --------------------------------------------------------


def cmd_export(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
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
    measure_ids, scope = None, tr("alle Maßnahmen")
    with ws.session() as session:
        measure_id = measure_service.get_measure(session, args.measure).id if args.measure else None
        flt = _build_filter(session, args)
        if kind.subject == "scope" and not flt.is_empty():
            measure_ids = [r.id for r in flt.select(measure_list.measure_rows(session))]
            scope = "gefiltert: " + _describe_filter(args)
        workshop_id = None
        if args.workshop:
            workshop_id = find_workshop(session, args.workshop)
        grant_id = find_grant(session, args.grant) if args.grant else None
        period, report_id, request_id = _funding_choices(session, grant_id, args)
        baseline_id = (
            baseline_service.find_baseline(session, args.baseline).id if args.baseline else None
        )
    request = exporting.ExportRequest(
        args.kind,
        Path(args.output),
        measure_id,
        workshop_id,
        measure_ids,
        scope,
        Path(args.template) if args.template else None,
        grant_id=grant_id,
        period=period,
        report_id=report_id,
        request_id=request_id,
        baseline_id=baseline_id,
    )
    from workbench.cli.render import render_impact, render_pictures, render_roadmap

    with tempfile.TemporaryDirectory(prefix="werkbank-bilder-") as tmp:
        only = None
        if measure_ids is not None:  # the report's filter, for the pictures too
            only = Path(tmp) / "massnahmen.txt"
            only.write_text("\n".join(measure_ids), encoding="utf-8")
        if args.kind == "wirkung" and Path(args.output).suffix.lower() == ".pdf":
            return _export_impact_pdf(
                Path(args.path), Path(args.output), Path(tmp), only, scope, out
            )
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
        path = exporting.run_export(ws, request, render_pictures)
    out.write(tr("{label} geschrieben: {path}\n").format(label=kind.label, path=path))
    return 0


def _export_roadmap(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    """The Zeitplan as PDF or PNG, drawn by the window's own painter offscreen."""
    from workbench.cli.render import render_roadmap
    from workbench.formats import parse_date

    output = Path(args.output)
    if output.suffix.lower() not in (".pdf", ".png"):
        raise CliError(
            tr("Der Zeitplan wird als .pdf oder .png geschrieben, nicht als „{suffix}“.").format(
                suffix=output.suffix or output.name
            )
        )
    for flag, text in (("--from", args.period_from), ("--to", args.period_to)):
        try:
            if text:
                parse_date(text)
        except ValueError as exc:
            raise CliError(f"{flag}: {exc}") from None
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


def _export_msproject(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    """The roadmap as an MS Project XML file (MSPDI), with the measure table's filters."""
    from workbench.services import msproject

    output = Path(args.output)
    if output.suffix.lower() != ".xml":
        output = output.with_name(output.name + ".xml")
    with ws.session() as session:
        flt = _build_filter(session, args)
        only = (
            None
            if flt.is_empty()
            else {r.id for r in flt.select(measure_list.measure_rows(session))}
        )
        result = msproject.export_msproject(session, output, args.group, only, ws.name)
    out.write(msproject.describe_export(result) + "\n")
    return 0


def _funding_choices(
    session: Session, grant_id: str | None, args: argparse.Namespace
) -> tuple[Any, str | None, str | None]:
    """The reporting period (--from, --to), the report (--report: ID or the end of its
    period) and the funds request (--request: ID or its date) a funding document is about."""
    from sqlalchemy import select

    from workbench.formats import parse_date
    from workbench.model import FundingReport, FundsRequest
    from workbench.model.funding import Period

    def day(text: str | None, flag: str) -> Any:
        try:
            return parse_date(text) if text else None
        except ValueError as exc:
            raise CliError(f"{flag}: {exc}") from None

    period = None
    if args.period_from or args.period_to:
        period = Period(day(args.period_from, "--from"), day(args.period_to, "--to"))
        if period.start and period.end and period.end < period.start:
            raise CliError(tr("--to liegt vor --from."))
    found: list[str | None] = []
    choices: list[tuple[Any, Any, Any, str, str]] = [
        (args.report, FundingReport, FundingReport.period_end, "--report", tr("Nachweis")),
        (args.request, FundsRequest, FundsRequest.requested_on, "--request", tr("Mittelabruf")),
    ]
    for key, cls, column, flag, what in choices:
        if not key:
            found.append(None)
            continue
        if not grant_id:
            raise CliError(tr("{flag} braucht --grant.").format(flag=flag))
        by_id = session.get(cls, key)
        if by_id is not None and by_id.grant_id == grant_id:
            found.append(by_id.id)
            continue
        match = session.scalars(
            select(cls.id).where(cls.grant_id == grant_id, column == day(key, flag))
        ).first()
        if match is None:
            raise CliError(
                tr(
                    "{flag}: Einen {what} „{key}“ gibt es bei dieser Zuwendung nicht (ID oder Datum TT.MM.JJJJ)."
                ).format(flag=flag, what=what, key=key)
            )
        found.append(match)
    return period, found[0], found[1]


def _describe_filter(args: argparse.Namespace) -> str:
    parts = [
        (label, getattr(args, key))
        for key, label in (
            ("search", tr("Suche")),
            ("field", tr("Handlungsfeld")),
            ("type", tr("Typ")),
            ("phase", tr("Phase")),
            ("status", tr("Status")),
            ("lead", tr("Federführung")),
            ("priority", tr("Priorität")),
        )
    ]
    return ", ".join(f"{label} {quoted(value)}" for label, value in parts if value)


def find_workshop(session: Session, key: str) -> str:
    """A workshop's id by its id or part of its title (services.listings finds it)."""
    return listing_service.find_workshop(session, key).id


def find_grant(session: Session, key: str) -> str:
    """A grant's id by its id, file number or part of its title (services.listings)."""
    return listing_service.find_grant(session, key).id


def cmd_import_receipts(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    from workbench.exports.errors import ImportFileError
    from workbench.services import receipts

    mapping = None
    if args.map:
        pairs = [item.partition("=") for item in args.map]
        if any(not sep for _, sep, _ in pairs):
            raise CliError(tr("--map erwartet FELD=SPALTE."))
        mapping = {key.strip(): column.strip() for key, _, column in pairs}
    source = args.source or Path(args.file).suffix.lstrip(".").upper() or tr("Datei")
    try:
        with ws.session() as session:
            grant_id = find_grant(session, args.grant)
            plan = receipts.preview(session, grant_id, Path(args.file), source, mapping)
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


def cmd_import_measures(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    from workbench.exports.errors import ImportFileError
    from workbench.exports.excel_import import RowKind
    from workbench.services import exporting

    try:
        with ws.session() as session:
            plan = exporting.preview_import(session, Path(args.file))
    except ImportFileError as exc:
        raise CliError(str(exc)) from None
    _print_plan(plan, out, tr("Zeile {row}: {label} – {code} {title}\n"))

    def apply() -> str:
        counts, _ = execute(ws, tr("Maßnahmenliste importieren"), exporting.apply_import, plan)
        return tr("{value} neu, {value2} geändert").format(
            value=counts[RowKind.NEW], value2=counts[RowKind.CHANGED]
        )

    return _finish_import(out, plan.summary(), bool(plan.errors), args.dry_run, apply)


def cmd_import_msproject(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    """Dates, milestones and new measures from an MS Project plan, previewed field by
    field; --dry-run writes nothing."""
    from workbench.services import msproject

    with ws.session() as session:
        plan = msproject.preview_msproject(session, Path(args.file))
    _print_plan(plan, out, tr("Aufgabe {row}: {label} – {code} {title}\n"))

    def apply() -> str:
        counts, _ = execute(ws, tr("Projektplan übernehmen"), msproject.apply_msproject, plan)
        return tr("{value} neu, {value2} geändert").format(
            value=counts[RowKind.NEW], value2=counts[RowKind.CHANGED]
        )

    from workbench.exports.excel_import import RowKind

    return _finish_import(out, plan.summary(), bool(plan.errors), args.dry_run, apply)


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


WORKSPACE_COMMANDS: dict[
    tuple[str, str | None], Callable[[Workspace, argparse.Namespace, TextIO], int]
] = {
    ("dump", None): cmd_dump,
    ("check", None): cmd_check,
    ("sync", None): cmd_sync,
    ("conflicts", None): cmd_conflicts,
    ("serve", None): cmd_serve,
    ("measures", "list"): cmd_measures_list,
    ("measures", "show"): cmd_measures_show,
    ("measures", "add"): cmd_measures_add,
    ("measures", "set"): cmd_measures_set,
    ("measures", "delete"): cmd_measures_delete,
    ("measures", "restore"): cmd_measures_restore,
    ("export", None): cmd_export,
    ("import", "measures"): cmd_import_measures,
    ("import", "msproject"): cmd_import_msproject,
    ("import", "receipts"): cmd_import_receipts,
    ("grants", "list"): listing_commands.cmd_grants_list,
    ("grants", "show"): listing_commands.cmd_grants_show,
    ("workshops", "list"): listing_commands.cmd_workshops_list,
    ("workshops", "show"): listing_commands.cmd_workshops_show,
    ("canvases", "list"): listing_commands.cmd_canvases_list,
    ("canvases", "show"): listing_commands.cmd_canvases_show,
}


def run(argv: Sequence[str], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Run one command; German errors go to *err* with exit code 1. No traceback reaches
    the terminal: a reader that went away (``| head``) ends the command quietly, an
    error of the system is named by its reason, anything unexpected goes to the log
    with one line that names the log file."""
    try:
        return _run(argv, out, err)
    except BrokenPipeError:
        if out is sys.stdout:
            _silence_stdout()
        return 0
    except KeyboardInterrupt:
        err.write(tr("Abgebrochen.\n"))
        return 130
    except OSError as exc:
        from workbench.fileio import write_failure

        where = Path(exc.filename) if getattr(exc, "filename", None) else Path(".")
        err.write(
            tr("Fehler: „{where}“: {reason}.\n").format(
                where=where, reason=write_failure(exc, where.parent)
            )
        )
        return 1
    except Exception as exc:
        from workbench.logs import log, log_path

        log.error("Unerwarteter Fehler im Befehl %s", list(argv)[:2], exc_info=True)
        err.write(
            tr(
                "Unerwarteter Fehler ({kind}); der gespeicherte Stand ist unverändert. Einzelheiten stehen im Protokoll „{log}“.\n"
            ).format(kind=type(exc).__name__, log=log_path())
        )
        return 1


def _silence_stdout() -> None:
    """After the reader of the output went away, Python's own flush at exit must not
    raise again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _run(argv: Sequence[str], out: TextIO, err: TextIO) -> int:
    args = build_parser().parse_args(list(argv))
    if args.lang:  # ``workbench`` itself chose it before importing (workbench/__main__.py)
        set_language(args.lang)
    if args.command == "sync":  # "workbench sync PATH" or "workbench sync status PATH"
        words = args.path
        args.status = len(words) == 2 and words[0] == "status"
        args.retire = words[2] if len(words) == 3 and words[0] == "retire" else None
        if len(words) != 1 and not args.status and not args.retire:
            err.write(
                tr(
                    "Fehler: erwartet „workbench sync PFAD“, „workbench sync status PFAD“ "
                    "oder „workbench sync retire PFAD RECHNER“.\n"
                )
            )
            return 2
        args.path = words[1] if args.retire else words[-1]
    try:
        if args.command == "demo":
            return cmd_demo(args, out)
        if args.command == "rescue":
            return cmd_rescue(args, out)
        handler = WORKSPACE_COMMANDS[(args.command, getattr(args, "action", None))]
        if getattr(args, "join", False) and not Path(args.path).exists():
            return _join_new(args, out, err)
        ws = Workspace.open(args.path)
        try:
            if ws.upgraded_from:
                err.write(
                    tr(
                        "Hinweis: Arbeitsmappe aktualisiert; Sicherung unter „{backup_path}“.\n"
                    ).format(backup_path=ws.backup_path)
                )
            if ws.removed_objects:
                err.write(
                    tr(
                        "Hinweis: In der Datei lag, was Werkbank nicht angelegt hat; entfernt: {what}. Sicherung unter „{backup_path}“.\n"
                    ).format(what=", ".join(ws.removed_objects), backup_path=ws.backup_path)
                )
            return handler(ws, args, out)
        except (WorkspaceError, ServiceError, CliError, DatabaseError):
            raise
        except Exception:
            wrong = _wrong_types(ws)
            if not wrong:
                raise
            err.write(
                tr(
                    "Fehler: „{path}“ enthält Werte vom falschen Typ, die Werkbank nicht geschrieben hat ({where}). „workbench check {path}“ nennt alle.\n"
                ).format(path=args.path, where=wrong[0].where)
            )
            return 1
        finally:
            ws.close()
    except (WorkspaceError, ServiceError, CliError) as exc:
        prefix = tr("Ungültige Eingabe") if isinstance(exc, ValidationError) else tr("Fehler")
        err.write(f"{prefix}: {exc}\n")
        return 1
    except DatabaseError as exc:  # a damaged page met on the way: say what to do
        err.write(
            tr("Fehler: „{path}“ ließ sich nicht lesen ({orig}). {DAMAGED_ADVICE}\n").format(
                path=args.path, orig=exc.orig, DAMAGED_ADVICE=DAMAGED_ADVICE
            )
        )
        return 1


def cmd_rescue(args: argparse.Namespace, out: TextIO) -> int:
    from workbench.store.rescue import rescue

    source, target = Path(args.path), Path(args.target)
    if not source.is_file():
        raise CliError(tr("Die Arbeitsmappe „{source}“ gibt es nicht.").format(source=source))

    def progress(done: int, total: int, table: str) -> None:  # on a terminal: where it is
        if sys.stderr.isatty():
            sys.stderr.write(
                "\r"
                + tr("Rette Tabelle {done} von {total} ({table}) …").format(
                    done=done + 1, total=total, table=table
                )
                + " " * 10
            )
            sys.stderr.flush()

    try:
        report = rescue(source, target, progress)
    finally:
        if sys.stderr.isatty():
            sys.stderr.write("\n")
    out.write(tr("„{target}“ angelegt: {value}\n").format(target=target, value=report.describe()))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    return run(sys.argv[1:] if argv is None else argv)
