"""The accessibility audit of every window, section, tab and dialog (BITV 2.0 / EN 301 549):
what a screen reader hears (QAccessible, in-process), and whether Tab leaves every widget."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from tests.gui.a11y import Audit, audit
from tests.gui.canvas_helpers import make_canvas, open_canvas
from workbench.gui.about import AboutDialog
from workbench.gui.canvas_dialogs import TemplateChooser, TransferDialog
from workbench.gui.export_dialog import ExportDialog, ImportPreview
from workbench.gui.funding_panel import MappingDialog
from workbench.gui.help import HelpDialog, ShortcutsDialog, manual_html, shortcuts_html
from workbench.gui.main_window import MainWindow
from workbench.gui.measure_dialogs import NewMeasureDialog, RecycleBinDialog
from workbench.model import Grant, Measure
from workbench.services import canvas_templates
from workbench.services.note_transfer import transfer_targets
from workbench.services.workspaces import store_of


def audited(qtbot, widget: QWidget, where: str, total: Audit) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    audit(widget, where, result=total)
    widget.close()


def test_every_window_section_tab_and_dialog_passes_the_audit(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    total = Audit("Werkbank")
    with store_of(window.workspace).session() as s:
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

    with store_of(window.workspace).session() as s:
        listing = write_measure_list(
            s, tmp_path / "liste.xlsx", Cover("Maßnahmenliste", "Demo", "alle", 26, datetime.now())
        )
        plan = read_measure_list(s, listing)
        transfer = TransferDialog(transfer_targets(s, workshop_id), "Beispiel", window)
        audited(qtbot, transfer, "In die Planung übernehmen", total)
    from workbench.gui.server_dialog import ServerDialog

    ops, dialogs = window.ops, window.dialogs
    for dialog, where in (
        (NewMeasureDialog(ops, window), "Neue Maßnahme"),
        (RecycleBinDialog(ops, window), "Papierkorb"),
        (ExportDialog(ops, dialogs, measure_id, [measure_id], parent=window), "Export"),
        (ImportPreview(plan, "liste.xlsx", window), "Import-Vorschau"),
        (MappingDialog(ops, grant_id, csv, window), "Belege zuordnen"),
        (TemplateChooser(canvas_templates.load_templates().templates, window), "Neue Leinwand"),
        (HelpDialog("Handbuch", manual_html(), window), "Handbuch"),
        (ShortcutsDialog(window, window), "Tastenkürzel"),
        (AboutDialog(window), "Über Werkbank"),
        (ServerDialog("Server (WebDAV) wählen", None, window), "Server wählen"),
    ):
        audited(qtbot, dialog, where, total)

    print(
        f"\nBarrierefreiheit: {total.interactive} bedienbare Objekte, "
        f"{len(total.unnamed)} ohne Namen, {len(total.problems())} Befunde"
    )
    assert total.problems() == [], "\n".join(total.problems())
    assert total.interactive > 180  # the walk reached every section, tab and dialog


def palette_of(
    window: str, base: str, text: str, highlight: str, highlighted: str, placeholder: str
):
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    role = QPalette.ColorRole
    for r, colour in (
        (role.Window, window),
        (role.Base, base),
        (role.Text, text),
        (role.WindowText, text),
        (role.Highlight, highlight),
        (role.HighlightedText, highlighted),
        (role.PlaceholderText, placeholder),
    ):
        palette.setColor(r, QColor(colour))
    return palette


THEMES = {
    # Fusion's light default (Qt's style colours; selected rows were 3.7:1)
    "hell": palette_of("#EFEFEF", "#FFFFFF", "#000000", "#308CC6", "#FFFFFF", "#7F7F7F"),
    # a common dark theme whose selection and placeholder text fall short
    "dunkel": palette_of("#353535", "#2A2A2A", "#E0E0E0", "#2A82DA", "#FFFFFF", "#6E6E6E"),
    # Windows' high-contrast „Nachthimmel“: yellow on black
    "hoher Kontrast": palette_of("#000000", "#000000", "#FFFFFF", "#1AEBFF", "#000000", "#C0C0C0"),
}


def each_theme(qapp):
    """Each theme in turn as the application applies it (apply_contrast), by its name; the
    application's palette and style sheet are put back afterwards."""
    from workbench.gui.app import apply_contrast

    before_palette, before_sheet = qapp.palette(), qapp.styleSheet()
    try:
        for name, palette in THEMES.items():
            qapp.setPalette(palette)
            qapp.setStyleSheet("")
            apply_contrast(qapp)
            yield name, qapp.palette()
    finally:
        qapp.setPalette(before_palette)
        qapp.setStyleSheet(before_sheet)


def test_every_theme_and_the_canvas_have_enough_contrast(qapp) -> None:
    """BITV 2.0 / WCAG 1.4.3 and 1.4.11 measured: text at least 4.5:1, focus frames, note
    borders and zone borders at least 3:1 – in the light, dark and high-contrast themes,
    on the canvas and in its presentation (normal and high contrast)."""
    from PySide6.QtGui import QColor, QPalette

    from workbench.gui.app import FOCUS_COLOUR, contrast, field_border
    from workbench.gui.canvas_items import SELECTION, TEXT_DARK, ZONE_BORDER
    from workbench.services import canvas as cv
    from workbench.services import canvas_templates

    role = QPalette.ColorRole
    failures = []
    for name, p in each_theme(qapp):
        pairs = {
            "Auswahl": (p.color(role.Highlight), p.color(role.HighlightedText), 4.5),
            "Platzhalter": (p.color(role.PlaceholderText), p.color(role.Base), 4.5),
            "Text": (p.color(role.Text), p.color(role.Base), 4.5),
        }
        dark = p.color(role.Base).lightness() < 128
        pairs["Fokusrahmen"] = (QColor(FOCUS_COLOUR[dark]), p.color(role.Base), 3.0)
        assert FOCUS_COLOUR[dark] in qapp.styleSheet()
        # 1.4.11: an input field's border against the field and the window around it
        # (the style's own was 2.0:1 light and 1.19:1 dark)
        border = field_border(p)
        assert f"border: 1px solid {border.name()}" in qapp.styleSheet()
        pairs["Feldrand/Feld"] = (border, p.color(role.Base), 3.0)
        pairs["Feldrand/Fenster"] = (border, p.color(role.Window), 3.0)
        for what, (a, b, needed) in pairs.items():
            if contrast(a, b) < needed:
                failures.append(f"{name}: {what} {contrast(a, b):.2f}:1")

    for fill, label in cv.NOTE_COLORS.values():
        if contrast(TEXT_DARK, QColor(fill)) < 4.5:
            failures.append(f"Notiz {label}: Text {contrast(TEXT_DARK, QColor(fill)):.2f}:1")
    for template in canvas_templates.load_templates().templates:
        for zone in template.zones:
            background = QColor(zone.color or "#F0F0F0")
            if contrast(TEXT_DARK, background) < 4.5:
                failures.append(f"{template.title}/{zone.title}: Titel")
            if contrast(ZONE_BORDER, background) < 3:
                failures.append(f"{template.title}/{zone.title}: Rand")
    black, white, yellow = QColor("#000000"), QColor("#FFFFFF"), QColor("#FFE14D")
    for what, a, b, needed in (
        ("Präsentation, hoher Kontrast: Zonentitel", yellow, black, 4.5),
        ("Präsentation, hoher Kontrast: Leitfrage", white, black, 4.5),
        ("Präsentation, hoher Kontrast: Notizrand", white, black, 3.0),
        ("Auswahl einer Notiz", SELECTION, QColor("#E9E9E9"), 3.0),
    ):
        if contrast(a, b) < needed:
            failures.append(f"{what}: {contrast(a, b):.2f}:1")
    assert failures == []


def test_the_shortcut_list_names_only_keys_a_keyboard_has(window: MainWindow) -> None:
    """Beenden is Strg+Q on every system (Qt's Quit was also the X11 „Exit“ key, listed
    as „Strg+Q oder Verlassen“, and nothing at all on Windows)."""
    from html import unescape

    text = unescape(shortcuts_html(window))
    assert "<td>Beenden</td><td><b>Strg+Q</b></td>" in text or "Beenden</td><td><b>Ctrl+Q" in text
    assert "Verlassen" not in text
