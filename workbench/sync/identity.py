"""Who writes under this replica id: a laptop knows the change files it wrote (sync_sent).
Own files missing from the folder are written again; an own-id file it did not write
shows a copied workspace file or a restored backup, which then goes on as a new replica
(docs/SYNC.md rule 12)."""

from __future__ import annotations

import uuid

from sqlalchemy import delete, insert, select, update

from workbench.i18n import tr
from workbench.store.sync_tables import (
    sync_applied,
    sync_field_clock,
    sync_outbox,
    sync_sent,
    sync_tombstones,
)
from workbench.sync import capture
from workbench.sync.files import ChangeFileError, file_name
from workbench.sync.outgoing import Outgoing
from workbench.sync.report import SyncReport
from workbench.sync.share import Share


class Identity:
    """Tells this workspace file's own change files from a copy's, and gives a copy an
    identity of its own."""

    def __init__(self, share: Share, outgoing: Outgoing) -> None:
        self.share = share
        self.outgoing = outgoing

    def check(self, report: SyncReport) -> None:
        """Own change files that this workspace file did not write mean a copy of it (or a
        restored older copy) writes to the folder too: this one becomes a new replica and
        takes those files like another laptop's. Own files missing from the folder (a share
        put back from an older copy) are written again, identically."""
        share = self.share
        present = share.seqs(share.own_folder)
        with share.ws.engine.begin() as conn:
            sent = dict(conn.execute(select(sync_sent.c.seq, sync_sent.c.digest)).all())
        newest = max(sent, default=0)
        foreign = [seq for seq in present if seq > newest]
        if foreign and self._adopt_crashed_write(min(foreign)):
            return self.check(report)
        if foreign:
            self.become_new_replica(newest + 1, report)
            return
        for seq in sorted(set(sent) - set(present)):
            try:
                self.outgoing.rewrite(seq)
            except FileExistsError:  # written by someone else meanwhile
                self.become_new_replica(seq, report)
                return

    def _adopt_crashed_write(self, seq: int) -> bool:
        """A file this laptop wrote just before it was killed, before noting it: its
        operations are exactly the next pending ones. Noted now (not a copy)."""
        share = self.share
        try:
            change = share.read_change(share.own_folder / file_name(seq), share.replica, seq)
        except ChangeFileError:
            return False
        with share.ws.engine.begin() as conn:
            if seq != int(capture.state_get(conn, "next_file_seq") or 1):
                return False
            rows = self.outgoing.next_ops(conn, len(change.ops)) if change.ops else []
            if [r.op_of_file() for r in rows] != change.ops:
                return False
            self.outgoing.note_sent(conn, seq, rows, change.seen, change.digest)
        return True

    def become_new_replica(
        self, first_foreign: int, report: SyncReport, retired: bool = False
    ) -> None:
        share = self.share
        old, new = share.replica, str(uuid.uuid4())
        with share.ws.engine.begin() as conn:
            # Files of the old id from first_foreign on are somebody else's now; what this
            # file had put there before stays the old id's history, applied by everyone.
            conn.execute(delete(sync_outbox).where(sync_outbox.c.file_seq < first_foreign))
            conn.execute(
                update(sync_outbox).where(sync_outbox.c.file_seq.is_not(None)).values(file_seq=None)
            )
            conn.execute(
                update(sync_field_clock)
                .where(
                    sync_field_clock.c.replica == old,
                    (sync_field_clock.c.file_seq.is_(None))
                    | (sync_field_clock.c.file_seq >= first_foreign),
                )
                .values(replica=new, file_seq=None)
            )
            conn.execute(
                update(sync_tombstones)
                .where(
                    sync_tombstones.c.replica == old,
                    sync_tombstones.c.row_id.in_(
                        select(sync_outbox.c.row_id).where(sync_outbox.c.op == "delete")
                    ),
                )
                .values(replica=new)
            )
            conn.execute(delete(sync_sent))
            conn.execute(delete(sync_applied).where(sync_applied.c.replica == old))
            if first_foreign > 1:
                conn.execute(insert(sync_applied).values(replica=old, seq=first_foreign - 1))
            capture.state_set(conn, "replica_id", new)
            capture.state_set(conn, "next_file_seq", "1")
            why = (
                tr(
                    "Dieser Rechner ({value}) war aus der gemeinsamen Arbeitsmappe entfernt worden."
                ).format(value=old[:8])
                if retired
                else tr(
                    "Diese Arbeitsmappe ist eine Kopie (oder eine zurückgeholte Sicherung) einer anderen, die unter derselben Kennung {value} in den gemeinsamen Ordner schreibt."
                ).format(value=old[:8])
            )
            share.report_once(
                conn,
                f"new-replica:{new}",
                tr(
                    "{why} Sie schreibt ab jetzt als eigener Rechner {value} und übernimmt die Änderungen der anderen; nichts geht verloren."
                ).format(why=why, value=new[:8]),
                report,
            )
        share.replica = new
        report.new_replica = new
        share.place.makedirs(share.own_folder)
