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
from workbench.exports import word_pmflex as pm
from workbench.exports import word_strategy as strategy
from workbench.exports.docx_base import builtin_template
from workbench.exports.errors import ExportError
from workbench.model import Measure
from workbench.model.enums import MeasureStatus
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
    assert styled(out, "Heading 1") == [
        "Eckdaten",
        "Ausgangslage und Zielgruppe",
        "Zielstellungen und Schlüsselergebnisse",
        "Indikatoren",
        "Meilensteine",
        "Abhängigkeiten",
        "Phasenverlauf",
        "Förderung",
        "Risiken",
        "Logbuch (jüngste Einträge)",
        "Transformatorische Fragen",
    ]
    assert not styled(out, "Heading 2")  # no jump from the title to the second level
    for expected in (
        "Kennung | P-04",
        "Budget | 1.380.000,00 €",
        "Zeitraum | 01.10.2022 – 30.09.2026",
        "Notkommunikation im Kiez sichern",
        "Fortschritt 67 %",
        "30.06.2024 | 22 Anzahl",
        "Lieferengpässe bei Akkus | 3 × 3 = 9 | Linh Nguyen",
    ):
        assert expected in text, expected
    footer = Document(str(out)).sections[0].footer.paragraphs[0]
    assert footer.text.startswith("Stand: 26.11.2026 · Seite")
    assert "PAGE" in footer._p.xml and "NUMPAGES" in footer._p.xml
    assert Document(str(out)).sections[0].header.paragraphs[0].text == "Maßnahmensteckbrief P-04"


def test_strategy_report_groups_measures_with_contents_and_overview(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "bericht.docx"
    with demo_ws.session() as s:
        strategy.write_strategy_report(s, out, today=TODAY)
        codes = sorted(
            s.scalars(select(Measure.code).where(Measure.status != MeasureStatus.STOPPED))
        )
        stopped = sorted(
            s.scalars(select(Measure.code).where(Measure.status == MeasureStatus.STOPPED))
        )
    assert stopped  # the demo has a stopped measure: it stands apart, not among the active ones
    doc = Document(str(out))
    assert 'TOC \\o "1-2"' in doc.element.body.xml
    overview = next(t for t in doc.tables if t.rows[0].cells[0].text == "Kennung")
    assert [c.text for c in overview.rows[0].cells][:2] == ["Kennung", "Maßnahme"]
    assert sorted(r.cells[0].text for r in overview.rows[1:]) == codes
    measures = styled(out, "Heading 3")
    assert sorted(h.split(" ")[0] for h in measures) == codes  # each measure exactly once
    apart = next(
        t
        for t in doc.tables
        if [c.text for c in t.rows[0].cells][:3] == ["Kennung", "Maßnahme", "Zeitraum"]
    )
    assert sorted(r.cells[0].text for r in apart.rows[1:]) == stopped
    text = docx_text(out)
    assert "Ampel: " in text and "Nächste Schritte: " in text
    headings = styled(out, "Heading 1")
    assert headings[:4] == ["Inhalt", "Zusammenfassung", "Übersicht", "Regeneratives Wirtschaften"]
    assert headings[-4:] == ["Finanzen", "Wirkung", "Ausblick", "Eingestellte Maßnahmen"]
    assert "Stand 26.11.2026 · 26 Maßnahmen (alle Maßnahmen)" in styled(out, "Subtitle")


def test_strategy_report_of_a_filter(demo_ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "piloten.docx"
    with demo_ws.session() as s:
        ids = s.scalars(select(Measure.id).where(Measure.code.like("P-%"))).all()
        strategy.write_strategy_report(
            s, out, strategy.ReportScope(ids, "Pilotmaßnahmen"), today=TODAY
        )
    assert len(styled(out, "Heading 3")) == 5
    assert "5 Maßnahmen (Pilotmaßnahmen)" in styled(out, "Subtitle")[0]


def test_status_report_traffic_lights_in_words_and_colour(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "status.docx"
    with demo_ws.session() as s:
        pm.write_status_report(s, measure_id(demo_ws, "P-04"), out, today=TODAY)
    doc = Document(str(out))
    lights = next(t for t in doc.tables if t.rows[0].cells[1].text == "Ampel")
    rows = {r.cells[0].text: r for r in lights.rows[1:]}
    assert list(rows) == ["Gesamt", "Termine", "Kosten", "Qualität", "Risiken"]
    words = {
        "grün – im Plan": "9BD39B",
        "gelb – gefährdet": "FFE07A",
        "rot – kritisch": "F2A0A0",
        "keine Angabe": "E4E4E4",
    }
    for row in rows.values():
        word = row.cells[1].text
        assert word in words
        assert f'w:fill="{words[word]}"' in row.cells[1]._tc.xml
    assert rows["Termine"].cells[1].text == "rot – kritisch"  # a gate of 30.09.2026 is open …
    assert (
        "überfällig" in rows["Termine"].cells[2].text
        or "überschritten" in rows["Termine"].cells[2].text
    )
    assert rows["Gesamt"].cells[1].text == "rot – kritisch"  # the worst of the four
    # no actual costs recorded: the cost light says so instead of showing green
    assert rows["Kosten"].cells[1].text == "keine Angabe"
    assert "Ist-Kosten nicht erfasst" in rows["Kosten"].cells[2].text


def test_project_mandate(demo_ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "auftrag.docx"
    with demo_ws.session() as s:
        pm.write_project_mandate(s, measure_id(demo_ws, "P-01"), out, today=TODAY)
    assert styled(out, "Title") == ["Projektauftrag: Smart Space Hardenbergplatz"]
    assert styled(out, "Heading 1") == [
        "1 Ausgangslage und Auftrag",
        "2 Ziele und Schlüsselergebnisse",
        "3 Lieferergebnisse und Erfolgskriterien",
        "4 Umfang und Nicht-Ziele",
        "5 Rahmenbedingungen",
        "6 Projektorganisation",
        "7 Meilensteine und Gates",
        "8 Risiken",
        "9 Freigabe",
    ]


def test_organisation_template_is_used_and_a_missing_style_is_named(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    own = tmp_path / "bezirksamt.docx"
    doc = Document(str(builtin_template()))
    doc.sections[0].header.paragraphs[0].text = "Bezirksamt Beispiel · {{titel}}"
    doc.styles["Heading 1"].font.name = "Georgia"
    doc.save(str(own))
    out = tmp_path / "mit-vorlage.docx"
    with demo_ws.session() as s:
        wm.write_steckbrief(s, measure_id(demo_ws, "P-01"), out, own, today=TODAY)
    result = Document(str(out))
    assert (
        result.sections[0].header.paragraphs[0].text
        == "Bezirksamt Beispiel · Maßnahmensteckbrief P-01"
    )
    assert result.styles["Heading 1"].font.name == "Georgia"

    broken = tmp_path / "ohne-ueberschrift.docx"
    shutil.copy(builtin_template(), broken)
    doc = Document(str(broken))
    style = doc.styles["Heading 3"].element
    style.getparent().remove(style)
    doc.save(str(broken))
    with (
        demo_ws.session() as s,
        pytest.raises(ExportError, match="fehlt die Formatvorlage „Heading 3“"),
    ):
        wm.write_steckbrief(s, measure_id(demo_ws, "P-01"), tmp_path / "x.docx", broken)
    not_word = tmp_path / "liste.docx"
    not_word.write_text("Kennung;Titel\n", encoding="utf-8")
    with demo_ws.session() as s, pytest.raises(ExportError, match="keine lesbare Word-Vorlage"):
        wm.write_steckbrief(s, measure_id(demo_ws, "P-01"), tmp_path / "y.docx", not_word)
    assert not (tmp_path / "x.docx").exists() and not (tmp_path / "y.docx").exists()


def test_unwritable_target_names_the_file_and_leaves_the_old_one(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    with demo_ws.session() as s, pytest.raises(ExportError, match="existiert nicht"):
        wm.write_steckbrief(s, measure_id(demo_ws, "P-01"), tmp_path / "fehlt" / "a.docx")


def test_headings_and_table_headers_in_the_body_font(demo_ws: Workspace, tmp_path: Path) -> None:
    """The template names Arial beside the theme's heading font, which Word would prefer:
    the exported styles name Arial alone, for headings and for table header rows."""
    from docx.oxml.ns import qn

    out = tmp_path / "steckbrief.docx"
    with demo_ws.session() as s:
        wm.write_steckbrief(s, measure_id(demo_ws, "P-01"), out, today=TODAY)
    styles = Document(str(out)).styles
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        fonts = styles[name].element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:ascii")) == "Arial" and fonts.get(qn("w:asciiTheme")) is None, name
    table_fonts = [
        f
        for f in styles.element.iter(qn("w:rFonts"))
        if f.getparent().getparent().tag == qn("w:tblStylePr")
    ]
    assert table_fonts and all(
        f.get(qn("w:asciiTheme")) is None and f.get(qn("w:ascii")) == "Arial" for f in table_fonts
    )


def test_steckbrief_names_problem_target_group_phases_and_the_grant(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "steckbrief.docx"
    with demo_ws.session() as s:
        wm.write_steckbrief(s, measure_id(demo_ws, "P-01"), out, today=TODAY)
    text = docx_text(out)
    assert "Problemstellung: Der Bahnhofsvorplatz ist tagsüber zugeparkt" in text
    assert "Zielgruppe: Anwohnende, Pendelnde" in text
    assert "01.03.2022 | " in text and "01.09.2023 | " in text  # the phase history, each change
    assert (
        "Modellprojekte Smart Cities, 436-BSP-2023-0815: Gemeinsam Digital: Pilotprojekte" in text
    )


def test_project_mandate_keeps_the_order_as_it_was_given(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    """P-01 was ordered on 15.10.2022, in its second phase (since 01.10.2022); today it is in
    its third. The commissioning person and the lead unit stand apart."""
    from workbench.model import Phase

    out = tmp_path / "auftrag.docx"
    with demo_ws.session() as s:
        pm.write_project_mandate(s, measure_id(demo_ws, "P-01"), out, today=TODAY)
        phases = {p.number: p.name for p in s.scalars(select(Phase))}
    text = docx_text(out)
    assert (
        f"Phase bei Auftrag | {phases[2]}" in text
        and f"Phase bei Auftrag | {phases[3]}" not in text
    )
    assert "Beauftragt am | 15.10.2022" in text
    assert "Auftraggeber:in | Bezirksstadträtin für Ordnung und Straßen (Beispiel)" in text
    assert "Federführende Stelle | Bezirksamt Charlottenburg-Wilmersdorf" in text
    assert "Nicht im Umfang: Kein Umbau der Platzfläche" in text
    assert "Lieferergebnisse: Betreibermodell, Mobi-Hub" in text
    assert "Lenkungsausschuss | Bezirksamt, Senatskanzlei (CDO)" in text
    assert "Geplantes Personal | 1 Projektleitung (100 %)" in text


def test_status_report_covers_its_period(demo_ws: Workspace, tmp_path: Path) -> None:
    """October 2026: the two log entries of October, a phase change and a milestone
    reached in it; not the entry of September. Over budget: the cost light is red, and so
    is the overall light. The decisions needed are named."""
    from workbench.model import LogEntry, Milestone, PhaseChange
    from workbench.model.enums import LogKind
    from workbench.model.funding import Period

    mid = measure_id(demo_ws, "P-01")
    with demo_ws.transaction() as s:
        m = s.get(Measure, mid)
        m.log_entries += [
            LogEntry(entry_date=date(2026, 9, 30), kind=LogKind.NOTE, text="Vorher"),
            LogEntry(
                entry_date=date(2026, 10, 2), kind=LogKind.DECISION, text="Vertrag verlängert"
            ),
            LogEntry(entry_date=date(2026, 10, 20), kind=LogKind.EVENT, text="Fachtag"),
        ]
        m.phase_changes.append(
            PhaseChange(phase_id=m.phase_id, changed_on=date(2026, 10, 5), note="Review")
        )
        m.milestones.append(
            Milestone(
                title="Evaluation vorgelegt",
                due_date=date(2026, 10, 31),
                done_on=date(2026, 10, 28),
            )
        )
        m.spent_cents = m.budget_cents + 100
    out = tmp_path / "status.docx"
    with demo_ws.session() as s:
        pm.write_status_report(
            s, mid, out, today=TODAY, report_period=Period(date(2026, 10, 1), date(2026, 10, 31))
        )
    text = docx_text(out)
    assert "Berichtszeitraum | 01.10.2026 – 31.10.2026" in text
    changes = [p for p in text.splitlines() if p[:2].isdigit() and " – " in p and ".2026" in p[:10]]
    assert changes == [
        "02.10.2026 – Entscheidung: Vertrag verlängert",
        "05.10.2026 – Phasenwechsel: " + changes[1].split(": ", 1)[1],
        "20.10.2026 – Ereignis: Fachtag",
        "28.10.2026 – Meilenstein erreicht: Evaluation vorgelegt",
    ]
    assert "Vorher" not in text
    assert "Kosten | rot – kritisch | Ist 2.450.001,00 € von 2.450.000,00 € Budget" in text
    assert "Gesamt | rot – kritisch | Bestimmt durch:" in text
    assert "Freigabe des Betreibervertrags für 2027" in text
