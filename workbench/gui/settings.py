"""Typed application settings kept with QSettings, with a version and upgrade steps."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from workbench import APP_NAME
from workbench.services.workspaces import portable_dir

SETTINGS_VERSION = 2
MAX_RECENT = 8


@dataclass(frozen=True)
class Option:
    """One setting: its key, type and default."""

    key: str
    type: type
    default: Any


GEOMETRY = Option("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Option("window/state", QByteArray, QByteArray())
SPLITTER = Option("window/splitter", QByteArray, QByteArray())
MEASURE_COLUMNS = Option("window/measure_columns", QByteArray, QByteArray())
#: The section shown last, by its key (gui/sections.py): version 1 stored its row, which
#: pointed elsewhere once sections moved.
SECTION = Option("window/section", str, "measures")
LAST_WORKSPACE = Option("workspaces/last", str, "")
RECENT = Option("workspaces/recent", list, [])
WORD_TEMPLATE = Option("exports/word_template", str, "")
EXPORT_FOLDER = Option("exports/folder", str, "")  # where the last document went
OPEN_AFTER_EXPORT = Option("exports/open_after", int, 1)
#: JSON: the section's key → the document last exported from it.
LAST_EXPORT_KINDS = Option("exports/last_kinds", str, "")
#: "de" or "en"; empty: the system's language (German where Werkbank does not speak it).
LANGUAGE = Option("view/language", str, "")


#: Upgrade steps: settings of version N are brought to N+1 by UPGRADES[N].
def _section_row_to_key(settings: QSettings) -> None:
    from workbench.gui.sections import KEYS

    row = settings.value("window/section")
    if row is not None:
        try:
            settings.setValue("window/section", KEYS[int(str(row))])
        except (ValueError, IndexError):
            settings.remove("window/section")


UPGRADES: dict[int, Callable[[QSettings], None]] = {1: _section_row_to_key}


def default_qsettings() -> QSettings:
    """The user's settings; in portable mode the file beside the program travels with it.
    Named explicitly, so that they can be read before the application object exists."""
    portable = portable_dir()
    if portable is not None:
        return QSettings(str(portable / "einstellungen.ini"), QSettings.Format.IniFormat)
    return QSettings(APP_NAME, APP_NAME)


class Settings:
    """Reads and writes the options; everything else in the GUI goes through this."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings if qsettings is not None else default_qsettings()
        self._upgrade()

    def _upgrade(self) -> None:
        version = int(str(self._s.value("settings/version", 0) or 0))
        if version == 0 and not self._s.allKeys():
            version = SETTINGS_VERSION
        while version < SETTINGS_VERSION:
            step = UPGRADES.get(version)
            if step:
                step(self._s)
            version += 1
        self._s.setValue("settings/version", SETTINGS_VERSION)

    def get(self, option: Option) -> Any:
        value = self._s.value(option.key, option.default)
        if option.type is list:
            if value is None or value == "":
                return []
            return [str(v) for v in (value if isinstance(value, list) else [value])]
        if option.type is int:
            try:
                return int(str(value))
            except (TypeError, ValueError):
                return option.default
        if option.type is str:
            return str(value or "")
        return value if isinstance(value, option.type) else option.default

    def set(self, option: Option, value: Any) -> None:
        self._s.setValue(option.key, value)

    def remember_workspace(self, path: str) -> None:
        recent = [p for p in self.get(RECENT) if p != path]
        self.set(RECENT, [path, *recent][:MAX_RECENT])
        self.set(LAST_WORKSPACE, path)

    def forget_workspace(self, path: str) -> None:
        self.set(RECENT, [p for p in self.get(RECENT) if p != path])
        if self.get(LAST_WORKSPACE) == path:
            self.set(LAST_WORKSPACE, "")

    def sync(self) -> None:
        self._s.sync()
