"""German names of entities and fields, as users read them in forms, tables and messages."""

from __future__ import annotations

ENTITY_LABELS: dict[str, tuple[str, str]] = {
    # table: (singular, plural)
    "measures": ("Maßnahme", "Maßnahmen"),
    "goals": ("Ziel", "Ziele"),
    "key_results": ("Schlüsselergebnis", "Schlüsselergebnisse"),
    "indicators": ("Indikator", "Indikatoren"),
    "indicator_values": ("Messwert", "Messwerte"),
    "milestones": ("Meilenstein", "Meilensteine"),
    "risks": ("Risiko", "Risiken"),
    "log_entries": ("Logbucheintrag", "Logbucheinträge"),
    "transformative_questions": ("Transformatorische Frage", "Transformatorische Fragen"),
    "dependencies": ("Abhängigkeit", "Abhängigkeiten"),
    "phase_changes": ("Phasenwechsel", "Phasenwechsel"),
    "measure_fields": ("Handlungsfeld-Zuordnung", "Handlungsfeld-Zuordnungen"),
    "measure_participants": ("Beteiligung", "Beteiligungen"),
    "fields_of_action": ("Handlungsfeld", "Handlungsfelder"),
    "headings": ("Überschrift", "Überschriften"),
    "values": ("Wert", "Werte"),
    "success_factors": ("Erfolgsfaktor", "Erfolgsfaktoren"),
    "org_units": ("Organisationseinheit", "Organisationseinheiten"),
    "people": ("Person", "Personen"),
    "phases": ("Phase", "Phasen"),
}

FIELD_LABELS: dict[str, str] = {
    "code": "Kennung",
    "title": "Titel",
    "short_description": "Kurzbeschreibung",
    "type": "Typ",
    "lead_unit_id": "Federführung",
    "responsible_id": "Verantwortlich",
    "start_date": "Beginn",
    "end_date": "Ende",
    "priority": "Priorität",
    "financing": "Finanzierung",
    "status": "Status",
    "phase_id": "Phase",
    "maturity": "Reifegrad",
    "budget_cents": "Budget",
    "fields": "Handlungsfelder",
    "participants": "Beteiligte",
    "description": "Beschreibung",
    "success_factor_id": "Erfolgsfaktor",
    "goal_id": "Ziel",
    "target": "Zielwert",
    "progress_percent": "Fortschritt (%)",
    "name": "Name",
    "kind": "Art",
    "unit": "Einheit",
    "baseline": "Ausgangswert",
    "measured_on": "Messdatum",
    "value": "Wert",
    "note": "Anmerkung",
    "notes": "Notizen",
    "due_date": "Fällig am",
    "is_gate": "Gate",
    "done_on": "Erreicht am",
    "probability": "Wahrscheinlichkeit (1–5)",
    "impact": "Auswirkung (1–5)",
    "owner": "Risikoverantwortlich",
    "countermeasure": "Gegenmaßnahme",
    "entry_date": "Datum",
    "text": "Eintrag",
    "question": "Frage",
    "depends_on_id": "Hängt ab von",
    "changed_on": "Datum",
}


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, name)


def entity_label(table: str, plural: bool = False) -> str:
    singular, many = ENTITY_LABELS.get(table, (table, table))
    return many if plural else singular
