"""What a user names in words – a measure's code, a field of action's name, a grant's file
number, a report's date, ``Titel=…`` – resolved to ids and plain values.

The command line hands its arguments in as these words and gets plain data back (codes,
titles, ids, rows); it never holds a session or an object of the store (issue 28). Every
word that names nothing is answered in German with what it could have been."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.formats import parse_date
from workbench.i18n import quoted, tr
from workbench.model import FundingReport, FundsRequest, Measure
from workbench.model.enums import MeasureStatus, MeasureType, Priority
from workbench.model.funding import Period
from workbench.services import measures as measure_service
from workbench.services.errors import ServiceError
from workbench.services.filtering import MeasureFilter
from workbench.services.lookup import (
    describe_keys,
    find_field_of_action,
    find_org_unit,
    find_phase,
    measure_key,
    resolve_reference,
)
from workbench.services.measure_list import MeasureRow, measure_rows
from workbench.services.values import coerce, editable_columns


@dataclass(frozen=True)
class FilterWords:
    """The measure table's filter as typed: ``--search``, ``--field`` … (None: not set)."""

    search: str = ""
    field: str | None = None
    type: str | None = None
    phase: str | None = None
    status: str | None = None
    lead: str | None = None
    priority: str | None = None

    def describe(self) -> str:
        """„Suche „Rad“, Phase „Umsetzung““: what a filtered document says it shows."""
        parts = (
            (tr("Suche"), self.search),
            (tr("Handlungsfeld"), self.field),
            (tr("Typ"), self.type),
            (tr("Phase"), self.phase),
            (tr("Status"), self.status),
            (tr("Federführung"), self.lead),
            (tr("Priorität"), self.priority),
        )
        return ", ".join(f"{label} {quoted(value)}" for label, value in parts if value)


def _choice(enum: Any, text: str | None, option: str) -> Any:
    if not text:
        return None
    try:
        return enum.from_text(text)
    except ValueError:
        raise ServiceError(
            tr("Unbekannter Wert „{text}“ für {option} (möglich: {choices}).").format(
                text=text, option=option, choices=enum.choices()
            )
        ) from None


def measure_filter(session: Session, words: FilterWords) -> MeasureFilter:
    return MeasureFilter(
        text=words.search or "",
        field_id=find_field_of_action(session, words.field).id if words.field else None,
        type=_choice(MeasureType, words.type, "--type"),
        phase_id=find_phase(session, words.phase).id if words.phase else None,
        status=_choice(MeasureStatus, words.status, "--status"),
        lead_unit_id=find_org_unit(session, words.lead).id if words.lead else None,
        priority=_choice(Priority, words.priority, "--priority"),
    )


def filtered_rows(session: Session, words: FilterWords) -> list[MeasureRow]:
    """The measure table's rows that the filter lets through."""
    return measure_filter(session, words).select(measure_rows(session))


def filtered_ids(session: Session, words: FilterWords) -> list[str] | None:
    """The ids the filter lets through; None when no filter is set (all measures)."""
    flt = measure_filter(session, words)
    return None if flt.is_empty() else [r.id for r in flt.select(measure_rows(session))]


# -- measures written from words ------------------------------------------------


@dataclass(frozen=True)
class MeasureName:
    """A measure as a message names it."""

    id: str
    code: str
    title: str

    @property
    def label(self) -> str:
        return f"{self.code} {quoted(self.title)}"


def _name(measure: Measure) -> MeasureName:
    return MeasureName(measure.id, measure.code, measure.title)


def measure_name(session: Session, key: str) -> MeasureName:
    """A measure by id, code or id prefix (NotFoundError names the key)."""
    return _name(measure_service.get_measure(session, key))


def parse_assignments(
    session: Session, pairs: Sequence[str]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """``key=value`` words → plain field values and special ones (phase, fields, participants)."""
    values: dict[str, Any] = {}
    special: dict[str, Any] = {}
    for pair in pairs:
        if "=" not in pair:
            raise ServiceError(
                tr("„{pair}“: erwartet Feld=Wert (Felder: {value}).").format(
                    pair=pair, value=describe_keys()
                )
            )
        word, text = pair.split("=", 1)
        key = measure_key(word)
        if key == "fields":
            special[key] = [
                find_field_of_action(session, t).id for t in text.split(";") if t.strip()
            ]
        elif key == "participants":
            special[key] = [
                find_org_unit(session, t, "participants").id for t in text.split(";") if t.strip()
            ]
        elif key in ("lead_unit_id", "responsible_id", "phase_id"):
            target = special if key == "phase_id" else values
            target[key] = resolve_reference(session, key, text)
        elif key in editable_columns(Measure):
            values[key] = coerce(Measure, key, text)
        else:
            raise ServiceError(
                tr("„{word}“ ist kein Feld einer Maßnahme. Möglich: {value}.").format(
                    word=word, value=describe_keys()
                )
            )
    return values, special


def _apply_special(session: Session, measure_id: str, special: dict[str, Any]) -> None:
    if "fields" in special:
        measure_service.set_measure_fields(session, measure_id, special["fields"])
    if "participants" in special:
        measure_service.set_participants(session, measure_id, special["participants"])
    if special.get("phase_id"):
        measure_service.move_phase(session, measure_id, special["phase_id"])


def add_measure(
    session: Session, title: str, fields: Sequence[str], assignments: Sequence[str]
) -> MeasureName:
    """A new measure from words: its title, fields of action by name, ``Feld=Wert``."""
    values, special = parse_assignments(session, assignments)
    field_ids = [find_field_of_action(session, f).id for f in fields]
    field_ids += special.pop("fields", [])
    phase_id = special.pop("phase_id", None)
    if phase_id:
        values["phase_id"] = phase_id
    measure = measure_service.create_measure(session, title, field_ids, **values)
    _apply_special(session, measure.id, special)
    return _name(measure)


def change_measure(session: Session, key: str, assignments: Sequence[str]) -> MeasureName:
    """``Feld=Wert`` words applied to the measure *key* names."""
    measure = measure_service.get_measure(session, key)
    values, special = parse_assignments(session, assignments)
    if values:
        measure_service.update_measure(session, measure.id, values)
    _apply_special(session, measure.id, special)
    return _name(measure)


def delete_measure(session: Session, key: str) -> MeasureName:
    return _name(measure_service.delete_measure(session, key))


def restore_measure(session: Session, key: str) -> MeasureName:
    return _name(measure_service.restore_measure(session, key))


# -- what a document is about ---------------------------------------------------


@dataclass(frozen=True)
class DocumentWords:
    """What a document is about, as typed: a measure, workshop, grant, report, funds
    request, period and baseline (None: not named)."""

    measure: str | None = None
    workshop: str | None = None
    grant: str | None = None
    report: str | None = None
    request: str | None = None
    period_from: str | None = None
    period_to: str | None = None
    baseline: str | None = None


@dataclass(frozen=True)
class DocumentSubject:
    """:class:`DocumentWords` resolved: ids and a period."""

    measure_id: str | None = None
    workshop_id: str | None = None
    grant_id: str | None = None
    period: Period | None = None
    report_id: str | None = None
    request_id: str | None = None
    baseline_id: str | None = None


def day(text: str | None, flag: str) -> date | None:
    """A date typed for *flag* (``--from``), German or ISO; the error names the flag."""
    try:
        return parse_date(text) if text else None
    except ValueError as exc:
        raise ServiceError(f"{flag}: {exc}") from None


def grant_id(session: Session, key: str) -> str:
    """A grant's id by its id, file number or part of its title."""
    from workbench.services.listings import find_grant

    return find_grant(session, key).id


def document_subject(session: Session, words: DocumentWords) -> DocumentSubject:
    from workbench.services.baselines import find_baseline
    from workbench.services.listings import find_workshop

    grant = grant_id(session, words.grant) if words.grant else None
    period = None
    if words.period_from or words.period_to:
        period = Period(day(words.period_from, "--from"), day(words.period_to, "--to"))
        if period.start and period.end and period.end < period.start:
            raise ServiceError(tr("--to liegt vor --from."))
    return DocumentSubject(
        measure_id=measure_service.get_measure(session, words.measure).id
        if words.measure
        else None,
        workshop_id=find_workshop(session, words.workshop).id if words.workshop else None,
        grant_id=grant,
        period=period,
        report_id=_funding_item(
            session, grant, words.report, FundingReport.period_end, "--report", tr("Nachweis")
        ),
        request_id=_funding_item(
            session,
            grant,
            words.request,
            FundsRequest.requested_on,
            "--request",
            tr("Mittelabruf"),
        ),
        baseline_id=find_baseline(session, words.baseline).id if words.baseline else None,
    )


def _funding_item(
    session: Session, grant: str | None, key: str | None, column: Any, flag: str, what: str
) -> str | None:
    """The report (--report: id or the end of its period) or funds request (--request: id
    or its date) of *grant* a funding document is about."""
    if not key:
        return None
    if not grant:
        raise ServiceError(tr("{flag} braucht --grant.").format(flag=flag))
    cls = column.class_  # by the date column it is found by
    by_id = session.get(cls, key)
    if by_id is not None and by_id.grant_id == grant:
        return str(by_id.id)
    match = session.scalars(
        select(cls.id).where(cls.grant_id == grant, column == day(key, flag))
    ).first()
    if match is None:
        raise ServiceError(
            tr(
                "{flag}: Einen {what} „{key}“ gibt es bei dieser Zuwendung nicht (ID oder Datum TT.MM.JJJJ)."
            ).format(flag=flag, what=what, key=key)
        )
    return str(match)
