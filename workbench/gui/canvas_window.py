"""The canvas window a facilitator works in: notes, zones, dot voting, timer, presentation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QCursor,
    QGuiApplication,
)
from PySide6.QtWidgets import (
    QComboBox,
    QMainWindow,
    QMenu,
    QSpinBox,
    QToolBar,
    QWidget,
)

from workbench.formats import plural
from workbench.gui import canvas_menus
from workbench.gui.canvas_dialogs import TransferChoice, TransferDialog
from workbench.gui.canvas_items import NoteItem
from workbench.gui.canvas_lists import NoteLists
from workbench.gui.canvas_view import CanvasScene, CanvasView
from workbench.gui.canvas_voting import DotVoting
from workbench.gui.dialogs import Dialogs
from workbench.gui.facilitation import (
    CountdownTimer,
    PresentationWindow,
    TimerOverlay,
    export_png,
)
from workbench.gui.forms import ValueLabel, fit_to_screen
from workbench.gui.note_editor import NoteTextEditor
from workbench.gui.operations import WorkspaceOps
from workbench.i18n import tr
from workbench.services import canvas as cv
from workbench.services import canvas_reading
from workbench.services import canvas_templates as templates
from workbench.services.canvas import NOTE_COLORS
from workbench.services.canvas_reading import CanvasData
from workbench.services.errors import NotFoundError
from workbench.services.note_transfer import (
    TransferKind,
    suggested_kind,
    transfer_note,
    transfer_targets,
)
from workbench.services.operations import ChangeSet

#: The notes last copied in this program, with the text the clipboard got for them.
_COPIED: list[tuple[str, list[dict[str, Any]]]] = []


class CanvasWindow(QMainWindow):
    """One canvas, edited through WorkspaceOps so every action can be undone."""

    closed = Signal(str)
    # made by gui/canvas_menus.build_menus
    act_new: QAction
    act_edit: QAction
    act_label: QAction
    act_contrast: QAction
    act_voting: QAction
    act_timer: QAction
    view_menu: QMenu
    lock_menu: QMenu
    lock_group: QActionGroup
    voter: QComboBox
    dots: QSpinBox
    minutes: QSpinBox
    tools: QToolBar

    def __init__(
        self,
        ops: WorkspaceOps,
        canvas_id: str,
        dialogs: Dialogs | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ops = ops
        self.canvas_id = canvas_id
        # dialogs of this window: focus comes back here (to the list row or the canvas),
        # not to the main window (2.4.3)
        self.dialogs = dialogs.for_window(self) if dialogs is not None else Dialogs(self)
        self.scene = CanvasScene(self)
        self.view = CanvasView(self.scene, self)
        self.editor = NoteTextEditor(self.view.viewport())
        self.timer = CountdownTimer(self)
        self.timer_overlay = TimerOverlay(self.timer, self.view)
        self.presentation: PresentationWindow | None = None
        self._editing: str | None = None  # note id, or "" for a new note
        self._new_at = QPointF()
        self.setCentralWidget(self.view)
        self.setAccessibleName(tr("Leinwand-Fenster"))
        self.problem = ValueLabel(tr("Meldung"), announce=True)
        self.problem.setWordWrap(True)
        self.statusBar().addWidget(self.problem, 1)
        self.vote_status = ValueLabel(tr("Punktestand"))
        self.statusBar().addPermanentWidget(self.vote_status)
        self.list_actions: list[QAction] = []  # the canvas's keys, in the notes list too
        self.voting = DotVoting(self)  # before the menus, which call it
        canvas_menus.build_menus(self)
        self.lists = NoteLists(self)
        self.notes_tree, self.results = self.lists.notes_tree, self.lists.results
        self.notes_model, self.results_model = self.lists.notes_model, self.lists.results_model
        self.view.new_note_requested.connect(self.new_note_at)
        self.view.edit_requested.connect(self.edit_note)
        self.view.notes_moved.connect(self.move_notes)
        self.view.notes_nudged.connect(lambda moves: self.move_notes(moves, nudge=True))
        self.view.note_clicked.connect(self.voting.click)
        self.editor.committed.connect(self._commit_text)
        self.editor.cancelled.connect(self._cancel_text)
        self.scene.selectionChanged.connect(self._selection_changed)
        ops.subscribe("canvas", self, self._on_changed)
        ops.failed.connect(self._on_failed)
        fit_to_screen(self)  # a canvas wants the whole screen (it opened at 1280 × 800)
        self.reload()

    def reload(self) -> None:
        try:
            view = self.ops.read(canvas_reading.canvas_view, self.canvas_id)
            data, names = view.data, view.voters
            title = f"{data.title} – {view.workshop_title}"
        except NotFoundError:
            self.close()  # deleted here or on another laptop
            return
        self.setWindowTitle(tr("Leinwand – {title}").format(title=title))
        self.setAccessibleName(
            tr("Leinwand {title}").format(title=title)
        )  # each window by its canvas
        self.title = title
        self.scene.show_data(data)
        self._fill_lock_menu(data)
        self.lists.fill(data)
        if [self.voter.itemText(i) for i in range(self.voter.count())] != names:
            current = self.voter.currentText()
            self.voter.blockSignals(True)
            self.voter.clear()
            self.voter.addItems(names)
            self.voter.setCurrentIndex(max(0, names.index(current) if current in names else 0))
            self.voter.blockSignals(False)
        self.dots.setValue(data.dots_per_participant)
        self.voting.show_status()

    @property
    def data(self) -> CanvasData:
        assert self.scene.data is not None
        return self.scene.data

    def _fill_lock_menu(self, data: CanvasData) -> None:
        self.lock_menu.clear()
        for action in self.lock_group.actions():
            self.lock_group.removeAction(action)
        for zone in data.zones:
            action = QAction(zone.title, self.lock_menu)
            action.setCheckable(True)
            action.setChecked(zone.locked)
            action.toggled.connect(lambda on, z=zone.id: self.lock_zone(z, on))
            self.lock_group.addAction(action)
            self.lock_menu.addAction(action)

    def _on_changed(self, _tables: set[str], _changes: ChangeSet) -> None:
        self.reload()
        self.problem.clear()

    def _on_failed(self, message: str) -> None:
        if self.isVisible():
            self.problem.setText(f"⚠ {message}")
        self.reload()  # a refused drag puts the notes back

    def _selection_changed(self) -> None:
        ids = self.scene.selected_note_ids()
        if len(ids) == 1:
            note = self.scene.notes[ids[0]].data
            if note is not None:
                self.view.setAccessibleDescription(
                    tr("Notiz ausgewählt: {text}").format(text=note.text)
                )
        self.voting.show_status()

    # --- notes ------------------------------------------------------------------------------
    def new_note(self) -> None:
        """N: a new note under the mouse pointer, or in the middle of the view."""
        local = self.view.viewport().mapFromGlobal(QCursor.pos())
        if not self.view.viewport().rect().contains(local):
            local = self.view.viewport().rect().center()
        self.new_note_at(self.view.mapToScene(local) - QPointF(cv.NOTE_WIDTH / 2, 30))

    def new_note_at(self, pos: QPointF) -> None:
        self._editing = ""
        self._new_at = pos
        rect = self.view.mapFromScene(
            pos.x(), pos.y(), cv.NOTE_WIDTH, cv.NOTE_MIN_HEIGHT
        ).boundingRect()
        self.editor.open("", rect.toRectF(), self.view.scale_factor())

    def edit_selected(self) -> None:
        ids = self.scene.selected_note_ids()
        if ids:
            self.edit_note(ids[-1])

    def edit_note(self, note_id: str) -> None:
        item = self.scene.notes.get(note_id)
        if item is None or item.data is None:
            return
        if item.locked:
            self.problem.setText(
                tr("⚠ Die Notiz liegt in einer gesperrten Zone und kann nicht geändert werden.")
            )
            return
        self._editing = note_id
        rect = self.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        self.editor.open(item.data.text, rect.toRectF(), self.view.scale_factor())

    def _commit_text(self, text: str) -> None:
        editing, self._editing = self._editing, None
        self.view.setFocus()
        if editing == "":
            if text.strip():
                note = self.ops.run(
                    tr("Notiz anlegen"),
                    cv.add_note,
                    self.canvas_id,
                    self._new_at.x(),
                    self._new_at.y(),
                    text,
                )
                if note is not None and note in self.scene.notes:  # its id
                    self.scene.clearSelection()
                    self.scene.notes[note].setSelected(True)
        elif editing:
            item = self.scene.notes.get(editing)
            if item is not None and item.data is not None and item.data.text != text:
                self.ops.run(tr("Notiztext ändern"), cv.update_note, editing, {"text": text})

    def _cancel_text(self) -> None:
        self._editing = None
        self.view.setFocus()

    def move_notes(self, moves: dict[str, tuple[float, float]], nudge: bool = False) -> None:
        key = "nudge:" + ",".join(sorted(moves)) if nudge else ""
        description = (
            tr("Notiz verschieben")
            if len(moves) == 1
            else tr("{n_moves} Notizen verschieben").format(n_moves=len(moves))
        )
        if self.ops.run(description, cv.move_notes, self.canvas_id, moves, merge_key=key) is None:
            self.reload()

    def move_selected_to_zone(self) -> None:
        """M: the chosen notes into a zone picked by name (from the notes list, no mouse)."""
        ids = self.selected_or_explain()
        if not ids:
            return
        zones = [z for z in self.data.zones if not z.locked]
        index = self.dialogs.choose_item(
            tr("In Zone verschieben"), tr("In welche Zone?"), [z.title for z in zones], 0
        )
        if index is not None:
            what = (
                tr("Notiz in Zone verschieben")
                if len(ids) == 1
                else tr("{n_ids} Notizen in Zone verschieben").format(n_ids=len(ids))
            )
            self.ops.run(what, cv.move_into_zone, self.canvas_id, ids, zones[index].id)

    def selected_or_explain(self) -> list[str]:
        ids = self.scene.selected_note_ids()
        if not ids:
            self.problem.setText(
                tr("⚠ Bitte wählen Sie zuerst eine Notiz aus (Tab wählt die nächste).")
            )
        return ids

    def edit_label(self) -> None:
        ids = self.selected_or_explain()
        if not ids:
            return
        current = self.scene.notes[ids[0]].data
        text = self.dialogs.ask_text(
            tr("Kennzeichnung"),
            tr("Kurze Kennzeichnung (z. B. „A1“, „Frage“, „Risiko“), höchstens 40 Zeichen:"),
            current.label if current else "",
        )
        if text is not None:
            self.ops.run(tr("Kennzeichnung ändern"), cv.update_notes, ids, {"label": text})

    def set_colour(self, colour: str) -> None:
        ids = self.selected_or_explain()
        if ids:
            self.ops.run(
                tr("Farbe {value}").format(value=NOTE_COLORS[colour][1]),
                cv.update_notes,
                ids,
                {"color": colour},
            )

    def copy(self) -> None:
        """Copy notes: the clipboard gets their text (one per line, for other programs);
        colour, label and position are remembered here for pasting into a canvas."""
        ids = self.scene.selected_note_ids()
        if not ids:
            return
        notes = self.ops.read(cv.note_clipboard, ids)
        text = "\n".join(n["text"].replace("\n", " ") for n in notes)
        # setText, not a QMimeData made in Python: the clipboard would delete that object
        # after the interpreter ended, and the program would crash on exit.
        QGuiApplication.clipboard().setText(text)
        _COPIED.clear()
        _COPIED.append((text, notes))

    def cut(self) -> None:
        self.copy()
        self.delete_selected()

    def paste(self) -> None:
        text = QGuiApplication.clipboard().text()
        if _COPIED and _COPIED[0][0] == text:
            notes = list(_COPIED[0][1])
        elif text.strip():  # text from elsewhere: one note per line
            origin = self.view.mapToScene(self.view.viewport().rect().center())
            lines = [line.strip() for line in text.splitlines() if line.strip()][:200]
            notes = [
                {
                    "text": line,
                    "x": origin.x() + (i % 5) * 220 - 440,
                    "y": origin.y() + (i // 5) * 140,
                }
                for i, line in enumerate(lines)
            ]
        else:
            return
        made = self.ops.run(tr("Einfügen"), cv.paste_notes, self.canvas_id, notes)
        if made:
            self.scene.clearSelection()
            for note_id in made:
                if note_id in self.scene.notes:
                    self.scene.notes[note_id].setSelected(True)

    def delete_selected(self) -> None:
        notes, connectors = self.scene.selected_note_ids(), self.scene.selected_connector_ids()
        if notes or connectors:
            count = len(notes) + len(connectors)
            self.ops.run(
                tr("Löschen") if count == 1 else tr("{count} Elemente löschen").format(count=count),
                cv.delete_selection,
                notes,
                connectors,
            )

    def select_all(self) -> None:
        for item in self.scene.notes.values():
            item.setSelected(True)

    def connect_selected(self) -> None:
        ids = self.scene.selected_note_ids()
        if len(ids) != 2:
            self.problem.setText(
                tr(
                    "⚠ Zum Verbinden wählen Sie genau zwei Notizen: zuerst die, von der "
                    "der Pfeil ausgeht (die zweite mit Strg+Klick, auf der Leinwand mit "
                    "Umschalt+Leertaste, in der Notizenliste mit Umschalt+Pfeil)."
                )
            )
            return
        self.ops.run(tr("Notizen verbinden"), cv.connect_notes, ids[0], ids[1])

    def group_selected(self) -> None:
        ids = self.selected_or_explain()
        if not ids:
            return
        heading = self.dialogs.ask_text(tr("Gruppieren"), tr("Überschrift der Gruppe:"))
        if heading is not None:
            self.ops.run(tr("Gruppieren"), cv.group_notes, ids, heading)

    def rename_selected_group(self) -> None:
        """A new heading for the group of the chosen note(s)."""
        ids = self.selected_or_explain()
        if not ids:
            return
        chosen = [self.scene.notes[i].data for i in ids if i in self.scene.notes]
        groups = {data.group_id for data in chosen if data is not None} - {None}
        if len(groups) != 1:
            self.problem.setText(
                tr("Wählen Sie eine Notiz einer Gruppe, um die Gruppe umzubenennen.")
            )
            return
        group_id = groups.pop()
        assert group_id is not None
        item = self.scene.groups.get(group_id)
        heading = self.dialogs.ask_text(
            tr("Gruppe umbenennen"), tr("Überschrift der Gruppe:"), item.heading if item else ""
        )
        if heading is not None:
            self.ops.run(tr("Gruppe umbenennen"), cv.rename_group, group_id, heading)

    def ungroup_selected(self) -> None:
        ids = self.selected_or_explain()
        if ids:
            self.ops.run(tr("Gruppe auflösen"), cv.ungroup_notes, ids)

    def suggested_transfer(self, note_id: str) -> TransferKind:
        """What the note's zone suggests it becomes (an Outcome a goal, a risk a risk)."""
        item = self.scene.notes[note_id]
        zone_id = item.data.zone_id if item.data else None
        zone = next((z for z in self.data.zones if z.id == zone_id), None) if zone_id else None
        return suggested_kind(zone.key, zone.title) if zone else TransferKind.LOG_ENTRY

    def choose_transfer(self, note_id: str) -> TransferChoice | None:
        """Ask where the note goes (tests replace this with a fixed answer)."""
        item = self.scene.notes[note_id]
        suggested = self.suggested_transfer(note_id)
        targets = self.ops.read(transfer_targets, self.data.workshop_id)  # before the dialog waits
        dialog = TransferDialog(targets, item.data.text if item.data else "", self, suggested)
        return dialog.choice() if dialog.exec() else None

    def transfer_selected(self) -> None:
        ids = self.selected_or_explain()
        if len(ids) != 1:
            if ids:
                self.problem.setText(tr("⚠ Übernehmen Sie die Notizen bitte einzeln."))
            return
        choice = self.choose_transfer(ids[0])
        if choice is not None:
            self.ops.run(
                tr("Notiz als {label} übernehmen").format(label=choice.kind.label),
                transfer_note,
                ids[0],
                choice.kind,
                choice.measure_id,
                choice.goal_id,
                choice.field_id,
            )

    # --- zones ------------------------------------------------------------------------------
    def lock_zone(self, zone_id: str, locked: bool) -> None:
        zone = next((z for z in self.data.zones if z.id == zone_id), None)
        if zone is not None and zone.locked != locked:
            self.ops.run(
                tr("Zone {value}").format(value="sperren" if locked else "entsperren"),
                cv.set_zone_locked,
                zone_id,
                locked,
            )

    # --- voting -----------------------------------------------------------------------------
    def propose_groups(self) -> None:
        """Groups for the notes that say similar things, proposed offline; the accepted
        become canvas groups in one undo step."""
        from workbench.gui.cluster_dialog import ClusterDialog
        from workbench.services import clustering

        proposals = self.ops.read(clustering.propose_groups, self.canvas_id)
        dialog = ClusterDialog(proposals, self)
        if self.run_cluster_dialog(dialog):
            chosen = dialog.accepted_groups()
            if chosen:
                self.ops.run(
                    tr("{groups} aus Vorschlag").format(
                        groups=plural(len(chosen), tr("Gruppe"), tr("Gruppen"))
                    ),
                    clustering.accept_groups,
                    chosen,
                )

    #: Shows the dialog (tests answer it instead of a person).
    run_cluster_dialog = staticmethod(lambda dialog: bool(dialog.exec()))

    def open_room(self) -> None:
        """The room for the participants' phones (gui/room_panel.py); one per window."""
        from workbench.gui.room_panel import RoomPanel

        if getattr(self, "room_panel", None) is None:
            self.room_panel = RoomPanel(self)
        self.room_panel.show()
        self.room_panel.raise_()
        self.room_panel.start_button.setFocus()

    # --- timer, presentation, export --------------------------------------------------------
    def toggle_timer(self) -> None:
        if self.timer.running:
            self.timer.pause()
        else:
            self.timer.start()

    def _timer_ticked(self, _remaining: int) -> None:
        self.act_timer.setText(
            tr("Countdown anhalten") if self.timer.running else tr("Countdown starten")
        )

    def _contrast_toggled(self, on: bool) -> None:
        self.view.look.high_contrast = on
        self.view.viewport().update()
        if self.presentation is not None:
            self.presentation.set_high_contrast(on)

    def present(self) -> None:
        """F5: the canvas full screen on the screen the facilitator picks."""
        if self.presentation is not None:
            self.presentation.close()
            return
        screens = QGuiApplication.screens()
        screen = QGuiApplication.primaryScreen()
        if len(screens) > 1:
            names = [f"{s.name()} ({s.size().width()} × {s.size().height()})" for s in screens]
            current = next((i for i, s in enumerate(screens) if s is not self.screen()), 0)
            index = self.dialogs.choose_item(
                tr("Präsentation"), tr("Auf welchem Bildschirm (Beamer)?"), names, current
            )
            if index is None:
                return
            screen = screens[index]
        self.presentation = PresentationWindow(
            self.scene, self.timer, self.title, self.act_contrast.isChecked()
        )
        self.presentation.closed.connect(self._presentation_closed)
        self.presentation.show_on(screen)

    def _presentation_closed(self) -> None:
        self.presentation = None
        self.activateWindow()
        self.view.setFocus()

    def export(self, kind: str, paper: str) -> Path | None:
        filters = {"png": tr("PNG-Bild (*.png)"), "pdf": tr("PDF-Dokument (*.pdf)")}
        name = templates.slug(self.title) + f"-{paper}.{kind}"
        chosen = self.dialogs.save_file(
            tr("Leinwand als {value} exportieren").format(value=kind.upper()), name, filters[kind]
        )
        if not chosen:
            return None
        path = Path(chosen if chosen.lower().endswith("." + kind) else f"{chosen}.{kind}")
        try:
            if kind == "png":
                export_png(self.scene, path, paper, self.title)
            else:  # tagged: the picture with its description, the notes as text
                from workbench.gui.canvas_pdf import export_tagged_pdf
                from workbench.services.listings import canvas_board

                board = self.ops.read(canvas_board, self.canvas_id)
                export_tagged_pdf(self.scene, board, path, paper, self.title)
        except OSError as exc:
            self.dialogs.error(tr("Export fehlgeschlagen"), str(exc))
            return None
        self.problem.setText(tr("Exportiert nach {path}").format(path=path))
        return path

    def save_as_template(self) -> None:
        name = self.dialogs.ask_text(
            tr("Als Vorlage speichern"), tr("Name der neuen Vorlage:"), self.data.title
        )
        if not name:
            return
        try:
            data = self.ops.read(templates.template_data_from_canvas, self.canvas_id, name)
            path = templates.save_user_template(data)
        except templates.TemplateError as exc:
            self.dialogs.error(tr("Vorlage nicht gespeichert"), str(exc))
            return
        self.dialogs.info(
            tr("Vorlage gespeichert"),
            tr(
                "Die Vorlage „{name}“ steht ab jetzt beim Anlegen einer Leinwand zur Wahl ({name2})."
            ).format(name=name, name2=path.name),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.presentation is not None:
            self.presentation.close()
        if getattr(self, "room_panel", None) is not None:
            self.room_panel.end()  # the room closes with its canvas
        self.timer.pause()
        self.closed.emit(self.canvas_id)
        super().closeEvent(event)

    def note_item(self, note_id: str) -> NoteItem:
        return self.scene.notes[note_id]
