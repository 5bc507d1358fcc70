"""The command line as a script or an administrator uses it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.helpers import cli, dump
from workbench import __version__
from workbench.store.workspace import Workspace


def test_version_through_the_installed_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "workbench", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"Werkbank {__version__}"


def test_demo_then_list_filters_by_type_and_field(tmp_path: Path) -> None:
    path = tmp_path / "d.werkbank"
    code, out, _ = cli("demo", path)
    assert code == 0 and "26 Maßnahmen" in out
    code, out, _ = cli("measures", "list", path, "--type", "Pilotmaßnahme", "--json")
    titles = {m["title"] for m in json.loads(out)}
    assert len(titles) == 5 and "Smart Water" in titles
    code, out, _ = cli("measures", "list", path, "--field", "Klimaanpassung")
    assert "Smart Water" in out and "Hardenbergplatz" not in out
    assert out.rstrip().endswith("Maßnahmen")


def test_add_set_show_delete_restore(tmp_path: Path) -> None:
    path = tmp_path / "d.werkbank"
    cli("demo", path)
    code, out, err = cli(
        "measures",
        "add",
        path,
        "--title",
        "E-Akte im Bezirk",
        "--field",
        "Verwaltungsleistungen",
        "--set",
        "Typ=dezentral",
        "--set",
        "Federführung=BA Pankow",
        "--set",
        "Budget=12.500,50 €",
        "--set",
        "Beginn=01.03.2026",
        "--set",
        "Ende=31.12.2027",
    )
    assert code == 0, err
    assert out == "D-10 „E-Akte im Bezirk“ angelegt.\n"  # after the demo's D-01 … D-09
    code_ = "D-10"
    code, out, err = cli("measures", "set", path, code_, "phase=Konzeption", "Status=in Umsetzung")
    assert code == 0, err
    code, out, _ = cli("measures", "show", path, code_, "--json")
    data = json.loads(out)
    assert data["code"] == code_
    assert data["title"] == "E-Akte im Bezirk"
    assert data["type"] == "decentral" and data["status"] == "active"
    assert data["budget_cents"] == 1250050
    assert data["lead_unit"] == "Bezirksamt Pankow"
    assert [h["phase"] for h in data["phase_history"]] == ["Vorprozess", "Konzeption"]
    code, out, _ = cli("measures", "show", path, code_)
    assert "Budget:" in out and "12.500,50 €" in out
    assert "Zeitraum:         01.03.2026 – 31.12.2027" in out
    code, _, err = cli("measures", "delete", path, code_, "--yes")
    assert code == 0
    code, out, _ = cli("measures", "list", path, "--search", "E-Akte")
    assert "E-Akte" not in out
    assert cli("measures", "restore", path, code_)[0] == 0
    code, out, _ = cli("measures", "list", path, "--search", "e-akte bezirk")
    assert "E-Akte im Bezirk" in out


def test_invalid_values_name_the_field_and_change_nothing(tmp_path: Path) -> None:
    path = tmp_path / "d.werkbank"
    cli("demo", path)
    ws = Workspace.open(path)
    before = dump(ws)
    ws.close()
    cases = [
        (
            ["measures", "set", path, "P-01", "Ende=01.01.2020"],
            "Ende: Das Ende (01.01.2020) liegt vor dem Beginn",
        ),
        (
            ["measures", "set", path, "P-01", "Beginn=31.02.2026"],
            "Beginn: „31.02.2026“ ist kein Datum",
        ),
        (
            ["measures", "set", path, "P-01", "Priorität=dringend"],
            "Priorität: „dringend“ ist nicht erlaubt",
        ),
        (["measures", "set", path, "P-01", "Budget=viel"], "Budget: „viel“ ist kein Betrag"),
        (
            ["measures", "set", path, "P-01", "Federführung=Mondbehörde"],
            "Federführung: Die Organisationseinheit „Mondbehörde“ gibt es nicht",
        ),
        (["measures", "set", path, "P-01", "Farbe=rot"], "„Farbe“ ist kein Feld einer Maßnahme"),
        (["measures", "set", path, "XX-99", "Titel=a"], "Die Maßnahme „XX-99“ gibt es nicht"),
        (["measures", "add", path, "--title", "Ohne Feld"], "mindestens ein Handlungsfeld"),
        (["measures", "delete", path, "P-01"], "nicht bestätigt"),
    ]
    for args, message in cases:
        code, out, err = cli(*args)
        assert code == 1, args
        assert message in err, (args, err)
    ws = Workspace.open(path)
    assert dump(ws) == before
    ws.close()


def test_bad_workspace_file_gives_message_and_exit_code(tmp_path: Path) -> None:
    bad = tmp_path / "kaputt.werkbank"
    bad.write_text("kein SQLite")
    code, _, err = cli("measures", "list", bad)
    assert code == 1
    assert err.startswith("Fehler: „kaputt.werkbank“ ist keine Werkbank-Arbeitsmappe")


def test_dump_is_identical_across_runs_and_check_is_clean(tmp_path: Path) -> None:
    path = tmp_path / "d.werkbank"
    cli("demo", path)
    first, second = cli("dump", path)[1], cli("dump", path)[1]
    assert first == second and json.loads(first)["measures"]
    code, out, _ = cli("check", path)
    # no errors; the warnings are the Zeitplan's: measures that start while what they
    # depend on still runs (seven in the demo)
    assert code == 0 and out.strip().endswith("0 Fehler, 7 Warnung(en).")
    assert out.count("Warnung: Zeitplan") == 7


def test_check_reports_broken_data_with_nonzero_exit(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "d.werkbank"
    cli("demo", path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE measures SET end_date = '2020-01-01' WHERE code = 'P-03'")
    conn.execute("UPDATE key_results SET progress_percent = 140 WHERE rowid = 1")
    conn.execute("UPDATE risks SET title = 'Ausfall' || char(11) WHERE rowid = 1")
    conn.execute("UPDATE milestones SET due_date = '1850-01-01' WHERE rowid = 1")
    conn.execute(
        "DELETE FROM measure_fields WHERE measure_id = (SELECT id FROM measures WHERE code = 'D-01')"
    )
    conn.execute("UPDATE measures SET code = 'Z-01' WHERE code = 'Z-02'")
    conn.commit()
    conn.close()
    code, out, _ = cli("check", path)
    assert code == 1
    assert "Maßnahme P-03 „Smart Water“: Ende: Das Ende (01.01.2020) liegt vor dem Beginn" in out
    assert "Fortschritt (%): 140 % liegt über 100 %" in out
    assert "Steuerzeichen" in out and "01.01.1850 liegt außerhalb" in out
    assert "Maßnahme D-01" in out and "kein Handlungsfeld" in out
    assert "Kennung Z-01: 2 Maßnahmen tragen dieselbe Kennung" in out


def test_launcher_knows_every_subcommand() -> None:
    import argparse

    from workbench.__main__ import SUBCOMMANDS
    from workbench.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == set(SUBCOMMANDS)


def test_make_run_opens_the_demo_workspace_it_creates_on_first_start(tmp_path: Path) -> None:
    """What `make run` starts: `workbench --demo` makes the demo in the data folder, then
    opens it; the second start opens the same file."""
    import os

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "WERKBANK_DATA_DIR": str(tmp_path / "daten"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "WERKBANK_QUIT_WHEN_SHOWN": "1",
    }
    for _ in range(2):
        result = subprocess.run(
            [sys.executable, "-m", "workbench", "--demo"],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr[-2000:]
    demo = tmp_path / "daten" / "Demo.werkbank"
    code, out, _ = cli("measures", "list", demo, "--type", "Pilotmaßnahme")
    assert code == 0 and "Kiezbox 2.0" in out
    code, out, _ = cli("dump", demo)
    assert json.loads(out)["canvases"] and json.loads(out)["grants"]  # workshops and funding too
