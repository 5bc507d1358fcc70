"""Workshop-Dokumentation: participants, agenda, canvases (picture and notes by zone with
their dots), decisions. The canvas data and pictures come prepared from the services."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from workbench.exports.docx_base import WordDocument
from workbench.exports.errors import ExportError
from workbench.formats import format_date, plural
from workbench.model import Measure, Workshop, WorkshopMeasure


@dataclass(frozen=True)
class NoteLine:
    text: str
    label: str = ""
    author: str = ""
    votes: int = 0
    transferred: str = ""


@dataclass
class CanvasSection:
    """One canvas as the document shows it."""

    title: str
    picture: Path | None = None
    zones: list[tuple[str, list[NoteLine]]] = field(default_factory=list)


def write_workshop_documentation(session: Session, workshop_id: str, canvases: list[CanvasSection],
                                 path: Path, template: Path | None = None,
                                 today: date | None = None) -> Path:
    workshop = session.get(Workshop, workshop_id)
    if workshop is None:
        raise ExportError("Diesen Workshop gibt es nicht (mehr).")
    doc = WordDocument(f"Workshop-Dokumentation: {workshop.title}", template, today)
    doc.title(workshop.title, f"Workshop-Dokumentation · {workshop.format.label}")
    measures = [m for m in (session.get(Measure, link.measure_id) for link in
                            session.query(WorkshopMeasure).filter_by(workshop_id=workshop.id))
                if m is not None and m.deleted_at is None]
    count = len(workshop.participants) + workshop.anonymous_participants
    doc.key_values([
        ("Datum", format_date(workshop.held_on) or "–"), ("Ort", workshop.place or "–"),
        ("Moderation", workshop.facilitator or "–"),
        ("Teilnehmende", plural(count, "Person", "Personen")
         + (f", davon {workshop.anonymous_participants} ohne Namensnennung"
            if workshop.anonymous_participants else "")),
        ("Maßnahmen", "; ".join(f"{m.code} {m.title}" for m in sorted(measures, key=lambda m: m.code))
         or "–"),
    ])
    if workshop.participants:
        doc.heading("Teilnehmende", 1)
        doc.table(["Name", "Organisation"], [(p.name, p.organisation) for p in workshop.participants],
                  (6.0, 10.6))
    if workshop.agenda.strip():
        doc.heading("Tagesordnung", 1)
        doc.paragraph(workshop.agenda.strip())
    for canvas in canvases:
        doc.heading(f"Leinwand: {canvas.title}", 1)
        if canvas.picture is not None:  # on a landscape page: the notes stay readable
            doc.wide_picture(canvas.picture, f"Bild der Leinwand „{canvas.title}“: "
                             + "; ".join(f"{zone}: {plural(len(notes), 'Notiz', 'Notizen')}"
                                         for zone, notes in canvas.zones),
                             f"Abbildung: {canvas.title} (Stand am Ende des Workshops)")
        empty = [zone for zone, notes in canvas.zones if not notes]
        for zone, notes in canvas.zones:
            if not notes:
                continue
            doc.heading(f"{zone} ({plural(len(notes), 'Notiz', 'Notizen')})", 2)
            doc.table(["Notiz", "Punkte", "Übernommen"],
                      [((f"[{n.label}] " if n.label else "") + n.text
                        + (f" ({n.author})" if n.author else ""),
                        str(n.votes) if n.votes else "–", n.transferred or "–") for n in notes],
                      (10.4, 2.4, 3.8))
        if empty:  # one line, not a heading and „Keine Notizen.“ for each
            doc.paragraph(", ".join(empty) + ".", label="Ohne Notizen: ")
    doc.heading("Entscheidungen", 1)
    doc.paragraph(workshop.decisions.strip() or "Keine Entscheidungen festgehalten.")
    return doc.save(path)
