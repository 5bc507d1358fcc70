"""Runs service calls for the window: undo/redo commands and one "changed" signal.

Every user-visible change goes through :meth:`WorkspaceOps.run`. Views listen to
:attr:`WorkspaceOps.changed` and refresh only when a table they show is named.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QUndoCommand, QUndoStack

from workbench.i18n import tr
from workbench.model.views import every_table, shown_by
from workbench.services.errors import ServiceError
from workbench.services.operations import ChangeSet, Outcome, execute, plain, reapply, revert
from workbench.services.workspaces import (
    AnyWorkspace,
    OpenWorkspace,
    WorkspaceError,
    handle_of,
    read,
)

T = TypeVar("T")


MERGE_ID = 1
MERGE_WINDOW_S = 2.0


log = logging.getLogger(__name__)


class ChangeCommand(QUndoCommand):
    """One user action on the undo stack; it was already done when pushed.

    Commands with the same *merge_key* pushed in quick succession (arrow-key moves of
    the same notes) become one undo step.
    """

    def __init__(self, ops: WorkspaceOps, changes: ChangeSet, merge_key: str = "") -> None:
        super().__init__(changes.description)
        self._ops = ops
        self._changes = changes
        self._done = True
        self.merge_key = merge_key
        self.pushed_at = time.monotonic()

    def id(self) -> int:
        return MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ChangeCommand) or other.merge_key != self.merge_key:
            return False
        if other.pushed_at - self.pushed_at > MERGE_WINDOW_S:
            return False
        self._changes = ChangeSet(
            self._changes.description, [*self._changes.changes, *other._changes.changes]
        )
        self.pushed_at = other.pushed_at
        return True

    def redo(self) -> None:
        if self._done:
            self._done = False  # QUndoStack.push calls redo(); the action already ran
            return
        self._ops._replay(self._changes, reapply, tr("Wiederhergestellt"))

    def undo(self) -> None:
        self._ops._replay(self._changes, revert, tr("Rückgängig gemacht"))


#: How long after the last change the workspace file is brought up to date on disk.
CHECKPOINT_DELAY_MS = 2000


class WorkspaceOps(QObject):
    """The open workspace as the GUI uses it: reading, changing, undoing."""

    #: Emitted with the set of table names that changed and the change set itself.
    changed = Signal(object, object)
    #: Emitted with a German message when an action was refused.
    failed = Signal(str)
    #: Emitted when an action of this window was saved (a refusal shown before is over).
    succeeded = Signal()

    def __init__(self, workspace: AnyWorkspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: the open workspace: a handle whose doors are service calls (no engine, no session)
        self.workspace: OpenWorkspace = handle_of(workspace)
        #: While an undo or redo is shown: „Rückgängig gemacht“ or „Wiederhergestellt“.
        self.replaying = ""
        self.undo_stack = QUndoStack(self)
        # Within seconds of the last change, and when the window loses focus, the workspace
        # file on disk is whole on its own (not only together with its -wal file).
        self._checkpoint_timer = QTimer(self, singleShot=True, interval=CHECKPOINT_DELAY_MS)
        self._checkpoint_timer.timeout.connect(self.checkpoint)
        #: (tables shown, owner, callback) of every view that subscribed (subscribe)
        self._subscribers: list[tuple[str, QObject, Callable[..., None]]] = []
        self.changed.connect(self._tell)
        self.changed.connect(self.schedule_checkpoint)
        # What the workspace file looked like after the last change seen here: a difference
        # when the window comes back to the front means another program (the command
        # line, a second window) wrote to it, and every view reads again.
        self._stamp = self._file_stamp()
        self.changed.connect(self._remember_stamp)
        self._detached = False
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._application_state)
            # from one of our windows to another (a canvas window back to the main window)
            # the application stays active: the change of the focused window says it
            app.focusWindowChanged.connect(self._focus_window_changed)

    def detach(self) -> None:
        """The window closes: no more looks at the file when the application comes to the
        front (the file may be gone by then), no pending checkpoint."""
        self._checkpoint_timer.stop()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and not self._detached:
            self._detached = True
            app.applicationStateChanged.disconnect(self._application_state)
            app.focusWindowChanged.disconnect(self._focus_window_changed)

    def schedule_checkpoint(self, *_args: object) -> None:
        self._checkpoint_timer.start()

    def checkpoint(self) -> None:
        self._checkpoint_timer.stop()
        try:
            self.workspace.checkpoint()
        except Exception:  # noqa: BLE001 - a busy or vanished file: the next change tries again
            # INFO: a busy file is normal; the log file keeps the reason (stderr stays quiet)
            log.info("Sicherungspunkt der Arbeitsmappe nicht geschrieben", exc_info=True)
            return
        self._remember_stamp()

    def _file_stamp(self) -> tuple[Any, ...]:
        path = self.workspace.path
        stamp: list[tuple[int, int] | None] = []
        for file in (path, path.with_name(path.name + "-wal")):
            try:
                info = file.stat()
                stamp.append((info.st_mtime_ns, info.st_size))
            except OSError:
                stamp.append(None)
        return tuple(stamp)

    def _remember_stamp(self, *_args: object) -> None:
        self._stamp = self._file_stamp()

    def notice_outside_changes(self) -> bool:
        """Read again if another program wrote to the workspace since the last look."""
        if self._file_stamp() == self._stamp:
            return False
        self.remote_changes_arrived()
        return True

    def _application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.notice_outside_changes()
        elif self._checkpoint_timer.isActive():
            self.checkpoint()

    def _focus_window_changed(self, window: object) -> None:
        if window is not None:
            self.notice_outside_changes()

    def read(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """One service read in its own short session: ``fn(session, *args)``. What comes
        back is plain data (rows, choices, CanvasData …); widgets never hold a session."""
        return read(self.workspace, fn, *args, **kwargs)

    def subscribe(
        self, view: str, owner: QObject, heard: Callable[[set[str], ChangeSet], None]
    ) -> None:
        """*owner* (a panel, a canvas window) shows *view* (a key of model.views): *heard*
        is called for every change to a table that view shows – not for the changes
        *owner* made itself – until *owner* is destroyed, with the changed tables it
        shows. The one place where views hear of changes."""
        entry = (view, owner, heard)  # its tables looked up at the first change: the
        self._subscribers.append(entry)  # model's classes are not declared at start-up
        owner.destroyed.connect(lambda *_: self._unsubscribe(entry))

    def _unsubscribe(self, entry: tuple[Any, ...]) -> None:
        if entry in self._subscribers:
            self._subscribers.remove(entry)

    def _tell(self, tables: set[str], changes: ChangeSet) -> None:
        for view, owner, heard in list(self._subscribers):
            shown = shown_by(view)
            if tables & shown and changes.initiator is not owner:
                heard(tables & shown, changes)  # the tables it shows that changed

    def attempt(
        self,
        description: str,
        fn: Callable[..., Any],
        *args: Any,
        merge_key: str = "",
        initiator: QObject | None = None,
        **kwargs: Any,
    ) -> Outcome:
        """Run a service call as one undoable step; its outcome – the value as plain data
        (a made row as its id) or the German reason it was refused – for the caller to
        read. A refusal is also shown where the window shows messages (``failed``). The
        *initiator* shows the change already and is not told of it (subscribe)."""
        try:
            result, changes = execute(self.workspace, description, fn, *args, **kwargs)
        except (ServiceError, WorkspaceError) as exc:
            self.failed.emit(str(exc))
            return Outcome(error=str(exc))
        changes.initiator = initiator
        if changes:
            self.undo_stack.push(ChangeCommand(self, changes, merge_key))
            self.changed.emit(changes.tables, changes)
        self.succeeded.emit()
        return Outcome(plain(result))

    def run(
        self,
        description: str,
        fn: Callable[..., Any],
        *args: Any,
        merge_key: str = "",
        initiator: QObject | None = None,
        **kwargs: Any,
    ) -> Any:
        """:meth:`attempt`, for callers that need only the value: None when refused."""
        return self.attempt(
            description, fn, *args, merge_key=merge_key, initiator=initiator, **kwargs
        ).value

    def every_view_reads_again(self, description: str) -> None:
        """Another workspace is shown (opened, made): every view that subscribed reads it,
        built or not, shown or not – nothing is saved, nothing said in the status bar."""
        self._tell(set(every_table()), ChangeSet(description))

    def remote_changes_arrived(self) -> None:
        """Changes came from another laptop (or another program): every view looks."""
        self.changed.emit(
            set(every_table()), ChangeSet(tr("Änderungen anderer Rechner übernommen"))
        )

    def _replay(
        self, changes: ChangeSet, how: Callable[[AnyWorkspace, ChangeSet], ChangeSet], what: str
    ) -> None:
        try:
            done = how(self.workspace, changes)
        except Exception as exc:  # a database error must not leave the stack inconsistent
            log.exception("„%s“ ließ sich nicht zurücknehmen/wiederholen", changes.description)
            self.failed.emit(
                tr("„{description}“ ließ sich nicht rückgängig machen: {exc}").format(
                    description=changes.description, exc=exc
                )
            )
            self.undo_stack.clear()
            return
        self.replaying = what  # the status bar says what happened, not „Gespeichert“
        try:
            self.changed.emit(done.tables | changes.tables, done)
        finally:
            self.replaying = ""
