"""The detail panel: every field of one measure and its lists, each edit an undoable step."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.formats import format_cents, format_date
from workbench.gui.forms import CommitOnFocusOut, ValueLabel, child, load_form
from workbench.gui.item_lists import ItemListWidget
from workbench.gui.measure_lists import SPECS
from workbench.i18n import tr
from workbench.model import (
    Measure,
    tables_of,
)
from workbench.model.enums import (
    Financing,
    MeasureStatus,
    MeasureType,
    Priority,
)
from workbench.model.labels import field_label
from workbench.services import measures as measure_service
from workbench.services.errors import ValidationError
from workbench.services.measures import MeasureView, editor_choices, measure_view
from workbench.services.operations import ChangeSet
from workbench.services.values import coerce

if TYPE_CHECKING:
    from workbench.gui.operations import WorkspaceOps


ENUM_FIELDS = {
    "type": MeasureType,
    "status": MeasureStatus,
    "priority": Priority,
    "financing": Financing,
}


#: The tab „Auftrag“: one-line fields (column → widget name) and texts (column = name).
ORDER_LINES = {"sponsor": "sponsor", "mandated_on": "mandated_on", "spent_cents": "spent"}
ORDER_TEXTS = (
    "problem_statement",
    "target_group",
    "deliverables",
    "success_criteria",
    "out_of_scope",
    "constraints",
    "steering_committee",
    "planned_staff",
    "decisions_needed",
)


class MeasureEditor(QWidget):
    """Shows one measure; every change is committed through the services when a field is left."""

    title_changed = Signal(str)
    #: True when a measure is shown, False when none is (deleted, undone, nothing chosen)
    showing = Signal(bool)

    def __init__(self, ops: WorkspaceOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.measure_id: str | None = None
        self._discard_edits = False
        self._reference_stale = True
        self._values: dict[str, Any] = {}
        self._loading = False
        self._refused: dict[str, str] = {}  # field → why its typed text was not taken

        self.heading = ValueLabel(tr("Ausgewählte Maßnahme"))
        self.heading.setText(tr("Keine Maßnahme ausgewählt"))
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Bereiche der Maßnahme"))
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self._build_main_tab()
        self._build_order_tab()
        self._build_fields_tab()
        self.lists: dict[str, ItemListWidget] = {}
        self._build_list_tabs()
        self._build_history_tab()

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.setEnabled(False)

    # -- building --------------------------------------------------------------
    def _build_main_tab(self) -> None:
        self.form = load_form("measure_form.ui", self)
        f = self.form
        self.w: dict[str, QWidget] = {
            name: child(f, QWidget, name)
            for name in (
                "code",
                "title",
                "type",
                "status",
                "phase",
                "priority",
                "financing",
                "lead_unit",
                "responsible",
                "start_date",
                "end_date",
                "budget",
                "maturity",
                "description",
            )
        }
        for name, enum in ENUM_FIELDS.items():
            combo = self.w[name]
            assert isinstance(combo, QComboBox)
            for member in enum:
                combo.addItem(member.label, member)
            combo.activated.connect(lambda _i, n=name: self._commit_combo(n))
        for name in ("lead_unit", "responsible"):
            self.w[name].activated.connect(lambda _i, n=name: self._commit_combo(n))  # type: ignore[attr-defined]
        self.w["phase"].activated.connect(self._commit_phase)  # type: ignore[attr-defined]
        for name in ("code", "title", "start_date", "end_date", "budget", "maturity"):
            edit = self.w[name]
            assert isinstance(edit, QLineEdit)
            edit.editingFinished.connect(lambda n=name: self._commit_text(n))
        description = self.w["description"]
        assert isinstance(description, QPlainTextEdit)
        description.installEventFilter(
            CommitOnFocusOut(lambda: self._commit_text("description"), description)
        )
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take focus, not the frame
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(tr("Stammdaten"))
        self.tabs.addTab(scroll, tr("&Stammdaten"))

    def _build_order_tab(self) -> None:
        """The order and its frame (PMflex Projektauftrag, Steckbrief, Statusbericht)."""
        page = QWidget()
        form = QFormLayout(page)
        for key, short in ORDER_LINES.items():
            edit = QLineEdit()
            edit.setAccessibleName(field_label(key))
            edit.editingFinished.connect(lambda n=short: self._commit_text(n))
            self._add_row(form, key, edit, short)
        for key in ORDER_TEXTS:
            text_edit = QPlainTextEdit()
            text_edit.setTabChangesFocus(True)
            text_edit.setAccessibleName(field_label(key))
            text_edit.setMinimumHeight(54)
            text_edit.setMaximumHeight(96)  # a few lines each; the tab scrolls
            text_edit.installEventFilter(
                CommitOnFocusOut(lambda n=key: self._commit_text(n), text_edit)
            )
            self._add_row(form, key, text_edit, key)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take focus, not the frame
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(tr("Auftrag und Rahmen"))
        self.tabs.addTab(scroll, tr("Auf&trag"))

    def _add_row(self, form: QFormLayout, key: str, widget: QWidget, name: str) -> None:
        label = QLabel(field_label(key) + ":")
        label.setBuddy(widget)
        label.setWordWrap(True)
        form.addRow(label, widget)
        self.w[name] = widget

    def _checklist(self, name: str) -> tuple[QListView, QStandardItemModel]:
        view = QListView()
        view.setAccessibleName(name)
        model = QStandardItemModel(view)
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        return view, model

    def _build_fields_tab(self) -> None:
        self.fields_view, self.fields_model = self._checklist(tr("Handlungsfelder"))
        self.participants_view, self.participants_model = self._checklist(tr("Beteiligte"))
        self.fields_model.itemChanged.connect(self._commit_fields)
        self.participants_model.itemChanged.connect(self._commit_participants)
        page = QWidget()
        layout = QVBoxLayout(page)  # stacked: the detail panel is narrow, names are long
        for title, view, stretch in (
            (tr("&Handlungsfelder (mindestens eines)"), self.fields_view, 2),
            (tr("Be&teiligte Organisationseinheiten"), self.participants_view, 3),
        ):
            label = QLabel(title)
            label.setBuddy(view)
            layout.addWidget(label)
            layout.addWidget(view, stretch)
        self.tabs.addTab(page, tr("&Handlungsfelder"))

    def _build_list_tabs(self) -> None:
        for key, (title, spec) in SPECS.items():
            self.lists[key] = ItemListWidget(title, spec, self.ops)
        self.lists["goals"].current_item_changed.connect(
            lambda goal_id: self._load_child("key_results", goal_id)
        )
        self.lists["indicators"].current_item_changed.connect(
            lambda ind_id: self._load_child("indicator_values", ind_id)
        )
        pages = [
            (tr("&Ziele"), ["goals", "key_results"]),
            (tr("&Indikatoren"), ["indicators", "indicator_values"]),
            (tr("&Meilensteine"), ["milestones"]),
            (tr("&Risiken"), ["risks"]),
            (tr("&Logbuch"), ["log_entries"]),
            (tr("&Fragen"), ["transformative_questions"]),
            (tr("&Abhängigkeiten"), ["dependencies"]),
        ]
        for title, keys in pages:
            if len(keys) == 1:
                self.tabs.addTab(self.lists[keys[0]], title)
                continue
            splitter = QSplitter(Qt.Orientation.Vertical)
            for key in keys:
                splitter.addWidget(self.lists[key])
            self.tabs.addTab(splitter, title)

    def _build_history_tab(self) -> None:
        self.history = QTableView()
        self.history.setAccessibleName(tr("Phasenverlauf"))
        self.history_model = QStandardItemModel(0, 3, self.history)
        self.history_model.setHorizontalHeaderLabels([tr("Seit"), tr("Phase"), tr("Anmerkung")])
        self.history.setModel(self.history_model)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setTabKeyNavigation(False)
        self.tabs.addTab(self.history, tr("Phasen&verlauf"))

    # -- loading ---------------------------------------------------------------
    def load(self, measure_id: str | None, discard_edits: bool = False) -> None:
        """Show *measure_id*; a field being typed in keeps its text unless *discard_edits*."""
        self._discard_edits = discard_edits
        if measure_id != self.measure_id:
            for name in list(self._refused):
                self._unmark(name)  # refused text belongs to the measure it was typed for
        self.measure_id = measure_id
        if measure_id is None:
            self._show_nothing()
            return
        measure = self.ops.read(measure_view, measure_id)
        if measure is None:
            self._show_nothing()
            return
        self._loading = True
        try:
            self._fill(measure)
        finally:
            self._loading = False
        self.setEnabled(True)
        self.showing.emit(True)

    def _show_nothing(self) -> None:
        self.measure_id = None
        self.heading.setText(
            tr(
                "Keine Maßnahme ausgewählt – wählen Sie eine in der Tabelle "
                "oder im Strategiebaum, oder legen Sie mit Strg+N eine neue an."
            )
        )
        self.setEnabled(False)
        self.showing.emit(False)

    def _set_combo(self, name: str, items: list[tuple[str, Any]] | None, current: Any) -> None:
        combo = self.w[name]
        assert isinstance(combo, QComboBox)
        if items is not None:
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(current), 0))

    def _set_text(self, name: str, text: str) -> None:
        if name in self._refused:
            return  # refused input stays where the user can correct it
        widget = self.w[name]
        if isinstance(widget, QPlainTextEdit):
            if widget.toPlainText() != text:
                widget.setPlainText(text)
        elif isinstance(widget, QLineEdit) and (
            self._discard_edits or not (widget.hasFocus() and widget.isModified())
        ):
            widget.setText(text)
            widget.setCursorPosition(0)  # a long text shows its beginning
            widget.setModified(False)

    def _fill(self, view: MeasureView) -> None:
        self._fill_fields(view)
        m = view.values
        for key in (
            "goals",
            "indicators",
            "milestones",
            "risks",
            "log_entries",
            "transformative_questions",
            "dependencies",
        ):
            self.lists[key].load(m["id"])
        self._load_child("key_results", self.lists["goals"].current_id())
        self._load_child("indicator_values", self.lists["indicators"].current_id())
        self.history_model.removeRows(0, self.history_model.rowCount())
        for changed_on, phase, note in view.history:
            self.history_model.appendRow(
                [QStandardItem(format_date(changed_on)), QStandardItem(phase), QStandardItem(note)]
            )

    def _fill_fields(self, view: MeasureView) -> None:
        """The heading and every field, each in its stored form (not the lists)."""
        m = view.values
        self.heading.setText(f"{m['code']} · {m['title']}" if m["code"] else m["title"])
        self._values = {
            "code": m["code"],
            "title": m["title"],
            "start_date": format_date(m["start_date"]),
            "end_date": format_date(m["end_date"]),
            "budget": format_cents(m["budget_cents"]),
            "maturity": m["maturity"],
            "description": m["short_description"],
            "spent": format_cents(m["spent_cents"]),
            "mandated_on": format_date(m["mandated_on"]),
            "sponsor": m["sponsor"],
            **{key: m[key] for key in ORDER_TEXTS},
        }
        for name, text in self._values.items():
            self._set_text(name, text)
        self._set_combo("type", None, m["type"])
        self._set_combo("status", None, m["status"])
        self._set_combo("priority", None, m["priority"])
        self._set_combo("financing", None, m["financing"])
        if self._reference_stale:
            self._load_reference()
        self._set_combo("phase", None, m["phase_id"])
        self._set_combo("lead_unit", None, m["lead_unit_id"])
        self._set_combo("responsible", None, m["responsible_id"])
        self._check(self.fields_model, view.field_ids)
        self._check(self.participants_model, view.participant_ids)

    def _load_reference(self) -> None:
        """Choices that are the same for every measure; read again only when they change."""
        offered = self.ops.read(editor_choices)
        self._set_combo("phase", offered.phases, None)
        self._set_combo("lead_unit", [("—", None), *offered.units], None)
        self._set_combo("responsible", [("—", None), *offered.people], None)
        self._fill_checklist(self.fields_model, offered.fields)
        self._fill_checklist(self.participants_model, offered.units)
        self._reference_stale = False

    def _fill_checklist(self, model: QStandardItemModel, items: list[tuple[str, str]]) -> None:
        model.blockSignals(True)
        model.clear()
        for text, item_id in items:
            item = QStandardItem(text)
            item.setToolTip(text)
            item.setData(item_id, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Unchecked)
            model.appendRow(item)
        model.blockSignals(False)
        model.layoutChanged.emit()

    def _check(self, model: QStandardItemModel, checked: set[str]) -> None:
        model.blockSignals(True)
        for row in range(model.rowCount()):
            item = model.item(row)
            state = (
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in checked
                else Qt.CheckState.Unchecked
            )
            if item.checkState() != state:
                item.setCheckState(state)
        model.blockSignals(False)
        model.dataChanged.emit(model.index(0, 0), model.index(model.rowCount() - 1, 0))

    def _load_child(self, key: str, parent_id: str | None) -> None:
        self.lists[key].load(parent_id)

    def on_changed(self, tables: set[str], changes: ChangeSet) -> None:
        if tables & tables_of("strategy", "org"):
            self._reference_stale = (
                True  # phases, units, people or fields changed: read the choices again
            )
        if self.measure_id:  # a table it shows changed (model.views: "measure_editor")
            self.load(self.measure_id, discard_edits=True)

    # -- committing --------------------------------------------------------------
    def _update(self, values: dict[str, Any], description: str, name: str = "") -> None:
        if self.measure_id is None:
            return
        outcome = self.ops.attempt(
            description, measure_service.update_measure, self.measure_id, values, initiator=self
        )
        if outcome.ok:
            self._show_own_edit()
        elif name:
            self._mark(name, outcome.error or "")  # the typed text stays, marked, with why
        else:
            self.load(self.measure_id, discard_edits=True)  # show the stored value again

    def _show_own_edit(self) -> None:
        """The editor made this change and is not told of it (ops.subscribe): it shows the
        stored form of what it wrote – „1.000.000,50 €“ for „1000000,5“, the heading for a
        new title – without reading the measure's lists again."""
        view = self.ops.read(measure_view, self.measure_id) if self.measure_id else None
        if view is None:
            self._show_nothing()
            return
        self._loading, self._discard_edits = True, True
        try:
            self._fill_fields(view)
        finally:
            self._loading = False

    def _mark(self, name: str, message: str) -> None:
        """Keep refused input in its field, framed and described with the reason (the
        reason is also shown in the status bar and read by screen readers)."""
        widget = self.w[name]
        self._refused[name] = message
        widget.setStyleSheet("border: 2px solid #B03A2E;")
        widget.setToolTip(message)
        widget.setAccessibleDescription(tr("Nicht übernommen: {message}").format(message=message))
        # focus goes back to the field in error (Tab had moved it on), once the move is done
        QTimer.singleShot(0, lambda: self._focus_refused(name))

    def _focus_refused(self, name: str) -> None:
        widget = self.w[name]
        if name in self._refused and widget.isVisible() and not widget.hasFocus():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _unmark(self, name: str) -> None:
        if name not in self._refused:
            return
        widget = self.w[name]
        self._refused.pop(name, None)
        widget.setStyleSheet("")
        widget.setToolTip("")
        widget.setAccessibleDescription("")

    def _commit_text(self, name: str) -> None:
        if self._loading or self.measure_id is None:
            return
        widget = self.w[name]
        text = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()  # type: ignore[attr-defined]
        if text == self._values.get(name):
            self._unmark(name)  # back to the stored value: nothing to change
            return
        key = {
            "budget": "budget_cents",
            "description": "short_description",
            "spent": "spent_cents",
        }.get(name, name)
        try:
            value = coerce(Measure, key, text)  # the same parsing as the command line's
        except ValidationError as exc:
            self.ops.failed.emit(str(exc))
            self._mark(name, str(exc))
            return
        self._unmark(name)
        self._update({key: value}, tr("{value} ändern").format(value=field_label(key)), name)

    def _commit_combo(self, name: str) -> None:
        if self._loading or self.measure_id is None:
            return
        key = {"lead_unit": "lead_unit_id", "responsible": "responsible_id"}.get(name, name)
        combo = self.w[name]
        assert isinstance(combo, QComboBox)
        value = combo.currentData()
        if name in ENUM_FIELDS:  # Qt hands str enums back as plain str
            value = ENUM_FIELDS[name](value)
        self._update({key: value}, tr("{value} ändern").format(value=field_label(key)))

    def _commit_phase(self) -> None:
        if self._loading or self.measure_id is None:
            return
        combo = self.w["phase"]
        assert isinstance(combo, QComboBox)
        result = self.ops.run(
            tr("Phase wechseln"), measure_service.move_phase, self.measure_id, combo.currentData()
        )
        if result is None:
            self.load(self.measure_id, discard_edits=True)

    def _checked(self, model: QStandardItemModel) -> list[str]:
        return [
            model.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(model.rowCount())
            if model.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _commit_fields(self) -> None:
        self._commit_checked(
            self.fields_model, tr("Handlungsfelder ändern"), measure_service.set_measure_fields
        )

    def _commit_participants(self) -> None:
        self._commit_checked(
            self.participants_model, tr("Beteiligte ändern"), measure_service.set_participants
        )

    def _commit_checked(self, model: QStandardItemModel, description: str, service: Any) -> None:
        if self._loading or self.measure_id is None:
            return
        if self.ops.run(description, service, self.measure_id, self._checked(model)) is None:
            self.load(self.measure_id, discard_edits=True)
