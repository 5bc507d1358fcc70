"""The Förderung section: plan against actual, receipts (edit, filter, import), checks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from workbench.gui.funding_panel import MappingDialog
from workbench.gui.main_window import MainWindow
from workbench.model import Receipt
from workbench.services.workspaces import store_of


def receipts_in_db(window: MainWindow) -> int:
    with store_of(window.workspace).session() as s:
        return s.scalar(select(func.count()).select_from(Receipt))


def test_plan_against_actual_receipts_and_checks(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.show_section(3)
    panel = window.funding
    assert panel.grants_model.stringList() == [
        "436-BSP-2023-0815 – Gemeinsam Digital: Pilotprojekte (Beispielzahlen)"
    ]
    model = panel.plan.plan_model
    assert [model.item(r, 0).text() for r in range(model.rowCount())] == [
        "1.1",
        "1.2",
        "2.1",
        "3.1",
        "4.1",
        "5.1",
        "5.2",
        "",
    ]
    assert model.item(0, 2).text() == "840.000,00 €"
    # a sum row; every amount right-aligned and with its currency
    assert model.item(7, 1).text() == "Summe" and model.item(7, 2).text() == "2.720.000,00 €"
    assert model.item(7, 2).font().bold()
    for row in range(model.rowCount()):
        for col in (2, 3, 4):
            assert model.item(row, col).text().endswith(" €")
            assert model.item(row, col).textAlignment() & Qt.AlignmentFlag.AlignRight
    assert (
        "1.1 Projektleitung und Koordination: Plan 840.000,00 €"
        in panel.plan.chart.accessibleDescription()
    )
    assert not panel.plan.chart.grab().toImage().isNull()
    checks = panel.findings.item(0).text()
    assert checks == "Keine Beanstandungen." or checks.startswith(("Fehler: ", "Hinweis: "))

    # A receipt added in the list is one undo step.
    before = receipts_in_db(window)
    panel.tabs.setCurrentIndex(1)
    qtbot.mouseClick(panel.receipts.add_button, Qt.MouseButton.LeftButton)
    assert receipts_in_db(window) == before + 1
    window.undo_action.trigger()
    assert receipts_in_db(window) == before

    panel.filter.setText("BSP-2024")
    shown = [
        r for r in range(panel.receipts.model.rowCount()) if not panel.receipts.table.isRowHidden(r)
    ]
    assert shown and all(
        panel.receipts.model.index(r, 0).data().startswith("BSP-2024") for r in shown
    )

    export = tmp_path / "kasse.csv"
    export.write_text(
        "Nr;Am;EUR;Pos;Text\nK-1;05.05.2025;50,00;2.1;Kaffee (Beispiel)\n"
        "BSP-2023-001;15.04.2023;1,00;1.1;schon da\n",
        encoding="utf-8",
    )
    window.dialogs.next_path = str(export)
    seen: list[MappingDialog] = []

    def answer(dialog: MappingDialog) -> bool:
        seen.append(dialog)
        assert dialog.combos["number"].currentText() == "Nr"  # guessed from the header
        dialog.combos["receipt_date"].setCurrentIndex(dialog.combos["receipt_date"].findData("Am"))
        dialog.combos["gross_cents"].setCurrentIndex(dialog.combos["gross_cents"].findData("EUR"))
        dialog.combos["position"].setCurrentIndex(dialog.combos["position"].findData("Pos"))
        assert dialog.summary.text() == "1 neue Belege, 1 schon vorhanden (übersprungen)"
        return True

    panel.run_dialog = answer
    panel.import_receipts()
    assert seen and receipts_in_db(window) == before + 1
    assert window.ops.undo_stack.undoText() == "Belege importieren"


def test_new_grant_with_its_cost_plan_typed_in(qtbot, window: MainWindow) -> None:
    from tests.gui.test_measures_window import retype

    window.show_section(3)
    panel = window.funding
    qtbot.mouseClick(panel.new_grant_button, Qt.MouseButton.LeftButton)
    assert panel.grants_model.stringList()[0] == " – Neue Zuwendung"
    retype(qtbot, panel.fields["file_number"], "436-NEU-1")
    retype(qtbot, panel.fields["approved_cents"], "65000")
    retype(qtbot, panel.fields["start_date"], "01.01.2027")
    retype(qtbot, panel.fields["end_date"], "31.12.2026")  # before the start: refused, named
    assert "Das Ende liegt vor dem Beginn" in window.message_bar.text.text()
    qtbot.mouseClick(panel.positions.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.planned.add_button, Qt.MouseButton.LeftButton)
    index = panel.planned.model.index(0, 1)
    panel.planned.model.setData(index, "100.000,00")
    assert panel.plan.plan_model.item(0, 2).text() == "100.000,00 €"
    with store_of(window.workspace).session() as s:
        from workbench.model import Grant

        grant = s.scalars(
            __import__("sqlalchemy").select(Grant).where(Grant.file_number == "436-NEU-1")
        ).one()
        assert (grant.approved_cents, grant.start_date.year, grant.end_date) == (
            6_500_000,
            2027,
            None,
        )
    window.undo_action.trigger()  # the planned cost goes again
    assert panel.plan.plan_model.item(0, 2).text() == "0,00 €"


def test_programme_phases_and_the_grants_phase(qtbot, window: MainWindow) -> None:
    window.show_section(3)
    panel = window.funding
    assert [
        panel.programme.phases.model.index(r, 0).data()
        for r in range(panel.programme.phases.model.rowCount())
    ] == ["A (Strategie)", "B (Umsetzung)"]
    assert panel.phase.currentText() == "B (Umsetzung)"
    panel.phase.setCurrentIndex(panel.phase.findText("A (Strategie)"))
    panel._commit_phase()  # what choosing in the combo does
    found = [panel.findings.item(i).text() for i in range(panel.findings.count())]
    assert (
        "Fehler: Phase A (Strategie): Der Bewilligungszeitraum dauert 45 Monate; erlaubt sind "
        "höchstens 24."
    ) in found  # within the cap of 2,5 Mio. €, but too long for phase A
    window.undo_action.trigger()
    assert panel.phase.currentText() == "B (Umsetzung)"


def test_measures_the_grant_finances(qtbot, window: MainWindow) -> None:
    window.show_section(3)
    panel = window.funding
    assert [t.split(" ")[0] for t in panel.measures_model.stringList()] == [
        "P-01",
        "P-02",
        "P-03",
        "P-04",
        "P-05",
    ]
    panel.measure_choice.setCurrentIndex(
        panel.measure_choice.findText("D-01", Qt.MatchFlag.MatchStartsWith)
    )
    panel.link_measure()
    assert panel.measures_model.stringList()[0].startswith("D-01 ")
    panel.measures_list.setCurrentIndex(panel.measures_model.index(0))
    panel.unlink_measure()
    assert len(panel.measures_model.stringList()) == 5
    window.undo_action.trigger()
    assert len(panel.measures_model.stringList()) == 6


def test_programme_rules_are_edited_and_checked(qtbot, window: MainWindow) -> None:
    from tests.gui.test_measures_window import retype

    window.show_section(3)
    panel = window.funding
    assert panel.programme.fields["overrun_percent"].text() == "20"
    retype(qtbot, panel.programme.fields["overrun_percent"], "150")
    assert "zwischen 0 und 100 %" in window.message_bar.text.text()
    retype(qtbot, panel.programme.fields["rate_bp"], "90")
    with store_of(window.workspace).session() as s:
        from sqlalchemy import select

        from workbench.model import FundingProgramme

        assert s.scalars(select(FundingProgramme.rate_bp)).one() == 9000


def test_the_over_run_rule_is_chosen_per_programme(qtbot, window: MainWindow) -> None:
    from workbench.model import FundingProgramme
    from workbench.model.enums import OverrunRule

    window.show_section(3)
    panel = window.funding
    combo = panel.programme.overrun_rule
    # the demo's KfW 436 grant goes to a municipality: ANBest-Gk, only the total binds
    assert combo.currentData() == OverrunRule.TOTAL.value
    assert combo.accessibleName() == "Regel für Überschreitungen"
    combo.setCurrentIndex(combo.findData(OverrunRule.POSITIONS.value))
    combo.activated.emit(combo.currentIndex())
    with store_of(window.workspace).session() as s:
        assert s.scalars(select(FundingProgramme.overrun_rule)).one() is OverrunRule.POSITIONS
    window.undo_action.trigger()  # one undo step
    with store_of(window.workspace).session() as s:
        assert s.scalars(select(FundingProgramme.overrun_rule)).one() is OverrunRule.TOTAL
    headers = [
        panel.positions.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(panel.positions.model.columnCount())
    ]
    assert "Behördliche Auflage" in headers


def test_the_kind_of_financing_and_the_begin_of_the_measure(qtbot, window: MainWindow) -> None:
    """Finanzierungsart is chosen in the Kostenplan tab (one undo step); the Maßnahmebeginn
    and the consent to an early start are typed as dates."""
    from workbench.model import Grant
    from workbench.model.enums import FinancingKind

    window.show_section(3)
    panel = window.funding
    combo = panel.financing_kind
    assert combo.accessibleName() == "Finanzierungsart"
    assert combo.currentData() == FinancingKind.SHARE.value
    combo.setCurrentIndex(combo.findData(FinancingKind.DEFICIT.value))
    combo.activated.emit(combo.currentIndex())
    with store_of(window.workspace).session() as s:
        assert s.scalars(select(Grant.financing_kind)).one() is FinancingKind.DEFICIT
    window.undo_action.trigger()
    with store_of(window.workspace).session() as s:
        assert s.scalars(select(Grant.financing_kind)).one() is FinancingKind.SHARE
    edit = panel.fields["early_start_on"]
    edit.setText("15.02.2023")
    edit.editingFinished.emit()
    with store_of(window.workspace).session() as s:
        assert s.scalars(select(Grant.early_start_on)).one() == date(2023, 2, 15)
    assert panel.fields["measure_start"].text() == "03.04.2023"


def test_payouts_are_recorded_in_their_own_tab(qtbot, window: MainWindow) -> None:
    from workbench.model import Payout

    window.show_section(3)
    panel = window.funding
    titles = [panel.tabs.tabText(i) for i in range(panel.tabs.count())]
    assert "A&uszahlungen" in titles
    panel.tabs.setCurrentIndex(titles.index("A&uszahlungen"))
    assert panel.payouts.model.rowCount() == 2  # the demo's two payouts
    qtbot.mouseClick(panel.payouts.add_button, Qt.MouseButton.LeftButton)
    with store_of(window.workspace).session() as s:
        assert s.scalar(select(func.count()).select_from(Payout)) == 3
    window.undo_action.trigger()
    with store_of(window.workspace).session() as s:
        assert s.scalar(select(func.count()).select_from(Payout)) == 2


def test_recipient_bank_vat_staff_and_vocabulary_are_edited_in_the_window(
    qtbot, window: MainWindow
) -> None:
    from workbench.model import FundedPost, Grant
    from workbench.model.enums import Vocabulary

    window.show_section(3)
    panel = window.funding
    titles = [panel.tabs.tabText(i) for i in range(panel.tabs.count())]
    # every tab keeps its own name (the count of findings goes to „Prüfung“, not to another tab)
    assert titles[:6] == [
        "&Plan und Ist",
        "Bele&ge",
        "&Mittelabrufe",
        "A&uszahlungen",
        "&Nachweise",
        titles[5],
    ] and titles[5].startswith("P&rüfung (")
    assert "&Empfänger und Personal" in titles
    assert panel.fields["iban"].text() == "DE02 1001 0010 0006 8201 01"
    panel.fields["iban"].setText("DE89 3704 0044 0532 0130 00")
    panel.fields["iban"].editingFinished.emit()
    panel.vat_deductible.setChecked(True)
    qtbot.mouseClick(panel.posts.add_button, Qt.MouseButton.LeftButton)
    panel.programme.vocabulary.setCurrentIndex(
        panel.programme.vocabulary.findData(Vocabulary.BHO.value)
    )
    panel.programme.vocabulary.activated.emit(panel.programme.vocabulary.currentIndex())
    with store_of(window.workspace).session() as s:
        grant = s.scalars(select(Grant)).one()
        assert (grant.iban, grant.vat_deductible) == ("DE89 3704 0044 0532 0130 00", True)
        assert grant.programme.vocabulary is Vocabulary.BHO
        assert s.scalar(select(func.count()).select_from(FundedPost)) == 4
    window.undo_action.trigger()  # the vocabulary
    window.undo_action.trigger()  # the new post
    window.undo_action.trigger()  # input VAT
    with store_of(window.workspace).session() as s:
        grant = s.scalars(select(Grant)).one()
        assert grant.programme.vocabulary is Vocabulary.KFW and not grant.vat_deductible
        assert s.scalar(select(func.count()).select_from(FundedPost)) == 3
    qtbot.waitUntil(lambda: not panel.vat_deductible.isChecked())


def test_a_measure_made_elsewhere_can_be_linked_at_once(qtbot, window: MainWindow) -> None:
    """The Förderung list of measures was filled once: a measure created afterwards (in
    another section) never showed there."""
    from workbench.model import FieldOfAction
    from workbench.services import measures

    window.show_section(3)
    panel = window.funding
    count = panel.measure_choice.count()
    with store_of(window.workspace).session() as s:
        field = s.scalars(select(FieldOfAction.id).limit(1)).one()
    window.show_section(1)
    window.ops.run("Neue Maßnahme", measures.create_measure, "Digitale Bauakte", [field])
    window.show_section(3)
    qtbot.waitUntil(lambda: panel.measure_choice.count() == count + 1)
    names = [panel.measure_choice.itemText(i) for i in range(panel.measure_choice.count())]
    assert any(n.endswith("Digitale Bauakte") for n in names)


def test_cut_names_are_readable_as_tooltips(qtbot, window: MainWindow) -> None:
    """The narrow grant list and the filter boxes cut long names; the tooltip says them."""
    window.show_section(3)
    assert window.funding.grants.toolTip() == (
        "436-BSP-2023-0815 – Gemeinsam Digital: Pilotprojekte (Beispielzahlen)"
    )
    window.show_section(1)
    combo = window.measures.field_filter
    combo.setCurrentIndex(combo.count() - 1)
    assert combo.toolTip().endswith(combo.currentText()) and combo.toolTip().startswith(
        "Handlungsfeld: "
    )


def test_tab_goes_from_the_grants_to_their_tabs(qtbot, window: MainWindow) -> None:
    """The section is built from smaller parts; the keyboard still meets them in reading
    order: the grants, the button for a new one, then the grant's tabs."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QTabBar

    window.show_section(3)
    panel = window.funding
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panel.grants.setFocus()
    qtbot.waitUntil(panel.grants.hasFocus)
    qtbot.keyClick(panel.grants, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.new_grant_button
    qtbot.keyClick(panel.new_grant_button, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QTabBar) and focused.parent() is panel.tabs


def test_tab_commits_a_receipt_cell_and_goes_on_to_the_next_one(qtbot, window: MainWindow) -> None:
    """Typed into „Zahlungsempfänger“, Tab: the value is saved, the next cell („Zweck“) is
    current and the view stays where it was (it jumped back to the row's first column and
    scrolled to the left, so the next value landed in the wrong field)."""
    from PySide6.QtWidgets import QApplication

    window.resize(1200, 800)
    window.show()
    window.show_section(3)
    panel = window.funding
    panel.tabs.setCurrentIndex(1)
    table = panel.receipts.table
    model = panel.receipts.model
    payee = next(i for i, c in enumerate(model.spec.columns) if c.key == "payee")
    purpose = next(i for i, c in enumerate(model.spec.columns) if c.key == "purpose")
    table.setFocus()
    table.setCurrentIndex(model.index(2, payee))
    table.scrollTo(model.index(2, purpose))
    scrolled = table.horizontalScrollBar().value()
    receipt = model.item_id(2)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Stadtwerke Nord")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.wait(50)
    with store_of(window.workspace).session() as s:
        assert s.get(Receipt, receipt).payee == "Stadtwerke Nord"
    current = table.currentIndex()
    assert (model.item_id(current.row()), current.column()) == (receipt, purpose)
    assert table.horizontalScrollBar().value() == scrolled


def _mnemonic(text: str) -> str | None:
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].casefold() if 0 <= at < len(plain) - 1 else None


def test_no_two_visible_alt_keys_meet_in_the_foerderung_section(qtbot, window: MainWindow) -> None:
    """Alt+B opened „Bearbeiten“ while the tab read „B̲elege“ (and A, P met twice more): on
    every tab of Förderung, the menu bar, the tabs and the visible buttons each have their
    own letter. (Field labels within a form share letters with these still; Qt moves
    between fields that share one.)"""
    from PySide6.QtWidgets import QAbstractButton

    window.resize(1400, 900)
    window.show()
    window.show_section(3)
    panel = window.funding
    for index in range(panel.tabs.count()):
        panel.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        keys: dict[str, str] = {}
        texts = [a.text() for a in window.menuBar().actions()]
        texts += [panel.tabs.tabText(i) for i in range(panel.tabs.count())]
        texts += [b.text() for b in panel.findChildren(QAbstractButton) if b.isVisible()]
        clashes = []
        for text in texts:
            key = _mnemonic(text)
            if key is None:
                continue
            if key in keys:
                clashes.append(f"{keys[key]!r} / {text!r}")
            keys[key] = text
        assert clashes == [], (panel.tabs.tabText(index), clashes)
