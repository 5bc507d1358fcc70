"""Where the files that are not code live: ``ui/`` forms and ``resources/``.

Inside an installed wheel they sit in ``workbench/_data/``; in a source checkout
(editable install, tests) they are the top-level folders of the repository.
"""

from __future__ import annotations

from pathlib import Path

from workbench.i18n import tr

_PACKAGE = Path(__file__).resolve().parent


def _root(name: str) -> Path:
    bundled = _PACKAGE / "_data" / name
    if bundled.is_dir():
        return bundled
    source = _PACKAGE.parent / name
    if source.is_dir():
        return source
    raise FileNotFoundError(
        tr("Werkbank ist unvollständig installiert: der Ordner „{name}“ fehlt.").format(name=name)
    )


def resource_path(*parts: str) -> Path:
    """A file below ``resources/``."""
    return _root("resources").joinpath(*parts)


def ui_path(name: str) -> Path:
    """A Designer form below ``ui/``."""
    return _root("ui") / name
