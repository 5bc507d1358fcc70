"""The main window: side bar of sections, central view, detail panel, menus."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QResizeEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from workbench import i18n
from workbench.gui import (
    sections,
    window_actions,
    window_files,
    window_printing,
    window_reflow,
)
from workbench.gui import settings as opt
from workbench.gui.dialogs import Dialogs
from workbench.gui.forms import (
    UndoReachesTheWindow,
    ValueLabel,
    fit_to_screen,
    wrap_forms,
)
from workbench.gui.icons import icon
from workbench.gui.measure_table import MeasuresPanel
from workbench.gui.message_bar import MessageBar
from workbench.gui.operations import WorkspaceOps
from workbench.gui.sections import SECTIONS
from workbench.gui.settings import Settings
from workbench.gui.strategy_view import StrategyPanel
from workbench.gui.sync_panel import SyncPanel, SyncRunner
from workbench.i18n import tr
from workbench.services.operations import ChangeSet
from workbench.services.sync import is_shared
from workbench.services.workspaces import (
    AnyWorkspace,
    OpenWorkspace,
)

if TYPE_CHECKING:
    from workbench.gui.export_controller import ExportController
    from workbench.gui.funding_panel import FundingPanel
    from workbench.gui.impact_view import ImpactPanel
    from workbench.gui.measure_editor import MeasureEditor
    from workbench.gui.roadmap_view import RoadmapPanel
    from workbench.gui.workshops_panel import WorkshopsPanel

WORKSHOPS_SECTION, FUNDING_SECTION, SYNC_SECTION, ROADMAP_SECTION, IMPACT_SECTION = (
    2,
    3,
    4,
    5,
    6,
)  # workshops, funding, the roadmap and Wirkung are built on the first visit
#: Sections that show the measure editor beside them.
WITH_DETAIL = {0, 1}


def _application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)  # a window exists only inside the application
    return app


class MainWindow(QMainWindow):
    """One open workspace at a time; every action goes through WorkspaceOps."""

    # built by gui/window_actions.py
    about_action: QAction
    bin_action: QAction
    builtin_template_action: QAction
    copy_action: QAction
    delete_action: QAction
    editor_action: QAction
    export_action: QAction
    find_action: QAction
    import_action: QAction
    msproject_export_action: QAction
    msproject_import_action: QAction
    log_action: QAction
    manual_action: QAction
    narrower_action: QAction
    new_measure_action: QAction
    new_ws_action: QAction
    open_action: QAction
    print_sheet_action: QAction
    print_impact_action: QAction
    print_table_action: QAction
    quit_action: QAction
    redo_action: QAction
    reset_filter_action: QAction
    shortcuts_action: QAction
    sync_action: QAction
    template_action: QAction
    undo_action: QAction
    wider_action: QAction
    section_actions: list[QAction]
    language_actions: dict[str, QAction]
    recent_menu: QMenu
    toolbar: QToolBar
    _undo_filter: UndoReachesTheWindow

    def __init__(
        self,
        workspace: AnyWorkspace,
        settings: Settings | None = None,
        dialogs: Dialogs | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.dialogs = dialogs or Dialogs(self)
        self.ops = WorkspaceOps(workspace, self)
        self.ops.changed.connect(self._on_changed)
        self.ops.failed.connect(self._on_failed)

        self._navigation()
        self._sections()
        self._detail()
        self._layout()
        self._status_bar()
        window_actions.build_actions(self)
        window_actions.build_toolbar(self)
        window_actions.build_menus(self)
        self.setTabOrder(self.nav, self.stack)
        self.setTabOrder(self.stack, self.detail)
        self._restore_settings()
        window_files.show_workspace(self)

    # -- the window's parts, built once --------------------------------------------------
    def _navigation(self) -> None:
        """The sections' list on the left, each with its icon."""
        self.nav_model = QStandardItemModel(self)
        for section in SECTIONS:
            item = QStandardItem(icon(section.icon), section.title)
            item.setEditable(False)
            self.nav_model.appendRow(item)
        self.nav = QListView()
        self.nav.setAccessibleName(tr("Bereiche"))
        self.nav.setModel(self.nav_model)
        self.nav.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.nav.setMaximumWidth(220)
        self.nav.setSpacing(3)
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setObjectName("sections")
        self.nav.selectionModel().currentChanged.connect(self._section_changed)

    def _sections(self) -> None:
        """The sections in their stack: Strategie, Maßnahmen and Synchronisation at once,
        the others in a holder filled when first shown."""
        self.strategy = StrategyPanel(self.ops)
        self.measures = MeasuresPanel(self.ops)
        self.sync_runner = SyncRunner(self.ops, self)
        self.sync_panel = SyncPanel(self.ops, self.sync_runner, self.dialogs)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.strategy)
        self.stack.addWidget(self.measures)
        # The Workshops section (and the canvas code) is built when first shown.
        self._workshops: WorkshopsPanel | None = None
        self._exporter: ExportController | None = None
        self.workshops_holder, self.workshops_layout = self._holder()
        self._funding: FundingPanel | None = None
        self.funding_holder, self.funding_layout = self._holder()
        self.stack.addWidget(self.sync_panel)
        self._roadmap: RoadmapPanel | None = None
        self.roadmap_holder, self.roadmap_layout = self._holder()
        self._impact: ImpactPanel | None = None
        self.impact_holder, self.impact_layout = self._holder()

    def _holder(self) -> tuple[QWidget, QVBoxLayout]:
        """A place in the stack for a section built when first shown."""
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(holder)
        return holder, layout

    def _detail(self) -> None:
        """The detail pane: the editor once a measure is chosen, a hint until then."""
        # The editor is built when the first measure is opened (it costs ~0.15 s of start-up).
        self._editor: MeasureEditor | None = None
        self.detail = QStackedWidget()
        self.detail.setMinimumWidth(300)
        self.placeholder = QLabel(
            tr(
                "Keine Maßnahme ausgewählt – wählen Sie eine in der Tabelle "
                "oder im Strategiebaum, oder legen Sie mit Strg+N eine neue an."
            )
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # heard with its text (the name alone said „Detailbereich“ and nothing else)
        self.placeholder.setAccessibleName(
            tr("Detailbereich: {text}").format(text=self.placeholder.text())
        )
        self.detail.addWidget(self.placeholder)
        self.measures.measure_selected.connect(self.open_in_editor)
        self.strategy.measure_selected.connect(self.open_in_editor)
        self.measures.activated.connect(lambda _id: self.editor.tabs.setFocus())
        self.strategy.activated.connect(self.show_measure)

    def _layout(self) -> None:
        """Navigation, section and detail side by side, the message bar below."""
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.nav)
        # Sections and detail scroll when the window is smaller than they are (200 % scaling
        # on a 1920 × 1080 screen: the window grew off-screen); the scroll areas take no focus.
        self.splitter.addWidget(_scrolling(self.stack))
        # hidden with the sections that have no detail: its room goes to the section (hiding
        # only the detail left its scroll area, a third of the window, empty)
        self.detail_area = _scrolling(self.detail)
        self.splitter.addWidget(self.detail_area)
        # the section names in full („Synchronisation“ was cut)
        self._nav_width = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 12
        self.nav.setMinimumWidth(self._nav_width)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setCollapsible(1, False)
        self.message_bar = MessageBar()
        self.ops.succeeded.connect(self.message_bar.hide)  # the refused entry was put right
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        # below the sections: appearing, it takes room from their bottom and moves nothing
        # above it (at the top it pushed the window 40 px down, and a click landed on the
        # wrong field)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message_bar)
        self.setCentralWidget(central)

    def _status_bar(self) -> None:
        """Synchronisation, open conflicts and the workspace's path."""
        self.path_label = QLabel()
        self.sync_label = ValueLabel(tr("Synchronisation"))
        self.conflict_label = ValueLabel(tr("Offene Konflikte"))
        for label in (self.sync_label, self.conflict_label, self.path_label):
            self.statusBar().addPermanentWidget(label)
        self.sync_runner.state_changed.connect(self.sync_label.setText)
        self.sync_runner.report_ready.connect(lambda _r: self._update_conflict_count())

    # -- actions and menus -------------------------------------------------------
    def sync_now(self) -> None:
        """Sync now when the workspace is shared; else show where sharing is set up."""
        if is_shared(self.workspace):
            self.sync_runner.request()
            return
        self.show_section(SYNC_SECTION)
        self.statusBar().showMessage(
            tr("Noch nicht geteilt: wählen Sie einen Ordner oder einen Server."), 8000
        )

    def _short_undo_texts(self, _text: str = "") -> None:
        for action, verb in (
            (self.undo_action, tr("Rückgängig")),
            (self.redo_action, tr("Wiederherstellen")),
        ):
            action.setIconText(verb)
            action.setToolTip(action.text().replace("&", ""))

    def choose_language(self, code: str) -> None:
        self.settings.set(opt.LANGUAGE, code)
        self.settings.sync()
        effective = i18n.chosen(code) if code else i18n.system_language()
        if effective == i18n.language():
            self.statusBar().showMessage(tr("Die Sprache ist gespeichert."), 4000)
            return
        # said in the language chosen, which the user reads best
        self.dialogs.info(
            tr("Sprache"),
            {
                "de": "Werkbank spricht ab dem nächsten Start Deutsch.",
                "en": "Werkbank speaks English from the next start.",
            }[effective],
        )

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.get(opt.RECENT)
        for number, path in enumerate(recent, 1):
            action = self.recent_menu.addAction(f"&{number} {Path(path).name} – {path}")
            action.triggered.connect(lambda _=False, p=path: window_files.open_workspace(self, p))
        if not recent:
            self.recent_menu.addAction(tr("(keine)")).setEnabled(False)

    # -- detail panel ----------------------------------------------------------------
    @property
    def editor(self) -> MeasureEditor:
        if self._editor is None:
            # Imported here: the editor's modules (Designer loader, list widgets) are not
            # needed until a measure is opened.
            from workbench.gui.measure_editor import MeasureEditor

            self._editor = MeasureEditor(self.ops)
            self.ops.subscribe("measure_editor", self._editor, self._editor_heard)
            self.detail.addWidget(self._editor)
            wrap_forms(self._editor)
            self.detail.setCurrentWidget(self._editor)
            # no measure (its creation undone, deleted elsewhere): the placeholder, not the
            # last measure's fields greyed out
            self._editor.showing.connect(
                lambda shown: self.detail.setCurrentWidget(
                    self._editor if shown and self._editor else self.placeholder
                )
            )
        return self._editor

    def _editor_heard(self, tables: set[str], changes: ChangeSet) -> None:
        """A change to what the editor shows; its measure deleted (here or elsewhere): the
        measure the table selects now (the table has heard of it first)."""
        editor = self.editor
        if editor.measure_id and editor.measure_id in changes.row_ids("measures"):
            from workbench.services import measures as measure_service

            if not self.ops.read(measure_service.measure_exists, editor.measure_id):
                editor.load(self.measures.selected_id())
                return
        editor.on_changed(tables, changes)

    def open_in_editor(self, measure_id: str | None) -> None:
        if measure_id is None and self._editor is None:
            return
        self.editor.load(measure_id)

    # -- sections ------------------------------------------------------------------
    def show_section(self, index: int) -> None:
        self.nav.setCurrentIndex(self.nav_model.index(index, 0))

    @property
    def workshops(self) -> WorkshopsPanel:
        if self._workshops is None:
            from workbench.gui.workshops_panel import WorkshopsPanel

            self._workshops = WorkshopsPanel(self.ops, self.dialogs)
            self.workshops_layout.addWidget(self._workshops)
            table = self._workshops.table
            table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            action = QAction(tr("Workshop-Dokumentation exportieren …"), table)
            action.triggered.connect(
                lambda: self.exporter.export("workshop", workshop_id=self.workshops.selected_id())
            )
            table.addAction(action)
        return self._workshops

    @property
    def funding(self) -> FundingPanel:
        if self._funding is None:
            from workbench.gui.funding_panel import FundingPanel

            self._funding = FundingPanel(self.ops, self.dialogs)
            self.funding_layout.addWidget(self._funding)
        return self._funding

    @property
    def roadmap(self) -> RoadmapPanel:
        if self._roadmap is None:
            from workbench.gui.roadmap_view import RoadmapPanel

            self._roadmap = RoadmapPanel(self.ops, self.dialogs, self.measures.filtered_ids)
            self._roadmap.activated.connect(self.show_measure)
            self.measures.filter_changed.connect(self._roadmap.request_reload)
            self.roadmap_layout.addWidget(self._roadmap)
        return self._roadmap

    @property
    def impact(self) -> ImpactPanel:
        if self._impact is None:
            from workbench.gui.impact_view import ImpactPanel

            self._impact = ImpactPanel(self.ops, self.measures.filtered_ids)
            self._impact.print_requested.connect(lambda: window_printing.print_impact(self))
            self.measures.filter_changed.connect(self._impact.request_reload)
            self.impact_layout.addWidget(self._impact)
        return self._impact

    def opened_roadmap(self) -> RoadmapPanel | None:
        """The Zeitplan section if it was opened (its chosen baseline counts for reports)."""
        return self._roadmap

    @property
    def exporter(self) -> ExportController:
        """Export and import (built on first use: python-docx and openpyxl load then)."""
        if self._exporter is None:
            from workbench.gui.export_controller import ExportController

            self._exporter = ExportController(self)
        return self._exporter

    def _section_changed(self, current: QModelIndex, _prev: QModelIndex) -> None:
        if current.isValid():
            if current.row() == WORKSHOPS_SECTION:
                self.workshops  # noqa: B018 - built on the first visit
            if current.row() == FUNDING_SECTION:
                self.funding  # noqa: B018 - built on the first visit
            if current.row() == ROADMAP_SECTION:
                self.roadmap  # noqa: B018 - built on the first visit
            if current.row() == IMPACT_SECTION:
                self.impact  # noqa: B018 - built on the first visit
            self.stack.setCurrentIndex(current.row())
            # only the shown section asks for room (a stacked widget is as wide as its widest
            # page: at 400 % every section scrolled sideways for the Zeitplan's sake)
            for n in range(self.stack.count()):
                page = self.stack.widget(n)
                if page is None:
                    continue
                policy = (
                    QSizePolicy.Policy.Preferred
                    if n == current.row()
                    else QSizePolicy.Policy.Ignored
                )
                page.setSizePolicy(policy, policy)
            self.detail_area.setVisible(current.row() in WITH_DETAIL)
            shown = self.stack.currentWidget()
            if shown is not None:
                wrap_forms(shown)  # panels are built on their first visit

    def focus_search(self) -> None:
        self.show_section(1)
        self.measures.search.setFocus()
        self.measures.search.selectAll()

    def focus_editor(self) -> None:
        self.editor.tabs.currentWidget().setFocus()

    def show_measure(self, measure_id: str) -> None:
        """Open a measure in the table and the editor (e.g. from the strategy tree)."""
        self.show_section(1)
        self.measures.select(measure_id)
        self.editor.load(measure_id)

    # -- workspace -------------------------------------------------------------------
    @property
    def workspace(self) -> OpenWorkspace:
        return self.ops.workspace

    # -- measures ------------------------------------------------------------------
    def show_print_preview(self, title: str, doc: Any, landscape: bool) -> None:
        """The print preview (tests look at the document instead of a person)."""
        from workbench.gui import printing

        printing.preview(self, title, doc, landscape)

    #: Shows a help page (tests look at it instead of waiting for a person).
    show_help = staticmethod(lambda dialog: dialog.exec())

    def new_measure(self) -> None:
        from workbench.gui.measure_dialogs import NewMeasureDialog

        dialog = NewMeasureDialog(self.ops, self)
        if dialog.exec() and dialog.created_id:
            self.show_measure(dialog.created_id)
            self.editor.tabs.setCurrentIndex(0)
            self.editor.w["title"].setFocus()

    def delete_measure(self) -> None:
        measure_id = (
            self._editor.measure_id if self._editor else None
        ) or self.measures.selected_id()
        if not measure_id:
            return
        from workbench.services import measures as measure_service  # ORM: not at start-up

        label = self.ops.read(measure_service.measure_label, measure_id)
        if not self.dialogs.confirm(
            tr("Maßnahme löschen"),
            tr(
                "Maßnahme {label} in den Papierkorb legen?\nSie lässt sich mit „Rückgängig“ oder aus dem Papierkorb wiederherstellen."
            ).format(label=label),
            tr("In den Papierkorb"),
        ):
            return
        self.ops.run(tr("Maßnahme löschen"), measure_service.delete_measure, measure_id)

    def show_recycle_bin(self) -> None:
        from workbench.gui.measure_dialogs import RecycleBinDialog

        dialog = RecycleBinDialog(self.ops, self)
        dialog.exec()
        if dialog.restored:
            self.show_measure(dialog.restored[-1])

    # -- signals ---------------------------------------------------------------------
    def _on_changed(self, _tables: set[str], changes: ChangeSet) -> None:
        """The window's own part of a change (the sections hear of it themselves, through
        WorkspaceOps.subscribe): the message bar, the status line, the sync."""
        self.message_bar.hide()
        self.statusBar().showMessage(
            tr("{what}: {description}").format(
                what=self.ops.replaying or tr("Gespeichert"), description=changes.description
            ),
            4000,
        )
        if changes:  # a local edit: pass it on soon (sync runs in the background)
            self.sync_runner.request()
        self.sync_panel.request_reload()
        self._update_conflict_count()

    def _update_conflict_count(self) -> None:
        from workbench.services import sync as sync_service

        count = sync_service.open_conflict_count(self.workspace)
        self.conflict_label.setText(
            tr("Konflikte: {count}").format(count=count) if count else tr("Keine Konflikte")
        )

    def _on_failed(self, message: str) -> None:
        self.message_bar.show_message(message)
        self.statusBar().showMessage(message, 8000)

    # -- settings ----------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        window_reflow.reflow(self, event.size().width())

    def _restore_settings(self) -> None:
        geometry = self.settings.get(opt.GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            fit_to_screen(self)  # the first start: as large as the screen allows
        self.measures.restore_columns(self.settings.get(opt.MEASURE_COLUMNS))
        state = self.settings.get(opt.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.get(opt.SPLITTER)
        if splitter.isEmpty() or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([150, 760, 520])
        self.show_section(sections.index_of(self.settings.get(opt.SECTION)))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.setFocus()  # commit a field that is still being edited
        _application().removeEventFilter(self._undo_filter)
        if self._workshops is not None:
            self._workshops.close_canvases()
        if self._exporter is not None:
            self._exporter.runner.wait()
        self.sync_runner.stop()
        self.ops.detach()
        self.settings.set(opt.GEOMETRY, self.saveGeometry())
        self.settings.set(opt.WINDOW_STATE, self.saveState())
        self.settings.set(opt.SPLITTER, self.splitter.saveState())
        self.settings.set(opt.MEASURE_COLUMNS, self.measures.table.horizontalHeader().saveState())
        self.settings.set(opt.SECTION, SECTIONS[self.nav.currentIndex().row()].key)
        self.settings.remember_workspace(str(self.workspace.path))
        self.settings.sync()
        super().closeEvent(event)


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area
