"""A share this laptop may read but not write (SYNC.md: work on, say so, sync later).

The folder is made read-only for real: a read-only bind mount in a mount namespace of
the sync process alone (``unshare -m``), so the kernel answers EROFS as a write-protected
SMB share or a locked USB stick would. Root ignores file modes, so chmod would prove nothing.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import cli


def _read_only_sync(share: Path, workspace: Path) -> dict:
    """`workbench sync WORKSPACE --json` while *share* is mounted read-only for it alone."""
    script = (
        f'mount --bind "{share}" "{share}" && mount -o remount,bind,ro "{share}" && '
        f'exec "{sys.executable}" -m workbench sync "{workspace}" --json'
    )
    result = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _can_mount_read_only(tmp: Path) -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = tmp / "probe"
    probe.mkdir()
    script = (
        f'mount --bind "{probe}" "{probe}" && mount -o remount,bind,ro "{probe}" && '
        f'! touch "{probe}/x" 2>/dev/null'
    )
    return (
        subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True).returncode == 0
    )


def test_a_read_only_share_brings_others_changes_and_keeps_ours_for_later(tmp_path: Path) -> None:
    if not _can_mount_read_only(tmp_path):
        pytest.skip("kein Einhängen schreibgeschützter Ordner möglich (unshare/mount fehlt)")
    a, b, share = tmp_path / "a.werkbank", tmp_path / "b.werkbank", tmp_path / "share"
    cli("demo", a)
    assert cli("sync", a, "--folder", share)[0] == 0
    assert cli("sync", b, "--folder", share, "--join")[0] == 0
    cli("measures", "set", a, "P-01", "Titel=Hardenbergplatz, neu von A")
    cli("sync", a)
    cli("measures", "set", b, "P-02", "Titel=Governance, neu von B")
    before = sorted(p.relative_to(share) for p in share.rglob("*"))

    report = _read_only_sync(share, b)

    assert report["offline"] is None
    assert "schreibgeschützt" in report["read_only"] and str(share) in report["read_only"]
    assert "eigene Änderung" in report["read_only"]
    assert report["files_applied"] == 1 and report["ops_exported"] == 0
    shown = json.loads(cli("measures", "show", b, "P-01", "--json")[1])
    assert shown["title"] == "Hardenbergplatz, neu von A"  # the others' change came in
    assert sorted(p.relative_to(share) for p in share.rglob("*")) == before  # nothing written
    status = json.loads(cli("sync", "status", b, "--json")[1])
    assert status["pending_ops"] > 0  # B's edit waits here, not lost

    code, out, _ = cli("sync", b)  # the share is writable again
    assert code == 0 and "schreibgeschützt" not in out
    cli("sync", a)
    assert (
        json.loads(cli("measures", "show", a, "P-02", "--json")[1])["title"]
        == "Governance, neu von B"
    )
    assert cli("dump", a)[1] == cli("dump", b)[1]
