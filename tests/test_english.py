"""Werkbank in English: the catalogue covers every text, and the window, the command line
and the documents speak English when asked (each in a process of its own: the language is
chosen before the texts are built), German otherwise."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from defusedxml import ElementTree
from docx import Document
from openpyxl import load_workbook

from tests.gui.english_walk import german_words
from tests.test_cli import cli

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = ROOT / "resources" / "i18n" / "werkbank_en.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def messages(path: Path) -> dict[str, tuple[str | None, str | None]]:
    """source → (translation, its type) of a .ts file."""
    found = {}
    for message in ElementTree.parse(path).getroot().iter("message"):
        element = message.find("translation")
        found[message.findtext("source")] = (element.text, element.get("type"))
    return found


def run(
    *args: str, lang: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("WERKBANK_LANG", None)
    if lang:
        env["WERKBANK_LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "workbench", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd or ROOT,
        timeout=300,
    )


def test_every_text_of_the_code_is_in_the_catalogue_with_its_english(tmp_path: Path) -> None:
    """A text added to the code without a translation fails here: lupdate (what `make
    translations` runs) finds nothing the committed catalogue lacks, every entry has an
    English text with the same placeholders, and tr() is only ever given a literal."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = [
        str(p) for p in sorted((ROOT / "workbench").rglob("*.py")) if "migrations" not in p.parts
    ]
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            str(lupdate),
            *sources,
            *map(str, (ROOT / "ui").glob("*.ui")),
            "-locations",
            "none",
            "-no-obsolete",
            "-silent",
            "-ts",
            str(fresh),
        ],
        check=True,
        cwd=ROOT,
    )
    committed = messages(CATALOGUE)
    missing = sorted(set(messages(fresh)) - set(committed))
    assert missing == [], f"not in {CATALOGUE.name} (make translations, then translate): {missing}"
    unfinished = [
        s for s, (text, kind) in committed.items() if not text or kind in ("unfinished", "obsolete")
    ]
    assert unfinished == []
    wrong = [
        s
        for s, (text, _) in committed.items()
        if sorted(PLACEHOLDER.findall(s or "")) != sorted(PLACEHOLDER.findall(text or ""))
    ]
    assert wrong == []
    not_literal = []
    for path in map(Path, sources):
        if path.name == "i18n.py":
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "tr"
                and not (node.args and isinstance(node.args[0], ast.Constant))
            ):
                not_literal.append(f"{path.name}:{node.lineno}")
    assert not_literal == []


@pytest.mark.slow
def test_the_window_speaks_english_in_every_section_tab_canvas_and_dialog(tmp_path: Path) -> None:
    workspace = tmp_path / "demo.werkbank"
    assert cli("demo", str(workspace))[0] == 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WERKBANK_LANG": "en"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.english_walk", str(workspace)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout == "", f"still German:\n{done.stdout}"


@pytest.mark.slow
def test_the_command_line_speaks_german_and_english_with_argparse_s_own_words(
    tmp_path: Path,
) -> None:
    german = run("--help", lang="de").stdout
    assert german.startswith("Aufruf: workbench") and "Demo-Arbeitsmappe anlegen" in german
    assert "Optionen" in german and "diese Hilfe zeigen und beenden" in german
    english = run("--lang", "en", "--help").stdout
    assert english.startswith("usage: workbench") and "create a demo workspace" in english
    assert "COMMAND" in english and "Demo-Arbeitsmappe" not in english
    error = run("measures", "nichts", "x.werkbank", lang="de").stderr
    assert "Fehler:" in error and "ungültige Wahl" in error
    missing = run("--lang=en", "measures", "list", str(tmp_path / "missing.werkbank"))
    assert missing.returncode == 1
    assert (
        missing.stderr.strip()
        == f"Error: The workspace “{tmp_path / 'missing.werkbank'}” does not exist."
    )


@pytest.mark.slow
def test_documents_in_english_declare_it_and_a_list_goes_back_in_either_language(
    tmp_path: Path,
) -> None:
    workspace = tmp_path / "demo.werkbank"
    assert run("--lang", "en", "demo", str(workspace)).returncode == 0
    done = run(
        "--lang",
        "en",
        "export",
        "steckbrief",
        str(workspace),
        "-o",
        str(tmp_path / "sheet.docx"),
        "--measure",
        "P-04",
    )
    assert done.returncode == 0 and "Measure fact sheet written" in done.stdout, done.stderr
    document = Document(str(tmp_path / "sheet.docx"))
    assert document.core_properties.language == "en-GB"
    headings = [
        p.text for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))
    ]
    assert "Goals and key results" in headings and "Key data" in headings
    assert not {"Ziele und Schlüsselergebnisse", "Eckdaten", "Meilensteine"} & set(headings)
    table_headers = {c.text for t in document.tables for c in t.rows[0].cells}
    assert "Milestone" in table_headers or "Due on" in table_headers
    assert not {"Meilenstein", "Fällig am", "Risiko"} & table_headers

    listing = tmp_path / "list.xlsx"
    assert (
        run(
            "--lang", "en", "export", "massnahmenliste", str(workspace), "-o", str(listing)
        ).returncode
        == 0
    )
    book = load_workbook(listing, read_only=True)
    assert "Measures" in book.sheetnames
    headers = next(book["Measures"].iter_rows(min_row=1, max_row=1, values_only=True))
    assert {"Code", "Title", "Status"} <= set(headers)
    book.close()
    # read back by a German Werkbank (this process): the English headers and labels are known
    copy = tmp_path / "copy.werkbank"
    shutil.copy(workspace, copy)
    code, out, err = cli("import", "measures", str(copy), str(listing), "--dry-run")
    assert (code, err) == (0, ""), out
    assert "0 neu, 0 geändert, 26 unverändert" in out


GERMAN_WORD = re.compile(
    r"[äöüßÄÖÜ]|^(und|der|die|das|dem|den|des|mit|von|vom|für|nicht|bis|im|zum|zur|ein|eine|"
    r"einer|ist|sind|wird|werden|Stand|Seite|oder|auf|aus|bei|nach|über|unter|vor|je|lt|"
    r"davon|insgesamt|Gesamt|keine|kein|noch|seit|als|wie|Zeile|Spalte|Summe|Datum|Betrag|"
    r"Jahr|Monat|Titel|Kennung|Ziel|Ziele|Phase|Risiko|Zeitraum|Beginn|Ende|Bericht)$"
)
KINDS = {
    "steckbrief": "P-04",
    "projektauftrag": "P-04",
    "statusbericht": "P-04",
    "strategiebericht": None,
    "workshop": "workshop",
    "massnahmenliste": None,
    "meilensteinplan": None,
    "indikatoren": None,
    "kfp": "grant",
    "belegliste": "grant",
    "nachweis": "grant",
    "mittelabruf": "grant",
    "sachbericht": "grant",
}


def data_words(workspace: Path) -> set[str]:
    """Every word the workspace's own data holds (titles, names): German there is content."""
    import sqlite3

    words: set[str] = set()
    with sqlite3.connect(workspace) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in db.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, str):
                        words.update(w.strip(".,:;()„“”–-/") for w in value.split())
    return words


def document_texts(path: Path) -> list[str]:
    if path.suffix == ".docx":
        doc = Document(str(path))
        texts = [p.text for p in doc.paragraphs]
        texts += [c.text for t in doc.tables for row in t.rows for c in row.cells]
        for section in doc.sections:
            texts += [p.text for p in section.footer.paragraphs + section.header.paragraphs]
        return texts
    book = load_workbook(path)
    texts = list(book.sheetnames)
    for sheet in book.worksheets:
        texts += [
            sheet.oddHeader.center.text or "",
            sheet.oddFooter.center.text or "",
            sheet.oddHeader.left.text or "",
            sheet.oddHeader.right.text or "",
        ]
        texts += [
            str(c.value)
            for row in sheet.iter_rows()
            for c in row
            if isinstance(c.value, str) and not c.value.startswith("=")
        ]
    return texts


def test_every_help_of_the_command_line_is_english() -> None:
    """`workbench --lang en X --help` for every command and action: no German word of the
    catalogue (export --help showed HANDLUNGSFELD and TYP)."""
    import argparse

    from workbench import i18n
    from workbench.cli.parser import build_parser

    vocabulary = {w.upper() for w in german_words()} | german_words()
    before = i18n.language()
    i18n.set_language("en")
    try:
        parser = build_parser()
        helps = {"workbench": parser.format_help()}
        queue = [("workbench", parser)]
        while queue:
            name, current = queue.pop()
            for action in current._actions:
                if isinstance(action, argparse._SubParsersAction):
                    for sub_name, sub in action.choices.items():
                        helps[f"{name} {sub_name}"] = sub.format_help()
                        queue.append((f"{name} {sub_name}", sub))
    finally:
        i18n.set_language(before)
    found = [
        f"{name}: {word}"
        for name, text in helps.items()
        for word in re.split(r"[^\wäöüÄÖÜß]+", text)
        if word and (GERMAN_WORD.search(word) or word in vocabulary)
    ]
    assert found == [], found
    assert len(helps) > 25  # every command and its actions


@pytest.mark.slow
def test_every_document_kind_in_english_has_no_german_of_its_own(tmp_path: Path) -> None:
    """Headings, labels, table headers, footers, sheet names and sentences of every export
    are English; what stays German is the workspace's own data (titles, names)."""
    workspace = tmp_path / "demo.werkbank"
    assert run("--lang", "en", "demo", str(workspace)).returncode == 0
    content = data_words(workspace)
    vocabulary = german_words()
    import sqlite3

    with sqlite3.connect(workspace) as db:
        grant = db.execute("SELECT file_number FROM grants").fetchone()[0]
        workshop = db.execute(
            "SELECT title FROM workshops WHERE id IN (SELECT workshop_id FROM canvases)"
        ).fetchone()[0]
    from workbench import i18n

    # a whole cell that is a German text of the catalogue (a bare "offen" beside its
    # tr("offen"), "W × A"): untranslated, even where its words also occur in the data
    sources = {src for src, en in i18n.catalogue("en").items() if src != en and len(src) >= 3}
    with sqlite3.connect(workspace) as db:  # whole values of the data (a unit „Personen“)
        values = {
            v.strip()
            for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")
            for row in db.execute(f'SELECT * FROM "{table}"')
            for v in row
            if isinstance(v, str)
        }
    found = []
    for kind, what in KINDS.items():
        suffix = (
            ".xlsx"
            if kind
            in (
                "massnahmenliste",
                "meilensteinplan",
                "indikatoren",
                "kfp",
                "belegliste",
                "nachweis",
                "mittelabruf",
            )
            else ".docx"
        )
        target = tmp_path / f"{kind}{suffix}"
        extra = {
            "P-04": ["--measure", "P-04"],
            "grant": ["--grant", grant],
            "workshop": ["--workshop", workshop],
            None: [],
        }[what]
        done = run("--lang", "en", "export", kind, str(workspace), "-o", str(target), *extra)
        assert done.returncode == 0, (kind, done.stderr)
        for text in document_texts(target):
            if text.strip() in sources and text.strip() not in values:
                found.append(f"{kind}: untranslated text {text.strip()!r}")
            for word in text.split():
                bare = word.strip(".,:;()„“”–-/!?%€0123456789")
                german = GERMAN_WORD.search(bare) or bare in vocabulary
                if bare and german and bare not in content:
                    found.append(f"{kind}: {bare!r} in {text[:80]!r}")
    assert found == []


def test_every_built_in_canvas_template_has_its_english(tmp_path: Path) -> None:
    """Template titles, descriptions, zone titles, guiding questions and axes come from the
    template's `translations` block in English; a block that lacks a zone is caught here."""
    import json

    from workbench import i18n
    from workbench.resources import resource_path
    from workbench.services import canvas_templates

    files = sorted(resource_path("canvases").glob("*.json"))
    german = {p.name: canvas_templates.read_template(p) for p in files}
    try:
        i18n.set_language("en")
        for path in files:
            block = json.loads(path.read_text("utf-8"))["translations"]["en"]
            english = canvas_templates.read_template(path)
            assert english.title == block["title"] != german[path.name].title or path.name in (
                "business-model-canvas.json",
                "persona.json",
            )
            for zone in english.zones:
                assert (zone.title, zone.question) == (
                    block["zones"][zone.key]["title"],
                    block["zones"][zone.key]["question"],
                )
            raw = canvas_templates.translated(json.loads(path.read_text("utf-8")))
            assert [a["text"] for a in raw.get("axes", [])] == block.get("axes", [])
    finally:
        i18n.set_language("de")


def test_the_language_chosen_in_the_window_applies_at_the_next_start(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Ansicht → Sprache stores the choice (said in the language chosen); the next start reads
    it before any text is built; --lang and WERKBANK_LANG still win."""
    from PySide6.QtCore import QSettings

    from tests.gui.conftest import AnsweringDialogs
    from workbench import i18n
    from workbench.__main__ import choose_language
    from workbench.gui.main_window import MainWindow
    from workbench.gui.settings import LANGUAGE, Settings, default_qsettings
    from workbench.store.workspace import Workspace

    monkeypatch.delenv("WERKBANK_LANG", raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert cli("demo", str(tmp_path / "demo.werkbank"))[0] == 0
    dialogs = AnsweringDialogs()
    window = MainWindow(Workspace.open(tmp_path / "demo.werkbank"), Settings(), dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    try:
        window.language_actions["en"].trigger()
        assert dialogs.infos == ["Werkbank speaks English from the next start."]
        assert str(default_qsettings().value(LANGUAGE.key)) == "en"
        choose_language(None, window=True)
        assert i18n.language() == "en"
        choose_language("de", window=True)  # --lang de
        assert i18n.language() == "de"
        monkeypatch.setenv("WERKBANK_LANG", "de")
        choose_language(None, window=True)
        assert i18n.language() == "de"
    finally:
        i18n.set_language("de")
        QSettings(default_qsettings().fileName(), QSettings.Format.NativeFormat).clear()
        window.workspace.close()


def test_a_noun_inside_an_english_sentence_is_lower_case() -> None:
    """„Bericht hinzufügen“ is "Add report", not "Add Report"; an acronym stays."""
    from workbench import i18n

    before = i18n.language()
    try:
        i18n.set_language("en")
        assert i18n.in_sentence("Report") == "report"
        assert i18n.in_sentence("KPI") == "KPI"
        assert i18n.tr("{singular} hinzufügen").format(singular=i18n.in_sentence("Receipt")) == (
            "Add receipt"
        )
        # a noun after its number, as the Workshop-Dokumentation heads a zone („3 Notes“)
        from workbench.formats import plural

        assert plural(3, i18n.tr("Notiz"), i18n.tr("Notizen")) == "3 notes"
        assert plural(1, i18n.tr("Maßnahme"), i18n.tr("Maßnahmen")) == "1 measure"
        i18n.set_language("de")
        assert i18n.in_sentence("Beleg") == "Beleg"
        assert plural(3, i18n.tr("Notiz"), i18n.tr("Notizen")) == "3 Notizen"
    finally:
        i18n.set_language(before)
