"""Strategiebericht for 500 measures and Maßnahmenliste for 10,000 measures, each beside
the bare library writing the same paragraphs, tables and cells in the same run."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

RUNS = 3


def _strategy_baseline(reference: Path, target: Path) -> float:
    """python-docx alone: the report's paragraphs (with their styles) and tables, from the
    same template, without Werkbank's code."""
    from docx import Document

    from workbench.exports.docx_base import builtin_template

    done = Document(str(reference))
    body = [(child.tag.rsplit("}", 1)[1], child) for child in done.element.body]
    paragraphs = {p._p: (p.text, p.style.name) for p in done.paragraphs}
    tables = {t._tbl: [[c.text for c in row.cells] for row in t.rows] for t in done.tables}
    t0 = time.perf_counter()
    doc = Document(str(builtin_template()))
    for tag, element in body:
        if tag == "p":
            text, style = paragraphs[element]
            doc.add_paragraph(text, style=style)
        elif tag == "tbl":
            rows = tables[element]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for row, values in zip(table.rows, rows, strict=True):
                for cell, text in zip(row.cells, values, strict=True):
                    cell.text = text
    doc.save(str(target))
    return time.perf_counter() - t0


def _list_baseline(reference: Path, target: Path) -> float:
    """openpyxl write-only alone: the same rows, values, cell styles (formats, wrapping)
    and row heights as the export, no cover; styles made once and shared, as a careful
    hand-written exporter would."""
    from openpyxl import Workbook, load_workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment

    sheet = load_workbook(str(reference))["Maßnahmen"]
    rows = [
        [(c.value, c.number_format, c.alignment.wrap_text, c.alignment.vertical) for c in row]
        for row in sheet.iter_rows()
    ]
    heights = {i: d.height for i, d in sheet.row_dimensions.items() if d.height}
    t0 = time.perf_counter()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Maßnahmen")
    styles: dict[tuple[str, bool, str | None], object] = {}
    for number, row in enumerate(rows, start=1):
        if number in heights:
            ws.row_dimensions[number].height = heights[number]
        cells = []
        for value, number_format, wrap, vertical in row:
            if value is None or (number_format == "General" and not wrap and vertical is None):
                cells.append(value)
                continue
            key = (number_format, bool(wrap), vertical)
            if key not in styles:
                template = WriteOnlyCell(ws)
                template.number_format = number_format
                template.alignment = Alignment(wrap_text=wrap, vertical=vertical)
                styles[key] = template._style
            cell = WriteOnlyCell(ws, value=value)
            cell._style = styles[key]
            cells.append(cell)
        ws.append(cells)
    wb.save(str(target))
    return time.perf_counter() - t0


def _list_values(reference: Path, target: Path) -> float:
    """openpyxl write-only writing the same values only (no styles, no heights): the
    reference of issue 26."""
    from openpyxl import Workbook, load_workbook

    sheet = load_workbook(str(reference))["Maßnahmen"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    t0 = time.perf_counter()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Maßnahmen")
    for row in rows:
        ws.append(row)
    wb.save(str(target))
    return time.perf_counter() - t0


def run(workspace: Path) -> dict[str, float]:
    from sqlalchemy import select

    from workbench.model import Measure
    from workbench.services.exporting import ExportRequest, run_export
    from workbench.store.workspace import Workspace

    ws = Workspace.open(workspace)
    with ws.session() as s:
        first = list(
            s.scalars(
                select(Measure.id)
                .where(Measure.deleted_at.is_(None))
                .order_by(Measure.code)
                .limit(500)
            )
        )
    results: dict[str, list[float]] = {
        "report": [],
        "report_base": [],
        "list": [],
        "list_base": [],
        "list_values": [],
    }
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        for _ in range(RUNS):
            t0 = time.perf_counter()
            report = run_export(
                ws,
                ExportRequest(
                    "strategiebericht",
                    out / "bericht.docx",
                    measure_ids=first,
                    scope="500 Maßnahmen",
                ),
            )
            results["report"].append(time.perf_counter() - t0)
            results["report_base"].append(_strategy_baseline(report, out / "bericht-nur-docx.docx"))
            t0 = time.perf_counter()
            listing = run_export(ws, ExportRequest("massnahmenliste", out / "liste.xlsx"))
            results["list"].append(time.perf_counter() - t0)
            results["list_base"].append(_list_baseline(listing, out / "liste-nur-openpyxl.xlsx"))
            results["list_values"].append(_list_values(listing, out / "liste-nur-werte.xlsx"))
    ws.close()
    return {key: statistics.median(values) for key, values in results.items()}


def report(workspace: Path) -> None:
    r = run(workspace)
    print(
        f"Strategiebericht, 500 Maßnahmen: {r['report']:.2f} s; python-docx allein mit denselben "
        f"Absätzen und Tabellen {r['report_base']:.2f} s; Faktor {r['report'] / r['report_base']:.1f} "
        "(Ziel ≤ 2)"
    )
    print(
        f"Maßnahmenliste, 10.000 Maßnahmen: {r['list']:.2f} s; openpyxl write-only allein mit "
        f"denselben Zellen, Formaten und Zeilenhöhen {r['list_base']:.2f} s; "
        f"Faktor {r['list'] / r['list_base']:.1f}; nur die Werte {r['list_values']:.2f} s, "
        f"Faktor {r['list'] / r['list_values']:.1f} (Ziel ≤ 1,5)"
    )


if __name__ == "__main__":
    report(Path(__file__).resolve().parent / "out" / "gross-10000.werkbank")
