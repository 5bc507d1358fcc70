"""The canvas as a tagged PDF (EN 301 549 clause 10, PDF/UA-1), read back by poppler and
pikepdf."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.gui.canvas_helpers import make_canvas, open_canvas
from workbench.gui.main_window import MainWindow
from workbench.services import canvas as cv
from workbench.services import canvas_votes
from workbench.services.operations import execute


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="pdfinfo (poppler-utils) fehlt")
def test_the_canvas_pdf_is_tagged_with_language_figure_and_notes_in_reading_order(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """EN 301 549 clause 10 / PDF/UA: read back by poppler's structure reader (pdfinfo
    -struct-text) and pikepdf: language, title shown, a figure with its description, then
    zone by zone its heading, question and notes as a list with their dots and groups; no
    content outside a tag or an artifact; a note longer than a page goes on over the break."""
    import subprocess

    import pikepdf

    canvas_id = make_canvas(window, "retrospektive")
    zones = {z.title: z for z in open_canvas(qtbot, window, canvas_id).data.zones}
    good = zones["Was lief gut?"]
    first, _ = execute(
        window.workspace, "n", cv.add_note, canvas_id, good.x + 20, good.y + 80, "Gute Stimmung"
    )
    execute(window.workspace, "v", canvas_votes.add_vote, first.id, "Jana Schulz")
    execute(window.workspace, "v", canvas_votes.add_vote, first.id, "Teilnehmer:in 1")
    bad = zones["Was lief nicht gut?"]
    sentence = "Sitzungen dauerten zu lange und endeten ohne Beschluss."
    for n in range(12):  # a page nearly full, then a note of 1,900 characters
        execute(
            window.workspace, "n", cv.add_note, canvas_id, bad.x + 20, bad.y + 80 + n, sentence * 5
        )
    long_text = " ".join([sentence] * 34)
    execute(window.workspace, "n", cv.add_note, canvas_id, bad.x + 20, bad.y + 200, long_text)
    window.ops.remote_changes_arrived()
    canvas = open_canvas(qtbot, window, canvas_id)
    window.dialogs.next_path = str(tmp_path / "retro.pdf")
    path = canvas.export("pdf", "A4")
    assert path is not None
    canvas.close()
    structure = subprocess.run(
        ["pdfinfo", "-struct-text", str(path)], capture_output=True, text=True, check=True
    ).stdout
    lines = [" ".join(line.split()) for line in structure.splitlines()]
    tags = [line for line in lines if not line.startswith('"') and not line.startswith("/")]
    assert tags[:4] == ["Document", "H1 (block)", "P (block)", "Figure:"]
    figure_at = lines.index("Figure:")
    assert lines[figure_at + 1].startswith("/BBox")  # the picture's text stays in the figure
    said = [line.strip('"') for line in lines[figure_at + 3 :] if line.startswith('"')]
    # reading order: each zone's heading, its question, its notes – dots in words
    assert said[:6] == [
        "Was lief gut?",
        "Was sollen wir beibehalten?",
        "•",
        "Gute Stimmung (2 Punkte)",
        "Was lief nicht gut?",
        "Was hat uns gebremst?",
    ]
    assert said[-6:] == [
        "Was lernen wir daraus?",
        "Welche Einsicht nehmen wir mit?",
        "Keine Notizen.",
        "Was probieren wir als Nächstes?",
        "Eine konkrete Änderung mit Verantwortlichen.",
        "Keine Notizen.",
    ]
    # the long note whole, though drawn on two pages (poppler drops the spaces at breaks)
    assert "".join(said[-7].split()) == "".join(long_text.split())
    assert said.count("•") == 14  # each note's bullet is its list label
    assert "Sect" in tags and "L (block)" in tags and "LBody (block)" in tags
    with pikepdf.open(path) as pdf:
        assert str(pdf.Root.Lang) == "de-DE"
        assert pdf.Root.MarkInfo.Marked is True
        assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
        assert str(pdf.docinfo["/Title"]) == canvas.title
        with pdf.open_metadata() as meta:
            assert meta["pdfuaid:part"] == "1"
        figure = next(
            e for e in pdf.Root.StructTreeRoot.K[0].K if e.get("/S") == pikepdf.Name.Figure
        )
        assert str(figure.Alt).startswith("Bild der Leinwand „Retrospektive“")
        assert "14 Notizen" in str(figure.Alt)
        assert len(pdf.pages) == 3  # the picture, the notes, the long note going on
        long_body = [
            e
            for e in _struct_elements(pdf.Root.StructTreeRoot)
            if e.get("/S") == pikepdf.Name.LBody and isinstance(e.K, pikepdf.Array)
        ]
        assert len(long_body) == 1 and len(long_body[0].K) == 2  # one note over two pages
        for page in pdf.pages:  # everything drawn is inside marked content
            depth = 0
            for _operands, operator in pikepdf.parse_content_stream(page):
                name = str(operator)
                if name in ("BDC", "BMC"):
                    depth += 1
                elif name == "EMC":
                    depth -= 1
                elif name == "Do":
                    assert depth == 1, "a part drawn outside a tag"
            assert page.obj.Tabs == pikepdf.Name.S


def _struct_elements(node: object) -> list:
    """Every structure element below *node*, depth first."""
    import pikepdf

    found = []
    kids = node.get("/K")  # type: ignore[attr-defined]
    if kids is None:
        return found
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") != pikepdf.Name.MCR:
            found.append(kid)
            found += _struct_elements(kid)
    return found
