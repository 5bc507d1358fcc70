"""Rules every saved row must keep; each failure names the field by its German label."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Date, Enum, String, Text, inspect

from workbench.formats import (
    CONTROL_CHARS,
    MAX_CENTS,
    MAX_DATE,
    MIN_DATE,
    format_cents,
    format_date,
)
from workbench.i18n import tr
from workbench.model.base import Base

if TYPE_CHECKING:
    from workbench.model import (
        Dependency,
        IndicatorValue,
        KeyResult,
        LogEntry,
        Measure,
        Risk,
    )
from workbench.model.labels import field_label
from workbench.services.errors import ValidationError

# Rules are keyed by table name, so that this module (loaded at start-up) does not declare
# the ORM classes (see model.base.MODEL_MODULES).

#: Text columns that must not be empty, per table.
REQUIRED_TEXT: dict[str, str] = {
    "measures": "title",
    "goals": "title",
    "key_results": "title",
    "indicators": "name",
    "milestones": "title",
    "risks": "title",
    "log_entries": "text",
    "transformative_questions": "question",
    "workshops": "title",
    "workshop_participants": "name",
    "canvases": "title",
    "canvas_zones": "title",
    "grants": "title",
    "cost_positions": "name",
    "receipts": "number",
    "report_sections": "heading",
    "programme_phases": "name",
}


def fail(field: str, message: str, *others: str) -> ValidationError:
    return ValidationError(field, field_label(field), message, frozenset({field, *others}))


@cache
def _checked_columns(cls: type) -> tuple[list[str], list[str], list[str]]:
    """A class's text, amount and date columns (attribute keys), looked up once: check
    validates hundreds of thousands of rows."""
    texts: list[str] = []
    amounts: list[str] = []
    dates: list[str] = []
    column: Any
    for column in inspect(cls).columns:
        if isinstance(column.type, (String, Text)) and not isinstance(column.type, Enum):
            texts.append(column.key)
        if column.key == "cents" or column.key.endswith("_cents"):
            amounts.append(column.key)
        if isinstance(column.type, Date):
            dates.append(column.key)
    return texts, amounts, dates


def _check_text(obj: Base) -> None:
    for key in _checked_columns(_mapped(obj))[0]:
        value = getattr(obj, key)
        if isinstance(value, str) and CONTROL_CHARS.search(value):
            raise fail(
                key,
                tr(
                    "Der Text enthält ein Steuerzeichen (z. B. aus einer "
                    "kopierten Tabelle), das kein Dokument aufnehmen kann; bitte "
                    "entfernen."
                ),
            )


def _check_amounts(obj: Base) -> None:
    for key in _checked_columns(_mapped(obj))[1]:
        value = getattr(obj, key)
        if value is not None and abs(value) > MAX_CENTS:
            raise fail(
                key,
                tr("Der Betrag liegt über dem höchsten Betrag ({value}).").format(
                    value=format_cents(MAX_CENTS)
                ),
            )


def _check_dates(obj: Base) -> None:
    for key in _checked_columns(_mapped(obj))[2]:
        value = getattr(obj, key)
        if value is not None and not MIN_DATE <= value <= MAX_DATE:
            raise fail(
                key,
                tr(
                    "{value} liegt außerhalb des zulässigen Bereichs ({value2} bis {value3})."
                ).format(
                    value=format_date(value),
                    value2=format_date(MIN_DATE),
                    value3=format_date(MAX_DATE),
                ),
            )


def _mapped(obj: Any) -> type:
    """The mapped class of *obj*: itself, or the class a plain row stands for (check)."""
    return getattr(obj, "mapped_class", None) or type(obj)


def _range(obj: Base, field: str, low: int, high: int, unit: str = "") -> None:
    value = getattr(obj, field)
    if value is None:
        return
    if value > high:
        raise fail(
            field,
            tr("{value}{unit} liegt über {high}{unit}.").format(value=value, unit=unit, high=high),
        )
    if value < low:
        raise fail(
            field,
            tr("{value}{unit} liegt unter {low}{unit}.").format(value=value, unit=unit, low=low),
        )


def _period(obj: Any, start: str, end: str) -> None:
    first: date | None = getattr(obj, start)
    last: date | None = getattr(obj, end)
    if first and last and last < first:
        raise fail(
            end,
            tr("Das Ende ({value}) liegt vor dem Beginn ({value2}).").format(
                value=format_date(last), value2=format_date(first)
            ),
            start,
        )


def _measure(m: Measure) -> None:
    _period(m, "start_date", "end_date")
    if m.budget_cents is not None and m.budget_cents < 0:
        raise fail("budget_cents", tr("Das Budget darf nicht negativ sein."))
    if m.spent_cents is not None and m.spent_cents < 0:
        raise fail("spent_cents", tr("Die Ist-Kosten dürfen nicht negativ sein."))


def _key_result(kr: KeyResult) -> None:
    if not kr.goal_id:
        raise fail("goal_id", tr("Ein Schlüsselergebnis gehört immer zu einem Ziel."))
    _range(kr, "progress_percent", 0, 100, " %")


def _risk(r: Risk) -> None:
    _range(r, "probability", 1, 5)
    _range(r, "impact", 1, 5)


def _indicator_value(v: IndicatorValue) -> None:
    if v.measured_on is None:
        raise fail("measured_on", tr("Ein Messwert braucht ein Messdatum."))
    if v.value is None:
        raise fail("value", tr("Ein Messwert braucht einen Wert."))


def _log_entry(e: LogEntry) -> None:
    if e.entry_date is None:
        raise fail("entry_date", tr("Ein Logbucheintrag braucht ein Datum."))


def _dependency(d: Dependency) -> None:
    if d.depends_on_id == d.measure_id:
        raise fail("depends_on_id", tr("Eine Maßnahme kann nicht von sich selbst abhängen."))


def _workshop(w: Any) -> None:
    _range(w, "anonymous_participants", 0, 10_000)


def _canvas(c: Any) -> None:
    _range(c, "dots_per_participant", 1, 50)


def _receipt(r: Any) -> None:
    if r.vat_cents and not 0 <= r.vat_cents <= (r.gross_cents or 0):
        raise fail(
            "vat_cents",
            tr("Die Umsatzsteuer liegt zwischen 0 und dem Bruttobetrag."),
            "gross_cents",
        )
    if r.eligible_cents is not None and not 0 <= r.eligible_cents <= (r.gross_cents or 0):
        raise fail(
            "eligible_cents",
            tr("Der zuwendungsfähige Teil liegt zwischen 0 und dem Betrag."),
            "gross_cents",
        )


def _funded_post(p: Any) -> None:
    _period(p, "start_date", "end_date")
    _range(p, "people", 1, 1000, "")
    if p.share_bp is not None and not 0 < p.share_bp <= 10_000:
        raise fail("share_bp", tr("Der Stellenanteil liegt über 0 und höchstens bei 100 %."))


RULES: dict[str, Callable[[Any], None]] = {
    "measures": _measure,
    "receipts": _receipt,
    "funded_posts": _funded_post,
    "key_results": _key_result,
    "risks": _risk,
    "indicator_values": _indicator_value,
    "log_entries": _log_entry,
    "dependencies": _dependency,
    "workshops": _workshop,
    "canvases": _canvas,
}


def validate_edit(obj: Base, changed: set[str]) -> None:
    """Validate after an edit of the fields *changed*: a rule broken by fields the edit did
    not touch (a merge of two laptops' valid edits can do that; it is then a conflict to
    resolve) does not stop the edit of other fields."""
    try:
        validate(obj)
    except ValidationError as exc:
        if exc.involves & changed:
            raise


def validate(obj: Base) -> None:
    """Raise ValidationError for the first rule *obj* breaks."""
    table = type(obj).__tablename__
    required = REQUIRED_TEXT.get(table)
    if required and not (getattr(obj, required) or "").strip():
        raise fail(required, tr("Das Feld darf nicht leer sein."))
    _check_text(obj)
    _check_amounts(obj)
    _check_dates(obj)
    rule = RULES.get(table)
    if rule:
        rule(obj)
