"""Work off the GUI thread: one job class for the window's background work (exports,
imports, synchronisation), so that an error is always reported and never lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRunnable

from workbench.exports.errors import ImportFileError
from workbench.i18n import tr
from workbench.logs import log
from workbench.services.errors import ServiceError
from workbench.services.workspaces import WorkspaceError

#: Errors whose message says what went wrong and what to do; anything else is unexpected.
EXPECTED = (ServiceError, WorkspaceError, ImportFileError, OSError)


class Job(QRunnable):
    """Runs *work* in a pool thread and hands ``(result, "")`` or ``(None, message)`` to
    *report* (emit a queued signal there: it runs in the pool thread). An unexpected error
    is written to the log with its traceback and reported by its type and text."""

    def __init__(
        self, work: Callable[[], Any], report: Callable[[Any, str], None], what: str = ""
    ) -> None:
        super().__init__()
        self.work, self.report, self.what = work, report, what

    def run(self) -> None:
        try:
            result = self.work()
        except EXPECTED as exc:
            self.report(None, str(exc))
        except Exception as exc:  # noqa: BLE001 - reported to the user and logged, never lost
            log.exception("Unerwarteter Fehler: %s", self.what)
            self.report(
                None,
                tr(
                    "{what}: unerwarteter Fehler – {error} ({kind}). Einzelheiten "
                    "stehen im Protokoll (Hilfe → Protokoll öffnen)."
                ).format(what=self.what, error=exc, kind=type(exc).__name__),
            )
        else:
            self.report(result, "")
