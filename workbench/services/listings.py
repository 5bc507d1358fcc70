"""What the command line lists and shows of grants, workshops and canvases: plain data
(dates, cents, names), found by what people type (an id, a file number, part of a
title). The window has its own views of the same rows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.i18n import tr
from workbench.model import Canvas, Grant, Measure, Note, Vote, Workshop
from workbench.model.settlement import settle
from workbench.services.errors import NotFoundError

T = TypeVar("T")


def _pick(matches: list[T], key: str, what: str, name: Callable[[T], str]) -> T:
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFoundError(tr("{what} „{key}“ gibt es nicht.").format(what=what, key=key))
    raise NotFoundError(
        tr("„{key}“ passt auf mehrere: {names}.").format(
            key=key, names="; ".join(name(m) for m in matches[:8])
        )
    )


def find_grant(session: Session, key: str) -> Grant:
    """A grant by its id, its file number (Aktenzeichen) or part of its title."""
    key = key.strip()
    found = session.get(Grant, key)
    if found is not None:
        return found
    exact = list(session.scalars(select(Grant).where(Grant.file_number == key)))
    if exact:
        return exact[0]
    matches = list(
        session.scalars(
            select(Grant).where(Grant.title.ilike(f"%{key}%") | Grant.file_number.ilike(f"%{key}%"))
        )
    )
    return _pick(
        matches,
        key,
        tr("Eine Zuwendung (ID, Aktenzeichen oder Teil des Titels)"),
        lambda g: g.file_number or g.title,
    )


def find_workshop(session: Session, key: str) -> Workshop:
    key = key.strip()
    found = session.get(Workshop, key)
    if found is not None:
        return found
    matches = list(session.scalars(select(Workshop).where(Workshop.title.ilike(f"%{key}%"))))
    return _pick(matches, key, tr("Einen Workshop"), lambda w: w.title)


def find_canvas(session: Session, key: str) -> Canvas:
    key = key.strip()
    found = session.get(Canvas, key)
    if found is not None:
        return found
    matches = list(session.scalars(select(Canvas).where(Canvas.title.ilike(f"%{key}%"))))
    return _pick(matches, key, tr("Eine Arbeitsfläche"), lambda c: c.title)


def _codes(session: Session, measure_ids: list[str]) -> list[str]:
    """The codes of the measures linked (those in the recycle bin left out), sorted."""
    return sorted(
        session.scalars(
            select(Measure.code).where(Measure.id.in_(measure_ids), Measure.deleted_at.is_(None))
        )
    )


@dataclass
class GrantRow:
    id: str
    file_number: str
    title: str
    programme: str
    start_date: date | None
    end_date: date | None
    approved_cents: int
    rate_bp: int


def _row_values(g: Grant) -> dict[str, Any]:
    """What a grant's line says (GrantRow's fields; GrantView starts with them)."""
    return {
        "id": g.id,
        "file_number": g.file_number,
        "title": g.title,
        "programme": g.programme.name,
        "start_date": g.start_date,
        "end_date": g.end_date,
        "approved_cents": g.approved_cents,
        "rate_bp": g.rate_bp,
    }


def grant_rows(session: Session) -> list[GrantRow]:
    return [
        GrantRow(**_row_values(g))
        for g in session.scalars(select(Grant).order_by(Grant.start_date, Grant.title))
    ]


@dataclass
class GrantView(GrantRow):
    recipient: str
    financing_kind: str
    phase: str
    measures: list[str]
    #: Spent, eligible, recognised and the grant so far, by the settlement's rules.
    spent_cents: int
    recognised_cents: int
    grant_so_far_cents: int
    receipts: int


def grant_view(session: Session, key: str, today: date | None = None) -> GrantView:
    g = find_grant(session, key)
    s = settle(g, today or date.today())
    codes = _codes(session, [link.measure_id for link in g.measure_links])
    return GrantView(
        **_row_values(g),
        recipient=g.recipient,
        financing_kind=s.kind.label,
        phase=g.phase.name if g.phase else "",
        measures=codes,
        spent_cents=s.spent,
        recognised_cents=s.recognised,
        grant_so_far_cents=s.grant,
        receipts=len(g.receipts),
    )


@dataclass
class WorkshopView:
    id: str
    title: str
    format: str
    held_on: date | None
    place: str
    facilitator: str
    participants: list[str]
    anonymous_participants: int
    measures: list[str]
    canvases: list[str]
    agenda: str
    decisions: str


def workshop_view(session: Session, key: str) -> WorkshopView:
    w = find_workshop(session, key)
    codes = _codes(session, [link.measure_id for link in w.measure_links])
    return WorkshopView(
        w.id,
        w.title,
        w.format.label,
        w.held_on,
        w.place,
        w.facilitator,
        [
            p.name + (f" ({p.organisation})" if p.organisation else "")
            for p in sorted(w.participants, key=lambda p: p.position)
        ],
        w.anonymous_participants,
        codes,
        [c.title for c in sorted(w.canvases, key=lambda c: c.position)],
        w.agenda,
        w.decisions,
    )


@dataclass
class CanvasRow:
    id: str
    title: str
    workshop: str
    notes: int
    dots: int


def canvas_rows(session: Session) -> list[CanvasRow]:
    notes = dict(
        session.execute(select(Note.canvas_id, func.count()).group_by(Note.canvas_id)).all()
    )
    dots = dict(
        session.execute(
            select(Note.canvas_id, func.count())
            .join(Vote, Vote.note_id == Note.id)
            .group_by(Note.canvas_id)
        ).all()
    )
    return [
        CanvasRow(c.id, c.title, c.workshop.title, notes.get(c.id, 0), dots.get(c.id, 0))
        for c in session.scalars(select(Canvas).order_by(Canvas.workshop_id, Canvas.position))
    ]


@dataclass
class BoardNote:
    text: str
    author: str
    dots: int
    group: str = ""


@dataclass
class BoardZone:
    title: str
    question: str
    notes: list[BoardNote] = field(default_factory=list)


@dataclass
class CanvasBoard:
    id: str
    title: str
    workshop: str
    zones: list[BoardZone]


def canvas_board(session: Session, key: str) -> CanvasBoard:
    """A canvas's notes by zone (in the zones' order; notes outside every zone last),
    each zone's notes by their dots, most first."""
    c = find_canvas(session, key)
    dots = dict(
        session.execute(
            select(Vote.note_id, func.count())
            .join(Note, Note.id == Vote.note_id)
            .where(Note.canvas_id == c.id)
            .group_by(Vote.note_id)
        ).all()
    )
    zones = {
        z.id: BoardZone(z.title, z.question) for z in sorted(c.zones, key=lambda z: z.position)
    }
    outside = BoardZone(tr("außerhalb der Bereiche"), "")
    for note in sorted(c.notes, key=lambda n: (n.y, n.x)):
        zone = zones.get(note.zone_id or "", outside)
        zone.notes.append(
            BoardNote(
                note.text,
                note.author,
                dots.get(note.id, 0),
                note.group.heading if note.group else "",
            )
        )
    board = [*zones.values(), *([outside] if outside.notes else [])]
    for zone in board:
        zone.notes.sort(key=lambda n: -n.dots)
    return CanvasBoard(c.id, c.title, c.workshop.title, board)
