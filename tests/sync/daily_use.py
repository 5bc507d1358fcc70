"""Days of ordinary use by several laptops sharing one folder: each working day every
laptop edits a few measures and syncs a few times, and its upkeep runs once a day (as
the window does it). The share's file count and size are measured at the end of each
day. Used by tests/sync/test_upkeep.py (a quarter) and `make bench` (a year)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from tests.sync.helpers import make_replicas, sync
from tests.sync.test_engine import add_frame
from workbench.services import measures
from workbench.services.operations import execute
from workbench.sync.engine import PlaceSync


@dataclass
class ShareSize:
    days: int = 0
    files: list[int] = field(default_factory=list)  # change files and snapshots, per day
    bytes: list[int] = field(default_factory=list)

    @property
    def most_files(self) -> int:
        return max(self.files)

    @property
    def most_bytes(self) -> int:
        return max(self.bytes)


def _measure(share: Path) -> tuple[int, int]:
    found = [p for p in share.rglob("*") if p.is_file() and p.suffix in (".wbc", ".wbs")]
    return len(found), sum(p.stat().st_size for p in found)


def simulate(tmp: Path, days: int, laptops: int = 5, seed: int = 7) -> ShareSize:
    rng = random.Random(seed)
    share, replicas = make_replicas(tmp, laptops)
    field_id = add_frame(replicas[0])
    made = [
        execute(replicas[0], "anlegen", measures.create_measure, f"Maßnahme {n}", [field_id])[0].id
        for n in range(20)
    ]
    for ws in replicas:
        sync(ws, share)
    size = ShareSize()
    for day in range(days):
        weekday = day % 7 < 5
        for ws in replicas:
            if weekday:
                for _ in range(rng.randint(0, 4)):
                    mid = rng.choice(made)
                    title = f"Tag {day} {rng.random():.6f}"
                    execute(ws, "titel", measures.update_measure, mid, {"title": title})
                    if rng.random() < 0.5:
                        sync(ws, share)
            sync(ws, share)
            PlaceSync(ws, share).maintain(force=True)  # once a day, as the window does
        files, total = _measure(share)
        size.files.append(files)
        size.bytes.append(total)
        size.days += 1
    return size
