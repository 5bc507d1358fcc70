"""Dot voting in the canvas window: who votes (the toolbar's choice), a dot set or taken
back by click, Shift-click, + and −, a new round, the dots per person, and the count in
the status bar. Every dot is one undoable step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from workbench.gui.canvas_view import CanvasView
from workbench.i18n import tr
from workbench.services import canvas as cv
from workbench.services import canvas_votes

if TYPE_CHECKING:
    from workbench.gui.canvas_window import CanvasWindow


class DotVoting:
    """The voting of one canvas window (its menus and toolbar call these)."""

    def __init__(self, window: CanvasWindow) -> None:
        self.window = window

    def toggled(self, on: bool) -> None:
        w = self.window
        w.view.voting = on
        w.view.setDragMode(CanvasView.DragMode.NoDrag if on else CanvasView.DragMode.RubberBandDrag)
        self.show_status()

    def click(self, note_id: str, modifiers: Qt.KeyboardModifier) -> None:
        if modifiers & Qt.KeyboardModifier.ShiftModifier:
            self.unvote(note_id)
        else:
            self.vote(note_id)

    def vote(self, note_id: str) -> None:
        w = self.window
        voter = w.voter.currentText()
        w.ops.run(
            tr("Punkt von {voter}").format(voter=voter), canvas_votes.add_vote, note_id, voter
        )
        self.show_status()

    def unvote(self, note_id: str) -> None:
        w = self.window
        voter = w.voter.currentText()
        w.ops.run(
            tr("Punkt von {voter} zurücknehmen").format(voter=voter),
            canvas_votes.remove_vote,
            note_id,
            voter,
        )
        self.show_status()

    def vote_selected(self) -> None:
        w = self.window
        for note_id in w.selected_or_explain():
            self.vote(note_id)

    def unvote_selected(self) -> None:
        w = self.window
        for note_id in w.selected_or_explain():
            self.unvote(note_id)

    def clear(self) -> None:
        w = self.window
        if w.dialogs.confirm(
            tr("Punkte zurücksetzen"),
            tr("Alle Punkte dieser Leinwand zurücknehmen? Das lässt sich rückgängig machen."),
            tr("Zurücksetzen"),
        ):
            w.ops.run(tr("Alle Punkte zurücksetzen"), canvas_votes.clear_votes, w.canvas_id)

    def dots_changed(self) -> None:
        w = self.window
        if w.scene.data and w.dots.value() != w.data.dots_per_participant:
            w.ops.run(
                tr("Punkte je Teilnehmer:in"),
                cv.update_canvas,
                w.canvas_id,
                {"dots_per_participant": w.dots.value()},
            )

    def show_status(self) -> None:
        w = self.window
        voter = w.voter.currentText()
        if not voter or w.scene.data is None:
            w.vote_status.setText(
                tr("Punktabfrage: keine Teilnehmenden eingetragen")
                if w.act_voting.isChecked()
                else ""
            )
            return
        used = w.ops.read(canvas_votes.dots_used, w.canvas_id, voter)
        mode = tr("Punktabfrage läuft – ") if w.act_voting.isChecked() else ""
        w.vote_status.setText(
            tr("{mode}{voter}: {used} von {dots_per_participant} Punkten vergeben").format(
                mode=mode,
                voter=voter,
                used=used,
                dots_per_participant=w.data.dots_per_participant,
            )
        )
