"""A worked example with numbers computed by hand: a grant of the Smart Cities programme,
40 receipts, one over-run offset elsewhere, one not, a receipt outside the period, a
receipt without position, two funds requests that ask too much, an interim report due.

Plan (EUR): 1.1 Personal 100.000 (50.000 in 2026, 50.000 in 2027), 2.1 Sachausgaben
20.000, 3.1 Beratung 30.000, 4.1 Hardware 40.000, 5.1 Schulung 10.000 (all 2026):
200.000 in all; Zuwendung 65 % = 130.000, Eigenanteil 70.000.

Receipts (EUR): Personal 10 × 9.000 = 90.000 (−10.000); Sachausgaben 9 × 2.300 + 1.500
= 22.200 (+2.200 = +11,0 %, within the 20 % allowed and offset by the savings);
Beratung 8 × 4.600 = 36.800 (+6.800 = +22,7 %, beyond 20 %); Hardware 7 × 5.000 =
35.000; Schulung 3 × 2.000 + 1.000 (dated 10.12.2025, before the period) = 7.000; and
500 without a position. 10 + 10 + 8 + 7 + 4 + 1 = 40 receipts; on positions 191.000,
share 65 % = 124.150 ≤ 130.000.

Over-run rule ANBest-P Nr. 1.2 (20 %): Beratung may count 30.000 + 20 % = 36.000, so 800
of its 36.800 are not recognised; Sachausgaben (+2.200) counts in full; both are offset by
the savings (Personal 10.000, Hardware 5.000, Schulung 4.000 = 19.000 ≥ 8.200). Eligible
spending paid inside the Bewilligungszeitraum 190.000 (B-039 and B-040 do not count),
recognised 189.200; the grant 65 % × 189.200 = 122.980.

Funds requests (EUR), ANBest-P Nr. 1.4: 65 % of the eligible spending paid until the
request and of what falls due within two months, at most the approval, less what was paid
out or requested before:
- 01.03.2026, 40.000 (40.000 due): paid by then 90.000 (Personal) → 65 % × 130.000 =
  84.500 − 0: allowed.
- 01.09.2026, 60.000 (45.000 due): paid 189.200 recognised → 65 % × 234.200 = 152.230,
  capped at 130.000, − 40.000 requested = 90.000: allowed.
- 01.02.2027, 35.000 (35.000 due): 130.000 − 100.000 = 30.000: 5.000 too much.
"""

from __future__ import annotations

from datetime import date

from workbench.model import (
    CostPosition,
    FinancingLine,
    FundingProgramme,
    FundingReport,
    FundsRequest,
    Grant,
    PlannedCost,
    ProgrammePhase,
    Receipt,
    ReportDeadline,
)
from workbench.model.enums import CostCategory, DeadlineBase, FinancingSource, ReportKind
from workbench.model.funding import position_totals
from workbench.services.funding_checks import check_all, load_grant
from workbench.store.workspace import Workspace

EUR = 100


def build(ws: Workspace) -> str:
    with ws.transaction() as s:
        programme = FundingProgramme(
            name="Modellprojekte Smart Cities",
            code="436",
            funder="KfW",
            rate_bp=6500,
            overrun_percent=20,
        )
        programme.deadlines = [
            ReportDeadline(kind=ReportKind.INTERIM, base=DeadlineBase.APPROVAL, months=14),
            ReportDeadline(kind=ReportKind.FINAL, base=DeadlineBase.APPROVAL, months=30),
        ]
        programme.phases = [
            ProgrammePhase(
                name="A (Strategie)", cap_cents=2_500_000 * EUR, max_months=24, position=1
            ),
            ProgrammePhase(
                name="B (Umsetzung)", cap_cents=15_000_000 * EUR, max_months=60, position=2
            ),
        ]
        grant = Grant(
            programme=programme,
            title="Smart City Beispielstadt",
            file_number="436-0815",
            approved_on=date(2026, 1, 15),
            start_date=date(2026, 1, 1),
            end_date=date(2027, 12, 31),
            rate_bp=6500,
            approved_cents=130_000 * EUR,
            phase=programme.phases[0],
        )
        plan = {
            "1.1": ("Personal", CostCategory.STAFF, {2026: 50_000, 2027: 50_000}),
            "2.1": ("Sachausgaben", CostCategory.MATERIAL, {2026: 20_000}),
            "3.1": ("Beratung", CostCategory.SERVICES, {2026: 30_000}),
            "4.1": ("Hardware", CostCategory.HARDWARE, {2026: 40_000}),
            "5.1": ("Schulung", CostCategory.TRAINING, {2026: 10_000}),
        }
        positions = {}
        for number, (name, category, years) in plan.items():
            position = CostPosition(number=number, name=name, category=category)
            position.planned = [PlannedCost(year=y, cents=v * EUR) for y, v in years.items()]
            grant.positions.append(position)
            positions[number] = position
        grant.financing = [
            FinancingLine(source=FinancingSource.GRANT, year=2026, cents=97_500 * EUR),
            FinancingLine(source=FinancingSource.OWN_SHARE, year=2026, cents=52_500 * EUR),
            FinancingLine(source=FinancingSource.GRANT, year=2027, cents=32_500 * EUR),
            FinancingLine(source=FinancingSource.OWN_SHARE, year=2027, cents=17_500 * EUR),
        ]
        receipts = (
            [("1.1", 9_000, date(2026, 2, 28))] * 10
            + [("2.1", 2_300, date(2026, 4, 1))] * 9
            + [("2.1", 1_500, date(2026, 5, 1))]
            + [("3.1", 4_600, date(2026, 6, 1))] * 8
            + [("4.1", 5_000, date(2026, 7, 1))] * 7
            + [("5.1", 2_000, date(2026, 8, 1))] * 3
            + [("5.1", 1_000, date(2025, 12, 10))]
            + [(None, 500, date(2026, 9, 1))]
        )
        assert len(receipts) == 40
        for number, (position, euros, day) in enumerate(receipts, start=1):
            grant.receipts.append(
                Receipt(
                    number=f"B-{number:03d}",
                    receipt_date=day,
                    paid_on=day,
                    payee="Beispiel GmbH",
                    purpose="Beispiel",
                    gross_cents=euros * EUR,
                    position=positions[position] if position else None,
                )
            )
        grant.requests = [
            FundsRequest(
                requested_on=date(2026, 3, 1),
                amount_cents=40_000 * EUR,
                due_within_two_months_cents=40_000 * EUR,
            ),
            FundsRequest(
                requested_on=date(2026, 9, 1),
                amount_cents=60_000 * EUR,
                due_within_two_months_cents=45_000 * EUR,
            ),
            FundsRequest(
                requested_on=date(2027, 2, 1),
                amount_cents=35_000 * EUR,
                due_within_two_months_cents=35_000 * EUR,
            ),
        ]
        s.add(grant)
        s.flush()
        return grant.id


def test_every_check_fires_where_it_should_and_nowhere_else(tmp_path) -> None:
    ws = Workspace.create(tmp_path / "foerderung.werkbank")
    grant_id = build(ws)
    with ws.session() as s:
        totals = {t.number: (t.planned, t.actual) for t in position_totals(load_grant(s, grant_id))}
        assert totals == {
            "1.1": (10_000_000, 9_000_000),
            "2.1": (2_000_000, 2_220_000),
            "3.1": (3_000_000, 3_680_000),
            "4.1": (4_000_000, 3_500_000),
            "5.1": (1_000_000, 700_000),
        }
        found = [str(f) for f in check_all(s, today=date(2027, 3, 1))]
    assert found == [
        "436-0815 – Position 3.1 „Beratung“: 36.800,00 € ausgegeben bei 30.000,00 € Plan (+22,7 %); "
        "erlaubt sind höchstens 20 % über Plan.",
        "436-0815 – Zuwendung: Nach der Regel für Überschreitungen (Einzelansätze bis zum "
        "Prozentsatz, bei Ausgleich (ANBest-P)) werden 800,00 € der zuwendungsfähigen Ausgaben "
        "nicht anerkannt; Zuwendung lt. Abrechnung: 122.980,00 €.",
        "436-0815 – Beleg B-039 vom 10.12.2025: wurde am 10.12.2025 bezahlt, außerhalb des "
        "Bewilligungszeitraums (01.01.2026 – 31.12.2027).",
        "436-0815 – Beleg B-040 vom 01.09.2026: über 500,00 € ist keiner Planposition zugeordnet.",
        # pro rata: 65 % of what is due within two months (40.000 → 26.000; 45.000 → 29.250;
        # 35.000 → 22.750); the third also asks more than remains (130.000 − 40.000 − 60.000)
        "436-0815 – Mittelabruf vom 01.02.2027: 35.000,00 € angefordert, aber nur 30.000,00 € "
        "sind abrufbar (Anteilfinanzierung): Anteil 130.000,00 € an den bis dahin bezahlten "
        "zuwendungsfähigen Ausgaben (189.200,00 €) und den innerhalb von zwei Monaten fälligen "
        "Zahlungen (35.000,00 €), abzüglich bereits ausgezahlter oder abgerufener Mittel "
        "(100.000,00 €).",
        "436-0815 – Zwischennachweis (fällig am 15.03.2027): in 14 Tagen fällig.",
    ]
    ws.close()


def test_passed_deadline_unbalanced_plan_and_a_submitted_report(tmp_path) -> None:
    ws = Workspace.create(tmp_path / "foerderung.werkbank")
    grant_id = build(ws)
    with ws.transaction() as s:
        grant = s.get(Grant, grant_id)
        grant.financing[3].cents = 15_000 * EUR  # 2027: 32.500 + 15.000 ≠ 50.000
    with ws.session() as s:
        found = [str(f) for f in check_all(s, today=date(2027, 4, 1))]
    assert (
        "436-0815 – Zwischennachweis (fällig am 15.03.2027): Die Frist ist seit 17 Tagen abgelaufen."
        in found
    )
    assert (
        "436-0815 – Finanzierungsplan 2027: Ausgaben 50.000,00 € ≠ Finanzierung 47.500,00 €."
        in found
    )
    with ws.transaction() as s:
        grant = s.get(Grant, grant_id)
        grant.reports.append(FundingReport(kind=ReportKind.INTERIM, submitted_on=date(2027, 3, 20)))
    with ws.session() as s:
        assert not [f for f in check_all(s, today=date(2027, 4, 1)) if "Zwischennachweis" in str(f)]
    ws.close()


def test_workbench_check_includes_the_funding_checks(tmp_path) -> None:
    from tests.test_cli import cli

    path = tmp_path / "foerderung.werkbank"
    ws = Workspace.create(path)
    build(ws)
    ws.close()
    code, out, _ = cli("check", str(path))
    assert code == 1
    assert (
        "Fehler: Zuwendung 436-0815, Position 3.1 „Beratung“: 36.800,00 € ausgegeben bei "
        "30.000,00 € Plan (+22,7 %); erlaubt sind höchstens 20 % über Plan."
    ) in out


def test_phase_cap_and_duration(tmp_path) -> None:
    ws = Workspace.create(tmp_path / "foerderung.werkbank")
    grant_id = build(ws)
    with ws.transaction() as s:
        grant = s.get(Grant, grant_id)
        grant.approved_cents = 2_600_000 * EUR
        grant.end_date = date(2028, 1, 31)
    with ws.session() as s:
        found = [str(f) for f in check_all(s, today=date(2026, 6, 1)) if "Phase" in str(f)]
    assert found == [
        "436-0815 – Phase A (Strategie): Die Zuwendung (2.600.000,00 €) übersteigt die Obergrenze "
        "der Phase (2.500.000,00 €).",
        "436-0815 – Phase A (Strategie): Der Bewilligungszeitraum dauert 25 Monate; erlaubt sind "
        "höchstens 24.",
    ]
    ws.close()


def test_spending_over_the_whole_plan_is_own_money(tmp_path) -> None:
    """Under ANBest-Gk (only the total binds) a further 59.000 (EUR) on Hardware raise the
    eligible spending to 249.000 (190.000 + 59.000) against a plan of 200.000: the total
    binds, 200.000 are recognised, 65 % = 130.000 (not 161.850); 49.000 are own money.
    Named once, as a notice."""
    from workbench.model.enums import OverrunRule
    from workbench.model.settlement import settle

    ws = Workspace.create(tmp_path / "foerderung.werkbank")
    grant_id = build(ws)
    with ws.transaction() as s:
        grant = s.get(Grant, grant_id)
        grant.programme.overrun_rule = OverrunRule.TOTAL
        hardware = next(p for p in grant.positions if p.number == "4.1")
        grant.receipts.append(
            Receipt(
                number="B-100",
                receipt_date=date(2026, 10, 1),
                paid_on=date(2026, 10, 1),
                gross_cents=59_000 * EUR,
                position=hardware,
            )
        )
    with ws.session() as s:
        grant = load_grant(s, grant_id)
        settled = settle(grant)
        assert (settled.eligible, settled.recognised) == (249_000 * EUR, 200_000 * EUR)
        assert settled.grant == 130_000 * EUR
        found = [f for f in check_all(s, today=date(2026, 11, 1)) if f.where == "Zuwendung"]
        assert [(f.error, f.message) for f in found] == [
            (
                False,
                "Die zuwendungsfähigen Ausgaben (249.000,00 €) liegen über dem Plan "
                "(200.000,00 €); die Mehrausgaben trägt der Empfänger. Zuwendung lt. "
                "Abrechnung: 130.000,00 € (höchstens 130.000,00 €).",
            )
        ]
    ws.close()


def test_a_plan_asking_more_than_the_rate_is_an_error(tmp_path) -> None:
    """The plan's grant 140.000 of 200.000 costs is 70 %; approved are 65 %."""
    ws = Workspace.create(tmp_path / "foerderung.werkbank")
    grant_id = build(ws)
    with ws.transaction() as s:
        grant = s.get(Grant, grant_id)
        grant.financing[0].cents = 107_500 * EUR  # 2026: 97.500 → 107.500
        grant.financing[1].cents = 42_500 * EUR
    with ws.session() as s:
        found = [str(f) for f in check_all(s, today=date(2026, 11, 1))]
    assert (
        "436-0815 – Förderquote: Zuwendung im Finanzierungsplan 140.000,00 € = 70,0 % der "
        "zuwendungsfähigen Ausgaben (200.000,00 €); bewilligt ist eine Förderquote von 65 %."
    ) in found
    ws.close()


def test_the_period_counts_the_payment_not_the_invoice(tmp_path) -> None:
    """Invoiced 20.12.2025 but paid 05.01.2026: inside. Invoiced 20.12.2027, paid 10.01.2028:
    outside. Not paid yet: a notice, not counted as outside."""
    ws = Workspace.create(tmp_path / "foerderung.werkbank")
    grant_id = build(ws)
    with ws.transaction() as s:
        grant = s.get(Grant, grant_id)
        hardware = next(p for p in grant.positions if p.number == "4.1")
        for number, invoiced, paid in (
            ("B-201", date(2025, 12, 20), date(2026, 1, 5)),
            ("B-202", date(2027, 12, 20), date(2028, 1, 10)),
            ("B-203", date(2026, 6, 1), None),
        ):
            grant.receipts.append(
                Receipt(
                    number=number,
                    receipt_date=invoiced,
                    paid_on=paid,
                    gross_cents=100 * EUR,
                    position=hardware,
                )
            )
    with ws.session() as s:
        found = {f.where: f for f in check_all(s, today=date(2026, 11, 1))}
    assert "Beleg B-201 vom 20.12.2025" not in found
    assert "bezahlt, außerhalb" in found["Beleg B-202 vom 20.12.2027"].message
    assert not found["Beleg B-203 vom 01.06.2026"].error
    ws.close()


def _with_rule(tmp_path, rule, condition_on: str | None = None) -> list[str]:
    from workbench.model.enums import OverrunRule  # noqa: F401 (rule values)

    ws = Workspace.create(tmp_path / f"{rule.value}.werkbank")
    grant_id = build(ws)
    with ws.transaction() as s:
        grant = s.get(Grant, grant_id)
        grant.programme.overrun_rule = rule
        for position in grant.positions:
            position.authority_condition = position.number == condition_on
    with ws.session() as s:
        found = [
            f"{'E' if f.error else 'H'} {f.where}: {f.message}"
            for f in check_all(s, today=date(2026, 11, 1))
            if f.where.startswith("Position")
        ]
    ws.close()
    return found


def test_each_over_run_rule_as_the_rules_say(tmp_path) -> None:
    """Worked example: 2.1 Sachausgaben +2.200 (+11,0 %), 3.1 Beratung +6.800 (+22,7 %);
    the total (191.000) stays under the plan (200.000).
    - ANBest-P, 20 %: only Beratung is an error (Sachausgaben is within 20 % and offset).
    - ANBest-Gk: only the total binds: no finding per position.
    - Positions binding: both are errors.
    - ANBest-P with Beratung exceeded because of an official condition: a notice only."""
    from workbench.model.enums import OverrunRule

    anbest_p = _with_rule(tmp_path, OverrunRule.POSITIONS)
    assert anbest_p == [
        "E Position 3.1 „Beratung“: 36.800,00 € ausgegeben bei 30.000,00 € Plan "
        "(+22,7 %); erlaubt sind höchstens 20 % über Plan."
    ]
    assert _with_rule(tmp_path, OverrunRule.TOTAL) == []
    binding = _with_rule(tmp_path, OverrunRule.NONE)
    assert [f.split(":")[0] for f in binding] == [
        "E Position 2.1 „Sachausgaben“",
        "E Position 3.1 „Beratung“",
    ]
    assert all("verbindlich" in f for f in binding)
    condition = (
        _with_rule(tmp_path / "auflage", OverrunRule.POSITIONS, condition_on="3.1")
        if (tmp_path / "auflage").mkdir() is None
        else []
    )
    assert condition == [
        "H Position 3.1 „Beratung“: 36.800,00 € ausgegeben bei 30.000,00 € Plan "
        "(+22,7 %); wegen behördlicher Auflagen erlaubt."
    ]


def test_an_interim_report_is_due_for_each_budget_year_with_money(tmp_path) -> None:
    """Grant 2026–2027 of the worked example, money requested in 2026 and 2027; rule: a
    Zwischennachweis 4 months after each budget year. 2026: due 30.04.2027; 2027 is the
    last year (the Verwendungsnachweis covers it). A report for 2025 does not count for
    2026; one whose period covers 2026 does."""
    ws = Workspace.create(tmp_path / "foerderung.werkbank")
    grant_id = build(ws)
    with ws.transaction() as s:
        grant = s.get(Grant, grant_id)
        grant.programme.deadlines = [
            ReportDeadline(kind=ReportKind.INTERIM, base=DeadlineBase.EACH_YEAR, months=4)
        ]
        grant.start_date = date(2025, 1, 1)
        grant.requests[0].requested_on = date(2025, 3, 1)  # money in 2025, 2026 and 2027
        grant.reports.append(
            FundingReport(
                kind=ReportKind.INTERIM,
                period_start=date(2025, 1, 1),
                period_end=date(2025, 12, 31),
                submitted_on=date(2026, 4, 20),
            )
        )

    def interim(today: date) -> list[str]:
        with ws.session() as s:
            return [str(f) for f in check_all(s, today=today) if "Zwischennachweis" in f.where]

    assert interim(date(2027, 6, 1)) == [
        "436-0815 – Zwischennachweis 2026 (fällig am 30.04.2027): Die Frist ist seit 32 Tagen "
        "abgelaufen (Mittel aus 2026)."
    ]
    with ws.transaction() as s:
        grant = s.get(Grant, grant_id)
        grant.reports.append(
            FundingReport(
                kind=ReportKind.INTERIM,
                period_start=date(2026, 1, 1),
                period_end=date(2026, 12, 31),
                submitted_on=date(2027, 4, 28),
            )
        )
    assert interim(date(2027, 6, 1)) == []
    ws.close()


def test_money_paid_out_must_be_used_within_two_months(tmp_path) -> None:
    """Worked example, receipts paid by date (EUR, on positions, inside the grant period:
    B-039, paid 10.12.2025, does not count): up to 28.02.2026 90.000 (Personal); up to
    01.04.2026 +20.700 = 110.700; the share at 65 % is 58.500 by 28.02. and 71.955 by
    01.04.
    Payout 60.000 on 01.01.2026: two months later (01.03.2026) 58.500 are used: 1.500
    lay longer. Payout of 10.000 more on 01.02.2026 (70.000 in all): by 01.04.2026
    71.955 are used: nothing to say."""
    from workbench.model.funding import Payout

    ws = Workspace.create(tmp_path / "foerderung.werkbank")
    grant_id = build(ws)
    with ws.transaction() as s:
        grant = s.get(Grant, grant_id)
        grant.payouts = [
            Payout(paid_on=date(2026, 1, 1), amount_cents=60_000 * EUR),
            Payout(paid_on=date(2026, 2, 1), amount_cents=10_000 * EUR),
        ]
    with ws.session() as s:
        found = [str(f) for f in check_all(s, today=date(2026, 11, 1)) if "Auszahlung" in f.where]
    assert found == [
        "436-0815 – Auszahlung vom 01.01.2026: Bis 01.03.2026 sind vom bis dahin ausgezahlten "
        "Geld (60.000,00 €) nur 58.500,00 € für bezahlte Ausgaben verwendet; 1.500,00 € lagen "
        "länger als zwei Monate (der Fördermittelgeber kann Zinsen verlangen)."
    ]
    ws.close()


def test_each_phase_has_its_own_deadlines(tmp_path) -> None:
    """KfW 436: a deadline of phase B does not bind a phase-A grant, and the other way
    round. The example grant is in phase A, approved 15.01.2026: A's Verwendungsnachweis
    6 months after approval is due 15.07.2026; B's 3 months (15.04.2026) is not its own."""
    ws = Workspace.create(tmp_path / "foerderung.werkbank")
    grant_id = build(ws)
    with ws.transaction() as s:
        programme = s.get(Grant, grant_id).programme
        a, b = programme.phases
        programme.deadlines = [
            ReportDeadline(
                kind=ReportKind.FINAL, base=DeadlineBase.APPROVAL, months=6, phase_id=a.id
            ),
            ReportDeadline(
                kind=ReportKind.FINAL, base=DeadlineBase.APPROVAL, months=3, phase_id=b.id
            ),
        ]
    with ws.session() as s:
        found = [str(f) for f in check_all(s, today=date(2026, 8, 1)) if "nachweis" in str(f)]
    assert found == [
        "436-0815 – Verwendungsnachweis (fällig am 15.07.2026): Die Frist ist seit 17 "
        "Tagen abgelaufen."
    ]
    with ws.transaction() as s:
        grant = s.get(Grant, grant_id)
        grant.phase = grant.programme.phases[1]
    with ws.session() as s:
        found = [str(f) for f in check_all(s, today=date(2026, 8, 1)) if "nachweis" in str(f)]
    assert found == [
        "436-0815 – Verwendungsnachweis (fällig am 15.04.2026): Die Frist ist seit 108 "
        "Tagen abgelaufen."
    ]
    ws.close()
