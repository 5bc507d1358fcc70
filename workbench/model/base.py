"""Declarative base, column types and the columns every synced row carries."""

from __future__ import annotations

import importlib
import sys
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from typing import Any

from sqlalchemy import MetaData, String, Table, TypeDecorator, event
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, configure_mappers, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """A fresh row id: a UUID as text, so rows made on different laptops never collide."""
    return str(uuid.uuid4())


#: Link rows (an association with a unique key) are identified by what they link, so two
#: laptops that add the same link unseen make the same row, not two rows the unique key
#: cannot both hold (SYNC.md, "Link rows").
LINK_NAMESPACE = uuid.UUID("2c5b8f0e-6a41-4f7e-9a2d-0e8b3c7d1f52")


def link_id(table: str, *keys: str) -> str:
    """The row id of the link in *table* between *keys* (the columns of its unique key)."""
    return str(uuid.uuid5(LINK_NAMESPACE, "\x1f".join((table, *keys))))


def utc_now() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A point in time stored as ISO 8601 text in UTC (``2026-11-26T03:04:55.000000Z``).

    Text sorts and diffs well and never depends on the laptop's time zone.
    """

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; Werkbank stores only UTC-aware times")
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def process_result_value(self, value: str | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return datetime.fromisoformat(
            value
        )  # C parser; "Z" gives UTC (strptime cost 11 ms/measure)


class Base(DeclarativeBase):
    """Base of every ORM class; all of them are synced entities with a UUID key."""

    metadata = MetaData(naming_convention=NAMING)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.id}>"


#: The modules that declare the mapped classes. None is imported at start-up:
#: SQLAlchemy's declarative mapping costs about 7-10 ms a class, and the window opens on
#: the measure list, read with plain SQL. ``workbench.model`` imports a module when one of
#: its names is asked for, and every module before the ORM first configures its mappers
#: (a query, a new object), so that relationships find their classes. Whatever needs
#: *every* table (sync, dumps, checks, migrations) goes through :func:`all_tables` or
#: :func:`entity_classes`.
MODEL_MODULES = (
    "workbench.model.strategy",
    "workbench.model.org",
    "workbench.model.measure",
    "workbench.model.planning",
    "workbench.model.workshop",
    "workbench.model.funding",
)


def load_all() -> None:
    """Declare every mapped class (cheap once done)."""
    for name in MODEL_MODULES:
        if name not in sys.modules:
            importlib.import_module(name)


event.listen(Mapper, "before_configured", load_all)


class LinkRow:
    """Mixin of association classes: ``__link_key__`` names the columns of the unique key,
    and the row id is derived from them when the row is first written."""

    __link_key__: tuple[str, ...] = ()


def _link_row_id(_mapper: Mapper[Any], _conn: Any, target: Any) -> None:
    target.id = link_id(target.__tablename__, *(getattr(target, k) for k in target.__link_key__))


event.listen(LinkRow, "before_insert", _link_row_id, propagate=True)


def link_tables() -> dict[str, tuple[str, ...]]:
    """Table name → the columns that identify a link row, for every link class."""
    return {c.__tablename__: c.__link_key__ for c in entity_classes() if issubclass(c, LinkRow)}


def orm_preparation() -> list[Callable[[], object]]:
    """Declaring and configuring every class, as short steps (one model module each, then
    configuring) that the window runs one at a time while it is idle, so that neither
    start-up nor the first click on a measure waits for them."""
    steps: list[Callable[[], object]] = [
        partial(importlib.import_module, name) for name in MODEL_MODULES
    ]
    return [*steps, configure_mappers]


def all_tables() -> list[Table]:
    """Every entity table, parents before children. Never read Base.metadata directly."""
    load_all()
    return Base.metadata.sorted_tables


def stored_kind(column: Any) -> str:
    """How SQLite holds a column's values: "integer" (also booleans), "float", "date"
    (ISO text) or "text" (strings, stamps and codes)."""
    try:
        python = column.type.python_type
    except NotImplementedError:
        return "text"
    if python is bool or python is int:
        return "integer"
    if python is float:
        return "float"
    if python.__name__ == "date":
        return "date"
    return "text"


def entity_classes() -> list[type[Base]]:
    """Every mapped class, ordered by table name (stable for dumps and checks)."""
    load_all()
    classes = [m.class_ for m in Base.registry.mappers]
    return sorted(classes, key=lambda c: c.__tablename__)


def tables_of(*areas: str) -> frozenset[str]:
    """The tables one or more model modules declare (``"funding"``, ``"workshop"`` …):
    what a view of that area must look at after a change. Derived from the model, so a
    new table is never forgotten by a hand-typed list."""
    modules = {f"workbench.model.{area}" for area in areas}
    load_all()
    return frozenset(
        m.class_.__tablename__ for m in Base.registry.mappers if m.class_.__module__ in modules
    )


def class_for_table(table: str) -> type[Base]:
    for cls in entity_classes():
        if cls.__tablename__ == table:
            return cls
    raise KeyError(table)
