"""Write Werkbank's interface icons as SVG files from the Phosphor icon font (MIT licence).

The icons are committed in ``resources/icons/ui/`` with Phosphor's licence beside them;
this tool is only run to add or change one. It needs fontTools and the Phosphor 1.3.0
font, which the qtawesome wheel carries::

    python -m venv /tmp/iconvenv && /tmp/iconvenv/bin/pip install fonttools
    pip download qtawesome==1.4.2 --no-deps -d /tmp/qta
    (cd /tmp/qta && unzip -o qtawesome-*.whl 'qtawesome/fonts/phosphor*')
    /tmp/iconvenv/bin/python tools/make_ui_icons.py /tmp/qta/qtawesome/fonts

Each SVG is one black path in a square of the font's em; Werkbank tints it with the
theme's text colour when it draws it (gui/icons.py), so no colour is fixed here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

#: Werkbank's name for an icon → the Phosphor glyph (regular weight) that shows it.
ICONS = {
    "strategy": "target",
    "measures": "check-square-offset",
    "workshops": "users-three",
    "funding": "bank",
    "sync": "arrows-clockwise",
    "new": "plus",
    "delete": "trash",
    "undo": "arrow-counter-clockwise",
    "redo": "arrow-clockwise",
    "export": "file-arrow-down",
    "import": "file-arrow-up",
    "print": "printer",
    "open": "folder-open",
    "new-workspace": "file-plus",
    "save-copy": "floppy-disk",
    "bin": "recycle",
    "manual": "question",
    "shortcuts": "keyboard",
    "about": "info",
    "log": "file-text",
    "quit": "sign-out",
    "search": "magnifying-glass",
    "reset-filter": "funnel",
    "present": "presentation",
    "warning": "warning",
    "share": "share-network",
    "server": "cloud",
    "caret-down": "caret-down",
    "roadmap": "chart-bar-horizontal",
    "impact": "chart-line-up",
}


def main(font_dir: str) -> int:
    from fontTools.pens.svgPathPen import SVGPathPen
    from fontTools.ttLib import TTFont

    fonts = Path(font_dir)
    font = TTFont(next(fonts.glob("phosphor-*.ttf")))
    charmap = json.loads(next(fonts.glob("phosphor-charmap-*.json")).read_text())
    em = font["head"].unitsPerEm
    ascent = font["hhea"].ascent
    names = font.getBestCmap()
    glyphs = font.getGlyphSet()
    out = Path(__file__).resolve().parent.parent / "resources" / "icons" / "ui"
    out.mkdir(parents=True, exist_ok=True)
    for ours, theirs in sorted(ICONS.items()):
        code = int(charmap[theirs], 16)
        pen = SVGPathPen(glyphs)
        glyphs[names[code]].draw(pen)
        svg = (
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {em} {em}">'
            f"<!-- Phosphor Icons „{theirs}“, MIT licence (LICENSE-phosphor.txt) -->"
            f'<path transform="matrix(1 0 0 -1 0 {ascent})" d="{pen.getCommands()}"/></svg>\n'
        )
        (out / f"{ours}.svg").write_text(svg, encoding="utf-8")
    print(f"{len(ICONS)} icons in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/qta/qtawesome/fonts"))
