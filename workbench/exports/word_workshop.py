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
from workbench.i18n import tr
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


def write_workshop_documentation(
    session: Session,
    workshop_id: str,
    canvases: list[CanvasSection],
    path: Path,
    template: Path | None = None,
    today: date | None = None,
) -> Path:
    workshop = session.get(Workshop, workshop_id)
    if workshop is None:
        raise ExportError(tr("Diesen Workshop gibt es nicht (mehr)."))
    doc = WordDocument(
        tr("Workshop-Dokumentation: {title}").format(title=workshop.title), template, today
    )
    doc.title(
        workshop.title, tr("Workshop-Dokumentation · {label}").format(label=workshop.format.label)
    )
    _facts(doc, session, workshop)
    if workshop.participants:
        doc.heading(tr("Teilnehmende"), 1)
        doc.table(
            [tr("Name"), tr("Organisation")],
            [(p.name, p.organisation) for p in workshop.participants],
            (6.0, 10.6),
        )
    if workshop.agenda.strip():
        doc.heading(tr("Tagesordnung"), 1)
        doc.paragraph(workshop.agenda.strip())
    for canvas in canvases:
        _canvas(doc, canvas)
    doc.heading(tr("Entscheidungen"), 1)
    doc.paragraph(workshop.decisions.strip() or tr("Keine Entscheidungen festgehalten."))
    return doc.save(path)


def _facts(doc: WordDocument, session: Session, workshop: Workshop) -> None:
    """Date, place, facilitation, how many took part (anonymous ones counted), measures."""
    measures = [
        m
        for m in (
            session.get(Measure, link.measure_id)
            for link in session.query(WorkshopMeasure).filter_by(workshop_id=workshop.id)
        )
        if m is not None and m.deleted_at is None
    ]
    count = len(workshop.participants) + workshop.anonymous_participants
    doc.key_values(
        [
            (tr("Datum"), format_date(workshop.held_on) or "–"),
            (tr("Ort"), workshop.place or "–"),
            (tr("Moderation"), workshop.facilitator or "–"),
            (
                tr("Teilnehmende"),
                plural(count, tr("Person"), tr("Personen"))
                + (
                    tr(", davon {anonymous_participants} ohne Namensnennung").format(
                        anonymous_participants=workshop.anonymous_participants
                    )
                    if workshop.anonymous_participants
                    else ""
                ),
            ),
            (
                tr("Maßnahmen"),
                "; ".join(f"{m.code} {m.title}" for m in sorted(measures, key=lambda m: m.code))
                or "–",
            ),
        ]
    )


def _canvas(doc: WordDocument, canvas: CanvasSection) -> None:
    """A canvas: its picture on a landscape page with its description, then the notes of
    each zone with their dots and where they were taken over; empty zones in one line."""
    heading = tr("Leinwand: {title}").format(title=canvas.title)
    if canvas.picture is None:
        doc.heading(heading, 1)
    else:  # on a landscape page, under its heading: the notes stay readable
        doc.wide_picture(
            canvas.picture,
            tr("Bild der Leinwand „{title}“: ").format(title=canvas.title)
            + "; ".join(
                zone + ": " + plural(len(notes), tr("Notiz"), tr("Notizen"))
                for zone, notes in canvas.zones
            ),
            tr("Abbildung: {title} (Stand am Ende des Workshops)").format(title=canvas.title),
            heading,
        )
    empty = [zone for zone, notes in canvas.zones if not notes]
    for zone, notes in canvas.zones:
        if not notes:
            continue
        doc.heading(zone + " (" + plural(len(notes), tr("Notiz"), tr("Notizen")) + ")", 2)
        doc.table(
            [tr("Notiz"), tr("Punkte"), tr("Übernommen")],
            [
                (
                    (f"[{n.label}] " if n.label else "")
                    + n.text
                    + (f" ({n.author})" if n.author else ""),
                    str(n.votes) if n.votes else "–",
                    n.transferred or "–",
                )
                for n in notes
            ],
            (10.4, 2.4, 3.8),
        )
    if empty:  # one line, not a heading and „Keine Notizen.“ for each
        doc.paragraph(", ".join(empty) + ".", label=tr("Ohne Notizen: "))
