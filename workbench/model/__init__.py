"""The domain as SQLAlchemy 2 typed ORM classes. No Qt, no I/O beyond the ORM."""

from workbench.model.base import Base, class_for_table, entity_classes, new_id, utc_now
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
from workbench.model.funding import (
    CostPosition,
    FinancingLine,
    FundingProgramme,
    FundingReport,
    FundsRequest,
    Grant,
    GrantMeasure,
    ImportMapping,
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
    Goal,
    Indicator,
    IndicatorValue,
    KeyResult,
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

__all__ = [
    "Base", "class_for_table", "entity_classes", "new_id", "utc_now",
    "Financing", "IndicatorKind", "LogKind", "MeasureStatus", "MeasureType", "OrgUnitKind",
    "Priority", "RiskStatus", "WorkshopFormat",
    "Dependency", "Measure", "MeasureField", "MeasureParticipant", "PhaseChange",
    "OrgUnit", "Person",
    "Goal", "Indicator", "IndicatorValue", "KeyResult", "LogEntry", "Milestone", "Risk",
    "TransformativeQuestion",
    "FieldOfAction", "Heading", "Phase", "SuccessFactor", "Value",
    "Canvas", "CanvasZone", "Connector", "Note", "NoteGroup", "NoteTransfer", "Vote", "Workshop",
    "WorkshopMeasure", "WorkshopParticipant",
    "CostPosition", "FinancingLine", "FundingProgramme", "FundingReport", "FundsRequest", "Grant",
    "GrantMeasure", "ImportMapping", "PlannedCost", "ProgrammePhase", "Receipt", "ReportDeadline", "ReportSection",
]
