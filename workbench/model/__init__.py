"""The domain as SQLAlchemy 2 typed ORM classes. No Qt, no I/O beyond the ORM.

The classes are declared on first use (see ``base.MODEL_MODULES``): ``from
workbench.model import Measure`` works as always and loads the module then; the first
query or new object loads them all.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from workbench.model.base import (
    Base,
    all_tables,
    class_for_table,
    entity_classes,
    load_all,
    new_id,
    tables_of,
    utc_now,
)
from workbench.model.enums import (
    Financing,
    IndicatorKind,
    LogKind,
    MeasureStatus,
    MeasureType,
    OrgUnitKind,
    Priority,
    RiskStatus,
    WorkshopFormat,
)

if TYPE_CHECKING:
    from workbench.model.funding import (
        CostPosition,
        FinancingLine,
        FundedPost,
        FundingProgramme,
        FundingReport,
        FundsRequest,
        Grant,
        GrantMeasure,
        ImportMapping,
        Payout,
        PlannedCost,
        ProgrammePhase,
        Receipt,
        ReportDeadline,
        ReportSection,
    )
    from workbench.model.measure import (
        Dependency,
        Measure,
        MeasureField,
        MeasureParticipant,
        PhaseChange,
    )
    from workbench.model.org import OrgUnit, Person
    from workbench.model.planning import (
        Baseline,
        BaselineDate,
        Goal,
        Indicator,
        IndicatorValue,
        KeyResult,
        KeyResultProgress,
        LogEntry,
        Milestone,
        Risk,
        TransformativeQuestion,
    )
    from workbench.model.strategy import FieldOfAction, Heading, Phase, SuccessFactor, Value
    from workbench.model.workshop import (
        Canvas,
        CanvasZone,
        Connector,
        Note,
        NoteGroup,
        NoteTransfer,
        Vote,
        Workshop,
        WorkshopMeasure,
        WorkshopParticipant,
    )

_MODULE_OF = {
    **dict.fromkeys(
        ("Dependency", "Measure", "MeasureField", "MeasureParticipant", "PhaseChange"),
        "workbench.model.measure",
    ),
    **dict.fromkeys(("OrgUnit", "Person"), "workbench.model.org"),
    **dict.fromkeys(
        (
            "Baseline",
            "BaselineDate",
            "Goal",
            "Indicator",
            "IndicatorValue",
            "KeyResult",
            "KeyResultProgress",
            "LogEntry",
            "Milestone",
            "Risk",
            "TransformativeQuestion",
        ),
        "workbench.model.planning",
    ),
    **dict.fromkeys(
        ("FieldOfAction", "Heading", "Phase", "SuccessFactor", "Value"), "workbench.model.strategy"
    ),
    **dict.fromkeys(
        (
            "Canvas",
            "CanvasZone",
            "Connector",
            "Note",
            "NoteGroup",
            "NoteTransfer",
            "Vote",
            "Workshop",
            "WorkshopMeasure",
            "WorkshopParticipant",
        ),
        "workbench.model.workshop",
    ),
    **dict.fromkeys(
        (
            "CostPosition",
            "FinancingLine",
            "FundingProgramme",
            "FundingReport",
            "FundedPost",
            "FundsRequest",
            "Grant",
            "Payout",
            "GrantMeasure",
            "ImportMapping",
            "PlannedCost",
            "ProgrammePhase",
            "Receipt",
            "ReportDeadline",
            "ReportSection",
        ),
        "workbench.model.funding",
    ),
}


def __getattr__(name: str) -> Any:  # PEP 562: declare a class when it is first asked for
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "Base",
    "all_tables",
    "class_for_table",
    "entity_classes",
    "load_all",
    "new_id",
    "tables_of",
    "utc_now",
    "Financing",
    "IndicatorKind",
    "LogKind",
    "MeasureStatus",
    "MeasureType",
    "OrgUnitKind",
    "Priority",
    "RiskStatus",
    "WorkshopFormat",
    "Dependency",
    "Measure",
    "MeasureField",
    "MeasureParticipant",
    "PhaseChange",
    "OrgUnit",
    "Person",
    "Baseline",
    "BaselineDate",
    "Goal",
    "Indicator",
    "IndicatorValue",
    "KeyResult",
    "KeyResultProgress",
    "LogEntry",
    "Milestone",
    "Risk",
    "TransformativeQuestion",
    "FieldOfAction",
    "Heading",
    "Phase",
    "SuccessFactor",
    "Value",
    "Canvas",
    "CanvasZone",
    "Connector",
    "Note",
    "NoteGroup",
    "NoteTransfer",
    "Vote",
    "Workshop",
    "WorkshopMeasure",
    "WorkshopParticipant",
    "CostPosition",
    "FinancingLine",
    "FundingProgramme",
    "FundingReport",
    "FundedPost",
    "FundsRequest",
    "Grant",
    "Payout",
    "GrantMeasure",
    "ImportMapping",
    "PlannedCost",
    "ProgrammePhase",
    "Receipt",
    "ReportDeadline",
    "ReportSection",
]
