"""The folder upkeep, once a day: stale temporary files, saying what this laptop applied,
a snapshot when the folder has grown, deleting change files nobody needs (its own and
those of laptops removed for good)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import PurePosixPath

from sqlalchemy import delete

from workbench.store.sync_tables import (
    sync_outbox,
    sync_sent,
)
from workbench.sync import capture
from workbench.sync.files import (
    COPY,
    NAME,
    TMP_MARK,
    ChangeFile,
    ChangeFileError,
    file_name,
)
from workbench.sync.outgoing import Outgoing
from workbench.sync.place import FILE
from workbench.sync.report import SyncReport
from workbench.sync.share import Share
from workbench.sync.snapshots import Snapshots

#: A temporary file of this laptop's older than this was left by a killed sync.
STALE_TMP_S = 3600
#: The folder upkeep runs at most this often per laptop (seconds).
MAINTENANCE_INTERVAL_S = 24 * 3600
#: With more change files than this in the folder, the upkeep writes a snapshot, so
#: that older files can go and a new laptop does not replay them all.
SNAPSHOT_AFTER_FILES = 200


class Upkeep:
    """Keeps the share small: what nobody needs any more goes, once a day."""

    def __init__(
        self,
        share: Share,
        outgoing: Outgoing,
        snapshots: Snapshots,
        write_snapshot: Callable[[], PurePosixPath],
    ) -> None:
        self.share = share
        self.outgoing = outgoing
        self.snapshots = snapshots
        #: A snapshot after what is pending went out (the engine's order of steps).
        self.write_snapshot = write_snapshot

    def maintain(self, report: SyncReport | None = None, force: bool = False) -> int:
        """Once a day: say what this laptop has applied, write a snapshot when the folder
        has grown, and delete change files nobody needs any more: its own, and those of
        laptops removed for good. Returns how many of its own it deleted."""
        report = report if report is not None else SyncReport()
        now = time.time()
        with self.share.ws.engine.begin() as conn:
            last = float(capture.state_get(conn, "last_maintenance") or 0)
            if not force and now - last < MAINTENANCE_INTERVAL_S:
                return 0
            # Noted first: if the folder refuses a step, it is tried again tomorrow, not
            # on every sync.
            capture.state_set(conn, "last_maintenance", str(now))
        self._remove_stale_tmp(now)
        self._advertise()
        count = sum(len(self.share.seqs(d)) for d in self.share.replica_dirs())
        if count > SNAPSHOT_AFTER_FILES:
            self.write_snapshot()
        report.pruned = self._prune(self.share.replica)
        for gone in self.share.retired() - {self.share.replica}:
            self._prune(gone)
        return report.pruned

    def _remove_stale_tmp(self, now: float) -> None:
        """Temporary files a killed sync of this laptop left (only this laptop writes here)."""
        for folder in (self.share.own_folder, self.share.base / "snapshots" / self.share.replica):
            for entry in self.share.place.listing(folder):
                if (
                    entry.name.startswith(".")
                    and TMP_MARK in entry.name
                    and entry.kind == FILE
                    and now - entry.mtime > STALE_TMP_S
                ):
                    self.share.place.delete(folder / entry.name)

    def _advertise(self) -> None:
        """Others delete their files only once this laptop's newest file says it applied
        them: if it applied more since, write a change file without operations."""
        with self.share.ws.engine.begin() as conn:
            vector = self.share.vector(conn)
        if not vector:
            return
        said = self._newest_word(self.share.own_folder)
        if said is None or said.seen != vector:
            self.outgoing.export(advertise=True)

    def _newest_word(self, folder: PurePosixPath) -> ChangeFile | None:
        """A replica's newest change file, which says what it had applied (None: none, or
        not readable now)."""
        seqs = self.share.seqs(folder)
        if not seqs:
            return None
        try:
            return self.share.read_change(folder / file_name(seqs[-1]), folder.name, seqs[-1])
        except ChangeFileError:
            return None

    def _prune(self, owner: str) -> int:
        """Delete *owner*'s change files that every other laptop still taking part has
        applied and every snapshot covers; never the newest. *owner* is this laptop, or
        one removed for good (whose files nobody else would ever delete)."""
        folder = self.share.base / "changes" / owner
        mine = self.share.seqs(folder)
        if len(mine) < 2:
            return 0
        bound = mine[-1] - 1  # the newest stays: it tells the others what its writer applied
        retired = self.share.retired()
        for other in self.share.replica_dirs():
            if other.name == owner or (other.name in retired and other.name != self.share.replica):
                continue
            if other.name == self.share.replica:
                with self.share.ws.engine.connect() as conn:
                    bound = min(bound, self.share.vector(conn).get(owner, 0))
                continue
            said = self._newest_word(other)
            if said is None:
                return 0  # a laptop that has not said (readably) what it applied
            bound = min(bound, said.seen.get(owner, 0))
        snapshots = [p for p in self.snapshots.paths() if p.parent.name not in retired]
        if not snapshots:
            return 0  # a laptop joining later would need every file
        vectors = []
        for path in snapshots:
            try:
                vectors.append(self.snapshots.read(path, rows=False)["vector"])
            except (OSError, ValueError, KeyError, TypeError):
                return 0
        # A snapshot that another one covers entirely holds nothing back: a joiner takes
        # the newest snapshot that reaches the files still there.
        for vector in vectors:
            if not any(other is not vector and _covers(other, vector) for other in vectors):
                bound = min(bound, int(vector.get(owner, 0)))
        pruned = 0
        for entry in self.share.place.listing(folder):
            m = NAME.fullmatch(entry.name) or COPY.fullmatch(entry.name)
            if m and int(next(g for g in m.groups() if g)) <= bound:
                self.share.place.delete(folder / entry.name)
                pruned += NAME.fullmatch(entry.name) is not None
        if owner == self.share.replica:
            # What the folder no longer needs is not kept here either.
            with self.share.ws.engine.begin() as conn:
                conn.execute(delete(sync_outbox).where(sync_outbox.c.file_seq <= bound))
                conn.execute(delete(sync_sent).where(sync_sent.c.seq <= bound))
        else:  # a removed laptop's snapshots: the others' reach what its files held
            folder = self.share.base / "snapshots" / owner
            for entry in self.share.place.listing(folder):
                if entry.kind == FILE and entry.name.endswith(".wbs"):
                    self.share.place.delete(folder / entry.name)
        return pruned


def _covers(a: dict[str, int], b: dict[str, int]) -> bool:
    """Whether version vector *a* includes everything *b* does (and is not the same)."""
    return a != b and all(a.get(replica, 0) >= seq for replica, seq in b.items())
