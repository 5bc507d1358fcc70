"""The same WebDAV sync against Apache's mod_dav, a server of different make (no infinite
depth, its own MOVE and If-None-Match): laptops converge, copies never overwrite each
other's file, an Apache that is away is offline and nothing is lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sync.apache_server import ApacheDav, available
from tests.sync.dav_server import PASSWORD, USER
from tests.sync.helpers import SHARED_ID, converge, data
from tests.sync.test_engine import add_frame
from workbench.services import measures
from workbench.services import sync as sync_service
from workbench.services.operations import execute
from workbench.store.workspace import Workspace
from workbench.sync.engine import adopt_workspace

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not available(), reason="Apache (Debian's apache2) is not installed"),
]


@pytest.fixture
def apache():
    server = ApacheDav()
    yield server
    server.close()


def test_laptops_converge_through_apache(tmp_path: Path, apache: ApacheDav) -> None:
    address = sync_service.Server(apache.url, USER)
    a = Workspace.create(tmp_path / "a.werkbank", name="Gemeinsam")
    adopt_workspace(a, SHARED_ID)
    field = add_frame(a)
    execute(a, "neu", measures.create_measure, "Vor dem Teilen", [field])
    sync_service.set_server(a, address, PASSWORD)
    b = Workspace.create(tmp_path / "b.werkbank", name="Gemeinsam")
    sync_service.set_server(b, address, PASSWORD, join=True)
    assert sync_service.sync_now(b).from_snapshot
    execute(b, "neu", measures.create_measure, "Von B", [field])
    execute(a, "neu", measures.create_measure, "Von A", [field])
    converge([a, b])
    assert {m["title"] for m in data(a)["measures"]} == {"Vor dem Teilen", "Von A", "Von B"}
    assert sync_service.connect(address).infinite is False  # Apache lists level by level
    # the copy of A's file writes the same next file name: Apache refuses it, no overwrite
    a.checkpoint()
    copy_path = tmp_path / "kopie.werkbank"
    copy_path.write_bytes(a.path.read_bytes())
    copy = Workspace.open(copy_path)
    execute(a, "neu", measures.create_measure, "Original", [field])
    execute(copy, "neu", measures.create_measure, "Kopie", [field])
    sync_service.sync_now(a)
    assert sync_service.sync_now(copy).new_replica
    converge([a, b, copy])
    assert {"Original", "Kopie"} <= {m["title"] for m in data(b)["measures"]}
    # Apache goes away: offline, the edit waits; back: it arrives
    apache.stop()
    sync_service.connect(address).retries = 0
    execute(a, "neu", measures.create_measure, "Während Apache weg ist", [field])
    assert "nicht erreichbar" in (sync_service.sync_now(a).offline or "")
    apache.start()
    converge([a, b, copy])
    assert "Während Apache weg ist" in {m["title"] for m in data(b)["measures"]}
