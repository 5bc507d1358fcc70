"""Files the user opens for an import are untrusted: XML bombs, external entities, a sheet
cut in half, absurd numbers, a gigabyte CSV, a workbook of 300,000 rows. Each ends in a
German message naming the file (and sheet, row and column where there is one), read as
a stream with its limit checked while reading; nothing is written."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from tests.services.test_receipts_import import example  # noqa: F401 (fixture)
from workbench.exports.errors import ImportFileError
from workbench.exports.excel_import import MAX_ROWS
from workbench.services import exporting, receipts
from workbench.services.exporting import ExportRequest, run_export
from workbench.store.workspace import Workspace

BOMB = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'
        for n in range(1, 10)
    )
    + "]>"
)
XXE = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'


def _export_list(ws: Workspace, path: Path) -> Path:
    return run_export(ws, ExportRequest("massnahmenliste", path))


def _rewrite_sheet(source: Path, target: Path, change) -> Path:
    """A copy of *source* whose Maßnahmen sheet XML went through *change*."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dst:
        names = src.namelist()
        sheet = next(
            n
            for n in names
            if n.startswith("xl/worksheets/sheet")
            and n.endswith(".xml")
            and b"Kennung" in src.read(n)
            or n == "xl/worksheets/sheet2.xml"
        )
        for name in names:
            data = src.read(name)
            dst.writestr(name, change(data) if name == sheet else data)
    return target


def _preview(ws: Workspace, path: Path):
    with ws.session() as s:
        return exporting.preview_import(s, path)


@pytest.mark.parametrize("case", ["bomb", "xxe", "cut"])
def test_a_dangerous_or_broken_sheet_is_refused_by_name(demo_ws, tmp_path: Path, case) -> None:
    good = _export_list(demo_ws, tmp_path / "liste.xlsx")

    def change(data: bytes) -> bytes:
        body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
        if case == "bomb":
            return BOMB.encode() + body.replace(b"<v>", b"<v>&lol9;", 1)
        if case == "xxe":
            return XXE.encode() + body.replace(b"<v>", b"<v>&secret;", 1)
        return data[: len(data) // 2]

    hostile = _rewrite_sheet(good, tmp_path / f"{case}.xlsx", change)
    started = time.monotonic()
    with pytest.raises(ImportFileError) as caught:
        _preview(demo_ws, hostile)
    assert f"„{case}.xlsx“" in str(caught.value)
    if case in ("bomb", "xxe"):
        assert "Sicherheitsgründen" in str(caught.value)
    assert time.monotonic() - started < 10


def test_absurd_and_negative_budgets_are_named_in_the_preview(demo_ws, tmp_path: Path) -> None:
    good = _export_list(demo_ws, tmp_path / "liste.xlsx")
    wb = load_workbook(good)
    ws = wb["Maßnahmen"]
    headers = [c.value for c in ws[1]]
    budget = headers.index("Budget (EUR)") + 1
    ws.cell(2, budget).value = 1e300
    ws.cell(3, budget).value = 10**23
    ws.cell(4, budget).value = -5000
    wb.save(tmp_path / "absurd.xlsx")
    plan = _preview(demo_ws, tmp_path / "absurd.xlsx")
    letter = ws.cell(2, budget).column_letter
    errors = [str(p) for p in plan.errors]
    assert any(e.startswith(f"Maßnahmen!{letter}2") and "höchste Betrag" in e for e in errors)
    assert any(e.startswith(f"Maßnahmen!{letter}3") and "höchste Betrag" in e for e in errors)
    assert any(e.startswith(f"Maßnahmen!{letter}4") and "negativ" in e for e in errors), errors


@pytest.mark.slow  # builds a file of tens of megabytes
def test_a_workbook_of_more_rows_than_allowed_stops_early(demo_ws, tmp_path: Path) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Maßnahmen")
    ws.append(["ID", "Kennung", "Titel"])
    for n in range(MAX_ROWS + 20):
        ws.append(["", f"X-{n}", f"Zeile {n}"])
    wb.save(tmp_path / "riesig.xlsx")
    started = time.monotonic()
    with pytest.raises(
        ImportFileError, match="„riesig.xlsx“, Blatt „Maßnahmen“: mehr als 50.000 Zeilen"
    ):
        _preview(demo_ws, tmp_path / "riesig.xlsx")
    assert time.monotonic() - started < 60


def test_a_huge_csv_is_refused_before_it_is_read(example, tmp_path: Path) -> None:  # noqa: F811
    ws, grant_id = example
    huge = tmp_path / "belege.csv"
    with huge.open("wb") as fh:
        fh.write(b"Beleg-Nr.;Datum;Betrag\n")
        fh.truncate(1024**3)  # 1 GB (sparse)
    with (
        ws.session() as s,
        pytest.raises(ImportFileError, match="„belege.csv“ ist mit 1073 MB zu groß"),
    ):
        receipts.preview(s, grant_id, huge, "SAP")


def test_a_csv_of_more_rows_than_allowed_stops_at_the_limit(example, tmp_path: Path) -> None:  # noqa: F811
    from workbench.exports.receipts_import import MAX_ROWS as RECEIPT_ROWS

    ws, grant_id = example
    path = tmp_path / "viele.csv"
    lines = ["Beleg-Nr.;Datum;Kreditor;Buchungstext;Betrag;Kostenposition"]
    lines += [f"R-{n};03.03.2026;K;T;1,00;4.1" for n in range(RECEIPT_ROWS + 10)]
    path.write_text("\n".join(lines), encoding="utf-8")
    with (
        ws.session() as s,
        pytest.raises(ImportFileError, match="„viele.csv“: mehr als 100.000 Zeilen"),
    ):
        receipts.preview(s, grant_id, path, "SAP")


def test_receipt_amounts_beyond_the_maximum_are_errors_not_crashes(example, tmp_path: Path) -> None:  # noqa: F811
    ws, grant_id = example
    wb = Workbook()
    sheet = wb.active
    sheet.append(["Beleg-Nr.", "Datum", "Betrag", "Kostenposition"])
    sheet.append(["R-1", "03.03.2026", 1e300, "4.1"])
    sheet.append(["R-2", "03.03.2026", float("inf"), "4.1"])
    wb.save(tmp_path / "belege.xlsx")
    with ws.session() as s:
        plan = receipts.preview(s, grant_id, tmp_path / "belege.xlsx", "SAP")
    assert any("Zeile 2" in e and "höchste Betrag" in e for e in plan.errors), plan.errors
    assert any("Zeile 3" in e for e in plan.errors), plan.errors  # infinity: an error too
