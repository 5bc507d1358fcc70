"""A WebDAV server as the place that holds change files (Nextcloud, openDesk, any RFC 4918
server): the same files, names and rules as a shared folder (docs/SYNC.md, „Orte“).

- One listing per synchronisation: PROPFIND ``Depth: infinity`` on the workspace's
  folder, with sizes and ETags; where a server refuses infinite depth, one
  ``Depth: 1`` request per folder. A file is read only when the engine needs it; a
  small file whose ETag is unchanged (``workspace.json``) comes from memory.
- A new change file is uploaded under a temporary name and moved into place with
  ``Overwrite: F``, or – where a server has no MOVE – put with ``If-None-Match: *``:
  two laptops can never overwrite each other's file. A retried request whose first
  attempt went through is recognised by the content it left (nothing twice).
- Timeouts, retries with backoff for what may be retried (a dropped connection, 502,
  503, 504, 429), a read of a large snapshot resumes where a dropped connection cut it
  (``Range`` with ``If-Range``).
- HTTP errors become ``OSError`` with a German reason: 401 (wrong password), 403 (no
  permission: the engine treats it as a read-only share), 507 (quota full), a server
  that cannot be reached (offline, nothing lost).
- TLS is verified; an administration's own certificate authority can be given as a
  CA bundle file.

The password is handed in (it lives in the system's credential store, see
:mod:`workbench.services.credentials`); this module never writes it anywhere."""

from __future__ import annotations

import errno
import ssl
import time
import uuid
from collections import OrderedDict
from email.utils import parsedate_to_datetime
from pathlib import Path, PurePosixPath
from urllib.parse import quote, unquote, urlsplit

import httpx

from workbench import __version__
from workbench.i18n import tr
from workbench.sync.deadline import Deadlines
from workbench.sync.deadline import transport as bounded_transport
from workbench.sync.place import DIR, FILE, Entry, Place
from workbench.sync.webdav_errors import (
    AuthenticationFailed,
    WebDavError,
    status_error,
    transport_error,
)
from workbench.sync.webdav_listing import (
    LISTING_LIMIT,
    PROPFIND_BODY,
    WALK_DEPTH,
    WALK_FOLDERS,
    etag_of,
    multistatus,
    tree_of,
)

__all__ = ["AuthenticationFailed", "WebDavError", "WebDavPlace"]

# Statuses after which a request is tried again (with backoff).
RETRY_STATUSES = {429, 502, 503, 504}
# Files up to this size are kept in memory by their ETag (workspace.json).
CACHE_FILE_BYTES = 1_000_000
CACHE_TOTAL_BYTES = 16_000_000
# A synchronisation (or a join) ends after this many seconds, whatever a server does.
SYNC_BUDGET = 600.0
# The size a file not in the listing is expected to have (its request's deadline).
EXPECTED_UNLISTED = 10_000_000


class WebDavPlace(Place):
    """A folder on a WebDAV server, at *url* (e.g. Nextcloud's
    ``https://cloud.example.de/remote.php/dav/files/USER/Werkbank``)."""

    versions_are_reliable = True  # ETags

    def __init__(
        self,
        url: str,
        user: str,
        password: str,
        ca_bundle: str | Path | None = None,
        timeout: float = 30.0,
        retries: int = 3,
        backoff: float = 0.5,
        transport: httpx.BaseTransport | None = None,
        sync_budget: float = SYNC_BUDGET,
    ) -> None:
        self.url = url.rstrip("/") + "/"
        self.label = url.rstrip("/")
        self.root_path = unquote(urlsplit(self.url).path)
        self.retries = retries
        self.backoff = backoff
        self.password = password  # compared only: a changed password makes a new client
        self.timeout = timeout
        self.sync_budget = sync_budget
        self.deadlines = Deadlines()
        # an administration's own certificate authority instead of the system's
        verify = ssl.create_default_context(cafile=str(ca_bundle)) if ca_bundle else True
        self.client = httpx.Client(
            auth=(user, password),
            verify=verify,
            transport=transport or bounded_transport(self.deadlines, verify),
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            follow_redirects=False,
            headers={"User-Agent": f"Werkbank/{__version__}"},
        )
        self.moves = True  # until the server says it has no MOVE
        self.refused = False  # the server refused this password (401)
        self.infinite = True  # until the server refuses Depth: infinity
        self._tree: dict[PurePosixPath, dict[str, Entry]] | None = None
        self._scope: PurePosixPath | None = None
        self._cache: OrderedDict[str, tuple[str, bytes]] = OrderedDict()
        self._reached = False
        self.requests = 0  # how many were sent (benchmarks, tests)
        #: The server's Date of its latest answer, and when (monotonic) it came.
        self._date: tuple[float, float] | None = None

    def close(self) -> None:
        self.client.close()

    # -- requests ---------------------------------------------------------------------
    def href(self, name: PurePosixPath, folder: bool = False) -> str:
        path = "/".join(quote(part) for part in name.parts)
        return self.url + path + ("/" if folder and path else "")

    def _send(
        self,
        method: str,
        url: str,
        headers: dict[str, str] | None = None,
        content: bytes | None = None,
        retry: bool = True,
        limit: int | None = None,
    ) -> httpx.Response:
        """One request, tried again on a dropped connection or a passing server error
        (with growing pauses); WebDavError when no answer came. An answer longer than
        *limit* bytes is refused as it arrives, never held whole."""
        self._check_refused()
        attempts = self.retries + 1 if retry else 1
        for attempt in range(attempts):
            self.requests += 1
            try:
                with self.deadlines.for_request(self.timeout, len(content or b"")):
                    response = self._request(method, url, headers, content, limit)
            except httpx.TransportError as exc:
                # a server that stalled once stalls again: a timeout is not tried again
                if attempt + 1 >= attempts or isinstance(exc, httpx.TimeoutException):
                    raise transport_error(exc) from exc
                self._pause(attempt, None)
                continue
            self.refused = response.status_code == 401
            self._note_date(response.headers.get("Date"))
            if response.status_code in RETRY_STATUSES and attempt + 1 < attempts:
                self._pause(attempt, response.headers.get("Retry-After"))
                continue
            return response
        raise AssertionError("unreachable")

    def _request(
        self,
        method: str,
        url: str,
        headers: dict[str, str] | None,
        content: bytes | None,
        limit: int | None,
    ) -> httpx.Response:
        if limit is None:
            return self.client.request(method, url, headers=headers, content=content)
        request = self.client.build_request(method, url, headers=headers, content=content)
        response = self.client.send(request, stream=True)
        body = bytearray()
        try:
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > limit:
                    raise WebDavError(
                        errno.EFBIG,
                        tr(
                            "die Antwort des Servers ist zu groß (mehr als {value} MB); so groß ist die Auflistung keines Arbeitsbereichs"
                        ).format(value=limit // 1_000_000),
                    )
        finally:
            response.close()
        return httpx.Response(
            response.status_code, headers=response.headers, content=bytes(body), request=request
        )

    def _note_date(self, value: str | None) -> None:
        try:
            when = parsedate_to_datetime(value or "")
        except (TypeError, ValueError, IndexError, OverflowError):
            return  # none, or nonsense: the clock is not compared
        if when.tzinfo is None:
            return
        self._date = (when.timestamp(), time.monotonic())

    def now(self, folder: PurePosixPath) -> float | None:
        if self._date is None:
            return None
        said, at = self._date
        return said + (time.monotonic() - at)

    def _check_refused(self) -> None:
        """After a 401 nothing more is sent with this password: a server counts failed
        sign-ins and may lock the account or slow every request down (Nextcloud's
        brute-force protection). A new password makes a new connection."""
        if self.refused:
            raise status_error(401)

    def _pause(self, attempt: int, retry_after: str | None) -> None:
        wait = self.backoff * (2**attempt)
        if retry_after and retry_after.isdigit():
            wait = max(wait, min(float(retry_after), 10.0))
        time.sleep(wait)

    # -- listing ----------------------------------------------------------------------
    def _propfind(self, name: PurePosixPath, depth: str) -> list[tuple[PurePosixPath, Entry]]:
        response = self._send(
            "PROPFIND",
            self.href(name, folder=True),
            headers={"Depth": depth, "Content-Type": "application/xml; charset=utf-8"},
            content=PROPFIND_BODY,
            limit=LISTING_LIMIT,
        )
        if response.status_code == 404:
            raise FileNotFoundError(errno.ENOENT, tr("nicht vorhanden (404)"), self.href(name))
        if response.status_code != 207:
            raise status_error(response.status_code)
        return multistatus(response.content, self.root_path)

    def begin(self, scope: PurePosixPath) -> None:
        """List everything below *scope* (the workspace's folder) at once; from now on
        the synchronisation has ``sync_budget`` seconds, then every request ends."""
        self.deadlines.sync = time.monotonic() + self.sync_budget
        self._tree = None
        self._scope = scope
        self._reached = False
        if self.infinite:
            try:
                entries = self._propfind(scope, "infinity")
            except FileNotFoundError:
                self._tree, self._scope = {}, scope
                return
            except WebDavError as exc:
                # refused as such (403, 400, 501 …): level by level; a refused password,
                # a full quota or an overloaded server are errors of their own
                if exc.status in (0, 401, 404, 407, 429, 507) or exc.status >= 502:
                    raise
                self.infinite = False  # a server that lists one level at a time
            else:
                tree, complete = tree_of(entries, scope)
                if complete:
                    self._tree, self._reached = tree, True
                    return
                # Only one level came back although there are folders: a server that
                # answers infinite depth as depth 1 without saying so. Folder by folder.
                walked = {scope: tree[scope]}
                for entry in tree[scope].values():
                    if entry.kind == DIR:
                        self._walk(scope / entry.name, walked)
                if any(walked.get(scope / e.name) for e in tree[scope].values()):
                    self.infinite = False
                self._tree, self._reached = walked, True
                return
        walked = {}
        self._walk(scope, walked)
        self._tree, self._reached = walked, scope in walked

    def _walk(
        self, folder: PurePosixPath, tree: dict[PurePosixPath, dict[str, Entry]], depth: int = 0
    ) -> None:
        """Depth 1, folder by folder (a server without infinite depth), into *tree*: as
        deep and as many folders as a workspace has, no more (a server listing folders
        without end is refused, not followed)."""
        if depth > WALK_DEPTH or len(tree) >= WALK_FOLDERS:
            raise WebDavError(
                errno.ELOOP,
                tr(
                    "der Server listet Ordner ohne Ende (über {value} Ordner oder {value2} Ebenen); so sieht kein geteilter Arbeitsbereich aus"
                ).format(value=WALK_FOLDERS, value2=WALK_DEPTH),
            )
        try:
            entries = self._propfind(folder, "1")
        except FileNotFoundError:
            return
        children = {e.name: e for name, e in entries if name != folder}
        tree[folder] = children
        for entry in children.values():
            if entry.kind == DIR:
                self._walk(folder / entry.name, tree, depth + 1)

    def end(self) -> None:
        self.deadlines.sync = None
        self._tree = None
        self._scope = None
        self._reached = False

    def _listed(self, name: PurePosixPath) -> dict[PurePosixPath, dict[str, Entry]] | None:
        """This synchronisation's listing, where it covers *name* (read once: another
        thread may end the synchronisation meanwhile)."""
        tree, scope = self._tree, self._scope
        if tree is None or scope is None:
            return None
        return tree if name == scope or scope in name.parents else None

    def listing(self, name: PurePosixPath) -> list[Entry]:
        tree = self._listed(name)
        if tree is not None:
            return sorted(tree.get(name, {}).values())
        try:
            entries = self._propfind(name, "1")
        except FileNotFoundError:
            return []
        return sorted(e for n, e in entries if n != name)

    def kind(self, name: PurePosixPath) -> str | None:
        tree = self._listed(name)
        if tree is not None and name != self._scope:
            entry = tree.get(name.parent, {}).get(name.name)
            return entry.kind if entry else None
        if tree is not None:
            return DIR if name in tree else None
        try:
            entries = self._propfind(name, "0")
        except FileNotFoundError:
            return None
        return entries[0][1].kind if entries else None

    def _entry(self, name: PurePosixPath) -> Entry | None:
        tree = self._listed(name)
        return tree.get(name.parent, {}).get(name.name) if tree is not None else None

    def _noted(self, name: PurePosixPath, data: bytes | None) -> None:
        """The tree of this synchronisation after a write (None: deleted)."""
        tree = self._listed(name)
        if tree is None:
            return
        folder = tree.setdefault(name.parent, {})
        if data is None:
            folder.pop(name.name, None)
        else:
            folder[name.name] = Entry(name.name, FILE, len(data), "", time.time())

    def reachable(self) -> bool:
        if self._reached:  # the workspace's folder was listed just now
            return True
        try:
            self._propfind(PurePosixPath(), "0")
        except FileNotFoundError:
            return False
        return True

    # -- reading ----------------------------------------------------------------------
    def read(self, name: PurePosixPath, limit: int) -> bytes:
        entry = self._entry(name)
        if entry is not None and entry.size > limit:
            raise ValueError(
                tr("ist zu groß ({value} MB, höchstens {value2} MB)").format(
                    value=entry.size // 1_000_000, value2=limit // 1_000_000
                )
            )
        url = self.href(name)
        if entry is not None and entry.version and url in self._cache:
            etag, data = self._cache[url]
            if etag == entry.version:
                self._cache.move_to_end(url)
                return data
        data, etag = self._get(url, limit, entry.size if entry else min(limit, EXPECTED_UNLISTED))
        if etag_of(etag) and len(data) <= CACHE_FILE_BYTES:
            self._cache[url] = (etag_of(etag), data)
            while sum(len(d) for _, d in self._cache.values()) > CACHE_TOTAL_BYTES:
                self._cache.popitem(last=False)
        return data

    def _get(self, url: str, limit: int, expected: int = 0) -> tuple[bytes, str]:
        """The body at *url* (at most *limit* bytes) and its ETag; a dropped connection
        resumes with a range request where the server supports one for the same ETag."""
        buffer = bytearray()
        etag = ""
        for attempt in range(self.retries + 1):
            headers = {}
            if buffer and etag:
                headers = {"Range": f"bytes={len(buffer)}-", "If-Range": etag}
            elif buffer:
                buffer.clear()  # no ETag to resume against: from the start
            self._check_refused()
            try:
                self.requests += 1
                with (
                    self.deadlines.for_request(self.timeout, expected),
                    self.client.stream("GET", url, headers=headers) as response,
                ):
                    status = response.status_code
                    self.refused = status == 401
                    if status == 404:
                        raise FileNotFoundError(errno.ENOENT, tr("nicht vorhanden (404)"), url)
                    if status in RETRY_STATUSES and attempt < self.retries:
                        self._pause(attempt, response.headers.get("Retry-After"))
                        continue
                    if status not in (200, 206):
                        raise status_error(status)
                    if status == 200:
                        buffer.clear()
                        etag = response.headers.get("ETag", "")
                    length = response.headers.get("Content-Length")
                    if length and length.isdigit() and len(buffer) + int(length) > limit:
                        raise ValueError(
                            tr("ist zu groß ({value} MB, höchstens {value2} MB)").format(
                                value=(len(buffer) + int(length)) // 1_000_000,
                                value2=limit // 1_000_000,
                            )
                        )
                    for chunk in response.iter_bytes():
                        buffer += chunk
                        if len(buffer) > limit:
                            raise ValueError(tr("ist zu groß"))
                return bytes(buffer), etag
            except httpx.TransportError as exc:
                if attempt >= self.retries or isinstance(exc, httpx.TimeoutException):
                    raise transport_error(exc) from exc
                self._pause(attempt, None)
        raise status_error(503)

    # -- writing ----------------------------------------------------------------------
    def _put(self, url: str, data: bytes, headers: dict[str, str] | None = None) -> int:
        response = self._send("PUT", url, headers=headers, content=data)
        return response.status_code

    def _move(self, source: str, target: str, overwrite: bool) -> int:
        response = self._send(
            "MOVE",
            source,
            headers={"Destination": target, "Overwrite": "T" if overwrite else "F"},
        )
        return response.status_code

    def _holds(self, name: PurePosixPath, data: bytes) -> bool:
        """Whether *name* holds exactly *data* (a retried write that went through)."""
        try:
            return self._get(self.href(name), len(data))[0] == data
        except (FileNotFoundError, ValueError):
            return False

    def _temporary(self, name: PurePosixPath) -> PurePosixPath:
        return name.with_name(f".{name.name}.tmp-{uuid.uuid4().hex[:12]}")

    def create(self, name: PurePosixPath, data: bytes) -> None:
        if self.moves:
            tmp = self._temporary(name)
            status = self._put(self.href(tmp), data)  # a new name each time
            if status not in (200, 201, 204):
                raise status_error(status)
            status = self._move(self.href(tmp), self.href(name), overwrite=False)
            if status in (201, 204):
                self._noted(name, data)
                return
            if status in (405, 501):  # no MOVE here: put in place with a condition
                self.moves = False
                self._delete(tmp)
            elif status in (412, 404):  # taken – or a retried MOVE that went through
                self._delete(tmp)
                if self._holds(name, data):
                    self._noted(name, data)
                    return
                raise FileExistsError(errno.EEXIST, tr("Datei gibt es schon"), str(name))
            else:
                self._delete(tmp)
                raise status_error(status)
        status = self._put(self.href(name), data, {"If-None-Match": "*"})
        if status == 412:
            if self._holds(name, data):  # our own first attempt, cut off before its answer
                self._noted(name, data)
                return
            raise FileExistsError(errno.EEXIST, tr("Datei gibt es schon"), str(name))
        if status not in (200, 201, 204):
            raise status_error(status)
        self._noted(name, data)

    def replace(self, name: PurePosixPath, data: bytes) -> None:
        if self.moves:
            tmp = self._temporary(name)
            status = self._put(self.href(tmp), data)
            if status not in (200, 201, 204):
                raise status_error(status)
            status = self._move(self.href(tmp), self.href(name), overwrite=True)
            if status in (201, 204):
                self._noted(name, data)
                return
            self._delete(tmp)
            if status == 404 and self._holds(name, data):
                self._noted(name, data)
                return
            if status not in (405, 501):
                raise status_error(status)
            self.moves = False
        status = self._put(self.href(name), data)
        if status not in (200, 201, 204):
            raise status_error(status)
        self._noted(name, data)

    def _delete(self, name: PurePosixPath) -> bool:
        response = self._send("DELETE", self.href(name))
        if response.status_code in (200, 204, 404):
            return response.status_code != 404
        raise status_error(response.status_code)

    def delete(self, name: PurePosixPath) -> None:
        self._delete(name)
        self._cache.pop(self.href(name), None)
        self._noted(name, None)

    def makedirs(self, name: PurePosixPath) -> None:
        parts = name.parts
        for i in range(1, len(parts) + 1):
            folder = PurePosixPath(*parts[:i])
            tree = self._listed(folder)
            if tree is not None and folder in tree:
                continue
            response = self._send("MKCOL", self.href(folder, folder=True))
            if response.status_code in (201, 405):  # made, or there already
                if tree is not None:
                    tree.setdefault(folder, {})
                    tree.setdefault(folder.parent, {})[folder.name] = Entry(
                        folder.name, DIR, 0, "", time.time()
                    )
                continue
            raise status_error(response.status_code)

    def make_root(self) -> None:
        """Create the chosen folder on the server where it is missing (once, when the
        user chooses it; a sync never does, docs/SYNC.md rule 11), and the folders above
        it that are missing too."""
        if not self.reachable():
            self._make_folder(self.url)

    def _make_folder(self, url: str) -> None:
        response = self._send("MKCOL", url)
        if response.status_code in (201, 405):  # made, or there already
            return
        parent = url.rstrip("/").rsplit("/", 1)[0] + "/"
        if response.status_code == 409 and urlsplit(parent).path not in ("", "/"):
            self._make_folder(parent)  # the folder above is missing: that one first
            response = self._send("MKCOL", url)
            if response.status_code in (201, 405):
                return
        raise status_error(response.status_code)
