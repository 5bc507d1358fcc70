"""What the other laptops wrote into the share, taken in: their change files found,
read, checked and applied in order (a file only after the files it depends on, its
version vector), so a row's insert always comes before edits to it; how one file's
operations merge into the workspace is in :mod:`workbench.sync.merge`. A file that
would delete many measures waits for a person; one stamped far in the future waits
for the clock (docs/SYNC.md rules 4, 9 and 15)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import PurePosixPath
from typing import Any

from sqlalchemy import Connection, insert, update

from workbench.formats import plural
from workbench.i18n import tr
from workbench.model.labels import entity_label, field_label
from workbench.store.sync_tables import sync_applied
from workbench.sync import capture
from workbench.sync.clock import MAX_FUTURE_MS, MAX_RELEASE_MS, HybridClock, Stamp, when
from workbench.sync.files import (
    COPY,
    MAX_FILE_BYTES,
    NAME,
    UUID,
    ChangeFile,
    ChangeFileError,
    Op,
    file_name,
)
from workbench.sync.merge import Merger, grouped
from workbench.sync.place import DIR, FILE, LINK
from workbench.sync.report import SyncReport
from workbench.sync.share import Share
from workbench.sync.snapshots import Snapshots

#: A change file deleting more measures than this waits for a person's confirmation.
MASS_DELETE_MEASURES = 5

#: The change files refused for good ("replica/name" → the version they were refused
#: at): not fetched or unpacked again until they change (a bomb costs once, not every 3 s).
SET_ASIDE = "set_aside"


def held_key(replica: str, seq: int) -> str:
    """The sync_state key of a file held back for its deletions."""
    return f"held:{replica}/{seq}"


class Incoming:
    """Applies the other laptops' change files that are ready."""

    def __init__(self, share: Share, snapshots: Snapshots) -> None:
        self.share = share
        self.snapshots = snapshots

    def _scan(self, report: SyncReport) -> dict[str, dict[int, PurePosixPath]]:
        """The change files per other replica; anything else is reported once."""
        share = self.share
        found: dict[str, dict[int, PurePosixPath]] = {}
        with share.ws.engine.begin() as conn:
            for item in share.place.listing(share.base):
                if item.name not in ("workspace.json", "changes", "snapshots", "files"):
                    share.report_once(
                        conn,
                        f"foreign:{item.name}",
                        tr("Fremde Datei im gemeinsamen Ordner ignoriert: {name}").format(
                            name=item.name
                        ),
                        report,
                    )
            replica_dirs = share.place.listing(share.base / "changes")
            for replica_dir in replica_dirs:
                if replica_dir.kind == LINK:  # could lead out of the shared folder
                    share.report_once(
                        conn,
                        f"link:changes/{replica_dir.name}",
                        tr("Verknüpfung im gemeinsamen Ordner ignoriert: changes/{name}").format(
                            name=replica_dir.name
                        ),
                        report,
                    )
                elif not (replica_dir.kind == DIR and UUID.fullmatch(replica_dir.name)):
                    share.report_once(
                        conn,
                        f"foreign:changes/{replica_dir.name}",
                        tr("Fremder Eintrag ignoriert: changes/{name}").format(
                            name=replica_dir.name
                        ),
                        report,
                    )
                elif replica_dir.name != share.replica:
                    found[replica_dir.name] = self._files_of(conn, replica_dir.name, report)
            # which laptops take part, for the window (it never lists the share itself)
            seen = json.dumps(
                [e.name for e in replica_dirs if e.kind == DIR and UUID.fullmatch(e.name)]
            )
            if capture.state_get(conn, "replicas_seen") != seen:  # no write on every sync
                capture.state_set(conn, "replicas_seen", seen)
        return found

    def _files_of(self, conn: Any, replica: str, report: SyncReport) -> dict[int, PurePosixPath]:
        """The change files in *replica*'s folder by number; copies, links and foreign
        files reported once."""
        share = self.share
        folder = share.base / "changes" / replica
        entries = share.place.listing(folder)
        sizes = {e.name: e.size for e in entries if e.kind == FILE}
        files: dict[int, PurePosixPath] = {}
        for entry in entries:
            name = entry.name
            if entry.kind == LINK:
                share.report_once(
                    conn,
                    f"link:{replica}/{name}",
                    tr("Verknüpfung ignoriert: changes/{name}/{name2}").format(
                        name=replica, name2=name
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
                share.report_once(
                    conn,
                    f"foreign:{replica}/{name}",
                    tr("Fremde Datei ignoriert: changes/{name}/{name2}").format(
                        name=replica, name2=name
                    ),
                    report,
                )
        return files

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
                and self.share.place.read(original, MAX_FILE_BYTES)
                == self.share.place.read(path, MAX_FILE_BYTES)
            )
        except (OSError, ValueError):
            return  # locked or gone right now; looked at again next time
        what = (
            tr("eine identische Kopie")
            if same
            else tr("eine ABWEICHENDE Kopie – bitte prüfen, welches Programm sie angelegt hat")
        )
        self.share.report_once(
            conn,
            f"copy:{path.parent.name}/{path.name}:{same}",
            tr("{name} ist {what} von {value} (ignoriert).").format(
                name=path.name, what=what, value=file_name(seq)
            ),
            report,
        )

    def take(self, report: SyncReport, caught_up: bool = False) -> None:
        """Apply every change file that is ready, replica by replica, in order. A laptop
        that was away while the files it needs were tidied away catches up from a
        snapshot, keeping what it has not sent yet."""
        share = self.share
        found = self._scan(report)
        with share.ws.engine.connect() as conn:
            aside: dict[str, str] = json.loads(capture.state_get(conn, SET_ASIDE) or "{}")
        writers = {r: self._writer_clock(r, files) for r, files in found.items()}
        progress = True
        while progress:
            progress = False
            for replica, files in found.items():
                with share.ws.engine.begin() as conn:
                    applied = share.vector(conn)
                nxt = applied.get(replica, 0) + 1
                path = files.get(nxt)
                if path is None:
                    continue
                change = self._fetch(replica, nxt, path, aside, report)
                if change is None:
                    continue
                if any(applied.get(r, 0) < s for r, s in change.seen.items() if r != share.replica):
                    continue  # it builds on files this laptop has not got yet
                if self._held(change, report):
                    continue  # deletes many measures: waits for a person to confirm
                if self._apply_file(change, report, writers[replica]):
                    progress = True
        with share.ws.engine.connect() as conn:
            applied = share.vector(conn)
        gaps = {
            r: min(files)
            for r, files in found.items()
            if files and applied.get(r, 0) + 1 < min(files)
        }
        if gaps and not caught_up and self.snapshots.catch_up(gaps, report):
            return self.take(report, caught_up=True)
        if gaps:
            self._say_gone(gaps, report)
        report.waiting = sum(
            1 for r, files in found.items() for s in files if s > applied.get(r, 0)
        )

    def _fetch(
        self,
        replica: str,
        seq: int,
        path: PurePosixPath,
        aside: dict[str, str],
        report: SyncReport,
    ) -> ChangeFile | None:
        """Change file *seq* of *replica*, read and checked to belong here (None: refused,
        said once, and set aside until it changes; or set aside before and unchanged)."""
        share = self.share
        key = f"{replica}/{path.name}"
        if key in aside and aside[key] == share.place.version(path):
            return None  # refused before and unchanged since: not fetched again
        try:
            change = share.read_change(path, replica, seq)
            if change.replica != replica or change.seq != seq:
                raise ChangeFileError(
                    tr(
                        "Änderungsdatei „{name}“ gehört nicht an diese Stelle (Absender oder Nummer passt nicht)."
                    ).format(name=path.name)
                )
            if change.workspace != share.ws.workspace_id:
                raise ChangeFileError(
                    tr("Änderungsdatei „{name}“ stammt aus einer anderen Arbeitsmappe.").format(
                        name=path.name
                    )
                )
        except ChangeFileError as exc:
            with share.ws.engine.begin() as conn:
                share.report_once(conn, f"bad:{replica}/{path.name}:{exc}", str(exc), report)
                version = "" if exc.passing else share.place.version(path)
                if version:  # set aside until the file changes
                    aside[key] = version
                    capture.state_set(conn, SET_ASIDE, json.dumps(aside))
            return None
        return change

    def _say_gone(self, gaps: dict[str, int], report: SyncReport) -> None:
        """Files this laptop needs were tidied away and no snapshot reaches them."""
        with self.share.ws.engine.begin() as conn:
            for replica, first_seq in gaps.items():
                first = file_name(first_seq)
                self.share.report_once(
                    conn,
                    f"gone:{replica}/{first}",
                    tr(
                        "Die Änderungen von Rechner {value} vor {first} sind im gemeinsamen Ordner schon aufgeräumt, aber auf diesem Rechner nicht angekommen. Bitte die Arbeitsmappe als neue, leere Arbeitsmappe erneut beitreten."
                    ).format(value=replica[:8], first=first),
                    report,
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
                    known.append(self.share.read_change(files[newest], replica, newest).written)
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
        with self.share.ws.engine.begin() as conn:
            if capture.state_get(conn, key) == "accepted":
                capture.state_set(conn, key, "done")
                return False
            if capture.state_get(conn, key) == "done":
                return False
            capture.state_set(conn, key, str(len(gone)))
            self.share.report_once(
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

    # -- merge ------------------------------------------------------------------
    def _apply_file(
        self, change: ChangeFile, report: SyncReport, writer_clock: Callable[[], int | None]
    ) -> bool:
        """Merge *change* into the workspace in one transaction (False: it waits for the
        clock)."""
        with self.share.ws.engine.begin() as conn:
            clock = capture.load_clock(conn)
            # Stamps were checked when the file was read; fixed width, so the greatest
            # text is the latest stamp, and that one decides both checks below.
            newest = Stamp.parse(max(op.hlc for op in change.ops)) if change.ops else None
            if (
                newest is not None
                and clock.too_far_ahead(newest)
                and not self._clock_put_right(conn, change, newest, clock, writer_clock, report)
            ):
                self._postpone(conn, change, newest, clock, report)
                return False
            raw = conn.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            merger = Merger(conn, raw.cursor(), change, self.share.replica)
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
                self._say_refused(conn, change, merger.refused, report)
            report.files_applied += 1
            report.ops_applied += merger.applied
            report.conflicts += merger.conflicts
            report.touched |= merger.touched
        return True

    def _postpone(
        self,
        conn: Connection,
        change: ChangeFile,
        newest: Stamp,
        clock: HybridClock,
        report: SyncReport,
    ) -> None:
        """*change* is stamped more than a day ahead of this clock: it waits."""
        applies = when(newest.wall_ms - MAX_FUTURE_MS)
        self.share.report_once(
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

    def _say_refused(
        self,
        conn: Connection,
        change: ChangeFile,
        refused: list[tuple[Op, str]],
        report: SyncReport,
    ) -> None:
        """Operations of *change* whose values did not fit were left out: said once."""
        op, why = refused[0]
        more = len(refused) - 1
        self.share.report_once(
            conn,
            f"refused:{change.replica}/{change.seq}",
            tr(
                "Änderungsdatei {value} von Rechner {value2}: {value3} nicht übernommen, z. B. {value4}, Feld „{value5}“: der Wert {why}{value6}. Die übrigen Änderungen wurden übernommen; bitte den Absender prüfen."
            ).format(
                value=file_name(change.seq),
                value2=change.replica[:8],
                value3=plural(len(refused), tr("Änderung"), tr("Änderungen")),
                value4=entity_label(op.entity),
                value5=field_label(op.field),
                why=why,
                value6=tr(" (und {more} weitere)").format(more=more) if more else "",
            ),
            report,
        )

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
        self.share.report_once(
            conn,
            f"released:{change.replica}/{newest.text()[:10]}",
            tr(
                "Rechner {value} stempelte Änderungen bis {value2}, weil seine Uhr zeitweise vorging; sie geht wieder richtig, daher sind seine Änderungen übernommen. Was dort in dieser Zeit geändert wurde, gilt bis {value2} vor gleichzeitigen Änderungen anderer Rechner."
            ).format(value=change.replica[:8], value2=when(newest.wall_ms)),
            report,
        )
        return True
