"""The command line: the same services as the window, for scripts and servers. No Qt.

Each command lives in a module of its own and is imported when it runs (``dump`` and
``check`` on a big workspace start with little). Commands reach a workspace only through
services and the handle :class:`~workbench.services.workspaces.OpenWorkspace`; no session,
store or SQLAlchemy name is imported here (pyproject.toml's import contracts)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from workbench.cli.common import CliError
from workbench.cli.parser import build_parser
from workbench.i18n import set_language, tr
from workbench.services.errors import ServiceError, ValidationError

if TYPE_CHECKING:
    from argparse import Namespace

    from workbench.services.workspaces import OpenWorkspace

#: (command, action) → "module:function" of a command on an open workspace.
WORKSPACE_COMMANDS: dict[tuple[str, str | None], str] = {
    ("dump", None): "maintenance:cmd_dump",
    ("check", None): "maintenance:cmd_check",
    ("sync", None): "sync:cmd_sync",
    ("conflicts", None): "sync:cmd_conflicts",
    ("serve", None): "serve:cmd_serve",
    ("measures", "list"): "measures:cmd_measures_list",
    ("measures", "show"): "measures:cmd_measures_show",
    ("measures", "add"): "measures:cmd_measures_add",
    ("measures", "set"): "measures:cmd_measures_set",
    ("measures", "delete"): "measures:cmd_measures_delete",
    ("measures", "restore"): "measures:cmd_measures_restore",
    ("export", None): "exports:cmd_export",
    ("import", "measures"): "exports:cmd_import_measures",
    ("import", "msproject"): "exports:cmd_import_msproject",
    ("import", "receipts"): "exports:cmd_import_receipts",
    ("grants", "list"): "listings:cmd_grants_list",
    ("grants", "show"): "listings:cmd_grants_show",
    ("workshops", "list"): "listings:cmd_workshops_list",
    ("workshops", "show"): "listings:cmd_workshops_show",
    ("canvases", "list"): "listings:cmd_canvases_list",
    ("canvases", "show"): "listings:cmd_canvases_show",
}


def command(where: str) -> Callable[..., int]:
    """The function behind ``"module:function"`` (its module imported now)."""
    module, name = where.split(":")
    found: Callable[..., int] = getattr(importlib.import_module(f"workbench.cli.{module}"), name)
    return found


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
    if args.command == "sync" and not _sync_words(args, err):
        return 2
    from workbench.services.workspaces import WorkspaceError, damage_detail, is_damage

    try:
        if args.command in ("demo", "rescue"):
            return command(f"maintenance:cmd_{args.command}")(args, out)
        handler = command(WORKSPACE_COMMANDS[(args.command, getattr(args, "action", None))])
        if getattr(args, "join", False) and not Path(args.path).exists():
            return command("sync:join_new")(args, out, err)
        from workbench.services.workspaces import open_workspace

        return _on_workspace(open_workspace(args.path), handler, args, out, err)
    except (WorkspaceError, ServiceError, CliError) as exc:
        prefix = tr("Ungültige Eingabe") if isinstance(exc, ValidationError) else tr("Fehler")
        err.write(f"{prefix}: {exc}\n")
        return 1
    except Exception as exc:
        if not is_damage(exc):
            raise
        from workbench.services.check import DAMAGED_ADVICE  # a damaged page met on the way

        err.write(
            tr("Fehler: „{path}“ ließ sich nicht lesen ({orig}). {DAMAGED_ADVICE}\n").format(
                path=args.path, orig=damage_detail(exc), DAMAGED_ADVICE=DAMAGED_ADVICE
            )
        )
        return 1


def _sync_words(args: Namespace, err: TextIO) -> bool:
    """„workbench sync PATH“, „… sync status PATH“ or „… sync retire PATH RECHNER“ read
    into *args*; False (said on *err*) for anything else."""
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
        return False
    args.path = words[1] if args.retire else words[-1]
    return True


def _on_workspace(
    ws: OpenWorkspace,
    handler: Callable[[OpenWorkspace, Namespace, TextIO], int],
    args: Namespace,
    out: TextIO,
    err: TextIO,
) -> int:
    """*handler* on the opened workspace: what opening it changed is said first; a value of
    a type Werkbank never wrote is named instead of a traceback."""
    from workbench.services.workspaces import WorkspaceError, is_damage

    try:
        if ws.upgraded_from:
            err.write(
                tr("Hinweis: Arbeitsmappe aktualisiert; Sicherung unter „{backup_path}“.\n").format(
                    backup_path=ws.backup_path
                )
            )
        if ws.removed_objects:
            err.write(
                tr(
                    "Hinweis: In der Datei lag, was Werkbank nicht angelegt hat; entfernt: {what}. Sicherung unter „{backup_path}“.\n"
                ).format(what=", ".join(ws.removed_objects), backup_path=ws.backup_path)
            )
        return handler(ws, args, out)
    except (WorkspaceError, ServiceError, CliError):
        raise
    except Exception as exc:
        if is_damage(exc):
            raise
        from workbench.services.maintenance import first_wrong_type

        wrong = first_wrong_type(ws)
        if wrong is None:
            raise
        err.write(
            tr(
                "Fehler: „{path}“ enthält Werte vom falschen Typ, die Werkbank nicht geschrieben hat ({where}). „workbench check {path}“ nennt alle.\n"
            ).format(path=args.path, where=wrong.where)
        )
        return 1
    finally:
        ws.close()


def main(argv: Sequence[str] | None = None) -> int:
    return run(sys.argv[1:] if argv is None else argv)
