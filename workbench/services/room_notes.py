"""What the room sends from the participants' phones, through the one write path: notes
placed in the zone a participant chose (in the next free place of its grid) and dots
given anonymously. The room server (workbench/room/) only queues what arrives; the
window (one undo step per batch) or `workbench serve` applies it with these functions."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.i18n import tr
from workbench.model import CanvasZone, Note, Vote
from workbench.services.canvas import NOTE_MIN_HEIGHT, NOTE_WIDTH, add_note, get_canvas, get_note
from workbench.services.canvas_votes import dots_used
from workbench.services.errors import NotFoundError
from workbench.services.validation import fail

GAP = 12.0


@dataclass(frozen=True)
class Submission:
    """What a phone sent: a note (zone_id, text, name) or a dot (note_id)."""

    kind: str  # "note" or "vote"
    key: str  # the phone's own id of this submission: sent twice, taken once
    phone: str  # the phone's mark, „Handy 7“
    zone_id: str = ""
    note_id: str = ""
    text: str = ""
    name: str = ""


@dataclass(frozen=True)
class RoomZone:
    id: str
    title: str
    locked: bool


@dataclass(frozen=True)
class RoomNote:
    id: str
    zone_id: str | None
    text: str
    votes: int


@dataclass(frozen=True)
class RoomCanvas:
    """What the phones see of a canvas: its zones and its notes with their dots."""

    id: str
    title: str
    dots: int  # per participant
    zones: tuple[RoomZone, ...]
    notes: tuple[RoomNote, ...]


def canvas_id_of(session: Session, key: str) -> str:
    """A canvas's id by its id or part of its title (as ``workbench canvases show``)."""
    from workbench.services.listings import find_canvas

    return find_canvas(session, key).id


def room_canvas(session: Session, canvas_id: str) -> RoomCanvas:
    canvas = get_canvas(session, canvas_id)
    zones = session.execute(
        select(CanvasZone.id, CanvasZone.title, CanvasZone.locked)
        .where(CanvasZone.canvas_id == canvas_id)
        .order_by(CanvasZone.position)
    ).all()
    votes = dict(
        session.execute(
            select(Vote.note_id, func.count())
            .join(Note, Note.id == Vote.note_id)
            .where(Note.canvas_id == canvas_id)
            .group_by(Vote.note_id)
        ).all()
    )
    notes = session.execute(
        select(Note.id, Note.zone_id, Note.text)
        .where(Note.canvas_id == canvas_id)
        .order_by(Note.created_at)
    ).all()
    return RoomCanvas(
        canvas.id,
        canvas.title,
        canvas.dots_per_participant,
        tuple(RoomZone(z.id, z.title, bool(z.locked)) for z in zones),
        tuple(RoomNote(n.id, n.zone_id, n.text, int(votes.get(n.id, 0))) for n in notes),
    )


def add_room_note(session: Session, zone_id: str, text: str, author: str = "") -> Note:
    """A note from a phone in *zone_id*, in the zone's next free place (a grid of note
    places from its top left, row by row); refused in a locked zone like any note."""
    zone = session.get(CanvasZone, zone_id)
    if zone is None:
        raise NotFoundError(tr("Diese Zone gibt es nicht (mehr)."))
    count = (
        session.scalar(select(func.count()).select_from(Note).where(Note.zone_id == zone_id)) or 0
    )
    columns = max(1, int((zone.width - GAP) // (NOTE_WIDTH + GAP)))
    rows = max(1, int((zone.height - 50) // (NOTE_MIN_HEIGHT / 2 + GAP)))
    place = count % (columns * rows)
    x = zone.x + GAP + (place % columns) * (NOTE_WIDTH + GAP)
    y = zone.y + 46 + (place // columns) * (NOTE_MIN_HEIGHT / 2 + GAP)
    values = {"author": author[:80]} if author else {}
    note = add_note(session, zone.canvas_id, x, y, text, **values)
    if note.zone_id != zone_id:  # a smaller zone lies on that place: put it where asked
        note.zone_id = zone_id
    return note


def add_room_vote(session: Session, note_id: str, voter: str) -> Vote:
    """An anonymous dot from a phone (*voter*: the phone's mark), as long as that phone
    has dots left on this canvas."""
    note = get_note(session, note_id)
    canvas = get_canvas(session, note.canvas_id)
    if dots_used(session, canvas.id, voter) >= canvas.dots_per_participant:
        raise fail(
            "voter",
            tr("Alle {n} Punkte sind vergeben.").format(n=canvas.dots_per_participant),
        )
    vote = Vote(note_id=note.id, voter=voter)
    session.add(vote)
    session.flush()
    return vote


def apply_batch(session: Session, submissions: list[Submission]) -> list[str]:
    """Apply what the phones sent, in order, in one transaction (one undo step in the
    window); what cannot be applied (a zone locked in the window meanwhile, a note
    deleted) is skipped and said in the list returned."""
    from workbench.services.errors import ServiceError

    refused = []
    for item in submissions:
        try:
            if item.kind == "note":
                add_room_note(session, item.zone_id, item.text, item.name)
            elif item.kind == "vote":
                add_room_vote(session, item.note_id, item.phone)
        except ServiceError as exc:
            refused.append(f"{item.phone}: {exc}")
    return refused


def describe_batch(submissions: list[Submission]) -> str:
    """The undo step's name: „2 Notizen und 1 Punkt vom Handy“."""
    from workbench.formats import plural

    notes = sum(1 for s in submissions if s.kind == "note")
    votes = len(submissions) - notes
    parts = []
    if notes:
        parts.append(plural(notes, tr("Notiz"), tr("Notizen")))
    if votes:
        parts.append(plural(votes, tr("Punkt"), tr("Punkte")))
    return tr("{what} vom Handy").format(what=tr(" und ").join(parts))
