"""Syncing through a real WebDAV server (WsgiDAV on loopback, Nextcloud's path layout,
basic authentication): the same change files and rules as a folder, from the states
people create, and through the faults of real servers and networks."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.sync.dav_server import PASSWORD, USER, CuttingProxy, DavServer, make_authority
from tests.sync.helpers import SHARED_ID, converge, data
from tests.sync.test_engine import add_frame
from workbench.model import Goal, Measure
from workbench.services import credentials, items, measures, sharing
from workbench.services import sync as sync_service
from workbench.services.errors import ServiceError
from workbench.services.operations import execute
from workbench.store.workspace import Workspace
from workbench.sync import capture
from workbench.sync.engine import adopt_workspace


@pytest.fixture
def server(tmp_path: Path):
    srv = DavServer(tmp_path / "server")
    yield srv
    srv.stop()


def _server(srv: DavServer, url: str | None = None) -> sync_service.Server:
    return sync_service.Server(url or srv.url, USER)


def _laptops(tmp_path: Path, srv: DavServer, count: int = 2, url: str | None = None):
    """As people start: laptop 0 has edited its workspace (a frame, a measure renamed, a
    goal added and removed) before it shares it on the server; the others join."""
    first = Workspace.create(tmp_path / "laptop0.werkbank", name="Gemeinsam")
    adopt_workspace(first, SHARED_ID)
    field = add_frame(first)
    m, _ = execute(first, "anlegen", measures.create_measure, "Vorab", [field])
    execute(first, "titel", measures.update_measure, m.id, {"title": "Vorab geändert"})
    goal, _ = execute(first, "ziel", items.add_item, Goal, m.id, {"title": "Weg damit"})
    execute(first, "ziel weg", items.delete_item, Goal, goal.id)
    sync_service.set_server(first, _server(srv, url), PASSWORD)
    laptops = [first]
    for n in range(1, count):
        ws = Workspace.create(tmp_path / f"laptop{n}.werkbank", name="Gemeinsam")
        sync_service.set_server(ws, _server(srv, url), PASSWORD, join=True)
        laptops.append(ws)
    for ws in laptops:
        assert sync_service.sync_now(ws).offline is None
    return laptops, field


def _title(ws: Workspace, code: str = "Z-01") -> str:
    with ws.session() as s:
        return s.scalars(select(Measure.title).where(Measure.code == code)).one()


def _pending(ws: Workspace) -> int:
    with ws.engine.connect() as conn:
        return capture.pending_count(conn)


def test_laptops_share_and_join_through_a_server_and_converge(tmp_path: Path, server) -> None:
    (a, b, c), field = _laptops(tmp_path, server, 3)
    assert _title(b) == "Vorab geändert"  # what A did before sharing arrived by snapshot
    execute(b, "titel", measures.update_measure, _measure(b), {"title": "Von B"})
    execute(c, "neu", measures.create_measure, "Von C", [field])
    converge([a, b, c])
    assert _title(a) == "Von B"
    assert {m["title"] for m in data(a)["measures"]} == {"Von B", "Von C"}
    # On the server the files are those of a folder: the same names and the same layout
    names = {p.relative_to(server.storage).as_posix() for p in server.storage.rglob("*")}
    assert f"{SHARED_ID}/workspace.json" in names
    replica = sync_service.status(b).replica
    assert f"{SHARED_ID}/changes/{replica}/00000001.wbc" in names
    assert any(n.startswith(f"{SHARED_ID}/snapshots/") and n.endswith(".wbs") for n in names)
    assert not [n for n in names if ".tmp-" in n]  # every upload was moved into place


def _measure(ws: Workspace, code: str = "Z-01") -> str:
    with ws.session() as s:
        return s.scalars(select(Measure.id).where(Measure.code == code)).one()


def test_a_sync_that_finds_nothing_new_sends_one_listing_and_reads_nothing(
    tmp_path: Path, server
) -> None:
    (a, b), field = _laptops(tmp_path, server)
    for n in range(30):
        execute(a, "neu", measures.create_measure, f"Nr. {n}", [field])
        sync_service.sync_now(a)
    converge([a, b])
    server.log.clear()
    report = sync_service.sync_now(b)
    assert (report.files_applied, report.files_written) == (0, 0)
    assert [method for method, _ in server.log] == ["PROPFIND"]
    # a new process (the command line, a restarted window): its connection knows nothing
    # yet, workspace.json's copy and ETag are in the workspace – still one request
    from workbench.services import sharing

    sharing._connected.clear()
    server.log.clear()
    report = sync_service.sync_now(b)
    assert [method for method, _ in server.log] == ["PROPFIND"], server.log


def test_a_server_without_infinite_depth_is_listed_folder_by_folder(tmp_path: Path, server) -> None:
    server.infinite = False
    (a, b), field = _laptops(tmp_path, server)
    execute(a, "neu", measures.create_measure, "Ebene für Ebene", [field])
    converge([a, b])
    assert "Ebene für Ebene" in {m["title"] for m in data(b)["measures"]}
    server.log.clear()
    sync_service.sync_now(b)
    assert {method for method, _ in server.log} == {"PROPFIND"}  # no reads, no writes


def test_a_server_that_answers_infinite_depth_with_one_level_is_listed_folder_by_folder(
    tmp_path: Path, server
) -> None:
    """Some servers answer „Depth: infinity“ as „Depth: 1“ without saying so; taken at
    its word, that answer would hide every change file, and nothing would ever sync."""
    server.downgrade = True
    (a, b), field = _laptops(tmp_path, server)
    execute(a, "neu", measures.create_measure, "Trotz flacher Antwort", [field])
    converge([a, b])
    assert "Trotz flacher Antwort" in {m["title"] for m in data(b)["measures"]}
    assert sync_service.connect(_server(server)).infinite is False


def test_a_laptop_that_joined_and_never_wrote_is_known_without_asking_the_server(
    tmp_path: Path, server
) -> None:
    (a, b), _ = _laptops(tmp_path, server)
    sync_service.sync_now(a)
    server.log.clear()
    assert sync_service.known_replicas(a) == [sync_service.status(b).replica]
    assert server.log == []  # the window asks this on every redraw: no request


def test_the_workspace_moves_from_a_folder_to_a_server(tmp_path: Path, server) -> None:
    share = tmp_path / "share"
    share.mkdir()
    a = Workspace.create(tmp_path / "a.werkbank", name="Gemeinsam")
    adopt_workspace(a, SHARED_ID)
    field = add_frame(a)
    execute(a, "neu", measures.create_measure, "Im Ordner begonnen", [field])
    sync_service.set_folder(a, share)
    b = Workspace.create(tmp_path / "b.werkbank", name="Gemeinsam")
    sync_service.set_folder(b, share, join=True)
    for ws in (a, b, a):
        sync_service.sync_now(ws)
    execute(b, "titel", measures.update_measure, _measure(b), {"title": "Noch im Ordner"})
    sync_service.sync_now(b)
    # A moves the workspace to the server (publishing a snapshot there); B follows
    sync_service.set_server(a, _server(server), PASSWORD)
    assert sync_service.status(a).server == server.url
    sync_service.set_server(b, _server(server), PASSWORD)
    execute(a, "neu", measures.create_measure, "Auf dem Server", [field])
    converge([a, b])
    assert _title(a) == "Noch im Ordner"  # B's last edit in the folder: it came along
    # a laptop that joins later starts from the server's snapshot and has everything
    c = Workspace.create(tmp_path / "c.werkbank", name="Gemeinsam")
    sync_service.set_server(c, _server(server), PASSWORD, join=True)
    converge([a, b, c])
    assert {m["title"] for m in data(c)["measures"]} == {"Noch im Ordner", "Auf dem Server"}


def test_quota_full_is_named_and_nothing_is_lost(tmp_path: Path, server) -> None:
    (a, b), field = _laptops(tmp_path, server)
    execute(a, "neu", measures.create_measure, "Wartet auf Platz", [field])
    waiting = _pending(a)
    server.faults.append(
        lambda method, path: "507 Insufficient Storage" if method == "PUT" else None
    )
    report = sync_service.sync_now(a)
    assert "Speicherplatz auf dem Server ist voll (507" in (report.offline or ""), report
    assert _pending(a) == waiting  # still here, to be sent
    server.faults.clear()
    assert sync_service.sync_now(a).files_written == 1
    sync_service.sync_now(b)
    assert "Wartet auf Platz" in {m["title"] for m in data(b)["measures"]}


def test_no_permission_to_write_is_a_read_only_share(tmp_path: Path, server) -> None:
    """A user who may read the folder on the server but not write (403): the others'
    changes still come in, the own ones wait and go out once writing is allowed."""
    (a, b), field = _laptops(tmp_path, server)
    execute(b, "neu", measures.create_measure, "Von B", [field])
    sync_service.sync_now(b)
    execute(a, "neu", measures.create_measure, "Wartet auf Schreibrecht", [field])
    server.faults.append(
        lambda method, path: "403 Forbidden" if method in ("PUT", "MKCOL", "MOVE") else None
    )
    report = sync_service.sync_now(a)
    assert report.offline is None
    assert "keine Berechtigung für diesen Ordner auf dem Server (403)" in (report.read_only or "")
    assert "Von B" in {m["title"] for m in data(a)["measures"]}
    assert _pending(a) > 0
    server.faults.clear()
    converge([a, b])
    assert "Wartet auf Schreibrecht" in {m["title"] for m in data(b)["measures"]}


def test_a_changed_password_is_named_and_the_new_one_goes_on(tmp_path: Path, server) -> None:
    (a, b), field = _laptops(tmp_path, server)
    execute(a, "neu", measures.create_measure, "Vor dem Passwortwechsel", [field])
    server.change_password("neues-app-passwort")
    report = sync_service.sync_now(a)
    assert "Anmeldung abgelehnt (401)" in (report.offline or ""), report
    assert _pending(a) > 0
    assert credentials.password(server.url, USER) is None  # a refused password is forgotten
    server.log.clear()  # the window syncs every few seconds: no more tries with that password
    assert "Anmeldung abgelehnt (401)" in (sync_service.sync_now(a).offline or "")
    assert server.log == []
    sync_service.set_server(a, _server(server), "neues-app-passwort")
    sync_service.set_server(b, _server(server), "neues-app-passwort")
    converge([a, b])
    assert "Vor dem Passwortwechsel" in {m["title"] for m in data(b)["measures"]}


@pytest.mark.parametrize("moves", [True, False], ids=["MOVE", "If-None-Match"])
def test_two_copies_of_one_workspace_never_overwrite_each_others_file(
    tmp_path: Path, server, moves: bool
) -> None:
    """A workspace file copied to a second laptop writes under the same replica id: both
    create the same next file name at about the same moment. The server refuses the second
    (412); that copy goes on as a new laptop and nothing is lost."""
    if not moves:  # a server without MOVE: a PUT with If-None-Match: * does the same
        server.faults.append(
            lambda method, path: "405 Method Not Allowed" if method == "MOVE" else None
        )
    (a, b), field = _laptops(tmp_path, server)
    a.checkpoint()
    copy_path = tmp_path / "kopie.werkbank"
    copy_path.write_bytes(a.path.read_bytes())
    copy = Workspace.open(copy_path)
    execute(a, "neu", measures.create_measure, "Vom Original", [field])
    execute(copy, "neu", measures.create_measure, "Von der Kopie", [field])
    sync_service.sync_now(a)
    report = sync_service.sync_now(copy)
    assert report.new_replica, report.problems
    converge([a, b, copy])
    assert {"Vom Original", "Von der Kopie"} <= {m["title"] for m in data(b)["measures"]}
    if not moves:
        assert ("PUT", f"{server.mount}/{server.folder}/{SHARED_ID}/changes") not in server.log


def test_a_proxy_that_strips_etags_changes_nothing_but_the_reads(tmp_path: Path, server) -> None:
    server.strip_etags = True
    (a, b), field = _laptops(tmp_path, server)
    execute(b, "neu", measures.create_measure, "Ohne ETags", [field])
    converge([a, b])
    assert "Ohne ETags" in {m["title"] for m in data(a)["measures"]}


@pytest.mark.parametrize("where", ["upload", "answer"])
def test_a_line_dropped_mid_write_is_retried_and_applied_once(
    tmp_path: Path, server, where: str
) -> None:
    """The line drops during the upload of a change file, or after the server moved it
    into place but before its answer arrived: the retry finishes the job, the other
    laptop applies the file once."""
    proxy = CuttingProxy(server)
    (a, b), field = _laptops(tmp_path, server, url=proxy.url)
    execute(a, "neu", measures.create_measure, "Durch die Funklücke", [field])
    if where == "upload":
        proxy.cut("PUT", after=300)
    else:
        proxy.lose_answer("MOVE")
    report = sync_service.sync_now(a)
    assert report.offline is None and report.files_written == 1
    assert proxy.cuts == 1
    received = sync_service.sync_now(b)
    assert received.files_applied == 1
    assert [m["title"] for m in data(b)["measures"]].count("Durch die Funklücke") == 1
    converge([a, b])
    proxy.close()


@pytest.mark.slow  # builds a file of tens of megabytes
def test_a_large_snapshot_read_resumes_where_the_line_dropped(tmp_path: Path, server) -> None:
    proxy = CuttingProxy(server)
    first = Workspace.create(tmp_path / "gross.werkbank", name="Gemeinsam")
    adopt_workspace(first, SHARED_ID)
    field = add_frame(first)

    def many(session) -> None:
        for n in range(1500):
            measures.create_measure(session, f"Maßnahme {n} " + "x" * (n % 97), [field])

    execute(first, "viele", many)
    sync_service.set_server(first, _server(server, proxy.url), PASSWORD)
    snapshot = next(server.storage.glob("*/snapshots/*/*.wbs"))
    assert snapshot.stat().st_size > 100_000
    late = Workspace.create(tmp_path / "spaeter.werkbank", name="Gemeinsam")
    sync_service.set_server(late, _server(server, proxy.url), PASSWORD, join=True)
    proxy.cut_answer("GET", after=snapshot.stat().st_size // 2)
    report = sync_service.sync_now(late)
    assert report.from_snapshot and proxy.cuts == 1
    assert any(r.startswith("bytes=") for r in server.ranges)  # resumed, not read again
    assert len(data(late)["measures"]) == 1500
    proxy.close()


def test_a_server_restarted_mid_sync_loses_nothing(tmp_path: Path, server) -> None:
    (a, b), field = _laptops(tmp_path, server)
    execute(a, "neu", measures.create_measure, "Während des Neustarts", [field])
    restarted = []

    def restart_once(method: str, path: str) -> str | None:
        if method == "MOVE" and not restarted:
            restarted.append(path)
            threading.Thread(target=server.restart).start()
            return "503 Service Unavailable"
        return None

    server.faults.append(restart_once)
    report = sync_service.sync_now(a)
    assert restarted and report.offline is None, report.offline
    converge([a, b])
    assert [m["title"] for m in data(b)["measures"]].count("Während des Neustarts") == 1


def test_a_server_that_is_away_is_offline_and_nothing_is_lost(tmp_path: Path, server) -> None:
    (a, b), field = _laptops(tmp_path, server)
    execute(a, "neu", measures.create_measure, "Offline geschrieben", [field])
    server.stop()
    sync_service.connect(_server(server)).retries = 0  # no pauses in the test
    report = sync_service.sync_now(a)
    assert "nicht erreichbar" in (report.offline or ""), report
    assert _pending(a) > 0
    server.start()
    converge([a, b])
    assert "Offline geschrieben" in {m["title"] for m in data(b)["measures"]}


def test_a_server_that_does_not_answer_is_a_timeout_and_nothing_is_lost(
    tmp_path: Path, server
) -> None:
    import time

    from workbench.sync.engine import PlaceSync
    from workbench.sync.webdav import WebDavPlace

    (a, b), field = _laptops(tmp_path, server)
    execute(a, "neu", measures.create_measure, "Hinter der Zeitüberschreitung", [field])
    server.faults.append(lambda method, path: time.sleep(1.5))  # answers too late
    slow = WebDavPlace(server.url, USER, PASSWORD, timeout=0.5, retries=1, backoff=0.05)
    started = time.monotonic()
    report = PlaceSync(a, slow).sync()
    assert "Zeitüberschreitung" in (report.offline or ""), report
    assert time.monotonic() - started < 5  # bounded: one try of half a second (no retry), no hang
    assert _pending(a) > 0
    server.faults.clear()
    converge([a, b])
    assert "Hinter der Zeitüberschreitung" in {m["title"] for m in data(b)["measures"]}


def test_the_password_lives_in_the_credential_store_never_in_the_workspace(
    tmp_path: Path, server
) -> None:
    (a, _b), _ = _laptops(tmp_path, server)
    store = Path(__import__("os").environ["WERKBANK_TEST_KEYRING"])
    assert PASSWORD in store.read_text("utf-8")
    a.checkpoint()
    assert PASSWORD.encode() not in a.path.read_bytes()
    assert sync_service.server_of(a) == sync_service.Server(server.url, USER)


def test_without_a_credential_store_the_password_holds_for_this_session(
    tmp_path: Path, server, monkeypatch
) -> None:
    monkeypatch.delenv("WERKBANK_TEST_KEYRING")  # this system has no credential store
    a = Workspace.create(tmp_path / "a.werkbank", name="Gemeinsam")
    kept = sync_service.set_server(a, _server(server), PASSWORD)
    assert kept is False
    assert sync_service.sync_now(a).offline is None  # known for this session
    credentials._session.clear()  # the next start: nothing of this session is left
    sharing._connected.clear()
    with pytest.raises(ServiceError, match="kein Passwort gespeichert"):
        sync_service.sync_now(a)


def test_a_wrong_password_is_refused_when_choosing_the_server(tmp_path: Path, server) -> None:
    a = Workspace.create(tmp_path / "a.werkbank", name="Gemeinsam")
    with pytest.raises(ServiceError, match="Anmeldung abgelehnt"):
        sync_service.set_server(a, _server(server), "falsch")
    with pytest.raises(ServiceError, match="Anmeldung abgelehnt"):
        sync_service.test_connection(_server(server), "falsch")
    assert sync_service.server_of(a) is None
    assert "Verbunden" in sync_service.test_connection(_server(server), PASSWORD)


def test_the_command_line_syncs_through_a_server(tmp_path: Path, server, monkeypatch) -> None:
    from tests.helpers import cli

    a = Workspace.create(tmp_path / "a.werkbank", name="Gemeinsam")
    adopt_workspace(a, SHARED_ID)
    add_frame(a)
    a.close()
    monkeypatch.setenv("WERKBANK_PASSWORD", PASSWORD)
    code, out, err = cli("sync", tmp_path / "a.werkbank", "--server", server.url, "--user", USER)
    assert code == 0, err
    monkeypatch.delenv("WERKBANK_PASSWORD")  # from now on from the credential store
    code, out, err = cli("sync", "status", tmp_path / "a.werkbank")
    assert code == 0, err
    assert f"Geteilt über:       Server {server.url} (Benutzer {USER})" in out
    code, out, err = cli("sync", tmp_path / "a.werkbank", "--json")
    assert code == 0, err
    assert json.loads(out)["offline"] is None


def test_tls_is_verified_and_an_own_certificate_authority_can_be_chosen(tmp_path: Path) -> None:
    ca, cert, key = make_authority(tmp_path / "pki")
    srv = DavServer(tmp_path / "server", tls=(cert, key))
    try:
        a = Workspace.create(tmp_path / "a.werkbank", name="Gemeinsam")
        with pytest.raises(ServiceError, match="Zertifikat des Servers ist nicht vertrauenswürdig"):
            sync_service.set_server(a, sync_service.Server(srv.url, USER), PASSWORD)
        assert sync_service.server_of(a) is None
        server = sync_service.Server(srv.url, USER, str(ca))
        sync_service.set_server(a, server, PASSWORD)
        assert sync_service.sync_now(a).offline is None
        assert sync_service.server_of(a) == server  # the CA file is remembered, not copied
        missing = sync_service.Server(srv.url, USER, str(tmp_path / "fehlt.pem"))
        with pytest.raises(ServiceError, match="Zertifikatsdatei .*fehlt.pem.* nicht verwendbar"):
            sync_service.test_connection(missing, PASSWORD)
    finally:
        srv.stop()


def test_two_copies_syncing_at_the_same_moment_lose_nothing(tmp_path: Path, server) -> None:
    """A workspace file copied instead of joined, both copies syncing at the same instant
    (a barrier), round after round: each round's edits of both arrive."""
    from workbench.sync.engine import PlaceSync
    from workbench.sync.webdav import WebDavPlace

    (a, b), field = _laptops(tmp_path, server)

    def place() -> WebDavPlace:
        return WebDavPlace(server.url, USER, PASSWORD)

    for round_ in range(5):
        a.checkpoint()
        copy_path = tmp_path / f"kopie{round_}.werkbank"
        copy_path.write_bytes(a.path.read_bytes())
        copy = Workspace.open(copy_path)
        execute(a, "neu", measures.create_measure, f"Original {round_}", [field])
        execute(copy, "neu", measures.create_measure, f"Kopie {round_}", [field])
        barrier = threading.Barrier(2)
        reports = []

        def sync_now(ws: Workspace, barrier=barrier, reports=reports) -> None:
            engine = PlaceSync(ws, place())
            barrier.wait()
            reports.append(engine.sync())

        threads = [threading.Thread(target=sync_now, args=(ws,)) for ws in (a, copy)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        # WsgiDAV answers the loser of a MOVE race with 500 (its own check refuses to move
        # over the winner's file): that laptop is offline for this sync, never overwrites
        assert len(reports) == 2
        for _ in range(4):
            for ws in (a, copy, b):
                PlaceSync(ws, place()).sync()
        titles = {m["title"] for m in data(b)["measures"]}
        assert {f"Original {round_}", f"Kopie {round_}"} <= titles, round_
        a.close()
        a = copy  # the copy goes on as the first laptop; the next round copies it again


def test_an_address_with_a_password_or_without_encryption_is_refused(tmp_path: Path) -> None:
    """A password in the address would be stored and shown: refused, nothing stored. A
    plain http address of another machine sends the password in clear: refused unless
    allowed explicitly (loopback aside: it never leaves the laptop)."""
    ws = Workspace.create(tmp_path / "a.werkbank")
    for url, words in (
        (
            "https://anna:geheim@cloud.example.invalid/remote.php/dav/files/anna/W",
            "enthält ein Passwort",
        ),
        ("http://cloud.example.invalid/remote.php/dav/files/anna/W", "unverschlüsselt (http)"),
        ("ftp://cloud.example.invalid/W", "keine Serveradresse"),
    ):
        with pytest.raises(ServiceError, match=words.replace("(", r"\(").replace(")", r"\)")):
            sync_service.set_server(ws, sync_service.Server(url, "anna"), "pw")
    assert sync_service.server_of(ws) is None
    assert (
        credentials.password("https://cloud.example.invalid/remote.php/dav/files/anna/W", "anna")
        is None
    )
    allowed = sync_service.checked_server(
        sync_service.Server("http://anna@cloud.example.invalid/dav/W", ""), allow_http=True
    )
    assert allowed == sync_service.Server("http://cloud.example.invalid/dav/W", "anna")
    ws.close()


def test_the_command_line_refuses_http_without_allow_http(tmp_path: Path, monkeypatch) -> None:
    from tests.test_cli import cli

    path = tmp_path / "a.werkbank"
    Workspace.create(path).close()
    monkeypatch.setenv("WERKBANK_PASSWORD", "pw")
    code, _, err = cli(
        "sync", str(path), "--server", "http://cloud.example.invalid/dav/W", "--user", "anna"
    )
    assert code == 1 and "--allow-http" in err, err


def test_a_server_no_longer_used_keeps_no_password(tmp_path: Path, server) -> None:
    (a, _b), _ = _laptops(tmp_path, server)
    assert credentials.password(server.url, USER) == PASSWORD
    share = tmp_path / "ordner"
    share.mkdir()
    sync_service.set_folder(a, share)  # a moves to a folder: the server's password goes
    assert credentials.password(server.url, USER) is None


def test_a_protecting_passphrase_needs_eight_characters(tmp_path: Path) -> None:
    ws = Workspace.create(tmp_path / "a.werkbank")
    share = tmp_path / "ordner"
    share.mkdir()
    with pytest.raises(ServiceError, match="mindestens 8 Zeichen"):
        sync_service.set_folder(ws, share, passphrase="x")
    assert sync_service.folder_of(ws) is None
    ws.close()
