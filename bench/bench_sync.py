"""Sync figures: a laptop catching up on 100,000 operations from change files (beside raw
sqlite3 executemany of as many rows, same run), and an incremental sync with nothing new
over 200 and 1,000 change files."""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from workbench.model import Goal  # noqa: E402
from workbench.services import items, measures  # noqa: E402
from workbench.services.operations import execute  # noqa: E402
from workbench.services.sync import set_folder, sync_now  # noqa: E402
from workbench.store.workspace import Workspace  # noqa: E402
from workbench.sync.engine import PlaceSync  # noqa: E402


def raw_insert(path: Path, count: int) -> float:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (id TEXT PRIMARY KEY, entity TEXT, field TEXT, value TEXT)")
    rows = [(f"{i:08d}", "measures", "title", f"Wert {i}") for i in range(count)]
    t0 = time.perf_counter()
    with conn:
        conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", rows)
    elapsed = time.perf_counter() - t0
    conn.close()
    return elapsed


def join_figure(tmp: Path, target_ops: int = 100_000) -> dict[str, float]:
    """A laptop that was away while about *target_ops* operations were made catches up
    from change files (joining itself is from a snapshot: bench_share)."""
    from generate import generate
    from sqlalchemy import insert, select
    from sqlalchemy.orm import Session

    from workbench.model import all_tables
    from workbench.store.changes import RowChange
    from workbench.sync import capture

    source = tmp / "quelle.werkbank"
    # a generated measure with its lists makes about 206 operations (measured here)
    generate(source, max(1, target_ops // 206))
    src = Workspace.open(source)
    ws = Workspace.create(tmp / "a.werkbank")
    share = tmp / "share"
    set_folder(ws, share)
    joiner = Workspace.create(tmp / "neu.werkbank")
    set_folder(joiner, share, join=True)
    sync_now(joiner)  # joined while the workspace was still empty
    with src.engine.connect() as conn, Session(ws.engine) as session, session.begin():
        changes = []
        for table in all_tables():  # what happens while the joiner is away
            rows = [dict(r) for r in conn.execute(select(table)).mappings()]
            if table.name == "phases" or not rows:
                continue
            session.execute(insert(table), rows)
            changes += [RowChange(table.name, r["id"], "insert", {}, r) for r in rows]
        capture.record(session, changes)
    src.close()
    ops = sync_now(ws).ops_exported
    ws.close()
    t0 = time.perf_counter()
    report = sync_now(joiner)
    elapsed = time.perf_counter() - t0
    assert report.ops_applied == ops, (report.ops_applied, ops)
    joiner.close()
    raw = raw_insert(tmp / "raw.db", ops)
    return {"ops": ops, "join_s": elapsed, "raw_s": raw, "ratio": elapsed / raw}


def _shared_measure(tmp: Path, prefix: str) -> tuple[Workspace, Workspace, Path, str]:
    """Laptop A shares a workspace with one measure; laptop B is created, not yet joined."""
    from workbench.model import FieldOfAction, Heading

    a = Workspace.create(tmp / f"{prefix}a.werkbank")
    b = Workspace.create(tmp / f"{prefix}b.werkbank")
    share = tmp / f"{prefix}share"
    set_folder(a, share)

    def frame(session):
        h = Heading(name="H", position=1)
        f = FieldOfAction(name="F", heading=h, position=1)
        session.add_all([h, f])
        session.flush()
        return f.id

    field_id, _ = execute(a, "frame", frame)
    m, _ = execute(
        a, "m", measures.create_measure, "Maßnahme", [field_id], start_date=date(2026, 1, 1)
    )
    return a, b, share, m.id


def _noop_sync(ws: Workspace, share: Path, repeats: int) -> float:
    """Median time of a sync that finds nothing new."""
    folder = PlaceSync(ws, share)
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        report = folder.sync()
        times.append(time.perf_counter() - t0)
        assert report.files_applied == 0
    return statistics.median(times)


def upkeep_figure(tmp: Path, files: int = 1000) -> dict[str, float]:
    """A no-op sync over a folder that has grown, before and after the folder upkeep."""
    a, b, share, measure_id = _shared_measure(tmp, "u-")
    sync_now(a)
    folder_a = PlaceSync(a, share)
    for n in range(files):  # one change file per sync, as with a sync every few seconds
        execute(a, "titel", measures.update_measure, measure_id, {"title": f"Titel {n}"})
        folder_a.export()
    set_folder(b, share, join=True)
    sync_now(b)
    before = _noop_sync(b, share, 9)
    t0 = time.perf_counter()
    PlaceSync(b, share).maintain(force=True)  # B says what it has, writes the snapshot
    pruned = PlaceSync(a, share).maintain(force=True)
    upkeep = time.perf_counter() - t0
    after = _noop_sync(b, share, 9)
    a.close()
    b.close()
    return {
        "files": files,
        "before_s": before,
        "after_s": after,
        "pruned": pruned,
        "upkeep_s": upkeep,
    }


def incremental_figure(tmp: Path, files: int = 200) -> float:
    a, b, share, measure_id = _shared_measure(tmp, "i-")
    for n in range(files):  # one change file per sync
        execute(a, "ziel", items.add_item, Goal, measure_id, {"title": f"Ziel {n}"})
        sync_now(a)
    set_folder(b, share, join=True)
    sync_now(b)
    result = _noop_sync(b, share, 15)
    a.close()
    b.close()
    return result


def report() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        j = join_figure(Path(tmp))
        print(
            f"Rechner holt nach (aus Änderungsdateien): {j['ops']:.0f} Operationen in "
            f"{j['join_s']:.2f} s; "
            f"sqlite3 executemany derselben Zahl Zeilen {j['raw_s'] * 1000:.0f} ms; "
            f"Faktor {j['ratio']:.0f} (Ziel ≤ 10)"
        )
        inc = incremental_figure(Path(tmp))
        print(f"Abgleich ohne Neues bei 200 Änderungsdateien: {inc * 1000:.1f} ms (Ziel < 50 ms)")
        up = upkeep_figure(Path(tmp))
        print(
            f"Abgleich ohne Neues bei {up['files']:.0f} Änderungsdateien: "
            f"{up['before_s'] * 1000:.1f} ms; Aufräumen {up['upkeep_s']:.2f} s "
            f"({up['pruned']:.0f} Dateien gelöscht); danach {up['after_s'] * 1000:.1f} ms"
        )


if __name__ == "__main__":
    report()
