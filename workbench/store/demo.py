"""Build the demo workspace from the data files in ``resources/demo/``."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from workbench.model import (
    Dependency,
    FieldOfAction,
    Goal,
    Heading,
    Indicator,
    IndicatorValue,
    KeyResult,
    KeyResultProgress,
    LogEntry,
    Measure,
    MeasureField,
    MeasureParticipant,
    Milestone,
    OrgUnit,
    Person,
    Phase,
    PhaseChange,
    Risk,
    SuccessFactor,
    TransformativeQuestion,
    Value,
)
from workbench.model.enums import (
    CostCategory,
    DeadlineBase,
    Financing,
    FinancingKind,
    FinancingSource,
    IndicatorKind,
    LogKind,
    MeasureStatus,
    MeasureType,
    OrgUnitKind,
    OverrunRule,
    Priority,
    ReportKind,
    RiskStatus,
    Vocabulary,
    WorkshopFormat,
)
from workbench.model.funding import (
    CostPosition,
    FinancingLine,
    FundedPost,
    FundingProgramme,
    FundingReport,
    FundsRequest,
    Grant,
    GrantMeasure,
    Payout,
    PlannedCost,
    ProgrammePhase,
    Receipt,
    ReportDeadline,
    ReportSection,
)
from workbench.model.workshop import (
    Canvas,
    CanvasZone,
    Connector,
    Note,
    NoteGroup,
    Vote,
    Workshop,
    WorkshopMeasure,
    WorkshopParticipant,
)
from workbench.resources import resource_path
from workbench.store.workspace import Workspace

DEMO_NAME = "Demo: Gemeinsam Digital (Beispieldaten)"


#: The year the demo's data describe as the present (a grant running to its end, the last
#: interim report submitted in spring). A demo made in a later year moves every date and
#: budget year by as many years, so that it shows the same state of work then as now and
#: not a strategy whose measures are all overdue.
DEMO_YEAR = 2026

#: Keys whose values are identifiers that merely contain a year (the file number a
#: coordinator looks up, receipt numbers, measure codes): never moved.
_FIXED_KEYS = frozenset({"file_number", "number", "code"})
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_YEAR_IN_TEXT = re.compile(r"(?<![\d-])(20[12]\d)(?![\d-])")


def years_since_demo(today: date | None = None) -> int:
    """How many years the demo's dates move: none before or in DEMO_YEAR."""
    return max(0, (today or date.today()).year - DEMO_YEAR)


def _moved(value: Any, years: int, key: str = "", texts: bool = False) -> Any:
    """*value* with every ISO date, every budget year (a key ``year``, a year as a key of
    a plan) and, where *texts*, every year named in a text moved by *years*."""
    if isinstance(value, dict):
        return {
            (str(int(k) + years) if k.isdigit() and len(k) == 4 else k): _moved(v, years, k, texts)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_moved(v, years, key, texts) for v in value]
    if key in _FIXED_KEYS:
        return value
    if isinstance(value, int) and not isinstance(value, bool) and key == "year":
        return value + years
    if isinstance(value, str):
        match = _ISO_DATE.match(value)
        if match:
            year, month, day = (int(g) for g in match.groups())
            return date(year + years, month, min(day, 28 if month == 2 else day)).isoformat()
        if texts:
            return _YEAR_IN_TEXT.sub(lambda m: str(int(m.group(1)) + years), value)
    return value


def _load(name: str, years: int = 0) -> dict[str, Any]:
    """A demo data file, its dates moved by *years* (the years in its texts too for the
    invented example grant, whose texts speak of its own years)."""
    with resource_path("demo", name).open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    if years:
        data = _moved(data, years, texts=name == "funding.json")
    return data


def _d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _seed_strategy(session: Session, keys: dict[str, Any]) -> None:
    strategy = _load("strategy.json")
    for pos, v in enumerate(strategy["values"], 1):
        value = Value(name=v["name"], description=v["description"], position=pos)
        for fpos, name in enumerate(v["success_factors"]):
            factor = SuccessFactor(name=name, position=fpos)
            value.success_factors.append(factor)
            keys[f"{v['key']}:{fpos}"] = factor
        session.add(value)
    for pos, h in enumerate(strategy["headings"], 1):
        heading = Heading(name=h["name"], position=pos)
        session.add(heading)
        for fpos, f in enumerate(h["fields"], 1):
            field = FieldOfAction(
                name=f["name"], position=fpos, description=f.get("description", "")
            )
            heading.fields.append(field)
            keys[f"field:{f['key']}"] = field
    orgs = _load("organisations.json")
    for o in orgs["org_units"]:
        unit = OrgUnit(name=o["name"], short_name=o["short"], kind=OrgUnitKind(o["kind"]))
        session.add(unit)
        keys[f"org:{o['key']}"] = unit
    for p in orgs["people"]:
        person = Person(name=p["name"], org_unit=keys[f"org:{p['unit']}"], function=p["function"])
        session.add(person)
        keys[f"person:{p['key']}"] = person
    session.flush()


def _seed_measure(
    session: Session,
    m: dict[str, Any],
    keys: dict[str, Any],
    phases: dict[int, Phase],
    as_of: str = f"{DEMO_YEAR}-11-20",
) -> Measure:
    responsible = keys.get(f"person:{m['responsible']}") if m.get("responsible") else None
    measure = Measure(
        code=m["code"],
        title=m["title"],
        short_description=m.get("description", ""),
        type=MeasureType(m["type"]),
        lead_unit=keys[f"org:{m['lead']}"],
        responsible=responsible,
        start_date=_d(m["start"]),
        end_date=_d(m["end"]),
        priority=Priority(m["priority"]),
        financing=Financing(m["financing"]),
        status=MeasureStatus(m["status"]),
        maturity=m.get("maturity", ""),
        budget_cents=m["budget_eur"] * 100,
    )
    order = dict(m.get("order", {}))  # the order (Projektauftrag) where the demo has one
    if "mandated_on" in order:
        measure.mandated_on = _d(order.pop("mandated_on"))
    if "spent_eur" in order:
        measure.spent_cents = order.pop("spent_eur") * 100
    for key, value in order.items():
        setattr(measure, key, value)
    session.add(measure)
    for key in m["fields"]:
        measure.field_links.append(MeasureField(field=keys[f"field:{key}"]))
    for key in m.get("participants", []):
        measure.participant_links.append(MeasureParticipant(org_unit=keys[f"org:{key}"]))
    for number, since in m["phases"]:
        measure.phase_changes.append(PhaseChange(phase=phases[number], changed_on=_d(since)))
    measure.phase = phases[m["phases"][-1][0]]
    _goals_and_indicators(measure, m, keys, as_of)
    for title, due, gate, done in m.get("milestones", []):
        measure.milestones.append(
            Milestone(title=title, due_date=_d(due), is_gate=gate, done_on=_d(done))
        )
    for title, probability, impact, owner, counter in m.get("risks", []):
        measure.risks.append(
            Risk(
                title=title,
                probability=probability,
                impact=impact,
                owner=owner,
                countermeasure=counter,
                status=RiskStatus.OPEN,
            )
        )
    for day, kind, text in m.get("log", []):
        measure.log_entries.append(LogEntry(entry_date=_d(day), kind=LogKind(kind), text=text))
    for pos, question in enumerate(m.get("questions", []), 1):
        measure.questions.append(TransformativeQuestion(question=question, position=pos))
    return measure


def _goals_and_indicators(
    measure: Measure, m: dict[str, Any], keys: dict[str, Any], as_of: str
) -> None:
    """The demo measure's goals with their key results and progress over time, and its
    indicators with their values."""
    for pos, g in enumerate(m.get("goals", []), 1):
        goal = Goal(title=g["title"], success_factor=keys.get(g.get("factor", "")), position=pos)
        for kpos, (title, target, progress, *history) in enumerate(g.get("key_results", []), 1):
            result = KeyResult(title=title, target=target, progress_percent=progress, position=kpos)
            # the progress as recorded over time; without a history, as of the demo's day
            steps = history[0] if history else [[as_of, progress]]
            result.history = [
                KeyResultProgress(recorded_on=_d(day), percent=percent)
                for day, percent in steps
                if percent is not None
            ]
            goal.key_results.append(result)
        measure.goals.append(goal)
    # an indicator measures what the measure's goals aim at: the success factor of its
    # first goal that names one (the Wirkung section counts per factor)
    factor = next((g.success_factor for g in measure.goals if g.success_factor), None)
    for pos, (name, kind, unit, baseline, target, values) in enumerate(m.get("indicators", []), 1):
        indicator = Indicator(
            name=name,
            kind=IndicatorKind(kind),
            unit=unit,
            baseline=baseline,
            target=target,
            position=pos,
            success_factor=factor,
        )
        for day, value in values:
            indicator.values.append(IndicatorValue(measured_on=_d(day), value=value))
        measure.indicators.append(indicator)


def seed_demo(session: Session, today: date | None = None) -> None:
    """Fill an empty workspace (with its default phases) with the demo content, its dates
    moved to *today*'s year (``years_since_demo``)."""
    years = years_since_demo(today)
    keys: dict[str, Any] = {}
    _seed_strategy(session, keys)
    phases = {p.number: p for p in session.query(Phase)}
    data = _load("measures.json", years)
    as_of = f"{DEMO_YEAR + years}-11-20"  # the day the demo's current values were recorded
    by_code = {m["code"]: _seed_measure(session, m, keys, phases, as_of) for m in data["measures"]}
    session.flush()
    for m in data["measures"]:
        for code in m.get("depends_on", []):
            by_code[m["code"]].dependencies.append(Dependency(depends_on=by_code[code]))
    _seed_workshops(session, by_code, years)
    _seed_funding(session, by_code, years)


def _seed_workshops(session: Session, by_code: dict[str, Measure], years: int = 0) -> None:
    """Workshops with canvases made from the shipped templates (read as plain JSON here:
    the store does not depend on the services that normally create canvases)."""
    for w in _load("workshops.json", years)["workshops"]:
        workshop = Workshop(
            title=w["title"],
            format=WorkshopFormat(w["format"]),
            held_on=_d(w["held_on"]),
            place=w["place"],
            facilitator=w["facilitator"],
            anonymous_participants=w["anonymous_participants"],
            agenda=w["agenda"],
            decisions=w["decisions"],
        )
        session.add(workshop)
        for pos, (name, organisation) in enumerate(w["participants"], 1):
            workshop.participants.append(
                WorkshopParticipant(name=name, organisation=organisation, position=pos)
            )
        for code in w["measures"]:
            workshop.measure_links.append(WorkshopMeasure(measure_id=by_code[code].id))
        for pos, c in enumerate(w["canvases"], 1):
            _demo_canvas(session, workshop, c, pos)
        session.flush()


def _demo_canvas(session: Session, workshop: Workshop, c: dict[str, Any], pos: int) -> None:
    """A canvas of the demo from its shipped template: zones, groups, notes with their
    dots, connectors."""
    with resource_path("canvases", f"{c['template']}.json").open(encoding="utf-8") as fh:
        template = json.load(fh)
    canvas = Canvas(
        title=c["title"],
        template_key=template["key"],
        description=template["description"],
        width=template["width"],
        height=template["height"],
        dots_per_participant=c["dots"],
        position=pos,
    )
    workshop.canvases.append(canvas)
    zones = {}
    for zpos, z in enumerate(template["zones"], 1):
        zone = CanvasZone(
            key=z["key"],
            title=z["title"],
            question=z["question"],
            x=z["x"],
            y=z["y"],
            width=z["width"],
            height=z["height"],
            color=z["color"],
            note_color=z["note_color"],
            position=zpos,
        )
        canvas.zones.append(zone)
        zones[z["key"]] = zone
    groups = [NoteGroup(heading=h) for h in c.get("groups", [])]
    canvas.groups.extend(groups)
    session.flush()
    notes = []
    for n in c["notes"]:
        zone = zones[n["zone"]]
        note = Note(
            text=n["text"],
            color=n.get("color", zone.note_color),
            label=n.get("label", ""),
            author=n.get("author", ""),
            x=zone.x + n["dx"],
            y=zone.y + n["dy"],
            zone_id=zone.id,
            group_id=groups[n["group"]].id if "group" in n else None,
        )
        note.votes.extend(Vote(voter=v) for v in n.get("votes", []))
        canvas.notes.append(note)
        notes.append(note)
    session.flush()
    for source, target in c.get("connectors", []):
        canvas.connectors.append(Connector(source_id=notes[source].id, target_id=notes[target].id))


def _programme(p: dict[str, Any]) -> FundingProgramme:
    """The demo's funding programme with its phases and report deadlines."""
    programme = FundingProgramme(
        name=p["name"],
        code=p["code"],
        funder=p["funder"],
        rate_bp=p["rate_bp"],
        overrun_percent=p["overrun_percent"],
        overrun_rule=OverrunRule(p["overrun_rule"]),
        cap_cents=p["cap_euros"] * 100,
        vocabulary=Vocabulary(p["vocabulary"]),
    )
    programme.phases = [
        ProgrammePhase(
            name=ph["name"],
            cap_cents=ph["cap_euros"] * 100,
            max_months=ph["max_months"],
            position=i,
        )
        for i, ph in enumerate(p["phases"], 1)
    ]
    phase_by_name = {ph.name: ph for ph in programme.phases}
    programme.deadlines = [
        ReportDeadline(
            kind=ReportKind(d["kind"]),
            base=DeadlineBase(d["base"]),
            months=d["months"],
            phase=phase_by_name.get(d.get("phase", "")),
        )
        for d in p["deadlines"]
    ]
    return programme


def _seed_funding(session: Session, by_code: dict[str, Measure], years: int = 0) -> None:
    """A grant for the five pilot projects; every amount in it is an invented example."""
    data = _load("funding.json", years)
    programme = _programme(data["programme"])
    g = data["grant"]
    grant = Grant(
        programme=programme,
        title=g["title"],
        file_number=g["file_number"],
        approved_on=_d(g["approved_on"]),
        start_date=_d(g["start_date"]),
        end_date=_d(g["end_date"]),
        rate_bp=g["rate_bp"],
        approved_cents=g["approved_euros"] * 100,
        financing_kind=FinancingKind(g["financing_kind"]),
        measure_start=_d(g["measure_start"]),
        phase=next(ph for ph in programme.phases if ph.name == g["phase"]),
        **{
            key: g[key]
            for key in ("recipient", "account_holder", "iban", "bic", "bank", "signatory", "place")
        },
    )
    grant.measure_links = [GrantMeasure(measure_id=by_code[code].id) for code in g["measures"]]
    positions = {}
    for item in data["positions"]:
        position = CostPosition(
            number=item["number"],
            name=item["name"],
            category=CostCategory(item["category"]),
            deviation_reason=item.get("deviation_reason", ""),
        )
        position.planned = [
            PlannedCost(year=int(y), cents=v * 100) for y, v in item["plan"].items()
        ]
        grant.positions.append(position)
        positions[item["number"]] = position
    grant.financing = [
        FinancingLine(source=FinancingSource(f["source"]), year=f["year"], cents=f["euros"] * 100)
        for f in data["financing"]
    ]
    _accounts(grant, data, positions)
    session.add(grant)
    session.flush()


def _accounts(grant: Grant, data: dict[str, Any], positions: dict[str, CostPosition]) -> None:
    """The demo grant's receipts, funds requests, payouts, funded posts and reports."""
    grant.receipts = [
        Receipt(
            number=r["number"],
            position=positions[r["position"]],
            receipt_date=_d(r["date"]),
            paid_on=_d(r["paid"]),
            payee=r["payee"],
            purpose=r["purpose"],
            gross_cents=round(r["euros"] * 100),
        )
        for r in data["receipts"]
    ]
    grant.requests = [
        FundsRequest(
            requested_on=_d(q["date"]),
            amount_cents=q["euros"] * 100,
            due_within_two_months_cents=q["due"] * 100,
            justification=q["justification"],
            use_of_earlier_funds=q["earlier"],
        )
        for q in data["requests"]
    ]
    grant.payouts = [
        Payout(paid_on=_d(q["date"]), amount_cents=q["euros"] * 100, note=q["note"])
        for q in data["payouts"]
    ]
    grant.posts = [
        FundedPost(
            role=q["role"],
            people=q["people"],
            share_bp=q["share_bp"],
            start_date=_d(q["start"]),
            end_date=_d(q["end"]),
            position=i,
        )
        for i, q in enumerate(data["posts"], 1)
    ]
    for r in data["reports"]:
        report = FundingReport(
            kind=ReportKind(r["kind"]),
            period_start=_d(r["period_start"]),
            period_end=_d(r["period_end"]),
            submitted_on=_d(r["submitted_on"]),
        )
        report.sections = [
            ReportSection(heading=s["heading"], text=s["text"], position=i)
            for i, s in enumerate(r["sections"], 1)
        ]
        grant.reports.append(report)


def create_demo(path: str | Path, today: date | None = None) -> Workspace:
    """Create a new workspace file at *path* holding the demo content as of *today*."""

    def seed(ws: Workspace) -> None:
        with ws.transaction() as session:
            seed_demo(session, today)

    return Workspace.create(path, name=DEMO_NAME, build=seed)
