"""Folder upkeep: change files go once every laptop has them and a snapshot covers them.

SYNC.md: "old change files are kept until every known replica's vector covers them".
A team that syncs every few seconds writes thousands of files a month; without the
upkeep every sync lists them all and a new laptop replays them all.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.sync.helpers import SHARED_ID, data, make_replicas, sync
from tests.sync.test_engine import add_frame
from workbench.services import measures
from workbench.services.operations import execute
from workbench.store.workspace import Workspace
from workbench.sync.engine import PlaceSync, adopt_workspace


def _own_files(share: Path, ws: Workspace) -> list[str]:
    folder = PlaceSync(ws, share)
    return sorted(
        p.name for p in (folder.place.path(folder.base) / "changes" / folder.replica).iterdir()
    )


def _edits(ws: Workspace, share: Path, measure_id: str, count: int, prefix: str) -> None:
    for n in range(count):  # one change file each
        execute(ws, "titel", measures.update_measure, measure_id, {"title": f"{prefix} {n}"})
        sync(ws, share)


def _upkeep(ws: Workspace, share: Path) -> int:
    return PlaceSync(ws, share).maintain(force=True)


def _setup(tmp_path: Path, count: int = 3):
    share, replicas = make_replicas(tmp_path, count)
    field = add_frame(replicas[0])
    m, _ = execute(replicas[0], "anlegen", measures.create_measure, "Digitale Bauakte", [field])
    for ws in replicas:
        sync(ws, share)
    return share, replicas, m.id


def test_files_everybody_has_go_once_a_snapshot_covers_them(tmp_path: Path) -> None:
    share, (a, b, c), mid = _setup(tmp_path)
    _edits(a, share, mid, 5, "Bauakte")
    for ws in (b, c):
        sync(ws, share)
    before = _own_files(share, a)
    assert len(before) == 6
    assert _upkeep(a, share) == 0  # no snapshot yet: a new laptop would need every file
    assert _own_files(share, a) == before
    for ws in (b, c):
        _upkeep(ws, share)  # they say what they applied
    PlaceSync(b, share).write_snapshot()
    assert _upkeep(a, share) == 5
    left = _own_files(share, a)
    assert left == [before[-1]]  # the newest stays: it carries what A has applied
    # Everybody goes on as before, and a laptop that joins now starts from the snapshot.
    execute(a, "titel", measures.update_measure, mid, {"title": "Bauakte neu"})
    for ws in (a, b, c):
        sync(ws, share)
    late = Workspace.create(tmp_path / "spaeter.werkbank", name="Gemeinsam")
    adopt_workspace(late, SHARED_ID)
    report = sync(late, share)
    assert report.from_snapshot and not report.problems
    assert data(late) == data(a) == data(b) == data(c)


def test_a_laptop_that_has_not_caught_up_keeps_the_files_it_needs(tmp_path: Path) -> None:
    share, (a, b, c), mid = _setup(tmp_path)
    _edits(a, share, mid, 6, "Bauakte")
    sync(b, share)  # C is away for weeks: it has applied A's first file only
    _upkeep(b, share)
    PlaceSync(b, share).write_snapshot()
    assert _upkeep(a, share) == 1  # the one file C has too
    files = _own_files(share, a)
    assert "00000001.wbc" not in files and "00000002.wbc" in files
    sync(c, share)  # C is back, applies everything, and says so
    assert data(c) == data(a)
    _upkeep(c, share)
    assert _upkeep(a, share) >= 5
    assert len(_own_files(share, a)) <= 2  # B's snapshot is older than A's last word


def test_identical_copies_of_deleted_files_go_with_them(tmp_path: Path) -> None:
    share, (a, b), mid = _setup(tmp_path, 2)
    _edits(a, share, mid, 3, "Bauakte")
    folder = PlaceSync(a, share)
    first = folder.place.path(folder.base) / "changes" / folder.replica / "00000001.wbc"
    shutil.copy(first, first.with_name("00000001 (1).wbc"))  # what a sync client does
    sync(b, share)
    _upkeep(b, share)
    PlaceSync(b, share).write_snapshot()
    _upkeep(a, share)
    assert not first.with_name("00000001 (1).wbc").exists()
    report = sync(b, share)
    assert not any("ABWEICHENDE" in p for p in report.problems)


def test_a_snapshot_replaces_the_laptops_older_one(tmp_path: Path) -> None:
    share, (a, b), mid = _setup(tmp_path, 2)
    first = share / PlaceSync(a, share).write_snapshot()
    _edits(a, share, mid, 1, "Bauakte")
    second = share / PlaceSync(a, share).write_snapshot()
    assert second.exists() and not first.exists()


def test_a_laptop_restored_from_an_old_backup_is_told_and_late_joiners_skip_its_snapshot(
    tmp_path: Path,
) -> None:
    share, (a, b, c), mid = _setup(tmp_path)
    c_path = tmp_path / "laptop2.werkbank"
    c.close()
    shutil.copy(c_path, tmp_path / "sicherung.werkbank")  # C's backup from before the edits
    c = Workspace.open(c_path)
    _edits(a, share, mid, 4, "Bauakte")
    for ws in (b, c):
        sync(ws, share)
        _upkeep(ws, share)
    PlaceSync(b, share).write_snapshot()
    assert _upkeep(a, share) > 0
    c.close()
    shutil.copy(tmp_path / "sicherung.werkbank", c_path)  # C's disk died; the backup is back
    c = Workspace.open(c_path)
    report = sync(c, share)
    # The files it would need are gone: it catches up from a snapshot, losing nothing.
    assert any("schon aufgeräumt" in p and "aus dem Schnappschuss" in p for p in report.problems)
    assert data(c) == data(a)
    # C's next snapshot is the newest, but it does not reach the files still there: a
    # laptop joining now takes B's older one.
    execute(c, "titel", measures.update_measure, mid, {"title": "Bauakte (C)"})
    sync(c, share)
    newest = PlaceSync(c, share).write_snapshot()
    assert max(p.name for p in share.glob("*/snapshots/*/*.wbs")) == newest.name
    late = Workspace.create(tmp_path / "spaeter.werkbank", name="Gemeinsam")
    adopt_workspace(late, SHARED_ID)
    report = sync(late, share)
    assert report.from_snapshot and not report.problems
    sync(a, share)
    assert data(late) == data(a)
    assert data(a)["measures"][0]["title"] == "Bauakte (C)"


def test_the_upkeep_runs_by_itself_once_a_day(tmp_path: Path) -> None:
    share, (a, b), mid = _setup(tmp_path, 2)  # the first sync did today's upkeep
    _edits(a, share, mid, 3, "Bauakte")
    sync(b, share)
    PlaceSync(b, share).write_snapshot()
    assert len(_own_files(share, a)) == 4  # not again today
    from workbench.sync import capture

    with a.engine.begin() as conn:  # a day later
        capture.state_set(conn, "last_maintenance", "0")
    with b.engine.begin() as conn:
        capture.state_set(conn, "last_maintenance", "0")
    sync(b, share)  # B says what it applied
    report = sync(a, share)
    assert report.pruned == 4 and len(_own_files(share, a)) == 1  # its last word stays


def test_a_failing_upkeep_is_a_notice_not_an_offline_sync(tmp_path: Path, monkeypatch) -> None:
    from workbench.sync import upkeep

    monkeypatch.setattr(upkeep, "SNAPSHOT_AFTER_FILES", 0)  # every upkeep writes a snapshot
    share, (a, b), mid = _setup(tmp_path, 2)
    snapshots = share / PlaceSync(a, share).base / "snapshots"
    shutil.rmtree(snapshots, ignore_errors=True)
    snapshots.write_text("kein Ordner")  # what a confused sync client might leave
    execute(a, "titel", measures.update_measure, mid, {"title": "Bauakte neu"})
    with a.engine.begin() as conn:
        from workbench.sync import capture

        capture.state_set(conn, "last_maintenance", "0")
    report = sync(a, share)
    assert report.offline is None and report.files_written == 1
    assert any("nicht aufräumen" in p for p in report.problems)
    sync(b, share)
    assert data(a) == data(b)


def test_an_oversized_snapshot_is_named_and_passed_over(tmp_path: Path, monkeypatch) -> None:
    from workbench.sync import snapshots

    share, (a, b), mid = _setup(tmp_path, 2)
    path = share / PlaceSync(a, share).write_snapshot()
    monkeypatch.setattr(snapshots, "MAX_SNAPSHOT_BYTES", path.stat().st_size - 1)
    late = Workspace.create(tmp_path / "spaeter.werkbank", name="Gemeinsam")
    adopt_workspace(late, SHARED_ID)
    report = sync(late, share)
    # The shared state travels in snapshots only: the newcomer waits, and says why.
    assert not report.from_snapshot and report.files_applied == 0
    assert any(path.name in p and "zu groß" in p for p in report.problems)
    assert any("kein lesbarer Schnappschuss" in p for p in report.problems)
    assert data(late)["measures"] == []
    monkeypatch.setattr(snapshots, "MAX_SNAPSHOT_BYTES", path.stat().st_size)
    assert sync(late, share).from_snapshot
    assert data(late) == data(a)


@pytest.mark.slow
def test_two_months_of_daily_use_by_five_laptops_keep_the_share_bounded(tmp_path: Path) -> None:
    """The share's file count and size stay bounded: the files saying what a laptop
    applied and the day's edits pile up only until the folder holds more than
    SNAPSHOT_AFTER_FILES; then a snapshot is written and everything it covers goes
    (`make bench` runs a year and prints the figures)."""
    from tests.sync.daily_use import simulate
    from workbench.sync.upkeep import SNAPSHOT_AFTER_FILES

    size = simulate(tmp_path, days=60, laptops=5)
    assert size.most_files <= SNAPSHOT_AFTER_FILES + 2 * 5, size.files
    crossed = next(d for d, n in enumerate(size.files) if n > SNAPSHOT_AFTER_FILES - 20)
    assert min(size.files[crossed:]) < 40, size.files  # the upkeep tidied up
    assert size.most_bytes < 200_000, size.bytes  # 20 measures: kilobytes, not megabytes
