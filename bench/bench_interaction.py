"""Type-to-filter on 10,000 rows and opening one measure in the editor, in one process."""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run(workspace: Path) -> dict[str, float]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from workbench.gui.app import make_application
    from workbench.gui.main_window import MainWindow
    from workbench.gui.settings import Settings
    from workbench.store.workspace import Workspace

    app = make_application()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(Workspace.open(workspace), settings)
        window.resize(1600, 950)
        window.show()
        window.show_section(1)
        deadline = time.perf_counter() + 0.3  # a person needs longer to reach the keyboard;
        while time.perf_counter() < deadline:  # idle-time work (search texts) runs meanwhile
            app.processEvents()
        panel = window.measures
        rows = panel.model.total
        keystrokes: list[float] = []
        for phrase in ("smarte wasser", "digitale bauakte mitte", "pankow 12"):
            panel.search.clear()
            app.processEvents()
            typed = ""
            for ch in phrase:
                typed += ch
                t0 = time.perf_counter()
                panel.search.setText(typed)  # textChanged → filter, as a keystroke does
                panel.table.viewport().repaint()  # and the table is drawn again
                keystrokes.append(time.perf_counter() - t0)
        panel.search.clear()
        app.processEvents()
        ids = [r.id for r in random.Random(3).sample(panel.model.all_rows, 30)]
        window.editor.load(ids[0])  # first load builds caches once
        opens: list[float] = []
        for mid in ids[1:]:
            t0 = time.perf_counter()
            window.editor.load(mid)
            window.editor.repaint()
            opens.append(time.perf_counter() - t0)
        window.close()
        window.workspace.close()
        window.deleteLater()  # delete Qt objects while the application still exists
        QApplication.sendPostedEvents(None, 0)
        QApplication.processEvents()
    return {
        "rows": rows,
        "key_median_ms": statistics.median(keystrokes) * 1000,
        "key_max_ms": max(keystrokes) * 1000,
        "open_median_ms": statistics.median(opens) * 1000,
        "open_max_ms": max(opens) * 1000,
    }


def report(workspace: Path) -> None:
    r = run(workspace)
    print(
        f"Suchen beim Tippen über {r['rows']} Zeilen: Median {r['key_median_ms']:.1f} ms, "
        f"Maximum {r['key_max_ms']:.1f} ms je Tastendruck (Ziel < 30 ms)"
    )
    print(
        f"Maßnahme im Editor öffnen: Median {r['open_median_ms']:.1f} ms, "
        f"Maximum {r['open_max_ms']:.1f} ms (Ziel < 50 ms)"
    )


if __name__ == "__main__":
    report(Path(sys.argv[1]))
