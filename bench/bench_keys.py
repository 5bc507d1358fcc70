"""Type-to-filter as a person does it: real key events (QTest.keyClick, through Qt's event
system) into the search field of a full-HD window with 10,000 measures, typing and then
deleting, each key measured until the table has repainted – CPU time and wall – beside
the floor measured the same way in the same run, interleaved: a plain QLineEdit whose
text filters a QSortFilterProxyModel over a plain table of the same rows."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PHRASES = ("smarte wasser", "digitale bauakte mitte", "pankow 12")


def _keys(app, field, view, phrase: str) -> list[tuple[float, float]]:
    """(cpu ms, wall ms) per key: the phrase typed, then deleted with Backspace."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    out = []
    keys = [(Qt.Key(0), ch) for ch in phrase] + [(Qt.Key.Key_Backspace, "")] * len(phrase)
    for key, ch in keys:
        c0, w0 = time.process_time(), time.perf_counter()
        if ch:
            QTest.keyClicks(field, ch)
        else:
            QTest.keyClick(field, key)
        app.processEvents()
        view.viewport().repaint()  # drawn, as the screen shows it
        out.append(((time.process_time() - c0) * 1000, (time.perf_counter() - w0) * 1000))
    return out


def run(workspace: Path) -> dict[str, float]:
    from PySide6.QtCore import QSettings, QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

    from workbench.gui.app import make_application
    from workbench.gui.main_window import MainWindow
    from workbench.gui.settings import Settings
    from workbench.store.workspace import Workspace

    app = make_application()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(Workspace.open(workspace), settings)
        window.resize(1920, 1080)
        window.show()
        window.show_section(1)
        deadline = time.perf_counter() + 0.5
        while time.perf_counter() < deadline:
            app.processEvents()
        panel = window.measures
        rows = panel.model.all_rows
        # the floor: a plain line edit and table over the same rows' codes and titles
        plain = QStandardItemModel(len(rows), 2)
        for r, row in enumerate(rows):
            plain.setItem(r, 0, QStandardItem(row.code))
            plain.setItem(r, 1, QStandardItem(row.title))
        proxy = QSortFilterProxyModel()
        proxy.setSourceModel(plain)
        proxy.setFilterKeyColumn(1)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        floor = QWidget()
        field, table = QLineEdit(), QTableView()
        table.setModel(proxy)
        field.textChanged.connect(proxy.setFilterFixedString)
        layout = QVBoxLayout(floor)
        layout.addWidget(field)
        layout.addWidget(table)
        floor.resize(1920, 1080)
        floor.show()
        ours, theirs = [], []
        for phrase in PHRASES * 2:  # interleaved: ours, the floor, ours, …
            panel.search.setFocus()
            ours += _keys(app, panel.search, panel.table, phrase)
            field.setFocus()
            theirs += _keys(app, field, table, phrase)
        floor.close()
        window.close()
        window.workspace.close()
    return {
        "rows": len(rows),
        "cpu_median": statistics.median(c for c, _ in ours),
        "cpu_max": max(c for c, _ in ours),
        "wall_median": statistics.median(w for _, w in ours),
        "floor_cpu_median": statistics.median(c for c, _ in theirs),
        "floor_wall_median": statistics.median(w for _, w in theirs),
        "over_30": sum(1 for c, _ in ours if c > 30),
        "keys": len(ours),
    }


def report(workspace: Path) -> None:
    r = run(workspace)
    print(
        f"Suchen mit echten Tastendrücken (Tippen und Löschen, 1920×1080, {r['rows']} "
        f"Maßnahmen, {r['keys']} Tasten): CPU Median {r['cpu_median']:.1f} ms, Maximum "
        f"{r['cpu_max']:.1f} ms, {r['over_30']} über 30 ms; Zeit Median {r['wall_median']:.1f} "
        f"ms; Boden (QLineEdit + Tabelle, gleiche Zeilen) CPU {r['floor_cpu_median']:.1f} ms, "
        f"Zeit {r['floor_wall_median']:.1f} ms (Ziel ≤ 20 ms, keiner über 30)",
        flush=True,
    )


if __name__ == "__main__":
    report(Path(__file__).resolve().parent / "out" / "gross-10000.werkbank")
