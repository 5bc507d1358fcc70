"""Printing from the window, with a preview: the measure table as shown (its filter, its
visible columns in their order) and one measure's Steckbrief."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QTableView, QWidget

from workbench.formats import format_date
from workbench.i18n import tr
from workbench.services.measure_sheet import MeasureSheet

_STYLE = (
    "<style>body{color:#1a1a1a}"
    "h1{font-size:16pt;color:#0b3c6e}h2{font-size:12pt;color:#0b3c6e;margin-top:12pt}"
    "th{background:#0b3c6e;color:#ffffff;text-align:left;padding:3px}"
    "td{padding:3px;border-bottom:1px solid #c8c8c8;vertical-align:top}"
    "td.key{font-weight:bold;background:#eef2f7}</style>"
)


def as_of() -> str:
    return tr("Stand {date}").format(date=format_date(date.today()))


def table_html(title: str, table: QTableView, note: str = "") -> str:
    """The rows a table shows and its visible columns in their visual order."""
    model, header = table.model(), table.horizontalHeader()
    columns = [
        header.logicalIndex(v)
        for v in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(v))
    ]
    shown = [r for r in range(model.rowCount()) if not table.isRowHidden(r)]
    cells = {c: [str(model.index(r, c).data() or "") for r in shown] for c in columns}
    titles = {c: str(model.headerData(c, header.orientation())) for c in columns}

    widths = _column_shares([titles[c] for c in columns], [cells[c] for c in columns])
    head = "".join(
        f"<th width='{w:.1f}%'>{escape(titles[c])}</th>"
        for c, w in zip(columns, widths, strict=True)
    )
    rows = "".join(
        "<tr>" + "".join(f"<td>{escape(cells[c][i])}</td>" for c in columns) + "</tr>"
        for i in range(len(shown))
    )
    return (
        f"<html><head>{_STYLE}</head><body style='font-size:8pt'><h1>{escape(title)}</h1>"
        f"<p>{escape(note)} · {as_of()}</p>"
        f"<table width='100%' cellspacing='0'><tr>{head}</tr>{rows}</table></body></html>"
    )


#: The printed table: its type size, the width it has on landscape A4 (267 mm) and a
#: cell's padding, in points.
TABLE_PT, PAGE_PT, PADDING_PT = 8.0, 757.0, 12.0


def _column_shares(titles: list[str], cells: list[list[str]]) -> list[float]:
    """Per column a share of the page (%): every column at least as wide as its longest
    word (headers bold), the rest of the page to the columns with long texts."""
    from PySide6.QtGui import QFont, QFontMetricsF

    font = QFont()
    font.setPointSizeF(TABLE_PT)
    bold = QFont(font)
    bold.setBold(True)
    plain_m, bold_m = QFontMetricsF(font), QFontMetricsF(bold)
    to_pt = 72.0 / max(1.0, plain_m.fontDpi())

    def widest(metrics: QFontMetricsF, texts: list[str]) -> float:
        return (
            max((metrics.horizontalAdvance(w) for t in texts for w in t.split()), default=0.0)
            * to_pt
        )

    needs = [
        max(widest(bold_m, [t]), widest(plain_m, column)) * 1.1 + PADDING_PT
        for t, column in zip(titles, cells, strict=True)
    ]
    wants = [
        min(200.0, max((plain_m.horizontalAdvance(t) * to_pt for t in column), default=0.0))
        + PADDING_PT
        for column in cells
    ]
    spare = PAGE_PT - sum(needs)
    extra = [max(0.0, want - need) for want, need in zip(wants, needs, strict=True)]
    total_extra = float(sum(extra))
    if spare > 0 and total_extra:
        needs = [need + spare * e / total_extra for need, e in zip(needs, extra, strict=True)]
    total = sum(needs) or 1.0
    return [100 * need / total for need in needs]


def sheet_html(sheet: MeasureSheet) -> str:
    parts = [
        f"<html><head>{_STYLE}</head><body style='font-size:10pt'><h1>{escape(sheet.title)}</h1>"
        f"<p>{escape(sheet.subtitle)} · {as_of()}</p>"
    ]
    for section in sheet.sections:
        parts.append(f"<h2>{escape(section.heading)}</h2>")
        if section.pairs:
            parts.append(
                "<table width='100%' cellspacing='0'>"
                + "".join(
                    f"<tr><td class='key' width='30%'>{escape(k)}</td><td>{escape(v)}</td></tr>"
                    for k, v in section.pairs
                )
                + "</table>"
            )
        if section.text:
            parts.append("<p>" + escape(section.text).replace("\n", "<br>") + "</p>")
        if section.rows:
            parts.append(
                "<table width='100%' cellspacing='0'><tr>"
                + "".join(f"<th>{escape(h)}</th>" for h in section.headers)
                + "</tr>"
                + "".join(
                    "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>"
                    for row in section.rows
                )
                + "</table>"
            )
    return "".join(parts) + "</body></html>"


def document(html: str) -> QTextDocument:
    """*html* in the application's font (the one the column widths were measured in)."""
    from PySide6.QtGui import QFont

    doc = QTextDocument()
    doc.setDefaultFont(QFont())
    doc.setHtml(html)
    return doc


def a4_printer(landscape: bool) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    return printer


def print_document(doc: QTextDocument, printer: QPrinter) -> None:
    """Lay *doc* out on the printable area in points (type sizes then mean what they say)
    and print it."""
    from PySide6.QtCore import QSizeF

    area = printer.pageLayout().paintRect(QPageLayout.Unit.Point)
    doc.setPageSize(QSizeF(area.width(), area.height()))
    doc.setDocumentMargin(0)
    doc.print_(printer)


def preview(parent: QWidget, title: str, doc: QTextDocument, landscape: bool) -> Any:
    """The print preview: pages as they will print, the printer chosen from there."""
    printer = a4_printer(landscape)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(tr("Druckvorschau – {title}").format(title=title))
    dialog.paintRequested.connect(lambda target: print_document(doc, target))
    return dialog.exec()
