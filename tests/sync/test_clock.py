"""The hybrid logical clock orders events even when wall clocks disagree."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from workbench.sync.clock import MAX_FUTURE_MS, HybridClock, Stamp


def test_ticks_grow_even_when_the_wall_clock_goes_back() -> None:
    walls = iter([1000, 1000, 900, 2000])
    clock = HybridClock(now=lambda: next(walls))
    stamps = [clock.tick() for _ in range(4)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 4
    assert stamps[2] == Stamp(1000, 2)


def test_observing_a_later_stamp_moves_past_it() -> None:
    clock = HybridClock(now=lambda: 100)
    clock.observe(Stamp(5000, 3))
    assert clock.tick() == Stamp(5000, 4)


def test_far_future_stamps_are_recognised() -> None:
    clock = HybridClock(now=lambda: 1_000)
    assert clock.too_far_ahead(Stamp(1_000 + MAX_FUTURE_MS + 1, 0))
    assert not clock.too_far_ahead(Stamp(1_000 + MAX_FUTURE_MS, 0))


@given(
    st.integers(0, 10**15), st.integers(0, 99_999), st.integers(0, 10**15), st.integers(0, 99_999)
)
def test_text_sorts_like_the_stamp(w1: int, c1: int, w2: int, c2: int) -> None:
    a, b = Stamp(w1, c1), Stamp(w2, c2)
    assert (a < b) == (a.text() < b.text())
    assert Stamp.parse(a.text()) == a
