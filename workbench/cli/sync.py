"""The command line's sync and conflict commands: share, join, sync, status, retire,
accept held deletions, change the passphrase; list and resolve conflicts."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TextIO

from workbench.cli.common import CliError, _print_json
from workbench.formats import plural
from workbench.i18n import tr
from workbench.services import conflicts as conflict_service
from workbench.services import credentials
from workbench.services import sync as sync_service
from workbench.services.workspaces import OpenWorkspace, create_workspace, remove_workspace_file


def _server_choice(args: argparse.Namespace) -> sync_service.ServerChoice:
    """--server URL --user NAME: the password from the credential store, WERKBANK_PASSWORD
    (scripts) or typed at a prompt; never an argument (the process list shows those)."""
    server = sync_service.checked_server(  # before a password is asked for it
        sync_service.Server(args.server.rstrip("/"), args.user or "", args.ca_bundle or ""),
        args.allow_http,
    )
    if not server.user:
        raise CliError(tr("Mit --server bitte auch --user NAME angeben."))
    password = credentials.password(server.url, server.user)
    if password is None:
        if not sys.stdin.isatty():
            raise CliError(
                tr(
                    "Für {server} ist kein Passwort gespeichert; bitte WERKBANK_PASSWORD "
                    "setzen oder im Terminal aufrufen (dann wird es abgefragt)."
                ).format(server=server.describe())
            )
        password = getpass.getpass(tr("Passwort für {server}: ").format(server=server.describe()))
    return sync_service.ServerChoice(server, password, args.allow_http)


def cmd_sync(ws: OpenWorkspace, args: argparse.Namespace, out: TextIO) -> int:
    """``workbench sync``: one use case, one service call; here the words around it."""
    if args.retire:
        return _retire(ws, args.retire, out)
    if args.status:
        return _status(ws, args.json, out)
    if args.change_passphrase:
        return _change_passphrase(ws, out)
    if args.folder and args.server:
        raise CliError(tr("Bitte entweder --folder oder --server angeben, nicht beides."))
    request = sync_service.SyncRequest(
        folder=args.folder,
        server=_server_choice(args) if args.server else None,
        join=args.join,
        # Never as an argument (visible to other users in the process list).
        passphrase=os.environ.get("WERKBANK_PASSPHRASE") or None,
        accept=args.accept_deletions,
        snapshot=args.snapshot,
    )
    outcome = sync_service.sync(ws, request)
    for held in outcome.accepted or []:
        out.write(tr("Bestätigt: {value}.\n").format(value=held.describe()))
    if outcome.snapshot and not args.json:
        out.write(tr("Schnappschuss geschrieben: {path}\n").format(path=outcome.snapshot))
    if args.json:
        data = asdict(outcome.report)
        data.pop("touched")  # internal: rows the service checks after a merge
        _print_json(data, out)
    else:
        _print_report(outcome.report, outcome.shared, out)
    return 0


def _retire(ws: OpenWorkspace, prefix: str, out: TextIO) -> int:
    retired = sync_service.retire_laptop(ws, prefix)
    out.write(
        tr(
            "Rechner {value} ist aus der gemeinsamen Arbeitsmappe entfernt; der Ordner wartet nicht mehr auf ihn."
        ).format(value=retired.replica[:8])
        + (tr(" Das geht hinaus, sobald der Ordner erreichbar ist.\n") if retired.offline else "\n")
    )
    return 0


def _status(ws: OpenWorkspace, as_json: bool, out: TextIO) -> int:
    st = sync_service.status(ws)
    if as_json:
        _print_json(asdict(st), out)
        return 0
    out.write(tr("Geteilt über:       {value}\n").format(value=st.place or tr("(nicht geteilt)")))
    out.write(tr("Dieser Rechner:     {replica}\n").format(replica=st.replica))
    out.write(
        tr("Letzter Abgleich:   {value}\n").format(
            value=sync_service.format_sync_time(st.last_sync)
        )
    )
    waiting = (
        plural(st.pending_rows, tr("geänderter Eintrag"), tr("geänderte Einträge"))
        if st.place
        else tr("nichts (nicht geteilt: Teilen veröffentlicht den ganzen Stand)")
    )
    out.write(tr("Ausstehend:         {waiting}\n").format(waiting=waiting))
    out.write(tr("Offene Konflikte:   {open_conflicts}\n").format(open_conflicts=st.open_conflicts))
    for replica, seq in sorted(st.replicas.items()):
        when = st.last_activity.get(replica, "unbekannt")
        out.write(
            tr("Gesehen:            {replica} bis Datei {seq}, zuletzt aktiv {when}\n").format(
                replica=replica, seq=seq, when=when
            )
        )
    for problem in st.problems:
        out.write(tr("Hinweis:            {problem}\n").format(problem=problem))
    return 0


def _change_passphrase(ws: OpenWorkspace, out: TextIO) -> int:
    new = os.environ.get("WERKBANK_NEW_PASSPHRASE") or ""
    if not new:
        raise CliError(
            tr(
                "Das neue Kennwort bitte in WERKBANK_NEW_PASSPHRASE angeben (nie als "
                "Argument: andere Benutzer sähen es in der Prozessliste)."
            )
        )
    sync_service.change_passphrase(ws, new)
    out.write(
        tr(
            "Kennwort geändert. Die anderen Rechner fragen beim nächsten Abgleich nach "
            "dem neuen Kennwort.\n"
        )
    )
    return 0


def _print_report(report: sync_service.SyncReport, shared: bool, out: TextIO) -> None:
    """A sync's report in words: notices, sharing and joining, counts, held files."""
    for notice in (report.offline, report.read_only):
        if notice:
            out.write(notice + "\n")
    if report.published or shared:
        out.write(
            tr(
                "Geteilt: der ganze Stand der Arbeitsmappe liegt jetzt als Schnappschuss im gemeinsamen Ordner; die anderen treten ihm bei.\n"
            )
        )
    if report.from_snapshot:
        out.write(
            tr(
                "Beigetreten: der Stand der geteilten Arbeitsmappe wurde aus dem "
                "Schnappschuss übernommen.\n"
            )
        )
    quiet = (report.published or shared) and not (
        report.ops_exported or report.files_applied or report.waiting
    )
    if not quiet:  # the first share sends no change files: „Gesendet: 0“ said nothing
        out.write(
            tr(
                "Gesendet: {value}; übernommen: {value2} mit {value3}; neue Konflikte: {conflicts}; wartend: {waiting}\n"
            ).format(
                value=plural(report.ops_exported, tr("Änderung"), tr("Änderungen")),
                value2=plural(report.files_applied, tr("Datei"), tr("Dateien")),
                value3=plural(report.ops_applied, tr("Änderung"), tr("Änderungen")),
                conflicts=report.conflicts,
                waiting=report.waiting,
            )
        )
    if report.pruned:
        out.write(
            tr("Aufgeräumt: {value} dieses Rechners, die alle anderen schon haben\n").format(
                value=plural(report.pruned, tr("alte Änderungsdatei"), tr("alte Änderungsdateien"))
            )
        )
    for replica, seq, applies in report.postponed:
        out.write(
            tr(
                "Zurückgehalten: Datei {seq} von Rechner {value} (Zeitstempel in der Zukunft), übernommen ab {applies}\n"
            ).format(seq=seq, value=replica[:8], applies=applies)
        )
    for problem in report.problems:
        out.write(tr("Hinweis: {problem}\n").format(problem=problem))


def cmd_conflicts(ws: OpenWorkspace, args: argparse.Namespace, out: TextIO) -> int:
    if args.resolve is not None:
        if not args.keep:
            raise CliError(
                tr(
                    "Bitte angeben, welcher Wert gelten soll: --keep current (der jetzige), "
                    "--keep other (der andere) oder --keep value=WERT."
                )
            )
        choice, _, text = args.keep.partition("=")
        try:
            value = (
                json.loads(text)
                if choice == "value" and text.startswith(('"', "[", "{"))
                else (text if choice == "value" else None)
            )
        except ValueError:
            raise CliError(
                tr(
                    "„{text}“ ist kein lesbarer Wert; Text bitte ohne Klammern angeben (--keep value=Neuer Titel)."
                ).format(text=text)
            ) from None
        conflict_service.resolve(ws, args.resolve, choice, value)
        out.write(tr("Konflikt {resolve} gelöst.\n").format(resolve=args.resolve))
        return 0
    items = conflict_service.conflicts(ws)
    if args.json:
        _print_json([asdict(c) for c in items], out)
    elif items:
        for c in items:
            out.write(f"{c.id}: {c.describe()}\n")
    else:
        out.write(tr("Keine offenen Konflikte.\n"))
    return 0


def join_new(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Join into a new workspace file: built under a temporary name and renamed into place
    only when the join is complete, so a join that is killed leaves nothing in the way."""
    target = Path(args.path)
    tmp = target.with_name(f".{target.name}.beitritt-{os.getpid()}")
    for stale in target.parent.glob(f".{target.name}.beitritt-*"):
        remove_workspace_file(stale)
    ws = create_workspace(tmp)
    try:
        code = cmd_sync(ws, args, out)
        ws.checkpoint(truncate=True)
    finally:
        ws.close()
    if sync_service.is_member_file(tmp):
        os.replace(tmp, target)
        return code
    remove_workspace_file(tmp)
    err.write(
        tr(
            "Fehler: Der Beitritt ist nicht zustande gekommen (siehe Hinweise); es wurde "
            "keine Arbeitsmappe angelegt.\n"
        )
    )
    return 1
