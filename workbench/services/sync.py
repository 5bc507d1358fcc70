"""Use cases of working together: choose the shared folder, sync, see status, resolve conflicts."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from workbench.model import class_for_table
from workbench.services.errors import NotFoundError, ServiceError
from workbench.services.labels import entity_label, field_label
from workbench.services.operations import execute
from workbench.services.values import display
from workbench.store.sync_tables import (
    sync_applied,
    sync_conflicts,
    sync_field_clock,
    sync_reported,
)
from workbench.store.workspace import Workspace
from workbench.sync import capture
from workbench.sync.clock import Stamp
from workbench.sync.engine import (
    SyncError,
    SyncFolder,
    SyncReport,
    adopt_workspace,
    publish_existing,
)
from workbench.sync.protect import WrongPassphrase, new_protection, open_protection


def folder_of(ws: Workspace) -> Path | None:
    with ws.engine.connect() as conn:
        value = capture.state_get(conn, "folder")
    return Path(value) if value else None


def shared_workspaces(folder: Path) -> list[tuple[str, str]]:
    """(workspace id, name) of the workspaces shared in *folder*."""
    found = []
    for info in sorted(folder.glob("*/workspace.json")):
        try:
            data = json.loads(info.read_text("utf-8"))
            found.append((str(data["workspace_id"]), str(data.get("name", ""))))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return found


def protection_of(folder: Path, workspace_id: str) -> dict[str, Any] | None:
    try:
        data = json.loads((folder / workspace_id / "workspace.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data.get("protection") if isinstance(data, dict) else None


def needs_passphrase(folder: str | Path) -> bool:
    """Whether joining the workspace shared in *folder* asks for a passphrase."""
    shared = shared_workspaces(Path(folder))
    return len(shared) == 1 and protection_of(Path(folder), shared[0][0]) is not None


def set_folder(ws: Workspace, folder: str | Path, join: bool = False,
               passphrase: str | None = None) -> None:
    """Share this workspace through *folder* (existing rows are queued for the first sync),
    or, with *join*, make this empty workspace a member of the one already shared there.

    A passphrase protects a newly shared workspace (every file encrypted and
    authenticated); joining a protected one needs the same passphrase.
    """
    path = Path(folder).resolve()
    if path.exists() and not path.is_dir():
        raise ServiceError(f"„{path}“ ist kein Ordner.")
    key: bytes | None = None
    params: dict[str, Any] | None = None
    if join:
        shared = shared_workspaces(path)
        if len(shared) != 1:
            raise ServiceError(f"Im Ordner „{path}“ liegen {len(shared)} gemeinsame "
                               "Arbeitsmappen; zum Beitreten muss es genau eine sein.")
        if _has_own_rows(ws):
            raise ServiceError("Beitreten geht nur mit einer leeren Arbeitsmappe; diese enthält "
                               "schon eigene Daten.")
        params = protection_of(path, shared[0][0])
        if params is not None:
            if not passphrase:
                raise ServiceError("Diese geteilte Arbeitsmappe ist mit einem Kennwort geschützt; "
                                   "bitte das Kennwort angeben.")
            try:
                key = open_protection(passphrase, params, shared[0][0])
            except WrongPassphrase as exc:
                raise ServiceError(str(exc)) from None
        adopt_workspace(ws, shared[0][0])
    elif passphrase:
        params, key = new_protection(passphrase, ws.workspace_id)
    with ws.engine.begin() as conn:
        capture.state_set(conn, "folder", str(path))
        if key is not None and params is not None:
            # The key stays in this laptop's workspace file (on its own disk), so
            # background sync needs no passphrase; the share holds only ciphertext.
            capture.state_set(conn, "key", key.hex())
            capture.state_set(conn, "protection", json.dumps(params))
    if not join:
        publish_existing(ws)


def _has_own_rows(ws: Workspace) -> bool:
    from workbench.model import all_tables
    from workbench.store.seed import SEED_TIME

    with ws.engine.connect() as conn:
        for table in all_tables():  # seeded defaults carry SEED_TIME
            if conn.execute(select(table.c.id).where(table.c.created_at != SEED_TIME)
                            .limit(1)).first():
                return True
    return False


def _chosen_folder(ws: Workspace) -> Path:
    folder = folder_of(ws)
    if folder is None:
        raise ServiceError("Für diese Arbeitsmappe ist kein gemeinsamer Ordner gewählt.")
    return folder


def sync_now(ws: Workspace) -> SyncReport:
    folder = _chosen_folder(ws)
    try:
        report = SyncFolder(ws, folder).sync()
    except SyncError as exc:
        raise ServiceError(str(exc)) from exc
    if report.offline is None and report.read_only is None:  # both ways done
        with ws.engine.begin() as conn:
            capture.state_set(conn, "last_sync", datetime.now(UTC).isoformat(timespec="seconds"))
    return report


def write_snapshot(ws: Workspace) -> Path:
    """Full state for laptops that join later (they then read only newer change files)."""
    folder = _chosen_folder(ws)
    try:
        return SyncFolder(ws, folder).write_snapshot()
    except (SyncError, OSError) as exc:
        raise ServiceError(f"Der Schnappschuss konnte nicht geschrieben werden: {exc}") from exc


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


def _open_conflicts(conn: Any) -> int:
    return conn.execute(select(func.count()).select_from(sync_conflicts)
                        .where(sync_conflicts.c.resolved == 0)).scalar_one()


def open_conflict_count(ws: Workspace) -> int:
    """One small query, for the status bar after every edit (status() scans much more)."""
    with ws.engine.connect() as conn:
        return _open_conflicts(conn)


def status(ws: Workspace) -> SyncStatus:
    with ws.engine.begin() as conn:
        return SyncStatus(
            folder=capture.state_get(conn, "folder"),
            replica=capture.replica_id(conn),
            last_sync=capture.state_get(conn, "last_sync"),
            pending_ops=capture.pending_count(conn),
            replicas=dict(conn.execute(select(sync_applied.c.replica, sync_applied.c.seq)).all()),
            last_activity={replica: _when(hlc) for replica, hlc in conn.execute(
                select(sync_field_clock.c.replica, func.max(sync_field_clock.c.hlc))
                .group_by(sync_field_clock.c.replica)).all()},
            open_conflicts=_open_conflicts(conn),
            problems=list(conn.execute(select(sync_reported.c.message)).scalars()),
        )


@dataclass
class Conflict:
    """A value that lost against a concurrent change (or an edit to a deleted row)."""

    id: int
    entity: str
    row_id: str
    field: str
    kind: str
    current: Any
    other: Any
    other_replica: str
    other_time: str
    where: str  # what users call the row: "Maßnahme P-01 „…“", "Ziel „…“"
    other_author: str  # "diesem Rechner" or "Rechner 1a2b3c4d"

    def shown(self, value: Any) -> str:
        """A value as users read it (German labels, dates, amounts)."""
        try:
            return display(from_plain(self.entity, self.field, value), self.field)
        except (ValueError, KeyError):
            return str(value)

    def describe(self) -> str:
        what = f"{self.where}, Feld „{field_label(self.field)}“"
        if self.kind == "deleted_row":
            return f"{what}: anderswo gelöscht; hier geändert zu „{self.shown(self.other)}“"
        return (f"{what}: jetzt „{self.shown(self.current)}“, "
                f"abweichend „{self.shown(self.other)}“")


def format_sync_time(iso: str | None) -> str:
    if not iso:
        return "noch nie"
    moment = datetime.fromisoformat(iso)
    return moment.strftime("%d.%m.%Y %H:%M:%S UTC")


def _when(hlc: str) -> str:
    stamp = Stamp.parse(hlc)
    return datetime.fromtimestamp(stamp.wall_ms / 1000, UTC).strftime("%d.%m.%Y %H:%M UTC")


def _row_name(session: Session, entity: str, row_id: str) -> str:
    label = entity_label(entity)
    row = session.get(class_for_table(entity), row_id)
    if row is None:
        return f"{label} {row_id[:8]} (gelöscht)"
    if entity == "measures":
        return f"{label} {row.code} „{row.title}“"
    name = getattr(row, "title", None) or getattr(row, "name", None)
    return f"{label} „{name}“" if name else f"{label} {row_id[:8]}"


def conflicts(ws: Workspace, include_resolved: bool = False) -> list[Conflict]:
    stmt = select(sync_conflicts).order_by(sync_conflicts.c.id)
    if not include_resolved:
        stmt = stmt.where(sync_conflicts.c.resolved == 0)
    with ws.engine.begin() as conn:
        rows = conn.execute(stmt).all()
        me = capture.replica_id(conn)
    with ws.session() as session:
        return [Conflict(r.id, r.entity, r.row_id, r.field, r.kind,
                         json.loads(r.kept_value) if r.kept_value else None,
                         json.loads(r.lost_value), r.lost_replica, _when(r.lost_hlc),
                         _row_name(session, r.entity, r.row_id),
                         "diesem Rechner" if r.lost_replica == me else f"Rechner {r.lost_replica[:8]}")
                for r in rows]


def _get_conflict(ws: Workspace, conflict_id: int) -> Conflict:
    for c in conflicts(ws):
        if c.id == conflict_id:
            return c
    raise NotFoundError(f"Einen offenen Konflikt {conflict_id} gibt es nicht.")


def _mark_resolved(ws: Workspace, conflict_id: int) -> None:
    with ws.engine.begin() as conn:
        conn.execute(update(sync_conflicts).where(sync_conflicts.c.id == conflict_id)
                     .values(resolved=1))


def from_plain(entity: str, field: str, value: Any) -> Any:
    """A value as dumps and change files carry it (JSON) → the attribute's Python value."""
    from sqlalchemy import Date, Enum

    from workbench.model.base import UTCDateTime

    if value is None:
        return None
    column_type = class_for_table(entity).__table__.c[field].type
    if isinstance(column_type, UTCDateTime):
        return datetime.fromisoformat(value)
    if isinstance(column_type, Date):
        return date.fromisoformat(value)
    if isinstance(column_type, Enum) and column_type.enum_class is not None:
        return column_type.enum_class(value)
    return value


def _set_field(session: Session, entity: str, row_id: str, field: str, value: Any) -> None:
    from workbench.services.validation import validate

    row = session.get(class_for_table(entity), row_id)
    if row is None:
        raise NotFoundError(f"{entity_label(entity)} {row_id[:8]} gibt es hier nicht (mehr).")
    setattr(row, field, from_plain(entity, field, value))
    validate(row)


def resolve(ws: Workspace, conflict_id: int, choice: str, value: Any = None) -> None:
    """``current``: keep what stands; ``other``: take the other value; ``value``: set *value*
    (a combination). Taking a value is a normal change: it syncs to everybody."""
    c = _get_conflict(ws, conflict_id)
    if choice == "current":
        pass
    elif c.kind == "deleted_row":
        raise ServiceError("Die Zeile wurde anderswo gelöscht; der Wert bleibt hier als Notiz "
                           "erhalten und kann nur verworfen werden („current“).")
    elif choice == "other":
        execute(ws, "Konflikt lösen", _set_field, c.entity, c.row_id, c.field, c.other)
    elif choice == "value":
        execute(ws, "Konflikt lösen", _set_field, c.entity, c.row_id, c.field, value)
    else:
        raise ServiceError(f"Unbekannte Wahl „{choice}“ (current, other, value).")
    _mark_resolved(ws, conflict_id)
