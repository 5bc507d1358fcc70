"""The shared folder is untrusted input: forged or broken change files, snapshots and
folder entries are set aside by name; they never stop the sync, never make the workspace
unreadable, and a good file from another laptop still arrives. Each hostile file is
built here."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from tests.helpers import examples
from tests.sync.helpers import data, make_replicas, sync
from tests.sync.test_engine import add_frame
from workbench.cli import run
from workbench.model import Measure
from workbench.services import measures
from workbench.services import sync as sync_service
from workbench.services.operations import execute
from workbench.store.dump import dump_json
from workbench.sync.clock import Stamp, wall_clock_ms
from workbench.sync.engine import PlaceSync
from workbench.sync.files import ChangeFile, Op, encode, file_name


def _stamp(offset: int = 0) -> str:
    return Stamp(wall_clock_ms() + offset, 0).text()


def _forge(share: Path, ws, ops: list[Op]) -> Path:
    """A change file as laptop *ws* would write it next, carrying *ops* (checksum right)."""
    folder = PlaceSync(ws, share)
    seq = max([0, *folder.share.seqs(folder.place.path(folder.own_folder))]) + 1
    with ws.engine.connect() as conn:
        seen = folder.share.vector(conn)
    data_, _ = encode(ChangeFile(ws.workspace_id, folder.replica, seq, seen, ops))
    path = folder.place.path(folder.own_folder) / file_name(seq)
    path.write_bytes(data_)
    return path


@pytest.fixture
def pair(tmp_path):
    share, (a, b) = make_replicas(tmp_path, 2)
    field_id = add_frame(a)
    first, _ = execute(a, "anlegen", measures.create_measure, "Bauakte", [field_id])
    second, _ = execute(a, "anlegen", measures.create_measure, "Kiezbox", [field_id])
    sync(a, share), sync(b, share)
    return share, a, b, first.id, second.id


BAD_VALUES = {
    "kein JSON": ("title", "{kaputt"),
    "JSON-Liste": ("title", "[1, 2]"),
    "Zahl über 64 Bit": ("budget_cents", "99999999999999999999999"),
    "null im Pflichtfeld": ("title", "null"),
    "Text im Datumsfeld": ("start_date", '"gestern"'),
    "unbekannter Status": ("status", '"kaputt"'),
    "Verweis ins Leere": ("phase_id", '"00000000-0000-4000-8000-000000000000"'),
    "unendliche Zahl": ("budget_cents", "1e400"),
}


@pytest.mark.parametrize("case", sorted(BAD_VALUES))
def test_a_bad_value_is_set_aside_by_name_and_nothing_else_stops(pair, case) -> None:
    share, a, b, first, second = pair
    field, value = BAD_VALUES[case]
    good = Op(_stamp(), "measures", second, "set", "title", '"Kiezbox 2.0"')
    path = _forge(share, b, [Op(_stamp(), "measures", first, "set", field, value), good])
    report = sync(a, share)  # never raises
    assert any(
        path.name in p and "nicht übernommen" in p and PlaceSync(b, share).replica[:8] in p
        for p in report.problems
    ), report.problems
    with a.session() as s:
        assert s.get(Measure, second).title == "Kiezbox 2.0"  # the good one in the same file
        assert s.get(Measure, first).title == "Bauakte"
    with a.session() as s:
        json.loads(dump_json(s))  # the workspace stays readable
    out, err = io.StringIO(), io.StringIO()
    assert run(["measures", "list", str(a.path)], out, err) == 0, err.getvalue()
    # B's next (genuine) edit still arrives
    execute(b, "titel", measures.update_measure, first, {"title": "Bauakte echt"})
    sync(b, share), sync(a, share)
    with a.session() as s:
        assert s.get(Measure, first).title == "Bauakte echt"
    assert sync(a, share).problems == []  # said once


def test_a_new_row_with_a_bad_field_is_set_aside_whole(pair) -> None:
    share, a, b, first, _ = pair
    row = "2f0c6b6e-0000-4000-8000-000000000001"
    stamp = _stamp()
    ops = [
        Op(stamp, "goals", row, "insert", "measure_id", json.dumps(first)),
        Op(stamp, "goals", row, "insert", "title", '"Ziel"'),
        Op(stamp, "goals", row, "insert", "position", '"erste"'),
    ]
    path = _forge(share, b, ops)
    report = sync(a, share)
    assert any(path.name in p for p in report.problems)
    assert data(a)["goals"] == []


def test_a_fifo_a_huge_sparse_file_and_a_linked_folder_are_never_read_or_written(pair) -> None:
    share, a, b, first, _ = pair
    folder = PlaceSync(b, share)
    nxt = max([0, *folder.share.seqs(folder.place.path(folder.own_folder))]) + 1
    os.mkfifo(
        folder.place.path(folder.own_folder) / file_name(nxt)
    )  # named like B's next file: reading hangs
    copy = (
        folder.place.path(folder.own_folder) / f"{nxt:08d} (1).wbc"
    )  # a "sync-client copy", 3 GB sparse
    with open(copy, "wb") as fh:
        fh.truncate(3 * 1024**3)
    report = sync(a, share)
    assert report.offline is None
    assert any(file_name(nxt) in p for p in report.problems), report.problems
    outside = share.parent / "ausserhalb"
    outside.mkdir()
    own = share / PlaceSync(a, share).own_folder
    for path in own.iterdir():
        path.unlink()
    own.rmdir()
    own.symlink_to(outside)  # A's own folder made a link that leads out of the share
    execute(a, "titel", measures.update_measure, first, {"title": "Durch die Verknüpfung?"})
    with pytest.raises(Exception, match="Verknüpfung"):
        sync(a, share)
    assert list(outside.iterdir()) == []
    own.unlink()
    changes = own.parent
    moved = changes.with_name("changes-echt")
    changes.rename(moved)
    changes.symlink_to(outside)  # the whole changes/ folder made a link
    with pytest.raises(Exception, match="Verknüpfung"):
        sync(a, share)
    assert list(outside.iterdir()) == []


def test_a_malformed_snapshot_is_named_and_passed_over(tmp_path) -> None:
    from workbench.store.workspace import Workspace
    from workbench.sync.files import pack

    share, (a,) = make_replicas(tmp_path, 1)
    add_frame(a)
    sync(a, share)
    good = share / PlaceSync(a, share).write_snapshot()
    bodies = {
        "tables als Liste": {"tables": []},
        "Vektor nicht Zahl": {"vector": {PlaceSync(a, share).replica: "viele"}},
        "Zeitstempel kaputt": {"hlc": "gestern"},
        "Zeile zu kurz": {"tables": {"phases": {"columns": ["id", "name"], "rows": [["x"]]}}},
        "Text im Datumsfeld": {
            "tables": {"measures": {"columns": ["id", "start_date"], "rows": [["m", "gestern"]]}}
        },
        "Uhr kaputt": {"clocks": [["measures", "m", "title", "bald", "r", None]]},
    }
    for n, (case, patch) in enumerate(bodies.items()):
        body = {
            "format": 2,
            "workspace": a.workspace_id,
            "replica": good.parent.name,
            "hlc": Stamp(wall_clock_ms() + 1000 + n, 0).text(),
            "vector": {},
            "tables": {},
            "clocks": [],
            "tombstones": [],
        } | patch
        payload = json.dumps(body).encode()
        import hashlib

        name = good.with_name(Stamp(wall_clock_ms() + 5000 + n, 0).text() + ".wbs")
        name.write_bytes(pack(hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload))
        late = Workspace.create(tmp_path / f"spaet{n}.werkbank", name="Gemeinsam")
        sync_service.set_folder(late, share, join=True)
        report = sync(late, share)
        assert report.from_snapshot, case  # the good one, older, is taken
        assert any(name.name in p for p in report.problems), (case, report.problems)
        assert data(late) == data(a)
        name.unlink()
    link = good.with_name(Stamp(wall_clock_ms() + 9000, 0).text() + ".wbs")
    link.symlink_to("/dev/zero")
    late = Workspace.create(tmp_path / "spaet-link.werkbank", name="Gemeinsam")
    sync_service.set_folder(late, share, join=True)
    assert sync(late, share).from_snapshot  # the link is never followed


# -- fuzz: random and mutated files from the folder -----------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _mutations():
    """(where, how): a byte flipped, cut, a field replaced by anything JSON can be."""
    return st.one_of(
        st.tuples(st.just("flip"), st.integers(0, 10_000), st.integers(1, 255)),
        st.tuples(st.just("cut"), st.integers(0, 10_000)),
        st.tuples(
            st.just("field"),
            st.sampled_from(
                ["format", "workspace", "replica", "seq", "seen", "ops", "op0", "value0", "hlc0"]
            ),
            JSONISH,
        ),
        st.tuples(st.just("random"), st.binary(max_size=300)),
    )


def _mutated_change_file(share: Path, ws, first: str, how: tuple) -> bytes:
    """B's next change file, honest, then mutated by *how* (checksum recomputed where the
    body was changed on purpose, so that the content checks are what is tested)."""
    import hashlib

    from workbench.sync.files import _canonical, pack

    folder = PlaceSync(ws, share)
    seq = max([0, *folder.share.seqs(folder.place.path(folder.own_folder))]) + 1
    with ws.engine.connect() as conn:
        seen = folder.share.vector(conn)
    ops = [Op(_stamp(), "measures", first, "set", "title", '"Fuzz"')]
    body = ChangeFile(ws.workspace_id, folder.replica, seq, seen, ops).body()
    kind = how[0]
    if kind == "field":
        name, value = how[1], how[2]
        if name.endswith("0"):
            index = {"op0": None, "value0": 5, "hlc0": 0}[name]
            if index is None:
                body["ops"][0] = value
            else:
                body["ops"][0][index] = value
        else:
            body[name] = value
    try:
        body["sha256"] = hashlib.sha256(_canonical(body)).hexdigest()
        data = pack(_canonical(body))
    except (TypeError, ValueError):
        data = b"{}"
    if kind == "flip" and data:
        i = how[1] % len(data)
        data = data[:i] + bytes([data[i] ^ how[2]]) + data[i + 1 :]
    elif kind == "cut":
        data = data[: how[1] % max(1, len(data))]
    elif kind == "random":
        data = how[1]
    return data


@pytest.mark.slow
@settings(
    max_examples=examples(40),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(how=_mutations())
def test_fuzzed_change_files_never_stop_the_sync(tmp_path_factory, how) -> None:
    tmp = tmp_path_factory.mktemp("fuzz")
    share, (a, b, c) = make_replicas(tmp, 3)
    field_id = add_frame(a)
    first, _ = execute(a, "anlegen", measures.create_measure, "Bauakte", [field_id])
    for ws in (a, b, c):
        sync(ws, share)
    folder = PlaceSync(b, share)
    seq = max([0, *folder.share.seqs(folder.place.path(folder.own_folder))]) + 1
    (folder.place.path(folder.own_folder) / file_name(seq)).write_bytes(
        _mutated_change_file(share, b, first.id, how)
    )
    report = sync(a, share)  # never raises
    assert report.offline is None
    with a.session() as s:
        json.loads(dump_json(s))  # the workspace stays readable
    out, err = io.StringIO(), io.StringIO()
    assert run(["check", str(a.path)], out, err) == 0, out.getvalue() + err.getvalue()
    # a good file from another laptop still arrives
    execute(c, "titel", measures.update_measure, first.id, {"title": "Von C"})
    sync(c, share), sync(a, share)
    with a.session() as s:
        assert s.get(Measure, first.id).title == "Von C"


@pytest.mark.slow
@settings(
    max_examples=examples(30),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(info=st.one_of(JSONISH, st.binary(max_size=200)))
def test_a_fuzzed_workspace_json_is_refused_by_name_or_harmless(tmp_path_factory, info) -> None:
    from workbench.services.errors import ServiceError

    tmp = tmp_path_factory.mktemp("fuzzinfo")
    share, (a, b) = make_replicas(tmp, 2)
    sync(a, share)
    path = share / a.workspace_id / "workspace.json"
    path.write_bytes(info if isinstance(info, bytes) else json.dumps(info).encode())
    try:
        report = sync(b, share)
    except ServiceError as exc:  # refused by name
        assert (
            "workspace.json" in str(exc)
            or "Werkbank-Version" in str(exc)
            or "Kennwort" in str(exc)
            or "Schutz" in str(exc)
        ), str(exc)
    else:
        assert report is not None
    with b.session() as s:
        json.loads(dump_json(s))


@pytest.mark.slow
@settings(
    max_examples=examples(30),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(how=_mutations())
def test_a_fuzzed_snapshot_never_breaks_a_join(tmp_path_factory, how) -> None:
    from workbench.store.workspace import Workspace

    tmp = tmp_path_factory.mktemp("fuzzsnap")
    share, (a,) = make_replicas(tmp, 1)
    add_frame(a)
    sync(a, share)
    good = share / PlaceSync(a, share).write_snapshot()
    raw = good.read_bytes()
    if how[0] == "flip":
        i = how[1] % len(raw)
        raw = raw[:i] + bytes([raw[i] ^ how[2]]) + raw[i + 1 :]
    elif how[0] == "cut":
        raw = raw[: how[1] % len(raw)]
    elif how[0] == "random":
        raw = how[1]
    else:
        return  # field mutations of snapshots: test_a_malformed_snapshot_is_named_and_passed_over
    newer = good.with_name(Stamp(wall_clock_ms() + 10_000, 0).text() + ".wbs")
    newer.write_bytes(raw)
    late = Workspace.create(tmp / "spaet.werkbank", name="Gemeinsam")
    sync_service.set_folder(late, share, join=True)
    report = sync(late, share)  # never raises; takes the good one when the newer is broken
    assert report.from_snapshot
    assert data(late) == data(a)


# -- one file deleting many measures ----------------------------------------------------------


def test_a_file_deleting_many_measures_waits_for_confirmation(pair, tmp_path) -> None:
    share, a, b, first, second = pair
    field_id = None
    with a.session() as s:
        from sqlalchemy import select

        from workbench.model import FieldOfAction

        field_id = s.scalars(select(FieldOfAction.id)).first()
    made = [
        execute(a, "anlegen", measures.create_measure, f"M {n}", [field_id])[0].id for n in range(6)
    ]
    sync(a, share), sync(b, share)
    stamp = _stamp()
    doomed = [first, second, *made]
    forged = _forge(share, b, [Op(stamp, "measures", mid, "delete", "", "null") for mid in doomed])
    report = sync(a, share)
    assert report.held and any(
        forged.name in p and "8 Maßnahmen löschen" in p for p in report.problems
    ), report.problems
    assert len(report.held) == 1  # once, though every pass of the import meets it
    with a.session() as s:
        assert s.get(Measure, first) is not None  # nothing deleted yet
    # B's later (genuine) edit waits behind it: order within a laptop is kept
    held = sync_service.held_files(a)
    assert [h.measures for h in held] == [8]
    code, out, err = run_cli("sync", a.path, "--accept-deletions", "")
    assert code == 0 and "Bestätigt" in out, err
    sync(a, share)
    with a.session() as s:
        assert s.get(Measure, first) is None
    assert sync_service.held_files(a) == []


def test_a_file_deleting_a_few_measures_goes_through(pair) -> None:
    share, a, b, first, second = pair
    forged = _forge(share, b, [Op(_stamp(), "measures", first, "delete", "", "null")])
    report = sync(a, share)
    assert not report.held and not any(forged.name in p for p in report.problems)


def run_cli(*args) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run([str(a) for a in args], out, err)
    return code, out.getvalue(), err.getvalue()


def test_a_measure_deleted_for_good_by_sync_can_be_restored_with_its_lists(pair) -> None:
    from workbench.model import Goal
    from workbench.services import items

    share, a, b, first, second = pair
    execute(a, "ziel", items.add_item, Goal, first, {"title": "Akten digital"})
    sync(a, share), sync(b, share)
    with a.session() as s:
        goal_ids = [g.id for g in s.get(Measure, first).goals]
    stamp = _stamp()
    _forge(
        share,
        b,
        [Op(stamp, "goals", gid, "delete", "", "null") for gid in goal_ids]
        + [Op(stamp, "measures", first, "delete", "", "null")],
    )
    sync(a, share)
    with a.session() as s:
        assert s.get(Measure, first) is None  # one measure: not held, deleted
        from workbench.services.measures import deleted_measures

        assert [m.title for m in deleted_measures(s)] == ["Bauakte"]  # in the recycle bin
    code, out, err = run_cli("measures", "restore", a.path, first[:8])
    assert code == 0, err
    with a.session() as s:
        back = s.get(Measure, first)
        assert back is not None and back.title == "Bauakte"
        assert [g.title for g in back.goals] == ["Akten digital"]
    sync(a, share), sync(b, share)  # the restoration reaches the others
    with b.session() as s:
        assert s.get(Measure, first) is not None


def test_names_from_the_share_reach_the_terminal_escaped_and_short(pair) -> None:
    """A foreign file named with ESC, CR and a bell, and one of 250 characters: the
    notices show them escaped and shortened (before, raw: a terminal obeyed the ESC)."""
    share, a, b, *_ = pair
    folder = PlaceSync(b, share)
    changes = folder.place.path(folder.own_folder).parent
    (changes / "evil\x1b[2J\rname\x07.txt").write_bytes(b"x")
    (changes / ("lang" * 62 + ".txt")).write_bytes(b"x")
    report = sync(b, share)
    shown = [p for p in report.problems if "Fremd" in p]
    assert len(shown) == 2, report.problems
    assert all("\x1b" not in p and "\r" not in p and "\x07" not in p for p in shown)
    assert any("evil\\x1b[2J\\x0dname\\x07.txt" in p for p in shown), shown
    assert all(len(p) < 300 for p in shown), shown


def test_a_held_file_is_reported_once_when_other_files_apply_in_the_same_sync(tmp_path) -> None:
    """Laptop C's edit applies in the same sync that holds B's mass deletion: the import
    passes over B's file twice, and it was listed twice in `sync --json`."""
    share, (a, b, c) = make_replicas(tmp_path, 3)
    field_id = add_frame(a)
    made = [
        execute(a, "anlegen", measures.create_measure, f"M {n}", [field_id])[0].id for n in range(8)
    ]
    for ws in (a, b, c, a):
        sync(ws, share)
    _forge(share, b, [Op(_stamp(), "measures", mid, "delete", "", "null") for mid in made])
    execute(c, "neu", measures.create_measure, "Von C", [field_id])
    sync(c, share)
    report = sync(a, share)
    assert len(report.held) == 1, report.held
    assert "Von C" in {m["title"] for m in data(a)["measures"]}


def test_a_workspace_json_that_is_no_json_is_named_in_german(tmp_path: Path) -> None:
    """Not „Expecting value: line 1 column 1 (char 0)“ (Python's words), and no repr."""
    from tests.sync.helpers import make_replicas
    from workbench.services import sync as sync_service
    from workbench.services.errors import ServiceError

    share, (a, b) = make_replicas(tmp_path, 2)
    sync_service.sync_now(a)
    info = next(share.glob("*/workspace.json"))
    info.write_bytes(b"\xff\xfenicht json")
    with pytest.raises(ServiceError) as caught:
        sync_service.sync_now(b)
    assert "keine UTF-8-Textdatei" in str(caught.value), caught.value
    info.write_text("{kaputt", encoding="utf-8")
    with pytest.raises(ServiceError) as caught:
        sync_service.sync_now(b)
    assert "kein gültiges JSON (Zeile 1, Spalte 2)" in str(caught.value), caught.value
