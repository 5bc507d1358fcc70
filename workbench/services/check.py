"""`workbench check`: integrity of the file and validity of the data, as a list of findings."""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from workbench.i18n import quoted, tr
from workbench.model import Base, Measure, entity_classes
from workbench.model.labels import entity_label
from workbench.services.errors import ValidationError
from workbench.services.findings import Finding, Severity
from workbench.services.funding_checks import check_all
from workbench.services.validation import validate


def _where(session: Session, obj: Base) -> str:
    label = entity_label(type(obj).__tablename__)
    name = getattr(obj, "title", None) or getattr(obj, "name", None) or obj.id
    owner = getattr(obj, "measure_id", None)
    if owner and not isinstance(obj, Measure):
        measure = session.get(Measure, owner)
        if measure is not None:
            return tr("{label} „{name}“ der Maßnahme {code}").format(
                label=label, name=name, code=measure.code
            )
    if isinstance(obj, Measure):
        return tr("Maßnahme {code} „{title}“").format(code=obj.code, title=obj.title)
    return f"{label} {quoted(name)}"


#: What to do with a damaged workspace file, in every place that finds one.
DAMAGED_ADVICE = tr(
    "Die Arbeitsmappe ist beschädigt. So kommen Sie an Ihre Daten: (1) Im Fenster „Datei → "
    "Kopie speichern unter …“ oder mit „workbench rescue PFAD NEU.werkbank“ wird alles "
    "Lesbare in eine neue Arbeitsmappe gerettet. (2) Neben der Datei liegt eine automatische "
    "Sicherung („….vor-aktualisierung-….werkbank“), falls Werkbank die Datei einmal "
    "aktualisiert hat. (3) Ist die Arbeitsmappe geteilt, bringt ein Beitritt mit einer neuen, "
    "leeren Arbeitsmappe den Stand aus dem gemeinsamen Ordner zurück."
)


def check_workspace(session: Session, today: date | None = None) -> list[Finding]:
    findings: list[Finding] = []
    try:
        integrity = session.execute(text("PRAGMA integrity_check")).scalars().all()
    except DatabaseError as exc:
        integrity = [str(exc.orig)]
    if integrity != ["ok"]:
        findings += [
            Finding(Severity.ERROR, tr("Datei"), tr("SQLite meldet: {line}").format(line=line))
            for line in integrity[:5]
        ]
        findings.append(Finding(Severity.ERROR, tr("Datei"), DAMAGED_ADVICE))
        return findings  # reading row by row would only meet the damaged pages again
    for table, rowid, parent, _ in session.execute(text("PRAGMA foreign_key_check")).all():
        findings.append(
            Finding(
                Severity.ERROR,
                tr("Tabelle {table}, Zeile {rowid}").format(table=table, rowid=rowid),
                tr("verweist auf eine fehlende Zeile in {parent}").format(parent=parent),
            )
        )
    for cls in entity_classes():
        for obj in session.scalars(select(cls)):
            if isinstance(obj, Measure) and obj.deleted_at is not None:
                continue
            try:
                validate(obj)
            except ValidationError as exc:
                findings.append(Finding(Severity.ERROR, _where(session, obj), str(exc)))
    active = list(session.scalars(select(Measure).where(Measure.deleted_at.is_(None))))
    for measure in active:
        if not measure.field_links:
            findings.append(
                Finding(
                    Severity.ERROR,
                    _where(session, measure),
                    tr("Handlungsfelder: Die Maßnahme hat kein Handlungsfeld."),
                )
            )
    codes = Counter(m.code for m in active if m.code)
    for code, count in sorted(codes.items()):
        if count > 1:
            findings.append(
                Finding(
                    Severity.WARNING,
                    tr("Kennung {code}").format(code=code),
                    tr("{count} Maßnahmen tragen dieselbe Kennung.").format(count=count),
                )
            )
    for funding in check_all(session, today):  # positions, receipts, requests, deadlines, sums
        where = tr("{kind} {grant}, {where}").format(
            kind=funding.subject_kind or tr("Zuwendung"), grant=funding.subject, where=funding.where
        )
        findings.append(Finding(funding.severity, where, funding.message))
    return findings
