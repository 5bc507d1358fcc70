"""Getting back what is readable from a damaged workspace file.

A damaged page (a disk error, a file copied while it was written) makes SQLite answer
"database disk image is malformed" for every query that touches it. SQLite's backup API
copies such pages as they are, so a plain copy keeps the damage. :func:`rescue` copies
row by row what can still be read into a new workspace: every row of every table that
reads, in small batches, going around the damaged pages; rows whose parent was lost go
too (they would point at nothing). The new workspace is not shared (a shared workspace
comes back whole by joining the shared folder again).
"""

from __future__ import annotations

import re
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench.i18n import tr
from workbench.model import all_tables
from workbench.model.base import stored_kind
from workbench.store.workspace import Workspace, WorkspaceError, remove_workspace_file

BATCH = 500
#: Where a table's own pages are damaged (its last row unknown), this many windows of
#: BATCH rows are tried one by one before giving up (not a thousand: a file with nothing
#: readable ends in seconds, not in an hour).
MAX_BLIND_WINDOWS = 4
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _fits(kind: str, value: object) -> bool:
    """Whether *value* is what a column of *kind* holds (None always fits)."""
    if value is None:
        return True
    if kind == "integer":
        return type(value) is int
    if kind == "float":
        return type(value) in (int, float)
    if kind == "date":
        return type(value) is str and _DATE.fullmatch(value) is not None
    return type(value) is str


def _repaired(
    rows: list[tuple[object, ...]], table: Any, report: RescueReport
) -> list[tuple[object, ...]]:
    """*rows* with every value of a wrong type (a tool wrote bytes into a title, text into
    an amount) left empty: NULL where the column allows it, else its plain empty value."""
    kinds = [stored_kind(c) for c in table.columns]
    empty = [
        None if c.nullable else {"integer": 0, "float": 0.0, "date": "1990-01-01"}.get(k, "")
        for c, k in zip(table.columns, kinds, strict=True)
    ]
    repaired = []
    for row in rows:
        if all(_fits(k, v) for k, v in zip(kinds, row, strict=True)):
            repaired.append(row)
            continue
        fixed = tuple(v if _fits(k, v) else e for k, v, e in zip(kinds, row, empty, strict=True))
        report.emptied += sum(1 for a, b in zip(row, fixed, strict=True) if a is not b)
        repaired.append(fixed)
    return repaired


@dataclass
class RescueReport:
    copied: int = 0
    unreadable: dict[str, int] = field(default_factory=dict)  # table → rows lost
    orphans: int = 0  # rows dropped because what they belong to was lost
    emptied: int = 0  # values of a wrong type (written by another tool) left empty

    def describe(self) -> str:
        if not self.copied:
            return tr("nichts lesbar: in der Datei ließ sich keine Zeile lesen.")
        text = tr("{copied} Zeilen gerettet").format(copied=self.copied)
        lost = sum(self.unreadable.values())
        if lost:
            where = ", ".join(f"{t} ({n})" for t, n in sorted(self.unreadable.items()))
            text += tr("; nicht lesbar: {lost} Zeilen in {where}").format(lost=lost, where=where)
        if self.emptied:
            text += tr("; {n} Werte vom falschen Typ geleert").format(n=self.emptied)
        if self.orphans:
            text += tr("; {orphans} Zeilen ohne ihr übergeordnetes Element weggelassen").format(
                orphans=self.orphans
            )
        return text + "."


def _readable_rows(
    src: sqlite3.Connection, table: str, columns: list[str], report: RescueReport
) -> list[tuple[object, ...]]:
    quoted = ", ".join(f'"{c}"' for c in columns)
    try:
        top = src.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0] or 0
    except sqlite3.DatabaseError:
        top = None  # the table's own pages are damaged: walk until nothing more comes
    rows: list[tuple[object, ...]] = []
    last, misses = 0, 0
    while top is None or last < top:
        try:
            batch = src.execute(
                f'SELECT rowid, {quoted} FROM "{table}" WHERE rowid > ? '
                f"ORDER BY rowid LIMIT {BATCH}",
                (last,),
            ).fetchall()
        except sqlite3.DatabaseError:
            batch = None
        if batch:
            rows += [r[1:] for r in batch]
            last = batch[-1][0]
            continue
        if batch == []:
            break  # nothing after *last*
        # A damaged page in this window: row by row, and count what is lost.
        for rowid in range(last + 1, last + BATCH + 1):
            try:
                row = src.execute(
                    f'SELECT {quoted} FROM "{table}" WHERE rowid = ?', (rowid,)
                ).fetchone()
            except sqlite3.DatabaseError:
                report.unreadable[table] = report.unreadable.get(table, 0) + 1
                continue
            if row is not None:
                rows.append(row)
        last += BATCH
        misses += 1
        if top is None and misses > MAX_BLIND_WINDOWS:
            break
    return rows


def rescue(
    source: Path, target: Path, progress: Callable[[int, int, str], None] | None = None
) -> RescueReport:
    """Copy what is readable of the workspace file *source* into a new workspace *target*
    (*progress*: tables done, tables in all, the table now). Where nothing at all can be
    read, no file is left behind and WorkspaceError says so."""
    report = RescueReport()
    ws = Workspace.create(target)
    ws.close()
    src = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        dst.execute("PRAGMA foreign_keys = OFF")
        tables = all_tables()
        for table in reversed(tables):  # the new file's defaults make way
            dst.execute(f'DELETE FROM "{table.name}"')
        for number, table in enumerate(tables):
            if progress is not None:
                progress(number, len(tables), table.name)
            columns = [c.name for c in table.columns]
            rows = _repaired(_readable_rows(src, table.name, columns, report), table, report)
            marks = ", ".join("?" for _ in columns)
            quoted = ", ".join(f'"{c}"' for c in columns)
            dst.executemany(
                f'INSERT OR IGNORE INTO "{table.name}" ({quoted}) VALUES ({marks})', rows
            )
            report.copied += len(rows)
        try:
            name = src.execute("SELECT value FROM workspace_meta WHERE key = 'name'").fetchone()
        except sqlite3.DatabaseError:
            name = None
        dst.execute(
            "UPDATE workspace_meta SET value = ? WHERE key = 'name'",
            (tr("{value} (gerettet)").format(value=name[0] if name else Path(source).stem),),
        )
        dst.execute(
            "UPDATE workspace_meta SET value = ? WHERE key = 'workspace_id'", (str(uuid.uuid4()),)
        )
        while True:  # rows whose parent was lost point at nothing: they go
            broken = dst.execute("PRAGMA foreign_key_check").fetchall()
            if not broken:
                break
            for table, rowid, _parent, _ in broken:
                dst.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
                report.orphans += 1
                report.copied -= 1
        dst.commit()
    finally:
        src.close()
        dst.close()
    if not report.copied:
        remove_workspace_file(target)
        raise WorkspaceError(
            tr(
                "In „{name}“ ließ sich nichts lesen (keine einzige Zeile); es wurde keine neue Arbeitsmappe angelegt."
            ).format(name=Path(source).name)
        )
    return report
