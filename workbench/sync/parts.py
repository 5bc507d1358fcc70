"""What the parts of :class:`workbench.sync.engine.SyncFolder` (the mixins Identity,
Snapshots and Upkeep, and the engine itself) use of each other, declared once so that
each part type-checks on its own (mypy --strict)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from workbench.store.workspace import Workspace
    from workbench.sync.files import ChangeFile
    from workbench.sync.place import Place
    from workbench.sync.report import FolderOffline, SyncReport


class Pending(NamedTuple):
    """One outbox row on its way into a change file."""

    seq: int
    hlc: str
    entity: str
    row_id: str
    op: str
    field: str
    value: str


class FolderParts:
    """The attributes SyncFolder sets and the methods its parts call across each other."""

    ws: Workspace
    place: Place
    root: str
    base: PurePosixPath
    replica: str
    key: bytes | None
    keys: list[bytes]
    protection: dict[str, Any] | None
    format: int

    if TYPE_CHECKING:  # implemented by SyncFolder or one of its parts

        @property
        def own_folder(self) -> PurePosixPath: ...
        def _context(self, replica: str, seq: int) -> str: ...
        def _offline(self, what: str) -> FolderOffline: ...
        def _prepare(self) -> bool: ...
        def _no_links(self) -> None: ...
        def export(self, advertise: bool = False) -> tuple[int, int]: ...
        def _vector(self, conn: Any) -> dict[str, int]: ...
        def _next_ops(self, conn: Any, limit: int | None = None) -> list[Pending]: ...
        def _note_sent(
            self, conn: Any, seq: int, rows: list[Pending], seen: dict[str, int], digest: str
        ) -> None: ...
        def _report_once(self, conn: Any, key: str, message: str, report: SyncReport) -> None: ...
        def _seqs(self, folder: PurePosixPath) -> list[int]: ...
        def _first_seqs(self) -> dict[str, int]: ...
        def _unsealer(self, replica: str, seq: int) -> Callable[[bytes], bytes] | None: ...
        def _read_snapshot(self, path: PurePosixPath, rows: bool = True) -> dict[str, Any]: ...
        def _snapshot_paths(self) -> list[PurePosixPath]: ...
        def _read_change(self, path: PurePosixPath, replica: str, seq: int) -> ChangeFile: ...
        def write_snapshot(self, prepared: bool = False) -> PurePosixPath: ...
