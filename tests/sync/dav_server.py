"""A real WebDAV server on loopback for the tests: WsgiDAV (served by cheroot) over a
folder, with basic authentication and Nextcloud's path layout
(``/remote.php/dav/files/<user>/…``). Faults are injected in front of it the way a
proxy or a failing server would answer: a status for chosen requests, ETags stripped,
a connection cut in the middle of an upload, the server stopped and started again."""

from __future__ import annotations

import contextlib
import re
import socket
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from cheroot import wsgi
from wsgidav.fs_dav_provider import FilesystemProvider
from wsgidav.wsgidav_app import WsgiDAVApp

USER = "anna"
PASSWORD = "app-passwort-1"

#: A fault: called with the request's method and path, returns a status line to answer
#: instead of the server ("507 Insufficient Storage"), or None to let the request through.
Fault = Callable[[str, str], str | None]


class DavServer:
    """WsgiDAV over *root*; ``url`` is the Werkbank folder on it (made on first share)."""

    def __init__(
        self, root: Path, folder: str = "Werkbank", tls: tuple[Path, Path] | None = None
    ) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self.mount = f"/remote.php/dav/files/{USER}"
        self.folder = folder
        self.password = PASSWORD
        self.faults: list[Fault] = []
        self.strip_etags = False
        self.infinite = True  # PROPFIND Depth: infinity allowed
        self.downgrade = False  # Depth: infinity answered as Depth: 1, without saying so
        self.log: list[tuple[str, str]] = []
        self.ranges: list[str] = []  # Range headers of the requests (resumed reads)
        self.port = _free_port()
        self.tls = tls  # (certificate chain, key): https
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self.start()

    @property
    def url(self) -> str:
        scheme = "https" if self.tls else "http"
        host = "localhost" if self.tls else "127.0.0.1"
        return f"{scheme}://{host}:{self.port}{self.mount}/{self.folder}"

    @property
    def storage(self) -> Path:
        """Where the Werkbank folder's files lie on the server's disk."""
        return self.root / self.folder

    def _app(self) -> Any:
        config = {
            "host": "127.0.0.1",
            "port": self.port,
            "provider_mapping": {self.mount: FilesystemProvider(str(self.root))},
            "http_authenticator": {
                "domain_controller": None,
                "accept_basic": True,
                "accept_digest": False,
                "default_to_digest": False,
            },
            "simple_dc": {"user_mapping": {"*": {USER: {"password": self.password}}}},
            "verbose": 0,
            "logging": {"enable": False, "enable_loggers": []},
            "dir_browser": {"enable": False},
            "lock_storage": True,
        }
        dav = WsgiDAVApp(config)
        dav.config["simple_dc"]["user_mapping"]["*"][USER]["password"] = self.password
        self._dav = dav

        def app(environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
            method, path = environ["REQUEST_METHOD"], environ.get("PATH_INFO", "")
            self.log.append((method, path))
            if environ.get("HTTP_RANGE"):
                self.ranges.append(environ["HTTP_RANGE"])
            infinite = method == "PROPFIND" and environ.get("HTTP_DEPTH") == "infinity"
            if infinite and self.downgrade:
                environ["HTTP_DEPTH"] = "1"
            elif infinite and not self.infinite:
                start_response("403 Forbidden", [("Content-Type", "text/plain")])
                return [b"PROPFIND infinite depth is disabled"]
            for fault in list(self.faults):
                status = fault(method, path)
                if status:
                    start_response(status, [("Content-Type", "text/plain")])
                    return [status.encode()]
            if not self.strip_etags:
                return dav(environ, start_response)

            answer: list[Any] = []

            def keep(status: str, headers: list[tuple[str, str]], *rest: Any) -> Any:
                answer[:] = [status, headers]
                return lambda data: None

            body = b"".join(dav(environ, keep))
            if method == "PROPFIND":
                body = re.sub(rb"<[a-zA-Z0-9]+:getetag>[^<]*</[a-zA-Z0-9]+:getetag>", b"", body)
            headers = [(k, v) for k, v in answer[1] if k.lower() not in ("etag", "content-length")]
            start_response(answer[0], [*headers, ("Content-Length", str(len(body)))])
            return [body]

        return app

    def start(self) -> None:
        self._server = wsgi.Server(("127.0.0.1", self.port), self._app(), numthreads=8)
        if self.tls:
            from cheroot.ssl.builtin import BuiltinSSLAdapter

            self._server.ssl_adapter = BuiltinSSLAdapter(str(self.tls[0]), str(self.tls[1]))
        self._server.prepare()
        self._thread = threading.Thread(target=self._server.serve, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def change_password(self, password: str) -> None:
        """As an administrator (or the user) does: the old app password stops working."""
        self.password = password
        self._dav.config["simple_dc"]["user_mapping"]["*"][USER]["password"] = password
        self.restart()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class CuttingProxy:
    """A TCP relay in front of the server that drops the line, as a train's Wi-Fi does.
    Armed for the next request of a method, it cuts the request after some bytes
    (``cut``), lets the request through and drops the whole answer (``lose_answer``: the
    server did the work, the client never hears of it), or cuts the answer after some
    bytes (``cut_answer``)."""

    def __init__(self, server: DavServer) -> None:
        self.server = server
        self.port = _free_port()
        self.armed: tuple[bytes, str, int] | None = None
        self.cuts = 0
        self._listener = socket.create_server(("127.0.0.1", self.port))
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return self.server.url.replace(f":{self.server.port}/", f":{self.port}/")

    def cut(self, method: str, after: int) -> None:
        self.armed = (method.encode() + b" ", "request", after)

    def lose_answer(self, method: str) -> None:
        self.armed = (method.encode() + b" ", "answer", 0)

    def cut_answer(self, method: str, after: int) -> None:
        self.armed = (method.encode() + b" ", "answer", after)

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._relay, args=(client,), daemon=True).start()

    def _relay(self, client: socket.socket) -> None:
        upstream = socket.create_connection(("127.0.0.1", self.server.port))
        state: dict[str, int] = {}  # "request" / "answer" → bytes to let through

        def close() -> None:
            for end in (client, upstream):
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)
                end.close()

        def back() -> None:
            passed = 0
            try:
                while data := upstream.recv(65536):
                    if "answer" in state:
                        client.sendall(data[: max(0, state["answer"] - passed)])
                        passed += len(data)
                        if passed >= state["answer"]:
                            self.cuts += 1
                            close()
                            return
                        continue
                    client.sendall(data)
            except OSError:
                pass
            close()

        threading.Thread(target=back, daemon=True).start()
        sent = 0
        try:
            while data := client.recv(65536):
                if self.armed and not state and data.startswith(self.armed[0]):
                    _, where, after = self.armed
                    self.armed = None
                    state[where] = after
                if "request" in state:
                    upstream.sendall(data[: max(0, state["request"] - sent)])
                    sent += len(data)
                    if sent >= state["request"]:
                        self.cuts += 1
                        break
                    continue
                upstream.sendall(data)
        except OSError:
            pass
        close()

    def close(self) -> None:
        self._listener.close()


def make_authority(folder: Path) -> tuple[Path, Path, Path]:
    """An administration's own certificate authority and a server certificate it signed
    for localhost: (CA certificate, server certificate, server key), as PEM files."""
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Stadtverwaltung Test-CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), False)
        .sign(ca_key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    ca_file, cert_file, key_file = folder / "ca.pem", folder / "server.pem", folder / "key.pem"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return ca_file, cert_file, key_file
