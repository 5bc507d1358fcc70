"""Receipts from a finance system's CSV or Excel export: columns mapped to fields, a preview
with duplicates (by receipt number) and per-row errors; nothing is written here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from workbench.exports.errors import ImportFileError
from workbench.exports.table_read import check_size, csv_rows, sheet_rows, workbook
from workbench.formats import (
    MAX_DATE,
    MIN_DATE,
    euros_to_cents,
    format_date,
    parse_cents,
    parse_date,
)
from workbench.i18n import tr

#: Receipt fields a column can be mapped to: key → German name (and whether required).
FIELDS: dict[str, tuple[str, bool]] = {
    "number": (tr("Belegnummer"), True),
    "receipt_date": (tr("Belegdatum"), True),
    "gross_cents": (tr("Betrag"), True),
    "position": (tr("Planposition"), True),
    "payee": (tr("Zahlungsempfänger"), False),
    "purpose": (tr("Zweck"), False),
    "paid_on": (tr("Bezahlt am"), False),
    "vat_cents": (tr("Umsatzsteuer"), False),
}
#: Headers recognised without a mapping (lower case).
GUESSES = {
    "number": (
        "belegnummer",
        "beleg-nr.",
        "beleg",
        "belegnr",
        "nr",
        "nr.",
        "receipt number",
        "number",
        "no.",
    ),
    "receipt_date": ("belegdatum", "datum", "receipt date", "date"),
    "gross_cents": (
        "betrag",
        "brutto",
        "betrag (eur)",
        "bruttobetrag",
        "amount",
        "gross",
        "amount (eur)",
    ),
    "position": ("planposition", "position", "kostenposition"),
    "payee": ("zahlungsempfänger", "empfänger", "kreditor", "payee"),
    "purpose": ("zweck", "buchungstext", "verwendungszweck", "purpose"),
    "paid_on": ("bezahlt am", "zahldatum", "zahlungsdatum", "paid on", "payment date"),
    "vat_cents": (
        "ust",
        "mwst",
        "umsatzsteuer",
        "mehrwertsteuer",
        "ust (eur)",
        "mwst (eur)",
        "vat",
        "vat (eur)",
    ),
}


@dataclass
class ReceiptRow:
    row: int
    values: dict[str, Any]


@dataclass
class ReceiptPlan:
    headers: list[str]
    mapping: dict[str, str]
    new: list[ReceiptRow] = field(default_factory=list)
    duplicates: list[tuple[int, str]] = field(default_factory=list)  # row, receipt number
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = tr("{value} neue Belege, {value2} schon vorhanden (übersprungen)").format(
            value=len(self.new), value2=len(self.duplicates)
        )
        return text + (
            tr("; {value} Fehler – nichts wird übernommen").format(value=len(self.errors))
            if self.errors
            else ""
        )


#: The most receipts one import takes (a grant's whole period has a few thousand).
MAX_ROWS = 100_000


def read_table(path: Path) -> tuple[list[str], list[list[Any]]]:
    """Header and rows of a CSV (; , or tab separated, UTF-8 or Windows-1252) or .xlsx file,
    read as a stream with a row limit (table_read), never whole."""
    check_size(path)
    with path.open("rb") as fh:
        zipped = fh.read(2) == b"PK"
    if zipped:
        with workbook(path, values=True) as book:
            if not book.worksheets:
                raise ImportFileError(tr("„{name}“ hat kein Tabellenblatt.").format(name=path.name))
            rows = [
                list(r)
                for r in sheet_rows(path, book.worksheets[0], MAX_ROWS)
                if any(v not in (None, "") for v in r)
            ]
    else:
        rows = [r for r in csv_rows(path, MAX_ROWS) if any(v not in (None, "") for v in r)]
    if not rows:
        raise ImportFileError(tr("„{name}“ ist leer.").format(name=path.name))
    return [str(h or "").strip() for h in rows[0]], rows[1:]


def guess_mapping(headers: list[str]) -> dict[str, str]:
    lower = {h.lower(): h for h in headers}
    return {key: lower[name] for key, names in GUESSES.items() for name in names if name in lower}


def _date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    result = parse_date(str(value))
    if result is not None and not MIN_DATE <= result <= MAX_DATE:
        raise ValueError(
            tr("{value} liegt außerhalb des zulässigen Bereichs.").format(value=format_date(result))
        )
    return result


def _amount(value: Any) -> int:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return euros_to_cents(value)
    cents = parse_cents(str(value or ""))
    if cents is None:
        raise ValueError("fehlt.")
    return cents


def plan_receipts(
    path: Path, mapping: dict[str, str], positions: dict[str, str], existing_numbers: set[str]
) -> ReceiptPlan:
    """*positions*: position number → id; *existing_numbers*: receipt numbers already in the grant."""
    headers, rows = read_table(path)
    plan = ReceiptPlan(headers, mapping)
    plan.errors += _mapping_errors(path, headers, mapping)
    if plan.errors:
        return plan
    index = {key: headers.index(column) for key, column in mapping.items() if key in FIELDS}
    seen: dict[str, int] = {}
    for number, row in enumerate(rows, start=2):
        cell = {key: (row[i] if i < len(row) else None) for key, i in index.items()}
        receipt_no = str(cell["number"] or "").strip()
        where = tr("{name}, Zeile {number}").format(name=path.name, number=number)
        if not receipt_no:
            plan.errors.append(tr("{where}: Belegnummer fehlt.").format(where=where))
            continue
        if receipt_no in existing_numbers:
            plan.duplicates.append((number, receipt_no))
            continue
        if receipt_no in seen:
            plan.errors.append(
                tr("{where}: Beleg {receipt_no} steht schon in Zeile {value}.").format(
                    where=where, receipt_no=receipt_no, value=seen[receipt_no]
                )
            )
            continue
        seen[receipt_no] = number
        values, problems = _receipt_values(receipt_no, cell, positions)
        if problems:
            plan.errors += [
                tr("{where} (Beleg {receipt_no}): {p}").format(
                    where=where, receipt_no=receipt_no, p=p
                )
                for p in problems
            ]
        else:
            plan.new.append(ReceiptRow(number, values))
    return plan


def _mapping_errors(path: Path, headers: list[str], mapping: dict[str, str]) -> list[str]:
    """A required field without a column, or a column the file does not have."""
    errors = []
    for key, (label, required) in FIELDS.items():
        column = mapping.get(key)
        if column is None and required:
            errors.append(tr("Zuordnung: Keine Spalte für „{label}“ gewählt.").format(label=label))
        elif column is not None and column not in headers:
            errors.append(
                tr("Zuordnung: Die Spalte „{column}“ ({label}) gibt es in „{name}“ nicht.").format(
                    column=column, label=label, name=path.name
                )
            )
    return errors


def _receipt_values(
    receipt_no: str, cell: dict[str, Any], positions: dict[str, str]
) -> tuple[dict[str, Any], list[str]]:
    """A receipt's values from its row's cells, and what is wrong with them."""
    values: dict[str, Any] = {
        "number": receipt_no,
        "payee": str(cell.get("payee") or "").strip(),
        "purpose": str(cell.get("purpose") or "").strip(),
    }
    problems = []
    for key in ("receipt_date", "paid_on"):
        try:
            values[key] = _date(cell.get(key))
        except ValueError as exc:
            problems.append(f"{FIELDS[key][0]}: {exc}")
    if values.get("receipt_date") is None and not any(
        p.startswith(FIELDS["receipt_date"][0]) for p in problems
    ):
        problems.append(tr("Belegdatum fehlt."))
    try:
        values["gross_cents"] = _amount(cell.get("gross_cents"))
    except ValueError as exc:
        problems.append(tr("Betrag: {exc}").format(exc=exc))
    if cell.get("vat_cents") not in (None, ""):
        try:
            values["vat_cents"] = _amount(cell.get("vat_cents"))
        except ValueError as exc:
            problems.append(tr("Umsatzsteuer: {exc}").format(exc=exc))
        else:
            if not 0 <= values["vat_cents"] <= values.get("gross_cents", 0):
                problems.append(tr("Umsatzsteuer: liegt nicht zwischen 0 und dem Betrag."))
    position = str(cell.get("position") or "").strip()
    if position not in positions:
        problems.append(
            tr("Planposition „{position}“ gibt es in dieser Zuwendung nicht.").format(
                position=position
            )
        )
    else:
        values["position_id"] = positions[position]
    return values, problems
