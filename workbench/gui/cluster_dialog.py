"""„Notizen gruppieren“: the proposals of services/clustering.py for the canvas's notes
that are in no group yet – each group with its proposed heading and its notes. The
facilitator accepts (checked), renames (F2 or a double click on the heading) or rejects
(unchecked) each; the accepted become canvas groups in one undo step. Nothing leaves
the laptop."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.formats import plural
from workbench.gui.forms import ok_cancel
from workbench.i18n import tr
from workbench.services.clustering import GroupProposal


class ClusterDialog(QDialog):
    def __init__(self, proposals: list[GroupProposal], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Notizen gruppieren"))
        self.proposals = proposals
        intro = QLabel(
            tr(
                "{groups} für Notizen, die Ähnliches sagen. Haken: übernehmen; Überschrift mit F2 ändern; ohne Haken: verwerfen."
            ).format(groups=plural(len(proposals), tr("Vorschlag"), tr("Vorschläge")))
            if proposals
            else tr("Keine Vorschläge: die Notizen ohne Gruppe sagen zu Verschiedenes.")
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Gruppe und ihre Notizen")])
        self.tree.setAccessibleName(tr("Vorgeschlagene Gruppen"))
        self.items: list[QTreeWidgetItem] = []
        for proposal in proposals:
            item = QTreeWidgetItem([proposal.heading])
            self.items.append(item)
            item.setFlags(
                item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
            )
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setToolTip(0, plural(len(proposal.texts), tr("Notiz"), tr("Notizen")))
            for text in proposal.texts:
                child = QTreeWidgetItem([" ".join(text.split())[:160]])
                child.setFlags(child.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.addChild(child)
            self.tree.addTopLevelItem(item)
        self.tree.expandAll()
        if self.items:
            self.tree.setCurrentItem(self.items[0])
        buttons = ok_cancel(self, tr("Gruppen anlegen"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(proposals))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)

    def accepted_groups(self) -> list[tuple[list[str], str]]:
        """(note ids, heading) of each checked proposal with a heading."""
        chosen = []
        for item, proposal in zip(self.items, self.proposals, strict=True):
            heading = item.text(0).strip()
            if item.checkState(0) == Qt.CheckState.Checked and heading:
                chosen.append((list(proposal.note_ids), heading))
        return chosen
