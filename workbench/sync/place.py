"""Where the change files live: the few operations the sync engine needs of "a place that
holds change files" (docs/SYNC.md, „Orte“). A shared folder is one place, a WebDAV server
(:mod:`workbench.sync.webdav`) the other; the files, their names and the rules are the
same in both.

Names are relative to the place's root and written with forward slashes
(``PurePosixPath("<workspace-id>/changes/<replica>/00000001.wbc")``): a name never comes
from file content, and it never leaves the root.

Errors: ``FileNotFoundError`` for a name that is not there, ``FileExistsError`` when a
create finds its name taken, ``ValueError`` (German reason) for something that is not a
regular file or is too big, any other ``OSError`` (German ``strerror``) for a place that
cannot be reached or refuses right now: the engine treats those as offline and tries
again later, losing nothing."""

from __future__ import annotations

import errno
import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import NamedTuple

from workbench.sync.files import TMP_MARK, read_pieces, read_regular, write_atomically, write_new

FILE, DIR, LINK, OTHER = "file", "dir", "link", "other"


class Entry(NamedTuple):
    """One name in a listing."""

    name: str
    kind: str  # FILE, DIR, LINK (never followed) or OTHER (a FIFO, a device …)
    size: int
    #: Changes whenever the content may have changed (an ETag; on a disk the modification
    #: time and size); "" where the place does not say.
    version: str
    mtime: float  # seconds since the epoch


log = logging.getLogger(__name__)


class Place:
    """The operations the sync engine uses; see the module's description for errors."""

    #: What messages call the place: a folder's path, a server's address.
    label: str = ""

    def reachable(self) -> bool:
        """Whether the root is there (a folder mounted, a server answering)."""
        raise NotImplementedError

    def kind(self, name: PurePosixPath) -> str | None:
        """FILE, DIR, LINK, OTHER, or None where nothing is."""
        raise NotImplementedError

    def listing(self, name: PurePosixPath) -> list[Entry]:
        """The entries of folder *name*, sorted by name ([] where it is not a folder)."""
        raise NotImplementedError

    def read(self, name: PurePosixPath, limit: int) -> bytes:
        """A regular file's bytes, at most *limit* of them (ValueError otherwise)."""
        raise NotImplementedError

    def pieces(self, name: PurePosixPath, limit: int) -> tuple[int, Iterator[bytes]]:
        """:meth:`read` piece by piece: the size and the bytes (a snapshot of hundreds of
        megabytes is unpacked as it is read, never held whole beside what it unpacks to)."""
        data = self.read(name, limit)
        return len(data), iter([data])

    #: A file's version changes whenever its content does (a server's ETag); a disk's
    #: modification time and size may not (two writes within its clock's resolution).
    versions_are_reliable = False

    def version(self, name: PurePosixPath) -> str:
        """What changes whenever file *name* may have changed ("" where unknown)."""
        return next((e.version for e in self.listing(name.parent) if e.name == name.name), "")

    def create(self, name: PurePosixPath, data: bytes) -> None:
        """A new file, whole or not at all, never over an existing one (FileExistsError)."""
        raise NotImplementedError

    def replace(self, name: PurePosixPath, data: bytes) -> None:
        """Write a file whole, replacing what was there (workspace.json, a snapshot)."""
        raise NotImplementedError

    def delete(self, name: PurePosixPath) -> None:
        """Remove a file; one that is gone already is fine."""
        raise NotImplementedError

    def makedirs(self, name: PurePosixPath) -> None:
        """Make folder *name* and those above it, where missing."""
        raise NotImplementedError

    def now(self, folder: PurePosixPath) -> float | None:
        """The place's own clock (seconds since the epoch) as far as it tells it – a
        server's ``Date``, the time a file server gives a file made in *folder* – or
        None. A laptop compares its clock with it (SYNC.md, rule 9)."""
        return None

    def begin(self, scope: PurePosixPath) -> None:
        """One synchronisation of the workspace in folder *scope* starts: a place may list
        everything below it now (a server: one request instead of one per folder)."""

    def end(self) -> None:
        """The synchronisation is over: what was listed may be stale from now on."""


def _kind_of(mode: int) -> str:
    if stat.S_ISLNK(mode):
        return LINK
    if stat.S_ISDIR(mode):
        return DIR
    if stat.S_ISREG(mode):
        return FILE
    return OTHER


class FolderPlace(Place):
    """A folder on a disk, a share or a stick. Links are named, never followed."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.label = str(self.root)

    def path(self, name: PurePosixPath) -> Path:
        return self.root.joinpath(*name.parts)

    def reachable(self) -> bool:
        return self.root.is_dir()

    def kind(self, name: PurePosixPath) -> str | None:
        try:
            return _kind_of(os.lstat(self.path(name)).st_mode)
        except FileNotFoundError:
            return None
        except NotADirectoryError:
            return None

    def listing(self, name: PurePosixPath) -> list[Entry]:
        folder = self.path(name)
        if folder.is_symlink() or not folder.is_dir():
            return []
        entries = []
        with os.scandir(folder) as found:
            for item in found:
                try:
                    info = item.stat(follow_symlinks=False)
                except FileNotFoundError:
                    continue  # removed while listing
                entries.append(
                    Entry(
                        item.name,
                        _kind_of(info.st_mode),
                        info.st_size,
                        f"{info.st_mtime_ns}:{info.st_size}",
                        info.st_mtime,
                    )
                )
        return sorted(entries)

    def read(self, name: PurePosixPath, limit: int) -> bytes:
        return read_regular(self.path(name), limit)

    def pieces(self, name: PurePosixPath, limit: int) -> tuple[int, Iterator[bytes]]:
        return read_pieces(self.path(name), limit)

    def now(self, folder: PurePosixPath) -> float | None:
        """The modification time of an empty file made in *folder* and removed again: a
        file server stamps it by its own clock (a local disk or a synced folder by this
        laptop's, which then finds nothing wrong)."""
        probe = self.path(folder) / f".zeit{TMP_MARK}{os.getpid()}"
        try:
            fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0))
            try:
                return os.fstat(fd).st_mtime
            finally:
                os.close(fd)
                probe.unlink(missing_ok=True)
        except OSError:  # read-only, away: the clock is compared another time
            return None

    def create(self, name: PurePosixPath, data: bytes) -> None:
        write_new(self.path(name), data)

    def replace(self, name: PurePosixPath, data: bytes) -> None:
        write_atomically(self.path(name), data)

    def delete(self, name: PurePosixPath) -> None:
        self.path(name).unlink(missing_ok=True)

    def makedirs(self, name: PurePosixPath) -> None:
        path = self.path(name)
        try:
            path.mkdir(parents=True, exist_ok=True)
        except FileExistsError:  # a file (or a link to one) where the folder should be
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path)) from None


class CountingPlace(Place):
    """Another place, with the bytes read from it and written to it counted and each file
    logged at DEBUG (its name and size – never its content): one INFO line per sync in
    the log tells what a synchronisation moved (services.sync)."""

    def __init__(self, inner: Place) -> None:
        self.inner = inner
        self.label = inner.label
        self.versions_are_reliable = inner.versions_are_reliable
        self.bytes_read = 0
        self.bytes_written = 0
        self.files_read = 0

    def __getattr__(self, name: str) -> object:  # a place's own attributes (refused, …)
        return getattr(self.inner, name)

    def reachable(self) -> bool:
        return self.inner.reachable()

    def kind(self, name: PurePosixPath) -> str | None:
        return self.inner.kind(name)

    def listing(self, name: PurePosixPath) -> list[Entry]:
        return self.inner.listing(name)

    def read(self, name: PurePosixPath, limit: int) -> bytes:
        data = self.inner.read(name, limit)
        self._was_read(name, len(data))
        return data

    def pieces(self, name: PurePosixPath, limit: int) -> tuple[int, Iterator[bytes]]:
        size, chunks = self.inner.pieces(name, limit)
        self._was_read(name, size)
        return size, chunks

    def _was_read(self, name: PurePosixPath, size: int) -> None:
        self.files_read += 1
        self.bytes_read += size
        log.debug("gelesen: %s (%d Bytes)", name, size)

    def version(self, name: PurePosixPath) -> str:
        return self.inner.version(name)

    def create(self, name: PurePosixPath, data: bytes) -> None:
        self.inner.create(name, data)
        self._was_written(name, len(data))

    def replace(self, name: PurePosixPath, data: bytes) -> None:
        self.inner.replace(name, data)
        self._was_written(name, len(data))

    def _was_written(self, name: PurePosixPath, size: int) -> None:
        self.bytes_written += size
        log.debug("geschrieben: %s (%d Bytes)", name, size)

    def delete(self, name: PurePosixPath) -> None:
        self.inner.delete(name)
        log.debug("gelöscht: %s", name)

    def makedirs(self, name: PurePosixPath) -> None:
        self.inner.makedirs(name)

    def now(self, folder: PurePosixPath) -> float | None:
        return self.inner.now(folder)

    def begin(self, scope: PurePosixPath) -> None:
        self.inner.begin(scope)

    def end(self) -> None:
        self.inner.end()
