"""The lists beside a canvas: notes by zone and the ranked result of the dot voting.

They are the canvas in words: a screen reader, the keyboard (F6) and the protocol
read the notes here, zone by zone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QTreeView

from workbench.gui.forms import announce
from workbench.i18n import tr
from workbench.services import canvas_reading
from workbench.services.canvas_reading import CanvasData

if TYPE_CHECKING:
    from workbench.gui.canvas_window import CanvasWindow


class NoteLists(QObject):
    """Two docks of a canvas window, filled from the same data as the scene."""

    def __init__(self, window: CanvasWindow) -> None:
        super().__init__(window)
        self.window = window
        self.notes_model = QStandardItemModel(self)
        self.notes_model.setHorizontalHeaderLabels([tr("Notiz"), tr("Punkte"), tr("Übernommen")])
        self.notes_tree = QTreeView()
        self.notes_tree.setModel(self.notes_model)
        self.notes_tree.setAccessibleName(tr("Notizen nach Zonen"))
        self.notes_tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notes_tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # several notes by keyboard: Umschalt+Pfeil, Strg+Pfeil and Strg+Leertaste, as in
        # every list; connecting and grouping then act on them (2.1.1)
        self.notes_tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.notes_tree.selectionModel().currentChanged.connect(self._tree_current_changed)
        self.notes_tree.selectionModel().selectionChanged.connect(self._tree_selection_changed)
        dock = QDockWidget(tr("Notizen nach Zonen"), self.window)
        dock.setObjectName("notes")
        dock.setWidget(self.notes_tree)
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.window.resizeDocks([dock], [360], Qt.Orientation.Horizontal)
        self.notes_tree.setColumnWidth(0, 230)
        self.notes_tree.setColumnWidth(1, 50)
        self.notes_dock = dock
        self.window.view_menu.addAction(dock.toggleViewAction())

        self.results_model = QStandardItemModel(self)
        self.results_model.setHorizontalHeaderLabels(
            [tr("Rang"), tr("Punkte"), tr("Notiz"), tr("Zone")]
        )
        self.results = QTreeView()
        self.results.setModel(self.results_model)
        self.results.setRootIsDecorated(False)
        self.results.setAccessibleName(tr("Ergebnis der Punktabfrage"))
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for column, width in enumerate((45, 55, 190)):
            self.results.setColumnWidth(column, width)
        self.results.selectionModel().currentChanged.connect(self._result_current_changed)
        results_dock = QDockWidget(tr("Ergebnis der Punktabfrage"), self.window)
        results_dock.setObjectName("results")
        results_dock.setWidget(self.results)
        self.window.tabifyDockWidget(dock, results_dock)
        dock.raise_()
        self.results_dock = results_dock
        self.window.view_menu.addAction(results_dock.toggleViewAction())
        # Every canvas action works on the note chosen in the list (choosing it here selects
        # it on the canvas): edit, label, colour, move into a zone, dots, copy, delete …;
        # the context menu lists them for the mouse.
        self.notes_tree.addActions(window.list_actions)
        self.notes_tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._zone_of: dict[str, str | None] = {}  # note → zone, to say when a note moved
        self.last_announcement = ""
        focus_list = QAction(tr("Zur &Notizliste / zur Leinwand"), self.window)
        focus_list.setShortcut(QKeySequence("F6"))
        focus_list.triggered.connect(self._toggle_list_focus)
        self.window.addAction(focus_list)
        self.window.view_menu.addAction(focus_list)

    def fill(self, data: CanvasData) -> None:
        self._fill_notes_tree(data)
        self._fill_results(data)

    def _fill_notes_tree(self, data: CanvasData) -> None:
        """The full text alternative of the canvas: each zone with its guiding question, its
        notes with label, group, dots and what they were taken over as, and under a note
        the notes it is connected to."""
        expanded = {
            self.notes_model.item(r).text()
            for r in range(self.notes_model.rowCount())
            if not self.notes_tree.isExpanded(self.notes_model.index(r, 0))
        }
        self.notes_model.removeRows(0, self.notes_model.rowCount())
        by_zone: dict[str | None, list[canvas_reading.NoteData]] = {}
        for note in data.notes:
            by_zone.setdefault(note.zone_id, []).append(note)
        links = _connections(data)
        sections: list[tuple[str | None, str, str]] = [
            (z.id, z.title + (tr(" (gesperrt)") if z.locked else ""), z.question)
            for z in data.zones
        ]
        sections.append((None, tr("Ohne Zone"), ""))
        for zone_id, title, question in sections:
            notes = sorted(by_zone.get(zone_id, []), key=lambda n: (-n.votes, n.y, n.x))
            if zone_id is None and not notes:
                continue
            parent = QStandardItem(f"{title} ({len(notes)})")
            if question:
                parent.setToolTip(question)
                parent.setData(
                    tr("Leitfrage: {question}").format(question=question),
                    Qt.ItemDataRole.AccessibleDescriptionRole,
                )
            for note in notes:
                row = _note_row(note, data, links)
                parent.appendRow(row)
            self.notes_model.appendRow([parent, QStandardItem(), QStandardItem()])
        for number in range(self.notes_model.rowCount()):
            title = self.notes_model.item(number).text()
            self.notes_tree.setExpanded(self.notes_model.index(number, 0), title not in expanded)
        self._say_moves(data)

    def _say_moves(self, data: CanvasData) -> None:
        """A note that now stands in another zone is announced (screen readers heard nothing)."""
        zones = {z.id: z.title for z in data.zones}
        moved = [
            n for n in data.notes if n.id in self._zone_of and self._zone_of[n.id] != n.zone_id
        ]
        self._zone_of = {n.id: n.zone_id for n in data.notes}
        if len(moved) == 1:
            note = moved[0]
            message = tr("„{value}“ ist jetzt in der Zone {value2}.").format(
                value=note.text or tr("(leer)"),
                value2=zones.get(note.zone_id or "", tr("ohne Zone")),
            )
        elif moved:
            message = tr("{n_moved} Notizen sind jetzt in anderen Zonen.").format(
                n_moved=len(moved)
            )
        else:
            return
        self.last_announcement = message
        announce(self.notes_tree, message)

    def _fill_results(self, data: CanvasData) -> None:
        """Notes with dots, most first; equal counts share a rank."""
        self.results_model.removeRows(0, self.results_model.rowCount())
        zones = {z.id: z.title for z in data.zones}
        ranked = sorted(
            (n for n in data.notes if n.votes), key=lambda n: (-n.votes, n.text.casefold())
        )
        rank, previous = 0, None
        for position, note in enumerate(ranked, start=1):
            if note.votes != previous:
                rank, previous = position, note.votes
            text = QStandardItem(note.text)
            cells = [
                QStandardItem(f"{rank}."),
                QStandardItem(str(note.votes)),
                text,
                QStandardItem(zones.get(note.zone_id or "", tr("Ohne Zone"))),
            ]
            cells[0].setData(note.id, Qt.ItemDataRole.UserRole)
            self.results_model.appendRow(cells)

    def _result_current_changed(self) -> None:
        self._select_from_list(self.results.currentIndex().siblingAtColumn(0))

    def _toggle_list_focus(self) -> None:
        if self.window.view.hasFocus():
            tree = (
                self.results
                if self.results_dock.isVisible() and not self.notes_dock.isVisible()
                else self.notes_tree
            )
            tree.setFocus()
        else:
            self.window.view.setFocus()

    def _tree_current_changed(self) -> None:
        if len(self.notes_tree.selectionModel().selectedRows(0)) > 1:
            return  # extending a selection: _tree_selection_changed follows it
        self._select_from_list(self.notes_tree.currentIndex().siblingAtColumn(0))

    def _tree_selection_changed(self) -> None:
        """The notes chosen in the list are the notes chosen on the canvas, in the order
        they were chosen (connecting: the first is where the arrow starts)."""
        rows = self.notes_tree.selectionModel().selectedRows(0)
        if len(rows) < 2:
            return
        wanted = [r.data(Qt.ItemDataRole.UserRole) for r in rows]
        items = [self.window.scene.notes[n] for n in wanted if n in self.window.scene.notes]
        chosen = set(self.window.scene.selected_note_ids())
        if {i.note_id for i in items} == chosen:
            return
        for item in self.window.scene.selectedItems():
            if getattr(item, "note_id", None) not in {i.note_id for i in items}:
                item.setSelected(False)
        for item in items:  # the earlier ones stay first in the scene's order
            if not item.isSelected():
                item.setSelected(True)

    def _select_from_list(self, index: Any) -> None:
        note_id = index.data(Qt.ItemDataRole.UserRole)
        item = self.window.scene.notes.get(note_id or "")
        if item is None and index.isValid():  # a zone's row: the actions act on no note
            self.window.scene.clearSelection()
        elif item is not None and not item.isSelected():
            self.window.scene.clearSelection()
            item.setSelected(True)
            self.window.view.ensureVisible(item, 40, 40)


def _connections(data: CanvasData) -> dict[str, list[str]]:
    """Per note, the notes it is connected to and from, in words."""
    texts = {n.id: n.text or tr("(leer)") for n in data.notes}
    links: dict[str, list[str]] = {}
    for _id, source, target, label in data.connectors:
        suffix = f" ({label})" if label else ""
        links.setdefault(source, []).append(
            tr("verbunden mit: {value}{suffix}").format(value=texts.get(target, "?"), suffix=suffix)
        )
        links.setdefault(target, []).append(
            tr("verbunden von: {value}{suffix}").format(value=texts.get(source, "?"), suffix=suffix)
        )
    return links


def _note_row(
    note: canvas_reading.NoteData, data: CanvasData, links: dict[str, list[str]]
) -> list[QStandardItem]:
    """A note's row: label, text and group; its dots (read as „n Punkte“); what it was
    taken over as; the notes it is connected to below it."""
    group = data.groups.get(note.group_id or "")
    shown = (
        (f"[{note.label}] " if note.label else "")
        + (note.text or tr("(leer)"))
        + (tr(" · Gruppe „{group}“").format(group=group) if group else "")
    )
    text = QStandardItem(shown)
    text.setData(note.id, Qt.ItemDataRole.UserRole)
    votes = QStandardItem(str(note.votes) if note.votes else "")
    votes.setData(
        tr("1 Punkt") if note.votes == 1 else tr("{votes} Punkte").format(votes=note.votes),
        Qt.ItemDataRole.AccessibleTextRole,
    )
    row = [text, votes, QStandardItem(note.transferred)]
    for link in links.get(note.id, []):
        child = QStandardItem(link)
        child.setData(note.id, Qt.ItemDataRole.UserRole)
        text.appendRow([child, QStandardItem(), QStandardItem()])
    return row
