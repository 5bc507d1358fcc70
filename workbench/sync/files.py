"""Change files on the shared folder: names, format, checksum, atomic writing, strict reading.

The share is untrusted input (SYNC.md rule 8): only our own file names are read,
every file has a size limit, a checksum over its canonical body and a checked shape;
nothing in a file names a path.
"""

from __future__ import annotations

import errno
import hashlib
import itertools
import json
import os
import re
import stat
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.i18n import tr
from workbench.sync.clock import STAMP_TEXT

#: Format 2 adds the operations "resolve" (a conflict was decided) and "retire" (a laptop
#: was removed); files are compressed. Format 1 files (uncompressed) are still read.
FORMAT = 2
READABLE_FORMATS = (1, 2)
OP_KINDS = {1: ("set", "insert", "delete"), 2: ("set", "insert", "delete", "resolve", "retire")}
SUFFIX = ".wbc"
MAX_FILE_BYTES = 64 * 1024 * 1024
#: What a compressed file may unpack to at the most (a compression bomb stops there), and
#: how many times its packed size (with a floor for small files).
MAX_UNPACKED_BYTES = 512 * 1024 * 1024
MAX_RATIO = 30
MIN_RATIO_LIMIT = 4_000_000
UNPACK_PIECE = 1 << 20
#: Marks a compressed file (zlib); what follows is the compressed body.
PACKED = b"WBZ1"
NAME = re.compile(r"(\d{8})\.wbc")
#: Copies that sync clients make of a file: "00000012 (1).wbc", "...conflicted copy...",
#: ".sync-conflict-..." – recognised by starting with a change file's number.
COPY = re.compile(r"(\d{8})[ _.(-].*\.wbc.*|(\d{8})\.wbc\..+|(\d{8})\.sync-conflict.*")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class ChangeFileError(Exception):
    """A change file cannot be used (yet); the message is German and names the file.
    *passing*: it may be readable next time (locked, gone right now); otherwise it stays
    unusable until the file itself changes."""

    def __init__(self, message: str, passing: bool = False) -> None:
        super().__init__(message)
        self.passing = passing


@dataclass(frozen=True)
class Op:
    """One field-level operation: (hlc, replica) decides; value is JSON text."""

    hlc: str
    entity: str
    row_id: str
    op: str  # "set", "insert", "delete"; "resolve" (value: the conflict's stamps), "retire"
    field: str
    value: str


@dataclass(frozen=True)
class ChangeFile:
    workspace: str
    replica: str
    seq: int
    seen: dict[str, int]
    ops: list[Op]
    digest: str = ""  # the checksum of its body, as read or written
    #: The writer's clock when it wrote the file (ms, corrected by the share's time where
    #: the laptop knows it is wrong): tells the others whether that clock is right now,
    #: whatever stamps the file carries (SYNC.md rule 9). None in files of older versions.
    written: int | None = None

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "format": FORMAT,
            "workspace": self.workspace,
            "replica": self.replica,
            "seq": self.seq,
            "seen": dict(sorted(self.seen.items())),
            "ops": [[o.hlc, o.entity, o.row_id, o.op, o.field, o.value] for o in self.ops],
        }
        if self.written is not None:  # read by older versions as an unknown key
            body["written"] = self.written
        return body


def file_name(seq: int) -> str:
    return f"{seq:08d}{SUFFIX}"


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def encode(change: ChangeFile) -> tuple[bytes, str]:
    """The file's content (compressed) and the checksum of its body."""
    body = change.body()
    digest = body["sha256"] = hashlib.sha256(_canonical(body)).hexdigest()
    return pack(_canonical(body)), digest


def pack(data: bytes) -> bytes:
    """Compress a file's content (change files and snapshots are JSON: 5-10× smaller)."""
    return PACKED + zlib.compress(data, 6)


def unpack(data: bytes, name: str, limit: int = MAX_UNPACKED_BYTES) -> bytes | bytearray:
    """The content of a compressed file (or *data* as it is, for an uncompressed one);
    ValueError when it is damaged or unpacks to more than *limit* bytes or to more than
    ``MAX_RATIO`` times its packed size (JSON packs 4–10 times; a compression bomb
    thousands of times). Unpacked piece by piece into one buffer and stopped at the
    first piece beyond the limit: a bomb costs at most the limit, never what it claims."""
    return unpack_pieces(iter([data]), len(data), name, limit)


#: A snapshot says at its start how many bytes it unpacks to (its checksum's line, then
#: ``{"!bytes":"000000123456",`` – sorted first, fixed width, ignored by older readers).
DECLARED_SIZE = re.compile(rb'[0-9a-f]{64}\n\{"!bytes":"([0-9]{12})"')
DECLARED_PLACEHOLDER = "0" * 12


def unpack_pieces(
    pieces: Iterator[bytes],
    size: int,
    name: str,
    limit: int = MAX_UNPACKED_BYTES,
    declared: bool = False,
) -> bytes | bytearray:
    """:func:`unpack` of a file read piece by piece (*size*: its whole packed size): the
    packed file is never held whole beside what it unpacks to. With *declared* (a
    snapshot) the size the file gives at its start is a limit too: one that claims more
    than the limit is refused at once, one that unpacks to more than it claims as soon
    as it does."""
    first = next(pieces, b"")
    if not first.startswith(PACKED):
        return first + b"".join(pieces)  # uncompressed (format 1): small, read whole
    limit = min(limit, max(MIN_RATIO_LIMIT, (size - len(PACKED)) * MAX_RATIO))
    inflater = zlib.decompressobj()
    out = bytearray()
    chunks: Iterator[bytes | memoryview] = itertools.chain(
        [memoryview(first)[len(PACKED) :]], pieces
    )
    said: int | None = None
    try:
        for chunk in chunks:
            pending = chunk
            while True:
                piece = inflater.decompress(pending, UNPACK_PIECE)
                out += piece
                if declared and said is None and len(out) >= 96:
                    said = _declared_size(out, name, limit)
                    if said > 0:
                        limit = said
                if len(out) > limit:
                    raise _unpacks_to_more(name, limit, said)
                pending = inflater.unconsumed_tail
                if inflater.eof or (not pending and not piece):
                    break
            if inflater.eof:
                break
    except zlib.error:
        raise ValueError(
            tr("„{name}“ ist unvollständig oder beschädigt (nicht entpackbar)").format(name=name)
        ) from None
    if not inflater.eof:
        raise ValueError(tr("„{name}“ ist unvollständig oder beschädigt").format(name=name))
    return out


def _declared_size(start: bytes | bytearray, name: str, limit: int) -> int:
    """The size a snapshot says it unpacks to, from its first bytes (-1: it says none);
    ValueError where that is more than *limit*."""
    match = DECLARED_SIZE.match(start)
    if not match:
        return -1
    said = 65 + int(match[1])
    if said > limit:
        raise ValueError(
            tr(
                "„{name}“ gibt an, zu {value} MB zu entpacken – mehr als die erlaubten {value2} MB"
            ).format(name=name, value=said // 1_000_000, value2=limit // 1_000_000)
        )
    return said


def _unpacks_to_more(name: str, limit: int, said: int | None) -> ValueError:
    """The refusal of a file that unpacks beyond *limit* (the size it said, or the bound)."""
    if said is not None and said == limit:
        return ValueError(
            tr("„{name}“ entpackt zu mehr, als es angibt ({value} Bytes)").format(
                name=name, value=said
            )
        )
    return ValueError(
        tr("„{name}“ entpackt zu mehr als {value} MB").format(name=name, value=limit // 1_000_000)
    )


TMP_MARK = ".tmp-"


def _write_tmp(path: Path, data: bytes) -> Path:
    tmp = path.with_name(f".{path.name}{TMP_MARK}{os.getpid()}")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    return tmp


def write_atomically(path: Path, data: bytes) -> None:
    """Temporary name in the same folder, flushed to disk, then renamed into place."""
    tmp = path.with_name(f".{path.name}{TMP_MARK}{os.getpid()}")
    try:
        tmp = _write_tmp(path, data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


#: What a file system without hard links answers to os.link.
NO_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.ENOSYS}


def write_new(path: Path, data: bytes) -> None:
    """Like write_atomically, but never over an existing file: FileExistsError if *path* is
    there already (two workspace files writing under one replica id must not overwrite
    each other's change files). A hard link is created atomically or not at all; where
    the file system has none, the existence check and the rename are separate steps."""
    tmp = path.with_name(f".{path.name}{TMP_MARK}{os.getpid()}")
    try:
        tmp = _write_tmp(path, data)
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise
        except OSError as exc:
            if exc.errno not in NO_LINKS:
                raise
            if path.exists() or path.is_symlink():
                raise FileExistsError(errno.EEXIST, tr("Datei gibt es schon"), str(path)) from None
            os.rename(tmp, path)  # Windows: refuses an existing target as well
    finally:
        tmp.unlink(missing_ok=True)


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of *path* if it is a regular file (no link, no FIFO or device: reading
    those could hang or never end) of at most *limit* bytes; ValueError otherwise, with
    the reason in German. The size is checked before anything is read."""
    size, pieces = read_pieces(path, limit, limit + 1)
    data = b"".join(pieces)
    if len(data) > limit:
        raise ValueError(tr("ist zu groß"))
    return data


#: What a file read piece by piece is read in (a snapshot: never held whole).
READ_PIECE = 4 * 1024 * 1024


def read_pieces(path: Path, limit: int, piece: int = READ_PIECE) -> tuple[int, Iterator[bytes]]:
    """A regular file of at most *limit* bytes, checked as :func:`read_regular` does before
    anything is read: its size and its bytes piece by piece (the file is closed when the
    pieces are used up, or when the iterator is dropped)."""
    flags = (
        os.O_RDONLY
        | getattr(os, "O_NOFOLLOW", 0)
        | getattr(os, "O_NONBLOCK", 0)
        | getattr(os, "O_BINARY", 0)
    )
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ValueError(tr("ist eine Verknüpfung und wird nicht gelesen")) from None
        raise
    fh = os.fdopen(fd, "rb")
    try:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise ValueError(tr("ist keine gewöhnliche Datei und wird nicht gelesen"))
        if info.st_size > limit:
            raise ValueError(
                tr("ist zu groß ({value} MB, höchstens {value2} MB)").format(
                    value=info.st_size // 1_000_000, value2=limit // 1_000_000
                )
            )
    except BaseException:
        fh.close()
        raise

    def pieces() -> Iterator[bytes]:
        read = 0
        with fh:
            while chunk := fh.read(piece):
                read += len(chunk)
                if read > limit:  # grew since it was measured
                    raise ValueError(tr("ist zu groß"))
                yield chunk

    return info.st_size, pieces()


def _expect(cond: bool, name: str, what: str) -> None:
    if not cond:
        raise ChangeFileError(tr("Änderungsdatei „{name}“: {what}.").format(name=name, what=what))


def decode(data: bytes | bytearray, name: str) -> ChangeFile:
    """Check and read a change file; ChangeFileError says what is wrong with it."""
    _expect(len(data) <= MAX_FILE_BYTES, name, tr("zu groß"))
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ChangeFileError(
            tr(
                "Änderungsdatei „{name}“ ist unvollständig oder beschädigt (kein lesbares JSON)."
            ).format(name=name)
        ) from None
    _expect(isinstance(body, dict), name, tr("falscher Aufbau"))
    checksum = body.pop("sha256", None)
    _expect(isinstance(checksum, str), name, tr("Prüfsumme fehlt"))
    _expect(
        hashlib.sha256(_canonical(body)).hexdigest() == checksum,
        name,
        tr("Prüfsumme stimmt nicht (Datei verändert oder unvollständig)"),
    )
    version = body.get("format")
    _expect(
        version in READABLE_FORMATS,
        name,
        tr("Format {version!r} ist neuer als diese Werkbank-Version").format(version=version),
    )
    workspace, replica, seq = body.get("workspace"), body.get("replica"), body.get("seq")
    _expect(
        isinstance(workspace, str)
        and isinstance(replica, str)
        and UUID.fullmatch(replica) is not None,
        name,
        tr("Absender fehlt"),
    )
    _expect(isinstance(seq, int) and seq > 0, name, tr("Nummer fehlt"))
    seen = body.get("seen")
    _expect(
        isinstance(seen, dict)
        and all(
            isinstance(k, str) and UUID.fullmatch(k) and isinstance(v, int) for k, v in seen.items()
        ),
        name,
        tr("Versionsvektor ungültig"),
    )
    raw_ops = body.get("ops")
    _expect(isinstance(raw_ops, list), name, tr("Operationen fehlen"))
    ops = _ops(raw_ops, OP_KINDS[version], name)
    written = body.get("written")
    _expect(
        written is None or (type(written) is int and 0 <= written < 10**15),
        name,
        tr("Schreibzeit ungültig"),
    )
    return ChangeFile(workspace, replica, seq, seen, ops, checksum, written)


def _ops(raw_ops: list[Any], kinds: tuple[str, ...], name: str) -> list[Op]:
    """A file's operations, each six texts, its kind one of *kinds*, its stamp well formed."""
    ops = []
    stamp = STAMP_TEXT.fullmatch
    for raw in raw_ops:  # unrolled, the check inline: a file holds up to 50,000 operations
        if not (
            type(raw) is list
            and len(raw) == 6
            and type(raw[0]) is str
            and type(raw[1]) is str
            and type(raw[2]) is str
            and type(raw[3]) is str
            and type(raw[4]) is str
            and type(raw[5]) is str
            and raw[3] in kinds
            and stamp(raw[0]) is not None
        ):
            _expect(False, name, tr("Operation ungültig"))
        ops.append(Op(*raw))
    return ops


def read_file(path: Path, unseal: Callable[[bytes], bytes] | None = None) -> ChangeFile:
    """Read, (for protected folders) decrypt and check one change file on a disk."""
    return load_file(lambda: read_regular(path, MAX_FILE_BYTES), path.name, unseal)


def load_file(
    read: Callable[[], bytes], name: str, unseal: Callable[[bytes], bytes] | None = None
) -> ChangeFile:
    """A change file from *read* (which gives its bytes, wherever it lives), decrypted
    and checked; ChangeFileError names what is wrong with it."""
    try:
        data = read()
    except ValueError as exc:
        raise ChangeFileError(
            tr("Änderungsdatei „{name}“ {exc}.").format(name=name, exc=exc)
        ) from None
    except OSError as exc:
        raise ChangeFileError(
            tr(
                "Änderungsdatei „{name}“ ist gerade nicht lesbar ({strerror}); nächster Versuch beim nächsten Abgleich."
            ).format(name=name, strerror=exc.strerror),
            passing=True,
        ) from exc
    if unseal is not None:
        try:
            data = unseal(data)
        except ValueError as exc:
            raise ChangeFileError(
                tr("Änderungsdatei „{name}“ {exc}.").format(name=name, exc=exc)
            ) from None
    elif data.startswith(b"WBC-AESGCM"):
        raise ChangeFileError(
            tr(
                "Änderungsdatei „{name}“ ist verschlüsselt; für diese Arbeitsmappe ist kein Kennwort hinterlegt."
            ).format(name=name)
        )
    try:
        unpacked = unpack(data, name)
    except ValueError as exc:
        raise ChangeFileError(tr("Änderungsdatei {exc}.").format(exc=exc)) from None
    del data
    return decode(unpacked, name)
