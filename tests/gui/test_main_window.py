"""The main window as a whole: keyboard, screen readers, settings, workspace files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QTabBar, QWidget

from workbench.gui import settings as opt
from workbench.gui.app import choose_workspace
from workbench.gui.main_window import MainWindow
from workbench.services.workspaces import store_of
from workbench.store.locations import demo_workspace_path
from workbench.store.workspace import Workspace


def focusable_unnamed(root: QWidget) -> list[str]:
    missing = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or not (w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if w.objectName().startswith("qt_"):
            continue  # Qt's own inner parts (spin box line edits, scroll area viewports)
        named = bool(w.accessibleName())
        if isinstance(w, QAbstractButton) and w.text():
            named = True  # a button's text is its accessible name
        if isinstance(w, QTabBar):
            named = all(w.tabText(i) for i in range(w.count()))
        if not named:
            missing.append(f"{type(w).__name__} {w.objectName()!r} in {type(w.parent()).__name__}")
    return missing


def test_every_focusable_control_has_an_accessible_name(qtbot, window: MainWindow) -> None:
    missing: list[str] = []
    for section in (0, 1):
        window.show_section(section)
        for tab in range(window.editor.tabs.count()):
            window.editor.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            missing += focusable_unnamed(window)
    for section in (2, 3, 4):  # Workshops (a workshop chosen), Förderung, Synchronisation
        window.show_section(section)
        QApplication.processEvents()
        missing += focusable_unnamed(window)
    assert window.workshops.editor.isEnabled()  # the demo's workshops: the form is filled
    assert sorted(set(missing)) == []


def test_tab_key_reaches_the_workshop_form_and_its_canvases(qtbot, window: MainWindow) -> None:
    window.show_section(2)
    window.nav.setFocus()
    reached = set()
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget())
    panel, editor = window.workshops, window.workshops.editor
    for widget in (
        panel.table,
        panel.new_button,
        editor.title,
        editor.format,
        editor.held_on,
        editor.agenda,
        editor.canvas_list,
        editor.participants.table,
        editor.measure_choice,
    ):
        assert widget in reached, widget.accessibleName()


def test_tab_key_reaches_search_table_and_editor_fields(qtbot, window: MainWindow) -> None:
    window.show_section(1)
    window.nav.setFocus()
    reached = set()
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget())
    panel, editor = window.measures, window.editor
    for widget in (
        panel.search,
        panel.type_filter,
        panel.reset_button,
        panel.table,
        editor.w["title"],
        editor.w["phase"],
        editor.w["end_date"],
    ):
        assert widget in reached, widget.accessibleName()


def test_sections_and_search_have_shortcuts(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.strategy
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.measures
    assert QApplication.focusWidget() is window.measures.search


def test_menus_are_german(window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Datei", "&Bearbeiten", "E&xport", "&Ansicht", "&Hilfe"]
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert [s.toString() for s in window.redo_action.shortcuts()] == ["Ctrl+Shift+Z", "Ctrl+Y"]


def test_geometry_section_and_workspace_are_remembered(
    qtbot, window: MainWindow, settings, demo_path: Path, dialogs
) -> None:
    window.resize(window.width(), 577)  # the offscreen screen is 800×600; width is clamped
    window.show_section(0)
    window.close()
    assert settings.get(opt.LAST_WORKSPACE) == str(demo_path)
    assert settings.get(opt.RECENT)[0] == str(demo_path)
    again = MainWindow(Workspace.open(demo_path), settings, dialogs)
    qtbot.addWidget(again)
    assert again.height() == 577
    assert not settings.get(opt.GEOMETRY).isEmpty()
    assert again.stack.currentWidget() is again.strategy
    again.workspace.close()


def test_opening_a_bad_file_says_why_and_keeps_the_open_workspace(
    window: MainWindow, dialogs, tmp_path: Path, demo_path: Path
) -> None:
    bad = tmp_path / "Tabelle.werkbank"
    bad.write_bytes(b"PK\x03\x04 not a database")
    dialogs.next_path = str(bad)
    window.open_action.trigger()
    assert dialogs.errors == [
        "„Tabelle.werkbank“ ist keine Werkbank-Arbeitsmappe (die Datei ist keine SQLite-Datenbank)."
    ]
    assert window.workspace.path == demo_path
    assert window.measures.model.rowCount() == 26


def test_new_workspace_then_recent_list_switches_back(
    window: MainWindow, dialogs, tmp_path: Path, demo_path: Path
) -> None:
    dialogs.next_path = str(tmp_path / "Bezirk")
    window.new_ws_action.trigger()
    assert window.workspace.path == tmp_path / "Bezirk.werkbank"
    assert window.measures.model.rowCount() == 0
    assert window.windowTitle() == "Bezirk – Werkbank"
    assert not window.ops.undo_stack.canUndo()
    window._fill_recent()
    entries = [a.text() for a in window.recent_menu.actions()]
    assert entries[0].startswith("&1 Bezirk.werkbank") and entries[1].startswith("&2 demo.werkbank")
    window.recent_menu.actions()[1].trigger()
    assert window.workspace.path == demo_path
    assert window.measures.model.rowCount() == 26


def test_save_copy_writes_a_workspace_that_opens(
    window: MainWindow, dialogs, tmp_path: Path
) -> None:
    dialogs.next_path = str(tmp_path / "Sicherung.werkbank")
    window.copy_action.trigger()
    copy = Workspace.open(tmp_path / "Sicherung.werkbank")
    with copy.session() as s:
        from workbench.services.measure_list import measure_rows

        assert len(measure_rows(s)) == 26
    copy.close()


def test_start_opens_last_workspace_else_demo(settings, demo_path: Path) -> None:
    ws = choose_workspace(None, False, settings)  # nothing remembered: demo in the data folder
    assert ws.path == demo_workspace_path() and ws.path.exists()
    ws.close()
    settings.remember_workspace(str(demo_path))
    ws = choose_workspace(None, False, settings)
    assert ws.path == demo_path
    ws.close()
    demo_path.unlink()
    ws = choose_workspace(None, False, settings)
    assert ws.path == demo_workspace_path()
    ws.close()


def test_help_has_a_manual_the_shortcuts_and_the_licence(qtbot, window: MainWindow) -> None:
    """F1 opens the manual; the shortcut list is read from the window's own actions (it
    names Strg+Z for undo and F1 itself); About names Werkbank's licence and publisher."""
    from PySide6.QtGui import QKeySequence

    from workbench.gui.about import about_html

    shown = []
    window.show_help = shown.append
    assert window.manual_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    window.manual_action.trigger()
    window.shortcuts_action.trigger()
    manual = shown[0].browser.toPlainText()
    assert manual.startswith("Werkbank – Kurzanleitung") and "Strg+Z" in manual
    # the keys as tables: rows, columns and headers for assistive technology
    table, canvas = shown[1].main_table, shown[1].canvas_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Menü", "Befehl", "Taste"]
    rows = {table.item(r, 1).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    # the key beside its command (named „Strg“ where Qt's German catalogue is loaded, as
    # make_application does; the test application has none)
    assert rows["Rückgängig"] in ("Strg+Z", "Ctrl+Z")
    assert rows["Handbuch"].startswith("F1") and "Neue Maßnahme" in rows
    assert "Strg+T" in [canvas.item(r, 0).text() for r in range(canvas.rowCount())]
    from PySide6.QtGui import QAccessible

    iface = QAccessible.queryAccessibleInterface(table)
    assert iface.role() == QAccessible.Role.Table
    text = about_html()
    assert "GPL-3.0-or-later" in text and "Herausgeber: Werkbank-Team" in text
    assert "Hilfe" in [a.text().replace("&", "") for a in window.menuBar().actions()]


def test_first_start_fits_the_screen_and_columns_are_the_users(
    qtbot, demo_path, settings, dialogs
) -> None:
    """The first start opens as large as the screen allows; the columns of the measure
    table fit their content, can be hidden and reordered, and stay so after a restart."""
    from workbench.store.workspace import Workspace

    first = MainWindow(Workspace.open(demo_path), settings, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    assert first.isMaximized() or first.width() >= first.screen().availableGeometry().width() * 0.85
    table = first.measures.table
    model = first.measures.model
    longest = max((model.index(r, 1).data() for r in range(model.rowCount())), key=len)
    qtbot.waitUntil(lambda: table.columnWidth(1) > 100)  # sized once laid out
    assert table.columnWidth(1) >= min(
        table.fontMetrics().horizontalAdvance(longest), table.viewport().width() // 3
    )
    header = table.horizontalHeader()
    menus = []
    first.measures.show_menu = lambda menu, pos: menus.append(menu)
    header.customContextMenuRequested.emit(header.rect().center())
    status = next(a for a in menus[0].actions() if a.text() == "Status")
    status.setChecked(False)  # hide „Status“
    assert header.isSectionHidden(4)
    header.moveSection(2, 0)  # „Typ“ first
    first.close()
    second = MainWindow(Workspace.open(demo_path), settings, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(second)
    second.show()
    header = second.measures.table.horizontalHeader()
    assert header.isSectionHidden(4) and header.logicalIndex(0) == 2
    second.close()


def test_the_table_and_a_steckbrief_print_with_a_preview(
    qtbot, window: MainWindow, tmp_path
) -> None:
    """Strg+P prints the measure table as filtered (its visible columns), Strg+Umschalt+P
    the chosen measure's Steckbrief; both go through the print preview, here printed to a
    PDF file to see that pages come out."""
    from PySide6.QtPrintSupport import QPrinter

    from workbench.gui import printing

    shown: list[tuple[str, object, bool]] = []
    window.show_print_preview = lambda title, doc, landscape: shown.append((title, doc, landscape))
    window.show_section(1)
    window.measures.search.setText("Kiezbox")
    qtbot.waitUntil(lambda: window.measures.model.rowCount() == 1)
    window.measures.table.horizontalHeader().setSectionHidden(4, True)  # no „Status“ on paper
    window.print_table_action.trigger()
    title, doc, landscape = shown[-1]
    text = doc.toPlainText()
    assert title == "Maßnahmentabelle" and landscape
    assert "P-04" in text and "Daten in Alltag und Krise – Kiezbox 2.0" in text
    assert "D-01" not in text and "Status" not in text and "1 von 26 Maßnahmen" in text
    window.show_measure(window.measures.model.row_id(0))
    window.print_sheet_action.trigger()
    title, sheet, landscape = shown[-1]
    assert title == "Maßnahmensteckbrief P-04" and not landscape
    for expected in ("Eckdaten", "Kennung", "Meilensteine", "Lieferengpässe bei Akkus"):
        assert expected in sheet.toPlainText(), expected
    printer = printing.a4_printer(False)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "steckbrief.pdf"))
    printing.print_document(sheet, printer)
    assert (tmp_path / "steckbrief.pdf").read_bytes().startswith(b"%PDF")


def test_the_printed_table_is_one_a_meeting_can_read(qtbot, window: MainWindow, tmp_path) -> None:
    """All 26 demo measures with every column on landscape A4: no date, code, status or
    header split across lines (it printed „01.08.2|024“ and „Kennu|ng“), at least 9 pt type,
    rows only as high as their text – two pages, where HTML's layout fitted four measures
    on one – and the header row on every page."""
    import re
    import shutil
    import subprocess

    import pytest
    from PySide6.QtPrintSupport import QPrinter

    from workbench.gui import printing

    shown: list[object] = []
    window.show_print_preview = lambda title, doc, landscape: shown.append(doc)
    window.show_section(1)
    window.print_table_action.trigger()
    printout = shown[-1]
    assert isinstance(printout, printing.TablePrintout)
    printer = printing.a4_printer(True)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    pdf = tmp_path / "tabelle.pdf"
    printer.setOutputFileName(str(pdf))
    printing.print_document(printout, printer)
    assert len(printout.rows) == 26 and printout.left_out == []
    assert printout.points >= 8.0
    assert all(len(lines) == 1 for lines in printout.header_lines)
    headers = printout.headers
    one_line = [headers.index(h) for h in ("Kennung", "Phase", "Status", "Beginn", "Ende")]
    for row, cells in zip(printout.rows, printout.cell_lines, strict=True):
        for column in one_line:
            assert len(cells[column]) == 1, cells[column]
        for text, lines in zip(row, cells, strict=True):
            # a line ends only at a space or after a compound's hyphen: the lines joined
            # that way give the cell's text back (a word split inside would not)
            joined = lines[0]
            for line in lines[1:]:
                joined += ("" if joined.endswith("-") else " ") + line
            assert joined == " ".join(text.split()), lines
    assert len(printout.pages) <= 2
    assert len(printout.pages[0]) >= 12  # HTML fitted four
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) fehlt: der gedruckte Text wird nicht gelesen")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")
    for page in pages[: len(printout.pages)]:
        assert "Kennung" in page and "Handlungsfelder" in page  # the header on every page
    for row in printout.rows:
        for column in one_line:
            assert row[column] in text, row[column]
    # 26 starts, 26 ends and the „Stand“ date, each whole
    assert len(re.findall(r"\d\d\.\d\d\.\d{4}", text)) == 53
    assert "Seite 2 von 2" in text


def test_a_change_from_the_command_line_shows_when_the_window_comes_back(
    qtbot, window: MainWindow
) -> None:
    """A title changed with `workbench measures set` while the window is open: when the
    window is active again, the table shows it (it showed the old title until a restart)."""
    from PySide6.QtCore import Qt

    from tests.test_cli import cli

    window.show_section(1)
    code, _, err = cli(
        "measures", "set", str(window.workspace.path), "P-03", "Titel=Smart Water Berlin"
    )
    assert (code, err) == (0, "")
    window.ops._application_state(Qt.ApplicationState.ApplicationActive)
    qtbot.waitUntil(
        lambda: any(r.title == "Smart Water Berlin" for r in window.measures.model.all_rows)
    )
    assert not window.ops.notice_outside_changes()  # nothing new since: no second read


def test_value_labels_are_heard_with_their_text(qtbot, window: MainWindow) -> None:
    """A screen reader heard „Anzahl angezeigter Maßnahmen“ without the number; now the
    name carries the text."""
    window.show_section(1)
    assert window.measures.count_label.accessibleName() == (
        f"Anzahl angezeigter Maßnahmen: {window.measures.count_label.text()}"
    )
    assert window.editor.heading.accessibleName().startswith("Ausgewählte Maßnahme: ")
    assert window.funding.plan.plan_table.tabKeyNavigation() is False


def test_the_panes_can_be_resized_and_filters_are_labelled(qtbot, window: MainWindow) -> None:
    window.show_section(1)
    before = window.splitter.sizes()
    window.wider_action.trigger()
    after = window.splitter.sizes()
    assert after[2] > before[2] and after[1] < before[1]  # the detail pane grew at the list's cost
    window.narrower_action.trigger()
    assert window.splitter.sizes()[2] < after[2]
    from PySide6.QtWidgets import QLabel

    buddies = {label.buddy() for label in window.measures.findChildren(QLabel) if label.buddy()}
    assert all(
        combo in buddies for combo in window.measures.combos
    )  # each filter has a visible name


def test_the_window_fits_a_screen_at_200_percent(qtbot, window: MainWindow) -> None:
    """At 200 % on a 1920 × 1080 screen Qt has 960 × 540 to lay out: the window may not need
    more (it needed 1117 × 569, and the editor went off-screen); sections and the detail
    pane scroll instead, and the section names show in full."""
    for section in range(5):
        window.show_section(section)
    hint = window.minimumSizeHint()
    assert hint.width() <= 960 and hint.height() <= 540, hint
    nav = window.nav
    assert nav.minimumWidth() >= max(nav.sizeHintForColumn(0), 1)


def test_zone_borders_stand_out_from_white_and_from_every_zone_colour(qapp) -> None:
    """WCAG 1.4.11: a zone's border needs 3:1 against what is around it (it was 1.1–1.9:1)."""
    from PySide6.QtGui import QColor

    from workbench.gui.app import contrast
    from workbench.gui.canvas_items import ZONE_BORDER
    from workbench.services import canvas_templates as tpl

    colours = {zone.color for template in tpl.load_templates().templates for zone in template.zones}
    assert colours and contrast(ZONE_BORDER, QColor("#FFFFFF")) >= 3
    weak = [c for c in colours if contrast(ZONE_BORDER, QColor(c)) < 3]
    assert not weak, weak


def test_sections_without_the_detail_use_the_whole_width(qtbot, window) -> None:
    """Workshops and Förderung: the section takes the room the measure editor has beside
    Maßnahmen (the editor's empty scroll area kept a third of the window)."""
    window.resize(1920, 1000)
    window.show()
    qtbot.waitExposed(window)
    for section in (2, 3, 4):
        window.show_section(section)
        qtbot.wait(20)
        nav, stack, _detail = window.splitter.sizes()
        assert stack >= window.splitter.width() - nav - 20, (section, window.splitter.sizes())
    window.show_section(1)
    qtbot.wait(20)
    assert window.splitter.sizes()[2] > 300  # Maßnahmen: the editor beside it again


def test_the_empty_detail_pane_is_heard_with_its_text(window) -> None:
    name = window.placeholder.accessibleName()
    assert name.startswith("Detailbereich: Keine Maßnahme ausgewählt") and "Strg+N" in name


def test_a_change_from_the_command_line_shows_when_focus_comes_back_from_a_canvas(
    qtbot, window: MainWindow
) -> None:
    """The application stays active while focus goes from a canvas window to the main
    window: the focused window's change is the moment to look (it showed the old title)."""
    from PySide6.QtGui import QGuiApplication
    from sqlalchemy import select

    from tests.test_cli import cli
    from workbench.model import Canvas

    window.show()
    qtbot.waitExposed(window)
    window.show_section(1)
    with store_of(window.workspace).session() as s:
        canvas_id = s.scalars(select(Canvas.id)).first()
    canvas = window.workshops.open_canvas(canvas_id)
    qtbot.waitExposed(canvas)
    canvas.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is canvas.windowHandle())
    code, _, err = cli(
        "measures", "set", str(window.workspace.path), "P-03", "Titel=Smart Water Nord"
    )
    assert (code, err) == (0, "")
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle())
    qtbot.waitUntil(
        lambda: any(r.title == "Smart Water Nord" for r in window.measures.model.all_rows)
    )
    canvas.close()


def test_undoing_a_new_measure_leaves_no_editor_showing_it(window: MainWindow) -> None:
    """In Strategie (and Maßnahmen) the editor beside the tree showed the measure whose
    creation was undone, greyed out; now the detail pane says that none is chosen."""
    from sqlalchemy import select

    from workbench.model import FieldOfAction
    from workbench.services import measures as measure_service

    window.show_section(0)
    with store_of(window.workspace).session() as s:
        field_id = s.scalars(select(FieldOfAction.id)).first()
    measure_id = window.ops.run(  # a made row comes back as its id
        "Maßnahme anlegen", measure_service.create_measure, "Probe nach Rückgängig", [field_id]
    )
    assert isinstance(measure_id, str)  # no detached ORM object reaches the window
    window.open_in_editor(measure_id)  # as choosing it in the strategy tree does
    assert window.detail.currentWidget() is window.editor
    assert window.editor.w["title"].text() == "Probe nach Rückgängig"
    window.undo_action.trigger()
    assert window.editor.measure_id is None
    assert window.detail.currentWidget() is window.placeholder
    assert window.placeholder.isVisible()
    # choosing a measure again shows the editor again
    window.open_in_editor(window.measures.model.row_id(0))
    assert window.detail.currentWidget() is window.editor


def test_the_section_is_remembered_by_its_key_and_old_settings_are_brought_along(
    qtbot, demo_path: Path, tmp_path: Path, dialogs
) -> None:
    """Settings of version 1 stored the navigation's row (3: Förderung); they are upgraded
    to the section's key, the window opens on Förderung and stores „funding“ on closing."""
    from PySide6.QtCore import QSettings

    from workbench.gui import settings as opt
    from workbench.gui.settings import Settings

    ini = str(tmp_path / "alt.ini")
    old = QSettings(ini, QSettings.Format.IniFormat)
    old.setValue("settings/version", 1)
    old.setValue("window/section", 3)
    old.sync()
    settings = Settings(QSettings(ini, QSettings.Format.IniFormat))
    assert settings.get(opt.SECTION) == "funding"
    window = MainWindow(Workspace.open(demo_path), settings, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    assert window.stack.currentIndex() == 3
    window.show_section(2)
    window.close()
    assert settings.get(opt.SECTION) == "workshops"
    window.workspace.close()


def test_the_window_holds_a_handle_whose_only_doors_are_service_calls(window: MainWindow) -> None:
    """The probe of issue 28: a widget that writes a raw UPDATE through the window's
    workspace (six lines through ``ops.workspace.engine`` passed every check) – neither
    undoable nor synced. The window holds an OpenWorkspace: no engine, no session."""
    import ast
    from pathlib import Path

    import pytest

    import workbench.gui

    handle = window.ops.workspace
    with pytest.raises(AttributeError):
        handle.engine.begin()  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        handle.session()  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        handle.some_attribute = 1  # type: ignore[attr-defined]
    assert handle.path.name == "demo.werkbank" and handle.name
    # no module of the window names the store's workspace, a session or a database error,
    # or unwraps the handle
    forbidden = {"Workspace", "Session", "DatabaseError", "store_of"}
    for path in Path(workbench.gui.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and "workbench" in node.module:
                assert not forbidden & {a.name for a in node.names}, (path.name, node.module)
            if isinstance(node, ast.Attribute):
                assert node.attr != "_store" and "__workspace" not in node.attr, path.name
