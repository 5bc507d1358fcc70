"""Wirkung as a Word document: the overview of where the indicators stand (bars per
Handlungsfeld and per success factor, each with its table and sentence) and every
indicator's chart with the sentence that says what it shows."""

from __future__ import annotations

from pathlib import Path

from workbench.exports.docx_base import WordDocument
from workbench.exports.sections import Pictured
from workbench.formats import format_date
from workbench.i18n import tr


def write_impact_report(
    parts: list[Pictured], path: Path, scope: str, template: Path | None = None
) -> Path:
    doc = WordDocument(tr("Wirkung"), template)
    doc.title(
        tr("Wirkung der Maßnahmen"),
        tr("Stand {date} · {scope}").format(date=format_date(doc.today), scope=scope),
    )
    for number, part in enumerate(parts):
        doc.pictured(part, 1 if number == 0 else 2)
    return doc.save(path)
