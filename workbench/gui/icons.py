"""Werkbank's one icon set: Phosphor Icons (MIT), shipped as SVG in ``resources/icons/ui``.

An icon is drawn in the theme's text colour when it is painted – the light, the dark and
the high-contrast theme each get icons that contrast with their background – in the
disabled text colour when its action is disabled, and in the highlighted text colour on a
selected row. An icon never carries meaning alone: every action and section keeps its
text beside it (tool buttons show text and icon).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from workbench.resources import resource_path


def _colour(mode: QIcon.Mode) -> QColor:
    palette = QApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


class _TintedSvg(QIconEngine):
    """Renders the black SVG through Qt's own SVG icon engine and colours it."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.source = QIcon(str(resource_path("icons", "ui", f"{name}.svg")))
        self.cache: dict[tuple[int, int, int], QPixmap] = {}

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        colour = _colour(mode)
        key = (size.width(), size.height(), colour.rgba())
        pixmap = self.cache.get(key)
        if pixmap is None:
            pixmap = self.source.pixmap(size)
            painter = QPainter(pixmap)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
            painter.fillRect(pixmap.rect(), colour)
            painter.end()
            self.cache[key] = pixmap
        return pixmap

    def scaledPixmap(  # noqa: N802 (Qt's name)
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = self.pixmap(size * scale, mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        pixmap = self.pixmap(rect.size() * scale, mode, state)
        painter.drawPixmap(rect, pixmap)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:  # noqa: N802
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        return _TintedSvg(self.name)

    def key(self) -> str:
        return "werkbank-tinted-svg"

    def iconName(self) -> str:  # noqa: N802 (Qt's name)
        return self.name


@cache
def icon(name: str) -> QIcon:
    """The icon *name* (a file in resources/icons/ui without .svg) in the theme's colours."""
    return QIcon(_TintedSvg(name))
