"""Change files on the shared folder: names, format, checksum, atomic writing, strict reading.

The share is untrusted input (SYNC.md rule 8): only our own file names are read,
every file has a size limit, a checksum over its canonical body and a checked shape;
nothing in a file names a path.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.sync.clock import STAMP_TEXT

FORMAT = 1
SUFFIX = ".wbc"
MAX_FILE_BYTES = 64 * 1024 * 1024
NAME = re.compile(r"(\d{8})\.wbc")
#: Copies that sync clients make of a file: "00000012 (1).wbc", "...conflicted copy...",
#: ".sync-conflict-..." – recognised by starting with a change file's number.
COPY = re.compile(r"(\d{8})[ _.(-].*\.wbc.*|(\d{8})\.wbc\..+|(\d{8})\.sync-conflict.*")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class ChangeFileError(Exception):
    """A change file cannot be used (yet); the message is German and names the file."""


@dataclass(frozen=True)
class Op:
    """One field-level operation: (hlc, replica) decides; value is JSON text."""

    hlc: str
    entity: str
    row_id: str
    op: str  # "set", "insert" or "delete"
    field: str
    value: str


@dataclass(frozen=True)
class ChangeFile:
    workspace: str
    replica: str
    seq: int
    seen: dict[str, int]
    ops: list[Op]

    def body(self) -> dict[str, Any]:
        return {
            "format": FORMAT, "workspace": self.workspace, "replica": self.replica,
            "seq": self.seq, "seen": dict(sorted(self.seen.items())),
            "ops": [[o.hlc, o.entity, o.row_id, o.op, o.field, o.value] for o in self.ops],
        }


def file_name(seq: int) -> str:
    return f"{seq:08d}{SUFFIX}"


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def encode(change: ChangeFile) -> bytes:
    body = change.body()
    body["sha256"] = hashlib.sha256(_canonical(body)).hexdigest()
    return _canonical(body)


def write_atomically(path: Path, data: bytes) -> None:
    """Temporary name in the same folder, flushed to disk, then renamed into place."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def _expect(cond: bool, name: str, what: str) -> None:
    if not cond:
        raise ChangeFileError(f"Änderungsdatei „{name}“: {what}.")


def decode(data: bytes, name: str) -> ChangeFile:
    """Check and read a change file; ChangeFileError says what is wrong with it."""
    _expect(len(data) <= MAX_FILE_BYTES, name, "zu groß")
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ChangeFileError(f"Änderungsdatei „{name}“ ist unvollständig oder beschädigt "
                              "(kein lesbares JSON).") from None
    _expect(isinstance(body, dict), name, "falscher Aufbau")
    checksum = body.pop("sha256", None)
    _expect(isinstance(checksum, str), name, "Prüfsumme fehlt")
    _expect(hashlib.sha256(_canonical(body)).hexdigest() == checksum, name,
            "Prüfsumme stimmt nicht (Datei verändert oder unvollständig)")
    _expect(body.get("format") == FORMAT, name,
            f"Format {body.get('format')!r} ist neuer als diese Werkbank-Version")
    workspace, replica, seq = body.get("workspace"), body.get("replica"), body.get("seq")
    _expect(isinstance(workspace, str) and isinstance(replica, str) and UUID.fullmatch(replica)
            is not None, name, "Absender fehlt")
    _expect(isinstance(seq, int) and seq > 0, name, "Nummer fehlt")
    seen = body.get("seen")
    _expect(isinstance(seen, dict) and all(isinstance(k, str) and UUID.fullmatch(k) and
                                           isinstance(v, int) for k, v in seen.items()),
            name, "Versionsvektor ungültig")
    raw_ops = body.get("ops")
    _expect(isinstance(raw_ops, list), name, "Operationen fehlen")
    ops = []
    for raw in raw_ops:
        _expect(isinstance(raw, list) and len(raw) == 6 and all(isinstance(x, str) for x in raw)
                and raw[3] in ("set", "insert", "delete") and STAMP_TEXT.fullmatch(raw[0]) is not None,
                name, "Operation ungültig")
        ops.append(Op(*raw))
    return ChangeFile(workspace, replica, seq, seen, ops)


def read_file(path: Path, unseal: Callable[[bytes], bytes] | None = None) -> ChangeFile:
    """Read, (for protected folders) decrypt and check one change file."""
    try:
        size = path.stat().st_size
        _expect(size <= MAX_FILE_BYTES, path.name, "zu groß")
        data = path.read_bytes()
    except OSError as exc:
        raise ChangeFileError(f"Änderungsdatei „{path.name}“ ist gerade nicht lesbar "
                              f"({exc.strerror}); nächster Versuch beim nächsten Abgleich.") from exc
    if unseal is not None:
        try:
            data = unseal(data)
        except ValueError as exc:
            raise ChangeFileError(f"Änderungsdatei „{path.name}“ {exc}.") from None
    elif data.startswith(b"WBC-AESGCM"):
        raise ChangeFileError(f"Änderungsdatei „{path.name}“ ist verschlüsselt; für diese "
                              "Arbeitsmappe ist kein Kennwort hinterlegt.")
    return decode(data, path.name)
