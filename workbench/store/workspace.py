"""A workspace is one SQLite file: opening, creating, upgrading and copying it safely."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import stat
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, insert, select
from sqlalchemy.orm import Session, sessionmaker

from workbench.fileio import replace_atomically
from workbench.formats import printable
from workbench.i18n import tr
from workbench.store.meta import workspace_meta

#: Marks a SQLite file as a Werkbank workspace (``PRAGMA application_id``), "WBNK".
APPLICATION_ID = 0x57424E4B
#: The file ending users see in file dialogs.
SUFFIX = ".werkbank"
SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).parent / "migrations"


class WorkspaceError(Exception):
    """A workspace could not be opened or written; the message is German and names the file."""


def _alembic_config(connection: Any = None) -> Any:
    # Alembic is imported only to create or upgrade a file: it costs 0.2 s at start-up.
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def _upgrade(connection: Any) -> None:
    """Bring the file to the newest schema in one transaction: the SQLite driver runs a
    schema change outside any transaction unless one was begun, so a migration failing
    half-way would leave a file of neither revision. Begun here, it is rolled back whole."""
    from alembic import command

    if not connection.connection.dbapi_connection.in_transaction:
        connection.exec_driver_sql("BEGIN")
    command.upgrade(_alembic_config(connection), "head")


#: The newest schema, empty, made once per process by the migrations in memory: a new
#: workspace file starts as a copy of it (15 migrations with their table rebuilds took a
#: quarter of a second for every new file). Guarded: windows and syncs run in threads.
_EMPTY_SCHEMA: sqlite3.Connection | None = None
_EMPTY_SCHEMA_LOCK = threading.Lock()
_EMPTY_SCHEMA_ENGINE: list[Engine] = []  # keeps the in-memory database's pool alive


def _empty_schema() -> sqlite3.Connection:
    """The in-memory database the migrations made (its own connection, kept open)."""
    global _EMPTY_SCHEMA
    with _EMPTY_SCHEMA_LOCK:
        if _EMPTY_SCHEMA is None:
            from sqlalchemy.pool import StaticPool

            engine = create_engine(
                "sqlite://",
                poolclass=StaticPool,
                connect_args={"check_same_thread": False},
            )
            with engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                _upgrade(conn)
            raw = engine.raw_connection().driver_connection
            assert isinstance(raw, sqlite3.Connection)
            _EMPTY_SCHEMA_ENGINE.append(engine)
            _EMPTY_SCHEMA = raw
        return _EMPTY_SCHEMA


def _copy_empty_schema(path: Path) -> None:
    """*path* (a new file) as the newest schema with no rows: a page-for-page copy of what
    the migrations made in memory – the same tables, indexes and revision."""
    target = sqlite3.connect(path)
    try:
        with _EMPTY_SCHEMA_LOCK:
            assert _EMPTY_SCHEMA is not None
            _EMPTY_SCHEMA.backup(target)
    finally:
        target.close()


def known_revisions() -> list[str]:
    """Revision ids in order, read from the file names (``0002_what.py`` is revision 0002;
    a test checks that this agrees with Alembic's own reading of the scripts)."""
    names = sorted(p.name for p in (MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
    return [name.split("_", 1)[0] for name in names]


def schema_head() -> str:
    """The schema revision this version of Werkbank writes."""
    return known_revisions()[-1]


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.close()


def _make_engine(path: Path) -> Engine:
    # URL.create: a path is a path. In "sqlite:///{path}" a "?" starts URL parameters and
    # "%20" is decoded: "Strategie%202025.werkbank" opened "Strategie 2025.werkbank".
    url = URL.create("sqlite", database=str(path))
    engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _schema_state(path: Path) -> tuple[str | None, list[str]]:
    """The file's schema revision and schema as a reader sees them (a rolled-back upgrade
    leaves both as they were)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        schema = [r[0] or "" for r in conn.execute("SELECT sql FROM sqlite_master ORDER BY name")]
        return (row[0] if row else None), schema
    finally:
        conn.close()


def _read_only_probe(path: Path) -> tuple[int, str | None]:
    """Read application id and schema revision without writing anything to the file."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise WorkspaceError(
            tr("„{path}“ lässt sich nicht lesen: {exc}.").format(path=path, exc=exc)
        ) from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        has_version = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        revision = None
        if has_version:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return app_id, revision
    except sqlite3.DatabaseError as exc:
        if disk_full(path.parent):  # SQLite needs room for its shared-memory file even to read
            raise WorkspaceError(
                tr(
                    "Der Datenträger von „{name}“ ist voll; Werkbank öffnet die Arbeitsmappe wieder, sobald dort Platz frei ist. Die Datei ist unverändert."
                ).format(name=path.name)
            ) from exc
        raise WorkspaceError(
            tr("„{name}“ ist beschädigt oder keine Werkbank-Arbeitsmappe ({exc}).").format(
                name=path.name, exc=exc
            )
        ) from exc
    finally:
        conn.close()


def remove_workspace_file(path: Path) -> None:
    """Delete a workspace file together with SQLite's -wal and -shm files beside it."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def disk_full(folder: Path) -> bool:
    """Whether the disk holding *folder* has (almost) no room left."""
    try:
        return shutil.disk_usage(folder if folder.is_dir() else Path(".")).free < 1024 * 1024
    except OSError:
        return False


def check_workspace_file(path: Path) -> str:
    """Check that *path* can be opened as a workspace; return its schema revision.

    Raises WorkspaceError with a German message, and writes nothing, when the
    file is missing, not SQLite, not a workspace, from a newer Werkbank, or
    cannot be written; a refused file keeps no -wal or -shm that reading it made.
    """
    beside = [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm")]
    existed = {p for p in beside if p.exists()}
    try:
        return _checked(path)
    except WorkspaceError:
        for made in (p for p in beside if p not in existed and p.exists()):
            with contextlib.suppress(OSError):
                made.unlink()
        raise


def _checked(path: Path) -> str:
    if not path.exists():
        raise WorkspaceError(tr("Die Arbeitsmappe „{path}“ gibt es nicht.").format(path=path))
    if path.is_dir():
        raise WorkspaceError(tr("„{path}“ ist ein Ordner, keine Arbeitsmappe.").format(path=path))
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise WorkspaceError(
            tr("„{path}“ lässt sich nicht lesen: {strerror}.").format(
                path=path, strerror=exc.strerror
            )
        ) from exc
    if header != SQLITE_HEADER:
        raise WorkspaceError(
            tr(
                "„{name}“ ist keine Werkbank-Arbeitsmappe (die Datei ist keine SQLite-Datenbank)."
            ).format(name=path.name)
        )
    app_id, revision = _read_only_probe(path)
    if app_id != APPLICATION_ID or revision is None:
        raise WorkspaceError(
            tr("„{name}“ ist eine SQLite-Datenbank, aber keine Werkbank-Arbeitsmappe.").format(
                name=path.name
            )
        )
    if revision not in known_revisions():
        raise WorkspaceError(
            tr(
                "„{name}“ wurde mit einer neueren Werkbank-Version angelegt (Schema {revision}). Bitte installieren Sie die aktuelle Werkbank-Version; die Datei wurde nicht verändert."
            ).format(name=path.name, revision=revision)
        )
    if _read_only(path) or not os.access(path.parent, os.W_OK):
        raise WorkspaceError(
            tr(
                "„{name}“ ist schreibgeschützt (oder ihr Ordner). Werkbank braucht Schreibrechte für die Datei und ihren Ordner; die Datei wurde nicht verändert."
            ).format(name=path.name)
        )
    return revision


def _read_only(path: Path) -> bool:
    """No write permission for us, or no write bit at all (a file marked read-only; this also
    holds for an administrator, who could write anyway but should not)."""
    mode = path.stat().st_mode
    return not os.access(path, os.W_OK) or not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def backup_database(
    source: sqlite3.Connection, target: Path, progress: Callable[[int, int], None] | None = None
) -> None:
    """Copy a live database page by page with SQLite's backup API, then rename into place.

    The copy is written under a temporary name first, so a failure (full disk, missing
    folder) never leaves a half-written file under the target's name.
    """
    if not target.parent.is_dir():
        raise WorkspaceError(
            tr(
                "Die Kopie „{target}“ konnte nicht geschrieben werden: den Ordner „{parent}“ gibt es nicht."
            ).format(target=target, parent=target.parent)
        )

    def _progress(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)

    def backup_into(tmp: Path) -> None:
        tmp.unlink(missing_ok=True)  # the backup API writes a database of its own
        dest = sqlite3.connect(tmp)
        try:
            source.backup(dest, pages=256, progress=_progress)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()

    try:
        replace_atomically(target, backup_into, prefix=f".{target.name}.")
    except (sqlite3.Error, OSError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise WorkspaceError(
            tr("Die Kopie „{target}“ konnte nicht geschrieben werden: {reason}.").format(
                target=target, reason=reason
            )
        ) from exc


def _put_new(tmp: Path, path: Path) -> None:
    """Move the finished file *tmp* to *path*, never over an existing file
    (FileExistsError): a hard link where the file system has them, else a rename after a
    last look."""
    for suffix in ("-wal", "-shm"):  # emptied by the checkpoint; the file alone is whole
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise
    except OSError:
        if path.exists():
            raise FileExistsError(errno.EEXIST, "exists", str(path)) from None
        os.replace(tmp, path)
        return
    tmp.unlink()


class Workspace:
    """An open workspace: the engine, sessions and facts about the file."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.upgraded_from: str | None = None
        self.backup_path: Path | None = None
        #: Schema objects someone had added to the file, removed on opening (named).
        self.removed_objects: list[str] = []

    # -- opening -----------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Workspace:
        """Open an existing workspace; upgrade an older schema after writing a backup beside it."""
        path = Path(path)
        revision = check_workspace_file(path)
        head = schema_head()
        backup_path = None
        if revision != head:
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            backup_path = path.with_name(f"{path.stem}.vor-aktualisierung-{stamp}{path.suffix}")
            src = sqlite3.connect(path)
            try:
                backup_database(src, backup_path)
            finally:
                src.close()
        engine = _make_engine(path)
        if revision != head:
            before = _schema_state(path)
            try:
                with engine.begin() as conn:
                    _upgrade(conn)
            except Exception as exc:
                engine.dispose()
                reason = printable(str(getattr(exc, "orig", None) or exc), 300)
                if backup_path is not None and _schema_state(path) == before:
                    # rolled back, the file as it was: no second copy at every attempt
                    remove_workspace_file(backup_path)
                    raise WorkspaceError(
                        tr(
                            "„{name}“ konnte nicht auf das neue Format gebracht werden ({exc}). Die Datei ist unverändert."
                        ).format(name=path.name, exc=reason)
                    ) from exc
                raise WorkspaceError(
                    tr(
                        "„{name}“ konnte nicht auf das neue Format gebracht werden ({exc}). Eine Sicherung liegt unter „{backup_path}“."
                    ).format(name=path.name, exc=reason, backup_path=backup_path)
                ) from exc
        ws = cls(path, engine)
        ws.upgraded_from = revision if revision != head else None
        ws.backup_path = backup_path
        ws.removed_objects = ws._remove_foreign_objects()
        return ws

    def _remove_foreign_objects(self) -> list[str]:
        """Remove every schema object Werkbank did not create – triggers, views, tables
        and indexes someone added to the file – after one backup copy; returns them, named
        in German. A trigger would run on Werkbank's own writes (rewriting other rows,
        unseen by undo and sync), a view or table would travel with every copy."""
        from workbench.store.schema_objects import INDEXES, TABLES

        expected = {"table": TABLES, "index": INDEXES}
        with self.engine.connect() as conn:
            found = conn.exec_driver_sql(
                "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
            ).all()
        foreign = [(kind, name) for kind, name in found if name not in expected.get(kind, ())]
        if not foreign:
            return []
        if self.backup_path is None:
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            self.backup_path = self.path.with_name(
                f"{self.path.stem}.vor-bereinigung-{stamp}{self.path.suffix}"
            )
            raw = self.engine.raw_connection()
            try:
                backup_database(raw.driver_connection, self.backup_path)  # type: ignore[arg-type]
            finally:
                raw.close()
        order = {"trigger": 0, "view": 1, "index": 2, "table": 3}  # what depends on a table first
        with self.engine.begin() as conn:
            for kind, name in sorted(foreign, key=lambda f: order.get(f[0], 4)):
                quoted = '"' + name.replace('"', '""') + '"'
                conn.exec_driver_sql(f"DROP {kind.upper()} IF EXISTS {quoted}")
        words = {
            "trigger": tr("Trigger"),
            "view": tr("Sicht"),
            "index": tr("Index"),
            "table": tr("Tabelle"),
        }
        return [f"{words.get(kind, kind)} „{printable(name)}“" for kind, name in foreign]

    @classmethod
    def create(
        cls,
        path: str | os.PathLike[str],
        name: str = "",
        build: Callable[[Workspace], None] | None = None,
    ) -> Workspace:
        """Create a new workspace file with the default phases (and what *build* adds, the
        demo's content): whole or not at all. It is built under a hidden temporary name
        beside *path* and put in place only when complete, never over an existing file, so
        that a creation killed half-way leaves nothing that blocks the next one."""
        path = Path(path)
        if path.exists():
            raise WorkspaceError(
                tr("„{path}“ gibt es schon; Werkbank überschreibt keine Datei.").format(path=path)
            )
        if not path.parent.is_dir():
            raise WorkspaceError(
                tr("Den Ordner „{parent}“ gibt es nicht.").format(parent=path.parent)
            )
        if not os.access(path.parent, os.W_OK):
            raise WorkspaceError(
                tr("Im Ordner „{parent}“ darf Werkbank nicht schreiben.").format(parent=path.parent)
            )
        for stale in path.parent.glob(f".{path.name}.neu-*"):  # left by a killed creation
            if not stale.name.endswith(("-wal", "-shm")):
                remove_workspace_file(stale)
        tmp = path.with_name(f".{path.name}.neu-{os.getpid()}-{uuid.uuid4().hex[:8]}")
        ws = cls._create_at(tmp, name or path.stem)
        try:
            if build is not None:
                build(ws)
            with ws.engine.begin() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except BaseException:
            ws.close()
            remove_workspace_file(tmp)
            raise
        ws.close()
        try:
            _put_new(tmp, path)
        except OSError as exc:
            remove_workspace_file(tmp)
            if isinstance(exc, FileExistsError):
                raise WorkspaceError(
                    tr("„{path}“ gibt es schon; Werkbank überschreibt keine Datei.").format(
                        path=path
                    )
                ) from exc
            raise WorkspaceError(
                tr("„{path}“ konnte nicht angelegt werden: {exc}.").format(
                    path=path, exc=exc.strerror or exc
                )
            ) from exc
        return cls.open(path)

    @classmethod
    def _create_at(cls, path: Path, name: str) -> Workspace:
        """A new, empty workspace file at *path* with the default phases."""
        engine = _make_engine(path)
        try:
            _empty_schema()
            _copy_empty_schema(path)  # its header carries Werkbank's application id
            with engine.begin() as conn:
                conn.execute(
                    insert(workspace_meta),
                    [
                        {"key": "workspace_id", "value": str(uuid.uuid4())},
                        {"key": "name", "value": name},
                        {"key": "created_at", "value": datetime.now(UTC).isoformat()},
                    ],
                )
        except Exception as exc:
            engine.dispose()
            remove_workspace_file(path)
            if isinstance(exc, WorkspaceError):
                raise
            raise WorkspaceError(
                tr("„{path}“ konnte nicht angelegt werden: {exc}.").format(path=path, exc=exc)
            ) from exc
        ws = cls(path, engine)
        from workbench.store.seed import seed_defaults

        with ws.session() as session:
            seed_defaults(session)
            session.commit()
        return ws

    # -- use ---------------------------------------------------------------
    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session that commits when the block ends and rolls back on any error."""
        with self._sessions() as session, session.begin():
            yield session

    def meta(self, key: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(
                select(workspace_meta.c.value).where(workspace_meta.c.key == key)
            ).scalar_one_or_none()

    @property
    def name(self) -> str:
        return self.meta("name") or self.path.stem

    @property
    def workspace_id(self) -> str:
        value = self.meta("workspace_id")
        assert value is not None
        return value

    def save_copy(
        self, target: str | os.PathLike[str], progress: Callable[[int, int], None] | None = None
    ) -> Path:
        """Write a consistent copy of the live database with SQLite's backup API (of a
        damaged file, the services' handle copies what is readable instead: store.rescue)."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise WorkspaceError(
                tr("Die Kopie kann nicht die geöffnete Arbeitsmappe selbst ersetzen.")
            )
        raw = self.engine.raw_connection()
        try:
            backup_database(raw.driver_connection, target, progress)  # type: ignore[arg-type]
        finally:
            raw.close()
        return target

    def is_whole(self) -> bool:
        """Whether SQLite finds the file undamaged (a quick check of every page)."""
        try:
            with self.engine.connect() as conn:
                return conn.exec_driver_sql("PRAGMA quick_check").scalar() == "ok"
        except Exception:  # noqa: BLE001 - any refusal to read means: not whole
            return False

    def checkpoint(self, truncate: bool = False) -> None:
        """Copy what the write-ahead log holds into the workspace file, so that the file on
        its own is the whole workspace (a copy made in a file manager, a backup program).
        Passive: never waits for a reader, never blocks the window; *truncate* (a file
        about to be renamed into place, nobody else reading it) also empties the log."""
        with self.engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA wal_checkpoint({'TRUNCATE' if truncate else 'PASSIVE'})")

    def close(self) -> None:
        self.engine.dispose()
