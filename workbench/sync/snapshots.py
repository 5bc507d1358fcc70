"""Snapshots: the whole shared state for laptops that join or come back after the folder
was tidied (docs/SYNC.md rules 10 and 17), written compressed, read with every row
checked."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from pathlib import PurePosixPath
from typing import Any

from sqlalchemy import delete, insert, select

from workbench.i18n import tr
from workbench.model import all_tables
from workbench.store.sync_tables import (
    sync_applied,
    sync_outbox,
)
from workbench.store.workspace import Workspace
from workbench.sync import capture
from workbench.sync.clock import STAMP_TEXT, Stamp
from workbench.sync.files import (
    DECLARED_PLACEHOLDER,
    UUID,
    ChangeFile,
    Op,
    pack,
    unpack_pieces,
)
from workbench.sync.merge import Merger, grouped, schema_columns
from workbench.sync.place import DIR, FILE
from workbench.sync.protect import seal, unseal_any
from workbench.sync.report import FOLDER_FORMAT, SyncError, SyncReport
from workbench.sync.share import Share

SNAPSHOT_NAME = re.compile(STAMP_TEXT.pattern + r"\.wbs")  # named by the writer's clock
#: The largest snapshot read (a 10,000-measure workspace makes about 25 MB compressed),
#: and what it may unpack to.
MAX_SNAPSHOT_BYTES = 256_000_000
MAX_SNAPSHOT_UNPACKED = 4_000_000_000


def raw_cursor(conn: Any) -> Any:
    """The sqlite3 cursor under a SQLAlchemy connection (bulk rows without the ORM)."""
    driver = conn.connection.driver_connection
    assert driver is not None
    return driver.cursor()


class Snapshots:
    """Writes this laptop's snapshot into the share and starts from another's."""

    def __init__(self, share: Share) -> None:
        self.share = share

    def catch_up(self, gaps: dict[str, int], report: SyncReport) -> bool:
        """Start again from the newest snapshot that reaches the files still there, and
        apply this laptop's unsent operations on top, as the concurrent edits they are."""
        for path in sorted(self.paths(), key=lambda p: p.stem, reverse=True):
            try:
                body = self.read(path)
            except (OSError, ValueError, KeyError, TypeError):
                continue
            if any(int(body["vector"].get(r, 0)) < seq - 1 for r, seq in gaps.items()):
                continue
            covered = int(body["vector"].get(self.share.replica, 0))
            with self.share.ws.engine.connect() as conn:
                before = self.share.vector(conn)
                # What this laptop wrote that the snapshot does not hold: sent files it does
                # not cover, and what is not sent yet.
                mine = conn.execute(
                    select(
                        sync_outbox.c.file_seq,
                        sync_outbox.c.hlc,
                        sync_outbox.c.entity,
                        sync_outbox.c.row_id,
                        sync_outbox.c.op,
                        sync_outbox.c.field,
                        sync_outbox.c.value,
                    )
                    .where(sync_outbox.c.file_seq.is_(None) | (sync_outbox.c.file_seq > covered))
                    .order_by(sync_outbox.c.seq)
                ).all()
            self._apply(body, keep_outbox=True)
            report.caught_up = True
            with self.share.ws.engine.begin() as conn:
                cur = raw_cursor(conn)
                for seq in sorted({r[0] or 0 for r in mine}, key=lambda n: n or 1 << 62):
                    ops = [Op(*r[1:]) for r in mine if (r[0] or 0) == seq]
                    own = ChangeFile(
                        self.share.ws.workspace_id, self.share.replica, seq, before, ops
                    )
                    merger = Merger(conn, cur, own, self.share.replica)
                    for op in grouped(ops):
                        merger.apply(op)
                    report.conflicts += merger.conflicts
                    report.touched |= merger.touched
                cur.execute(
                    "UPDATE sync_field_clock SET file_seq = NULL WHERE replica = ? "
                    "AND file_seq = 0",
                    (self.share.replica,),
                )
                self.share.report_once(
                    conn,
                    f"caught-up:{path.name}",
                    tr(
                        "Dieser Rechner war so lange nicht dabei, dass ältere Änderungen im Ordner schon aufgeräumt sind; er hat den Stand aus dem Schnappschuss {name} übernommen. Eigene noch nicht gesendete Änderungen bleiben erhalten."
                    ).format(name=path.name),
                    report,
                )
            return True
        return False

    # -- snapshots --------------------------------------------------------------
    def write(self) -> PurePosixPath:
        """Full state and version vector, for new laptops (the caller exports pending
        changes first).

        The file is ``sha256 of the body`` + newline + the body (JSON), compressed and, in a
        protected folder, encrypted."""
        self.share.refuse_links()
        body = self._body()
        stamp = body["hlc"]
        payload = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
        mark = b'{"!bytes":"' + DECLARED_PLACEHOLDER.encode()
        payload = b'{"!bytes":"%012d' % len(payload) + payload[len(mark) :]
        data = pack(hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)
        folder = self.share.base / "snapshots" / self.share.replica
        self.share.place.makedirs(folder)
        path = folder / f"{stamp}.wbs"
        if self.share.key is not None:
            data = seal(
                self.share.key,
                data,
                f"{self.share.ws.workspace_id}/snapshot/{self.share.replica}/{stamp}",
            )
        self.share.place.replace(path, data)
        for old in self.share.place.listing(folder):  # this laptop's vector only grows: the new
            if old.name != path.name and SNAPSHOT_NAME.fullmatch(old.name):  # one covers
                self.share.place.delete(folder / old.name)
        return path

    def _body(self) -> dict[str, Any]:
        """The shared state as a snapshot carries it, named by a new stamp of this clock."""
        with self.share.ws.engine.begin() as conn:
            cur = raw_cursor(conn)
            vector = self.share.vector(conn)
            own = int(capture.state_get(conn, "next_file_seq") or 1) - 1
            if own:
                vector[self.share.replica] = own
            tables = {}
            for table in all_tables():
                cols = [c.name for c in table.columns]
                rows = cur.execute(
                    f'SELECT {", ".join(chr(34) + c + chr(34) for c in cols)} FROM "{table.name}"'
                ).fetchall()
                tables[table.name] = {"columns": cols, "rows": rows}
            clocks = cur.execute(
                "SELECT entity, row_id, field, hlc, replica, file_seq FROM sync_field_clock"
            ).fetchall()
            stones = cur.execute(
                "SELECT entity, row_id, hlc, replica FROM sync_tombstones"
            ).fetchall()
            open_conflicts = cur.execute(
                f"SELECT {', '.join(CONFLICT_COLUMNS)} FROM sync_conflicts WHERE resolved = 0"
            ).fetchall()
            retired = cur.execute("SELECT replica, hlc FROM sync_retired").fetchall()
            clock = capture.load_clock(conn)
            stamp = clock.tick().text()  # a new name, later than every snapshot before
            capture.save_clock(conn, clock)
        body = {
            "!bytes": DECLARED_PLACEHOLDER,  # the body's size, filled in below
            "format": FOLDER_FORMAT,
            "workspace": self.share.ws.workspace_id,
            "replica": self.share.replica,
            "hlc": stamp,
            "vector": vector,
            "tables": tables,
            "clocks": clocks,
            "tombstones": stones,
            "conflicts": open_conflicts,
            "retired": retired,
        }
        return body

    def join(self, report: SyncReport) -> bool:
        """A laptop not yet a member starts from the newest snapshot that reaches the change
        files still in the folder. In a folder of format 1 (before snapshots carried the
        shared state) it replays the change files instead."""
        candidates = sorted(
            (p for p in self.paths() if p.parent.name != self.share.replica),
            key=lambda p: p.stem,
            reverse=True,
        )
        first = self.share.first_seqs()
        for path in candidates:
            body = self._readable(path, report)
            if body is None:
                continue
            if any(int(body["vector"].get(r, 0)) < seq - 1 for r, seq in first.items()):
                continue  # files after it were cleaned up already; an older one reaches them
            if has_own_rows(self.share.ws):
                raise SyncError(
                    tr(
                        "Diese Arbeitsmappe ist noch nicht Teil der geteilten, enthält aber schon "
                        "eigene Daten (vermutlich eine Kopie, die vor dem Teilen angelegt wurde). "
                        "Sie wird nicht verändert. Bitte eine neue, leere Arbeitsmappe anlegen und "
                        "dem Ordner beitreten; eigene Änderungen dieser Kopie lassen sich danach "
                        "über die Maßnahmenliste (Excel) übernehmen."
                    )
                )
            try:
                self._apply(body)
            except (sqlite3.Error, ValueError) as exc:  # rolled back whole
                self.share.say_once(
                    f"snapshot-apply:{path.name}",
                    tr("Schnappschuss {name} ließ sich nicht übernehmen ({exc}).").format(
                        name=path.name, exc=exc
                    ),
                    report,
                )
                continue
            return True
        if self.share.format < 2:
            with self.share.ws.engine.begin() as conn:
                capture.state_set(conn, "member", "1")
            return False
        self.share.say_once(
            f"no-snapshot:{len(candidates)}",
            tr(
                "Im gemeinsamen Ordner liegt noch kein lesbarer Schnappschuss der "
                "Arbeitsmappe; der Beitritt wird beim nächsten Abgleich erneut "
                "versucht."
            ),
            report,
        )
        return False

    def _readable(self, path: PurePosixPath, report: SyncReport) -> dict[str, Any] | None:
        """The snapshot at *path* read whole, or None – said once – where it is unusable."""
        try:
            return self.read(path)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            self.share.say_once(
                f"snapshot:{path.name}",
                tr("Schnappschuss {name} ist nicht verwendbar ({exc}).").format(
                    name=path.name, exc=exc
                ),
                report,
            )
            return None

    def read(self, path: PurePosixPath, rows: bool = True) -> dict[str, Any]:
        """A snapshot's body, decrypted and checked (OSError, ValueError, KeyError otherwise).
        Without *rows* only its frame (checksum, workspace, vector, stamp) is checked: what
        the upkeep reads, which uses the vector alone and applies no row."""
        if self.share.place.kind(path) != FILE:
            raise ValueError(tr("keine gewöhnliche Datei"))
        if self.share.key is not None:  # sealed whole: opened whole
            data = self.share.place.read(path, MAX_SNAPSHOT_BYTES)  # SYNC.md rule 8: a limit
            data = unseal_any(
                self.share.keys,
                data,
                f"{self.share.ws.workspace_id}/snapshot/{path.parent.name}/{path.stem}",
            )
            unpacked = unpack_pieces(
                iter([data]), len(data), path.name, MAX_SNAPSHOT_UNPACKED, declared=True
            )
            del data
        else:  # unpacked as it is read: the packed file is never held whole
            size, pieces = self.share.place.pieces(path, MAX_SNAPSHOT_BYTES)
            unpacked = unpack_pieces(pieces, size, path.name, MAX_SNAPSHOT_UNPACKED, declared=True)
        raw: bytes | bytearray
        if unpacked.startswith(b"{"):  # format 1: {"sha256": …, "body": …}
            outer = json.loads(unpacked)
            body = outer["body"]
            raw = json.dumps(body, ensure_ascii=False, sort_keys=True).encode()
            checksum = outer["sha256"]
        else:  # the checksum's line, then the body: cut off in place, no second copy
            newline = unpacked.find(b"\n")
            checksum = bytes(unpacked[: max(newline, 0)]).decode("ascii", "replace")
            raw = unpacked if isinstance(unpacked, bytearray) else bytearray(unpacked)
            del raw[: newline + 1]
            body = None
        del unpacked
        if hashlib.sha256(raw).hexdigest() != checksum:
            raise ValueError(tr("Prüfsumme passt nicht"))
        if body is None:
            body = json.loads(raw)
        if not isinstance(body, dict) or body.get("workspace") != self.share.ws.workspace_id:
            raise ValueError(tr("gehört zu einer anderen Arbeitsmappe"))
        vector = body.get("vector")
        if not isinstance(vector, dict) or not all(
            isinstance(k, str) and UUID.fullmatch(k) and type(v) is int and v >= 0
            for k, v in vector.items()
        ):
            raise ValueError(tr("Versionsvektor ungültig"))
        if (
            not isinstance(body.get("tables"), dict)
            or STAMP_TEXT.fullmatch(str(body.get("hlc"))) is None
        ):
            raise ValueError(tr("falscher Aufbau"))
        if rows:
            _check_snapshot_rows(body)
        return body

    def paths(self) -> list[PurePosixPath]:
        folder = self.share.base / "snapshots"
        return sorted(
            folder / writer.name / entry.name
            for writer in self.share.place.listing(folder)
            if writer.kind == DIR and UUID.fullmatch(writer.name)
            for entry in self.share.place.listing(folder / writer.name)
            if entry.kind == FILE and SNAPSHOT_NAME.fullmatch(entry.name)
        )

    def _apply(self, body: dict[str, Any], keep_outbox: bool = False) -> None:
        """Replace what this workspace holds by the snapshot's state (a new laptop's
        defaults; or, catching up, its state, whose unsent operations stay in the outbox)."""
        with self.share.ws.engine.begin() as conn:
            cur = raw_cursor(conn)
            cur.execute("PRAGMA defer_foreign_keys = ON")  # rows arrive table by table
            tables = all_tables()
            for schema_table in reversed(tables):  # the seeded defaults make way
                cur.execute(f'DELETE FROM "{schema_table.name}"')
            books = ["sync_field_clock", "sync_tombstones", "sync_conflicts"]
            for book in books if keep_outbox else [*books, "sync_outbox"]:
                cur.execute(f"DELETE FROM {book}")
            for schema_table in tables:  # parents before children
                name = schema_table.name
                table = body["tables"].get(name)
                if table is None:
                    continue
                cols = [c for c in table["columns"] if c in schema_columns()[name]]
                if len(cols) != len(table["columns"]) or "id" not in cols:
                    continue
                quoted = ", ".join(f'"{c}"' for c in cols)
                marks = ", ".join("?" for _ in cols)
                cur.executemany(f'INSERT INTO "{name}" ({quoted}) VALUES ({marks})', table["rows"])
            cur.executemany(
                "INSERT OR REPLACE INTO sync_field_clock (entity, row_id, field, hlc, "
                "replica, file_seq) VALUES (?, ?, ?, ?, ?, ?)",
                body.get("clocks", []),
            )
            cur.executemany(
                "INSERT OR REPLACE INTO sync_tombstones (entity, row_id, hlc, replica) "
                "VALUES (?, ?, ?, ?)",
                body.get("tombstones", []),
            )
            cur.executemany(
                f"INSERT INTO sync_conflicts ({', '.join(CONFLICT_COLUMNS)}, resolved) "
                f"VALUES ({', '.join('?' for _ in CONFLICT_COLUMNS)}, 0)",
                body.get("conflicts", []),
            )
            cur.executemany(
                "INSERT OR REPLACE INTO sync_retired (replica, hlc) VALUES (?, ?)",
                body.get("retired", []),
            )
            conn.execute(delete(sync_applied))
            for replica, seq in body["vector"].items():
                if replica != self.share.replica:
                    conn.execute(insert(sync_applied).values(replica=replica, seq=int(seq)))
            clock = capture.load_clock(conn)
            clock.observe(Stamp.parse(body["hlc"]))
            capture.save_clock(conn, clock)
            capture.state_set(conn, "member", "1")


#: The columns of a conflict record that travel in snapshots.
CONFLICT_COLUMNS = (
    "entity",
    "row_id",
    "field",
    "kind",
    "kept_value",
    "lost_value",
    "lost_hlc",
    "lost_replica",
    "kept_hlc",
    "kept_replica",
)


#: The bookkeeping lists of a snapshot: their row length and which entries are stamps.
SNAPSHOT_LISTS = {
    "clocks": (6, (3,)),
    "tombstones": (4, (2,)),
    "conflicts": (10, (6,)),
    "retired": (2, (1,)),
}


def _check_snapshot_rows(body: dict[str, Any]) -> None:
    """Every row of a snapshot as a change file's values are checked: the table and its
    columns are the schema's, each row has as many values as columns, each value fits
    its column (type, range, choices, NOT NULL). ValueError names the first problem."""
    from workbench.sync.checks import column_checks

    checks = column_checks()
    for name, table in body["tables"].items():
        if name not in checks:
            raise ValueError(tr("unbekannte Tabelle „{name}“").format(name=name))
        if (
            not isinstance(table, dict)
            or not isinstance(table.get("columns"), list)
            or not isinstance(table.get("rows"), list)
        ):
            raise ValueError(tr("Tabelle „{name}“ hat einen falschen Aufbau").format(name=name))
        columns = table["columns"]
        if "id" not in columns or not all(c in checks[name] for c in columns):
            raise ValueError(tr("Tabelle „{name}“ hat unbekannte Spalten").format(name=name))
        row_checks = [checks[name][c] for c in columns]
        width = len(columns)
        for row in table["rows"]:
            if type(row) is not list or len(row) != width:
                raise ValueError(
                    tr("Tabelle „{name}“: eine Zeile hat die falsche Länge").format(name=name)
                )
            for check, value in zip(row_checks, row, strict=True):
                if (why := check(value)) is not None:
                    raise ValueError(
                        tr("Tabelle „{name}“: ein Wert {why}").format(name=name, why=why)
                    )
    for key, (width, stamps) in SNAPSHOT_LISTS.items():
        rows = body.get(key, [])
        if not isinstance(rows, list) or not all(
            type(r) is list
            and len(r) == width
            and all(x is None or type(x) in (str, int) for x in r)
            for r in rows
        ):
            raise ValueError(tr("„{key}“ hat einen falschen Aufbau").format(key=key))
        for row in rows:
            for i in stamps:
                if not isinstance(row[i], str) or STAMP_TEXT.fullmatch(row[i]) is None:
                    raise ValueError(
                        tr("„{key}“ enthält einen ungültigen Zeitstempel").format(key=key)
                    )


def has_own_rows(ws: Workspace) -> bool:
    """Whether the workspace holds anything but the defaults every new one starts with."""
    from workbench.store.seed import SEED_TIME

    with ws.engine.connect() as conn:
        for table in all_tables():  # seeded defaults carry SEED_TIME
            if conn.execute(
                select(table.c.id).where(table.c.created_at != SEED_TIME).limit(1)
            ).first():
                return True
    return False
