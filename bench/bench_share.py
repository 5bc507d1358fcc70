"""Sharing and joining at 10,000 measures, as ratios to a raw executemany of the same rows
timed in the same run (issue 12's goals: publish and join ≤ 5×; the shared workspace file
≤ 2× the unshared one; a snapshot no larger than the workspace file).

A second round measures a workspace with a sync history: 2,000 edits after sharing, sent
as change files, then a snapshot that holds them and a join from it."""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workbench.model import Measure, all_tables  # noqa: E402
from workbench.services import measures  # noqa: E402
from workbench.services import sync as sync_service  # noqa: E402
from workbench.services.operations import execute  # noqa: E402
from workbench.store.workspace import Workspace  # noqa: E402
from workbench.sync.engine import PlaceSync  # noqa: E402


def _raw_reference(source: Path, tmp: Path) -> float:
    """Seconds to insert every row of *source* into an empty copy of its schema."""
    ref = tmp / "referenz.db"
    shutil.copy(source, ref)
    conn = sqlite3.connect(ref)
    data = {t.name: conn.execute(f'SELECT * FROM "{t.name}"').fetchall() for t in all_tables()}
    conn.execute("PRAGMA foreign_keys = OFF")
    for table in reversed(all_tables()):
        conn.execute(f'DELETE FROM "{table.name}"')
    conn.commit()
    start = time.perf_counter()
    for table in all_tables():
        rows = data[table.name]
        if rows:
            marks = ",".join("?" * len(rows[0]))
            conn.executemany(f'INSERT INTO "{table.name}" VALUES ({marks})', rows)
    conn.commit()
    elapsed = time.perf_counter() - start
    conn.close()
    ref.unlink()
    return elapsed


def _join(share: Path, target: Path) -> float:
    ws = Workspace.create(target)
    sync_service.set_folder(ws, share, join=True)
    start = time.perf_counter()
    report = sync_service.sync_now(ws)
    elapsed = time.perf_counter() - start
    assert report.from_snapshot
    ws.checkpoint()
    ws.close()
    return elapsed


def report(workspace: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        source = tmp / "teilen.werkbank"
        shutil.copy(workspace, source)
        raw = _raw_reference(source, tmp)
        ws = Workspace.open(source)
        ws.checkpoint()
        unshared = source.stat().st_size
        share = tmp / "ordner"
        start = time.perf_counter()
        sync_service.set_folder(ws, share)
        publish = time.perf_counter() - start
        ws.checkpoint()
        shared = source.stat().st_size
        snapshot = next(share.glob("*/snapshots/*/*.wbs")).stat().st_size
        join = _join(share, tmp / "beitritt.werkbank")
        raw_again = _raw_reference(source, tmp)  # interleaved: the reference twice
        ref = (raw + raw_again) / 2
        print(
            f"Teilen (Veröffentlichen), 10.000 Maßnahmen: {publish:.2f} s = "
            f"{publish / ref:.1f}× roh ({ref:.2f} s)"
        )
        print(f"Beitritt aus dem Schnappschuss: {join:.2f} s = {join / ref:.1f}× roh")
        print(
            f"Arbeitsmappe geteilt / ungeteilt: {shared / 1e6:.1f} MB / {unshared / 1e6:.1f} MB "
            f"= {shared / unshared:.2f}×; Schnappschuss {snapshot / 1e6:.1f} MB "
            f"= {snapshot / unshared:.2f}× der Arbeitsmappe"
        )
        # A sync history: 2,000 edits sent as change files, then a snapshot and a join.
        with ws.session() as s:
            ids = list(
                s.scalars(Measure.__table__.select().with_only_columns(Measure.id).limit(2000))
            )
        for n, mid in enumerate(ids):
            execute(ws, "titel", measures.update_measure, mid, {"title": f"Geändert {n}"})
        sync_service.sync_now(ws)
        start = time.perf_counter()
        PlaceSync(ws, share).write_snapshot()
        write = time.perf_counter() - start
        ws.checkpoint()
        ws.close()
        join = _join(share, tmp / "beitritt2.werkbank")
        print(
            f"Mit Verlauf (2.000 Änderungen): Schnappschuss schreiben {write:.2f} s = "
            f"{write / ref:.1f}× roh; Beitritt {join:.2f} s = {join / ref:.1f}× roh; "
            f"Arbeitsmappe {source.stat().st_size / unshared:.2f}× der ungeteilten"
        )
