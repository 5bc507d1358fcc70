"""Where the files that are not code live: ``ui/`` forms and ``resources/``.

Inside an installed wheel they sit in ``workbench/_data/``; in a source checkout
(editable install, tests) they are the top-level folders of the repository.
"""

from __future__ import annotations

from pathlib import Path

from workbench.i18n import tr
from workbench.paths import data_folder


def _root(name: str) -> Path:
    found = data_folder(name)
    if found is not None:
        return found
    raise FileNotFoundError(
        tr("Werkbank ist unvollständig installiert: der Ordner „{name}“ fehlt.").format(name=name)
    )


def resource_path(*parts: str) -> Path:
    """A file below ``resources/``."""
    return _root("resources").joinpath(*parts)


def ui_path(name: str) -> Path:
    """A Designer form below ``ui/``."""
    return _root("ui") / name
