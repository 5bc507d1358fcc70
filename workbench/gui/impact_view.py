"""The Wirkung section: where every indicator stands against its baseline and target,
with its chart and trend, and per Handlungsfeld and per success factor of the value
compass how many are on track, at risk, off track, without target or without a current
value. Every chart has its data as a table beside it and a sentence that says what it
shows; the section follows the measure table's filters, as the Zeitplan does."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.exports.sections import Section
from workbench.formats import plural
from workbench.gui.forms import ReloadsWhenShown, ValueLabel
from workbench.gui.impact_charts import SeriesChart, TallyChart
from workbench.i18n import tr
from workbench.services import impact as impact_service
from workbench.services import impact_report
from workbench.services.impact import Impact
from workbench.services.operations import ChangeSet

if TYPE_CHECKING:
    from workbench.gui.operations import WorkspaceOps


def _table(name: str) -> tuple[QTableView, QStandardItemModel]:
    view = QTableView()
    view.setAccessibleName(name)
    model = QStandardItemModel(view)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)  # Tab leaves the table (no keyboard trap)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view, model


class ImpactPanel(ReloadsWhenShown, QWidget):
    """The section: a sentence on top, then „Übersicht“ (bars per field and success
    factor, each with its table) and „Indikatoren“ (the table, the chosen one's chart)."""

    print_requested = Signal()  # the window prints the dashboard (Datei → Wirkung drucken)

    def __init__(
        self,
        ops: WorkspaceOps,
        only: Callable[[], set[str] | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        ops.subscribe("impact", self, self.on_changed)
        self.only = only
        self.data: Impact | None = None
        self.summary = ValueLabel(tr("Wirkung"))
        self.summary.setWordWrap(True)
        self.filter_note = ValueLabel(tr("Filter"))
        self.filter_note.hide()
        scroll = self._overview()
        split = self._indicators()
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, tr("&Übersicht"))
        self.tabs.addTab(split, tr("&Indikatoren"))
        self.print_button = QPushButton(tr("&Drucken …"))
        self.print_button.setToolTip(tr("Die Diagramme und Tabellen der Wirkung, mit Vorschau"))
        self.print_button.clicked.connect(self.print_requested)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.filter_note)
        layout.addWidget(self.tabs, 1)

    def _overview(self) -> QScrollArea:
        """„Übersicht“: the bars per field and per success factor, each with its table."""
        self.by_field = TallyChart(tr("Indikatoren je Handlungsfeld"))
        self.by_factor = TallyChart(tr("Indikatoren je Erfolgsfaktor"))
        self.field_table, self.field_model = _table(tr("Indikatoren je Handlungsfeld als Tabelle"))
        self.factor_table, self.factor_model = _table(
            tr("Indikatoren je Erfolgsfaktor als Tabelle")
        )
        overview = QWidget()
        column = QVBoxLayout(overview)
        for chart, table in (
            (self.by_field, self.field_table),
            (self.by_factor, self.factor_table),
        ):
            column.addWidget(chart)
            column.addWidget(table)
            table.setMinimumHeight(160)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(overview)
        return scroll

    def _indicators(self) -> QSplitter:
        """„Indikatoren“: the table, and the chosen indicator's chart with its sentence."""
        self.series_table, self.series_model = _table(tr("Indikatoren mit Stand und Trend"))
        self.series_table.selectionModel().currentRowChanged.connect(
            lambda current, _old: self._chosen(current.row())
        )
        self.chart = SeriesChart()
        self.chart_text = ValueLabel(tr("Was das Diagramm zeigt"))
        self.chart_text.setWordWrap(True)
        below = QWidget()
        lower = QVBoxLayout(below)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(self.chart, 1)
        lower.addWidget(self.chart_text)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.series_table)
        split.addWidget(below)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        return split

    def on_changed(self, tables: set[str], _changes: ChangeSet) -> None:
        self.request_reload()  # a table it shows changed (model.views)

    def reload(self) -> None:
        super().reload()
        only = self.only()
        self.data = data = self.ops.read(impact_service.impact, only)
        self.summary.setText(data.describe())
        self.filter_note.setVisible(only is not None)
        if only is not None:
            self.filter_note.setText(
                tr("Gefiltert wie die Maßnahmentabelle: {measures}").format(
                    measures=plural(len(only), tr("Maßnahme"), tr("Maßnahmen"))
                )
            )
        self.by_field.show_tallies(data.by_field)
        self.by_factor.show_tallies(data.by_factor)
        for table, model, group, tallies in (
            (self.field_table, self.field_model, tr("Handlungsfeld"), data.by_field),
            (self.factor_table, self.factor_model, tr("Erfolgsfaktor"), data.by_factor),
        ):
            _fill(model, impact_report.tally_section("", group, tallies, total=True))
            table.resizeColumnsToContents()
            # as high as its rows: the overview scrolls as a whole, not table by table
            table.setFixedHeight(
                table.horizontalHeader().height()
                + sum(table.rowHeight(r) for r in range(model.rowCount()))
                + 2 * table.frameWidth()
                + 2
            )
        chosen = self.series_table.currentIndex().row()
        _fill(self.series_model, impact_report.series_section(data, full=True))
        self.series_table.resizeColumnsToContents()
        header = self.series_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if data.series:
            row = min(max(chosen, 0), len(data.series) - 1)
            self.series_table.selectRow(row)
            self._chosen(row)
        else:
            self._chosen(-1)

    def _chosen(self, row: int) -> None:
        if self.data is None or not 0 <= row < len(self.data.series):
            self.chart.show_series(None)
            self.chart_text.setText(tr("Keine Indikatoren."))
            return
        series = self.data.series[row]
        self.chart.show_series(series)
        self.chart_text.setText(series.describe())


def _fill(model: QStandardItemModel, section: Section) -> None:
    model.clear()
    model.setHorizontalHeaderLabels(section.headers)
    for values in section.rows:
        model.appendRow([QStandardItem(v) for v in values])
