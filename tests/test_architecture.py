"""The layers of ARCHITECTURE.md hold: checked by import-linter's contracts in pyproject.toml."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

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


@pytest.mark.parametrize("layer", ["gui", "cli"])
def test_the_window_and_the_command_line_never_hold_a_session(layer: str) -> None:
    """Widgets and commands read through ``read(ws, service, …)``: one short session inside
    the service layer, plain data back. A ``.session()`` or ``.engine`` in workbench/gui or
    workbench/cli would hand one to a widget or a command."""
    import re
    from pathlib import Path

    folder = Path(__file__).resolve().parents[1] / "workbench" / layer
    found = [
        f"{path.name}:{number}"
        for path in sorted(folder.glob("*.py"))
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
        if re.search(r"\.session\(\)|\.engine\b", line)
    ]
    assert found == []


def test_a_command_is_handed_a_handle_without_engine_or_session(tmp_path) -> None:
    """The probe of issue 28 from the command line's side: what a command gets has no
    engine to run a raw UPDATE through (neither undoable nor synced) and no session."""
    from workbench.cli import WORKSPACE_COMMANDS, command
    from workbench.services.workspaces import OpenWorkspace, create_workspace

    for where in WORKSPACE_COMMANDS.values():  # every command takes the handle
        assert "OpenWorkspace" in str(command(where).__annotations__["ws"])
    ws = create_workspace(tmp_path / "probe.werkbank")
    try:
        assert isinstance(ws, OpenWorkspace)
        with pytest.raises(AttributeError):
            ws.engine  # noqa: B018 – the probe
        with pytest.raises(AttributeError):
            ws.session()  # type: ignore[attr-defined]
    finally:
        ws.close()
