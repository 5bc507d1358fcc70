"""Use cases of a canvas: zones from a template, sticky notes, connectors, groups, dot votes.

Geometry is in canvas units (a 2400 × 1350 canvas fills a 16:9 projector). A note's
zone follows from its position: the point :data:`ANCHOR` inside the note decides,
so the GUI, exports and the command line agree without Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from workbench.i18n import tr
from workbench.model import Canvas, CanvasZone, Connector, Note, NoteGroup
from workbench.services.errors import NotFoundError, ServiceError
from workbench.services.note_colours import NOTE_COLORS as NOTE_COLORS  # re-exported
from workbench.services.validation import fail, validate
from workbench.services.workshops import get_workshop

if TYPE_CHECKING:
    from workbench.services.canvas_templates import CanvasTemplate

#: Sticky-note colours: code → (fill, German name). Text on each is dark enough
#: for a projector (contrast ≥ 7:1 with #1A1A1A); meaning never rests on colour alone.
NOTE_WIDTH = 210.0
NOTE_MIN_HEIGHT = 120.0
#: The point of a note (from its top-left corner) that decides its zone.
ANCHOR = (NOTE_WIDTH / 2, 40.0)
MAX_TEXT = 2000
MAX_LABEL = 40


class LockedError(ServiceError):
    """The change touches a zone the facilitator locked."""


def get_canvas(session: Session, canvas_id: str) -> Canvas:
    canvas = session.get(Canvas, canvas_id)
    if canvas is None:
        raise NotFoundError(tr("Diese Leinwand gibt es nicht (mehr)."))
    return canvas


def get_note(session: Session, note_id: str) -> Note:
    note = session.get(Note, note_id)
    if note is None:
        raise NotFoundError(
            tr(
                "Diese Haftnotiz gibt es nicht (mehr) – vielleicht wurde sie "
                "auf einem anderen Rechner gelöscht."
            )
        )
    return note


# --- canvases -------------------------------------------------------------------------------


def create_canvas(
    session: Session, workshop_id: str, template: CanvasTemplate, title: str | None = None
) -> Canvas:
    """A new canvas of the workshop, its zones copied from *template*."""
    workshop = get_workshop(session, workshop_id)
    highest = max((c.position for c in workshop.canvases), default=0)
    canvas = Canvas(
        title=(title or template.title).strip(),
        template_key=template.key,
        description=template.description,
        width=template.width,
        height=template.height,
        position=highest + 1,
    )
    validate(canvas)
    for number, spec in enumerate(template.zones, start=1):
        canvas.zones.append(
            CanvasZone(
                key=spec.key,
                title=spec.title,
                question=spec.question,
                x=spec.x,
                y=spec.y,
                width=spec.width,
                height=spec.height,
                color=spec.color,
                note_color=spec.note_color,
                position=number,
            )
        )
    workshop.canvases.append(canvas)
    session.flush()
    return canvas


def update_canvas(session: Session, canvas_id: str, values: dict[str, Any]) -> Canvas:
    canvas = get_canvas(session, canvas_id)
    for key, value in values.items():
        if key not in {"title", "description", "dots_per_participant"}:
            raise fail(key, tr("Dieses Feld gibt es nicht oder es ist nicht änderbar."))
        setattr(canvas, key, value)
    validate(canvas)
    session.flush()
    return canvas


def delete_canvas(session: Session, canvas_id: str) -> None:
    session.delete(get_canvas(session, canvas_id))
    session.flush()


def set_zone_locked(session: Session, zone_id: str, locked: bool) -> CanvasZone:
    zone = session.get(CanvasZone, zone_id)
    if zone is None:
        raise NotFoundError(tr("Diese Zone gibt es nicht (mehr)."))
    zone.locked = locked
    session.flush()
    return zone


# --- zones ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ZoneBox:
    """A zone's rectangle, enough to decide which zone a point is in."""

    id: str
    title: str
    x: float
    y: float
    width: float
    height: float
    locked: bool = False

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px < self.x + self.width and self.y <= py < self.y + self.height


def zone_boxes(session: Session, canvas_id: str) -> list[ZoneBox]:
    rows = session.execute(
        select(
            CanvasZone.id,
            CanvasZone.title,
            CanvasZone.x,
            CanvasZone.y,
            CanvasZone.width,
            CanvasZone.height,
            CanvasZone.locked,
        )
        .where(CanvasZone.canvas_id == canvas_id)
        .order_by(CanvasZone.position)
    )
    return [ZoneBox(*row) for row in rows]


def zone_at(zones: list[ZoneBox], x: float, y: float) -> ZoneBox | None:
    """The zone a note at (x, y) belongs to: the smallest zone holding its anchor point."""
    px, py = x + ANCHOR[0], y + ANCHOR[1]
    holding = [z for z in zones if z.contains(px, py)]
    return min(holding, key=lambda z: z.width * z.height) if holding else None


def _refuse_locked(zone: ZoneBox | None, what: str) -> None:
    if zone is not None and zone.locked:
        raise LockedError(
            tr(
                "Die Zone „{title}“ ist gesperrt: {what} ist dort nicht möglich. Entsperren Sie die Zone, um sie zu ändern."
            ).format(title=zone.title, what=what)
        )


def _zone_of(zones: list[ZoneBox], zone_id: str | None) -> ZoneBox | None:
    return next((z for z in zones if z.id == zone_id), None)


def _clamp(canvas: Canvas, x: float, y: float) -> tuple[float, float]:
    x = min(max(float(x), 0.0), max(canvas.width - NOTE_WIDTH, 0.0))
    y = min(max(float(y), 0.0), max(canvas.height - 60.0, 0.0))
    return round(x, 1), round(y, 1)


# --- notes ----------------------------------------------------------------------------------


def _check_note_values(values: dict[str, Any]) -> None:
    if "color" in values and values["color"] not in NOTE_COLORS:
        raise fail("color", tr("Die Farbe „{value}“ gibt es nicht.").format(value=values["color"]))
    if len(values.get("text") or "") > MAX_TEXT:
        raise fail(
            "text",
            tr("Eine Haftnotiz fasst höchstens {MAX_TEXT} Zeichen.").format(MAX_TEXT=MAX_TEXT),
        )
    if len(values.get("label") or "") > MAX_LABEL:
        raise fail(
            "label",
            tr("Die Kennzeichnung ist länger als {MAX_LABEL} Zeichen.").format(MAX_LABEL=MAX_LABEL),
        )


def update_notes(session: Session, note_ids: list[str], values: dict[str, Any]) -> None:
    """The same values (a colour, a label) for several notes, as one step."""
    for note_id in note_ids:
        update_note(session, note_id, values)


def add_note(
    session: Session, canvas_id: str, x: float, y: float, text: str = "", **values: Any
) -> Note:
    """A note at (x, y); its colour defaults to the one its zone suggests."""
    canvas = get_canvas(session, canvas_id)
    unknown = set(values) - {"color", "label", "author"}
    if unknown:
        raise fail(sorted(unknown)[0], tr("Dieses Feld gibt es nicht."))
    _check_note_values({"text": text, **values})
    x, y = _clamp(canvas, x, y)
    zones = zone_boxes(session, canvas_id)
    zone = zone_at(zones, x, y)
    _refuse_locked(zone, tr("eine neue Notiz"))
    if "color" not in values:
        stored = session.get(CanvasZone, zone.id) if zone else None
        suggested = stored.note_color if stored else "yellow"
        values["color"] = suggested if suggested in NOTE_COLORS else "yellow"
    note = Note(
        canvas_id=canvas_id, text=text, x=x, y=y, zone_id=zone.id if zone else None, **values
    )
    session.add(note)
    session.flush()
    return note


def update_note(session: Session, note_id: str, values: dict[str, Any]) -> Note:
    """Change text, colour, label or author of a note (not in a locked zone)."""
    note = get_note(session, note_id)
    unknown = set(values) - {"text", "color", "label", "author"}
    if unknown:
        raise fail(sorted(unknown)[0], tr("Dieses Feld gibt es nicht oder es ist nicht änderbar."))
    _check_note_values(values)
    _refuse_locked(_zone_of(zone_boxes(session, note.canvas_id), note.zone_id), tr("Ändern"))
    for key, value in values.items():
        setattr(note, key, value.strip() if key == "label" else value)
    session.flush()
    return note


def move_notes(
    session: Session, canvas_id: str, moves: dict[str, tuple[float, float]]
) -> list[Note]:
    """Move notes to new positions; each note's zone follows its position."""
    canvas = get_canvas(session, canvas_id)
    zones = zone_boxes(session, canvas_id)
    moved = []
    for note_id, (x, y) in moves.items():
        note = get_note(session, note_id)
        _refuse_locked(_zone_of(zones, note.zone_id), tr("Verschieben"))
        x, y = _clamp(canvas, x, y)
        target = zone_at(zones, x, y)
        _refuse_locked(target, tr("Hineinschieben"))
        note.x, note.y = x, y
        note.zone_id = target.id if target else None
        moved.append(note)
    session.flush()
    return moved


def move_into_zone(
    session: Session, canvas_id: str, note_ids: list[str], zone_id: str
) -> list[Note]:
    """Move notes into a zone without a mouse (from the notes list): each to the first free
    place in the zone, row by row, where no other note stands."""
    zones = zone_boxes(session, canvas_id)
    zone = next((z for z in zones if z.id == zone_id), None)
    if zone is None:
        raise NotFoundError(tr("Diese Zone gibt es nicht (mehr)."))
    taken = [
        (n.x, n.y)
        for n in session.scalars(
            select(Note).where(
                Note.canvas_id == canvas_id, Note.zone_id == zone_id, Note.id.not_in(note_ids)
            )
        )
    ]
    step_x, step_y = NOTE_WIDTH + 10, NOTE_MIN_HEIGHT + 10
    free: list[tuple[float, float]] = []
    y = zone.y + 50  # below the zone's title
    while len(free) < len(note_ids) and y < zone.y + zone.height:
        x = zone.x + 10
        while len(free) < len(note_ids) and (
            x + NOTE_WIDTH <= zone.x + zone.width or x == zone.x + 10
        ):
            if all(abs(x - tx) >= step_x - 10 or abs(y - ty) >= step_y - 10 for tx, ty in taken):
                free.append((x, y))
                taken.append((x, y))
            x += step_x
        y += step_y
    while len(free) < len(note_ids):  # a full zone: stacked at its top-left, still inside
        free.append((zone.x + 10 + 8 * len(free), zone.y + 50 + 8 * len(free)))
    return move_notes(session, canvas_id, dict(zip(note_ids, free, strict=True)))


def delete_notes(session: Session, note_ids: list[str]) -> int:
    """Delete notes with their votes and connectors (undo brings all back)."""
    notes = [get_note(session, i) for i in dict.fromkeys(note_ids)]
    if not notes:
        return 0
    zones = zone_boxes(session, notes[0].canvas_id)
    for note in notes:
        _refuse_locked(_zone_of(zones, note.zone_id), tr("Löschen"))
    ids = [n.id for n in notes]
    for connector in session.scalars(
        select(Connector).where(or_(Connector.source_id.in_(ids), Connector.target_id.in_(ids)))
    ):
        session.delete(connector)
    session.flush()
    for note in notes:
        session.delete(note)
    session.flush()
    return len(notes)


def delete_selection(session: Session, note_ids: list[str], connector_ids: list[str]) -> None:
    """Delete what is selected on a canvas: connectors, then notes (one undo step)."""
    for connector_id in connector_ids:
        if session.get(Connector, connector_id) is not None:
            delete_connector(session, connector_id)
    if note_ids:
        delete_notes(session, note_ids)


def paste_notes(
    session: Session,
    canvas_id: str,
    notes: list[dict[str, Any]],
    dx: float = 30.0,
    dy: float = 30.0,
) -> list[Note]:
    """Copies of notes (as :func:`note_clipboard` wrote them) offset by (dx, dy)."""
    made = []
    for data in notes:
        values = {k: data[k] for k in ("color", "label", "author") if isinstance(data.get(k), str)}
        made.append(
            add_note(
                session,
                canvas_id,
                float(data.get("x", 0)) + dx,
                float(data.get("y", 0)) + dy,
                str(data.get("text", "")),
                **values,
            )
        )
    return made


def note_clipboard(session: Session, note_ids: list[str]) -> list[dict[str, Any]]:
    """What copying notes puts on the clipboard (text, colour, label, author, position)."""
    return [
        {"text": n.text, "color": n.color, "label": n.label, "author": n.author, "x": n.x, "y": n.y}
        for n in (get_note(session, i) for i in note_ids)
    ]


# --- connectors and groups ------------------------------------------------------------------


def connect_notes(session: Session, source_id: str, target_id: str, label: str = "") -> Connector:
    source, target = get_note(session, source_id), get_note(session, target_id)
    if source.id == target.id:
        raise fail("target_id", tr("Eine Notiz kann nicht mit sich selbst verbunden werden."))
    if source.canvas_id != target.canvas_id:
        raise fail("target_id", tr("Verbinden lassen sich nur Notizen derselben Leinwand."))
    existing = session.scalar(
        select(Connector).where(Connector.source_id == source.id, Connector.target_id == target.id)
    )
    if existing is not None:
        raise fail("target_id", tr("Diese beiden Notizen sind schon verbunden."))
    connector = Connector(
        canvas_id=source.canvas_id, source_id=source.id, target_id=target.id, label=label.strip()
    )
    session.add(connector)
    session.flush()
    return connector


def delete_connector(session: Session, connector_id: str) -> None:
    connector = session.get(Connector, connector_id)
    if connector is None:
        raise NotFoundError(tr("Diese Verbindung gibt es nicht (mehr)."))
    session.delete(connector)
    session.flush()


def group_notes(session: Session, note_ids: list[str], heading: str) -> NoteGroup:
    """Put notes into a new group under *heading* (out of any group they were in)."""
    notes = [get_note(session, i) for i in dict.fromkeys(note_ids)]
    if not notes:
        raise fail("heading", tr("Wählen Sie zuerst die Notizen, die eine Gruppe bilden sollen."))
    if not heading.strip():
        raise fail("heading", tr("Eine Gruppe braucht eine Überschrift."))
    group = NoteGroup(canvas_id=notes[0].canvas_id, heading=heading.strip())
    session.add(group)
    session.flush()
    for note in notes:
        note.group_id = group.id
    _drop_empty_groups(session, notes[0].canvas_id)
    session.flush()
    return group


def ungroup_notes(session: Session, note_ids: list[str]) -> None:
    notes = [get_note(session, i) for i in dict.fromkeys(note_ids)]
    for note in notes:
        note.group_id = None
    session.flush()
    if notes:
        _drop_empty_groups(session, notes[0].canvas_id)


def rename_group(session: Session, group_id: str, heading: str) -> NoteGroup:
    group = session.get(NoteGroup, group_id)
    if group is None:
        raise NotFoundError(tr("Diese Gruppe gibt es nicht (mehr)."))
    if not heading.strip():
        raise fail("heading", tr("Eine Gruppe braucht eine Überschrift."))
    group.heading = heading.strip()
    session.flush()
    return group


def _drop_empty_groups(session: Session, canvas_id: str) -> None:
    used = select(Note.group_id).where(Note.group_id.is_not(None))
    for group in session.scalars(
        select(NoteGroup).where(NoteGroup.canvas_id == canvas_id, NoteGroup.id.not_in(used))
    ):
        session.delete(group)
    session.flush()
