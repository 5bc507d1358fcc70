"""The room under load and the notes that sort themselves.

Load: 200 simulated phones post 10 notes each on loopback to a canvas window's room (the
window applies them every 0.2 s, one undo step per batch) – per request the time until
the answer (50th and 95th percentile), none lost, none twice – against a plain
http.server that answers 202 to the same requests in the same run, interleaved; and how
late the window's event loop runs meanwhile (a 10 ms timer's lateness: what a
facilitator feels when dragging a note).

Clustering: the adjusted Rand index of „Notizen gruppieren“ and of the plain keyword
baseline on the 160 shipped workshop notes, and the time for 300 notes."""

from __future__ import annotations

import http.client
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PHONES, NOTES = 200, 10


def phones(port: int, path: str, zones: list[str]) -> tuple[list[float], list[object]]:
    """The phones: 200 threads posting 10 notes each (run in a process of their own, as
    phones are other devices: in the window's process their threads took its time)."""
    latencies: list[float] = []
    failures: list[object] = []
    lock = threading.Lock()

    def phone(n: int) -> None:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            for k in range(NOTES):
                body = json.dumps(
                    {
                        "kind": "note",
                        "key": f"{n}-{k}",
                        "zone": zones[k % len(zones)],
                        "text": f"Last {n}/{k}",
                    }
                ).encode()
                began = time.perf_counter()
                connection.request("POST", path, body=body, headers={"X-Phone": f"p{n}"})
                response = connection.getresponse()
                response.read()
                with lock:
                    latencies.append(time.perf_counter() - began)
                    if response.status != 202:
                        failures.append(response.status)
            connection.close()
        except OSError as exc:
            with lock:
                failures.append(repr(exc))

    threads = [threading.Thread(target=phone, args=(n,)) for n in range(PHONES)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    return latencies, failures


def _load(port: int, path: str, zones: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, __file__, "--phones", str(port), path, *zones],
        stdout=subprocess.PIPE,
        text=True,
    )


def _result(child: subprocess.Popen[str]) -> tuple[list[float], list[object]]:
    out, _ = child.communicate(timeout=300)
    data = json.loads(out.strip().splitlines()[-1])
    return data["latencies"], data["failures"]


class _Plain(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def do_POST(self) -> None:  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        body = b'{"message": "ok"}'
        self.send_response(202)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000


def room_load() -> None:
    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
    from sqlalchemy import func, select

    from workbench.gui.app import make_application
    from workbench.gui.main_window import MainWindow
    from workbench.gui.settings import Settings
    from workbench.model import Canvas, Note
    from workbench.store.demo import create_demo
    from workbench.store.workspace import Workspace

    app = make_application()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "raum.werkbank"
        create_demo(path)
        settings = Settings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(Workspace.open(path), settings)
        window.show()
        with _session(window) as s:
            canvas_id = s.scalars(select(Canvas.id).order_by(Canvas.title)).first()
        canvas = window.workshops.open_canvas(canvas_id)
        canvas.open_room()
        panel = canvas.room_panel
        panel.where.setCurrentIndex(panel.where.findData("127.0.0.1"))
        panel.start()
        room = panel.room
        zones = [z.id for z in room.state.canvas.zones]
        plain = ThreadingHTTPServer(("127.0.0.1", 0), _Plain)
        plain.request_queue_size = 256
        threading.Thread(target=plain.serve_forever, daemon=True).start()
        results = {}
        # the room once (a phone may send 10 notes a minute, and a room has 200 phones),
        # the plain server before and after it
        for name in ("Referenz", "Raum", "Referenz 2"):
            if name.startswith("Referenz"):
                lat, fails = _result(_load(plain.server_address[1], "/x", zones))
                results[name] = (lat, fails, [])
                continue
            before = time.process_time()
            child = _load(room.port, f"/{room.token}/send", zones)
            lateness: list[float] = []
            clock = QElapsedTimer()
            clock.start()
            tick = QTimer()
            tick.setInterval(10)
            last = [clock.elapsed()]

            def beat(last: list[int] = last, lateness: list[float] = lateness, clock=clock) -> None:
                now = clock.elapsed()
                lateness.append(max(0, now - last[0] - 10))
                last[0] = now

            tick.timeout.connect(beat)
            tick.start()
            deadline = time.monotonic() + 120
            target = NOTES * PHONES
            while time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.002)
                if child.poll() is not None:
                    with _session(window) as s:
                        count = s.scalar(
                            select(func.count()).select_from(Note).where(Note.text.like("Last %"))
                        )
                    if count >= target:
                        break
            tick.stop()
            cpu = time.process_time() - before
            lat, fails = _result(child)
            results[name] = (lat, fails, lateness, count, cpu)
        plain.shutdown()
        panel.end()
        lat, fails, lateness, count, cpu = results["Raum"]
        ref = results["Referenz"][0] + results["Referenz 2"][0]
        print(
            f"  {PHONES} Handys × {NOTES} Notizen: Antwort p50 {_percentile(lat, 0.5):.1f} ms, "
            f"p95 {_percentile(lat, 0.95):.1f} ms (schlichter Server im selben Lauf: p95 "
            f"{_percentile(ref, 0.95):.1f} ms, Verhältnis "
            f"{_percentile(lat, 0.95) / max(_percentile(ref, 0.95), 0.01):.1f}×); Fehler "
            f"{len(fails)}; auf der Leinwand {count} von {NOTES * PHONES}; CPU des Fensters "
            f"{cpu:.1f} s; "
            f"Ereignisschleife des Fensters verspätet p95 "
            f"{_percentile(lateness, 0.95) / 1000:.0f} ms, max {max(lateness):.0f} ms "
            f"({len(lateness)} Takte)",
            flush=True,
        )
        canvas.close()
        window.close()
        window.workspace.close()
    del app


def _session(window: object):  # type: ignore[no-untyped-def]
    from workbench.services.workspaces import store_of

    return store_of(window.workspace).session()  # type: ignore[attr-defined]


def clustering() -> None:
    from workbench.services import clustering as c

    notes = json.loads(
        (Path(__file__).resolve().parents[1] / "tests" / "data" / "workshop_notes.json").read_text(
            "utf-8"
        )
    )["notes"]
    texts = [n["text"] for n in notes]
    truth = [n["theme"] for n in notes]
    start = time.perf_counter()
    proposals = c.propose(texts, "de")
    took = time.perf_counter() - start
    ours = c.adjusted_rand_index(truth, c.labels([p.members for p in proposals], len(texts)))
    start = time.perf_counter()
    base = c.keyword_baseline(texts)
    base_took = time.perf_counter() - start
    plain = c.adjusted_rand_index(truth, c.labels(base, len(texts)))
    many = texts + [f"{t} (Variante)" for t in texts[:140]]
    times = []
    for _ in range(3):
        start = time.perf_counter()
        c.propose(many, "de")
        times.append(time.perf_counter() - start)
    print(
        f"  Notizen gruppieren: bereinigter Rand-Index {ours:.3f} gegen Stichwort-Vergleich "
        f"{plain:.3f} ({len(texts)} Notizen, {len({n['theme'] for n in notes})} Themen, "
        f"{len(proposals)} Vorschläge, {took * 1000:.0f} ms; Vergleich {base_took * 1000:.0f} ms); "
        f"300 Notizen in {statistics.median(times) * 1000:.0f} ms (Median aus 3)",
        flush=True,
    )


def report() -> None:
    print("Mitmachen vom Handy und Notizen gruppieren:", flush=True)
    clustering()
    room_load()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--phones"]:
        lat, fails = phones(int(sys.argv[2]), sys.argv[3], sys.argv[4:])
        print(json.dumps({"latencies": lat, "failures": fails}))
    else:
        report()
