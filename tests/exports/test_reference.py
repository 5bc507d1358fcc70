"""Golden files: every document kind, exported from the demo workspace, compared with its
reference rendering in ``tests/reference/`` – the text of its paragraphs (with their
style), its tables and its sheets' cells in a stable form – and a readable diff where
they differ. A deliberate change updates the reference in the same commit:

    WERKBANK_UPDATE_REFERENCE=1 .venv/bin/python -m pytest tests/exports/test_reference.py
"""

from __future__ import annotations

import difflib
import os
import re
from datetime import date, datetime, time
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from sqlalchemy import select

from workbench.model import Grant, Measure, Workshop
from workbench.services.exporting import KINDS, ExportRequest, run_export
from workbench.store.demo import DEMO_YEAR
from workbench.store.workspace import Workspace

REFERENCE = Path(__file__).resolve().parents[1] / "reference"
TODAY = date(DEMO_YEAR, 12, 5)  # the demo's own „today“ (tests/conftest.py)
_ID = re.compile(
    r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\b[0-9a-f]{32}\b"
)
_STAMP = re.compile(r"\b\d\d\.\d\d\.\d{4},? \d\d:\d\d(:\d\d)?( Uhr)?")


def _stable(text: str) -> str:
    """Ids and the moment of writing out: they differ on every run."""
    return _STAMP.sub("<Zeitpunkt>", _ID.sub("<ID>", text))


def docx_reference(path: Path) -> str:
    """Paragraphs with their style and tables row by row, in the document's order, then
    headers and footers."""
    doc = Document(str(path))
    lines: list[str] = []
    body = doc.element.body
    paragraphs = {p._p: p for p in doc.paragraphs}
    tables = {t._tbl: t for t in doc.tables}
    for child in body.iterchildren():
        if child in paragraphs:
            p = paragraphs[child]
            if p.text.strip():
                style = p.style.name if p.style is not None else ""
                lines.append(f"[{style}] {p.text}" if style != "Normal" else p.text)
        elif child in tables:
            lines.append("┌ Tabelle")
            for row in tables[child].rows:
                lines.append("│ " + " | ".join(c.text.replace("\n", " ⏎ ") for c in row.cells))
            lines.append("└")
    for number, section in enumerate(doc.sections, 1):
        for where, part in (("Kopf", section.header), ("Fuß", section.footer)):
            text = " ".join(p.text for p in part.paragraphs if p.text.strip())
            if text:
                lines.append(f"({where} {number}) {text}")
    return _stable("\n".join(lines)) + "\n"


def _cell(value: object) -> str:
    """A cell's value as text: a date as its day, a moment of writing as a placeholder."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else "<Zeitpunkt>"
    return str(value)


def xlsx_reference(path: Path) -> str:
    """Every sheet by name, its cells row by row (formulas as written), trailing blanks cut."""
    book = load_workbook(str(path))
    lines: list[str] = []
    for sheet in book.worksheets:
        lines.append(f"== {sheet.title} ({sheet.sheet_state})")
        for row in sheet.iter_rows(values_only=True):
            values = [_cell(v) for v in row]
            while values and values[-1] == "":
                values.pop()
            if values:
                lines.append(" | ".join(v.replace("\n", " ⏎ ") for v in values))
    return _stable("\n".join(lines)) + "\n"


#: A 1 × 1 white PNG: the Workshop-Dokumentation's pictures are compared by their
#: descriptions here, not by their pixels (tests/gui look at the drawing).
_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de"
    "0000000c4944415408d763f8ffff3f0005fe02fea7d6a4a20000000049454e44ae426082"
)


def _blank_pictures(_workspace: Path, canvas_ids: list[str], folder: Path) -> dict[str, Path]:
    pictures = {}
    for canvas_id in canvas_ids:
        pictures[canvas_id] = folder / f"{canvas_id}.png"
        pictures[canvas_id].write_bytes(_PNG)
    return pictures


@pytest.fixture
def pinned_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """Documents that count from today (late milestones, the outlook) count from the
    demo's today, whenever the suite runs."""

    class Today(date):
        @classmethod
        def today(cls) -> date:  # type: ignore[override]
            return TODAY

    monkeypatch.setattr("workbench.exports.docx_base.date", Today)


@pytest.fixture(scope="module")
def demo_ws(tmp_path_factory: pytest.TempPathFactory):
    """One demo for all kinds (exports only read it): thirteen demos took 20 s."""
    from workbench.store.demo import create_demo

    ws = create_demo(tmp_path_factory.mktemp("demo") / "demo.werkbank", today=TODAY)
    yield ws
    ws.close()


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_document_kind_matches_its_reference(
    kind: str, demo_ws: Workspace, tmp_path: Path, pinned_today: None
) -> None:
    spec = KINDS[kind]
    with demo_ws.session() as s:
        measure = s.scalars(select(Measure.id).where(Measure.code == "P-04")).one()
        grant = s.scalars(select(Grant.id)).first()
        workshop = s.scalars(
            select(Workshop.id).where(Workshop.title == "Maßnahmenwerkstatt Kiezbox 2.0")
        ).one()
    target = tmp_path / f"{kind}{spec.suffix}"
    run_export(
        demo_ws,
        ExportRequest(
            kind,
            target,
            measure_id=measure if spec.subject == "measure" else None,
            workshop_id=workshop if spec.subject == "workshop" else None,
            grant_id=grant if spec.subject == "grant" else None,
        ),
        _blank_pictures,
    )
    seen = docx_reference(target) if spec.suffix == ".docx" else xlsx_reference(target)
    reference = REFERENCE / f"{kind}.txt"
    if os.environ.get("WERKBANK_UPDATE_REFERENCE"):
        reference.write_text(seen, encoding="utf-8")
    expected = reference.read_text(encoding="utf-8") if reference.exists() else ""
    if seen != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                seen.splitlines(keepends=True),
                f"tests/reference/{kind}.txt",
                f"{kind}{spec.suffix} (jetzt)",
                n=2,
            )
        )
        pytest.fail(
            f"{spec.label} weicht von der Referenz ab (gewollt? WERKBANK_UPDATE_REFERENCE=1):\n"
            + diff[:6000]
        )
