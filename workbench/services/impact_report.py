"""The Wirkung dashboard as documents show it, built as plain data: the overview (bars
per Handlungsfeld and per success factor, each with its table) and every indicator's
chart with its sentence, and the indicators as a table. Pictures are drawn by the
window's painter (gui/impact_charts.py) and handed in by the window or the command line;
without them a document has the sentences and the tables."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from workbench.exports.sections import Pictured, Section
from workbench.i18n import tr
from workbench.services.impact import Impact, Standing, Tally, impact

#: The keys of the overview's pictures (the indicators' pictures go by indicator id).
BY_FIELD, BY_FACTOR = "by_field", "by_factor"


def tally_section(heading: str, group: str, tallies: list[Tally], total: bool = False) -> Section:
    """A chart's data: the group and one count per standing; with *total* (the window)
    the sum too (in a document a column more would not fit a page's width without
    cutting the headers' words)."""
    return Section(
        heading,
        [group, *(f"{s.sign} {s.label}" for s in Standing)] + ([tr("Summe")] if total else []),
        [
            [t.name, *(str(t.counts.get(s, 0)) for s in Standing)]
            + ([str(t.total)] if total else [])
            for t in tallies
        ],
        tr("Keine Indikatoren."),
        (5.2, 2.0, 3.0, 2.0, 2.0, 2.4),
    )


def series_section(data: Impact, full: bool = False) -> Section:
    """The indicators with where they stand; *full* (the window): with the day of the
    latest value, the baseline and the trend."""
    headers = [tr("Kennung"), tr("Indikator"), tr("Zuletzt gemessen") if full else tr("Zuletzt")]
    headers += [tr("Ausgangswert")] if full else []
    headers += [tr("Zielwert"), tr("Abstand zum Ziel")]
    headers += [tr("Trend")] if full else []
    headers += [tr("Stand")]
    rows = []
    for s in data.series:
        row = [s.code, s.name, s.latest_text(with_day=full)]
        row += [s.number(s.baseline)] if full else []
        row += [s.number(s.target), s.distance_text()]
        row += [s.trend_text()] if full else []
        row += [f"{s.standing.sign} {s.standing.label}"]
        rows.append(row)
    return Section(
        tr("Indikatoren mit Stand"),
        headers,
        rows,
        tr("Keine Indikatoren erfasst."),
        (1.6, 5.4, 2.4, 2.4, 2.4, 2.4),
    )


def dashboard(data: Impact, pictures: dict[str, Path] | None = None) -> list[Pictured]:
    """The overview, then each indicator with its chart (those that have values)."""
    pictures = pictures or {}
    overview = Pictured(
        tr("Wirkung im Überblick"),
        data.describe(),
        [pictures[k] for k in (BY_FIELD, BY_FACTOR) if k in pictures],
        [
            tally_section(tr("Je Handlungsfeld"), tr("Handlungsfeld"), data.by_field),
            tally_section(tr("Je Erfolgsfaktor"), tr("Erfolgsfaktor"), data.by_factor),
            series_section(data),
        ],
        wide=False,
    )
    charts = [
        Pictured(f"{s.code} {s.name}", s.describe(), [pictures[s.id]], [], wide=False)
        for s in data.series
        if s.id in pictures
    ]
    return [overview, *charts]


def impact_data(
    session: Session, measure_ids: Sequence[str] | None = None, today: date | None = None
) -> Impact:
    return impact(session, set(measure_ids) if measure_ids is not None else None, today)
