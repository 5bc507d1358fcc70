"""Which measures a filter lets through; the table view and the command line share it."""

from __future__ import annotations

from dataclasses import dataclass, replace

from workbench.model.enums import MeasureStatus, MeasureType, Priority
from workbench.services.measures import MeasureRow


def search_text(row: MeasureRow) -> str:
    """What type-to-filter searches in: code, title, lead, responsible, fields, phase."""
    return " ".join((row.code, row.title, row.lead_unit_name, row.responsible_name,
                     row.field_names, row.phase_name, row.type.label, row.status.label)).casefold()


@dataclass(frozen=True)
class MeasureFilter:
    """Every set criterion must hold; the text must appear (each word, in any order)."""

    text: str = ""
    field_id: str | None = None
    type: MeasureType | None = None
    phase_id: str | None = None
    status: MeasureStatus | None = None
    lead_unit_id: str | None = None
    priority: Priority | None = None

    def with_(self, **changes: object) -> MeasureFilter:
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.text.casefold().split())

    def is_empty(self) -> bool:
        return self == MeasureFilter()

    def accepts(self, row: MeasureRow, haystack: str | None = None) -> bool:
        if self.field_id is not None and self.field_id not in row.field_ids:
            return False
        if self.type is not None and row.type != self.type:
            return False
        if self.phase_id is not None and row.phase_id != self.phase_id:
            return False
        if self.status is not None and row.status != self.status:
            return False
        if self.lead_unit_id is not None and row.lead_unit_id != self.lead_unit_id:
            return False
        if self.priority is not None and row.priority != self.priority:
            return False
        words = self.words
        if words:
            text = haystack if haystack is not None else search_text(row)
            return all(w in text for w in words)
        return True
