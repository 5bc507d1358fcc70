"""Dialogs of the workshop section: choosing a canvas template, taking a note into the plan."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QStringListModel, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from workbench.gui.canvas_colours import LIGHT
from workbench.gui.forms import ValueLabel, ok_cancel
from workbench.i18n import tr
from workbench.services.canvas_templates import CanvasTemplate
from workbench.services.note_transfer import TransferKind, TransferTargets

PREVIEW_W, PREVIEW_H = 420, 260


def template_picture(template: CanvasTemplate) -> QPixmap:
    """The template's zones drawn small, with their titles: what the canvas will look like."""
    picture = QPixmap(PREVIEW_W, PREVIEW_H)
    picture.fill(LIGHT.board)  # the template as it prints
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scale = min((PREVIEW_W - 8) / max(template.width, 1), (PREVIEW_H - 8) / max(template.height, 1))
    font = QFont()
    font.setPixelSize(11)
    font.setBold(True)
    painter.setFont(font)
    for zone in template.zones:
        rect = QRectF(
            4 + zone.x * scale, 4 + zone.y * scale, zone.width * scale, zone.height * scale
        )
        painter.setPen(QPen(QColor(zone.color).darker(140), 1))
        painter.setBrush(QColor(zone.color))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(LIGHT.zone_title)
        painter.drawText(
            rect.adjusted(4, 3, -3, -3),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
            zone.title,
        )
    painter.end()
    return picture


class TemplateChooser(QDialog):
    """Pick the template of a new canvas; the description says what it is for."""

    def __init__(self, templates: list[CanvasTemplate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Neue Leinwand"))
        self.templates = templates
        self.list = QListView()
        self.list.setAccessibleName(tr("Vorlagen"))
        names = [t.title + (tr(" (eigene Vorlage)") if t.user_made else "") for t in templates]
        self.list.setModel(QStringListModel(names, self))
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.description = ValueLabel(tr("Beschreibung der Vorlage"))
        self.description.setWordWrap(True)
        self.preview = QLabel()
        self.preview.setAccessibleName(tr("Vorschau der Vorlage"))
        self.preview.setMinimumSize(PREVIEW_W, PREVIEW_H)
        self.title = QLineEdit()
        self.title.setAccessibleName(tr("Titel der Leinwand"))
        buttons = ok_cancel(self, tr("Anlegen"))
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.doubleClicked.connect(self.accept)
        form = QFormLayout()
        label = QLabel(tr("&Titel:"))
        label.setBuddy(self.title)
        form.addRow(label, self.title)
        layout = QVBoxLayout(self)
        heading = QLabel(tr("&Vorlage:"))
        heading.setBuddy(self.list)
        layout.addWidget(heading)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.preview)
        layout.addLayout(row)
        layout.addWidget(self.description)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(820, 520)
        if templates:
            self.list.setCurrentIndex(self.list.model().index(0, 0))

    def _current_changed(self) -> None:
        template = self.chosen()
        if template is not None:
            zones = ", ".join(z.title for z in template.zones)
            self.description.setText(
                tr("{description}\nZonen: {zones}").format(
                    description=template.description, zones=zones
                )
            )
            self.title.setText(template.title)
            self.preview.setPixmap(template_picture(template))
            self.preview.setAccessibleDescription(f"{template.title}: {zones}")

    def chosen(self) -> CanvasTemplate | None:
        row = self.list.currentIndex().row()
        return self.templates[row] if 0 <= row < len(self.templates) else None


@dataclass(frozen=True)
class TransferChoice:
    """Where a note goes: the kind of item and the measure, goal or field it belongs to."""

    kind: TransferKind
    measure_id: str | None = None
    goal_id: str | None = None
    field_id: str | None = None


class TransferDialog(QDialog):
    """Ask what a note becomes and where: measure, goal, key result, risk, milestone, log entry."""

    def __init__(
        self,
        targets: TransferTargets,
        note_text: str,
        parent: QWidget | None = None,
        suggested: TransferKind = TransferKind.LOG_ENTRY,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("In die Planung übernehmen"))
        self.targets = targets
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Übernehmen als"))
        for kind in TransferKind:
            self.kind.addItem(kind.label, kind.value)
        self.kind.setCurrentIndex(list(TransferKind).index(suggested))  # what the zone suggests
        self.measure = QComboBox()
        self.measure.setAccessibleName(tr("Maßnahme"))
        for label, measure_id in targets.measures:  # the workshop's first
            self.measure.addItem(label, measure_id)
        self.goal = QComboBox()
        self.goal.setAccessibleName(tr("Ziel"))
        self.field = QComboBox()
        self.field.setAccessibleName(tr("Handlungsfeld"))
        for name, field_id in targets.fields:
            self.field.addItem(name, field_id)
        preview = ValueLabel(tr("Text der Notiz"))
        preview.setText(note_text.strip() or tr("(leer)"))
        preview.setWordWrap(True)
        self.form = QFormLayout()
        self.form.addRow(tr("Notiz:"), preview)
        for text, widget in (
            (tr("&Übernehmen als:"), self.kind),
            (tr("&Maßnahme:"), self.measure),
            (tr("&Ziel:"), self.goal),
            (tr("&Handlungsfeld:"), self.field),
        ):
            row_label = QLabel(text)
            row_label.setBuddy(widget)
            self.form.addRow(row_label, widget)
        buttons = ok_cancel(self, tr("Übernehmen"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.measure.currentIndexChanged.connect(self._fill_goals)
        self._fill_goals()
        self._kind_changed()

    def _fill_goals(self) -> None:
        self.goal.clear()
        for title, goal_id in self.targets.goals.get(self.measure.currentData() or "", []):
            self.goal.addItem(title, goal_id)

    def _kind_changed(self) -> None:
        kind = TransferKind(self.kind.currentData())
        for widget, visible in (
            (self.measure, kind is not TransferKind.MEASURE),
            (self.goal, kind is TransferKind.KEY_RESULT),
            (self.field, kind is TransferKind.MEASURE),
        ):
            self.form.setRowVisible(widget, visible)

    def choice(self) -> TransferChoice:
        kind = TransferKind(self.kind.currentData())
        return TransferChoice(
            kind,
            self.measure.currentData(),
            self.goal.currentData() if kind is TransferKind.KEY_RESULT else None,
            self.field.currentData() if kind is TransferKind.MEASURE else None,
        )
