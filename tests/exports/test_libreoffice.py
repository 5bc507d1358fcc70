"""Every kind of document opened by a second reader: LibreOffice converts it to PDF,
and the page count is what a reader of that document would expect."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.exports.helpers import convert, needs_libreoffice
from workbench.cli.render import render_pictures
from workbench.model import Grant, Measure, Workshop
from workbench.services.exporting import KINDS, ExportRequest, run_export
from workbench.store.workspace import Workspace

PAGES = {  # kind: (fewest, most) pages for the demo workspace
    "steckbrief": (2, 5),
    "projektauftrag": (2, 5),
    "statusbericht": (1, 4),
    "strategiebericht": (6, 20),
    "workshop": (3, 10),
    # readable on A4: a list row spreads over three pages side by side, the plan a year per page
    "massnahmenliste": (6, 16),
    "meilensteinplan": (14, 44),
    "indikatoren": (2, 10),  # with the sheet „Wirkung“: its tables and chart
    "wirkung": (3, 30),  # the overview's tables; with pictures a chart per indicator
    "kfp": (2, 4),
    "belegliste": (2, 6),
    "nachweis": (2, 4),
    "mittelabruf": (2, 3),
    "sachbericht": (3, 12),
}


def export_demo(demo_ws: Workspace, kind: str, folder: Path, measure_code: str) -> Path:
    """*kind* of the demo: about *measure_code*, the Kiezbox workshop, the demo's grant."""
    with demo_ws.session() as s:
        measure = s.scalars(select(Measure.id).where(Measure.code == measure_code)).one()
        workshop = s.scalars(
            select(Workshop.id).where(Workshop.title.like("Maßnahmenwerkstatt%"))
        ).one()
        grant = s.scalars(select(Grant.id)).one()
    return run_export(
        demo_ws,
        ExportRequest(
            kind, folder / kind, measure_id=measure, workshop_id=workshop, grant_id=grant
        ),
        render_pictures,
    )


@needs_libreoffice
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_libreoffice_converts_each_document(demo_ws: Workspace, tmp_path: Path, kind: str) -> None:
    path = export_demo(demo_ws, kind, tmp_path, "P-04")
    pdf = convert(path, "pdf", tmp_path)
    pages = len(PdfReader(str(pdf)).pages)
    low, high = PAGES[kind]
    assert low <= pages <= high, f"{kind}: {pages} Seiten"
    text = " ".join(
        PdfReader(str(pdf)).pages[-1 if kind.endswith("liste") else 0].extract_text().split()
    )
    assert text  # not an empty page


@needs_libreoffice
@pytest.mark.parametrize("kind", sorted(k for k, v in KINDS.items() if v.suffix == ".docx"))
def test_no_table_header_is_cut_in_the_middle_of_a_word(
    demo_ws: Workspace, tmp_path: Path, kind: str
) -> None:
    """Every word of every table header stands whole on the printed page: no piece of it
    (a header word broken over two lines) is among the words LibreOffice printed."""
    import re

    from docx import Document

    path = export_demo(demo_ws, kind, tmp_path, "P-01")
    doc = Document(str(path))
    header_words = {
        w
        for t in doc.tables
        if len(t.rows) > 1
        for c in t.rows[0].cells
        for w in re.findall(r"[\wÄÖÜäöüß]+", c.text)
        if len(w) >= 5
    }
    text = "\n".join(p.text for p in doc.paragraphs) + "\n".join(
        c.text for t in doc.tables for r in t.rows for c in r.cells
    )
    known = set(re.findall(r"[\wÄÖÜäöüß]+", text))
    pdf = convert(path, "pdf", tmp_path)
    printed = set(
        re.findall(r"[\wÄÖÜäöüß]+", " ".join(p.extract_text() for p in PdfReader(str(pdf)).pages))
    )
    broken = sorted(
        (word, piece)
        for word in header_words
        for piece in printed
        if len(piece) >= 3
        and piece != word
        and piece not in known
        and (word.startswith(piece) or word.endswith(piece))
    )
    assert header_words and not broken, broken


def _smallest_type(pdf: Path) -> tuple[float, set[tuple[int, int]]]:
    """The smallest printed type size (pt) on any page, and the page sizes (pt)."""
    sizes: list[float] = []
    pages = set()

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            scale = abs(tm[0] * cm[0]) or abs(tm[3] * cm[3]) or 1
            sizes.append(size * scale)

    for page in PdfReader(str(pdf)).pages:
        pages.add((round(float(page.mediabox.width)), round(float(page.mediabox.height))))
        page.extract_text(visitor_text=visit)
    return min(sizes), pages


@needs_libreoffice
@pytest.mark.parametrize("kind", ["massnahmenliste", "meilensteinplan"])
def test_the_lists_print_readable_on_a4(demo_ws: Workspace, tmp_path: Path, kind: str) -> None:
    """The Maßnahmenliste (16 columns) and the Meilensteinplan (84 months) printed about 4 pt
    small; on A4 now with type of at least 8 pt: the list two pages wide with code and
    title on both, the plan a year per page."""
    path = run_export(demo_ws, ExportRequest(kind, tmp_path / kind))
    pdf = convert(path, "pdf", tmp_path)
    smallest, pages = _smallest_type(pdf)
    assert pages <= {(595, 842), (842, 595)}, pages  # A4, upright or landscape
    assert smallest >= 8, f"{kind}: kleinste Schrift {smallest:.1f} pt"
