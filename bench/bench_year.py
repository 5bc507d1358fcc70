"""A year of daily use by five laptops sharing one folder (tests/sync/daily_use.py): how
many files and bytes the share holds at most, and at the end. Bounded: the upkeep's
files pile up until the folder holds SNAPSHOT_AFTER_FILES, then a snapshot covers them
and they go."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.sync.daily_use import simulate  # noqa: E402
from workbench.sync.upkeep import SNAPSHOT_AFTER_FILES  # noqa: E402


def report(days: int = 365, laptops: int = 5) -> None:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        size = simulate(Path(tmp), days=days, laptops=laptops)
    quarters = [max(size.files[q * days // 4 : (q + 1) * days // 4]) for q in range(4)]
    print(
        f"Ein Jahr täglicher Arbeit, {laptops} Rechner: höchstens {size.most_files} Dateien "
        f"und {size.most_bytes / 1000:.0f} kB im Ordner (Grenze für den Schnappschuss "
        f"{SNAPSHOT_AFTER_FILES}); am Ende {size.files[-1]} Dateien, "
        f"{size.bytes[-1] / 1000:.0f} kB; Höchststand je Quartal {quarters} "
        f"({time.perf_counter() - started:.0f} s)",
        flush=True,
    )


if __name__ == "__main__":
    report()
