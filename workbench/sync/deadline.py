"""Deadlines for every request to a server: a per-read timeout alone lets a server that
answers one byte a second (or promises more body than it sends and holds the line) keep a
synchronisation running for ever. Here every read and write of a connection is bounded by
the time left to the request's deadline, and the deadline by the synchronisation's.

The connection pool of httpx is given a network backend whose streams ask
:class:`Deadlines` before each read and write; the request sets the deadline it may take
(``Deadlines.request``), sized to what it transfers at a minimum rate."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import httpcore
import httpx

#: A request may take its timeout plus what it transfers at this rate (bytes per second):
#: a slow line passes, a server that dribbles does not.
MIN_RATE = 50_000


class DeadlineExceeded(httpcore.ReadTimeout):
    """The request (or the synchronisation) ran out of time."""


class Deadlines(threading.local):
    """The deadline of the request being sent on this thread, and of the synchronisation
    it belongs to (monotonic seconds; None: none)."""

    def __init__(self) -> None:
        self.request: float | None = None
        self.sync: float | None = None

    def left(self) -> float | None:
        """Seconds left until the nearer deadline (None: no deadline)."""
        ends = [d for d in (self.request, self.sync) if d is not None]
        return min(ends) - time.monotonic() if ends else None

    @contextmanager
    def for_request(self, timeout: float, size: int = 0) -> Iterator[None]:
        """A deadline for one request that sends or receives about *size* bytes."""
        before = self.request
        self.request = time.monotonic() + timeout + size / MIN_RATE
        try:
            yield
        finally:
            self.request = before


def _bounded(deadlines: Deadlines, timeout: float | None) -> float | None:
    left = deadlines.left()
    if left is None:
        return timeout
    if left <= 0:
        raise DeadlineExceeded("deadline passed")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, deadlines: Deadlines) -> None:
        self.inner = inner
        self.deadlines = deadlines

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            return self.inner.read(max_bytes, _bounded(self.deadlines, timeout))
        except httpcore.ReadTimeout:
            self._passed()
            raise

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        # a large body is written in pieces, so that the deadline is asked between them
        try:
            for start in range(0, len(buffer), 65536):
                self.inner.write(buffer[start : start + 65536], _bounded(self.deadlines, timeout))
        except httpcore.WriteTimeout:
            self._passed()
            raise

    def _passed(self) -> None:
        """A timeout that came because the deadline was reached is named as such."""
        left = self.deadlines.left()
        if left is not None and left <= 0.05:
            raise DeadlineExceeded("deadline passed") from None

    def close(self) -> None:
        self.inner.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        stream = self.inner.start_tls(
            ssl_context, server_hostname, _bounded(self.deadlines, timeout)
        )
        return _Stream(stream, self.deadlines)

    def get_extra_info(self, info: str) -> Any:
        return self.inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, deadlines: Deadlines) -> None:
        self.inner = httpcore.SyncBackend()
        self.deadlines = deadlines

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self.inner.connect_tcp(
            host, port, _bounded(self.deadlines, timeout), local_address, socket_options
        )
        return _Stream(stream, self.deadlines)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self.inner.connect_unix_socket(
            path, _bounded(self.deadlines, timeout), socket_options
        )
        return _Stream(stream, self.deadlines)

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


def transport(deadlines: Deadlines, verify: Any) -> httpx.HTTPTransport:
    """An httpx transport whose connections keep *deadlines*."""
    result = httpx.HTTPTransport(verify=verify)
    pool = result._pool  # noqa: SLF001 – httpx offers no other door to the network backend
    if not hasattr(pool, "_network_backend"):  # a changed httpcore: fail loudly, not silently
        raise RuntimeError("httpcore's connection pool has no network backend to bound")
    pool._network_backend = _Backend(deadlines)  # noqa: SLF001
    return result
