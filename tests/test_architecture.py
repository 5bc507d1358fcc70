"""The layers of ARCHITECTURE.md hold: checked by import-linter's contracts in pyproject.toml."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept() -> None:
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint, "import-linter is not installed (make test installs it)"
    result = subprocess.run([lint, "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Only workbench.gui imports Qt KEPT" in result.stdout
    assert "Layers point downward (ARCHITECTURE.md) KEPT" in result.stdout


def test_no_generated_qt_code_is_committed() -> None:
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True).stdout
    names = tracked.split()
    assert not [n for n in names if n.endswith(("_rc.py", ".qm")) or Path(n).name.startswith("ui_")]


def test_ruff_finds_nothing() -> None:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent))
    assert ruff, "ruff is not installed (make test installs it)"
    result = subprocess.run(
        [ruff, "check", "workbench", "tests", "bench", "tools"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


def test_the_window_never_holds_a_session() -> None:
    """Widgets read through ``ops.read(service, …)``: one short session inside the service
    layer, plain data back. A ``.session()`` in workbench/gui would hand one to a widget."""
    import re
    from pathlib import Path

    gui = Path(__file__).resolve().parents[1] / "workbench" / "gui"
    found = [
        f"{path.name}:{number}"
        for path in sorted(gui.glob("*.py"))
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
        if re.search(r"\.session\(\)", line)
    ]
    assert found == []
