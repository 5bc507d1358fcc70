"""The Förderung section's tab „Förderprogramm“: the chosen grant's funding programme –
its name, funder, rate, the rule for over-runs, the words its documents use – with its
phases and reporting deadlines. Every field is written as one undoable step."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from workbench.gui.forms import line_edits
from workbench.gui.funding_lists import DEADLINES, PHASES
from workbench.gui.item_lists import ItemListWidget
from workbench.i18n import tr
from workbench.model.enums import OverrunRule, Vocabulary
from workbench.services import choices
from workbench.services.values import display

if TYPE_CHECKING:
    from workbench.gui.operations import WorkspaceOps

#: Writes typed text to a field: (class, key, text, of_programme, label, update, strip) –
#: the panel's checked, undoable write (FundingPanel._commit_typed).
CommitTyped = Callable[..., None]


class ProgrammeTab(QWidget):
    """The programme of the grant *current_grant* names."""

    def __init__(
        self,
        ops: WorkspaceOps,
        current_grant: Callable[[], str | None],
        commit_typed: CommitTyped,
    ) -> None:
        super().__init__()
        self.ops = ops
        self.current_grant = current_grant
        self.commit_typed = commit_typed
        form = QFormLayout()
        self.fields = line_edits(
            form,
            (
                ("name", tr("&Name")),
                ("code", tr("&Programmnummer")),
                ("funder", tr("&Fördermittelgeber")),
                ("rate_bp", tr("Förder&quote (%)")),
                ("overrun_percent", tr("Erlaubte Über&schreitung je Position (%)")),
            ),
            self._commit,
        )
        self.overrun_rule = QComboBox()
        self.overrun_rule.setAccessibleName(tr("Regel für Überschreitungen"))
        for rule in OverrunRule:
            self.overrun_rule.addItem(rule.label, rule.value)
        self.overrun_rule.activated.connect(self._commit_overrun_rule)
        rule_label = QLabel(tr("&Regel für Überschreitungen:"))
        rule_label.setBuddy(self.overrun_rule)
        form.addRow(rule_label, self.overrun_rule)
        self.vocabulary = QComboBox()
        self.vocabulary.setAccessibleName(tr("Begriffe der Dokumente"))
        for vocabulary in Vocabulary:
            self.vocabulary.addItem(vocabulary.label, vocabulary.value)
        self.vocabulary.activated.connect(self._commit_vocabulary)
        vocabulary_label = QLabel(tr("Begriffe der Dokumente:"))
        vocabulary_label.setBuddy(self.vocabulary)
        form.addRow(vocabulary_label, self.vocabulary)
        self.phases = ItemListWidget(
            tr("Phasen des Förderprogramms (Obergrenze, Dauer)"), PHASES, ops
        )
        self.deadlines = ItemListWidget(tr("Berichtsfristen des Förderprogramms"), DEADLINES, ops)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.phases)
        layout.addWidget(self.deadlines)

    def show_programme(self, programme: dict[str, Any] | None) -> None:
        """Show *programme* (its column values; None: no grant chosen)."""
        for widget in (self.phases, self.deadlines):
            widget.load(programme["id"] if programme else None)
        shown = (
            {}
            if programme is None
            else {
                "name": programme["name"],
                "code": programme["code"],
                "funder": programme["funder"],
                "rate_bp": display(programme["rate_bp"], "rate_bp"),
                "overrun_percent": str(programme["overrun_percent"]),
            }
        )
        for key, edit in self.fields.items():
            edit.setEnabled(programme is not None)
            if not edit.hasFocus():
                edit.setText(shown.get(key, ""))
        self.overrun_rule.setEnabled(programme is not None)
        self.vocabulary.setEnabled(programme is not None)
        if programme is not None:
            self.overrun_rule.setCurrentIndex(
                self.overrun_rule.findData(OverrunRule(programme["overrun_rule"]).value)
            )
            self.vocabulary.setCurrentIndex(
                self.vocabulary.findData(Vocabulary(programme["vocabulary"]).value)
            )

    def _commit(self, key: str, text: str) -> None:
        from workbench.model import FundingProgramme
        from workbench.services import funding

        self.commit_typed(
            FundingProgramme,
            key,
            text,
            True,
            tr("Förderprogramm ändern"),
            funding.update_programme,
            strip=True,
        )

    def _commit_overrun_rule(self) -> None:
        self._commit_value(
            tr("Regel für Überschreitungen"),
            {"overrun_rule": OverrunRule(self.overrun_rule.currentData())},
        )

    def _commit_vocabulary(self) -> None:
        self._commit_value(
            tr("Begriffe der Dokumente"), {"vocabulary": Vocabulary(self.vocabulary.currentData())}
        )

    def _commit_value(self, description: str, values: dict[str, Any]) -> None:
        """Set *values* on the programme of the chosen grant, as one undoable step."""
        from workbench.services import funding

        grant_id = self.current_grant()
        if grant_id is None:
            return
        programme_id = self.ops.read(choices.programme_of, grant_id)
        if programme_id:
            self.ops.run(description, funding.update_programme, programme_id, values)
