"""Sync from the states people create: a workspace edited before it is shared, a file
copied instead of joined, a backup restored, a share that vanishes and comes back, the
same link added on two laptops, a merge that breaks a rule. Each of these lost data or
diverged before; each test here failed on the code before the fix."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from sqlalchemy import select

from tests.helpers import cli
from tests.sync.helpers import data, make_replicas, sync
from tests.sync.test_engine import add_frame
from workbench.model import Measure, MeasureField, OrgUnit
from workbench.services import measures
from workbench.services import sync as sync_service
from workbench.services.operations import execute, revert
from workbench.store.sync_tables import sync_conflicts
from workbench.store.workspace import Workspace


def dump(path: Path) -> dict:
    code, out, err = cli("dump", path)
    assert code == 0, err
    return json.loads(out)


def open_conflicts(path: Path) -> list[dict]:
    return json.loads(cli("conflicts", path, "--json")[1])


# -- edited before the first share ------------------------------------------------------


def test_a_workspace_edited_before_sharing_joins_identical_without_conflicts(tmp_path) -> None:
    a, b, share = tmp_path / "a.werkbank", tmp_path / "b.werkbank", tmp_path / "share"
    cli("demo", a)
    assert cli("measures", "set", a, "P-01", "phase=Entwicklung")[0] == 0
    assert (
        cli(
            "measures",
            "add",
            a,
            "--title",
            "Neue Maßnahme vor dem Teilen",
            "--field",
            "Daten als Gemeingut",
        )[0]
        == 0
    )
    assert cli("measures", "delete", a, "P-02", "--yes")[0] == 0
    ws = Workspace.open(a)  # an edit taken back (undo) before sharing
    with ws.session() as s:
        mid = s.scalars(select(Measure.id).where(Measure.code == "P-03")).one()
    _, done = execute(ws, "titel", measures.update_measure, mid, {"title": "Zwischentitel"})
    revert(ws, done)
    ws.close()
    assert cli("sync", a, "--folder", share)[0] == 0
    code, out, err = cli("sync", b, "--folder", share, "--join")
    assert code == 0, err
    assert dump(a) == dump(b)
    assert open_conflicts(a) == open_conflicts(b) == []
    assert len(dump(b)["measures"]) == 27  # 26 and the new one (P-02 is in the recycle bin)
    added = next(m for m in dump(b)["measures"] if m["title"] == "Neue Maßnahme vor dem Teilen")
    assert any(link["measure_id"] == added["id"] for link in dump(b)["measure_fields"])
    # later syncs keep them equal, and an edit after the share goes both ways
    cli("measures", "set", b, "P-01", "Titel=Nach dem Beitritt")
    for path in (b, a, b):
        cli("sync", path)
    assert dump(a) == dump(b) and open_conflicts(a) == []


# -- link rows --------------------------------------------------------------------------


def _participants(ws: Workspace, mid: str) -> list[str]:
    with ws.session() as s:
        return sorted(link.org_unit_id for link in s.get(Measure, mid).participant_links)


def test_the_same_link_added_on_two_laptops_is_one_row_and_removal_converges(tmp_path) -> None:
    share, (a, b) = make_replicas(tmp_path, 2)
    field_id = add_frame(a)

    def unit(session):
        session.add(OrgUnit(name="Senatskanzlei", short_name="SK"))
        session.flush()
        return session.scalars(select(OrgUnit.id)).one()

    unit_id, _ = execute(a, "einheit", unit)
    m, _ = execute(a, "anlegen", measures.create_measure, "Bauakte", [field_id])
    sync(a, share), sync(b, share)
    for ws in (a, b):  # both add the same participant without seeing each other
        execute(ws, "beteiligt", measures.set_participants, m.id, [unit_id])
    sync(a, share), sync(b, share), sync(a, share)
    assert data(a) == data(b)
    assert _participants(a, m.id) == _participants(b, m.id) == [unit_id]
    with a.engine.connect() as conn:
        assert conn.execute(select(sync_conflicts)).all() == []
    execute(b, "nicht mehr beteiligt", measures.set_participants, m.id, [])
    sync(b, share), sync(a, share)
    assert _participants(a, m.id) == _participants(b, m.id) == []
    assert data(a) == data(b)
    execute(a, "wieder beteiligt", measures.set_participants, m.id, [unit_id])
    sync(a, share), sync(b, share)
    assert _participants(b, m.id) == [unit_id] and data(a) == data(b)
    assert sync_service.status(a).pending_ops == sync_service.status(b).pending_ops == 0


def test_a_link_row_is_identified_by_what_it_links(tmp_path) -> None:
    ws = Workspace.create(tmp_path / "a.werkbank")
    field_id = add_frame(ws)
    m, _ = execute(ws, "anlegen", measures.create_measure, "Bauakte", [field_id])
    from workbench.model.base import link_id

    with ws.session() as s:
        link = s.scalars(select(MeasureField)).one()
        assert link.id == link_id("measure_fields", m.id, field_id)


# -- a share that vanishes ----------------------------------------------------------------


def test_a_vanished_share_is_offline_and_nothing_is_created_in_its_place(tmp_path) -> None:
    share, (a, b) = make_replicas(tmp_path, 2)
    field_id = add_frame(a)
    sync(a, share), sync(b, share)
    execute(a, "anlegen", measures.create_measure, "Während der Share weg ist", [field_id])
    moved = tmp_path / "share-ausgehängt"
    share.rename(moved)  # the network drive is not connected
    report = sync(a, share)
    assert report.offline and "nicht erreichbar" in report.offline
    assert not share.exists()
    share.mkdir()  # an empty folder at the mount point (the drive mounted empty)
    report = sync(a, share)
    assert report.offline and "enthält diese geteilte Arbeitsmappe nicht mehr" in report.offline
    assert list(share.iterdir()) == []
    share.rmdir()
    share.write_text("kein Ordner")  # a file in its place
    assert sync(a, share).offline
    share.unlink()
    moved.rename(share)  # the real share is back: what waited goes out
    report = sync(a, share)
    assert report.offline is None and report.files_written == 1
    sync(b, share)
    assert data(a) == data(b)


def test_a_share_put_back_from_an_older_copy_gets_the_missing_files_again(tmp_path) -> None:
    share, (a, b, c) = make_replicas(tmp_path, 3)
    field_id = add_frame(a)
    for ws in (a, b):
        sync(ws, share)
    old_copy = tmp_path / "alte-kopie"
    shutil.copytree(share, old_copy)  # the cloud client keeps this state …
    execute(a, "anlegen", measures.create_measure, "Nach der Kopie", [field_id])
    sync(a, share), sync(b, share)
    shutil.rmtree(share)
    shutil.copytree(old_copy, share)  # … and puts it back later
    sync(a, share)  # A writes its missing files again, identically
    sync(c, share)  # C never saw them: it joins and gets everything
    for ws in (b, c, a):
        sync(ws, share)
    assert data(a) == data(b) == data(c)


# -- a copied workspace file, a restored backup -----------------------------------------


def _measure_titles(ws: Workspace) -> set[str]:
    with ws.session() as s:
        return set(s.scalars(select(Measure.title)))


def test_a_copied_workspace_file_becomes_a_new_laptop_and_nothing_is_lost(tmp_path) -> None:
    share, (a, b) = make_replicas(tmp_path, 2)
    field_id = add_frame(a)
    sync(a, share), sync(b, share)
    a.close()
    copy_path = tmp_path / "kopie-auf-zweitem-laptop.werkbank"
    shutil.copy(tmp_path / "laptop0.werkbank", copy_path)
    a, copy = Workspace.open(tmp_path / "laptop0.werkbank"), Workspace.open(copy_path)
    execute(a, "anlegen", measures.create_measure, "Vom Original", [field_id])
    execute(copy, "anlegen", measures.create_measure, "Von der Kopie", [field_id])
    sync(copy, share)
    report = sync(a, share)  # the original finds a file under its id it did not write
    assert report.new_replica and any("Kopie" in p for p in report.problems)
    for ws in (copy, b, a, copy, b, a):  # (both numbered their measure M-0001: one is
        sync(ws, share)  # renumbered, and that edit travels too)
    assert data(a) == data(copy) == data(b)
    assert {"Vom Original", "Von der Kopie"} <= _measure_titles(b)
    ids = {sync_service.status(ws).replica for ws in (a, copy, b)}
    assert len(ids) == 3


def test_a_laptop_restored_from_a_backup_gets_its_later_edits_back(tmp_path) -> None:
    share, (a, b) = make_replicas(tmp_path, 2)
    field_id = add_frame(a)
    m, _ = execute(a, "anlegen", measures.create_measure, "Bauakte", [field_id])
    sync(a, share), sync(b, share)
    backup = tmp_path / "sicherung.werkbank"
    a.save_copy(backup)
    execute(a, "titel", measures.update_measure, m.id, {"title": "Nach der Sicherung"})
    sync(a, share), sync(b, share)
    a.close()
    shutil.copy(backup, tmp_path / "laptop0.werkbank")  # the laptop is restored
    for suffix in ("-wal", "-shm"):
        Path(f"{tmp_path / 'laptop0.werkbank'}{suffix}").unlink(missing_ok=True)
    a = Workspace.open(tmp_path / "laptop0.werkbank")
    execute(a, "budget", measures.update_measure, m.id, {"budget_cents": 500_00})
    report = sync(a, share)
    assert report.new_replica is not None
    sync(b, share), sync(a, share)
    with a.session() as s:
        got = s.get(Measure, m.id)
        assert got.title == "Nach der Sicherung" and got.budget_cents == 500_00
    assert data(a) == data(b)


# -- a merge that breaks a rule; conflicts that travel -------------------------------------


def test_a_merge_that_breaks_a_rule_is_a_conflict_and_other_fields_stay_editable(tmp_path):
    from datetime import date

    share, (a, b) = make_replicas(tmp_path, 2)
    field_id = add_frame(a)
    m, _ = execute(a, "anlegen", measures.create_measure, "Bauakte", [field_id])
    sync(a, share), sync(b, share)
    execute(a, "beginn", measures.update_measure, m.id, {"start_date": date(2030, 1, 1)})
    execute(b, "ende", measures.update_measure, m.id, {"end_date": date(2029, 12, 31)})
    sync(a, share), sync(b, share), sync(a, share)
    found = sync_service.conflicts(a)
    assert [(c.kind, c.field) for c in found] == [("invalid", "end_date")]
    assert "Das Ende (31.12.2029) liegt vor dem Beginn (01.01.2030)" in found[0].describe()
    execute(a, "titel", measures.update_measure, m.id, {"title": "Bauakte 2030"})  # allowed
    sync_service.resolve(a, found[0].id, "value", "2030-12-31")
    assert sync_service.conflicts(a) == []
    sync(a, share), sync(b, share)
    assert sync_service.conflicts(b) == [] and data(a) == data(b)


def test_a_resolution_reaches_every_laptop_and_open_conflicts_travel_in_snapshots(tmp_path):
    share, (a, b, c) = make_replicas(tmp_path, 3)
    field_id = add_frame(a)
    m, _ = execute(a, "anlegen", measures.create_measure, "Bauakte", [field_id])
    for ws in (a, b, c):
        sync(ws, share)
    execute(a, "titel", measures.update_measure, m.id, {"title": "Bauakte A"})
    execute(b, "titel", measures.update_measure, m.id, {"title": "Bauakte B"})
    for ws in (a, b, c, a, b):
        sync(ws, share)
    assert [len(sync_service.conflicts(ws)) for ws in (a, b, c)] == [1, 1, 1]
    from workbench.sync.engine import PlaceSync

    PlaceSync(c, share).write_snapshot()
    late = Workspace.create(tmp_path / "spaeter.werkbank", name="Gemeinsam")
    sync_service.set_folder(late, share, join=True)
    assert sync(late, share).from_snapshot
    assert [c_.field for c_ in sync_service.conflicts(late)] == ["title"]
    conflict = sync_service.conflicts(b)[0]
    sync_service.resolve(b, conflict.id, "other")
    for ws in (b, a, c, late):
        sync(ws, share)
    assert [sync_service.conflicts(ws) for ws in (a, b, c, late)] == [[], [], [], []]
    assert data(a) == data(b) == data(c) == data(late)


def test_the_conflict_list_reads_as_a_civil_servant_would_say_it(tmp_path) -> None:
    a, b, share = tmp_path / "a.werkbank", tmp_path / "b.werkbank", tmp_path / "share"
    cli("demo", a)
    cli("sync", a, "--folder", share)
    cli("sync", b, "--folder", share, "--join")
    cli("measures", "set", a, "P-01", "phase=Entwicklung")
    cli("measures", "set", b, "P-01", "phase=Skalierung")
    for path in (a, b, a):
        cli("sync", path)
    code, out, _ = cli("conflicts", a)
    assert code == 0
    lines = out.strip().splitlines()
    assert len(lines) == 1, out  # the phase only: no bookkeeping columns
    line = lines[0]
    assert "Maßnahme P-01 „" in line and "Feld „Phase“" in line
    assert "Entwicklung" in line and "Skalierung" in line
    assert "diesem Rechner" in line and "-" not in line.split("Feld")[0].split("P-01")[1][:3]
    code, _, err = cli("conflicts", a, "--resolve", "1")
    assert code != 0 and "--keep" in err
    number = line.split(":")[0]
    code, out, err = cli("conflicts", a, "--resolve", number, "--keep", "other")
    assert code == 0, err
    for path in (a, b):
        cli("sync", path)
    assert open_conflicts(a) == open_conflicts(b) == []
    assert dump(a) == dump(b)


# -- small ones ----------------------------------------------------------------------------


def test_a_retired_laptop_no_longer_holds_the_folder_back(tmp_path) -> None:
    from workbench.sync.engine import PlaceSync

    share, (a, b, c) = make_replicas(tmp_path, 3)
    field_id = add_frame(a)
    m, _ = execute(a, "anlegen", measures.create_measure, "Bauakte", [field_id])
    for ws in (a, b, c):
        sync(ws, share)
    for n in range(4):  # C's laptop was lost; A and B go on
        execute(a, "titel", measures.update_measure, m.id, {"title": f"Bauakte {n}"})
        sync(a, share), sync(b, share)
    PlaceSync(b, share).maintain(force=True)
    PlaceSync(b, share).write_snapshot()
    assert PlaceSync(a, share).maintain(force=True) == 1  # the one file C has; the rest waits
    gone = sync_service.status(c).replica
    code, out, err = cli("sync", "retire", tmp_path / "laptop1.werkbank", gone[:8])
    assert code == 0, err
    b_again = b
    sync(b_again, share), sync(a, share)
    PlaceSync(b, share).maintain(force=True)
    PlaceSync(b, share).write_snapshot()
    assert PlaceSync(a, share).maintain(force=True) > 0
    # C comes back after all: it goes on as a new laptop and loses nothing
    execute(c, "budget", measures.update_measure, m.id, {"budget_cents": 7_00})
    report = sync(c, share)
    assert report.new_replica is not None
    for ws in (a, b, c):
        sync(ws, share)
    assert data(a) == data(b) == data(c)
    with a.session() as s:
        assert s.get(Measure, m.id).budget_cents == 7_00


def test_temporary_files_of_a_killed_sync_are_tidied_away(tmp_path) -> None:
    import os
    import time

    from workbench.sync.engine import PlaceSync

    share, (a,) = make_replicas(tmp_path, 1)
    folder = PlaceSync(a, share)
    stale = folder.place.path(folder.own_folder) / ".00000007.wbc.tmp-4242"
    stale.write_bytes(b"halb")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    fresh = (
        folder.place.path(folder.own_folder) / ".00000008.wbc.tmp-4243"
    )  # being written right now
    fresh.write_bytes(b"halb")
    folder.maintain(force=True)
    assert not stale.exists() and fresh.exists()


def test_a_killed_join_leaves_nothing_that_blocks_the_next_attempt(tmp_path) -> None:
    import signal
    import subprocess
    import sys
    import time

    a, b, share = tmp_path / "a.werkbank", tmp_path / "b.werkbank", tmp_path / "share"
    cli("demo", a)
    cli("sync", a, "--folder", share)
    proc = subprocess.Popen(
        [sys.executable, "-m", "workbench", "sync", str(b), "--folder", str(share), "--join"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(0.8)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    code, out, err = cli("sync", b, "--folder", share, "--join")
    assert code == 0, err
    assert dump(a) == dump(b)


def test_measures_made_at_once_on_three_laptops_end_with_different_codes(tmp_path) -> None:
    share, laptops = make_replicas(tmp_path, 3)
    field_id = add_frame(laptops[0])
    for ws in laptops:
        sync(ws, share)
    for n, ws in enumerate(laptops):
        execute(ws, "anlegen", measures.create_measure, f"Gleichzeitig {n}", [field_id])
    for _ in range(5):  # two renumbered at once may meet again at M-0002: one more round
        for ws in laptops:
            sync(ws, share)
    dumps = [data(ws) for ws in laptops]
    assert dumps[0] == dumps[1] == dumps[2]
    codes = [m["code"] for m in dumps[0]["measures"]]
    assert len(codes) == len(set(codes)) == 3, codes
    code, _, err = cli("measures", "set", tmp_path / "laptop0.werkbank", codes[0], "Reifegrad=x")
    assert code == 0, err


def test_an_ambiguous_code_names_the_candidates(tmp_path) -> None:
    from workbench.services.errors import NotFoundError
    from workbench.services.measures import get_measure

    ws = Workspace.create(tmp_path / "a.werkbank")
    field_id = add_frame(ws)
    for title in ("Erste", "Zweite"):
        execute(ws, "anlegen", measures.create_measure, title, [field_id], code="M-0007")
    with ws.session() as s:
        try:
            get_measure(s, "M-0007")
        except NotFoundError as exc:
            assert "„Erste“" in str(exc) and "„Zweite“" in str(exc) and "ID" in str(exc)
        else:
            raise AssertionError("ambiguous code accepted")


def test_a_laptop_that_joined_and_never_wrote_can_be_removed(tmp_path) -> None:
    """It holds the upkeep back (it has not said what it applied), so it must be removable;
    the folder knows it though this laptop never applied a file of it."""
    share, (a, b) = make_replicas(tmp_path, 2)
    sync(a, share), sync(b, share)
    silent = sync_service.status(b).replica
    assert silent in sync_service.known_replicas(a)
    assert sync_service.retire(a, silent[:8]) == silent
    assert silent not in sync_service.known_replicas(a)


def _listed(ws: Workspace) -> list[tuple[str, str, str, str]]:
    """The open conflicts as every laptop must list them alike (the texts differ only in
    „diesem Rechner“)."""
    return sorted(
        (c.field, c.lost_hlc, c.current_shown, c.other_shown) for c in sync_service.conflicts(ws)
    )


def test_every_laptop_lists_the_same_conflicts_each_with_what_applies_now(tmp_path):
    """Three laptops retitle one measure unseen, two of them alike: every laptop lists the
    same open conflicts (one per losing value, not one per laptop that typed it), and each
    names the title that applies now – also after one is decided and the title edited."""
    share, (a, b, c) = make_replicas(tmp_path, 3)
    field_id = add_frame(a)
    m, _ = execute(a, "anlegen", measures.create_measure, "Bauakte", [field_id])
    for ws in (a, b, c):
        sync(ws, share)
    execute(a, "titel", measures.update_measure, m.id, {"title": "B-Titel"})
    execute(b, "titel", measures.update_measure, m.id, {"title": "B-Titel"})
    execute(c, "titel", measures.update_measure, m.id, {"title": "C-Titel"})
    for ws in (a, b, c, a, b, c):  # arrival orders differ between the laptops
        sync(ws, share)
    final = data(a)["measures"][0]["title"]
    assert data(b) == data(c) == data(a)
    lists = [_listed(ws) for ws in (a, b, c)]
    assert lists[0] == lists[1] == lists[2] and len(lists[0]) == 1, lists
    assert f"gilt jetzt „{final}“" in sync_service.conflicts(a)[0].describe()
    # the title is edited later (knowing both): the conflict says so, everywhere
    execute(b, "titel", measures.update_measure, m.id, {"title": "Neu gefasst"})
    for ws in (b, a, c):
        sync(ws, share)
    for ws in (a, b, c):
        (conflict,) = sync_service.conflicts(ws)
        by = "diesem Rechner" if ws is b else "Rechner "
        assert f"gilt jetzt „Neu gefasst“ (von {by}" in conflict.describe()
