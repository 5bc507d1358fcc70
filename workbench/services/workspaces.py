"""The one way the window reaches a workspace: open, create, the demo, where files live,
and the names it needs of the store (the workspace, its errors, a session's type), so
that `workbench.gui` imports neither the store nor SQLAlchemy (pyproject.toml contract)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.exc import SQLAlchemyError as DatabaseError
from sqlalchemy.orm import Session

from workbench.store.locations import data_dir, demo_workspace_path, portable_dir
from workbench.store.workspace import SUFFIX, Workspace, WorkspaceError

__all__ = [
    "read",
    "SUFFIX",
    "DatabaseError",
    "Session",
    "Workspace",
    "WorkspaceError",
    "create_workspace",
    "data_dir",
    "demo_workspace_path",
    "open_demo",
    "open_workspace",
    "portable_dir",
]


def open_workspace(path: str | Path) -> Workspace:
    """The workspace file at *path* (WorkspaceError names what is wrong with it)."""
    return Workspace.open(path)


def create_workspace(path: str | Path, name: str = "") -> Workspace:
    """A new, empty workspace file with the default phases (never over an existing file)."""
    return Workspace.create(path, name)


def open_demo() -> Workspace:
    """The demo workspace in the user's data folder, created on first use."""
    path = demo_workspace_path()
    if path.exists():
        return Workspace.open(path)
    from workbench.store.demo import create_demo  # it declares every class: only when needed

    return create_demo(path)


T = TypeVar("T")


def read(workspace: Workspace, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """One service read in its own short session: ``fn(session, *args)``; what comes back
    is the caller's (plain data: rows, choices, CanvasData …), no session outlives it."""
    with workspace.session() as session:
        return fn(session, *args, **kwargs)
