"""The Wirkung section: the sentence, the bars and their tables per Handlungsfeld and
success factor, the indicators by keyboard with the chart of the chosen one and its
sentence, the measure table's filter, the theme, and contrast of what the charts draw."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from workbench.gui.app import contrast
from workbench.gui.impact_charts import COLOURS
from workbench.gui.main_window import IMPACT_SECTION, MainWindow
from workbench.services import impact
from workbench.services.impact import Standing
from workbench.services.workspaces import store_of


def _open(window: MainWindow, qtbot):
    window.show_section(IMPACT_SECTION)
    panel = window.impact
    qtbot.waitUntil(lambda: panel.series_model.rowCount() > 0)
    return panel


def test_every_indicator_is_in_the_table_with_its_chart_and_sentence(
    window: MainWindow, qtbot
) -> None:
    panel = _open(window, qtbot)
    with store_of(window.workspace).session() as s:
        data = impact.impact(s)
    assert panel.summary.text() == data.describe()
    assert panel.series_model.rowCount() == len(data.series)
    # the tables hold what the bars show: per field, the counts of each standing
    for row, tally in enumerate(data.by_field):
        assert panel.field_model.item(row, 0).text() == tally.name
        for column, standing in enumerate(Standing, 1):
            assert panel.field_model.item(row, column).text() == str(tally.counts.get(standing, 0))
    assert panel.by_field.accessibleDescription().startswith(data.by_field[0].describe())
    # by keyboard: down in the table, the chart and its sentence follow
    panel.tabs.setCurrentIndex(1)
    panel.series_table.setFocus()
    qtbot.keyClick(panel.series_table, Qt.Key.Key_Down)
    chosen = data.series[panel.series_table.currentIndex().row()]
    assert panel.chart.series.id == chosen.id
    assert panel.chart.accessibleDescription() == chosen.describe() == panel.chart_text.text()
    assert f"{chosen.standing.sign} {chosen.standing.label}" in panel.chart_text.text()


def test_the_section_follows_the_measure_table_filter(window: MainWindow, qtbot) -> None:
    window.show_section(1)
    window.measures.search.setText("Kiez")
    window.measures.apply_filter_now()
    shown = set(window.measures.filtered_ids() or ())
    panel = _open(window, qtbot)
    with store_of(window.workspace).session() as s:
        data = impact.impact(s, shown)
    assert panel.filter_note.isVisible() and "Gefiltert" in panel.filter_note.text()
    assert panel.series_model.rowCount() == len(data.series) > 0
    assert {s.measure_id for s in data.series} <= shown


def test_charts_follow_the_theme_and_their_colours_hold_3_to_1(window: MainWindow, qtbot) -> None:
    panel = _open(window, qtbot)
    panel.tabs.setCurrentIndex(0)
    dark = QPalette(panel.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1E1E1E"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#F0F0F0"))
    panel.by_field.setPalette(dark)
    panel.by_field.resize(900, 500)
    picture = panel.by_field.grab().toImage()
    assert picture.pixelColor(3, picture.height() - 3).lightness() < 60  # dark, as the theme
    for light, night in COLOURS.values():  # a part of a bar against the background
        assert contrast(QColor(light), QColor("#FFFFFF")) >= 3.0, light
        assert contrast(QColor(night), QColor("#1E1E1E")) >= 3.0, night


def test_the_dashboard_prints_with_its_charts_sentences_and_tables(
    window: MainWindow, qtbot
) -> None:
    panel = _open(window, qtbot)
    shown = []
    window.show_print_preview = lambda title, doc, landscape: shown.append((title, doc))
    panel.print_button.click()
    ((title, doc),) = shown
    with store_of(window.workspace).session() as s:
        data = impact.impact(s)
    text = " ".join(doc.toPlainText().split())
    assert title == "Wirkung" and "Wirkung der Maßnahmen" in text
    assert " ".join(data.describe().split()) in text and "Je Handlungsfeld" in text
    html = doc.toHtml()
    charts = 2 + sum(1 for s in data.series if s.values)
    assert html.count("<img") == charts
