"""Compression bombs in the share: a change file of half a megabyte that unpacks to 500 MB,
a snapshot of one megabyte that unpacks to a gigabyte. Each is refused within seconds in a
real process that stays under 300 MB, and a refused change file is set aside until it
changes – not fetched and unpacked again at every sync."""

from __future__ import annotations

import subprocess
import sys
import time
import zlib
from pathlib import Path, PurePosixPath

import pytest

from tests.sync.helpers import make_replicas, sync
from tests.sync.test_engine import add_frame
from workbench.services import measures
from workbench.services.operations import execute
from workbench.store.workspace import Workspace
from workbench.sync.engine import PlaceSync
from workbench.sync.files import PACKED, file_name
from workbench.sync.place import FolderPlace

#: real processes: `make test` runs these, `make test-fast` does not
pytestmark = pytest.mark.slow

MB = 1_000_000


def bomb(size: int) -> bytes:
    """A packed file of *size* zero bytes, made piece by piece (it never exists whole)."""
    packer = zlib.compressobj(9)
    zero = bytes(1 << 20)
    pieces = [PACKED, *(packer.compress(zero) for _ in range(size >> 20)), packer.flush()]
    return b"".join(pieces)


def sync_in_a_process(path: Path) -> tuple[str, int, float]:
    """`workbench sync PATH` in a process of its own: what it printed, its peak memory
    (MB) and how long it took."""
    # VmHWM: the peak of this process's own memory (ru_maxrss keeps the forking
    # parent's peak across exec on Linux, here the test worker's)
    script = (
        "import re, sys\n"
        "from workbench.cli import run\n"
        "code = run(['sync', sys.argv[1]])\n"
        "status = open('/proc/self/status').read()\n"
        "print('PEAK', int(re.search(r'VmHWM:\\s*(\\d+)', status)[1]) // 1024)\n"
    )
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    took = time.monotonic() - started
    out = done.stdout + done.stderr
    peak = int(out.rsplit("PEAK", 1)[1].split()[0])
    print(f"FIGURE sync in a process: peak {peak} MB, {took:.1f} s")  # pytest -s shows it
    return out, peak, took


class CountingPlace(FolderPlace):
    def __init__(self, root: Path) -> None:
        super().__init__(root)
        self.reads: list[str] = []

    def read(self, name: PurePosixPath, limit: int) -> bytes:
        self.reads.append(name.name)
        return super().read(name, limit)


@pytest.fixture
def pair(tmp_path: Path):
    share, (a, b) = make_replicas(tmp_path, 2)
    field_id = add_frame(a)
    execute(a, "anlegen", measures.create_measure, "Bauakte", [field_id])
    sync(a, share), sync(b, share)
    yield share, a, b
    a.close(), b.close()


def _plant(share: Path, ws: Workspace, data: bytes) -> Path:
    """*data* as the next change file of laptop *ws*."""
    folder = PlaceSync(ws, share)
    seq = max([0, *folder.share.seqs(folder.place.path(folder.own_folder))]) + 1
    path = folder.place.path(folder.own_folder) / file_name(seq)
    path.write_bytes(data)
    return path


def test_a_change_file_bomb_is_refused_in_seconds_and_bounded_memory(pair) -> None:
    share, a, b = pair
    planted = _plant(share, a, bomb(500 * MB))
    assert planted.stat().st_size < MB
    out, peak, took = sync_in_a_process(b.path)
    assert "entpackt zu mehr als" in out, out
    assert peak < 300, peak
    assert took < 30, took


def test_a_refused_change_file_is_set_aside_until_it_changes(pair) -> None:
    share, a, b = pair
    planted = _plant(share, a, bomb(200 * MB))
    place = CountingPlace(share)
    report = PlaceSync(b, place).sync()
    assert any("entpackt zu mehr als" in p for p in report.problems), report
    assert place.reads.count(planted.name) == 1
    for _ in range(3):  # the window syncs every few seconds: nothing fetched again
        PlaceSync(b, place).sync()
    assert place.reads.count(planted.name) == 1
    planted.write_bytes(bomb(100 * MB))  # the file changed: looked at again (and refused)
    PlaceSync(b, place).sync()
    assert place.reads.count(planted.name) == 2


def test_a_snapshot_bomb_is_refused_when_joining(tmp_path: Path, pair) -> None:
    """A laptop joins from a snapshot that unpacks to a gigabyte: refused in seconds under
    300 MB, the join says why, and the new laptop's file stays usable."""
    from workbench.services.sync import set_folder

    share, a, _ = pair
    written = PlaceSync(a, share).write_snapshot()
    snapshot = share / written
    snapshot.write_bytes(bomb(1000 * MB))
    assert snapshot.stat().st_size < 2 * MB
    c = Workspace.create(tmp_path / "laptop-neu.werkbank", name="Gemeinsam")
    set_folder(c, share, join=True)
    c.close()
    out, peak, took = sync_in_a_process(tmp_path / "laptop-neu.werkbank")
    assert "entpackt zu mehr als" in out, out
    assert peak < 300, peak
    assert took < 30, took
    Workspace.open(tmp_path / "laptop-neu.werkbank").close()  # still opens


def test_a_big_snapshot_in_a_folder_is_unpacked_as_it_is_read(tmp_path: Path, pair) -> None:
    """A snapshot of 150 MB that does not pack (damaged, or somebody's random file):
    read piece by piece into what it unpacks to, never held whole beside it – the join
    stays under 300 MB and names the snapshot as damaged (a sync died with MemoryError
    reading such a file whole)."""
    import os

    from workbench.services.sync import set_folder

    share, a, _ = pair
    written = PlaceSync(a, share).write_snapshot()
    snapshot = share / written
    packer = zlib.compressobj(0)  # stored: as big packed as unpacked
    with open(snapshot, "wb") as fh:
        fh.write(PACKED)
        for _ in range(150):
            fh.write(packer.compress(os.urandom(MB)))
        fh.write(packer.flush())
    c = Workspace.create(tmp_path / "laptop-neu.werkbank", name="Gemeinsam")
    set_folder(c, share, join=True)
    c.close()
    out, peak, took = sync_in_a_process(tmp_path / "laptop-neu.werkbank")
    assert "Prüfsumme" in out, out
    assert peak < 300, peak
    assert took < 60, took


def _declaring(claimed: int, real: int) -> bytes:
    """A packed snapshot whose start claims *claimed* bytes and which unpacks to *real*."""
    packer = zlib.compressobj(9)
    head = b"0" * 64 + b'\n{"!bytes":"%012d",' % claimed
    zero = bytes(1 << 20)
    pieces = [PACKED, packer.compress(head)]
    pieces += [packer.compress(zero) for _ in range(real >> 20)]
    return b"".join([*pieces, packer.flush()])


@pytest.mark.parametrize(
    ("claimed", "real", "said"),
    [
        (10**11, 2 * MB, "gibt an, zu 100000 MB zu entpacken"),  # more than any limit
        (1000, 200 * MB, "entpackt zu mehr, als es angibt (1065 Bytes)"),  # a lie: stopped
    ],
)
def test_a_snapshot_is_held_to_the_size_it_declares(
    tmp_path: Path, pair, claimed: int, real: int, said: str
) -> None:
    from workbench.services.sync import set_folder

    share, a, _ = pair
    snapshot = share / PlaceSync(a, share).write_snapshot()
    snapshot.write_bytes(_declaring(claimed, real))
    c = Workspace.create(tmp_path / "laptop-neu.werkbank", name="Gemeinsam")
    set_folder(c, share, join=True)
    c.close()
    out, peak, took = sync_in_a_process(tmp_path / "laptop-neu.werkbank")
    assert said in out, out
    assert peak < 150 and took < 20, (peak, took)


def test_a_snapshot_declares_its_size_and_older_readers_ignore_it(pair) -> None:
    share, a, b = pair
    snapshot = share / PlaceSync(a, share).write_snapshot()
    from workbench.sync.files import DECLARED_SIZE, unpack

    body = unpack(snapshot.read_bytes(), snapshot.name, 10**9)
    said = DECLARED_SIZE.match(body)
    assert said is not None and 65 + int(said[1]) == len(body)
