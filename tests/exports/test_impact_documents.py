"""The Wirkung dashboard in documents: `workbench export wirkung` as Word and as PDF, the
Strategiebericht's „Wirkung“, and the Indikatoren workbook's sheet „Wirkung“ with an
Excel chart – each with the sentence that says what a chart shows and its data as a
table, read back as a reader of the document would."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from tests.exports.helpers import docx_text
from tests.helpers import cli
from workbench.services import impact
from workbench.services.impact import Standing
from workbench.store.workspace import Workspace

pytestmark = pytest.mark.slow  # the documents' charts are drawn by the painter's process


def _data(path: Path) -> impact.Impact:
    ws = Workspace.open(path)
    with ws.session() as s:
        data = impact.impact(s)
    ws.close()
    return data


def test_the_wirkung_document_has_every_chart_with_its_sentence_and_the_tables(
    demo_path: Path, tmp_path: Path
) -> None:
    data = _data(demo_path)
    target = tmp_path / "wirkung.docx"
    code, out, err = cli("export", "wirkung", demo_path, "-o", target)
    assert code == 0, err
    text = docx_text(target)
    assert data.describe() in text
    for tally in data.by_field:  # the bars' data as a table: name and each count
        counts = " | ".join(str(tally.counts.get(s, 0)) for s in Standing)
        assert f"{tally.name} | {counts}" in text
    alts = [s._inline.docPr.get("descr") for s in Document(str(target)).inline_shapes]
    with_values = [s for s in data.series if s.values]
    assert len(alts) == 2 + len(with_values)  # the two overviews and a chart per indicator
    assert all(data.describe() in a for a in alts[:2])
    for series in with_values:
        assert any(a.endswith(series.describe()) for a in alts), series.name


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) fehlt")
def test_the_wirkung_pdf_reads_the_same(demo_path: Path, tmp_path: Path) -> None:
    data = _data(demo_path)
    target = tmp_path / "wirkung.pdf"
    code, _out, err = cli("export", "wirkung", demo_path, "-o", target)
    assert code == 0, err
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert "Wirkung der Maßnahmen" in flat and "Je Handlungsfeld" in flat
    assert " ".join(data.series[0].describe().split()) in flat


def test_the_strategy_report_and_the_indicator_workbook_carry_the_dashboard(
    demo_path: Path, tmp_path: Path
) -> None:
    data = _data(demo_path)
    report = tmp_path / "bericht.docx"
    assert cli("export", "strategiebericht", demo_path, "-o", report)[0] == 0
    headings = [p.text for p in Document(str(report)).paragraphs if p.style.name == "Heading 2"]
    assert "Wirkung im Überblick" in headings
    assert data.describe() in docx_text(report)
    book = tmp_path / "indikatoren.xlsx"
    assert cli("export", "indikatoren", demo_path, "-o", book)[0] == 0
    sheet = load_workbook(book)["Wirkung"]
    cells = [[c for c in row if c is not None] for row in sheet.iter_rows(values_only=True)]
    assert cells[1] == [data.describe()]
    first = data.by_field[0]
    assert [first.name, *(first.counts.get(s, 0) for s in Standing)] in cells
    with zipfile.ZipFile(book) as z:  # an Excel chart of the counts per field
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        assert charts and "barChart" in z.read(charts[0]).decode()
