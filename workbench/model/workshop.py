"""Workshops and their canvases: zones, sticky notes, connectors, groups and dot votes.

Every row is an ordinary synced entity, so a note written on one laptop reaches the
others' canvas like any other change.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workbench.model.base import Base
from workbench.model.enums import WorkshopFormat, column_type

_CHILD = "all, delete-orphan"


class Workshop(Base):
    """A workshop: format, date, place, facilitator, participants, agenda and decisions."""

    __tablename__ = "workshops"

    title: Mapped[str] = mapped_column(String(300))
    format: Mapped[WorkshopFormat] = mapped_column(
        column_type(WorkshopFormat), default=WorkshopFormat.FREE
    )
    held_on: Mapped[date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(300), default="")
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    anonymous_participants: Mapped[int] = mapped_column(Integer, default=0)
    agenda: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="")

    participants: Mapped[list[WorkshopParticipant]] = relationship(
        back_populates="workshop", cascade=_CHILD, order_by="WorkshopParticipant.position"
    )
    measure_links: Mapped[list[WorkshopMeasure]] = relationship(
        back_populates="workshop", cascade=_CHILD
    )
    canvases: Mapped[list[Canvas]] = relationship(
        back_populates="workshop", cascade=_CHILD, order_by="Canvas.position"
    )


class WorkshopParticipant(Base):
    """A named participant of a workshop (anonymous ones are only counted)."""

    __tablename__ = "workshop_participants"

    workshop_id: Mapped[str] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    workshop: Mapped[Workshop] = relationship(back_populates="participants")


class WorkshopMeasure(Base):
    """A measure the workshop worked on."""

    __tablename__ = "workshop_measures"

    workshop_id: Mapped[str] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    measure_id: Mapped[str] = mapped_column(
        ForeignKey("measures.id", ondelete="CASCADE"), index=True
    )

    workshop: Mapped[Workshop] = relationship(back_populates="measure_links")


class Canvas(Base):
    """A canvas made from a template; its zones are copied so a later template change
    never moves notes of a finished workshop."""

    __tablename__ = "canvases"

    workshop_id: Mapped[str] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    template_key: Mapped[str] = mapped_column(String(100), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    width: Mapped[float] = mapped_column(Float, default=2400.0)
    height: Mapped[float] = mapped_column(Float, default=1500.0)
    dots_per_participant: Mapped[int] = mapped_column(Integer, default=3)
    position: Mapped[int] = mapped_column(Integer, default=0)

    workshop: Mapped[Workshop] = relationship(back_populates="canvases")
    zones: Mapped[list[CanvasZone]] = relationship(
        back_populates="canvas", cascade=_CHILD, order_by="CanvasZone.position"
    )
    notes: Mapped[list[Note]] = relationship(back_populates="canvas", cascade=_CHILD)
    groups: Mapped[list[NoteGroup]] = relationship(back_populates="canvas", cascade=_CHILD)
    connectors: Mapped[list[Connector]] = relationship(back_populates="canvas", cascade=_CHILD)


class CanvasZone(Base):
    """A named area of a canvas with its guiding question; the facilitator can lock it."""

    __tablename__ = "canvas_zones"

    canvas_id: Mapped[str] = mapped_column(
        ForeignKey("canvases.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(100), default="")
    title: Mapped[str] = mapped_column(String(200))
    question: Mapped[str] = mapped_column(Text, default="")
    x: Mapped[float] = mapped_column(Float, default=0.0)
    y: Mapped[float] = mapped_column(Float, default=0.0)
    width: Mapped[float] = mapped_column(Float, default=400.0)
    height: Mapped[float] = mapped_column(Float, default=300.0)
    color: Mapped[str] = mapped_column(String(20), default="")
    note_color: Mapped[str] = mapped_column(String(20), default="yellow")
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)

    canvas: Mapped[Canvas] = relationship(back_populates="zones")


class NoteGroup(Base):
    """A group of notes under a heading, drawn as a frame around them."""

    __tablename__ = "note_groups"

    canvas_id: Mapped[str] = mapped_column(
        ForeignKey("canvases.id", ondelete="CASCADE"), index=True
    )
    heading: Mapped[str] = mapped_column(String(200), default="")

    canvas: Mapped[Canvas] = relationship(back_populates="groups")


class Note(Base):
    """A sticky note: text, colour, optional short label and author, position and zone."""

    __tablename__ = "notes"

    canvas_id: Mapped[str] = mapped_column(
        ForeignKey("canvases.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text, default="")
    color: Mapped[str] = mapped_column(String(20), default="yellow")
    label: Mapped[str] = mapped_column(String(40), default="")
    author: Mapped[str] = mapped_column(String(200), default="")
    x: Mapped[float] = mapped_column(Float, default=0.0)
    y: Mapped[float] = mapped_column(Float, default=0.0)
    zone_id: Mapped[str | None] = mapped_column(
        ForeignKey("canvas_zones.id", ondelete="SET NULL"), index=True
    )
    group_id: Mapped[str | None] = mapped_column(
        ForeignKey("note_groups.id", ondelete="SET NULL"), index=True
    )

    canvas: Mapped[Canvas] = relationship(back_populates="notes")
    # Many-to-one links only so the unit of work deletes notes before zones and groups
    # (undo re-inserts in reverse order and must meet the zone already there).
    zone: Mapped[CanvasZone | None] = relationship()
    group: Mapped[NoteGroup | None] = relationship()
    votes: Mapped[list[Vote]] = relationship(cascade=_CHILD)


class Connector(Base):
    """An arrow from one note to another (Wirkungslogik: input leads to activity …)."""

    __tablename__ = "connectors"

    canvas_id: Mapped[str] = mapped_column(
        ForeignKey("canvases.id", ondelete="CASCADE"), index=True
    )
    source_id: Mapped[str] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"), index=True)
    target_id: Mapped[str] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(200), default="")

    canvas: Mapped[Canvas] = relationship(back_populates="connectors")
    source: Mapped[Note] = relationship(foreign_keys=[source_id])
    target: Mapped[Note] = relationship(foreign_keys=[target_id])


class Vote(Base):
    """One dot a participant put on a note (one row per dot, so dots from several
    laptops add up instead of overwriting each other)."""

    __tablename__ = "votes"

    note_id: Mapped[str] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"), index=True)
    voter: Mapped[str] = mapped_column(String(200))


class NoteTransfer(Base):
    """A planning item made from a note: the item's table and id, the note and its workshop.

    The ids are plain references, not foreign keys: deleting and restoring (undo) the
    note, the workshop or the item must bring the link back unchanged.
    """

    __tablename__ = "note_transfers"

    note_id: Mapped[str] = mapped_column(String(36), index=True)
    workshop_id: Mapped[str] = mapped_column(String(36), index=True)
    target_table: Mapped[str] = mapped_column(String(50))
    target_id: Mapped[str] = mapped_column(String(36), index=True)
    measure_id: Mapped[str] = mapped_column(String(36), index=True)
    summary: Mapped[str] = mapped_column(String(300), default="")
