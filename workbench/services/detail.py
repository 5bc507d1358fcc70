"""A measure with everything in it, as plain data (for ``measures show --json`` and views)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from workbench.model import Base, Measure
from workbench.services.measures import get_measure
from workbench.store.dump import plain_value


def _row(obj: Base, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        a.key: plain_value(getattr(obj, a.key))
        for a in inspect(type(obj)).column_attrs
        if a.key not in skip
    }


def measure_detail(session: Session, key: str) -> dict[str, Any]:
    m: Measure = get_measure(session, key)
    data = _row(m)
    data["phase"] = m.phase.name if m.phase else None
    data["lead_unit"] = m.lead_unit.name if m.lead_unit else None
    data["responsible"] = m.responsible.name if m.responsible else None
    data["fields"] = [{"id": f.id, "name": f.name} for f in m.fields]
    data["participants"] = [
        {"id": p.org_unit_id, "name": p.org_unit.name} for p in m.participant_links
    ]
    data["phase_history"] = [
        {
            "phase": c.phase.name if c.phase else None,
            "changed_on": plain_value(c.changed_on),
            "note": c.note,
        }
        for c in m.phase_changes
    ]
    data["goals"] = [
        {**_row(g, ("measure_id",)), "key_results": [_row(k, ("goal_id",)) for k in g.key_results]}
        for g in m.goals
    ]
    data["indicators"] = [
        {**_row(i, ("measure_id",)), "values": [_row(v, ("indicator_id",)) for v in i.values]}
        for i in m.indicators
    ]
    data["milestones"] = [_row(x, ("measure_id",)) for x in m.milestones]
    data["risks"] = [_row(x, ("measure_id",)) for x in m.risks]
    data["log_entries"] = [_row(x, ("measure_id",)) for x in m.log_entries]
    data["questions"] = [_row(x, ("measure_id",)) for x in m.questions]
    data["dependencies"] = [
        {"id": d.id, "depends_on": d.depends_on.code or d.depends_on.id, "note": d.note}
        for d in m.dependencies
    ]
    return data
