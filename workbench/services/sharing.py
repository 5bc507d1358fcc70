"""Choosing where a workspace is shared: a folder or a WebDAV server (docs/SYNC.md „Orte“),
sharing there or joining the workspace shared there, its protection by a passphrase, and
the connection to a server (its password in the credential store)."""

from __future__ import annotations

import json
import ssl
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit, urlunsplit

from workbench.formats import printable
from workbench.i18n import tr
from workbench.services import credentials
from workbench.services.errors import ServiceError
from workbench.services.workspaces import AnyWorkspace, store_of
from workbench.store.workspace import Workspace
from workbench.sync import capture
from workbench.sync.engine import PlaceSync, adopt_workspace
from workbench.sync.entrance import MAX_INFO_BYTES
from workbench.sync.place import DIR, FolderPlace, Place
from workbench.sync.protect import (
    BadProtection,
    WrongPassphrase,
    new_protection,
    open_protection,
)
from workbench.sync.report import SyncError, is_member
from workbench.sync.snapshots import has_own_rows

if TYPE_CHECKING:  # httpx is imported when a server is first used, not at every start
    from workbench.sync.webdav import WebDavPlace


def folder_of(ws: AnyWorkspace) -> Path | None:
    ws = store_of(ws)
    with ws.engine.connect() as conn:
        value = capture.state_get(conn, "folder")
    return Path(value) if value else None


@dataclass(frozen=True)
class Server:
    """A WebDAV server chosen for a workspace: its address, the user, and the file of an
    administration's own certificate authority ("" for the system's). The password is in
    the credential store (services.credentials), never here."""

    url: str
    user: str
    ca_bundle: str = ""

    def describe(self) -> str:
        return tr("{url} (Benutzer {user})").format(url=self.url, user=self.user)


def checked_server(server: Server, allow_http: bool = False) -> Server:
    """*server* with an address Werkbank may send a password to: https (plain http only
    where the user explicitly allows it: the password would travel in clear), no password
    in the address (it would be stored and shown; a user name there is taken as the user
    where none is given). ServiceError says what is wrong."""
    parts = urlsplit(server.url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ServiceError(
            tr(
                "„{url}“ ist keine Serveradresse (erwartet: https://…/remote.php/dav/files/BENUTZER/ORDNER)."
            ).format(url=printable(server.url))
        )
    if parts.password is not None:
        raise ServiceError(
            tr(
                "Die Adresse enthält ein Passwort („benutzer:passwort@“). Werkbank speichert und zeigt Adressen; bitte die Adresse ohne Passwort angeben und das Passwort in sein eigenes Feld (Kommandozeile: WERKBANK_PASSWORD oder die Abfrage)."
            )
        )
    loopback = parts.hostname in ("localhost", "127.0.0.1", "::1")  # never leaves the laptop
    if parts.scheme == "http" and not allow_http and not loopback:
        raise ServiceError(
            tr(
                "„{url}“ ist unverschlüsselt (http): Passwort und Daten gingen im Klartext durchs Netz. Bitte die https-Adresse verwenden; nur in einem geschützten Netz ausdrücklich erlauben (Fenster: „Unverschlüsselte Verbindung erlauben“, Kommandozeile: --allow-http)."
            ).format(url=printable(server.url))
        )
    netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
    url = urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))
    return Server(url, server.user or unquote(parts.username or ""), server.ca_bundle)


def server_of(ws: AnyWorkspace) -> Server | None:
    ws = store_of(ws)
    with ws.engine.connect() as conn:
        url = capture.state_get(conn, "server")
        user = capture.state_get(conn, "server_user") or ""
        ca_bundle = capture.state_get(conn, "server_ca") or ""
    return Server(url, user, ca_bundle) if url else None


def connect(server: Server, password: str | None = None) -> WebDavPlace:
    """The server as a place to sync with; the password from the credential store where
    none is given (ServiceError where none is known)."""
    key = (server.url, server.user, server.ca_bundle)
    if password is None and key in _connected:
        return _connected[key]  # asked every few seconds: no credential store lookup each time
    if password is None:
        password = credentials.password(server.url, server.user)
    if password is None:
        raise ServiceError(
            tr(
                "Für {server} ist kein Passwort gespeichert. Bitte unter Synchronisation → "
                "„Server wählen …“ das (App-)Passwort eingeben (Kommandozeile: "
                "WERKBANK_PASSWORD oder die Eingabe beim Abgleich)."
            ).format(server=server.describe())
        )
    place = _connected.get(key)
    if place is None or place.password != password or place.refused:
        # One connection per server and user for the session (a new one for a password
        # given again after a refusal): its listing versions and the small files it read
        # stay known, so a sync that finds nothing new reads none.
        place = _connected[key] = _new_place(server, password)
    return place


def _new_place(server: Server, password: str) -> WebDavPlace:
    from workbench.sync.webdav import WebDavPlace

    try:
        return WebDavPlace(server.url, server.user, password, ca_bundle=server.ca_bundle or None)
    except (OSError, ssl.SSLError) as exc:  # the CA file: missing, unreadable, not PEM
        raise ServiceError(
            tr("Die Zertifikatsdatei „{path}“ ist nicht verwendbar: {value}.").format(
                path=server.ca_bundle, value=getattr(exc, "strerror", None) or exc
            )
        ) from exc


_connected: dict[tuple[str, str, str], WebDavPlace] = {}


def _as_place(where: str | Path | Place) -> Place:
    return where if isinstance(where, Place) else FolderPlace(Path(where))


def shared_workspaces(where: str | Path | Place) -> list[tuple[str, str]]:
    """(workspace id, name) of the workspaces shared in a folder or on a server."""
    place = _as_place(where)
    found = []
    for entry in place.listing(PurePosixPath()):
        if entry.kind != DIR:
            continue
        try:
            info = place.read(PurePosixPath(entry.name, "workspace.json"), MAX_INFO_BYTES)
            data = json.loads(info.decode("utf-8"))
            # the name comes from a file anyone with the folder may write: shown safely
            found.append((str(data["workspace_id"]), printable(str(data.get("name", "")), 200)))
        except (OSError, ValueError, KeyError, TypeError):
            continue  # not a shared workspace, or not readable right now
    return found


def protection_of(where: str | Path | Place, workspace_id: str) -> dict[str, Any] | None:
    place = _as_place(where)
    try:
        info = place.read(PurePosixPath(workspace_id, "workspace.json"), MAX_INFO_BYTES)
        data = json.loads(info.decode("utf-8"))
    except (OSError, ValueError):
        return None
    return data.get("protection") if isinstance(data, dict) else None


def needs_passphrase(where: str | Path | Place) -> bool:
    """Whether joining the workspace shared in a folder (or on a server) asks for a
    passphrase."""
    place = _as_place(where)
    shared = shared_workspaces(place)
    return len(shared) == 1 and protection_of(place, shared[0][0]) is not None


def set_folder(
    ws: AnyWorkspace, folder: str | Path, join: bool = False, passphrase: str | None = None
) -> bool:
    """Share this workspace through *folder* (existing rows are queued for the first sync),
    or, with *join*, make this empty workspace a member of the one already shared there.

    A passphrase protects a newly shared workspace (every file encrypted and
    authenticated); joining a protected one needs the same passphrase.
    """
    ws = store_of(ws)
    path = Path(folder).resolve()
    if path.exists() and not path.is_dir():
        raise ServiceError(tr("„{path}“ ist kein Ordner.").format(path=path))
    if not path.exists():
        # Chosen by the user just now: made once here, never again by a sync (a shared
        # folder that vanishes later is offline, not re-created).
        if not path.parent.is_dir():
            raise ServiceError(
                tr("Den Ordner „{parent}“ gibt es nicht.").format(parent=path.parent)
            )
        try:
            path.mkdir()
        except OSError as exc:
            raise ServiceError(
                tr("Der Ordner „{path}“ ließ sich nicht anlegen: {value}.").format(
                    path=path, value=exc.strerror or exc
                )
            ) from exc
    return _choose(ws, FolderPlace(path), {"folder": str(path)}, join, passphrase)


def set_server(
    ws: AnyWorkspace,
    server: Server,
    password: str,
    join: bool = False,
    passphrase: str | None = None,
    allow_http: bool = False,
) -> bool:
    """Share this workspace through a folder on a WebDAV server (Nextcloud: its address
    ``https://…/remote.php/dav/files/USER/FOLDER``), or join the one shared there; as
    set_folder does for a folder. The connection is tested first; the folder on the
    server is made where it is missing (now, once: a sync never makes it). The password
    goes to the credential store. Returns whether the store kept it (False: this
    session only). The address must be https unless *allow_http*; a password in it is
    refused (checked_server)."""
    ws = store_of(ws)
    server = checked_server(server, allow_http)
    place = connect(server, password)
    try:
        place.make_root()
    except OSError as exc:
        raise ServiceError(
            tr("Keine Verbindung zu {server}: {value}.").format(
                server=server.describe(), value=exc.strerror or exc
            )
        ) from exc
    kept = credentials.save(server.url, server.user, password)
    _choose(
        ws,
        place,
        {"server": server.url, "server_user": server.user, "server_ca": server.ca_bundle},
        join,
        passphrase,
    )
    return kept


def test_connection(server: Server, password: str, allow_http: bool = False) -> str:
    """What a connection test finds (in German): the workspaces shared there, or why it
    failed (ServiceError)."""
    server = checked_server(server, allow_http)
    place = _new_place(server, password)
    try:
        if not place.reachable():
            return tr(
                "Verbunden; den Ordner gibt es auf dem Server noch nicht – er wird beim "
                "Teilen angelegt."
            )
        shared = shared_workspaces(place)
    except OSError as exc:
        raise ServiceError(
            tr("Keine Verbindung zu {server}: {value}.").format(
                server=server.describe(), value=exc.strerror or exc
            )
        ) from exc
    finally:
        place.close()
    if not shared:
        return tr("Verbunden; im Ordner ist noch keine Arbeitsmappe geteilt.")
    names = ", ".join(f"„{name}“" for _, name in shared)
    return tr("Verbunden; geteilt: {names}.").format(names=names)


def _choose(
    ws: AnyWorkspace,
    place: Place,
    settings: dict[str, str],
    join: bool,
    passphrase: str | None,
) -> bool:
    """Make *place* this workspace's shared place (*settings*: how to find it again).
    True where this shared it for the first time (its whole state went there as a
    snapshot)."""
    ws = store_of(ws)
    info = PurePosixPath(ws.workspace_id, "workspace.json")
    shared_here = place.kind(info) is not None
    if join:
        params, key = _join_protection(ws, place, passphrase)
    elif shared_here:
        params, key = _known_protection(ws, place, passphrase)
    elif passphrase:
        _long_enough(passphrase)
        params, key = new_protection(passphrase, ws.workspace_id)
    else:
        params, key = None, None
    _remember_place(ws, settings, params, key)
    if join or shared_here:
        return False
    try:  # the first share: everything goes to the folder as one snapshot
        PlaceSync(ws, place).publish()
    except SyncError as exc:
        raise ServiceError(str(exc)) from exc
    except OSError as exc:
        raise ServiceError(
            tr("Die Arbeitsmappe ließ sich im Ordner „{path}“ nicht teilen: {value}.").format(
                path=place.label, value=exc.strerror or exc
            )
        ) from exc
    return True


def _needs_passphrase() -> ServiceError:
    return ServiceError(
        tr(
            "Diese geteilte Arbeitsmappe ist mit einem Kennwort geschützt; "
            "bitte das Kennwort angeben."
        )
    )


Protection = tuple[dict[str, Any] | None, bytes | None]


def _join_protection(ws: Workspace, place: Place, passphrase: str | None) -> Protection:
    """Joining the one workspace shared in *place* (an empty workspace, or rejoining): its
    protection opened with *passphrase*, which must be given exactly where it is
    protected. The workspace takes the shared one's id."""
    shared = shared_workspaces(place)
    if len(shared) != 1:
        raise ServiceError(
            tr(
                "Im Ordner „{path}“ liegen {n_shared} gemeinsame Arbeitsmappen; zum Beitreten muss es genau eine sein."
            ).format(path=place.label, n_shared=len(shared))
        )
    workspace_id = shared[0][0]
    with ws.engine.connect() as conn:
        rejoin = is_member(conn) and ws.workspace_id == workspace_id
    if has_own_rows(ws) and not rejoin:
        raise ServiceError(
            tr(
                "Beitreten geht nur mit einer leeren Arbeitsmappe; diese enthält schon eigene Daten."
            )
        )
    params = protection_of(place, workspace_id)
    key = None
    if params is not None:
        if not passphrase:
            raise _needs_passphrase()
        key = _open(passphrase, params, workspace_id)
    elif passphrase:
        # Told it is protected, the folder says it is not: stripped, or the wrong one.
        raise ServiceError(
            tr(
                "Ein Kennwort wurde angegeben, aber die Arbeitsmappe in diesem "
                "Ordner ist nicht geschützt. Werkbank tritt ihr so nicht bei: "
                "bitte bei der Person nachfragen, die sie geteilt hat (der Schutz "
                "könnte entfernt worden sein)."
            )
        )
    adopt_workspace(ws, workspace_id)
    return params, key


def _known_protection(ws: Workspace, place: Place, passphrase: str | None) -> Protection:
    """This workspace is shared in *place* already: its key is set once, never replaced
    by sharing again (the others could no longer read the new files); (None, None) where
    the key this laptop holds stays."""
    params = protection_of(place, ws.workspace_id)
    with ws.engine.connect() as conn:
        known = capture.state_get(conn, "protection")
    if params is None and (passphrase or known):
        raise ServiceError(
            tr("Die Arbeitsmappe ist in diesem Ordner ohne Kennwort geteilt")
            + (
                tr(
                    "; Werkbank kannte sie als geschützt – der Schutz wurde im "
                    "Ordner entfernt. Nichts wurde übernommen."
                )
                if known
                else tr(". Ein Kennwort lässt sich nicht nachträglich beim erneuten Teilen setzen.")
            )
        )
    if params is None:
        return None, None
    if passphrase:
        return params, _open(passphrase, params, ws.workspace_id)
    if not known:
        raise _needs_passphrase()
    return None, None  # the key this laptop holds stays


def _remember_place(
    ws: Workspace, settings: dict[str, str], params: dict[str, Any] | None, key: bytes | None
) -> None:
    """How to find the place again, and its key; a server no longer used keeps no
    password."""
    before = server_of(ws)
    with ws.engine.begin() as conn:
        for name in ("folder", "server", "server_user", "server_ca"):
            capture.state_set(conn, name, settings.get(name, ""))
    if before is not None and (before.url, before.user) != (
        settings.get("server"),
        settings.get("server_user"),
    ):
        credentials.forget(before.url, before.user)
    if key is not None and params is not None:
        with ws.engine.begin() as conn:
            # The key stays in this laptop's workspace file (on its own disk), so
            # background sync needs no passphrase; the share holds only ciphertext.
            _store_key(conn, key, params)


#: A passphrase protects every file of the share from whoever can read the folder.
MIN_PASSPHRASE = 8


def _long_enough(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ServiceError(
            tr(
                "Das Kennwort braucht mindestens {n} Zeichen: es schützt alle Dateien im gemeinsamen Ordner vor jedem, der den Ordner lesen kann (ein kurzes ist in Minuten erraten)."
            ).format(n=MIN_PASSPHRASE)
        )


def _store_key(conn: Any, key: bytes, params: dict[str, Any]) -> None:
    """Make *key* the current one; a different earlier key is kept for reading the files
    written before the passphrase changed."""
    old = capture.state_get(conn, "key")
    if old and old != key.hex():
        earlier = json.loads(capture.state_get(conn, "previous_keys") or "[]")
        capture.state_set(conn, "previous_keys", json.dumps([old, *earlier]))
    capture.state_set(conn, "key", key.hex())
    capture.state_set(conn, "protection", json.dumps(params))


def is_protected(ws: AnyWorkspace) -> bool:
    ws = store_of(ws)
    with ws.engine.connect() as conn:
        return capture.state_get(conn, "key") is not None


def change_passphrase(ws: AnyWorkspace, passphrase: str) -> None:
    """Give the protected shared workspace a new passphrase, for everyone: workspace.json
    gets new protection with a proof made with the old key (the others then ask for the
    new passphrase instead of refusing a tampered folder), new files and a new snapshot
    are sealed with the new key, older files stay readable with the old one."""
    ws = store_of(ws)
    from workbench.sync.protect import rekey

    _long_enough(passphrase)
    folder = chosen_place(ws)
    with ws.engine.connect() as conn:
        old = capture.state_get(conn, "key")
    if not old:
        raise ServiceError(
            tr(
                "Diese Arbeitsmappe ist ohne Kennwort geteilt; ein Kennwort lässt "
                "sich nur beim Teilen in einem neuen Ordner setzen."
            )
        )
    engine = PlaceSync(ws, folder)
    try:
        engine.sync()  # fails by name if the folder is away or was tampered with
        info = engine.base / "workspace.json"
        data = json.loads(engine.place.read(info, MAX_INFO_BYTES).decode("utf-8"))
        params, key = rekey(bytes.fromhex(old), passphrase, ws.workspace_id)
        data["protection"] = params
        engine.place.replace(info, json.dumps(data, ensure_ascii=False, indent=1).encode())
    except SyncError as exc:
        raise ServiceError(str(exc)) from exc
    except (OSError, ValueError) as exc:
        raise ServiceError(
            tr("Das Kennwort ließ sich nicht ändern: {exc}").format(
                exc=getattr(exc, "strerror", None) or exc
            )
        ) from exc
    with ws.engine.begin() as conn:
        _store_key(conn, key, params)
    try:
        PlaceSync(ws, folder).write_snapshot()  # newcomers with the new passphrase join
    except (SyncError, OSError) as exc:
        raise ServiceError(
            tr(
                "Kennwort geändert, aber der Schnappschuss für neue Rechner ließ sich nicht schreiben: {exc}"
            ).format(exc=getattr(exc, "strerror", None) or exc)
        ) from exc


def _open(passphrase: str, params: dict[str, Any], workspace_id: str) -> bytes:
    try:
        return open_protection(passphrase, params, workspace_id)
    except (WrongPassphrase, BadProtection) as exc:
        raise ServiceError(str(exc)) from None


def is_member_file(path: Path) -> bool:
    """Whether the workspace file at *path* has joined (or published) a shared workspace."""
    ws = Workspace.open(path)
    try:
        with ws.engine.connect() as conn:
            return is_member(conn)
    finally:
        ws.close()


def is_shared(ws: AnyWorkspace) -> bool:
    """Whether this workspace syncs with a folder or a server (WorkspaceUnreadable when
    its file cannot be read: it went away under the window)."""
    from sqlalchemy.exc import SQLAlchemyError

    ws = store_of(ws)
    try:
        return folder_of(ws) is not None or server_of(ws) is not None
    except SQLAlchemyError as exc:
        raise WorkspaceUnreadable(
            tr("Offline – Arbeitsmappe nicht lesbar ({name__})").format(
                name__=exc.__class__.__name__
            )
        ) from exc


class WorkspaceUnreadable(ServiceError):
    """The workspace file cannot be read (gone, locked, damaged); German message."""


def chosen_place(ws: AnyWorkspace) -> Place:
    """Where this workspace syncs: its folder or its server (ServiceError: neither)."""
    ws = store_of(ws)
    server = server_of(ws)
    if server is not None:
        return connect(server)
    folder = folder_of(ws)
    if folder is None:
        raise ServiceError(tr("Für diese Arbeitsmappe ist kein gemeinsamer Ordner gewählt."))
    return FolderPlace(folder)
