"""The window's sections, once: a key that stays when sections move (settings and the
export dialog remember by it), the name the navigation shows and the section's icon."""

from __future__ import annotations

from dataclasses import dataclass

from workbench.i18n import tr


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    icon: str  # a file in resources/icons/ui (gui/icons.py); its name is the key too


SECTIONS = (
    Section("strategy", tr("Strategie"), "strategy"),
    Section("measures", tr("Maßnahmen"), "measures"),
    Section("workshops", tr("Workshops"), "workshops"),
    Section("funding", tr("Förderung"), "funding"),
    Section("sync", tr("Synchronisation"), "sync"),
    Section("roadmap", tr("Zeitplan"), "roadmap"),
    Section("impact", tr("Wirkung"), "impact"),
)
KEYS = [s.key for s in SECTIONS]


def index_of(key: str, default: int = 1) -> int:
    """The place of the section *key* in the navigation; *default* for an unknown key."""
    return KEYS.index(key) if key in KEYS else default
