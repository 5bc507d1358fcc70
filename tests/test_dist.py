"""The PyInstaller folder (make test-dist): it starts, exports without a window, and we
print its size and start-up time next to ``python -m workbench``."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BUILT = ROOT / "dist" / "pyinstaller" / "Werkbank"
EXE = BUILT / ("Werkbank.exe" if os.name == "nt" else "Werkbank")

pytestmark = pytest.mark.dist


def _env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "WERKBANK_DATA_DIR": str(tmp_path / "daten"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }


def test_built_folder_runs_and_exports(tmp_path: Path) -> None:
    assert EXE.exists(), "erst make dist"
    env = _env(tmp_path)

    def run(*args: str) -> str:
        done = subprocess.run(
            [str(EXE), *args], capture_output=True, text=True, env=env, timeout=300
        )
        assert done.returncode == 0, done.stderr[-2000:]
        return done.stdout

    assert run("--version").strip() == "Werkbank 0.1.0"
    demo = tmp_path / "demo.werkbank"
    run("demo", str(demo))
    run("export", "massnahmenliste", str(demo), "-o", str(tmp_path / "liste.xlsx"))
    run("export", "workshop", str(demo), "-o", str(tmp_path / "ws.docx"), "--workshop", "Kiezbox")
    from docx import Document

    assert (
        len(Document(str(tmp_path / "ws.docx")).inline_shapes) == 2
    )  # pictures drawn by the build
    # English: the folder carries the catalogue (.ts for the core, .qm compiled for Qt)
    assert "Measure list written" in run(
        "--lang", "en", "export", "massnahmenliste", str(demo), "-o", str(tmp_path / "list.xlsx")
    )
    assert list(BUILT.rglob("werkbank_en.qm")) and list(BUILT.rglob("werkbank_en.ts"))
    size = sum(p.stat().st_size for p in BUILT.rglob("*") if p.is_file() and not p.is_symlink())
    starts: dict[str, list[float]] = {"Werkbank (gebaut)": [], "python -m workbench": []}
    commands = {
        "Werkbank (gebaut)": [str(EXE), str(demo)],
        "python -m workbench": [sys.executable, "-m", "workbench", str(demo)],
    }
    for _ in range(3):
        for name, command in commands.items():
            t0 = time.perf_counter()
            done = subprocess.run(
                command,
                env={**env, "WERKBANK_QUIT_WHEN_SHOWN": "1"},
                capture_output=True,
                text=True,
                timeout=300,
            )
            starts[name].append(time.perf_counter() - t0)
            assert done.returncode == 0, done.stderr[-2000:]
    print(f"\nGröße des gebauten Ordners: {size / 1e6:.0f} MB")
    for name, values in starts.items():
        print(f"Start bis Fenster, {name}: Median {statistics.median(values):.2f} s")
