"""The operating system's credential store, for the tests: a keyring backend that keeps
passwords in a file named by ``WERKBANK_TEST_KEYRING`` (each test has its own, in its
temporary home), so a test can ask where a password went – and the command line in a
subprocess finds what the test process stored. Never the developer's real keyring."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import NoKeyringError, PasswordDeleteError


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @staticmethod
    def _path() -> Path:
        name = os.environ.get("WERKBANK_TEST_KEYRING")
        if not name:
            raise NoKeyringError("no credential store on this system (test)")
        return Path(name)

    def _load(self) -> dict[str, str]:
        path = self._path()
        return json.loads(path.read_text("utf-8")) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\n{username}"] = password
        self._path().write_text(json.dumps(data), "utf-8")

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError("not stored")
        self._path().write_text(json.dumps(data), "utf-8")
