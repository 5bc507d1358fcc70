"""The Zeitplan on paper: PDF (vector) or PNG pages, A4 or A3 landscape, drawn by the
section's own painter (gui/roadmap_paint.py). Every page has a heading, the time axis,
the names of its lanes (a lane that goes on from the page before is named again,
„Fortsetzung“) and a legend; no type is under 8 pt.

The command line has no Qt; ``workbench export zeitplan`` runs
``python -m workbench --render-roadmap …`` offscreen (cli/render.py)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
)

from workbench.formats import format_date
from workbench.gui.labels import tint
from workbench.gui.roadmap_paint import (
    AXIS,
    BAR_COLOUR,
    BASELINE_COLOUR,
    LABEL_WIDTH,
    PROBLEM_COLOUR,
    ROW,
    PlanPicture,
    Row,
)
from workbench.i18n import tr
from workbench.services.roadmap import GROUPINGS, Bar, Roadmap

#: Scene units (the section's pixels) to points: its 13 px text prints at 9.1 pt; the
#: heading's line and the legend are 9 pt (the painter counts in points on either paper).
SCALE = 0.7
MARGIN = 28.0  # points
HEAD = 34.0  # the page's heading (points)
LEGEND = 30.0  # the legend under the plan (points)
#: Landscape papers (mm); „Bericht“ is the text area of a landscape page of the reports
#: (A4 less 2.5 cm margins and room for the caption): printed there at its size.
PAPERS_MM = {"A4": (297.0, 210.0), "A3": (420.0, 297.0), "Bericht": (247.0, 150.0)}
PNG_DPI = 150


@dataclass(frozen=True)
class PrintChoice:
    """What a printout shows: its paper, the period on the axis, the heading's words."""

    paper: str = "A4"
    start: date | None = None
    end: date | None = None
    title: str = ""


def print_palette() -> QPalette:
    """Black on white, whatever the window's theme: paper is white."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Base, "#FFFFFF"),
        (QPalette.ColorRole.Window, "#F2F2F2"),
        (QPalette.ColorRole.Text, "#000000"),
        (QPalette.ColorRole.WindowText, "#000000"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def page_size(paper: str) -> QPageSize:
    """The paper in portrait (Qt turns it for a landscape layout)."""
    if paper == "A4":
        return QPageSize(QPageSize.PageSizeId.A4)
    if paper == "A3":
        return QPageSize(QPageSize.PageSizeId.A3)
    wide, high = PAPERS_MM[paper]
    return QPageSize(QSizeF(high, wide), QPageSize.Unit.Millimeter, paper)


def page_size_pt(paper: str) -> QSizeF:
    size = page_size(paper).size(QPageSize.Unit.Point)
    return QSizeF(size.height(), size.width())  # landscape


class RoadmapPrintout:
    """The pages of *plan* on *choice*'s paper."""

    def __init__(self, plan: Roadmap, choice: PrintChoice, grouping: str) -> None:
        self.plan, self.choice, self.grouping = plan, choice, grouping
        self.compared = any(bar.planned is not None for bar in plan.bars())
        self.start = choice.start or plan.first
        self.end = choice.end or plan.last
        if self.end <= self.start:
            self.end = self.start + timedelta(days=30)
        page = page_size_pt(choice.paper)
        self.page = page
        self.width = (page.width() - 2 * MARGIN) / SCALE  # scene units across the plan
        self.height = (page.height() - 2 * MARGIN - HEAD - LEGEND) / SCALE
        span = (self.end - self.start).days + 1
        self.px_per_day = (self.width - LABEL_WIDTH) / span
        self.rows_per_page = max(2, int((self.height - AXIS) // ROW))
        self.pages = list(self._paginate()) or [[]]

    def _shown(self, bar: Bar) -> bool:
        """A bar in the period (its dates, its milestones or its baseline touch it)."""
        days = [d for d in (bar.start, bar.end) if d] + [m.due for m in bar.milestones]
        if bar.planned is not None:
            days += [d for d in (bar.planned.start, bar.planned.end) if d]
        if not days:
            return True  # listed by name: the table says it has no period
        return min(days) <= self.end and max(days) >= self.start

    def _paginate(self) -> Iterator[list[Row]]:
        page: list[Row] = []
        for lane in self.plan.lanes:
            bars = [bar for bar in lane.bars if self._shown(bar)]
            if not bars:
                continue
            if len(page) + 2 > self.rows_per_page:  # a lane's title never ends a page
                yield page
                page = []
            page.append(Row(lane.title, None))
            for bar in bars:
                if len(page) >= self.rows_per_page:
                    yield page
                    page = [Row(tr("{lane} (Fortsetzung)").format(lane=lane.title), None)]
                page.append(Row(lane.title, bar))
        if page:
            yield page

    def picture(self, rows: list[Row]) -> PlanPicture:
        return PlanPicture(
            rows,
            self.start,
            self.plan.today,
            self.px_per_day,
            print_palette(),
            compared=self.compared,
        )

    def paint_page(self, painter: QPainter, number: int) -> None:
        """Page *number* (from 0), painter in points with the page's origin top left."""
        rows = self.pages[number]
        painter.fillRect(QRectF(QPointF(0, 0), self.page), QColor("#FFFFFF"))
        heading = QFont()
        heading.setPixelSize(12)  # the painter counts in points
        heading.setBold(True)
        painter.setFont(heading)
        painter.setPen(QColor("#000000"))
        painter.drawText(
            QRectF(MARGIN, MARGIN, self.page.width() - 2 * MARGIN, HEAD - 8),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.choice.title or tr("Zeitplan"),
        )
        small = QFont()
        small.setPixelSize(9)
        painter.setFont(small)
        painter.drawText(
            QRectF(MARGIN, MARGIN, self.page.width() - 2 * MARGIN, HEAD - 8),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            tr(
                "Gruppiert nach {grouping} · {start} bis {end} · Stand {today} · Seite {n} von {of}"
            ).format(
                grouping=GROUPINGS.get(self.grouping, self.grouping),
                start=format_date(self.start),
                end=format_date(self.end),
                today=format_date(self.plan.today),
                n=number + 1,
                of=len(self.pages),
            ),
        )
        painter.save()
        painter.translate(MARGIN, MARGIN + HEAD)
        painter.scale(SCALE, SCALE)
        used = AXIS + len(rows) * ROW
        area = QRectF(0, 0, self.width, used)
        painter.setClipRect(area)
        picture = self.picture(rows)
        painter.fillRect(area, QColor("#FFFFFF"))
        picture.paint_rows(painter, area)
        picture.paint_frame(painter, area)
        painter.setClipping(False)
        painter.setPen(QPen(QColor("#8A8A8A"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(area)
        painter.restore()
        self._legend(painter, QPointF(MARGIN, self.page.height() - MARGIN - LEGEND + 4))

    def _legend(self, painter: QPainter, at: QPointF) -> None:
        font = QFont()
        font.setPixelSize(9)
        painter.setFont(font)
        x, y = at.x(), at.y()
        entries: list[tuple[str, str]] = [
            ("bar", tr("Maßnahme (Beginn bis Ende)")),
            ("problem", tr("⚠ Termin passt nicht zu Abhängigkeit oder Meilenstein")),
        ]
        if self.compared:
            entries.append(("baseline", tr("Planstand")))
        entries += [
            ("milestone", tr("Meilenstein")),
            ("gate", tr("Gate")),
            ("done", tr("erreicht")),
            ("today", tr("Heute")),
            ("arrow", tr("Abhängigkeit")),
        ]
        for kind, text in entries:
            width = 34 + painter.fontMetrics().horizontalAdvance(text)
            if x + width > self.page.width() - MARGIN and x > at.x():  # on a narrow page
                x, y = at.x(), y + 13  # the legend goes on in a second line
            self._sample(painter, kind, QPointF(x, y))
            painter.setPen(QColor("#000000"))
            painter.drawText(QPointF(x + 26, y + 9), text)
            x += width

    @staticmethod
    def _sample(painter: QPainter, kind: str, at: QPointF) -> None:
        box = QRectF(at.x(), at.y() + 1, 20, 9)
        painter.save()
        if kind in ("bar", "problem"):
            colour = PROBLEM_COLOUR if kind == "problem" else BAR_COLOUR
            painter.setPen(QPen(colour.darker(130), 0.8))
            painter.setBrush(tint(QColor("#FFFFFF"), colour, 0.75))
            painter.drawRoundedRect(box, 2, 2)
            if kind == "problem":
                painter.setBrush(QBrush(QColor(255, 255, 255, 120), Qt.BrushStyle.BDiagPattern))
                painter.drawRoundedRect(box, 2, 2)
        elif kind == "baseline":
            painter.setPen(QPen(BASELINE_COLOUR, 0.8))
            painter.setBrush(tint(QColor("#FFFFFF"), BASELINE_COLOUR, 0.25))
            painter.drawRect(box.adjusted(0, 3, 0, -1))
        elif kind in ("milestone", "gate", "done"):
            c = box.center()
            painter.setPen(QPen(QColor("#000000"), 1))
            painter.setBrush(
                QColor("#000000")
                if kind == "gate"
                else (QColor("#7A7A7A") if kind == "done" else QColor("#FFFFFF"))
            )
            size = 5.0
            painter.drawPolygon(
                [
                    QPointF(c.x(), c.y() - size),
                    QPointF(c.x() + size, c.y()),
                    QPointF(c.x(), c.y() + size),
                    QPointF(c.x() - size, c.y()),
                ]
            )
        elif kind == "today":
            painter.setPen(QPen(PROBLEM_COLOUR, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(
                QPointF(box.center().x(), box.top() - 2),
                QPointF(box.center().x(), box.bottom() + 2),
            )
        else:
            painter.setPen(QPen(QColor("#4A4A4A"), 1))
            painter.drawLine(
                QPointF(box.left(), box.center().y()), QPointF(box.right() - 4, box.center().y())
            )
            painter.setBrush(QColor("#4A4A4A"))
            painter.drawPolygon(
                [
                    QPointF(box.right(), box.center().y()),
                    QPointF(box.right() - 5, box.center().y() - 3),
                    QPointF(box.right() - 5, box.center().y() + 3),
                ]
            )
        painter.restore()

    # -- files ---------------------------------------------------------------------------
    def write_pdf(self, path: Path) -> Path:
        writer = QPdfWriter(str(path))
        writer.setResolution(72)  # a device unit is a point
        writer.setPageLayout(
            QPageLayout(
                page_size(self.choice.paper),
                QPageLayout.Orientation.Landscape,
                QMarginsF(0, 0, 0, 0),
            )
        )
        writer.setTitle(self.choice.title or tr("Zeitplan"))
        writer.setCreator("Werkbank")
        painter = QPainter(writer)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        try:
            for number in range(len(self.pages)):
                if number:
                    writer.newPage()
                self.paint_page(painter, number)
        finally:
            painter.end()
        return path

    def write_png(self, path: Path) -> list[Path]:
        """One picture per page: *path*, then *path*-2.png …"""
        factor = PNG_DPI / 72
        written = []
        for number in range(len(self.pages)):
            target = (
                path if number == 0 else path.with_name(f"{path.stem}-{number + 1}{path.suffix}")
            )
            image = QImage(
                round(self.page.width() * factor),
                round(self.page.height() * factor),
                QImage.Format.Format_RGB32,
            )
            image.setDotsPerMeterX(round(PNG_DPI / 0.0254))
            image.setDotsPerMeterY(round(PNG_DPI / 0.0254))
            image.fill(QColor("#FFFFFF"))
            painter = QPainter(image)
            painter.setRenderHints(
                QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
            )
            painter.scale(factor, factor)
            self.paint_page(painter, number)
            painter.end()
            if not image.save(str(target), "PNG"):  # type: ignore[call-overload]
                raise OSError(
                    tr("Das Bild ließ sich nicht nach „{path}“ schreiben.").format(path=target)
                )
            written.append(target)
        return written


def report_pages(plan: Roadmap, grouping: str, folder: Path) -> list[Path]:
    """The Zeitplan's pages for a report (PNG, the size of a landscape page's text area:
    placed at their size, the type stays 9 pt)."""
    printout = RoadmapPrintout(plan, PrintChoice("Bericht", title=tr("Zeitplan")), grouping)
    return printout.write_png(folder / "zeitplan.png")


def render(
    workspace_path: Path,
    output: Path,
    group: str = "field",
    choice: PrintChoice | None = None,
    baseline: str | None = None,
    only: set[str] | None = None,
) -> list[Path]:
    """Write the workspace's Zeitplan to *output* (.pdf or .png); *only*: these measures."""
    from PySide6.QtWidgets import QApplication

    from workbench.services import baselines, roadmap
    from workbench.services.workspaces import open_workspace, read

    app = QApplication.instance() or QApplication([])
    ws = open_workspace(workspace_path)
    try:
        baseline_id = read(ws, baselines.find_baseline, baseline).id if baseline else None
        plan = read(ws, roadmap.roadmap, group, only, baseline_id=baseline_id)
    finally:
        ws.close()
    choice = choice or PrintChoice()
    if not choice.title:
        choice = PrintChoice(choice.paper, choice.start, choice.end, tr("Zeitplan"))
    printout = RoadmapPrintout(plan, choice, group)
    result = (
        [printout.write_pdf(output)]
        if output.suffix.lower() == ".pdf"
        else printout.write_png(output)
    )
    del app
    return result


def main(argv: list[str] | None = None) -> int:
    """``--render-roadmap WORKSPACE OUTPUT GROUP PAPER FROM TO BASELINE [IDS-FILE]``
    (``-``: none)."""
    from workbench.formats import parse_date
    from workbench.services.errors import ServiceError

    args = sys.argv[1:] if argv is None else argv
    only: set[str] | None = None
    if len(args) == 8:  # a file with the ids of the measures to show, one per line
        only = set(Path(args.pop()).read_text(encoding="utf-8").split())
    if len(args) != 7:
        print(
            tr(
                "Aufruf: --render-roadmap ARBEITSMAPPE DATEI GRUPPE PAPIER VON BIS PLANSTAND (- für keinen)"
            ),
            file=sys.stderr,
        )
        return 2
    workspace, output, group, paper, start, end, baseline = args

    def given(text: str) -> str | None:
        return None if text == "-" else text

    try:
        choice = PrintChoice(
            paper,
            parse_date(start) if given(start) else None,
            parse_date(end) if given(end) else None,
        )
        for path in render(Path(workspace), Path(output), group, choice, given(baseline), only):
            print(path)
    except (ServiceError, ValueError, OSError) as exc:
        print(str(exc), file=sys.stderr)
        return 1
    return 0
