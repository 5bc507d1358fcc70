"""A canvas read for drawing, lists and exports: its zones, notes with their dots and
what was taken over into the plan, groups, connectors and the template's axes, in a few
queries (the views and documents never walk the ORM's relations note by note)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.i18n import tr
from workbench.model import CanvasZone, Connector, Note, NoteGroup, NoteTransfer, Vote
from workbench.services.canvas import get_canvas, get_note


@dataclass(frozen=True)
class NoteData:
    """A note as views and exports read it."""

    id: str
    text: str
    color: str
    label: str
    author: str
    x: float
    y: float
    zone_id: str | None
    group_id: str | None
    votes: int = 0
    transferred: str = ""


@dataclass(frozen=True)
class CanvasData:
    """Everything needed to draw a canvas, read in a few queries."""

    id: str
    title: str
    workshop_id: str
    width: float
    height: float
    dots_per_participant: int
    zones: list[CanvasZone]
    notes: list[NoteData]
    groups: dict[str, str]
    connectors: list[tuple[str, str, str, str]]  # id, source, target, label
    #: Axis labels of the template (Priorisierungsmatrix: Nutzen, Aufwand): text, x, y,
    #: length, vertical.
    axes: list[tuple[str, float, float, float, bool]] = field(default_factory=list)


def transfer_labels(session: Session, notes: Any) -> dict[str, str]:
    """For each of *notes* (ids, or a select of ids) taken over into the plan: a short text
    such as „→ Risiko (P-03)“."""
    query = (
        select(NoteTransfer.note_id, NoteTransfer.summary)
        .where(NoteTransfer.note_id.in_(notes))
        .order_by(NoteTransfer.created_at)
    )
    labels: dict[str, str] = {}
    for note_id, summary in session.execute(query):
        labels[note_id] = f"{labels[note_id]}; {summary}" if note_id in labels else summary
    return labels


def read_note(session: Session, note_id: str) -> NoteData:
    n = get_note(session, note_id)
    votes = session.scalar(select(func.count()).select_from(Vote).where(Vote.note_id == n.id)) or 0
    return NoteData(
        n.id,
        n.text,
        n.color,
        n.label,
        n.author,
        n.x,
        n.y,
        n.zone_id,
        n.group_id,
        votes,
        transfer_labels(session, [n.id]).get(n.id, ""),
    )


def template_axes(key: str | None) -> list[tuple[str, float, float, float, bool]]:
    """The axis labels a built-in template names (read from its file, kept)."""
    if not key:
        return []
    if key not in _AXES:
        from workbench.resources import resource_path

        path = resource_path("canvases", f"{key}.json")
        try:
            raw = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
            from workbench.services.canvas_templates import translated

            raw = translated(raw) if isinstance(raw, dict) else {}
            _AXES[key] = [
                (
                    str(a["text"]),
                    float(a["x"]),
                    float(a["y"]),
                    float(a.get("width", 0)),
                    bool(a.get("vertical", False)),
                )
                for a in raw.get("axes", [])
            ]
        except (OSError, ValueError, KeyError, TypeError):
            _AXES[key] = []  # a damaged file draws no axes; the template check names it
    return _AXES[key]


_AXES: dict[str, list[tuple[str, float, float, float, bool]]] = {}


def load_canvas(session: Session, canvas_id: str) -> CanvasData:
    canvas = get_canvas(session, canvas_id)
    votes = Counter(
        dict(
            session.execute(
                select(Vote.note_id, func.count())
                .join(Note, Note.id == Vote.note_id)
                .where(Note.canvas_id == canvas_id)
                .group_by(Vote.note_id)
            ).all()
        )
    )
    rows = session.execute(
        select(
            Note.id,
            Note.text,
            Note.color,
            Note.label,
            Note.author,
            Note.x,
            Note.y,
            Note.zone_id,
            Note.group_id,
        )
        .where(Note.canvas_id == canvas_id)
        .order_by(Note.created_at, Note.id)
    )
    transferred = transfer_labels(session, select(Note.id).where(Note.canvas_id == canvas_id))
    notes = [
        NoteData(*row, votes=votes.get(row[0], 0), transferred=transferred.get(row[0], ""))
        for row in rows
    ]
    groups = dict(
        session.execute(
            select(NoteGroup.id, NoteGroup.heading).where(NoteGroup.canvas_id == canvas_id)
        ).all()
    )
    connectors = [
        (str(r[0]), str(r[1]), str(r[2]), str(r[3] or ""))
        for r in session.execute(
            select(Connector.id, Connector.source_id, Connector.target_id, Connector.label).where(
                Connector.canvas_id == canvas_id
            )
        )
    ]
    return CanvasData(
        canvas.id,
        canvas.title,
        canvas.workshop_id,
        canvas.width,
        canvas.height,
        canvas.dots_per_participant,
        list(canvas.zones),
        notes,
        groups,
        connectors,
        template_axes(canvas.template_key),
    )


def vote_results(session: Session, canvas_id: str) -> list[NoteData]:
    """Notes with at least one dot, most dots first (ties by text)."""
    data = load_canvas(session, canvas_id)
    voted = [n for n in data.notes if n.votes]
    return sorted(voted, key=lambda n: (-n.votes, n.text.casefold()))


def notes_by_zone(session: Session, canvas_id: str) -> list[tuple[str, list[NoteData]]]:
    """Notes listed per zone in the template's order, then those outside every zone;
    within a zone most dots first, then top to bottom."""
    data = load_canvas(session, canvas_id)
    result = []
    for zone in data.zones:
        inside = [n for n in data.notes if n.zone_id == zone.id]
        result.append((zone.title, sorted(inside, key=lambda n: (-n.votes, n.y, n.x))))
    outside = [n for n in data.notes if n.zone_id is None]
    if outside:
        result.append((tr("Ohne Zone"), sorted(outside, key=lambda n: (-n.votes, n.y, n.x))))
    return result


@dataclass(frozen=True)
class CanvasView:
    """A canvas with what its window names: the workshop's title and who may give dots."""

    data: CanvasData
    workshop_title: str
    voters: list[str]


def canvas_view(session: Session, canvas_id: str) -> CanvasView:
    from workbench.services.workshops import get_workshop, voters

    data = load_canvas(session, canvas_id)
    workshop = get_workshop(session, data.workshop_id)
    return CanvasView(data, workshop.title, voters(session, workshop.id))
