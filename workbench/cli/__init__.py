"""The command line: the same services as the window, for scripts and servers. No Qt."""

from __future__ import annotations

import argparse
import errno
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from workbench import __version__
from workbench.cli.common import CliError, _print_json
from workbench.cli.sync import _join_new, cmd_conflicts, cmd_sync
from workbench.formats import format_cents, plural
from workbench.model import Measure
from workbench.model.enums import MeasureStatus, MeasureType, Priority
from workbench.services import measure_list
from workbench.services import measures as measure_service
from workbench.services.check import DAMAGED_ADVICE, Severity, check_workspace
from workbench.services.detail import measure_detail
from workbench.services.errors import ServiceError, ValidationError
from workbench.services.filtering import MeasureFilter
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
from workbench.store.dump import dump_json
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
    try:
        return MeasureFilter(
            text=args.search or "",
            field_id=find_field_of_action(session, args.field).id if args.field else None,
            type=MeasureType.from_text(args.type) if args.type else None,  # type: ignore[arg-type]
            phase_id=find_phase(session, args.phase).id if args.phase else None,
            status=MeasureStatus.from_text(args.status) if args.status else None,  # type: ignore[arg-type]
            lead_unit_id=find_org_unit(session, args.lead).id if args.lead else None,
            priority=Priority.from_text(args.priority) if args.priority else None,  # type: ignore[arg-type]
        )
    except ValueError as exc:
        raise CliError(f"Unbekannter Filterwert „{exc}“.") from None


def cmd_measures_list(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    with ws.session() as session:
        flt = _build_filter(session, args)
        rows = flt.select(measure_list.measure_rows(session))
    if args.json:
        _print_json([
            {"id": r.id, "code": r.code, "title": r.title, "type": r.type.value,
             "phase": r.phase_name, "status": r.status.value, "priority": r.priority.value,
             "lead_unit": r.lead_unit_name, "fields": r.field_names.split("; ") if r.field_names else [],
             "start_date": r.start_date.isoformat() if r.start_date else None,
             "end_date": r.end_date.isoformat() if r.end_date else None}
            for r in rows], out)
    else:
        _table(["Kennung", "Titel", "Typ", "Phase", "Status", "Federführung"],
               [[r.code, r.title, r.type.label, r.phase_name, r.status.label, r.lead_unit_name]
                for r in rows], out)
        out.write(f"\n{plural(len(rows), 'Maßnahme', 'Maßnahmen')}\n")
    return 0


def cmd_measures_show(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    with ws.session() as session:
        data = measure_detail(session, args.id)
    if args.json:
        _print_json(data, out)
        return 0
    pairs = [
        ("Kennung", data["code"]), ("Titel", data["title"]),
        ("Typ", MeasureType(data["type"]).label), ("Phase", data["phase"] or ""),
        ("Status", MeasureStatus(data["status"]).label),
        ("Priorität", Priority(data["priority"]).label),
        ("Federführung", data["lead_unit"] or ""), ("Verantwortlich", data["responsible"] or ""),
        ("Zeitraum", f"{data['start_date'] or '?'} – {data['end_date'] or '?'}"),
        ("Budget", format_cents(data["budget_cents"])),
        ("Handlungsfelder", "; ".join(f["name"] for f in data["fields"])),
        ("Beteiligte", "; ".join(p["name"] for p in data["participants"])),
        ("Kurzbeschreibung", data["short_description"]),
    ]
    for label, value in pairs:
        out.write(f"{label + ':':<18}{value}\n")
    sections = [("Ziele", len(data["goals"])), ("Indikatoren", len(data["indicators"])),
                ("Meilensteine", len(data["milestones"])), ("Risiken", len(data["risks"])),
                ("Logbucheinträge", len(data["log_entries"]))]
    out.write("\n" + ", ".join(f"{label}: {n}" for label, n in sections) + "\n")
    return 0


def _parse_assignments(session: Session, pairs: Sequence[str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """``key=value`` words → plain field values and special ones (phase, fields, participants)."""
    values: dict[str, Any] = {}
    special: dict[str, Any] = {}
    for pair in pairs:
        if "=" not in pair:
            raise CliError(f"„{pair}“: erwartet Feld=Wert (Felder: {describe_keys()}).")
        word, text = pair.split("=", 1)
        key = measure_key(word)
        if key == "fields":
            special[key] = [find_field_of_action(session, t).id for t in text.split(";") if t.strip()]
        elif key == "participants":
            special[key] = [find_org_unit(session, t, "participants").id
                            for t in text.split(";") if t.strip()]
        elif key in ("lead_unit_id", "responsible_id", "phase_id"):
            target = special if key == "phase_id" else values
            target[key] = resolve_reference(session, key, text)
        elif key in editable_columns(Measure):
            values[key] = coerce(Measure, key, text)
        else:
            raise CliError(f"„{word}“ ist kein Feld einer Maßnahme. Möglich: {describe_keys()}.")
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
        return f"{measure.code}\t{measure.id}"

    result, _ = execute(ws, "Maßnahme anlegen", add)
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

    code, changes = execute(ws, "Maßnahme ändern", change)
    out.write(f"{code}: Änderungen gespeichert.\n" if changes else f"{code}: nichts geändert.\n")
    return 0


def cmd_measures_delete(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    with ws.session() as session:
        measure = measure_service.get_measure(session, args.id)
        label = f"{measure.code} „{measure.title}“"
    if not args.yes:
        if not sys.stdin.isatty():
            raise CliError(f"Löschen von {label} nicht bestätigt: bitte mit --yes aufrufen.")
        answer = input(f"Maßnahme {label} in den Papierkorb legen? [j/N] ")
        if answer.strip().casefold() not in ("j", "ja", "y", "yes"):
            out.write("Nichts gelöscht.\n")
            return 1
    execute(ws, "Maßnahme löschen", measure_service.delete_measure, args.id)
    out.write(f"{label} liegt im Papierkorb (wiederherstellen: workbench measures restore).\n")
    return 0


def cmd_measures_restore(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    measure, _ = execute(ws, "Maßnahme wiederherstellen", measure_service.restore_measure, args.id)
    out.write(f"{measure.code} „{measure.title}“ ist wiederhergestellt.\n")
    return 0


# -- whole workspace ----------------------------------------------------------

def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    ws = create_demo(args.path)
    with ws.session() as session:
        count = len(measure_list.measure_rows(session))
    ws.close()
    out.write(f"Demo-Arbeitsmappe „{args.path}“ mit {count} Maßnahmen angelegt.\n")
    return 0


def cmd_dump(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    with ws.session() as session:
        text = dump_json(session)
    if args.output:
        _write_file(Path(args.output), text.encode("utf-8"))
        out.write(f"Geschrieben: {args.output}\n")
    else:
        out.write(text)
    return 0


def _write_file(target: Path, data: bytes) -> None:
    """Write *data* to *target* whole or not at all (temporary file, then renamed); a
    German message names what went wrong (missing folder, a folder there, full disk)."""
    if target.is_dir():
        raise CliError(f"„{target}“ ist ein Ordner; bitte einen Dateinamen angeben.")
    if not target.parent.is_dir():
        raise CliError(f"Den Ordner „{target.parent}“ gibt es nicht.")
    from workbench.fileio import replace_atomically

    try:
        replace_atomically(target, lambda tmp: tmp.write_bytes(data))
    except OSError as exc:
        reason = "der Datenträger ist voll" if exc.errno == errno.ENOSPC else \
            (exc.strerror or str(exc))
        raise CliError(f"„{target}“ ließ sich nicht schreiben: {reason}. "
                       "Es wurde nichts Halbfertiges hinterlassen.") from None


def cmd_check(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    with ws.session() as session:
        findings = check_workspace(session)
    errors = [f for f in findings if f.severity is Severity.ERROR]
    if args.json:  # the German word, as before: scripts that read it keep working
        _print_json([{"severity": f.severity.label, "where": f.where, "message": f.message}
                     for f in findings], out)
    elif findings:
        for finding in findings:
            out.write(f"{finding}\n")
        out.write(f"\n{len(errors)} Fehler, {len(findings) - len(errors)} Warnung(en).\n")
    else:
        out.write("Keine Probleme gefunden.\n")
    return 1 if errors else 0


# -- working together -----------------------------------------------------------

# -- export and import --------------------------------------------------------

def cmd_export(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    from workbench.services import exporting

    kind = exporting.KINDS.get(args.kind)
    if kind is None:
        raise CliError(f"Unbekannte Exportart „{args.kind}“ (möglich: {', '.join(exporting.KINDS)}).")
    measure_ids, scope = None, "alle Maßnahmen"
    with ws.session() as session:
        measure_id = (measure_service.get_measure(session, args.measure).id if args.measure else None)
        flt = _build_filter(session, args)
        if kind.subject == "scope" and not flt.is_empty():
            measure_ids = [r.id for r in flt.select(measure_list.measure_rows(session))]
            scope = "gefiltert: " + _describe_filter(args)
        workshop_id = None
        if args.workshop:
            workshop_id = find_workshop(session, args.workshop)
        grant_id = find_grant(session, args.grant) if args.grant else None
        period, report_id, request_id = _funding_choices(session, grant_id, args)
    request = exporting.ExportRequest(args.kind, Path(args.output), measure_id, workshop_id,
                                      measure_ids, scope, Path(args.template) if args.template else None,
                                      grant_id=grant_id, period=period, report_id=report_id,
                                      request_id=request_id)
    from workbench.cli.render import render_pictures

    path = exporting.run_export(ws, request, render_pictures)
    out.write(f"{kind.label} geschrieben: {path}\n")
    return 0


def _funding_choices(session: Session, grant_id: str | None,
                     args: argparse.Namespace) -> tuple[Any, str | None, str | None]:
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
            raise CliError("--to liegt vor --from.")
    found: list[str | None] = []
    for key, cls, column, flag, what in (
            (args.report, FundingReport, FundingReport.period_end, "--report", "Nachweis"),
            (args.request, FundsRequest, FundsRequest.requested_on, "--request", "Mittelabruf")):
        if not key:
            found.append(None)
            continue
        if not grant_id:
            raise CliError(f"{flag} braucht --grant.")
        by_id = session.get(cls, key)
        if by_id is not None and by_id.grant_id == grant_id:
            found.append(by_id.id)
            continue
        match = session.scalars(select(cls.id).where(cls.grant_id == grant_id,
                                                     column == day(key, flag))).first()
        if match is None:
            raise CliError(f"{flag}: Einen {what} „{key}“ gibt es bei dieser Zuwendung nicht "
                           "(ID oder Datum TT.MM.JJJJ).")
        found.append(match)
    return period, found[0], found[1]


def _describe_filter(args: argparse.Namespace) -> str:
    parts = [(label, getattr(args, key)) for key, label in (
        ("search", "Suche"), ("field", "Handlungsfeld"), ("type", "Typ"), ("phase", "Phase"),
        ("status", "Status"), ("lead", "Federführung"), ("priority", "Priorität"))]
    return ", ".join(f"{label} „{value}“" for label, value in parts if value)


def find_workshop(session: Session, key: str) -> str:
    from sqlalchemy import select

    from workbench.model import Workshop

    found = session.get(Workshop, key)
    if found is not None:
        return found.id
    matches = session.scalars(select(Workshop).where(Workshop.title.ilike(f"%{key}%"))).all()
    if len(matches) == 1:
        return matches[0].id
    if not matches:
        raise CliError(f"Einen Workshop „{key}“ gibt es nicht.")
    raise CliError(f"„{key}“ passt auf mehrere Workshops: " + "; ".join(m.title for m in matches))


def find_grant(session: Session, key: str) -> str:
    from sqlalchemy import select

    from workbench.model import Grant

    found = session.get(Grant, key)
    if found is not None:
        return found.id
    match = session.scalars(select(Grant).where(Grant.file_number == key)).first()
    if match is None:
        raise CliError(f"Eine Zuwendung „{key}“ (ID oder Aktenzeichen) gibt es nicht.")
    return match.id


def cmd_import_receipts(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    from workbench.exports.errors import ImportFileError
    from workbench.services import receipts

    mapping = None
    if args.map:
        pairs = [item.partition("=") for item in args.map]
        if any(not sep for _, sep, _ in pairs):
            raise CliError("--map erwartet FELD=SPALTE.")
        mapping = {key.strip(): column.strip() for key, _, column in pairs}
    source = args.source or Path(args.file).suffix.lstrip(".").upper() or "Datei"
    try:
        with ws.session() as session:
            grant_id = find_grant(session, args.grant)
            plan = receipts.preview(session, grant_id, Path(args.file), source, mapping)
    except ImportFileError as exc:
        raise CliError(str(exc)) from None
    out.write("Zuordnung: " + ", ".join(f"{k}={v}" for k, v in sorted(plan.mapping.items())) + "\n")
    for row, number in plan.duplicates:
        out.write(f"Zeile {row}: Beleg {number} ist schon erfasst – übersprungen.\n")
    for error in plan.errors:
        out.write(f"Fehler: {error}\n")
    return _finish_import(out, plan.summary(), bool(plan.errors), args.dry_run, lambda: (
        f"{execute(ws, 'Belege importieren', receipts.apply, grant_id, plan, source)[0]} Belege"))


def cmd_import_measures(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    from workbench.exports.errors import ImportFileError
    from workbench.exports.excel_import import RowKind
    from workbench.services import exporting

    try:
        with ws.session() as session:
            plan = exporting.preview_import(session, Path(args.file))
    except ImportFileError as exc:
        raise CliError(str(exc)) from None
    for row in plan.rows:
        if row.kind is RowKind.UNCHANGED:
            continue
        out.write(f"Zeile {row.row}: {row.kind.label} – {row.code} {row.title}\n")
        for label, old, new in row.changes:
            out.write(f"    {label}: {old or '–'} → {new}\n")
    for problem in plan.problems:
        out.write(f"{'Fehler' if problem.blocking else 'Hinweis'}: {problem}\n")
    def apply() -> str:
        counts, _ = execute(ws, "Maßnahmenliste importieren", exporting.apply_import, plan)
        return f"{counts[RowKind.NEW]} neu, {counts[RowKind.CHANGED]} geändert"

    return _finish_import(out, plan.summary(), bool(plan.errors), args.dry_run, apply)


def _finish_import(out: TextIO, summary: str, errors: bool, dry_run: bool,
                   apply: Callable[[], str]) -> int:
    """The end of every import: the summary; with errors nothing is written (exit 1); a
    trial run writes nothing; otherwise *apply* writes and says what came in."""
    out.write(summary + "\n")
    if errors:
        return 1
    if dry_run:
        out.write("Probelauf: nichts geschrieben.\n")
        return 0
    out.write(f"Übernommen: {apply()}.\n")
    return 0


# -- parser -------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbench",
        description="Werkbank – ohne Argumente öffnet sich das Fenster.",
    )
    parser.add_argument("--version", action="version", version=f"Werkbank {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="BEFEHL")

    p = sub.add_parser("demo", help="Demo-Arbeitsmappe anlegen")
    p.add_argument("path", metavar="PFAD")

    p = sub.add_parser("dump", help="ganze Arbeitsmappe als kanonisches JSON ausgeben")
    p.add_argument("path", metavar="PFAD")
    p.add_argument("-o", "--output", metavar="DATEI")

    p = sub.add_parser("rescue", help="Lesbares einer beschädigten Arbeitsmappe in eine neue "
                       "retten")
    p.add_argument("path", metavar="PFAD")
    p.add_argument("target", metavar="NEU", help="neue Arbeitsmappe (wird angelegt)")

    p = sub.add_parser("check", help="Arbeitsmappe auf Fehler prüfen")
    p.add_argument("path", metavar="PFAD")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("sync", help="mit dem gemeinsamen Ordner abgleichen")
    p.add_argument("path", metavar="PFAD", nargs="+",
                   help="Arbeitsmappe; „status PFAD“ zeigt den Stand; „retire PFAD RECHNER“ "
                   "entfernt einen Rechner, der nicht wiederkommt (Kennung oder ihr Anfang)")
    p.add_argument("--folder", metavar="ORDNER", help="gemeinsamen Ordner wählen")
    p.add_argument("--accept-deletions", metavar="RECHNER/NR", nargs="?", const="",
                   help="zurückgehaltene Löschungen vieler Maßnahmen übernehmen (ohne Angabe: "
                        "alle)")
    p.add_argument("--change-passphrase", action="store_true",
                   help="Kennwort der geteilten Arbeitsmappe für alle ändern (neues Kennwort "
                        "aus WERKBANK_NEW_PASSPHRASE)")
    p.add_argument("--snapshot", action="store_true",
                   help="danach einen Schnappschuss für neue Rechner schreiben")
    p.add_argument("--join", action="store_true",
                   help="der dort geteilten Arbeitsmappe beitreten (legt PFAD leer an, falls neu); "
                   "Kennwort geschützter Arbeitsmappen aus WERKBANK_PASSPHRASE")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("conflicts", help="Konflikte auflisten und lösen")
    p.add_argument("path", metavar="PFAD")
    p.add_argument("--resolve", type=int, metavar="NR")
    p.add_argument("--keep", metavar="current|other|value=WERT",
                   help="mit --resolve: welcher Wert gilt")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("export", help="Word- oder Excel-Dokument schreiben")
    p.add_argument("kind", metavar="ART", help="steckbrief, projektauftrag, statusbericht, "
                   "strategiebericht, workshop, massnahmenliste, meilensteinplan, indikatoren, "
                   "kfp, belegliste, nachweis, mittelabruf, sachbericht")
    p.add_argument("path", metavar="PFAD")
    p.add_argument("-o", "--output", required=True, metavar="DATEI")
    p.add_argument("--measure", metavar="ID", help="Kennung oder ID der Maßnahme")
    p.add_argument("--workshop", metavar="WORKSHOP", help="ID oder Teil des Titels")
    p.add_argument("--grant", metavar="ZUWENDUNG", help="ID oder Aktenzeichen der Zuwendung")
    p.add_argument("--template", metavar="DOCX", help="eigene Word-Vorlage")
    p.add_argument("--from", dest="period_from", metavar="DATUM", help="Berichtszeitraum ab (TT.MM.JJJJ)")
    p.add_argument("--to", dest="period_to", metavar="DATUM", help="Berichtszeitraum bis (TT.MM.JJJJ)")
    p.add_argument("--report", metavar="NACHWEIS", help="ID des Nachweises oder Ende seines Zeitraums")
    p.add_argument("--request", metavar="ABRUF", help="ID des Mittelabrufs oder sein Datum")
    for flag, meta, text in (("--search", "TEXT", "Suchtext"), ("--field", "HANDLUNGSFELD", None),
                             ("--type", "TYP", None), ("--phase", "PHASE", None),
                             ("--status", "STATUS", None), ("--lead", "FEDERFÜHRUNG", None),
                             ("--priority", "PRIORITÄT", None)):
        p.add_argument(flag, metavar=meta, help=text or "Filter (wie bei measures list)")

    imports = sub.add_parser("import", help="Maßnahmenliste aus Excel übernehmen")
    isub = imports.add_subparsers(dest="action", metavar="WAS", required=True)
    p = isub.add_parser("receipts", help="Belege aus einem CSV- oder Excel-Export übernehmen")
    p.add_argument("path", metavar="PFAD")
    p.add_argument("file", metavar="DATEI")
    p.add_argument("--grant", required=True, metavar="ZUWENDUNG", help="ID oder Aktenzeichen")
    p.add_argument("--source", default="", metavar="QUELLE",
                   help="Name des Finanzsystems; seine Spaltenzuordnung wird gemerkt")
    p.add_argument("--map", action="append", default=[], metavar="FELD=SPALTE",
                   help="Spaltenzuordnung, z. B. number=Beleg-Nr. (Felder: number, receipt_date, "
                        "gross_cents, position, payee, purpose, paid_on, vat_cents)")
    p.add_argument("--dry-run", action="store_true", help="nur zeigen, was übernommen würde")

    p = isub.add_parser("measures", help="geänderte Maßnahmenliste (.xlsx) übernehmen")
    p.add_argument("path", metavar="PFAD")
    p.add_argument("file", metavar="DATEI")
    p.add_argument("--dry-run", action="store_true", help="nur zeigen, was sich ändern würde")

    measures = sub.add_parser("measures", help="Maßnahmen auflisten, zeigen, anlegen, ändern, löschen")
    msub = measures.add_subparsers(dest="action", metavar="AKTION", required=True)

    p = msub.add_parser("list", help="Maßnahmen auflisten")
    p.add_argument("path", metavar="PFAD")
    p.add_argument("--json", action="store_true")
    p.add_argument("--search", metavar="TEXT", help="Suchtext")
    p.add_argument("--field", metavar="HANDLUNGSFELD")
    p.add_argument("--type", metavar="TYP")
    p.add_argument("--phase", metavar="PHASE")
    p.add_argument("--status", metavar="STATUS")
    p.add_argument("--lead", metavar="FEDERFÜHRUNG")
    p.add_argument("--priority", metavar="PRIORITÄT")

    p = msub.add_parser("show", help="eine Maßnahme zeigen")
    p.add_argument("path", metavar="PFAD")
    p.add_argument("id", metavar="ID", help="Kennung (z. B. P-01) oder ID")
    p.add_argument("--json", action="store_true")

    p = msub.add_parser("add", help="Maßnahme anlegen")
    p.add_argument("path", metavar="PFAD")
    p.add_argument("--title", required=True, metavar="TITEL")
    p.add_argument("--field", action="append", metavar="HANDLUNGSFELD",
                   help="Handlungsfeld (mehrfach möglich, mindestens eines)")
    p.add_argument("--set", action="append", metavar="FELD=WERT")

    p = msub.add_parser("set", help="Felder einer Maßnahme ändern")
    p.add_argument("path", metavar="PFAD")
    p.add_argument("id", metavar="ID")
    p.add_argument("assignments", nargs="+", metavar="FELD=WERT")

    p = msub.add_parser("delete", help="Maßnahme in den Papierkorb legen")
    p.add_argument("path", metavar="PFAD")
    p.add_argument("id", metavar="ID")
    p.add_argument("--yes", action="store_true", help="ohne Rückfrage")

    p = msub.add_parser("restore", help="Maßnahme aus dem Papierkorb holen")
    p.add_argument("path", metavar="PFAD")
    p.add_argument("id", metavar="ID")
    return parser


WORKSPACE_COMMANDS: dict[tuple[str, str | None], Callable[[Workspace, argparse.Namespace, TextIO], int]] = {
    ("dump", None): cmd_dump,
    ("check", None): cmd_check,
    ("sync", None): cmd_sync,
    ("conflicts", None): cmd_conflicts,
    ("measures", "list"): cmd_measures_list,
    ("measures", "show"): cmd_measures_show,
    ("measures", "add"): cmd_measures_add,
    ("measures", "set"): cmd_measures_set,
    ("measures", "delete"): cmd_measures_delete,
    ("measures", "restore"): cmd_measures_restore,
    ("export", None): cmd_export,
    ("import", "measures"): cmd_import_measures,
    ("import", "receipts"): cmd_import_receipts,
}


def run(argv: Sequence[str], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Run one command; German errors go to *err* with exit code 1."""
    args = build_parser().parse_args(list(argv))
    if args.command == "sync":  # "workbench sync PATH" or "workbench sync status PATH"
        words = args.path
        args.status = len(words) == 2 and words[0] == "status"
        args.retire = words[2] if len(words) == 3 and words[0] == "retire" else None
        if len(words) != 1 and not args.status and not args.retire:
            err.write("Fehler: erwartet „workbench sync PFAD“, „workbench sync status PFAD“ "
                      "oder „workbench sync retire PFAD RECHNER“.\n")
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
                err.write(f"Hinweis: Arbeitsmappe aktualisiert; Sicherung unter „{ws.backup_path}“.\n")
            return handler(ws, args, out)
        finally:
            ws.close()
    except (WorkspaceError, ServiceError, CliError) as exc:
        prefix = "Ungültige Eingabe" if isinstance(exc, ValidationError) else "Fehler"
        err.write(f"{prefix}: {exc}\n")
        return 1
    except DatabaseError as exc:  # a damaged page met on the way: say what to do
        err.write(f"Fehler: „{args.path}“ ließ sich nicht lesen ({exc.orig}). "
                  f"{DAMAGED_ADVICE}\n")
        return 1


def cmd_rescue(args: argparse.Namespace, out: TextIO) -> int:
    from workbench.store.rescue import rescue

    source, target = Path(args.path), Path(args.target)
    if not source.is_file():
        raise CliError(f"Die Arbeitsmappe „{source}“ gibt es nicht.")
    report = rescue(source, target)
    out.write(f"„{target}“ angelegt: {report.describe()}\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    return run(sys.argv[1:] if argv is None else argv)
