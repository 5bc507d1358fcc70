"""What the main window prints: the measure table, a measure's Steckbrief and the Wirkung
dashboard, each shown in the print preview first (window.show_print_preview)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from workbench.i18n import tr

if TYPE_CHECKING:
    from workbench.gui.main_window import MainWindow


def print_table(window: MainWindow) -> None:
    """The measure table as shown (its filter, its columns) in the print preview."""
    from workbench.gui import printing

    panel = window.measures
    shown, total = panel.model.rowCount(), len(panel.model.all_rows)
    printout = printing.table_printout(
        tr("Maßnahmen"),
        panel.table,
        tr("{shown} von {total} Maßnahmen").format(shown=shown, total=total),
    )
    window.show_print_preview(tr("Maßnahmentabelle"), printout, True)


def print_impact(window: MainWindow) -> None:
    """The Wirkung dashboard as the documents show it (charts with their sentences,
    the tables), with the measure table's filter, in the print preview."""
    import tempfile

    from workbench.formats import plural
    from workbench.gui import printing
    from workbench.gui.impact_charts import render_pictures
    from workbench.services import impact, impact_report

    only = window.measures.filtered_ids()
    data = window.ops.read(impact.impact, only)
    with tempfile.TemporaryDirectory(prefix="werkbank-wirkung-") as folder:
        parts = impact_report.dashboard(data, render_pictures(data, Path(folder)))
        scope = (
            tr("gefiltert: {measures}").format(
                measures=plural(len(only), tr("Maßnahme"), tr("Maßnahmen"))
            )
            if only is not None
            else tr("alle Maßnahmen")
        )
        doc = printing.pictured_document(tr("Wirkung der Maßnahmen"), scope, parts)
        window.show_print_preview(tr("Wirkung"), doc, False)


def print_sheet(window: MainWindow) -> None:
    """The chosen measure's Steckbrief in the print preview."""
    from workbench.gui import printing
    from workbench.services.errors import ServiceError
    from workbench.services.measure_sheet import measure_sheet

    measure_id = window.editor.measure_id or window.measures.selected_id()
    if measure_id is None:
        window.dialogs.error(tr("Steckbrief drucken"), tr("Bitte zuerst eine Maßnahme auswählen."))
        return
    try:
        sheet = window.ops.read(measure_sheet, measure_id)
    except ServiceError as exc:
        window.dialogs.error(tr("Steckbrief drucken"), str(exc))
        return
    window.show_print_preview(sheet.subtitle, printing.document(printing.sheet_html(sheet)), False)
