"""This workspace in one shared place: where the place is, under which replica id this
laptop writes there, with which keys – what every part of a synchronisation reads
(:mod:`workbench.sync.engine` puts the parts together), and the few questions they all
ask of the place: its change files, the laptops in it, a notice said once."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import PurePosixPath
from typing import Any

from sqlalchemy import insert, select

from workbench.formats import printable
from workbench.i18n import tr
from workbench.store.sync_tables import sync_applied, sync_reported, sync_retired
from workbench.store.workspace import Workspace
from workbench.sync import capture
from workbench.sync.files import MAX_FILE_BYTES, NAME, UUID, ChangeFile, load_file
from workbench.sync.place import DIR, LINK, Place
from workbench.sync.protect import unseal_any
from workbench.sync.report import FOLDER_FORMAT, FolderOffline, SyncError, SyncReport

#: A notice shows at most this much; a name in it at most 100 characters at a stretch.
MAX_NOTICE_CHARS = 1_000
LONG_WORD = re.compile(r"\S{120,}")


class Share:
    """One workspace's membership in one shared place – a folder or a WebDAV server, the
    same files and rules through the :class:`Place` operations."""

    def __init__(self, ws: Workspace, place: Place) -> None:
        self.ws = ws
        self.place = place
        self.label = place.label  # what messages name
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
        self.protection: dict[str, Any] | None = json.loads(protection) if protection else None
        self.format = FOLDER_FORMAT  # of the shared place, once read

    # -- where things are ---------------------------------------------------------------
    @property
    def own_folder(self) -> PurePosixPath:
        return self.base / "changes" / self.replica

    def context(self, replica: str, seq: int) -> str:
        """What a change file's seal is bound to (it cannot be moved to another place)."""
        return f"{self.ws.workspace_id}/{replica}/{seq}"

    def seqs(self, folder: PurePosixPath) -> list[int]:
        """The numbers of the change files in *folder*, in order."""
        return sorted(
            int(m[1]) for e in self.place.listing(folder) if (m := NAME.fullmatch(e.name))
        )

    def replica_dirs(self) -> list[PurePosixPath]:
        """The folder of every laptop that writes change files here."""
        changes = self.base / "changes"
        return [
            changes / d.name
            for d in self.place.listing(changes)
            if UUID.fullmatch(d.name) and d.kind == DIR
        ]

    def first_seqs(self) -> dict[str, int]:
        """Per replica, the lowest change file still in the place."""
        first = {}
        for folder in self.replica_dirs():
            if seqs := self.seqs(folder):
                first[folder.name] = seqs[0]
        return first

    def refuse_links(self) -> None:
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

    # -- reading change files ------------------------------------------------------------
    def unsealer(self, replica: str, seq: int) -> Callable[[bytes], bytes] | None:
        """How to open a change file of a protected place (None: not protected)."""
        if self.key is None:
            return None
        keys, context = self.keys, self.context(replica, seq)
        return lambda blob: unseal_any(keys, blob, context)

    def read_change(self, path: PurePosixPath, replica: str, seq: int) -> ChangeFile:
        """Change file *seq* of *replica* at *path*, decrypted and checked."""
        return load_file(
            lambda: self.place.read(path, MAX_FILE_BYTES), path.name, self.unsealer(replica, seq)
        )

    # -- this laptop's books ---------------------------------------------------------------
    @staticmethod
    def vector(conn: Any) -> dict[str, int]:
        """Per other replica, the newest of its change files applied here."""
        return dict(conn.execute(select(sync_applied.c.replica, sync_applied.c.seq)).all())

    def retired(self) -> set[str]:
        """The laptops removed from the share for good."""
        with self.ws.engine.connect() as conn:
            return set(conn.execute(select(sync_retired.c.replica)).scalars())

    # -- what the user is told ---------------------------------------------------------------
    @staticmethod
    def report_once(conn: Any, key: str, message: str, report: SyncReport) -> None:
        """*message* once (per *key*), as a terminal may show it: names from the share can
        hold control characters (ESC, CR, NUL) or run to thousands of characters."""
        if conn.execute(select(sync_reported.c.key).where(sync_reported.c.key == key)).first():
            return
        message = LONG_WORD.sub(lambda m: m[0][:100] + "…", printable(message, MAX_NOTICE_CHARS))
        conn.execute(insert(sync_reported).values(key=key, message=message))
        report.problems.append(message)

    def say_once(self, key: str, message: str, report: SyncReport) -> None:
        """:meth:`report_once` in a transaction of its own (a notice after a step failed)."""
        with self.ws.engine.begin() as conn:
            self.report_once(conn, key, message, report)

    def offline(self, what: str) -> FolderOffline:
        return FolderOffline(
            tr(
                "Der gemeinsame Ordner „{root}“ {what}. Werkbank arbeitet weiter und gleicht ab, sobald er wieder da ist; nichts geht verloren."
            ).format(root=self.label, what=what)
        )
