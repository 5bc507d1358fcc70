"""Sync as administrators and scripts use it: the command line, and real processes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import cli

#: real processes and many syncs: `make test` runs these, `make test-fast` does not
pytestmark = pytest.mark.slow


def test_publish_join_edit_conflict_resolve(tmp_path: Path) -> None:
    a, b, share = tmp_path / "a.werkbank", tmp_path / "b.werkbank", tmp_path / "share"
    cli("demo", a)
    assert cli("sync", a, "--folder", share)[0] == 0
    code, out, err = cli("sync", b, "--folder", share, "--join")
    assert code == 0, err
    assert "aus dem Schnappschuss übernommen" in out
    assert cli("dump", a)[1] == cli("dump", b)[1]
    cli("measures", "set", a, "P-01", "Titel=Hardenbergplatz A")
    cli("measures", "set", b, "P-01", "Titel=Hardenbergplatz B")
    for ws in (a, b, a):
        cli("sync", ws)
    code, out, _ = cli("conflicts", a, "--json")
    listed = json.loads(out)
    assert [c["field"] for c in listed] == ["title"]  # no noise from updated_at
    assert {listed[0]["current"], listed[0]["other"]} == {"Hardenbergplatz A", "Hardenbergplatz B"}
    code, out, _ = cli(
        "conflicts", a, "--resolve", listed[0]["id"], "--keep", "value=Hardenbergplatz (gemeinsam)"
    )
    assert code == 0
    for ws in (a, b):
        cli("sync", ws)
    assert (
        json.loads(cli("measures", "show", b, "P-01", "--json")[1])["title"]
        == "Hardenbergplatz (gemeinsam)"
    )
    assert cli("dump", a)[1] == cli("dump", b)[1]
    code, out, _ = cli("sync", "status", a, "--json")
    st = json.loads(out)
    assert st["pending_ops"] == 0 and st["open_conflicts"] == 0 and len(st["replicas"]) == 1


def test_joining_a_folder_with_data_of_its_own_is_refused(tmp_path: Path) -> None:
    a, b, share = tmp_path / "a.werkbank", tmp_path / "b.werkbank", tmp_path / "share"
    cli("demo", a)
    cli("demo", b)
    cli("sync", a, "--folder", share)
    code, _, err = cli("sync", b, "--folder", share, "--join")
    assert code == 1 and "nur mit einer leeren Arbeitsmappe" in err


EDIT_AND_SYNC = """
import sys
from workbench.cli import run
path, share, tag = sys.argv[1:4]
for n in range(15):
    run(["measures", "set", path, "P-0%d" % (n %% 5 + 1), "Reifegrad=%%s %%d" %% (tag, n)])
    run(["sync", path])
"""


def test_two_processes_syncing_the_same_folder_at_once(tmp_path: Path) -> None:
    a, b, share = tmp_path / "a.werkbank", tmp_path / "b.werkbank", tmp_path / "share"
    cli("demo", a)
    cli("sync", a, "--folder", share)
    cli("sync", b, "--folder", share, "--join")
    script = EDIT_AND_SYNC.replace("%%", "%")
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(p), str(share), tag],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for p, tag in ((a, "A"), (b, "B"))
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err
    for ws in (a, b, a):
        cli("sync", ws)
    assert cli("dump", a)[1] == cli("dump", b)[1]


def test_a_process_killed_while_writing_leaves_nothing_half_applied(tmp_path: Path) -> None:
    a, b, share = tmp_path / "a.werkbank", tmp_path / "b.werkbank", tmp_path / "share"
    cli("demo", a)
    cli("sync", a, "--folder", share)
    cli("sync", b, "--folder", share, "--join")
    cli("measures", "set", a, "P-03", "Titel=Smart Water 2")
    # A crash between writing the temporary file and renaming it: the partial file stays.
    replica = json.loads(cli("sync", "status", a, "--json")[1])["replica"]
    folder = next(share.glob(f"*/changes/{replica}"))
    (folder / ".00000001.wbc.tmp-999").write_bytes(b'{"format": 1, "ops": [[')
    code, out, _ = cli("sync", b)
    assert "übernommen: 0 Dateien" in out  # the half-written file is not read
    cli("sync", a)
    cli("sync", b)
    assert json.loads(cli("measures", "show", b, "P-03", "--json")[1])["title"] == "Smart Water 2"
    assert cli("dump", a)[1] == cli("dump", b)[1]


def test_a_process_killed_in_the_middle_recovers_on_the_next_sync(tmp_path: Path) -> None:
    import signal
    import time

    a, b, share = tmp_path / "a.werkbank", tmp_path / "b.werkbank", tmp_path / "share"
    cli("demo", a)
    cli("sync", a, "--folder", share)
    script = EDIT_AND_SYNC.replace("%%", "%")
    for delay in (0.4, 0.9, 1.6):  # killed at different points of edit, export, rename
        proc = subprocess.Popen(
            [sys.executable, "-c", script, str(a), str(share), f"K{delay}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        code, out, _ = cli("check", a)
        assert code == 0, out  # the database is whole after the kill
        assert cli("sync", a)[0] == 0  # and the next sync recovers
    cli("sync", b, "--folder", share, "--join")
    cli("sync", a)
    cli("sync", b)
    assert cli("dump", a)[1] == cli("dump", b)[1]
    code, out, _ = cli("sync", "status", a, "--json")
    assert json.loads(out)["pending_ops"] == 0
