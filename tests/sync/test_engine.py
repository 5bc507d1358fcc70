"""Two and three laptops sharing a folder: they converge and lose nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.sync.helpers import data, make_replicas, sync
from workbench.model import FieldOfAction, Goal, Heading, Measure
from workbench.services import items, measures
from workbench.services.operations import execute
from workbench.store.sync_tables import sync_conflicts
from workbench.store.workspace import Workspace
from workbench.sync.engine import PlaceSync


def add_frame(ws: Workspace) -> str:
    """A heading and a field of action, created through the services' transaction path."""

    def make(session):
        heading = Heading(name="Ermöglichende Verwaltung", position=1)
        field = FieldOfAction(name="Daten als Gemeingut nutzen", heading=heading, position=1)
        session.add_all([heading, field])
        session.flush()
        return field.id

    field_id, _ = execute(ws, "Rahmen", make)
    return field_id


def conflicts(ws: Workspace) -> list:
    with ws.engine.connect() as conn:
        return conn.execute(select(sync_conflicts)).all()


def test_a_measure_made_on_one_laptop_appears_on_the_other(tmp_path: Path) -> None:
    share, (a, b) = make_replicas(tmp_path, 2)
    field_id = add_frame(a)
    m, _ = execute(
        a,
        "anlegen",
        measures.create_measure,
        "Digitale Bauakte",
        [field_id],
        start_date=date(2026, 1, 1),
    )
    execute(a, "ziel", items.add_item, Goal, m.id, {"title": "Akten digital"})
    report = sync(a, share)
    assert report.files_written == 1 and report.ops_exported > 10
    report = sync(b, share)
    assert report.files_applied == 1 and not report.problems
    with b.session() as s:
        got = s.get(Measure, m.id)
        assert got.title == "Digitale Bauakte" and got.phase.name == "Vorprozess"
        assert [g.title for g in got.goals] == ["Akten digital"]
    assert data(a) == data(b)


def test_edits_on_both_sides_converge_and_the_loser_is_kept(tmp_path: Path) -> None:
    share, (a, b) = make_replicas(tmp_path, 2)
    field_id = add_frame(a)
    m, _ = execute(a, "anlegen", measures.create_measure, "Bauakte", [field_id])
    sync(a, share), sync(b, share)
    execute(a, "titel", measures.update_measure, m.id, {"title": "Bauakte (A)"})
    execute(b, "titel", measures.update_measure, m.id, {"title": "Bauakte (B)"})
    execute(b, "budget", measures.update_measure, m.id, {"budget_cents": 500})
    for ws in (a, b, a):
        sync(ws, share)
    assert data(a) == data(b)
    with a.session() as s:
        final = s.get(Measure, m.id).title
    assert final in ("Bauakte (A)", "Bauakte (B)")
    assert data(a)["measures"][0]["budget_cents"] == 500  # no conflict on other fields
    lost = {c.lost_value for ws in (a, b) for c in conflicts(ws) if c.field == "title"}
    assert lost == {'"Bauakte (A)"', '"Bauakte (B)"'} - {f'"{final}"'}


def test_edit_of_a_row_deleted_elsewhere_is_kept_as_conflict(tmp_path: Path) -> None:
    share, (a, b) = make_replicas(tmp_path, 2)
    field_id = add_frame(a)
    m, _ = execute(a, "anlegen", measures.create_measure, "Bauakte", [field_id])
    goal, _ = execute(a, "ziel", items.add_item, Goal, m.id, {"title": "Ziel"})
    sync(a, share), sync(b, share)
    execute(a, "weg", items.delete_item, Goal, goal.id)
    execute(b, "titel", items.update_item, Goal, goal.id, {"title": "Ziel, geschärft"})
    for ws in (a, b, a):
        sync(ws, share)
    assert data(a) == data(b)
    assert data(a)["goals"] == []
    kept = [c for ws in (a, b) for c in conflicts(ws) if c.kind == "deleted_row"]
    assert any(c.lost_value == '"Ziel, geschärft"' for c in kept)


def test_foreign_and_copied_files_are_reported_once(tmp_path: Path) -> None:
    share, (a, b) = make_replicas(tmp_path, 2)
    add_frame(a)
    sync(a, share)
    base = share / a.workspace_id
    (base / "desktop.ini").write_text("[.ShellClassInfo]")
    folder = next((base / "changes").iterdir())
    original = folder / "00000001.wbc"
    (folder / "00000001 (1).wbc").write_bytes(original.read_bytes())
    (folder / ".DS_Store").write_bytes(b"\0")
    first = sync(b, share)
    assert any("desktop.ini" in p for p in first.problems)
    assert any("identische Kopie" in p for p in first.problems)
    assert any(".DS_Store" in p for p in first.problems)
    assert first.files_applied == 1
    assert sync(b, share).problems == []  # reported once, not on every sync
    assert data(a) == data(b)


def test_truncated_file_waits_and_is_applied_when_complete(tmp_path: Path) -> None:
    share, (a, b) = make_replicas(tmp_path, 2)
    add_frame(a)
    sync(a, share)
    path = next((share / a.workspace_id / "changes").glob("*/00000001.wbc"))
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    report = sync(b, share)
    assert report.files_applied == 0 and report.waiting == 1
    assert any("unvollständig oder beschädigt" in p for p in report.problems)
    path.write_bytes(whole)
    assert sync(b, share).files_applied == 1
    assert data(a) == data(b)


def test_flipped_byte_is_refused_by_the_checksum(tmp_path: Path) -> None:
    share, (a, b) = make_replicas(tmp_path, 2)
    add_frame(a)
    sync(a, share)
    from workbench.sync.files import pack, unpack

    path = next((share / a.workspace_id / "changes").glob("*/00000001.wbc"))
    raw = bytearray(unpack(path.read_bytes(), path.name))
    i = raw.index(b"Gemeingut")
    raw[i] = ord("X")
    path.write_bytes(pack(bytes(raw)))  # changed, and packed again: only the checksum tells
    report = sync(b, share)
    assert report.files_applied == 0
    assert any("Prüfsumme stimmt nicht" in p for p in report.problems)
    assert data(b)["fields_of_action"] == []


def test_operations_from_the_far_future_are_held_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A laptop that cannot tell its clock is wrong (the share tells no time of its own)
    sends stamps years ahead: the others hold them back and say so."""
    from workbench.sync import clock
    from workbench.sync.place import FolderPlace

    monkeypatch.setattr(FolderPlace, "now", lambda self, folder: None)
    share, (a, b) = make_replicas(tmp_path, 2)
    with monkeypatch.context() as years_ahead:  # laptop A's clock is set to 2100
        years_ahead.setattr(clock, "wall_clock_ms", lambda: 4_102_444_800_000)
        add_frame(a)
        sync(a, share)
    report = sync(b, share)
    assert report.files_applied == 0
    assert any("in der Zukunft" in p and "01.01.2100" in p for p in report.problems)


def test_stamps_years_ahead_that_never_left_the_laptop_are_made_anew(tmp_path: Path) -> None:
    """The share tells the time: the laptop's unsent stamps from the future get new ones
    before they go out, and the others take them at once."""
    from workbench.sync import capture

    share, (a, b) = make_replicas(tmp_path, 2)
    with a.engine.begin() as conn:
        capture.state_set(conn, "hlc", "4102444800000000-00000")
    add_frame(a)
    said = sync(a, share)
    assert any("ging zeitweise um etwa" in p for p in said.problems)
    report = sync(b, share)
    assert report.ops_applied > 0 and not report.postponed
    assert data(b)["fields_of_action"] == data(a)["fields_of_action"] != []


def test_a_file_with_a_malformed_time_stamp_is_refused_by_name(tmp_path: Path) -> None:
    """Its checksum is right (written by a broken or foreign program), its stamp is not."""
    from workbench.sync.files import encode, read_file

    share, (a, b) = make_replicas(tmp_path, 2)
    add_frame(a)
    sync(a, share)
    path = next((share / a.workspace_id / "changes").glob("*/00000001.wbc"))
    change = read_file(path)
    bad = replace(change, ops=[replace(change.ops[0], hlc="gestern")] + change.ops[1:])
    path.write_bytes(encode(bad)[0])
    report = sync(b, share)
    assert report.files_applied == 0
    assert any("00000001.wbc" in p and "Operation ungültig" in p for p in report.problems)
    assert data(b)["fields_of_action"] == []


def test_missing_share_means_offline_and_nothing_lost(tmp_path: Path) -> None:
    share, (a, b) = make_replicas(tmp_path, 2)
    add_frame(a)
    missing = tmp_path / "gone"
    missing.write_text("not a folder")  # the share path is a file: writing below it fails
    report = PlaceSync(a, missing).sync()
    assert report.offline and "nicht erreichbar" in report.offline
    assert sync(a, share).files_written == 1  # the changes waited in the outbox
    sync(b, share)
    assert data(a) == data(b)


def test_oversized_file_is_refused_with_a_message(tmp_path: Path, monkeypatch) -> None:
    from workbench.sync import files

    share, (a, b) = make_replicas(tmp_path, 2)
    add_frame(a)
    sync(a, share)
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 100)
    report = sync(b, share)
    assert report.files_applied == 0
    assert any("zu groß" in p for p in report.problems)


def test_new_laptop_joins_from_the_newest_snapshot_plus_later_files(tmp_path: Path) -> None:
    share, (a, b, c) = make_replicas(tmp_path, 3)
    field_id = add_frame(a)
    for n in range(5):
        m, _ = execute(a, "anlegen", measures.create_measure, f"Maßnahme {n}", [field_id])
        sync(a, share)  # one change file each
    sync(b, share)
    execute(b, "titel", measures.update_measure, m.id, {"title": "Von B"})
    sync(b, share)
    sync(a, share)
    snapshot = PlaceSync(a, share).write_snapshot()
    assert snapshot.suffix == ".wbs"
    execute(a, "titel", measures.update_measure, m.id, {"title": "Nach dem Schnappschuss"})
    sync(a, share)
    report = sync(c, share)  # the new laptop
    assert report.from_snapshot
    assert report.files_applied == 1  # only the file written after the snapshot
    assert data(c) == data(a)
    sync(b, share)
    assert data(b) == data(a)
    assert sync(a, share).from_snapshot is False  # the writer never reloads its own


def test_folder_from_a_newer_werkbank_is_refused(tmp_path: Path) -> None:
    import json as _json

    import pytest

    from workbench.services.errors import ServiceError
    from workbench.sync.engine import SyncError

    share, (a, b) = make_replicas(tmp_path, 2)
    add_frame(a)
    sync(a, share)
    info = share / a.workspace_id / "workspace.json"
    data = _json.loads(info.read_text())
    data["format"] = 99
    info.write_text(_json.dumps(data))
    with pytest.raises(SyncError, match="neueren Werkbank-Version"):
        PlaceSync(b, share).sync()
    with pytest.raises(ServiceError, match="neueren Werkbank-Version"):
        sync(b, share)  # as the window and the command line meet it


def test_differing_copy_is_reported_and_locked_file_retried(tmp_path: Path) -> None:
    share, (a, b) = make_replicas(tmp_path, 2)
    add_frame(a)
    sync(a, share)
    folder = next((share / a.workspace_id / "changes").iterdir())
    (folder / "00000001.sync-conflict-20261126-0815.wbc").write_bytes(b"{}")
    report = sync(b, share)
    assert any("ABWEICHENDE Kopie" in p for p in report.problems)
    add_frame(a)
    sync(a, share)
    second = folder / "00000002.wbc"
    whole = second.read_bytes()
    second.unlink()
    second.mkdir()  # stands for a file another program holds open: reading fails now
    report = sync(b, share)
    assert report.files_applied == 0 and any("gerade nicht lesbar" in p for p in report.problems)
    second.rmdir()
    second.write_bytes(whole)
    assert sync(b, share).files_applied == 1
    assert data(a) == data(b)


def test_links_that_lead_out_of_the_folder_are_not_followed(tmp_path: Path) -> None:
    share, (a, b) = make_replicas(tmp_path, 2)
    add_frame(a)
    sync(a, share)
    outside = tmp_path / "elsewhere" / "3f0b6a2e-1111-4222-8333-944455556666"
    outside.mkdir(parents=True)
    (outside / "00000001.wbc").write_bytes(b"{}")
    changes = share / a.workspace_id / "changes"
    (changes / outside.name).symlink_to(outside, target_is_directory=True)
    folder = next(p for p in changes.iterdir() if not p.is_symlink())
    (folder / "00000002.wbc").symlink_to(tmp_path / "laptop1.werkbank")
    report = sync(b, share)
    assert sum("Verknüpfung" in p for p in report.problems) == 2
    assert report.files_applied == 1  # A's real file; nothing behind the links
    assert data(a) == data(b)


def test_a_large_outbox_goes_out_in_several_files_that_never_split_a_new_row(
    tmp_path: Path, monkeypatch
) -> None:
    """Publishing 10,000 measures wrote one 250 MB file, which every reader refused as
    too large; now files hold about OPS_PER_FILE operations (here made tiny)."""
    from workbench.sync import outgoing
    from workbench.sync.files import read_file

    monkeypatch.setattr(outgoing, "OPS_PER_FILE", 7)
    share, (a, b) = make_replicas(tmp_path, 2)
    field_id = add_frame(a)
    for title in ("Bauakte", "Kiezbox", "Smart Water"):
        m, _ = execute(a, "anlegen", measures.create_measure, title, [field_id])
        execute(a, "ziel", items.add_item, Goal, m.id, {"title": f"Ziel für {title}"})
    report = sync(a, share)
    folder = PlaceSync(a, share)
    paths = sorted((folder.place.path(folder.base) / "changes" / folder.replica).iterdir())
    assert report.files_written == len(paths) > 5
    inserted: dict[tuple[str, str], str] = {}
    for path in paths:
        for op in read_file(path).ops:
            if op.op == "insert":  # every field of a new row comes in the same file
                assert inserted.setdefault((op.entity, op.row_id), path.name) == path.name
    assert sync(b, share).files_applied == len(paths)
    assert data(a) == data(b) and conflicts(b) == []
