"""Run as ``WERKBANK_LANG=en python -m tests.gui.english_walk WORKSPACE``: opens the main
window, every section, tab, the canvas window and the dialogs, and prints every text a
user reads there that is still German, one per line (nothing: all English).

It runs in a process of its own because the language is chosen before the modules with
texts are imported (tests/test_english.py)."""

from __future__ import annotations

import re
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from workbench import i18n
from workbench.services.workspaces import store_of

GERMAN_LETTERS = re.compile(r"[äöüÄÖÜß„]")  # “ opens an English quotation too


def german_sources() -> set[str]:
    """German source texts whose English differs: seeing one means a text was not translated."""
    return {source for source, english in i18n.catalogue("en").items() if english != source}


def german_words() -> set[str]:
    """Words of the catalogue's German texts that no English text uses: one of them in an
    English window or document is a text that was not translated."""

    def words(text: str) -> set[str]:
        return {w for w in re.split(r"[^\wäöüÄÖÜß]+", text) if len(w) >= 4 and w.isalpha()}

    german: set[str] = set()
    english: set[str] = set()
    for source, translation in i18n.catalogue("en").items():
        german |= words(source)
        english |= words(translation)
    return german - english


class Collector:
    def __init__(self) -> None:
        self.sources = german_sources()
        self.words = german_words()
        self.found: dict[str, str] = {}

    def check(self, text: str, where: str, chrome: bool) -> None:
        text = (text or "").strip()
        if not text:
            return
        plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        candidates = {text, plain, plain.rstrip(":").strip(), plain.removesuffix("…").strip()}
        seen_words = set(re.split(r"[^\wäöüÄÖÜß]+", plain))
        if (
            candidates & self.sources
            or (chrome and GERMAN_LETTERS.search(plain))
            or (chrome and seen_words & self.words)
        ):
            self.found.setdefault(text, where)

    def widget(self, root: QWidget, where: str) -> None:
        from workbench.gui.forms import ValueLabel

        widgets = [root, *root.findChildren(QWidget)]
        for w in widgets:
            if not w.isVisibleTo(root) and w is not root:
                continue
            name = f"{where}: {type(w).__name__}"
            self.check(w.accessibleName(), name + " (Name)", chrome=False)
            self.check(w.accessibleDescription(), name + " (Beschreibung)", chrome=False)
            self.check(w.toolTip(), name + " (Tooltip)", chrome=isinstance(w, QAbstractButton))
            if w.isWindow():
                self.check(w.windowTitle(), name + " (Titel)", chrome=False)
            if isinstance(w, QLabel) and not isinstance(w, ValueLabel):
                self.check(w.text(), name, chrome=w.text().endswith(":"))
            elif isinstance(w, QAbstractButton):
                self.check(w.text(), name, chrome=True)
            elif isinstance(w, QGroupBox):
                self.check(w.title(), name, chrome=True)
            elif isinstance(w, QLineEdit):
                self.check(w.placeholderText(), name + " (Platzhalter)", chrome=True)
            elif isinstance(w, QTabWidget):
                for i in range(w.count()):
                    self.check(w.tabText(i), name + " (Reiter)", chrome=True)
            elif isinstance(w, QDockWidget):
                self.check(w.windowTitle(), name, chrome=True)
            elif isinstance(w, QTableView | QTreeView) and w.model() is not None:
                header = w.horizontalHeader() if isinstance(w, QTableView) else w.header()
                for column in range(header.count()):
                    title = w.model().headerData(column, Qt.Orientation.Horizontal)
                    self.check(str(title or ""), name + " (Spalte)", chrome=True)
        for action in root.findChildren(QAction):
            if action.parent() is not None and action.parent().objectName() == "zone_locks":
                continue  # the canvas's zones, by their titles: data
            self.check(action.text(), f"{where}: Befehl", chrome=True)
            self.check(action.toolTip(), f"{where}: Befehl (Tooltip)", chrome=False)


def walk(path: str) -> dict[str, str]:
    from sqlalchemy import select

    from workbench.gui.about import AboutDialog
    from workbench.gui.app import make_application
    from workbench.gui.canvas_dialogs import TemplateChooser
    from workbench.gui.export_dialog import ExportDialog
    from workbench.gui.main_window import MainWindow
    from workbench.gui.measure_dialogs import NewMeasureDialog, RecycleBinDialog
    from workbench.gui.settings import Settings
    from workbench.model import Canvas, Measure
    from workbench.services import canvas_templates
    from workbench.store.workspace import Workspace

    app = make_application()
    collector = Collector()
    window = MainWindow(Workspace.open(path), Settings())
    window.show()
    with store_of(window.workspace).session() as s:
        measure_id = s.scalars(select(Measure.id).where(Measure.code == "P-04")).one()
        canvas_id = s.scalars(select(Canvas.id)).first()
    window.open_in_editor(measure_id)
    for index in range(window.nav_model.rowCount()):
        window.show_section(index)
        app.processEvents()
        collector.check(window.nav_model.item(index).text(), "Bereiche", chrome=True)
        for tabs in window.findChildren(QTabWidget):
            for i in range(tabs.count()):
                if tabs.isVisible():
                    tabs.setCurrentIndex(i)
                    app.processEvents()
                    collector.widget(window, window.nav_model.item(index).text())
        collector.widget(window, window.nav_model.item(index).text())
    if canvas_id:
        canvas = window.workshops.open_canvas(canvas_id)
        app.processEvents()
        collector.widget(canvas, "Leinwand")
        canvas.close()
    for dialog in (
        NewMeasureDialog(window.ops, window),
        RecycleBinDialog(window.ops, window),
        ExportDialog(window.ops, window.dialogs, measure_id, [measure_id], parent=window),
        TemplateChooser(canvas_templates.load_templates().templates, window),
        AboutDialog(window),
    ):
        dialog.show()
        app.processEvents()
        collector.widget(dialog, type(dialog).__name__)
        dialog.close()
    from workbench.gui.help import manual_html, shortcuts_html

    for title, html in (("Handbuch", manual_html()), ("Tastenkürzel", shortcuts_html(window))):
        for line in re.sub(r"<[^>]+>", "\n", html).splitlines():
            if GERMAN_LETTERS.search(line) or re.search(r"\b(Strg|Umschalt|Entf)\b", line):
                collector.found.setdefault(line.strip(), title)
    # assistive technology is told the interface's language (it was told de_DE); numbers
    # keep the German form the administration writes
    from PySide6.QtCore import QLocale

    for where, locale in (("Anwendung", QLocale()), ("Fenster", window.locale())):
        if locale.language() != QLocale.Language.English:
            collector.found[f"Sprache {locale.bcp47Name()}"] = where
    if QLocale().toString(1234.5, "f", 2) != "1.234,50":
        collector.found[f"Zahlenformat {QLocale().toString(1234.5, 'f', 2)}"] = "Anwendung"
    window.close()
    window.workspace.close()
    return collector.found


if __name__ == "__main__":
    for text, where in sorted(walk(sys.argv[1]).items(), key=lambda item: item[1]):
        print(f"{where}\t{text!r}")
