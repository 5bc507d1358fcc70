"""Canonical JSON of a whole workspace: sorted tables, rows and keys, stable across runs.

Two replicas that hold the same data produce the same bytes, so dumps can be diffed.
"""

from __future__ import annotations

import enum
import io
import json
import math
from datetime import date, datetime
from typing import Any, TextIO

from sqlalchemy import Boolean, Float, inspect
from sqlalchemy.orm import Session

from workbench.model import entity_classes
from workbench.model.base import UTCDateTime


def plain_value(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return UTCDateTime().process_bind_param(value, None)
    if isinstance(value, date):
        return value.isoformat()
    return value


def dump_json(session: Session) -> str:
    out = io.StringIO()
    write_dump(session, out)
    return out.getvalue()


#: Rows fetched at a time while writing a dump: memory stays flat in the workspace's size.
DUMP_BATCH = 2000


def _float_text(value: Any) -> str:
    """A float as Python's json writes it (its shortest form; SQLite's differs)."""
    if value is None:
        return "null"
    if isinstance(value, float) and math.isfinite(value):
        return float.__repr__(value)
    return str(json.dumps(value))


def _value_sql(column: Any) -> str:
    """A column's value as JSON text, made by SQLite (floats: the value itself)."""
    name: str = '"' + column.name.replace('"', '""') + '"'
    if isinstance(column.type, Float):
        return name
    if isinstance(column.type, Boolean):
        return f"CASE WHEN {name} IS NULL THEN 'null' WHEN {name} THEN 'true' ELSE 'false' END"
    return f"json_quote({name})"


def _key_text(attr: Any) -> str:
    return "\n   " + json.dumps(attr.key, ensure_ascii=False) + ": "


def _row_values(attrs: list[Any]) -> tuple[str, str]:
    """The query's values and the row's template (Python formats the row)."""
    template = "\n  {" + ",".join(_key_text(a) + "%s" for a in attrs) + "\n  }"
    return ", ".join(_value_sql(a.columns[0]) for a in attrs), template


def _sql_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _row_text(attrs: list[Any]) -> str:
    """One expression that gives a row's whole text (SQLite formats the row)."""
    parts = []
    for i, attr in enumerate(attrs):
        prefix = ("\n  {" if i == 0 else ",") + _key_text(attr)
        parts.append(_sql_text(prefix) + " || " + _value_sql(attr.columns[0]))
    return " || ".join(parts) + " || " + _sql_text("\n  }")


def write_dump(session: Session, out: TextIO) -> None:
    """The canonical JSON – every table by name, its rows by id, each row's attributes
    as plain values (enum codes, ISO dates; the bytes ``json.dumps(…, sort_keys=True,
    ensure_ascii=False, indent=1)`` gives of that) – written table by table and row by row: a
    workspace of 50,000 measures is never held whole, neither as objects nor as text.

    SQLite writes each value as JSON (``json_quote``: the same text as Python's json for
    text and integers; the stored form is the dump's form – enum codes, ISO dates, the
    UTC stamps); booleans become true/false in the query, floats are written by Python
    (whose shortest form SQLite does not give). Each row is then one string format."""
    classes = sorted(entity_classes(), key=lambda c: c.__tablename__)
    if not classes:
        out.write("{}\n")
        return
    raw = session.connection().connection.driver_connection
    assert raw is not None
    cur = raw.cursor()
    out.write("{")
    for n, cls in enumerate(classes):
        attrs = sorted(inspect(cls).column_attrs, key=lambda a: a.key)
        floats = [a for a in attrs if isinstance(a.columns[0].type, Float)]
        table = cls.__table__.name  # type: ignore[attr-defined]
        out.write(("," if n else "") + "\n " + json.dumps(table, ensure_ascii=False) + ": [")
        if floats:  # a few small tables (canvases): each row formatted here
            rows_sql, template = _row_values(attrs)
        else:  # each row's whole text made by SQLite
            rows_sql, template = _row_text(attrs), "%s"
        cur.execute(f'SELECT {rows_sql} FROM "{table}" ORDER BY id')  # noqa: S608 – schema
        first = True
        float_at = {i for i, a in enumerate(attrs) if a in floats}
        while rows := cur.fetchmany(DUMP_BATCH):
            if floats:
                text = ",".join(
                    template
                    % tuple(_float_text(v) if i in float_at else v for i, v in enumerate(row))
                    for row in rows
                )
            else:
                text = ",".join(row[0] for row in rows)
            out.write(text if first else "," + text)
            first = False
        out.write("]" if first else "\n ]")
    cur.close()
    out.write("\n}\n")
