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
from workbench.exports.xlsx_book import Formula, Style
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
    t = terms(grant)
    years = sorted(
        {p.year for pos in grant.positions for p in pos.planned}
        | {line.year for line in grant.financing}
    )
    if not years:
        raise ExportError(tr("Der Kosten- und Finanzierungsplan dieser Zuwendung ist leer."))
    book, ws = _new_book(cover, len(grant.positions), tr("Kostenplan"))
    _finish(ws, [8, 40, 28, *[14] * len(years), 16], cover.reference)
    cols = [_col(4 + i) for i in range(len(years) + 1)]  # the years, then the sum
    _header(ws, ["Nr.", tr("Position"), tr("Kategorie"), *[str(y) for y in years], tr("Summe")])
    first = ws.max_row + 1
    year_totals: dict[int, int] = defaultdict(int)
    excluded: dict[int, int] = defaultdict(int)
    excluded_rows = []
    for pos in grant.positions:
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
        _year_row(ws, [pos.number, pos.name, category], per_year, years, year_totals)
        if not pos.eligible:
            excluded_rows.append(ws.max_row)
            for year, cents in per_year.items():
                excluded[year] += cents
    last = ws.max_row

    def total_of(amounts: dict[int, int], year: int | None) -> int:
        return amounts[year] if year else sum(amounts.values())

    def sum_row(label: str, formula: str, amounts: dict[int, int], bold: bool = True) -> int:
        """A row of one formula per year column (``{c}``: the column letter)."""
        row = ws.append(["", label], Style(bold=bold))
        for i, year in enumerate([*years, None]):
            result = _eur(total_of(amounts, year))
            _money(ws, row, 4 + i, Formula(formula.format(c=cols[i]), result), bold)
        return row

    cost_row = sum_row(  # one word per grant: Gesamtausgaben (BHO) or Gesamtkosten (KfW)
        tr("Gesamt{spending}").format(spending=t.spending.lower()),
        f"=SUM({{c}}{first}:{{c}}{last})",
        year_totals,
    )
    excluded_formula = "=" + "+".join(f"{{c}}{r}" for r in excluded_rows) if excluded_rows else "=0"
    excluded_row = sum_row(
        tr("davon nicht {eligible}").format(eligible=t.eligible),
        excluded_formula,
        excluded,
        bold=False,
    )
    eligible = {y: year_totals[y] - excluded[y] for y in years}
    eligible_row = sum_row(
        f"{t.eligible.capitalize()}e {t.spending}",
        f"={{c}}{cost_row}-{{c}}{excluded_row}",
        defaultdict(int, eligible),
    )
    ws.append([])
    ws.append(["", tr("Finanzierung")], BOLD)
    first_fin = ws.max_row + 1
    money_totals: dict[int, int] = defaultdict(int)
    grant_row = 0
    grant_money: dict[int, int] = defaultdict(int)
    for source in FinancingSource:
        per_year = defaultdict(int)
        for line in grant.financing:
            if line.source is source:
                per_year[line.year] += line.cents
        label = t.grant if source is FinancingSource.GRANT else source.label
        _year_row(ws, ["", label], per_year, years, money_totals)
        if source is FinancingSource.GRANT:
            grant_row, grant_money = ws.max_row, per_year
    last_fin = ws.max_row
    fin_row = sum_row(
        tr("Summe Finanzierung"), f"=SUM({{c}}{first_fin}:{{c}}{last_fin})", money_totals
    )
    rate_row = ws.append(
        [
            "",
            tr("Förderquote ({grant} je {eligible}e {spending}; {approved}: {value} %)").format(
                grant=t.grant,
                eligible=t.eligible,
                spending=t.spending,
                approved=t.approved,
                value=format_basis_points(grant.rate_bp),
            ),
        ]
    )
    for i, column_year in enumerate([*years, None]):  # the years, then the total (None)
        col = cols[i]
        base = total_of(defaultdict(int, eligible), column_year)
        _percent(
            ws,
            rate_row,
            4 + i,
            f"=IF({col}{eligible_row}=0,0,{col}{grant_row}/{col}{eligible_row})",
            total_of(grant_money, column_year) / base if base else 0,
        )
    sum_row(
        tr("Differenz {spending} − Finanzierung (muss 0 sein)").format(spending=t.spending),
        f"={{c}}{cost_row}-{{c}}{fin_row}",
        defaultdict(int, {y: year_totals[y] - money_totals[y] for y in years}),
    )
    ws.landscape = len(years) > 3
    return book.save(path)
