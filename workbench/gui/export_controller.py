"""The window's export and import actions: which document fits where, asking with the
export dialog, writing in the background, opening the result, the imports' previews."""

from __future__ import annotations

import dataclasses
import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
)

from workbench.exports.excel_import import ImportPlan, RowKind
from workbench.gui import settings as opt
from workbench.gui.export_dialog import (
    EXCEL_FILTER,
    BackgroundRunner,
    ExportDialog,
    ImportPreview,
    open_file,
    render_impact_pictures,
    render_schedule_pages,
    render_workshop_pictures,
)
from workbench.gui.sections import SECTIONS
from workbench.i18n import tr
from workbench.services import exporting
from workbench.services.exporting import KINDS

if TYPE_CHECKING:
    pass

#: The document that fits a section, before anything was exported from it.
FITTING_KIND = {
    "strategy": "strategiebericht",
    "measures": "steckbrief",
    "workshops": "workshop",
    "funding": "nachweis",
    "sync": "steckbrief",
    "roadmap": "strategiebericht",  # with its Zeitplan
    "impact": "wirkung",
}


class ExportController(QObject):
    """The window's export and import actions."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.runner = BackgroundRunner(window)
        #: Shows a dialog and says whether it was accepted (tests answer instead).
        self.run_dialog: Callable[[QDialog], bool] = lambda dialog: bool(dialog.exec())
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        #: Opens a written document; False when the system has no program for it.
        self.open_file: Callable[[Path], bool] = open_file

    def export(
        self,
        kind: str | None = None,
        measure_id: str | None = None,
        workshop_id: str | None = None,
    ) -> None:
        """The export dialog; without *kind* it opens on the document last exported from
        the section in front, else on the one that fits it (Förderung: the Nachweis)."""
        panel = self.window.measures
        index = self.window.stack.currentIndex()
        section = SECTIONS[index].key if 0 <= index < len(SECTIONS) else "measures"
        last = self._last_kinds()
        if kind is None:
            remembered = last.get(section)
            kind = remembered if remembered in KINDS else FITTING_KIND[section]
        shown = [panel.model.row_id(r) for r in range(panel.model.rowCount())]
        settings = self.window.settings
        dialog = ExportDialog(
            self.window.ops,
            self.window.dialogs,
            panel.selected_id(),
            [s for s in shown if s],
            kind,
            measure_id,
            workshop_id,
            self.window,
            settings.get(opt.EXPORT_FOLDER),
            bool(settings.get(opt.OPEN_AFTER_EXPORT)),
        )
        if not self.run_dialog(dialog):
            return
        from workbench.gui.window_templates import word_template

        request = dialog.request(word_template(self.window))
        open_after = dialog.open_after.isChecked()
        settings.set(opt.EXPORT_FOLDER, str(request.target.parent))  # the next export starts there
        settings.set(opt.OPEN_AFTER_EXPORT, int(open_after))
        settings.set(opt.LAST_EXPORT_KINDS, json.dumps({**last, section: request.kind}))
        request = self._with_pictures(request)
        workspace = self.window.ops.workspace
        label = KINDS[request.kind].label
        self.runner.start(
            tr("{label} wird geschrieben …").format(label=label),
            lambda: exporting.run_export(workspace, request),
            lambda path, error: self._finished(label, open_after, path, error),
        )

    def _last_kinds(self) -> dict[str, Any]:
        """The document last exported from each section (the settings may hold anything)."""
        try:
            last = json.loads(self.window.settings.get(opt.LAST_EXPORT_KINDS) or "{}")
        except ValueError:
            return {}
        if not isinstance(last, dict):
            return {}
        return last

    def _with_pictures(self, request: exporting.ExportRequest) -> exporting.ExportRequest:
        """What the document shows as the window draws it: a workshop's canvases, the
        Zeitplan and the Wirkung charts; a Statusbericht's baseline from the Zeitplan."""
        if request.kind == "workshop" and request.workshop_id:
            self._tmp = tempfile.TemporaryDirectory(prefix="werkbank-bilder-")
            request = dataclasses.replace(
                request,
                pictures=render_workshop_pictures(
                    self.window.ops, request.workshop_id, Path(self._tmp.name)
                ),
            )
        roadmap = self.window.opened_roadmap()
        if request.kind == "statusbericht" and roadmap is not None:
            # the shifts since the baseline chosen in the Zeitplan section, if one is
            request = dataclasses.replace(request, baseline_id=roadmap.baseline.currentData())
        if request.kind in ("strategiebericht", "wirkung", "indikatoren"):
            # the Zeitplan and the Wirkung charts, as the sections draw them
            self._tmp = tempfile.TemporaryDirectory(prefix="werkbank-bilder-")
            folder = Path(self._tmp.name)
            extra = render_impact_pictures(self.window, request, folder)
            if request.kind == "strategiebericht":
                extra |= render_schedule_pages(self.window, request, folder)
            request = dataclasses.replace(request, **extra)
        return request

    def _finished(self, label: str, open_after: bool, path: Path | None, error: str) -> None:
        """The export ended: said in the status bar and opened, or why not."""
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None
        if error:
            self.window.dialogs.error(tr("Export fehlgeschlagen"), error)
            return
        self.window.statusBar().showMessage(
            tr("{label} gespeichert: {path}").format(label=label, path=path), 15_000
        )
        if open_after and path is not None and not self.open_file(path):
            self.window.dialogs.error(
                tr("Datei ließ sich nicht öffnen"),
                tr(
                    "{label} ist gespeichert unter „{path}“, ließ sich aber nicht öffnen: Für {suffix}-Dateien ist auf diesem Rechner kein Programm eingerichtet (z. B. Word, Excel oder LibreOffice)."
                ).format(label=label, path=path, suffix=path.suffix),
            )

    def import_measures(self) -> None:
        self._import(
            tr("Maßnahmenliste importieren"),
            EXCEL_FILTER,
            exporting.preview_import,
            exporting.apply_import,
            tr("Maßnahmenliste wird gelesen …"),
        )

    def import_msproject(self) -> None:
        from workbench.services import msproject

        self._import(
            tr("Projektplan übernehmen"),
            tr("MS-Project-XML (*.xml)"),
            msproject.preview_msproject,
            msproject.apply_msproject,
            tr("Projektplan wird gelesen …"),
        )

    def _import(
        self,
        title: str,
        file_filter: str,
        preview: Callable[..., ImportPlan],
        apply: Callable[..., dict[RowKind, int]],
        reading: str,
    ) -> None:
        """Read a file in the background, show what it would change field by field, and
        take it over as one undo step when the user confirms and nothing is wrong."""
        path = self.window.dialogs.open_file(
            title, str(Path.home()), file_filter + tr(";;Alle Dateien (*)")
        )
        if not path:
            return
        ops = self.window.ops

        def read() -> ImportPlan:  # in the pool thread: its own session
            plan: ImportPlan = ops.read(preview, Path(path))
            return plan

        def finished(plan: ImportPlan | None, error: str) -> None:
            if error or plan is None:
                self.window.dialogs.error(tr("Import nicht möglich"), error)
                return
            dialog = ImportPreview(plan, Path(path).name, self.window, title)
            if self.run_dialog(dialog) and not plan.errors:
                counts = self.window.ops.run(title, apply, plan)
                if counts is not None:
                    self.window.statusBar().showMessage(
                        tr(
                            "Übernommen: {value} neu, {value2} geändert (Strg+Z macht es rückgängig)."
                        ).format(value=counts[RowKind.NEW], value2=counts[RowKind.CHANGED]),
                        15_000,
                    )

        self.runner.start(reading, read, finished)

    def export_msproject(self) -> None:
        """The Zeitplan (the measure table's filter, the Zeitplan's grouping) as MSPDI."""
        from workbench.services import msproject

        name = self.window.dialogs.save_file(
            tr("Zeitplan als MS-Project-Datei"),
            self.window.settings.get(opt.EXPORT_FOLDER) or str(Path.home()),
            tr("MS-Project-XML (*.xml)"),
        )
        if not name:
            return
        path = Path(name) if name.lower().endswith(".xml") else Path(name + ".xml")
        panel = self.window.opened_roadmap()
        group = str(panel.group.currentData()) if panel is not None else "field"
        only = self.window.measures.filtered_ids()
        ops = self.window.ops

        def write() -> msproject.ProjectExport:
            result: msproject.ProjectExport = ops.read(
                msproject.export_msproject, path, group, only, ops.workspace.name
            )
            return result

        def finished(result: msproject.ProjectExport | None, error: str) -> None:
            if error or result is None:
                self.window.dialogs.error(tr("Export fehlgeschlagen"), error)
                return
            self.window.statusBar().showMessage(msproject.describe_export(result), 15_000)

        self.runner.start(tr("MS-Project-Datei wird geschrieben …"), write, finished)
