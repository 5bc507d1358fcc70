"""Coloured labels for statuses, phases and priorities: a tinted pill with its text.

The colour helps the eye find „pausiert“ or „hoch“ in a long table; the meaning is the
text, which is always drawn (WCAG 1.4.1, no meaning by colour alone). The pill's fill is
the theme's base colour tinted towards the hue, so the text keeps the theme's text
colour and its contrast (≥ 4.5:1 in the light, dark and high-contrast themes; measured in
tests/gui/test_labels.py).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from workbench.model.enums import MeasureStatus, Priority

#: The model answers this role with the hue of a cell's label (None: plain text).
HUE_ROLE = Qt.ItemDataRole.UserRole + 40

STATUS_HUES = {
    MeasureStatus.PLANNED: "#3B82F6",
    MeasureStatus.ACTIVE: "#16A34A",
    MeasureStatus.PAUSED: "#D97706",
    MeasureStatus.DONE: "#6B7280",
    MeasureStatus.STOPPED: "#DC2626",
}
PRIORITY_HUES = {Priority.HIGH: "#DC2626", Priority.MEDIUM: "#D97706", Priority.LOW: "#6B7280"}
#: Phases 1–5 of the five-phase process, from first idea to scaling.
PHASE_HUES = ("#8B5CF6", "#3B82F6", "#0EA5E9", "#14B8A6", "#16A34A")


def phase_hue(number: int | None) -> str | None:
    return PHASE_HUES[(number - 1) % len(PHASE_HUES)] if number else None


def tint(base: QColor, hue: QColor, share: float) -> QColor:
    """*base* moved *share* of the way towards *hue*."""
    return QColor.fromRgbF(
        base.redF() + (hue.redF() - base.redF()) * share,
        base.greenF() + (hue.greenF() - base.greenF()) * share,
        base.blueF() + (hue.blueF() - base.blueF()) * share,
    )


def pill_colours(palette: QPalette, hue: str) -> tuple[QColor, QColor, QColor]:
    """Fill, border and text colour of a label of *hue* in *palette*."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    colour = QColor(hue)
    dark = base.lightnessF() < 0.5
    fill = tint(base, colour, 0.35 if dark else 0.18)
    border = tint(base, colour, 0.9 if dark else 0.75)
    return fill, border, text


#: What a label adds to its text's width: its padding and the gap to the cell's border.
LABEL_PADDING = 20


class LabelDelegate(QStyledItemDelegate):
    """Draws a cell whose model gives a hue as a coloured label with its text."""

    def sizeHint(  # noqa: N802 (Qt's name)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + LABEL_PADDING, size.height()) if index.data(HUE_ROLE) else size

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        hue = index.data(HUE_ROLE)
        if not hue:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is None:
            super().paint(painter, option, index)
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        fill, border, colour = pill_colours(opt.palette, hue)
        metrics = opt.fontMetrics
        rect = QRectF(opt.rect).adjusted(3, 2, -3, -2)
        width = min(rect.width(), metrics.horizontalAdvance(text) + 14)
        pill = QRectF(rect.left(), rect.top(), width, rect.height())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(border)
        painter.setBrush(fill)
        radius = min(8.0, pill.height() / 2)
        painter.drawRoundedRect(pill.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        painter.setPen(colour)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(pill.width()) - 12)
        painter.drawText(pill.adjusted(7, 0, -5, 0), Qt.AlignmentFlag.AlignVCenter, shown)
        painter.restore()
