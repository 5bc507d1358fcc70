"""The funder's documents calculated again by LibreOffice (it computes every formula itself
and must agree with the stored sums), and the same documents asked for on the command
line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.exports.funding_helpers import (
    assert_recalculated,
    cells,
    export,
    row_with,
    with_vat_parts_and_income,
)
from tests.exports.helpers import needs_libreoffice
from tests.services.test_funding_checks import build
from tests.test_cli import cli
from workbench.store.workspace import Workspace


def test_command_line_exports_by_file_number(tmp_path: Path) -> None:
    path = tmp_path / "foerderung.werkbank"
    ws = Workspace.create(path)
    build(ws)
    ws.close()
    code, out, err = cli(
        "export",
        "belegliste",
        str(path),
        "--grant",
        "436-0815",
        "-o",
        str(tmp_path / "belege.xlsx"),
    )
    assert (code, err) == (0, "") and "Belegliste geschrieben" in out
    code, _, err = cli("export", "kfp", str(path), "-o", str(tmp_path / "x.xlsx"))
    assert code == 1 and "wählen Sie eine Zuwendung (--grant)" in err


def test_command_line_chooses_period_report_and_request(tmp_path: Path) -> None:
    path = tmp_path / "foerderung.werkbank"
    ws = Workspace.create(path)
    build(ws)
    ws.close()
    out = tmp_path / "nachweis.xlsx"
    code, _, err = cli(
        "export",
        "nachweis",
        str(path),
        "--grant",
        "436-0815",
        "--from",
        "01.07.2026",
        "--to",
        "31.12.2026",
        "-o",
        str(out),
    )
    assert (code, err) == (0, "")
    values, _ = cells(out, "Nachweis")
    assert "01.07.2026 – 31.12.2026" in values.values()
    code, _, err = cli(
        "export",
        "mittelabruf",
        str(path),
        "--grant",
        "436-0815",
        "--request",
        "01.09.2026",
        "-o",
        str(tmp_path / "abruf.xlsx"),
    )
    assert (code, err) == (0, "")
    assert cells(tmp_path / "abruf.xlsx", "Mittelabruf")[0]["A1"] == "Mittelabruf vom 01.09.2026"
    code, _, err = cli(
        "export",
        "mittelabruf",
        str(path),
        "--grant",
        "436-0815",
        "--request",
        "02.09.2026",
        "-o",
        str(tmp_path / "x.xlsx"),
    )
    assert code == 1 and "Einen Mittelabruf „02.09.2026“ gibt es bei dieser Zuwendung nicht" in err
    code, _, err = cli(
        "export",
        "nachweis",
        str(path),
        "--grant",
        "436-0815",
        "--from",
        "31.12.2026",
        "--to",
        "01.07.2026",
        "-o",
        str(tmp_path / "x.xlsx"),
    )
    assert code == 1 and "--to liegt vor --from" in err


@needs_libreoffice
@pytest.mark.parametrize(
    "kind,sheet",
    [
        ("kfp", "Kostenplan"),
        ("belegliste", "Belege"),
        ("nachweis", "Nachweis"),
        ("mittelabruf", "Mittelabruf"),
    ],
)
def test_libreoffice_calculates_the_same_sums(
    example, tmp_path: Path, kind: str, sheet: str
) -> None:
    assert_recalculated(export(example, kind, tmp_path / f"{kind}.xlsx"), sheet, tmp_path)


@needs_libreoffice
def test_libreoffice_calculates_the_same_with_vat_parts_income_and_payouts(
    example, tmp_path: Path
) -> None:
    """The cents of 65 % × (187.263 − 5.000) = 118.470,95 (test_net_vat_eligible_part_and_income)
    and the result line, 140.000 paid out − 118.470,95 = 21.529,05 to pay back, computed by
    LibreOffice from the formulas alone, equal ours."""
    with_vat_parts_and_income(example, [(date(2026, 3, 10), 140_000)])  # more than due
    path = export(example, "nachweis", tmp_path / "nachweis.xlsx")
    values, _ = cells(path, "Nachweis")
    assert values[f"E{row_with(values, 'Zurückzuzahlen (EUR)')}"] == pytest.approx(21_529.05)
    assert_recalculated(path, "Nachweis", tmp_path)
    assert_recalculated(export(example, "belegliste", tmp_path / "belege.xlsx"), "Belege", tmp_path)
