"""Canonical JSON of a whole workspace: sorted tables, rows and keys, stable across runs.

Two replicas that hold the same data produce the same bytes, so dumps can be diffed.
"""

from __future__ import annotations

import enum
import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from workbench.model import entity_classes
from workbench.model.base import UTCDateTime


def plain_value(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return UTCDateTime().process_bind_param(value, None)
    if isinstance(value, date):
        return value.isoformat()
    return value


def dump_data(session: Session) -> dict[str, list[dict[str, Any]]]:
    data: dict[str, list[dict[str, Any]]] = {}
    for cls in entity_classes():
        keys = [c.key for c in inspect(cls).column_attrs]
        rows = session.scalars(select(cls).order_by(cls.id)).all()
        data[cls.__tablename__] = [{k: plain_value(getattr(row, k)) for k in keys} for row in rows]
    return data


def dump_json(session: Session) -> str:
    return json.dumps(dump_data(session), sort_keys=True, ensure_ascii=False, indent=1) + "\n"
