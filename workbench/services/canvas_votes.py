"""Dot voting on a canvas: each participant of the workshop has the canvas's number of
dots to give (docs/DOMAIN.md „Workshops“); a new round takes every dot back."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.i18n import tr
from workbench.model import Note, Vote
from workbench.services.canvas import get_canvas, get_note
from workbench.services.validation import fail
from workbench.services.workshops import voters


def dots_used(session: Session, canvas_id: str, voter: str) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Vote)
            .join(Note, Note.id == Vote.note_id)
            .where(Note.canvas_id == canvas_id, Vote.voter == voter)
        )
        or 0
    )


def add_vote(session: Session, note_id: str, voter: str) -> Vote:
    """One dot of *voter* on a note, as long as the voter has dots left on this canvas."""
    note = get_note(session, note_id)
    canvas = get_canvas(session, note.canvas_id)
    if not voter.strip():
        raise fail("voter", tr("Wählen Sie, wer den Punkt vergibt."))
    if voter not in voters(session, canvas.workshop_id):
        raise fail(
            "voter", tr("„{voter}“ nimmt an diesem Workshop nicht teil.").format(voter=voter)
        )
    used = dots_used(session, canvas.id, voter)
    if used >= canvas.dots_per_participant:
        raise fail(
            "voter",
            tr("{voter} hat alle {dots_per_participant} Punkte vergeben.").format(
                voter=voter, dots_per_participant=canvas.dots_per_participant
            ),
        )
    vote = Vote(note_id=note.id, voter=voter)
    session.add(vote)
    session.flush()
    return vote


def remove_vote(session: Session, note_id: str, voter: str) -> None:
    """Take one dot of *voter* back from a note."""
    vote = session.scalars(
        select(Vote).where(Vote.note_id == note_id, Vote.voter == voter).limit(1)
    ).first()
    if vote is None:
        raise fail(
            "voter", tr("{voter} hat auf diese Notiz keinen Punkt gesetzt.").format(voter=voter)
        )
    session.delete(vote)
    session.flush()


def clear_votes(session: Session, canvas_id: str) -> int:
    """Start a new round of voting: every dot on the canvas is taken back."""
    votes = list(
        session.scalars(
            select(Vote).join(Note, Note.id == Vote.note_id).where(Note.canvas_id == canvas_id)
        )
    )
    for vote in votes:
        session.delete(vote)
    session.flush()
    return len(votes)
