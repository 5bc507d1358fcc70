"""German formats for what users read and type: dates, amounts, numbers, percentages.

Pure functions, no project imports: every layer may use them.
"""

from __future__ import annotations

import math
import re
from datetime import date

from workbench.i18n import in_sentence, tr

#: Characters no text may hold: control characters (but tab and line breaks), lone
#: surrogates, U+FFFE/U+FFFF. A Word document cannot hold them (one in a title made every
#: Word export fail); input refuses them, the sync refuses them, exports drop them.
CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
#: The largest amount Werkbank takes, in cents: 999.999.999.999,99 € (a city's whole
#: budget fits; a typo of ten more digits does not, and SQLite's integers stay far away).
MAX_CENTS = 99_999_999_999_999
#: Dates a workspace accepts; outside this range a date is almost surely a typo.
MIN_DATE = date(1990, 1, 1)
MAX_DATE = date(2100, 12, 31)


def format_date(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def parse_date(text: str) -> date | None:
    """Accept ``26.11.2026``, ``26.11.26`` and ISO ``2026-11-26``; empty is None.

    Raises ValueError with a German message for anything else or out of range.
    """
    text = text.strip()
    if not text:
        return None
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})", text)
    try:
        if m:
            day, month, year = int(m[1]), int(m[2]), int(m[3])
            if year < 100:
                year += 2000
            value = date(year, month, day)
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            value = date.fromisoformat(text)
        else:
            raise ValueError
    except ValueError:
        raise ValueError(
            tr("„{text}“ ist kein Datum (erwartet: TT.MM.JJJJ).").format(text=text)
        ) from None
    if not MIN_DATE <= value <= MAX_DATE:
        raise ValueError(
            tr("{value} liegt außerhalb des zulässigen Bereichs ({value2} bis {value3}).").format(
                value=format_date(value), value2=format_date(MIN_DATE), value3=format_date(MAX_DATE)
            )
        )
    return value


def _group(digits: str) -> str:
    parts: list[str] = []
    while len(digits) > 3:
        parts.insert(0, digits[-3:])
        digits = digits[:-3]
    parts.insert(0, digits)
    return ".".join(parts)


def format_cents(cents: int | None, currency: bool = True) -> str:
    """``123456`` → ``1.234,56 €``."""
    if cents is None:
        return ""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    text = f"{sign}{_group(str(euros))},{rest:02d}"
    return f"{text} €" if currency else text


def split_number(text: str) -> tuple[bool, str, str] | None:
    """The one rule by which Werkbank reads a number a person or a finance system wrote:
    sign, whole digits and decimal digits, or None if *text* is no number.

    - the German form first: ``,`` is the decimal separator, ``.`` groups thousands in
      threes (``1.234.567,89``);
    - where both appear, the last one is the decimal separator (``1,234.56`` from an
      English export reads as 1234,56);
    - a single ``.`` not followed by exactly three digits is a decimal point, as finance
      systems export (``1234.56``, ``0.5``); ``1.234`` stays one thousand two hundred
      thirty-four, as a German reader means it."""
    raw = re.sub(r"[\s\u00a0€]|EUR", "", text)
    negative = raw.startswith("-")
    raw = raw[1:] if raw[:1] in ("+", "-") else raw
    if not raw:
        return None
    decimal = ""
    if "," in raw and "." in raw:
        decimal = "," if raw.rindex(",") > raw.rindex(".") else "."
    elif "," in raw:
        decimal = ","
    elif raw.count(".") == 1 and not re.fullmatch(r"\d{1,3}\.\d{3}", raw):
        decimal = "."
    group = "." if decimal == "," or (not decimal and "." in raw) else ","
    whole, _, fraction = raw.rpartition(decimal) if decimal else (raw, "", "")
    if decimal and not whole:
        whole = "0"
    if group in whole and not re.fullmatch(rf"\d{{1,3}}(\{group}\d{{3}})+", whole):
        return None
    whole = whole.replace(group, "")
    if not whole.isdigit() or (fraction and not fraction.isdigit()) or (decimal and not fraction):
        return None
    return negative, whole, fraction


def parse_cents(text: str) -> int | None:
    """An amount as cents: ``1.234,56 €``, ``1234,5``, ``1234``, ``1234.56`` (finance
    systems), ``1,234.56``; empty is None. The rule is :func:`split_number`'s."""
    if not text.strip():
        return None
    parts = split_number(text)
    if parts is None or len(parts[2]) > 2:
        raise ValueError(
            tr("„{value}“ ist kein Betrag (erwartet z. B. 1.234,56 €).").format(value=text.strip())
        )
    negative, digits, fraction = parts
    if len(digits.lstrip("0")) > 15:  # before converting: a 10,000-digit number is refused at once
        raise ValueError(
            tr("„{value}“ ist größer als der höchste Betrag ({value2}).").format(
                value=text.strip(), value2=format_cents(MAX_CENTS)
            )
        )
    value = int(digits) * 100 + int(fraction.ljust(2, "0") or "0")
    if value > MAX_CENTS:
        raise ValueError(
            tr("„{value}“ ist größer als der höchste Betrag ({value2}).").format(
                value=text.strip(), value2=format_cents(MAX_CENTS)
            )
        )
    return -value if negative else value


def euros_to_cents(value: float) -> int:
    """A number of euros (a spreadsheet cell) as cents; ValueError beyond the highest amount
    (1e300 or infinity in a cell would overflow when stored)."""
    if not math.isfinite(value) or abs(value) * 100 > MAX_CENTS:
        raise ValueError(
            tr("ist größer als der höchste Betrag ({value}).").format(value=format_cents(MAX_CENTS))
        )
    return round(value * 100)


def format_number(value: float | None) -> str:
    """``1234.5`` → ``1.234,5``; whole numbers without decimals."""
    if value is None:
        return ""
    if float(value).is_integer():
        return ("-" if value < 0 else "") + _group(str(int(abs(value))))
    text = f"{abs(value):.4f}".rstrip("0")
    whole, frac = text.split(".")
    return ("-" if value < 0 else "") + _group(whole) + "," + frac


def parse_number(text: str) -> float | None:
    """A number (an indicator's value): the same rule as amounts (:func:`split_number`)."""
    if not text.strip():
        return None
    parts = split_number(text)
    if parts is None or len(parts[1]) > 300:
        raise ValueError(tr("„{value}“ ist keine Zahl.").format(value=text.strip()))
    negative, whole, fraction = parts
    value = float(f"{whole}.{fraction or 0}")
    return -value if negative else value


def format_percent(value: int | None) -> str:
    return "" if value is None else f"{value} %"


def parse_int(text: str) -> int | None:
    raw = text.strip().rstrip("%").strip()
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError:
        raise ValueError(tr("„{value}“ ist keine ganze Zahl.").format(value=text.strip())) from None


def plural(count: int, one: str, many: str) -> str:
    """``plural(1, "Maßnahme", "Maßnahmen")`` → ``1 Maßnahme``; in English the noun after
    its number is lower case („3 notes“, not „3 Notes“)."""
    return f"{count} {in_sentence(one if count == 1 else many)}"


def format_share(part: int, whole: int) -> str:
    """„22,7 %“: *part* of *whole*, rounded only here, for display; „–“ without a whole."""
    if whole == 0:
        return "–"
    return f"{part * 100 / whole:.1f} %".replace(".", ",")


def format_basis_points(value: int) -> str:
    """A rate kept in basis points as the percentage users type: 6500 → „65“, 6550 → „65,5“."""
    return f"{value / 100:g}".replace(".", ",")


def parse_basis_points(text: str) -> int | None:
    """„65“, „65 %“ or „65,5“ → 6500 or 6550 basis points."""
    number = parse_number(text.replace("%", ""))
    return None if number is None else round(number * 100)


def printable(text: str, limit: int = 80) -> str:
    """*text* as a terminal or a message may show it: control characters escaped, at most
    *limit* characters."""
    shown = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"
