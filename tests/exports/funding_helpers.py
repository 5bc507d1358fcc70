"""Reading back the funder's workbooks: cells with values and formulas, a row by its label,
the example with VAT parts and income, LibreOffice recalculating."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.exports.helpers import convert
from workbench.model import Grant, Payout, Receipt
from workbench.model.enums import FinancingSource
from workbench.services.exporting import ExportRequest, run_export


def export(example, kind: str, path: Path) -> Path:
    ws, grant_id = example
    return run_export(ws, ExportRequest(kind, path, grant_id=grant_id))


def cells(path: Path, sheet: str) -> tuple[dict[str, object], dict[str, object]]:
    """Every cell's stored value and its formula (or constant), by reference."""
    values = {
        c.coordinate: c.value
        for row in load_workbook(path, data_only=True)[sheet].iter_rows()
        for c in row
        if c.value is not None
    }
    formulas = {
        c.coordinate: c.value
        for row in load_workbook(path)[sheet].iter_rows()
        for c in row
        if c.value is not None
    }
    return values, formulas


def row_with(values: dict[str, object], text: str) -> int:
    return next(
        int(ref[1:]) for ref, v in values.items() if ref.startswith(("A", "B")) and v == text
    )


def with_vat_parts_and_income(example, payouts: list[tuple[date, int]]) -> None:
    """The worked example with input VAT deducted: B-001 carries 1.437 VAT, only 1.000 of
    B-020 are eligible, 5.000 came from a third party; the payouts given (EUR)."""
    ws, grant_id = example
    with ws.transaction() as s:
        grant = s.get(Grant, grant_id)
        grant.vat_deductible = True
        receipts = {r.number: r for r in grant.receipts}
        receipts["B-001"].vat_cents = 1_437 * 100
        receipts["B-020"].eligible_cents = 1_000 * 100
        grant.receipts.append(
            Receipt(
                number="E-1",
                receipt_date=date(2026, 6, 15),
                paid_on=date(2026, 6, 15),
                payee="Stiftung Beispiel",
                purpose="Kofinanzierung",
                gross_cents=5_000 * 100,
                income_source=FinancingSource.THIRD_PARTY,
            )
        )
        grant.payouts = [Payout(paid_on=day, amount_cents=euros * 100) for day, euros in payouts]


def assert_recalculated(path: Path, sheet: str, tmp_path: Path) -> None:
    """LibreOffice, given the formulas without their results, computes every number we
    stored."""
    ours, _ = cells(path, sheet)
    bare = tmp_path / f"ohne-ergebnisse-{path.stem}"
    bare.mkdir()
    stripped = bare / path.name
    load_workbook(path).save(stripped)  # formulas only: LibreOffice must calculate them
    assert not any(
        isinstance(v, int | float) and ref in _formula_refs(stripped, sheet)
        for ref, v in cells(stripped, sheet)[0].items()
    )
    out = tmp_path / f"lo-{path.stem}"
    out.mkdir()
    recalculated = convert(stripped, "xlsx:Calc MS Excel 2007 XML", out)
    theirs, _ = cells(recalculated, sheet)
    numbers = {ref: v for ref, v in ours.items() if isinstance(v, int | float)}
    assert numbers and all(theirs.get(ref) == pytest.approx(v) for ref, v in numbers.items()), [
        (ref, v, theirs.get(ref))
        for ref, v in numbers.items()
        if theirs.get(ref) != pytest.approx(v)
    ]


def _formula_refs(path: Path, sheet: str) -> set[str]:
    return {
        ref for ref, v in cells(path, sheet)[1].items() if isinstance(v, str) and v.startswith("=")
    }
