"""The whole file: the demo, the canonical dump, the check, the rescue of a damaged file.

These are the command line's ``demo``, ``dump``, ``check`` and ``rescue``. ``dump`` and
``check`` run against big workspaces, so this module imports little: what the commands
need is imported when they run."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from workbench.i18n import tr
from workbench.services.findings import Finding, Severity
from workbench.services.workspaces import AnyWorkspace, read, store_of


def create_demo_workspace(path: str | Path) -> int:
    """A new demo workspace at *path*; how many measures it holds."""
    from workbench.services.measure_list import measure_rows
    from workbench.store.demo import create_demo

    ws = create_demo(path)
    try:
        return len(read(ws, measure_rows))
    finally:
        ws.close()


def write_dump(ws: AnyWorkspace, out: TextIO) -> None:
    """The canonical JSON of *ws*, streamed into *out* (store.dump: memory stays flat)."""
    from workbench.store.dump import write_dump as write

    with store_of(ws).session() as session:
        write(session, out)


def check(ws: AnyWorkspace) -> list[Finding]:
    """What ``check`` finds: what opening the file removed (a warning – it is gone, the
    backup has it), then every problem of the data."""
    from workbench.services.check import check_workspace

    removed = [
        Finding(
            Severity.WARNING,
            tr("Aufbau der Datei"),
            tr(
                "{what} hat Werkbank nicht angelegt; beim Öffnen entfernt (Sicherung: „{backup}“)."
            ).format(what=what, backup=store_of(ws).backup_path),
        )
        for what in store_of(ws).removed_objects
    ]
    return removed + read(ws, check_workspace)


def first_wrong_type(ws: AnyWorkspace) -> Finding | None:
    """The first stored value of a wrong type, if any (why a command met an error); the
    question never hides the first error."""
    from workbench.services.check import wrong_types

    try:
        found = read(ws, wrong_types, most=1)
    except Exception:
        return None
    return found[0] if found else None


def rescue(
    source: Path, target: Path, progress: Callable[[int, int, str], None] | None = None
) -> str:
    """What is readable of *source* copied into a new workspace *target*; what came over,
    in words (WorkspaceError where nothing could be read)."""
    from workbench.store.rescue import rescue as copy_readable

    return copy_readable(source, target, progress).describe()
