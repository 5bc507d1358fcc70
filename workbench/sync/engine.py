"""Exchanging change files with a shared folder (SYNC.md rules 1–9).

A file is applied only after the files it depends on (its version vector), so a row's
insert always comes before edits to it; how one file's operations merge into the
workspace is in :mod:`workbench.sync.merge`.

Upkeep (:meth:`SyncFolder.maintain`, once a day): old change files are kept until every
known replica's vector covers them (SYNC.md). Each laptop deletes only its own files,
only those that every other laptop has said it applied and that every snapshot in the
folder covers, and never its newest; a laptop that joins later starts from a snapshot
that reaches the files still there.
"""

from __future__ import annotations

import errno
import hashlib
import json
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import func, insert, select, update

from workbench import __version__
from workbench.formats import plural
from workbench.model import all_tables
from workbench.store.sync_tables import (
    sync_applied,
    sync_field_clock,
    sync_outbox,
    sync_reported,
)
from workbench.store.workspace import Workspace
from workbench.sync import capture
from workbench.sync.clock import STAMP_TEXT, Stamp
from workbench.sync.files import (
    COPY,
    NAME,
    UUID,
    ChangeFile,
    ChangeFileError,
    Op,
    encode,
    file_name,
    read_file,
    write_atomically,
)
from workbench.sync.merge import Merger, grouped, schema_columns
from workbench.sync.protect import seal, unseal

FOLDER_FORMAT = 1
SNAPSHOT_NAME = re.compile(STAMP_TEXT.pattern + r"\.wbs")  # named by the writer's clock


class _Pending(NamedTuple):
    """One outbox row on its way into a change file."""

    seq: int
    hlc: str
    entity: str
    row_id: str
    op: str
    field: str
    value: str


@dataclass
class SyncReport:
    """What one synchronisation did; problems are new ones only (each is reported once)."""

    files_written: int = 0
    ops_exported: int = 0
    files_applied: int = 0
    ops_applied: int = 0
    conflicts: int = 0
    waiting: int = 0  # files that wait for others (or for a later retry)
    problems: list[str] = field(default_factory=list)
    offline: str | None = None
    #: The folder can be read but not written: others' changes came in, ours wait here.
    read_only: str | None = None
    from_snapshot: bool = False
    pruned: int = 0  # own old change files deleted by the upkeep


class SyncError(Exception):
    """The shared folder cannot be used for this workspace; German message."""


#: Operations per change file: about 120 bytes each, so a file stays far below what
#: readers accept (files.MAX_FILE_BYTES) even when a large workspace is published.
OPS_PER_FILE = 50_000
#: The largest snapshot read (a 10,000-measure workspace makes about 340 MB).
MAX_SNAPSHOT_BYTES = 2_000_000_000
#: The folder upkeep runs at most this often per laptop (seconds).
MAINTENANCE_INTERVAL_S = 24 * 3600
#: With more change files than this in the folder, the upkeep writes a snapshot, so
#: that older files can go and a new laptop does not replay them all.
SNAPSHOT_AFTER_FILES = 200

#: What a read-only share (or one this user may not write) answers to a write.
READ_ONLY_ERRORS = {errno.EROFS, errno.EACCES, errno.EPERM}


def _is_read_only(exc: OSError) -> bool:
    return exc.errno in READ_ONLY_ERRORS


class SyncFolder:
    """One workspace's view of one shared folder."""

    def __init__(self, ws: Workspace, root: Path) -> None:
        self.ws = ws
        self.root = Path(root)
        self.base = self.root / ws.workspace_id
        with ws.engine.begin() as conn:
            self.replica = capture.replica_id(conn)
            key = capture.state_get(conn, "key")
            protection = capture.state_get(conn, "protection")
        self.key = bytes.fromhex(key) if key else None
        self.protection = json.loads(protection) if protection else None

    def _context(self, replica: str, seq: int) -> str:
        return f"{self.ws.workspace_id}/{replica}/{seq}"

    # -- folder ------------------------------------------------------------------
    def _prepare(self) -> None:
        """Create our folders and workspace.json, or check an existing workspace.json."""
        info = self.base / "workspace.json"
        if info.exists():
            try:
                data = json.loads(info.read_text("utf-8"))
            except (OSError, ValueError) as exc:
                raise SyncError(f"„{info}“ ist nicht lesbar: {exc}.") from exc
            if not isinstance(data, dict) or data.get("format", 0) > FOLDER_FORMAT:
                raise SyncError(f"Der gemeinsame Ordner „{self.base}“ wurde mit einer neueren "
                                "Werkbank-Version angelegt; bitte Werkbank aktualisieren.")
            if data.get("protection") and self.key is None:
                raise SyncError("Diese geteilte Arbeitsmappe ist mit einem Kennwort geschützt; "
                                "bitte beim Beitreten das Kennwort angeben.")
        else:
            self.base.mkdir(parents=True, exist_ok=True)
            info_data: dict[str, Any] = {
                "format": FOLDER_FORMAT, "min_app_version": __version__,
                "workspace_id": self.ws.workspace_id, "name": self.ws.name,
            }
            if self.protection:
                info_data["protection"] = self.protection
            write_atomically(info, json.dumps(info_data, ensure_ascii=False, indent=1).encode())
        (self.base / "changes" / self.replica).mkdir(parents=True, exist_ok=True)

    # -- export ----------------------------------------------------------------
    def _vector(self, conn: Any) -> dict[str, int]:
        return dict(conn.execute(select(sync_applied.c.replica, sync_applied.c.seq)).all())

    def export(self, advertise: bool = False) -> tuple[int, int]:
        """Write the unexported outbox as change files; return (files, ops).

        A large outbox (publishing a big workspace) becomes several files of about
        OPS_PER_FILE operations each, so that none exceeds what readers accept; each file
        is noted in its own transaction. With *advertise* one file is written even
        without operations: it carries this laptop's version vector, which the folder
        upkeep of the others waits for.
        """
        files = ops = 0
        while True:
            count = self._export_file(advertise and files == 0)
            if count is None:
                return files, ops
            files += 1
            ops += count
            if count < OPS_PER_FILE:
                return files, ops

    def _next_ops(self, conn: Any) -> list[Any]:
        """The next pending operations, at most about OPS_PER_FILE; a row's insert is
        never split (it is created whole on the other side).

        Pending operations are always the newest ones (files are written oldest first),
        so they are read as a range of the primary key from the first pending one: the
        index on file_seq alone made SQLite sort all pending rows for every file.
        """
        first = conn.execute(select(func.min(sync_outbox.c.seq))
                             .where(sync_outbox.c.file_seq.is_(None))).scalar()
        if first is None:
            return []
        cur = conn.connection.driver_connection.cursor()
        cur.execute("SELECT seq, hlc, entity, row_id, op, field, value FROM sync_outbox "
                    "WHERE seq >= ? AND +file_seq IS NULL ORDER BY seq", (first,))
        rows = cur.fetchmany(OPS_PER_FILE)
        if len(rows) == OPS_PER_FILE and rows[-1][4] == "insert":
            last = rows[-1]
            while (more := cur.fetchone()) is not None and \
                    (more[4], more[2], more[3]) == ("insert", last[2], last[3]):
                rows.append(more)
        cur.close()
        return [_Pending(*r) for r in rows]

    def _export_file(self, advertise: bool) -> int | None:
        """Write the next change file; return its number of operations (None: nothing)."""
        with self.ws.engine.begin() as conn:
            rows = self._next_ops(conn)
            if not rows and not advertise:
                return None
            folder = self.base / "changes" / self.replica
            # After a crash between writing a file and noting it, that file stays as it is
            # (files are immutable); its operations go out again in the next one, and
            # applying an operation twice changes nothing.
            existing = [int(m[1]) for p in folder.iterdir() if (m := NAME.fullmatch(p.name))]
            stored = int(capture.state_get(conn, "next_file_seq") or 1)
            seq = max([stored, *(n + 1 for n in existing)])
            ops = [Op(r.hlc, r.entity, r.row_id, r.op, r.field, r.value) for r in rows]
            change = ChangeFile(self.ws.workspace_id, self.replica, seq, self._vector(conn), ops)
            data = encode(change)
            if self.key is not None:
                data = seal(self.key, data, self._context(self.replica, seq))
            write_atomically(folder / file_name(seq), data)
            if rows:
                conn.execute(update(sync_outbox).where(sync_outbox.c.file_seq.is_(None))
                             .where(sync_outbox.c.seq.between(rows[0].seq, rows[-1].seq))
                             .values(file_seq=seq))
                # A field's clock names the file that carried its latest value (conflict
                # detection asks whether a writer had seen it): only where this file did.
                raw = conn.connection.driver_connection
                raw.executemany(
                    "UPDATE sync_field_clock SET file_seq = ? WHERE entity = ? AND row_id = ? "
                    "AND field = ? AND hlc = ? AND replica = ? AND file_seq IS NULL",
                    [(seq, r.entity, r.row_id, r.field, r.hlc, self.replica)
                     for r in rows if r.op != "delete"])
            capture.state_set(conn, "next_file_seq", str(seq + 1))
        return len(ops)

    # -- import ----------------------------------------------------------------
    def _report_once(self, conn: Any, key: str, message: str, report: SyncReport) -> None:
        if conn.execute(select(sync_reported.c.key).where(sync_reported.c.key == key)).first():
            return
        conn.execute(insert(sync_reported).values(key=key, message=message))
        report.problems.append(message)

    def _scan(self, report: SyncReport) -> dict[str, dict[int, Path]]:
        """Our own change files per other replica; anything else is reported once."""
        found: dict[str, dict[int, Path]] = {}
        changes = self.base / "changes"
        with self.ws.engine.begin() as conn:
            for item in sorted(self.base.iterdir()):
                if item.name not in ("workspace.json", "changes", "snapshots", "files"):
                    self._report_once(conn, f"foreign:{item.name}",
                                      f"Fremde Datei im gemeinsamen Ordner ignoriert: {item.name}",
                                      report)
            for replica_dir in sorted(changes.iterdir()):
                if replica_dir.is_symlink():  # could lead out of the shared folder
                    self._report_once(conn, f"link:changes/{replica_dir.name}",
                                      f"Verknüpfung im gemeinsamen Ordner ignoriert: "
                                      f"changes/{replica_dir.name}", report)
                    continue
                if not (replica_dir.is_dir() and UUID.fullmatch(replica_dir.name)):
                    self._report_once(conn, f"foreign:changes/{replica_dir.name}",
                                      f"Fremder Eintrag ignoriert: changes/{replica_dir.name}", report)
                    continue
                if replica_dir.name == self.replica:
                    continue
                files: dict[int, Path] = {}
                for path in sorted(replica_dir.iterdir()):
                    name = path.name
                    if path.is_symlink():
                        self._report_once(conn, f"link:{replica_dir.name}/{name}",
                                          f"Verknüpfung ignoriert: changes/{replica_dir.name}/{name}",
                                          report)
                    elif m := NAME.fullmatch(name):
                        files[int(m[1])] = path
                    elif name.startswith(".") and ".tmp-" in name:
                        continue  # another laptop is writing this file right now
                    elif m := COPY.fullmatch(name):
                        self._check_copy(conn, path, int(next(g for g in m.groups() if g)), report)
                    else:
                        self._report_once(conn, f"foreign:{replica_dir.name}/{name}",
                                          f"Fremde Datei ignoriert: changes/{replica_dir.name}/{name}",
                                          report)
                found[replica_dir.name] = files
        return found

    def _check_copy(self, conn: Any, path: Path, seq: int, report: SyncReport) -> None:
        original = path.with_name(file_name(seq))
        try:
            same = original.exists() and original.read_bytes() == path.read_bytes()
        except OSError:
            return  # locked right now; looked at again next time
        what = ("eine identische Kopie" if same else
                "eine ABWEICHENDE Kopie – bitte prüfen, welches Programm sie angelegt hat")
        self._report_once(conn, f"copy:{path.parent.name}/{path.name}:{same}",
                          f"{path.name} ist {what} von {file_name(seq)} (ignoriert).", report)

    def import_(self, report: SyncReport) -> None:
        """Apply every change file that is ready, replica by replica, in order."""
        found = self._scan(report)
        progress = True
        while progress:
            progress = False
            for replica, files in found.items():
                with self.ws.engine.begin() as conn:
                    applied = self._vector(conn)
                nxt = applied.get(replica, 0) + 1
                path = files.get(nxt)
                if path is None:
                    continue
                try:
                    change = read_file(path, self._unsealer(replica, nxt))
                    if change.replica != replica or change.seq != nxt:
                        raise ChangeFileError(f"Änderungsdatei „{path.name}“ gehört nicht an "
                                              "diese Stelle (Absender oder Nummer passt nicht).")
                    if change.workspace != self.ws.workspace_id:
                        raise ChangeFileError(f"Änderungsdatei „{path.name}“ stammt aus einer "
                                              "anderen Arbeitsmappe.")
                except ChangeFileError as exc:
                    with self.ws.engine.begin() as conn:
                        self._report_once(conn, f"bad:{replica}/{path.name}:{exc}", str(exc), report)
                    continue
                if any(applied.get(r, 0) < s for r, s in change.seen.items() if r != self.replica):
                    continue  # it builds on files this laptop has not got yet
                if self._apply_file(change, report):
                    progress = True
        with self.ws.engine.begin() as conn:
            applied = self._vector(conn)
            for replica, files in found.items():
                if files and applied.get(replica, 0) + 1 < min(files):
                    first = file_name(min(files))
                    self._report_once(
                        conn, f"gone:{replica}/{first}",
                        f"Die Änderungen von Rechner {replica[:8]} vor {first} sind im gemeinsamen "
                        "Ordner schon aufgeräumt, aber auf diesem Rechner nicht angekommen. Bitte "
                        "die Arbeitsmappe als neue, leere Arbeitsmappe erneut beitreten.", report)
        report.waiting = sum(1 for r, files in found.items() for s in files
                             if s > applied.get(r, 0))

    # -- snapshots --------------------------------------------------------------
    def write_snapshot(self) -> Path:
        """Full state and version vector, for new laptops (exports pending changes first)."""
        self._prepare()
        self.export()
        with self.ws.engine.begin() as conn:
            cur = conn.connection.driver_connection.cursor()
            vector = self._vector(conn)
            own = int(capture.state_get(conn, "next_file_seq") or 1) - 1
            if own:
                vector[self.replica] = own
            tables = {}
            for table in all_tables():
                cols = [c.name for c in table.columns]
                rows = cur.execute(f'SELECT {", ".join(chr(34) + c + chr(34) for c in cols)} '
                                   f'FROM "{table.name}"').fetchall()
                tables[table.name] = {"columns": cols, "rows": [list(r) for r in rows]}
            clocks = [list(r) for r in cur.execute(
                "SELECT entity, row_id, field, hlc, replica, file_seq FROM sync_field_clock")]
            stones = [list(r) for r in cur.execute(
                "SELECT entity, row_id, hlc, replica FROM sync_tombstones")]
            stamp = capture.load_clock(conn).last.text()
        body = {"format": FOLDER_FORMAT, "workspace": self.ws.workspace_id,
                "replica": self.replica, "hlc": stamp, "vector": vector, "tables": tables,
                "clocks": clocks, "tombstones": stones}
        data = json.dumps(body, ensure_ascii=False, sort_keys=True).encode()
        data = json.dumps({"sha256": hashlib.sha256(data).hexdigest(),
                           "body": body}, ensure_ascii=False, sort_keys=True).encode()
        folder = self.base / "snapshots" / self.replica
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{stamp}.wbs"
        if self.key is not None:
            data = seal(self.key, data, f"{self.ws.workspace_id}/snapshot/{self.replica}/{stamp}")
        write_atomically(path, data)
        for old in folder.glob("*.wbs"):  # this laptop's vector only grows: the new one covers
            if old != path and SNAPSHOT_NAME.fullmatch(old.name):
                old.unlink(missing_ok=True)
        return path

    def _load_newest_snapshot(self, report: SyncReport) -> bool:
        """On a laptop that has applied nothing yet: start from the newest good snapshot."""
        with self.ws.engine.begin() as conn:
            written = conn.execute(select(sync_outbox.c.seq).limit(1)).first()
            if self._vector(conn) or written:
                return False  # not new: it has applied or written changes already
        candidates = sorted((p for p in self._snapshot_paths() if p.parent.name != self.replica),
                            key=lambda p: p.stem, reverse=True)
        first = self._first_seqs()
        for path in candidates:
            try:
                body = self._read_snapshot(path)
            except (OSError, ValueError, KeyError, TypeError) as exc:
                with self.ws.engine.begin() as conn:
                    self._report_once(conn, f"snapshot:{path.name}",
                                      f"Schnappschuss {path.name} ist nicht verwendbar ({exc}).",
                                      report)
                continue
            if any(int(body["vector"].get(r, 0)) < seq - 1 for r, seq in first.items()):
                continue  # files after it were cleaned up already; an older one reaches them
            self._apply_snapshot(body)
            return True
        return False

    def _read_snapshot(self, path: Path) -> dict[str, Any]:
        """A snapshot's body, decrypted and checked (OSError, ValueError, KeyError otherwise)."""
        size = path.stat().st_size
        if size > MAX_SNAPSHOT_BYTES:  # SYNC.md rule 8: a limit on every file read
            raise ValueError(f"zu groß: {size // 1_000_000} MB, höchstens "
                             f"{MAX_SNAPSHOT_BYTES // 1_000_000} MB")
        data = path.read_bytes()
        if self.key is not None:
            data = unseal(self.key, data,
                          f"{self.ws.workspace_id}/snapshot/{path.parent.name}/{path.stem}")
        outer = json.loads(data)
        body = outer["body"]
        raw = json.dumps(body, ensure_ascii=False, sort_keys=True).encode()
        if hashlib.sha256(raw).hexdigest() != outer["sha256"] or \
                body["workspace"] != self.ws.workspace_id or not isinstance(body["vector"], dict):
            raise ValueError("Prüfsumme oder Arbeitsmappe passt nicht")
        return body

    def _snapshot_paths(self) -> list[Path]:
        return sorted(p for p in (self.base / "snapshots").glob("*/*.wbs")
                      if SNAPSHOT_NAME.fullmatch(p.name) and UUID.fullmatch(p.parent.name)
                      and not p.parent.is_symlink())

    # -- upkeep -------------------------------------------------------------------
    def _replica_dirs(self) -> list[Path]:
        changes = self.base / "changes"
        return [d for d in sorted(changes.iterdir()) if UUID.fullmatch(d.name)
                and d.is_dir() and not d.is_symlink()]

    @staticmethod
    def _seqs(folder: Path) -> list[int]:
        return sorted(int(m[1]) for p in folder.iterdir() if (m := NAME.fullmatch(p.name)))

    def _first_seqs(self) -> dict[str, int]:
        """Per replica, the lowest change file still in the folder."""
        first = {}
        for folder in self._replica_dirs():
            if seqs := self._seqs(folder):
                first[folder.name] = seqs[0]
        return first

    def maintain(self, report: SyncReport | None = None, force: bool = False) -> int:
        """Once a day: say what this laptop has applied, write a snapshot when the folder
        has grown, and delete own change files nobody needs any more. Returns how many."""
        report = report if report is not None else SyncReport()
        now = time.time()
        with self.ws.engine.begin() as conn:
            last = float(capture.state_get(conn, "last_maintenance") or 0)
            if not force and now - last < MAINTENANCE_INTERVAL_S:
                return 0
            # Noted first: if the folder refuses a step, it is tried again tomorrow, not
            # on every sync.
            capture.state_set(conn, "last_maintenance", str(now))
        self._advertise()
        count = sum(len(self._seqs(d)) for d in self._replica_dirs())
        if count > SNAPSHOT_AFTER_FILES:
            self.write_snapshot()
        report.pruned = self._prune_own()
        return report.pruned

    def _advertise(self) -> None:
        """Others delete their files only once this laptop's newest file says it applied
        them: if it applied more since, write a change file without operations."""
        with self.ws.engine.begin() as conn:
            vector = self._vector(conn)
        if not vector:
            return
        said = self._newest_word(self.base / "changes" / self.replica)
        if said is None or said.seen != vector:
            self.export(advertise=True)

    def _newest_word(self, folder: Path) -> ChangeFile | None:
        """A replica's newest change file, which says what it had applied (None: none, or
        not readable now)."""
        seqs = self._seqs(folder)
        if not seqs:
            return None
        try:
            return read_file(folder / file_name(seqs[-1]), self._unsealer(folder.name, seqs[-1]))
        except ChangeFileError:
            return None

    def _unsealer(self, replica: str, seq: int) -> Callable[[bytes], bytes] | None:
        """How to open a change file of a protected folder (None: not protected)."""
        if self.key is None:
            return None
        key, context = self.key, self._context(replica, seq)
        return lambda blob: unseal(key, blob, context)

    def _prune_own(self) -> int:
        folder = self.base / "changes" / self.replica
        mine = self._seqs(folder)
        if len(mine) < 2:
            return 0
        bound = mine[-1] - 1  # the newest stays: it tells the others what this laptop applied
        for other in self._replica_dirs():
            if other.name == self.replica:
                continue
            said = self._newest_word(other)
            if said is None:
                return 0  # a laptop that has not said (readably) what it applied
            bound = min(bound, said.seen.get(self.replica, 0))
        snapshots = self._snapshot_paths()
        if not snapshots:
            return 0  # a laptop joining later would need every file
        for path in snapshots:
            try:
                bound = min(bound, int(self._read_snapshot(path)["vector"].get(self.replica, 0)))
            except (OSError, ValueError, KeyError, TypeError):
                return 0
        pruned = 0
        for path in list(folder.iterdir()):
            m = NAME.fullmatch(path.name) or COPY.fullmatch(path.name)
            if m and int(next(g for g in m.groups() if g)) <= bound:
                try:
                    path.unlink()
                except FileNotFoundError:
                    continue
                pruned += NAME.fullmatch(path.name) is not None
        return pruned

    def _apply_snapshot(self, body: dict[str, Any]) -> None:
        with self.ws.engine.begin() as conn:
            cur = conn.connection.driver_connection.cursor()
            cur.execute("PRAGMA defer_foreign_keys = ON")  # rows arrive table by table
            for schema_table in all_tables():  # parents before children
                name = schema_table.name
                table = body["tables"].get(name)
                if table is None:
                    continue
                cols = [c for c in table["columns"] if c in schema_columns()[name]]
                if len(cols) != len(table["columns"]) or "id" not in cols:
                    continue
                quoted = ", ".join(f'"{c}"' for c in cols)
                marks = ", ".join("?" for _ in cols)
                # An upsert, never REPLACE: replacing deletes first, and a delete would set
                # references to NULL (ON DELETE SET NULL) in rows loaded before.
                sets = ", ".join(f'"{c}" = excluded."{c}"' for c in cols if c != "id")
                cur.executemany(f'INSERT INTO "{name}" ({quoted}) VALUES ({marks}) '
                                f"ON CONFLICT (id) DO UPDATE SET {sets}", table["rows"])
            cur.executemany("INSERT OR REPLACE INTO sync_field_clock (entity, row_id, field, hlc, "
                            "replica, file_seq) VALUES (?, ?, ?, ?, ?, ?)", body["clocks"])
            cur.executemany("INSERT OR REPLACE INTO sync_tombstones (entity, row_id, hlc, replica) "
                            "VALUES (?, ?, ?, ?)", body["tombstones"])
            for replica, seq in body["vector"].items():
                if replica != self.replica:
                    conn.execute(insert(sync_applied).values(replica=replica, seq=int(seq)))
            clock = capture.load_clock(conn)
            clock.observe(Stamp.parse(body["hlc"]))
            capture.save_clock(conn, clock)

    def sync(self) -> SyncReport:
        report = SyncReport()
        try:
            try:
                self._prepare()
                report.files_written, report.ops_exported = self.export()
            except OSError as exc:
                # A read-only share still brings the others' changes; ours stay in the
                # outbox and go out with the first sync that may write.
                if not (_is_read_only(exc) and (self.base / "workspace.json").is_file()):
                    raise
                with self.ws.engine.begin() as conn:
                    waiting = capture.pending_count(conn)
                mine = ("von diesem Rechner wartet nichts." if not waiting else
                        f"{plural(waiting, 'eigene Änderung wartet', 'eigene Änderungen warten')}"
                        f" hier und {'wird' if waiting == 1 else 'werden'} gesendet, sobald "
                        "der Ordner wieder beschreibbar ist.")
                report.read_only = (f"Der gemeinsame Ordner „{self.root}“ ist schreibgeschützt "
                                    f"({exc.strerror or exc}). Die Änderungen der anderen werden "
                                    f"übernommen; {mine}")
            report.from_snapshot = self._load_newest_snapshot(report)
            self.import_(report)
            if report.read_only is None:
                try:
                    self.maintain(report)
                except OSError as exc:  # the sync itself went through; tidy up tomorrow
                    with self.ws.engine.begin() as conn:
                        self._report_once(conn, f"upkeep:{exc.errno}",
                                          f"Der gemeinsame Ordner ließ sich nicht aufräumen "
                                          f"({exc.strerror or exc}); nächster Versuch morgen.",
                                          report)
        except SyncError:
            raise
        except OSError as exc:
            report.offline = (f"Der gemeinsame Ordner „{self.root}“ ist nicht erreichbar "
                              f"({exc.strerror or exc}). Werkbank arbeitet weiter und gleicht "
                              "später ab; nichts geht verloren.")
        return report

    # -- merge ------------------------------------------------------------------
    def _apply_file(self, change: ChangeFile, report: SyncReport) -> bool:
        with self.ws.engine.begin() as conn:
            clock = capture.load_clock(conn)
            # Stamps were checked when the file was read; fixed width, so the greatest
            # text is the latest stamp, and that one decides both checks below.
            newest = Stamp.parse(max(op.hlc for op in change.ops)) if change.ops else None
            if newest is not None and clock.too_far_ahead(newest):
                self._report_once(
                    conn, f"future:{change.replica}/{change.seq}",
                    f"Änderungsdatei {file_name(change.seq)} von {change.replica[:8]} ist auf ein "
                    "Datum mehr als einen Tag in der Zukunft gestempelt – zurückgehalten (Uhr "
                    "dieses Rechners prüfen).", report)
                return False
            raw = conn.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            cur = raw.cursor()
            merger = Merger(conn, cur, change, self.replica)
            for op in grouped(change.ops):
                merger.apply(op)
            if newest is not None:
                clock.observe(newest)
            capture.save_clock(conn, clock)
            if conn.execute(update(sync_applied).where(sync_applied.c.replica == change.replica)
                            .values(seq=change.seq)).rowcount == 0:
                conn.execute(insert(sync_applied).values(replica=change.replica, seq=change.seq))
            report.files_applied += 1
            report.ops_applied += merger.applied
            report.conflicts += merger.conflicts
        return True


def adopt_workspace(ws: Workspace, workspace_id: str) -> None:
    """Make an empty new workspace a member of an existing shared one (joining)."""
    from workbench.store.meta import workspace_meta

    with ws.engine.begin() as conn:
        conn.execute(update(workspace_meta).where(workspace_meta.c.key == "workspace_id")
                     .values(value=workspace_id))


def publish_existing(ws: Workspace) -> int:
    """Queue every row that was never captured (e.g. demo data) as inserts; return the count."""
    from sqlalchemy.orm import Session

    from workbench.store.changes import RowChange

    with Session(ws.engine) as session, session.begin():
        conn = session.connection()
        known = {(e, r) for e, r in conn.execute(
            select(sync_field_clock.c.entity, sync_field_clock.c.row_id).distinct())}
        changes = []
        for table in all_tables():  # parents before children
            for row in conn.execute(select(table)).mappings():
                if (table.name, row["id"]) not in known:
                    values = {k: v for k, v in row.items()}
                    changes.append(RowChange(table.name, row["id"], "insert", {}, values))
        capture.record(session, changes)
    return len(changes)
