"""Facilitator tools around the canvas: countdown timer, presentation window, export."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QImage,
    QKeyEvent,
    QPageSize,
    QPainter,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workbench.formats import format_date
from workbench.gui.canvas_colours import LIGHT as PAPER  # exports and prints
from workbench.gui.canvas_items import NOTE_FONT_PX, NoteItem, ViewLook
from workbench.gui.canvas_view import CanvasScene, CanvasView
from workbench.gui.forms import announce
from workbench.i18n import tr
from workbench.services.canvas import NOTE_MIN_HEIGHT, NOTE_WIDTH


class CountdownTimer(QObject):
    """A countdown for a workshop step; every view that shows it listens to ``ticked``."""

    ticked = Signal(int)  # seconds left
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.total = 5 * 60
        self.remaining = self.total
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def set_minutes(self, minutes: int) -> None:
        self.total = max(1, minutes) * 60
        if not self.running:
            self.remaining = self.total
            self.ticked.emit(self.remaining)

    def start(self) -> None:
        if self.remaining <= 0:
            self.remaining = self.total
        self._timer.start()
        self.ticked.emit(self.remaining)

    def pause(self) -> None:
        self._timer.stop()
        self.ticked.emit(self.remaining)

    def reset(self) -> None:
        self._timer.stop()
        self.remaining = self.total
        self.ticked.emit(self.remaining)

    def _tick(self) -> None:
        self.remaining = max(0, self.remaining - 1)
        self.ticked.emit(self.remaining)
        if self.remaining == 0:
            self._timer.stop()
            self.finished.emit()

    def text(self) -> str:
        if self.remaining == 0:
            return tr("Zeit ist um")
        minutes, seconds = divmod(self.remaining, 60)
        return f"{minutes:02d}:{seconds:02d}"


class TimerOverlay(QLabel):
    """The countdown drawn large over a view's bottom-right corner, readable from the back
    row, clear of the zones' guiding questions at their tops."""

    def __init__(self, timer: CountdownTimer, view: CanvasView, point_size: int = 40) -> None:
        super().__init__(view)
        self.timer = timer
        self.view = view
        self.point_size = point_size
        self.setAccessibleName(tr("Countdown"))
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        timer.ticked.connect(self._show)
        view.installEventFilter(self)  # stays in its corner when the view changes size
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        # bottom right: the zones' guiding questions stand at their tops
        self.move(self.view.width() - self.width() - 24, self.view.height() - self.height() - 24)

    def _show(self, _remaining: int) -> None:
        if not self.timer.running and self.timer.remaining == self.timer.total:
            self.hide()  # reset: nothing to show
            return
        over = self.timer.remaining == 0
        paused = not self.timer.running and not over
        font = QFont()
        font.setPointSize(self.point_size)
        font.setBold(True)
        self.setFont(font)
        text = self.timer.text() + (tr("  (angehalten)") if paused else "")
        self.setText(
            tr("Zeit {text}").format(text=text)
        )  # words: a clock glyph is missing from common fonts
        self.setAccessibleDescription(tr("Verbleibende Zeit: {text}").format(text=text))
        colours = self.view.look.colours  # the look of the view it stands on
        border = colours.alarm if over else colours.overlay_text
        self.setStyleSheet(
            f"QLabel {{ background: {colours.overlay.name()}; "
            f"color: {colours.overlay_text.name()}; border: 6px solid {border.name()};"
            " border-radius: 10px; padding: 6px 18px; }"
        )
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()


#: Note text on the projected picture, in pixels of a 1080-line screen: what the back of a
#: room still reads (a larger screen asks for proportionally more pixels).
READING_PX = 28.0
#: Height of a zone's title and guiding question in scene units (its page starts there).
ZONE_HEADER = 240.0


@dataclass(frozen=True)
class Page:
    """One picture of the presentation: a part of the canvas and what to call it."""

    rect: QRectF
    title: str


def reading_pages(
    areas: list[tuple[QRectF, str, float]], viewport: QSizeF, reading_px: float
) -> list[Page]:
    """The pages that show every area – (rect, title, smallest note font in scene px) – with
    its note text at least *reading_px* on the projected picture: an area that fits the
    screen at that size is one page, fitted; a larger one is shown in overlapping pieces,
    row by row, so that every note stands whole on at least one of them."""
    pages: list[Page] = []
    for rect, title, font_px in areas:
        zoom = reading_px / font_px
        width, height = viewport.width() / zoom, viewport.height() / zoom
        if rect.width() <= width and rect.height() <= height:
            pages.append(Page(rect, title))
            continue
        # pieces overlap by a note's size so that no note is only ever seen cut
        step_x, step_y = max(1.0, width - NOTE_WIDTH - 40), max(1.0, height - NOTE_MIN_HEIGHT - 80)
        columns = 1 + max(0, math.ceil((rect.width() - width) / step_x))
        rows = 1 + max(0, math.ceil((rect.height() - height) / step_y))
        total = columns * rows
        for row in range(rows):
            for column in range(columns):
                left = rect.left() + (
                    (rect.width() - width) * column / (columns - 1) if columns > 1 else 0
                )
                top = rect.top() + ((rect.height() - height) * row / (rows - 1) if rows > 1 else 0)
                piece = QRectF(left, top, min(width, rect.width()), min(height, rect.height()))
                number = row * columns + column + 1
                pages.append(
                    Page(
                        piece,
                        tr("{title} ({number}/{total})").format(
                            title=title, number=number, total=total
                        ),
                    )
                )
    return pages


class PresentationWindow(QWidget):
    """The canvas full screen on the projector: no tool bars, large type; Esc returns.

    It starts with the first zone at reading size (note text at least READING_PX on the
    projected picture; at the whole canvas's fitted zoom it was 17–19 px) and pages on
    zone by zone with Bild↓, Leertaste or →; Pos1 shows the whole canvas, Ende the last page.
    """

    closed = Signal()

    def __init__(
        self, scene: CanvasScene, timer: CountdownTimer, title: str, high_contrast: bool = False
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(tr("Präsentation – {title}").format(title=title))
        self.setAccessibleName(tr("Präsentation"))
        self.view = CanvasView(
            scene, self, ViewLook(high_contrast=high_contrast, large_type=True, presenting=True)
        )
        self.view.setAccessibleName(tr("Leinwand (Präsentation)"))
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setFrameShape(CanvasView.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.timer_overlay = TimerOverlay(timer, self.view, point_size=64)
        timer.ticked.emit(timer.remaining)
        self.page_label = QLabel(self.view)
        self.page_label.setAccessibleName(tr("Seite der Präsentation"))
        self.page_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        font = QFont()
        font.setPixelSize(26)
        self.page_label.setFont(font)
        colours = self.view.look.colours
        self.page_label.setStyleSheet(
            f"QLabel {{ background: {colours.overlay.name()}; color: "
            f"{colours.overlay_text.name()}; border: 2px solid {colours.overlay_text.name()};"
            " border-radius: 6px; padding: 4px 12px; }"
        )
        self.pages: list[Page] = []
        self.page = -1  # -1: the whole canvas
        self.view.installEventFilter(self)  # paging keys before the view's own

    def reading_px(self) -> float:
        """READING_PX scaled to the screen's height (28 px at 1080 lines)."""
        return READING_PX * max(1.0, self.view.viewport().height() / 1080)

    def build_pages(self) -> None:
        scene = self.view.canvas_scene
        data = scene.data
        if data is None:
            self.pages = []
            return
        by_zone: dict[str | None, list[NoteItem]] = {}
        for item in scene.notes.values():
            by_zone.setdefault(item.data.zone_id if item.data else None, []).append(item)
        # one reading zoom for the whole presentation, set by its smallest note text: a
        # neighbouring zone's note seen at a page's edge is as readable as the page's own
        font_px = float(
            min((n.text_font.pixelSize() for n in scene.notes.values()), default=NOTE_FONT_PX)
        )

        def around(rect: QRectF, notes: list[NoteItem]) -> QRectF:
            for note in notes:
                rect = rect.united(note.sceneBoundingRect())
            return rect.adjusted(-12, -12, 12, 12)

        areas = [  # a zone's title and question, and its notes: a tall zone's empty
            # bottom is not a page of its own
            (
                around(
                    QRectF(zone.x, zone.y, zone.width, min(zone.height, ZONE_HEADER)),
                    by_zone.get(zone.id, []),
                ),
                zone.title,
                font_px,
            )
            for zone in data.zones
        ]
        loose = by_zone.get(None, [])
        if loose:
            areas.append((around(QRectF(), loose), tr("Außerhalb der Zonen"), font_px))
        self.pages = reading_pages(areas, QSizeF(self.view.viewport().size()), self.reading_px())

    def show_page(self, index: int) -> None:
        """Page *index* (−1: the whole canvas, fitted) full screen; the room is told where."""
        if not self.pages:
            self.build_pages()
        index = max(-1, min(index, len(self.pages) - 1))
        self.page = index
        if index < 0:
            self.view.fit_all()
            text = tr("Ganze Leinwand · Bild↓: Zone für Zone in Lesegröße")
        else:
            page = self.pages[index]
            self.view.show_area(page.rect)
            text = tr("{title} · Seite {number} von {total}").format(
                title=page.title, number=index + 1, total=len(self.pages)
            )
        self.page_label.setText(text)
        self.page_label.adjustSize()
        self.page_label.move(24, self.view.height() - self.page_label.height() - 24)
        self.page_label.show()
        self.page_label.raise_()
        self.view.setAccessibleDescription(text)
        announce(self.view, text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            step = PAGE_KEYS.get(key)
            if step is not None:
                if isinstance(step, int):
                    self.show_page(self.page + step)
                else:
                    self.show_page(-1 if step == "home" else len(self.pages) - 1)
                return True
        return False

    def set_high_contrast(self, on: bool) -> None:
        self.view.look.high_contrast = on
        self.view.viewport().update()

    def show_on(self, screen: QScreen | None) -> None:
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.build_pages()
        self.show_page(0 if self.pages else -1)
        self.view.setFocus()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.page >= 0:  # the same place at the new size (full screen arrives late)
            title = self.pages[self.page].title if self.page < len(self.pages) else ""
            self.build_pages()
            same = next((i for i, p in enumerate(self.pages) if p.title == title), self.page)
            self.show_page(same)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.close()
            return
        if event.key() == Qt.Key.Key_K:  # Kontrast
            self.set_high_contrast(not self.view.look.high_contrast)
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: object) -> None:
        self.closed.emit()
        super().closeEvent(event)  # type: ignore[arg-type]


#: Keys that page through the presentation: a step, or the first or last picture.
PAGE_KEYS: dict[int, int | str] = {
    Qt.Key.Key_PageDown: 1,
    Qt.Key.Key_Space: 1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_PageUp: -1,
    Qt.Key.Key_Backspace: -1,
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Home: "home",
    Qt.Key.Key_End: "end",
}

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3}
PRINT_DPI = 300


def _render_page(
    scene: CanvasScene, painter: QPainter, page: QRectF, title: str, subtitle: str, dpi: int
) -> None:
    """Title line, the whole canvas scaled into the page, and a footer; no selection marks."""
    mm = dpi / 25.4
    margin = 10 * mm
    painter.fillRect(page, PAPER.board)
    body = page.adjusted(margin, margin, -margin, -margin)
    font = QFont()
    font.setPixelSize(int(6 * mm))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(PAPER.zone_title)
    head = QRectF(body.left(), body.top(), body.width(), 9 * mm)
    painter.drawText(head, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    small = QFont()
    small.setPixelSize(int(3.5 * mm))
    painter.setFont(small)
    painter.drawText(head, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, subtitle)
    target = QRectF(body.left(), head.bottom() + 3 * mm, body.width(), body.height() - 12 * mm)
    render_whole(scene, painter, target)


def render_whole(scene: CanvasScene, painter: QPainter, target: QRectF) -> None:
    """The whole canvas (its board and anything beyond it) scaled into *target*, without
    selection marks: as a picture for paper or a document."""
    data = scene.data
    source = QRectF(0, 0, data.width, data.height) if data else scene.itemsBoundingRect()
    source = source.united(scene.itemsBoundingRect())
    selected = scene.selectedItems()
    for item in selected:
        item.setSelected(False)
    try:
        scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        for item in selected:
            item.setSelected(True)


def export_png(scene: CanvasScene, path: Path, paper: str, title: str) -> QSizeF:
    """The canvas on an A4/A3 landscape page at 300 dpi as PNG; returns the pixel size."""
    mm = QPageSize(PAGE_SIZES[paper]).size(QPageSize.Unit.Millimeter)
    width, height = (round(v / 25.4 * PRINT_DPI) for v in (mm.height(), mm.width()))  # landscape
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(PRINT_DPI / 0.0254))
    image.setDotsPerMeterY(round(PRINT_DPI / 0.0254))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    _render_page(scene, painter, QRectF(image.rect()), title, _subtitle(paper), PRINT_DPI)
    painter.end()
    # the stubs want bytes for the format, the binding takes a str
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]
        raise OSError(tr("Das Bild ließ sich nicht nach „{path}“ schreiben.").format(path=path))
    return QSizeF(image.width(), image.height())


def _subtitle(paper: str) -> str:
    return tr("Werkbank · {value} · {paper} quer").format(
        value=format_date(date.today()), paper=paper
    )
