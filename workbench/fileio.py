"""Writing a file the user keeps: whole or not at all (``replace_atomically``), with the
mode a file created normally would have (a temporary file made by ``tempfile.mkstemp``
is private; colleagues on a share could not open an exported document)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def _umask() -> int:
    try:  # Linux names it without changing it (os.umask would, for every thread at once)
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    current = os.umask(0o022)
    os.umask(current)
    return current


def publish_mode(tmp: str | Path, target: Path) -> None:
    """Give *tmp* the mode *target* has (when it exists) or a new file would get."""
    try:
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask()
        os.chmod(tmp, mode)
    except OSError:
        pass  # a file system without modes (FAT, some shares): nothing to give


def replace_atomically(
    target: Path, write: Callable[[Path], None], prefix: str = ".werkbank-"
) -> None:
    """Write *target* whole or not at all: *write* fills a temporary file beside it, which
    is flushed to disk, given the mode a new file would have (or the target's), and then
    renamed over the target. On any error the temporary file goes and the error rises;
    callers name it in their own words. Every file Werkbank writes on the user's disk is
    replaced here; in a shared folder, sync/files.py replaces only workspace.json and
    snapshots (write_atomically) and creates change files by link, never over one."""
    target = Path(target)
    handle, name = tempfile.mkstemp(
        prefix=prefix, suffix=target.suffix or ".tmp", dir=target.parent
    )
    os.close(handle)
    tmp = Path(name)
    try:
        write(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        publish_mode(tmp, target)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_failure(exc: BaseException, folder: Path) -> str:
    """Why writing into *folder* failed, in German, by the real reason: no permission, a
    folder that is missing, a read-only or full disk (a full disk also where a library
    hid the OSError under its own error)."""
    import errno
    import shutil

    from workbench.i18n import tr

    number = getattr(exc, "errno", None)
    if number in (errno.EACCES, errno.EPERM):
        return tr("keine Berechtigung, dort zu schreiben")
    if number == errno.ENOENT:
        if Path(folder).is_dir():  # /proc, a mount that takes no new files
            return tr("in diesem Ordner lassen sich keine Dateien anlegen")
        return tr("den Ordner „{folder}“ gibt es nicht").format(folder=folder)
    if number == errno.EROFS:
        return tr("der Datenträger ist schreibgeschützt")
    if number == errno.ENOSPC:
        return tr("der Datenträger ist voll")
    if number == getattr(errno, "EDQUOT", -1):
        return tr("das Speicherkontingent ist erschöpft")
    if number == errno.EISDIR:
        return tr("dort liegt ein Ordner")
    if number is None and not isinstance(exc, OSError):
        try:  # a library's own error: a full disk is the likely reason where it is full
            usage = shutil.disk_usage(folder)
            if usage.total > 0 and usage.free < 1024 * 1024:
                return tr("der Datenträger ist voll")
        except OSError:
            pass
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
