"""Replicas of one shared workspace in temporary folders."""

from __future__ import annotations

import json
from pathlib import Path

from workbench.store.workspace import Workspace
from workbench.sync.engine import PlaceSync, adopt_workspace

SHARED_ID = "7d1f0a52-9a3c-4a3e-8f0e-5b9cfa6a0b11"


def make_replicas(tmp: Path, count: int) -> tuple[Path, list[Workspace]]:
    """The first laptop shares a new workspace in the folder, the others join it (as the
    window and the command line do it); nobody has synced yet."""
    from workbench.services.sync import set_folder

    share = tmp / "share"
    share.mkdir()
    replicas = []
    for n in range(count):
        ws = Workspace.create(tmp / f"laptop{n}.werkbank", name="Gemeinsam")
        if n == 0:
            adopt_workspace(ws, SHARED_ID)
        set_folder(ws, share, join=n > 0)
        replicas.append(ws)
    return share, replicas


def sync(ws: Workspace, share: Path):
    """Sync as the window and the command line do (the service, which also checks the
    merged rows), where *share* is the workspace's chosen folder (or it chose a server)."""
    from workbench.services import sync as sync_service

    if sync_service.folder_of(ws) == Path(share).resolve() or sync_service.server_of(ws):
        return sync_service.sync_now(ws)
    return PlaceSync(ws, share).sync()


def data(ws: Workspace) -> dict:
    from workbench.store.dump import dump_json

    with ws.session() as s:
        return json.loads(dump_json(s))


def converge(laptops: list[Workspace], rounds: int = 6) -> None:
    """Every laptop syncs (as the window does) until a round exchanges nothing, each one
    online; then all hold the same data."""
    from workbench.services import sync as sync_service

    for _ in range(rounds):
        reports = [sync_service.sync_now(ws) for ws in laptops]
        assert all(r.offline is None for r in reports), [r.offline for r in reports]
        if not any(r.files_written or r.files_applied for r in reports):
            break
    dumps = [data(ws) for ws in laptops]
    assert all(d == dumps[0] for d in dumps)
