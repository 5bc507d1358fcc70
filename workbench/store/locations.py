"""Where workspaces and settings live: the platform's user folders, or, in portable mode,
a folder beside the program (for a USB stick)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_DIR_NAME = "Werkbank"
#: A file of this name beside the program switches portable mode on.
PORTABLE_MARKER = "werkbank-portabel.txt"
PORTABLE_FOLDER = "Werkbank-Daten"


def program_dir() -> Path | None:
    """The folder of the installed program (a frozen build); ``WERKBANK_PROGRAM_DIR``
    stands in for it in tests. None when running from Python."""
    override = os.environ.get("WERKBANK_PROGRAM_DIR")
    if override:
        return Path(override)
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def portable_dir() -> Path | None:
    """In portable mode the folder beside the program that holds data and settings."""
    program = program_dir()
    if program is None or not (program / PORTABLE_MARKER).is_file():
        return None
    path = program / PORTABLE_FOLDER
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """The user's Werkbank data folder (``WERKBANK_DATA_DIR`` overrides it, e.g. in tests)."""
    override = os.environ.get("WERKBANK_DATA_DIR")
    portable = None if override else portable_dir()
    if override:
        path = Path(override)
    elif portable is not None:
        path = portable
    else:
        path = Path(platformdirs.user_data_dir(APP_DIR_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def demo_workspace_path() -> Path:
    return data_dir() / "Demo.werkbank"
