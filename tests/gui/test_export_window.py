"""Exporting and importing from the window: dialog, background work, preview, undo."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog

from tests.gui.test_measures_window import visible_titles
from workbench.gui.export_dialog import ExportDialog, ImportPreview
from workbench.gui.main_window import MainWindow
from workbench.gui.window_templates import word_template


def answer(window: MainWindow, configure) -> list[QDialog]:
    """Dialogs are answered by *configure* instead of a person; returns those shown."""
    shown: list[QDialog] = []

    def run(dialog: QDialog) -> bool:
        shown.append(dialog)
        return configure(dialog)

    window.exporter.run_dialog = run
    return shown


def export_through_dialog(qtbot, window: MainWindow, kind: str, target: Path) -> None:
    """Export → the dialog answered with *kind* and *target*, not opened afterwards."""

    def configure(dialog: ExportDialog) -> bool:
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        dialog.target.setText(str(target))
        dialog.open_after.setChecked(False)
        return True

    answer(window, configure)
    window.export_action.trigger()
    wait(qtbot, window)


def wait(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.exporter.runner.busy, timeout=60_000)


def test_steckbrief_from_the_context_menu_of_a_measure(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    window.show_section(1)
    window.measures.select(next(r.id for r in window.measures.model.all_rows if r.code == "P-04"))
    target = tmp_path / "kiezbox.docx"

    def configure(dialog: ExportDialog) -> bool:
        assert dialog.current_kind().key == "steckbrief"
        assert dialog.measure.currentText().startswith("P-04 ")
        dialog.target.setText(str(target))
        dialog.open_after.setChecked(False)
        return True

    answer(window, configure)
    action = next(
        a
        for a in window.measures.table.actions()
        if a.text() == "Maßnahmensteckbrief exportieren …"
    )
    action.trigger()
    wait(qtbot, window)
    assert Document(str(target)).paragraphs[0].text == "Daten in Alltag und Krise – Kiezbox 2.0"
    assert "Maßnahmensteckbrief gespeichert" in window.statusBar().currentMessage()


def test_strategy_report_of_the_filtered_list_and_an_error_named(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    window.show_section(1)
    window.measures.search.setText("Kiez")
    window.measures.apply_filter_now()
    shown = len(visible_titles(window))
    target = tmp_path / "bericht.docx"

    def configure(dialog: ExportDialog) -> bool:
        dialog.kind.setCurrentIndex(dialog.kind.findData("strategiebericht"))
        assert dialog.scope_filter.text() == f"Gefilterte Liste ({shown})"
        dialog.scope_filter.setChecked(True)
        dialog.target.setText(str(target))
        dialog.open_after.setChecked(False)
        return True

    answer(window, configure)
    window.export_action.trigger()
    wait(qtbot, window)
    import re

    headings = [p.text for p in Document(str(target)).paragraphs if p.style.name == "Heading 3"]
    measure_blocks = [h for h in headings if re.match(r"[A-Z]-\d\d ", h)]
    assert len(measure_blocks) == shown  # one block per measure of the filtered list
    # its Zeitplan: the filtered measures' bars, drawn by the section's painter
    alts = [s._inline.docPr.get("descr") for s in Document(str(target)).inline_shapes]
    assert any(
        a.startswith("Zeitplan") and f"zeigt {shown} Maßnahmen als Balken" in a for a in alts
    )
    # and its Wirkung: the overview's pictures, drawn by the section's painter
    assert any(a.startswith("Wirkung im Überblick") for a in alts)

    def to_nowhere(dialog: ExportDialog) -> bool:
        dialog.target.setText(str(tmp_path / "gibt-es-nicht" / "x.docx"))
        dialog.open_after.setChecked(False)
        return True

    answer(window, to_nowhere)
    window.export_action.trigger()
    wait(qtbot, window)
    assert (
        "Der Ordner" in window.dialogs.errors[-1] and "existiert nicht" in window.dialogs.errors[-1]
    )


def test_workshop_documentation_from_the_workshop_list(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    window.show_section(2)
    row = next(
        i for i, r in enumerate(window.workshops.model.rows) if r.title.startswith("Maßnahmen")
    )
    window.workshops.table.selectRow(row)
    target = tmp_path / "workshop.docx"

    def configure(dialog: ExportDialog) -> bool:
        assert dialog.current_kind().key == "workshop"
        assert dialog.workshop.currentText() == "Maßnahmenwerkstatt Kiezbox 2.0"
        dialog.target.setText(str(target))
        dialog.open_after.setChecked(False)
        return True

    answer(window, configure)
    window.workshops.table.actions()[0].trigger()
    wait(qtbot, window)
    doc = Document(str(target))
    assert len(doc.inline_shapes) == 2  # both canvases as pictures, drawn by the window
    assert "Schulungen für Ehrenamtliche | 4 | –" in "\n".join(
        " | ".join(c.text for c in r.cells) for t in doc.tables for r in t.rows
    )
    # each canvas picture on a landscape page as wide as the page (its notes stay readable);
    # headings in order below the title; empty zones named once, not one heading each
    from docx.enum.section import WD_ORIENT

    wide = [s for s in doc.sections if s.orientation == WD_ORIENT.LANDSCAPE]
    assert len(wide) == 2 and all(s.page_width > s.page_height for s in wide)
    usable = wide[0].page_width - wide[0].left_margin - wide[0].right_margin
    assert max(shape.width for shape in doc.inline_shapes) > usable * 0.6
    styles = [p.style.name for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert styles[0] == "Heading 1" and "Heading 3" not in styles
    texts = [p.text for p in doc.paragraphs]
    assert "Keine Notizen." not in texts
    # a canvas's heading opens its landscape page, right above the picture (it stood alone
    # at the foot of the page before), and keeps with what follows
    from docx.oxml.ns import qn

    for index, paragraph in enumerate(doc.paragraphs):
        if paragraph.text.startswith("Leinwand: "):
            before = doc.paragraphs[index - 1]._p
            assert before.pPr is not None and before.pPr.find(qn("w:sectPr")) is not None
            assert doc.paragraphs[index + 1]._p.xpath(".//w:drawing")
            assert paragraph.paragraph_format.keep_with_next


def test_import_shows_a_preview_and_is_one_undo_step(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    from workbench.services.exporting import ExportRequest, run_export

    path = run_export(window.workspace, ExportRequest("massnahmenliste", tmp_path / "liste.xlsx"))
    wb = load_workbook(path)
    sheet = wb["Maßnahmen"]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 2).value == "P-01")
    sheet.cell(row, 3).value = "Smart Space Hardenbergplatz 2.0"
    wb.save(path)
    window.dialogs.next_path = str(path)

    def configure(preview: ImportPreview) -> bool:
        assert preview.summary.text() == "0 neu, 1 geändert, 25 unverändert"
        assert preview.model.item(0, 1).text() == "geändert"
        assert preview.model.item(0, 4).text() == (
            "Titel: Smart Space Hardenbergplatz → Smart Space Hardenbergplatz 2.0"
        )
        assert preview.apply_button.isEnabled()
        return True

    shown = answer(window, configure)
    window.show_section(1)
    window.import_action.trigger()
    wait(qtbot, window)
    assert len(shown) == 1
    assert "Smart Space Hardenbergplatz 2.0" in visible_titles(window)
    assert window.ops.undo_stack.undoText() == "Maßnahmenliste importieren"
    window.undo_action.trigger()
    assert "Smart Space Hardenbergplatz 2.0" not in visible_titles(window)


def test_broken_file_is_refused_before_any_preview(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    broken = tmp_path / "liste.xlsx"
    broken.write_bytes(b"PK\x03\x04 abgeschnitten")
    window.dialogs.next_path = str(broken)
    shown = answer(window, lambda _d: True)
    window.import_action.trigger()
    wait(qtbot, window)
    assert (
        shown == []
        and "„liste.xlsx“ ist keine lesbare Excel-Arbeitsmappe" in window.dialogs.errors[-1]
    )


def test_organisation_template_is_chosen_in_the_settings(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    from workbench.exports.docx_base import builtin_template
    from workbench.gui import settings as opt

    bad = tmp_path / "briefkopf.docx"
    bad.write_text("kein Word", encoding="utf-8")
    window.dialogs.next_path = str(bad)
    window.template_action.trigger()
    assert "keine lesbare Word-Vorlage" in window.dialogs.errors[-1]
    assert window.settings.get(opt.WORD_TEMPLATE) == ""
    own = tmp_path / "bezirksamt.docx"
    doc = Document(str(builtin_template()))
    doc.sections[0].header.paragraphs[0].text = "Bezirksamt Beispiel"
    doc.save(str(own))
    window.dialogs.next_path = str(own)
    window.template_action.trigger()
    assert window.settings.get(opt.WORD_TEMPLATE) == str(own)
    target = tmp_path / "mit-briefkopf.docx"
    export_through_dialog(qtbot, window, "statusbericht", target)
    assert Document(str(target)).sections[0].header.paragraphs[0].text == "Bezirksamt Beispiel"
    window.builtin_template_action.trigger()
    assert word_template(window) is None


def test_funding_document_from_the_export_dialog(qtbot, window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "nachweis.xlsx"

    def configure(dialog: ExportDialog) -> bool:
        dialog.kind.setCurrentIndex(dialog.kind.findData("nachweis"))
        assert dialog.form.isRowVisible(dialog.grant)
        assert dialog.grant.currentText().startswith("436-BSP-2023-0815")
        dialog.target.setText(str(target))
        dialog.open_after.setChecked(False)
        return True

    answer(window, configure)
    window.export_action.trigger()
    wait(qtbot, window)
    values = [
        c.value
        for row in load_workbook(target, data_only=True)["Nachweis"].iter_rows()
        for c in row
    ]
    assert "Projektleitung und Koordination" in values and "Zusage vom" in values  # KfW's terms


def test_funding_period_and_request_are_chosen_in_the_dialog(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    errors: list[str] = []
    window.dialogs.error = lambda title, text: errors.append(text)
    target = tmp_path / "nachweis.xlsx"

    def nachweis(dialog: ExportDialog) -> bool:
        dialog.kind.setCurrentIndex(dialog.kind.findData("nachweis"))
        assert dialog.form.isRowVisible(dialog.period_box) and dialog.form.isRowVisible(
            dialog.report
        )
        assert not dialog.form.isRowVisible(dialog.funds_request)
        dialog.period_from.setText("01.01.2024")
        dialog.period_to.setText("31.12.2023")
        dialog._accept()  # refused: the end before the beginning, the dialog stays open
        assert errors[-1] == "Das Ende des Berichtszeitraums liegt vor seinem Beginn."
        dialog.period_to.setText("31.12.2024")
        dialog.target.setText(str(target))
        dialog.open_after.setChecked(False)
        return True

    answer(window, nachweis)
    window.export_action.trigger()
    wait(qtbot, window)
    values = [
        c.value
        for row in load_workbook(target, data_only=True)["Nachweis"].iter_rows()
        for c in row
    ]
    assert "01.01.2024 – 31.12.2024" in values
    target = tmp_path / "ganz.xlsx"

    def whole(dialog: ExportDialog) -> bool:
        """„keiner (ganzer Bewilligungszeitraum)“ means the whole period, not the newest report."""
        dialog.kind.setCurrentIndex(dialog.kind.findData("nachweis"))
        dialog.period_from.setText("")
        dialog.period_to.setText("")
        dialog.report.setCurrentIndex(dialog.report.findData(None))
        dialog.target.setText(str(target))
        dialog.open_after.setChecked(False)
        return True

    answer(window, whole)
    window.export_action.trigger()
    wait(qtbot, window)
    sheet = load_workbook(target, data_only=True)["Nachweis"]
    values = [c.value for row in sheet.iter_rows() for c in row]
    assert sheet["A1"].value == "Zahlenmäßiger Nachweis (Verwendungsnachweis)"
    assert "01.04.2023 – 31.12.2026" in values  # the whole Bewilligungszeitraum
    target = tmp_path / "belege.xlsx"

    def receipts(dialog: ExportDialog) -> bool:
        """The Belegliste offers the same choice; the 2024 report lists 2024's receipts."""
        dialog.kind.setCurrentIndex(dialog.kind.findData("belegliste"))
        assert dialog.form.isRowVisible(dialog.report)
        dialog.report.setCurrentIndex(
            next(
                i for i in range(dialog.report.count()) if "31.12.2024" in dialog.report.itemText(i)
            )
        )
        dialog.target.setText(str(target))
        dialog.open_after.setChecked(False)
        return True

    answer(window, receipts)
    window.export_action.trigger()
    wait(qtbot, window)
    paid = [
        row[3].value
        for row in load_workbook(target, data_only=True)["Belege"].iter_rows(min_row=2)
        if isinstance(row[3].value, datetime)
    ]
    assert paid and all(day.year == 2024 for day in paid)
    target = tmp_path / "abruf.xlsx"

    def abruf(dialog: ExportDialog) -> bool:
        dialog.kind.setCurrentIndex(dialog.kind.findData("mittelabruf"))
        assert dialog.form.isRowVisible(dialog.funds_request)
        assert [dialog.funds_request.itemText(i) for i in range(dialog.funds_request.count())] == [
            "vom 10.01.2025 über 260.000,00 €",
            "vom 10.01.2024 über 162.500,00 €",
        ]
        dialog.funds_request.setCurrentIndex(1)
        dialog.target.setText(str(target))
        dialog.open_after.setChecked(False)
        return True

    answer(window, abruf)
    window.export_action.trigger()
    wait(qtbot, window)
    assert (
        load_workbook(target, data_only=True)["Mittelabruf"]["A1"].value
        == "Mittelabruf vom 10.01.2024"
    )


def test_the_dialog_names_the_subject_and_remembers_folder_and_choice(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """The proposed file names the measure; after an export into a folder with „danach
    öffnen“ off, the next dialog starts in that folder with the box off. A document no
    program opens is reported, not silently dropped."""
    errors: list[str] = []
    window.dialogs.error = lambda title, text: errors.append(text)
    window.show_section(1)
    window.measures.select(next(r.id for r in window.measures.model.all_rows if r.code == "P-04"))
    folder = tmp_path / "Ablage"
    folder.mkdir()
    seen: dict[str, object] = {}

    def first(dialog: ExportDialog) -> bool:
        seen["name"] = Path(dialog.target.text()).name
        dialog.target.setText(str(folder / Path(dialog.target.text()).name))
        dialog.open_after.setChecked(False)
        return True

    answer(window, first)
    window.export_action.trigger()
    wait(qtbot, window)
    assert seen["name"] == "Maßnahmensteckbrief P-04 Daten in Alltag und Krise – Kiezbox 2.0.docx"
    assert (folder / str(seen["name"])).exists()

    def second(dialog: ExportDialog) -> bool:
        seen["folder"] = Path(dialog.target.text()).parent
        seen["open"] = dialog.open_after.isChecked()
        dialog.kind.setCurrentIndex(dialog.kind.findData("workshop"))
        seen["workshop"] = Path(dialog.target.text()).name
        dialog.kind.setCurrentIndex(dialog.kind.findData("massnahmenliste"))
        dialog.open_after.setChecked(True)
        return True

    window.exporter.open_file = lambda path: False  # no program for .xlsx on this machine
    answer(window, second)
    window.export_action.trigger()
    wait(qtbot, window)
    assert seen["folder"] == folder and seen["open"] is False
    assert (
        str(seen["workshop"]).startswith("Workshop-Dokumentation ")
        and str(seen["workshop"]) != "Workshop-Dokumentation.docx"
    )
    assert errors and "ließ sich aber nicht öffnen" in errors[-1] and ".xlsx" in errors[-1]


def test_unexpected_error_in_background_work_is_reported_and_the_progress_closes(
    qtbot, window: MainWindow
) -> None:
    """Work off the GUI thread that fails in a way nobody foresaw: the caller hears of it
    (it used to be lost in the pool thread, with the progress dialog left open)."""
    from workbench.gui.export_dialog import BackgroundRunner

    runner = BackgroundRunner(window)
    heard: list[tuple[object, str]] = []

    def broken() -> None:
        raise KeyError("spalte")

    runner.start("Maßnahmenliste wird geschrieben …", broken, lambda r, e: heard.append((r, e)))
    qtbot.waitUntil(lambda: heard != [], timeout=10_000)
    assert (
        heard[0][0] is None and "unerwarteter Fehler" in heard[0][1] and "KeyError" in heard[0][1]
    )
    assert not runner.busy and runner.progress is None


def test_a_desktop_without_a_program_for_the_type_is_told(tmp_path, monkeypatch) -> None:
    """Linux: Qt hands any file to xdg-open and says yes; the desktop's own list (xdg-mime)
    says whether a program is set up for .xlsx. Here a desktop that has none."""
    import os
    import sys

    from workbench.gui.export_dialog import open_file

    if not sys.platform.startswith("linux"):
        pytest.skip("xdg-mime is the Linux desktop's list of programs")
    tools = tmp_path / "bin"
    tools.mkdir()
    (tools / "xdg-open").write_text("#!/bin/sh\nexit 3\n")
    (tools / "xdg-mime").write_text(
        '#!/bin/sh\nif [ "$2" = filetype ]; then echo application/vnd.ms-excel; fi\nexit 0\n'
    )
    for tool in tools.iterdir():
        tool.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tools}{os.pathsep}{os.environ['PATH']}")
    target = tmp_path / "liste.xlsx"
    target.write_bytes(b"PK")
    assert open_file(target) is False


def test_the_dialog_opens_on_the_document_of_the_section_and_then_on_the_last_one(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    window.show_section(3)  # Förderung
    shown = answer(window, lambda dialog: False)
    window.exporter.export()
    assert shown[-1].kind.currentData() == "nachweis"

    def belegliste(dialog) -> bool:
        dialog.kind.setCurrentIndex(dialog.kind.findData("belegliste"))
        dialog.target.setText(str(tmp_path / "belege.xlsx"))
        return True

    answer(window, belegliste)
    window.exporter.export()
    wait(qtbot, window)
    shown = answer(window, lambda dialog: False)
    window.exporter.export()
    assert shown[-1].kind.currentData() == "belegliste"
    target = shown[-1].target
    # the whole path fits the field (up to most of the screen), its end – the name – shown
    needed = target.fontMetrics().horizontalAdvance(target.text())
    screen = target.screen().availableGeometry().width()
    assert target.minimumWidth() >= min(needed, int(screen * 0.6))
    assert target.cursorPosition() == len(target.text())
    window.show_section(1)  # Maßnahmen: its own document
    window.exporter.export()
    assert shown[-1].kind.currentData() == "steckbrief"


def test_the_roadmap_goes_to_ms_project_and_a_moved_date_comes_back_in_one_undo_step(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """Export as MS Project XML from the menu (the measure table's filter), a planner moves
    an end date in the file, the import shows it field by field and takes it over."""
    window.show_section(1)
    window.measures.search.setText("Kiez")
    window.measures.apply_filter_now()
    shown = len(visible_titles(window))
    target = tmp_path / "plan.xml"
    window.dialogs.next_path = str(tmp_path / "plan")
    window.msproject_export_action.trigger()
    wait(qtbot, window)
    assert target.exists()
    message = window.statusBar().currentMessage()
    assert message.startswith(f"{shown} Maßnahmen,") and "Meilenstein" in message
    text = target.read_text(encoding="utf-8")
    first = text.index("<OutlineLevel>2</OutlineLevel>")
    finish = text.index("<Finish>", first)
    old_end = text[finish + 8 : finish + 18]
    text = text[: finish + 8] + "2031-03-31" + text[finish + 18 :]
    target.write_text(text, encoding="utf-8")
    window.dialogs.next_path = str(target)
    ended = datetime.strptime(old_end, "%Y-%m-%d").strftime("%d.%m.%Y")

    def configure(preview: ImportPreview) -> bool:
        assert preview.windowTitle() == "Projektplan übernehmen – plan.xml"
        assert preview.summary.text().startswith("0 neu, 1 geändert")
        assert preview.model.item(0, 4).text() == f"Ende: {ended} → 31.03.2031"
        return True

    previews = answer(window, configure)
    window.msproject_import_action.trigger()
    wait(qtbot, window)
    assert len(previews) == 1
    assert window.ops.undo_stack.undoText() == "Projektplan übernehmen"
    window.undo_action.trigger()
    assert window.ops.undo_stack.undoText() != "Projektplan übernehmen"


def test_a_status_report_names_the_shifts_since_the_baseline_chosen_in_the_zeitplan(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    from workbench.gui.main_window import ROADMAP_SECTION

    window.show_section(ROADMAP_SECTION)
    panel = window.roadmap
    qtbot.waitUntil(lambda: bool(panel.row_of))
    window.dialogs.text_answer = "Beschluss"
    panel.save_baseline()  # and chosen at once
    p04 = next(r.id for r in window.measures.model.all_rows if r.code == "P-04")
    bar = next(b for b in panel.plan.bars() if b.id == p04)
    panel.shift(bar, 14)  # P-04 ends two weeks later: 30.09.2026 → 14.10.2026
    window.show_section(1)
    window.measures.select(p04)
    target = tmp_path / "status.docx"
    export_through_dialog(qtbot, window, "statusbericht", target)
    from tests.exports.helpers import docx_text

    assert "30.09.2026 | 14.10.2026 | +14 Tage" in docx_text(target)


def test_the_dialog_opens_in_a_new_workspace_without_any_grant(
    qtbot, window: MainWindow, dialogs, tmp_path: Path
) -> None:
    """A workspace made today has measures to come but no grant: the dialog opens, offers
    „Alle Maßnahmen (0)“ and names no grant (its count of measures was taken inside the
    loop over the grants, and was missing without one)."""
    dialogs.next_path = str(tmp_path / "Bezirk")
    window.new_ws_action.trigger()
    dialog = ExportDialog(window.ops, window.dialogs, None, [], parent=window)
    qtbot.addWidget(dialog)
    assert dialog.scope_all.text() == "Alle Maßnahmen (0)"
    assert dialog.grant.count() == 0
