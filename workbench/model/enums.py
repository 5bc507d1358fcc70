"""Fixed vocabularies of the domain. Values are stable codes; labels are what users read."""

from __future__ import annotations

import enum

from sqlalchemy import Enum as SAEnum


class LabelledEnum(enum.StrEnum):
    """A string enum whose members carry a German label as second value."""

    label: str

    def __new__(cls, value: str, label: str) -> LabelledEnum:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    @classmethod
    def from_text(cls, text: str) -> LabelledEnum:
        """Accept a code or a label, case-insensitive (for CLI and forms)."""
        wanted = text.strip().casefold()
        for member in cls:
            if wanted in (member.value.casefold(), member.label.casefold()):
                return member
        raise ValueError(text)

    @classmethod
    def choices(cls) -> str:
        return ", ".join(m.label for m in cls)


def column_type(enum_cls: type[LabelledEnum]) -> SAEnum:
    """Stored as its code in a VARCHAR, never as a native enum or by member name."""
    return SAEnum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class MeasureType(LabelledEnum):
    CENTRAL = ("central", "zentral")
    DECENTRAL = ("decentral", "dezentral")
    NETWORK = ("network", "Netzwerkmaßnahme")
    PILOT = ("pilot", "Pilotmaßnahme")


class Priority(LabelledEnum):
    LOW = ("low", "niedrig")
    MEDIUM = ("medium", "mittel")
    HIGH = ("high", "hoch")


class Financing(LabelledEnum):
    OWN = ("own", "Eigenmittel")
    EXTERNAL = ("external", "Fremdmittel")
    GRANT = ("grant", "Fördermittel")


class MeasureStatus(LabelledEnum):
    PLANNED = ("planned", "geplant")
    ACTIVE = ("active", "in Umsetzung")
    PAUSED = ("paused", "pausiert")
    DONE = ("done", "abgeschlossen")
    STOPPED = ("stopped", "eingestellt")


class IndicatorKind(LabelledEnum):
    OUTPUT = ("output", "Output")
    OUTCOME = ("outcome", "Outcome")


class RiskStatus(LabelledEnum):
    OPEN = ("open", "offen")
    TREATED = ("treated", "in Behandlung")
    CLOSED = ("closed", "geschlossen")


class LogKind(LabelledEnum):
    EVENT = ("event", "Ereignis")
    DECISION = ("decision", "Entscheidung")
    NOTE = ("note", "Notiz")


class OrgUnitKind(LabelledEnum):
    CHANCELLERY = ("chancellery", "Senatskanzlei")
    SENATE_DEPARTMENT = ("senate_department", "Senatsverwaltung")
    DISTRICT_OFFICE = ("district_office", "Bezirksamt")
    SUBORDINATE_AUTHORITY = ("subordinate_authority", "nachgeordnete Behörde")
    CIVIL_SOCIETY = ("civil_society", "Zivilgesellschaft")
    OTHER = ("other", "sonstige")


class WorkshopFormat(LabelledEnum):
    """The Vorprozess steps are kinds of meeting; any other workshop is free."""

    STEERING = ("steering", "Steuerungsrunde")
    MEASURE_TEAM = ("measure_team", "Maßnahmenteam")
    EXPERT_DIALOGUE = ("expert_dialogue", "Expert:innendialog")
    MEASURE_WORKSHOP = ("measure_workshop", "Maßnahmenwerkstatt")
    DECISION = ("decision", "Entscheidungsrunde")
    FREE = ("free", "freies Format")


class CostCategory(LabelledEnum):
    """Cost categories of a Kosten- und Finanzierungsplan."""

    STAFF = ("staff", "Personal")
    MATERIAL = ("material", "Sachausgaben")
    SERVICES = ("services", "Beratung/Dienstleistungen")
    TRAINING = ("training", "Schulung")
    HARDWARE = ("hardware", "Investitionen in Hardware")
    SOFTWARE = ("software", "Investitionen in Software")
    INFRASTRUCTURE = ("infrastructure", "Investitionen in Infrastruktur")


class OverrunRule(LabelledEnum):
    """How far single positions of the Finanzierungsplan may be exceeded (per programme)."""

    POSITIONS = ("positions", "Einzelansätze bis zum Prozentsatz, bei Ausgleich (ANBest-P)")
    TOTAL = ("total", "nur das Gesamtergebnis ist verbindlich (ANBest-Gk)")
    NONE = ("none", "Einzelansätze sind verbindlich (keine Überschreitung)")


class FinancingSource(LabelledEnum):
    OWN_SHARE = ("own_share", "Eigenanteil")
    THIRD_PARTY = ("third_party", "Leistungen Dritter")
    OTHER_PUBLIC = ("other_public", "andere öffentliche Förderung")
    GRANT = ("grant", "Zuwendung")


class ReportKind(LabelledEnum):
    INTERIM = ("interim", "Zwischennachweis")
    FINAL = ("final", "Verwendungsnachweis")


class DeadlineBase(LabelledEnum):
    APPROVAL = ("approval", "nach Bewilligung")
    PERIOD_END = ("period_end", "nach Ende des Bewilligungszeitraums")
    #: A report for each budget year in which money was received and the purpose was not
    #: yet fulfilled (Zwischennachweis: 4 months after each year, ANBest-P/-Gk Nr. 6.1).
    EACH_YEAR = ("each_year", "nach Ende jedes Haushaltsjahres mit Mittelzufluss")


class Vocabulary(LabelledEnum):
    """The terms a grant's documents use, as its legal basis names them: the BHO/LHO
    speaks of Zuwendungsbescheid, Zuwendung and zuwendungsfähigen Ausgaben; the KfW of
    Zusage, Zuschuss and förderfähigen Kosten."""

    BHO = ("bho", "Zuwendungsrecht (BHO/LHO): Zuwendungsbescheid, zuwendungsfähige Ausgaben")
    KFW = ("kfw", "KfW: Zusage, Zuschuss, förderfähige Kosten")
