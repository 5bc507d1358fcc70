"""Where workspaces live by default: the platform's user data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_DIR_NAME = "Werkbank"


def data_dir() -> Path:
    """The user's Werkbank data folder (``WERKBANK_DATA_DIR`` overrides it, e.g. in tests)."""
    override = os.environ.get("WERKBANK_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_DIR_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def demo_workspace_path() -> Path:
    return data_dir() / "Demo.werkbank"
