"""The command line's canvas renderer: the window's own drawing code, started in a
separate offscreen process (the command line never loads Qt itself)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from workbench.i18n import language, tr
from workbench.services.exporting import ExportFailed


def _program() -> list[str]:
    return (
        [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "workbench"]
    )


def run_offscreen(arguments: list[str], what: str) -> list[str]:
    """Run the window's own drawing code in a separate offscreen process; the paths it
    printed. Its German error (last line) is raised as ExportFailed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WERKBANK_LANG": language()}
    result = subprocess.run(
        [*_program(), *arguments], capture_output=True, text=True, env=env, timeout=300
    )
    if result.returncode != 0:
        reason = (result.stderr.strip().splitlines() or [tr("unbekannter Fehler")])[-1]
        raise ExportFailed(what.format(reason=reason))
    return result.stdout.split("\n")


def render_roadmap(
    workspace: Path,
    output: Path,
    group: str,
    paper: str,
    start: str | None,
    end: str | None,
    baseline: str | None,
    only: Path | None = None,
) -> list[Path]:
    """The Zeitplan as PDF or PNG pages (gui/roadmap_print.py, offscreen); *only*: a file
    with the ids of the measures to show (a report's filter)."""
    lines = run_offscreen(
        [
            "--render-roadmap",
            str(workspace),
            str(output),
            group,
            paper,
            start or "-",
            end or "-",
            baseline or "-",
            *([str(only)] if only else []),
        ],
        tr("Der Zeitplan ließ sich nicht zeichnen: {reason}"),
    )
    return [Path(line) for line in lines if line.strip()]


def render_pictures(workspace: Path, canvas_ids: list[str], folder: Path) -> dict[str, Path]:
    """Canvas pictures drawn by the window's own renderer, in a separate offscreen process
    (the services themselves never load Qt)."""
    run_offscreen(
        ["--render-canvas", str(workspace), str(folder), *canvas_ids],
        tr("Die Leinwände ließen sich nicht als Bild zeichnen: {reason}"),
    )
    return {c: folder / f"{c}.png" for c in canvas_ids if (folder / f"{c}.png").exists()}


def render_impact(workspace: Path, folder: Path, only: Path | None = None) -> dict[str, Path]:
    """The Wirkung dashboard's pictures (gui/impact_charts.py, offscreen): key → path."""
    lines = run_offscreen(
        ["--render-impact", str(workspace), str(folder), *(["--only", str(only)] if only else [])],
        tr("Die Diagramme der Wirkung ließen sich nicht zeichnen: {reason}"),
    )
    pictures = {}
    for line in lines:
        key, _, path = line.partition("\t")
        if path:
            pictures[key] = Path(path)
    return pictures
