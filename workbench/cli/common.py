"""What every command of the command line shares."""

from __future__ import annotations

import json
from typing import Any, TextIO


class CliError(Exception):
    """Ends the command with a German message on stderr and exit code 1."""


def _print_json(data: Any, out: TextIO) -> None:
    out.write(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True, default=_plain) + "\n")


def _plain(value: Any) -> Any:
    """Dates as ISO text, choices as their code (what `measures --json` writes too)."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)
