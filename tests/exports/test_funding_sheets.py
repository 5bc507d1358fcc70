"""The funder's workbooks as sheets a coordinator prints and signs: one A4 page for a funds
request, the grant named on every page, header rows tall enough, every sum readable
without calculating, never more claimed than approved, a BHO plan in its own words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.exports.funding_helpers import (
    cells,
    export,
    row_with,
)
from workbench.model import Grant, Receipt
from workbench.model.enums import Vocabulary


def test_the_statement_never_claims_more_than_was_approved(example, tmp_path: Path) -> None:
    """Spending raised to 249.000 (EUR): 65 % would be 161.850; the Nachweis claims the
    approved 130.000 „lt. Abrechnung“, and 119.000 own money."""
    ws, grant_id = example
    with ws.transaction() as s:
        grant = s.get(Grant, grant_id)
        hardware = next(p for p in grant.positions if p.number == "4.1")
        grant.receipts.append(
            Receipt(
                number="B-100",
                receipt_date=date(2026, 10, 1),
                paid_on=date(2026, 10, 1),
                gross_cents=59_000 * 100,
                position=hardware,
            )
        )
    path = export(example, "nachweis", tmp_path / "nachweis.xlsx")
    values, _ = cells(path, "Nachweis")
    zuwendung = row_with(values, "Zuwendung")
    assert (values[f"C{zuwendung}"], values[f"E{zuwendung}"]) == (130_000, 130_000)
    assert values[f"E{row_with(values, 'Eigenanteil')}"] == 119_000


def test_the_funds_request_prints_on_one_a4_page(example, tmp_path: Path) -> None:
    path = export(example, "mittelabruf", tmp_path / "abruf.xlsx")
    sheet = load_workbook(path)["Mittelabruf"]
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    fit = (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight)
    assert tuple(1 if n is None else n for n in fit) == (1, 1)  # 1 is OOXML's default
    assert int(sheet.page_setup.paperSize) == 9  # A4


@pytest.mark.parametrize("kind", ["kfp", "belegliste", "nachweis", "mittelabruf"])
def test_every_page_names_the_grant_and_every_sheet_is_a4(
    example, tmp_path: Path, kind: str
) -> None:
    path = export(example, kind, tmp_path / f"{kind}.xlsx")
    for sheet in load_workbook(path).worksheets:  # the cover sheet too
        assert int(sheet.page_setup.paperSize) == 9, (kind, sheet.title)  # A4
        assert sheet.oddHeader.right.text == "436-0815 – Smart City Beispielstadt", sheet.title


def test_a_header_label_that_wraps_gets_the_row_height_it_needs(example, tmp_path: Path) -> None:
    """„zuwendungsfähig (EUR)“ is wider than its column: the header row is two lines high, so
    the printed Belegliste shows the whole label (a reader does not grow the row itself)."""
    path = export(example, "belegliste", tmp_path / "belege.xlsx")
    sheet = load_workbook(path)["Belege"]
    assert sheet["J1"].value == "zuwendungsfähig (EUR)" and sheet["J1"].alignment.wrap_text
    assert (sheet.row_dimensions[1].height or 15) >= 2 * 13.5


def test_every_sum_carries_its_result_for_readers_that_do_not_calculate(
    example, tmp_path: Path
) -> None:
    """A viewer shows the stored result of a formula: every formula cell of the four forms
    has one, written with the formula (XlsxWriter), not added afterwards."""
    for kind, sheet in (
        ("kfp", "Kostenplan"),
        ("belegliste", "Belege"),
        ("nachweis", "Nachweis"),
        ("mittelabruf", "Mittelabruf"),
    ):
        path = export(example, kind, tmp_path / f"{kind}.xlsx")
        values, formulas = cells(path, sheet)
        with_formula = [ref for ref, v in formulas.items() if str(v).startswith("=")]
        assert with_formula, kind
        assert [ref for ref in with_formula if not isinstance(values.get(ref), (int, float))] == []


def test_a_bho_cost_plan_speaks_of_ausgaben_only(example, tmp_path: Path) -> None:
    """Under the BHO the plan's rows say Ausgaben, never Kosten (a KfW plan says Kosten):
    „Gesamtausgaben“, „Differenz Ausgaben − Finanzierung“."""
    values, _ = cells(export(example, "kfp", tmp_path / "kfp.xlsx"), "Kostenplan")
    texts = [str(v) for v in values.values() if isinstance(v, str)]
    assert [t for t in texts if "Kosten" in t] == []
    assert "Gesamtausgaben" in texts and "Zuwendungsfähige Ausgaben" in texts
    ws, grant_id = example
    with ws.transaction() as s:
        s.get(Grant, grant_id).programme.vocabulary = Vocabulary.KFW
    values, _ = cells(export(example, "kfp", tmp_path / "kfw.xlsx"), "Kostenplan")
    texts = [str(v) for v in values.values() if isinstance(v, str)]
    assert "Gesamtkosten" in texts and "Förderfähige Kosten" in texts
    assert [t for t in texts if "Ausgaben" in t] == []
