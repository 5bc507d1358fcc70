"""services/sharing.py on its own: which server addresses a password may go to, choosing a
folder (shared once, joined only empty and only one), protection by a passphrase, and
where a workspace syncs – each answer as a user meets it, each refusal in German."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.services import sharing
from workbench.services.errors import ServiceError
from workbench.store.workspace import Workspace
from workbench.sync.place import FolderPlace


@pytest.mark.parametrize(
    "url,allow_http,fragment",
    [
        ("ftp://cloud.berlin.de/dav", False, "keine Serveradresse"),
        ("https://anna:geheim@cloud.berlin.de/dav", False, "enthält ein Passwort"),
        ("http://cloud.berlin.de/dav", False, "unverschlüsselt (http)"),
    ],
)
def test_a_password_goes_only_to_a_proper_address(
    url: str, allow_http: bool, fragment: str
) -> None:
    with pytest.raises(ServiceError, match=fragment.replace("(", r"\(").replace(")", r"\)")):
        sharing.checked_server(sharing.Server(url, "anna"), allow_http)


def test_an_address_is_cleaned_and_the_user_taken_from_it() -> None:
    server = sharing.checked_server(
        sharing.Server("https://anna@cloud.berlin.de:8443/remote.php/dav/files/anna/W#x", "")
    )
    assert server == sharing.Server(
        "https://cloud.berlin.de:8443/remote.php/dav/files/anna/W", "anna"
    )
    # plain http where the user allows it, and on the laptop itself
    assert sharing.checked_server(sharing.Server("http://intranet/dav", "a"), True).url
    assert sharing.checked_server(sharing.Server("http://127.0.0.1:8080/dav", "a")).url


def test_sharing_a_folder_then_joining_it(demo_ws: Workspace, tmp_path: Path) -> None:
    share = tmp_path / "geteilt"  # made when chosen, not before
    assert not sharing.is_shared(demo_ws)
    with pytest.raises(ServiceError, match="kein gemeinsamer Ordner"):
        sharing.chosen_place(demo_ws)
    assert sharing.set_folder(demo_ws, share) is True  # shared for the first time
    assert share.is_dir() and sharing.folder_of(demo_ws) == share.resolve()
    assert sharing.is_shared(demo_ws)
    assert isinstance(sharing.chosen_place(demo_ws), FolderPlace)
    assert sharing.shared_workspaces(share) == [(demo_ws.workspace_id, demo_ws.name)]
    assert not sharing.needs_passphrase(share)
    # a laptop with data of its own cannot join; an empty one can
    other = Workspace.create(tmp_path / "b.werkbank")
    try:
        sharing.set_folder(other, share, join=True)
        assert sharing.folder_of(other) == share.resolve()
    finally:
        other.close()
    from workbench.store.demo import create_demo

    full = create_demo(tmp_path / "c.werkbank")
    try:
        with pytest.raises(ServiceError, match="Beitreten geht nur mit einer leeren Arbeitsmappe"):
            sharing.set_folder(full, share, join=True)
        assert sharing.folder_of(full) is None
    finally:
        full.close()


def test_a_folder_that_is_a_file_or_lies_nowhere_is_named(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    a_file = tmp_path / "notiz.txt"
    a_file.write_text("x", encoding="utf-8")
    with pytest.raises(ServiceError, match="ist kein Ordner"):
        sharing.set_folder(demo_ws, a_file)
    with pytest.raises(ServiceError, match="Den Ordner .* gibt es nicht"):
        sharing.set_folder(demo_ws, tmp_path / "fehlt" / "geteilt")
    assert sharing.folder_of(demo_ws) is None  # nothing was chosen


def test_joining_needs_exactly_one_shared_workspace(tmp_path: Path) -> None:
    empty = tmp_path / "leer"
    empty.mkdir()
    ws = Workspace.create(tmp_path / "neu.werkbank")
    try:
        with pytest.raises(ServiceError, match="liegen 0 gemeinsame Arbeitsmappen"):
            sharing.set_folder(ws, empty, join=True)
    finally:
        ws.close()


def test_a_passphrase_protects_the_share_and_must_be_long_enough(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    share = tmp_path / "geschützt"
    with pytest.raises(ServiceError, match="mindestens 8 Zeichen"):
        sharing.set_folder(demo_ws, share, passphrase="kurz")
    assert sharing.set_folder(demo_ws, share, passphrase="Gemeinsam Digital 2026")
    assert sharing.is_protected(demo_ws)
    assert sharing.needs_passphrase(share)
    assert sharing.protection_of(share, demo_ws.workspace_id) is not None
    with pytest.raises(ServiceError, match="mindestens 8 Zeichen"):
        sharing.change_passphrase(demo_ws, "zu kurz")
    sharing.change_passphrase(demo_ws, "Ein neues langes Kennwort")
    joiner = Workspace.create(tmp_path / "b.werkbank")
    try:
        with pytest.raises(ServiceError):
            sharing.set_folder(joiner, share, join=True, passphrase="Gemeinsam Digital 2026")
        sharing.set_folder(joiner, share, join=True, passphrase="Ein neues langes Kennwort")
        assert sharing.is_protected(joiner)
    finally:
        joiner.close()
