"""Where the files that are not code lie, without a word for the user (i18n needs it
before any text exists): ``workbench/_data/<name>`` inside an installed wheel, the
repository's top-level folder in a source checkout. ``workbench.resources`` says in
German when a folder is missing."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_folder(name: str) -> Path | None:
    """The folder *name* (``resources``, ``ui``), or None where it is missing."""
    bundled = _PACKAGE / "_data" / name
    if bundled.is_dir():
        return bundled
    source = _PACKAGE.parent / name
    return source if source.is_dir() else None
