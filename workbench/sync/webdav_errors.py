"""The errors of a WebDAV server, each with a German reason (``OSError`` for the engine:
a missing server is offline, a 403 a read-only share, a full quota named)."""

from __future__ import annotations

import errno

import httpx

from workbench.formats import printable
from workbench.i18n import tr
from workbench.sync.deadline import DeadlineExceeded


class WebDavError(OSError):
    """What a server answered or what happened on the way, with a German reason;
    ``status`` is the HTTP status (0: no answer)."""

    def __init__(self, code: int | None, reason: str, status: int = 0) -> None:
        super().__init__(code, reason)
        self.status = status


class AuthenticationFailed(WebDavError):
    """401: user name or (app) password wrong, or the password was changed."""


def status_error(status: int, response_text: str = "") -> WebDavError:
    """The error a status means, named in German."""
    if status == 401:
        return AuthenticationFailed(
            None,
            tr(
                "Anmeldung abgelehnt (401): Benutzername oder App-Passwort stimmen nicht – "
                "wurde das Passwort geändert? Bitte unter Synchronisation neu eingeben"
            ),
            status,
        )
    if status == 403:
        return WebDavError(
            errno.EACCES, tr("keine Berechtigung für diesen Ordner auf dem Server (403)"), status
        )
    if status == 404:
        return WebDavError(errno.ENOENT, tr("nicht vorhanden (404)"), status)
    if status == 409:
        return WebDavError(errno.ENOENT, tr("der übergeordnete Ordner fehlt (409)"), status)
    if status == 413:
        return WebDavError(errno.EFBIG, tr("die Datei ist dem Server zu groß (413)"), status)
    if status == 423:
        return WebDavError(errno.EBUSY, tr("auf dem Server gesperrt (423)"), status)
    if status == 507:
        return WebDavError(
            errno.ENOSPC,
            tr("der Speicherplatz auf dem Server ist voll (507 Insufficient Storage)"),
            status,
        )
    if 300 <= status < 400:
        return WebDavError(
            errno.EIO,
            tr(
                "der Server leitet auf eine andere Adresse um ({status}); bitte die Adresse prüfen"
            ).format(status=status),
            status,
        )
    return WebDavError(
        errno.EIO, tr("der Server antwortet mit Fehler {status}").format(status=status), status
    )


def transport_error(exc: Exception) -> WebDavError:
    if isinstance(exc, httpx.ConnectError) and "CERTIFICATE" in str(exc).upper():
        return WebDavError(
            errno.EIO,
            tr(
                "das Zertifikat des Servers ist nicht vertrauenswürdig ({exc}); für eine eigene "
                "Zertifizierungsstelle der Verwaltung deren Zertifikatsdatei wählen"
            ).format(exc=exc),
        )
    if isinstance(exc, httpx.TimeoutException) and isinstance(exc.__context__, DeadlineExceeded):
        return WebDavError(
            errno.ETIMEDOUT,
            tr(
                "der Server antwortet zu langsam (Zeitüberschreitung: die Frist der Anfrage ist abgelaufen)"
            ),
        )
    if isinstance(exc, httpx.TimeoutException):
        return WebDavError(errno.ETIMEDOUT, tr("der Server antwortet nicht (Zeitüberschreitung)"))
    return WebDavError(
        errno.ECONNREFUSED,
        tr("der Server ist nicht erreichbar ({exc})").format(exc=exc or type(exc).__name__),
    )


def unreadable_answer(exc: Exception) -> WebDavError:
    """A listing the parser refused, named without a Python repr."""
    reason = (
        tr("sie enthält XML-Entitäten, die Werkbank aus Sicherheitsgründen nicht liest")
        if type(exc).__module__.startswith("defusedxml")
        else printable(str(exc), 200)  # the parser's own sentence
    )
    return WebDavError(
        errno.EIO, tr("die Antwort des Servers ist nicht lesbar ({exc})").format(exc=reason)
    )
