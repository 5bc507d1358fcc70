"""The funder's documents of the worked example (tests/services/test_funding_checks.py):
every sum equals the hand-computed one, in the cell and as a formula, and LibreOffice,
calculating the formulas itself, agrees."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from tests.exports.funding_helpers import (
    cells,
    export,
    row_with,
    with_vat_parts_and_income,
)
from tests.exports.helpers import docx_text
from workbench.model import FundedPost, FundingReport, Grant, Payout, ReportSection
from workbench.model.enums import ReportKind, Vocabulary
from workbench.model.funding import Period
from workbench.services.exporting import ExportRequest, run_export
from workbench.services.funding_checks import check_all


def test_cost_plan_sums(example, tmp_path: Path) -> None:
    path = export(example, "kfp", tmp_path / "kfp.xlsx")
    values, formulas = cells(path, "Kostenplan")
    assert [values["D1"], values["E1"], values["F1"]] == ["2026", "2027", "Summe"]
    total = row_with(values, "Gesamtausgaben")  # BHO: Ausgaben throughout, never Kosten
    assert (values[f"D{total}"], values[f"E{total}"], values[f"F{total}"]) == (
        150_000,
        50_000,
        200_000,
    )
    assert formulas[f"F{total}"].startswith("=SUM(")
    eligible = row_with(values, "Zuwendungsfähige Ausgaben")
    assert values[f"F{eligible}"] == 200_000
    money = row_with(values, "Summe Finanzierung")
    assert values[f"F{money}"] == 200_000
    diff = row_with(values, "Differenz Ausgaben − Finanzierung (muss 0 sein)")
    assert values[f"F{diff}"] == 0 and formulas[f"F{diff}"] == f"=F{total}-F{money}"
    zuwendung = row_with(values, "Zuwendung")
    assert values[f"F{zuwendung}"] == 130_000
    assert (
        values[f"B{row_with(values, 'andere öffentliche Förderung')}"]
        == "andere öffentliche Förderung"
    )
    rate = next(int(ref[1:]) for ref, v in values.items() if str(v).startswith("Förderquote"))
    assert [values[f"{c}{rate}"] for c in "DEF"] == [0.65, 0.65, 0.65]  # 97.500/150.000 …


def test_cost_plan_total_against_eligible_costs(example, tmp_path: Path) -> None:
    """5.1 Schulung (10.000 in 2026) is not eligible: Gesamtausgaben 200.000, eligible
    190.000; the grant of 130.000 is then 68,4 % of the eligible costs, beyond the 65 %
    approved, and the check says so."""
    ws, grant_id = example
    with ws.transaction() as s:
        next(p for p in s.get(Grant, grant_id).positions if p.number == "5.1").eligible = False
    values, _ = cells(export(example, "kfp", tmp_path / "kfp.xlsx"), "Kostenplan")
    assert values[f"C{row_with(values, '5.1')}"] == "Schulung (nicht zuwendungsfähig)"
    not_eligible = row_with(values, "davon nicht zuwendungsfähig")
    eligible = row_with(values, "Zuwendungsfähige Ausgaben")
    assert [values[f"{c}{not_eligible}"] for c in "DEF"] == [10_000, 0, 10_000]
    assert [values[f"{c}{eligible}"] for c in "DEF"] == [140_000, 50_000, 190_000]
    rate = next(int(ref[1:]) for ref, v in values.items() if str(v).startswith("Förderquote"))
    assert values[f"F{rate}"] == pytest.approx(130_000 / 190_000)
    with ws.session() as s:
        found = [str(f) for f in check_all(s, today=date(2026, 12, 1))]
    assert any(
        "Zuwendung im Finanzierungsplan 130.000,00 € = 68,4 % der "
        "zuwendungsfähigen Ausgaben (190.000,00 €)" in f
        for f in found
    ), found


def test_receipt_list_sums_per_position(example, tmp_path: Path) -> None:
    path = export(example, "belegliste", tmp_path / "belege.xlsx")
    values, formulas = cells(path, "Belege")
    sums = {
        v: values.get(f"I{ref[1:]}")
        for ref, v in values.items()
        if ref.startswith("A") and str(v).startswith("Summe ")
    }
    assert sums == {
        "Summe 1.1 Personal": 90_000,
        "Summe 2.1 Sachausgaben": 22_200,
        "Summe 3.1 Beratung": 36_800,
        "Summe 4.1 Hardware": 35_000,
        "Summe 5.1 Schulung": 6_000,  # B-039 was paid before the Bewilligungszeitraum
        "Summe Ohne Planposition": 500,
        "Summe aller Ausgaben": 190_500,
    }
    assert values["A2"] == "1.1 Personal"  # ordered by plan position, each under its heading
    assert [values[f"B{r}"] for r in range(3, 13)] == [f"B-{n:03d}" for n in range(1, 11)]
    assert [values[f"A{r}"] for r in range(3, 13)] == list(range(1, 11))  # running number
    assert values["C3"] == datetime(2026, 2, 28) and formulas["I13"] == "=SUM(I3:I12)"
    assert load_workbook(path)["Belege"]["C3"].number_format == "DD.MM.YYYY"
    assert (values["G3"], values["H3"], values["I3"], values["J3"]) == (9_000, 0, 9_000, 9_000)
    # the receipt without a position is not eligible
    no_position = row_with(values, "Summe Ohne Planposition")
    assert values[f"J{no_position}"] == 0


def test_net_vat_eligible_part_and_income(example, tmp_path: Path) -> None:
    """The recipient deducts input VAT: B-001 (9.000 gross, 1.437 VAT) counts with its net
    7.563; of B-020 (1.500) only 1.000 are eligible; 5.000 came from a third party that
    the plan does not have.
    Spending in all 190.000 − 1.437 = 188.563, eligible 188.563 − 500 = 188.063.
    ANBest-P Nr. 1.2 (20 %): Personal 88.563 (plan 100.000), Sachausgaben 21.700 (+1.700,
    within 20 % of 20.000), Beratung 36.800 (+6.800, of which 6.000 = 20 % of 30.000 count),
    Hardware 35.000, Schulung 6.000: recognised 188.063 − 800 = 187.263.
    ANBest-P Nr. 2.1.1 (Anteilfinanzierung): the 5.000 of new money lower the grant pro
    rata: 65 % × (187.263 − 5.000) = 118.470,95. Own share lt. Abrechnung 188.563 −
    5.000 − 118.470,95 = 65.092,05. Paid out 40.000 + 60.000 = 100.000: 18.470,95 still to
    be paid."""
    with_vat_parts_and_income(example, [(date(2026, 3, 10), 40_000), (date(2026, 9, 10), 60_000)])
    values, _ = cells(export(example, "belegliste", tmp_path / "belege.xlsx"), "Belege")
    assert (values["G3"], values["H3"], values["I3"], values["J3"]) == (7_563, 1_437, 9_000, 7_563)
    sach = row_with(values, "Summe 2.1 Sachausgaben")
    assert (values[f"I{sach}"], values[f"J{sach}"]) == (22_200, 21_700)
    everything = row_with(values, "Summe aller Ausgaben")
    assert (values[f"G{everything}"], values[f"H{everything}"], values[f"J{everything}"]) == (
        189_063,
        1_437,
        188_063,
    )  # net of all 190.500 incl. 500 without position (B-039 of 2025 is outside)
    income = row_with(values, "Summe Einnahmen: Leistungen Dritter")
    assert values[f"I{income}"] == 5_000
    values, formulas = cells(export(example, "nachweis", tmp_path / "nachweis.xlsx"), "Nachweis")
    total = row_with(values, "Summe Ausgaben insgesamt")
    assert values[f"E{total}"] == 188_563
    eligible = row_with(values, "davon zuwendungsfähig")
    assert values[f"E{eligible}"] == 187_263
    assert values[f"E{eligible + 1}"] == 800  # not recognised under ANBest-P Nr. 1.2
    assert values[f"B{eligible + 1}"].startswith("nicht anerkannt nach der Regel")
    assert (
        values[
            f"E{row_with(values, 'Neue Deckungsmittel: Einnahmen Dritter über dem Finanzierungsplan (EUR)')}"
        ]
        == 5_000
    )
    income_rows = {
        values[f"A{r}"]: (values.get(f"C{r}"), values.get(f"E{r}"))
        for r in range(row_with(values, "I. Einnahmen") + 1, row_with(values, "Summe Einnahmen"))
    }
    assert income_rows == {
        "Eigenanteil": (70_000, pytest.approx(65_092.05)),
        "Leistungen Dritter": (0, 5_000),
        "andere öffentliche Förderung": (0, 0),
        "Zuwendung": (130_000, pytest.approx(118_470.95)),
    }
    assert values[f"E{row_with(values, 'Summe Einnahmen')}"] == 188_563
    due = next(
        int(ref[1:]) for ref, v in values.items() if str(v).startswith("Zuwendung lt. Abrechnung")
    )
    assert values[f"E{due}"] == pytest.approx(118_470.95)
    assert values[f"E{row_with(values, 'Ausgezahlt insgesamt (EUR)')}"] == 100_000
    assert values[f"E{row_with(values, 'Noch auszuzahlen (EUR)')}"] == pytest.approx(18_470.95)
    assert values[f"E{row_with(values, 'Zurückzuzahlen (EUR)')}"] == 0


def test_statement_after_the_muster(example, tmp_path: Path) -> None:
    """No report: the whole Bewilligungszeitraum. B-039 (1.000, paid 10.12.2025, before
    the period) and B-040 (500, no position) do not count: spending 190.000. ANBest-P
    Nr. 1.2 (20 %): of Beratung's 36.800 only 36.000 count, recognised 189.200; the grant
    65 % = 122.980, own share 190.000 − 122.980 = 67.020 (35,3 %); nothing paid out:
    122.980 still to be paid."""
    path = export(example, "nachweis", tmp_path / "nachweis.xlsx")
    values, formulas = cells(path, "Nachweis")
    header = {values[f"A{r}"]: values.get(f"C{r}") for r in range(2, 13)}
    assert header["Zuwendungsbescheid vom"] == datetime(2026, 1, 15)
    assert header["Aktenzeichen"] == "436-0815"
    assert header["Zuwendung insgesamt bewilligt (EUR)"] == 130_000
    assert header["Berichtszeitraum"] == "01.01.2026 – 31.12.2027"
    assert header["Ausgezahlt insgesamt bis 31.12.2027 (EUR)"] == 0
    beratung = row_with(values, "Beratung")
    assert [values[f"{c}{beratung}"] for c in "CDEF"] == [30_000, 36_800, 36_800, 6_800]
    assert values[f"G{beratung}"] == pytest.approx(1.2267, abs=1e-4)
    total = row_with(values, "Summe Ausgaben insgesamt")
    assert [values[f"{c}{total}"] for c in "CDEF"] == [200_000, 190_000, 190_000, -10_000]
    assert formulas[f"F{total}"] == f"=SUM(F{beratung - 2}:F{total - 1})"
    zuwendung = row_with(values, "Zuwendung")
    assert (values[f"C{zuwendung}"], values[f"D{zuwendung}"], values[f"E{zuwendung}"]) == (
        130_000,
        0.65,
        122_980,
    )
    own = row_with(values, "Eigenanteil")
    assert values[f"E{own}"] == 67_020
    assert values[f"F{own}"] == pytest.approx(67_020 / 190_000)
    assert values[f"E{row_with(values, 'davon zuwendungsfähig')}"] == 189_200
    assert values[f"E{row_with(values, 'Noch auszuzahlen (EUR)')}"] == 122_980
    assert values["A1"] == "Zahlenmäßiger Nachweis (Verwendungsnachweis)"
    assert "Ort, Datum" in values.values() and "Unterschrift" in values.values()
    assert any(
        str(v).startswith(
            "Es wird bestätigt, dass die Nebenbestimmungen des Zuwendungsbescheids beachtet"
        )
        for v in values.values()
    )


def test_a_report_covers_its_period_and_cumulates(example, tmp_path: Path) -> None:
    """Zwischennachweis for 01.07.–31.12.2026: in the period Hardware 35.000 and Schulung
    6.000 = 41.000; cumulated since the start 190.000, recognised 189.200 (ANBest-P
    Nr. 1.2), the grant 65 % = 122.980; paid out by then 100.000 of the payouts (a third,
    in 2027, not yet): 122.980 − 100.000 = 22.980 still to be paid.
    The Belegliste of the period: the 11 receipts paid in it (41.500 with B-040)."""
    ws, grant_id = example
    with ws.transaction() as s:
        grant = s.get(Grant, grant_id)
        report = FundingReport(
            kind=ReportKind.INTERIM,
            period_start=date(2026, 7, 1),
            period_end=date(2026, 12, 31),
        )
        grant.reports.append(report)
        s.flush()
        report_id = report.id
        grant.payouts = [
            Payout(paid_on=date(2026, 3, 10), amount_cents=40_000 * 100),
            Payout(paid_on=date(2026, 9, 10), amount_cents=60_000 * 100),
            Payout(paid_on=date(2027, 2, 10), amount_cents=20_000 * 100),
        ]
    path = run_export(
        ws,
        ExportRequest(
            "nachweis", tmp_path / "nachweis.xlsx", grant_id=grant_id, report_id=report_id
        ),
    )
    values, _ = cells(path, "Nachweis")
    assert values["A1"] == "Zahlenmäßiger Nachweis (Zwischennachweis)"
    assert "01.07.2026 – 31.12.2026" in values.values()
    total = row_with(values, "Summe Ausgaben insgesamt")
    assert [values[f"{c}{total}"] for c in "DE"] == [41_000, 190_000]
    assert values[f"E{row_with(values, 'Ausgezahlt insgesamt (EUR)')}"] == 100_000
    assert values[f"E{row_with(values, 'Noch auszuzahlen (EUR)')}"] == 22_980
    ws_, grant_id = example
    path = run_export(
        ws_,
        ExportRequest(
            "belegliste",
            tmp_path / "belege.xlsx",
            grant_id=grant_id,
            period=Period(date(2026, 7, 1), date(2026, 12, 31)),
        ),
    )
    values, _ = cells(path, "Belege")
    numbers = [v for ref, v in values.items() if ref.startswith("B") and str(v).startswith("B-")]
    assert numbers == [f"B-{n:03d}" for n in range(29, 39)] + ["B-040"]
    assert values[f"I{row_with(values, 'Summe aller Ausgaben')}"] == 41_500
    assert max(v for ref, v in values.items() if ref.startswith("A") and isinstance(v, int)) == 11


def test_funds_request_chosen_with_bank_details(example, tmp_path: Path) -> None:
    """The first request (01.03.2026) of three, ANBest-P Nr. 1.4: 90.000 eligible paid by
    then (Personal, 28.02.), 40.000 due within two months: 65 % × 130.000 = 84.500, nothing
    paid out or requested before: 84.500 requestable; 40.000 asked, 90.000 remain; the
    bank details and the signature line stand on the page."""
    ws, grant_id = example
    with ws.transaction() as s:
        grant = s.get(Grant, grant_id)
        grant.recipient, grant.iban, grant.bank = (
            "Stadt Beispiel",
            "DE02 1001 0010 0006 8201 01",
            "Postbank",
        )
        grant.signatory, grant.place = "Dr. Erika Muster, Chief Digital Officer", "Beispielstadt"
        first = min(grant.requests, key=lambda q: q.requested_on).id
    path = run_export(
        ws,
        ExportRequest("mittelabruf", tmp_path / "abruf.xlsx", grant_id=grant_id, request_id=first),
    )
    values, formulas = cells(path, "Mittelabruf")
    lines = {values[f"A{r}"]: values.get(f"B{r}") for r in range(3, 60) if f"A{r}" in values}
    assert values["A1"] == "Mittelabruf vom 01.03.2026"
    assert lines["Bisher abgerufen (EUR)"] == 0
    assert lines["Jetzt angeforderter Betrag (EUR)"] == 40_000
    assert lines["Bis zum Abruf bezahlte zuwendungsfähige Ausgaben (EUR)"] == 90_000
    assert lines["Davon Zuwendung (Anteilfinanzierung, 65 %, EUR)"] == 84_500
    assert lines["Abzüglich bereits ausgezahlter oder abgerufener Mittel (EUR)"] == 0
    assert lines["Jetzt abrufbar (EUR)"] == 84_500
    assert lines["Nach diesem Abruf verbleibend (EUR)"] == 90_000
    assert (
        lines["IBAN"] == "DE02 1001 0010 0006 8201 01" and lines["Kontoinhaber"] == "Stadt Beispiel"
    )
    assert lines["Ort, Datum"] == "Beispielstadt, ____________"
    assert "Dr. Erika Muster, Chief Digital Officer" in values.values()
    values, _ = cells(export(example, "mittelabruf", tmp_path / "neu.xlsx"), "Mittelabruf")
    assert values["A1"] == "Mittelabruf vom 01.02.2027"  # without a choice: the newest


def test_sachbericht_after_the_muster_for_its_period(example, tmp_path: Path) -> None:
    ws, grant_id = example
    with ws.transaction() as s:
        grant = s.get(Grant, grant_id)
        report = FundingReport(
            kind=ReportKind.INTERIM, period_start=date(2026, 1, 1), period_end=date(2026, 12, 31)
        )
        report.sections = [
            ReportSection(
                heading="Öffentlichkeitsarbeit", position=1, text="Drei Veranstaltungen im Kiez."
            )
        ]
        grant.reports.append(report)
        s.flush()
        report_id = report.id
        grant.posts = [
            FundedPost(
                role="Projektleitung",
                people=1,
                share_bp=10_000,
                start_date=date(2026, 1, 1),
                end_date=date(2027, 12, 31),
                position=1,
            ),
            FundedPost(
                role="Datenanalyse",
                people=2,
                share_bp=5_000,
                start_date=date(2026, 4, 1),
                end_date=date(2026, 12, 31),
                position=2,
            ),
            FundedPost(
                role="Schulung", people=1, share_bp=5_000, start_date=date(2027, 1, 1), position=3
            ),
        ]
        next(
            p for p in grant.positions if p.number == "3.1"
        ).deviation_reason = "Zusätzliche Rechtsberatung zum Datenschutz."
    doc = run_export(
        ws,
        ExportRequest(
            "sachbericht", tmp_path / "sachbericht.docx", grant_id=grant_id, report_id=report_id
        ),
    )
    text = docx_text(doc)
    assert "Sachbericht: Smart City Beispielstadt" in text
    assert "Zwischennachweis · Aktenzeichen 436-0815" in text
    assert "Berichtszeitraum 01.01.2026 – 31.12.2026" in text
    assert "Dauer | Bewilligungszeitraum 01.01.2026 – 31.12.2027 (24 Monate)" in text
    assert "Abschluss | geplant zum 31.12.2027" in text
    # people, not money: the 2027 post is outside the period
    assert "3 Personen mit zusammen 2 Vollzeitstellen" in text
    assert (
        "Datenanalyse | 2 | 50 % | 01.04.2026 – 31.12.2026" in text
        and "Schulung | 1 | 50" not in text
    )
    assert (
        "3.1 Beratung | 30.000,00 € | 36.800,00 € | 122,7 % | Zusätzliche Rechtsberatung zum Datenschutz."
        in text
    )
    assert "4.1 Hardware | 40.000,00 € | 35.000,00 € | 87,5 % | Begründung fehlt" in text
    # an interim report compares with the year's column of the plan (Personal: 50.000 in
    # 2026, not the 100.000 of both years)
    assert "1.1 Personal | 50.000,00 € | 90.000,00 € | 180,0 % | Begründung fehlt" in text
    headings = [
        (p.style.name, p.text)
        for p in Document(str(doc)).paragraphs
        if p.style.name.startswith("Heading")
    ]
    assert headings[0] == ("Heading 1", "1 Eckdaten")  # no jump from the title to level 2
    assert ("Heading 1", "5 Abweichungen vom Plan und vom Finanzierungsplan") in headings
    assert headings[-1] == ("Heading 1", "6 Öffentlichkeitsarbeit")


def test_one_grant_one_vocabulary(example, tmp_path: Path) -> None:
    """Under a KfW Zusage the documents speak of Zusage, Zuschuss and förderfähigen Kosten,
    never of a Zuwendungsbescheid or zuwendungsfähigen Ausgaben."""
    ws, grant_id = example
    with ws.transaction() as s:
        s.get(Grant, grant_id).programme.vocabulary = Vocabulary.KFW
    for kind, sheet in (
        ("nachweis", "Nachweis"),
        ("kfp", "Kostenplan"),
        ("mittelabruf", "Mittelabruf"),
        ("belegliste", "Belege"),
    ):
        path = export(example, kind, tmp_path / f"{kind}.xlsx")
        words = " ".join(
            str(v) for name in (sheet, "Deckblatt") for v in cells(path, name)[0].values()
        )
        assert "Zuwendung" not in words and "zuwendungsfähig" not in words, (kind, words)
        assert "Zusage" in words or "förderfähig" in words or "Zuschuss" in words, kind
    text = docx_text(export(example, "sachbericht", tmp_path / "sachbericht.docx"))
    assert "Zuwendung" not in text and "Zuschuss (zugesagt)" in text and "Zusage vom" in text
