"""Build step of the wheel: compile the translations (``resources/i18n/*.ts``) into the
``.qm`` files Qt loads, with ``pyside6-lrelease``. Compiled files are never committed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def compile_translations(root: Path) -> list[Path]:
    import PySide6  # the build requires it (pyproject.toml [build-system])

    lrelease = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    made = []
    for source in sorted((root / "resources" / "i18n").glob("*.ts")):
        target = source.with_suffix(".qm")
        subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)], check=True)
        made.append(target)
    return made


class CompileTranslations(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":
            return  # a checkout: the Makefile compiles them (make run, make test)
        compile_translations(Path(self.root))
