"""The language of everything a user reads: German (the source), English (translated).

Every text a user reads is written in German in the code and goes through :func:`tr`.
The translations live in ``resources/i18n/werkbank_<lang>.ts`` (Qt Linguist's format,
kept up to date with ``make translations``, which runs ``pyside6-lupdate``); the window
also loads the same catalogue compiled by ``pyside6-lrelease`` (``.qm``) for its Designer
forms and Qt's own dialogs. This module reads the ``.ts`` itself, so that the command line
and the exports (which must not import Qt) speak the same language as the window.

The language is chosen once, before the modules with texts are imported (module-level
tables of labels are translated when they are built): ``WERKBANK_LANG`` or ``--lang`` on
the command line, the setting in the window, else the system's language, else German.
"""

from __future__ import annotations

import locale
import os
from functools import cache
from pathlib import Path

#: The languages Werkbank speaks, by code, each named in itself.
LANGUAGES = {"de": "Deutsch", "en": "English"}
SOURCE = "de"

_language: str | None = None


def system_language() -> str:
    """The user's language from the environment, if Werkbank speaks it, else German. A
    locale without a language ("C", "POSIX", as on servers and in containers) is German."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").split(":")[0]
        if value:
            return chosen(value)
    try:
        name = (locale.getlocale()[0] or "").lower()  # Windows: "English_United States"
    except ValueError:
        name = ""
    return "en" if name.startswith(("en", "english")) else SOURCE


def chosen(code: str | None) -> str:
    """*code* if Werkbank speaks it ("en", "en_GB", "English" …), else German."""
    code = (code or "").strip()[:2].lower()
    return code if code in LANGUAGES else SOURCE


def set_language(code: str | None) -> str:
    """Choose the language (before the modules with texts are imported); returns it."""
    global _language
    _language = chosen(code)
    return _language


def language() -> str:
    """The chosen language; on first use ``WERKBANK_LANG``, else the system's."""
    global _language
    if _language is None:
        _language = chosen(os.environ.get("WERKBANK_LANG") or system_language())
    return _language


def catalogue_path(code: str, suffix: str = ".ts") -> Path:
    from workbench.paths import data_folder

    folder = data_folder("resources")  # missing: no catalogue, the German texts stay
    return (folder or Path("resources")) / "i18n" / f"werkbank_{code}{suffix}"


@cache
def catalogue(code: str) -> dict[str, str]:
    """German source → translation, from the language's ``.ts`` file (finished entries only)."""
    if code == SOURCE:
        return {}
    from defusedxml import ElementTree

    path = catalogue_path(code)
    if not path.exists():
        return {}
    found: dict[str, str] = {}
    for message in ElementTree.parse(path).getroot().iter("message"):
        source = message.findtext("source")
        element = message.find("translation")
        if (
            source is None
            or element is None
            or element.get("type") in ("unfinished", "obsolete", "vanished")
        ):
            continue
        if element.text:
            found[source] = element.text
    return found


def tr(text: str) -> str:
    """*text* (German) in the chosen language; German where no translation exists."""
    code = language()
    if code == SOURCE:
        return text
    return catalogue(code).get(text, text)


@cache
def _reverse(code: str) -> dict[str, str]:
    return {translation: source for source, translation in catalogue(code).items()}


def german(text: str) -> str:
    """The German source of *text* as shown in the chosen language (for files written in one
    language and read in the other: a column header, a sheet's name, a status)."""
    return _reverse(language()).get(text, text) if language() != SOURCE else text


def variants(text: str) -> set[str]:
    """*text* in every language Werkbank speaks (a column header of a list written in one
    language, read in the other)."""
    source = german(text)
    return {text, source} | {catalogue(code).get(source, source) for code in LANGUAGES}


def quoted(text: object) -> str:
    """*text* in the quotation marks of the chosen language: „so“ or “so”."""
    return f"„{text}“" if language() == SOURCE else f"“{text}”"


def in_sentence(noun: str) -> str:
    """*noun* as it stands inside a sentence: German keeps its capital, English does not
    („Beleg hinzufügen“, "Add receipt" – not "Add Receipt"); an acronym stays as it is."""
    if language() == SOURCE or len(noun) < 2 or not noun[1].islower():
        return noun
    return noun[0].lower() + noun[1:]
