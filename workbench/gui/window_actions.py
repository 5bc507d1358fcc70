"""The main window's actions, toolbar and menus, built once for a window: every command
with its text, keys, tip and icon (the window keeps them as attributes – tests and the
shortcut list read them there), the frequent ones in the toolbar, all of them in the menus."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from workbench.gui import settings as opt
from workbench.gui import (
    window_files,
    window_help,
    window_printing,
    window_reflow,
    window_templates,
)
from workbench.gui.forms import UndoReachesTheWindow, announce, set_shortcut
from workbench.gui.icons import icon
from workbench.gui.sections import SECTIONS
from workbench.i18n import tr

if TYPE_CHECKING:
    from workbench.gui.main_window import MainWindow


def add_action(
    window: MainWindow,
    text: str,
    slot: Callable[..., Any],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    action.triggered.connect(slot)
    set_shortcut(action, shortcut)
    if tip:
        action.setStatusTip(tip)
    window.addAction(action)
    return action


def build_actions(window: MainWindow) -> None:
    """Every action of the window, menu by menu, and their icons."""
    _file_actions(window)
    _edit_actions(window)
    _view_actions(window)
    _document_actions(window)
    _help_and_sync_actions(window)
    _icons(window)


def _file_actions(window: MainWindow) -> None:
    k = QKeySequence.StandardKey
    window.new_ws_action = add_action(
        window,
        tr("&Neue Arbeitsmappe …"),
        lambda: window_files.new_workspace(window),
        tip=tr("Leere Arbeitsmappe anlegen"),
    )
    window.open_action = add_action(
        window, tr("Ö&ffnen …"), lambda: window_files.open_workspace_dialog(window), k.Open
    )
    window.copy_action = add_action(
        window,
        tr("&Kopie speichern unter …"),
        lambda: window_files.save_copy(window),
        "Ctrl+Shift+S",
        tr("Konsistente Kopie der Arbeitsmappe"),
    )
    window.quit_action = add_action(
        window, tr("&Beenden"), window.close, "Ctrl+Q"
    )  # on every system


def _edit_actions(window: MainWindow) -> None:
    """Undo and redo (reaching the window from every field), new and deleted measures."""
    k = QKeySequence.StandardKey
    stack = window.ops.undo_stack
    window.undo_action = stack.createUndoAction(window, tr("&Rückgängig"))
    window.undo_action.setShortcut(k.Undo)
    window.redo_action = stack.createRedoAction(window, tr("&Wiederherstellen"))
    window.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    window.addActions([window.undo_action, window.redo_action])
    window.statusBar().messageChanged.connect(lambda text: announce(window, text) if text else None)
    window._undo_filter = UndoReachesTheWindow(window)
    application = QApplication.instance()
    assert application is not None  # a window exists only inside the application
    application.installEventFilter(window._undo_filter)
    window.new_measure_action = add_action(
        window, tr("Neue &Maßnahme …"), window.new_measure, k.New
    )
    window.delete_action = add_action(
        window,
        tr("Maßnahme &löschen …"),
        window.delete_measure,
        k.Delete,
        tr("Ausgewählte Maßnahme in den Papierkorb legen"),
    )
    window.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    window.measures.table.addAction(window.delete_action)
    window.bin_action = add_action(window, tr("&Papierkorb …"), window.show_recycle_bin)


def _view_actions(window: MainWindow) -> None:
    """The sections, search and filter, the detail pane by keyboard."""
    k = QKeySequence.StandardKey
    window.section_actions = [
        add_action(
            window, f"&{i + 1} {name}", lambda _=False, i=i: window.show_section(i), f"Ctrl+{i + 1}"
        )
        for i, name in enumerate(s.title for s in SECTIONS)
    ]
    window.find_action = add_action(window, tr("&Suchen"), window.focus_search, k.Find)
    window.reset_filter_action = add_action(
        window, tr("Filter &zurücksetzen"), window.measures.reset_filters
    )
    window.editor_action = add_action(window, tr("Zum &Detailbereich"), window.focus_editor, "F6")
    # the splitters by keyboard: the detail pane wider or narrower (their handles take
    # no keyboard focus)
    window.wider_action = add_action(
        window,
        tr("Detailbereich &breiter"),
        lambda: window_reflow.resize_detail(window, 80),
        "Ctrl+Alt+Left",
    )
    window.narrower_action = add_action(
        window,
        tr("Detailbereich schma&ler"),
        lambda: window_reflow.resize_detail(window, -80),
        "Ctrl+Alt+Right",
    )


def _document_actions(window: MainWindow) -> None:
    """Export and import, MS Project, Word templates, the table's context menu."""
    window.export_action = add_action(
        window,
        tr("&Exportieren …"),
        lambda: window.exporter.export(),
        "Ctrl+E",
        tr("Word- oder Excel-Dokument schreiben"),
    )
    window.import_action = add_action(
        window,
        tr("Maßnahmenliste &importieren …"),
        lambda: window.exporter.import_measures(),
        "Ctrl+I",
    )
    window.msproject_export_action = add_action(
        window,
        tr("Zeitplan als MS-Project-Datei …"),
        lambda: window.exporter.export_msproject(),
        tip=tr("Maßnahmen, Meilensteine und Abhängigkeiten als MS-Project-XML (MSPDI)"),
    )
    window.msproject_import_action = add_action(
        window,
        tr("Projektplan aus MS Project übernehmen …"),
        lambda: window.exporter.import_msproject(),
        tip=tr("Termine, Meilensteine und neue Maßnahmen aus MS-Project-XML, mit Vorschau"),
    )
    window.template_action = add_action(
        window, tr("&Word-Vorlage wählen …"), lambda: window_templates.choose_word_template(window)
    )
    window.builtin_template_action = add_action(
        window,
        tr("Eingebaute Word-&Vorlage verwenden"),
        lambda: window_templates.use_builtin_template(window),
    )
    table = window.measures.table
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    for kind, text in (
        ("steckbrief", tr("Maßnahmensteckbrief exportieren …")),
        ("statusbericht", tr("Statusbericht exportieren …")),
        ("projektauftrag", tr("Projektauftrag exportieren …")),
    ):
        action = QAction(text, table)
        action.triggered.connect(
            lambda _=False, k=kind: window.exporter.export(k, window.measures.selected_id())
        )
        table.addAction(action)


def _help_and_sync_actions(window: MainWindow) -> None:
    """About, the log, printing, the manual, the shortcuts; synchronising."""
    window.about_action = add_action(
        window, tr("Ü&ber Werkbank"), lambda: window_help.show_about(window)
    )
    window.log_action = add_action(
        window,
        tr("&Protokoll öffnen"),
        lambda: window_help.open_log(window),
        tip=tr("Die Protokolldatei: unerwartete Fehler mit allen Einzelheiten"),
    )
    window.print_table_action = add_action(
        window,
        tr("Maßnahmentabelle &drucken …"),
        lambda: window_printing.print_table(window),
        QKeySequence.StandardKey.Print,
        tr("Die Tabelle, wie sie gefiltert zu sehen ist, mit Vorschau"),
    )
    window.print_impact_action = add_action(
        window,
        tr("&Wirkung drucken …"),
        lambda: window_printing.print_impact(window),
        None,
        tr("Die Diagramme und Tabellen der Wirkung, mit Vorschau"),
    )
    window.print_sheet_action = add_action(
        window,
        tr("&Steckbrief drucken …"),
        lambda: window_printing.print_sheet(window),
        "Ctrl+Shift+P",
        tr("Den Steckbrief der gewählten Maßnahme, mit Vorschau"),
    )
    window.manual_action = add_action(
        window,
        tr("&Handbuch"),
        lambda: window_help.show_manual(window),
        QKeySequence.StandardKey.HelpContents,
        tr("Kurzanleitung: Bereiche, häufige Aufgaben, Hilfe bei Problemen"),
    )
    window.shortcuts_action = add_action(
        window,
        tr("&Tastenkürzel"),
        lambda: window_help.show_shortcuts(window),
        "Shift+F1",
        tr("Alle Tastenkürzel des Fensters und der Leinwand"),
    )

    window.sync_action = add_action(
        window,
        tr("&Jetzt synchronisieren"),
        window.sync_now,
        "F9",
        tr("Mit dem geteilten Ordner oder Server abgleichen"),
    )


def _icons(window: MainWindow) -> None:
    for action, name in (
        (window.new_ws_action, "new-workspace"),
        (window.open_action, "open"),
        (window.copy_action, "save-copy"),
        (window.quit_action, "quit"),
        (window.undo_action, "undo"),
        (window.redo_action, "redo"),
        (window.new_measure_action, "new"),
        (window.delete_action, "delete"),
        (window.bin_action, "bin"),
        (window.find_action, "search"),
        (window.reset_filter_action, "reset-filter"),
        (window.export_action, "export"),
        (window.import_action, "import"),
        (window.print_table_action, "print"),
        (window.manual_action, "manual"),
        (window.shortcuts_action, "shortcuts"),
        (window.about_action, "about"),
        (window.log_action, "log"),
        (window.sync_action, "sync"),
        *zip(window.section_actions, (s.icon for s in SECTIONS), strict=True),
    ):
        action.setIcon(icon(name))


def build_toolbar(window: MainWindow) -> None:
    """The frequent actions, each with its icon and its name beside it."""
    bar = window.addToolBar(tr("Werkzeugleiste"))
    bar.setObjectName("toolbar")
    bar.setMovable(False)
    bar.setIconSize(QSize(20, 20))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    bar.toggleViewAction().setText(tr("&Werkzeugleiste"))
    # the stack's texts name the step („Rückgängig Beleg hinzufügen“): too long for a
    # button, which says the verb and names the step in its tooltip
    stack = window.ops.undo_stack
    stack.undoTextChanged.connect(window._short_undo_texts)
    stack.redoTextChanged.connect(window._short_undo_texts)
    window._short_undo_texts()
    bar.addAction(window.new_measure_action)
    bar.addSeparator()
    bar.addActions([window.undo_action, window.redo_action])
    bar.addSeparator()
    bar.addActions([window.export_action, window.print_table_action])
    bar.addSeparator()
    bar.addAction(window.sync_action)
    window.toolbar = bar  # its buttons are named by their text (short, below)
    window.new_measure_action.setIconText(tr("Neue Maßnahme"))
    window.export_action.setIconText(tr("Exportieren"))
    window.print_table_action.setIconText(tr("Drucken"))
    window.sync_action.setIconText(tr("Synchronisieren"))


def build_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(tr("&Datei"))
    file_menu.addActions([window.new_ws_action, window.open_action])
    window.recent_menu = QMenu(tr("&Zuletzt geöffnet"), window)
    window.recent_menu.aboutToShow.connect(window._fill_recent)
    file_menu.addMenu(window.recent_menu)
    file_menu.addSeparator()
    file_menu.addActions(
        [window.print_table_action, window.print_sheet_action, window.print_impact_action]
    )
    file_menu.addSeparator()
    file_menu.addAction(window.sync_action)
    file_menu.addAction(window.copy_action)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    edit = bar.addMenu(tr("&Bearbeiten"))
    edit.addActions([window.undo_action, window.redo_action])
    edit.addSeparator()
    edit.addActions([window.new_measure_action, window.delete_action, window.bin_action])
    exports = bar.addMenu(tr("E&xport"))
    exports.addActions([window.export_action, window.import_action])
    exports.addSeparator()
    exports.addActions([window.msproject_export_action, window.msproject_import_action])
    exports.addSeparator()
    exports.addActions([window.template_action, window.builtin_template_action])
    view = bar.addMenu(tr("&Ansicht"))
    view.addActions(window.section_actions)
    view.addSeparator()
    view.addActions(
        [
            window.find_action,
            window.reset_filter_action,
            window.editor_action,
            window.wider_action,
            window.narrower_action,
        ]
    )
    view.addSeparator()
    view.addAction(window.toolbar.toggleViewAction())
    view.addMenu(language_menu(window))
    help_menu = bar.addMenu(tr("&Hilfe"))
    help_menu.addActions([window.manual_action, window.shortcuts_action])
    help_menu.addSeparator()
    help_menu.addAction(window.log_action)
    help_menu.addSeparator()
    help_menu.addAction(window.about_action)


def language_menu(window: MainWindow) -> QMenu:
    """Deutsch, English, or the system's language; it applies from the next start
    (the texts of every window are chosen once, when Werkbank starts)."""
    menu = QMenu(tr("&Sprache"), window)
    group = QActionGroup(menu)
    stored = window.settings.get(opt.LANGUAGE)
    choices = [("", tr("Wie das &System")), ("de", "&Deutsch"), ("en", "&English")]
    window.language_actions = {}
    for code, label in choices:
        action = menu.addAction(label)
        action.setCheckable(True)
        action.setChecked(code == stored)
        group.addAction(action)
        action.triggered.connect(lambda _=False, c=code: window.choose_language(c))
        window.language_actions[code] = action
    return menu
