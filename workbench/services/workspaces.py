"""The one way the window reaches a workspace: open, create, the demo, where files live.

The window holds an :class:`OpenWorkspace`: a handle whose only doors to the data are
service calls. It has no engine and no session – a widget that tried a raw ``UPDATE``
through it would have written neither undoably nor for the other laptops (issue 28);
now it cannot (tests/test_architecture.py). Services take the handle (or, in the core
and its tests, the store's Workspace itself) and reach the store through
:func:`store_of`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from workbench.store.locations import data_dir, demo_workspace_path, portable_dir
from workbench.store.workspace import SUFFIX, Workspace, WorkspaceError
from workbench.store.workspace import remove_workspace_file as _remove_file

__all__ = [
    "handle_of",
    "is_damage",
    "remove_workspace_file",
    "AnyWorkspace",
    "OpenWorkspace",
    "read",
    "store_of",
    "SUFFIX",
    "WorkspaceError",
    "create_workspace",
    "data_dir",
    "demo_workspace_path",
    "open_demo",
    "open_workspace",
    "portable_dir",
]


class OpenWorkspace:
    """An open workspace as the window holds it: what it is called, where it lies, and
    closing, checkpointing and copying it whole. Everything else is a service call."""

    __slots__ = ("__workspace",)

    def __init__(self, workspace: Workspace) -> None:
        self.__workspace = workspace

    def __repr__(self) -> str:
        return f"OpenWorkspace({str(self.path)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, OpenWorkspace) and self.__workspace is other.__workspace

    def __hash__(self) -> int:
        return id(self.__workspace)

    @property
    def path(self) -> Path:
        return self.__workspace.path

    @property
    def name(self) -> str:
        return self.__workspace.name

    @property
    def workspace_id(self) -> str:
        return self.__workspace.workspace_id

    @property
    def upgraded_from(self) -> str | None:
        """The format it was upgraded from on opening (None: it was current)."""
        return self.__workspace.upgraded_from

    @property
    def backup_path(self) -> Path | None:
        """The copy written before an upgrade or a repair on opening."""
        return self.__workspace.backup_path

    @property
    def removed_objects(self) -> list[str]:
        """What was in the file that Werkbank did not make, removed on opening."""
        return list(self.__workspace.removed_objects)

    def close(self) -> None:
        self.__workspace.close()

    def checkpoint(self, truncate: bool = False) -> None:
        self.__workspace.checkpoint(truncate)

    def save_copy(
        self, target: str | Path, progress: Callable[[int, int], None] | None = None
    ) -> Path:
        workspace = self.__workspace
        if not workspace.is_whole():
            # A page-for-page copy would keep the damage: copy what is readable instead.
            from workbench.store.rescue import rescue

            target = Path(target)
            if target.exists():
                target.unlink()
            rescue(workspace.path, target)
            return target
        return workspace.save_copy(target, progress)

    def _store(self) -> Workspace:
        return self.__workspace


#: What a service accepts: the window's handle, or the store's workspace (core, tests).
AnyWorkspace = Workspace | OpenWorkspace


def store_of(workspace: AnyWorkspace) -> Workspace:
    """The store's workspace behind a handle – for services only (the window's layer may
    not import it, and the handle offers it to no one else by name)."""
    return workspace._store() if isinstance(workspace, OpenWorkspace) else workspace


def handle_of(workspace: AnyWorkspace) -> OpenWorkspace:
    """*workspace* as the window holds it."""
    return workspace if isinstance(workspace, OpenWorkspace) else OpenWorkspace(workspace)


def open_workspace(path: str | Path) -> OpenWorkspace:
    """The workspace file at *path* (WorkspaceError names what is wrong with it)."""
    return OpenWorkspace(Workspace.open(path))


def create_workspace(path: str | Path, name: str = "") -> OpenWorkspace:
    """A new, empty workspace file with the default phases (never over an existing file)."""
    return OpenWorkspace(Workspace.create(path, name))


def open_demo() -> OpenWorkspace:
    """The demo workspace in the user's data folder, created on first use."""
    path = demo_workspace_path()
    if path.exists():
        return OpenWorkspace(Workspace.open(path))
    from workbench.store.demo import create_demo  # it declares every class: only when needed

    return OpenWorkspace(create_demo(path))


T = TypeVar("T")


def read(workspace: AnyWorkspace, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """One service read in its own short session: ``fn(session, *args)``; what comes back
    is the caller's (plain data: rows, choices, CanvasData …), no session outlives it."""
    with store_of(workspace).session() as session:
        return fn(session, *args, **kwargs)


def remove_workspace_file(path: Path) -> None:
    """Delete a workspace file together with SQLite's -wal and -shm files beside it."""
    _remove_file(path)


def is_damage(exc: BaseException) -> bool:
    """Whether *exc* is the database's own complaint about the file (a damaged page met
    on the way, a value of the wrong type): the callers say what to do about it."""
    from sqlalchemy.exc import DatabaseError

    return isinstance(exc, DatabaseError)


def damage_detail(exc: BaseException) -> str:
    """The database's own words about a damaged file (for the German message around them)."""
    return str(getattr(exc, "orig", exc))
