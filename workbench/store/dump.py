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

from sqlalchemy.orm import Session

from workbench.model.base import UTCDateTime
from workbench.store.entity_columns import ENTITY_COLUMNS


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


#: A float column's text as Python writes it, made by SQLite where that is sure: whole
#: numbers below 10^15 („3150.0“), and values whose 15 significant digits read back as
#: the same float – then they are the shortest digits, the ones Python's repr chooses
#: (two 15-digit decimals cannot both lie within half a unit of the last place). Anything
#: else is NULL, and the row is written by Python (:func:`_float_text`).
_FLOAT_SQL = (
    "CASE WHEN {v} IS NULL THEN 'null' "
    "WHEN {v} = CAST({v} AS INTEGER) AND abs({v}) < 1e15 "
    "THEN CAST(CAST({v} AS INTEGER) AS TEXT) || '.0' "
    "WHEN abs({v}) >= 1e-4 AND abs({v}) < 1e15 AND CAST(printf('%.15g', {v}) AS REAL) = {v} "
    "THEN printf('%.15g', {v}) || CASE WHEN instr(printf('%.15g', {v}), '.') THEN '' "
    "ELSE '.0' END END"
)


def _columns(table: str) -> list[tuple[str, str]]:
    """*table*'s columns in name order with their kind (store.entity_columns)."""
    return [
        (word.partition(":")[0], word.partition(":")[2] or "v")
        for word in ENTITY_COLUMNS[table].split()
    ]


def _value_sql(name: str, kind: str, floats_by_sqlite: bool) -> str:
    """A column's value as JSON text, made by SQLite (floats: the value itself, or with
    *floats_by_sqlite* the text where SQLite can make it)."""
    quoted = '"' + name.replace('"', '""') + '"'
    if kind == "f":
        return _FLOAT_SQL.format(v=quoted) if floats_by_sqlite else quoted
    if kind == "b":
        return f"CASE WHEN {quoted} IS NULL THEN 'null' WHEN {quoted} THEN 'true' ELSE 'false' END"
    return f"json_quote({quoted})"


def _template(columns: list[tuple[str, str]]) -> str:
    """A row's text with ``%s`` for each value (``json.dumps(…, indent=1)`` at depth 2)."""
    keys = (json.dumps(name, ensure_ascii=False).replace("%", "%%") for name, _ in columns)
    return "\n  {" + ",".join(f"\n   {key}: %s" for key in keys) + "\n  }"


def _row_sql(columns: list[tuple[str, str]]) -> str:
    """One expression that gives a row's whole text (SQLite formats the row with one
    printf). printf writes NULL as empty text, so a float that Python must write makes
    the row NULL by a concatenation in front."""
    template = "'" + _template(columns).replace("'", "''") + "'"
    values = ", ".join(_value_sql(name, kind, True) for name, kind in columns)
    guards = [
        f"CASE WHEN {_value_sql(name, kind, True)} IS NULL THEN NULL ELSE '' END || "
        for name, kind in columns
        if kind == "f"
    ]
    return "".join(guards) + f"printf({template}, {values})"


def write_dump(session: Session, out: TextIO) -> None:
    """The canonical JSON – every table by name, its rows by id, each row's attributes
    as plain values (enum codes, ISO dates; the bytes ``json.dumps(…, sort_keys=True,
    ensure_ascii=False, indent=1)`` gives of that) – written table by table and row by row: a
    workspace of 50,000 measures is never held whole, neither as objects nor as text.

    SQLite writes each row's whole text: each value as JSON (``json_quote``: the same text
    as Python's json for text and integers; the stored form is the dump's form – enum
    codes, ISO dates, the UTC stamps), booleans as true/false, floats where it writes them
    as Python does (:data:`_FLOAT_SQL`); a row with another float comes back NULL and is
    written here from its values. Rows are read in the order of their id by a sort, not
    through the id's index (``+id``): the index would fetch the rows in random order.
    The tables and columns are data (store.entity_columns): no ORM class is declared."""
    raw = session.connection().connection.driver_connection
    assert raw is not None
    cur = raw.cursor()
    out.write("{")
    for n, table in enumerate(sorted(ENTITY_COLUMNS)):
        columns = _columns(table)
        out.write(("," if n else "") + "\n " + json.dumps(table, ensure_ascii=False) + ": [")
        floats = any(kind == "f" for _, kind in columns)
        rowid = ", rowid" if floats else ""
        cur.execute(f'SELECT {_row_sql(columns)}{rowid} FROM "{table}" ORDER BY +id')  # noqa: S608
        first = True
        while rows := cur.fetchmany(DUMP_BATCH):
            if floats:
                text = ",".join(
                    r[0] if r[0] is not None else _python_row(raw, table, columns, r[1])
                    for r in rows
                )
            else:
                text = ",".join(row[0] for row in rows)
            out.write(text if first else "," + text)
            first = False
        out.write("]" if first else "\n ]")
    cur.close()
    out.write("\n}\n" if ENTITY_COLUMNS else "}\n")


def _python_row(raw: Any, table: str, columns: list[tuple[str, str]], rowid: int) -> str:
    """A row with a float SQLite does not write as Python does, written from its values."""
    values = ", ".join(_value_sql(name, kind, False) for name, kind in columns)
    row = raw.execute(f'SELECT {values} FROM "{table}" WHERE rowid = ?', (rowid,)).fetchone()  # noqa: S608
    return _template(columns) % tuple(
        _float_text(v) if kind == "f" else v for v, (_, kind) in zip(row, columns, strict=True)
    )
