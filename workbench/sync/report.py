"""What one synchronisation reports, its errors, and what every part of the engine shares."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from workbench.store.sync_tables import sync_applied
from workbench.sync import capture

#: 2: change files and snapshots are compressed, the base state travels in a snapshot.
FOLDER_FORMAT = 2


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
    #: This sync shared the workspace: its whole state went into the folder as a snapshot.
    published: bool = False
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
    #: Files held back for a stamp far in the future: (replica, seq, applied from when).
    postponed: list[tuple[str, int, str]] = field(default_factory=list)

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


def is_member(conn: Any) -> bool:
    """Whether this workspace takes part in a shared one already (published or joined)."""
    return (
        capture.state_get(conn, "member") == "1"
        or capture.state_get(conn, "next_file_seq") is not None
        or conn.execute(select(sync_applied.c.replica).limit(1)).first() is not None
    )
