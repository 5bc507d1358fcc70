"""Exchanging change files with a shared folder (docs/SYNC.md).

Sharing publishes the whole workspace as a snapshot (what was done before sharing is
local history nobody needs); joining starts from a snapshot; after that only change
files travel. The folder is never created where a shared one vanished: that is offline.
Every laptop knows which change files it wrote (``sync_sent``): a file of its replica id
that it did not write shows a copied or restored workspace file, which then goes on as a
new replica and takes the other's files like anyone's.

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
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import delete, func, insert, select, update

from workbench import __version__
from workbench.formats import plural
from workbench.model import all_tables
from workbench.model.labels import entity_label, field_label
from workbench.store.sync_tables import (
    sync_applied,
    sync_conflicts,
    sync_field_clock,
    sync_outbox,
    sync_reported,
    sync_retired,
    sync_sent,
    sync_tombstones,
)
from workbench.store.workspace import Workspace
from workbench.sync import capture
from workbench.sync.clock import STAMP_TEXT, Stamp
from workbench.sync.files import (
    COPY,
    MAX_FILE_BYTES,
    NAME,
    TMP_MARK,
    UUID,
    ChangeFile,
    ChangeFileError,
    Op,
    encode,
    file_name,
    pack,
    read_file,
    read_regular,
    unpack,
    write_atomically,
    write_new,
)
from workbench.sync.merge import Merger, grouped, schema_columns
from workbench.sync.protect import proves_change, seal, unseal_any

#: 2: change files and snapshots are compressed, the base state travels in a snapshot.
FOLDER_FORMAT = 2
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
    #: Rows the merge changed (table, row id): the service checks them against the rules.
    touched: set[tuple[str, str]] = field(default_factory=set)
    #: This workspace file turned out to be a copy (or a restored backup) of another
    #: that writes to the folder under the same id; it now writes under this new one.
    new_replica: str | None = None
    #: Away too long: the state was taken from a snapshot, unsent edits kept on top.
    caught_up: bool = False
    #: Files held back until a person confirms their deletions: (replica, seq, measures).
    held: list[tuple[str, int, int]] = field(default_factory=list)

    @property
    def data_changed(self) -> bool:
        """Whether this sync changed what the workspace holds (views refresh)."""
        return bool(self.files_applied or self.from_snapshot or self.caught_up)


class SyncError(Exception):
    """The shared folder cannot be used for this workspace; German message."""


class PassphraseChanged(SyncError):
    """Another laptop changed the passphrase (proven with the old key); German message."""


class FolderOffline(Exception):
    """The shared folder is not there (not mounted, vanished, replaced); German message."""


class _Collision(Exception):
    """Another workspace file wrote this laptop's next change file first."""

    def __init__(self, seq: int) -> None:
        super().__init__(seq)
        self.seq = seq


def is_member(conn: Any) -> bool:
    """Whether this workspace takes part in a shared one already (published or joined)."""
    return capture.state_get(conn, "member") == "1" or \
        capture.state_get(conn, "next_file_seq") is not None or \
        conn.execute(select(sync_applied.c.replica).limit(1)).first() is not None


#: Operations per change file: about 120 bytes each, so a file stays far below what
#: readers accept (files.MAX_FILE_BYTES) even when a large workspace is published.
OPS_PER_FILE = 50_000
#: The largest snapshot read (a 10,000-measure workspace makes about 25 MB compressed),
#: and what it may unpack to.
MAX_SNAPSHOT_BYTES = 2_000_000_000
MAX_SNAPSHOT_UNPACKED = 4_000_000_000
#: A temporary file of this laptop's older than this was left by a killed sync.
STALE_TMP_S = 3600
#: A change file deleting more measures than this waits for a person's confirmation.
MASS_DELETE_MEASURES = 5


def held_key(replica: str, seq: int) -> str:
    """The sync_state key of a file held back for its deletions."""
    return f"held:{replica}/{seq}"


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
        with ws.engine.connect() as conn:
            earlier = capture.state_get(conn, "previous_keys")
        #: Keys of earlier passphrases: files written before a change are still read.
        self.keys = [k for k in [self.key, *(bytes.fromhex(h) for h in
                                            json.loads(earlier or "[]"))] if k is not None]
        self.protection = json.loads(protection) if protection else None
        self.format = FOLDER_FORMAT  # of the folder, once read

    def _context(self, replica: str, seq: int) -> str:
        return f"{self.ws.workspace_id}/{replica}/{seq}"

    @property
    def own_folder(self) -> Path:
        return self.base / "changes" / self.replica

    # -- folder ------------------------------------------------------------------
    def _offline(self, what: str) -> FolderOffline:
        return FolderOffline(f"Der gemeinsame Ordner „{self.root}“ {what}. Werkbank arbeitet "
                             "weiter und gleicht ab, sobald er wieder da ist; nichts geht verloren.")

    def _prepare(self) -> None:
        """Check the folder and workspace.json; publish the workspace where it was never
        shared in this folder. A folder that is missing, or empty where this workspace was
        shared, is offline: nothing is created in its place (the real share may come back
        over it)."""
        if not self.root.is_dir():
            raise self._offline("ist nicht erreichbar (nicht verbunden oder keine Ordner)")
        info = self.base / "workspace.json"
        if info.is_symlink() or (info.exists() and not info.is_file()):
            raise SyncError(f"„{info}“ ist keine gewöhnliche Datei.")
        if not info.exists():
            with self.ws.engine.begin() as conn:
                member = is_member(conn)
            if member:
                raise self._offline("enthält diese geteilte Arbeitsmappe nicht mehr (ist das "
                                    "richtige Laufwerk verbunden?)")
            self.publish()
            return
        try:
            data = json.loads(info.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise SyncError(f"„{info}“ ist nicht lesbar: {exc}.") from exc
        if not isinstance(data, dict) or not isinstance(data.get("format", 0), int) \
                or data.get("format", 0) > FOLDER_FORMAT:
            raise SyncError(f"Der gemeinsame Ordner „{self.base}“ wurde mit einer neueren "
                            "Werkbank-Version angelegt; bitte Werkbank aktualisieren.")
        if data.get("protection") and self.key is None:
            raise SyncError("Diese geteilte Arbeitsmappe ist mit einem Kennwort geschützt; "
                            "bitte beim Beitreten das Kennwort angeben.")
        if self.key is not None and data.get("protection") != self.protection:
            if data.get("protection") and proves_change(self.key, data["protection"],
                                                        self.ws.workspace_id):
                raise PassphraseChanged(
                    "Das Kennwort der geteilten Arbeitsmappe wurde auf einem anderen Rechner "
                    "geändert. Bitte das neue Kennwort eingeben (Synchronisation → „Ordner "
                    "wählen und teilen …“ mit demselben Ordner). Bis dahin warten die eigenen "
                    "Änderungen hier; nichts geht verloren.")
            # A laptop that knows the folder as protected never takes a downgraded or
            # replaced workspace.json: plaintext files would be accepted next.
            raise SyncError(f"Die Schutzangaben in „{info}“ wurden verändert oder entfernt. "
                            "Werkbank übernimmt und schreibt nichts, bis das geklärt ist "
                            "(z. B. die workspace.json aus einer Sicherung zurückholen).")
        self.format = data.get("format", 1)
        self._no_links()
        self.own_folder.mkdir(parents=True, exist_ok=True)

    def _no_links(self) -> None:
        """Nothing is written through a symbolic link: it could lead out of the share."""
        for folder in (self.base, self.base / "changes", self.own_folder,
                       self.base / "snapshots", self.base / "snapshots" / self.replica):
            if folder.is_symlink():
                raise SyncError(f"„{folder}“ ist eine Verknüpfung; Werkbank schreibt nicht durch "
                                "Verknüpfungen im gemeinsamen Ordner. Bitte die Verknüpfung "
                                "entfernen.")

    def publish(self) -> Path:
        """Share this workspace in a folder that does not hold it yet: workspace.json and a
        snapshot of everything. On the first share, what was recorded before is dropped:
        nobody else has seen it, and the snapshot carries its result."""
        self.base.mkdir(parents=True, exist_ok=True)
        with self.ws.engine.begin() as conn:
            if not is_member(conn):
                for table in (sync_outbox, sync_field_clock, sync_tombstones, sync_conflicts,
                              sync_sent, sync_applied):
                    conn.execute(delete(table))
                capture.state_set(conn, "next_file_seq", "1")
            capture.state_set(conn, "member", "1")
        info_data: dict[str, Any] = {
            "format": FOLDER_FORMAT, "min_app_version": __version__,
            "workspace_id": self.ws.workspace_id, "name": self.ws.name,
        }
        if self.protection:
            info_data["protection"] = self.protection
        self.format = FOLDER_FORMAT
        self.own_folder.mkdir(parents=True, exist_ok=True)
        path = self.write_snapshot(prepared=True)
        # workspace.json last: a joiner who sees it finds the snapshot there too.
        write_atomically(self.base / "workspace.json",
                         json.dumps(info_data, ensure_ascii=False, indent=1).encode())
        return path

    # -- who writes under this replica id -------------------------------------------
    def _check_identity(self, report: SyncReport) -> None:
        """Own change files that this workspace file did not write mean a copy of it (or a
        restored older copy) writes to the folder too: this one becomes a new replica and
        takes those files like another laptop's. Own files missing from the folder (a share
        put back from an older copy) are written again, identically."""
        present = self._seqs(self.own_folder)
        with self.ws.engine.begin() as conn:
            sent = dict(conn.execute(select(sync_sent.c.seq, sync_sent.c.digest)).all())
        newest = max(sent, default=0)
        foreign = [seq for seq in present if seq > newest]
        if foreign and self._adopt_crashed_write(min(foreign)):
            return self._check_identity(report)
        if foreign:
            self._become_new_replica(newest + 1, report)
            return
        for seq in sorted(set(sent) - set(present)):
            try:
                self._rewrite(seq)
            except FileExistsError:  # written by someone else meanwhile
                self._become_new_replica(seq, report)
                return

    def _adopt_crashed_write(self, seq: int) -> bool:
        """A file this laptop wrote just before it was killed, before noting it: its
        operations are exactly the next pending ones. Noted now (not a copy)."""
        try:
            change = read_file(self.own_folder / file_name(seq), self._unsealer(self.replica, seq))
        except ChangeFileError:
            return False
        with self.ws.engine.begin() as conn:
            if seq != int(capture.state_get(conn, "next_file_seq") or 1):
                return False
            rows = self._next_ops(conn, len(change.ops)) if change.ops else []
            if [Op(r.hlc, r.entity, r.row_id, r.op, r.field, r.value) for r in rows] != change.ops:
                return False
            self._note_sent(conn, seq, rows, change.seen, change.digest)
        return True

    def _become_new_replica(self, first_foreign: int, report: SyncReport,
                            retired: bool = False) -> None:
        old, new = self.replica, str(uuid.uuid4())
        with self.ws.engine.begin() as conn:
            # Files of the old id from first_foreign on are somebody else's now; what this
            # file had put there before stays the old id's history, applied by everyone.
            conn.execute(delete(sync_outbox).where(sync_outbox.c.file_seq < first_foreign))
            conn.execute(update(sync_outbox).where(sync_outbox.c.file_seq.is_not(None))
                         .values(file_seq=None))
            conn.execute(update(sync_field_clock).where(
                sync_field_clock.c.replica == old,
                (sync_field_clock.c.file_seq.is_(None)) |
                (sync_field_clock.c.file_seq >= first_foreign))
                .values(replica=new, file_seq=None))
            conn.execute(update(sync_tombstones).where(
                sync_tombstones.c.replica == old,
                sync_tombstones.c.row_id.in_(select(sync_outbox.c.row_id)
                                             .where(sync_outbox.c.op == "delete")))
                .values(replica=new))
            conn.execute(delete(sync_sent))
            conn.execute(delete(sync_applied).where(sync_applied.c.replica == old))
            if first_foreign > 1:
                conn.execute(insert(sync_applied).values(replica=old, seq=first_foreign - 1))
            capture.state_set(conn, "replica_id", new)
            capture.state_set(conn, "next_file_seq", "1")
            why = (f"Dieser Rechner ({old[:8]}) war aus der gemeinsamen Arbeitsmappe entfernt "
                   "worden." if retired else
                   f"Diese Arbeitsmappe ist eine Kopie (oder eine zurückgeholte Sicherung) einer "
                   f"anderen, die unter derselben Kennung {old[:8]} in den gemeinsamen Ordner "
                   "schreibt.")
            self._report_once(
                conn, f"new-replica:{new}",
                f"{why} Sie schreibt ab jetzt als eigener Rechner {new[:8]} und übernimmt die "
                "Änderungen der anderen; nichts geht verloren.", report)
        self.replica = new
        report.new_replica = new
        self.own_folder.mkdir(parents=True, exist_ok=True)

    def _rewrite(self, seq: int) -> None:
        """Write own change file *seq* again, from what was noted when it was first written."""
        with self.ws.engine.begin() as conn:
            seen = json.loads(conn.execute(select(sync_sent.c.seen)
                                           .where(sync_sent.c.seq == seq)).scalar_one())
            rows = conn.execute(select(sync_outbox.c.hlc, sync_outbox.c.entity,
                                       sync_outbox.c.row_id, sync_outbox.c.op,
                                       sync_outbox.c.field, sync_outbox.c.value)
                                .where(sync_outbox.c.file_seq == seq)
                                .order_by(sync_outbox.c.seq)).all()
        change = ChangeFile(self.ws.workspace_id, self.replica, seq, seen, [Op(*r) for r in rows])
        self._write_own(seq, encode(change)[0])

    def _write_own(self, seq: int, data: bytes) -> None:
        if self.key is not None:
            data = seal(self.key, data, self._context(self.replica, seq))
        write_new(self.own_folder / file_name(seq), data)

    # -- export ----------------------------------------------------------------
    def _vector(self, conn: Any) -> dict[str, int]:
        return dict(conn.execute(select(sync_applied.c.replica, sync_applied.c.seq)).all())

    def export(self, advertise: bool = False) -> tuple[int, int]:
        """Write the unexported outbox as change files; return (files, ops).

        A large outbox becomes several files of about OPS_PER_FILE operations each, so
        that none exceeds what readers accept; each file is noted in its own transaction.
        With *advertise* one file is written even without operations: it carries this
        laptop's version vector, which the folder upkeep of the others waits for.
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

    def _next_ops(self, conn: Any, limit: int | None = None) -> list[_Pending]:
        """The next pending operations, at most about *limit*; a row's insert is never
        split (it is created whole on the other side).

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
        rows = cur.fetchmany(limit or OPS_PER_FILE)
        if len(rows) == OPS_PER_FILE and rows[-1][4] == "insert":
            last = rows[-1]
            while (more := cur.fetchone()) is not None and \
                    (more[4], more[2], more[3]) == ("insert", last[2], last[3]):
                rows.append(more)
        cur.close()
        return [_Pending(*r) for r in rows]

    def _note_sent(self, conn: Any, seq: int, rows: list[_Pending], seen: dict[str, int],
                   digest: str) -> None:
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
                 for r in rows if r.op not in ("delete", "resolve", "retire")])
        conn.execute(insert(sync_sent).values(seq=seq, seen=json.dumps(seen, sort_keys=True),
                                              digest=digest))
        capture.state_set(conn, "next_file_seq", str(seq + 1))

    def _export_file(self, advertise: bool) -> int | None:
        """Write the next change file; return its number of operations (None: nothing).

        The file is created only where none of that number is (never overwritten), then
        noted in the same transaction that marks its operations sent. Killed in between,
        the file is recognised as this laptop's own on the next sync."""
        with self.ws.engine.begin() as conn:
            rows = self._next_ops(conn)
            if not rows and not advertise:
                return None
            seq = int(capture.state_get(conn, "next_file_seq") or 1)
            ops = [Op(r.hlc, r.entity, r.row_id, r.op, r.field, r.value) for r in rows]
            seen = self._vector(conn)
            data, digest = encode(ChangeFile(self.ws.workspace_id, self.replica, seq, seen, ops))
            try:
                self._write_own(seq, data)
            except FileExistsError:
                raise _Collision(seq) from None
            self._note_sent(conn, seq, rows, seen, digest)
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
            size = path.stat().st_size
            same = (original.is_file() and path.is_file() and size <= MAX_FILE_BYTES
                    and original.stat().st_size == size
                    and original.read_bytes() == path.read_bytes())
        except OSError:
            return  # locked right now; looked at again next time
        what = ("eine identische Kopie" if same else
                "eine ABWEICHENDE Kopie – bitte prüfen, welches Programm sie angelegt hat")
        self._report_once(conn, f"copy:{path.parent.name}/{path.name}:{same}",
                          f"{path.name} ist {what} von {file_name(seq)} (ignoriert).", report)

    def import_(self, report: SyncReport, caught_up: bool = False) -> None:
        """Apply every change file that is ready, replica by replica, in order. A laptop
        that was away while the files it needs were tidied away catches up from a
        snapshot, keeping what it has not sent yet."""
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
                if self._held(change, report):
                    continue  # deletes many measures: waits for a person to confirm
                if self._apply_file(change, report):
                    progress = True
        with self.ws.engine.connect() as conn:
            applied = self._vector(conn)
        gaps = {r: min(files) for r, files in found.items()
                if files and applied.get(r, 0) + 1 < min(files)}
        if gaps and not caught_up and self._catch_up(gaps, report):
            return self.import_(report, caught_up=True)
        with self.ws.engine.begin() as conn:
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

    def _held(self, change: ChangeFile, report: SyncReport) -> bool:
        """A file that would delete more than a handful of measures (removed, or put into
        the recycle bin) is applied only once a person confirmed it: one forged or mistaken
        file must not empty everybody's workspace without a question. Later files of its
        writer wait behind it, as order requires."""
        gone = {op.row_id for op in change.ops if op.entity == "measures" and (
            op.op == "delete" or (op.field == "deleted_at" and op.value != "null"))}
        if len(gone) <= MASS_DELETE_MEASURES:
            return False
        key = held_key(change.replica, change.seq)
        with self.ws.engine.begin() as conn:
            if capture.state_get(conn, key) == "accepted":
                capture.state_set(conn, key, "done")
                return False
            if capture.state_get(conn, key) == "done":
                return False
            capture.state_set(conn, key, str(len(gone)))
            self._report_once(
                conn, f"held:{change.replica}/{change.seq}",
                f"Änderungsdatei {file_name(change.seq)} von Rechner {change.replica[:8]} würde "
                f"{len(gone)} Maßnahmen löschen. Sie wird erst übernommen, wenn das jemand "
                "bestätigt (Synchronisation → „Zurückgehaltene Löschungen übernehmen …“ oder "
                f"„workbench sync PFAD --accept-deletions {change.replica[:8]}/{change.seq}“).",
                report)
        report.held.append((change.replica, change.seq, len(gone)))
        return True

    def _catch_up(self, gaps: dict[str, int], report: SyncReport) -> bool:
        """Start again from the newest snapshot that reaches the files still there, and
        apply this laptop's unsent operations on top, as the concurrent edits they are."""
        for path in sorted(self._snapshot_paths(), key=lambda p: p.stem, reverse=True):
            try:
                body = self._read_snapshot(path)
            except (OSError, ValueError, KeyError, TypeError):
                continue
            if any(int(body["vector"].get(r, 0)) < seq - 1 for r, seq in gaps.items()):
                continue
            covered = int(body["vector"].get(self.replica, 0))
            with self.ws.engine.connect() as conn:
                before = self._vector(conn)
                # What this laptop wrote that the snapshot does not hold: sent files it does
                # not cover, and what is not sent yet.
                mine = conn.execute(
                    select(sync_outbox.c.file_seq, sync_outbox.c.hlc, sync_outbox.c.entity,
                           sync_outbox.c.row_id, sync_outbox.c.op, sync_outbox.c.field,
                           sync_outbox.c.value)
                    .where(sync_outbox.c.file_seq.is_(None) | (sync_outbox.c.file_seq > covered))
                    .order_by(sync_outbox.c.seq)).all()
            self._apply_snapshot(body, keep_outbox=True)
            report.caught_up = True
            with self.ws.engine.begin() as conn:
                cur = conn.connection.driver_connection.cursor()
                for seq in sorted({r[0] or 0 for r in mine}, key=lambda n: n or 1 << 62):
                    ops = [Op(*r[1:]) for r in mine if (r[0] or 0) == seq]
                    own = ChangeFile(self.ws.workspace_id, self.replica, seq, before, ops)
                    merger = Merger(conn, cur, own, self.replica)
                    for op in grouped(ops):
                        merger.apply(op)
                    report.conflicts += merger.conflicts
                    report.touched |= merger.touched
                cur.execute("UPDATE sync_field_clock SET file_seq = NULL WHERE replica = ? "
                            "AND file_seq = 0", (self.replica,))
                self._report_once(conn, f"caught-up:{path.name}",
                                  "Dieser Rechner war so lange nicht dabei, dass ältere Änderungen "
                                  "im Ordner schon aufgeräumt sind; er hat den Stand aus dem "
                                  f"Schnappschuss {path.name} übernommen. Eigene noch nicht "
                                  "gesendete Änderungen bleiben erhalten.", report)
            return True
        return False

    # -- snapshots --------------------------------------------------------------
    def write_snapshot(self, prepared: bool = False) -> Path:
        """Full state and version vector, for new laptops (exports pending changes first).

        The file is ``sha256 of the body`` + newline + the body (JSON), compressed and, in a
        protected folder, encrypted."""
        if not prepared:
            self._prepare()
            self.export()
        self._no_links()
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
                tables[table.name] = {"columns": cols, "rows": rows}
            clocks = cur.execute("SELECT entity, row_id, field, hlc, replica, file_seq "
                                 "FROM sync_field_clock").fetchall()
            stones = cur.execute("SELECT entity, row_id, hlc, replica FROM sync_tombstones"
                                 ).fetchall()
            open_conflicts = cur.execute(
                f"SELECT {', '.join(CONFLICT_COLUMNS)} FROM sync_conflicts WHERE resolved = 0"
            ).fetchall()
            retired = cur.execute("SELECT replica, hlc FROM sync_retired").fetchall()
            clock = capture.load_clock(conn)
            stamp = clock.tick().text()  # a new name, later than every snapshot before
            capture.save_clock(conn, clock)
        body = {"format": FOLDER_FORMAT, "workspace": self.ws.workspace_id,
                "replica": self.replica, "hlc": stamp, "vector": vector, "tables": tables,
                "clocks": clocks, "tombstones": stones, "conflicts": open_conflicts,
                "retired": retired}
        payload = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
        data = pack(hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)
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

    def _join(self, report: SyncReport) -> bool:
        """A laptop not yet a member starts from the newest snapshot that reaches the change
        files still in the folder. In a folder of format 1 (before snapshots carried the
        shared state) it replays the change files instead."""
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
            if has_own_rows(self.ws):
                raise SyncError(
                    "Diese Arbeitsmappe ist noch nicht Teil der geteilten, enthält aber schon "
                    "eigene Daten (vermutlich eine Kopie, die vor dem Teilen angelegt wurde). "
                    "Sie wird nicht verändert. Bitte eine neue, leere Arbeitsmappe anlegen und "
                    "dem Ordner beitreten; eigene Änderungen dieser Kopie lassen sich danach "
                    "über die Maßnahmenliste (Excel) übernehmen.")
            try:
                self._apply_snapshot(body)
            except (sqlite3.Error, ValueError) as exc:  # rolled back whole
                with self.ws.engine.begin() as conn:
                    self._report_once(conn, f"snapshot-apply:{path.name}",
                                      f"Schnappschuss {path.name} ließ sich nicht übernehmen "
                                      f"({exc}).", report)
                continue
            return True
        if self.format < 2:
            with self.ws.engine.begin() as conn:
                capture.state_set(conn, "member", "1")
            return False
        with self.ws.engine.begin() as conn:
            self._report_once(conn, f"no-snapshot:{len(candidates)}",
                              "Im gemeinsamen Ordner liegt noch kein lesbarer Schnappschuss der "
                              "Arbeitsmappe; der Beitritt wird beim nächsten Abgleich erneut "
                              "versucht.", report)
        return False

    def _read_snapshot(self, path: Path) -> dict[str, Any]:
        """A snapshot's body, decrypted and checked (OSError, ValueError, KeyError otherwise)."""
        if path.is_symlink() or not path.is_file():
            raise ValueError("keine gewöhnliche Datei")
        data = read_regular(path, MAX_SNAPSHOT_BYTES)  # SYNC.md rule 8: a limit on every file
        if self.key is not None:
            data = unseal_any(self.keys, data,
                              f"{self.ws.workspace_id}/snapshot/{path.parent.name}/{path.stem}")
        data = unpack(data, path.name, MAX_SNAPSHOT_UNPACKED)
        if data.startswith(b"{"):  # format 1: {"sha256": …, "body": …}
            outer = json.loads(data)
            body = outer["body"]
            raw = json.dumps(body, ensure_ascii=False, sort_keys=True).encode()
            checksum = outer["sha256"]
        else:
            checksum_bytes, _, raw = data.partition(b"\n")
            checksum = checksum_bytes.decode("ascii", "replace")
            body = None
        if hashlib.sha256(raw).hexdigest() != checksum:
            raise ValueError("Prüfsumme passt nicht")
        if body is None:
            body = json.loads(raw)
        if not isinstance(body, dict) or body.get("workspace") != self.ws.workspace_id:
            raise ValueError("gehört zu einer anderen Arbeitsmappe")
        vector = body.get("vector")
        if not isinstance(vector, dict) or not all(
                isinstance(k, str) and UUID.fullmatch(k) and type(v) is int and v >= 0
                for k, v in vector.items()):
            raise ValueError("Versionsvektor ungültig")
        if not isinstance(body.get("tables"), dict) or STAMP_TEXT.fullmatch(
                str(body.get("hlc"))) is None:
            raise ValueError("falscher Aufbau")
        _check_snapshot_rows(body)
        return body

    def _snapshot_paths(self) -> list[Path]:
        folder = self.base / "snapshots"
        if not folder.is_dir() or folder.is_symlink():
            return []
        return sorted(p for p in folder.glob("*/*.wbs")
                      if SNAPSHOT_NAME.fullmatch(p.name) and UUID.fullmatch(p.parent.name)
                      and not p.parent.is_symlink() and not p.is_symlink())

    def _apply_snapshot(self, body: dict[str, Any], keep_outbox: bool = False) -> None:
        """Replace what this workspace holds by the snapshot's state (a new laptop's
        defaults; or, catching up, its state, whose unsent operations stay in the outbox)."""
        with self.ws.engine.begin() as conn:
            cur = conn.connection.driver_connection.cursor()
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
                cur.executemany(f'INSERT INTO "{name}" ({quoted}) VALUES ({marks})',
                                table["rows"])
            cur.executemany("INSERT OR REPLACE INTO sync_field_clock (entity, row_id, field, hlc, "
                            "replica, file_seq) VALUES (?, ?, ?, ?, ?, ?)", body.get("clocks", []))
            cur.executemany("INSERT OR REPLACE INTO sync_tombstones (entity, row_id, hlc, replica) "
                            "VALUES (?, ?, ?, ?)", body.get("tombstones", []))
            cur.executemany(f"INSERT INTO sync_conflicts ({', '.join(CONFLICT_COLUMNS)}, resolved) "
                            f"VALUES ({', '.join('?' for _ in CONFLICT_COLUMNS)}, 0)",
                            body.get("conflicts", []))
            cur.executemany("INSERT OR REPLACE INTO sync_retired (replica, hlc) VALUES (?, ?)",
                            body.get("retired", []))
            conn.execute(delete(sync_applied))
            for replica, seq in body["vector"].items():
                if replica != self.replica:
                    conn.execute(insert(sync_applied).values(replica=replica, seq=int(seq)))
            clock = capture.load_clock(conn)
            clock.observe(Stamp.parse(body["hlc"]))
            capture.save_clock(conn, clock)
            capture.state_set(conn, "member", "1")

    # -- upkeep -------------------------------------------------------------------
    def _replica_dirs(self) -> list[Path]:
        changes = self.base / "changes"
        return [d for d in sorted(changes.iterdir()) if UUID.fullmatch(d.name)
                and d.is_dir() and not d.is_symlink()]

    @staticmethod
    def _seqs(folder: Path) -> list[int]:
        if not folder.is_dir():
            return []
        return sorted(int(m[1]) for p in folder.iterdir() if (m := NAME.fullmatch(p.name)))

    def _first_seqs(self) -> dict[str, int]:
        """Per replica, the lowest change file still in the folder."""
        first = {}
        for folder in self._replica_dirs():
            if seqs := self._seqs(folder):
                first[folder.name] = seqs[0]
        return first

    def _retired(self) -> set[str]:
        with self.ws.engine.connect() as conn:
            return set(conn.execute(select(sync_retired.c.replica)).scalars())

    def maintain(self, report: SyncReport | None = None, force: bool = False) -> int:
        """Once a day: say what this laptop has applied, write a snapshot when the folder
        has grown, and delete change files nobody needs any more: its own, and those of
        laptops removed for good. Returns how many of its own it deleted."""
        report = report if report is not None else SyncReport()
        now = time.time()
        with self.ws.engine.begin() as conn:
            last = float(capture.state_get(conn, "last_maintenance") or 0)
            if not force and now - last < MAINTENANCE_INTERVAL_S:
                return 0
            # Noted first: if the folder refuses a step, it is tried again tomorrow, not
            # on every sync.
            capture.state_set(conn, "last_maintenance", str(now))
        self._remove_stale_tmp(now)
        self._advertise()
        count = sum(len(self._seqs(d)) for d in self._replica_dirs())
        if count > SNAPSHOT_AFTER_FILES:
            self.write_snapshot()
        report.pruned = self._prune(self.replica)
        for gone in self._retired() - {self.replica}:
            self._prune(gone)
        return report.pruned

    def _remove_stale_tmp(self, now: float) -> None:
        """Temporary files a killed sync of this laptop left (only this laptop writes here)."""
        for folder in (self.own_folder, self.base / "snapshots" / self.replica):
            if not folder.is_dir():
                continue
            for path in folder.iterdir():
                if path.name.startswith(".") and TMP_MARK in path.name and path.is_file() \
                        and now - path.stat().st_mtime > STALE_TMP_S:
                    path.unlink(missing_ok=True)

    def _advertise(self) -> None:
        """Others delete their files only once this laptop's newest file says it applied
        them: if it applied more since, write a change file without operations."""
        with self.ws.engine.begin() as conn:
            vector = self._vector(conn)
        if not vector:
            return
        said = self._newest_word(self.own_folder)
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
        keys, context = self.keys, self._context(replica, seq)
        return lambda blob: unseal_any(keys, blob, context)

    def _prune(self, owner: str) -> int:
        """Delete *owner*'s change files that every other laptop still taking part has
        applied and every snapshot covers; never the newest. *owner* is this laptop, or
        one removed for good (whose files nobody else would ever delete)."""
        folder = self.base / "changes" / owner
        mine = self._seqs(folder)
        if len(mine) < 2:
            return 0
        bound = mine[-1] - 1  # the newest stays: it tells the others what its writer applied
        retired = self._retired()
        for other in self._replica_dirs():
            if other.name == owner or (other.name in retired and other.name != self.replica):
                continue
            if other.name == self.replica:
                with self.ws.engine.connect() as conn:
                    bound = min(bound, self._vector(conn).get(owner, 0))
                continue
            said = self._newest_word(other)
            if said is None:
                return 0  # a laptop that has not said (readably) what it applied
            bound = min(bound, said.seen.get(owner, 0))
        snapshots = [p for p in self._snapshot_paths() if p.parent.name not in retired]
        if not snapshots:
            return 0  # a laptop joining later would need every file
        vectors = []
        for path in snapshots:
            try:
                vectors.append(self._read_snapshot(path)["vector"])
            except (OSError, ValueError, KeyError, TypeError):
                return 0
        # A snapshot that another one covers entirely holds nothing back: a joiner takes
        # the newest snapshot that reaches the files still there.
        for vector in vectors:
            if not any(other is not vector and _covers(other, vector) for other in vectors):
                bound = min(bound, int(vector.get(owner, 0)))
        pruned = 0
        for path in list(folder.iterdir()):
            m = NAME.fullmatch(path.name) or COPY.fullmatch(path.name)
            if m and int(next(g for g in m.groups() if g)) <= bound:
                try:
                    path.unlink()
                except FileNotFoundError:
                    continue
                pruned += NAME.fullmatch(path.name) is not None
        if owner == self.replica:
            # What the folder no longer needs is not kept here either.
            with self.ws.engine.begin() as conn:
                conn.execute(delete(sync_outbox).where(sync_outbox.c.file_seq <= bound))
                conn.execute(delete(sync_sent).where(sync_sent.c.seq <= bound))
        else:  # a removed laptop's snapshots: the others' reach what its files held
            for path in (self.base / "snapshots" / owner).glob("*.wbs"):
                if not path.is_symlink():
                    path.unlink(missing_ok=True)
        return pruned

    # -- one synchronisation ----------------------------------------------------------
    def sync(self) -> SyncReport:
        report = SyncReport()
        try:
            self._prepare()
            with self.ws.engine.begin() as conn:
                member = is_member(conn)
            if not member:
                report.from_snapshot = self._join(report)
                with self.ws.engine.begin() as conn:
                    if not is_member(conn):
                        return report
            try:
                self._check_identity(report)
                self._export_all(report)
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
            self.import_(report)
            if self.replica in self._retired():
                self._become_new_replica(self._newest_sent() + 1, report, retired=True)
                if report.read_only is None:
                    self._export_all(report)
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
        except FolderOffline as exc:
            report.offline = str(exc)
        except OSError as exc:
            report.offline = (f"Der gemeinsame Ordner „{self.root}“ ist nicht erreichbar "
                              f"({exc.strerror or exc}). Werkbank arbeitet weiter und gleicht "
                              "später ab; nichts geht verloren.")
        return report

    def _newest_sent(self) -> int:
        with self.ws.engine.connect() as conn:
            return conn.execute(select(func.max(sync_sent.c.seq))).scalar() or 0

    def _export_all(self, report: SyncReport) -> None:
        try:
            files, ops = self.export()
        except _Collision as exc:  # a copy of this workspace file wrote that number first
            self._become_new_replica(exc.seq, report)
            files, ops = self.export()
        report.files_written += files
        report.ops_exported += ops

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
            merger.keep_for_restoring()
            for op in grouped(change.ops):
                merger.apply(op)
            if newest is not None:
                clock.observe(newest)
            capture.save_clock(conn, clock)
            if conn.execute(update(sync_applied).where(sync_applied.c.replica == change.replica)
                            .values(seq=change.seq)).rowcount == 0:
                conn.execute(insert(sync_applied).values(replica=change.replica, seq=change.seq))
            if merger.refused:
                op, why = merger.refused[0]
                more = len(merger.refused) - 1
                self._report_once(
                    conn, f"refused:{change.replica}/{change.seq}",
                    f"Änderungsdatei {file_name(change.seq)} von Rechner {change.replica[:8]}: "
                    f"{plural(len(merger.refused), 'Änderung', 'Änderungen')} nicht übernommen, "
                    f"z. B. {entity_label(op.entity)}, Feld „{field_label(op.field)}“: der Wert "
                    f"{why}{f' (und {more} weitere)' if more else ''}. Die übrigen Änderungen "
                    "wurden übernommen; bitte den Absender prüfen.", report)
            report.files_applied += 1
            report.ops_applied += merger.applied
            report.conflicts += merger.conflicts
            report.touched |= merger.touched
        return True


#: The columns of a conflict record that travel in snapshots.
CONFLICT_COLUMNS = ("entity", "row_id", "field", "kind", "kept_value", "lost_value", "lost_hlc",
                    "lost_replica", "kept_hlc", "kept_replica")


#: The bookkeeping lists of a snapshot: their row length and which entries are stamps.
SNAPSHOT_LISTS = {"clocks": (6, (3,)), "tombstones": (4, (2,)), "conflicts": (10, (6,)),
                  "retired": (2, (1,))}


def _check_snapshot_rows(body: dict[str, Any]) -> None:
    """Every row of a snapshot as a change file's values are checked: the table and its
    columns are the schema's, each row has as many values as columns, each value fits
    its column (type, range, choices, NOT NULL). ValueError names the first problem."""
    from workbench.sync.checks import column_checks

    checks = column_checks()
    for name, table in body["tables"].items():
        if name not in checks:
            raise ValueError(f"unbekannte Tabelle „{name}“")
        if not isinstance(table, dict) or not isinstance(table.get("columns"), list) or \
                not isinstance(table.get("rows"), list):
            raise ValueError(f"Tabelle „{name}“ hat einen falschen Aufbau")
        columns = table["columns"]
        if "id" not in columns or not all(c in checks[name] for c in columns):
            raise ValueError(f"Tabelle „{name}“ hat unbekannte Spalten")
        row_checks = [checks[name][c] for c in columns]
        width = len(columns)
        for row in table["rows"]:
            if type(row) is not list or len(row) != width:
                raise ValueError(f"Tabelle „{name}“: eine Zeile hat die falsche Länge")
            for check, value in zip(row_checks, row, strict=True):
                if (why := check(value)) is not None:
                    raise ValueError(f"Tabelle „{name}“: ein Wert {why}")
    for key, (width, stamps) in SNAPSHOT_LISTS.items():
        rows = body.get(key, [])
        if not isinstance(rows, list) or not all(
                type(r) is list and len(r) == width and all(
                    x is None or type(x) in (str, int) for x in r) for r in rows):
            raise ValueError(f"„{key}“ hat einen falschen Aufbau")
        for row in rows:
            for i in stamps:
                if not isinstance(row[i], str) or STAMP_TEXT.fullmatch(row[i]) is None:
                    raise ValueError(f"„{key}“ enthält einen ungültigen Zeitstempel")


def _covers(a: dict[str, int], b: dict[str, int]) -> bool:
    """Whether version vector *a* includes everything *b* does (and is not the same)."""
    return a != b and all(a.get(replica, 0) >= seq for replica, seq in b.items())


def has_own_rows(ws: Workspace) -> bool:
    """Whether the workspace holds anything but the defaults every new one starts with."""
    from workbench.store.seed import SEED_TIME

    with ws.engine.connect() as conn:
        for table in all_tables():  # seeded defaults carry SEED_TIME
            if conn.execute(select(table.c.id).where(table.c.created_at != SEED_TIME)
                            .limit(1)).first():
                return True
    return False


def adopt_workspace(ws: Workspace, workspace_id: str) -> None:
    """Make an empty new workspace a member of an existing shared one (joining)."""
    from workbench.store.meta import workspace_meta

    with ws.engine.begin() as conn:
        conn.execute(update(workspace_meta).where(workspace_meta.c.key == "workspace_id")
                     .values(value=workspace_id))
