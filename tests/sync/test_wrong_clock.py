"""A laptop whose clock was wrong once (SYNC.md rule 9): it says so on that laptop, its
edits are not held back by the others for days, and a file held for a stamp from the
future is named on every laptop that holds it. The clocks are the laptops' own (the
sync clock module's wall clock, shifted); the share is a real folder, whose files carry
the file system's time."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.sync.helpers import data, make_replicas, sync
from tests.sync.test_engine import add_frame
from workbench.services import measures
from workbench.services.operations import execute
from workbench.store.workspace import Workspace
from workbench.sync import clock as clock_module
from workbench.sync.place import FolderPlace

HOUR_MS = 3_600_000


@contextmanager
def clock_off(hours: float) -> Iterator[None]:
    """This process's laptop clock runs *hours* ahead (negative: behind)."""
    real = clock_module.wall_clock_ms
    clock_module.wall_clock_ms = lambda: real() + int(hours * HOUR_MS)
    try:
        yield
    finally:
        clock_module.wall_clock_ms = real


def titled(ws: Workspace) -> dict[str, str]:
    return {row["id"]: row["title"] for row in data(ws)["measures"]}


def me(ws: Workspace) -> str:
    from workbench.sync import capture

    with ws.engine.begin() as conn:
        return capture.replica_id(conn)


def new_measure(ws: Workspace, title: str) -> str:
    field = data(ws)["fields_of_action"][0]["id"]
    made, _ = execute(ws, "anlegen", measures.create_measure, title, [field])
    return made.id


def test_a_clock_days_ahead_is_said_and_its_edits_arrive_at_once(tmp_path: Path) -> None:
    share, (a, b) = make_replicas(tmp_path, 2)
    add_frame(a)
    sync(a, share)
    sync(b, share)
    with clock_off(50):  # A's date is two days ahead
        mid = new_measure(a, "Gestellt vor")
        said = sync(a, share)
    assert any("Uhr dieses Rechners geht um etwa 2 Tage vor" in p for p in said.problems)
    got = sync(b, share)
    assert got.files_applied == 1 and got.waiting == 0 and not got.postponed
    assert titled(b)[mid] == "Gestellt vor"
    # B edits the measure after A did (by the real time): B's title wins everywhere
    execute(b, "titel", measures.update_measure, mid, {"title": "Von B danach"})
    sync(b, share)
    with clock_off(50):
        sync(a, share)
    assert titled(a)[mid] == titled(b)[mid] == "Von B danach"
    # the clock is put right: A says so, and its next edit arrives at once as well
    execute(a, "titel", measures.update_measure, mid, {"title": "Wieder richtig"})
    said = sync(a, share)
    assert any("geht wieder richtig" in p for p in said.problems)
    got = sync(b, share)
    assert got.files_applied == 1 and not got.postponed
    assert titled(a) == titled(b) and titled(b)[mid] == "Wieder richtig"


def test_a_clock_behind_is_said_and_its_later_edit_still_wins(tmp_path: Path) -> None:
    share, (a, b) = make_replicas(tmp_path, 2)
    add_frame(a)
    mid = new_measure(a, "Erst")
    sync(a, share)
    sync(b, share)
    execute(b, "titel", measures.update_measure, mid, {"title": "B vorher"})
    sync(b, share)
    with clock_off(-72):  # A's date is three days behind
        said = sync(a, share)  # noticed at the first contact with the share
        execute(a, "titel", measures.update_measure, mid, {"title": "A danach"})
        sync(a, share)
    assert any("geht um etwa 3 Tage nach" in p for p in said.problems)
    sync(b, share)
    assert titled(a)[mid] == titled(b)[mid] == "A danach"


def test_a_share_without_its_own_time_holds_the_file_while_the_clock_is_wrong(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A synced folder on the laptop's own disk carries the laptop's (wrong) time: the
    stamps go out, and while that clock is still wrong every laptop that holds them says
    which file, until when, and that later files wait behind it. Once the clock is put
    right, the laptop says so itself and writes one file that tells the others: they
    take everything at once, not in two days, and its later edits arrive at once too."""
    monkeypatch.setattr(FolderPlace, "now", lambda self, folder: None)
    share, (a, b, c) = make_replicas(tmp_path, 3)
    add_frame(a)
    for ws in (a, b, c):
        sync(ws, share)
    with clock_off(50):
        mid = new_measure(a, "Aus der Zukunft")
        sync(a, share)
        execute(a, "titel", measures.update_measure, mid, {"title": "Noch falsch"})
        sync(a, share)
    for ws in (b, c):
        got = sync(ws, share)
        assert got.ops_applied == 0 and got.waiting == 2
        assert [p[:2] for p in got.postponed] == [(me(a), 2)]
        notice = next(p for p in got.problems if "in der Zukunft" in p)
        assert "00000002.wbc" in notice and me(a)[:8] in notice
        assert "warten dahinter" in notice
        assert mid not in titled(ws)
    said = sync(a, share)  # the clock is right again; nothing typed since
    assert any("ging zeitweise um etwa 2 Tage vor" in p for p in said.problems)
    assert said.files_written == 1  # the file that tells the others
    assert sync(a, share).files_written == 0  # once
    for ws in (b, c):  # by their own clocks, now: no waiting for two days
        got = sync(ws, share)
        assert got.waiting == 0 and not got.postponed and titled(ws)[mid] == "Noch falsch"
        assert any(
            "geht wieder richtig, daher sind seine Änderungen übernommen" in p for p in got.problems
        )
    execute(a, "titel", measures.update_measure, mid, {"title": "Danach"})
    sync(a, share)
    for ws in (b, c):
        got = sync(ws, share)
        assert got.files_applied == 1 and not got.postponed
    assert titled(a) == titled(b) == titled(c) and titled(c)[mid] == "Danach"
    # an edit of B's after A's (causally: B saw it) wins, as always
    execute(b, "titel", measures.update_measure, mid, {"title": "Von B"})
    for ws in (b, a, c):
        sync(ws, share)
    assert titled(a) == titled(b) == titled(c) and titled(c)[mid] == "Von B"


def test_a_clock_weeks_ahead_stays_held_when_put_right(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stamps more than a week ahead are not taken early, even from a laptop whose clock
    is right again: they would win over everybody's edits for that long. Each laptop says
    which file it holds; the laptop itself is told to ask about joining anew."""
    monkeypatch.setattr(FolderPlace, "now", lambda self, folder: None)
    share, (a, b) = make_replicas(tmp_path, 2)
    add_frame(a)
    for ws in (a, b):
        sync(ws, share)
    with clock_off(24 * 30):
        mid = new_measure(a, "Einen Monat voraus")
        sync(a, share)
    said = sync(a, share)
    assert any("neu beitreten" in p for p in said.problems)
    got = sync(b, share)
    assert [p[:2] for p in got.postponed] == [(me(a), 2)] and mid not in titled(b)
