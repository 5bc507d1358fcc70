"""Developer tool: render resources/icons/werkbank.svg to the PNG sizes desktops want,
and to werkbank.ico for Windows.

Usage: QT_QPA_PLATFORM=offscreen python tools/make_icons.py
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> None:
    app = QGuiApplication([])
    renderer = QSvgRenderer(str(ICONS / "werkbank.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"werkbank-{size}.png"))
        if size == 256:
            image.save(str(ICONS / "werkbank.ico"))
    del app
    print(ICONS)


if __name__ == "__main__":
    main()
