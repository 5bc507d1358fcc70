"""A workspace file with damaged pages: `check` says so in German and how to recover,
commands end in a message instead of a traceback, and what is readable is rescued into a
new workspace that passes the check (also through „Kopie speichern unter“)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.test_cli import cli
from workbench.services.check import check_workspace
from workbench.services.findings import Severity
from workbench.services.workspaces import handle_of
from workbench.store.workspace import Workspace

PAGE = 4096


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    path = tmp_path / "kaputt.werkbank"
    assert cli("demo", str(path))[0] == 0
    # a run of pages in the middle overwritten, as a bad disk does – pages of the data
    # (the schema's own pages lost, nothing of the file can be read: another test)
    db = sqlite3.connect(path)
    schema = {p for (p,) in db.execute("SELECT pageno FROM dbstat WHERE name = 'sqlite_schema'")}
    db.close()
    pages = path.stat().st_size // PAGE
    first = next(p for p in range(pages // 3, pages) if not schema & set(range(p + 1, p + 7)))
    with path.open("r+b") as fh:
        for page in range(first, first + 6):
            fh.seek(page * PAGE)
            fh.write(b"\xff" * PAGE)
    return path


def test_check_names_the_damage_and_the_way_out(damaged: Path) -> None:
    code, out, err = cli("check", str(damaged))
    assert code == 1 and "Traceback" not in out + err
    assert "beschädigt" in out and "workbench rescue" in out and "Kopie speichern unter" in out


@pytest.mark.parametrize("command", [["dump"], ["measures", "list"], ["export", "massnahmenliste"]])
def test_commands_on_a_damaged_file_end_in_a_message(
    damaged: Path, tmp_path: Path, command: list[str]
) -> None:
    args = [*command, str(damaged)]
    if command[0] == "export":
        args += ["-o", str(tmp_path / "liste.xlsx")]
    code, out, err = cli(*args)
    if code != 0:  # what does not touch the damaged pages may still work
        assert "Traceback" not in err and ("beschädigt" in err or "nicht lesen" in err), err


def test_what_is_readable_is_rescued_into_a_new_workspace(damaged: Path, tmp_path: Path) -> None:
    target = tmp_path / "gerettet.werkbank"
    code, out, err = cli("rescue", str(damaged), str(target))
    assert code == 0, err
    assert "gerettet" in out
    ws = Workspace.open(target)
    try:
        with ws.session() as s:
            assert [f for f in check_workspace(s) if f.severity is Severity.ERROR] == []
        assert "(gerettet)" in ws.name
    finally:
        ws.close()
    assert cli("measures", "list", str(target))[0] == 0


def test_save_copy_of_a_damaged_workspace_rescues_instead_of_copying_the_damage(
    damaged: Path, tmp_path: Path
) -> None:
    ws = Workspace.open(damaged)
    try:
        assert not ws.is_whole()
        copy = handle_of(ws).save_copy(tmp_path / "kopie.werkbank")  # as the window does
    finally:
        ws.close()
    rescued = Workspace.open(copy)
    try:
        assert rescued.is_whole()
    finally:
        rescued.close()
