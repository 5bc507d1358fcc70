"""The main window's workspace files: showing the one it holds, switching to another,
opening, creating, saving a whole copy."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from workbench import APP_NAME
from workbench.i18n import tr
from workbench.services.workspaces import (
    SUFFIX,
    AnyWorkspace,
    WorkspaceError,
    create_workspace,
    data_dir,
    handle_of,
)
from workbench.services.workspaces import open_workspace as open_handle

if TYPE_CHECKING:
    from workbench.gui.main_window import MainWindow


def with_suffix(path: str) -> str:
    """Workspace files end in .werkbank, whatever the user typed."""
    return path if path.endswith(SUFFIX) else path + SUFFIX


def show_workspace(window: MainWindow, switched: bool = False) -> None:
    """The window shows the workspace it holds now (*switched*: another than before):
    title, path, every section."""
    ws = window.workspace
    window.setWindowTitle(f"{ws.name} – {APP_NAME}")
    window.path_label.setText(str(ws.path))
    window.settings.remember_workspace(str(ws.path))
    window.sync_panel.request_reload()
    window._update_conflict_count()
    if window._editor is not None:
        window._editor.load(None)  # nothing selected yet: the editor says how to choose one
    if switched:  # every section built so far reads the other workspace
        window.ops.every_view_reads_again(tr("Arbeitsmappe geöffnet"))
    else:  # at start the table is read at once, the other sections when first shown (and
        window.measures.reload()  # no model class is declared to tell them)
    notes = []  # told once the window is up
    if ws.removed_objects:
        notes.append(
            (
                tr("Fremde Bestandteile entfernt"),
                tr(
                    "In „{name}“ lag, was Werkbank nicht angelegt hat, und wurde entfernt: {what}. Eine Sicherung des vorigen Stands liegt unter „{backup_path}“."
                ).format(
                    name=ws.path.name,
                    what=", ".join(ws.removed_objects),
                    backup_path=ws.backup_path,
                ),
            )
        )
    if ws.upgraded_from:
        notes.append(
            (
                tr("Arbeitsmappe aktualisiert"),
                tr(
                    "„{name}“ wurde auf das aktuelle Format gebracht. Eine Sicherung des alten Stands liegt unter „{backup_path}“."
                ).format(name=ws.path.name, backup_path=ws.backup_path),
            )
        )
    for title, text in notes:
        QTimer.singleShot(0, lambda t=title, x=text: window.dialogs.info(t, x))


def switch_workspace(window: MainWindow, workspace: AnyWorkspace) -> None:
    """The window holds *workspace* from now on; the one before is closed."""
    if window._workshops is not None:
        window._workshops.close_canvases()
    old = window.ops.workspace
    window.ops.workspace = handle_of(workspace)
    window.ops.undo_stack.clear()
    window.sync_runner.timer.stop()
    window.sync_runner.wait()
    old.close()
    window.message_bar.hide()
    window.sync_runner.restart()
    show_workspace(window, switched=True)


def open_workspace(window: MainWindow, path: str) -> bool:
    """The workspace file at *path* in this window; False (and why) where it cannot open."""
    try:
        workspace = open_handle(path)
    except WorkspaceError as exc:
        window.dialogs.error(tr("Arbeitsmappe öffnen"), str(exc))
        if not Path(path).exists():
            window.settings.forget_workspace(path)
        return False
    switch_workspace(window, workspace)
    return True


def open_workspace_dialog(window: MainWindow) -> None:
    path = window.dialogs.open_file(tr("Arbeitsmappe öffnen"), str(data_dir()))
    if path:
        open_workspace(window, path)


def new_workspace(window: MainWindow) -> None:
    path = window.dialogs.save_file(tr("Neue Arbeitsmappe anlegen"), str(data_dir()))
    if not path:
        return
    try:
        workspace = create_workspace(with_suffix(path))
    except WorkspaceError as exc:
        window.dialogs.error(tr("Neue Arbeitsmappe"), str(exc))
        return
    switch_workspace(window, workspace)


def save_copy(window: MainWindow) -> None:
    """A copy of the workspace, whole, where the user chooses (progress while it is written)."""
    chosen = window.dialogs.save_file(
        tr("Kopie speichern unter"), str(window.workspace.path.parent)
    )
    if not chosen:
        return
    target = with_suffix(chosen)
    progress = QProgressDialog(tr("Kopie wird geschrieben …"), "", 0, 100, window)
    progress.setWindowTitle(tr("Kopie speichern"))
    progress.setCancelButton(None)
    progress.setMinimumDuration(300)
    progress.setWindowModality(Qt.WindowModality.WindowModal)

    def step(done: int, total: int) -> None:
        progress.setValue(int(done * 100 / max(total, 1)))
        QApplication.processEvents()

    try:
        window.workspace.save_copy(target, step)
    except WorkspaceError as exc:
        window.dialogs.error(tr("Kopie speichern"), str(exc))
    else:
        window.statusBar().showMessage(
            tr("Kopie gespeichert: {target}").format(target=target), 8000
        )
    finally:
        progress.close()
