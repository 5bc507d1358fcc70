"""`workbench dump` and `workbench check` against SQLite's own `.dump` and
`integrity_check` + `foreign_key_check` of the same file, in the same run, interleaved:
CPU time (user + system of the child) and wall time as ratios, and the peak memory of
`dump` at 1,000 and at 10,000 measures (it must stay flat: the dump is streamed)."""

from __future__ import annotations

import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PEAK = (
    "import re, sys\n"
    "from workbench.__main__ import main\n"
    "code = main(sys.argv[1:])\n"
    "status = open('/proc/self/status').read()\n"
    "print('PEAK', int(re.search(r'VmHWM:\\s*(\\d+)', status)[1]) // 1024, file=sys.stderr)\n"
)


def _timed(command: list[str]) -> tuple[float, float, str]:
    """CPU seconds (user + system) and wall seconds of *command*, and its stderr."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall, done.stderr


def _peak(stderr: str) -> int:
    return int(stderr.rsplit("PEAK", 1)[1].split()[0]) if "PEAK" in stderr else -1


def _pair(ours: list[str], reference: list[str], rounds: int = 3) -> tuple[float, float, int]:
    """Median CPU and wall ratios over *rounds* interleaved runs; our peak memory (MB)."""
    cpu_ratios, wall_ratios, peaks = [], [], []
    for _ in range(rounds):
        cpu, wall, err = _timed(ours)
        ref_cpu, ref_wall, _ = _timed(reference)
        cpu_ratios.append(cpu / max(ref_cpu, 1e-3))
        wall_ratios.append(wall / max(ref_wall, 1e-3))
        peaks.append(_peak(err))
    return statistics.median(cpu_ratios), statistics.median(wall_ratios), max(peaks)


def report(workspace: Path) -> None:
    sqlite = shutil.which("sqlite3")
    if sqlite is None:
        print("dump/check: sqlite3 (Debian: sqlite3) fehlt – übersprungen", flush=True)
        return
    from generate import generate

    small = workspace.with_name("gross-1000.werkbank")
    if not small.exists():
        generate(small, 1_000)
    me = [sys.executable, "-c", PEAK]
    peaks = {}
    for path, label in ((small, "1.000"), (workspace, "10.000")):
        cpu, wall, peak = _pair([*me, "dump", str(path)], [sqlite, str(path), ".dump"])
        peaks[label] = peak
        print(
            f"dump bei {label} Maßnahmen: {cpu:.1f}× CPU, {wall:.1f}× Zeit von sqlite3 .dump; "
            f"höchstens {peak} MB",
            flush=True,
        )
    print(
        f"dump: Speicher bei 10.000 / 1.000 Maßnahmen = {peaks['10.000'] / peaks['1.000']:.2f} "
        "(Ziel ≤ 1,5)",
        flush=True,
    )
    cpu, wall, peak = _pair(
        [*me, "check", str(workspace)],
        [sqlite, str(workspace), "PRAGMA integrity_check; PRAGMA foreign_key_check;"],
    )
    print(
        f"check bei 10.000 Maßnahmen: {cpu:.1f}× CPU, {wall:.1f}× Zeit von integrity_check + "
        f"foreign_key_check (Ziel ≤ 5×); höchstens {peak} MB",
        flush=True,
    )


if __name__ == "__main__":
    report(Path(__file__).resolve().parent / "out" / "gross-10000.werkbank")
