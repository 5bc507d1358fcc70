"""Turning typed text (command line, table cells, imports) into column values, and back."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Boolean, Date, Enum, Float, Integer, String, inspect

from workbench.formats import (
    format_basis_points,
    format_cents,
    format_date,
    format_number,
    format_percent,
    parse_basis_points,
    parse_cents,
    parse_date,
    parse_int,
    parse_number,
)
from workbench.i18n import tr
from workbench.model import Base
from workbench.model.enums import LabelledEnum
from workbench.model.labels import field_label
from workbench.services.errors import ValidationError

TRUE_WORDS = {"ja", "j", "true", "1", "x", "wahr", "yes", "y"}
FALSE_WORDS = {"nein", "n", "false", "0", "", "falsch", "no"}


def is_money(field: str) -> bool:
    """Amounts are integer cents: ``budget_cents``, ``gross_cents`` … and plain ``cents``."""
    return field == "cents" or field.endswith("_cents")


def column_values(row: Base) -> dict[str, Any]:
    """Every column of *row* by its attribute name: the row as plain data that outlives
    its session."""
    return {attr.key: getattr(row, attr.key) for attr in inspect(type(row)).column_attrs}


def editable_columns(cls: type[Base]) -> list[str]:
    """Columns a user may set directly (not keys, stamps or soft-delete markers)."""
    skip = {"id", "created_at", "updated_at", "deleted_at"}
    return [c.key for c in inspect(cls).columns if c.key not in skip]


def coerce(cls: type[Base], field: str, text: str) -> Any:
    """Parse *text* for column *field* of *cls*; ValidationError names the field."""
    columns = {c.key: c for c in inspect(cls).columns}
    if field not in columns or field not in editable_columns(cls):
        raise ValidationError(
            field, field_label(field), tr("Dieses Feld gibt es nicht oder es ist nicht änderbar.")
        )
    column_type = columns[field].type
    is_text = isinstance(column_type, String) and not isinstance(column_type, Enum)
    if not text.strip() and columns[field].nullable and not is_text:
        return None  # an optional amount, date or choice left empty
    try:
        if is_money(field):
            return parse_cents(text)
        if field.endswith("_bp"):
            return parse_basis_points(text)
        if isinstance(column_type, Enum):
            enum_cls = column_type.enum_class
            assert enum_cls is not None and issubclass(enum_cls, LabelledEnum)
            try:
                return enum_cls.from_text(text)
            except ValueError:
                raise ValueError(
                    tr("„{text}“ ist nicht erlaubt (möglich: {value}).").format(
                        text=text, value=enum_cls.choices()
                    )
                ) from None
        if isinstance(column_type, Date):
            return parse_date(text)
        if isinstance(column_type, Boolean):
            word = text.strip().casefold()
            if word in TRUE_WORDS:
                return True
            if word in FALSE_WORDS:
                return False
            raise ValueError(tr("„{text}“ ist weder ja noch nein.").format(text=text))
        if isinstance(column_type, Integer):
            return parse_int(text)
        if isinstance(column_type, Float):
            return parse_number(text)
    except ValueError as exc:
        raise ValidationError(field, field_label(field), str(exc)) from None
    if field.endswith("_id"):
        return text.strip() or None
    return text


def display(value: Any, field: str = "") -> str:
    """A column value as users read it."""
    if value is None:
        return ""
    if is_money(field):
        return format_cents(value)
    if field.endswith("_percent"):
        return format_percent(value)
    if field.endswith("_bp"):
        return format_basis_points(value)
    if isinstance(value, LabelledEnum):
        return value.label
    if isinstance(value, bool):
        return tr("ja") if value else tr("nein")
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, float):
        return format_number(value)
    return str(value)
