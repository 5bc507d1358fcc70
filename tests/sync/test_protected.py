"""Protected shared workspaces: only ciphertext on the share; tampering is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import cli


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
    from workbench.sync.engine import PlaceSync

    a, b, share = protected
    assert cli("sync", b, "--folder", share, "--join")[0] == 0
    for n in range(3):
        cli("measures", "set", a, "P-01", f"Titel=Hardenbergplatz {n}")
        cli("sync", a)
    cli("sync", b)
    ws_b = Workspace.open(b)
    PlaceSync(ws_b, share).maintain(force=True)  # B says what it applied (encrypted)
    PlaceSync(ws_b, share).write_snapshot()
    ws_b.close()
    ws_a = Workspace.open(a)
    assert PlaceSync(ws_a, share).maintain(force=True) > 0  # read B's word and snapshot
    ws_a.close()
    assert all(p.read_bytes().startswith(b"WBC-AESGCM-1") for p in change_files(share))
    late = tmp_path / "spaeter.werkbank"
    code, out, err = cli("sync", late, "--folder", share, "--join")
    assert code == 0, err
    assert cli("dump", late)[1] == cli("dump", a)[1]


def _info(share: Path) -> Path:
    return next(share.glob("*/workspace.json"))


def _forge_plain(share: Path, path: Path) -> Path:
    """A plaintext change file of laptop *path*'s next number that retitles P-01."""
    from workbench.store.workspace import Workspace
    from workbench.sync.clock import Stamp, wall_clock_ms
    from workbench.sync.engine import PlaceSync
    from workbench.sync.files import ChangeFile, Op, encode, file_name

    ws = Workspace.open(path)
    folder = PlaceSync(ws, share)
    with ws.session() as s:
        from workbench.services.measures import get_measure

        mid = get_measure(s, "P-01").id
    seq = max([0, *folder.share.seqs(folder.place.path(folder.own_folder))]) + 1
    op = Op(Stamp(wall_clock_ms(), 0).text(), "measures", mid, "set", "title", '"Gefälscht"')
    data, _ = encode(ChangeFile(ws.workspace_id, folder.replica, seq, {}, [op]))
    target = folder.place.path(folder.own_folder) / file_name(seq)
    target.write_bytes(data)
    ws.close()
    return target


def test_stripped_protection_is_refused_by_a_laptop_that_knows_it(protected, monkeypatch) -> None:
    a, b, share = protected
    assert cli("sync", b, "--folder", share, "--join")[0] == 0
    info = _info(share)
    data = json.loads(info.read_text())
    del data["protection"]
    info.write_text(json.dumps(data))  # someone removes the protection from the folder
    _forge_plain(share, a)  # and puts a plaintext file in A's name
    code, out, err = cli("sync", b)
    assert code == 1 and "Schutzangaben" in err and "verändert oder entfernt" in err
    assert _title(b) == "Hardenbergplatz (geschützt)"
    # A newcomer who was given the passphrase refuses the "unprotected" folder.
    code, _, err = cli("sync", a.with_name("neu.werkbank"), "--folder", share, "--join")
    assert code == 1 and "nicht geschützt" in err


def test_a_plaintext_file_in_a_protected_folder_is_refused(protected) -> None:
    a, b, share = protected
    assert cli("sync", b, "--folder", share, "--join")[0] == 0
    forged = _forge_plain(share, a)
    code, out, _ = cli("sync", b)
    assert code == 0 and forged.name in out and "nicht verschlüsselt" in out
    assert _title(b) == "Hardenbergplatz (geschützt)"


@pytest.mark.parametrize(
    "case,patch",
    [
        ("salt kein Base64", {"salt": "%%%nicht-base64%%%"}),
        ("n keine Zweierpotenz", {"n": 1000}),
        ("n als Text", {"n": "32768"}),
        ("check fehlt", {"check": None}),
        ("32 GB verlangt", {"n": 2**24, "r": 16}),
    ],
)
def test_malformed_protection_parameters_are_refused_by_name(protected, case, patch) -> None:
    a, b, share = protected
    info = _info(share)
    data = json.loads(info.read_text())
    data["protection"].update(patch)
    info.write_text(json.dumps(data))
    code, _, err = cli("sync", b, "--folder", share, "--join")
    assert code == 1 and "Schutzangaben in workspace.json sind ungültig" in err, (case, err)


def test_sharing_again_never_replaces_the_folders_key(protected, monkeypatch) -> None:
    a, b, share = protected
    assert cli("sync", b, "--folder", share, "--join")[0] == 0
    key_before = json.loads(_info(share).read_text())["protection"]
    monkeypatch.setenv("WERKBANK_PASSPHRASE", "vertippt")
    code, _, err = cli("sync", a, "--folder", share)  # shared again, passphrase mistyped
    assert code == 1 and "Kennwort passt nicht" in err
    monkeypatch.setenv("WERKBANK_PASSPHRASE", "Spree-Ufer 2026!")
    assert cli("sync", a, "--folder", share)[0] == 0  # the right one: nothing changes
    assert json.loads(_info(share).read_text())["protection"] == key_before
    cli("measures", "set", a, "P-01", "Titel=Nach dem erneuten Teilen")
    cli("sync", a)
    cli("sync", b)
    assert _title(b) == "Nach dem erneuten Teilen"


def test_a_changed_passphrase_reaches_everyone_and_nothing_is_lost(protected, monkeypatch) -> None:
    a, b, share = protected
    assert cli("sync", b, "--folder", share, "--join")[0] == 0
    cli("measures", "set", b, "P-02", "Titel=Vor dem Wechsel von B")  # waits on B
    monkeypatch.setenv("WERKBANK_NEW_PASSPHRASE", "Neues Kennwort 2027")
    code, out, err = cli("sync", a, "--change-passphrase")
    assert code == 0 and "Kennwort geändert" in out, err
    cli("measures", "set", a, "P-01", "Titel=Nach dem Wechsel")
    assert cli("sync", a)[0] == 0
    code, _, err = cli("sync", b)  # B is asked for the new passphrase, not told of tampering
    assert code == 1 and "Kennwort" in err and "geändert" in err and "verändert" not in err
    monkeypatch.setenv("WERKBANK_PASSPHRASE", "Neues Kennwort 2027")
    assert cli("sync", b, "--folder", share)[0] == 0
    assert _title(b) == "Nach dem Wechsel"
    cli("sync", a)
    assert (
        json.loads(cli("measures", "show", a, "P-02", "--json")[1])["title"]
        == "Vor dem Wechsel von B"
    )
    # A newcomer knows only the new passphrase: it joins from the new snapshot.
    newcomer = a.with_name("neu.werkbank")
    code, _, err = cli("sync", newcomer, "--folder", share, "--join")
    assert code == 0, err
    assert cli("dump", newcomer)[1] == cli("dump", a)[1]
    monkeypatch.setenv("WERKBANK_PASSPHRASE", "Spree-Ufer 2026!")  # the old one: refused
    code, _, err = cli("sync", a.with_name("alt.werkbank"), "--folder", share, "--join")
    assert code == 1 and "Kennwort passt nicht" in err
