"""This laptop's own change files: the outbox written out in files of a bounded size,
each created only where none of its number is and noted in the transaction that marks
its operations sent (docs/SYNC.md rules 3 and 12); a noted file missing from the place
is written again from what was noted."""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from sqlalchemy import func, insert, select, update

from workbench.store.sync_tables import sync_outbox, sync_sent
from workbench.sync import capture
from workbench.sync.files import ChangeFile, Op, encode, file_name
from workbench.sync.protect import seal
from workbench.sync.share import Share

#: Operations per change file: about 120 bytes each, so a file stays far below what
#: readers accept (files.MAX_FILE_BYTES) even when a large workspace is published.
OPS_PER_FILE = 50_000


class Pending(NamedTuple):
    """One outbox row on its way into a change file."""

    seq: int
    hlc: str
    entity: str
    row_id: str
    op: str
    field: str
    value: str

    def op_of_file(self) -> Op:
        return Op(self.hlc, self.entity, self.row_id, self.op, self.field, self.value)


class Collision(Exception):
    """Another workspace file wrote this laptop's next change file first."""

    def __init__(self, seq: int) -> None:
        super().__init__(seq)
        self.seq = seq


class Outgoing:
    """Writes what this laptop changed into the share, as change files of its replica."""

    def __init__(self, share: Share) -> None:
        self.share = share

    def export(self, advertise: bool = False) -> tuple[int, int]:
        """Write the unexported outbox as change files; return (files, ops).

        A large outbox becomes several files of about OPS_PER_FILE operations each, so
        that none exceeds what readers accept; each file is noted in its own transaction.
        With *advertise* one file is written even without operations: it carries this
        laptop's version vector, which the upkeep of the others waits for. Raises
        :class:`Collision` where a copy of this workspace file wrote that number first.
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

    def next_ops(self, conn: Any, limit: int | None = None) -> list[Pending]:
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

    def note_sent(
        self, conn: Any, seq: int, rows: list[Pending], seen: dict[str, int], digest: str
    ) -> None:
        """Mark *rows* as carried by own file *seq* and note the file."""
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
                    (seq, r.entity, r.row_id, r.field, r.hlc, self.share.replica)
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
        share = self.share
        with share.ws.engine.begin() as conn:
            rows = self.next_ops(conn)
            if not rows and not advertise:
                return None
            seq = int(capture.state_get(conn, "next_file_seq") or 1)
            ops = [r.op_of_file() for r in rows]
            seen = share.vector(conn)
            written = capture.load_clock(conn).now()
            data, digest = encode(
                ChangeFile(share.ws.workspace_id, share.replica, seq, seen, ops, written=written)
            )
            try:
                self.write_own(seq, data)
            except FileExistsError:
                raise Collision(seq) from None
            self.note_sent(conn, seq, rows, seen, digest)
        return len(ops)

    def rewrite(self, seq: int) -> None:
        """Write own change file *seq* again, from what was noted when it was first written."""
        share = self.share
        with share.ws.engine.begin() as conn:
            seen = json.loads(
                conn.execute(select(sync_sent.c.seen).where(sync_sent.c.seq == seq)).scalar_one()
            )
            rows = conn.execute(
                select(
                    sync_outbox.c.hlc,
                    sync_outbox.c.entity,
                    sync_outbox.c.row_id,
                    sync_outbox.c.op,
                    sync_outbox.c.field,
                    sync_outbox.c.value,
                )
                .where(sync_outbox.c.file_seq == seq)
                .order_by(sync_outbox.c.seq)
            ).all()
        change = ChangeFile(share.ws.workspace_id, share.replica, seq, seen, [Op(*r) for r in rows])
        self.write_own(seq, encode(change)[0])

    def write_own(self, seq: int, data: bytes) -> None:
        """Create own change file *seq* (FileExistsError where it is there already)."""
        share = self.share
        if share.key is not None:
            data = seal(share.key, data, share.context(share.replica, seq))
        share.place.create(share.own_folder / file_name(seq), data)

    def newest_sent(self) -> int:
        with self.share.ws.engine.connect() as conn:
            return conn.execute(select(func.max(sync_sent.c.seq))).scalar() or 0
