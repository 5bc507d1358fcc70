"""Hybrid logical clock: wall time in milliseconds plus a counter, as sortable text.

``0001764129895123-00000`` sorts like the pair it encodes. Ties between replicas are
broken by the replica id wherever two stamps are compared (merge rule of SYNC.md).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from workbench.i18n import tr

#: What Stamp.text() writes: fixed width, so text order is time order.
STAMP_TEXT = re.compile(r"[0-9]{16}-[0-9]{5}")
#: An operation stamped more than this far ahead of the reader's clock is held back.
MAX_FUTURE_MS = 24 * 60 * 60 * 1000
#: ... unless its writer's clock is right again and the stamps lie at most this far ahead
#: (a date set a few days wrong once): then it is taken at once (SYNC.md rule 9).
MAX_RELEASE_MS = 7 * MAX_FUTURE_MS
#: A laptop whose clock differs from the share's by more than this is wrong (not a time
#: zone set wrong on a FAT stick – those are whole hours up to 14 – nor a slow drift):
#: it says so, and stamps by the share's time until its clock is right again.
CLOCK_WRONG_MS = 15 * 60 * 60 * 1000


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int

    def text(self) -> str:
        return f"{self.wall_ms:016d}-{self.counter:05d}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        if STAMP_TEXT.fullmatch(text) is None:
            raise ValueError(tr("kein gültiger Zeitstempel: {text!r}").format(text=text))
        wall, _, counter = text.partition("-")
        return cls(int(wall), int(counter))


def when(wall_ms: int) -> str:
    """A stamp's time as a German reader writes it (UTC, as the stamps are)."""
    try:
        return datetime.fromtimestamp(wall_ms / 1000, UTC).strftime("%d.%m.%Y %H:%M UTC")
    except (OverflowError, OSError, ValueError):
        return tr("(unlesbares Datum)")


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """Never goes backwards, even when the laptop's clock does; moves past what it saw.

    *offset_ms* is how far the laptop's clock was found ahead of the share's (negative:
    behind) where that is more than CLOCK_WRONG_MS: stamps are made by the share's time.
    *seen* is the greatest stamp observed from others.
    """

    def __init__(
        self,
        last: Stamp | None = None,
        now: Callable[[], int] | None = None,
        offset_ms: int = 0,
        seen: Stamp | None = None,
    ) -> None:
        self.last = last or Stamp(0, 0)
        self.offset_ms = offset_ms
        self.seen = seen or Stamp(0, 0)
        # Looked up at each tick (not bound once), so that a test can set a laptop's clock.
        self._wall = now or (lambda: wall_clock_ms())

    def now(self) -> int:
        return self._wall() - self.offset_ms

    def tick(self) -> Stamp:
        """A stamp for a local event, greater than every stamp seen so far."""
        wall = self.now()
        if wall > self.last.wall_ms:
            self.last = Stamp(wall, 0)
        else:
            self.last = Stamp(self.last.wall_ms, self.last.counter + 1)
        return self.last

    def observe(self, remote: Stamp) -> None:
        """Take note of a stamp from another replica, so later local ones sort after it."""
        if remote > self.last:
            self.last = remote
        if remote > self.seen:
            self.seen = remote

    def too_far_ahead(self, remote: Stamp) -> bool:
        return remote.wall_ms - self.now() > MAX_FUTURE_MS

    def ahead_of_now(self) -> int:
        """How far this laptop's own latest stamp lies ahead of its clock now (ms), where it
        was made here (not taken over from another laptop): more than CLOCK_WRONG_MS means
        the clock went wrong once and is back (or was put back)."""
        if self.last <= self.seen:
            return 0
        return max(0, self.last.wall_ms - self.now())


def next_stamp(stamp: Stamp) -> Stamp:
    """The smallest stamp after *stamp* (the counter has five digits)."""
    if stamp.counter < 99_999:
        return Stamp(stamp.wall_ms, stamp.counter + 1)
    return Stamp(stamp.wall_ms + 1, 0)
