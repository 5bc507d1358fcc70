"""Start-up to an interactive main window on a large workspace, beside a bare QMainWindow."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = Path(__file__).with_name("startup_child.py")


def time_start(args: list[str]) -> float:
    """From starting the process to the child's READY line (its window takes input)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    _, err = proc.communicate()
    if line.strip() != "READY":
        raise RuntimeError(f"Kindprozess meldete sich nicht: {err}")
    return elapsed


def run(workspace: Path, repeats: int = 7) -> dict[str, float]:
    """Bare and Werkbank starts alternate, so that load on the machine hits both alike."""
    bare: list[float] = []
    ours: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        ini = str(Path(tmp) / "settings.ini")
        time_start(["bare"])  # warm the file cache for both
        time_start(["workbench", str(workspace), ini])
        for _ in range(repeats):
            bare.append(time_start(["bare"]))
            ours.append(time_start(["workbench", str(workspace), ini]))
    return {
        "bare_s": statistics.median(bare),
        "workbench_s": statistics.median(ours),
        "ratio": statistics.median(ours) / statistics.median(bare),
        "ratio_min": min(ours) / min(bare),
    }


def report(workspace: Path) -> None:
    r = run(workspace)
    print(
        f"Start bis bedienbares Fenster ({workspace.name}): Werkbank {r['workbench_s'] * 1000:.0f} ms, "
        f"leeres QMainWindow {r['bare_s'] * 1000:.0f} ms (Mediane aus 7 Läufen im Wechsel), "
        f"Faktor {r['ratio']:.1f}, Faktor der Bestzeiten {r['ratio_min']:.1f} (Ziel ≤ 6)"
    )


if __name__ == "__main__":
    report(Path(sys.argv[1]))
