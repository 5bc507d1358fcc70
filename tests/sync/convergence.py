"""Playing a convergence script (tests/sync/convergence_cases.py) on three laptops that
start as people start, through a folder or a WebDAV server, then checking the property:
they converge, a fourth laptop joining at the end arrives at the same data, every laptop
passes `workbench check`, and every value someone typed is the final one or kept as a
conflict – unless the person knowingly replaced it or chose an older backup."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from tests.sync.dav_server import PASSWORD, USER, DavServer
from tests.sync.helpers import SHARED_ID, data, sync
from tests.sync.test_engine import add_frame
from workbench.model import FieldOfAction, Goal, Measure
from workbench.services import items, measures
from workbench.services import sync as sync_service
from workbench.services.check import check_workspace
from workbench.services.errors import ServiceError
from workbench.services.findings import Severity
from workbench.services.operations import execute
from workbench.services.sync import set_folder
from workbench.store.sync_tables import sync_conflicts
from workbench.store.workspace import Workspace
from workbench.sync import clock as clock_module
from workbench.sync.engine import PlaceSync, adopt_workspace

HOUR_MS = 3_600_000


def run(script: list[tuple], transport: str) -> None:
    """*script* on three laptops through a "folder" or a "webdav" server; the property."""
    with tempfile.TemporaryDirectory() as tmp:
        through = Through(Path(tmp), transport)
        try:
            play = ScriptRun(Path(tmp), through)
            play.play(script)
            play.settle()
            play.check()
        finally:
            through.close()


def _newest_file(share: Path, ws: Workspace) -> Path | None:
    from workbench.sync import capture

    with ws.engine.connect() as conn:
        me = capture.state_get(conn, "replica_id")
    files = sorted(share.glob(f"*/changes/{me}/*.wbc"))
    return files[-1] if files else None


def _pick(ws: Workspace, cls: Any, n: int) -> str | None:
    with ws.session() as s:
        ids = list(s.scalars(select(cls.id).order_by(cls.id)))
    return ids[n % len(ids)] if ids else None


class Through:
    """How the laptops reach the shared files: a folder, or a WebDAV server (WsgiDAV on
    loopback) whose storage is that folder – so the faults of the script (copies,
    junk, a truncated file, the folder taken away) happen on the server's disk."""

    def __init__(self, tmp: Path, kind: str) -> None:
        self.server = DavServer(tmp / "dav", folder="share") if kind == "webdav" else None
        self.share = self.server.storage if self.server else tmp / "share"

    def choose(self, ws: Workspace, join: bool = False) -> None:
        if self.server is None:
            set_folder(ws, self.share, join=join)
        else:
            sync_service.set_server(ws, self._address(), PASSWORD, join=join)

    def _address(self) -> sync_service.Server:
        assert self.server is not None
        return sync_service.Server(self.server.url, USER)

    def engine(self, ws: Workspace) -> PlaceSync:
        if self.server is None:
            return PlaceSync(ws, self.share)
        return PlaceSync(ws, sync_service.connect(self._address(), PASSWORD))

    def sync(self, ws: Workspace) -> Any:
        """As the window does for a chosen place; directly for one that chose none."""
        if self.server is not None and sync_service.server_of(ws) is None:
            return self.engine(ws).sync()
        if self.server is not None:
            self.server.log.clear()
            report = sync(ws, self.share)
            assert self.server.log, "synced past the server"
            return report
        return sync(ws, self.share)

    def close(self) -> None:
        if self.server is not None:
            self.server.stop()


def edited_then_shared(tmp: Path, through: Through) -> tuple[Path, list[Workspace], list[str]]:
    """As people start: laptop 0 builds up its workspace (a frame, two units, a measure
    edited, a goal added and deleted again), then shares it; the others join."""
    from workbench.model import OrgUnit

    share = through.share
    share.mkdir(parents=True)
    first = Workspace.create(tmp / "laptop0.werkbank", name="Gemeinsam")
    adopt_workspace(first, SHARED_ID)
    field = add_frame(first)

    def make_units(session: Any) -> list[str]:
        made = [
            OrgUnit(name=name, short_name=short)
            for name, short in (("Senatskanzlei", "SK"), ("Bezirksamt Mitte", "BA Mitte"))
        ]
        session.add_all(made)
        session.flush()
        return [u.id for u in made]

    units, _ = execute(first, "Einheiten", make_units)
    m, _ = execute(first, "anlegen", measures.create_measure, "Vorab", [field])
    execute(first, "titel", measures.update_measure, m.id, {"title": "Vorab geändert"})
    goal, _ = execute(first, "ziel", items.add_item, Goal, m.id, {"title": "Weg damit"})
    execute(first, "ziel weg", items.delete_item, Goal, goal.id)
    through.choose(first)
    replicas = [first]
    for n in (1, 2):
        ws = Workspace.create(tmp / f"laptop{n}.werkbank", name="Gemeinsam")
        through.choose(ws, join=True)
        replicas.append(ws)
    for ws in replicas:
        through.sync(ws)
    return share, replicas, units


class ScriptRun:
    """The laptops of one script and what the property needs to know of their history:
    one method per action (``_do_<kind>``), each run with the acting laptop's clock."""

    def __init__(self, tmp: Path, through: Through) -> None:
        self.tmp, self.through = tmp, through
        self.share, self.replicas, self.units = edited_then_shared(tmp, through)
        self.extras: list[Workspace] = []  # joined mid-way, or a copied file
        self.from_copies: list[str] = []  # measures made in a copied file: they must arrive
        # What each laptop has seen of the typed titles, to tell a value someone knowingly
        # replaced from one that was lost: (measure id, value) pairs.
        self.typed: list[tuple[str, str]] = []
        self.unexported: list[set[tuple[str, str]]] = [set(), set(), set()]
        self.seen: list[set[tuple[str, str]]] = [set(), set(), set()]
        self.backed_up: dict[int, set[tuple[str, str]]] = {}
        self.on_share: set[tuple[str, str]] = set()
        self.superseded: set[tuple[str, str]] = set()
        self.truncated: dict[Path, bytes] = {}
        self.backups: dict[int, Path] = {}
        self.away = self.share.with_name("share-ausgehaengt")
        self.counter = 0
        self.hours_off = [0, 0, 0]  # how wrong each laptop's clock is (its actions run with it)
        self.real_clock: Callable[[], int] = clock_module.wall_clock_ms

    # -- playing -------------------------------------------------------------------------
    def play(self, script: list[tuple]) -> None:
        for kind, who, *args in script:
            if kind == "clock":
                self.hours_off[who] = args[0]
                continue
            real_clock = self.real_clock = clock_module.wall_clock_ms
            offset = self.hours_off[who] * HOUR_MS
            clock_module.wall_clock_ms = lambda r=real_clock, o=offset: r() + o
            try:
                action: Callable[..., None] = getattr(self, f"_do_{kind}")
                action(who, self.replicas[who], *args)
            except ServiceError:
                pass  # e.g. the measure is in the recycle bin here already
            finally:
                clock_module.wall_clock_ms = real_clock

    def _typed_title(self, who: int, ws: Workspace, mid: str, title: str) -> None:
        """*title* typed on laptop *who*: what it replaced there is knowingly replaced."""
        execute(ws, "title", measures.update_measure, mid, {"title": title})
        value = (mid, json.dumps(title))
        self.superseded |= {v for v in self.seen[who] if v[0] == mid}
        self.typed.append(value)
        self.seen[who].add(value)
        self.unexported[who].add(value)

    def _synced(self, who: int) -> None:
        """Laptop *who* sent what it had and took in what was on the share."""
        self.on_share |= self.unexported[who]
        self.unexported[who] = set()
        self.seen[who] |= self.on_share

    def _do_create(self, who: int, ws: Workspace, title: str) -> None:
        if field := _pick(ws, FieldOfAction, 0):
            execute(ws, "create", measures.create_measure, title, [field])

    def _do_title(self, who: int, ws: Workspace, n: int, letter: str) -> None:
        if mid := _pick(ws, Measure, n):
            self.counter += 1
            self._typed_title(who, ws, mid, f"Titel {letter}{who}-{self.counter}")

    def _do_behind(self, who: int, ws: Workspace, n: int, hours: int) -> None:
        if not (mid := _pick(ws, Measure, n)):
            return
        real = clock_module.wall_clock_ms
        clock_module.wall_clock_ms = lambda real=real, ms=hours * HOUR_MS: real() - ms
        try:
            self.counter += 1
            self._typed_title(who, ws, mid, f"Titel spaet {who}-{self.counter}")
        finally:
            clock_module.wall_clock_ms = real

    def _do_budget(self, who: int, ws: Workspace, n: int, hundreds: int) -> None:
        if mid := _pick(ws, Measure, n):
            execute(ws, "budget", measures.update_measure, mid, {"budget_cents": hundreds * 100})

    def _do_goal(self, who: int, ws: Workspace, n: int) -> None:
        if mid := _pick(ws, Measure, n):
            execute(ws, "goal", items.add_item, Goal, mid, {"title": f"Ziel {who}"})

    def _do_drop_goal(self, who: int, ws: Workspace, n: int) -> None:
        if gid := _pick(ws, Goal, n):
            execute(ws, "drop_goal", items.delete_item, Goal, gid)

    def _do_trash(self, who: int, ws: Workspace, n: int) -> None:
        if mid := _pick(ws, Measure, n):
            execute(ws, "trash", measures.delete_measure, mid)

    def _do_duplicate(self, who: int, ws: Workspace) -> None:
        if newest := _newest_file(self.share, ws):
            (newest.parent / f"{newest.stem} (1).wbc").write_bytes(newest.read_bytes())

    def _do_junk(self, who: int, ws: Workspace) -> None:
        if self.share.exists():
            base = next(self.share.iterdir())
            name = ["desktop.ini", ".DS_Store", "~$Bericht.docx"][who]
            (base / "changes" / name).write_bytes(b"x")

    def _do_truncate(self, who: int, ws: Workspace) -> None:
        newest = _newest_file(self.share, ws)
        if newest and newest not in self.truncated:
            self.truncated[newest] = whole = newest.read_bytes()
            newest.write_bytes(whole[: len(whole) // 3])

    def _do_skew(self, who: int, ws: Workspace, hours: int) -> None:
        """This laptop saw a stamp hours ahead of the true time (another laptop's clock
        ran fast, within the day that is taken without holding it back)."""
        from workbench.sync import capture
        from workbench.sync.clock import Stamp

        with ws.engine.begin() as conn:
            clock = capture.load_clock(conn)
            clock.observe(Stamp(self.real_clock() + hours * HOUR_MS, 0))
            capture.save_clock(conn, clock)

    def _do_snapshot(self, who: int, ws: Workspace) -> None:
        if self.share.exists():
            self.through.sync(ws)  # writing a snapshot sends what is pending first
            self.through.engine(ws).write_snapshot()
            self._synced(who)

    def _do_maintain(self, who: int, ws: Workspace) -> None:
        if self.share.exists():
            self.through.engine(ws).maintain(force=True)

    def _do_backup(self, who: int, ws: Workspace) -> None:
        self.backups[who] = self.tmp / f"sicherung{who}.werkbank"
        self.backups[who].unlink(missing_ok=True)
        ws.save_copy(self.backups[who])
        self.backed_up[who] = set(self.unexported[who])

    def _do_restore(self, who: int, ws: Workspace) -> None:
        if who not in self.backups:
            return
        path = ws.path
        ws.close()
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        shutil.copy(self.backups[who], path)
        self.replicas[who] = Workspace.open(path)
        # What was typed here after the backup and never left the laptop is gone with the
        # restore: the user chose the older file.
        self.superseded |= self.unexported[who] - self.backed_up[who]
        self.unexported[who] = set(self.backed_up[who])

    def _do_link(self, who: int, ws: Workspace, n: int, unit: int) -> None:
        if not (mid := _pick(ws, Measure, n)):
            return
        with ws.session() as s:
            have = {p.org_unit_id for p in s.get(Measure, mid).participant_links}
        execute(ws, "link", measures.set_participants, mid, sorted(have ^ {self.units[unit]}))

    def _do_join(self, who: int, ws: Workspace) -> None:
        if len(self.extras) < 2 and self.share.exists():
            joiner = Workspace.create(self.tmp / f"dazu{len(self.extras)}.werkbank")
            self.through.choose(joiner, join=True)
            self.through.sync(joiner)
            self.extras.append(joiner)

    def _do_copy(self, who: int, ws: Workspace) -> None:
        if len(self.extras) >= 2:
            return
        ws.checkpoint()
        target = self.tmp / f"kopie{len(self.extras)}.werkbank"
        shutil.copy(ws.path, target)
        copy = Workspace.open(target)
        field = _pick(copy, FieldOfAction, 0)
        made, _ = execute(
            copy, "anlegen", measures.create_measure, f"Aus der Kopie {len(self.extras)}", [field]
        )
        self.from_copies.append(made.id)
        self.through.sync(copy)
        self.extras.append(copy)

    def _do_vanish(self, who: int, ws: Workspace) -> None:
        if self.share.exists():
            self.share.rename(self.away)

    def _do_return(self, who: int, ws: Workspace) -> None:
        if self.away.exists():
            self.away.rename(self.share)

    def _do_sync(self, who: int, ws: Workspace) -> None:
        if self.through.sync(ws).offline is None:  # offline: waits
            self._synced(who)

    # -- the end -------------------------------------------------------------------------
    def settle(self) -> None:
        """The share back, downloads finished; everybody syncs until a whole round
        exchanges nothing (a restored or copied laptop becomes a new one and catches up;
        measures numbered alike are renumbered, and a renumbering may meet another):
        bounded, so a sync that never settles fails. Then a late laptop joins."""
        if self.away.exists():  # the share is back for good
            self.away.rename(self.share)
        for path, whole in self.truncated.items():  # the sync client finishes its download
            path.write_bytes(whole)
        self.replicas += self.extras
        for _ in range(12):
            reports = [self.through.sync(ws) for ws in self.replicas]
            if not any(r.files_written or r.files_applied for r in reports):
                break
        else:
            raise AssertionError("the laptops never stop exchanging files")
        late = Workspace.create(self.tmp / "spaeter.werkbank", name="Gemeinsam")
        adopt_workspace(late, SHARED_ID)
        self.through.sync(late)
        self.replicas.append(late)

    def check(self) -> None:
        """Converged, checked, and nothing typed lost."""
        dumps = [data(ws) for ws in self.replicas]
        assert all(d == dumps[0] for d in dumps)
        final_titles = {json.dumps(m["title"]) for m in dumps[0]["measures"]}
        final_ids = {m["id"] for m in dumps[0]["measures"]}  # the recycle bin counts
        for measure_id in self.from_copies:  # what was made in a copied file is not lost
            assert measure_id in final_ids  # (renamed elsewhere: found by its id)
        for ws in self.replicas:  # and every laptop passes `workbench check`
            with ws.session() as s:
                assert [f for f in check_workspace(s) if f.severity is Severity.ERROR] == []
        kept = set()
        for ws in self.replicas:
            with ws.engine.connect() as conn:
                kept |= {r.lost_value for r in conn.execute(select(sync_conflicts))}
        for mid, value in self.typed:  # nothing typed and not knowingly replaced is lost
            if (mid, value) not in self.superseded:
                assert value in final_titles or value in kept, value
        for ws in self.replicas:
            ws.close()
