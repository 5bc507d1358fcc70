"""Facilitator tools around the canvas: countdown timer, presentation window, export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QMarginsF, QObject, QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QKeyEvent,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QScreen,
)
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workbench.formats import format_date
from workbench.gui.canvas_items import ViewLook
from workbench.gui.canvas_view import CanvasScene, CanvasView
from workbench.i18n import tr


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
        text = self.timer.text() + ("  (angehalten)" if paused else "")
        self.setText(
            tr("Zeit {text}").format(text=text)
        )  # words: a clock glyph is missing from common fonts
        self.setAccessibleDescription(tr("Verbleibende Zeit: {text}").format(text=text))
        border = "#C0392B" if over else "#1A1A1A"
        self.setStyleSheet(
            f"QLabel {{ background: #FFFFFF; color: #1A1A1A; border: 6px solid {border};"
            " border-radius: 10px; padding: 6px 18px; }"
        )
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()


class PresentationWindow(QWidget):
    """The canvas full screen on the projector: no tool bars, large type; Esc returns."""

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

    def set_high_contrast(self, on: bool) -> None:
        self.view.look.high_contrast = on
        self.view.viewport().update()

    def show_on(self, screen: QScreen | None) -> None:
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.view.fit_all()
        self.view.setFocus()

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


PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3}
PRINT_DPI = 300


def _render_page(
    scene: CanvasScene, painter: QPainter, page: QRectF, title: str, subtitle: str, dpi: int
) -> None:
    """Title line, the whole canvas scaled into the page, and a footer; no selection marks."""
    mm = dpi / 25.4
    margin = 10 * mm
    painter.fillRect(page, QColor("#FFFFFF"))
    body = page.adjusted(margin, margin, -margin, -margin)
    font = QFont()
    font.setPixelSize(int(6 * mm))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#1A1A1A"))
    head = QRectF(body.left(), body.top(), body.width(), 9 * mm)
    painter.drawText(head, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    small = QFont()
    small.setPixelSize(int(3.5 * mm))
    painter.setFont(small)
    painter.drawText(head, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, subtitle)
    data = scene.data
    source = QRectF(0, 0, data.width, data.height) if data else scene.itemsBoundingRect()
    source = source.united(scene.itemsBoundingRect())
    target = QRectF(body.left(), head.bottom() + 3 * mm, body.width(), body.height() - 12 * mm)
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


def export_pdf(scene: CanvasScene, path: Path, paper: str, title: str) -> None:
    """The canvas on one A4/A3 landscape PDF page (vector text, 300 dpi resolution)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(PRINT_DPI)
    writer.setTitle(title)
    writer.setCreator(tr("Werkbank"))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES[paper]), QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0)
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(tr("Die PDF-Datei „{path}“ ließ sich nicht anlegen.").format(path=path))
    page = QRectF(writer.pageLayout().paintRectPixels(PRINT_DPI))
    _render_page(scene, painter, page, title, _subtitle(paper), PRINT_DPI)
    painter.end()


def _subtitle(paper: str) -> str:
    return tr("Werkbank · {value} · {paper} quer").format(
        value=format_date(date.today()), paper=paper
    )
