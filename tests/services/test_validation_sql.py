"""`check` validates only the rows SQL selects as suspect (services.validation.suspect_sql)
and those with a control character in a text: every row validate() refuses must be among
them. Held on rows drawn from boundary values of every column, table by table."""

from __future__ import annotations

import random
import sqlite3
from datetime import date

import pytest
from sqlalchemy import Boolean, Date, Float, Integer, inspect

from workbench.formats import CONTROL_CHARS, MAX_CENTS
from workbench.model import entity_classes
from workbench.services.check import _row_type
from workbench.services.errors import ValidationError
from workbench.services.validation import RULES, suspect_sql, text_columns, validate

INTEGERS = [None, -1, 0, 1, 2, 5, 6, 50, 51, 100, 101, 1000, 1001, 10_000, 10_001, MAX_CENTS + 1]
DATES = [None, "1989-12-31", "1990-01-01", "2024-05-01", "2024-06-01", "2100-12-31", "2101-01-01"]
TEXTS = [None, "", " ", "\xa0\u2003", "x", "a", "b", "Titel", "a\x01b", "\x7f"]


def _values(column: object) -> list[object]:
    kind = column.type  # type: ignore[attr-defined]
    if isinstance(kind, Boolean):
        return [None, 0, 1]
    if isinstance(kind, Date):
        return DATES
    if isinstance(kind, Float):
        return [None, -1.0, 0.0, 2.5]
    if isinstance(kind, Integer):
        return INTEGERS
    return TEXTS


def _refused(cls: type, names: list[str], row: tuple[object, ...]) -> bool:
    values = [
        date.fromisoformat(v) if isinstance(v, str) and name in _date_columns(cls) else v
        for name, v in zip(names, row, strict=True)
    ]
    try:
        validate(_row_type(cls)._make(values))
    except ValidationError:
        return True
    except (TypeError, AttributeError):  # a value validate cannot compare: not a rule's
        return False
    return False


def _date_columns(cls: type) -> set[str]:
    return {a.key for a in inspect(cls).column_attrs if isinstance(a.columns[0].type, Date)}


@pytest.mark.parametrize("cls", entity_classes(), ids=lambda c: c.__tablename__)
def test_every_row_validation_refuses_is_selected_for_the_check(cls: type) -> None:
    attrs = list(inspect(cls).column_attrs)
    names = [a.key for a in attrs]
    choices = [_values(a.columns[0]) for a in attrs]
    rng = random.Random(cls.__tablename__)
    rows = [tuple(rng.choice(c) for c in choices) for _ in range(3000)]
    db = sqlite3.connect(":memory:")
    db.execute(f'CREATE TABLE "{cls.__tablename__}" ({", ".join(f"{n!r}" for n in names)})')
    db.executemany(
        f'INSERT INTO "{cls.__tablename__}" VALUES ({", ".join("?" * len(names))})', rows
    )
    selected = {
        rowid
        for (rowid,) in db.execute(
            f'SELECT rowid FROM "{cls.__tablename__}" WHERE {suspect_sql(cls)}'  # noqa: S608
        )
    }
    texts = [names.index(t) for t in text_columns(cls)]
    missed = [
        row
        for rowid, row in enumerate(rows, start=1)
        if _refused(cls, names, row)
        and rowid not in selected
        and not any(isinstance(row[i], str) and CONTROL_CHARS.search(row[i]) for i in texts)
    ]
    assert missed == [], f"{cls.__tablename__}: refused but not selected: {missed[:3]}"
    if cls.__tablename__ in RULES:  # the test sees the rule at work at all
        assert any(_refused(cls, names, row) for row in rows)
