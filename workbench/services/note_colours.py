"""The colours a note can have: its name → fill and German label (the templates and the
canvas both name them; kept below both)."""

from __future__ import annotations

from workbench.i18n import tr

NOTE_COLORS: dict[str, tuple[str, str]] = {
    "yellow": ("#FFE98A", tr("Gelb")),
    "orange": ("#FFC98A", tr("Orange")),
    "pink": ("#F9B8D3", tr("Rosa")),
    "green": ("#B5E8A8", tr("Grün")),
    "blue": ("#A9D2F7", tr("Blau")),
    "purple": ("#D4C2F7", tr("Lila")),
    "white": ("#FFFFFF", tr("Weiß")),
    "grey": ("#DADADA", tr("Grau")),
}
