"""Protected shared workspaces: only ciphertext on the share; tampering is refused."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from workbench.cli import run


def cli(*args) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run([str(a) for a in args], out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def protected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    a, b, share = tmp_path / "a.werkbank", tmp_path / "b.werkbank", tmp_path / "share"
    cli("demo", a)
    monkeypatch.setenv("WERKBANK_PASSPHRASE", "Spree-Ufer 2026!")
    assert cli("sync", a, "--folder", share)[0] == 0
    # Sharing puts a snapshot in the folder; an edit after it, a change file.
    cli("measures", "set", a, "P-01", "Titel=Hardenbergplatz (geschützt)")
    assert cli("sync", a)[0] == 0
    return a, b, share


def change_files(share: Path) -> list[Path]:
    return sorted(share.glob("*/changes/*/*.wbc"))


def test_share_holds_only_ciphertext_and_the_right_passphrase_joins(protected, monkeypatch) -> None:
    a, b, share = protected
    blob = change_files(share)[0].read_bytes()
    assert b"Hardenbergplatz" not in blob and blob.startswith(b"WBC-AESGCM-1")
    snapshot = next(share.glob("*/snapshots/*/*.wbs")).read_bytes()
    assert b"Hardenbergplatz" not in snapshot and snapshot.startswith(b"WBC-AESGCM-1")
    info = json.loads(next(share.glob("*/workspace.json")).read_text())
    assert info["protection"]["kdf"] == "scrypt" and "check" in info["protection"]
    code, out, err = cli("sync", b, "--folder", share, "--join")
    assert code == 0, err
    assert cli("dump", a)[1] == cli("dump", b)[1]


def test_wrong_or_missing_passphrase_is_a_clear_error(protected, monkeypatch) -> None:
    a, b, share = protected
    monkeypatch.setenv("WERKBANK_PASSPHRASE", "falsch")
    code, _, err = cli("sync", b, "--folder", share, "--join")
    assert code == 1 and "Das Kennwort passt nicht" in err
    monkeypatch.delenv("WERKBANK_PASSPHRASE")
    code, _, err = cli("sync", b, "--folder", share, "--join")
    assert code == 1 and "mit einem Kennwort geschützt" in err


def test_flipped_byte_is_refused_and_reported(protected) -> None:
    a, b, share = protected
    path = change_files(share)[0]
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    path.write_bytes(bytes(raw))
    code, out, _ = cli("sync", b, "--folder", share, "--join")
    assert code == 0
    assert "besteht die Echtheitsprüfung nicht" in out
    assert _title(b) != "Hardenbergplatz (geschützt)"  # the damaged file is not applied


def _title(path: Path) -> str:
    return json.loads(cli("measures", "show", path, "P-01", "--json")[1])["title"]


def test_file_from_another_protected_workspace_is_refused(protected, tmp_path, monkeypatch) -> None:
    a, b, share = protected
    other_share = tmp_path / "andere"
    c = tmp_path / "c.werkbank"
    cli("demo", c)
    cli("sync", c, "--folder", other_share)  # same passphrase, other workspace
    cli("measures", "set", c, "P-01", "Titel=Anderswo")
    cli("sync", c)
    foreign = change_files(other_share)[0]
    target = change_files(share)[0]
    target.write_bytes(foreign.read_bytes())  # someone copies a file across
    code, out, _ = cli("sync", b, "--folder", share, "--join")
    assert "besteht die Echtheitsprüfung nicht" in out
    assert _title(b) != "Hardenbergplatz (geschützt)"


def test_protected_snapshot_lets_a_new_laptop_join(protected, tmp_path) -> None:
    a, b, share = protected
    code, out, _ = cli("sync", a, "--snapshot")
    assert code == 0 and "Schnappschuss geschrieben" in out
    snapshot = next(share.glob("*/snapshots/*/*.wbs"))
    assert b"Hardenbergplatz" not in snapshot.read_bytes()
    code, out, err = cli("sync", b, "--folder", share, "--join", "--json")
    assert code == 0, err
    assert json.loads(out)["from_snapshot"] is True
    assert cli("dump", a)[1] == cli("dump", b)[1]


def test_upkeep_reads_encrypted_files_and_snapshots(protected, tmp_path: Path) -> None:
    """The folder upkeep decrypts what it must read; a late laptop still joins."""
    from workbench.store.workspace import Workspace
    from workbench.sync.engine import SyncFolder

    a, b, share = protected
    assert cli("sync", b, "--folder", share, "--join")[0] == 0
    for n in range(3):
        cli("measures", "set", a, "P-01", f"Titel=Hardenbergplatz {n}")
        cli("sync", a)
    cli("sync", b)
    ws_b = Workspace.open(b)
    SyncFolder(ws_b, share).maintain(force=True)  # B says what it applied (encrypted)
    SyncFolder(ws_b, share).write_snapshot()
    ws_b.close()
    ws_a = Workspace.open(a)
    assert SyncFolder(ws_a, share).maintain(force=True) > 0  # read B's word and snapshot
    ws_a.close()
    assert all(p.read_bytes().startswith(b"WBC-AESGCM-1") for p in change_files(share))
    late = tmp_path / "spaeter.werkbank"
    code, out, err = cli("sync", late, "--folder", share, "--join")
    assert code == 0, err
    assert cli("dump", late)[1] == cli("dump", a)[1]
