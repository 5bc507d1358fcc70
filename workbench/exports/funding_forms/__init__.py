"""The funder's Excel documents: Kosten- und Finanzierungsplan, Belegliste, zahlenmäßiger
Nachweis and Mittelabruf, laid out after the forms (the Muster of the Verwendungsnachweis
to VV Nr. 10 zu § 44 BHO) in the terms of the grant's own legal basis, one module per form.
Sums are Excel formulas; each carries its result, computed here in integer cents
(``xlsx_book``).

A report covers a period: spending and income count by their payment date, the period
and everything before it since the grant's start (the cumulative column), both clipped
to the Bewilligungszeitraum: what was paid outside it is not eligible."""

from workbench.exports.funding_forms.common import (
    clipped,
    measure_start_text,
    period_text,
    reference,
    terms,
)
from workbench.exports.funding_forms.cost_plan import write_cost_plan
from workbench.exports.funding_forms.funds_request import write_funds_request
from workbench.exports.funding_forms.receipts import write_receipt_list
from workbench.exports.funding_forms.statement import write_statement

__all__ = [
    "clipped",
    "measure_start_text",
    "period_text",
    "reference",
    "terms",
    "write_cost_plan",
    "write_funds_request",
    "write_receipt_list",
    "write_statement",
]
