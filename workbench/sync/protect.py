"""Protected shared folders: a passphrase gives the key (scrypt); every change file is
encrypted and authenticated (AES-GCM). A file whose tag fails is refused, never applied.

The associated data binds each file to its workspace, sender and number, so a file
copied in from another workspace (or renamed) fails its check as well.
"""

from __future__ import annotations

import base64
import os
from typing import TYPE_CHECKING, Any

from workbench.i18n import tr

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

# cryptography is imported on first use: most workspaces are not protected, and the
# sync engine is loaded while the window opens.

MAGIC = b"WBC-AESGCM-1\n"
SCRYPT = {"n": 2**15, "r": 8, "p": 1}
_CHECK = b"werkbank-key-check"


class WrongPassphrase(Exception):
    """The passphrase does not open this shared workspace."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _aead(key: bytes) -> AESGCM:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


class BadProtection(ValueError):
    """workspace.json's protection parameters are malformed or out of bounds (German)."""


#: Bounds on the key derivation a folder may ask for: scrypt needs 128·n·r bytes of
#: memory; a forged workspace.json must not make a laptop allocate gigabytes.
MAX_SCRYPT_MEMORY = 256 * 1024 * 1024
MAX_SCRYPT_P = 4


def checked_params(params: Any, fields: tuple[str, ...] = ("salt", "check")) -> dict[str, Any]:
    """The protection parameters if they are well-formed and within bounds."""

    def bad(what: str) -> BadProtection:
        return BadProtection(
            tr(
                "Die Schutzangaben in workspace.json sind ungültig ({what}); der Ordner wird nicht verwendet."
            ).format(what=what)
        )

    if not isinstance(params, dict) or params.get("kdf") != "scrypt":
        raise bad(tr("unbekanntes Verfahren"))
    n, r, p = params.get("n"), params.get("r"), params.get("p")
    if not (type(n) is int and type(r) is int and type(p) is int and min(n, r, p) > 0):
        raise bad(tr("n, r und p müssen ganze Zahlen sein"))
    if n < 2 or n & (n - 1):
        raise bad(tr("n ist keine Zweierpotenz"))
    if 128 * n * r > MAX_SCRYPT_MEMORY or p > MAX_SCRYPT_P:
        raise bad(tr("verlangt mehr Speicher oder Rechenzeit als erlaubt"))
    for field in fields:
        value = params.get(field)
        try:
            raw = base64.b64decode(value, validate=True) if isinstance(value, str) else b""
        except ValueError:
            raw = b""
        if len(raw) < (16 if field == "salt" else 28):
            raise bad(tr("„{field}“ fehlt oder ist kein gültiges Base64").format(field=field))
    return params


def derive(passphrase: str, params: dict[str, Any]) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    params = checked_params(params, ("salt",))
    kdf = Scrypt(
        salt=base64.b64decode(params["salt"]),
        length=32,
        n=params["n"],
        r=params["r"],
        p=params["p"],
    )
    return kdf.derive(passphrase.encode("utf-8"))


def new_protection(passphrase: str, workspace_id: str) -> tuple[dict[str, Any], bytes]:
    """Parameters for workspace.json and the key; the check lets joiners test a passphrase."""
    params: dict[str, Any] = {"kdf": "scrypt", "salt": _b64(os.urandom(16)), **SCRYPT}
    key = derive(passphrase, params)
    nonce = os.urandom(12)
    params["check"] = _b64(nonce + _aead(key).encrypt(nonce, _CHECK, workspace_id.encode()))
    return params, key


def open_protection(passphrase: str, params: dict[str, Any], workspace_id: str) -> bytes:
    key = derive(passphrase, checked_params(params))
    from cryptography.exceptions import InvalidTag

    blob = base64.b64decode(params["check"])
    try:
        _aead(key).decrypt(blob[:12], blob[12:], workspace_id.encode())
    except InvalidTag:
        raise WrongPassphrase(
            tr("Das Kennwort passt nicht zu dieser geteilten Arbeitsmappe.")
        ) from None
    return key


def seal(key: bytes, data: bytes, context: str) -> bytes:
    nonce = os.urandom(12)
    return MAGIC + nonce + _aead(key).encrypt(nonce, data, context.encode())


def unseal(key: bytes, blob: bytes, context: str) -> bytes:
    """The plain change file, or ValueError with a German reason."""
    if not blob.startswith(MAGIC):
        raise ValueError(tr("ist nicht verschlüsselt, obwohl die Arbeitsmappe geschützt ist"))
    from cryptography.exceptions import InvalidTag

    body = blob[len(MAGIC) :]
    try:
        return _aead(key).decrypt(body[:12], body[12:], context.encode())
    except InvalidTag:
        raise ValueError(
            tr(
                "besteht die Echtheitsprüfung nicht (verändert, beschädigt oder aus "
                "einer anderen Arbeitsmappe) und wird nicht übernommen"
            )
        ) from None


_REKEY = b"werkbank-passphrase-changed"


def rekey(old_key: bytes, passphrase: str, workspace_id: str) -> tuple[dict[str, Any], bytes]:
    """New protection for a changed passphrase, with a proof made with the old key: the
    other laptops, which hold the old key, can tell a real change of passphrase from a
    workspace.json someone replaced (and then ask for the new passphrase)."""
    params, key = new_protection(passphrase, workspace_id)
    nonce = os.urandom(12)
    proof = _aead(old_key).encrypt(nonce, _REKEY + params["check"].encode(), workspace_id.encode())
    params["changed_from"] = _b64(nonce + proof)
    return params, key


def proves_change(old_key: bytes, params: Any, workspace_id: str) -> bool:
    """Whether *params* were written by someone who held *old_key* (a real change)."""
    from cryptography.exceptions import InvalidTag

    try:
        blob = base64.b64decode(params["changed_from"], validate=True)
        plain = _aead(old_key).decrypt(blob[:12], blob[12:], workspace_id.encode())
    except (InvalidTag, KeyError, TypeError, ValueError):
        return False
    return plain == _REKEY + str(params.get("check", "")).encode()


def unseal_any(keys: list[bytes], blob: bytes, context: str) -> bytes:
    """unseal with the current key, else with an earlier one (files written before the
    passphrase was changed)."""
    error: ValueError | None = None
    for key in keys:
        try:
            return unseal(key, blob, context)
        except ValueError as exc:
            error = exc
    assert error is not None
    raise error
