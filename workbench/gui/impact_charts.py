"""The Wirkung charts, drawn with QPainter (as the Plan/Ist chart is): one indicator's
values over time against its baseline and target, and stacked bars of how many
indicators stand where per Handlungsfeld or success factor. Drawn once for the section
(in the theme's colours) and for pictures in reports (black on white). Meaning is never
in colour alone: every standing has a sign and a pattern, lines are labelled in words.

QPainter rather than QtCharts: QtCharts is not in PySide6-Essentials (an add-on of 20 MB
more), follows neither the theme nor Werkbank's fonts without work, and exposes no data
to screen readers either; the data stands beside every chart as a table anyway."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QWidget

from workbench.formats import format_date, format_number
from workbench.i18n import tr
from workbench.services.impact import Series, Standing, Tally

#: Colours of the standings, light theme and dark theme; each also has a sign and a
#: pattern (BITV: no meaning by colour alone).
COLOURS = {
    Standing.ON_TRACK: ("#2E7D32", "#81C784"),
    Standing.AT_RISK: ("#B26A00", "#FFB74D"),
    Standing.OFF_TRACK: ("#B3261E", "#FF8A80"),
    Standing.NO_TARGET: ("#5F6B7A", "#B0BEC5"),
    Standing.STALE: ("#6D6D6D", "#9E9E9E"),
}
PATTERNS = {
    Standing.ON_TRACK: Qt.BrushStyle.SolidPattern,
    Standing.AT_RISK: Qt.BrushStyle.BDiagPattern,
    Standing.OFF_TRACK: Qt.BrushStyle.DiagCrossPattern,
    Standing.NO_TARGET: Qt.BrushStyle.Dense5Pattern,
    Standing.STALE: Qt.BrushStyle.HorPattern,
}


def colour(standing: Standing, palette: QPalette) -> QColor:
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor(COLOURS[standing][1 if dark else 0])


def paper_palette() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#FFFFFF"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#000000"))
    palette.setColor(QPalette.ColorRole.Mid, QColor("#8A8A8A"))
    return palette


@dataclass(frozen=True)
class _Frame:
    """Where a series is drawn: the plot's rectangle, its days and its values."""

    plot: QRectF
    first: date
    span: int  # days
    low: float
    high: float

    def x(self, day: date) -> float:
        return self.plot.left() + (day - self.first).days / self.span * self.plot.width()

    def y(self, value: float) -> float:
        return self.plot.bottom() - (value - self.low) / (self.high - self.low) * self.plot.height()


def _levels(series: Series) -> list[tuple[float, str, Qt.PenStyle]]:
    """The baseline and the target as labelled lines."""
    return [
        (level, words.format(value=series.number(level)), style)
        for level, words, style in (
            (series.baseline, tr("Ausgangswert {value}"), Qt.PenStyle.DashLine),
            (series.target, tr("Zielwert {value}"), Qt.PenStyle.DashDotLine),
        )
        if level is not None
    ]


def _frame(series: Series, rect: QRectF, metrics: QFontMetricsF) -> _Frame:
    numbers = [v for _, v in series.values]
    numbers += [x for x in (series.baseline, series.target) if x is not None]
    low, high = min(numbers), max(numbers)
    if high == low:
        low, high = low - 1, high + 1
    pad = (high - low) * 0.1
    low, high = low - pad, high + pad
    left = rect.left() + 16 + max(metrics.horizontalAdvance(format_number(x)) for x in (low, high))
    right = max((metrics.horizontalAdvance(t) for _, t, _ in _levels(series)), default=0) + 14
    days = [d for d, _ in series.values]
    first, last = min(days), max(days)
    if (last - first).days < 60:
        first = date.fromordinal(last.toordinal() - 180)
    plot = QRectF(left, rect.top() + 28, rect.right() - left - right, rect.height() - 96)
    return _Frame(plot, first, max(1, (last - first).days), low, high)


def paint_series(painter: QPainter, rect: QRectF, series: Series, palette: QPalette) -> None:
    """Values as a line with points, the baseline and the target as labelled lines, the
    latest value and the standing written out."""
    ink = palette.color(QPalette.ColorRole.Text)
    painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
    font = QFont()
    font.setPixelSize(12)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    painter.setPen(ink)
    painter.drawText(
        QRectF(rect.left() + 8, rect.top() + 4, rect.width() - 16, 18),
        Qt.AlignmentFlag.AlignLeft,
        metrics.elidedText(
            f"{series.code} {series.name}", Qt.TextElideMode.ElideRight, rect.width() - 16
        ),
    )
    if not series.values:
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignCenter,
            tr("Noch kein Messwert – {standing}").format(standing=series.standing.label),
        )
        return
    frame = _frame(series, rect, metrics)
    _paint_axes(painter, rect, frame, ink)
    for level, words, style in _levels(series):
        painter.setPen(QPen(ink, 1.2, style))
        y = frame.y(level)
        painter.drawLine(QPointF(frame.plot.left(), y), QPointF(frame.plot.right(), y))
        painter.drawText(QPointF(frame.plot.right() + 6, y + 4), words)
    _paint_values(painter, frame, series, colour(series.standing, palette), ink, metrics)
    painter.setPen(ink)
    painter.drawText(
        QRectF(rect.left() + 8, rect.bottom() - 22, rect.width() - 16, 18),
        Qt.AlignmentFlag.AlignLeft,
        f"{series.standing.sign} {series.standing.label} · "
        + tr("zuletzt {value}").format(value=series.number(series.values[-1][1]))
        + f" · {series.trend_text()}",
    )


def _paint_axes(painter: QPainter, rect: QRectF, frame: _Frame, ink: QColor) -> None:
    plot = frame.plot
    grid = QColor(ink)
    grid.setAlpha(60)
    painter.setPen(QPen(grid, 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())
    pad = (frame.high - frame.low) / 12
    painter.setPen(ink)
    for value in (frame.low + pad, frame.high - pad):
        painter.drawText(
            QRectF(rect.left() + 4, frame.y(value) - 8, plot.left() - rect.left() - 10, 16),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            format_number(round(value, 1)),
        )
    last = date.fromordinal(frame.first.toordinal() + frame.span)
    for year in range(frame.first.year + 1, last.year + 1):
        x = frame.x(date(year, 1, 1))
        painter.setPen(QPen(grid, 1))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(ink)
        painter.drawText(QPointF(x + 3, plot.bottom() + 16), str(year))


def _paint_values(
    painter: QPainter,
    frame: _Frame,
    series: Series,
    line: QColor,
    ink: QColor,
    metrics: QFontMetricsF,
) -> None:
    """The line through the values, each point with its value, the first and last day."""
    points = [QPointF(frame.x(day), frame.y(value)) for day, value in series.values]
    path = QPainterPath(points[0])
    for point in points[1:]:
        path.lineTo(point)
    painter.setPen(QPen(line, 2.2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.setBrush(line)
    for point in points:
        painter.drawEllipse(point, 3.5, 3.5)
    painter.setPen(ink)
    for n, ((day, value), point) in enumerate(zip(series.values, points, strict=True)):
        text = format_number(value)
        painter.drawText(
            QPointF(point.x() - metrics.horizontalAdvance(text) / 2, point.y() - 8), text
        )
        if n in (0, len(points) - 1):
            when = format_date(day)
            width = metrics.horizontalAdvance(when)
            left = min(max(point.x() - width / 2, frame.plot.left()), frame.plot.right() - width)
            painter.drawText(QPointF(left, frame.plot.bottom() + 32), when)


def paint_tallies(
    painter: QPainter, rect: QRectF, tallies: list[Tally], palette: QPalette, title: str
) -> None:
    """One stacked bar per group; each part with its standing's colour and pattern and,
    where it is wide enough, its count and sign; a legend below."""
    ink = palette.color(QPalette.ColorRole.Text)
    painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
    font = QFont()
    font.setPixelSize(12)
    painter.setFont(font)
    metrics = painter.fontMetrics()
    painter.setPen(ink)
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.drawText(QPointF(rect.left() + 8, rect.top() + 16), title)
    painter.setFont(font)
    if not tallies:
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, tr("Keine Indikatoren."))
        return
    label_w = min(rect.width() * 0.45, max(metrics.horizontalAdvance(t.name) for t in tallies) + 16)
    most = max(t.total for t in tallies) or 1
    bar_w = rect.width() - label_w - 60
    row = 24.0
    y = rect.top() + 28
    for tally in tallies:
        painter.setPen(ink)
        painter.drawText(
            QRectF(rect.left() + 8, y, label_w - 12, row - 4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(tally.name, Qt.TextElideMode.ElideRight, int(label_w - 12)),
        )
        x = rect.left() + label_w
        for standing in Standing:
            count = tally.counts.get(standing, 0)
            if not count:
                continue
            width = bar_w * count / most
            part = QRectF(x, y + 2, width, row - 8)
            _fill(painter, part, standing, palette)
            if width >= metrics.horizontalAdvance(f"{count} {standing.sign}") + 6:
                _label(painter, part, f"{count} {standing.sign}", standing, palette)
            x += width
        painter.setPen(ink)
        painter.drawText(
            QRectF(x + 6, y, 50, row - 4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            str(tally.total),
        )
        y += row
    _legend(painter, rect, y + 6, ink, palette)


def _legend(painter: QPainter, rect: QRectF, y: float, ink: QColor, palette: QPalette) -> None:
    """Each standing's colour, pattern, sign and name, wrapping at the chart's right edge."""
    metrics = painter.fontMetrics()
    legend_x = rect.left() + 8
    for standing in Standing:
        text = f"{standing.sign} {standing.label}"
        width = 22 + metrics.horizontalAdvance(text) + 14
        if legend_x + width > rect.right():
            legend_x, y = rect.left() + 8, y + 18
        _fill(painter, QRectF(legend_x, y + 2, 16, 11), standing, palette)
        painter.setPen(ink)
        painter.drawText(QPointF(legend_x + 20, y + 12), text)
        legend_x += width


def tallies_height(tallies: list[Tally]) -> int:
    return int(28 + 24 * max(1, len(tallies)) + 48)


def _fill(painter: QPainter, part: QRectF, standing: Standing, palette: QPalette) -> None:
    base = colour(standing, palette)
    painter.setPen(QPen(base.darker(140), 1))
    light = QColor(base)
    light.setAlpha(110)
    painter.setBrush(light)
    painter.drawRect(part)
    painter.setBrush(QBrush(base, PATTERNS[standing]))
    painter.drawRect(part)


def _label(
    painter: QPainter, part: QRectF, text: str, standing: Standing, palette: QPalette
) -> None:
    """The count on its part, on a plate of the background so that it stays legible on
    any pattern (contrast is measured against the plate)."""
    metrics = painter.fontMetrics()
    plate = QRectF(0, 0, metrics.horizontalAdvance(text) + 6, metrics.height())
    plate.moveCenter(part.center())
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(palette.color(QPalette.ColorRole.Base))
    painter.drawRoundedRect(plate, 3, 3)
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    painter.drawText(plate, Qt.AlignmentFlag.AlignCenter, text)


def picture(width: int, height: int, paint: object) -> QImage:
    """A chart drawn on white at twice the size (sharp when printed)."""
    image = QImage(width * 2, height * 2, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.scale(2, 2)
    paint(painter, QRectF(0, 0, width, height))  # type: ignore[operator]
    painter.end()
    return image


class SeriesChart(QWidget):
    """One indicator's chart in the section; a screen reader hears its sentence."""

    def __init__(self) -> None:
        super().__init__()
        self.series: Series | None = None
        self.setMinimumHeight(240)
        self.setAccessibleName(tr("Verlauf des gewählten Indikators"))

    def show_series(self, series: Series | None) -> None:
        self.series = series
        self.setAccessibleDescription(series.describe() if series else "")
        self.update()

    def paintEvent(self, _event: object) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        if self.series is None:
            painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                tr("Einen Indikator in der Tabelle wählen."),
            )
            return
        paint_series(painter, QRectF(self.rect()), self.series, self.palette())


class TallyChart(QWidget):
    """Stacked bars per Handlungsfeld or success factor in the section."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title
        self.tallies: list[Tally] = []
        self.setAccessibleName(title)

    def show_tallies(self, tallies: list[Tally]) -> None:
        self.tallies = tallies
        self.setMinimumHeight(tallies_height(tallies))
        self.setAccessibleDescription("; ".join(t.describe() for t in tallies))
        self.update()

    def paintEvent(self, _event: object) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        paint_tallies(painter, QRectF(self.rect()), self.tallies, self.palette(), self.title)


#: The pictures' sizes (units of the drawing, drawn at twice that): placed across a page's
#: text (16 cm ≈ 450 pt) a unit is 0.75 pt, so the 12-unit type prints at 9 pt.
OVERVIEW_WIDTH, SERIES_SIZE = 600, (600, 260)


def render_pictures(data: object, folder: Path) -> dict[str, Path]:
    """The dashboard's pictures on white: the two overviews (keys of
    services.impact_report) and one chart per indicator with values (by its id)."""
    from workbench.services.impact import Impact
    from workbench.services.impact_report import BY_FACTOR, BY_FIELD

    assert isinstance(data, Impact)
    palette = paper_palette()
    written: dict[str, Path] = {}
    for key, title, tallies in (
        (BY_FIELD, tr("Indikatoren je Handlungsfeld"), data.by_field),
        (BY_FACTOR, tr("Indikatoren je Erfolgsfaktor"), data.by_factor),
    ):
        image = picture(
            OVERVIEW_WIDTH,
            tallies_height(tallies),
            lambda p, r, t=tallies, n=title: paint_tallies(p, r, t, palette, n),
        )
        written[key] = _save(image, folder / f"{key}.png")
    for series in data.series:
        if not series.values:
            continue
        image = picture(*SERIES_SIZE, lambda p, r, s=series: paint_series(p, r, s, palette))
        written[series.id] = _save(image, folder / f"{series.id}.png")
    return written


def _save(image: QImage, path: Path) -> Path:
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]
        raise OSError(tr("Das Bild ließ sich nicht nach „{path}“ schreiben.").format(path=path))
    return path


def main(argv: list[str]) -> int:
    """``--render-impact WORKSPACE FOLDER [--only IDS-FILE] [--pdf OUT.pdf]``: the
    dashboard's pictures, one per line (key TAB path), for the command line's documents;
    with --pdf also the Wirkung document as PDF, printed from the same parts."""
    import argparse
    import sys

    from PySide6.QtWidgets import QApplication

    from workbench.services.impact import impact
    from workbench.services.workspaces import open_workspace, read

    parser = argparse.ArgumentParser(prog="--render-impact", add_help=False)
    parser.add_argument("workspace")
    parser.add_argument("folder")
    parser.add_argument("--only")
    parser.add_argument("--pdf")
    parser.add_argument("--scope", default="")
    try:
        args = parser.parse_args(argv)
    except SystemExit:
        print(
            tr("Aufruf: --render-impact ARBEITSMAPPE ZIELORDNER [--only DATEI] [--pdf DATEI]"),
            file=sys.stderr,
        )
        return 2
    only = set(Path(args.only).read_text(encoding="utf-8").split()) if args.only else None
    app = QApplication.instance() or QApplication([])
    ws = open_workspace(Path(args.workspace))
    try:
        data = read(ws, impact, only)
    finally:
        ws.close()
    pictures = render_pictures(data, Path(args.folder))
    if args.pdf:
        from workbench.gui.printing import write_pictured_pdf
        from workbench.services.impact_report import dashboard

        write_pictured_pdf(
            tr("Wirkung der Maßnahmen"), args.scope, dashboard(data, pictures), Path(args.pdf)
        )
    for key, path in pictures.items():
        print(f"{key}\t{path}")
    del app
    return 0
