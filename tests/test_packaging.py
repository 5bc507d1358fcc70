"""The wheel carries the forms, resources and migrations the application needs."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_contains_forms_resources_and_migrations(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation",
                             "--outdir", str(tmp_path), str(ROOT)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    wheel = next(tmp_path.glob("werkbank-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    forms = {p.name for p in (ROOT / "ui").glob("*.ui")}
    assert forms, "no Designer forms in ui/"
    for form in forms:
        assert f"workbench/_data/ui/{form}" in names
    for res in ("demo/measures.json", "demo/strategy.json", "demo/organisations.json"):
        assert f"workbench/_data/resources/{res}" in names
    assert "workbench/store/migrations/env.py" in names
    assert "workbench/store/migrations/versions/0001_initial_schema.py" in names
    entry = [n for n in names if n.endswith("entry_points.txt")]
    text = zipfile.ZipFile(wheel).read(entry[0]).decode()
    assert "workbench = workbench.__main__:main" in text
