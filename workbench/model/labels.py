"""German names of entities and fields, as users read them in forms, tables and messages."""

from __future__ import annotations

from dataclasses import dataclass

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
    "workshops": ("Workshop", "Workshops"),
    "workshop_participants": ("Teilnehmer:in", "Teilnehmende"),
    "workshop_measures": ("Maßnahmen-Verknüpfung", "Maßnahmen-Verknüpfungen"),
    "canvases": ("Leinwand", "Leinwände"),
    "canvas_zones": ("Zone", "Zonen"),
    "notes": ("Haftnotiz", "Haftnotizen"),
    "note_groups": ("Notizgruppe", "Notizgruppen"),
    "connectors": ("Verbindung", "Verbindungen"),
    "votes": ("Punkt", "Punkte"),
    "note_transfers": ("Übernahme", "Übernahmen"),
    "funding_programmes": ("Förderprogramm", "Förderprogramme"),
    "report_deadlines": ("Berichtsfrist", "Berichtsfristen"),
    "grants": ("Zuwendung", "Zuwendungen"),
    "grant_measures": ("geförderte Maßnahme", "geförderte Maßnahmen"),
    "payouts": ("Auszahlung", "Auszahlungen"),
    "funded_posts": ("geförderte Stelle", "geförderte Stellen"),
    "cost_positions": ("Kostenposition", "Kostenpositionen"),
    "planned_costs": ("Jahresbetrag", "Jahresbeträge"),
    "financing_lines": ("Finanzierungszeile", "Finanzierungszeilen"),
    "receipts": ("Beleg", "Belege"),
    "funds_requests": ("Mittelabruf", "Mittelabrufe"),
    "funding_reports": ("Nachweis", "Nachweise"),
    "report_sections": ("Berichtsabschnitt", "Berichtsabschnitte"),
    "programme_phases": ("Programmphase", "Programmphasen"),
    "import_mappings": ("Spaltenzuordnung", "Spaltenzuordnungen"),
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
    "spent_cents": "Ist-Kosten",
    "problem_statement": "Ausgangslage und Problem",
    "target_group": "Zielgruppe",
    "deliverables": "Lieferergebnisse",
    "success_criteria": "Erfolgskriterien",
    "out_of_scope": "Nicht-Ziele (nicht im Umfang)",
    "constraints": "Rahmenbedingungen",
    "sponsor": "Auftraggeber:in",
    "steering_committee": "Lenkungsausschuss",
    "planned_staff": "Geplantes Personal",
    "mandated_on": "Beauftragt am",
    "decisions_needed": "Entscheidungsbedarf",
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
    "format": "Format",
    "held_on": "Datum",
    "place": "Ort",
    "facilitator": "Moderation",
    "anonymous_participants": "Anonyme Teilnehmende",
    "agenda": "Tagesordnung",
    "decisions": "Entscheidungen",
    "organisation": "Organisation",
    "color": "Farbe",
    "label": "Kennzeichnung",
    "author": "Verfasser:in",
    "heading": "Überschrift",
    "voter": "Teilnehmer:in",
    "locked": "Gesperrt",
    "dots_per_participant": "Punkte je Teilnehmer:in",
    "zone_id": "Zone",
    "number": "Nummer",
    "receipt_date": "Belegdatum",
    "paid_on": "Bezahlt am",
    "payee": "Zahlungsempfänger",
    "purpose": "Zweck",
    "gross_cents": "Betrag",
    "position_id": "Planposition",
    "requested_on": "Abgerufen am",
    "amount_cents": "Betrag",
    "due_within_two_months_cents": "In zwei Monaten fällig",
    "justification": "Begründung",
    "use_of_earlier_funds": "Verwendung früherer Mittel",
    "period_start": "Zeitraum von",
    "period_end": "Zeitraum bis",
    "submitted_on": "Eingereicht am",
    "category": "Kategorie",
    "year": "Jahr",
    "source": "Quelle",
    "file_number": "Aktenzeichen",
    "approved_on": "Bewilligt am",
    "rate_bp": "Förderquote",
    "approved_cents": "Bewilligte Zuwendung",
    "cap_cents": "Obergrenze",
    "max_months": "Höchstdauer (Monate)",
    "months": "Monate",
    "base": "Gerechnet ab",
    "overrun_percent": "Erlaubte Überschreitung je Position (%)",
    "funder": "Fördermittelgeber",
    "vocabulary": "Begriffe",
    "recipient": "Zuwendungsempfänger",
    "account_holder": "Kontoinhaber",
    "iban": "IBAN",
    "bic": "BIC",
    "bank": "Kreditinstitut",
    "signatory": "Unterzeichnet von",
    "vat_deductible": "Vorsteuerabzug",
    "eligible": "Zuwendungsfähig",
    "deviation_reason": "Begründung der Abweichung",
    "vat_cents": "Umsatzsteuer",
    "eligible_cents": "Davon zuwendungsfähig",
    "income_source": "Einnahme (Quelle)",
    "people": "Personen",
    "share_bp": "Stellenanteil (%)",
    # Columns users meet only in conflict lists and checks.
    "canvas_id": "Leinwand",
    "cents": "Betrag",
    "created_at": "Angelegt am",
    "updated_at": "Geändert am",
    "deleted_at": "In den Papierkorb gelegt am",
    "email": "E-Mail",
    "field_id": "Handlungsfeld",
    "function": "Funktion",
    "grant_id": "Zuwendung",
    "group_id": "Gruppe",
    "heading_id": "Überschrift",
    "height": "Höhe",
    "width": "Breite",
    "indicator_id": "Indikator",
    "key": "Schlüssel",
    "mapping": "Spaltenzuordnung",
    "measure_id": "Maßnahme",
    "note_color": "Zettelfarbe",
    "note_id": "Zettel",
    "org_unit_id": "Organisationseinheit",
    "position": "Reihenfolge",
    "programme_id": "Förderprogramm",
    "report_id": "Bericht",
    "result": "Ergebnis",
    "role": "Rolle",
    "short_name": "Kurzname",
    "source_id": "Von",
    "target_id": "Nach",
    "summary": "Zusammenfassung",
    "target_table": "Übernommen als",
    "template_key": "Vorlage",
    "value_id": "Wert",
    "workshop_id": "Workshop",
    "x": "Position (waagerecht)",
    "y": "Position (senkrecht)",
}


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, name)


def entity_label(table: str, plural: bool = False) -> str:
    singular, many = ENTITY_LABELS.get(table, (table, table))
    return many if plural else singular


@dataclass(frozen=True)
class GrantTerms:
    """The words one grant's documents use, all from one legal basis (a Nachweis under
    a KfW Zusage does not speak of a Zuwendungsbescheid)."""

    decision: str  # the document that grants the money
    grant: str  # the money granted
    recipient: str
    spending: str  # Ausgaben or Kosten
    eligible: str  # the adjective: zuwendungsfähig or förderfähig
    approved: str  # the participle: bewilligt or zugesagt
    of_decision: str = ""  # genitive with article: des Zuwendungsbescheids, der Zusage
    period: str = "Bewilligungszeitraum"

    @property
    def per_decision(self) -> str:
        return f"lt. {self.decision}"

    @property
    def eligible_spending(self) -> str:
        return f"{self.eligible}e {self.spending}"


TERMS = {
    "bho": GrantTerms("Zuwendungsbescheid", "Zuwendung", "Zuwendungsempfänger", "Ausgaben",
                      "zuwendungsfähig", "bewilligt", "des Zuwendungsbescheids"),
    "kfw": GrantTerms("Zusage", "Zuschuss", "Zuschussempfänger", "Kosten", "förderfähig",
                      "zugesagt", "der Zusage"),
}


def grant_terms(vocabulary: str | None) -> GrantTerms:
    """The terms of a programme's vocabulary (Vocabulary.BHO or .KFW)."""
    return TERMS.get(str(vocabulary or "bho"), TERMS["bho"])
