"""Small dialogs around measures: create one, restore from the recycle bin, about."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from workbench.formats import plural
from workbench.gui.forms import ValueLabel, ok_cancel
from workbench.i18n import tr
from workbench.model.enums import MeasureType
from workbench.services import choices
from workbench.services import measures as measure_service

if TYPE_CHECKING:
    from workbench.gui.operations import WorkspaceOps


class NewMeasureDialog(QDialog):
    """Asks for what a measure needs from the start: a title, a field of action, a type."""

    def __init__(self, ops: WorkspaceOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.created_id: str | None = None
        self.setWindowTitle(tr("Neue Maßnahme"))
        self.title = QLineEdit()
        self.title.setAccessibleName(tr("Titel der neuen Maßnahme"))
        self.field = QComboBox()
        self.field.setAccessibleName(tr("Handlungsfeld"))
        self.type = QComboBox()
        self.type.setAccessibleName(tr("Typ"))
        for label, field_id in ops.read(choices.fields_under_headings):
            self.field.addItem(label, field_id)
        for member in MeasureType:
            self.type.addItem(member.label, member)
        self.error = ValueLabel(tr("Fehlermeldung"), announce=True)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        for text, widget in (
            (tr("&Titel:"), self.title),
            (tr("&Handlungsfeld:"), self.field),
            (tr("T&yp:"), self.type),
        ):
            row_label = QLabel(text)
            row_label.setBuddy(widget)
            form.addRow(row_label, widget)
        buttons = ok_cancel(self, tr("Anlegen"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def accept(self) -> None:
        outcome = self.ops.attempt(
            tr("Maßnahme anlegen"),
            measure_service.create_measure,
            self.title.text(),
            [self.field.currentData()] if self.field.currentData() else [],
            type=self.type.currentData(),
        )
        if not outcome.ok:
            self.error.setText(tr("Nicht angelegt – ") + (outcome.error or ""))
            self.error.show()
            self.title.setFocus()
            return
        self.created_id = outcome.value
        super().accept()


class RecycleBinDialog(QDialog):
    """Lists deleted measures; the chosen ones can be restored."""

    def __init__(self, ops: WorkspaceOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.restored: list[str] = []
        self.setWindowTitle(tr("Papierkorb"))
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setAccessibleName(tr("Gelöschte Maßnahmen"))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.info = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Schließen"))
        self.restore_button = buttons.addButton(
            tr("&Wiederherstellen"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setAccessibleName(tr("Ausgewählte Maßnahmen wiederherstellen"))
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        label = QLabel(tr("&Gelöschte Maßnahmen:"))
        label.setBuddy(self.view)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.info)
        layout.addWidget(buttons)
        self.resize(520, 400)
        self.reload()

    def reload(self) -> None:
        self.model.clear()
        for label, measure_id in self.ops.read(measure_service.bin_entries):
            item = QStandardItem(label)
            item.setData(measure_id, Qt.ItemDataRole.UserRole)
            self.model.appendRow(item)
        count = self.model.rowCount()
        self.info.setText(
            plural(count, tr("Maßnahme"), tr("Maßnahmen")) + tr(" im Papierkorb")
            if count
            else tr("Der Papierkorb ist leer.")
        )
        self.restore_button.setEnabled(count > 0)
        if count:
            self.view.setCurrentIndex(self.model.index(0, 0))

    def restore_selected(self) -> None:
        for index in self.view.selectionModel().selectedIndexes():
            measure_id = index.data(Qt.ItemDataRole.UserRole)
            if (
                self.ops.run(
                    tr("Maßnahme wiederherstellen"), measure_service.restore_measure, measure_id
                )
                is not None
            ):
                self.restored.append(measure_id)
        self.reload()


def show_about(parent: QWidget) -> None:
    from workbench.gui.about import AboutDialog

    AboutDialog(parent).exec()
