"""Opening, creating, upgrading and copying workspace files, including bad files."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from tests.helpers import dump
from workbench.model import Base, Measure
from workbench.store.meta import meta_metadata
from workbench.store.sync_tables import sync_metadata
from workbench.store.workspace import (
    APPLICATION_ID,
    Workspace,
    WorkspaceError,
    _alembic_config,
    schema_head,
)


def fingerprint(path: Path) -> tuple[str, float]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime


def test_new_workspace_is_wal_with_foreign_keys_and_default_phases(tmp_path: Path) -> None:
    ws = Workspace.create(tmp_path / "neu.werkbank", name="Test")
    with ws.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
    assert ws.name == "Test"
    assert len(ws.workspace_id) == 36
    with ws.session() as s:
        from workbench.services.strategy import phases

        assert [p.name for p in phases(s)] == [
            "Vorprozess",
            "Konzeption",
            "Erprobung",
            "Entwicklung",
            "Skalierung",
        ]
    ws.close()


def test_migrations_build_exactly_the_model(tmp_path: Path) -> None:
    ws = Workspace.create(tmp_path / "a.werkbank")
    with ws.engine.connect() as conn:
        ctx = MigrationContext.configure(conn)
        diff = compare_metadata(ctx, [Base.metadata, meta_metadata, sync_metadata])
    ws.close()
    assert diff == [], f"model and migrations differ: {diff}"


def test_every_row_has_a_text_uuid_key() -> None:
    for table in Base.metadata.sorted_tables:
        assert [c.name for c in table.primary_key.columns] == ["id"]
        assert str(table.c.id.type).startswith("VARCHAR")


def test_random_bytes_are_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "zufall.werkbank"
    path.write_bytes(bytes(range(256)) * 40)
    before = fingerprint(path)
    with pytest.raises(WorkspaceError, match="keine Werkbank-Arbeitsmappe"):
        Workspace.open(path)
    assert fingerprint(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["zufall.werkbank"]


def test_text_file_and_empty_file_are_refused(tmp_path: Path) -> None:
    for name, content in (("liste.werkbank", b"Titel;Phase\nA;1\n"), ("leer.werkbank", b"")):
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(WorkspaceError, match="keine SQLite-Datenbank"):
            Workspace.open(path)


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fremd.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = fingerprint(path)
    with pytest.raises(WorkspaceError, match="SQLite-Datenbank, aber keine Werkbank"):
        Workspace.open(path)
    assert fingerprint(path) == before


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="gibt es nicht"):
        Workspace.open(tmp_path / "fehlt.werkbank")
    with pytest.raises(WorkspaceError, match="ein Ordner"):
        Workspace.open(tmp_path)


def test_workspace_from_newer_version_is_refused_and_untouched(demo_path: Path) -> None:
    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = fingerprint(demo_path)
    with pytest.raises(WorkspaceError, match="neueren Werkbank-Version"):
        Workspace.open(demo_path)
    assert fingerprint(demo_path) == before


def test_read_only_workspace_is_refused_and_untouched(demo_path: Path) -> None:
    demo_path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    before = fingerprint(demo_path)
    try:
        with pytest.raises(WorkspaceError, match="schreibgeschützt"):
            Workspace.open(demo_path)
        assert fingerprint(demo_path) == before
    finally:
        demo_path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_older_schema_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "alt.werkbank"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        command.upgrade(_alembic_config(conn), "0001")
        conn.exec_driver_sql(
            "INSERT INTO measures (id, created_at, updated_at, code, title, short_description, type,"
            " priority, financing, status, maturity) VALUES ('m1', '2024-01-01T00:00:00.000000Z',"
            " '2024-01-01T00:00:00.000000Z', 'A-1', 'Alte Maßnahme', '', 'central', 'medium', 'own',"
            " 'planned', '')"
        )
    engine.dispose()

    ws = Workspace.open(path)
    assert ws.upgraded_from == "0001"
    assert ws.backup_path is not None and ws.backup_path.exists()
    with ws.engine.connect() as conn:
        assert (
            conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            == schema_head()
        )
    with ws.session() as s:
        assert s.get(Measure, "m1").title == "Alte Maßnahme"
    ws.close()
    backup = sqlite3.connect(ws.backup_path)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert backup.execute("SELECT title FROM measures").fetchone() == ("Alte Maßnahme",)
    backup.close()


def test_create_refuses_to_overwrite(demo_path: Path) -> None:
    before = fingerprint(demo_path)
    with pytest.raises(WorkspaceError, match="gibt es schon"):
        Workspace.create(demo_path)
    assert fingerprint(demo_path) == before


def test_save_copy_is_a_consistent_workspace(demo_ws: Workspace, tmp_path: Path) -> None:
    progress: list[tuple[int, int]] = []
    target = demo_ws.save_copy(
        tmp_path / "kopie.werkbank", progress=lambda d, t: progress.append((d, t))
    )
    copy = Workspace.open(target)
    assert dump(copy) == dump(demo_ws)
    copy.close()
    assert progress and progress[-1][0] == progress[-1][1]


def test_save_copy_onto_itself_is_refused(demo_ws: Workspace) -> None:
    with pytest.raises(WorkspaceError):
        demo_ws.save_copy(demo_ws.path)


def test_save_copy_into_missing_folder_names_the_target(demo_ws: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "gibt-es-nicht" / "kopie.werkbank"
    with pytest.raises(WorkspaceError, match="kopie.werkbank"):
        demo_ws.save_copy(target)


def test_revision_ids_from_file_names_agree_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    from workbench.store.workspace import known_revisions

    script = ScriptDirectory.from_config(_alembic_config())
    walked = [rev.revision for rev in script.walk_revisions()]
    assert known_revisions() == list(reversed(walked))
    assert schema_head() == script.get_current_head()


def test_control_characters_of_an_older_version_are_removed_on_upgrade(tmp_path: Path) -> None:
    """Before revision 0014 a title could hold \\x0b (vertical tab); the Maßnahmenliste,
    Meilensteinplan, Indikatoren and Workshop exports then failed. The upgrade removes
    such characters from every text and keeps tabs and line breaks."""
    path = tmp_path / "alt.werkbank"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        command.upgrade(_alembic_config(conn), "0013")
        conn.exec_driver_sql(
            "INSERT INTO measures (id, created_at, updated_at, code, title, short_description, type,"
            " priority, financing, status, maturity) VALUES ('m1', '2024-01-01T00:00:00.000000Z',"
            " '2024-01-01T00:00:00.000000Z', 'A-1', 'Kiez' || char(11) || 'box' || char(1),"
            " 'Zeile 1' || char(10) || char(9) || 'Zeile 2', 'central', 'medium', 'own',"
            " 'planned', '')"
        )
    engine.dispose()
    ws = Workspace.open(path)
    with ws.session() as s:
        measure = s.get(Measure, "m1")
        assert (measure.title, measure.short_description) == ("Kiezbox", "Zeile 1\n\tZeile 2")
    ws.close()


def test_a_failed_upgrade_keeps_no_copy_per_attempt_and_a_refused_file_nothing_beside_it(
    tmp_path: Path,
) -> None:
    """An upgrade that fails (here: a table in the way of migration 0014) is rolled back:
    the file is unchanged, so no backup copy is kept – not one more at every attempt. A
    file that is refused (from a newer Werkbank) keeps no -wal or -shm beside it."""
    path = tmp_path / "alt.werkbank"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        command.upgrade(_alembic_config(conn), "0013")
        conn.exec_driver_sql("CREATE TABLE key_result_progress (x TEXT)")
    engine.dispose()

    def state() -> tuple[object, list[str]]:
        db = sqlite3.connect(path)
        try:
            revision = db.execute("SELECT version_num FROM alembic_version").fetchone()
            return revision, [r[0] for r in db.execute("SELECT sql FROM sqlite_master")]
        finally:
            db.close()

    before = state()
    for _ in range(3):
        with pytest.raises(WorkspaceError, match="Die Datei ist unverändert"):
            Workspace.open(path)
    assert state() == before  # not half upgraded: every step of the migration rolled back
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alt.werkbank"]
    newer = tmp_path / "neuer.werkbank"
    db = sqlite3.connect(newer)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("CREATE TABLE alembic_version (version_num TEXT)")
    db.execute("INSERT INTO alembic_version VALUES ('9999')")
    db.commit()
    db.close()
    with pytest.raises(WorkspaceError, match="neueren Werkbank-Version"):
        Workspace.open(newer)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alt.werkbank", "neuer.werkbank"]


def test_a_new_file_has_the_schema_the_migrations_make(tmp_path: Path) -> None:
    """A new workspace starts as a copy of the empty schema the migrations made in memory
    once per process (a quarter of a second per file before): the same tables, indexes,
    revision and file header as the migrations run on a file."""
    import sqlite3

    from workbench.store.workspace import APPLICATION_ID, _make_engine, _upgrade

    made = Workspace.create(tmp_path / "neu.werkbank")
    made.close()
    migrated = tmp_path / "migriert.werkbank"
    engine = _make_engine(migrated)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        _upgrade(conn)
    engine.dispose()

    def lines(sql: str | None) -> list[str]:
        # the migrations' table rebuilds list a table's constraints in no fixed order (two
        # runs of them differ as well): each definition's lines, in order of the text
        return sorted(line.strip().rstrip(",") for line in (sql or "").splitlines())

    def schema(path: Path) -> tuple[object, ...]:
        db = sqlite3.connect(path)
        try:
            return (
                sorted(
                    (kind, name, table, lines(sql))
                    for kind, name, table, sql in db.execute(
                        "SELECT type, name, tbl_name, sql FROM sqlite_master"
                    )
                ),
                db.execute("SELECT version_num FROM alembic_version").fetchall(),
                db.execute("PRAGMA application_id").fetchone(),
                db.execute("PRAGMA user_version").fetchone(),
                db.execute("PRAGMA journal_mode").fetchone(),
            )
        finally:
            db.close()

    assert schema(tmp_path / "neu.werkbank") == schema(migrated)
