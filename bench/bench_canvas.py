"""A canvas with 2,000 notes: time to open it, time to draw a full-view frame after a zoom
step, and the memory the open canvas takes."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NOTES = 2000
COLUMNS, ROWS = 50, 40
STEP_X, STEP_Y = 235.0, 150.0


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def build(path: Path) -> str:
    """A workspace with one workshop and one canvas of four zones holding 2,000 notes."""
    from datetime import date

    from sqlalchemy.orm import Session

    from workbench.model import Note
    from workbench.services import canvas as cv
    from workbench.services import workshops
    from workbench.services.canvas_templates import parse_template
    from workbench.services.operations import execute
    from workbench.store.workspace import Workspace

    width, height = COLUMNS * STEP_X + 100, ROWS * STEP_Y + 300
    quarter = width / 4
    template = parse_template(
        {
            "format": 1,
            "key": "gross",
            "title": "Große Wand",
            "width": width,
            "height": height,
            "zones": [
                {
                    "key": f"z{i}",
                    "title": title,
                    "question": "Was fällt Ihnen ein?",
                    "x": i * quarter,
                    "y": 0,
                    "width": quarter,
                    "height": height,
                }
                for i, title in enumerate(("Input", "Aktivitäten", "Output", "Wirkung"))
            ],
        }
    )
    ws = Workspace.create(path)
    workshop, _ = execute(
        ws,
        "w",
        workshops.create_workshop,
        "Großer Workshop",
        held_on=date(2026, 11, 26),
        anonymous_participants=30,
    )
    canvas, _ = execute(ws, "c", cv.create_canvas, workshop.id, template)
    colours = list(cv.NOTE_COLORS)

    def fill(session: Session) -> None:
        zones = cv.zone_boxes(session, canvas.id)
        for n in range(NOTES):
            x, y = 40 + (n % COLUMNS) * STEP_X, 240 + (n // COLUMNS) * STEP_Y
            zone = cv.zone_at(zones, x, y)
            session.add(
                Note(
                    canvas_id=canvas.id,
                    x=x,
                    y=y,
                    zone_id=zone.id if zone else None,
                    color=colours[n % len(colours)],
                    label=f"N{n}" if n % 7 == 0 else "",
                    text=f"Idee {n}: Sensoren und offene Daten für den Kiez {n % 13}",
                )
            )

    execute(ws, "Notizen", fill)
    ws.close()
    return canvas.id


def run(path: Path, canvas_id: str) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from workbench.gui.app import make_application
    from workbench.gui.canvas_window import CanvasWindow
    from workbench.gui.operations import WorkspaceOps
    from workbench.store.workspace import Workspace

    app = make_application()
    ws = Workspace.open(path)
    ops = WorkspaceOps(ws)
    from PySide6.QtCore import QCoreApplication, QEvent, Qt

    def settle() -> None:  # what the event loop does after a close: deferred deletes run
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    opens, memory, closed_mb = [], [], []
    start_mb = _rss_mb()
    for _ in range(5):
        before = _rss_mb()
        t0 = time.perf_counter()
        window = CanvasWindow(ops, canvas_id)
        window.setWindowState(Qt.WindowState.WindowNoState)  # the size measured, not the screen's
        window.resize(1920, 1080)
        window.show()
        app.processEvents()
        window.view.viewport().repaint()
        opens.append(time.perf_counter() - t0)
        memory.append(_rss_mb() - before)
        last = window
        if len(opens) < 5:
            window.close()
            window.deleteLater()
            settle()
            closed_mb.append(_rss_mb())
    window = last
    view = window.view
    view.fit_all()
    app.processEvents()
    size = view.viewport().size()
    frames_full: list[float] = []
    for i in range(30):  # a zoom step in, then out again: every frame shows the whole wall
        view.zoom_in() if i % 2 == 0 else view.zoom_out()
        t0 = time.perf_counter()
        view.viewport().repaint()
        frames_full.append(time.perf_counter() - t0)
    view.actual_size()
    app.processEvents()
    frames_near: list[float] = []
    for i in range(30):  # at 100 %: notes drawn with their text
        view.zoom_in() if i % 2 == 0 else view.zoom_out()
        t0 = time.perf_counter()
        view.viewport().repaint()
        frames_near.append(time.perf_counter() - t0)
    notes = len(window.scene.notes)
    window.close()
    window.deleteLater()
    settle()
    after_mb = _rss_mb()
    ws.close()
    QApplication.processEvents()
    return {
        "open_median": statistics.median(opens),
        "open_max": max(opens),
        "full_median": statistics.median(frames_full),
        "full_max": max(frames_full),
        "near_median": statistics.median(frames_near),
        "near_max": max(frames_near),
        "memory_mb": statistics.median(memory),
        "notes": notes,
        "start_mb": start_mb,
        "after_mb": after_mb,
        "first_closed_mb": closed_mb[0],
        "viewport": f"{size.width()}×{size.height()}",
    }


def report() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "leinwand.werkbank"
        canvas_id = build(path)
        r = run(path, canvas_id)
    ms = 1000
    print(
        f"Leinwand mit {r['notes']} Notizen öffnen: Median {r['open_median'] * ms:.0f} ms, "
        f"Maximum {r['open_max'] * ms:.0f} ms (Ziel < 1000 ms)"
    )
    print(
        f"Bild nach Zoomschritt, ganze Leinwand ({r['viewport']}): Median "
        f"{r['full_median'] * ms:.1f} ms, Maximum {r['full_max'] * ms:.1f} ms (Ziel < 33 ms)"
    )
    print(
        f"Bild nach Zoomschritt bei 100 % (Notizen mit Text): Median "
        f"{r['near_median'] * ms:.1f} ms, Maximum {r['near_max'] * ms:.1f} ms"
    )
    print(f"Speicher für die geöffnete Leinwand: {r['memory_mb']:.0f} MB")
    print(
        f"Prozess vor dem ersten Öffnen {r['start_mb']:.0f} MB, nach dem ersten Schließen "
        f"{r['first_closed_mb']:.0f} MB, nach fünfmal Öffnen und Schließen {r['after_mb']:.0f} MB "
        "(Zuwachs nach dem ersten Mal: was vier weitere Fenster zurückließen)"
    )


if __name__ == "__main__":
    report()
