"""Organisation units and people who lead or take part in measures."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workbench.model.base import Base
from workbench.model.enums import OrgUnitKind, column_type


class OrgUnit(Base):
    """A ministry, district office, authority or civil-society organisation."""

    __tablename__ = "org_units"

    name: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str] = mapped_column(String(50), default="")
    kind: Mapped[OrgUnitKind] = mapped_column(column_type(OrgUnitKind), default=OrgUnitKind.OTHER)

    people: Mapped[list[Person]] = relationship(back_populates="org_unit")


class Person(Base):
    """A person who can be responsible for a measure, a risk or a milestone."""

    __tablename__ = "people"

    name: Mapped[str] = mapped_column(String(200))
    org_unit_id: Mapped[str | None] = mapped_column(
        ForeignKey("org_units.id", ondelete="SET NULL"), index=True
    )
    function: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")

    org_unit: Mapped[OrgUnit | None] = relationship(back_populates="people")
