"""Reading a Maßnahmenliste back: what a workbook would change, field by field.

Nothing is written here. :func:`read_measure_list` returns an :class:`ImportPlan` with
new, changed and unchanged rows and every problem named by sheet, row and column; the
services apply a plan the user confirmed, as one undoable step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter
from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.exports.errors import ImportFileError
from workbench.exports.excel import MEASURE_COLUMNS, MEASURE_SHEET
from workbench.exports.table_read import sheet_rows, workbook
from workbench.formats import (
    MAX_DATE,
    MIN_DATE,
    euros_to_cents,
    format_cents,
    format_date,
    parse_cents,
    parse_date,
)
from workbench.i18n import tr, variants
from workbench.model import (
    FieldOfAction,
    Financing,
    Measure,
    MeasureField,
    MeasureStatus,
    MeasureType,
    OrgUnit,
    Person,
    Phase,
    Priority,
)
from workbench.model.enums import LabelledEnum

MAX_ROWS = 50_000
ENUMS: dict[str, type[LabelledEnum]] = {
    "type": MeasureType,
    "priority": Priority,
    "financing": Financing,
    "status": MeasureStatus,
}
# a list exported in German is read in English too, and the other way round
HEADER_TO_FIELD = {shown: name for header, name, _ in MEASURE_COLUMNS for shown in variants(header)}
LABELS = {name: header for header, name, _ in MEASURE_COLUMNS}


@dataclass(frozen=True)
class Problem:
    """A problem with one cell (or column, or row); ``blocking`` problems stop the import."""

    sheet: str
    row: int
    column: str
    message: str
    blocking: bool = True

    def __str__(self) -> str:
        where = (
            f"{self.sheet}!{self.column}{self.row}"
            if self.column
            else tr("{sheet}, Zeile {row}").format(sheet=self.sheet, row=self.row)
        )
        return f"{where}: {self.message}"


class RowKind(LabelledEnum):
    """What a row of an imported list does; the label is what users read."""

    NEW = ("new", tr("neu"))
    CHANGED = ("changed", tr("geändert"))
    UNCHANGED = ("unchanged", tr("unverändert"))
    ERROR = ("error", tr("fehlerhaft"))


@dataclass
class RowPlan:
    """One row of the workbook: what it would do to which measure."""

    row: int
    kind: RowKind
    measure_id: str | None
    code: str
    title: str
    values: dict[str, Any] = field(default_factory=dict)  # only what changes (all for new rows)
    changes: list[tuple[str, str, str]] = field(default_factory=list)  # label, old, new (shown)


@dataclass
class ImportPlan:
    rows: list[RowPlan] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    #: Field name → column number (1-based) in the sheet, to name a cell in a problem.
    columns: dict[str, int] = field(default_factory=dict)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.blocking]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.blocking]

    def count(self, kind: RowKind) -> int:
        """Rows of *kind*."""
        return sum(1 for r in self.rows if r.kind is kind)

    def mark_errors(self) -> None:
        """Rows with a blocking problem are „fehlerhaft“ (not „unverändert“: a refused cell
        is no change, but the row is not as it should be); a problem found twice (by the
        list's own check and by the rules) is named once."""
        unique: dict[tuple[str, int, str, str], Problem] = {}
        for problem in self.problems:
            unique.setdefault(
                (problem.sheet, problem.row, problem.column, problem.message), problem
            )
        self.problems = list(unique.values())
        wrong = {p.row for p in self.problems if p.blocking}
        for row in self.rows:
            if row.row in wrong:
                row.kind = RowKind.ERROR

    def summary(self) -> str:
        text = ", ".join(
            f"{self.count(kind)} {kind.label}"
            for kind in RowKind
            if kind is not RowKind.ERROR or self.count(kind)
        )
        if self.errors:
            text += tr("; {value} Fehler – nichts wird übernommen").format(value=len(self.errors))
        return text


def read_measure_list(session: Session, path: Path) -> ImportPlan:
    """Compare a Maßnahmenliste with the workspace; every problem is collected, none raised
    (except a file that is not a usable workbook at all). The file is read as a stream
    (values and formulas side by side), never whole; the row limit is checked while
    reading."""
    with workbook(path, values=False) as formulas_book, workbook(path, values=True) as book:
        sheet = next(
            (n for n in sorted(variants(MEASURE_SHEET)) if n in formulas_book.sheetnames), None
        )
        if sheet is None:
            raise ImportFileError(
                tr(
                    "„{name}“ hat kein Blatt „{MEASURE_SHEET}“. Importieren lässt sich eine mit Werkbank exportierte Maßnahmenliste."
                ).format(name=path.name, MEASURE_SHEET=MEASURE_SHEET)
            )
        rows = zip(
            sheet_rows(path, book[sheet], MAX_ROWS),
            sheet_rows(path, formulas_book[sheet], MAX_ROWS),
            strict=False,
        )
        return _plan(session, rows)


def _plan(session: Session, rows: Any) -> ImportPlan:
    plan = ImportPlan()
    first = next(rows, None)
    headers = list(first[0]) if first else []
    columns = _columns(plan, headers)
    plan.columns = columns
    if plan.errors:
        return plan

    ref = _References(session)
    seen_ids: dict[str, int] = {}
    for row_number, (values, formulas) in enumerate(rows, start=2):

        def cell(row: tuple[Any, ...], col: int) -> Any:
            return row[col - 1] if col - 1 < len(row) else None

        raw = {name: cell(values, col) for name, col in columns.items()}
        if all(v is None or str(v).strip() == "" for v in raw.values()):
            continue  # an empty line
        for col in columns.values():
            formula = cell(formulas, col)
            if isinstance(formula, str) and formula.startswith("="):
                plan.problems.append(
                    Problem(
                        MEASURE_SHEET,
                        row_number,
                        get_column_letter(col),
                        tr("enthält eine Formel ({value}) statt eines Wertes.").format(
                            value=formula[:40]
                        ),
                    )
                )
        plan.rows.append(_plan_row(plan, ref, row_number, raw, columns, seen_ids))
    plan.mark_errors()
    return plan


def _columns(plan: ImportPlan, headers: list[Any]) -> dict[str, int]:
    """The field each header names, by its column number; unknown, doubled and missing
    headers are problems of row 1."""
    columns: dict[str, int] = {}
    for index, header in enumerate(headers, start=1):
        letter = get_column_letter(index)
        if header is None or str(header).strip() == "":
            continue
        name = HEADER_TO_FIELD.get(str(header).strip())
        if name is None:
            plan.problems.append(
                Problem(
                    MEASURE_SHEET,
                    1,
                    letter,
                    tr("Unbekannte Spalte „{header}“: wird nicht übernommen.").format(
                        header=header
                    ),
                    blocking=False,
                )
            )
        elif name in columns:
            plan.problems.append(
                Problem(
                    MEASURE_SHEET,
                    1,
                    letter,
                    tr("Die Spalte „{header}“ kommt doppelt vor.").format(header=header),
                )
            )
        else:
            columns[name] = index
    for required in ("id", "title"):
        if required not in columns:
            plan.problems.append(
                Problem(
                    MEASURE_SHEET,
                    1,
                    "",
                    tr("Die Spalte „{value}“ fehlt.").format(value=LABELS[required]),
                )
            )
    return columns


class _References:
    """Names users type, mapped to ids; and the measures as they are now."""

    def __init__(self, session: Session) -> None:
        self.fields = {
            n.casefold(): i
            for i, n in session.execute(select(FieldOfAction.id, FieldOfAction.name))
        }
        self.units: dict[str, str] = {}
        for i, name, short in session.execute(select(OrgUnit.id, OrgUnit.name, OrgUnit.short_name)):
            self.units[name.casefold()] = i
            if short:
                self.units.setdefault(short.casefold(), i)
        self.people = {n.casefold(): i for i, n in session.execute(select(Person.id, Person.name))}
        self.phases = {n.casefold(): i for i, n in session.execute(select(Phase.id, Phase.name))}
        self.unit_names = dict(session.execute(select(OrgUnit.id, OrgUnit.name)).all())
        self.people_names = dict(session.execute(select(Person.id, Person.name)).all())
        self.phase_names = dict(session.execute(select(Phase.id, Phase.name)).all())
        self.field_names = dict(session.execute(select(FieldOfAction.id, FieldOfAction.name)).all())
        self.measures = {
            m.id: m for m in session.scalars(select(Measure).where(Measure.deleted_at.is_(None)))
        }
        self.measure_fields: dict[str, set[str]] = {}
        for measure_id, field_id in session.execute(
            select(MeasureField.measure_id, MeasureField.field_id)
        ):
            self.measure_fields.setdefault(measure_id, set()).add(field_id)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


#: The columns that name a row of another table by its name.
NAMED = ("lead_unit_id", "responsible_id", "phase_id")


def _parse(name: str, value: Any, ref: _References) -> Any:
    """The stored value for a cell; ValueError with a German reason when it does not fit."""
    text = _text(value)
    if name in ("start_date", "end_date"):
        return _parse_date(value, text)
    if name == "budget_cents":
        if value is None or text == "":
            return None
        if isinstance(value, bool):
            raise ValueError(tr("ist kein Betrag."))
        if isinstance(value, int | float):
            return euros_to_cents(value)
        return parse_cents(text)
    if name in ENUMS:
        if text == "":
            return None  # a new row takes the default; an existing one is refused below
        try:
            return ENUMS[name].from_text(text)
        except ValueError:
            raise ValueError(
                tr("„{text}“ ist nicht erlaubt (möglich: {value}).").format(
                    text=text, value=ENUMS[name].choices()
                )
            ) from None
    if name == "fields" or name in NAMED:
        return _parse_name(name, text, ref)
    if name == "title" and not text:
        raise ValueError(tr("Der Titel darf nicht leer sein."))
    return text


def _parse_date(value: Any, text: str) -> date | None:
    """A date cell: a real date, or text as TT.MM.JJJJ; within the dates Werkbank keeps."""
    result: date | None
    if value is None or text == "":
        return None
    if isinstance(value, datetime):
        result = value.date()
    elif isinstance(value, date):
        result = value
    elif isinstance(value, int | float):
        raise ValueError(
            tr("{text} ist kein Datum (als Zahl gespeichert?). Bitte TT.MM.JJJJ.").format(text=text)
        )
    else:
        result = parse_date(text)
    if result is not None and not MIN_DATE <= result <= MAX_DATE:
        raise ValueError(
            tr("{value} liegt außerhalb von {value2} bis {value3}.").format(
                value=format_date(result),
                value2=format_date(MIN_DATE),
                value3=format_date(MAX_DATE),
            )
        )
    return result


def _parse_name(name: str, text: str, ref: _References) -> Any:
    """Handlungsfelder (separated by „;“) or the name of a unit, a person or a phase, as
    the ids they name."""
    if name == "fields":
        names = [part.strip() for part in text.replace("\n", ";").split(";") if part.strip()]
        if not names:
            raise ValueError(tr("Eine Maßnahme braucht mindestens ein Handlungsfeld."))
        ids = []
        for item in names:
            found = ref.fields.get(item.casefold())
            if found is None:
                raise ValueError(tr("Das Handlungsfeld „{item}“ gibt es nicht.").format(item=item))
            ids.append(found)
        return sorted(set(ids))
    if text == "":
        return None
    table, what = {
        "lead_unit_id": (ref.units, tr("Die Organisationseinheit")),
        "responsible_id": (ref.people, tr("Die Person")),
        "phase_id": (ref.phases, tr("Die Phase")),
    }[name]
    found = table.get(text.casefold())
    if found is None:
        raise ValueError(tr("{what} „{text}“ gibt es nicht.").format(what=what, text=text))
    return found


def _shown(name: str, value: Any, ref: _References) -> str:
    if value is None:
        return "–"
    if name in ("start_date", "end_date"):
        return format_date(value)
    if name == "budget_cents":
        return format_cents(value)
    if name in ENUMS:
        return str(value.label)
    if name == "fields":
        return "; ".join(sorted(ref.field_names[f] for f in value))
    names = {
        "lead_unit_id": ref.unit_names,
        "responsible_id": ref.people_names,
        "phase_id": ref.phase_names,
    }
    if name in names:
        return names[name].get(value, "–")
    return str(value) or "–"


#: Says a problem of the row being read: the column's name (or its number), the message.
Say = Callable[[str, str], None]


def _plan_row(
    plan: ImportPlan,
    ref: _References,
    row: int,
    raw: dict[str, Any],
    columns: dict[str, int],
    seen_ids: dict[str, int],
) -> RowPlan:
    """What row *row* of the sheet does: a new measure, a changed one or none; its
    problems named by row and column in *plan*."""

    def say(name: str, message: str) -> None:
        column = columns.get(name, 0) or 1  # a new measure's missing fields: column A
        plan.problems.append(Problem(MEASURE_SHEET, row, get_column_letter(column), message))

    measure_id = _text(raw.get("id")) or None
    existing = _existing(measure_id, row, ref, seen_ids, say)
    parsed: dict[str, Any] = {}
    for name, value in raw.items():
        if name in ("id", "code"):
            continue
        try:
            parsed[name] = _parse(name, value, ref)
        except ValueError as exc:
            say(name, f"{LABELS[name]}: {exc}")
    if (
        parsed.get("start_date")
        and parsed.get("end_date")
        and parsed["end_date"] < parsed["start_date"]
    ):
        say("end_date", tr("Ende: liegt vor dem Beginn."))
    code = _text(raw.get("code"))
    title = str(parsed.get("title") or _text(raw.get("title")))
    if existing is not None:
        return _changed_row(row, existing, parsed, title, ref, say)
    if not measure_id and "fields" not in parsed:
        say(
            "fields",
            tr("Handlungsfelder: Eine neue Maßnahme braucht mindestens ein Handlungsfeld."),
        )
    values = {k: v for k, v in parsed.items() if v is not None and v != ""}
    return RowPlan(
        row,
        RowKind.NEW,
        None,
        code or tr("(neu)"),
        title,
        values,
        [(LABELS[k], "", _shown(k, v, ref)) for k, v in values.items()],
    )


def _existing(
    measure_id: str | None, row: int, ref: _References, seen_ids: dict[str, int], say: Say
) -> Any:
    """The measure the row's id names (None: a new one, or an id not of this workspace);
    an id met twice is said."""
    if not measure_id:
        return None
    if measure_id in seen_ids:
        say(
            "id",
            tr(
                "Die ID steht schon in Zeile {value}: eine Maßnahme darf nur einmal vorkommen."
            ).format(value=seen_ids[measure_id]),
        )
    seen_ids.setdefault(measure_id, row)
    existing = ref.measures.get(measure_id)
    if existing is None:
        say(
            "id",
            tr(
                "Diese ID gehört zu keiner Maßnahme dieser Arbeitsmappe "
                "(gelöscht oder aus einer anderen Arbeitsmappe)."
            ),
        )
    return existing


def _changed_row(
    row: int, existing: Any, parsed: dict[str, Any], title: str, ref: _References, say: Say
) -> RowPlan:
    """The row of a measure that exists: the fields whose value differs, old and new."""
    changes, values = [], {}
    for name in ENUMS:
        if name in parsed and parsed[name] is None:
            say(name, tr("{value}: darf nicht leer sein.").format(value=LABELS[name]))
            parsed.pop(name)
    for name, new in parsed.items():
        old = (
            sorted(ref.measure_fields.get(existing.id, set()))
            if name == "fields"
            else getattr(existing, name)
        )
        if (old or None) != (new or None):
            values[name] = new
            changes.append((LABELS[name], _shown(name, old, ref), _shown(name, new, ref)))
    return RowPlan(
        row,
        RowKind.CHANGED if changes else RowKind.UNCHANGED,
        existing.id,
        existing.code,
        title,
        values,
        changes,
    )
