"""The workshop room: a small web server on the facilitator's laptop for one canvas, so
that participants write notes and give dots from their phones – no account, no cloud, no
request to any other host.

It listens only while it is open, only on the address chosen (never every interface
unless asked), and answers only under a random token per session (``/<token>/``);
anything else is 404. Sizes, rates and phones are limited; text stays text (the page
sets it as text, the canvas stores it as text). What arrives is queued here and applied
by the owner through the one write path: the window (undoable, synced) or
`workbench serve`. The server never touches the workspace itself.

Only the standard library: http.server with a thread per request (a room has at most
200 phones, each asking every few seconds)."""

from __future__ import annotations

import ipaddress
import json
import queue
import secrets
import socket
import ssl
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from workbench.formats import CONTROL_CHARS
from workbench.i18n import language, tr
from workbench.services import room_notes
from workbench.services.operations import execute
from workbench.services.room_notes import RoomCanvas, Submission
from workbench.services.workspaces import AnyWorkspace, read

MAX_TEXT = 500  # characters of a note from a phone
MAX_NAME = 60
MAX_BODY = 4096  # bytes of a request
MAX_PHONES = 200
NOTES_PER_MINUTE = 10  # per phone
REQUESTS_PER_MINUTE = 120  # per phone, everything together (the page asks every 2 s)
PAGE_FILES = {
    "": ("room.html", "text/html"),
    "room.css": ("room.css", "text/css"),
    "room.js": ("room.js", "text/javascript"),
}


@dataclass
class RoomState:
    """What the facilitator decides; read by every request (under the room's lock)."""

    canvas: RoomCanvas
    paused: bool = False
    voting: bool = False
    locked: set[str] = field(default_factory=set)  # zone ids closed for phones
    hidden: set[str] = field(default_factory=set)  # note ids not shown on phones


def own_address() -> str:
    """The laptop's address in its own network (the route a packet to the outside would
    take; a UDP socket only looks the route up, it sends nothing); loopback without one."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: never answered, nothing is sent
            address = probe.getsockname()[0]
        if not ipaddress.ip_address(address).is_unspecified:
            return str(address)
    except OSError:
        pass
    return "127.0.0.1"


class Room:
    """One open room: start(), the address to show, take() what arrived, stop()."""

    def __init__(
        self,
        canvas: RoomCanvas,
        bind: str | None = None,
        port: int = 0,
        certificate: tuple[Path, Path] | None = None,
    ) -> None:
        self.token = secrets.token_urlsafe(12)
        self.bind = bind or own_address()
        self.port = port
        self.certificate = certificate
        self.state = RoomState(canvas)
        self.lock = threading.Lock()
        self.pending: queue.Queue[Submission] = queue.Queue()
        self.seen_keys: set[str] = set()
        self.phones: dict[str, str] = {}  # the page's random id → „Handy N“
        self.calls: dict[str, deque[float]] = {}
        self.notes_sent: dict[str, deque[float]] = {}
        self.received = 0
        self.seen_votes: dict[str, list[str]] = {}  # phone → the notes it gave a dot
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- the owner's side ---------------------------------------------------------------
    @property
    def secure(self) -> bool:
        return self.certificate is not None

    @property
    def address(self) -> str:
        host = self.bind if ":" not in self.bind else f"[{self.bind}]"
        scheme = "https" if self.secure else "http"
        return f"{scheme}://{host}:{self.port}/{self.token}/"

    def start(self) -> str:
        """Listen on the chosen address; the address with its token."""
        room = self

        class Handler(RoomHandler):
            pass

        Handler.room = room
        server = _Server((self.bind, self.port), Handler)
        if self.certificate is not None:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(str(self.certificate[0]), str(self.certificate[1]))
            server.socket = context.wrap_socket(server.socket, server_side=True)
        self.port = server.server_address[1]
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, name="room", daemon=True)
        self._thread.start()
        return self.address

    def stop(self) -> None:
        """End: the server closes, the address answers nothing any more."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    @property
    def running(self) -> bool:
        return self._server is not None

    def take(self, most: int = 0) -> list[Submission]:
        """What arrived since the last call, in order (at most *most*, 0: all)."""
        taken: list[Submission] = []
        while not most or len(taken) < most:
            try:
                taken.append(self.pending.get_nowait())
            except queue.Empty:
                break
        return taken

    def apply_to(
        self, workspace: AnyWorkspace, canvas_id: str, most: int = 0
    ) -> tuple[int, list[str]]:
        """Without a window (`workbench serve`): apply what arrived through the one write
        path (one step per batch) and show the canvas as it is then; (applied, refused)."""
        batch = self.take(most)
        if not batch:
            return 0, []
        refused, _ = execute(
            workspace, room_notes.describe_batch(batch), room_notes.apply_batch, batch
        )
        self.show(read(workspace, room_notes.room_canvas, canvas_id))
        return len(batch) - len(refused), refused

    def show(self, canvas: RoomCanvas) -> None:
        """The canvas as it is now (after notes were applied, or changed in the window)."""
        with self.lock:
            self.state.canvas = canvas

    def set(self, **changes: Any) -> None:
        """paused, voting, locked (zone ids), hidden (note ids)."""
        with self.lock:
            for key, value in changes.items():
                setattr(self.state, key, value)

    @property
    def phone_count(self) -> int:
        return len(self.phones)

    # -- what a request may do (called by the handler under the lock) --------------------
    def phone_of(self, raw: str) -> str | None:
        raw = raw.strip()[:64]
        if not raw or not raw.replace("-", "").isalnum():
            return None
        if raw not in self.phones:
            if len(self.phones) >= MAX_PHONES:
                return None
            self.phones[raw] = tr("Handy {n}").format(n=len(self.phones) + 1)
        return self.phones[raw]

    def within(self, counter: dict[str, deque[float]], phone: str, limit: int) -> bool:
        now = time.monotonic()
        stamps = counter.setdefault(phone, deque())
        while stamps and now - stamps[0] > 60:
            stamps.popleft()
        if len(stamps) >= limit:
            return False
        stamps.append(now)
        return True

    def view(self, phone: str) -> dict[str, Any]:
        state = self.state
        canvas = state.canvas
        used = len(self.seen_votes.get(phone, ()))
        return {
            "title": canvas.title,
            "paused": state.paused,
            "voting": state.voting,
            "dots": max(0, canvas.dots - used),
            "phone": phone,
            "secure": self.secure,
            "zones": [
                {"id": z.id, "title": z.title, "open": not (z.locked or z.id in state.locked)}
                for z in canvas.zones
            ],
            "notes": [
                {"id": n.id, "zone": n.zone_id, "text": n.text, "votes": n.votes}
                for n in canvas.notes
                if n.id not in state.hidden
            ]
            if state.voting
            else [],
        }

    def accept(self, phone: str, body: dict[str, Any]) -> tuple[int, str]:
        """Check a submission and queue it: (HTTP status, the German answer)."""
        state = self.state
        kind = body.get("kind")
        key = str(body.get("key", ""))[:64]
        if state.paused:
            return HTTPStatus.CONFLICT, tr(
                "Die Moderation hat kurz pausiert. Gleich geht es weiter."
            )
        if not key:
            return HTTPStatus.BAD_REQUEST, tr("Die Anfrage ist unvollständig.")
        if key in self.seen_keys:
            return HTTPStatus.OK, tr("Schon angekommen.")
        if kind == "note":
            text = CONTROL_CHARS.sub("", str(body.get("text", ""))).strip()
            name = CONTROL_CHARS.sub("", str(body.get("name", ""))).strip()[:MAX_NAME]
            zone_id = str(body.get("zone", ""))
            zone = next((z for z in state.canvas.zones if z.id == zone_id), None)
            if not text:
                return HTTPStatus.BAD_REQUEST, tr("Bitte einen Text eingeben.")
            if len(text) > MAX_TEXT:
                return HTTPStatus.BAD_REQUEST, tr(
                    "Eine Notiz fasst höchstens {n} Zeichen; diese hat {m}."
                ).format(n=MAX_TEXT, m=len(text))
            if zone is None:
                return HTTPStatus.BAD_REQUEST, tr("Bitte eine Zone wählen.")
            if zone.locked or zone.id in state.locked:
                return HTTPStatus.CONFLICT, tr("Die Zone „{zone}“ ist gerade geschlossen.").format(
                    zone=zone.title
                )
            if not self.within(self.notes_sent, phone, NOTES_PER_MINUTE):
                return HTTPStatus.TOO_MANY_REQUESTS, tr(
                    "Höchstens {n} Notizen je Minute – bitte kurz warten."
                ).format(n=NOTES_PER_MINUTE)
            submission = Submission("note", key, phone, zone_id=zone.id, text=text, name=name)
            answer = tr("Notiz angekommen.")
        elif kind == "vote":
            note_id = str(body.get("note", ""))
            if not state.voting:
                return HTTPStatus.CONFLICT, tr("Die Abstimmung ist gerade nicht offen.")
            if not any(n.id == note_id for n in state.canvas.notes) or note_id in state.hidden:
                return HTTPStatus.BAD_REQUEST, tr("Diese Notiz gibt es nicht (mehr).")
            given = self.seen_votes.setdefault(phone, [])
            if len(given) >= state.canvas.dots:
                return HTTPStatus.CONFLICT, tr("Alle {n} Punkte sind vergeben.").format(
                    n=state.canvas.dots
                )
            given.append(note_id)
            submission = Submission("vote", key, phone, note_id=note_id)
            answer = tr("Punkt vergeben.")
        else:
            return HTTPStatus.BAD_REQUEST, tr("Unbekannte Anfrage.")
        self.seen_keys.add(key)
        self.received += 1
        self.pending.put(submission)
        return HTTPStatus.ACCEPTED, answer


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    #: a room's phones may all send at once when the facilitator says „go“: the listen
    #: queue holds them all (the default of 5 refused connections under that load)
    request_queue_size = MAX_PHONES + 56


class RoomHandler(BaseHTTPRequestHandler):
    """Answers only under /<token>/: the page, its style and script, the state, posts."""

    room: Room
    server_version = "Werkbank"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    timeout = 10  # a phone that sends half a request is let go

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base's name
        pass  # no log of addresses and texts of participants

    def _send(self, status: int, body: bytes, kind: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", f"{kind}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header(
            "Content-Security-Policy",
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
        )
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, data: dict[str, Any]) -> None:
        self._send(status, json.dumps(data, ensure_ascii=False).encode(), "application/json")

    def _route(self) -> str | None:
        """The path after the token, or None (anything else: 404, the same for all)."""
        path = self.path.split("?", 1)[0]
        prefix = f"/{self.room.token}/"
        if not path.startswith(prefix) or not secrets.compare_digest(path[: len(prefix)], prefix):
            self._send(HTTPStatus.NOT_FOUND, b"", "text/plain")
            return None
        return path[len(prefix) :]

    def _phone(self) -> str | None:
        with self.room.lock:
            phone = self.room.phone_of(self.headers.get("X-Phone", ""))
            if phone is None:
                self._json(
                    HTTPStatus.FORBIDDEN,
                    {"message": tr("Der Raum ist voll ({n} Handys).").format(n=MAX_PHONES)},
                )
                return None
            if not self.room.within(self.room.calls, phone, REQUESTS_PER_MINUTE):
                self._json(HTTPStatus.TOO_MANY_REQUESTS, {"message": tr("Bitte kurz warten.")})
                return None
        return phone

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        rest = self._route()
        if rest is None:
            return
        if rest in PAGE_FILES:
            name, kind = PAGE_FILES[rest]
            body = page_file(name)
            if name == "room.html":
                body = body.replace(b"{{lang}}", language().encode())
            self._send(HTTPStatus.OK, body, kind)
            return
        if rest == "state":
            phone = self._phone()
            if phone is None:
                return
            with self.room.lock:
                view = self.room.view(phone)
            self._json(HTTPStatus.OK, view)
            return
        self._send(HTTPStatus.NOT_FOUND, b"", "text/plain")

    def do_POST(self) -> None:  # noqa: N802
        rest = self._route()
        if rest is None:
            return
        if rest != "send":
            self._send(HTTPStatus.NOT_FOUND, b"", "text/plain")
            return
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            length = -1
        if not 0 < length <= MAX_BODY:
            self.close_connection = True
            self._json(
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE, {"message": tr("Die Anfrage ist zu groß.")}
            )
            return
        phone = self._phone()
        if phone is None:
            return
        try:
            body = json.loads(self.rfile.read(length).decode("utf-8"))
            if not isinstance(body, dict):
                raise ValueError
        except (ValueError, UnicodeDecodeError):
            self._json(HTTPStatus.BAD_REQUEST, {"message": tr("Die Anfrage ist unlesbar.")})
            return
        with self.room.lock:
            status, message = self.room.accept(phone, body)
        self._json(status, {"message": message})


def page_file(name: str) -> bytes:
    """A file of the page shipped with Werkbank (resources/room/)."""
    from workbench.resources import resource_path

    return resource_path("room", name).read_bytes()
