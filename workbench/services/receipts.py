"""Importing receipts into a grant: the column mapping is remembered per source; applying
a plan is one transaction (one undo step)."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.exports.receipts_import import ReceiptPlan, guess_mapping, plan_receipts, read_table
from workbench.i18n import tr
from workbench.model import CostPosition, Grant, ImportMapping, Receipt
from workbench.services.errors import NotFoundError, ServiceError


class ReceiptImportError(ServiceError):
    """The receipts cannot be imported; the message names the row and the problem."""


def saved_mapping(session: Session, source: str) -> dict[str, str] | None:
    row = session.scalars(
        select(ImportMapping)
        .where(ImportMapping.source == source)
        .order_by(ImportMapping.updated_at.desc())
        .limit(1)
    ).first()
    return json.loads(row.mapping) if row else None


def preview(
    session: Session, grant_id: str, path: Path, source: str, mapping: dict[str, str] | None = None
) -> ReceiptPlan:
    """What importing *path* would do: the mapping given, else the one saved for *source*,
    else one guessed from the headers."""
    grant = session.get(Grant, grant_id)
    if grant is None:
        raise NotFoundError(tr("Diese Zuwendung gibt es nicht (mehr)."))
    if mapping is None:
        mapping = saved_mapping(session, source) or guess_mapping(read_table(path)[0])
    positions = dict(
        session.execute(
            select(CostPosition.number, CostPosition.id).where(CostPosition.grant_id == grant_id)
        ).all()
    )
    existing = set(session.scalars(select(Receipt.number).where(Receipt.grant_id == grant_id)))
    return plan_receipts(path, mapping, positions, existing)


def apply(session: Session, grant_id: str, plan: ReceiptPlan, source: str) -> int:
    """Add the plan's new receipts and remember the mapping for *source*."""
    if plan.errors:
        raise ReceiptImportError(
            tr("{value} Fehler; es wird nichts übernommen. Erster Fehler: {value2}").format(
                value=len(plan.errors), value2=plan.errors[0]
            )
        )
    for row in plan.new:
        session.add(Receipt(grant_id=grant_id, **row.values))
    stored = session.scalars(select(ImportMapping).where(ImportMapping.source == source)).first()
    if stored is None:
        session.add(ImportMapping(source=source, mapping=json.dumps(plan.mapping, sort_keys=True)))
    else:
        stored.mapping = json.dumps(plan.mapping, sort_keys=True)
    session.flush()
    return len(plan.new)
