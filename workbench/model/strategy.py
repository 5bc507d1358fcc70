"""The strategy frame: value compass, headings, fields of action, the phases of the process."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workbench.model.base import Base

if TYPE_CHECKING:
    from workbench.model.measure import MeasureField


class Value(Base):
    """A value of the Wertekompass (nachhaltig, gemeinwohlorientiert, …)."""

    __tablename__ = "values"

    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    success_factors: Mapped[list[SuccessFactor]] = relationship(
        back_populates="value", cascade="all, delete-orphan", order_by="SuccessFactor.position"
    )


class SuccessFactor(Base):
    """An Erfolgsfaktor of a value; goals, key results and indicators refer to it."""

    __tablename__ = "success_factors"

    value_id: Mapped[str] = mapped_column(ForeignKey("values.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(Integer, default=0)

    value: Mapped[Value] = relationship(back_populates="success_factors")


class Heading(Base):
    """One of the headings that group the fields of action."""

    __tablename__ = "headings"

    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)

    fields: Mapped[list[FieldOfAction]] = relationship(
        back_populates="heading", order_by="FieldOfAction.position"
    )


class FieldOfAction(Base):
    """A Handlungsfeld: editable data, grouped under a heading."""

    __tablename__ = "fields_of_action"

    heading_id: Mapped[str] = mapped_column(ForeignKey("headings.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    heading: Mapped[Heading] = relationship(back_populates="fields")
    measure_links: Mapped[list[MeasureField]] = relationship(back_populates="field")


class Phase(Base):
    """A phase of the Umsetzungsmodell; names are data (Vorprozess … Skalierung)."""

    __tablename__ = "phases"

    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))
    result: Mapped[str] = mapped_column(Text, default="")
