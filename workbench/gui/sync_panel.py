"""The Synchronisation section: the shared folder or server, status, the laptops taking
part, held deletions; the background sync is gui/sync_runner.py, the review of conflicts
gui/sync_conflicts.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workbench.formats import plural
from workbench.gui.forms import FlowLayout, ReloadsWhenShown, ValueLabel
from workbench.gui.sync_conflicts import ConflictsBox
from workbench.gui.sync_runner import SyncRunner as SyncRunner  # the window's import
from workbench.gui.sync_runner import busy
from workbench.i18n import tr
from workbench.services import conflicts as conflict_service
from workbench.services import sync as sync_service
from workbench.services.errors import ServiceError
from workbench.services.sync import SyncReport

if TYPE_CHECKING:
    from workbench.gui.dialogs import Dialogs
    from workbench.gui.operations import WorkspaceOps


class SyncPanel(ReloadsWhenShown, QWidget):
    """Shared folder, status, and the review of conflicts."""

    def __init__(
        self, ops: WorkspaceOps, runner: SyncRunner, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops, self.runner, self.dialogs = ops, runner, dialogs
        self._buttons()
        self._states()
        self.conflicts_box = ConflictsBox(ops, dialogs, self._decided)
        # the box's parts, by the names the panel has always had (tests, shortcuts)
        self.conflicts = self.conflicts_box.conflicts
        self.conflicts_model = self.conflicts_box.conflicts_model
        self.keep_button = self.conflicts_box.keep_button
        self.other_button = self.conflicts_box.other_button
        self.combine_button = self.conflicts_box.combine_button
        self.resolve = self.conflicts_box.resolve
        self.combine = self.conflicts_box.combine

        folder_box = self._folder_box()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(folder_box)
        layout.addWidget(self.conflicts_box, 1)
        runner.state_changed.connect(self.state_label.setText)
        self.notice = ""  # what the last sync said about the folder itself (offline, read-only)
        runner.report_ready.connect(self._report_arrived)

    def _buttons(self) -> None:
        """Share, join, a server, sync now, the passphrase."""
        self.share_button = QPushButton(tr("Ordner wählen und &teilen …"))
        self.join_button = QPushButton(tr("Geteilter Arbeitsmappe &beitreten …"))
        self.sync_button = QPushButton(tr("Jetzt &synchronisieren"))
        self.server_button = QPushButton(tr("Se&rver (WebDAV) wählen …"))
        self.server_button.setToolTip(
            tr(
                "Über einen WebDAV-Server abgleichen (Nextcloud, openDesk, die Cloud der "
                "Verwaltung) statt über einen Ordner: teilen oder beitreten."
            )
        )
        self.server_button.clicked.connect(self.choose_server)
        self.share_button.clicked.connect(lambda: self.choose_folder(join=False))
        self.join_button.clicked.connect(lambda: self.choose_folder(join=True))
        self.sync_button.clicked.connect(self.runner.request)
        self.passphrase_button = QPushButton(tr("&Kennwort ändern …"))
        self.passphrase_button.setToolTip(
            tr("Das Kennwort der geschützten geteilten Arbeitsmappe für alle Rechner ändern.")
        )
        self.passphrase_button.clicked.connect(self.change_passphrase)

    def _states(self) -> None:
        """Where the workspace is shared, its state, the laptops (one may be retired), the
        notices (held deletions may be accepted)."""
        self.folder_label = ValueLabel(tr("Geteilt über"))
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A server address or a deep path must not widen the section beyond the window:
        # what does not fit is cut off here and shown whole in the tooltip.
        self.folder_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.last_label = ValueLabel(tr("Letzter Abgleich"))
        self.pending_label = ValueLabel(tr("Ausstehende Änderungen"))
        self.state_label = ValueLabel(tr("Zustand"), announce=True)
        for label in (self.folder_label, self.last_label, self.pending_label, self.state_label):
            label.setWordWrap(True)  # a long state made the section 620 px wide
        self.replicas = QListView()
        self.replicas.setAccessibleName(tr("Beteiligte Rechner"))
        self.replicas_model = QStandardItemModel(self)
        self.replicas.setModel(self.replicas_model)
        self.replicas.setMaximumHeight(90)
        self.retire_button = QPushButton(tr("Rechner &entfernen …"))
        self.retire_button.setToolTip(
            tr(
                "Einen Rechner, der nicht wiederkommt (verloren, ersetzt), "
                "aus der geteilten Arbeitsmappe nehmen: der Ordner wartet "
                "dann nicht mehr auf ihn."
            )
        )
        self.retire_button.clicked.connect(self.retire)
        self.problems = QListView()
        self.problems.setAccessibleName(tr("Hinweise zum gemeinsamen Ordner"))
        self.problems_model = QStandardItemModel(self)
        self.problems.setModel(self.problems_model)
        self.problems.setMaximumHeight(110)
        # Notices are sentences: wrapped to the width, read without scrolling sideways.
        self.problems.setWordWrap(True)
        self.problems.setResizeMode(QListView.ResizeMode.Adjust)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for view in (self.replicas, self.problems):
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.accept_button = QPushButton(tr("Zurückgehaltene &Löschungen übernehmen …"))
        self.accept_button.setToolTip(
            tr(
                "Eine Änderungsdatei, die viele Maßnahmen löschen würde, "
                "wird erst nach Ihrer Bestätigung übernommen."
            )
        )
        self.accept_button.clicked.connect(self.accept_deletions)

    def _folder_box(self) -> QGroupBox:
        """„Gemeinsam arbeiten“: every state labelled, rows of buttons that wrap."""
        folder_box = QGroupBox(tr("Gemeinsam arbeiten: Ordner oder Server"))
        form = QFormLayout(folder_box)
        form.addRow(tr("Geteilt über:"), self.folder_label)
        # rows of buttons go on below at 400 % zoom instead of widening the section
        form.addRow(FlowLayout().add(self.share_button, self.join_button, self.server_button))
        form.addRow(FlowLayout().add(self.sync_button, self.passphrase_button))
        form.addRow(tr("Zustand:"), self.state_label)
        form.addRow(tr("Letzter Abgleich:"), self.last_label)
        form.addRow(tr("Ausstehend:"), self.pending_label)
        form.addRow(tr("Rechner:"), self.replicas)
        retire_row = QHBoxLayout()
        retire_row.addWidget(self.retire_button)
        retire_row.addStretch(1)
        form.addRow("", retire_row)
        form.addRow(tr("Hinweise:"), self.problems)
        accept_row = QHBoxLayout()
        accept_row.addWidget(self.accept_button)
        accept_row.addStretch(1)
        form.addRow("", accept_row)
        return folder_box

    def _report_arrived(self, report: SyncReport | str) -> None:
        self.notice = (
            report if isinstance(report, str) else (report.offline or report.read_only or "")
        )
        self.request_reload()

    def reload(self) -> None:
        super().reload()
        st = sync_service.status(self.ops.workspace)
        self.folder_label.setText(st.place or tr("– nicht geteilt –"))
        self.folder_label.setToolTip(st.place or "")
        self.sync_button.setEnabled(st.place is not None)
        self.passphrase_button.setVisible(sync_service.is_protected(self.ops.workspace))
        self.last_label.setText(sync_service.format_sync_time(st.last_sync))
        self._show_pending(st)
        if not self.state_label.text():
            self.state_label.setText(
                tr("Noch kein Abgleich seit dem Öffnen") if st.place else tr("Nicht geteilt")
            )
        self._show_replicas(st)
        self._show_problems(st)
        self.conflicts_box.reload()

    def _show_pending(self, st: sync_service.SyncStatus) -> None:
        """What waits for the next sync (nothing waits where the workspace is not shared:
        sharing publishes the whole workspace)."""
        if st.place is None:  # nothing waits: sharing publishes the whole workspace
            self.pending_label.setText(
                tr(
                    "Nicht geteilt – alle Änderungen bleiben auf diesem Rechner. "
                    "„Ordner wählen …“ teilt den ganzen Stand."
                )
            )
        elif st.pending_rows:
            self.pending_label.setText(
                plural(
                    st.pending_rows,
                    tr("geänderter Eintrag wartet"),
                    tr("geänderte Einträge warten"),
                )
                + tr(" auf den nächsten Abgleich")
            )
        else:
            self.pending_label.setText(tr("Nichts wartet – alles ist geteilt."))

    def _show_replicas(self, st: sync_service.SyncStatus) -> None:
        """The other laptops: what was taken from each and when it was last active; those
        removed for good marked, and only the others can be removed."""
        self.replicas_model.clear()
        active = set(sync_service.known_replicas(self.ops.workspace))
        for replica in sorted(set(st.replicas) | active):
            seq = st.replicas.get(replica, 0)
            when = st.last_activity.get(replica)
            gone = "" if replica in active else tr(" (entfernt)")
            what = (
                tr("{value} übernommen, zuletzt aktiv {when}").format(
                    value=plural(seq, tr("Datei"), tr("Dateien")), when=when
                )
                if seq and when
                else tr("von ihm ist hier noch nichts übernommen")
            )
            item = QStandardItem(
                tr("Rechner {value}{gone}: {what}").format(value=replica[:8], gone=gone, what=what)
            )
            item.setData(replica if replica in active else None, Qt.ItemDataRole.UserRole)
            self.replicas_model.appendRow(item)
        if not self.replicas_model.rowCount():
            self.replicas_model.appendRow(
                QStandardItem(
                    tr("Noch keine anderen Rechner gesehen.")
                    if st.place
                    else tr("Diese Arbeitsmappe ist nicht geteilt.")
                )
            )
        self.retire_button.setEnabled(bool(active))

    def _show_problems(self, st: sync_service.SyncStatus) -> None:
        """Held deletions to accept; the notices about the shared place."""
        held = sync_service.held_files(self.ops.workspace)
        self.accept_button.setVisible(bool(held))
        self.problems_model.clear()
        for problem in ([self.notice] if self.notice else []) + st.problems:
            self.problems_model.appendRow(QStandardItem(problem))
        if not self.problems_model.rowCount():
            self.problems_model.appendRow(
                QStandardItem(
                    tr("Keine Hinweise: Alles ist in Ordnung.")
                    if st.place
                    else tr(
                        "Keine Hinweise. Hier erscheint, was am gemeinsamen Ordner auffällt (fehlende "
                        "oder beschädigte Dateien, ein Ordner offline)."
                    )
                )
            )

    def choose_folder(self, join: bool) -> None:
        title = tr("Geteilter Arbeitsmappe beitreten") if join else tr("Gemeinsamen Ordner wählen")
        folder = self.dialogs.choose_folder(title)
        if not folder:
            return
        passphrase: str | None = None
        if join and sync_service.needs_passphrase(folder):
            passphrase = self.dialogs.ask_passphrase(
                title, tr("Kennwort der geteilten Arbeitsmappe:")
            )
            if passphrase is None:
                return
        elif not join:
            passphrase = self.dialogs.ask_passphrase(
                title, tr("Kennwort zum Schutz der Dateien im Ordner (leer lassen: ohne Schutz):")
            )
            if passphrase is None:
                return
        try:
            with busy():
                sync_service.set_folder(
                    self.ops.workspace, folder, join=join, passphrase=passphrase or None
                )
        except ServiceError as exc:
            self.dialogs.error(title, str(exc))
            return
        self.runner.restart()
        self.reload()

    def choose_server(self) -> None:
        """Share through a WebDAV server, or join the workspace shared there."""
        title = tr("Server (WebDAV) wählen")
        choice = self.dialogs.choose_server(title, sync_service.server_of(self.ops.workspace))
        if choice is None:
            return
        passphrase: str | None = None
        try:
            with busy():
                protected = choice.join and sync_service.needs_passphrase(
                    sync_service.connect(choice.server, choice.password)
                )
        except OSError as exc:
            self.dialogs.error(
                title,
                tr("Keine Verbindung zu {server}: {value}.").format(
                    server=choice.server.describe(), value=exc.strerror or exc
                ),
            )
            return
        if protected:
            passphrase = self.dialogs.ask_passphrase(
                title, tr("Kennwort der geteilten Arbeitsmappe:")
            )
            if passphrase is None:
                return
        elif not choice.join and sync_service.server_of(self.ops.workspace) is None:
            passphrase = self.dialogs.ask_passphrase(
                title,
                tr("Kennwort zum Schutz der Dateien auf dem Server (leer lassen: ohne Schutz):"),
            )
            if passphrase is None:
                return
        try:
            with busy():
                kept = sync_service.set_server(
                    self.ops.workspace,
                    choice.server,
                    choice.password,
                    join=choice.join,
                    passphrase=passphrase or None,
                    allow_http=choice.allow_http,
                )
        except ServiceError as exc:
            self.dialogs.error(title, str(exc))
            return
        if not kept:
            self.dialogs.info(
                title,
                tr(
                    "Dieses System hat keinen Schlüsselbund, der das Passwort sicher aufbewahrt. "
                    "Werkbank behält es bis zum Beenden; nach dem nächsten Start bitte hier "
                    "erneut eingeben."
                ),
            )
        self.runner.restart()
        self.reload()

    def change_passphrase(self) -> None:
        title = tr("Kennwort ändern")
        first = self.dialogs.ask_passphrase(
            title, tr("Neues Kennwort für alle Rechner (mindestens 8 Zeichen):")
        )
        if not first:
            return
        again = self.dialogs.ask_passphrase(title, tr("Neues Kennwort wiederholen:"))
        if again is None:
            return
        if again != first:
            self.dialogs.error(
                title,
                tr("Die beiden Eingaben stimmen nicht überein; das Kennwort bleibt, wie es war."),
            )
            return
        try:
            sync_service.change_passphrase(self.ops.workspace, first)
        except ServiceError as exc:
            self.dialogs.error(title, str(exc))
            return
        self.dialogs.info(
            title,
            tr(
                "Kennwort geändert. Die anderen Rechner fragen beim nächsten "
                "Abgleich nach dem neuen Kennwort; bitte geben Sie es ihnen auf "
                "sicherem Weg weiter."
            ),
        )
        self.reload()

    def accept_deletions(self) -> None:
        held = sync_service.held_files(self.ops.workspace)
        if not held:
            return
        listed = "\n".join(f"• {h.describe()}" for h in held)
        if not self.dialogs.confirm(
            tr("Löschungen übernehmen"),
            tr(
                "Diese Änderungen anderer Rechner würden Maßnahmen löschen:\n{listed}\n\nÜbernehmen Sie sie nur, wenn die Löschung gewollt ist (bei einer gefälschten oder fehlerhaften Datei: nicht übernehmen und den Absender fragen)."
            ).format(listed=listed),
            tr("Übernehmen"),
        ):
            return
        sync_service.accept_deletions(self.ops.workspace)
        self.reload()
        self.runner.request()

    def retire(self) -> None:
        index = self.replicas.currentIndex()
        replica = index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None
        if not replica:
            self.dialogs.error(
                tr("Rechner entfernen"),
                tr(
                    "Bitte zuerst in der Liste „Rechner“ den "
                    "Rechner auswählen, der nicht wiederkommt."
                ),
            )
            return
        if not self.dialogs.confirm(
            tr("Rechner entfernen"),
            tr(
                "Rechner {value} aus der geteilten Arbeitsmappe entfernen? Seine Änderungen bleiben erhalten; der gemeinsame Ordner wartet aber nicht mehr auf ihn. Kommt er doch wieder, macht er als neuer Rechner weiter."
            ).format(value=replica[:8]),
            tr("Entfernen"),
        ):
            return
        try:
            sync_service.retire(self.ops.workspace, replica)
        except ServiceError as exc:
            self.dialogs.error(tr("Rechner entfernen"), str(exc))
            return
        self.reload()
        self.runner.request()

    def _decided(self) -> None:
        """A conflict was decided: the section shows what stands now, others hear soon."""
        self.reload()
        self.runner.request()

    @property
    def shown_conflicts(self) -> list[conflict_service.Conflict]:
        return self.conflicts_box.shown_conflicts
