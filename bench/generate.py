"""Generate a large workspace: N measures with goals, key results, indicators and values,
milestones, risks, log book, phase history and fields of action (on top of the demo frame).

Usage: python bench/generate.py OUT.werkbank [--measures 10000]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from workbench.model import (
    FieldOfAction,
    Goal,
    Indicator,
    IndicatorValue,
    KeyResult,
    LogEntry,
    Measure,
    MeasureField,
    Milestone,
    OrgUnit,
    Person,
    Phase,
    PhaseChange,
    Risk,
    new_id,
)
from workbench.model.base import link_id
from workbench.model.enums import Financing, MeasureStatus, MeasureType, Priority
from workbench.store.demo import create_demo

WORDS = ("Digitale", "Smarte", "Offene", "Vernetzte", "Barrierefreie", "Kooperative", "Resiliente")
THINGS = (
    "Bauakte",
    "Beteiligung",
    "Datenplattform",
    "Schulverwaltung",
    "Mobilität",
    "Sensorik",
    "Bürgerdienste",
    "Kiezbox",
    "Wasserwirtschaft",
    "Verwaltungsakademie",
    "Grünflächen",
)
PLACES = ("Mitte", "Pankow", "Spandau", "Neukölln", "Lichtenberg", "Köpenick", "Reinickendorf")


def generate(path: Path, count: int, seed: int = 7) -> Path:
    rnd = random.Random(seed)
    ws = create_demo(path)
    now = datetime.now(UTC)
    stamps = {"created_at": now, "updated_at": now}
    with ws.session() as s:
        fields = list(s.scalars(select(FieldOfAction.id)))
        units = list(s.scalars(select(OrgUnit.id)))
        people = list(s.scalars(select(Person.id)))
        phases = list(s.execute(select(Phase.number, Phase.id)))
    rows: dict[Any, list[dict[str, Any]]] = {
        cls: []
        for cls in (
            Measure,
            MeasureField,
            PhaseChange,
            Goal,
            KeyResult,
            Indicator,
            IndicatorValue,
            Milestone,
            Risk,
            LogEntry,
        )
    }
    for n in range(count):
        mid = new_id()
        start = date(2022, 1, 1) + timedelta(days=rnd.randint(0, 1400))
        phase_no, phase_id = phases[rnd.randrange(len(phases))]
        rows[Measure].append(
            {
                "id": mid,
                **stamps,
                "code": f"G-{n + 1:05d}",
                "title": f"{rnd.choice(WORDS)} {rnd.choice(THINGS)} {rnd.choice(PLACES)} {n + 1}",
                "short_description": "Beispielmaßnahme für die Leistungsmessung.",
                "type": rnd.choice(list(MeasureType)),
                "lead_unit_id": rnd.choice(units),
                "responsible_id": rnd.choice(people),
                "start_date": start,
                "end_date": start + timedelta(days=rnd.randint(200, 1500)),
                "priority": rnd.choice(list(Priority)),
                "financing": rnd.choice(list(Financing)),
                "status": rnd.choice(list(MeasureStatus)),
                "phase_id": phase_id,
                "maturity": "",
                "budget_cents": rnd.randint(1, 5000) * 100_000,
                "deleted_at": None,
            }
        )
        for fid in rnd.sample(fields, 2):
            rows[MeasureField].append(
                {
                    "id": link_id("measure_fields", mid, fid),
                    **stamps,
                    "measure_id": mid,
                    "field_id": fid,
                }
            )
        for number, pid in phases[:phase_no]:
            rows[PhaseChange].append(
                {
                    "id": new_id(),
                    **stamps,
                    "measure_id": mid,
                    "phase_id": pid,
                    "changed_on": start + timedelta(days=90 * number),
                    "note": "",
                }
            )
        for g in range(2):
            gid = new_id()
            rows[Goal].append(
                {
                    "id": gid,
                    **stamps,
                    "measure_id": mid,
                    "title": f"Ziel {g + 1}",
                    "description": "",
                    "success_factor_id": None,
                    "position": g + 1,
                }
            )
            for k in range(2):
                rows[KeyResult].append(
                    {
                        "id": new_id(),
                        **stamps,
                        "goal_id": gid,
                        "title": f"Schlüsselergebnis {k + 1}",
                        "target": "100 %",
                        "progress_percent": rnd.randint(0, 100),
                        "success_factor_id": None,
                        "position": k + 1,
                    }
                )
        for i in range(2):
            iid = new_id()
            rows[Indicator].append(
                {
                    "id": iid,
                    **stamps,
                    "measure_id": mid,
                    "name": f"Indikator {i + 1}",
                    "kind": "output",
                    "unit": "Anzahl",
                    "baseline": 0.0,
                    "target": 100.0,
                    "success_factor_id": None,
                    "position": i + 1,
                }
            )
            for v in range(3):
                rows[IndicatorValue].append(
                    {
                        "id": new_id(),
                        **stamps,
                        "indicator_id": iid,
                        "measured_on": start + timedelta(days=180 * (v + 1)),
                        "value": float(rnd.randint(0, 100)),
                        "note": "",
                    }
                )
        for m in range(3):
            rows[Milestone].append(
                {
                    "id": new_id(),
                    **stamps,
                    "measure_id": mid,
                    "title": f"Meilenstein {m + 1}",
                    "is_gate": m == 2,
                    "due_date": start + timedelta(days=120 * (m + 1)),
                    "done_on": None,
                }
            )
        for r in range(2):
            rows[Risk].append(
                {
                    "id": new_id(),
                    **stamps,
                    "measure_id": mid,
                    "title": f"Risiko {r + 1}",
                    "probability": rnd.randint(1, 5),
                    "impact": rnd.randint(1, 5),
                    "owner": "",
                    "countermeasure": "",
                    "status": "open",
                }
            )
        for e in range(3):
            rows[LogEntry].append(
                {
                    "id": new_id(),
                    **stamps,
                    "measure_id": mid,
                    "entry_date": start + timedelta(days=60 * e),
                    "kind": "event",
                    "text": f"Eintrag {e + 1}",
                }
            )
    with ws.transaction() as s:
        for cls, values in rows.items():
            if values:
                s.execute(insert(cls), values)
    ws.close()
    return path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--measures", type=int, default=10_000)
    args = parser.parse_args()
    out = Path(args.out)
    if out.exists():
        print(f"{out} gibt es schon", file=sys.stderr)
        return 1
    t0 = time.perf_counter()
    generate(out, args.measures)
    print(f"{args.measures} Maßnahmen in {time.perf_counter() - t0:.1f} s erzeugt: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
