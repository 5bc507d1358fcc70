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


#: Each rule of RULES as an SQL condition that holds for every row the rule refuses (it
#: may hold for more): ``check`` validates only the rows it selects, not 300,000.
#: tests/services/test_validation_sql.py holds each against its rule on boundary values.
RULE_SQL: dict[str, str] = {
    "measures": "end_date < start_date OR budget_cents < 0 OR spent_cents < 0",
    "receipts": "(vat_cents <> 0 AND (vat_cents < 0 OR vat_cents > coalesce(gross_cents, 0)))"
    " OR eligible_cents < 0 OR eligible_cents > coalesce(gross_cents, 0)",
    "funded_posts": "end_date < start_date OR people < 1 OR people > 1000"
    " OR share_bp <= 0 OR share_bp > 10000",
    "key_results": "goal_id IS NULL OR goal_id = '' OR progress_percent < 0"
    " OR progress_percent > 100",
    "risks": "probability < 1 OR probability > 5 OR impact < 1 OR impact > 5",
    "indicator_values": "measured_on IS NULL OR value IS NULL",
    "log_entries": "entry_date IS NULL",
    "dependencies": "depends_on_id IS measure_id",
    "workshops": "anonymous_participants < 0 OR anonymous_participants > 10000",
    "canvases": "dots_per_participant < 1 OR dots_per_participant > 50",
}

#: What str.strip() removes: a required text of only these is empty.
_WHITESPACE = "".join(chr(c) for c in range(0x110000) if chr(c).isspace())


def _sql_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def text_columns(cls: type) -> list[str]:
    """The columns of *cls* whose text :func:`validate` searches for control characters."""
    return _checked_columns(cls)[0]


def suspect_sql(cls: type) -> str:
    """An SQL condition on *cls*'s table that holds for every row :func:`validate` would
    refuse for a reason other than a control character (``check`` looks for those in
    Python, one search per thousands of rows – SQLite's GLOB took three times as long):
    a required text empty, an amount or a date out of range, the table's own rule."""
    table: str = cls.__tablename__  # type: ignore[attr-defined]
    _, amounts, dates = _checked_columns(cls)
    parts = []
    required = REQUIRED_TEXT.get(table)
    if required:
        parts.append(f'"{required}" IS NULL OR trim("{required}", {_sql_text(_WHITESPACE)}) = \'\'')
    parts += [f'abs("{key}") > {MAX_CENTS}' for key in amounts]
    parts += [
        f"\"{key}\" < '{MIN_DATE.isoformat()}' OR \"{key}\" > '{MAX_DATE.isoformat()}'"
        for key in dates
    ]
    if table in RULE_SQL:
        parts.append(RULE_SQL[table])
    return " OR ".join(f"({part})" for part in parts) or "0"


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
