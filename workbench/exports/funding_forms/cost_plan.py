"""The Kosten- und Finanzierungsplan (KFP): the planned costs by position and year and the
financing, after the Muster of the Bewilligung."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from workbench.exports.errors import ExportError
from workbench.exports.excel import Cover
from workbench.exports.funding_forms.common import (
    BOLD,
    _col,
    _eur,
    _finish,
    _header,
    _money,
    _new_book,
    _percent,
    _year_row,
    reference,
    terms,
)
from workbench.exports.xlsx_book import Formula, Sheet, Style
from workbench.formats import format_basis_points
from workbench.i18n import tr
from workbench.model import Grant
from workbench.model.enums import FinancingSource


def write_cost_plan(grant: Grant, path: Path, cover: Cover) -> Path:
    """Kosten- und Finanzierungsplan: positions × years with categories, the total costs
    against the eligible costs, then the financing by source × year (own share,
    third parties, other public funding, the grant), the funding rate of the eligible
    costs, and the difference row that must be zero; every sum a formula."""
    cover = replace(cover, reference=reference(grant))
    years = sorted(
        {p.year for pos in grant.positions for p in pos.planned}
        | {line.year for line in grant.financing}
    )
    if not years:
        raise ExportError(tr("Der Kosten- und Finanzierungsplan dieser Zuwendung ist leer."))
    book, ws = _new_book(cover, len(grant.positions), tr("Kostenplan"))
    _finish(ws, [8, 40, 28, *[14] * len(years), 16], cover.reference)
    plan = _CostPlan(ws, grant, years)
    cost_row, eligible_row, eligible = plan.costs()
    fin_row, grant_row, grant_money = plan.financing()
    plan.rates(eligible_row, eligible, grant_row, grant_money)
    plan.sum_row(
        tr("Differenz {spending} − Finanzierung (muss 0 sein)").format(spending=plan.t.spending),
        f"={{c}}{cost_row}-{{c}}{fin_row}",
        defaultdict(int, {y: plan.cost_totals[y] - plan.money_totals[y] for y in years}),
    )
    ws.landscape = len(years) > 3
    return book.save(path)


class _CostPlan:
    """The plan's sheet: a column per year, then the sum; every sum row a formula per
    column with its result."""

    def __init__(self, ws: Sheet, grant: Grant, years: list[int]) -> None:
        self.ws, self.grant, self.years = ws, grant, years
        self.t = terms(grant)
        self.cols = [_col(4 + i) for i in range(len(years) + 1)]  # the years, then the sum
        self.cost_totals: dict[int, int] = defaultdict(int)
        self.money_totals: dict[int, int] = defaultdict(int)

    @staticmethod
    def total_of(amounts: dict[int, int], year: int | None) -> int:
        return amounts[year] if year else sum(amounts.values())

    def sum_row(self, label: str, formula: str, amounts: dict[int, int], bold: bool = True) -> int:
        """A row of one formula per year column (``{c}``: the column letter)."""
        row = self.ws.append(["", label], Style(bold=bold))
        for i, year in enumerate([*self.years, None]):
            result = _eur(self.total_of(amounts, year))
            _money(self.ws, row, 4 + i, Formula(formula.format(c=self.cols[i]), result), bold)
        return row

    def costs(self) -> tuple[int, int, dict[int, int]]:
        """Positions × years, the total, what is not eligible, the eligible costs: the rows
        of the total and of the eligible costs, and the eligible costs per year."""
        ws, t, years = self.ws, self.t, self.years
        _header(ws, ["Nr.", tr("Position"), tr("Kategorie"), *[str(y) for y in years], tr("Summe")])
        first = ws.max_row + 1
        excluded: dict[int, int] = defaultdict(int)
        excluded_rows = []
        for pos in self.grant.positions:
            per_year: dict[int, int] = defaultdict(int)
            for planned in pos.planned:
                per_year[planned.year] += planned.cents
            category = (
                pos.category.label
                if pos.eligible
                else tr("{label} (nicht {eligible})").format(
                    label=pos.category.label, eligible=t.eligible
                )
            )
            _year_row(ws, [pos.number, pos.name, category], per_year, years, self.cost_totals)
            if not pos.eligible:
                excluded_rows.append(ws.max_row)
                for year, cents in per_year.items():
                    excluded[year] += cents
        last = ws.max_row
        cost_row = self.sum_row(  # one word per grant: Gesamtausgaben (BHO), Gesamtkosten (KfW)
            tr("Gesamt{spending}").format(spending=t.spending.lower()),
            f"=SUM({{c}}{first}:{{c}}{last})",
            self.cost_totals,
        )
        excluded_formula = (
            "=" + "+".join(f"{{c}}{r}" for r in excluded_rows) if excluded_rows else "=0"
        )
        excluded_row = self.sum_row(
            tr("davon nicht {eligible}").format(eligible=t.eligible),
            excluded_formula,
            excluded,
            bold=False,
        )
        eligible = {y: self.cost_totals[y] - excluded[y] for y in years}
        eligible_row = self.sum_row(
            f"{t.eligible.capitalize()}e {t.spending}",
            f"={{c}}{cost_row}-{{c}}{excluded_row}",
            defaultdict(int, eligible),
        )
        return cost_row, eligible_row, eligible

    def financing(self) -> tuple[int, int, dict[int, int]]:
        """The financing by source × year and its sum: the rows of the sum and of the
        grant, and the grant per year."""
        ws = self.ws
        ws.append([])
        ws.append(["", tr("Finanzierung")], BOLD)
        first_fin = ws.max_row + 1
        grant_row = 0
        grant_money: dict[int, int] = defaultdict(int)
        for source in FinancingSource:
            per_year: dict[int, int] = defaultdict(int)
            for line in self.grant.financing:
                if line.source is source:
                    per_year[line.year] += line.cents
            label = self.t.grant if source is FinancingSource.GRANT else source.label
            _year_row(ws, ["", label], per_year, self.years, self.money_totals)
            if source is FinancingSource.GRANT:
                grant_row, grant_money = ws.max_row, per_year
        last_fin = ws.max_row
        fin_row = self.sum_row(
            tr("Summe Finanzierung"), f"=SUM({{c}}{first_fin}:{{c}}{last_fin})", self.money_totals
        )
        return fin_row, grant_row, grant_money

    def rates(
        self,
        eligible_row: int,
        eligible: dict[int, int],
        grant_row: int,
        grant_money: dict[int, int],
    ) -> None:
        """The funding rate per year and in all: the grant over the eligible costs."""
        t = self.t
        rate_row = self.ws.append(
            [
                "",
                tr("Förderquote ({grant} je {eligible}e {spending}; {approved}: {value} %)").format(
                    grant=t.grant,
                    eligible=t.eligible,
                    spending=t.spending,
                    approved=t.approved,
                    value=format_basis_points(self.grant.rate_bp),
                ),
            ]
        )
        for i, column_year in enumerate([*self.years, None]):  # the years, then the total
            col = self.cols[i]
            base = self.total_of(defaultdict(int, eligible), column_year)
            _percent(
                self.ws,
                rate_row,
                4 + i,
                f"=IF({col}{eligible_row}=0,0,{col}{grant_row}/{col}{eligible_row})",
                self.total_of(grant_money, column_year) / base if base else 0,
            )
