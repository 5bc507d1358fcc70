"""A finding of a check: how bad, where, what – one class for the workspace check
(`services.check`) and the funding checks (`services.funding_checks`)."""

from __future__ import annotations

from dataclasses import dataclass

from workbench.i18n import tr
from workbench.model.enums import LabelledEnum


class Severity(LabelledEnum):
    """How bad a finding is; the label is what users read."""

    ERROR = ("error", tr("Fehler"))
    WARNING = ("warning", tr("Warnung"))


@dataclass(frozen=True)
class Finding:
    """One problem: how bad, where, what; *subject* names what *where* lies in (a grant),
    *subject_kind* what the subject is, in its own words (Zuwendung, Zuschuss)."""

    severity: Severity
    where: str
    message: str
    subject: str = ""
    subject_kind: str = ""

    @property
    def error(self) -> bool:
        """Errors must be fixed (before a document is sent); warnings are worth a look."""
        return self.severity is Severity.ERROR

    def __str__(self) -> str:
        if self.subject:
            return f"{self.subject} – {self.where}: {self.message}"
        return f"{self.severity.label}: {self.where}: {self.message}"


def grant_finding(grant: str, where: str, message: str, error: bool = True) -> Finding:
    """A finding inside the grant named *grant* (an error, or a warning)."""
    return Finding(Severity.ERROR if error else Severity.WARNING, where, message, subject=grant)
