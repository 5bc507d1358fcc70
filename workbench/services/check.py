"""`workbench check`: integrity of the file and validity of the data, as a list of findings."""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Iterator
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import inspect, select, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from workbench.formats import CONTROL_CHARS, printable
from workbench.i18n import quoted, tr
from workbench.model import Base, Measure, MeasureField, entity_classes
from workbench.model.base import all_tables, stored_kind
from workbench.model.labels import entity_label
from workbench.services.errors import ValidationError
from workbench.services.findings import Finding, Severity
from workbench.services.funding_checks import check_all
from workbench.services.validation import suspect_sql, text_columns, validate


def _where(session: Session, obj: Base) -> str:
    label = entity_label(type(obj).__tablename__)
    name = getattr(obj, "title", None) or getattr(obj, "name", None) or obj.id
    owner = getattr(obj, "measure_id", None)
    if owner and not isinstance(obj, Measure):
        measure = session.get(Measure, owner)
        if measure is not None:
            return tr("{label} „{name}“ der Maßnahme {code}").format(
                label=label, name=name, code=measure.code
            )
    if isinstance(obj, Measure):
        return tr("Maßnahme {code} „{title}“").format(code=obj.code, title=obj.title)
    return f"{label} {quoted(name)}"


#: What to do with a damaged workspace file, in every place that finds one.
DAMAGED_ADVICE = tr(
    "Die Arbeitsmappe ist beschädigt. So kommen Sie an Ihre Daten: (1) Im Fenster „Datei → "
    "Kopie speichern unter …“ oder mit „workbench rescue PFAD NEU.werkbank“ wird alles "
    "Lesbare in eine neue Arbeitsmappe gerettet. (2) Neben der Datei liegt eine automatische "
    "Sicherung („….vor-aktualisierung-….werkbank“), falls Werkbank die Datei einmal "
    "aktualisiert hat. (3) Ist die Arbeitsmappe geteilt, bringt ein Beitritt mit einer neuen, "
    "leeren Arbeitsmappe den Stand aus dem gemeinsamen Ordner zurück."
)


#: What SQLite's typeof() may say of a column of each kind (NULL where it may be empty).
_STORED = {
    "integer": ("integer",),
    "float": ("real", "integer"),
    "text": ("text",),
    "date": ("text",),
}
_DATE_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"


def wrong_types(session: Session, most: int = 200) -> list[Finding]:
    """Every stored value of the wrong type – bytes in a title, text in an amount, a
    date that is no date – named by table, row and column (at most *most* of them).
    Werkbank never writes such values; a tool that wrote into the file did."""
    found: list[Finding] = []
    for table in all_tables():
        conditions = []
        for column in table.columns:
            kind = stored_kind(column)
            allowed = ", ".join(f"'{t}'" for t in _STORED[kind])
            bad = f"typeof(\"{column.name}\") NOT IN ({allowed}, 'null')"
            if kind == "date":
                bad = f'({bad} OR ("{column.name}" IS NOT NULL AND "{column.name}" NOT GLOB \'{_DATE_GLOB}\'))'
            conditions.append((column, kind, bad))
        # one pass over the table; column by column only where something is wrong
        probe = " OR ".join(bad for _, _, bad in conditions)
        if not session.execute(text(f'SELECT 1 FROM "{table.name}" WHERE {probe} LIMIT 1')).first():
            continue
        for column, kind, bad in conditions:
            rows = session.execute(
                text(
                    f'SELECT id, typeof("{column.name}") FROM "{table.name}" WHERE {bad} LIMIT :n'
                ),
                {"n": most - len(found)},
            ).all()
            for row_id, stored in rows:
                found.append(
                    Finding(
                        Severity.ERROR,
                        tr("Tabelle {table}, Zeile {row}, Spalte {column}").format(
                            table=table.name, row=printable(str(row_id)), column=column.name
                        ),
                        tr(
                            "Wert vom falschen Typ ({stored} statt {expected}); Werkbank hat ihn nicht geschrieben. „workbench rescue PFAD NEU.werkbank“ rettet alles Übrige in eine neue Arbeitsmappe und leert solche Werte."
                        ).format(stored=stored, expected=KIND_WORDS[kind]),
                    )
                )
            if len(found) >= most:
                return found
    return found


KIND_WORDS = {
    "integer": tr("ganze Zahl"),
    "float": tr("Zahl"),
    "text": tr("Text"),
    "date": tr("Datum JJJJ-MM-TT"),
}


def _attrs(cls: type) -> list[Any]:
    return list(inspect(cls).column_attrs)


@cache
def _row_type(cls: type) -> Any:
    """A plain class that stands for *cls* in validation: a named tuple of its attributes
    (check reads 300,000 rows; as ORM objects they cost 20 s)."""
    keys = [attr.key for attr in _attrs(cls)]
    base = namedtuple(f"{cls.__name__}Row", keys)  # type: ignore[misc]  # noqa: PYI024
    return type(
        base.__name__,
        (base,),
        {"__slots__": (), "__tablename__": cls.__tablename__, "mapped_class": cls},  # type: ignore[attr-defined]
    )


def _plain_rows(session: Session, cls: type, where: str = "1") -> Iterator[Any]:
    """The rows of *cls* that meet *where*, as plain objects with the values validation
    reads: as stored, dates as dates (wrong_types has made sure that they are dates)."""
    from sqlalchemy import Date

    attrs = _attrs(cls)
    make = _row_type(cls)._make
    dated = [i for i, a in enumerate(attrs) if isinstance(a.columns[0].type, Date)]
    names = ", ".join('"' + a.columns[0].name + '"' for a in attrs)
    raw = session.connection().connection.driver_connection
    assert raw is not None
    cur = raw.cursor()
    cur.execute(f'SELECT {names} FROM "{cls.__tablename__}" WHERE {where}')  # type: ignore[attr-defined]  # noqa: S608
    try:
        while rows := cur.fetchmany(5000):
            for values in rows:
                if dated:
                    values = list(values)
                    for i in dated:
                        if values[i] is not None:
                            values[i] = date.fromisoformat(values[i])
                yield make(values)
    finally:
        cur.close()


#: Rows searched for control characters at a time (one regular-expression search each).
_TEXT_BATCH = 5000


def _suspects(session: Session, cls: type) -> str:
    """An SQL condition for the rows of *cls* that may break a rule of validation: what
    suspect_sql selects, and the rows with a control character in a text (searched here,
    a batch of rows' texts at a time; a batch that has one is searched row by row)."""
    where = suspect_sql(cls)
    texts = text_columns(cls)
    if not texts:
        return where
    joined = " || char(10) || ".join(f"coalesce(\"{key}\", '')" for key in texts)
    raw = session.connection().connection.driver_connection
    assert raw is not None
    cur = raw.cursor()
    cur.execute(f'SELECT rowid, {joined} FROM "{cls.__tablename__}"')  # type: ignore[attr-defined]  # noqa: S608
    flagged: list[int] = []
    while rows := cur.fetchmany(_TEXT_BATCH):
        if CONTROL_CHARS.search("\n".join([text for _, text in rows])):
            flagged += [rowid for rowid, text in rows if CONTROL_CHARS.search(text)]
    cur.close()
    if not flagged:
        return where
    if len(flagged) > _TEXT_BATCH:  # a file full of them: every row is validated
        return "1"
    return f"({where}) OR rowid IN ({', '.join(map(str, flagged))})"


def check_workspace(session: Session, today: date | None = None) -> list[Finding]:
    """Everything `workbench check` names: the file, references, value types, the rules of
    each row, measures without a field or sharing a code, the Zeitplan, the funding."""
    findings = _file_findings(session)
    if findings:
        return findings  # reading row by row would only meet the damaged pages again
    for table, rowid, parent, _ in session.execute(text("PRAGMA foreign_key_check")).all():
        findings.append(
            Finding(
                Severity.ERROR,
                tr("Tabelle {table}, Zeile {rowid}").format(table=table, rowid=rowid),
                tr("verweist auf eine fehlende Zeile in {parent}").format(parent=parent),
            )
        )
    wrong = wrong_types(session)
    if wrong:  # reading those rows as objects would fail: name them, and stop there
        return findings + wrong
    findings += _rule_findings(session)
    findings += _measure_findings(session)
    # the schedule (issue 29): a measure that starts before what it depends on ends, a
    # milestone outside its measure's dates – warnings, as the Zeitplan marks them
    from workbench.services.roadmap import schedule_problems

    for code, title, problem in schedule_problems(session):
        findings.append(
            Finding(
                Severity.WARNING,
                tr("Zeitplan {code} „{title}“").format(code=code, title=title),
                problem,
            )
        )
    for funding in check_all(session, today):  # positions, receipts, requests, deadlines, sums
        where = tr("{kind} {grant}, {where}").format(
            kind=funding.subject_kind or tr("Zuwendung"), grant=funding.subject, where=funding.where
        )
        findings.append(Finding(funding.severity, where, funding.message))
    return findings


def _file_findings(session: Session) -> list[Finding]:
    """What SQLite's integrity check says of a damaged file, and what to do."""
    findings: list[Finding] = []
    try:
        integrity = session.execute(text("PRAGMA integrity_check")).scalars().all()
    except DatabaseError as exc:
        integrity = [str(exc.orig)]
    if integrity != ["ok"]:
        findings += [
            Finding(Severity.ERROR, tr("Datei"), tr("SQLite meldet: {line}").format(line=line))
            for line in integrity[:5]
        ]
        findings.append(Finding(Severity.ERROR, tr("Datei"), DAMAGED_ADVICE))
    return findings


def _rule_findings(session: Session) -> list[Finding]:
    """Every row that breaks a rule of its class (only rows that may: RULE_SQL)."""
    findings: list[Finding] = []
    for cls in entity_classes():  # validated: the rows that may break a rule
        where = _suspects(session, cls)
        if cls is Measure:  # one in the recycle bin is checked when it comes back
            where = f"deleted_at IS NULL AND ({where})"
        for row in _plain_rows(session, cls, where):
            try:
                validate(row)
            except ValidationError as exc:
                obj = session.get(cls, row.id)
                findings.append(Finding(Severity.ERROR, _where(session, obj or row), str(exc)))
    return findings


def _measure_findings(session: Session) -> list[Finding]:
    """Measures without a Handlungsfeld (an error) and codes used twice (a warning)."""
    findings: list[Finding] = []
    without_field = session.scalars(
        select(Measure).where(
            Measure.deleted_at.is_(None),
            ~select(MeasureField.measure_id).where(MeasureField.measure_id == Measure.id).exists(),
        )
    )
    for measure in without_field:
        findings.append(
            Finding(
                Severity.ERROR,
                _where(session, measure),
                tr("Handlungsfelder: Die Maßnahme hat kein Handlungsfeld."),
            )
        )
    codes = session.execute(
        text(
            "SELECT code, count(*) FROM measures WHERE deleted_at IS NULL AND code <> '' "
            "GROUP BY code HAVING count(*) > 1 ORDER BY code"
        )
    ).all()
    for code, count in codes:
        if count > 1:
            findings.append(
                Finding(
                    Severity.WARNING,
                    tr("Kennung {code}").format(code=code),
                    tr("{count} Maßnahmen tragen dieselbe Kennung.").format(count=count),
                )
            )
    return findings
