"""Fixed vocabularies of the domain. Values are stable codes; labels are what users read."""

from __future__ import annotations

import enum

from sqlalchemy import Enum as SAEnum

from workbench.i18n import tr, variants


class LabelledEnum(enum.StrEnum):
    """A string enum whose members carry a German label as second value."""

    label: str

    def __new__(cls, value: str, label: str = "") -> LabelledEnum:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    @classmethod
    def from_text(cls, text: str) -> LabelledEnum:
        """Accept a code or a label, case-insensitive (for CLI and forms)."""
        wanted = text.strip().casefold()
        for member in cls:
            if wanted == member.value.casefold() or wanted in {
                v.casefold() for v in variants(member.label)
            }:
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
    CENTRAL = ("central", tr("zentral"))
    DECENTRAL = ("decentral", tr("dezentral"))
    NETWORK = ("network", tr("Netzwerkmaßnahme"))
    PILOT = ("pilot", tr("Pilotmaßnahme"))


class Priority(LabelledEnum):
    LOW = ("low", tr("niedrig"))
    MEDIUM = ("medium", tr("mittel"))
    HIGH = ("high", tr("hoch"))


class Financing(LabelledEnum):
    OWN = ("own", tr("Eigenmittel"))
    EXTERNAL = ("external", tr("Fremdmittel"))
    GRANT = ("grant", tr("Fördermittel"))


class MeasureStatus(LabelledEnum):
    PLANNED = ("planned", tr("geplant"))
    ACTIVE = ("active", tr("in Umsetzung"))
    PAUSED = ("paused", tr("pausiert"))
    DONE = ("done", tr("abgeschlossen"))
    STOPPED = ("stopped", tr("eingestellt"))


class IndicatorKind(LabelledEnum):
    OUTPUT = ("output", tr("Output"))
    OUTCOME = ("outcome", tr("Outcome"))


class RiskStatus(LabelledEnum):
    OPEN = ("open", tr("offen"))
    TREATED = ("treated", tr("in Behandlung"))
    CLOSED = ("closed", tr("geschlossen"))


class LogKind(LabelledEnum):
    EVENT = ("event", tr("Ereignis"))
    DECISION = ("decision", tr("Entscheidung"))
    NOTE = ("note", tr("Notiz"))


class OrgUnitKind(LabelledEnum):
    CHANCELLERY = ("chancellery", tr("Senatskanzlei"))
    SENATE_DEPARTMENT = ("senate_department", tr("Senatsverwaltung"))
    DISTRICT_OFFICE = ("district_office", tr("Bezirksamt"))
    SUBORDINATE_AUTHORITY = ("subordinate_authority", tr("nachgeordnete Behörde"))
    CIVIL_SOCIETY = ("civil_society", tr("Zivilgesellschaft"))
    OTHER = ("other", tr("sonstige"))


class WorkshopFormat(LabelledEnum):
    """The Vorprozess steps are kinds of meeting; any other workshop is free."""

    STEERING = ("steering", tr("Steuerungsrunde"))
    MEASURE_TEAM = ("measure_team", tr("Maßnahmenteam"))
    EXPERT_DIALOGUE = ("expert_dialogue", tr("Expert:innendialog"))
    MEASURE_WORKSHOP = ("measure_workshop", tr("Maßnahmenwerkstatt"))
    DECISION = ("decision", tr("Entscheidungsrunde"))
    FREE = ("free", tr("freies Format"))


class CostCategory(LabelledEnum):
    """Cost categories of a Kosten- und Finanzierungsplan."""

    STAFF = ("staff", tr("Personal"))
    MATERIAL = ("material", tr("Sachausgaben"))
    SERVICES = ("services", tr("Beratung/Dienstleistungen"))
    TRAINING = ("training", tr("Schulung"))
    HARDWARE = ("hardware", tr("Investitionen in Hardware"))
    SOFTWARE = ("software", tr("Investitionen in Software"))
    INFRASTRUCTURE = ("infrastructure", tr("Investitionen in Infrastruktur"))


class OverrunRule(LabelledEnum):
    """How far single positions of the Finanzierungsplan may be exceeded (per programme)."""

    POSITIONS = ("positions", tr("Einzelansätze bis zum Prozentsatz, bei Ausgleich (ANBest-P)"))
    TOTAL = ("total", tr("nur das Gesamtergebnis ist verbindlich (ANBest-Gk)"))
    NONE = ("none", tr("Einzelansätze sind verbindlich (keine Überschreitung)"))


class FinancingKind(LabelledEnum):
    """How a grant finances its purpose (VV Nr. 2.2 zu § 44 BHO); it decides how savings
    and new money from others change the grant (ANBest-P Nr. 2.1) and how much a funds
    request may ask (Nr. 1.4)."""

    SHARE = ("share", tr("Anteilfinanzierung"))
    DEFICIT = ("deficit", tr("Fehlbedarfsfinanzierung"))
    FIXED = ("fixed", tr("Festbetragsfinanzierung"))
    FULL = ("full", tr("Vollfinanzierung"))


class FinancingSource(LabelledEnum):
    OWN_SHARE = ("own_share", tr("Eigenanteil"))
    THIRD_PARTY = ("third_party", tr("Leistungen Dritter"))
    OTHER_PUBLIC = ("other_public", tr("andere öffentliche Förderung"))
    GRANT = ("grant", tr("Zuwendung"))


class ReportKind(LabelledEnum):
    INTERIM = ("interim", tr("Zwischennachweis"))
    FINAL = ("final", tr("Verwendungsnachweis"))


class DeadlineBase(LabelledEnum):
    APPROVAL = ("approval", tr("nach Bewilligung"))
    PERIOD_END = ("period_end", tr("nach Ende des Bewilligungszeitraums"))
    #: A report for each budget year in which money was received and the purpose was not
    #: yet fulfilled (Zwischennachweis: 4 months after each year, ANBest-P/-Gk Nr. 6.1).
    EACH_YEAR = ("each_year", tr("nach Ende jedes Haushaltsjahres mit Mittelzufluss"))


class Vocabulary(LabelledEnum):
    """The terms a grant's documents use, as its legal basis names them: the BHO/LHO
    speaks of Zuwendungsbescheid, Zuwendung and zuwendungsfähigen Ausgaben; the KfW of
    Zusage, Zuschuss and förderfähigen Kosten."""

    BHO = ("bho", tr("Zuwendungsrecht (BHO/LHO): Zuwendungsbescheid, zuwendungsfähige Ausgaben"))
    KFW = ("kfw", tr("KfW: Zusage, Zuschuss, förderfähige Kosten"))
