"""One edit on laptop A visible on laptop B (same folder, or same WebDAV server: see
bench_webdav; both windows running).

Both windows run in this one process (offscreen), each with its own workspace file,
background sync thread, timer and folder watcher, as two applications would.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run(through: str = "folder") -> list[float]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from workbench.cli import run as cli
    from workbench.gui.app import make_application
    from workbench.gui.main_window import MainWindow
    from workbench.gui.settings import Settings
    from workbench.services import measures
    from workbench.services.sync import Server, set_folder, set_server, sync_now
    from workbench.services.workspaces import store_of
    from workbench.store.workspace import Workspace

    app = make_application()
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        share = t / "share"
        server = None
        if through == "server":
            from tests.sync.dav_server import PASSWORD, USER, DavServer

            server = DavServer(t / "dav")

        def choose(ws: Workspace, join: bool) -> None:
            if server is None:
                set_folder(ws, share, join=join)
            else:
                set_server(ws, Server(server.url, USER), PASSWORD, join=join)

        cli(["demo", str(t / "a.werkbank")])
        a_ws = Workspace.open(t / "a.werkbank")
        choose(a_ws, False)
        sync_now(a_ws)  # the first laptop publishes before others can join
        b_ws = Workspace.create(t / "b.werkbank")
        choose(b_ws, True)
        settings = Settings(QSettings(str(t / "s.ini"), QSettings.Format.IniFormat))
        a, b = MainWindow(a_ws, settings), MainWindow(b_ws, settings)
        for w in (a, b):
            w.show()

        def pump(until, limit: float = 20.0) -> float:
            start = time.perf_counter()
            while not until():
                app.processEvents()
                time.sleep(0.002)
                if time.perf_counter() - start > limit:
                    raise TimeoutError
            return time.perf_counter() - start

        pump(lambda: b.measures.model.total > 0)  # B has joined and received the demo
        with store_of(a.workspace).session() as s:
            mid = measures.get_measure(s, "P-03").id
        results = []
        for n in range(5):
            title = f"Smart Water {n}"
            t0 = time.perf_counter()
            a.ops.run("Titel", measures.update_measure, mid, {"title": title})

            def shown(title: str = title) -> bool:
                row = b.measures.model.row_of(mid)
                return row is not None and b.measures.model.index(row, 1).data() == title

            pump(shown)
            results.append(time.perf_counter() - t0)
        for w in (a, b):
            w.close()
            w.workspace.close()
            w.deleteLater()
        QApplication.sendPostedEvents(None, 0)
        if server is not None:
            server.stop()
    return results


def report() -> None:
    results = run()
    print(
        f"Änderung auf Rechner A sichtbar auf Rechner B: Median {statistics.median(results):.2f} s, "
        f"Maximum {max(results):.2f} s (Ziel < 3 s)"
    )


if __name__ == "__main__":
    sys.exit(report())
