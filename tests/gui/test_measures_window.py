"""The Maßnahmen section as a user works with it: type, click, undo – then check the database."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton
from sqlalchemy import select

from workbench.gui.main_window import MainWindow
from workbench.gui.measure_dialogs import NewMeasureDialog
from workbench.model import KeyResult, Measure, Risk
from workbench.services.measures import get_measure
from workbench.services.workspaces import store_of


def stored(window: MainWindow, code: str) -> Measure:
    with store_of(window.workspace).session() as s:
        m = get_measure(s, code, include_deleted=True)
        _ = m.phase, [c.phase for c in m.phase_changes], m.risks, m.field_links
        return m


def open_measure(window: MainWindow, code: str) -> None:
    window.show_measure(stored(window, code).id)


def visible_titles(window: MainWindow) -> list[str]:
    model = window.measures.model
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def retype(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_typing_filters_the_table(qtbot, window: MainWindow) -> None:
    window.focus_search()
    qtbot.keyClicks(window.measures.search, "kiezbox")
    assert visible_titles(window) == ["Daten in Alltag und Krise – Kiezbox 2.0"]
    assert window.measures.count_label.text() == "1 von 26 Maßnahmen"
    window.measures.search.clear()
    qtbot.keyClicks(window.measures.search, "ba pankow")  # words in any column
    assert set(visible_titles(window)) == {"Sensorgestützte Bewässerung von Straßenbäumen"}
    qtbot.keyClick(window.measures.search, Qt.Key.Key_Escape)
    assert len(visible_titles(window)) == 26


def test_filter_combos_combine(qtbot, window: MainWindow) -> None:
    panel = window.measures
    panel.type_filter.setCurrentIndex(panel.type_filter.findText("Pilotmaßnahme"))
    assert len(visible_titles(window)) == 5
    panel.phase_filter.setCurrentIndex(panel.phase_filter.findText("4 Entwicklung"))
    assert sorted(visible_titles(window)) == [
        "Data & Smart City Governance",
        "Daten in Alltag und Krise – Kiezbox 2.0",
    ]
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    assert len(visible_titles(window)) == 26
    panel.field_filter.setCurrentIndex(
        panel.field_filter.findText("Klimaanpassung mit Daten steuern")
    )
    assert "Smart Water" in visible_titles(window) and len(visible_titles(window)) == 6


def test_clicking_a_header_sorts(qtbot, window: MainWindow) -> None:
    header = window.measures.table.horizontalHeader()
    x = header.sectionViewportPosition(1) + 10
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5)
    )
    titles = visible_titles(window)
    assert titles == sorted(titles, key=str.casefold)


def test_create_measure_through_the_dialog(qtbot, window: MainWindow) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewMeasureDialog)
        qtbot.keyClicks(dialog.title, "Digitale Baugenehmigung")
        dialog.field.setCurrentIndex(
            dialog.field.findText(
                "Ermöglichende Verwaltung › Verwaltungsleistungen digital und nutzerzentriert anbieten"
            )
        )
        ok = [b for b in dialog.findChildren(QPushButton) if b.text() == "Anlegen"][0]
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    window.new_measure_action.trigger()
    with store_of(window.workspace).session() as s:
        m = s.scalars(select(Measure).where(Measure.title == "Digitale Baugenehmigung")).one()
        assert [f.name for f in m.fields] == [
            "Verwaltungsleistungen digital und nutzerzentriert anbieten"
        ]
        assert m.phase.name == "Vorprozess"
    assert window.editor.measure_id == m.id
    assert window.editor.w["title"].text() == "Digitale Baugenehmigung"
    assert "Digitale Baugenehmigung" in visible_titles(window)
    window.undo_action.trigger()
    assert "Digitale Baugenehmigung" not in visible_titles(window)


def test_new_measure_dialog_explains_refusal(qtbot, window: MainWindow) -> None:
    dialog = NewMeasureDialog(window.ops, window)
    qtbot.addWidget(dialog)
    dialog.accept()  # empty title
    assert dialog.isVisible() is False or dialog.result() == 0
    assert "Titel: Das Feld darf nicht leer sein." in dialog.error.text()


def test_edit_title_then_undo_and_redo(qtbot, window: MainWindow) -> None:
    open_measure(window, "P-03")
    retype(qtbot, window.editor.w["title"], "Smart Water Berlin")
    assert stored(window, "P-03").title == "Smart Water Berlin"
    assert "Smart Water Berlin" in visible_titles(window)
    window.measures.table.setFocus()
    qtbot.keyClick(window.measures.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(window, "P-03").title == "Smart Water"
    assert window.editor.w["title"].text() == "Smart Water"
    qtbot.keyClick(
        window.measures.table,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert stored(window, "P-03").title == "Smart Water Berlin"


def test_phase_change_by_keyboard_keeps_history_and_undoes(qtbot, window: MainWindow) -> None:
    open_measure(window, "P-01")
    before = len(stored(window, "P-01").phase_changes)
    combo = window.editor.w["phase"]
    assert isinstance(combo, QComboBox)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    m = stored(window, "P-01")
    assert m.phase.name == "Entwicklung"
    assert len(m.phase_changes) == before + 1 and m.phase_changes[-1].phase.name == "Entwicklung"
    assert window.editor.history_model.rowCount() == before + 1
    window.undo_action.trigger()
    m = stored(window, "P-01")
    assert m.phase.name == "Erprobung" and len(m.phase_changes) == before
    assert combo.currentText() == "3 Erprobung"


def test_end_before_start_is_refused_with_the_field_named(qtbot, window: MainWindow) -> None:
    open_measure(window, "P-01")
    retype(qtbot, window.editor.w["end_date"], "01.01.2020")
    assert window.message_bar.isVisible()
    assert window.message_bar.text.text() == (
        "Ende: Das Ende (01.01.2020) liegt vor dem Beginn (01.03.2022)."
    )
    # the refused text stays in the field to be corrected, marked with the reason
    end = window.editor.w["end_date"]
    assert end.text() == "01.01.2020" and "liegt vor dem Beginn" in end.toolTip()
    assert end.accessibleDescription().startswith("Nicht übernommen: ")
    assert str(stored(window, "P-01").end_date) == "2026-06-30"
    retype(qtbot, window.editor.w["start_date"], "31.02.2026")
    assert (
        window.message_bar.text.text()
        == "Beginn: „31.02.2026“ ist kein Datum (erwartet: TT.MM.JJJJ)."
    )
    assert window.editor.w["start_date"].text() == "31.02.2026"  # not wiped: one digit to fix
    retype(qtbot, window.editor.w["start_date"], "01.03.2022")  # the stored value: the mark goes
    assert window.editor.w["start_date"].toolTip() == ""
    retype(qtbot, end, "31.12.2026")
    assert str(stored(window, "P-01").end_date) == "2026-12-31" and end.toolTip() == ""
    retype(qtbot, window.editor.w["budget"], "zwei Millionen")
    assert window.message_bar.text.text().startswith("Budget: „zwei Millionen“ ist kein Betrag")
    assert stored(window, "P-01").budget_cents == 245000000


def test_a_refused_entry_takes_the_focus_back_with_its_reason(qtbot, window: MainWindow) -> None:
    """Tab out of a wrong date: the value is refused, the focus goes back to the field, whose
    description (read by screen readers) says why."""
    open_measure(window, "P-01")
    end = window.editor.w["end_date"]
    end.setFocus()
    qtbot.waitUntil(end.hasFocus)
    end.selectAll()
    end.insert("01.01.2020")
    qtbot.keyClick(end, Qt.Key.Key_Tab)
    qtbot.waitUntil(end.hasFocus)
    assert end.accessibleDescription() == (
        "Nicht übernommen: Ende: Das Ende (01.01.2020) liegt vor dem Beginn (01.03.2022)."
    )
    end.selectAll()
    end.insert("31.12.2026")
    qtbot.keyClick(end, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not end.hasFocus())
    assert (
        end.accessibleDescription() == "" and str(stored(window, "P-01").end_date) == "2026-12-31"
    )


def test_budget_in_german_format_is_stored_in_cents(qtbot, window: MainWindow) -> None:
    open_measure(window, "P-05")
    retype(qtbot, window.editor.w["budget"], "1.000.000,50")
    assert stored(window, "P-05").budget_cents == 100000050
    assert window.editor.w["budget"].text() == "1.000.000,50 €"


def test_the_editor_shows_its_own_edit_without_reading_its_lists_again(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    """The change carries the editor as its initiator: the measure table hears it, the
    editor shows the stored form of what it wrote and leaves its seven lists alone."""
    open_measure(window, "P-05")
    loads: list[str] = []
    for key, widget in window.editor.lists.items():
        real = widget.load
        monkeypatch.setattr(
            widget, "load", lambda parent, k=key, real=real: (loads.append(k), real(parent))
        )
    retype(qtbot, window.editor.w["title"], "  Kiezbox 2.0  ")
    assert stored(window, "P-05").title == "Kiezbox 2.0"
    assert window.editor.w["title"].text() == "Kiezbox 2.0"  # the stored form, trimmed
    assert window.editor.heading.text() == "P-05 · Kiezbox 2.0"
    assert "Kiezbox 2.0" in visible_titles(window)  # the table was told
    assert loads == []  # the editor did not read its lists again
    window.ops.undo_stack.undo()  # an undo is nobody's own: the editor hears it whole
    assert window.editor.w["title"].text() != "Kiezbox 2.0"
    assert loads


def test_percentage_over_100_in_key_result_table_is_refused(qtbot, window: MainWindow) -> None:
    open_measure(window, "P-01")
    window.editor.tabs.setCurrentWidget(window.editor.lists["key_results"].parentWidget())
    table = window.editor.lists["key_results"].table
    index = table.model().index(0, 2)
    table.setCurrentIndex(index)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "150")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Qt 6 commits item editors on a queued call
    qtbot.waitUntil(lambda: window.message_bar.isVisible())
    assert window.message_bar.text.text() == "Fortschritt (%): 150 % liegt über 100 %."
    with store_of(window.workspace).session() as s:
        assert 150 not in set(s.scalars(select(KeyResult.progress_percent)))
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "75")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.model().index(0, 2).data() == "75 %")
    with store_of(window.workspace).session() as s:
        assert 75 in set(s.scalars(select(KeyResult.progress_percent)))


def test_add_and_remove_a_risk_with_undo(qtbot, window: MainWindow) -> None:
    open_measure(window, "P-03")
    risks = window.editor.lists["risks"]
    window.editor.tabs.setCurrentWidget(risks)
    count = len(stored(window, "P-03").risks)
    qtbot.mouseClick(risks.add_button, Qt.MouseButton.LeftButton)
    assert len(stored(window, "P-03").risks) == count + 1
    assert risks.model.rowCount() == count + 1
    qtbot.keyClick(risks.table.focusWidget(), Qt.Key.Key_Escape)
    window.undo_action.trigger()
    assert len(stored(window, "P-03").risks) == count
    risks.table.setCurrentIndex(risks.model.index(0, 0))
    qtbot.mouseClick(risks.remove_button, Qt.MouseButton.LeftButton)
    assert len(stored(window, "P-03").risks) == count - 1
    window.undo_action.trigger()
    with store_of(window.workspace).session() as s:
        assert (
            len(s.scalars(select(Risk).join(Measure).where(Measure.code == "P-03")).all()) == count
        )


def test_unchecking_the_last_field_of_action_is_refused(qtbot, window: MainWindow) -> None:
    open_measure(window, "Z-07")  # has exactly one field of action
    model = window.editor.fields_model
    checked = [
        r for r in range(model.rowCount()) if model.item(r).checkState() == Qt.CheckState.Checked
    ]
    assert len(checked) == 1
    model.item(checked[0]).setCheckState(Qt.CheckState.Unchecked)
    assert "mindestens ein Handlungsfeld" in window.message_bar.text.text()
    assert window.editor.fields_model.item(checked[0]).checkState() == Qt.CheckState.Checked
    assert len(stored(window, "Z-07").field_links) == 1


def test_delete_asks_then_moves_to_recycle_bin_and_undo_restores(
    qtbot, window: MainWindow, dialogs
) -> None:
    open_measure(window, "D-02")
    table = window.measures.table
    table.setFocus()
    dialogs.confirm_answer = False
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert dialogs.confirmations and "D-02" in dialogs.confirmations[-1]
    assert stored(window, "D-02").deleted_at is None
    dialogs.confirm_answer = True
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert stored(window, "D-02").deleted_at is not None
    assert "Digitale Ratsinformation in einfacher Sprache" not in visible_titles(window)
    assert window.measures.count_label.text() == "25 von 25 Maßnahmen"
    window.undo_action.trigger()
    assert stored(window, "D-02").deleted_at is None
    assert "Digitale Ratsinformation in einfacher Sprache" in visible_titles(window)


def test_strategy_tree_opens_measure_in_editor(qtbot, window: MainWindow) -> None:
    window.show_section(0)
    tree = window.strategy.tree
    model = window.strategy.model
    heading = model.index(0, 0)
    assert heading.data() == "Regeneratives Wirtschaften"
    assert model.index(0, 1).data() == "9 Maßnahmen"
    field = model.index(0, 0, heading)
    assert field.data() == "Smarte Wirtschaftsmodelle erproben und fördern"
    assert model.index(0, 2, heading).data() == "Vorprozess 2 · Erprobung 1"
    tree.expand(field)
    measure = model.index(0, 0, field)
    tree.setCurrentIndex(measure)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.measures
    assert window.editor.heading.text() == measure.data().replace(" ", " · ", 1)


def test_strategy_counts_follow_edits(qtbot, window: MainWindow) -> None:
    model = window.strategy.model
    window.show_section(0)
    before = model.index(3, 1).data()
    open_measure(window, "P-02")  # switches to Maßnahmen; the tree is refreshed when shown
    window.delete_action.trigger()
    window.show_section(0)
    after = model.index(3, 1).data()
    assert before == "16 Maßnahmen" and after == "15 Maßnahmen"


def test_checking_a_participant_saves_it_and_undo_removes_it(qtbot, window: MainWindow) -> None:
    open_measure(window, "D-07")  # has no participants
    model = window.editor.participants_model
    row = next(
        r
        for r in range(model.rowCount())
        if model.item(r).text() == "CityLAB Berlin (Technologiestiftung Berlin)"
    )
    model.item(row).setCheckState(Qt.CheckState.Checked)
    with store_of(window.workspace).session() as s:
        m = get_measure(s, "D-07")
        assert [p.org_unit.short_name for p in m.participant_links] == ["CityLAB"]
    window.undo_action.trigger()
    with store_of(window.workspace).session() as s:
        assert get_measure(s, "D-07").participant_links == []
    assert window.editor.participants_model.item(row).checkState() == Qt.CheckState.Unchecked


def test_the_workspace_file_is_whole_on_disk_seconds_after_an_edit(
    qtbot, window: MainWindow, tmp_path
) -> None:
    """A copy of the .werkbank file alone (a file manager copies no -wal file) holds the
    edit: the window brings the file up to date within seconds of the last change."""
    import shutil

    from workbench.store.workspace import Workspace

    open_measure(window, "P-03")
    retype(qtbot, window.editor.w["title"], "Smart Water auf der Platte")

    def copy_has_it() -> bool:
        target = tmp_path / f"kopie-{len(list(tmp_path.iterdir()))}.werkbank"
        shutil.copy(window.workspace.path, target)  # without the -wal file
        ws = Workspace.open(target)
        try:
            with ws.session() as s:
                return get_measure(s, "P-03").title == "Smart Water auf der Platte"
        finally:
            ws.close()

    qtbot.waitUntil(copy_has_it, timeout=6000)


def test_the_order_of_a_measure_is_edited_on_its_tab(qtbot, window: MainWindow) -> None:
    """Nicht-Ziele, Auftraggeber:in, date of the order and the actual costs: typed on the tab
    „Auftrag“, stored, undone; a negative cost is refused with its field named."""
    errors: list[str] = []
    window.ops.failed.connect(errors.append)
    open_measure(window, "P-02")
    editor = window.editor
    titles = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
    editor.tabs.setCurrentIndex(titles.index("Auf&trag"))
    editor.w["out_of_scope"].setFocus()
    editor.w["out_of_scope"].setPlainText("Kein Ersatz der Fachverfahren.")
    editor.w["sponsor"].setFocus()  # leaving the text commits it
    editor.w["sponsor"].setText("Staatssekretärin für Digitales")  # QTest types ASCII only
    editor.w["sponsor"].editingFinished.emit()
    retype(qtbot, editor.w["mandated_on"], "15.03.2024")
    retype(qtbot, editor.w["spent"], "-5")
    assert errors and "Ist-Kosten" in errors[-1]
    retype(qtbot, editor.w["spent"], "12.500")
    m = stored(window, "P-02")
    assert m.out_of_scope == "Kein Ersatz der Fachverfahren."
    assert (m.sponsor, m.mandated_on, m.spent_cents) == (
        "Staatssekretärin für Digitales",
        date(2024, 3, 15),
        1_250_000,
    )
    window.undo_action.trigger()
    assert stored(window, "P-02").spent_cents is None


def test_undo_works_from_the_field_just_edited_and_says_what_it_did(
    qtbot, window: MainWindow
) -> None:
    """Title typed, Enter, then Strg+Z with the focus still in the title: the stored title
    goes back, and the status bar says „Rückgängig gemacht“, then „Wiederhergestellt“."""
    open_measure(window, "P-02")
    title = window.editor.w["title"]
    before = stored(window, "P-02").title
    retype(qtbot, title, "Neuer Titel")
    assert stored(window, "P-02").title == "Neuer Titel"
    assert title.hasFocus()
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(window, "P-02").title == before
    assert window.statusBar().currentMessage() == "Rückgängig gemacht: Titel ändern"
    assert title.text() == before
    qtbot.keyClick(
        title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert stored(window, "P-02").title == "Neuer Titel"
    assert window.statusBar().currentMessage() == "Wiederhergestellt: Titel ändern"
    # typing of its own in the field is undone in the field first, nothing stored changes
    title.setFocus()
    qtbot.keyClicks(title, "xyz")
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(window, "P-02").title == "Neuer Titel"


def test_a_unit_added_elsewhere_is_offered_in_the_editor(qtbot, window: MainWindow) -> None:
    """The editor read its choices (units, people, phases) once: an organisation unit
    added afterwards was never offered as Federführung."""
    from workbench.model import OrgUnit

    def add_unit(session) -> None:  # as the command line or another laptop would
        session.add(OrgUnit(name="Bezirksamt Beispielhausen"))
        session.flush()

    open_measure(window, "P-01")
    combo = window.editor.w["lead_unit"]
    before = combo.count()
    window.ops.run("Organisation", add_unit)
    qtbot.waitUntil(lambda: combo.count() == before + 1)
    assert combo.findText("Bezirksamt Beispielhausen") >= 0


def test_a_refused_date_is_announced_once(qtbot, window: MainWindow) -> None:
    """The message reaches the message bar, the status bar and the field: a screen reader
    was told four times within 10 ms; once is enough."""
    from workbench.gui import forms

    open_measure(window, "P-01")
    qtbot.wait(int(forms.REPEAT_WITHIN_S * 1000) + 50)  # nothing said just before
    forms.SPOKEN.clear()
    retype(qtbot, window.editor.w["end_date"], "01.01.2020")
    said = list(forms.SPOKEN)
    assert len([s for s in said if "liegt vor dem Beginn" in s]) == 1, said


def test_the_message_bar_goes_when_the_entry_is_put_right_and_moves_nothing(
    qtbot, window: MainWindow
) -> None:
    window.resize(1400, 900)
    window.show()
    open_measure(window, "P-01")
    end = window.editor.w["end_date"]
    top = end.mapTo(window, end.rect().topLeft())
    retype(qtbot, end, "01.01.2020")
    assert window.message_bar.isVisible()
    qtbot.wait(20)
    assert end.mapTo(window, end.rect().topLeft()) == top  # nothing above it moved
    retype(qtbot, end, "31.12.2026")
    assert not window.message_bar.isVisible()
