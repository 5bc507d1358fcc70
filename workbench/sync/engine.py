"""One synchronisation of a workspace with a shared place – a folder or a WebDAV server
(docs/SYNC.md).

Sharing publishes the whole workspace as a snapshot (what was done before sharing is
local history nobody needs); joining starts from a snapshot; after that only change
files travel. The place is never created where a shared one vanished: that is offline.

:class:`PlaceSync` puts the parts together, each a module of its own, all reading the
same :class:`~workbench.sync.share.Share` (where, which replica, which keys):

- :mod:`~workbench.sync.entrance` – workspace.json checked, or the workspace published;
- :mod:`~workbench.sync.clockcheck` – this laptop's clock against the share's;
- :mod:`~workbench.sync.identity` – own files told from a copy's;
- :mod:`~workbench.sync.outgoing` – the outbox written as own change files;
- :mod:`~workbench.sync.incoming` – the others' change files applied in order;
- :mod:`~workbench.sync.snapshots` – joining, catching up, and writing a snapshot;
- :mod:`~workbench.sync.upkeep` – once a day, what nobody needs any more deleted.
"""

from __future__ import annotations

import errno
import logging
from pathlib import Path, PurePosixPath

from sqlalchemy import update

from workbench.i18n import tr
from workbench.store.workspace import Workspace
from workbench.sync import capture
from workbench.sync.clockcheck import ClockCheck
from workbench.sync.entrance import Entrance
from workbench.sync.identity import Identity
from workbench.sync.incoming import Incoming
from workbench.sync.outgoing import Collision, Outgoing
from workbench.sync.place import FILE, FolderPlace, Place
from workbench.sync.report import FolderOffline, SyncError, SyncReport, is_member
from workbench.sync.share import Share
from workbench.sync.snapshots import Snapshots
from workbench.sync.upkeep import Upkeep

log = logging.getLogger(__name__)

#: What a read-only share (or one this user may not write) answers to a write.
READ_ONLY_ERRORS = {errno.EROFS, errno.EACCES, errno.EPERM}


class PlaceSync:
    """One workspace synchronising with one shared place: a folder (a path or a
    FolderPlace) or a WebDAV server (a WebDavPlace), the same files and rules."""

    def __init__(self, ws: Workspace, place: Path | Place) -> None:
        self.share = Share(ws, place if isinstance(place, Place) else FolderPlace(Path(place)))
        self.outgoing = Outgoing(self.share)
        self.snapshots = Snapshots(self.share)
        self.entrance = Entrance(self.share, self.snapshots)
        self.identity = Identity(self.share, self.outgoing)
        self.clock = ClockCheck(self.share, self.outgoing)
        self.incoming = Incoming(self.share, self.snapshots)
        self.upkeep = Upkeep(self.share, self.outgoing, self.snapshots, self.write_snapshot)

    # -- what callers see of the share ------------------------------------------------
    @property
    def place(self) -> Place:
        return self.share.place

    @property
    def label(self) -> str:
        """The place as messages name it."""
        return self.share.label

    @property
    def base(self) -> PurePosixPath:
        return self.share.base

    @property
    def replica(self) -> str:
        return self.share.replica

    @property
    def own_folder(self) -> PurePosixPath:
        return self.share.own_folder

    # -- the use cases -------------------------------------------------------------------
    def publish(self) -> PurePosixPath:
        """Share the workspace in a place that does not hold it yet (entrance.publish)."""
        return self.entrance.publish()

    def export(self, advertise: bool = False) -> tuple[int, int]:
        """Write the outbox as change files (outgoing.export); (files, operations)."""
        return self.outgoing.export(advertise)

    def write_snapshot(self) -> PurePosixPath:
        """Check the place, send what is pending, then write a snapshot of everything."""
        self.entrance.prepare()
        self.outgoing.export()
        return self.snapshots.write()

    def maintain(self, report: SyncReport | None = None, force: bool = False) -> int:
        """The daily upkeep (upkeep.maintain); how many own change files it deleted."""
        return self.upkeep.maintain(report, force)

    def sync(self) -> SyncReport:
        """One whole synchronisation: check, join or send, take in, tidy up. What went
        wrong with the place is in the report (offline, read-only), except a share that
        must not be touched (SyncError)."""
        report = SyncReport()
        try:
            self.place.begin(self.base)
            self._sync(report)
        except FolderOffline as exc:
            report.offline = str(exc)
        except SyncError:
            raise
        except OSError as exc:
            report.offline = tr(
                "Der gemeinsame Ordner „{root}“ ist nicht erreichbar ({value}). Werkbank arbeitet weiter und gleicht später ab; nichts geht verloren."
            ).format(root=self.label, value=exc.strerror or exc)
        finally:
            self.place.end()
        return report

    def _sync(self, report: SyncReport) -> None:
        ws = self.share.ws
        report.published = self.entrance.prepare()
        with ws.engine.begin() as conn:
            member = is_member(conn)
        if not member:
            report.from_snapshot = self.snapshots.join(report)
            with ws.engine.begin() as conn:
                if not is_member(conn):
                    return
        try:
            self.clock.check(report)
            self.identity.check(report)
            self._export_all(report)
            self.clock.prove(report)
        except OSError as exc:
            # A read-only share still brings the others' changes; ours stay in the
            # outbox and go out with the first sync that may write.
            if not (
                exc.errno in READ_ONLY_ERRORS
                and self.place.kind(self.base / "workspace.json") == FILE
            ):
                raise
            report.read_only = self._read_only_notice(exc)
        self.incoming.take(report)
        if self.replica in self.share.retired():
            self.identity.become_new_replica(self.outgoing.newest_sent() + 1, report, retired=True)
            if report.read_only is None:
                self._export_all(report)
        if report.read_only is None:
            self._tidy(report)

    def _read_only_notice(self, exc: OSError) -> str:
        with self.share.ws.engine.begin() as conn:
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
        return tr(
            "Der gemeinsame Ordner „{root}“ ist schreibgeschützt ({value}). Die Änderungen der anderen werden übernommen; {mine}"
        ).format(root=self.label, value=exc.strerror or exc, mine=mine)

    def _tidy(self, report: SyncReport) -> None:
        try:
            self.upkeep.maintain(report)
        except OSError as exc:  # the sync itself went through; tidy up tomorrow
            log.exception("Aufräumen von %s fehlgeschlagen", self.label)
            self.share.say_once(
                f"upkeep:{exc.errno}",
                tr(
                    "Der gemeinsame Ordner ließ sich nicht aufräumen ({value}); nächster Versuch morgen."
                ).format(value=exc.strerror or exc),
                report,
            )

    def _export_all(self, report: SyncReport) -> None:
        try:
            files, ops = self.outgoing.export()
        except Collision as exc:  # a copy of this workspace file wrote that number first
            self.identity.become_new_replica(exc.seq, report)
            files, ops = self.outgoing.export()
        report.files_written += files
        report.ops_exported += ops


def adopt_workspace(ws: Workspace, workspace_id: str) -> None:
    """Make an empty new workspace a member of an existing shared one (joining)."""
    from workbench.store.meta import workspace_meta

    with ws.engine.begin() as conn:
        conn.execute(
            update(workspace_meta)
            .where(workspace_meta.c.key == "workspace_id")
            .values(value=workspace_id)
        )
