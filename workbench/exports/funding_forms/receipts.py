"""The Belegliste: every receipt by position (and income by source), with net, VAT, gross and
the eligible amount, and the sums the Nachweis takes over."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from workbench.exports.excel import (
    DATE_FORMAT,
    MONEY_FORMAT,
    Cover,
)
from workbench.exports.funding_forms.common import (
    BOLD,
    TOP,
    _eur,
    _finish,
    _header,
    _money,
    _new_book,
    clipped,
    period_text,
    reference,
    terms,
)
from workbench.exports.xlsx_book import Cell, Formula, Sheet, Style
from workbench.i18n import tr
from workbench.model import Grant, Receipt
from workbench.model.enums import FinancingSource
from workbench.model.funding import Period, eligible_cents

RECEIPT_HEADERS = (
    tr("Lfd. Nr."),
    tr("Beleg-Nr."),
    tr("Belegdatum"),
    tr("Bezahlt am"),
    tr("Empfänger/Einzahler"),
    tr("Zweck"),
    tr("Netto (EUR)"),
    "USt (EUR)",
    tr("Brutto (EUR)"),
)


def write_receipt_list(
    grant: Grant,
    path: Path,
    cover: Cover,
    receipts: list[Receipt] | None = None,
    period: Period | None = None,
) -> Path:
    """Belegliste: receipts ordered by plan position and date with a running number, net,
    VAT, gross and the eligible amount (net where the recipient deducts input VAT), a sum
    per position and in all, then the income by source. With a *period*: the receipts
    paid within it. A receipt not paid within the Bewilligungszeitraum has no eligible
    amount. *receipts* may come as plain rows; 20,000 stay quick."""
    cover = replace(
        cover,
        reference=reference(grant),
        scope=tr("{scope} · Zeitraum: {value}").format(
            scope=cover.scope, value=period_text(period)
        ),
    )
    t = terms(grant)
    receipts = grant.receipts if receipts is None else receipts
    if period is not None:
        receipts = [r for r in receipts if period.holds(r.paid_on)]
    by_position: dict[str | None, list[Receipt]] = defaultdict(list)
    income: dict[FinancingSource, list[Receipt]] = defaultdict(list)
    for receipt in receipts:
        if receipt.income_source is not None:
            income[FinancingSource(receipt.income_source)].append(receipt)
        else:
            by_position[receipt.position_id].append(receipt)
    positions: list[tuple[str | None, str]] = [
        (p.id, f"{p.number} {p.name}") for p in grant.positions
    ]
    if by_position.get(None):
        positions.append((None, tr("Ohne Planposition")))
    book, ws = _new_book(cover, len(receipts), tr("Belege"))
    _finish(ws, [7, 16, 11, 11, 30, 42, 13, 11, 13, 17], cover.reference)
    _header(ws, [*RECEIPT_HEADERS, tr("{eligible} (EUR)").format(eligible=t.eligible)])
    sheet = _ReceiptSheet(ws, grant)
    for position_id, label in positions:
        sheet.block(label, by_position.get(position_id, []), True)
    sheet.total_row()
    for source in FinancingSource:
        if income.get(source):
            ws.append([])
            sheet.block(tr("Einnahmen: {label}").format(label=source.label), income[source], False)
    return book.save(path)


class _ReceiptSheet:
    """The list's rows with their running number, and the sums per block and in all
    (columns G net, H VAT, I gross, J eligible)."""

    def __init__(self, ws: Sheet, grant: Grant) -> None:
        self.ws, self.grant = ws, grant
        self.eligible_position = {p.id: p.eligible for p in grant.positions}
        self.granted = clipped(grant, None)
        self.day = Style(number_format=DATE_FORMAT, vertical="top")
        self.money = Style(number_format=MONEY_FORMAT, vertical="top")
        self.subtotals: dict[str, list[str]] = {"G": [], "H": [], "I": [], "J": []}
        self.grand = {"G": 0, "H": 0, "I": 0, "J": 0}
        self.running = 0

    def block(self, label: str, rows: list[Receipt], spending: bool) -> None:
        """A position's receipts (or, not *spending*, a source's income) and their sum."""
        ws = self.ws
        ws.append([label], BOLD)
        first = ws.max_row + 1
        sums = {"G": 0, "H": 0, "I": 0, "J": 0}
        for r in sorted(rows, key=lambda r: (r.receipt_date, r.number)):
            self.running += 1
            amounts = self._amounts(r, sums) if spending else self._income(r, sums)
            ws.append_cells(
                [
                    Cell(self.running, TOP),
                    Cell(r.number, TOP) if r.number is not None else None,
                    Cell(r.receipt_date, self.day) if r.receipt_date is not None else None,
                    Cell(r.paid_on, self.day) if r.paid_on else None,
                    Cell(r.payee, TOP) if r.payee is not None else None,
                    Cell(r.purpose, TOP) if r.purpose is not None else None,
                    *amounts,
                ]
            )
        last = ws.max_row
        row = ws.append([tr("Summe {label}").format(label=label)], BOLD)
        for column, c in enumerate("GHIJ", start=7):
            if not spending and c != "I":
                continue
            value: object = Formula(f"=SUM({c}{first}:{c}{last})", _eur(sums[c])) if rows else 0
            _money(ws, row, column, value, bold=True)
            if spending:
                self.subtotals[c].append(f"{c}{row}")
                self.grand[c] += sums[c]

    def _amounts(self, r: Receipt, sums: dict[str, int]) -> list[Cell | None]:
        """Net, VAT, gross and eligible of a receipt of spending, added to *sums*; unpaid
        or paid outside the granted period, it is not eligible."""
        vat = r.vat_cents or 0
        gross = r.gross_cents
        net = gross - vat
        eligible = (
            eligible_cents(
                r, self.grant.vat_deductible, self.eligible_position.get(r.position_id or "", True)
            )
            if self.granted.holds(r.paid_on)
            else 0
        )
        for column, cents in zip("GHIJ", (net, vat, gross, eligible), strict=True):
            sums[column] += cents
        return [Cell(cents / 100, self.money) for cents in (net, vat, gross, eligible)]

    def _income(self, r: Receipt, sums: dict[str, int]) -> list[Cell | None]:
        """Income: the amount received only."""
        sums["I"] += r.gross_cents
        return [None, None, Cell(r.gross_cents / 100, self.money), None]

    def total_row(self) -> None:
        """The spending in all: the positions' sums added."""
        row = self.ws.append([tr("Summe aller Ausgaben")], BOLD)
        for column, c in enumerate("GHIJ", start=7):
            subtotals = self.subtotals[c]
            total = Formula("=" + "+".join(subtotals), _eur(self.grand[c])) if subtotals else 0
            _money(self.ws, row, column, total, bold=True)
