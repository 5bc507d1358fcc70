"""A laptop compares its clock with the share's at every synchronisation (SYNC.md, rule 9).

A clock that is wrong by more than CLOCK_WRONG_MS (a laptop with a wrong date, a battery
that lost the time) is said on that laptop, and stamps are made by the share's time
until it is right again. Operations stamped by the wrong clock that have not left the
laptop yet get new stamps before they go out, so that the other laptops do not hold
them back for days; a laptop whose clock went back after a wrong stamp left says so,
too.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from workbench.i18n import tr
from workbench.store.sync_tables import sync_outbox
from workbench.sync import capture
from workbench.sync.clock import (
    CLOCK_WRONG_MS,
    MAX_FUTURE_MS,
    MAX_RELEASE_MS,
    HybridClock,
    Stamp,
    next_stamp,
    when,
)
from workbench.sync.outgoing import Outgoing
from workbench.sync.report import SyncReport
from workbench.sync.share import Share

#: A share's clock further than this from the laptop's is not believed (a server that
#: sends nonsense in its Date must not move every laptop's stamps by years).
IMPLAUSIBLE_MS = 400 * 24 * 60 * 60 * 1000
HOUR_MS = 60 * 60 * 1000
#: When the share's clock was last asked (this laptop's time, seconds).
CLOCK_PROBED = "clock_probed"
#: The own latest stamp when a file last told the others that this clock is right again.
CLOCK_PROVED = "clock_proved"
PROBE_EVERY_S = 3600


def _hours(ms: int) -> str:
    hours = round(abs(ms) / HOUR_MS)
    if hours >= 48:
        return tr("{n} Tage").format(n=round(hours / 24))
    return tr("{n} Stunden").format(n=hours)


class ClockCheck:
    """Compares this laptop's clock with the share's and puts wrong stamps right."""

    def __init__(self, share: Share, outgoing: Outgoing) -> None:
        self.share = share
        self.outgoing = outgoing

    def check(self, report: SyncReport) -> None:
        share = self.share
        with share.ws.engine.connect() as conn:
            clock = capture.load_clock(conn)
            pending = capture.pending_count(conn) > 0
            probed = float(capture.state_get(conn, CLOCK_PROBED) or 0)
        # A folder tells its time only through a file made in it: asked when stamps are
        # about to go out, while a correction holds, and once an hour – not at every sync
        # (a synced folder would carry a file every few seconds; a watching window would
        # sync again at once).
        wall = clock._wall()
        ask = pending or clock.offset_ms or clock.ahead_of_now() > CLOCK_WRONG_MS
        theirs = None
        if ask or abs(wall / 1000 - probed) > PROBE_EVERY_S:
            theirs = share.place.now(share.base)
        with share.ws.engine.begin() as conn:
            before = clock.offset_ms
            if theirs is not None:
                capture.state_set(conn, CLOCK_PROBED, str(wall / 1000))
                self._follow(conn, clock, wall, theirs, report)
            self._say_offset(conn, clock, before, wall, report)
            self._say_ahead(conn, clock, report)
            self._restamp(conn, clock)
            capture.save_clock(conn, clock)

    def _follow(
        self, conn: Connection, clock: HybridClock, wall: int, theirs: float, report: SyncReport
    ) -> None:
        """Take the share's time (*theirs*, seconds) as the offset of stamps where this
        clock is wrong by more than CLOCK_WRONG_MS – unless the share's is not plausible."""
        skew = wall - int(theirs * 1000)
        if abs(skew) <= IMPLAUSIBLE_MS:
            clock.offset_ms = skew if abs(skew) > CLOCK_WRONG_MS else 0
            return
        self.share.report_once(
            conn,
            f"clock-implausible:{self.share.label}",
            tr(
                "Die Uhr von „{root}“ sagt {value} – so weit von der Uhr dieses Rechners ({value2}) entfernt, dass Werkbank ihr nicht folgt."
            ).format(root=self.share.label, value=when(int(theirs * 1000)), value2=when(wall)),
            report,
        )

    def _say_offset(
        self, conn: Connection, clock: HybridClock, before: int, wall: int, report: SyncReport
    ) -> None:
        """Say when this clock turned wrong (by whole hours) or right again."""
        if clock.offset_ms and round(clock.offset_ms / HOUR_MS) != round(before / HOUR_MS):
            self.share.report_once(
                conn,
                f"clock-wrong:{wall // HOUR_MS}",
                (
                    tr(
                        "Die Uhr dieses Rechners geht um etwa {value} vor: sie zeigt {value2}, der gemeinsame Ordner {value3}. Bitte Datum und Uhrzeit des Rechners richtig stellen. Bis dahin stempelt Werkbank Änderungen nach der Uhr des Ordners; die anderen Rechner übernehmen sie wie immer."
                    )
                    if clock.offset_ms > 0
                    else tr(
                        "Die Uhr dieses Rechners geht um etwa {value} nach: sie zeigt {value2}, der gemeinsame Ordner {value3}. Bitte Datum und Uhrzeit des Rechners richtig stellen. Bis dahin stempelt Werkbank Änderungen nach der Uhr des Ordners."
                    )
                ).format(
                    value=_hours(clock.offset_ms),
                    value2=when(wall),
                    value3=when(wall - clock.offset_ms),
                ),
                report,
            )
        elif before and not clock.offset_ms:
            self.share.report_once(
                conn,
                f"clock-right:{wall // HOUR_MS}",
                tr("Die Uhr dieses Rechners geht wieder richtig."),
                report,
            )

    def _say_ahead(self, conn: Connection, clock: HybridClock, report: SyncReport) -> None:
        """Say that own stamps lie ahead after this clock was put back."""
        ahead = clock.ahead_of_now()
        if ahead > CLOCK_WRONG_MS:
            self.share.report_once(
                conn,
                f"clock-back:{clock.last.text()}",
                (
                    tr(
                        "Die Uhr dieses Rechners ging zeitweise um etwa {value} vor (eigene Änderungen tragen Zeitstempel bis {value2}). Die anderen Rechner übernehmen sie, sobald sie eine Datei von hier mit der richtigen Uhrzeit sehen; Werkbank schreibt eine. Bis {value2} gelten Änderungen von hier vor gleichzeitigen Änderungen anderer Rechner."
                    )
                    if ahead <= MAX_RELEASE_MS
                    else tr(
                        "Die Uhr dieses Rechners ging zeitweise um etwa {value} vor (eigene Änderungen tragen Zeitstempel bis {value2}). So weit in der Zukunft halten die anderen Rechner sie bis {value3} zurück; bitte die Koordination fragen, ob dieser Rechner die Arbeitsmappe neu beitreten soll."
                    )
                ).format(
                    value=_hours(ahead),
                    value2=when(clock.last.wall_ms),
                    value3=when(clock.last.wall_ms - MAX_FUTURE_MS),
                ),
                report,
            )

    def prove(self, report: SyncReport) -> None:
        """After this laptop's clock was put back, the stamps it sent lie ahead of every
        clock: one file with its clock right now (even without operations) tells the
        others so, and they take those stamps at once instead of in days (SYNC.md rule
        9). Written once per such episode; every later file carries the same proof."""
        share = self.share
        with share.ws.engine.connect() as conn:
            clock = capture.load_clock(conn)
            proved = capture.state_get(conn, CLOCK_PROVED)
        ahead = clock.ahead_of_now()
        if not CLOCK_WRONG_MS < ahead <= MAX_RELEASE_MS or proved == clock.last.text():
            return
        if not report.files_written:
            files, _ = self.outgoing.export(advertise=True)
            report.files_written += files
        with share.ws.engine.begin() as conn:
            capture.state_set(conn, CLOCK_PROVED, clock.last.text())

    def _restamp(self, conn: Connection, clock: HybridClock) -> None:
        """Operations not sent yet whose stamps lie more than CLOCK_WRONG_MS ahead of the
        (corrected) clock get new ones, in their order, after every stamp this laptop has
        seen from others and sent itself: each still wins over what it overwrote, and the
        others take it now instead of in days."""
        limit = Stamp(clock.now() + CLOCK_WRONG_MS, 99_999).text()
        wrong = list(
            conn.execute(
                select(sync_outbox.c.hlc)
                .where(sync_outbox.c.file_seq.is_(None), sync_outbox.c.hlc > limit)
                .distinct()
                .order_by(sync_outbox.c.hlc)
            ).scalars()
        )
        if not wrong:
            return
        me = self.share.replica
        raw = conn.connection.driver_connection
        assert raw is not None
        cur = raw.cursor()
        cur.execute("CREATE TEMP TABLE IF NOT EXISTS restamp (old TEXT PRIMARY KEY, new TEXT)")
        cur.execute("DELETE FROM restamp")
        cur.executemany("INSERT INTO restamp (old) VALUES (?)", [(w,) for w in wrong])
        stamp = _floor(cur, clock, me)
        mapping: list[tuple[str, str]] = []
        for old in wrong:
            stamp = next_stamp(stamp)
            mapping.append((stamp.text(), old))
        cur.executemany("UPDATE restamp SET new = ? WHERE old = ?", mapping)
        new = "(SELECT new FROM restamp WHERE old = {col})"
        within = "{col} IN (SELECT old FROM restamp)"
        for table, column, condition in (
            ("sync_outbox", "hlc", "file_seq IS NULL"),
            ("sync_field_clock", "hlc", "replica = :me AND file_seq IS NULL"),
            ("sync_tombstones", "hlc", "replica = :me"),
            ("sync_bin", "hlc", "replica = :me"),
            ("sync_conflicts", "kept_hlc", "kept_replica = :me"),
            ("sync_conflicts", "lost_hlc", "lost_replica = :me"),
        ):
            cur.execute(
                f"UPDATE {table} SET {column} = {new.format(col=column)} "  # noqa: S608 – own names
                f"WHERE {condition} AND {within.format(col=column)}",
                {"me": me},
            )
        # a decision names a conflict by its losing stamp: where that was one of these
        cur.executemany(
            "UPDATE sync_outbox SET value = ? WHERE file_seq IS NULL AND op = 'resolve' "
            "AND value = ?",
            [(capture.encode([n, me]), capture.encode([o, me])) for n, o in mapping],
        )
        cur.execute("DELETE FROM restamp")
        cur.close()
        clock.last = stamp  # the greatest stamp there is here now


def _floor(cur: Any, clock: HybridClock, me: str) -> Stamp:
    """The greatest stamp that stays: seen from others, sent from here, kept in a clock
    (the wrong ones, in the temporary table restamp, left out); new stamps come after it."""
    floors = [clock.seen.text(), Stamp(clock.now(), 0).text()]
    for table, mine in (
        ("sync_outbox", "file_seq IS NULL"),
        ("sync_field_clock", "replica = :me AND file_seq IS NULL"),
        ("sync_tombstones", "replica = :me"),
    ):
        cur.execute(
            f"SELECT max(hlc) FROM {table} "  # noqa: S608 – own names
            f"WHERE NOT ({mine} AND hlc IN (SELECT old FROM restamp))",
            {"me": me},
        )
        floors.append(cur.fetchone()[0])
    return Stamp.parse(max(f for f in floors if f))
