"""`workbench export` and `workbench import measures` without a window."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from tests.test_cli import cli


@pytest.mark.slow  # draws pictures in processes of their own
def test_export_every_kind_from_the_command_line(tmp_path: Path) -> None:
    ws = str(tmp_path / "demo.werkbank")
    assert cli("demo", ws)[0] == 0
    code, out, err = cli(
        "export", "steckbrief", ws, "-o", str(tmp_path / "sb.docx"), "--measure", "P-02"
    )
    assert (code, err) == (0, "") and "Maßnahmensteckbrief geschrieben" in out
    assert Document(str(tmp_path / "sb.docx")).paragraphs[0].text == "Data & Smart City Governance"
    code, out, _ = cli(
        "export", "strategiebericht", ws, "-o", str(tmp_path / "piloten"), "--type", "Pilotmaßnahme"
    )
    assert code == 0 and (tmp_path / "piloten.docx").exists()
    subtitle = Document(str(tmp_path / "piloten.docx")).paragraphs[1].text
    assert "5 Maßnahmen (gefiltert: Typ „Pilotmaßnahme“)" in subtitle
    code, _, _ = cli(
        "export",
        "massnahmenliste",
        ws,
        "-o",
        str(tmp_path / "liste.xlsx"),
        "--field",
        "Smarte Wirtschaftsmodelle erproben und fördern",
    )
    assert code == 0
    rows = load_workbook(tmp_path / "liste.xlsx")["Maßnahmen"].max_row - 1
    assert 0 < rows < 26
    code, _, _ = cli(
        "export", "workshop", ws, "-o", str(tmp_path / "ws.docx"), "--workshop", "Kiezbox"
    )
    assert code == 0 and len(Document(str(tmp_path / "ws.docx")).inline_shapes) == 2  # two canvases
    for shape in Document(str(tmp_path / "ws.docx")).inline_shapes:  # read by screen readers
        alt = shape._inline.docPr.get("descr")
        assert alt.startswith("Bild der Leinwand „") and "Notiz" in alt
    for name in ("ws.docx", "piloten.docx"):  # spelling and screen readers: German
        document = Document(str(tmp_path / name))
        assert document.core_properties.language == "de-DE"
        langs = document.styles.element.xpath("./w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val")
        assert langs == ["de-DE"], name
    code, _, err = cli("export", "statusbericht", ws, "-o", str(tmp_path / "x.docx"))
    assert code == 1 and "wählen Sie eine Maßnahme (--measure)" in err
    code, _, err = cli("export", "jahresbericht", ws, "-o", str(tmp_path / "x.docx"))
    assert code == 1 and "Unbekannte Exportart „jahresbericht“" in err


def test_import_measures_dry_run_then_for_real(tmp_path: Path) -> None:
    ws = str(tmp_path / "demo.werkbank")
    cli("demo", ws)
    cli("export", "massnahmenliste", ws, "-o", str(tmp_path / "liste.xlsx"))
    wb = load_workbook(tmp_path / "liste.xlsx")
    sheet = wb["Maßnahmen"]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 2).value == "P-05")
    sheet.cell(row, 3).value = "Bürgerhaushalt digital"
    wb.save(tmp_path / "liste.xlsx")
    code, out, _ = cli("import", "measures", ws, str(tmp_path / "liste.xlsx"), "--dry-run")
    assert (
        code == 0 and "Titel: Smarte Partizipation – Bürgerhaushalt → Bürgerhaushalt digital" in out
    )
    assert "Probelauf: nichts geschrieben." in out
    assert "Bürgerhaushalt digital" not in cli("measures", "list", ws)[1]
    code, out, _ = cli("import", "measures", ws, str(tmp_path / "liste.xlsx"))
    assert code == 0 and "Übernommen: 0 neu, 1 geändert." in out
    assert "Bürgerhaushalt digital" in cli("measures", "list", ws)[1]
    (tmp_path / "kaputt.xlsx").write_text("a;b\n", encoding="utf-8")
    code, _, err = cli("import", "measures", ws, str(tmp_path / "kaputt.xlsx"))
    assert code == 1 and "keine lesbare Excel-Arbeitsmappe" in err


def test_exported_files_get_the_users_normal_mode(demo_ws, tmp_path: Path) -> None:
    """Colleagues on a share can open what was exported: a new file gets the mode the
    umask gives (not the private 0600 of a temporary file); a file replaced keeps its mode."""
    import os
    import stat

    from workbench.services.exporting import ExportRequest, run_export

    old = os.umask(0o022)
    try:
        word = run_export(demo_ws, ExportRequest("strategiebericht", tmp_path / "bericht.docx"))
        excel = run_export(demo_ws, ExportRequest("massnahmenliste", tmp_path / "liste.xlsx"))
        assert stat.S_IMODE(word.stat().st_mode) == 0o644
        assert stat.S_IMODE(excel.stat().st_mode) == 0o644
        os.chmod(excel, 0o640)
        run_export(demo_ws, ExportRequest("massnahmenliste", excel))
        assert stat.S_IMODE(excel.stat().st_mode) == 0o640
    finally:
        os.umask(old)
