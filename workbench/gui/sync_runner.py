"""Sync in the background: on a timer, when the shared folder changes, after a local edit
(coalesced), never two at once; the window's views hear what arrived."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication

from workbench.gui.background import Job
from workbench.i18n import tr
from workbench.services import sync as sync_service
from workbench.services.sync import SyncReport

if TYPE_CHECKING:
    from workbench.gui.operations import WorkspaceOps


@contextmanager
def busy() -> Iterator[None]:
    """The wait cursor while sharing or joining runs (a snapshot to write or upload)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


INTERVAL_MS = 5000
#: A server sends no notice when files arrive: it is asked more often (one PROPFIND of the
#: workspace's folder each time), so an edit on one laptop shows on another within ~3 s.
SERVER_INTERVAL_MS = 3000


class SyncRunner(QObject):
    """Runs sync off the GUI thread, on a timer and when the folder changes."""

    state_changed = Signal(str)  # German status text for the status bar
    report_ready = Signal(object)  # SyncReport or a German error message
    finished_job = Signal(object)

    def __init__(self, ops: WorkspaceOps, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.busy = False
        self.again = False
        self.stopped = False
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one sync at a time per workspace
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.request)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._folder_changed)
        self.finished_job.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self.restart()

    def restart(self) -> None:
        """Follow the current workspace's folder (after opening another workspace)."""
        self.stopped = False
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        folder = sync_service.folder_of(self.ops.workspace)
        if folder is None and sync_service.server_of(self.ops.workspace) is None:
            self.timer.stop()
            self.state_changed.emit(tr("Nicht geteilt"))
            return
        # A folder tells when files arrive; a server is asked on the timer (one request).
        self.timer.setInterval(INTERVAL_MS if folder else SERVER_INTERVAL_MS)
        changes = folder / self.ops.workspace.workspace_id / "changes" if folder else None
        if changes is not None and changes.is_dir():
            self.watcher.addPaths(
                [str(changes), *(str(p) for p in changes.iterdir() if p.is_dir())]
            )
        self.timer.start()
        self.request()

    def _folder_changed(self, path: str) -> None:
        """A file arrived, or another laptop joined: watch its folder too, then sync."""
        watched = set(self.watcher.directories())
        base = Path(path)
        if base.name == "changes" and base.is_dir():
            new = [str(p) for p in base.iterdir() if p.is_dir() and str(p) not in watched]
            if new:
                self.watcher.addPaths(new)
        self.request()

    def stop(self) -> None:
        """The window closes: no timer, no folder notifications, and wait for a running sync."""
        self.stopped = True
        self.timer.stop()
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self.wait()

    def request(self) -> None:
        if self.stopped:
            return
        try:
            shared = sync_service.is_shared(self.ops.workspace)
        except sync_service.WorkspaceUnreadable as exc:  # the file went away under us
            self.state_changed.emit(str(exc))
            return
        if not shared:
            return
        if self.busy:
            self.again = True
            return
        self.busy = True
        self.state_changed.emit(tr("Synchronisiere …"))
        workspace = self.ops.workspace
        self.pool.start(
            Job(
                lambda: sync_service.sync_now(workspace),
                lambda report, error: self.finished_job.emit(error or report),
                tr("Abgleich"),
            )
        )

    def wait(self, ms: int = 30000) -> bool:
        return self.pool.waitForDone(ms)

    def _finished(self, report: SyncReport | str) -> None:
        self.busy = False
        if self.stopped:  # arrived after the window closed (its workspace may be gone)
            return
        if isinstance(report, str):
            self.state_changed.emit(tr("Offline – ") + report)
        elif report.offline:
            self.state_changed.emit(tr("Offline – Änderungen warten lokal"))
        else:
            self.state_changed.emit(
                tr("Nur lesend – eigene Änderungen warten lokal")
                if report.read_only
                else tr("Synchronisiert")
            )
            if report.data_changed:
                self.ops.remote_changes_arrived()
            elif report.files_written:
                self.ops.schedule_checkpoint()  # the sync noted what it sent
        self.report_ready.emit(report)
        if self.again:
            self.again = False
            self.request()
