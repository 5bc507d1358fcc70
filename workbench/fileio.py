"""File modes for documents the user writes: a temporary file (made private by
``tempfile.mkstemp``) gets the mode a file created normally would have before it
replaces the target, so colleagues on a share can open an exported document."""

from __future__ import annotations

import os
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
