"""The canvas window's menus – Leinwand, Bearbeiten, Ansicht, Moderation – and the actions
they hold, built once for a window (its keys act on the canvas and on its notes list)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QSpinBox, QToolBar, QToolButton

from workbench.gui.forms import set_shortcut
from workbench.i18n import tr
from workbench.services.canvas import NOTE_COLORS

if TYPE_CHECKING:
    from workbench.gui.canvas_window import CanvasWindow


def _action(
    window: CanvasWindow,
    text: str,
    slot: Any,
    shortcut: Any = None,
    menu: QMenu | None = None,
    on_view: bool = False,
    checkable: bool = False,
) -> QAction:
    action = QAction(text, window)
    set_shortcut(action, shortcut)
    if on_view:  # single keys only while the canvas or its notes list has focus
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.view.addAction(action)
        window.list_actions.append(action)
    else:
        window.addAction(action)
    action.setCheckable(checkable)
    action.triggered.connect(slot)
    if menu is not None:
        menu.addAction(action)
    return action


def build_menus(window: CanvasWindow) -> None:
    """The canvas window's menus and their actions (keys on the canvas and its list)."""
    bar = window.menuBar()
    _canvas_menu(window, bar.addMenu(tr("&Leinwand")))
    _edit_menu(window, bar.addMenu(tr("&Bearbeiten")))
    _view_menu(window, bar.addMenu(tr("&Ansicht")))
    _moderation_menu(window, bar.addMenu(tr("&Moderation")))


def _canvas_menu(window: CanvasWindow, canvas_menu: QMenu) -> None:
    """Export as picture or PDF, save as a template, close."""
    export_menu = canvas_menu.addMenu(tr("&Exportieren"))
    for paper in ("A4", "A3"):
        _action(
            window,
            tr("Als PNG-Bild ({paper} quer)…").format(paper=paper),
            lambda _=False, p=paper: window.export("png", p),
            menu=export_menu,
        )
        _action(
            window,
            tr("Als PDF ({paper} quer)…").format(paper=paper),
            lambda _=False, p=paper: window.export("pdf", p),
            menu=export_menu,
        )
    _action(window, tr("Als &Vorlage speichern…"), window.save_as_template, menu=canvas_menu)
    canvas_menu.addSeparator()
    _action(
        window, tr("Fenster &schließen"), window.close, QKeySequence.StandardKey.Close, canvas_menu
    )


def _edit_menu(window: CanvasWindow, edit: QMenu) -> None:
    """Undo, notes, labels, colours, clipboard, zones, connectors, groups, transfer."""
    undo = window.ops.undo_stack.createUndoAction(window, tr("&Rückgängig"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.ops.undo_stack.createRedoAction(window, tr("&Wiederherstellen"))
    redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
    for action in (undo, redo):
        edit.addAction(action)
        window.addAction(action)
    edit.addSeparator()
    window.act_new = _action(window, tr("&Neue Notiz"), window.new_note, "N", edit, on_view=True)
    window.act_edit = _action(
        window, tr("Text &bearbeiten"), window.edit_selected, "F2", edit, on_view=True
    )
    enter = QAction(window)
    enter.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
    enter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    enter.triggered.connect(window.edit_selected)
    window.view.addAction(enter)
    window.act_label = _action(
        window, tr("&Kennzeichnung…"), window.edit_label, "L", edit, on_view=True
    )
    colours = edit.addMenu(tr("&Farbe"))
    for number, (code, (_, name)) in enumerate(NOTE_COLORS.items(), start=1):
        _action(
            window, name, lambda _=False, c=code: window.set_colour(c), f"Alt+{number}", colours
        )
    edit.addSeparator()
    key = QKeySequence.StandardKey
    for text, slot, shortcut in (  # on the canvas and its notes list
        (tr("&Ausschneiden"), window.cut, key.Cut),
        (tr("&Kopieren"), window.copy, key.Copy),
        (tr("&Einfügen"), window.paste, key.Paste),
        (tr("&Löschen"), window.delete_selected, key.Delete),
        (tr("Alles aus&wählen"), window.select_all, key.SelectAll),
    ):
        _action(window, text, slot, shortcut, edit, on_view=True)
    edit.addSeparator()
    _action(
        window, tr("In &Zone verschieben…"), window.move_selected_to_zone, "M", edit, on_view=True
    )
    _action(window, tr("Notizen &verbinden"), window.connect_selected, "Ctrl+K", edit)
    _action(window, tr("&Gruppieren…"), window.group_selected, "Ctrl+G", edit)
    _action(window, tr("Gruppe auf&lösen"), window.ungroup_selected, "Ctrl+Shift+G", edit)
    _action(window, tr("Gruppe &umbenennen…"), window.rename_selected_group, "", edit)
    edit.addSeparator()
    _action(window, tr("In die &Planung übernehmen…"), window.transfer_selected, "Ctrl+T", edit)


def _view_menu(window: CanvasWindow, view_menu: QMenu) -> None:
    """Zoom, presentation, high contrast (the notes lists add theirs)."""
    _action(
        window, tr("&Vergrößern"), window.view.zoom_in, QKeySequence.StandardKey.ZoomIn, view_menu
    )
    _action(
        window,
        tr("Ver&kleinern"),
        window.view.zoom_out,
        QKeySequence.StandardKey.ZoomOut,
        view_menu,
    )
    _action(window, tr("&Alles zeigen"), window.view.fit_all, "Ctrl+0", view_menu)
    _action(window, tr("&Originalgröße"), window.view.actual_size, "Ctrl+1", view_menu)
    view_menu.addSeparator()
    _action(window, tr("&Präsentation"), window.present, "F5", view_menu)
    window.act_contrast = _action(
        window,
        tr("&Hoher Kontrast"),
        window._contrast_toggled,
        "Ctrl+Shift+K",
        view_menu,
        checkable=True,
    )
    window.view_menu = view_menu


def _moderation_menu(window: CanvasWindow, moderation: QMenu) -> None:
    """Dot voting, countdown, locked zones and the toolbar a facilitator uses."""
    window.act_voting = _action(
        window,
        tr("&Punktabfrage"),
        window.voting.toggled,
        "Ctrl+Shift+V",
        moderation,
        checkable=True,
    )
    _action(window, tr("Punkt &setzen"), window.voting.vote_selected, "+", moderation, on_view=True)
    _action(
        window,
        tr("Punkt &zurücknehmen"),
        window.voting.unvote_selected,
        "-",
        moderation,
        on_view=True,
    )
    _action(window, tr("Alle Punkte zurück&setzen…"), window.voting.clear, None, moderation)
    moderation.addSeparator()
    _action(
        window, tr("&Mitmachen vom Handy öffnen …"), window.open_room, "Ctrl+Shift+M", moderation
    )
    _action(
        window,
        tr("Notizen &gruppieren (Vorschlag) …"),
        window.propose_groups,
        "Ctrl+Alt+G",
        moderation,
    )
    moderation.addSeparator()
    window.act_timer = _action(
        window, tr("Countdown &starten/anhalten"), window.toggle_timer, "Ctrl+Shift+T", moderation
    )
    _action(window, tr("Countdown zu&rücksetzen"), window.timer.reset, None, moderation)
    moderation.addSeparator()
    window.lock_menu = moderation.addMenu(tr("Zonen s&perren"))
    window.lock_menu.setObjectName("zone_locks")  # its entries are the zones' titles
    window.lock_group = QActionGroup(window)
    window.lock_group.setExclusive(False)
    _moderation_toolbar(window)


def _moderation_toolbar(window: CanvasWindow) -> None:
    """The facilitator's toolbar: new note, voting with who votes and how many dots, the
    countdown, the projector's contrast."""
    tools = QToolBar(tr("Moderation"))
    tools.setObjectName("moderation")
    tools.setAccessibleName(tr("Werkzeugleiste Moderation"))
    window.addToolBar(tools)
    # the »more« button a narrow window shows at the toolbar's end needs a name too
    more = tools.findChild(QToolButton, "qt_toolbar_ext_button")
    if more is not None:
        more.setAccessibleName(tr("Weitere Werkzeuge"))
        more.setToolTip(tr("Weitere Werkzeuge"))
    tools.addAction(window.act_new)
    tools.addSeparator()
    tools.addAction(window.act_voting)
    voter_label = QLabel(tr(" Teilnehmer:in: "))
    window.voter = QComboBox()
    window.voter.setAccessibleName(tr("Wer vergibt Punkte"))
    window.voter.setMinimumWidth(160)
    window.voter.currentIndexChanged.connect(window.voting.show_status)
    voter_label.setBuddy(window.voter)
    tools.addWidget(voter_label)
    tools.addWidget(window.voter)
    dots_label = QLabel(tr(" Punkte je Person: "))
    window.dots = QSpinBox()
    window.dots.setRange(1, 50)
    window.dots.setAccessibleName(tr("Punkte je Teilnehmer:in"))
    window.dots.editingFinished.connect(window.voting.dots_changed)
    dots_label.setBuddy(window.dots)
    tools.addWidget(dots_label)
    tools.addWidget(window.dots)
    tools.addSeparator()
    minutes_label = QLabel(tr(" Countdown (Min.): "))
    window.minutes = QSpinBox()
    window.minutes.setRange(1, 180)
    window.minutes.setValue(5)
    window.minutes.setAccessibleName(tr("Countdown in Minuten"))
    window.minutes.valueChanged.connect(window.timer.set_minutes)
    minutes_label.setBuddy(window.minutes)
    tools.addWidget(minutes_label)
    tools.addWidget(window.minutes)
    tools.addAction(window.act_timer)
    tools.addSeparator()
    tools.addAction(window.act_contrast)
    window.tools = tools
    window.timer.ticked.connect(window._timer_ticked)


# --- loading ----------------------------------------------------------------------------
