"""Tables the sync engine keeps in each workspace. Not synced entities: never captured.

- ``sync_state``: this replica's id, its hybrid logical clock, next change-file number.
- ``sync_outbox``: field-level operations written in the same transaction as the edit.
- ``sync_applied``: per replica, the highest change-file number applied (version vector).
- ``sync_field_clock``: per field, the operation that set its current value.
- ``sync_tombstones``: deleted rows, so late edits to them become conflicts.
- ``sync_conflicts``: values that lost against a concurrent change, for the user to review.
- ``sync_reported``: problems already reported once (foreign files, damaged files).
- ``sync_sent``: the change files this replica wrote (number, the vector it carried, the
  checksum of its body), noted before the file is written: a file missing from the folder
  is written again identically, and a file there that this replica did not write shows
  that another workspace file writes under the same replica id (a copy, a restored backup).
- ``sync_retired``: laptops removed from the shared workspace for good.
- ``sync_bin``: measures another laptop deleted for good (not into the recycle bin),
  with everything that belonged to them, so that they can be restored here like a
  measure from the recycle bin.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Column, Integer, MetaData, String, Table, Text

sync_metadata = MetaData()

sync_state = Table(
    "sync_state",
    sync_metadata,
    Column("key", String(50), primary_key=True),
    Column("value", Text, nullable=False),
)

sync_outbox = Table(
    "sync_outbox",
    sync_metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("hlc", String(40), nullable=False),
    Column("entity", String(60), nullable=False),
    Column("row_id", String(36), nullable=False),
    Column("op", String(10), nullable=False),  # "set" or "delete"
    Column("field", String(60), nullable=False),  # "" for delete
    Column("value", Text, nullable=False),  # JSON
    Column("file_seq", Integer, nullable=True, index=True),  # change file that carried it
)

sync_applied = Table(
    "sync_applied",
    sync_metadata,
    Column("replica", String(36), primary_key=True),
    Column("seq", Integer, nullable=False),
)

sync_field_clock = Table(
    "sync_field_clock",
    sync_metadata,
    Column("entity", String(60), primary_key=True),
    Column("row_id", String(36), primary_key=True),
    Column("field", String(60), primary_key=True),
    Column("hlc", String(40), nullable=False),
    Column("replica", String(36), nullable=False),
    Column("file_seq", Integer, nullable=True),  # None while the local op is unexported
)

sync_tombstones = Table(
    "sync_tombstones",
    sync_metadata,
    Column("entity", String(60), primary_key=True),
    Column("row_id", String(36), primary_key=True),
    Column("hlc", String(40), nullable=False),
    Column("replica", String(36), nullable=False),
)


class ConflictKind(StrEnum):
    """What a conflict is (stored as its value in ``sync_conflicts.kind``)."""

    VALUE = "value"  # a value lost against a concurrent change
    DELETED_ROW = "deleted_row"  # an edit of a row deleted elsewhere
    INVALID = "invalid"  # a merged row breaks a rule


sync_conflicts = Table(
    "sync_conflicts",
    sync_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity", String(60), nullable=False),
    Column("row_id", String(36), nullable=False),
    Column("field", String(60), nullable=False),
    Column("kind", String(20), nullable=False),  # a ConflictKind
    Column("kept_value", Text, nullable=True),  # JSON of the value that stayed
    Column("lost_value", Text, nullable=False),  # JSON of the value kept only here
    Column("lost_hlc", String(40), nullable=False),
    Column("lost_replica", String(36), nullable=False),
    Column("resolved", Integer, nullable=False, default=0),
    # The stamp of the value that stayed (None for an edit of a deleted row, or a rule
    # the merged row breaks): with lost_hlc/lost_replica it names the conflict on every
    # laptop alike, so that a resolution made on one reaches all.
    Column("kept_hlc", String(40), nullable=True),
    Column("kept_replica", String(36), nullable=True),
)

sync_reported = Table(
    "sync_reported",
    sync_metadata,
    Column("key", String(300), primary_key=True),
    Column("message", Text, nullable=False),
)

sync_sent = Table(
    "sync_sent",
    sync_metadata,
    Column("seq", Integer, primary_key=True),
    Column("seen", Text, nullable=False),  # JSON of the version vector the file carried
    Column("digest", String(64), nullable=False),  # sha256 of the file's canonical body
)

sync_retired = Table(
    "sync_retired",
    sync_metadata,
    Column("replica", String(36), primary_key=True),
    Column("hlc", String(40), nullable=False),
)

sync_bin = Table(
    "sync_bin",
    sync_metadata,
    Column("row_id", String(36), primary_key=True),  # the measure
    Column("hlc", String(40), nullable=False),  # when it was deleted
    Column("replica", String(36), nullable=False),  # by whom
    Column("data", Text, nullable=False),  # JSON: table → rows (column → value)
)
