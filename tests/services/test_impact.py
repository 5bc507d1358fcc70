"""Wirkung: where an indicator stands, by the rules of services/impact.py (DOMAIN.md),
each expected figure worked out by hand from the rule; the trend; the counts per
Handlungsfeld and per success factor of a workspace a user filled in."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.model import Indicator, IndicatorValue, SuccessFactor, Value
from workbench.services import impact, items, measures
from workbench.services.impact import Standing, standing
from workbench.services.operations import execute
from workbench.store.workspace import Workspace

TODAY = date(2026, 12, 5)
# a measure from 01.01.2025 to 31.12.2026: 730 days; on 01.01.2026, 365 of them are gone
PERIOD = (date(2025, 1, 1), date(2026, 12, 31))
HALF = date(2026, 1, 1)


@pytest.mark.parametrize(
    ("latest", "expected"),
    [
        # e = 365/730 = 0.5; p = value/100
        (45.0, Standing.ON_TRACK),  # 0.45 ≥ 0.5 − 0.10
        (40.0, Standing.ON_TRACK),  # 0.40 ≥ 0.40: the margin itself counts
        (30.0, Standing.AT_RISK),  # 0.30 < 0.40, ≥ 0.5 − 0.25
        (20.0, Standing.OFF_TRACK),  # 0.20 < 0.25
        (100.0, Standing.ON_TRACK),  # reached
    ],
)
def test_progress_against_the_share_of_the_period_gone_by(latest, expected) -> None:
    got, progress = standing(((HALF, latest),), 0.0, 100.0, 12, PERIOD, TODAY)
    assert got is expected and progress == pytest.approx(latest / 100)


def test_a_falling_target_is_reached_from_above() -> None:
    # Stromverbrauch: 820 → 490 MWh; 470 measured: p = (470 − 820) / (490 − 820) = 1.06
    got, progress = standing(((HALF, 470.0),), 820.0, 490.0, 12, PERIOD, TODAY)
    assert got is Standing.ON_TRACK and progress == pytest.approx(350 / 330)


def test_without_a_current_value_or_a_target() -> None:
    # the latest value 13 months before today: older than a yearly interval …
    old = ((date(2025, 11, 4), 50.0),)
    assert standing(old, 0.0, 100.0, 12, PERIOD, TODAY)[0] is Standing.STALE
    # … but current for an indicator measured every two years
    assert standing(old, 0.0, 100.0, 24, PERIOD, TODAY)[0] is not Standing.STALE
    assert standing((), 0.0, 100.0, 12, PERIOD, TODAY)[0] is Standing.STALE
    assert standing(((HALF, 5.0),), 0.0, None, 12, PERIOD, TODAY)[0] is Standing.NO_TARGET


def test_without_a_period_the_direction_decides() -> None:
    none = (None, None)
    up = ((date(2026, 3, 1), 10.0), (date(2026, 9, 1), 20.0))
    flat = ((date(2026, 3, 1), 10.0), (date(2026, 9, 1), 10.0))
    assert standing(up, 0.0, 100.0, 12, none, TODAY)[0] is Standing.ON_TRACK
    assert standing(flat, 0.0, 100.0, 12, none, TODAY)[0] is Standing.AT_RISK
    assert standing(up, 0.0, -50.0, 12, none, TODAY)[0] is Standing.OFF_TRACK  # away


def test_trend_is_the_slope_per_year() -> None:
    # 0 → 100 over 365 days: 100 per 365/365.25 years = 100.068… per year
    values = ((date(2025, 1, 1), 0.0), (date(2026, 1, 1), 100.0))
    assert impact.trend_per_year(values) == pytest.approx(100 * 365.25 / 365)
    assert impact.trend_per_year(values[:1]) is None


def test_counts_per_field_and_success_factor_of_a_workspace(tmp_path) -> None:
    from tests.sync.test_engine import add_frame

    ws = Workspace.create(tmp_path / "wirkung.werkbank")
    field = add_frame(ws)
    with ws.session() as s:
        value = Value(name="Gemeinwohl")
        value.success_factors.append(SuccessFactor(name="Teilhabe ermöglichen"))
        s.add(value)
        s.commit()
        factor_id = value.success_factors[0].id
    made, _ = execute(ws, "anlegen", measures.create_measure, "Kiezlabor", [field])
    execute(
        ws,
        "Zeitraum",
        measures.update_measure,
        made.id,
        {"start_date": PERIOD[0], "end_date": PERIOD[1]},
    )
    for name, value, factor_of in (("Kurse", 45.0, factor_id), ("Räume", 20.0, None)):
        ind, _ = execute(
            ws,
            "Indikator",
            items.add_item,
            Indicator,
            made.id,
            {"name": name, "baseline": 0.0, "target": 100.0, "success_factor_id": factor_of},
        )
        execute(
            ws,
            "Wert",
            items.add_item,
            IndicatorValue,
            ind.id,
            {"measured_on": HALF, "value": value},
        )
    with ws.session() as s:
        got = impact.impact(s, today=TODAY)
    assert [(s.name, s.standing) for s in got.series] == [
        ("Kurse", Standing.ON_TRACK),
        ("Räume", Standing.OFF_TRACK),
    ]
    (tally,) = got.by_field
    assert tally.counts == {Standing.ON_TRACK: 1, Standing.OFF_TRACK: 1}
    assert [(t.name, t.counts) for t in got.by_factor] == [
        ("ohne Erfolgsfaktor", {Standing.OFF_TRACK: 1}),
        ("Teilhabe ermöglichen", {Standing.ON_TRACK: 1}),
    ]
    assert (
        "2 Indikatoren der Maßnahmen: 1 auf Kurs, 0 gefährdet, 1 nicht auf Kurs" in got.describe()
    )
    assert (
        "✓ auf Kurs" in got.series[0].describe()
        and "noch 55 bis zum Ziel" in got.series[0].describe()
    )
    ws.close()
