"""`workbench export zeitplan`: the roadmap on paper, read back from the PDF as a reader of
the printout sees it – every lane's name on its pages, the legend, the period, a
baseline's shift, no type under 8 pt – and the PNG pages it writes."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import cli
from workbench.services import baselines, roadmap
from workbench.services.operations import execute
from workbench.store.workspace import Workspace

WORKBENCH = [sys.executable, "-m", "workbench"]

pytestmark = [
    pytest.mark.skipif(
        shutil.which("pdftotext") is None,
        reason="pdftotext (poppler-utils) fehlt: der gedruckte Zeitplan wird nicht gelesen",
    ),
    pytest.mark.slow,  # each test starts the offscreen painter as a process
]


def export(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*WORKBENCH, "export", "zeitplan", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [page for page in text.split("\f") if page.strip()]


def smallest_type(pdf: Path) -> float:
    """The height of the smallest word on the pages (pt): a 9 pt type is about 10.5 high."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    import re

    heights = [
        float(y1) - float(y0)
        for y0, y1 in re.findall(
            r'<word xMin="[^"]+" yMin="([^"]+)" xMax="[^"]+" yMax="([^"]+)"', out
        )
    ]
    return min(heights)


def test_the_printed_roadmap_names_its_lanes_on_every_page_with_a_legend(
    demo_path: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "zeitplan.pdf"
    done = export(demo_path, "-o", pdf)
    assert done.returncode == 0, done.stderr
    assert f"Zeitplan geschrieben: {pdf}" in done.stdout
    printed = pages(pdf)
    ws = Workspace.open(demo_path)
    with ws.session() as s:
        plan = roadmap.roadmap(s, "field")
    ws.close()
    assert len(printed) >= 2
    for number, page in enumerate(printed, 1):
        assert f"Seite {number} von {len(printed)}" in page
        assert "Gruppiert nach Handlungsfeld" in page
        assert "Maßnahme (Beginn bis Ende)" in page and "Abhängigkeit" in page  # legend
    # every measure is printed once, under its lane's name on that same page
    for lane in plan.lanes:
        for bar in lane.bars:
            page = next(p for p in printed if f"{bar.code} " in p)
            assert lane.title[:30] in page, (bar.code, lane.title)
    assert smallest_type(pdf) >= 8.0


def test_a3_phase_grouping_a_period_and_a_baseline(demo_path: Path, tmp_path: Path) -> None:
    ws = Workspace.open(demo_path)
    execute(ws, "sichern", baselines.save_baseline, "Beschluss 2026")
    ws.close()
    pdf = tmp_path / "a3.pdf"
    done = export(
        demo_path,
        "-o",
        pdf,
        "--paper",
        "A3",
        "--group",
        "phase",
        "--from",
        "01.01.2025",
        "--to",
        "31.12.2027",
        "--baseline",
        "Beschluss 2026",
    )
    assert done.returncode == 0, done.stderr
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "1191 x 842 pts" in info  # A3 landscape
    first = pages(pdf)[0]
    assert "Gruppiert nach Phase · 01.01.2025 bis 31.12.2027" in first
    assert "Planstand" in first  # the legend names the baseline's bar
    png = tmp_path / "zeitplan.png"
    done = export(demo_path, "-o", png, "--paper", "A4")
    assert done.returncode == 0, done.stderr
    written = [line.split(": ", 1)[1] for line in done.stdout.splitlines()]
    assert written[0] == str(png) and all(Path(p).stat().st_size > 20_000 for p in written)
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert (image.width(), image.height()) == (1754, 1240)  # A4 landscape at 150 dpi


def test_mistakes_are_one_german_line(demo_path: Path, tmp_path: Path) -> None:
    done = export(demo_path, "-o", tmp_path / "zeitplan.docx")
    assert done.returncode != 0 and "als .pdf oder .png" in done.stderr
    done = export(demo_path, "-o", tmp_path / "z.pdf", "--baseline", "Gibt es nicht")
    assert done.returncode != 0
    assert "Einen Planstand „Gibt es nicht“ gibt es nicht" in done.stderr
    assert "Traceback" not in done.stderr
    assert (
        cli("export", "zeitplan", demo_path, "-o", tmp_path / "z.pdf", "--from", "32.13.2025")[0]
        != 0
    )


def test_the_strategy_report_has_the_zeitplan_with_its_shifts_since_a_baseline(
    demo_path: Path, tmp_path: Path
) -> None:
    """The Strategiebericht from the command line: „Zeitplan“ with the sentence that says
    what it shows, its pages as pictures whose alternative text is that sentence, the
    table, and – with --baseline – what moved since, in days counted by hand."""
    from datetime import date

    from docx import Document
    from sqlalchemy import select

    from tests.exports.helpers import docx_text
    from workbench.model import Measure

    ws = Workspace.open(demo_path)
    execute(ws, "sichern", baselines.save_baseline, "Beschluss März")
    with ws.session() as s:
        p04 = s.scalars(select(Measure).where(Measure.code == "P-04")).one()
    # P-04 ran 01.10.2022 – 30.09.2026; its end moves 3 weeks later: 21.10.2026 (+21 days)
    execute(ws, "verschieben", roadmap.shift_measure, p04.id, 21, "end")
    ws.close()
    target = tmp_path / "bericht.docx"
    code, out, err = cli(
        "export", "strategiebericht", demo_path, "-o", target, "--baseline", "Beschluss März"
    )
    assert code == 0, err
    text = docx_text(target)
    assert "Der Zeitplan zeigt 26 Maßnahmen als Balken" in text
    assert "im Planstand „Beschluss März“; 1 Maßnahme hat sich seitdem verschoben" in text
    assert "Verschiebungen seit Planstand „Beschluss März“" in text
    assert f"P-04 | {p04.title} | 30.09.2026 | 21.10.2026 | +21 Tage" in text
    shapes = Document(str(target)).inline_shapes
    alts = [shape._inline.docPr.get("descr") for shape in shapes]
    zeitplan = [a for a in alts if a.startswith("Zeitplan")]
    assert zeitplan and all("Der Zeitplan zeigt 26 Maßnahmen" in a for a in zeitplan)
    assert date(2026, 10, 21).strftime("%d.%m.%Y") in text
    # the Statusbericht of P-04 names its own shift
    status = tmp_path / "status.docx"
    code, _, err = cli(
        "export",
        "statusbericht",
        demo_path,
        "-o",
        status,
        "--measure",
        "P-04",
        "--baseline",
        "Beschluss März",
    )
    assert code == 0, err
    assert "P-04 | " + p04.title + " | 30.09.2026 | 21.10.2026 | +21 Tage" in docx_text(status)
