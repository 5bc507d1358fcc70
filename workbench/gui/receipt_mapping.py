"""Which column of a receipts file is which field: the dialog an import asks with."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.gui.forms import ValueLabel, ok_cancel
from workbench.i18n import tr

if TYPE_CHECKING:
    from workbench.gui.operations import WorkspaceOps


class MappingDialog(QDialog):
    """Import receipts: which column is which field, and what would come in."""

    def __init__(
        self, ops: WorkspaceOps, grant_id: str, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from workbench.exports.receipts_import import FIELDS, read_table
        from workbench.services import receipts

        self.setWindowTitle(tr("Belege importieren – {name}").format(name=path.name))
        self.ops, self.grant_id, self.path, self.receipts = ops, grant_id, path, receipts
        self.source = QLineEdit(path.suffix.lstrip(".").upper())
        self.source.setAccessibleName(tr("Quelle (Finanzsystem)"))
        headers = read_table(path)[0]
        self.plan = ops.read(receipts.preview, grant_id, path, self.source.text())
        form = QFormLayout()
        label = QLabel(tr("&Quelle:"))
        label.setBuddy(self.source)
        form.addRow(label, self.source)
        self.combos: dict[str, QComboBox] = {}
        for key, (name, required) in FIELDS.items():
            combo = QComboBox()
            combo.setAccessibleName(tr("Spalte für {name}").format(name=name))
            combo.addItem(tr("(keine)"), None)
            for header in headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(0, combo.findData(self.plan.mapping.get(key))))
            combo.currentIndexChanged.connect(self._refresh)
            self.combos[key] = combo
            row_label = QLabel(f"{name}{' *' if required else ''}:")
            row_label.setBuddy(combo)
            form.addRow(row_label, combo)
        self.summary = ValueLabel(tr("Vorschau"), announce=True)
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setAccessibleName(tr("Doppelte Belege und Fehler"))
        self.buttons = ok_cancel(self, tr("Übernehmen"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 560)
        self._refresh()

    def _refresh(self) -> None:
        mapping = {k: c.currentData() for k, c in self.combos.items() if c.currentData()}
        self.plan = self.ops.read(
            self.receipts.preview, self.grant_id, self.path, self.source.text(), mapping
        )
        self.summary.setText(self.plan.summary())
        self.problems.clear()
        self.problems.addItems(
            [
                tr("Zeile {row}: Beleg {number} ist schon erfasst – übersprungen.").format(
                    row=row, number=number
                )
                for row, number in self.plan.duplicates
            ]
        )
        self.problems.addItems([tr("Fehler: {e}").format(e=e) for e in self.plan.errors])
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        ok.setEnabled(not self.plan.errors and bool(self.plan.new))
