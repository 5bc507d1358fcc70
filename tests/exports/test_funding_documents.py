"""The funder's documents of the worked example (tests/services/test_funding_checks.py):
every sum equals the hand-computed one, in the cell and as a formula, and LibreOffice,
calculating the formulas itself, agrees."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from tests.exports.helpers import convert, docx_text, needs_libreoffice
from tests.services.test_funding_checks import build
from tests.test_cli import cli
from workbench.model import FundingReport, Grant, ReportSection
from workbench.model.enums import ReportKind
from workbench.services.exporting import ExportRequest, run_export
from workbench.store.workspace import Workspace


@pytest.fixture
def example(tmp_path: Path) -> tuple[Workspace, str]:
    ws = Workspace.create(tmp_path / "foerderung.werkbank")
    grant_id = build(ws)
    yield ws, grant_id
    ws.close()


def export(example, kind: str, path: Path) -> Path:
    ws, grant_id = example
    return run_export(ws, ExportRequest(kind, path, grant_id=grant_id))


def cells(path: Path, sheet: str) -> tuple[dict[str, object], dict[str, object]]:
    """Every cell's stored value and its formula (or constant), by reference."""
    values = {c.coordinate: c.value for row in load_workbook(path, data_only=True)[sheet].iter_rows()
              for c in row if c.value is not None}
    formulas = {c.coordinate: c.value for row in load_workbook(path)[sheet].iter_rows()
                for c in row if c.value is not None}
    return values, formulas


def row_with(values: dict[str, object], text: str) -> int:
    return next(int(ref[1:]) for ref, v in values.items() if ref.startswith(("A", "B")) and v == text)


def test_cost_plan_sums(example, tmp_path: Path) -> None:
    path = export(example, "kfp", tmp_path / "kfp.xlsx")
    values, formulas = cells(path, "Kostenplan")
    assert [values["D1"], values["E1"], values["F1"]] == ["2026", "2027", "Summe"]
    total = row_with(values, "Summe Kosten")
    assert (values[f"D{total}"], values[f"E{total}"], values[f"F{total}"]) == (150_000, 50_000, 200_000)
    assert formulas[f"F{total}"].startswith("=SUM(")
    money = row_with(values, "Summe Finanzierung")
    assert values[f"F{money}"] == 200_000
    diff = row_with(values, "Differenz Kosten − Finanzierung (muss 0 sein)")
    assert values[f"F{diff}"] == 0 and formulas[f"F{diff}"] == f"=F{total}-F{money}"
    zuwendung = row_with(values, "Zuwendung")
    assert values[f"F{zuwendung}"] == 130_000


def test_receipt_list_sums_per_position(example, tmp_path: Path) -> None:
    path = export(example, "belegliste", tmp_path / "belege.xlsx")
    values, formulas = cells(path, "Belege")
    sums = {v: values.get(f"F{ref[1:]}") for ref, v in values.items()
            if ref.startswith("A") and str(v).startswith("Summe ")}
    assert sums == {"Summe 1.1 Personal": 90_000, "Summe 2.1 Sachausgaben": 22_200,
                    "Summe 3.1 Beratung": 36_800, "Summe 4.1 Hardware": 35_000,
                    "Summe 5.1 Schulung": 7_000, "Summe Ohne Planposition": 500,
                    "Summe aller Belege": 191_500}
    assert values["A2"] == "1.1 Personal"  # ordered by plan position, each under its heading
    assert [values[f"A{r}"] for r in range(3, 13)] == [f"B-{n:03d}" for n in range(1, 11)]
    assert values["B3"] == datetime(2026, 2, 28) and formulas["F13"] == "=SUM(F3:F12)"
    assert load_workbook(path)["Belege"]["B3"].number_format == "DD.MM.YYYY"


def test_statement_per_position_and_financing(example, tmp_path: Path) -> None:
    path = export(example, "nachweis", tmp_path / "nachweis.xlsx")
    values, formulas = cells(path, "Nachweis")
    beratung = row_with(values, "Beratung")
    assert (values[f"C{beratung}"], values[f"D{beratung}"], values[f"E{beratung}"]) == (30_000, 36_800, 6_800)
    assert values[f"F{beratung}"] == pytest.approx(1.2267, abs=1e-4)
    total = row_with(values, "Summe Ausgaben")
    assert (values[f"C{total}"], values[f"D{total}"], values[f"E{total}"]) == (200_000, 191_000, -9_000)
    assert formulas[f"E{total}"] == f"=SUM(E2:E{total - 1})"
    zuwendung = row_with(values, "Zuwendung")
    assert (values[f"C{zuwendung}"], values[f"D{zuwendung}"]) == (130_000, 124_150)


def test_funds_request_and_sachbericht(example, tmp_path: Path) -> None:
    ws, grant_id = example
    path = export(example, "mittelabruf", tmp_path / "abruf.xlsx")
    values, formulas = cells(path, "Mittelabruf")
    assert values["B9"] == 35_000 and values["B7"] == 100_000
    assert values["B10"] == -5_000 and formulas["B10"] == "=B6-B7-B9"
    with ws.transaction() as s:
        grant = s.get(Grant, grant_id)
        report = FundingReport(kind=ReportKind.INTERIM, period_start=date(2026, 1, 1),
                               period_end=date(2026, 12, 31))
        report.sections = [ReportSection(heading="Öffentlichkeitsarbeit", position=1,
                                         text="Drei Veranstaltungen im Kiez.")]
        grant.reports.append(report)
    doc = export(example, "sachbericht", tmp_path / "sachbericht.docx")
    text = docx_text(doc)
    assert "Sachbericht: Smart City Beispielstadt" in text
    assert "Laufzeit | 01.01.2026 – 31.12.2027 (24 Monate)" in text
    assert "3.1 Beratung | 30.000,00 € | 36.800,00 € | 122,7 %" in text
    assert "Personal | 90.000,00 € ausgegeben von 100.000,00 € geplant" in text
    headings = [p.text for p in Document(str(doc)).paragraphs if p.style.name == "Heading 2"]
    assert headings[-1] == "4 Öffentlichkeitsarbeit"


def test_command_line_exports_by_file_number(tmp_path: Path) -> None:
    path = tmp_path / "foerderung.werkbank"
    ws = Workspace.create(path)
    build(ws)
    ws.close()
    code, out, err = cli("export", "belegliste", str(path), "--grant", "436-0815", "-o",
                         str(tmp_path / "belege.xlsx"))
    assert (code, err) == (0, "") and "Belegliste geschrieben" in out
    code, _, err = cli("export", "kfp", str(path), "-o", str(tmp_path / "x.xlsx"))
    assert code == 1 and "wählen Sie eine Zuwendung (--grant)" in err


@needs_libreoffice
@pytest.mark.parametrize("kind,sheet", [("kfp", "Kostenplan"), ("belegliste", "Belege"),
                                        ("nachweis", "Nachweis")])
def test_libreoffice_calculates_the_same_sums(example, tmp_path: Path, kind: str, sheet: str) -> None:
    path = export(example, kind, tmp_path / f"{kind}.xlsx")
    ours, _ = cells(path, sheet)
    bare = tmp_path / "ohne-ergebnisse"
    bare.mkdir()
    stripped = bare / f"{kind}.xlsx"
    load_workbook(path).save(stripped)  # formulas only: LibreOffice must calculate them
    assert not any(isinstance(v, int | float) and ref in _formula_refs(stripped, sheet)
                   for ref, v in cells(stripped, sheet)[0].items())
    out = tmp_path / "lo"
    out.mkdir()
    recalculated = convert(stripped, "xlsx:Calc MS Excel 2007 XML", out)
    theirs, _ = cells(recalculated, sheet)
    numbers = {ref: v for ref, v in ours.items() if isinstance(v, int | float)}
    assert numbers and all(theirs.get(ref) == pytest.approx(v) for ref, v in numbers.items()), [
        (ref, v, theirs.get(ref)) for ref, v in numbers.items() if theirs.get(ref) != pytest.approx(v)]


def _formula_refs(path: Path, sheet: str) -> set[str]:
    return {ref for ref, v in cells(path, sheet)[1].items() if isinstance(v, str) and v.startswith("=")}


def test_the_statement_never_claims_more_than_was_approved(example, tmp_path: Path) -> None:
    """Spending raised to 250.000 (EUR): 65 % would be 162.500; the Nachweis claims the
    approved 130.000 „lt. Abrechnung“, and 120.000 own money and third-party funds."""
    from workbench.model import Receipt

    ws, grant_id = example
    with ws.transaction() as s:
        grant = s.get(Grant, grant_id)
        hardware = next(p for p in grant.positions if p.number == "4.1")
        grant.receipts.append(Receipt(number="B-100", receipt_date=date(2026, 10, 1),
                                      paid_on=date(2026, 10, 1), gross_cents=59_000 * 100,
                                      position=hardware))
    path = export(example, "nachweis", tmp_path / "nachweis.xlsx")
    values, _ = cells(path, "Nachweis")
    zuwendung = row_with(values, "Zuwendung")
    assert (values[f"C{zuwendung}"], values[f"D{zuwendung}"]) == (130_000, 130_000)
    own = row_with(values, "Eigenanteil und Leistungen Dritter")
    assert values[f"D{own}"] == 120_000


def test_the_funds_request_prints_on_one_a4_page(example, tmp_path: Path) -> None:
    path = export(example, "mittelabruf", tmp_path / "abruf.xlsx")
    sheet = load_workbook(path)["Mittelabruf"]
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 1)
    assert int(sheet.page_setup.paperSize) == 9  # A4


@pytest.mark.parametrize("kind", ["kfp", "belegliste", "nachweis", "mittelabruf"])
def test_every_page_names_the_grant_and_every_sheet_is_a4(example, tmp_path: Path,
                                                          kind: str) -> None:
    path = export(example, kind, tmp_path / f"{kind}.xlsx")
    for sheet in load_workbook(path).worksheets:  # the cover sheet too
        assert int(sheet.page_setup.paperSize) == 9, (kind, sheet.title)  # A4
        assert sheet.oddHeader.right.text == "436-0815 – Smart City Beispielstadt", sheet.title
