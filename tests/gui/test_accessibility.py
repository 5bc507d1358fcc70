"""The accessibility audit of every window, section, tab and dialog (BITV 2.0 / EN 301 549):
what a screen reader hears (QAccessible, in-process), and whether Tab leaves every widget."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from tests.gui.a11y import Audit, audit
from tests.gui.test_canvas_window import make_canvas, open_canvas
from workbench.gui.about import AboutDialog
from workbench.gui.canvas_dialogs import TemplateChooser, TransferDialog
from workbench.gui.export_dialog import ExportDialog, ImportPreview
from workbench.gui.funding_panel import MappingDialog
from workbench.gui.help import HelpDialog, manual_html, shortcuts_html
from workbench.gui.main_window import MainWindow
from workbench.gui.measure_dialogs import NewMeasureDialog, RecycleBinDialog
from workbench.model import Grant, Measure
from workbench.services import canvas_templates


def audited(qtbot, widget: QWidget, where: str, total: Audit) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    audit(widget, where, result=total)
    widget.close()


def test_every_window_section_tab_and_dialog_passes_the_audit(qtbot, window: MainWindow,
                                                             tmp_path: Path) -> None:
    total = Audit("Werkbank")
    with window.workspace.session() as s:
        measure_id = s.scalars(select(Measure.id).where(Measure.code == "P-04")).one()
        grant_id = s.scalars(select(Grant.id)).first()
    window.open_in_editor(measure_id)
    for index in range(window.nav_model.rowCount()):
        window.show_section(index)
        qtbot.wait(20)
        audit(window, window.nav_model.item(index).text(), result=total)

    canvas_id = make_canvas(window)
    canvas = open_canvas(qtbot, window, canvas_id)
    audit(canvas, "Leinwand", result=total)
    canvas.present()
    qtbot.waitUntil(lambda: canvas.presentation is not None and canvas.presentation.isVisible())
    audit(canvas.presentation, "Präsentation", result=total)
    canvas.present()
    workshop_id = canvas.data.workshop_id
    canvas.close()

    csv = tmp_path / "belege.csv"
    csv.write_text("Belegnummer;Datum;Betrag;Empfänger\nR-1;01.02.2026;100,00;Firma\n", "utf-8")
    from datetime import datetime

    from workbench.exports.excel import Cover, write_measure_list
    from workbench.exports.excel_import import read_measure_list

    with window.workspace.session() as s:
        listing = write_measure_list(s, tmp_path / "liste.xlsx", Cover("Maßnahmenliste", "Demo", "alle", 26,
                                                                  datetime.now()))
        plan = read_measure_list(s, listing)
        transfer = TransferDialog(s, workshop_id, "Beispiel", window)
        audited(qtbot, transfer, "In die Planung übernehmen", total)
    ops, dialogs = window.ops, window.dialogs
    for dialog, where in (
        (NewMeasureDialog(ops, window), "Neue Maßnahme"),
        (RecycleBinDialog(ops, window), "Papierkorb"),
        (ExportDialog(ops, dialogs, measure_id, [measure_id], parent=window), "Export"),
        (ImportPreview(plan, "liste.xlsx", window), "Import-Vorschau"),
        (MappingDialog(ops, grant_id, csv, window), "Belege zuordnen"),
        (TemplateChooser(canvas_templates.load_templates().templates, window), "Neue Leinwand"),
        (HelpDialog("Handbuch", manual_html(), window), "Handbuch"),
        (HelpDialog("Tastenkürzel", shortcuts_html(window), window), "Tastenkürzel"),
        (AboutDialog(window), "Über Werkbank"),
    ):
        audited(qtbot, dialog, where, total)

    print(f"\nBarrierefreiheit: {total.interactive} bedienbare Objekte, "
          f"{len(total.unnamed)} ohne Namen, {len(total.problems())} Befunde")
    assert total.problems() == []
    assert total.interactive > 180  # the walk reached every section, tab and dialog
