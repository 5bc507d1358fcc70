"""Calendar arithmetic the rules need (deadlines months after a date, a measuring
interval in months), without a dependency: the day of the month is kept where the
target month has it, else the month's last day (31 January + 1 month = 28/29 February)."""

from __future__ import annotations

from datetime import date


def add_months(day: date, months: int) -> date:
    """*day* moved by whole *months* (negative: back), at most to the target month's end."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover - one of the four always exists
