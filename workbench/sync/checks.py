"""What a value from the shared folder must be before it is written: the column's type,
range, choices and NOT NULL (docs/SYNC.md rule 8: the share is untrusted input).

A change file with a checksum that matches may still carry a value a broken or hostile
program wrote: text in a date column, an unknown phase status, an integer beyond 64 bits,
null where a value is required. Such an operation is set aside by the merge, named in a
notice; the others in the file are applied.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Column, Date, Enum, Float, Integer, String, Text

from workbench.formats import CONTROL_CHARS, MAX_CENTS, MAX_DATE, MIN_DATE
from workbench.i18n import tr
from workbench.model import all_tables
from workbench.model.base import UTCDateTime

INT64 = (-(2**63), 2**63 - 1)
Check = Callable[[Any], str | None]


def _text(limit: int | None) -> Check:
    def check(value: Any) -> str | None:
        if not isinstance(value, str):
            return tr("ist kein Text")
        if CONTROL_CHARS.search(value):
            return tr("enthält Steuerzeichen")
        if limit is not None and len(value) > limit:
            return tr("ist länger als {limit} Zeichen").format(limit=limit)
        return None

    return check


def _integer(value: Any) -> str | None:
    if type(value) is not int:
        return tr("ist keine ganze Zahl")
    if not INT64[0] <= value <= INT64[1]:
        return tr("liegt außerhalb des Zahlenbereichs")
    return None


def _number(value: Any) -> str | None:
    if type(value) not in (int, float) or not math.isfinite(value):
        return tr("ist keine Zahl")
    return None


def _boolean(value: Any) -> str | None:
    return None if type(value) is bool or value in (0, 1) else tr("ist kein Ja/Nein-Wert")


def _date(value: Any) -> str | None:
    try:
        day = date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        day = None
    if day is None or len(value) != 10:
        return tr("ist kein Datum")
    if not MIN_DATE <= day <= MAX_DATE:
        return tr("liegt außerhalb des zulässigen Datumsbereichs")
    return None


def _moment(value: Any) -> str | None:
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        return tr("ist kein Zeitpunkt")
    return None


def _choice(allowed: frozenset[str]) -> Check:
    def check(value: Any) -> str | None:
        return None if value in allowed else tr("ist keine der erlaubten Möglichkeiten")

    return check


def _for_column(column: Column[Any]) -> Check:
    kind = column.type
    inner: Callable[[Any], str | None]
    if isinstance(kind, UTCDateTime):
        inner = _moment
    elif isinstance(kind, Enum):
        inner = _choice(frozenset(kind.enums))
    elif isinstance(kind, Date):
        inner = _date
    elif isinstance(kind, Boolean):
        inner = _boolean
    elif isinstance(kind, Integer) and (column.name == "cents" or column.name.endswith("_cents")):

        def inner(value: Any) -> str | None:
            if (why := _integer(value)) is not None:
                return why
            return tr("liegt über dem höchsten Betrag") if abs(value) > MAX_CENTS else None
    elif isinstance(kind, Integer):
        inner = _integer
    elif isinstance(kind, Float):
        inner = _number
    elif isinstance(kind, (String, Text)):
        inner = _text(getattr(kind, "length", None))
    else:  # a column type this module does not know yet: only JSON scalars

        def inner(value: Any) -> str | None:
            return (
                None if isinstance(value, (str, int, float, bool)) else tr("hat eine falsche Art")
            )

    nullable = bool(column.nullable)

    def check(value: Any) -> str | None:
        if value is None:
            return None if nullable else tr("fehlt (Pflichtfeld)")
        return inner(value)

    return check


@cache
def column_checks() -> Mapping[str, Mapping[str, Check]]:
    """Per table and column, the check a value from the folder must pass."""
    return {t.name: {c.name: _for_column(c) for c in t.columns} for t in all_tables()}


def decode_value(table: str, field: str, text: str) -> tuple[Any, str | None]:
    """The value of an operation, and why it cannot be written (None: it can)."""
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return None, tr("ist kein lesbarer Wert")
    check = column_checks().get(table, {}).get(field)
    if check is None:
        return None, tr("gehört zu keinem bekannten Feld")
    return value, check(value)
