"""The command line's canvas renderer: the window's own drawing code, started in a
separate offscreen process (the command line never loads Qt itself)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from workbench.i18n import language, tr
from workbench.services.exporting import ExportFailed


def render_pictures(workspace: Path, canvas_ids: list[str], folder: Path) -> dict[str, Path]:
    """Canvas pictures drawn by the window's own renderer, in a separate offscreen process
    (the services themselves never load Qt)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WERKBANK_LANG": language()}
    program = (
        [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "workbench"]
    )
    result = subprocess.run(
        [*program, "--render-canvas", str(workspace), str(folder), *canvas_ids],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    if result.returncode != 0:
        reason = (result.stderr.strip().splitlines() or [tr("unbekannter Fehler")])[-1]
        raise ExportFailed(
            tr("Die Leinwände ließen sich nicht als Bild zeichnen: {reason}").format(reason=reason)
        )
    return {c: folder / f"{c}.png" for c in canvas_ids if (folder / f"{c}.png").exists()}
