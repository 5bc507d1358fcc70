"""The shared folder is untrusted input: forged or broken change files, snapshots and
folder entries are set aside by name; they never stop the sync, never make the workspace
unreadable, and a good file from another laptop still arrives. Each hostile file is
built here."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from tests.sync.helpers import data, make_replicas, sync
from tests.sync.test_engine import add_frame
from workbench.cli import run
from workbench.model import Measure
from workbench.services import measures
from workbench.services import sync as sync_service
from workbench.services.operations import execute
from workbench.store.dump import dump_json
from workbench.sync.clock import Stamp, wall_clock_ms
from workbench.sync.engine import SyncFolder
from workbench.sync.files import ChangeFile, Op, encode, file_name


def _stamp(offset: int = 0) -> str:
    return Stamp(wall_clock_ms() + offset, 0).text()


def _forge(share: Path, ws, ops: list[Op]) -> Path:
    """A change file as laptop *ws* would write it next, carrying *ops* (checksum right)."""
    folder = SyncFolder(ws, share)
    seq = max([0, *folder._seqs(folder.own_folder)]) + 1
    with ws.engine.connect() as conn:
        seen = folder._vector(conn)
    data_, _ = encode(ChangeFile(ws.workspace_id, folder.replica, seq, seen, ops))
    path = folder.own_folder / file_name(seq)
    path.write_bytes(data_)
    return path


@pytest.fixture
def pair(tmp_path):
    share, (a, b) = make_replicas(tmp_path, 2)
    field_id = add_frame(a)
    first, _ = execute(a, "anlegen", measures.create_measure, "Bauakte", [field_id])
    second, _ = execute(a, "anlegen", measures.create_measure, "Kiezbox", [field_id])
    sync(a, share), sync(b, share)
    return share, a, b, first.id, second.id


BAD_VALUES = {
    "kein JSON": ("title", "{kaputt"),
    "JSON-Liste": ("title", "[1, 2]"),
    "Zahl über 64 Bit": ("budget_cents", "99999999999999999999999"),
    "null im Pflichtfeld": ("title", "null"),
    "Text im Datumsfeld": ("start_date", '"gestern"'),
    "unbekannter Status": ("status", '"kaputt"'),
    "Verweis ins Leere": ("phase_id", '"00000000-0000-4000-8000-000000000000"'),
    "unendliche Zahl": ("budget_cents", "1e400"),
}


@pytest.mark.parametrize("case", sorted(BAD_VALUES))
def test_a_bad_value_is_set_aside_by_name_and_nothing_else_stops(pair, case) -> None:
    share, a, b, first, second = pair
    field, value = BAD_VALUES[case]
    good = Op(_stamp(), "measures", second, "set", "title", '"Kiezbox 2.0"')
    path = _forge(share, b, [Op(_stamp(), "measures", first, "set", field, value), good])
    report = sync(a, share)  # never raises
    assert any(path.name in p and "nicht übernommen" in p and
               SyncFolder(b, share).replica[:8] in p for p in report.problems), report.problems
    with a.session() as s:
        assert s.get(Measure, second).title == "Kiezbox 2.0"  # the good one in the same file
        assert s.get(Measure, first).title == "Bauakte"
    with a.session() as s:
        json.loads(dump_json(s))  # the workspace stays readable
    out, err = io.StringIO(), io.StringIO()
    assert run(["measures", "list", str(a.path)], out, err) == 0, err.getvalue()
    # B's next (genuine) edit still arrives
    execute(b, "titel", measures.update_measure, first, {"title": "Bauakte echt"})
    sync(b, share), sync(a, share)
    with a.session() as s:
        assert s.get(Measure, first).title == "Bauakte echt"
    assert sync(a, share).problems == []  # said once


def test_a_new_row_with_a_bad_field_is_set_aside_whole(pair) -> None:
    share, a, b, first, _ = pair
    row = "2f0c6b6e-0000-4000-8000-000000000001"
    stamp = _stamp()
    ops = [Op(stamp, "goals", row, "insert", "measure_id", json.dumps(first)),
           Op(stamp, "goals", row, "insert", "title", '"Ziel"'),
           Op(stamp, "goals", row, "insert", "position", '"erste"')]
    path = _forge(share, b, ops)
    report = sync(a, share)
    assert any(path.name in p for p in report.problems)
    assert data(a)["goals"] == []


def test_a_fifo_a_huge_sparse_file_and_a_linked_folder_are_never_read_or_written(pair) -> None:
    share, a, b, first, _ = pair
    folder = SyncFolder(b, share)
    nxt = max([0, *folder._seqs(folder.own_folder)]) + 1
    os.mkfifo(folder.own_folder / file_name(nxt))  # named like B's next file: reading hangs
    copy = folder.own_folder / f"{nxt:08d} (1).wbc"  # a "sync-client copy", 3 GB sparse
    with open(copy, "wb") as fh:
        fh.truncate(3 * 1024**3)
    report = sync(a, share)
    assert report.offline is None
    assert any(file_name(nxt) in p for p in report.problems), report.problems
    outside = share.parent / "ausserhalb"
    outside.mkdir()
    own = SyncFolder(a, share).own_folder
    for path in own.iterdir():
        path.unlink()
    own.rmdir()
    own.symlink_to(outside)  # A's own folder made a link that leads out of the share
    execute(a, "titel", measures.update_measure, first, {"title": "Durch die Verknüpfung?"})
    with pytest.raises(Exception, match="Verknüpfung"):
        sync(a, share)
    assert list(outside.iterdir()) == []


def test_a_malformed_snapshot_is_named_and_passed_over(tmp_path) -> None:
    from workbench.store.workspace import Workspace
    from workbench.sync.files import pack

    share, (a,) = make_replicas(tmp_path, 1)
    add_frame(a)
    sync(a, share)
    good = SyncFolder(a, share).write_snapshot()
    bodies = {
        "tables als Liste": {"tables": []},
        "Vektor nicht Zahl": {"vector": {SyncFolder(a, share).replica: "viele"}},
        "Zeitstempel kaputt": {"hlc": "gestern"},
        "Zeile zu kurz": {"tables": {"phases": {"columns": ["id", "name"], "rows": [["x"]]}}},
        "Text im Datumsfeld": {"tables": {"measures": {"columns": ["id", "start_date"],
                                                       "rows": [["m", "gestern"]]}}},
        "Uhr kaputt": {"clocks": [["measures", "m", "title", "bald", "r", None]]},
    }
    for n, (case, patch) in enumerate(bodies.items()):
        body = {"format": 2, "workspace": a.workspace_id, "replica": good.parent.name,
                "hlc": Stamp(wall_clock_ms() + 1000 + n, 0).text(), "vector": {},
                "tables": {}, "clocks": [], "tombstones": []} | patch
        payload = json.dumps(body).encode()
        import hashlib

        name = good.with_name(Stamp(wall_clock_ms() + 5000 + n, 0).text() + ".wbs")
        name.write_bytes(pack(hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload))
        late = Workspace.create(tmp_path / f"spaet{n}.werkbank", name="Gemeinsam")
        sync_service.set_folder(late, share, join=True)
        report = sync(late, share)
        assert report.from_snapshot, case  # the good one, older, is taken
        assert any(name.name in p for p in report.problems), (case, report.problems)
        assert data(late) == data(a)
        name.unlink()
    link = good.with_name(Stamp(wall_clock_ms() + 9000, 0).text() + ".wbs")
    link.symlink_to("/dev/zero")
    late = Workspace.create(tmp_path / "spaet-link.werkbank", name="Gemeinsam")
    sync_service.set_folder(late, share, join=True)
    assert sync(late, share).from_snapshot  # the link is never followed
