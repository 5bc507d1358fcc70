"""Receipts from a finance system's export: mapping, preview, duplicates, errors, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from tests.services.test_funding_checks import build
from tests.test_cli import cli
from workbench.exports.errors import ImportFileError
from workbench.model import Receipt
from workbench.services import receipts
from workbench.services.operations import execute, revert
from workbench.store.workspace import Workspace

CSV = """Beleg-Nr.;Datum;Kreditor;Buchungstext;Betrag;Kostenposition
R-9001;03.03.2026;Sensorik Nord GmbH;Sensoren Los 1;1.234,56;4.1
R-9002;04.03.2026;Kiez eG;Raummiete;800,00;2.1
B-001;28.02.2026;Doppelt GmbH;schon erfasst;9.000,00;1.1
"""


def count(ws: Workspace) -> int:
    with ws.session() as s:
        return s.scalar(select(func.count()).select_from(Receipt))


@pytest.fixture
def example(tmp_path: Path):
    ws = Workspace.create(tmp_path / "foerderung.werkbank")
    grant_id = build(ws)
    yield ws, grant_id
    ws.close()


def test_csv_with_guessed_mapping_skips_duplicates_and_is_one_undo_step(
    example, tmp_path: Path
) -> None:
    ws, grant_id = example
    path = tmp_path / "export.csv"
    path.write_text(CSV, encoding="cp1252")  # what German finance systems often write
    with ws.session() as s:
        plan = receipts.preview(s, grant_id, path, "SAP")
    assert plan.mapping == {
        "number": "Beleg-Nr.",
        "receipt_date": "Datum",
        "payee": "Kreditor",
        "purpose": "Buchungstext",
        "gross_cents": "Betrag",
        "position": "Kostenposition",
    }
    assert plan.errors == [] and plan.duplicates == [(4, "B-001")]
    assert [r.values["gross_cents"] for r in plan.new] == [123_456, 80_000]
    before = count(ws)
    added, changes = execute(ws, "Belege importieren", receipts.apply, grant_id, plan, "SAP")
    assert added == 2 and count(ws) == before + 2
    with ws.session() as s:
        assert receipts.saved_mapping(s, "SAP") == plan.mapping  # remembered for this source
    revert(ws, changes)
    assert count(ws) == before


def test_excel_with_own_mapping_and_errors_named_by_row(example, tmp_path: Path) -> None:
    ws, grant_id = example
    wb = Workbook()
    sheet = wb.active
    sheet.append(["Nr", "Am", "An", "Text", "EUR", "Pos"])
    sheet.append(["X-1", "01.04.2026", "A GmbH", "gut", 100.5, "2.1"])
    sheet.append(["X-2", "im April", "B GmbH", "Datum falsch", 10, "2.1"])
    sheet.append(["X-3", "02.04.2026", "C GmbH", "Position fehlt", 10, "9.9"])
    sheet.append(["X-1", "03.04.2026", "D GmbH", "doppelt in der Datei", 10, "2.1"])
    path = tmp_path / "export.xlsx"
    wb.save(path)
    mapping = {
        "number": "Nr",
        "receipt_date": "Am",
        "payee": "An",
        "purpose": "Text",
        "gross_cents": "EUR",
        "position": "Pos",
    }
    with ws.session() as s:
        plan = receipts.preview(s, grant_id, path, "Finanzsystem B", mapping)
    assert plan.errors == [
        "export.xlsx, Zeile 3 (Beleg X-2): Belegdatum: „im April“ ist kein Datum (erwartet: TT.MM.JJJJ).",
        "export.xlsx, Zeile 4 (Beleg X-3): Planposition „9.9“ gibt es in dieser Zuwendung nicht.",
        "export.xlsx, Zeile 5: Beleg X-1 steht schon in Zeile 2.",
    ]
    before = count(ws)
    with pytest.raises(receipts.ReceiptImportError, match="es wird nichts übernommen"):
        execute(ws, "x", receipts.apply, grant_id, plan, "Finanzsystem B")
    assert count(ws) == before


def test_not_a_table_gets_a_message(example, tmp_path: Path) -> None:
    ws, grant_id = example
    broken = tmp_path / "kaputt.xlsx"
    broken.write_bytes(b"PK\x03\x04 kaputt")
    with (
        ws.session() as s,
        pytest.raises(ImportFileError, match="keine lesbare Excel-Arbeitsmappe"),
    ):
        receipts.preview(s, grant_id, broken, "X")


def test_command_line_remembers_the_mapping_per_source(tmp_path: Path) -> None:
    path = tmp_path / "foerderung.werkbank"
    ws = Workspace.create(path)
    build(ws)
    ws.close()
    export = tmp_path / "buchungen.csv"
    export.write_text("Nr;Am;EUR;Pos\nK-1;05.05.2026;50,00;2.1\n", encoding="utf-8")
    code, out, _ = cli(
        "import",
        "receipts",
        str(path),
        str(export),
        "--grant",
        "436-0815",
        "--source",
        "Kasse",
        "--map",
        "number=Nr",
        "--map",
        "receipt_date=Am",
        "--map",
        "gross_cents=EUR",
        "--map",
        "position=Pos",
    )
    assert code == 0 and "Übernommen: 1 Belege." in out
    export.write_text("Nr;Am;EUR;Pos\nK-2;06.05.2026;60,00;2.1\n", encoding="utf-8")
    code, out, _ = cli(
        "import",
        "receipts",
        str(path),
        str(export),
        "--grant",
        "436-0815",
        "--source",
        "Kasse",
        "--dry-run",
    )  # no --map: the saved one applies
    assert code == 0 and "1 neue Belege" in out and "Probelauf" in out


def test_vat_comes_in_with_the_receipts_and_a_bad_one_is_named(example, tmp_path: Path) -> None:
    """A finance system's export with a VAT column: recognised by its header, stored per
    receipt; a VAT above the gross amount is named by row and nothing comes in."""
    ws, grant_id = example
    path = tmp_path / "export.csv"
    path.write_text(
        "Beleg-Nr.;Datum;Betrag;MwSt;Kostenposition\n"
        "R-1;03.03.2026;1.190,00;190,00;4.1\nR-2;04.03.2026;100,00;;2.1\n",
        encoding="utf-8",
    )
    with ws.session() as s:
        plan = receipts.preview(s, grant_id, path, "SAP")
    assert plan.mapping["vat_cents"] == "MwSt" and plan.errors == []
    assert [r.values.get("vat_cents") for r in plan.new] == [19_000, None]
    execute(ws, "Belege importieren", receipts.apply, grant_id, plan, "SAP")
    with ws.session() as s:
        assert s.scalars(select(Receipt.vat_cents).where(Receipt.number == "R-1")).one() == 19_000
    path.write_text(
        "Beleg-Nr.;Datum;Betrag;MwSt;Kostenposition\nR-3;03.03.2026;100,00;190,00;4.1\n",
        encoding="utf-8",
    )
    with ws.session() as s:
        plan = receipts.preview(s, grant_id, path, "SAP")
    assert (
        plan.errors
        == ["export.csv, Zeile 2 (Beleg R-3): Umsatzsteuer: liegt nicht zwischen 0 und dem Betrag."]
        and not plan.new
    )
