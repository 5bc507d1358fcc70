"""The Förderung section: a grant's plan against actual per position (table and bars),
its receipts, funds requests and reports, and the checks where they apply."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.formats import format_cents
from workbench.gui.forms import ReloadsWhenShown, StackingSplitter, line_edits
from workbench.gui.funding_lists import (
    FINANCING,
    PAYOUTS,
    PLANNED,
    POSITIONS,
    POSTS,
    RECEIPTS,
    REPORTS,
    REQUESTS,
    SECTIONS,
)
from workbench.gui.funding_programme import ProgrammeTab
from workbench.gui.item_lists import ItemListWidget
from workbench.gui.plan_chart import PlanTab
from workbench.gui.receipt_mapping import MappingDialog
from workbench.i18n import tr
from workbench.model import (
    Grant,
)
from workbench.model.enums import (
    FinancingKind,
)
from workbench.services import choices
from workbench.services.funding_checks import grant_overview, stored_value
from workbench.services.measures import measure_choices
from workbench.services.operations import ChangeSet
from workbench.services.values import display

if TYPE_CHECKING:
    from workbench.gui.dialogs import Dialogs
    from workbench.gui.operations import WorkspaceOps


#: The grant's fields on the tab „Empfänger und Personal“: column → label.
RECIPIENT_FIELDS = {
    "recipient": tr("Zuwendungsempfänger"),
    "account_holder": tr("Kontoinhaber"),
    "iban": "IBAN",
    "bic": "BIC",
    "bank": tr("Kreditinstitut"),
    "signatory": tr("Unterzeichnet von (Name, Funktion)"),
    "place": tr("Ort der Unterschrift"),
}


class FundingPanel(ReloadsWhenShown, QWidget):
    """Grants on the left, the chosen grant's plan, receipts, requests, reports and checks."""

    def __init__(self, ops: WorkspaceOps, dialogs: Dialogs) -> None:
        super().__init__()
        self.ops, self.dialogs = ops, dialogs
        ops.subscribe("funding", self, self.on_changed)
        self.grant_ids: list[str] = []
        self._linked: list[str] = []
        left = self._grant_list()  # first: Tab reaches the grants before their tabs
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Zuwendung"))
        self.plan = PlanTab()
        self.tabs.addTab(self.plan, tr("&Plan und Ist"))
        self.tabs.addTab(self._receipts_tab(ops), tr("Bele&ge"))
        self.requests = ItemListWidget(tr("Mittelabrufe"), REQUESTS, ops)
        self.tabs.addTab(self.requests, tr("&Mittelabrufe"))
        self.payouts = ItemListWidget(tr("Auszahlungen des Fördermittelgebers"), PAYOUTS, ops)
        self.tabs.addTab(self.payouts, tr("A&uszahlungen"))
        self.tabs.addTab(self._reports_tab(ops), tr("&Nachweise"))
        self.findings = QListWidget()
        self.findings.setAccessibleName(tr("Prüfergebnisse"))
        self.tabs.addTab(self.findings, tr("P&rüfung"))
        self.cost_plan_tab = self._cost_plan_tab(ops)
        self.tabs.addTab(self.cost_plan_tab, tr("&Kostenplan"))
        self.tabs.addTab(self._recipient_tab(ops), tr("&Empfänger und Personal"))
        self.programme = ProgrammeTab(ops, self.current_grant, self._commit_typed)
        self.tabs.addTab(self.programme, tr("Förderpr&ogramm"))
        splitter = StackingSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        left.setMinimumWidth(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # -- the parts of the section ---------------------------------------------------------
    def _grant_list(self) -> QWidget:
        """The grants, and the button that makes a new one."""
        self.grants_model = QStringListModel(self)
        self.grants = QListView()
        self.grants.setModel(self.grants_model)
        self.grants.setAccessibleName(tr("Zuwendungen"))
        self.grants.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grants.selectionModel().currentChanged.connect(self._grant_chosen)
        new_grant = QPushButton(tr("Neue &Zuwendung"))
        new_grant.setAccessibleName(tr("Neue Zuwendung"))
        new_grant.clicked.connect(self.new_grant)
        self.new_grant_button = new_grant
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.grants, 1)
        left_layout.addWidget(new_grant)
        return left

    def _grant_chosen(self) -> None:
        self._show()
        self._name_current_grant()

    def _receipts_tab(self, ops: WorkspaceOps) -> QWidget:
        """The receipts, a filter over them and the import from a finance system."""
        self.receipts = ItemListWidget(tr("Belege"), RECEIPTS, ops)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Belege filtern (Nummer, Empfänger, Zweck, Position)"))
        self.filter.setAccessibleName(tr("Belege filtern"))
        self.filter.textChanged.connect(self._filter_receipts)
        import_button = QPushButton(tr("Belege &importieren …"))
        import_button.setAccessibleName(tr("Belege importieren aus CSV oder Excel"))
        import_button.clicked.connect(self.import_receipts)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(import_button)
        layout.addLayout(top)
        layout.addWidget(self.receipts, 1)
        return tab

    def _reports_tab(self, ops: WorkspaceOps) -> QWidget:
        """The reports, and the sections of the chosen Sachbericht."""
        self.reports = ItemListWidget(tr("Nachweise"), REPORTS, ops)
        self.sections = ItemListWidget(tr("Abschnitte des Sachberichts"), SECTIONS, ops)
        self.reports.current_item_changed.connect(self._show_sections)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.reports, 1)
        layout.addWidget(self.sections, 1)
        return tab

    def _cost_plan_tab(self, ops: WorkspaceOps) -> QWidget:
        """The grant's own fields, its measures, positions with yearly costs, financing."""
        grant_form = QFormLayout()
        self.fields = line_edits(
            grant_form,
            (
                ("title", tr("&Titel")),
                ("file_number", tr("&Aktenzeichen")),
                ("approved_on", tr("Bewilligt a&m")),
                ("start_date", tr("Be&ginn")),
                ("end_date", tr("&Ende")),
                ("rate_bp", tr("Förder&quote (%)")),
                ("approved_cents", tr("Bewilligte &Zuwendung (€)")),
                ("measure_start", tr("Maßna&hmebeginn")),
                ("early_start_on", tr("Vorzeitiger Maßnahmebeginn zugelasse&n am")),
            ),
            self._commit,
        )
        self.financing_kind = QComboBox()
        self.financing_kind.setAccessibleName(tr("Finanzierungsart"))
        for kind in FinancingKind:
            self.financing_kind.addItem(kind.label, kind.value)
        self.financing_kind.activated.connect(self._commit_financing_kind)
        kind_label = QLabel(tr("Finan&zierungsart:"))
        kind_label.setBuddy(self.financing_kind)
        grant_form.addRow(kind_label, self.financing_kind)
        self.phase = QComboBox()
        self.phase.setAccessibleName(tr("Phase des Förderprogramms"))
        self.phase.activated.connect(self._commit_phase)
        phase_label = QLabel(tr("&Phase:"))
        phase_label.setBuddy(self.phase)
        grant_form.addRow(phase_label, self.phase)
        self.positions = ItemListWidget(tr("Kostenpositionen"), POSITIONS, ops)
        self.planned = ItemListWidget(tr("Geplante Kosten der Position je Jahr"), PLANNED, ops)
        self.financing = ItemListWidget(tr("Finanzierung je Jahr"), FINANCING, ops)
        self.positions.current_item_changed.connect(self._show_planned)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(grant_form)
        layout.addLayout(self._funded_measures())
        lists = QHBoxLayout()
        lists.addWidget(self.positions, 3)
        lists.addWidget(self.planned, 2)
        layout.addLayout(lists, 2)
        layout.addWidget(self.financing, 1)
        return tab

    def _funded_measures(self) -> QVBoxLayout:
        """The measures the grant funds, with a choice to link one more and a button to unlink."""
        self.measures_model = QStringListModel(self)
        self.measures_list = QListView()
        self.measures_list.setModel(self.measures_model)
        self.measures_list.setAccessibleName(tr("Geförderte Maßnahmen"))
        self.measures_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.measures_list.setMaximumHeight(90)
        self.measure_choice = QComboBox()
        self.measure_choice.setAccessibleName(tr("Maßnahme, die die Zuwendung fördert"))
        link = QPushButton(tr("&Verknüpfen"))
        link.setAccessibleName(tr("Verknüpfen: Maßnahme mit der Zuwendung"))
        link.clicked.connect(self.link_measure)
        unlink = QPushButton(tr("&Lösen"))
        unlink.setAccessibleName(tr("Lösen: Verknüpfung der ausgewählten Maßnahme"))
        unlink.clicked.connect(self.unlink_measure)
        row = QHBoxLayout()
        row.addWidget(self.measure_choice, 1)
        row.addWidget(link)
        row.addWidget(unlink)
        label = QLabel(tr("Geförderte &Maßnahmen:"))
        label.setBuddy(self.measures_list)
        column = QVBoxLayout()
        column.addWidget(label)
        column.addWidget(self.measures_list)
        column.addLayout(row)
        return column

    def reload(self) -> None:
        super().reload()
        keep = self.current_grant()
        rows = self.ops.read(choices.grant_choices)
        self.grant_ids = [gid for _label, gid in rows]
        self._grant_names = [label for label, _gid in rows]
        self.grants_model.setStringList(self._grant_names)
        # the grants' names in full („436-BSP-2023-0815 – Gemeinsam Digi…“ was cut), up to
        # a third of a wide window; a longer one shows in full in its tooltip
        wanted = self.grants.sizeHintForColumn(0) + 2 * self.grants.frameWidth() + 24
        self.grants.setMinimumWidth(min(max(wanted, 160), 360))  # 400 %: fits 480 px
        row = self.grant_ids.index(keep) if keep in self.grant_ids else (0 if rows else -1)
        if row >= 0:
            self.grants.setCurrentIndex(self.grants_model.index(row))
        self._show()

    def on_changed(self, tables: set[str], _changes: ChangeSet) -> None:
        self.request_reload()  # a table it shows changed (model.views)

    def _name_current_grant(self) -> None:
        """The chosen grant's full name as the list's tooltip (the narrow list cuts it)."""
        row = self.grants.currentIndex().row()
        names = getattr(self, "_grant_names", [])
        self.grants.setToolTip(names[row] if 0 <= row < len(names) else tr("Zuwendungen"))

    def current_grant(self) -> str | None:
        row = self.grants.currentIndex().row()
        return self.grant_ids[row] if 0 <= row < len(self.grant_ids) else None

    def _show(self) -> None:
        grant_id = self.current_grant()
        self.findings.clear()
        view = self.ops.read(grant_overview, grant_id)
        grant = view.grant if view else None
        for widget in (
            self.receipts,
            self.requests,
            self.payouts,
            self.reports,
            self.positions,
            self.financing,
            self.posts,
        ):
            widget.load(grant["id"] if grant else None)
        self._fill_fields(grant)
        self.programme.show_programme(view.programme if view else None)
        linked = view.linked if view else []
        self._linked = [mid for _label, mid in linked]
        self.measures_model.setStringList([label for label, _mid in linked])
        chosen = self.measure_choice.currentData()
        self.measure_choice.clear()  # read again: measures made or renamed elsewhere show
        for label, mid in view.measures if view else self.ops.read(measure_choices):
            self.measure_choice.addItem(label, mid)
        self.measure_choice.setCurrentIndex(max(0, self.measure_choice.findData(chosen)))
        self.phase.clear()
        self.phase.addItem(tr("(keine)"), None)
        if view is None or grant is None:
            self.plan.show_totals(None, [])
            return
        for name, phase_id in view.phases:
            self.phase.addItem(name, phase_id)
        self.phase.setCurrentIndex(max(0, self.phase.findData(grant["phase_id"])))
        found = view.findings
        self.plan.show_totals(view.totals, found)
        self.findings.addItems(
            [
                (
                    tr("Fehler: {where}: {message}")
                    if f.error
                    else tr("Hinweis: {where}: {message}")
                ).format(where=f.where, message=f.message)
                for f in found
            ]
            or [tr("Keine Beanstandungen.")]
        )
        self.tabs.setTabText(
            self.tabs.indexOf(self.findings), tr("P&rüfung ({n_found})").format(n_found=len(found))
        )
        self._filter_receipts()

    def _fill_fields(self, grant: dict[str, Any] | None) -> None:
        from workbench.formats import format_date

        values = (
            {}
            if grant is None
            else {
                "title": grant["title"],
                "file_number": grant["file_number"],
                "approved_on": format_date(grant["approved_on"]),
                "start_date": format_date(grant["start_date"]),
                "end_date": format_date(grant["end_date"]),
                "rate_bp": display(grant["rate_bp"], "rate_bp"),
                "approved_cents": format_cents(grant["approved_cents"], currency=False),
                "measure_start": format_date(grant["measure_start"]),
                "early_start_on": format_date(grant["early_start_on"]),
                **{key: grant[key] for key in RECIPIENT_FIELDS},
            }
        )
        for key, edit in self.fields.items():
            edit.setEnabled(grant is not None)
            if not edit.hasFocus():
                edit.setText(values.get(key, ""))
        self.financing_kind.setEnabled(grant is not None)
        if grant is not None:
            self.financing_kind.setCurrentIndex(
                self.financing_kind.findData(FinancingKind(grant["financing_kind"]).value)
            )
        self.vat_deductible.setEnabled(grant is not None)
        self.vat_deductible.blockSignals(True)
        self.vat_deductible.setChecked(bool(grant and grant["vat_deductible"]))
        self.vat_deductible.blockSignals(False)

    def _commit(self, key: str, text: str) -> None:
        from workbench.services import funding

        self._commit_typed(Grant, key, text, False, tr("Zuwendung ändern"), funding.update_grant)

    def _commit_typed(
        self,
        cls: type,
        key: str,
        text: str,
        of_programme: bool,
        label: str,
        update: Callable[..., Any],
        strip: bool = False,
    ) -> None:
        """Typed text for *key* of the current grant's row (*row_of* finds it): checked by
        services.values, then written through *update* as one undoable step if it differs."""
        from workbench.services.errors import ValidationError
        from workbench.services.values import coerce

        grant_id = self.current_grant()
        if grant_id is None:
            return
        try:
            value = coerce(cls, key, text)
        except ValidationError as exc:
            self.ops.failed.emit(str(exc))
            return
        if strip and isinstance(value, str):
            value = value.strip()
        row_id, current = self.ops.read(stored_value, grant_id, key, of_programme)
        if value is not None and value != current:
            self.ops.run(label, update, row_id, {key: value})

    def link_measure(self) -> None:
        from workbench.services import funding

        grant_id, measure_id = self.current_grant(), self.measure_choice.currentData()
        if grant_id and measure_id:
            self.ops.run(
                tr("Maßnahme verknüpfen"),
                funding.set_grant_measures,
                grant_id,
                [*self._linked, measure_id],
            )

    def unlink_measure(self) -> None:
        from workbench.services import funding

        row = self.measures_list.currentIndex().row()
        grant_id = self.current_grant()
        if grant_id and 0 <= row < len(self._linked):
            self.ops.run(
                tr("Verknüpfung lösen"),
                funding.set_grant_measures,
                grant_id,
                [m for i, m in enumerate(self._linked) if i != row],
            )

    def _recipient_tab(self, ops: WorkspaceOps) -> QWidget:
        """Who receives the money and where it goes, who signs, input VAT; the staff the
        grant finances, as people."""
        form = QFormLayout()
        self.fields.update(line_edits(form, tuple(RECIPIENT_FIELDS.items()), self._commit))
        self.vat_deductible = QCheckBox(
            tr("Vorsteuerabzugsberechtigt (zuwendungsfähig sind die Nettobeträge)")
        )
        self.vat_deductible.setAccessibleName(
            tr("Vorsteuerabzugsberechtigt (zuwendungsfähig sind die Nettobeträge)")
        )
        self.vat_deductible.toggled.connect(self._commit_vat)
        form.addRow("", self.vat_deductible)
        self.posts = ItemListWidget(tr("Gefördertes Personal (für den Sachbericht)"), POSTS, ops)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(self.posts, 1)
        return tab

    def _commit_vat(self, checked: bool) -> None:
        from workbench.services import funding

        grant_id = self.current_grant()
        if grant_id is not None:
            self.ops.run(
                tr("Vorsteuerabzug ändern"),
                funding.update_grant,
                grant_id,
                {"vat_deductible": checked},
            )

    def _commit_financing_kind(self) -> None:
        from workbench.services import funding

        grant_id = self.current_grant()
        if grant_id is not None:
            self.ops.run(
                tr("Finanzierungsart der Zuwendung"),
                funding.update_grant,
                grant_id,
                {"financing_kind": FinancingKind(self.financing_kind.currentData())},
            )

    def _commit_phase(self) -> None:
        from workbench.services import funding

        grant_id = self.current_grant()
        if grant_id is not None:
            self.ops.run(
                tr("Phase der Zuwendung"),
                funding.update_grant,
                grant_id,
                {"phase_id": self.phase.currentData()},
            )

    def _show_planned(self, position_id: str | None) -> None:
        self.planned.load(position_id)

    def new_grant(self) -> None:
        from workbench.services import funding

        grant = self.ops.run(tr("Zuwendung anlegen"), funding.create_grant, tr("Neue Zuwendung"))
        if grant is not None and grant in self.grant_ids:  # its id
            self.grants.setCurrentIndex(self.grants_model.index(self.grant_ids.index(grant)))
            self.tabs.setCurrentIndex(self.tabs.indexOf(self.cost_plan_tab))
            self.fields["title"].setFocus()
            self.fields["title"].selectAll()

    def _show_sections(self, report_id: str | None) -> None:
        self.sections.load(report_id)

    def _filter_receipts(self) -> None:
        words = self.filter.text().casefold().split()
        model = self.receipts.model
        for row in range(model.rowCount()):
            text = " ".join(
                str(model.index(row, c).data() or "") for c in range(model.columnCount())
            ).casefold()
            self.receipts.table.setRowHidden(row, not all(w in text for w in words))

    def import_receipts(self) -> None:
        from workbench.exports.errors import ImportFileError
        from workbench.services import receipts

        grant_id = self.current_grant()
        if grant_id is None:
            return
        path = self.dialogs.open_file(
            tr("Belege importieren"),
            str(Path.home()),
            tr("CSV oder Excel (*.csv *.txt *.xlsx);;Alle Dateien (*)"),
        )
        if not path:
            return
        try:
            dialog = MappingDialog(self.ops, grant_id, Path(path), self)
        except ImportFileError as exc:
            self.dialogs.error(tr("Belege importieren"), str(exc))
            return
        if self.run_dialog(dialog):
            self.ops.run(
                tr("Belege importieren"),
                receipts.apply,
                grant_id,
                dialog.plan,
                dialog.source.text() or tr("Datei"),
            )

    #: Shows a dialog, says whether it was accepted (tests answer instead).
    run_dialog = staticmethod(lambda dialog: bool(dialog.exec()))
