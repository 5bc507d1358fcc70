"""Exporting from the window: a dialog (kind, subject, scope, target), work in the
background with progress, and the Maßnahmenliste import with its preview."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.exports.excel_import import ImportPlan, RowKind
from workbench.formats import parse_date
from workbench.gui.background import Job
from workbench.gui.forms import ValueLabel, ok_cancel
from workbench.i18n import tr
from workbench.model.funding import Period
from workbench.services import choices, exporting
from workbench.services.exporting import KINDS, ExportRequest
from workbench.services.measures import measure_choices

if TYPE_CHECKING:
    from workbench.gui.dialogs import Dialogs
    from workbench.gui.main_window import MainWindow
    from workbench.gui.operations import WorkspaceOps

WORD_FILTER = tr("Word-Dokument (*.docx)")
EXCEL_FILTER = tr("Excel-Arbeitsmappe (*.xlsx)")


#: Documents about a reporting period.
PERIOD_KINDS = ("nachweis", "sachbericht", "belegliste", "statusbericht")
#: The funding documents of a report: the same choice of report, with the same meaning.
REPORT_KINDS = ("nachweis", "sachbericht", "belegliste")


class ExportDialog(QDialog):
    """What to export, about what, and where to."""

    def __init__(
        self,
        ops: WorkspaceOps,
        dialogs: Dialogs,
        selected_id: str | None,
        shown_ids: list[str],
        kind: str = "steckbrief",
        measure_id: str | None = None,
        workshop_id: str | None = None,
        parent: QWidget | None = None,
        folder: str = "",
        open_after: bool = True,
    ) -> None:
        super().__init__(parent)
        self.folder = Path(folder) if folder and Path(folder).is_dir() else Path.home()
        self.setWindowTitle(tr("Exportieren"))
        self.dialogs, self.ops = dialogs, ops
        self.selected_id, self.shown_ids = selected_id, shown_ids
        self._subjects(ops)
        self._report_and_period()
        self.grant.currentIndexChanged.connect(self._grant_changed)
        for subject in (self.measure, self.workshop, self.grant):
            subject.currentIndexChanged.connect(lambda _i: self._suggest_name())
        self._scope(selected_id, shown_ids)
        target_row = self._target(open_after)
        self._form(target_row)
        buttons = ok_cancel(self, tr("Exportieren"), self._accept)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        if measure_id or selected_id:
            self.measure.setCurrentIndex(max(0, self.measure.findData(measure_id or selected_id)))
        if workshop_id:
            self.workshop.setCurrentIndex(max(0, self.workshop.findData(workshop_id)))
        self._grant_changed()
        self._kind_changed()
        self.resize(560, 0)

    def _subjects(self, ops: WorkspaceOps) -> None:
        """What to export and about which measure, workshop or grant."""
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Dokument"))
        for key, k in KINDS.items():
            self.kind.addItem(f"{k.label} ({k.suffix[1:]})", key)
        self.measure = QComboBox()
        self.measure.setAccessibleName(tr("Maßnahme"))
        self.workshop = QComboBox()
        self.workshop.setAccessibleName(tr("Workshop"))
        self.grant = QComboBox()
        self.grant.setAccessibleName(tr("Zuwendung"))
        for label, mid in ops.read(measure_choices):
            self.measure.addItem(label, mid)
        for title, wid in ops.read(choices.workshop_choices):
            self.workshop.addItem(title, wid)
        for label, gid in ops.read(choices.grant_choices):
            self.grant.addItem(label, gid)

    def _report_and_period(self) -> None:
        """A funding document's report and funds request; the period, from and to."""
        self.report = QComboBox()
        self.report.setAccessibleName(tr("Nachweis, zu dem das Dokument gehört"))
        self.funds_request = QComboBox()
        self.funds_request.setAccessibleName(tr("Mittelabruf"))
        self.period_from, self.period_to = QLineEdit(), QLineEdit()
        for edit, name in (
            (self.period_from, tr("Berichtszeitraum von")),
            (self.period_to, tr("Berichtszeitraum bis")),
        ):
            edit.setAccessibleName(name)
            edit.setPlaceholderText(tr("TT.MM.JJJJ"))
        self.period_box = QWidget()
        period_layout = QHBoxLayout(self.period_box)
        period_layout.setContentsMargins(0, 0, 0, 0)
        period_layout.addWidget(self.period_from)
        until = QLabel(tr("bis"))
        until.setBuddy(self.period_to)
        period_layout.addWidget(until)
        period_layout.addWidget(self.period_to)
        self.period_hint = QLabel(
            tr(
                "Leer: bei Förderdokumenten der Zeitraum des gewählten Nachweises,\n"
                "sonst der ganze Bewilligungszeitraum (gezählt nach Zahlungsdatum);\n"
                "beim Statusbericht die letzten vier Wochen."
            )
        )

    def _scope(self, selected_id: str | None, shown_ids: list[str]) -> None:
        """A report about the selected measure, the filtered list or all measures."""
        self.scope_box = QWidget()
        scope_layout = QVBoxLayout(self.scope_box)
        scope_layout.setContentsMargins(0, 0, 0, 0)
        self.scope = QButtonGroup(self)
        self.scope_selected = QRadioButton(tr("Ausgewählte Maßnahme"))
        self.scope_filter = QRadioButton(
            tr("Gefilterte Liste ({n_shown_ids})").format(n_shown_ids=len(shown_ids))
        )
        self.scope_all = QRadioButton(
            tr("Alle Maßnahmen ({total})").format(total=self.measure.count())
        )
        for number, button in enumerate((self.scope_selected, self.scope_filter, self.scope_all)):
            self.scope.addButton(button, number)
            scope_layout.addWidget(button)
        self.scope_selected.setEnabled(selected_id is not None)
        self.scope_all.setChecked(True)

    def _target(self, open_after: bool) -> QHBoxLayout:
        """The file to write, a button to browse for it, „open afterwards“."""
        self.target = QLineEdit()
        self.target.setAccessibleName(tr("Zieldatei"))
        browse = QPushButton(tr("Durch&suchen …"))
        browse.setAccessibleName(tr("Durchsuchen: Zieldatei wählen"))  # the visible label first
        browse.clicked.connect(self._browse)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(browse)
        self.open_after = QCheckBox(tr("Datei danach ö&ffnen"))
        self.open_after.setChecked(open_after)
        return target_row

    def _form(self, target_row: QHBoxLayout) -> None:
        """Every row labelled, its mnemonic leading to the field."""
        self.form = QFormLayout()
        for text, widget in (
            (tr("&Dokument:"), self.kind),
            (tr("&Maßnahme:"), self.measure),
            (tr("&Workshop:"), self.workshop),
            (tr("Zu&wendung:"), self.grant),
            (tr("&Nachweis:"), self.report),
            (tr("Mittel&abruf:"), self.funds_request),
            (tr("Berichtszeit&raum:"), self.period_box),
            (tr("&Umfang:"), self.scope_box),
        ):
            row_label = QLabel(text)
            buddy = {self.scope_box: self.scope_all, self.period_box: self.period_from}.get(
                widget, widget
            )
            row_label.setBuddy(buddy)
            self.form.addRow(row_label, widget)
        self.form.addRow("", self.period_hint)
        target_label = QLabel(tr("&Zieldatei:"))
        target_label.setBuddy(self.target)
        self.form.addRow(target_label, target_row)
        self.form.addRow("", self.open_after)

    def current_kind(self) -> exporting.ExportKind:
        return KINDS[self.kind.currentData()]

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        self.form.setRowVisible(self.measure, kind.subject == "measure")
        self.form.setRowVisible(self.workshop, kind.subject == "workshop")
        self.form.setRowVisible(self.scope_box, kind.subject == "scope")
        self.form.setRowVisible(self.grant, kind.subject == "grant")
        self.form.setRowVisible(self.report, kind.key in REPORT_KINDS)
        self.form.setRowVisible(self.funds_request, kind.key == "mittelabruf")
        for widget in (self.period_box, self.period_hint):
            self.form.setRowVisible(widget, kind.key in PERIOD_KINDS)
        self._suggest_name()
        self.adjustSize()  # rows shown or hidden: the dialog fits them (the hint wraps)

    def _suggest_name(self) -> None:
        """A file name that says what the document is about (the measure, workshop or
        grant), in the folder last used."""
        kind = self.current_kind()
        current = Path(self.target.text()) if self.target.text() else None
        folder = current.parent if current else self.folder
        subject = {"measure": self.measure, "workshop": self.workshop, "grant": self.grant}.get(
            kind.subject
        )
        about = subject.currentText() if subject is not None and subject.currentIndex() >= 0 else ""
        if kind.key in ("nachweis", "sachbericht", "belegliste", "kfp", "mittelabruf") and about:
            about = about.split(" – ")[0]  # the file number names a grant
        name = f"{kind.label} {about}".strip() if about else f"{kind.label} {date.today():%Y-%m-%d}"
        self.target.setText(str(folder / (safe_file_name(name) + kind.suffix)))
        self._fit_target()

    def _grant_changed(self) -> None:
        """The chosen grant's reports (newest period first) and funds requests (newest first)."""
        grant_id = self.grant.currentData() or ""
        self.report.clear()
        self.funds_request.clear()
        self.report.addItem(tr("keiner (ganzer Bewilligungszeitraum)"), None)
        for label, rid in self.ops.read(choices.report_choices, grant_id):
            self.report.addItem(label, rid)
        for label, qid in self.ops.read(choices.request_choices, grant_id):
            self.funds_request.addItem(label, qid)
        self.report.setCurrentIndex(1 if self.report.count() > 1 else 0)

    def period(self) -> Period | None:
        """The period typed in (ValueError names the field in German)."""
        days = []
        for edit, name in (
            (self.period_from, tr("Berichtszeitraum von")),
            (self.period_to, tr("Berichtszeitraum bis")),
        ):
            try:
                days.append(parse_date(edit.text()) if edit.text().strip() else None)
            except ValueError as exc:
                raise ValueError(f"{name}: {exc}") from None
        if days[0] and days[1] and days[1] < days[0]:
            raise ValueError(tr("Das Ende des Berichtszeitraums liegt vor seinem Beginn."))
        return Period(days[0], days[1]) if any(days) else None

    def _browse(self) -> None:
        kind = self.current_kind()
        path = self.dialogs.save_file(
            tr("{label} speichern unter").format(label=kind.label),
            self.target.text(),
            WORD_FILTER if kind.suffix == ".docx" else EXCEL_FILTER,
        )
        if path:
            self.target.setText(path)
            self._fit_target()

    def _accept(self) -> None:
        kind = self.current_kind()
        if kind.subject == "measure" and self.measure.currentData() is None:
            self.dialogs.error(
                tr("Exportieren"), tr("Es gibt keine Maßnahme, die exportiert werden könnte.")
            )
            return
        if kind.subject == "workshop" and self.workshop.currentData() is None:
            self.dialogs.error(tr("Exportieren"), tr("Es gibt noch keinen Workshop."))
            return
        if kind.subject == "grant" and self.grant.currentData() is None:
            self.dialogs.error(tr("Exportieren"), tr("Es gibt noch keine Zuwendung."))
            return
        if kind.key == "mittelabruf" and self.funds_request.currentData() is None:
            self.dialogs.error(
                tr("Exportieren"), tr("Für diese Zuwendung ist noch kein Mittelabruf erfasst.")
            )
            return
        try:
            self.period()
        except ValueError as exc:
            self.dialogs.error(tr("Exportieren"), str(exc))
            self.period_from.setFocus()
            return
        if not self.target.text().strip():
            self.dialogs.error(tr("Exportieren"), tr("Bitte wählen Sie eine Zieldatei."))
            return
        self.accept()

    def _fit_target(self) -> None:
        """The target field is wide enough for the whole path (up to most of a screen),
        and shows its end – the file's name – where it is longer still."""
        metrics = self.target.fontMetrics()
        wanted = metrics.horizontalAdvance(self.target.text()) + 24
        screen = self.screen().availableGeometry().width() if self.screen() else 1600
        self.target.setMinimumWidth(min(wanted, int(screen * 0.6)))
        self.target.setCursorPosition(len(self.target.text()))

    def request(self, template: Path | None) -> ExportRequest:
        kind = self.current_kind()
        ids, scope = None, tr("alle Maßnahmen")
        if kind.subject == "scope" and self.scope_selected.isChecked() and self.selected_id:
            ids, scope = [self.selected_id], tr("ausgewählte Maßnahme")
        elif kind.subject == "scope" and self.scope_filter.isChecked():
            ids, scope = list(self.shown_ids), tr("gefilterte Liste")
        return ExportRequest(
            kind.key,
            Path(self.target.text().strip()),
            self.measure.currentData() if kind.subject == "measure" else None,
            self.workshop.currentData() if kind.subject == "workshop" else None,
            ids,
            scope,
            template,
            grant_id=self.grant.currentData() if kind.subject == "grant" else None,
            period=self.period() if kind.key in PERIOD_KINDS else None,
            report_id=self.report.currentData() if kind.key in REPORT_KINDS else None,
            request_id=self.funds_request.currentData() if kind.key == "mittelabruf" else None,
        )


class BackgroundRunner(QObject):
    """Runs one long piece of work off the GUI thread and shows a progress dialog meanwhile."""

    done = Signal(object, str)  # result, German error ("" when it worked)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.window = parent
        self._then: Callable[[Any, str], None] | None = None
        self.progress: QProgressDialog | None = None
        self.done.connect(self._finished, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return self._then is not None

    def start(self, text: str, work: Callable[[], Any], then: Callable[[Any, str], None]) -> None:
        self._then = then
        self.progress = QProgressDialog(text, "", 0, 0, self.window)
        self.progress.setWindowTitle(tr("Bitte warten"))
        self.progress.setCancelButton(None)
        self.progress.setMinimumDuration(300)  # quick work finishes without a flash
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.pool.start(Job(work, self.done.emit, text.rstrip(" …")))

    def _finished(self, result: Any, error: str) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None
        then, self._then = self._then, None
        if then is not None:
            then(result, error)

    def wait(self, ms: int = 60_000) -> bool:
        return self.pool.waitForDone(ms)


def open_file(path: Path) -> bool:
    """Open *path* with the program the system has for it; False when none took it. On
    Linux Qt hands the file to xdg-open and says yes whether or not a program is set up
    for its type: there the desktop's own list is asked first."""
    if sys.platform.startswith("linux") and not _linux_handler(path):
        return False
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


def _linux_handler(path: Path) -> bool:
    """Whether the desktop has a program for *path*'s type (True where it cannot tell)."""
    import shutil
    import subprocess

    if shutil.which("xdg-open") is None:
        return False
    if shutil.which("xdg-mime") is None:
        return True

    def ask(*args: str) -> str:
        try:
            done = subprocess.run(
                ["xdg-mime", "query", *args], capture_output=True, text=True, timeout=5
            )
        except (OSError, subprocess.TimeoutExpired):
            return "?"
        return done.stdout.strip() if done.returncode == 0 else "?"

    kind = ask("filetype", str(path))
    if kind in ("", "?"):
        return True
    return ask("default", kind) != ""


def safe_file_name(text: str, limit: int = 120) -> str:
    """*text* as a file name on every system: no path or reserved characters, no control
    characters, no trailing dots or spaces (Windows), not too long."""
    cleaned = "".join("-" if ch in '\\/:*?"<>|' or ord(ch) < 32 else ch for ch in text)
    cleaned = " ".join(cleaned.split())[:limit].rstrip(". ")
    return cleaned or tr("Export")


def render_schedule_pages(
    window: MainWindow, request: ExportRequest, folder: Path
) -> dict[str, Any]:
    """The Strategiebericht's Zeitplan pages, drawn here on the GUI thread, compared with
    the baseline chosen in the Zeitplan section (if it was opened and one is chosen)."""
    from workbench.gui.roadmap_print import report_pages
    from workbench.services import roadmap

    panel = window.opened_roadmap()
    baseline_id = panel.baseline.currentData() if panel is not None else None
    only = set(request.measure_ids) if request.measure_ids is not None else None
    plan = window.ops.read(roadmap.roadmap, "field", only, baseline_id=baseline_id)
    return {"roadmap_pages": report_pages(plan, "field", folder), "baseline_id": baseline_id}


def render_impact_pictures(
    window: MainWindow, request: ExportRequest, folder: Path
) -> dict[str, Any]:
    """The Wirkung dashboard's pictures for a document, drawn here on the GUI thread."""
    from workbench.gui.impact_charts import render_pictures
    from workbench.services import impact

    only = set(request.measure_ids) if request.measure_ids is not None else None
    return {"impact_pictures": render_pictures(window.ops.read(impact.impact, only), folder)}


def render_workshop_pictures(ops: WorkspaceOps, workshop_id: str, folder: Path) -> dict[str, Path]:
    """Canvas pictures drawn here on the GUI thread (scenes must not leave it)."""
    from workbench.gui.canvas_view import CanvasScene
    from workbench.gui.render_canvas import render_scene
    from workbench.services.canvas_reading import load_canvas

    pictures = {}
    for canvas_id in ops.read(choices.workshop_canvas_ids, workshop_id):
        scene = CanvasScene()
        scene.show_data(ops.read(load_canvas, canvas_id))
        pictures[canvas_id] = render_scene(scene, folder / f"{canvas_id}.png")
        scene.deleteLater()
    return pictures


class ImportPreview(QDialog):
    """New, changed and unchanged rows field by field, and every problem, before anything is
    written; „Übernehmen“ only when there is no error."""

    def __init__(
        self, plan: ImportPlan, file_name: str, parent: QWidget | None = None, title: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            tr("{title} – {file_name}").format(
                title=title or tr("Maßnahmenliste importieren"), file_name=file_name
            )
        )
        self.plan = plan
        self._rows(plan)
        self.problems = QListWidget()
        self.problems.setAccessibleName(tr("Fehler und Hinweise"))
        for problem in plan.problems:
            self.problems.addItem(
                (tr("Fehler: ") if problem.blocking else tr("Hinweis: ")) + str(problem)
            )
        self.summary = ValueLabel(tr("Zusammenfassung"))
        self.summary.setText(plan.summary())
        self.summary.setWordWrap(True)
        buttons = ok_cancel(self, tr("Übernehmen"))
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setEnabled(
            not plan.errors and any(r.kind is not RowKind.UNCHANGED for r in plan.rows)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 3)
        problems_label = QLabel(
            tr("&Fehler und Hinweise ({value}):").format(value=len(plan.problems))
        )
        problems_label.setBuddy(self.problems)
        layout.addWidget(problems_label)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)
        self.resize(980, 620)

    def _rows(self, plan: ImportPlan) -> None:
        """The rows, new and changed first, each with its changes field by field."""
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [tr("Zeile"), tr("Art"), tr("Kennung"), tr("Titel"), tr("Änderungen")]
        )
        for row in sorted(plan.rows, key=lambda r: (r.kind is RowKind.UNCHANGED, r.row)):
            changes = "; ".join(
                f"{label}: {new}" if row.kind is RowKind.NEW else f"{label}: {old or '–'} → {new}"
                for label, old, new in row.changes
            )
            self.model.appendRow(
                [
                    QStandardItem(str(row.row)),
                    QStandardItem(row.kind.label),
                    QStandardItem(row.code),
                    QStandardItem(row.title),
                    QStandardItem(changes),
                ]
            )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Vorschau der Zeilen"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (no keyboard trap)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((50, 90, 70, 260)):
            self.table.setColumnWidth(column, width)
