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


def run(*args: str, lang: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("WERKBANK_LANG", None)
    if lang:
        env["WERKBANK_LANG"] = lang
    return subprocess.run([sys.executable, "-m", "workbench", *args], capture_output=True, text=True,
                          env=env, cwd=cwd or ROOT, timeout=300)


def test_every_text_of_the_code_is_in_the_catalogue_with_its_english(tmp_path: Path) -> None:
    """A text added to the code without a translation fails here: lupdate (what `make
    translations` runs) finds nothing the committed catalogue lacks, every entry has an
    English text with the same placeholders, and tr() is only ever given a literal."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = [str(p) for p in sorted((ROOT / "workbench").rglob("*.py")) if "migrations" not in p.parts]
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *sources, *map(str, (ROOT / "ui").glob("*.ui")), "-locations", "none",
                    "-no-obsolete", "-silent", "-ts", str(fresh)], check=True, cwd=ROOT)
    committed = messages(CATALOGUE)
    missing = sorted(set(messages(fresh)) - set(committed))
    assert missing == [], f"not in {CATALOGUE.name} (make translations, then translate): {missing}"
    unfinished = [s for s, (text, kind) in committed.items() if not text or kind in ("unfinished", "obsolete")]
    assert unfinished == []
    wrong = [s for s, (text, _) in committed.items()
             if sorted(PLACEHOLDER.findall(s or "")) != sorted(PLACEHOLDER.findall(text or ""))]
    assert wrong == []
    not_literal = []
    for path in map(Path, sources):
        if path.name == "i18n.py":
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr"
                    and not (node.args and isinstance(node.args[0], ast.Constant))):
                not_literal.append(f"{path.name}:{node.lineno}")
    assert not_literal == []


@pytest.mark.slow
def test_the_window_speaks_english_in_every_section_tab_canvas_and_dialog(tmp_path: Path) -> None:
    workspace = tmp_path / "demo.werkbank"
    assert cli("demo", str(workspace))[0] == 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WERKBANK_LANG": "en"}
    done = subprocess.run([sys.executable, "-m", "tests.gui.english_walk", str(workspace)],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout == "", f"still German:\n{done.stdout}"


@pytest.mark.slow
def test_the_command_line_speaks_german_and_english_with_argparse_s_own_words(tmp_path: Path) -> None:
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
    assert missing.stderr.strip() == f"Error: The workspace “{tmp_path / 'missing.werkbank'}” does not exist."


@pytest.mark.slow
def test_documents_in_english_declare_it_and_a_list_goes_back_in_either_language(tmp_path: Path) -> None:
    workspace = tmp_path / "demo.werkbank"
    assert run("--lang", "en", "demo", str(workspace)).returncode == 0
    done = run("--lang", "en", "export", "steckbrief", str(workspace), "-o", str(tmp_path / "sheet.docx"),
               "--measure", "P-04")
    assert done.returncode == 0 and "Measure fact sheet written" in done.stdout, done.stderr
    document = Document(str(tmp_path / "sheet.docx"))
    assert document.core_properties.language == "en-GB"
    headings = [p.text for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert "Goals and key results" in headings and "Key data" in headings
    assert not {"Ziele und Schlüsselergebnisse", "Eckdaten", "Meilensteine"} & set(headings)
    table_headers = {c.text for t in document.tables for c in t.rows[0].cells}
    assert "Milestone" in table_headers or "Due on" in table_headers
    assert not {"Meilenstein", "Fällig am", "Risiko"} & table_headers

    listing = tmp_path / "list.xlsx"
    assert run("--lang", "en", "export", "massnahmenliste", str(workspace), "-o", str(listing)).returncode == 0
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
