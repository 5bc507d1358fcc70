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
import json
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from workbench import __version__
from workbench.formats import plural, printable
from workbench.i18n import tr
from workbench.model.labels import entity_label, field_label
from workbench.store.sync_tables import (
    sync_applied,
    sync_conflicts,
    sync_field_clock,
    sync_outbox,
    sync_reported,
    sync_sent,
    sync_tombstones,
)
from workbench.store.workspace import Workspace
from workbench.sync import capture
from workbench.sync.clock import MAX_FUTURE_MS, MAX_RELEASE_MS, HybridClock, Stamp, when
from workbench.sync.clockcheck import ClockCheck
from workbench.sync.files import (
    COPY,
    MAX_FILE_BYTES,
    NAME,
    UUID,
    ChangeFile,
    ChangeFileError,
    Op,
    encode,
    file_name,
    load_file,
)
from workbench.sync.identity import Identity
from workbench.sync.merge import Merger, grouped
from workbench.sync.parts import Pending
from workbench.sync.place import DIR, FILE, LINK, FolderPlace, Place
from workbench.sync.protect import proves_change
from workbench.sync.report import (  # noqa: F401 (re-exported: the engine's public names)
    FOLDER_FORMAT,
    FolderOffline,
    PassphraseChanged,
    SyncError,
    SyncReport,
    is_member,
)
from workbench.sync.snapshots import (  # noqa: F401 (re-exported)
    CONFLICT_COLUMNS,
    MAX_SNAPSHOT_BYTES,
    SNAPSHOT_NAME,
    Snapshots,
    has_own_rows,
)
from workbench.sync.upkeep import SNAPSHOT_AFTER_FILES, Upkeep  # noqa: F401 (re-exported)


class _Collision(Exception):
    """Another workspace file wrote this laptop's next change file first."""

    def __init__(self, seq: int) -> None:
        super().__init__(seq)
        self.seq = seq


#: Operations per change file: about 120 bytes each, so a file stays far below what
#: readers accept (files.MAX_FILE_BYTES) even when a large workspace is published.
OPS_PER_FILE = 50_000
#: A change file deleting more measures than this waits for a person's confirmation.
MASS_DELETE_MEASURES = 5


def held_key(replica: str, seq: int) -> str:
    """The sync_state key of a file held back for its deletions."""
    return f"held:{replica}/{seq}"


#: What a read-only share (or one this user may not write) answers to a write.
READ_ONLY_ERRORS = {errno.EROFS, errno.EACCES, errno.EPERM}


def _is_read_only(exc: OSError) -> bool:
    return exc.errno in READ_ONLY_ERRORS


#: The largest workspace.json read.
MAX_INFO_BYTES = 1_000_000


#: The shared workspace.json as last read, with the version it had (a server's ETag).
INFO_COPY = "workspace_json_copy"

#: A notice shows at most this much; a name in it at most 100 characters at a stretch.
MAX_NOTICE_CHARS = 1_000
LONG_WORD = re.compile(r"\S{120,}")

#: The change files refused for good ("replica/name" → the version they were refused
#: at): not fetched or unpacked again until they change (a bomb costs once, not every 3 s).
SET_ASIDE = "set_aside"


class SyncFolder(ClockCheck, Identity, Snapshots, Upkeep):
    """One workspace's view of one shared place – a folder (a path or a FolderPlace) or a
    WebDAV server (a WebDavPlace): the same files and rules through the Place operations."""

    def __init__(self, ws: Workspace, root: Path | Place) -> None:
        self.ws = ws
        self.place = root if isinstance(root, Place) else FolderPlace(Path(root))
        self.root = self.place.label  # what messages name
        self.base = PurePosixPath(ws.workspace_id)
        with ws.engine.begin() as conn:
            self.replica = capture.replica_id(conn)
            key = capture.state_get(conn, "key")
            protection = capture.state_get(conn, "protection")
            earlier = capture.state_get(conn, "previous_keys")
        self.key = bytes.fromhex(key) if key else None
        #: Keys of earlier passphrases: files written before a change are still read.
        self.keys = [
            k
            for k in [self.key, *(bytes.fromhex(h) for h in json.loads(earlier or "[]"))]
            if k is not None
        ]
        self.protection = json.loads(protection) if protection else None
        self.format = FOLDER_FORMAT  # of the folder, once read

    def _context(self, replica: str, seq: int) -> str:
        return f"{self.ws.workspace_id}/{replica}/{seq}"

    @property
    def own_folder(self) -> PurePosixPath:
        return self.base / "changes" / self.replica

    # -- folder ------------------------------------------------------------------
    def _offline(self, what: str) -> FolderOffline:
        return FolderOffline(
            tr(
                "Der gemeinsame Ordner „{root}“ {what}. Werkbank arbeitet weiter und gleicht ab, sobald er wieder da ist; nichts geht verloren."
            ).format(root=self.root, what=what)
        )

    def _prepare(self) -> bool:
        """Check the folder and workspace.json; publish the workspace where it was never
        shared in this folder (then True). A folder that is missing, or empty where this workspace was
        shared, is offline: nothing is created in its place (the real share may come back
        over it)."""
        if not self.place.reachable():
            raise self._offline(tr("ist nicht erreichbar (nicht verbunden oder keine Ordner)"))
        info = self.base / "workspace.json"
        kind = self.place.kind(info)
        if kind not in (None, FILE):
            raise SyncError(tr("„{info}“ ist keine gewöhnliche Datei.").format(info=info))
        if kind is None:
            with self.ws.engine.begin() as conn:
                member = is_member(conn)
            if member:
                raise self._offline(
                    tr(
                        "enthält diese geteilte Arbeitsmappe nicht mehr (ist das "
                        "richtige Laufwerk verbunden?)"
                    )
                )
            self.publish()
            return True
        try:
            data = json.loads(self._read_info(info).decode("utf-8"))
        except FileNotFoundError as exc:  # removed between looking and reading
            raise self._offline(tr("enthält diese geteilte Arbeitsmappe gerade nicht")) from exc
        except ValueError as exc:
            why = (
                tr("kein gültiges JSON (Zeile {line}, Spalte {column})").format(
                    line=exc.lineno, column=exc.colno
                )
                if isinstance(exc, json.JSONDecodeError)
                else tr("keine UTF-8-Textdatei")
                if isinstance(exc, UnicodeDecodeError)
                else printable(str(exc))
            )
            raise SyncError(
                tr("„{info}“ ist nicht lesbar: {exc}.").format(info=info, exc=why)
            ) from exc
        if (
            not isinstance(data, dict)
            or not isinstance(data.get("format", 0), int)
            or data.get("format", 0) > FOLDER_FORMAT
        ):
            raise SyncError(
                tr(
                    "Der gemeinsame Ordner „{base}“ wurde mit einer neueren Werkbank-Version angelegt; bitte Werkbank aktualisieren."
                ).format(base=self.base)
            )
        if data.get("protection") and self.key is None:
            raise SyncError(
                tr(
                    "Diese geteilte Arbeitsmappe ist mit einem Kennwort geschützt; "
                    "bitte beim Beitreten das Kennwort angeben."
                )
            )
        if self.key is not None and data.get("protection") != self.protection:
            if data.get("protection") and proves_change(
                self.key, data["protection"], self.ws.workspace_id
            ):
                raise PassphraseChanged(
                    tr(
                        "Das Kennwort der geteilten Arbeitsmappe wurde auf einem anderen Rechner "
                        "geändert. Bitte das neue Kennwort eingeben (Synchronisation → „Ordner "
                        "wählen und teilen …“ mit demselben Ordner). Bis dahin warten die eigenen "
                        "Änderungen hier; nichts geht verloren."
                    )
                )
            # A laptop that knows the folder as protected never takes a downgraded or
            # replaced workspace.json: plaintext files would be accepted next.
            raise SyncError(
                tr(
                    "Die Schutzangaben in „{info}“ wurden verändert oder entfernt. Werkbank übernimmt und schreibt nichts, bis das geklärt ist (z. B. die workspace.json aus einer Sicherung zurückholen)."
                ).format(info=info)
            )
        self.format = data.get("format", 1)
        self._no_links()
        self.place.makedirs(self.own_folder)
        return False

    def _no_links(self) -> None:
        """Nothing is written through a symbolic link: it could lead out of the share."""
        for folder in (
            self.base,
            self.base / "changes",
            self.own_folder,
            self.base / "snapshots",
            self.base / "snapshots" / self.replica,
        ):
            if self.place.kind(folder) == LINK:
                raise SyncError(
                    tr(
                        "„{folder}“ ist eine Verknüpfung; Werkbank schreibt nicht durch Verknüpfungen im gemeinsamen Ordner. Bitte die Verknüpfung entfernen."
                    ).format(folder=folder)
                )

    def publish(self) -> PurePosixPath:
        """Share this workspace in a folder that does not hold it yet: workspace.json and a
        snapshot of everything. On the first share, what was recorded before is dropped:
        nobody else has seen it, and the snapshot carries its result."""
        self.place.makedirs(self.base)
        with self.ws.engine.begin() as conn:
            if not is_member(conn):
                for table in (
                    sync_outbox,
                    sync_field_clock,
                    sync_tombstones,
                    sync_conflicts,
                    sync_sent,
                    sync_applied,
                ):
                    conn.execute(delete(table))
                capture.state_set(conn, "next_file_seq", "1")
            capture.state_set(conn, "member", "1")
        info_data: dict[str, Any] = {
            "format": FOLDER_FORMAT,
            "min_app_version": __version__,
            "workspace_id": self.ws.workspace_id,
            "name": self.ws.name,
        }
        if self.protection:
            info_data["protection"] = self.protection
        self.format = FOLDER_FORMAT
        self.place.makedirs(self.own_folder)
        path = self.write_snapshot(prepared=True)
        # workspace.json last: a joiner who sees it finds the snapshot there too.
        self.place.replace(
            self.base / "workspace.json",
            json.dumps(info_data, ensure_ascii=False, indent=1).encode(),
        )
        return path

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

    def _next_ops(self, conn: Any, limit: int | None = None) -> list[Pending]:
        """The next pending operations, at most about *limit*; a row's insert is never
        split (it is created whole on the other side).

        Pending operations are always the newest ones (files are written oldest first),
        so they are read as a range of the primary key from the first pending one: the
        index on file_seq alone made SQLite sort all pending rows for every file.
        """
        first = conn.execute(
            select(func.min(sync_outbox.c.seq)).where(sync_outbox.c.file_seq.is_(None))
        ).scalar()
        if first is None:
            return []
        cur = conn.connection.driver_connection.cursor()
        cur.execute(
            "SELECT seq, hlc, entity, row_id, op, field, value FROM sync_outbox "
            "WHERE seq >= ? AND +file_seq IS NULL ORDER BY seq",
            (first,),
        )
        rows = cur.fetchmany(limit or OPS_PER_FILE)
        if len(rows) == OPS_PER_FILE and rows[-1][4] == "insert":
            last = rows[-1]
            while (more := cur.fetchone()) is not None and (more[4], more[2], more[3]) == (
                "insert",
                last[2],
                last[3],
            ):
                rows.append(more)
        cur.close()
        return [Pending(*r) for r in rows]

    def _note_sent(
        self, conn: Any, seq: int, rows: list[Pending], seen: dict[str, int], digest: str
    ) -> None:
        if rows:
            conn.execute(
                update(sync_outbox)
                .where(sync_outbox.c.file_seq.is_(None))
                .where(sync_outbox.c.seq.between(rows[0].seq, rows[-1].seq))
                .values(file_seq=seq)
            )
            # A field's clock names the file that carried its latest value (conflict
            # detection asks whether a writer had seen it): only where this file did.
            raw = conn.connection.driver_connection
            raw.executemany(
                "UPDATE sync_field_clock SET file_seq = ? WHERE entity = ? AND row_id = ? "
                "AND field = ? AND hlc = ? AND replica = ? AND file_seq IS NULL",
                [
                    (seq, r.entity, r.row_id, r.field, r.hlc, self.replica)
                    for r in rows
                    if r.op not in ("delete", "resolve", "retire")
                ],
            )
        conn.execute(
            insert(sync_sent).values(seq=seq, seen=json.dumps(seen, sort_keys=True), digest=digest)
        )
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
            written = capture.load_clock(conn).now()
            data, digest = encode(
                ChangeFile(self.ws.workspace_id, self.replica, seq, seen, ops, written=written)
            )
            try:
                self._write_own(seq, data)
            except FileExistsError:
                raise _Collision(seq) from None
            self._note_sent(conn, seq, rows, seen, digest)
        return len(ops)

    # -- import ----------------------------------------------------------------
    def _report_once(self, conn: Any, key: str, message: str, report: SyncReport) -> None:
        """*message* once (per *key*), as a terminal may show it: names from the share can
        hold control characters (ESC, CR, NUL) or run to thousands of characters."""
        if conn.execute(select(sync_reported.c.key).where(sync_reported.c.key == key)).first():
            return
        message = LONG_WORD.sub(lambda m: m[0][:100] + "…", printable(message, MAX_NOTICE_CHARS))
        conn.execute(insert(sync_reported).values(key=key, message=message))
        report.problems.append(message)

    def _scan(self, report: SyncReport) -> dict[str, dict[int, PurePosixPath]]:
        """Our own change files per other replica; anything else is reported once."""
        found: dict[str, dict[int, PurePosixPath]] = {}
        changes = self.base / "changes"
        with self.ws.engine.begin() as conn:
            for item in self.place.listing(self.base):
                if item.name not in ("workspace.json", "changes", "snapshots", "files"):
                    self._report_once(
                        conn,
                        f"foreign:{item.name}",
                        tr("Fremde Datei im gemeinsamen Ordner ignoriert: {name}").format(
                            name=item.name
                        ),
                        report,
                    )
            replica_dirs = self.place.listing(changes)
            for replica_dir in replica_dirs:
                if replica_dir.kind == LINK:  # could lead out of the shared folder
                    self._report_once(
                        conn,
                        f"link:changes/{replica_dir.name}",
                        tr("Verknüpfung im gemeinsamen Ordner ignoriert: changes/{name}").format(
                            name=replica_dir.name
                        ),
                        report,
                    )
                    continue
                if not (replica_dir.kind == DIR and UUID.fullmatch(replica_dir.name)):
                    self._report_once(
                        conn,
                        f"foreign:changes/{replica_dir.name}",
                        tr("Fremder Eintrag ignoriert: changes/{name}").format(
                            name=replica_dir.name
                        ),
                        report,
                    )
                    continue
                if replica_dir.name == self.replica:
                    continue
                folder = changes / replica_dir.name
                entries = self.place.listing(folder)
                sizes = {e.name: e.size for e in entries if e.kind == FILE}
                files: dict[int, PurePosixPath] = {}
                for entry in entries:
                    name = entry.name
                    if entry.kind == LINK:
                        self._report_once(
                            conn,
                            f"link:{replica_dir.name}/{name}",
                            tr("Verknüpfung ignoriert: changes/{name}/{name2}").format(
                                name=replica_dir.name, name2=name
                            ),
                            report,
                        )
                    elif m := NAME.fullmatch(name):
                        files[int(m[1])] = folder / name
                    elif name.startswith(".") and ".tmp-" in name:
                        continue  # another laptop is writing this file right now
                    elif m := COPY.fullmatch(name):
                        seq = int(next(g for g in m.groups() if g))
                        self._check_copy(conn, folder / name, seq, sizes, report)
                    else:
                        self._report_once(
                            conn,
                            f"foreign:{replica_dir.name}/{name}",
                            tr("Fremde Datei ignoriert: changes/{name}/{name2}").format(
                                name=replica_dir.name, name2=name
                            ),
                            report,
                        )
                found[replica_dir.name] = files
            # which laptops take part, for the window (it never lists the share itself)
            seen = json.dumps(
                [e.name for e in replica_dirs if e.kind == DIR and UUID.fullmatch(e.name)]
            )
            if capture.state_get(conn, "replicas_seen") != seen:  # no write on every sync
                capture.state_set(conn, "replicas_seen", seen)
        return found

    def _check_copy(
        self,
        conn: Any,
        path: PurePosixPath,
        seq: int,
        sizes: dict[str, int],
        report: SyncReport,
    ) -> None:
        """A sync client's copy of a change file (regular files only: *sizes*)."""
        original = path.with_name(file_name(seq))
        size = sizes.get(path.name)
        try:
            same = (
                size is not None
                and size <= MAX_FILE_BYTES
                and sizes.get(original.name) == size
                and self.place.read(original, MAX_FILE_BYTES)
                == self.place.read(path, MAX_FILE_BYTES)
            )
        except (OSError, ValueError):
            return  # locked or gone right now; looked at again next time
        what = (
            tr("eine identische Kopie")
            if same
            else tr("eine ABWEICHENDE Kopie – bitte prüfen, welches Programm sie angelegt hat")
        )
        self._report_once(
            conn,
            f"copy:{path.parent.name}/{path.name}:{same}",
            tr("{name} ist {what} von {value} (ignoriert).").format(
                name=path.name, what=what, value=file_name(seq)
            ),
            report,
        )

    def _read_change(self, path: PurePosixPath, replica: str, seq: int) -> ChangeFile:
        """Change file *seq* of *replica* at *path*, decrypted and checked."""
        return load_file(
            lambda: self.place.read(path, MAX_FILE_BYTES), path.name, self._unsealer(replica, seq)
        )

    def import_(self, report: SyncReport, caught_up: bool = False) -> None:
        """Apply every change file that is ready, replica by replica, in order. A laptop
        that was away while the files it needs were tidied away catches up from a
        snapshot, keeping what it has not sent yet."""
        found = self._scan(report)
        with self.ws.engine.connect() as conn:
            aside: dict[str, str] = json.loads(capture.state_get(conn, SET_ASIDE) or "{}")
        writers = {r: self._writer_clock(r, files) for r, files in found.items()}
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
                key = f"{replica}/{path.name}"
                if key in aside and aside[key] == self.place.version(path):
                    continue  # refused before and unchanged since: not fetched again
                try:
                    change = self._read_change(path, replica, nxt)
                    if change.replica != replica or change.seq != nxt:
                        raise ChangeFileError(
                            tr(
                                "Änderungsdatei „{name}“ gehört nicht an diese Stelle (Absender oder Nummer passt nicht)."
                            ).format(name=path.name)
                        )
                    if change.workspace != self.ws.workspace_id:
                        raise ChangeFileError(
                            tr(
                                "Änderungsdatei „{name}“ stammt aus einer anderen Arbeitsmappe."
                            ).format(name=path.name)
                        )
                except ChangeFileError as exc:
                    with self.ws.engine.begin() as conn:
                        self._report_once(
                            conn, f"bad:{replica}/{path.name}:{exc}", str(exc), report
                        )
                        version = "" if exc.passing else self.place.version(path)
                        if version:  # set aside until the file changes
                            aside[key] = version
                            capture.state_set(conn, SET_ASIDE, json.dumps(aside))
                    continue
                if any(applied.get(r, 0) < s for r, s in change.seen.items() if r != self.replica):
                    continue  # it builds on files this laptop has not got yet
                if self._held(change, report):
                    continue  # deletes many measures: waits for a person to confirm
                if self._apply_file(change, report, writers[replica]):
                    progress = True
        with self.ws.engine.connect() as conn:
            applied = self._vector(conn)
        gaps = {
            r: min(files)
            for r, files in found.items()
            if files and applied.get(r, 0) + 1 < min(files)
        }
        if gaps and not caught_up and self._catch_up(gaps, report):
            return self.import_(report, caught_up=True)
        with self.ws.engine.begin() as conn:
            for replica, files in found.items():
                if files and applied.get(replica, 0) + 1 < min(files):
                    first = file_name(min(files))
                    self._report_once(
                        conn,
                        f"gone:{replica}/{first}",
                        tr(
                            "Die Änderungen von Rechner {value} vor {first} sind im gemeinsamen Ordner schon aufgeräumt, aber auf diesem Rechner nicht angekommen. Bitte die Arbeitsmappe als neue, leere Arbeitsmappe erneut beitreten."
                        ).format(value=replica[:8], first=first),
                        report,
                    )
        report.waiting = sum(
            1 for r, files in found.items() for s in files if s > applied.get(r, 0)
        )

    def _writer_clock(
        self, replica: str, files: dict[int, PurePosixPath]
    ) -> Callable[[], int | None]:
        """What the clock of *replica* said when it wrote its newest file here (None:
        unknown), read once per import and only when asked (a file is held for a stamp
        in the future)."""
        known: list[int | None] = []

        def ask() -> int | None:
            if not known:
                newest = max(files)
                try:
                    known.append(self._read_change(files[newest], replica, newest).written)
                except ChangeFileError:
                    known.append(None)
            return known[0]

        return ask

    def _held(self, change: ChangeFile, report: SyncReport) -> bool:
        """A file that would delete more than a handful of measures (removed, or put into
        the recycle bin) is applied only once a person confirmed it: one forged or mistaken
        file must not empty everybody's workspace without a question. Later files of its
        writer wait behind it, as order requires."""
        gone = {
            op.row_id
            for op in change.ops
            if op.entity == "measures"
            and (op.op == "delete" or (op.field == "deleted_at" and op.value != "null"))
        }
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
                conn,
                f"held:{change.replica}/{change.seq}",
                tr(
                    "Änderungsdatei {value} von Rechner {value2} würde {n_gone} Maßnahmen löschen. Sie wird erst übernommen, wenn das jemand bestätigt (Synchronisation → „Zurückgehaltene Löschungen übernehmen …“ oder „workbench sync PFAD --accept-deletions {value2}/{seq}“)."
                ).format(
                    value=file_name(change.seq),
                    value2=change.replica[:8],
                    n_gone=len(gone),
                    seq=change.seq,
                ),
                report,
            )
        if (change.replica, change.seq, len(gone)) not in report.held:  # met again next pass
            report.held.append((change.replica, change.seq, len(gone)))
        return True

    def _read_info(self, info: PurePosixPath) -> bytes:
        """workspace.json, from the workspace's own copy where the place vouches by its
        version (a server's ETag, from this sync's one listing) that it is unchanged: a
        sync that finds nothing new sends one request, in every process."""
        version = self.place.version(info) if self.place.versions_are_reliable else ""
        if version:
            with self.ws.engine.connect() as conn:
                kept = json.loads(capture.state_get(conn, INFO_COPY) or "{}")
            if kept.get("version") == version and isinstance(kept.get("data"), str):
                return str(kept["data"]).encode("utf-8")
        raw = self.place.read(info, MAX_INFO_BYTES)
        if version:
            try:
                copy = json.dumps({"version": version, "data": raw.decode("utf-8")})
            except UnicodeDecodeError:
                return raw  # not kept: its reader names what is wrong with it
            with self.ws.engine.begin() as conn:
                capture.state_set(conn, INFO_COPY, copy)
        return raw

    # -- one synchronisation ----------------------------------------------------------
    def sync(self) -> SyncReport:
        try:
            return self._sync()
        finally:
            self.place.end()

    def _sync(self) -> SyncReport:
        report = SyncReport()
        try:
            self.place.begin(self.base)
            report.published = self._prepare()
            with self.ws.engine.begin() as conn:
                member = is_member(conn)
            if not member:
                report.from_snapshot = self._join(report)
                with self.ws.engine.begin() as conn:
                    if not is_member(conn):
                        return report
            try:
                self._check_clock(report)
                self._check_identity(report)
                self._export_all(report)
                self._prove_clock(report)
            except OSError as exc:
                # A read-only share still brings the others' changes; ours stay in the
                # outbox and go out with the first sync that may write.
                if not (
                    _is_read_only(exc) and self.place.kind(self.base / "workspace.json") == FILE
                ):
                    raise
                with self.ws.engine.begin() as conn:
                    waiting = capture.pending_count(conn)
                mine = (
                    tr("von diesem Rechner wartet nichts.")
                    if not waiting
                    else (
                        tr(
                            "1 eigene Änderung wartet hier und wird gesendet, sobald der Ordner wieder beschreibbar ist."
                        )
                        if waiting == 1
                        else tr(
                            "{n} eigene Änderungen warten hier und werden gesendet, sobald der Ordner wieder beschreibbar ist."
                        ).format(n=waiting)
                    )
                )
                report.read_only = tr(
                    "Der gemeinsame Ordner „{root}“ ist schreibgeschützt ({value}). Die Änderungen der anderen werden übernommen; {mine}"
                ).format(root=self.root, value=exc.strerror or exc, mine=mine)
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
                        self._report_once(
                            conn,
                            f"upkeep:{exc.errno}",
                            tr(
                                "Der gemeinsame Ordner ließ sich nicht aufräumen ({value}); nächster Versuch morgen."
                            ).format(value=exc.strerror or exc),
                            report,
                        )
        except SyncError:
            raise
        except FolderOffline as exc:
            report.offline = str(exc)
        except OSError as exc:
            report.offline = tr(
                "Der gemeinsame Ordner „{root}“ ist nicht erreichbar ({value}). Werkbank arbeitet weiter und gleicht später ab; nichts geht verloren."
            ).format(root=self.root, value=exc.strerror or exc)
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
    def _apply_file(
        self, change: ChangeFile, report: SyncReport, writer_clock: Callable[[], int | None]
    ) -> bool:
        with self.ws.engine.begin() as conn:
            clock = capture.load_clock(conn)
            # Stamps were checked when the file was read; fixed width, so the greatest
            # text is the latest stamp, and that one decides both checks below.
            newest = Stamp.parse(max(op.hlc for op in change.ops)) if change.ops else None
            if (
                newest is not None
                and clock.too_far_ahead(newest)
                and not self._clock_put_right(conn, change, newest, clock, writer_clock, report)
            ):
                applies = when(newest.wall_ms - MAX_FUTURE_MS)
                self._report_once(
                    conn,
                    f"future:{change.replica}/{change.seq}",
                    tr(
                        "Änderungsdatei {value} von Rechner {value2} ist auf {value3} gestempelt, mehr als einen Tag in der Zukunft der Uhr dieses Rechners ({value4}): zurückgehalten bis {value5}, spätere Dateien von Rechner {value2} warten dahinter. Die Uhr von Rechner {value2} ging vermutlich vor; geht die Uhr dieses Rechners nach, bitte sie stellen."
                    ).format(
                        value=file_name(change.seq),
                        value2=change.replica[:8],
                        value3=when(newest.wall_ms),
                        value4=when(clock.now()),
                        value5=applies,
                    ),
                    report,
                )
                if not any(p[:2] == (change.replica, change.seq) for p in report.postponed):
                    report.postponed.append((change.replica, change.seq, applies))
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
            if (
                conn.execute(
                    update(sync_applied)
                    .where(sync_applied.c.replica == change.replica)
                    .values(seq=change.seq)
                ).rowcount
                == 0
            ):
                conn.execute(insert(sync_applied).values(replica=change.replica, seq=change.seq))
            if merger.refused:
                op, why = merger.refused[0]
                more = len(merger.refused) - 1
                self._report_once(
                    conn,
                    f"refused:{change.replica}/{change.seq}",
                    tr(
                        "Änderungsdatei {value} von Rechner {value2}: {value3} nicht übernommen, z. B. {value4}, Feld „{value5}“: der Wert {why}{value6}. Die übrigen Änderungen wurden übernommen; bitte den Absender prüfen."
                    ).format(
                        value=file_name(change.seq),
                        value2=change.replica[:8],
                        value3=plural(len(merger.refused), tr("Änderung"), tr("Änderungen")),
                        value4=entity_label(op.entity),
                        value5=field_label(op.field),
                        why=why,
                        value6=tr(" (und {more} weitere)").format(more=more) if more else "",
                    ),
                    report,
                )
            report.files_applied += 1
            report.ops_applied += merger.applied
            report.conflicts += merger.conflicts
            report.touched |= merger.touched
        return True

    def _clock_put_right(
        self,
        conn: Connection,
        change: ChangeFile,
        newest: Stamp,
        clock: HybridClock,
        writer_clock: Callable[[], int | None],
        report: SyncReport,
    ) -> bool:
        """Whether a file stamped far in the future is taken now all the same: its writer's
        clock was wrong for a while and is right again – its newest file was written at a
        time this laptop's clock agrees with (SYNC.md rule 9) – and the stamps lie at most
        MAX_RELEASE_MS ahead. Then holding would cut that laptop off for days although
        nothing is wrong any more; its stamps stay as they are (every laptop merges the
        same), so its values from that time win over others' edits until then."""
        if newest.wall_ms - clock.now() > MAX_RELEASE_MS:
            return False
        written = writer_clock()
        if written is None or clock.too_far_ahead(Stamp(written, 0)):
            return False
        self._report_once(
            conn,
            f"released:{change.replica}/{newest.text()[:10]}",
            tr(
                "Rechner {value} stempelte Änderungen bis {value2}, weil seine Uhr zeitweise vorging; sie geht wieder richtig, daher sind seine Änderungen übernommen. Was dort in dieser Zeit geändert wurde, gilt bis {value2} vor gleichzeitigen Änderungen anderer Rechner."
            ).format(value=change.replica[:8], value2=when(newest.wall_ms)),
            report,
        )
        return True


def adopt_workspace(ws: Workspace, workspace_id: str) -> None:
    """Make an empty new workspace a member of an existing shared one (joining)."""
    from workbench.store.meta import workspace_meta

    with ws.engine.begin() as conn:
        conn.execute(
            update(workspace_meta)
            .where(workspace_meta.c.key == "workspace_id")
            .values(value=workspace_id)
        )
