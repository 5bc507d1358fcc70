"""A small server on loopback that misbehaves as broken proxies and hostile servers do: it
answers each request with the bytes a handler chooses, as slowly as asked, and may hold
the line open after promising more than it sends. Bounded: it serves until stopped and
only on 127.0.0.1."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable

#: (method, path, headers) → the bytes of the whole answer
Handler = Callable[[str, str, dict[str, str]], bytes]


def answer(status: str, body: bytes = b"", headers: dict[str, str] | None = None) -> bytes:
    """An HTTP/1.1 answer with its Content-Length (unless *headers* set one)."""
    head = {"Content-Length": str(len(body)), **(headers or {})}
    lines = [f"HTTP/1.1 {status}", *(f"{k}: {v}" for k, v in head.items()), "", ""]
    return "\r\n".join(lines).encode() + body


class HostileServer:
    def __init__(
        self, handler: Handler, pace: float = 0.0, chunk: int = 65536, hold: bool = False
    ) -> None:
        """*pace*: seconds between pieces of *chunk* bytes; *hold*: after the answer the
        line stays open (a body shorter than its Content-Length never ends)."""
        self.handler = handler
        self.pace = pace
        self.chunk = chunk
        self.hold = hold
        self.requests: list[tuple[str, str]] = []
        self._stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/remote.php/dav/files/u/Werkbank"

    def stop(self) -> None:
        self._stop.set()
        self._listener.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        with contextlib.closing(client):
            client.settimeout(5)
            while not self._stop.is_set():
                request = self._read_request(client)
                if request is None:
                    return
                method, path, headers = request
                self.requests.append((method, path))
                data = self.handler(method, path, headers)
                try:
                    for start in range(0, len(data), self.chunk):
                        if self._stop.is_set():
                            return
                        client.sendall(data[start : start + self.chunk])
                        if self.pace:
                            time.sleep(self.pace)
                    if self.hold:
                        self._stop.wait(60)  # the line stays open, nothing more comes
                        return
                except OSError:
                    return

    @staticmethod
    def _read_request(client: socket.socket) -> tuple[str, str, dict[str, str]] | None:
        buffer = b""
        try:
            while b"\r\n\r\n" not in buffer:
                data = client.recv(65536)
                if not data:
                    return None
                buffer += data
                if len(buffer) > 1_000_000:
                    return None
            head, _, rest = buffer.partition(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            method, path, _ = lines[0].split(" ", 2)
            headers = {
                k.strip().lower(): v.strip()
                for k, _, v in (line.partition(":") for line in lines[1:])
            }
            length = int(headers.get("content-length", "0") or 0)
            while len(rest) < length:
                data = client.recv(65536)
                if not data:
                    return None
                rest += data
        except (OSError, ValueError):
            return None
        return method, path, headers


def multistatus(folder: str, children: list[str]) -> bytes:
    """A PROPFIND answer listing *folder* and its sub-folders *children*."""
    responses = "".join(
        f"<d:response><d:href>{href}</d:href><d:propstat><d:prop><d:resourcetype>"
        f"<d:collection/></d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status>"
        f"</d:propstat></d:response>"
        for href in [folder, *(folder.rstrip("/") + f"/{c}/" for c in children)]
    )
    return (
        f'<?xml version="1.0"?><d:multistatus xmlns:d="DAV:">{responses}</d:multistatus>'.encode()
    )
