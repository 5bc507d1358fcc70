"""A server that misbehaves – dribbles its answer, promises more than it sends and holds
the line, lists folders without end, answers with an endless listing – cannot keep a
synchronisation running or fill the memory: every request ends by its deadline, the
walk by its bounds, the listing by its size; the laptop is offline with a German reason
and loses nothing. (WsgiDAV stays the honest server of the other tests.)"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.sync.helpers import SHARED_ID
from tests.sync.hostile_server import HostileServer, answer, multistatus
from tests.sync.test_engine import add_frame
from workbench.services import measures
from workbench.services.operations import execute
from workbench.store.workspace import Workspace
from workbench.sync import capture
from workbench.sync.engine import PlaceSync, adopt_workspace
from workbench.sync.webdav import WebDavPlace


@pytest.fixture
def laptop(tmp_path: Path):
    ws = Workspace.create(tmp_path / "laptop.werkbank", name="Gemeinsam")
    adopt_workspace(ws, SHARED_ID)
    field = add_frame(ws)
    execute(ws, "anlegen", measures.create_measure, "Bleibt erhalten", [field])
    yield ws
    ws.close()


def _sync(ws: Workspace, server: HostileServer, **options: float) -> tuple[str, float]:
    place = WebDavPlace(server.url, "u", "p", retries=3, backoff=0.01, **options)  # type: ignore[arg-type]
    started = time.monotonic()
    try:
        report = PlaceSync(ws, place).sync()
    finally:
        place.close()
    took = time.monotonic() - started
    print(f"FIGURE sync against a hostile server: {took:.2f} s, {len(server.requests)} requests")
    return report.offline or "", took


def _kept(ws: Workspace) -> None:
    """Nothing lost: the edit still waits in the outbox."""
    with ws.engine.connect() as conn:
        assert capture.pending_count(conn) > 0


def test_a_server_that_answers_one_byte_at_a_time_is_cut_at_the_deadline(laptop) -> None:
    """Each byte comes within the read timeout, so only a total deadline ends it: the
    whole answer would take 30 s; the request has 1 s (and is not tried again)."""
    body = multistatus("/remote.php/dav/files/u/Werkbank/", [])
    server = HostileServer(lambda *_: answer("207 Multi-Status", body), pace=0.2, chunk=1)
    try:
        offline, took = _sync(laptop, server, timeout=1.0)
    finally:
        server.stop()
    assert "der Server antwortet zu langsam" in offline, offline
    assert took < 4, took
    assert len(server.requests) == 1  # a timeout is not tried again
    _kept(laptop)


def test_a_body_shorter_than_promised_on_a_held_line_costs_one_timeout(laptop) -> None:
    """Content-Length 100.000, ten bytes, then silence: one request, one timeout – not
    four tries of the read timeout each."""
    head = answer("207 Multi-Status", b"<d:multi", {"Content-Length": "100000"})
    server = HostileServer(lambda *_: head, hold=True)
    try:
        offline, took = _sync(laptop, server, timeout=1.0)
    finally:
        server.stop()
    assert "Zeitüberschreitung" in offline, offline
    assert took < 4, took
    assert len(server.requests) == 1
    _kept(laptop)


def test_a_whole_synchronisation_is_bounded(laptop) -> None:
    """A server slow enough on every request to pass each deadline still cannot hold the
    synchronisation longer than its budget (here 1,5 s)."""

    def slow(method: str, path: str, headers: dict[str, str]) -> bytes:
        time.sleep(0.6)
        if headers.get("depth") == "infinity":
            return answer("403 Forbidden")
        return answer("207 Multi-Status", multistatus(path, ["a", "b", "c"]))

    server = HostileServer(slow)
    try:
        offline, took = _sync(laptop, server, timeout=5.0, sync_budget=1.5)
    finally:
        server.stop()
    assert "Zeitüberschreitung" in offline, offline
    assert took < 4, took
    _kept(laptop)


def test_a_server_listing_folders_without_end_is_refused(laptop) -> None:
    """Infinite depth refused, and every folder holds another: the walk stops at the
    depth a workspace has (changes/<id>/), not after hundreds of requests."""

    def endless(method: str, path: str, headers: dict[str, str]) -> bytes:
        if headers.get("depth") == "infinity":
            return answer("403 Forbidden")
        return answer("207 Multi-Status", multistatus(path, ["tiefer"]))

    server = HostileServer(endless)
    try:
        offline, took = _sync(laptop, server, timeout=5.0)
    finally:
        server.stop()
    assert "der Server listet Ordner ohne Ende" in offline, offline
    assert len(server.requests) <= 6, server.requests
    _kept(laptop)


def test_an_endless_listing_is_refused_as_it_arrives(laptop) -> None:
    """A PROPFIND answer of 40 MB is refused after 16 MB, never held whole."""
    import resource

    entry = b"<d:response><d:href>/remote.php/dav/files/u/Werkbank/x</d:href></d:response>" * 500
    body = b'<?xml version="1.0"?><d:multistatus xmlns:d="DAV:">' + entry * 1000
    assert len(body) > 38_000_000
    server = HostileServer(lambda *_: answer("207 Multi-Status", body))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:
        offline, took = _sync(laptop, server, timeout=10.0)
    finally:
        server.stop()
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert "die Antwort des Servers ist zu groß" in offline, offline
    assert grown_mb < 100, grown_mb  # the 40 MB answer (and the test's own copy) not held twice
    _kept(laptop)


def test_an_answer_with_xml_entities_is_named_without_a_python_repr(laptop) -> None:
    """A billion-laughs listing: refused by name, not as „EntitiesForbidden(name='lol', …)“."""
    body = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>'
        b'<d:multistatus xmlns:d="DAV:">&lol2;</d:multistatus>'
    )
    server = HostileServer(lambda *_: answer("207 Multi-Status", body))
    try:
        offline, _ = _sync(laptop, server, timeout=5.0)
    finally:
        server.stop()
    assert "XML-Entitäten" in offline and "Forbidden(" not in offline, offline
    _kept(laptop)
