"""The command line's sync and conflict commands: share, join, sync, status, retire,
accept held deletions, change the passphrase; list and resolve conflicts."""

from __future__ import annotations

import argparse
import json
import os
from dataclasses import asdict
from pathlib import Path
from typing import TextIO

from workbench.cli.common import CliError, _print_json
from workbench.formats import plural
from workbench.services import sync as sync_service
from workbench.store.workspace import Workspace, remove_workspace_file


def cmd_sync(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    if args.retire:
        gone = sync_service.retire(ws, args.retire)
        report = sync_service.sync_now(ws)
        out.write(f"Rechner {gone[:8]} ist aus der gemeinsamen Arbeitsmappe entfernt; der "
                  "Ordner wartet nicht mehr auf ihn."
                  + (" Das geht hinaus, sobald der Ordner erreichbar ist.\n" if report.offline
                     else "\n"))
        return 0
    if args.status:
        st = sync_service.status(ws)
        if args.json:
            _print_json(asdict(st), out)
            return 0
        out.write(f"Gemeinsamer Ordner: {st.folder or '(keiner gewählt)'}\n")
        out.write(f"Dieser Rechner:     {st.replica}\n")
        out.write(f"Letzter Abgleich:   {sync_service.format_sync_time(st.last_sync)}\n")
        waiting = (plural(st.pending_rows, "geänderter Eintrag", "geänderte Einträge") if st.folder
                   else "nichts (nicht geteilt: Teilen veröffentlicht den ganzen Stand)")
        out.write(f"Ausstehend:         {waiting}\n")
        out.write(f"Offene Konflikte:   {st.open_conflicts}\n")
        for replica, seq in sorted(st.replicas.items()):
            when = st.last_activity.get(replica, "unbekannt")
            out.write(f"Gesehen:            {replica} bis Datei {seq}, zuletzt aktiv {when}\n")
        for problem in st.problems:
            out.write(f"Hinweis:            {problem}\n")
        return 0
    if args.change_passphrase:
        new = os.environ.get("WERKBANK_NEW_PASSPHRASE") or ""
        if not new:
            raise CliError("Das neue Kennwort bitte in WERKBANK_NEW_PASSPHRASE angeben (nie als "
                           "Argument: andere Benutzer sähen es in der Prozessliste).")
        sync_service.change_passphrase(ws, new)
        out.write("Kennwort geändert. Die anderen Rechner fragen beim nächsten Abgleich nach "
                  "dem neuen Kennwort.\n")
        return 0
    if args.accept_deletions is not None:
        for held in sync_service.accept_deletions(ws, args.accept_deletions):
            out.write(f"Bestätigt: {held.describe()}.\n")
    if args.folder:
        # Never as an argument (visible to other users in the process list).
        passphrase = os.environ.get("WERKBANK_PASSPHRASE") or None
        sync_service.set_folder(ws, args.folder, join=args.join, passphrase=passphrase)
    report = sync_service.sync_now(ws)
    if args.snapshot:
        path = sync_service.write_snapshot(ws)
        if not args.json:
            out.write(f"Schnappschuss geschrieben: {path}\n")
    if args.json:
        data = asdict(report)
        data.pop("touched")  # internal: rows the service checks after a merge
        _print_json(data, out)
    else:
        for notice in (report.offline, report.read_only):
            if notice:
                out.write(notice + "\n")
        if report.from_snapshot:
            out.write("Beigetreten: der Stand der geteilten Arbeitsmappe wurde aus dem "
                      "Schnappschuss übernommen.\n")
        out.write(f"Gesendet: {plural(report.ops_exported, 'Änderung', 'Änderungen')}; "
                  f"übernommen: {plural(report.files_applied, 'Datei', 'Dateien')} mit "
                  f"{plural(report.ops_applied, 'Änderung', 'Änderungen')}; "
                  f"neue Konflikte: {report.conflicts}; wartend: {report.waiting}\n")
        if report.pruned:
            out.write(f"Aufgeräumt: {plural(report.pruned, 'alte Änderungsdatei', 'alte Änderungsdateien')}"
                      " dieses Rechners, die alle anderen schon haben\n")
        for problem in report.problems:
            out.write(f"Hinweis: {problem}\n")
    return 0


def cmd_conflicts(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    if args.resolve is not None:
        if not args.keep:
            raise CliError("Bitte angeben, welcher Wert gelten soll: --keep current (der jetzige), "
                           "--keep other (der andere) oder --keep value=WERT.")
        choice, _, text = args.keep.partition("=")
        try:
            value = json.loads(text) if choice == "value" and text.startswith(("\"", "[", "{")) \
                else (text if choice == "value" else None)
        except ValueError:
            raise CliError(f"„{text}“ ist kein lesbarer Wert; Text bitte ohne Klammern angeben "
                           "(--keep value=Neuer Titel).") from None
        sync_service.resolve(ws, args.resolve, choice, value)
        out.write(f"Konflikt {args.resolve} gelöst.\n")
        return 0
    items = sync_service.conflicts(ws)
    if args.json:
        _print_json([asdict(c) for c in items], out)
    elif items:
        for c in items:
            out.write(f"{c.id}: {c.describe()}\n")
    else:
        out.write("Keine offenen Konflikte.\n")
    return 0


def _join_new(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Join into a new workspace file: built under a temporary name and renamed into place
    only when the join is complete, so a join that is killed leaves nothing in the way."""
    target = Path(args.path)
    tmp = target.with_name(f".{target.name}.beitritt-{os.getpid()}")
    for stale in target.parent.glob(f".{target.name}.beitritt-*"):
        remove_workspace_file(stale)
    ws = Workspace.create(tmp)
    try:
        code = cmd_sync(ws, args, out)
        with ws.engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        ws.close()
    if sync_service.is_member_file(tmp):
        os.replace(tmp, target)
        return code
    remove_workspace_file(tmp)
    err.write("Fehler: Der Beitritt ist nicht zustande gekommen (siehe Hinweise); es wurde "
              "keine Arbeitsmappe angelegt.\n")
    return 1
