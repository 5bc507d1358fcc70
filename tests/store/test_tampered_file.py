"""A workspace file someone tampered with: triggers, a view, a table and an index planted
with sqlite3. Opening the file removes everything Werkbank did not create (after one
backup copy) and says so; `check` names it; Werkbank's own writes then change only what
they change."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import select

from tests.test_cli import cli
from workbench.model import Measure
from workbench.services import measures
from workbench.services.operations import execute
from workbench.store.schema_objects import INDEXES, TABLES
from workbench.store.workspace import Workspace

PLANTED = [
    # rewrites every other measure on any title edit
    "CREATE TRIGGER spread AFTER UPDATE OF title ON measures BEGIN "
    "UPDATE measures SET title = 'übernommen' WHERE id != NEW.id; END",
    # makes every write fail as if the file were damaged
    "CREATE TRIGGER stop BEFORE INSERT ON measure_fields BEGIN SELECT RAISE(ABORT, 'nein'); END",
    "CREATE VIEW alle AS SELECT title FROM measures",
    "CREATE TABLE beifang (x TEXT)",
    "CREATE INDEX ix_fremd ON measures (title)",
]


def test_the_list_of_own_objects_is_what_a_new_file_holds(tmp_path: Path) -> None:
    Workspace.create(tmp_path / "neu.werkbank").close()
    db = sqlite3.connect(tmp_path / "neu.werkbank")
    found = db.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    rows = sorted(found)
    db.close()
    tables = {n for t, n in rows if t == "table"}
    indexes = {n for t, n in rows if t == "index"}
    # after a migration: put the printed names into workbench/store/schema_objects.py
    assert tables == TABLES, sorted(tables)
    assert indexes == INDEXES, sorted(indexes)


def test_planted_objects_are_removed_named_and_kept_in_one_backup(demo_path: Path) -> None:
    db = sqlite3.connect(demo_path)
    for statement in PLANTED:
        db.execute(statement)
    db.commit()
    db.close()
    code, out, err = cli("check", str(demo_path))
    for word in ("Trigger „spread“", "Trigger „stop“", "Sicht „alle“", "Tabelle „beifang“"):
        assert word in out and word in err, (word, out, err)
    assert "Index „ix_fremd“" in out
    assert "Keine Probleme gefunden" not in out
    backups = list(demo_path.parent.glob("*.vor-bereinigung-*"))
    assert len(backups) == 1  # one copy, with what was removed in it
    kept = sqlite3.connect(backups[0])
    assert kept.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone() == (
        2,
    )
    kept.close()
    # gone from the file: the next opening finds nothing, makes no second backup
    code, out, err = cli("check", str(demo_path))
    assert (code, "entfernt" in err) == (0, False), (out, err)
    assert len(list(demo_path.parent.glob("*.vor-bereinigung-*"))) == 1
    # Werkbank's own writes change only what they change
    ws = Workspace.open(demo_path)
    with ws.session() as s:
        before = {m.id: m.title for m in s.scalars(select(Measure))}
    first = next(iter(before))
    execute(ws, "titel", measures.update_measure, first, {"title": "Neuer Titel"})
    with ws.session() as s:
        after = {m.id: m.title for m in s.scalars(select(Measure))}
    ws.close()
    assert after == {**before, first: "Neuer Titel"}


def test_control_characters_in_the_file_never_break_an_export(
    demo_path: Path, tmp_path: Path
) -> None:
    """Written into the file behind Werkbank's back (or by an older version): every
    export drops them instead of failing."""
    from openpyxl import load_workbook

    db = sqlite3.connect(demo_path)
    db.execute("UPDATE measures SET title = 'Kiez' || char(11) || 'box' WHERE code = 'P-04'")
    db.execute("UPDATE milestones SET title = title || char(1)")
    db.execute("UPDATE indicators SET name = name || char(12)")
    db.execute("UPDATE notes SET text = text || char(2)")
    db.commit()
    db.close()
    for kind in ("massnahmenliste", "meilensteinplan", "indikatoren"):
        out = tmp_path / f"{kind}.xlsx"
        code, _, err = cli("export", kind, str(demo_path), "-o", str(out))
        assert (code, err) == (0, ""), (kind, err)
    texts = [
        c.value
        for row in load_workbook(tmp_path / "massnahmenliste.xlsx").worksheets[1].iter_rows()
        for c in row
    ]
    assert "Kiezbox" in texts
    out = tmp_path / "workshop.docx"
    code, _, err = cli(
        "export",
        "workshop",
        str(demo_path),
        "--workshop",
        "Maßnahmenwerkstatt Kiezbox",
        "-o",
        str(out),
    )
    assert (code, err) == (0, ""), err


def _plant_wrong_types(path: Path) -> dict[str, str]:
    """Bytes in a title, text in two amounts, a date that is no date; their row ids."""
    db = sqlite3.connect(path)
    ids = {
        code: db.execute("SELECT id FROM measures WHERE code = ?", (code,)).fetchone()[0]
        for code in ("P-01", "P-02", "P-04")
    }
    db.execute("UPDATE measures SET title = X'00FF10' WHERE code = 'P-04'")
    db.execute("UPDATE measures SET budget_cents = 'viel' WHERE code = 'P-01'")
    db.execute("UPDATE measures SET start_date = 'gestern' WHERE code = 'P-02'")
    ids["receipt"] = db.execute("SELECT id FROM receipts ORDER BY rowid LIMIT 1").fetchone()[0]
    db.execute("UPDATE receipts SET gross_cents = 'zwölf' WHERE id = ?", (ids["receipt"],))
    db.commit()
    db.close()
    return ids


def test_values_of_a_wrong_type_are_named_by_check_and_refused_elsewhere(
    demo_path: Path, tmp_path: Path
) -> None:
    ids = _plant_wrong_types(demo_path)
    code, out, err = cli("check", str(demo_path))
    assert code == 1
    for table, row, column, stored in (
        ("measures", ids["P-04"], "title", "blob statt Text"),
        ("measures", ids["P-01"], "budget_cents", "text statt ganze Zahl"),
        ("measures", ids["P-02"], "start_date", "text statt Datum"),
        ("receipts", ids["receipt"], "gross_cents", "text statt ganze Zahl"),
    ):
        assert (
            f"Tabelle {table}, Zeile {row}, Spalte {column}: Wert vom falschen Typ ({stored}" in out
        )
    for command in (
        ["measures", "list", str(demo_path)],
        ["dump", str(demo_path)],
        ["export", "massnahmenliste", str(demo_path), "-o", str(tmp_path / "l.xlsx")],
        [
            "export",
            "belegliste",
            str(demo_path),
            "--grant",
            "436-BSP-2023-0815",
            "-o",
            str(tmp_path / "b.xlsx"),
        ],
    ):
        code, out, err = cli(*command)
        assert code == 1, command
        assert "enthält Werte vom falschen Typ" in err and "workbench check" in err, (command, err)
        assert "Traceback" not in err
    # rescue leaves such values empty and keeps everything else
    code, out, err = cli("rescue", str(demo_path), str(tmp_path / "neu.werkbank"))
    assert code == 0 and "4 Werte vom falschen Typ geleert" in out, out
    code, out, _ = cli("check", str(tmp_path / "neu.werkbank"))
    assert "falschen Typ" not in out
    assert "Titel: Das Feld darf nicht leer sein" in out  # the emptied title: named, to be typed


def test_rescue_of_a_file_with_nothing_readable_ends_in_seconds(
    demo_path: Path, tmp_path: Path
) -> None:
    import random
    import time

    data = bytearray(demo_path.read_bytes())
    noise = random.Random(1)
    data[100:] = bytes(noise.randrange(256) for _ in range(len(data) - 100))
    broken = tmp_path / "kaputt.werkbank"
    broken.write_bytes(bytes(data))
    started = time.monotonic()
    code, out, err = cli("rescue", str(broken), str(tmp_path / "neu.werkbank"))
    assert time.monotonic() - started < 20
    assert code == 1 and "ließ sich nichts lesen" in err, (out, err)
    assert not (tmp_path / "neu.werkbank").exists()


def test_a_demo_killed_while_it_is_made_leaves_nothing_in_the_way(tmp_path: Path) -> None:
    """`workbench demo` killed half-way: no file under the name (before, a 4 KB file that
    every command refused and that blocked the next `demo`); the next one succeeds and
    clears what the killed one left."""
    import signal
    import subprocess
    import sys
    import time

    target = tmp_path / "demo.werkbank"
    process = subprocess.Popen(
        [sys.executable, "-m", "workbench", "demo", str(target)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".demo.werkbank.neu-*")) and time.monotonic() < deadline:
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert not target.exists()
    assert cli("demo", str(target))[0] == 0
    assert cli("check", str(target))[0] == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.werkbank"]
