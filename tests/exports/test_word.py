"""Word exports read back with python-docx: titles, values, formats and styles."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import select

from tests.exports.helpers import docx_text, styled
from workbench.exports import word_measures as wm
from workbench.exports.docx_base import builtin_template
from workbench.exports.errors import ExportError
from workbench.model import Measure
from workbench.store.workspace import Workspace

TODAY = date(2026, 11, 26)


def measure_id(ws: Workspace, code: str) -> str:
    with ws.session() as s:
        return s.scalars(select(Measure.id).where(Measure.code == code)).one()


def test_steckbrief_has_every_part_of_the_measure(demo_ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "steckbrief.docx"
    with demo_ws.session() as s:
        wm.write_steckbrief(s, measure_id(demo_ws, "P-04"), out, today=TODAY)
    text = docx_text(out)
    assert styled(out, "Title") == ["Daten in Alltag und Krise – Kiezbox 2.0"]
    assert styled(out, "Heading 2")[:6] == ["Eckdaten", "Zielstellungen und Schlüsselergebnisse",
                                          "Indikatoren", "Meilensteine", "Risiken",
                                          "Logbuch (jüngste Einträge)"]
    for expected in ("Kennung | P-04", "Budget | 1.380.000,00 €", "Zeitraum | 01.10.2022 – 30.09.2026",
                     "Notkommunikation im Kiez sichern", "Fortschritt 67 %", "30.06.2024 | 22 Anzahl",
                     "Lieferengpässe bei Akkus | 3 × 3 = 9 | Linh Nguyen"):
        assert expected in text, expected
    footer = Document(str(out)).sections[0].footer.paragraphs[0]
    assert footer.text.startswith("Stand: 26.11.2026 · Seite")
    assert "PAGE" in footer._p.xml and "NUMPAGES" in footer._p.xml
    assert Document(str(out)).sections[0].header.paragraphs[0].text == "Maßnahmensteckbrief P-04"


def test_strategy_report_groups_measures_with_contents_and_overview(demo_ws: Workspace,
                                                                     tmp_path: Path) -> None:
    out = tmp_path / "bericht.docx"
    with demo_ws.session() as s:
        wm.write_strategy_report(s, out, today=TODAY)
        codes = sorted(s.scalars(select(Measure.code)))
    doc = Document(str(out))
    assert 'TOC \\o "1-2"' in doc.element.body.xml
    overview = doc.tables[0]
    assert [c.text for c in overview.rows[0].cells][:2] == ["Kennung", "Maßnahme"]
    assert sorted(r.cells[0].text for r in overview.rows[1:]) == codes
    measures = styled(out, "Heading 3")
    assert sorted(h.split(" ")[0] for h in measures) == codes  # each measure exactly once
    headings = styled(out, "Heading 1")
    assert headings[:3] == ["Inhalt", "Übersicht", "Regeneratives Wirtschaften"]
    assert "Stand 26.11.2026 · 26 Maßnahmen (alle Maßnahmen)" in styled(out, "Subtitle")


def test_strategy_report_of_a_filter(demo_ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "piloten.docx"
    with demo_ws.session() as s:
        ids = s.scalars(select(Measure.id).where(Measure.code.like("P-%"))).all()
        wm.write_strategy_report(s, out, wm.ReportScope(ids, "Pilotmaßnahmen"), today=TODAY)
    assert len(styled(out, "Heading 3")) == 5
    assert "5 Maßnahmen (Pilotmaßnahmen)" in styled(out, "Subtitle")[0]


def test_status_report_traffic_lights_in_words_and_colour(demo_ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "status.docx"
    with demo_ws.session() as s:
        wm.write_status_report(s, measure_id(demo_ws, "P-04"), out, today=TODAY)
    doc = Document(str(out))
    lights = next(t for t in doc.tables if t.rows[0].cells[1].text == "Ampel")
    rows = {r.cells[0].text: r for r in lights.rows[1:]}
    assert list(rows) == ["Termine", "Kosten", "Qualität", "Risiken"]
    words = {"grün – im Plan": "9BD39B", "gelb – gefährdet": "FFE07A", "rot – kritisch": "F2A0A0",
             "nicht bewertet": "E4E4E4"}
    for row in rows.values():
        word = row.cells[1].text
        assert word in words
        assert f'w:fill="{words[word]}"' in row.cells[1]._tc.xml
    assert rows["Termine"].cells[1].text == "rot – kritisch"  # a gate of 30.09.2026 is open …
    assert "überfällig" in rows["Termine"].cells[2].text or "überschritten" in rows["Termine"].cells[2].text


def test_project_mandate(demo_ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "auftrag.docx"
    with demo_ws.session() as s:
        wm.write_project_mandate(s, measure_id(demo_ws, "P-01"), out, today=TODAY)
    assert styled(out, "Title") == ["Projektauftrag: Smart Space Hardenbergplatz"]
    assert styled(out, "Heading 2") == ["1 Ausgangslage und Auftrag", "2 Ziele und Schlüsselergebnisse",
                                        "3 Projektorganisation", "4 Rahmen",
                                        "5 Meilensteine und Gates", "6 Risiken", "7 Freigabe"]


def test_organisation_template_is_used_and_a_missing_style_is_named(demo_ws: Workspace,
                                                                    tmp_path: Path) -> None:
    own = tmp_path / "bezirksamt.docx"
    doc = Document(str(builtin_template()))
    doc.sections[0].header.paragraphs[0].text = "Bezirksamt Beispiel · {{titel}}"
    doc.styles["Heading 1"].font.name = "Georgia"
    doc.save(str(own))
    out = tmp_path / "mit-vorlage.docx"
    with demo_ws.session() as s:
        wm.write_steckbrief(s, measure_id(demo_ws, "P-01"), out, own, today=TODAY)
    result = Document(str(out))
    assert result.sections[0].header.paragraphs[0].text == "Bezirksamt Beispiel · Maßnahmensteckbrief P-01"
    assert result.styles["Heading 1"].font.name == "Georgia"

    broken = tmp_path / "ohne-ueberschrift.docx"
    shutil.copy(builtin_template(), broken)
    doc = Document(str(broken))
    style = doc.styles["Heading 3"].element
    style.getparent().remove(style)
    doc.save(str(broken))
    with demo_ws.session() as s, pytest.raises(ExportError, match="fehlt die Formatvorlage „Heading 3“"):
        wm.write_steckbrief(s, measure_id(demo_ws, "P-01"), tmp_path / "x.docx", broken)
    not_word = tmp_path / "liste.docx"
    not_word.write_text("Kennung;Titel\n", encoding="utf-8")
    with demo_ws.session() as s, pytest.raises(ExportError, match="keine lesbare Word-Vorlage"):
        wm.write_steckbrief(s, measure_id(demo_ws, "P-01"), tmp_path / "y.docx", not_word)
    assert not (tmp_path / "x.docx").exists() and not (tmp_path / "y.docx").exists()


def test_unwritable_target_names_the_file_and_leaves_the_old_one(demo_ws: Workspace,
                                                                  tmp_path: Path) -> None:
    with demo_ws.session() as s, pytest.raises(ExportError, match="existiert nicht"):
        wm.write_steckbrief(s, measure_id(demo_ws, "P-01"), tmp_path / "fehlt" / "a.docx")
