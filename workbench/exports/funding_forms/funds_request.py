"""The Mittelabruf: what is requested now, what was received, what the grant allows, and the
signed declaration."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from workbench.exports.errors import ExportError
from workbench.exports.excel import (
    DATE_FORMAT,
    MONEY_FORMAT,
    Cover,
)
from workbench.exports.funding_forms.common import (
    _eur,
    _new_book,
    _sign_block,
    reference,
    terms,
)
from workbench.exports.funding_forms.statement import _key_value
from workbench.exports.xlsx_book import Formula, Style, fit_heights
from workbench.formats import format_basis_points, format_date
from workbench.i18n import tr
from workbench.model import FundsRequest, Grant
from workbench.model.enums import FinancingKind
from workbench.model.labels import GrantTerms
from workbench.model.settlement import RequestLimit, request_limit


def write_funds_request(
    grant: Grant, path: Path, cover: Cover, request_id: str | None = None
) -> Path:
    """Mittelabruf: the chosen request (the newest without a choice) with what is due
    within two months and what may be requested of it pro rata, what was requested and
    paid out before and what remains, the bank details and the signature; on one page."""
    cover = replace(cover, reference=reference(grant))
    t = terms(grant)
    current = _chosen(grant, request_id)
    limit = request_limit(grant, current)  # also what was requested and paid out before
    book, ws = _new_book(cover, 1, tr("Mittelabruf"))
    ws.append(
        [tr("Mittelabruf vom {value}").format(value=format_date(current.requested_on))],
        Style(bold=True, size=14),
    )
    ws.append([])
    refs: dict[str, int] = {}
    for key, label, value, fmt in _rows(grant, t, current, limit):
        if key == "rest":
            value = Formula(
                f"=B{refs['approved']}-B{refs['earlier']}-B{refs['now']}",
                _eur(grant.approved_cents - limit.requested - current.amount_cents),
            )
        elif key == "before":
            value = Formula(f"=MAX(B{refs['earlier']},B{refs['paid_out']})", _eur(limit.before))
        elif key == "allowed":
            value = Formula(f"=MAX(0,B{refs['share']}-B{refs['before']})", _eur(limit.allowed))
        row = _key_value(ws, label, value, fmt)
        ws.cell(row, 2).styled(wrap=True, vertical="top")
        if key:
            refs[key] = row
    _sign_block(
        ws,
        grant,
        tr(
            "Es wird bestätigt, dass die angeforderten Mittel innerhalb von zwei Monaten nach der Auszahlung für fällige Zahlungen benötigt werden und die Nebenbestimmungen {of_decision} beachtet werden."
        ).format(of_decision=t.of_decision),
    )
    ws.widths.update({1: 44, 2: 56})
    fit_heights(ws)
    ws.landscape = False
    ws.fit = (1, 1)  # the request on one printed page
    ws.header_right = cover.reference
    ws.footer_center = tr("Seite &P von &N")
    return book.save(path)


def _chosen(grant: Grant, request_id: str | None) -> FundsRequest:
    """The request *request_id*, or the newest one."""
    if not grant.requests:
        raise ExportError(tr("Für diese Zuwendung ist noch kein Mittelabruf erfasst."))
    requests = sorted(grant.requests, key=lambda q: (q.requested_on, q.id))
    current = (
        next((q for q in requests if q.id == request_id), None) if request_id else requests[-1]
    )
    if current is None:
        raise ExportError(tr("Diesen Mittelabruf gibt es bei dieser Zuwendung nicht (mehr)."))
    return current


def _rows(
    grant: Grant, t: GrantTerms, current: FundsRequest, limit: RequestLimit
) -> list[tuple[str, str, object, str | None]]:
    """The form's rows: (key a formula refers to it by, label, value, number format); the
    values of „before“, „allowed“ and „rest“ are formulas over the rows above them."""
    earlier, paid_before = limit.requested, limit.paid_out
    return [
        ("", t.recipient, grant.recipient or "–", None),
        ("", tr("Vorhaben"), grant.title, None),
        ("", tr("Aktenzeichen"), grant.file_number, None),
        (
            "",
            tr("Förderprogramm"),
            f"{grant.programme.name} ({grant.programme.funder} {grant.programme.code})",
            None,
        ),
        ("", tr("{decision} vom").format(decision=t.decision), grant.approved_on, DATE_FORMAT),
        ("", t.period, f"{format_date(grant.start_date)} – {format_date(grant.end_date)}", None),
        ("", tr("Datum des Abrufs"), current.requested_on, DATE_FORMAT),
        (
            "approved",
            tr("{grant} {approved} (EUR)").format(grant=t.grant, approved=t.approved),
            _eur(grant.approved_cents),
            MONEY_FORMAT,
        ),
        ("earlier", tr("Bisher abgerufen (EUR)"), _eur(earlier), MONEY_FORMAT),
        ("paid_out", tr("Bisher ausgezahlt (EUR)"), _eur(paid_before), MONEY_FORMAT),
        (
            "",
            tr("Bis zum Abruf bezahlte {eligible_spending} (EUR)").format(
                eligible_spending=t.eligible_spending
            ),
            _eur(limit.paid),
            MONEY_FORMAT,
        ),
        (
            "",
            tr("Innerhalb von zwei Monaten nach Auszahlung fällige Zahlungen (EUR)"),
            _eur(limit.due),
            MONEY_FORMAT,
        ),
        (
            "share",
            tr("Davon {grant} ({kind}{rate}, EUR)").format(
                grant=t.grant,
                kind=FinancingKind(grant.financing_kind).label,
                rate=f", {format_basis_points(grant.rate_bp)} %"
                if grant.financing_kind is FinancingKind.SHARE
                else "",
            ),
            _eur(limit.share),
            MONEY_FORMAT,
        ),
        (
            "before",
            tr("Abzüglich bereits ausgezahlter oder abgerufener Mittel (EUR)"),
            None,  # a formula over the rows above, below
            MONEY_FORMAT,
        ),
        ("allowed", tr("Jetzt abrufbar (EUR)"), None, MONEY_FORMAT),
        ("now", tr("Jetzt angeforderter Betrag (EUR)"), _eur(current.amount_cents), MONEY_FORMAT),
        ("rest", tr("Nach diesem Abruf verbleibend (EUR)"), None, MONEY_FORMAT),
        ("", tr("Begründung"), current.justification, None),
        ("", tr("Verwendung der bisher abgerufenen Mittel"), current.use_of_earlier_funds, None),
        ("", tr("Kontoinhaber"), grant.account_holder or grant.recipient or "–", None),
        ("", "IBAN", grant.iban or "–", None),
        ("", "BIC", grant.bic or "–", None),
        ("", tr("Kreditinstitut"), grant.bank or "–", None),
    ]
