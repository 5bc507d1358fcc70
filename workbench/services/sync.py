"""Use cases of working together: sync, see status, resolve conflicts, held deletions,
laptops taking part. Choosing the folder or server is in services/sharing.py; its use
cases are here too (the window and the command line import one module)."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from workbench.i18n import tr
from workbench.model import class_for_table
from workbench.services import credentials
from workbench.services.conflicts import (  # noqa: F401 (the use cases of conflicts, here too)
    Choice,
    Conflict,
    ConflictKind,
    _when,
    conflicts,
    from_plain,
    resolve,
)
from workbench.services.errors import ServiceError
from workbench.services.operations import close_repaired, execute
from workbench.services.workspaces import AnyWorkspace, store_of

# The use cases of sharing, here too (`name as name`: re-exported, one block).
# isort: off
from workbench.services.sharing import (
    Server as Server,
    change_passphrase as change_passphrase,
    checked_server as checked_server,
    chosen_place as chosen_place,
    connect as connect,
    folder_of as folder_of,
    is_member_file as is_member_file,
    is_protected as is_protected,
    is_shared as is_shared,
    needs_passphrase as needs_passphrase,
    protection_of as protection_of,
    server_of as server_of,
    set_folder as set_folder,
    set_server as set_server,
    shared_workspaces as shared_workspaces,
    test_connection as test_connection,
    WorkspaceUnreadable as WorkspaceUnreadable,
)

# isort: on
from workbench.store.sync_tables import (
    sync_applied,
    sync_conflicts,
    sync_field_clock,
    sync_reported,
)
from workbench.sync import capture
from workbench.sync.engine import PlaceSync
from workbench.sync.files import UUID
from workbench.sync.incoming import held_key
from workbench.sync.place import DIR, CountingPlace, FolderPlace
from workbench.sync.report import SyncError
from workbench.sync.report import SyncReport as SyncReport  # the window shows it

log = logging.getLogger(__name__)


def sync_now(ws: AnyWorkspace) -> SyncReport:
    ws = store_of(ws)
    folder = CountingPlace(chosen_place(ws))
    started = time.perf_counter()
    try:
        report = PlaceSync(ws, folder).sync()
    except SyncError as exc:
        log.warning("Abgleich mit %s abgelehnt: %s", folder.label, exc)
        raise ServiceError(str(exc)) from exc
    except Exception:
        log.exception("Abgleich mit %s: unerwarteter Fehler", folder.label)
        raise
    _log_sync(folder, report, time.perf_counter() - started)
    if getattr(folder, "refused", False):  # 401: the stored password is wrong, forget it
        server = server_of(ws)
        if server is not None:
            credentials.forget(server.url, server.user)
    if report.touched:
        report.conflicts += _check_merged_rows(ws, report.touched)
    if report.data_changed:
        report.problems += _renumber_duplicate_codes(ws)
    if report.offline is None and report.read_only is None:  # both ways done
        with ws.engine.begin() as conn:
            capture.state_set(conn, "last_sync", datetime.now(UTC).isoformat(timespec="seconds"))
    return report


def _log_sync(place: CountingPlace, report: SyncReport, seconds: float) -> None:
    """One line per synchronisation: where, what it read and applied, what it held back or
    refused, the bytes both ways and how long it took. Names and counts only: no value,
    passphrase, password or token (tests/services/test_sync_log.py)."""
    log.info(
        "Abgleich mit %s: %d Dateien gelesen, %d Änderungsdateien übernommen (%d Änderungen), "
        "%d gesendet, %d wartend, %d zurückgehalten, %d Hinweise, %d Konflikte, "
        "%d Bytes gelesen, %d Bytes geschrieben, %d ms%s",
        place.label,
        place.files_read,
        report.files_applied,
        report.ops_applied,
        report.files_written,
        report.waiting,
        len(report.held) + len(report.postponed),
        len(report.problems),
        report.conflicts,
        place.bytes_read,
        place.bytes_written,
        round(seconds * 1000),
        f" (offline: {report.offline})" if report.offline else "",
    )


def _renumber_duplicate_codes(ws: AnyWorkspace) -> list[str]:
    """Measures made at the same time on several laptops get the same next code (Z-09
    three times). The first to take the code keeps it (earliest stamp of its code; a
    measure from a snapshot counts as earliest); each other one is renumbered by the
    laptop that gave it the code, and only there, so that exactly one laptop renumbers
    it. A clash with a code chosen elsewhere meanwhile is settled the same way next time."""
    ws = store_of(ws)
    from workbench.model import Measure
    from workbench.services import measures

    with ws.engine.connect() as conn:
        me = capture.replica_id(conn)
        codes = (
            conn.execute(
                select(Measure.__table__.c.code)
                .group_by(Measure.__table__.c.code)
                .having(func.count() > 1)
            )
            .scalars()
            .all()
        )
        mine = []
        for code in codes:
            holders = conn.execute(
                select(Measure.__table__.c.id, sync_field_clock.c.hlc, sync_field_clock.c.replica)
                .select_from(
                    Measure.__table__.outerjoin(
                        sync_field_clock,
                        (sync_field_clock.c.entity == "measures")
                        & (sync_field_clock.c.row_id == Measure.__table__.c.id)
                        & (sync_field_clock.c.field == "code"),
                    )
                )
                .where(Measure.__table__.c.code == code)
            ).all()
            holders = sorted(holders, key=lambda h: (h.hlc or "", h.replica or "", h.id))
            mine += [h.id for h in holders[1:] if h.replica == me]
    notes = []
    for measure_id in mine:
        measure, _ = execute(ws, tr("Kennung neu vergeben"), measures.renumber, measure_id)
        notes.append(
            tr(
                "Die Kennung der Maßnahme „{title}“ war auch anderswo vergeben; sie heißt jetzt {code}."
            ).format(title=measure.title, code=measure.code)
        )
    return notes


def _check_merged_rows(ws: AnyWorkspace, touched: set[tuple[str, str]]) -> int:
    """Rows that break a rule after a merge (each laptop's edit was valid, together they
    are not: start from one, end from another) become conflicts to resolve; an edit that
    repairs the row closes them. Returns how many new ones."""
    ws = store_of(ws)
    from workbench.services.errors import ValidationError
    from workbench.services.validation import validate

    new = 0
    with ws.session() as session, session.begin():
        close_repaired(session, touched)  # repaired by a merged edit
        conn = session.connection()
        for row in _rows(session, touched):  # read in batches: a catch-up touches 10,000s
            try:
                validate(row)
                continue
            except ValidationError as exc:
                error = exc
            entity, row_id = row.__tablename__, row.id
            exists = conn.execute(
                select(sync_conflicts.c.id).where(
                    sync_conflicts.c.entity == entity,
                    sync_conflicts.c.row_id == row_id,
                    sync_conflicts.c.field == error.field,
                    sync_conflicts.c.kind == ConflictKind.INVALID,
                    sync_conflicts.c.resolved == 0,
                )
            ).first()
            if exists:
                continue
            current = getattr(row, error.field)
            conn.execute(
                insert(sync_conflicts).values(
                    entity=entity,
                    row_id=row_id,
                    field=error.field,
                    kind=ConflictKind.INVALID,
                    kept_value=capture.encode(current),
                    lost_value=json.dumps(error.message),
                    lost_hlc=capture.load_clock(conn).last.text(),
                    lost_replica="",
                    resolved=0,
                )
            )
            new += 1
    return new


def _rows(session: Session, keys: set[tuple[str, str]]) -> Iterator[Any]:
    """The rows named by (table, id) pairs that still exist, a few queries per table."""
    by_table: dict[str, list[str]] = {}
    for entity, row_id in keys:
        by_table.setdefault(entity, []).append(row_id)
    for entity, ids in sorted(by_table.items()):
        cls = class_for_table(entity)
        ids.sort()
        for start in range(0, len(ids), 500):
            yield from session.scalars(select(cls).where(cls.id.in_(ids[start : start + 500])))


def write_snapshot(ws: AnyWorkspace) -> str:
    """Full state for laptops that join later (they then read only newer change files);
    returns where it was written."""
    ws = store_of(ws)
    folder = chosen_place(ws)
    try:
        engine = PlaceSync(ws, folder)
        return f"{engine.label}/{engine.write_snapshot()}"
    except (SyncError, OSError) as exc:
        raise ServiceError(
            tr("Der Schnappschuss konnte nicht geschrieben werden: {exc}").format(
                exc=getattr(exc, "strerror", None) or exc
            )
        ) from exc


@dataclass
class SyncStatus:
    folder: str | None
    replica: str
    last_sync: str | None
    pending_ops: int
    replicas: dict[str, int]
    last_activity: dict[str, str]  # replica → German time of its newest change seen here
    open_conflicts: int
    problems: list[str]
    #: Entries (a measure, a receipt …) with changes not yet written to the folder: what a
    #: user counts, where pending_ops counts single field values.
    pending_rows: int = 0
    server: str | None = None  # a WebDAV server instead of a folder
    server_user: str | None = None

    @property
    def place(self) -> str | None:
        """Where this workspace syncs, as the window and the command line name it."""
        if self.server:
            return tr("Server {url} (Benutzer {user})").format(
                url=self.server, user=self.server_user or ""
            )
        return self.folder


def _open_conflicts(conn: Any) -> int:
    return int(
        conn.execute(
            select(func.count()).select_from(sync_conflicts).where(sync_conflicts.c.resolved == 0)
        ).scalar_one()
    )


def open_conflict_count(ws: AnyWorkspace) -> int:
    """One small query, for the status bar after every edit (status() scans much more)."""
    ws = store_of(ws)
    with ws.engine.connect() as conn:
        return _open_conflicts(conn)


def status(ws: AnyWorkspace) -> SyncStatus:
    ws = store_of(ws)
    with ws.engine.begin() as conn:
        return SyncStatus(
            folder=capture.state_get(conn, "folder") or None,
            server=capture.state_get(conn, "server") or None,
            server_user=capture.state_get(conn, "server_user") or None,
            replica=capture.replica_id(conn),
            last_sync=capture.state_get(conn, "last_sync"),
            pending_ops=capture.pending_count(conn),
            pending_rows=capture.pending_rows(conn),
            replicas=dict(conn.execute(select(sync_applied.c.replica, sync_applied.c.seq)).all()),
            last_activity={
                replica: _when(hlc)
                for replica, hlc in conn.execute(
                    select(sync_field_clock.c.replica, func.max(sync_field_clock.c.hlc)).group_by(
                        sync_field_clock.c.replica
                    )
                ).all()
            },
            open_conflicts=_open_conflicts(conn),
            problems=list(conn.execute(select(sync_reported.c.message)).scalars()),
        )


def format_sync_time(iso: str | None) -> str:
    if not iso:
        return tr("noch nie")
    moment = datetime.fromisoformat(iso)
    return moment.strftime("%d.%m.%Y %H:%M:%S UTC")


@dataclass
class HeldFile:
    """A change file held back because it would delete many measures."""

    replica: str
    seq: int
    measures: int

    def describe(self) -> str:
        return tr("Rechner {value}, Datei {seq}: würde {measures} Maßnahmen löschen").format(
            value=self.replica[:8], seq=self.seq, measures=self.measures
        )


def held_files(ws: AnyWorkspace) -> list[HeldFile]:
    ws = store_of(ws)
    from workbench.store.sync_tables import sync_state

    with ws.engine.connect() as conn:
        rows = conn.execute(
            select(sync_state.c.key, sync_state.c.value).where(sync_state.c.key.like("held:%"))
        ).all()
    found = []
    for key, value in rows:
        if value.isdigit():
            replica, _, seq = key.removeprefix("held:").rpartition("/")
            found.append(HeldFile(replica, int(seq), int(value)))
    return sorted(found, key=lambda h: (h.replica, h.seq))


def accept_deletions(ws: AnyWorkspace, which: str = "") -> list[HeldFile]:
    """Confirm held files (*which*: "RECHNER/NR", a replica prefix with its file number;
    empty: all held ones); the next sync applies them. Returns what was confirmed."""
    ws = store_of(ws)
    held = held_files(ws)
    chosen = [
        h
        for h in held
        if not which
        or f"{h.replica}/{h.seq}".startswith(which.split("/")[0])
        and (("/" not in which) or str(h.seq) == which.split("/")[1])
    ]
    if not chosen:
        listed = "; ".join(f"{h.replica[:8]}/{h.seq}" for h in held) or tr("keine")
        raise ServiceError(
            tr("Keine zurückgehaltene Datei „{which}“ (zurückgehalten: {listed}).").format(
                which=which, listed=listed
            )
        )
    with ws.engine.begin() as conn:
        for h in chosen:
            capture.state_set(conn, held_key(h.replica, h.seq), "accepted")
    return chosen


def known_replicas(ws: AnyWorkspace) -> list[str]:
    """The other laptops this workspace has heard of (their files applied here, or their
    folder in the shared folder: a laptop that joined and never wrote) and that are not
    removed."""
    ws = store_of(ws)
    from workbench.store.sync_tables import sync_retired

    with ws.engine.connect() as conn:
        me = capture.replica_id(conn)
        retired = set(conn.execute(select(sync_retired.c.replica)).scalars())
        heard = set(conn.execute(select(sync_applied.c.replica)).scalars())
        # the laptops' folders the last sync saw (one that joined and never wrote); a
        # server is never asked from here (the window asks this on every redraw)
        seen = json.loads(capture.state_get(conn, "replicas_seen") or "[]")
    heard |= {r for r in seen if isinstance(r, str) and UUID.fullmatch(r)}
    folder = folder_of(ws)
    if folder is not None:  # a folder is looked at now: it is on this computer's network
        try:
            changes = PurePosixPath(ws.workspace_id, "changes")
            heard |= {
                e.name
                for e in FolderPlace(folder).listing(changes)
                if UUID.fullmatch(e.name) and e.kind == DIR
            }
        except OSError:
            pass  # the share is away: what was heard of is enough
    return sorted(heard - retired - {me})


def retire(ws: AnyWorkspace, replica_prefix: str) -> str:
    """Remove a laptop that is gone for good (lost, replaced, reinstalled) from the shared
    workspace: the folder upkeep no longer waits for it. Its changes stay. Should it come
    back, it goes on as a new laptop, losing nothing. Returns its full id."""
    ws = store_of(ws)
    matches = [r for r in known_replicas(ws) if r.startswith(replica_prefix.strip().lower())]
    if not replica_prefix.strip() or len(matches) != 1:
        known = ", ".join(r[:8] for r in known_replicas(ws)) or tr("keine")
        raise ServiceError(
            tr(
                "Einen Rechner „{replica_prefix}“ gibt es hier nicht eindeutig (bekannte andere Rechner: {known})."
            ).format(replica_prefix=replica_prefix, known=known)
        )
    gone = matches[0]

    def record(session: Session) -> None:
        from workbench.store.sync_tables import sync_retired

        conn = session.connection()
        stamp = capture.record_decision(conn, "retire", "", gone, "", None)
        conn.execute(insert(sync_retired).values(replica=gone, hlc=stamp))

    execute(ws, tr("Rechner entfernen"), record)
    return gone


# -- the use cases as one call each (the command line and the window call these) ---------


@dataclass(frozen=True)
class ServerChoice:
    """A WebDAV server chosen for the workspace, with the password to use (asked for by
    the caller; never stored in the workspace)."""

    server: Server
    password: str
    allow_http: bool = False


@dataclass(frozen=True)
class SyncRequest:
    """One „workbench sync“: optionally a place chosen first (a folder or a server; *join*
    an existing shared workspace there), held deletions accepted (*accept*: "" all, else
    which), a snapshot written afterwards."""

    folder: str | None = None
    server: ServerChoice | None = None
    join: bool = False
    passphrase: str | None = None
    accept: str | None = None
    snapshot: bool = False


@dataclass
class SyncOutcome:
    """What one sync did: the report, whether the workspace was shared just now, which
    held deletions were accepted and where the snapshot went."""

    report: SyncReport
    shared: bool = False
    accepted: list[HeldFile] | None = None
    snapshot: str | None = None


def sync(ws: AnyWorkspace, request: SyncRequest = SyncRequest()) -> SyncOutcome:  # noqa: B008
    """Choose the place if asked, accept held deletions if asked, sync, write a snapshot if
    asked: the whole of „workbench sync“ (the caller only shows the outcome)."""
    if request.folder and request.server:
        raise ServiceError(tr("Bitte entweder --folder oder --server angeben, nicht beides."))
    accepted = accept_deletions(ws, request.accept) if request.accept is not None else None
    shared = False
    if request.folder:
        shared = set_folder(ws, request.folder, join=request.join, passphrase=request.passphrase)
    elif request.server:
        choice = request.server
        set_server(
            ws,
            choice.server,
            choice.password,
            join=request.join,
            passphrase=request.passphrase,
            allow_http=choice.allow_http,
        )
    outcome = SyncOutcome(sync_now(ws), shared, accepted)
    if request.snapshot:
        outcome.snapshot = write_snapshot(ws)
    return outcome


@dataclass(frozen=True)
class Retired:
    """A laptop removed from the shared workspace, and whether the others learn it now."""

    replica: str
    offline: bool


def retire_laptop(ws: AnyWorkspace, replica_prefix: str) -> Retired:
    """Remove the laptop *replica_prefix* names and tell the others at once (a sync)."""
    gone = retire(ws, replica_prefix)
    return Retired(gone, bool(sync_now(ws).offline))
