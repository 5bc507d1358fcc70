"""Excel lists read back with openpyxl, and the Maßnahmenliste coming back changed."""

from __future__ import annotations

import shutil
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from tests.exports.helpers import convert, needs_libreoffice
from tests.helpers import dump
from workbench.exports.errors import ImportFileError
from workbench.exports.excel_import import RowKind, read_measure_list
from workbench.model import Measure, MeasureStatus
from workbench.services.exporting import ExportFailed, ExportRequest, apply_import, run_export
from workbench.services.operations import execute, revert
from workbench.store.workspace import Workspace


def export_list(ws: Workspace, path: Path) -> Path:
    return run_export(ws, ExportRequest("massnahmenliste", path))


def column(sheet, header: str) -> int:
    return next(c.column for c in sheet[1] if c.value == header)


def row_of(sheet, code: str) -> int:
    return next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 2).value == code)


def test_measure_list_is_a_proper_workbook(demo_ws: Workspace, tmp_path: Path) -> None:
    path = export_list(demo_ws, tmp_path / "liste")
    assert path.suffix == ".xlsx"
    wb = load_workbook(path)
    assert wb.sheetnames == ["Deckblatt", "Maßnahmen"]
    cover = wb["Deckblatt"]
    assert cover["A1"].value == "Maßnahmenliste"
    assert cover["B5"].value == "Demo: Gemeinsam Digital (Beispieldaten)"
    assert cover["B7"].value == 26 and isinstance(cover["B4"].value, datetime)
    sheet = wb["Maßnahmen"]
    assert [c.value for c in sheet[1]][:4] == ["ID", "Kennung", "Titel", "Kurzbeschreibung"]
    assert sheet["B1"].font.bold and sheet["B1"].fill.fgColor.rgb.endswith("0B3C6E")
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:P27"
    assert sheet.column_dimensions["A"].hidden
    assert sheet.column_dimensions["C"].width > 20  # titles are long
    # printed three pages wide (readable), code and title on each page
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 3
    assert sheet.print_title_rows == "$1:$1" and sheet.print_title_cols == "$B:$C"
    r = row_of(sheet, "P-04")
    begin = sheet.cell(r, column(sheet, "Beginn"))
    assert begin.value == datetime(2022, 10, 1) and begin.number_format == "DD.MM.YYYY"
    budget = sheet.cell(r, column(sheet, "Budget (EUR)"))
    assert budget.value == 1_380_000 and budget.number_format == '#,##0.00 "€"'
    assert sheet.cell(r, column(sheet, "Typ")).value == "Pilotmaßnahme"


def test_milestone_plan_marks_months(demo_ws: Workspace, tmp_path: Path) -> None:
    path = run_export(demo_ws, ExportRequest("meilensteinplan", tmp_path / "plan.xlsx"))
    sheet = load_workbook(path)["Meilensteinplan"]
    headers = [c.value for c in sheet[1]]
    assert headers[:4] == ["Kennung", "Maßnahme / Meilenstein", "Art", "Datum"]
    row = next(
        r
        for r in range(2, sheet.max_row + 1)
        if sheet.cell(r, 2).value == "Prototyp Kiezbox 2.0 abgenommen"
    )
    due = sheet.cell(row, 4).value
    assert due == datetime(2023, 10, 31) and sheet.cell(row, 4).number_format == "DD.MM.YYYY"
    month = headers.index("10/23") + 1
    assert sheet.cell(row, month).value == "◆" and sheet.cell(row, month).fill.fgColor.rgb.endswith(
        "C55A11"
    )
    period_row = next(
        r
        for r in range(2, sheet.max_row + 1)
        if sheet.cell(r, 2).value == "Daten in Alltag und Krise – Kiezbox 2.0"
    )
    filled = [
        c
        for c in range(5, len(headers) + 1)
        if sheet.cell(period_row, c).fill.fgColor.rgb.endswith("BDD7EE")
    ]
    assert headers[filled[0] - 1] == "10/22" and headers[filled[-1] - 1] == "09/26"
    assert sheet.freeze_panes == "E2"


def test_indicators_are_numbers_and_dates(demo_ws: Workspace, tmp_path: Path) -> None:
    path = run_export(demo_ws, ExportRequest("indikatoren", tmp_path / "ind.xlsx"))
    sheet = load_workbook(path)["Indikatoren"]
    values = [sheet.cell(r, 9).value for r in range(2, sheet.max_row + 1)]
    assert all(v is None or isinstance(v, int | float) for v in values)
    assert any(isinstance(sheet.cell(r, 8).value, datetime) for r in range(2, sheet.max_row + 1))


def test_changed_list_comes_back_as_one_undoable_step(demo_ws: Workspace, tmp_path: Path) -> None:
    path = export_list(demo_ws, tmp_path / "liste.xlsx")
    wb = load_workbook(path)
    sheet = wb["Maßnahmen"]
    r = row_of(sheet, "P-03")
    sheet.cell(r, column(sheet, "Titel")).value = "Smart Water Berlin"  # renamed, not duplicated
    sheet.cell(r, column(sheet, "Ende")).value = date(2027, 6, 30)
    sheet.cell(r, column(sheet, "Status")).value = "pausiert"
    new = sheet.max_row + 1
    sheet.cell(new, column(sheet, "Titel")).value = "Digitale Wasserzähler"
    sheet.cell(new, column(sheet, "Handlungsfelder")).value = "Klimaanpassung mit Daten steuern"
    sheet.cell(new, column(sheet, "Beginn")).value = "01.03.2027"
    sheet.cell(new, column(sheet, "Budget (EUR)")).value = 250000.5
    wb.save(path)
    before = dump(demo_ws, ignore_stamps=True)
    with demo_ws.session() as s:
        plan = read_measure_list(s, path)
    assert plan.errors == [] and plan.summary() == "1 neu, 1 geändert, 25 unverändert"
    changed = next(row for row in plan.rows if row.kind is RowKind.CHANGED)
    assert changed.code == "P-03" and changed.changes == [
        ("Titel", "Smart Water", "Smart Water Berlin"),
        ("Ende", "31.08.2026", "30.06.2027"),
        ("Status", "in Umsetzung", "pausiert"),
    ]
    counts, changes = execute(demo_ws, "Maßnahmenliste importieren", apply_import, plan)
    assert counts == {RowKind.NEW: 1, RowKind.CHANGED: 1}
    with demo_ws.session() as s:
        p03 = s.scalars(select(Measure).where(Measure.code == "P-03")).one()
        assert (p03.title, p03.end_date, p03.status) == (
            "Smart Water Berlin",
            date(2027, 6, 30),
            MeasureStatus.PAUSED,
        )
        added = s.scalars(select(Measure).where(Measure.title == "Digitale Wasserzähler")).one()
        assert added.budget_cents == 25_000_050 and added.start_date == date(2027, 3, 1)
        assert len(s.scalars(select(Measure).where(Measure.title.like("Smart Water%"))).all()) == 1
    revert(demo_ws, changes)
    assert dump(demo_ws, ignore_stamps=True) == before


def test_each_problem_is_named_by_sheet_row_and_column(demo_ws: Workspace, tmp_path: Path) -> None:
    path = export_list(demo_ws, tmp_path / "liste.xlsx")
    wb = load_workbook(path)
    sheet = wb["Maßnahmen"]
    sheet.cell(1, 17).value = "Bemerkung"
    r1, r2 = row_of(sheet, "P-01"), row_of(sheet, "P-02")
    sheet.cell(r1, column(sheet, "Beginn")).value = "im Frühjahr"
    sheet.cell(r1, column(sheet, "Handlungsfelder")).value = "Mondfahrt"
    sheet.cell(r2, 1).value = sheet.cell(r1, 1).value  # the same id twice
    sheet.cell(r2, column(sheet, "Budget (EUR)")).value = "=1000*3"
    sheet.cell(row_of(sheet, "P-03"), column(sheet, "Typ")).value = "geheim"
    wb.save(path)
    with demo_ws.session() as s:
        plan = read_measure_list(s, path)
    texts = [str(p) for p in plan.problems]
    assert "Maßnahmen!Q1: Unbekannte Spalte „Bemerkung“: wird nicht übernommen." in texts
    assert any(t.startswith(f"Maßnahmen!I{r1}: Beginn: ") and "im Frühjahr" in t for t in texts)
    assert (
        f"Maßnahmen!F{r1}: Handlungsfelder: Das Handlungsfeld „Mondfahrt“ gibt es nicht." in texts
    )
    assert (
        f"Maßnahmen!A{r2}: Die ID steht schon in Zeile {r1}: eine Maßnahme darf nur einmal vorkommen."
        in texts
    )
    assert any(t.startswith(f"Maßnahmen!O{r2}: enthält eine Formel (=1000*3)") for t in texts)
    assert any(t.startswith("Maßnahmen!E") and "„geheim“ ist nicht erlaubt" in t for t in texts)
    assert len(plan.warnings) == 1
    before = dump(demo_ws)
    with pytest.raises(ExportFailed, match="es wird nichts übernommen"):
        execute(demo_ws, "x", apply_import, plan)
    assert dump(demo_ws) == before


def test_broken_workbooks_get_a_clear_message(demo_ws: Workspace, tmp_path: Path) -> None:
    good = export_list(demo_ws, tmp_path / "liste.xlsx")
    truncated = tmp_path / "abgeschnitten.xlsx"
    truncated.write_bytes(good.read_bytes()[:3000])
    csv = tmp_path / "liste-csv.xlsx"
    csv.write_text("Kennung;Titel\nP-01;Smart Space\n", encoding="utf-8")
    other = tmp_path / "anders.xlsx"
    wb = load_workbook(good)
    wb["Maßnahmen"].title = "Tabelle1"
    wb.save(other)
    with demo_ws.session() as s:
        with pytest.raises(
            ImportFileError,
            match="„abgeschnitten.xlsx“ ist keine lesbare Excel-Arbeitsmappe.*beschädigt",
        ):
            read_measure_list(s, truncated)
        with pytest.raises(ImportFileError, match="CSV-Datei"):
            read_measure_list(s, csv)
        with pytest.raises(ImportFileError, match="hat kein Blatt „Maßnahmen“"):
            read_measure_list(s, other)
    assert zipfile.is_zipfile(good)


@needs_libreoffice
def test_list_saved_again_by_libreoffice_imports_with_only_the_real_changes(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    path = export_list(demo_ws, tmp_path / "liste.xlsx")
    wb = load_workbook(path)
    sheet = wb["Maßnahmen"]
    sheet.cell(row_of(sheet, "D-01"), column(sheet, "Priorität")).value = "hoch"
    wb.save(path)
    out = tmp_path / "lo"
    out.mkdir()
    resaved = convert(path, "xlsx:Calc MS Excel 2007 XML", out)
    assert resaved != path
    with demo_ws.session() as s:
        plan = read_measure_list(s, resaved)
    assert plan.errors == [], plan.errors
    assert [(r.code, r.changes) for r in plan.rows if r.kind is not RowKind.UNCHANGED] == [
        ("D-01", [("Priorität", "mittel", "hoch")])
    ]
    shutil.rmtree(out / "lo-profile", ignore_errors=True)


def test_the_preview_counts_error_rows_as_such_and_names_each_error_once(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    """A row whose cell is refused is „fehlerhaft“, not „unverändert“; a new row lists its
    values, not „– → –“; an end before the start is named once, not by the list's check
    and again by the rules."""
    from workbench.services.exporting import preview_import

    path = export_list(demo_ws, tmp_path / "liste.xlsx")
    wb = load_workbook(path)
    sheet = wb["Maßnahmen"]
    sheet.cell(row_of(sheet, "P-01"), column(sheet, "Beginn")).value = "im Frühjahr"
    p02 = row_of(sheet, "P-02")
    sheet.cell(p02, column(sheet, "Beginn")).value = date(2028, 1, 1)
    sheet.cell(p02, column(sheet, "Ende")).value = date(2027, 1, 1)
    new = sheet.max_row + 1
    sheet.cell(new, column(sheet, "Titel")).value = "Digitale Wasserzähler"
    sheet.cell(new, column(sheet, "Handlungsfelder")).value = "Klimaanpassung mit Daten steuern"
    wb.save(path)
    with demo_ws.session() as s:
        plan = preview_import(s, path)
    assert plan.summary().startswith("1 neu, 0 geändert, 24 unverändert, 2 fehlerhaft")
    assert len([p for p in plan.problems if p.row == p02]) == 1, plan.problems
    added = next(r for r in plan.rows if r.kind is RowKind.NEW)
    assert all(new_value not in ("", "–") for _, _, new_value in added.changes), added.changes
