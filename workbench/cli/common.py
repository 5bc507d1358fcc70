"""What every command of the command line shares: its error, JSON and tables, writing a
file whole, and the arguments that name measures and documents in words."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from workbench.i18n import tr

if TYPE_CHECKING:  # imported when used: `dump` and `check` start with little
    from workbench.services.words import DocumentWords, FilterWords


class CliError(Exception):
    """Ends the command with a German message on stderr and exit code 1."""


def _print_json(data: Any, out: TextIO) -> None:
    out.write(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True, default=_plain) + "\n")


def _plain(value: Any) -> Any:
    """Dates as ISO text, choices as their code (what `measures --json` writes too)."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def table(headers: list[str], rows: list[list[str]], out: TextIO) -> None:
    """Columns as wide as their longest cell (at most 60 characters), a rule under the head."""
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    widths = [min(w, 60) for w in widths]

    def line(cells: list[str]) -> str:
        return "  ".join(c[:w].ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    out.write(line(headers) + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for r in rows:
        out.write(line(r) + "\n")


def filter_words(args: argparse.Namespace) -> FilterWords:
    """The measure table's filter as the options gave it."""
    from workbench.services.words import FilterWords

    return FilterWords(
        search=getattr(args, "search", None) or "",
        field=getattr(args, "field", None),
        type=getattr(args, "type", None),
        phase=getattr(args, "phase", None),
        status=getattr(args, "status", None),
        lead=getattr(args, "lead", None),
        priority=getattr(args, "priority", None),
    )


def document_words(args: argparse.Namespace) -> DocumentWords:
    """What a document is about, as the options named it."""
    from workbench.services.words import DocumentWords

    return DocumentWords(
        **{
            key: getattr(args, key, None)
            for key in (
                "measure",
                "workshop",
                "grant",
                "report",
                "request",
                "period_from",
                "period_to",
                "baseline",
            )
        }
    )


def write_file(target: Path, data: bytes | Callable[[Path], None]) -> None:
    """Write *data* (or what *data* writes into a file) to *target* whole or not at all
    (temporary file, then renamed); a German message names what went wrong (missing
    folder, a folder there, full disk, no permission)."""
    if target.is_dir():
        raise CliError(
            tr("„{target}“ ist ein Ordner; bitte einen Dateinamen angeben.").format(target=target)
        )
    if not target.parent.is_dir():
        raise CliError(tr("Den Ordner „{parent}“ gibt es nicht.").format(parent=target.parent))
    from workbench.fileio import replace_atomically, write_failure

    def write(tmp: Path) -> None:
        if callable(data):
            data(tmp)
        else:
            tmp.write_bytes(data)

    try:
        replace_atomically(target, write)
    except OSError as exc:
        reason = write_failure(exc, target.parent)
        raise CliError(
            tr(
                "„{target}“ ließ sich nicht schreiben: {reason}. Es wurde nichts Halbfertiges hinterlassen."
            ).format(target=target, reason=reason)
        ) from None
