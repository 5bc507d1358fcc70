"""How Werkbank reads what people and finance systems write: one rule for numbers and
amounts (formats.split_number), dates, and the CSV a finance system exports."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from workbench.exports.errors import ImportFileError
from workbench.exports.receipts_import import read_table
from workbench.formats import MAX_CENTS, parse_cents, parse_date, parse_number


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1.234,56 €", 123456),
        ("1234,5", 123450),
        ("1234", 123400),
        ("-12,00", -1200),
        ("1234.56", 123456),  # a finance system's export: refused before
        ("1,234.56", 123456),  # an English export: the last separator is the decimal one
        ("1.234", 123400),  # German: one thousand two hundred thirty-four
        ("0.5", 50),
        (",5", 50),
        ("1.234.567", 123456700),
        ("12 345,00", 1234500),
        ("", None),
    ],
)
def test_amounts_by_one_rule(text: str, cents: int | None) -> None:
    assert parse_cents(text) == cents


@pytest.mark.parametrize(
    "text",
    [
        "1.23.4",
        "12,345",
        "1,2,3",
        "abc",
        "1e5",
        "--1",
        "12,5,",
        "1.234,567",
        str(MAX_CENTS),
        "9" * 10_000,
    ],
)
def test_what_is_no_amount_is_refused_with_the_text_named(text: str) -> None:
    with pytest.raises(ValueError) as error:
        parse_cents(text)
    assert text[:20] in str(error.value)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("1.234", 1234.0),
        ("1.23", 1.23),
        ("1,5", 1.5),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("0.25", 0.25),
        ("-3", -3.0),
        ("", None),
    ],
)
def test_numbers_follow_the_same_rule_as_amounts(text: str, number: float | None) -> None:
    assert parse_number(text) == number


def test_dates_in_german_and_iso_form_within_the_range() -> None:
    assert parse_date("26.11.2026") == date(2026, 11, 26)
    assert parse_date("26.11.26") == date(2026, 11, 26)
    assert parse_date("2026-11-26") == date(2026, 11, 26)
    assert parse_date("  ") is None
    with pytest.raises(ValueError, match="31.02.2026"):
        parse_date("31.02.2026")
    with pytest.raises(ValueError, match="außerhalb"):
        parse_date("01.01.1800")


def test_a_csv_in_neither_utf8_nor_windows_1252_names_the_position(tmp_path: Path) -> None:
    """Byte 0x81 exists in neither encoding: it used to end in an UnboundLocalError."""
    path = tmp_path / "belege.csv"
    path.write_bytes(b"Belegnummer;Datum;Betrag\nR-1;01.02.2026;100\x81,00\n")
    with pytest.raises(ImportFileError) as error:
        read_table(path)
    assert "weder UTF-8 noch Windows-1252" in str(error.value) and "belege.csv" in str(error.value)


def test_a_finance_system_export_with_dots_and_windows_1252_is_read(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(
        "Beleg-Nr.;Belegdatum;Betrag;Empfänger\nR-1;01.02.2026;1234.56;Müller GmbH\n".encode(
            "cp1252"
        )
    )
    headers, rows = read_table(path)
    assert headers == ["Beleg-Nr.", "Belegdatum", "Betrag", "Empfänger"]
    assert rows == [["R-1", "01.02.2026", "1234.56", "Müller GmbH"]]
    assert parse_cents(rows[0][2]) == 123456
