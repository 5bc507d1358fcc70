"""Which measures a filter lets through; the table view and the command line share it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from workbench.model.enums import MeasureStatus, MeasureType, Priority
from workbench.services.measure_list import MeasureRow


def search_text(row: MeasureRow) -> str:
    """What type-to-filter searches in: code, title, lead, responsible, fields, phase."""
    return " ".join(
        (
            row.code,
            row.title,
            row.lead_unit_name,
            row.responsible_name,
            row.field_names,
            row.phase_name,
            row.type.label,
            row.status.label,
        )
    ).casefold()


def _equals(attr: str, wanted: Any) -> Callable[[MeasureRow], bool]:
    return lambda r: bool(getattr(r, attr) == wanted)


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

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.text.casefold().split())

    def is_empty(self) -> bool:
        return self == MeasureFilter()

    def predicate(self) -> Callable[[MeasureRow, str], bool]:
        """One function that tests a row and its search text against every set criterion.

        Built once per filter change (words split once, unset criteria left out), so a
        pass over 10,000 rows stays in the low milliseconds.
        """
        checks: list[Callable[[MeasureRow], bool]] = []
        if self.field_id is not None:
            field_id = self.field_id
            checks.append(lambda r: field_id in r.field_ids)
        for attr in ("type", "phase_id", "status", "lead_unit_id", "priority"):
            wanted = getattr(self, attr)
            if wanted is not None:
                checks.append(_equals(attr, wanted))
        words = self.words
        if not checks:
            if not words:
                return lambda r, h: True
            if len(words) == 1:
                word = words[0]
                return lambda r, h: word in h
            if len(words) == 2:
                first, second = words
                return lambda r, h: first in h and second in h
            return lambda r, h: all(w in h for w in words)
        return lambda r, h: all(c(r) for c in checks) and all(w in h for w in words)

    def narrows(self, previous: MeasureFilter) -> bool:
        """True when every row this filter accepts was accepted by *previous* too.

        Holds when only the text grew at its end (typing forward): each earlier word
        is then contained in a word of the new text. The table then tests only the
        rows it already shows.
        """
        same_criteria = replace(self, text="") == replace(previous, text="")
        return same_criteria and self.text.casefold().startswith(previous.text.casefold())

    def select(self, rows: list[MeasureRow]) -> list[MeasureRow]:
        """The rows this filter lets through, in their order."""
        accepts = self.predicate()
        return [r for r in rows if accepts(r, search_text(r))]
