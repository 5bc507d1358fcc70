"""Werkbank's log: a rotating file in the data folder (``werkbank.log``), written by the
window and the command line. Unexpected errors go there with their traceback, so that a
one-line message in the window never loses what happened; Hilfe → Protokoll öffnet it."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path
from types import TracebackType

LOGGER = "workbench"
MAX_BYTES = 1_000_000
BACKUPS = 3

log = logging.getLogger(LOGGER)


def log_path() -> Path:
    from workbench.store.locations import data_dir

    return data_dir() / "werkbank.log"


def setup_logging() -> Path | None:
    """Log to the rotating file (once per process); None where the folder is not writable
    (a read-only data folder must not keep Werkbank from starting)."""
    path = log_path()
    if any(getattr(h, "baseFilename", None) == str(path) for h in log.handlers):
        return path
    try:
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def log_unexpected(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """``sys.excepthook``: an error no code expected is written with its traceback, then
    reported as Python would."""
    log.error("Unerwarteter Fehler", exc_info=(exc_type, exc, tb))
    sys.__excepthook__(exc_type, exc, tb)


def log_unraisable(unraisable: sys.UnraisableHookArgs) -> None:
    """``sys.unraisablehook``: what a library raises while it is cleaned up (openpyxl's
    write-only sheets after a refused save) goes to the log, not onto the terminal after
    the German message that already said what happened."""
    log.warning(
        "Beim Aufräumen: %s",
        unraisable.err_msg or "",
        exc_info=(unraisable.exc_type, unraisable.exc_value, unraisable.exc_traceback)
        if unraisable.exc_value is not None
        else None,
    )
