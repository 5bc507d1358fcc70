"""The command line as a newcomer meets it in the first hour: mistyped commands, the
grants, workshops and canvases without the window, and mistakes that end in one German
line, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import cli

WORKBENCH = [sys.executable, "-m", "workbench"]


def run(*args: str | Path, **kw) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # no display: a window would abort here
    return subprocess.run(
        [*WORKBENCH, *map(str, args)], capture_output=True, text=True, env=env, timeout=120, **kw
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("erste-stunde") / "demo.werkbank"
    assert cli("demo", path)[0] == 0
    return path


@pytest.mark.parametrize("words", [["mesures", "list"], ["grant"], ["foo"]])
def test_a_mistyped_command_is_a_german_usage_error_without_qt(demo: Path, words) -> None:
    result = run(*words, demo)
    assert result.returncode == 2, result.stderr
    assert "ungültige Wahl" in result.stderr and "'measures'" in result.stderr
    assert "grants" in result.stderr  # the list of commands
    assert "Qt" not in result.stderr and "Traceback" not in result.stderr
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys\nfrom workbench.__main__ import main\ntry:\n    main(sys.argv[1:])\n"
            "except SystemExit:\n    pass\nprint('PySide6' in sys.modules)",
            *words,
            str(demo),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert probe.stdout.strip().endswith("False"), probe.stdout + probe.stderr


def test_help_is_german_and_names_the_window(demo: Path) -> None:
    result = run("--help")
    assert "--demo" in result.stdout and "die Version zeigen und beenden" in result.stdout
    assert "show program" not in result.stdout


def test_a_coordinator_finds_the_grant_by_its_file_number(demo: Path) -> None:
    code, out, err = cli("grants", "list", demo)
    assert code == 0, err
    assert "436-BSP-2023-0815" in out and "1.768.000,00 €" in out and "65 %" in out
    code, out, err = cli("grants", "show", demo, "436-BSP-2023-0815")
    assert code == 0, err
    assert "Anteilfinanzierung" in out and "P-01" in out and "01.04.2023" in out
    code, out, _ = cli("grants", "show", demo, "0815", "--json")
    data = json.loads(out)
    assert data["file_number"] == "436-BSP-2023-0815" and data["approved_cents"] == 176_800_000
    code, _, err = cli("grants", "show", demo, "9999")
    assert code == 1 and "gibt es nicht" in err


def test_workshops_and_canvases_without_the_window(demo: Path) -> None:
    code, out, err = cli("workshops", "list", demo)
    assert code == 0 and "Maßnahmenwerkstatt Kiezbox 2.0" in out and "14.10.2026" in out
    code, out, err = cli("workshops", "show", demo, "Kiezbox")
    assert code == 0, err
    assert "Ayşe Demir" in out and "3 ohne Namen" in out and "P-04" in out
    code, out, err = cli("canvases", "list", demo, "--json")
    rows = json.loads(out)
    assert {"Wirkungslogik Kiezbox 2.0", "Risiken Kiezbox 2.0"} <= {r["title"] for r in rows}
    code, out, err = cli("canvases", "show", demo, "Wirkungslogik")
    assert code == 0, err
    lines = out.splitlines()
    zone = lines.index("Aktivitäten – Was tun wir damit?")
    # the zone's notes, most dots first, the dots drawn
    assert lines[zone + 1] == "  • Schulungen für Ehrenamtliche (Befähigen)  ●●●● 4"


def test_mistakes_end_in_one_german_line(demo: Path, tmp_path: Path) -> None:
    result = run("export", "massnahmenliste", demo, "-o", tmp_path / "fehlt" / "liste.xlsx")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"Fehler: Der Ordner „{tmp_path / 'fehlt'}“ existiert nicht."
    ]
    if Path("/proc").is_dir():  # a folder that takes no files: not „voll“
        result = run("export", "steckbrief", demo, "--measure", "P-01", "-o", "/proc/x.docx")
        assert result.returncode == 1 and "voll" not in result.stderr
        assert "lassen sich keine Dateien anlegen" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_a_reader_that_goes_away_ends_the_output_quietly(demo: Path) -> None:
    """`dump` writes far more than a pipe holds (64 kB): `head` goes away mid-way."""
    command = " ".join([*WORKBENCH, "dump", str(demo)]) + " | head -c 20"
    result = subprocess.run(["bash", "-c", command], capture_output=True, text=True)
    assert result.stderr == "" and result.stdout.startswith("{")


def test_wrong_filter_values_are_answered_with_the_valid_ones(demo: Path) -> None:
    code, _, err = cli("measures", "list", demo, "--status", "fertig")
    assert code == 1 and "geplant, in Umsetzung" in err
    code, _, err = cli("measures", "list", demo, "--phase", "Umsetzung")
    assert code == 1 and "Vorprozess, Konzeption" in err


def test_a_closed_output_ends_the_command_without_a_traceback(demo: Path) -> None:
    """What `| head` does to a long listing: the next write finds the pipe closed."""
    import io

    from workbench.cli import run as run_cli

    class Closed(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    err = io.StringIO()
    assert run_cli(["measures", "show", str(demo), "P-01"], Closed(), err) == 0
    assert err.getvalue() == ""


def test_the_first_share_says_what_it_did(tmp_path: Path) -> None:
    path, share = tmp_path / "a.werkbank", tmp_path / "ordner"
    cli("demo", path)
    code, out, err = cli("sync", path, "--folder", share)
    assert code == 0, err
    assert out.startswith("Geteilt: der ganze Stand") and "Gesendet: 0" not in out
