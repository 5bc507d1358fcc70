"""Choosing a WebDAV server to sync with (Nextcloud, openDesk): address, user, app
password, an optional certificate authority of the administration, share or join, and a
connection test that runs in the background and says in words what it found."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workbench.gui.background import Job
from workbench.gui.forms import ValueLabel, ok_cancel
from workbench.i18n import tr

if TYPE_CHECKING:
    from workbench.gui.dialogs import Dialogs
from workbench.services import sync as sync_service


@dataclass(frozen=True)
class ServerChoice:
    """What the dialog gives back (the password only to hand to the credential store)."""

    server: sync_service.Server
    password: str
    join: bool
    allow_http: bool = False


class _Relay(QObject):
    done = Signal(str)


class ServerDialog(QDialog):
    """Address, user, app password, CA file; share here or join; test the connection."""

    def __init__(
        self,
        title: str,
        current: sync_service.Server | None = None,
        parent: QWidget | None = None,
        dialogs: Dialogs | None = None,
    ) -> None:
        """*dialogs* asks for the certificate file: the window's seam (a test answers)."""
        super().__init__(parent)
        #: asks for the certificate file (a test answers instead)
        self.dialogs = dialogs
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        ca_row = self._fields(current)
        self._share_or_join()
        form = self._form(ca_row)
        buttons = ok_cancel(self, tr("Übernehmen"), self._accept)
        layout = QVBoxLayout(self)
        layout.addWidget(_hint())
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.relay = _Relay()  # no parent: a test still running may outlive the dialog
        self.relay.done.connect(self._tested, Qt.ConnectionType.QueuedConnection)
        self.resize(640, self.sizeHint().height())
        (self.password if current else self.url).setFocus()

    def _fields(self, current: sync_service.Server | None) -> QHBoxLayout:
        """Address, user, app password, the CA file with a button to find it, http."""
        self.url = QLineEdit(current.url if current else "")
        self.url.setPlaceholderText(
            tr("https://cloud.example.de/remote.php/dav/files/BENUTZER/Werkbank")
        )
        self.url.setAccessibleName(tr("Adresse des Ordners auf dem Server"))
        self.user = QLineEdit(current.user if current else "")
        self.user.setAccessibleName(tr("Benutzername"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(tr("App-Passwort"))
        self.ca_bundle = QLineEdit(current.ca_bundle if current else "")
        self.ca_bundle.setAccessibleName(tr("Zertifikat der eigenen Zertifizierungsstelle"))
        self.ca_bundle.setPlaceholderText(tr("leer: die Zertifikate des Systems"))
        browse = QPushButton(tr("&Durchsuchen …"))
        browse.setAccessibleName(tr("Durchsuchen … (Zertifikatsdatei wählen)"))
        browse.clicked.connect(self._choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_bundle, 1)
        ca_row.addWidget(browse)
        self.allow_http = QCheckBox(
            tr("Unverschlüsselte Verbindung (http) erla&uben – nur in einem geschützten Netz")
        )
        # the name says what the box shows (label in name, 2.5.3): a speech user says it
        self.allow_http.setAccessibleName(
            tr("Unverschlüsselte Verbindung (http) erlauben – nur in einem geschützten Netz")
        )
        self.allow_http.setAccessibleDescription(
            tr("Ohne https gehen Passwort und Daten im Klartext durchs Netz.")
        )
        return ca_row

    def _share_or_join(self) -> None:
        """Share this workspace there or join the one shared there; test the connection."""
        self.share = QRadioButton(tr("Diese Arbeitsmappe dort t&eilen"))
        self.join = QRadioButton(tr("Der dort geteilten Arbeitsmappe &beitreten"))
        self.share.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.share)
        group.addButton(self.join)
        self.test_button = QPushButton(tr("Verbindung &testen"))
        self.test_button.clicked.connect(self.test)
        self.outcome = ValueLabel(tr("Ergebnis des Verbindungstests"), announce=True)
        self.outcome.setWordWrap(True)

    def _form(self, ca_row: QHBoxLayout) -> QFormLayout:
        """Every field labelled, its mnemonic leading to it."""
        form = QFormLayout()
        for text, field in (
            (tr("&Adresse:"), self.url),
            (tr("Benutzer&name:"), self.user),
            (tr("App-&Passwort:"), self.password),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        ca_label = QLabel(tr("&Zertifizierungsstelle (optional):"))
        ca_label.setBuddy(self.ca_bundle)
        form.addRow(ca_label, ca_row)
        form.addRow("", self.allow_http)
        form.addRow("", self.share)
        form.addRow("", self.join)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.outcome, 1)
        form.addRow("", test_row)
        return form

    def choice(self) -> ServerChoice | None:
        url, user = self.url.text().strip(), self.user.text().strip()
        if not url or not user or not self.password.text():
            return None
        server = sync_service.Server(url.rstrip("/"), user, self.ca_bundle.text().strip())
        return ServerChoice(
            server, self.password.text(), self.join.isChecked(), self.allow_http.isChecked()
        )

    def _missing(self) -> bool:
        if self.choice() is not None:
            return False
        missing = next(
            field for field in (self.url, self.user, self.password) if not field.text().strip()
        )
        self.outcome.setText(tr("Bitte {field} angeben.").format(field=missing.accessibleName()))
        missing.setFocus()
        return True

    def test(self) -> None:
        """Test the connection in the background; the result is said in words."""
        if self._missing():
            return
        choice = self.choice()
        assert choice is not None
        self.test_button.setEnabled(False)
        self.outcome.setText(tr("Verbindung wird getestet …"))
        QThreadPool.globalInstance().start(
            Job(
                lambda: sync_service.test_connection(
                    choice.server, choice.password, choice.allow_http
                ),
                lambda found, error: self.relay.done.emit(error or found),
                tr("Verbindungstest"),
            )
        )

    def _tested(self, text: str) -> None:
        self.test_button.setEnabled(True)
        self.outcome.setText(text)

    def _accept(self) -> None:
        if not self._missing():
            self.accept()

    def _choose_ca(self) -> None:
        if self.dialogs is None:  # opened without the window's seam: nobody to ask
            return
        path = self.dialogs.open_file(
            tr("Zertifikat der Zertifizierungsstelle wählen"),
            self.ca_bundle.text(),
            tr("Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)"),
        )
        if path:
            self.ca_bundle.setText(path)


def _hint() -> QLabel:
    """Where Nextcloud and openDesk show the address, and where the password goes."""
    hint = QLabel(
        tr(
            "Nextcloud und openDesk: die Adresse steht unter Dateien → Einstellungen → "
            "WebDAV (dahinter den Ordner anhängen); ein App-Passwort erstellen Sie unter "
            "Einstellungen → Sicherheit. Das Passwort wird im Schlüsselbund des Systems "
            "gespeichert, nicht in der Arbeitsmappe."
        )
    )
    hint.setWordWrap(True)
    return hint
