"""The Workshops section: the list of workshops and the editor of one, with its canvases."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.formats import format_date
from workbench.gui.canvas_dialogs import TemplateChooser
from workbench.gui.canvas_window import CanvasWindow
from workbench.gui.dialogs import Dialogs
from workbench.gui.forms import (
    CommitOnFocusOut,
    ReloadsWhenShown,
    StackingSplitter,
    child,
    load_form,
)
from workbench.gui.item_lists import ItemColumn, ItemListWidget, ListSpec
from workbench.gui.operations import WorkspaceOps
from workbench.i18n import tr
from workbench.model import Workshop, WorkshopFormat, WorkshopParticipant
from workbench.services import canvas as cv
from workbench.services import canvas_templates as templates
from workbench.services import workshops
from workbench.services.errors import ValidationError
from workbench.services.measures import measure_choices
from workbench.services.operations import ChangeSet
from workbench.services.values import coerce
from workbench.services.workshops import WorkshopRow

Index = QModelIndex | QPersistentModelIndex


COLUMNS = (tr("Datum"), tr("Titel"), tr("Format"), tr("Ort"), tr("Leinwände"), tr("Maßnahmen"))

PARTICIPANTS = ListSpec(
    WorkshopParticipant,
    [
        ItemColumn("name", tr("Name"), 200),
        ItemColumn("organisation", tr("Organisation"), 200),
    ],
    lambda: {"name": tr("Neue:r Teilnehmer:in")},
    order=lambda p: p.position,
)


class WorkshopTableModel(QAbstractTableModel):
    """Workshops, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[WorkshopRow] = []

    def load(self, rows: list[WorkshopRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        return (
            format_date(row.held_on),
            row.title,
            row.format.label,
            row.place,
            str(row.canvases),
            row.measures,
        )[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def row_of(self, workshop_id: str | None) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == workshop_id), None)


class WorkshopEditor(QWidget):
    """One workshop: its fields, participants, measures and canvases."""

    def __init__(self, panel: WorkshopsPanel) -> None:
        super().__init__()
        self.panel = panel
        self.ops = panel.ops
        self.workshop_id: str | None = None
        self._linked_ids: list[str] = []
        self._canvas_ids: list[str] = []
        form = self._form()
        canvas_box = self._canvas_box()
        self.participants = ItemListWidget(tr("Teilnehmende (namentlich)"), PARTICIPANTS, self.ops)
        measures_box = self._measures_box()
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(form)
        layout.addWidget(canvas_box)
        layout.addWidget(self.participants)
        layout.addWidget(measures_box)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take focus, not the frame
        scroll.setAccessibleName(tr("Workshop"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setEnabled(False)

    # -- the parts of the editor ----------------------------------------------------------
    def _form(self) -> QWidget:
        """The workshop's own fields (a Designer form, ui/workshop_form.ui); each is stored
        when left."""
        form = load_form("workshop_form.ui")
        self.title = child(form, QLineEdit, "title")
        self.format = child(form, QComboBox, "format")
        for fmt in WorkshopFormat:
            self.format.addItem(fmt.label, fmt.value)
        self.held_on = child(form, QLineEdit, "held_on")
        self.place = child(form, QLineEdit, "place")
        self.facilitator = child(form, QLineEdit, "facilitator")
        self.anonymous = child(form, QSpinBox, "anonymous")
        self.agenda = child(form, QPlainTextEdit, "agenda")
        self.decisions = child(form, QPlainTextEdit, "decisions")
        self._line_edits = (
            ("title", self.title),
            ("held_on", self.held_on),
            ("place", self.place),
            ("facilitator", self.facilitator),
        )
        for name, edit in self._line_edits:
            edit.editingFinished.connect(lambda n=name, e=edit: self._commit(n, e.text()))
        self.format.activated.connect(
            lambda _i: self._commit("format", WorkshopFormat(self.format.currentData()))
        )
        # An arrow key or the wheel changes the count without leaving the field: stored after
        # a short pause (one undo step for a run of steps), when left, and before a canvas
        # opens – its voters are the named and the anonymous participants.
        self.anonymous.setKeyboardTracking(False)
        self._anonymous_pause = QTimer(self)
        self._anonymous_pause.setSingleShot(True)
        self._anonymous_pause.setInterval(600)
        self._anonymous_pause.timeout.connect(self._commit_anonymous)
        self.anonymous.valueChanged.connect(lambda _v: self._anonymous_pause.start())
        self.anonymous.editingFinished.connect(self._commit_anonymous)
        self._text_edits = (("agenda", self.agenda), ("decisions", self.decisions))
        for name, text_edit in self._text_edits:
            text_edit.installEventFilter(
                CommitOnFocusOut(
                    lambda n=name, e=text_edit: self._commit(n, e.toPlainText()), text_edit
                )
            )
        return form

    def _measures_box(self) -> QGroupBox:
        """The measures the workshop is about, and a choice to link one more."""
        self.measures_model = QStringListModel(self)
        self.measures_list = QListView()
        self.measures_list.setModel(self.measures_model)
        self.measures_list.setAccessibleName(tr("Verknüpfte Maßnahmen"))
        self.measures_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.measures_list.setMaximumHeight(110)
        self.measure_choice = QComboBox()
        self.measure_choice.setEditable(True)
        self.measure_choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.measure_choice.setAccessibleName(tr("Maßnahme zum Verknüpfen"))
        line = self.measure_choice.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setAccessibleName(tr("Maßnahme zum Verknüpfen (Kennung oder Titel)"))
        link = QPushButton(tr("&Verknüpfen"))
        link.setAccessibleName(tr("Maßnahme verknüpfen"))
        link.clicked.connect(self.link_measure)
        unlink = QPushButton(tr("Verknüpfung &lösen"))
        unlink.setAccessibleName(tr("Verknüpfung der ausgewählten Maßnahme lösen"))
        unlink.clicked.connect(self.unlink_measure)
        measure_row = QHBoxLayout()
        measure_row.addWidget(self.measure_choice, 1)
        measure_row.addWidget(link)
        measure_row.addWidget(unlink)
        measures_box = QGroupBox(tr("Maßnahmen des Workshops"))
        measures_layout = QVBoxLayout(measures_box)
        measures_layout.addWidget(self.measures_list)
        measures_layout.addLayout(measure_row)
        return measures_box

    def _canvas_box(self) -> QGroupBox:
        """The workshop's canvases: new from a template, open, delete."""
        self.canvas_model = QStringListModel(self)
        self.canvas_list = QListView()
        self.canvas_list.setModel(self.canvas_model)
        self.canvas_list.setAccessibleName(tr("Leinwände"))
        self.canvas_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.canvas_list.activated.connect(lambda _i: self.open_canvas())
        self.canvas_list.setMaximumHeight(150)
        new_canvas = QPushButton(tr("Neue &Leinwand …"))
        new_canvas.setAccessibleName(tr("Neue Leinwand aus einer Vorlage"))
        new_canvas.clicked.connect(self.new_canvas)
        open_canvas = QPushButton(tr("Ö&ffnen"))
        open_canvas.setAccessibleName(tr("Ausgewählte Leinwand öffnen"))
        open_canvas.clicked.connect(self.open_canvas)
        delete_canvas = QPushButton(tr("Leinwand lö&schen"))
        delete_canvas.setAccessibleName(tr("Ausgewählte Leinwand löschen"))
        delete_canvas.clicked.connect(self.delete_canvas)
        canvas_row = QHBoxLayout()
        for button in (new_canvas, open_canvas, delete_canvas):
            canvas_row.addWidget(button)
        canvas_row.addStretch(1)
        canvas_box = QGroupBox(tr("Leinwände"))
        canvas_layout = QVBoxLayout(canvas_box)
        canvas_layout.addWidget(self.canvas_list)
        canvas_layout.addLayout(canvas_row)
        return canvas_box

    def load(self, workshop_id: str | None) -> None:
        if self._anonymous_pause.isActive():  # a count changed for the workshop shown so far
            self._commit_anonymous()
        self.workshop_id = workshop_id
        workshop = self.ops.read(workshops.workshop_view, workshop_id)
        self.setEnabled(workshop is not None)
        self.participants.load(workshop.id if workshop else None)
        if workshop is None:
            for edit in (self.title, self.held_on, self.place, self.facilitator):
                edit.clear()
            self.agenda.clear()
            self.decisions.clear()
            self.canvas_model.setStringList([])
            self.measures_model.setStringList([])
            return
        self._set(self.title, workshop.title)
        self._set(self.held_on, format_date(workshop.held_on))
        self._set(self.place, workshop.place)
        self._set(self.facilitator, workshop.facilitator)
        self.format.setCurrentIndex(self.format.findData(workshop.format.value))
        if self.anonymous.value() != workshop.anonymous_participants:
            self.anonymous.blockSignals(True)
            self.anonymous.setValue(workshop.anonymous_participants)
            self.anonymous.blockSignals(False)
        for text_edit, text in (
            (self.agenda, workshop.agenda),
            (self.decisions, workshop.decisions),
        ):
            if not text_edit.hasFocus() and text_edit.toPlainText() != text:
                text_edit.setPlainText(text)
        self._canvas_ids = [c.id for c in workshop.canvases]
        self.canvas_model.setStringList(
            [
                tr("{title} ({value} Notizen)").format(title=c.title, value=c.notes)
                for c in workshop.canvases
            ]
        )
        self._linked_ids = [mid for _label, mid in workshop.measures]
        self.measures_model.setStringList([label for label, _mid in workshop.measures])

    @staticmethod
    def _set(edit: QLineEdit, text: str) -> None:
        if not edit.hasFocus() and edit.text() != text:
            edit.setText(text)

    def _commit_anonymous(self) -> None:
        self._anonymous_pause.stop()
        self._commit("anonymous_participants", self.anonymous.value())

    def commit_pending(self) -> None:
        """Store what is typed but not yet stored (the field that has the focus, a count
        changed by arrow keys): a canvas opened from here shows it – its voters included."""
        self._commit_anonymous()
        focus = QApplication.focusWidget()
        for name, edit in self._line_edits:
            if edit is focus:
                self._commit(name, edit.text())
        for name, text_edit in self._text_edits:
            if text_edit is focus:
                self._commit(name, text_edit.toPlainText())

    def _commit(self, name: str, value: Any) -> None:
        if self.workshop_id is None:
            return
        try:
            if isinstance(value, str) and name == "held_on":
                value = coerce(Workshop, name, value)
        except ValidationError as exc:
            self.ops.failed.emit(str(exc))
            return
        current = self.ops.read(workshops.workshop_value, self.workshop_id, name)
        if current != value:
            self.ops.run(
                tr("Workshop ändern"), workshops.update_workshop, self.workshop_id, {name: value}
            )

    def _fill_measure_choice(self) -> None:
        rows = self.ops.read(measure_choices)
        self.measure_choice.clear()
        for label, measure_id in rows:
            self.measure_choice.addItem(label, measure_id)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.measure_choice.count() == 0:
            self._fill_measure_choice()

    def link_measure(self) -> None:
        index = self.measure_choice.findText(self.measure_choice.currentText())
        measure_id = self.measure_choice.itemData(index) if index >= 0 else None
        if self.workshop_id is None or measure_id is None:
            self.ops.failed.emit(tr("Maßnahmen: Bitte wählen Sie eine Maßnahme aus der Liste."))
            return
        self.ops.run(
            tr("Maßnahme verknüpfen"),
            workshops.set_workshop_measures,
            self.workshop_id,
            [*self._linked_ids, measure_id],
        )

    def unlink_measure(self) -> None:
        row = self.measures_list.currentIndex().row()
        if self.workshop_id is None or not 0 <= row < len(self._linked_ids):
            return
        remaining = [m for i, m in enumerate(self._linked_ids) if i != row]
        self.ops.run(
            tr("Verknüpfung lösen"), workshops.set_workshop_measures, self.workshop_id, remaining
        )

    def current_canvas_id(self) -> str | None:
        row = self.canvas_list.currentIndex().row()
        return self._canvas_ids[row] if 0 <= row < len(self._canvas_ids) else None

    def new_canvas(self) -> str | None:
        if self.workshop_id is None:
            return None
        catalog = templates.load_templates()
        if catalog.problems:
            self.ops.failed.emit(" ".join(catalog.problems))
        template = self.panel.choose_template(catalog.templates)
        if template is None:
            return None
        chosen, title = template
        self.commit_pending()
        canvas = self.ops.run(
            tr("Leinwand anlegen"), cv.create_canvas, self.workshop_id, chosen, title
        )
        if canvas is None:
            return None
        if canvas in self._canvas_ids:  # its id
            self.canvas_list.setCurrentIndex(
                self.canvas_model.index(self._canvas_ids.index(canvas))
            )
        self.panel.open_canvas(canvas)
        return str(canvas)

    def open_canvas(self) -> None:
        canvas_id = self.current_canvas_id()
        if canvas_id is not None:
            self.commit_pending()
            self.panel.open_canvas(canvas_id)

    def delete_canvas(self) -> None:
        canvas_id = self.current_canvas_id()
        if canvas_id is None:
            return
        name = self.canvas_model.stringList()[self._canvas_ids.index(canvas_id)]
        if self.panel.dialogs.confirm(
            tr("Leinwand löschen"),
            tr(
                "Die Leinwand „{name}“ mit allen Notizen löschen? Rückgängig machen ist möglich."
            ).format(name=name),
            tr("Löschen"),
        ):
            self.ops.run(tr("Leinwand löschen"), cv.delete_canvas, canvas_id)


class WorkshopsPanel(ReloadsWhenShown, QWidget):
    """Workshops on the left, the chosen one on the right; canvases open in their own window."""

    def __init__(self, ops: WorkspaceOps, dialogs: Dialogs) -> None:
        super().__init__()
        self.ops = ops
        ops.subscribe("workshops", self, self.on_changed)
        self.dialogs = dialogs
        self.windows: dict[str, CanvasWindow] = {}
        self.model = WorkshopTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Workshops"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        for column, width in enumerate((95, 280, 170, 170, 80)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        new = QPushButton(tr("&Neuer Workshop"))
        new.setAccessibleName(tr("Neuer Workshop (anlegen)"))
        new.clicked.connect(self.new_workshop)
        self.new_button = new
        delete = QPushButton(tr("Workshop &löschen …"))
        delete.setAccessibleName(tr("Ausgewählten Workshop löschen"))
        delete.clicked.connect(self.delete_workshop)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(delete)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        self.editor = WorkshopEditor(self)
        splitter = StackingSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def reload(self) -> None:
        super().reload()
        keep = self.selected_id()
        self.model.load(self.ops.read(workshops.workshop_rows))
        row = self.model.row_of(keep)
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.selectRow(row)
        self.editor.load(self.selected_id())

    def on_changed(self, tables: set[str], _changes: ChangeSet) -> None:
        self.request_reload()  # a table it shows changed (model.views)

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return (
            self.model.rows[index.row()].id
            if index.isValid() and index.row() < len(self.model.rows)
            else None
        )

    def select(self, workshop_id: str) -> None:
        row = self.model.row_of(workshop_id)
        if row is not None:
            self.table.selectRow(row)

    def _current_changed(self, _current: QModelIndex, _prev: QModelIndex) -> None:
        self.editor.load(self.selected_id())

    def new_workshop(self) -> str | None:
        workshop = self.ops.run(
            tr("Workshop anlegen"),
            workshops.create_workshop,
            tr("Neuer Workshop"),
            WorkshopFormat.FREE,
            date.today(),
        )
        if workshop is None:
            return None
        self.select(workshop)  # its id
        self.editor.title.setFocus()
        self.editor.title.selectAll()
        return str(workshop)

    def delete_workshop(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id is None:
            return
        title = self.model.rows[self.model.row_of(workshop_id) or 0].title
        if self.dialogs.confirm(
            tr("Workshop löschen"),
            tr(
                "Den Workshop „{title}“ mit allen Leinwänden löschen? Rückgängig machen ist möglich."
            ).format(title=title),
            tr("Löschen"),
        ):
            self.ops.run(tr("Workshop löschen"), workshops.delete_workshop, workshop_id)

    def choose_template(
        self, choices: list[templates.CanvasTemplate]
    ) -> tuple[templates.CanvasTemplate, str] | None:
        """Ask for the template of a new canvas (tests replace this)."""
        dialog = TemplateChooser(choices, self)
        if not dialog.exec():
            return None
        chosen = dialog.chosen()
        return (chosen, dialog.title.text()) if chosen else None

    def open_canvas(self, canvas_id: str) -> CanvasWindow:
        window = self.windows.get(canvas_id)
        if window is None:
            window = CanvasWindow(self.ops, canvas_id, self.dialogs)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.closed.connect(self._canvas_closed)
            self.windows[canvas_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _canvas_closed(self, canvas_id: str) -> None:
        self.windows.pop(canvas_id, None)
        QTimer.singleShot(0, _give_memory_back)  # after the window is deleted

    def close_canvases(self) -> None:
        for window in list(self.windows.values()):
            window.close()


def _give_memory_back() -> None:
    """Hand memory freed by a closed canvas back to the system (glibc keeps it otherwise;
    a process seemed to grow with every canvas opened). Elsewhere: nothing to do."""
    import ctypes
    import ctypes.util
    import sys

    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim(0)
    except (OSError, AttributeError):
        pass  # another C library (musl): it returns memory by itself
