"""Sync through a WebDAV server on loopback (WsgiDAV, as the tests use it), each figure
beside the same work through a folder, timed in the same run, interleaved (issue 16):

- a sync that finds nothing new with 1,000 change files on the server (goal < 200 ms:
  one PROPFIND, no reads);
- joining the 10,000-measure workspace from its snapshot, server against folder (ratio);
- an edit on laptop A visible on laptop B, both windows running (goal < 5 s)."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Passwords go to a credential store; here the tests' file store in a temporary folder.
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.file_keyring.FileKeyring"

from tests.sync.dav_server import PASSWORD, USER, DavServer  # noqa: E402
from workbench.services import measures  # noqa: E402
from workbench.services import sync as sync_service  # noqa: E402
from workbench.services.operations import execute  # noqa: E402
from workbench.store.workspace import Workspace  # noqa: E402
from workbench.sync.engine import PlaceSync  # noqa: E402


def _noop(ws: Workspace, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        report = sync_service.sync_now(ws)
        times.append(time.perf_counter() - t0)
        assert report.files_applied == 0 and report.offline is None
    return statistics.median(times)


def noop_figure(tmp: Path, files: int = 1000) -> dict[str, float]:
    """B has applied everything; the server (and the folder) hold *files* change files."""
    from bench_sync import _shared_measure

    server = DavServer(tmp / "dav")
    try:
        a, b, share, measure_id = _shared_measure(tmp, "n-")
        address = sync_service.Server(server.url, USER)
        a2 = Workspace.create(tmp / "n-a2.werkbank")
        sync_service.set_server(a2, address, PASSWORD)
        sync_service.sync_now(a2)
        field = execute(a2, "frame", _frame)[0]
        m, _ = execute(a2, "m", measures.create_measure, "Maßnahme", [field])
        on_server = PlaceSync(a2, sync_service.chosen_place(a2))
        on_folder = PlaceSync(a, share)
        for n in range(files):  # one change file per sync, as with a sync every few seconds
            execute(a2, "titel", measures.update_measure, m.id, {"title": f"Titel {n}"})
            on_server.export()
            execute(a, "titel", measures.update_measure, measure_id, {"title": f"Titel {n}"})
            on_folder.export()
        b2 = Workspace.create(tmp / "n-b2.werkbank")
        sync_service.set_server(b2, address, PASSWORD, join=True)
        sync_service.set_folder(b, share, join=True)
        for ws in (b, b2):
            sync_service.sync_now(ws)
            sync_service.sync_now(ws)
        folder_times, server_times = [], []
        for _ in range(5):  # interleaved
            folder_times.append(_noop(b, 3))
            server_times.append(_noop(b2, 3))
        server.log.clear()
        sync_service.sync_now(b2)
        requests = len(server.log)
        reads = sum(1 for method, _ in server.log if method == "GET")
        for ws in (a, b, a2, b2):
            ws.close()
        return {
            "folder_s": statistics.median(folder_times),
            "server_s": statistics.median(server_times),
            "requests": requests,
            "reads": reads,
            "files": files,
        }
    finally:
        server.stop()


def _frame(session) -> str:
    from workbench.model import FieldOfAction, Heading

    h = Heading(name="H", position=1)
    f = FieldOfAction(name="F", heading=h, position=1)
    session.add_all([h, f])
    session.flush()
    return str(f.id)


def join_figure(workspace: Path, tmp: Path, rounds: int = 3) -> dict[str, float]:
    """Joining the 10,000-measure workspace from its snapshot, server against folder."""
    import shutil

    server = DavServer(tmp / "dav-join")
    try:
        source = tmp / "quelle.werkbank"
        shutil.copy(workspace, source)
        ws = Workspace.open(source)
        share = tmp / "join-ordner"
        sync_service.set_folder(ws, share)
        copy = tmp / "quelle-server.werkbank"
        ws.checkpoint()
        ws.close()
        shutil.copy(source, copy)
        ws2 = Workspace.open(copy)
        sync_service.set_server(ws2, sync_service.Server(server.url, USER), PASSWORD)
        ws2.close()
        folder_times, server_times = [], []
        for n in range(rounds):  # interleaved
            for kind, times in (("ordner", folder_times), ("server", server_times)):
                target = Workspace.create(tmp / f"beitritt-{kind}-{n}.werkbank")
                if kind == "ordner":
                    sync_service.set_folder(target, share, join=True)
                else:
                    sync_service.set_server(
                        target, sync_service.Server(server.url, USER), PASSWORD, join=True
                    )
                t0 = time.perf_counter()
                report = sync_service.sync_now(target)
                times.append(time.perf_counter() - t0)
                assert report.from_snapshot, report.problems
                target.close()
        folder, over_server = statistics.median(folder_times), statistics.median(server_times)
        return {"folder_s": folder, "server_s": over_server, "ratio": over_server / folder}
    finally:
        server.stop()


def report(workspace: Path) -> None:
    import bench_sync_live

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        os.environ["WERKBANK_TEST_KEYRING"] = str(tmp / "schluesselbund.json")
        noop = noop_figure(tmp)
        print(
            f"WebDAV: Abgleich ohne Neues bei {noop['files']:.0f} Änderungsdateien auf dem "
            f"Server: {noop['server_s'] * 1000:.1f} ms ({noop['requests']:.0f} Anfrage, "
            f"{noop['reads']:.0f} gelesene Dateien; Ziel < 200 ms); über einen Ordner "
            f"{noop['folder_s'] * 1000:.1f} ms"
        )
        join = join_figure(workspace, tmp)
        print(
            f"WebDAV: Beitritt mit 10.000 Maßnahmen aus dem Schnappschuss: "
            f"{join['server_s']:.2f} s über den Server, {join['folder_s']:.2f} s über einen "
            f"Ordner; Faktor {join['ratio']:.2f}"
        )
        live_server = bench_sync_live.run("server")
        live_folder = bench_sync_live.run("folder")
        print(
            f"WebDAV: Änderung auf Rechner A sichtbar auf Rechner B: Median "
            f"{statistics.median(live_server):.2f} s, Maximum {max(live_server):.2f} s "
            f"(Ziel < 5 s); über einen Ordner Median {statistics.median(live_folder):.2f} s"
        )


if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "out" / "gross-10000.werkbank"
    if not out.exists():
        from generate import generate

        out.parent.mkdir(exist_ok=True)
        generate(out, 10_000)
    report(out)
