"""The log tells what each synchronisation did – one INFO line per sync, a DEBUG line per
file – and never what was in the files, a passphrase or a password."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from tests.helpers import cli
from tests.sync.dav_server import PASSWORD, USER, DavServer
from workbench.services import measures
from workbench.services import sync as sync_service
from workbench.services.operations import execute
from workbench.store.workspace import Workspace

PASSPHRASE = "Spree-Ufer 2026!"
SECRET_TITLE = "Geheime Kiezbox am Ufer"


def _texts(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() + (r.exc_text or "") for r in caplog.records]


def test_a_protected_folder_sync_is_logged_in_one_line_without_a_secret(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    a, b, share = tmp_path / "a.werkbank", tmp_path / "b.werkbank", tmp_path / "share"
    cli("demo", a)
    monkeypatch.setenv("WERKBANK_PASSPHRASE", PASSPHRASE)
    caplog.set_level(logging.DEBUG, logger="workbench")
    assert cli("sync", a, "--folder", share)[0] == 0
    cli("measures", "set", a, "P-01", f"Titel={SECRET_TITLE}")
    assert cli("sync", a)[0] == 0
    assert cli("sync", b, "--folder", share, "--join")[0] == 0
    lines = [
        r for r in caplog.records if r.levelno == logging.INFO and "Abgleich mit" in r.getMessage()
    ]
    assert len(lines) == 3  # one per sync
    sent = lines[1].getMessage()
    assert str(share.resolve()) in sent or str(share) in sent
    assert "1 gesendet" in sent and "Bytes geschrieben" in sent and " ms" in sent
    joined = lines[2].getMessage()
    assert "Dateien gelesen" in joined
    assert re.search(r", [1-9]\d* Bytes gelesen", joined)  # the snapshot came in
    # the files read and written, each by name and size at DEBUG
    assert any("geschrieben:" in t and ".wbc" in t for t in _texts(caplog))
    assert any("gelesen:" in t for t in _texts(caplog))
    for text in _texts(caplog):
        assert PASSPHRASE not in text
        assert SECRET_TITLE not in text


def test_a_server_sync_logs_no_password(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    server = DavServer(tmp_path / "server")
    try:
        ws = Workspace.create(tmp_path / "a.werkbank", name="Gemeinsam")
        sync_service.set_server(ws, sync_service.Server(server.url, USER), PASSWORD)
        caplog.set_level(logging.DEBUG, logger="workbench")
        assert sync_service.sync_now(ws).offline is None
        server.change_password("anderes-Passwort-42")
        sync_service.sync_now(ws)  # refused: the stored password is wrong now
        texts = _texts(caplog)
        assert any(
            "Abgleich mit" in t and server.url.split("//")[1].split("/")[0] in t for t in texts
        )
        for text in texts:
            assert PASSWORD not in text and "anderes-Passwort-42" not in text
        ws.close()
    finally:
        server.stop()


def test_an_unexpected_error_in_a_sync_goes_to_the_log_with_its_traceback(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, share = tmp_path / "a.werkbank", tmp_path / "share"
    cli("demo", a)
    assert cli("sync", a, "--folder", share)[0] == 0
    ws = Workspace.open(a)
    execute(ws, "neu", measures.update_measure, _p01(ws), {"title": "Neu"})

    def broken(*_args: object) -> None:
        raise RuntimeError("kaputt")

    monkeypatch.setattr("workbench.sync.engine.PlaceSync._export_all", broken)
    caplog.set_level(logging.INFO, logger="workbench")
    with pytest.raises(RuntimeError):
        sync_service.sync_now(ws)
    record = next(r for r in caplog.records if "unerwarteter Fehler" in r.getMessage())
    assert record.exc_info is not None and "kaputt" in str(record.exc_info[1])
    ws.close()


def _p01(ws: Workspace) -> str:
    from sqlalchemy import select

    from workbench.model import Measure

    with ws.session() as s:
        return s.scalars(select(Measure.id).where(Measure.code == "P-01")).one()
