"""„Mitmachen“: the facilitator opens the canvas for the participants' phones. The window
shows a QR code and the short address (big enough for the beamer), says when the
connection is unencrypted, counts phones and notes, and lets the facilitator open the
voting, pause, close zones for phones, hide a note from the phones and end the room.
What the phones send is applied every fifth of a second through the one write path:
one undo step per batch, synced, and in the Workshop-Dokumentation like any note."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from workbench.formats import plural
from workbench.gui.forms import ValueLabel
from workbench.i18n import tr
from workbench.room.server import Room, own_address
from workbench.services import room_notes

#: At most this many submissions are applied per tick (every 0.2 s): 200 phones sending
#: at once reach the canvas within seconds (a batch takes about 80 ms at 1,000 notes)
#: while the window stays responsive.
BATCH = 20

if TYPE_CHECKING:
    from workbench.gui.canvas_window import CanvasWindow


def qr_pixmap(text: str, size: int = 320) -> QPixmap:
    """The QR code of *text*, made offline (segno), *size* pixels wide."""
    import segno

    buffer = io.BytesIO()
    code = segno.make(text, error="m")
    code.save(buffer, kind="png", scale=max(1, size // code.symbol_size(border=4)[0]), border=4)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class RoomPanel(QDialog):
    """The room of one canvas window; closing it ends the room."""

    def __init__(self, canvas_window: CanvasWindow) -> None:
        super().__init__(canvas_window)
        self.canvas_window = canvas_window
        self.ops = canvas_window.ops
        self.canvas_id = canvas_window.canvas_id
        self.room: Room | None = None
        self.setWindowTitle(tr("Mitmachen vom Handy"))
        self.setModal(False)
        where_label = self._opening()
        self._showing()
        zones_label = self._moderation()
        self._layout(where_label, zones_label)
        self.timer = QTimer(self)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self.apply_pending)
        self.ops.subscribe("canvas", self, lambda *_: self._show_canvas())  # phones see it
        self._running(False)
        self.resize(640, 820)

    def _opening(self) -> QLabel:
        """Where the room is reached (the own network or this computer), a certificate,
        the button that opens it; the label of the first choice."""
        self.where = QComboBox()
        self.where.setAccessibleName(tr("Erreichbar über"))
        self.where.addItem(tr("das eigene Netz ({address})").format(address=own_address()), None)
        self.where.addItem(tr("nur diesen Rechner (127.0.0.1)"), "127.0.0.1")
        where_label = QLabel(tr("&Erreichbar über:"))
        where_label.setBuddy(self.where)
        self.start_button = QPushButton(tr("Raum ö&ffnen"))
        self.start_button.clicked.connect(self.start)
        self.certificate: tuple[Path, Path] | None = None
        self.certificate_button = QPushButton(tr("HTTPS-&Zertifikat …"))
        self.certificate_button.setToolTip(
            tr("Zertifikat und Schlüssel der Verwaltung (PEM) für eine verschlüsselte Verbindung")
        )
        self.certificate_button.clicked.connect(self.choose_certificate)
        return where_label

    def _showing(self) -> None:
        """The address as a QR code and in large type, the warning, how many take part."""
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName(tr("QR-Code der Adresse"))
        self.address = QLabel()
        big = QFont()
        big.setPointSize(22)
        big.setBold(True)
        self.address.setFont(big)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setWordWrap(True)
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.warning = ValueLabel(tr("Hinweis"))
        self.warning.setWordWrap(True)
        self.counts = ValueLabel(tr("Teilnahme"), announce=False)

    def _moderation(self) -> QLabel:
        """Voting open, paused, zones closed for phones, hiding a note, ending the room;
        the label of the zones' list."""
        self.voting = QCheckBox(tr("&Abstimmung offen"))
        self.voting.toggled.connect(lambda on: self._set(voting=on))
        self.paused = QCheckBox(tr("&Pausieren"))
        self.paused.toggled.connect(lambda on: self._set(paused=on))
        self.zones = QListWidget()
        self.zones.setAccessibleName(tr("Zonen, die für Handys geschlossen sind"))
        self.zones.itemChanged.connect(lambda _item: self._zones_changed())
        zones_label = QLabel(tr("Für Handys &geschlossen:"))
        zones_label.setBuddy(self.zones)
        self.hide_button = QPushButton(tr("Gewählte Notiz auf den Handys &ausblenden"))
        self.hide_button.clicked.connect(self.hide_selected)
        self.end_button = QPushButton(tr("Raum &beenden"))
        self.end_button.clicked.connect(self.end)
        return zones_label

    def _layout(self, where_label: QLabel, zones_label: QLabel) -> None:
        top = QHBoxLayout()
        top.addWidget(where_label)
        top.addWidget(self.where, 1)
        top.addWidget(self.certificate_button)
        top.addWidget(self.start_button)
        controls = QHBoxLayout()
        controls.addWidget(self.voting)
        controls.addWidget(self.paused)
        controls.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.qr, 1)
        layout.addWidget(self.address)
        layout.addWidget(self.warning)
        layout.addWidget(self.counts)
        layout.addLayout(controls)
        layout.addWidget(zones_label)
        layout.addWidget(self.zones)
        for widget in (self.hide_button, self.end_button):
            layout.addWidget(widget)

    # -- opening and ending ------------------------------------------------------------------
    def start(self) -> str | None:
        canvas = self.ops.read(room_notes.room_canvas, self.canvas_id)
        self.room = Room(canvas, self.where.currentData(), certificate=self.certificate)
        try:
            address = self.room.start()
        except (OSError, ValueError) as exc:  # ssl.SSLError is an OSError
            self.canvas_window.dialogs.error(
                tr("Mitmachen"),
                tr("Der Raum ließ sich nicht öffnen: {reason}").format(
                    reason=getattr(exc, "strerror", None) or exc
                ),
            )
            self.room = None
            return None
        self.qr.setPixmap(qr_pixmap(address))
        self.address.setText(address)
        self.warning.setText(
            tr(
                "Unverschlüsselte Verbindung (HTTP) im lokalen Netz: bitte nichts Vertrauliches schreiben."
            )
            if not self.room.secure
            else tr("Verschlüsselte Verbindung (HTTPS) mit dem Zertifikat der Verwaltung.")
        )
        self.zones.blockSignals(True)
        self.zones.clear()
        for zone in canvas.zones:
            item = QListWidgetItem(zone.title)
            item.setData(Qt.ItemDataRole.UserRole, zone.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.zones.addItem(item)
        self.zones.blockSignals(False)
        self.room.set(voting=self.voting.isChecked(), paused=self.paused.isChecked())
        self.timer.start()
        self._running(True)
        self._count()
        return address

    def choose_certificate(self) -> None:
        """The administration's certificate and its key (PEM files) for HTTPS."""
        dialogs = self.canvas_window.dialogs
        pem = tr("Zertifikat (*.pem *.crt *.cer);;Alle Dateien (*)")
        cert = dialogs.open_file(tr("HTTPS-Zertifikat wählen"), "", pem)
        if not cert:
            return
        key = dialogs.open_file(
            tr("Schlüssel zum Zertifikat wählen"),
            "",
            tr("Schlüssel (*.pem *.key);;Alle Dateien (*)"),
        )
        if key:
            self.certificate = (Path(cert), Path(key))
            self.certificate_button.setText(tr("HTTPS: {name}").format(name=Path(cert).name))

    def end(self) -> None:
        """Close the server; what arrived until now is applied first."""
        if self.room is None:
            return
        self.apply_pending()
        self.room.stop()
        self.timer.stop()
        self._running(False)
        self.counts.setText(tr("Raum beendet.") + " " + self.counts.text())
        self.room = None
        self.qr.clear()
        self.address.setText("")

    def closeEvent(self, event: object) -> None:  # noqa: N802
        self.end()
        super().closeEvent(event)  # type: ignore[arg-type]

    def _running(self, on: bool) -> None:
        self.start_button.setEnabled(not on)
        self.where.setEnabled(not on)
        self.certificate_button.setEnabled(not on)
        for widget in (self.end_button, self.hide_button, self.zones):
            widget.setEnabled(on)

    # -- what arrives ----------------------------------------------------------------------
    def apply_pending(self) -> None:
        if self.room is None:
            return
        batch = self.room.take(BATCH)
        if batch:
            refused = self.ops.run(room_notes.describe_batch(batch), room_notes.apply_batch, batch)
            if refused:
                self.canvas_window.problem.setText("; ".join(refused))
            self._show_canvas()
        self._count()

    def _show_canvas(self) -> None:
        if self.room is not None:
            self.room.show(self.ops.read(room_notes.room_canvas, self.canvas_id))

    def _count(self) -> None:
        if self.room is None:
            return
        self.counts.setText(
            tr("{phones}, {received} empfangen").format(
                phones=plural(self.room.phone_count, tr("Handy"), tr("Handys")),
                received=plural(self.room.received, tr("Beitrag"), tr("Beiträge")),
            )
        )

    # -- the facilitator's decisions ---------------------------------------------------------------
    def _set(self, **changes: bool) -> None:
        if self.room is not None:
            self.room.set(**changes)

    def _zones_changed(self) -> None:
        if self.room is None:
            return
        closed = {
            self.zones.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.zones.count())
            if self.zones.item(i).checkState() == Qt.CheckState.Checked
        }
        self.room.set(locked=closed)

    def hide_selected(self) -> None:
        """The notes chosen on the canvas are not shown on the phones any more."""
        if self.room is None:
            return
        chosen = set(self.canvas_window.selected_or_explain())
        if chosen:
            self.room.set(hidden=self.room.state.hidden | chosen)
            self.counts.setText(
                tr("{n} auf den Handys ausgeblendet.").format(
                    n=plural(len(chosen), tr("Notiz"), tr("Notizen"))
                )
            )


def open_room(canvas_window: CanvasWindow) -> RoomPanel:
    panel = RoomPanel(canvas_window)
    panel.show()
    return panel
