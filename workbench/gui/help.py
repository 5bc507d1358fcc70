"""Help: a short manual (F1) and the list of keyboard shortcuts, read from the window's
own actions so that it can never name a key that does nothing."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench.gui.forms import ok_cancel
from workbench.i18n import SOURCE, language, tr
from workbench.resources import resource_path

#: Keys of the canvas window that are not menu actions (the view handles them itself).
CANVAS_KEYS: list[tuple[str, str]] = [
    (
        tr("N, Doppelklick"),
        tr("neue Notiz (Enter behält sie, Umschalt+Enter neue Zeile, Esc verwirft)"),
    ),
    ("Enter, F2", tr("ausgewählte Notiz an Ort und Stelle bearbeiten")),
    (
        tr("Tab / Umschalt+Tab"),
        tr("nächste / vorige Notiz in Lesereihenfolge (Strg+Tab verlässt die Leinwand)"),
    ),
    (
        tr("Umschalt+Leertaste; in der Notizenliste Umschalt+Pfeil, Strg+Leertaste"),
        tr("die nächste Notiz dazu wählen (mehrere Notizen: verbinden, gruppieren)"),
    ),
    (tr("Pfeiltasten (mit Umschalt: größere Schritte)"), tr("ausgewählte Notizen verschieben")),
    ("M", tr("ausgewählte Notizen in eine Zone verschieben (auch aus der Notizliste)")),
    (tr("Strg+C / Strg+X / Strg+V, Entf"), tr("kopieren, ausschneiden, einfügen, löschen")),
    (
        tr("Strg+K, Strg+G, Strg+Umschalt+G"),
        tr("zwei Notizen verbinden, gruppieren, Gruppe auflösen"),
    ),
    (tr("L, Alt+1 … Alt+8"), tr("Kennzeichnung, Farbe")),
    (tr("Strg+T"), tr("Notiz in die Planung übernehmen")),
    (tr("Strg+Umschalt+V, + / −"), tr("Punktabfrage an/aus, Punkt geben / zurücknehmen")),
    (tr("Strg++ / Strg+−, Strg+0, Strg+1"), tr("zoomen, alles zeigen, 100 %")),
    ("F5, F6", tr("Präsentation, zwischen Leinwand und Notizenliste wechseln")),
    (tr("K (in der Präsentation)"), tr("hoher Kontrast")),
    (
        tr("Bild↓ / Bild↑, Pos1 (in der Präsentation)"),
        tr("nächste / vorige Zone in Lesegröße, ganze Leinwand"),
    ),
]


def manual_html() -> str:
    """The short manual in the chosen language."""
    name = "handbuch.html" if language() == SOURCE else f"handbuch_{language()}.html"
    return resource_path("help", name).read_text(encoding="utf-8")


#: Qt numbers the keys of a keyboard below this; media and device keys above it.
KEYBOARD_KEYS_END = 0x01000100


def shortcut_rows(window: QWidget) -> list[tuple[str, str, str]]:
    """(menu, command, keys) of every action of the window's menus that has a key."""
    rows = []
    bar = window.menuBar()  # type: ignore[attr-defined]
    for menu_action in bar.actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        for action in menu.actions():
            # keys a keyboard has: not the media and device keys Qt adds on some systems
            # (Quit is also the X11 "Exit" key, shown as „Verlassen“)
            keys = [
                k.toString(QKeySequence.SequenceFormat.NativeText)
                for k in action.shortcuts()
                if not k.isEmpty() and k[0].key().value < KEYBOARD_KEYS_END
            ]
            if isinstance(action, QAction) and keys and not action.isSeparator():
                rows.append(
                    (
                        menu_action.text().replace("&", ""),
                        action.text().replace("&", "").replace(" …", ""),
                        tr(" oder ").join(keys),
                    )
                )
    return rows


def shortcuts_html(window: QWidget) -> str:
    """Every action of the window's menus that has a key, with its menu, then the canvas."""
    rows = shortcut_rows(window)
    table = "".join(
        f"<tr><td>{escape(m)}</td><td>{escape(a)}</td><td><b>{escape(k)}</b></td></tr>"
        for m, a, k in rows
    )
    canvas = "".join(
        f"<tr><td><b>{escape(k)}</b></td><td>{escape(what)}</td></tr>" for k, what in CANVAS_KEYS
    )
    return tr(
        "<h1>Tastenkürzel</h1><h2>Hauptfenster</h2><table cellpadding='4'><tr><th align='left'>Menü</th><th align='left'>Befehl</th><th align='left'>Taste</th></tr>{table}</table><p>Tab und Umschalt+Tab gehen von Bedienelement zu Bedienelement; Alt mit dem unterstrichenen Buchstaben wählt Menüs, Reiter und Felder.</p><h2>Leinwand</h2><table cellpadding='4'><tr><th align='left'>Taste</th><th align='left'>Wirkung</th></tr>{canvas}</table>"
    ).format(table=table, canvas=canvas)


class ShortcutsDialog(QDialog):
    """The keys as two tables (main window, canvas): assistive technology reads rows,
    columns and their headers (the same list as HTML in a text browser was one flat
    text for it)."""

    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = tr("Tastenkürzel – Werkbank")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.main_table = _table(
            tr("Tastenkürzel des Hauptfensters"),
            [tr("Menü"), tr("Befehl"), tr("Taste")],
            shortcut_rows(window),
        )
        self.canvas_table = _table(
            tr("Tastenkürzel der Leinwand"), [tr("Taste"), tr("Wirkung")], CANVAS_KEYS
        )
        hint = QLabel(
            tr(
                "Tab und Umschalt+Tab gehen von Bedienelement zu Bedienelement; Alt mit dem "
                "unterstrichenen Buchstaben wählt Menüs, Reiter und Felder."
            )
        )
        hint.setWordWrap(True)
        buttons = ok_cancel(self, tr("Schließen"))
        cancel = buttons.button(buttons.StandardButton.Cancel)
        if cancel is not None:
            cancel.hide()
        layout = QVBoxLayout(self)
        for heading, table in (
            (tr("&Hauptfenster"), self.main_table),
            (tr("&Leinwand"), self.canvas_table),
        ):
            label = QLabel(f"<b>{heading.replace('&', '')}</b>")
            label.setBuddy(table)
            layout.addWidget(label)
            layout.addWidget(table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(760, 680)


def _table(name: str, headers: list[str], rows: Sequence[Sequence[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)  # Tab leaves the table
    table.setWordWrap(True)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.horizontalHeader().setStretchLastSection(True)
    table.resizeColumnsToContents()
    table.resizeRowsToContents()
    return table


class HelpDialog(QDialog):
    """A page of help text, readable with the keyboard and a screen reader."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(title)
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(html)
        buttons = ok_cancel(self, tr("Schließen"))
        cancel = buttons.button(buttons.StandardButton.Cancel)
        if cancel is not None:
            cancel.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)
