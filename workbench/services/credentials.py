"""Passwords for sync servers: kept in the operating system's credential store (the
``keyring`` library: Windows Credential Locker, macOS Keychain, the Secret Service on
Linux), never in the workspace or a settings file. The workspace stores only the server's
address and the user name.

Where the system has no credential store (a Linux without a keyring daemon), a password
given now is kept in memory for this session only and asked again after a restart.
``WERKBANK_PASSWORD`` gives it to scripts (``workbench sync`` without a prompt)."""

from __future__ import annotations

import contextlib
import logging
import os
from typing import Any

SERVICE = "Werkbank WebDAV"
ENVIRONMENT = "WERKBANK_PASSWORD"

log = logging.getLogger(__name__)
_session: dict[str, str] = {}  # account → password, where no store keeps it


def _store() -> tuple[Any, tuple[type[Exception], ...]]:
    """keyring and what its backends raise; imported when a password is first needed
    (not at every start of the window)."""
    import keyring
    from keyring.errors import KeyringError

    return keyring, (KeyringError, RuntimeError)


def account(url: str, user: str) -> str:
    """The name a password is filed under: one per user and server address."""
    return f"{user}@{url.rstrip('/')}"


def save(url: str, user: str, password: str) -> bool:
    """Keep *password*; True when the system's credential store holds it, False when it
    is kept for this session only (no store on this system)."""
    name = account(url, user)
    _session[name] = password
    keyring, errors = _store()
    try:
        keyring.set_password(SERVICE, name, password)
    except errors as exc:
        log.warning("no credential store for %s: %s", name, exc)
        return False
    return True


def password(url: str, user: str) -> str | None:
    """The password for *user* at *url*: from ``WERKBANK_PASSWORD``, this session, or the
    credential store; None where none is known."""
    if os.environ.get(ENVIRONMENT):
        return os.environ[ENVIRONMENT]
    name = account(url, user)
    if name in _session:
        return _session[name]
    keyring, errors = _store()
    try:
        found: str | None = keyring.get_password(SERVICE, name)
        return found
    except errors as exc:
        log.warning("credential store not readable for %s: %s", name, exc)
        return None


def forget(url: str, user: str) -> None:
    """Remove the password (a server no longer used, a password that was refused)."""
    name = account(url, user)
    _session.pop(name, None)
    keyring, errors = _store()
    with contextlib.suppress(*errors):  # nothing stored, or no store
        keyring.delete_password(SERVICE, name)
