"""The room server's rules, asked as a phone (or an intruder) asks: only under its token,
bounded sizes and rates, at most 200 phones, a submission sent twice taken once, paused
and closed zones refused in German, text kept as text; and a load of 200 phones with 10
notes each on loopback: none lost, none twice."""

from __future__ import annotations

import http.client
import json
import threading
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.room.test_phone_page import Applier, _canvas
from workbench.model import Note
from workbench.room import server as room_server
from workbench.room.server import MAX_PHONES, NOTES_PER_MINUTE, Room
from workbench.services import room_notes
from workbench.store.workspace import Workspace


@pytest.fixture
def room(demo_path: Path):
    ws = Workspace.open(demo_path)
    canvas_id = _canvas(ws)
    with ws.session() as s:
        canvas = room_notes.room_canvas(s, canvas_id)
    room = Room(canvas, "127.0.0.1")
    room.start()
    room.ws, room.canvas_id = ws, canvas_id  # type: ignore[attr-defined]
    yield room
    room.stop()
    ws.close()


def ask(
    room: Room,
    method: str,
    path: str,
    body: object = None,
    phone: str = "p1",
    raw: bytes | None = None,
):
    connection = http.client.HTTPConnection("127.0.0.1", room.port, timeout=10)
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    headers = {"X-Phone": phone, "Content-Type": "application/json"}
    connection.request(method, path, body=data, headers=headers)
    response = connection.getresponse()
    payload = response.read()
    connection.close()
    try:
        return response.status, json.loads(payload or b"{}"), response
    except ValueError:
        return response.status, payload, response


def note(room: Room, text: str, zone: int = 0, key: str | None = None, phone: str = "p1"):
    return ask(
        room,
        "POST",
        f"/{room.token}/send",
        {
            "kind": "note",
            "key": key or uuid.uuid4().hex,
            "zone": room.state.canvas.zones[zone].id,
            "text": text,
        },
        phone,
    )


def test_only_the_token_opens_the_room_and_it_listens_only_where_asked(room: Room) -> None:
    assert ask(room, "GET", "/")[0] == 404
    other = "y" if room.token.endswith("x") else "x"  # one character off, never the same
    assert ask(room, "GET", f"/{room.token[:-1]}{other}/")[0] == 404
    status, page, response = ask(room, "GET", f"/{room.token}/")
    assert status == 200 and b"room.js" in page
    assert "default-src 'self'" in response.getheader("Content-Security-Policy")
    assert ask(room, "GET", f"/{room.token}/../../etc/passwd")[0] == 404
    room.stop()
    with pytest.raises(OSError):
        ask(room, "GET", f"/{room.token}/")  # ended: nothing answers any more
    default = Room(room.state.canvas)  # without an address: the laptop's own, never all
    assert default.bind not in ("", "0.0.0.0", "::")


def test_limits_and_refusals_are_german_and_a_resent_note_is_taken_once(room: Room) -> None:
    status, answer, _ = note(room, "x" * 501)
    assert status == 400 and "höchstens 500 Zeichen" in answer["message"]
    status, answer, _ = ask(room, "POST", f"/{room.token}/send", raw=b"{" + b"x" * 5000)
    assert status == 413
    key = uuid.uuid4().hex
    assert note(room, "Doppelt gesendet", key=key)[0] == 202
    assert note(room, "Doppelt gesendet", key=key)[1]["message"] == "Schon angekommen."
    room.set(paused=True)
    assert "pausiert" in note(room, "in der Pause")[1]["message"]
    room.set(paused=False, locked={room.state.canvas.zones[1].id})
    status, answer, _ = note(room, "in die geschlossene Zone", zone=1)
    assert status == 409 and "gerade geschlossen" in answer["message"]
    for n in range(NOTES_PER_MINUTE - 1):  # one was sent already by this phone
        assert note(room, f"Notiz {n}")[0] == 202
    status, answer, _ = note(room, "eine zu viel")
    assert status == 429 and "je Minute" in answer["message"]
    assert [s.text for s in room.take()].count("Doppelt gesendet") == 1
    room.phones.update({f"x{n}": f"Handy {n}" for n in range(MAX_PHONES)})
    status, answer, _ = ask(room, "GET", f"/{room.token}/state", phone="ein-neues-handy")
    assert status == 403 and "voll" in answer["message"]


def test_hostile_texts_stay_text(room: Room) -> None:
    from tests.exports.test_hostile_text import LEAK

    texts = [
        LEAK,
        "=1+1",
        "@SUMME(A1:A9)",
        "-2+3",
        '<script>alert("x")</script>',
        '<img src=x onerror="alert(1)">',
        "Zeile\x0bmit Steuerzeichen\x1b[31m",
        "\u202eRTL-Umkehrung",
        "Fahrradständer 🚲 am Kiez",
    ]
    applier = Applier(room.ws, room, room.canvas_id)  # type: ignore[attr-defined]
    try:
        for n, text in enumerate(texts):
            assert note(room, text[:500], phone=f"h{n}")[0] in (202, 400)
        time.sleep(1.0)
    finally:
        applier.close()
    with room.ws.session() as s:  # type: ignore[attr-defined]
        stored = set(s.scalars(select(Note.text)))
    from workbench.formats import CONTROL_CHARS

    for text in texts:  # as typed (control characters dropped), not interpreted
        assert CONTROL_CHARS.sub("", text).strip() in stored, text


@pytest.mark.slow
def test_two_hundred_phones_with_ten_notes_each_lose_nothing(room: Room) -> None:
    applier = Applier(room.ws, room, room.canvas_id)  # type: ignore[attr-defined]
    latencies: list[float] = []
    failures: list[object] = []
    lock = threading.Lock()

    def phone(n: int) -> None:
        try:
            send_all(n)
        except OSError as exc:  # a refused or reset connection is a loss too
            with lock:
                failures.append(repr(exc))

    def send_all(n: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", room.port, timeout=30)
        for k in range(10):
            body = json.dumps(
                {
                    "kind": "note",
                    "key": f"{n}-{k}",
                    "zone": room.state.canvas.zones[k % 3].id,
                    "text": f"Last {n}/{k}",
                }
            ).encode()
            began = time.perf_counter()
            connection.request(
                "POST", f"/{room.token}/send", body=body, headers={"X-Phone": f"phone{n}"}
            )
            response = connection.getresponse()
            response.read()
            with lock:
                latencies.append(time.perf_counter() - began)
                if response.status != 202:
                    failures.append(response.status)
        connection.close()

    threads = [threading.Thread(target=phone, args=(n,)) for n in range(200)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with room.ws.session() as s:  # type: ignore[attr-defined]
            count = s.scalar(select(func.count()).select_from(Note).where(Note.text.like("Last %")))
        if count >= 2000:
            break
        time.sleep(0.2)
    applier.close()
    assert failures == []
    with room.ws.session() as s:  # type: ignore[attr-defined]
        texts = list(s.scalars(select(Note.text).where(Note.text.like("Last %"))))
    assert len(texts) == 2000 and len(set(texts)) == 2000  # none lost, none twice
    assert room_server.MAX_PHONES == 200 and room.phone_count == 200


def test_with_the_administration_s_certificate_the_room_speaks_https(
    demo_path: Path, tmp_path: Path
) -> None:
    """An optional certificate (one signed by an administration's own authority, made for
    the test as the WebDAV tests make theirs) makes the room HTTPS; the state tells the
    page so, and plain HTTP gets no answer."""
    import ssl

    from tests.sync.dav_server import make_authority

    ca_file, cert_file, key_file = make_authority(tmp_path / "pki")
    ws = Workspace.open(demo_path)
    with ws.session() as s:
        canvas = room_notes.room_canvas(s, _canvas(ws))
    ws.close()
    room = Room(canvas, "127.0.0.1", certificate=(cert_file, key_file))
    address = room.start()
    try:
        assert address.startswith("https://127.0.0.1:")
        context = ssl.create_default_context(cafile=str(ca_file))
        # the certificate names localhost, which is where the room listens
        connection = http.client.HTTPSConnection(
            "localhost", room.port, context=context, timeout=10
        )
        connection.request("GET", f"/{room.token}/state", headers={"X-Phone": "p1"})
        state = json.loads(connection.getresponse().read())
        connection.close()
        assert state["secure"] is True and state["title"] == canvas.title
        with pytest.raises((http.client.HTTPException, OSError)):
            plain = http.client.HTTPConnection("127.0.0.1", room.port, timeout=5)
            plain.request("GET", f"/{room.token}/state")
            if plain.getresponse().status == 200:
                raise AssertionError("plain HTTP answered")
            raise OSError("refused")
    finally:
        room.stop()


def test_workbench_serve_opens_the_room_without_a_window_and_applies_what_arrives(
    demo_path: Path,
) -> None:
    """`workbench serve` prints the address, takes a note from a phone into the workspace
    through the write path, and ends after --minutes, saying what it took."""
    import subprocess
    import sys

    ws = Workspace.open(demo_path)
    with ws.session() as s:
        canvas = room_notes.room_canvas(s, _canvas(ws))
    ws.close()
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "workbench",
            "serve",
            str(demo_path),
            "--canvas",
            canvas.title,
            "--bind",
            "127.0.0.1",
            "--minutes",
            "0.1",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    first = child.stdout.readline()
    address = first.rsplit(": ", 1)[1].strip()
    assert first.startswith(f"Mitmachen bei „{canvas.title}“: http://127.0.0.1:")
    port = int(address.split(":")[2].split("/")[0])
    token = address.rstrip("/").rsplit("/", 1)[1]
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    body = {"kind": "note", "key": "k1", "zone": canvas.zones[0].id, "text": "Ohne Fenster"}
    connection.request("POST", f"/{token}/send", json.dumps(body), {"X-Phone": "p1"})
    assert connection.getresponse().status == 202
    out, _ = child.communicate(timeout=30)
    assert child.returncode == 0 and "Raum beendet: 1 von 1 Handy übernommen" in out
    ws = Workspace.open(demo_path)
    with ws.session() as s:
        assert (
            s.scalar(select(Note.zone_id).where(Note.text == "Ohne Fenster")) == canvas.zones[0].id
        )
    ws.close()
