"""``workbench demo``, ``dump``, ``check`` and ``rescue``: the whole file.

``dump`` and ``check`` run against big workspaces: this module imports little, and the
services it calls import what they need when they run (bench/bench_dump_check.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from workbench.cli.common import CliError, _print_json, write_file
from workbench.i18n import tr
from workbench.services import maintenance
from workbench.services.findings import Severity
from workbench.services.workspaces import OpenWorkspace


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    count = maintenance.create_demo_workspace(args.path)
    out.write(
        tr("Demo-Arbeitsmappe „{path}“ mit {count} Maßnahmen angelegt.\n").format(
            path=args.path, count=count
        )
    )
    return 0


def cmd_dump(ws: OpenWorkspace, args: argparse.Namespace, out: TextIO) -> int:
    """Streamed: memory stays flat in the workspace's size (store.dump)."""
    if args.output:

        def write(tmp: Path) -> None:
            with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
                maintenance.write_dump(ws, fh)

        write_file(Path(args.output), write)
        out.write(tr("Geschrieben: {output}\n").format(output=args.output))
    else:
        maintenance.write_dump(ws, out)
    return 0


def cmd_check(ws: OpenWorkspace, args: argparse.Namespace, out: TextIO) -> int:
    findings = maintenance.check(ws)
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


def cmd_rescue(args: argparse.Namespace, out: TextIO) -> int:
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
        described = maintenance.rescue(source, target, progress)
    finally:
        if sys.stderr.isatty():
            sys.stderr.write("\n")
    out.write(tr("„{target}“ angelegt: {value}\n").format(target=target, value=described))
    return 0
