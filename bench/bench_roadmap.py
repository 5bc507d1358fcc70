"""The Zeitplan at 10,000 measures: opening the section (read and draw) and a frame after a
scroll step, against a plain QGraphicsView showing the same number of rectangles in the
same run, interleaved (CPU time and wall)."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _clock() -> tuple[float, float]:
    return time.process_time(), time.perf_counter()


def _since(start: tuple[float, float]) -> tuple[float, float]:
    return time.process_time() - start[0], time.perf_counter() - start[1]


def run(workspace: Path) -> dict[str, float]:
    from PySide6.QtCore import QRectF, QSettings
    from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

    from workbench.gui.app import make_application
    from workbench.gui.main_window import ROADMAP_SECTION, MainWindow
    from workbench.gui.settings import Settings
    from workbench.store.workspace import Workspace

    app = make_application()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(Workspace.open(workspace), settings)
        window.resize(1920, 1000)
        window.show()
        app.processEvents()
        opens, ref_opens, frames, ref_frames = [], [], [], []
        zooms, ref_zooms = [], []
        for round_ in range(3):
            start = _clock()
            if round_ == 0:
                window.show_section(ROADMAP_SECTION)  # builds the panel, reads, draws
            else:
                window.roadmap.reload()
            window.roadmap.view.viewport().repaint()
            opens.append(_since(start))
            bars = len(window.roadmap.row_of)
            start = _clock()  # the reference: a plain view of as many rectangles
            scene = QGraphicsScene()
            for n in range(bars):
                scene.addRect(QRectF(300 + (n % 50) * 20, 40 + n * 30, 400, 20))
            view = QGraphicsView(scene)
            view.resize(1700, 850)
            view.show()
            view.viewport().repaint()
            ref_opens.append(_since(start))
            for step in range(20):  # a scroll step each, repainted
                start = _clock()
                bar = window.roadmap.view.verticalScrollBar()
                bar.setValue(bar.value() + (300 if step % 2 == 0 else -150))
                window.roadmap.view.viewport().repaint()
                frames.append(_since(start))
                start = _clock()
                ref_bar = view.verticalScrollBar()
                ref_bar.setValue(ref_bar.value() + (300 if step % 2 == 0 else -150))
                view.viewport().repaint()
                ref_frames.append(_since(start))
            for step in range(6):  # a zoom step each (months ↔ quarters), repainted
                start = _clock()
                window.roadmap.zoom_step(-1 if step % 2 == 0 else 1)
                window.roadmap.view.viewport().repaint()
                zooms.append(_since(start))
                start = _clock()
                factor = 0.35 if step % 2 == 0 else 1 / 0.35
                view.scale(factor, 1.0)
                view.viewport().repaint()
                ref_zooms.append(_since(start))
            view.close()
        window.close()
        window.workspace.close()
    med = statistics.median
    return {
        "bars": bars,
        "open_cpu": med(c for c, _ in opens),
        "open_wall": med(w for _, w in opens),
        "ref_open_cpu": med(c for c, _ in ref_opens),
        "frame_cpu": med(c for c, _ in frames),
        "frame_wall": med(w for _, w in frames),
        "frame_max": max(w for _, w in frames),
        "ref_frame_cpu": med(c for c, _ in ref_frames),
        "zoom_wall": med(w for _, w in zooms),
        "zoom_max": max(w for _, w in zooms),
        "zoom_cpu": med(c for c, _ in zooms),
        "ref_zoom_cpu": med(c for c, _ in ref_zooms),
    }


def report(workspace: Path) -> None:
    r = run(workspace)
    print(
        f"Zeitplan mit {r['bars']:.0f} Balken öffnen: {r['open_wall'] * 1000:.0f} ms "
        f"(CPU {r['open_cpu'] * 1000:.0f} ms, {r['open_cpu'] / max(r['ref_open_cpu'], 1e-6):.1f}× "
        f"eine schlichte Szene gleich vieler Rechtecke; Ziel ≤ 1 s); Bild nach einem "
        f"Bildlaufschritt: Median {r['frame_wall'] * 1000:.1f} ms, Maximum "
        f"{r['frame_max'] * 1000:.1f} ms (CPU {r['frame_cpu'] * 1000:.1f} ms, "
        f"{r['frame_cpu'] / max(r['ref_frame_cpu'], 1e-6):.1f}× die schlichte Szene; Ziel ≤ 16 ms); "
        f"nach einem Zoomschritt: Median {r['zoom_wall'] * 1000:.1f} ms, Maximum "
        f"{r['zoom_max'] * 1000:.1f} ms (CPU {r['zoom_cpu'] * 1000:.1f} ms, "
        f"{r['zoom_cpu'] / max(r['ref_zoom_cpu'], 1e-6):.1f}× die schlichte Szene)",
        flush=True,
    )


if __name__ == "__main__":
    report(
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path(__file__).parent / "out" / "gross-10000.werkbank"
    )
