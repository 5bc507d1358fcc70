"""German names of entities and fields, as users read them in forms, tables and messages."""

from __future__ import annotations

from dataclasses import dataclass

from workbench.i18n import tr

ENTITY_LABELS: dict[str, tuple[str, str]] = {
    # table: (singular, plural)
    "measures": (tr("Maßnahme"), tr("Maßnahmen")),
    "goals": (tr("Ziel"), tr("Ziele")),
    "key_results": (tr("Schlüsselergebnis"), tr("Schlüsselergebnisse")),
    "indicators": (tr("Indikator"), tr("Indikatoren")),
    "indicator_values": (tr("Messwert"), tr("Messwerte")),
    "key_result_progress": (
        tr("Stand eines Schlüsselergebnisses"),
        tr("Stände von Schlüsselergebnissen"),
    ),
    "milestones": (tr("Meilenstein"), tr("Meilensteine")),
    "baselines": (tr("Planstand"), tr("Planstände")),
    "baseline_dates": (tr("Datum eines Planstands"), tr("Daten eines Planstands")),
    "risks": (tr("Risiko"), tr("Risiken")),
    "log_entries": (tr("Logbucheintrag"), tr("Logbucheinträge")),
    "transformative_questions": (tr("Transformatorische Frage"), tr("Transformatorische Fragen")),
    "dependencies": (tr("Abhängigkeit"), tr("Abhängigkeiten")),
    "phase_changes": (tr("Phasenwechsel"), tr("Phasenwechsel")),
    "measure_fields": (tr("Handlungsfeld-Zuordnung"), tr("Handlungsfeld-Zuordnungen")),
    "measure_participants": (tr("Beteiligung"), tr("Beteiligungen")),
    "fields_of_action": (tr("Handlungsfeld"), tr("Handlungsfelder")),
    "headings": (tr("Überschrift"), tr("Überschriften")),
    "values": (tr("Wert"), tr("Werte")),
    "success_factors": (tr("Erfolgsfaktor"), tr("Erfolgsfaktoren")),
    "org_units": (tr("Organisationseinheit"), tr("Organisationseinheiten")),
    "people": (tr("Person"), tr("Personen")),
    "phases": (tr("Phase"), tr("Phasen")),
    "workshops": (tr("Workshop"), tr("Workshops")),
    "workshop_participants": (tr("Teilnehmer:in"), tr("Teilnehmende")),
    "workshop_measures": (tr("Maßnahmen-Verknüpfung"), tr("Maßnahmen-Verknüpfungen")),
    "canvases": (tr("Leinwand"), tr("Leinwände")),
    "canvas_zones": (tr("Zone"), tr("Zonen")),
    "notes": (tr("Haftnotiz"), tr("Haftnotizen")),
    "note_groups": (tr("Notizgruppe"), tr("Notizgruppen")),
    "connectors": (tr("Verbindung"), tr("Verbindungen")),
    "votes": (tr("Punkt"), tr("Punkte")),
    "note_transfers": (tr("Übernahme"), tr("Übernahmen")),
    "funding_programmes": (tr("Förderprogramm"), tr("Förderprogramme")),
    "report_deadlines": (tr("Berichtsfrist"), tr("Berichtsfristen")),
    "grants": (tr("Zuwendung"), tr("Zuwendungen")),
    "grant_measures": (tr("geförderte Maßnahme"), tr("geförderte Maßnahmen")),
    "payouts": (tr("Auszahlung"), tr("Auszahlungen")),
    "funded_posts": (tr("geförderte Stelle"), tr("geförderte Stellen")),
    "cost_positions": (tr("Kostenposition"), tr("Kostenpositionen")),
    "planned_costs": (tr("Jahresbetrag"), tr("Jahresbeträge")),
    "financing_lines": (tr("Finanzierungszeile"), tr("Finanzierungszeilen")),
    "receipts": (tr("Beleg"), tr("Belege")),
    "funds_requests": (tr("Mittelabruf"), tr("Mittelabrufe")),
    "funding_reports": (tr("Nachweis"), tr("Nachweise")),
    "report_sections": (tr("Berichtsabschnitt"), tr("Berichtsabschnitte")),
    "programme_phases": (tr("Programmphase"), tr("Programmphasen")),
    "import_mappings": (tr("Spaltenzuordnung"), tr("Spaltenzuordnungen")),
}

FIELD_LABELS: dict[str, str] = {
    "code": tr("Kennung"),
    "title": tr("Titel"),
    "short_description": tr("Kurzbeschreibung"),
    "type": tr("Typ"),
    "lead_unit_id": tr("Federführung"),
    "responsible_id": tr("Verantwortlich"),
    "start_date": tr("Beginn"),
    "end_date": tr("Ende"),
    "priority": tr("Priorität"),
    "financing": tr("Finanzierung"),
    "status": tr("Status"),
    "phase_id": tr("Phase"),
    "maturity": tr("Reifegrad"),
    "budget_cents": tr("Budget"),
    "spent_cents": tr("Ist-Kosten"),
    "problem_statement": tr("Ausgangslage und Problem"),
    "target_group": tr("Zielgruppe"),
    "deliverables": tr("Lieferergebnisse"),
    "success_criteria": tr("Erfolgskriterien"),
    "out_of_scope": tr("Nicht-Ziele (nicht im Umfang)"),
    "constraints": tr("Rahmenbedingungen"),
    "sponsor": tr("Auftraggeber:in"),
    "steering_committee": tr("Lenkungsausschuss"),
    "planned_staff": tr("Geplantes Personal"),
    "mandated_on": tr("Beauftragt am"),
    "decisions_needed": tr("Entscheidungsbedarf"),
    "fields": tr("Handlungsfelder"),
    "participants": tr("Beteiligte"),
    "description": tr("Beschreibung"),
    "success_factor_id": tr("Erfolgsfaktor"),
    "goal_id": tr("Ziel"),
    "target": tr("Zielwert"),
    "progress_percent": tr("Fortschritt (%)"),
    "name": tr("Name"),
    "kind": tr("Art"),
    "unit": tr("Einheit"),
    "baseline": tr("Ausgangswert"),
    "measured_on": tr("Messdatum"),
    "value": tr("Wert"),
    "note": tr("Anmerkung"),
    "notes": tr("Notizen"),
    "due_date": tr("Fällig am"),
    "interval_months": tr("Messintervall (Monate)"),
    "taken_on": tr("Gesichert am"),
    "item_kind": tr("Art"),
    "item_id": tr("Eintrag"),
    "start": tr("Beginn"),
    "end": tr("Ende"),
    "is_gate": tr("Gate"),
    "done_on": tr("Erreicht am"),
    "probability": tr("Wahrscheinlichkeit (1–5)"),
    "impact": tr("Auswirkung (1–5)"),
    "owner": tr("Risikoverantwortlich"),
    "countermeasure": tr("Gegenmaßnahme"),
    "entry_date": tr("Datum"),
    "text": tr("Eintrag"),
    "question": tr("Frage"),
    "depends_on_id": tr("Hängt ab von"),
    "changed_on": tr("Datum"),
    "format": tr("Format"),
    "held_on": tr("Datum"),
    "place": tr("Ort"),
    "facilitator": tr("Moderation"),
    "anonymous_participants": tr("Anonyme Teilnehmende"),
    "agenda": tr("Tagesordnung"),
    "decisions": tr("Entscheidungen"),
    "organisation": tr("Organisation"),
    "color": tr("Farbe"),
    "label": tr("Kennzeichnung"),
    "author": tr("Verfasser:in"),
    "heading": tr("Überschrift"),
    "voter": tr("Teilnehmer:in"),
    "locked": tr("Gesperrt"),
    "dots_per_participant": tr("Punkte je Teilnehmer:in"),
    "zone_id": tr("Zone"),
    "number": tr("Nummer"),
    "receipt_date": tr("Belegdatum"),
    "paid_on": tr("Bezahlt am"),
    "payee": tr("Zahlungsempfänger"),
    "purpose": tr("Zweck"),
    "gross_cents": tr("Betrag"),
    "position_id": tr("Planposition"),
    "requested_on": tr("Abgerufen am"),
    "amount_cents": tr("Betrag"),
    "due_within_two_months_cents": tr("In zwei Monaten fällig"),
    "justification": tr("Begründung"),
    "use_of_earlier_funds": tr("Verwendung früherer Mittel"),
    "period_start": tr("Zeitraum von"),
    "period_end": tr("Zeitraum bis"),
    "submitted_on": tr("Eingereicht am"),
    "category": tr("Kategorie"),
    "year": tr("Jahr"),
    "source": tr("Quelle"),
    "file_number": tr("Aktenzeichen"),
    "approved_on": tr("Bewilligt am"),
    "rate_bp": tr("Förderquote"),
    "approved_cents": tr("Bewilligte Zuwendung"),
    "cap_cents": tr("Obergrenze"),
    "max_months": tr("Höchstdauer (Monate)"),
    "months": tr("Monate"),
    "base": tr("Gerechnet ab"),
    "overrun_percent": tr("Erlaubte Überschreitung je Position (%)"),
    "funder": tr("Fördermittelgeber"),
    "vocabulary": tr("Begriffe"),
    "recipient": tr("Zuwendungsempfänger"),
    "account_holder": tr("Kontoinhaber"),
    "iban": "IBAN",
    "bic": "BIC",
    "bank": tr("Kreditinstitut"),
    "signatory": tr("Unterzeichnet von"),
    "vat_deductible": tr("Vorsteuerabzug"),
    "eligible": tr("Zuwendungsfähig"),
    "deviation_reason": tr("Begründung der Abweichung"),
    "vat_cents": tr("Umsatzsteuer"),
    "eligible_cents": tr("Davon zuwendungsfähig"),
    "income_source": tr("Einnahme (Quelle)"),
    "people": tr("Personen"),
    "share_bp": tr("Stellenanteil (%)"),
    # Columns users meet only in conflict lists and checks.
    "canvas_id": tr("Leinwand"),
    "cents": tr("Betrag"),
    "created_at": tr("Angelegt am"),
    "updated_at": tr("Geändert am"),
    "deleted_at": tr("In den Papierkorb gelegt am"),
    "email": tr("E-Mail"),
    "field_id": tr("Handlungsfeld"),
    "function": tr("Funktion"),
    "grant_id": tr("Zuwendung"),
    "group_id": tr("Gruppe"),
    "heading_id": tr("Überschrift"),
    "height": tr("Höhe"),
    "width": tr("Breite"),
    "indicator_id": tr("Indikator"),
    "key": tr("Schlüssel"),
    "mapping": tr("Spaltenzuordnung"),
    "measure_id": tr("Maßnahme"),
    "note_color": tr("Zettelfarbe"),
    "note_id": tr("Zettel"),
    "org_unit_id": tr("Organisationseinheit"),
    "position": tr("Reihenfolge"),
    "programme_id": tr("Förderprogramm"),
    "report_id": tr("Bericht"),
    "result": tr("Ergebnis"),
    "role": tr("Rolle"),
    "short_name": tr("Kurzname"),
    "source_id": tr("Von"),
    "target_id": tr("Nach"),
    "summary": tr("Zusammenfassung"),
    "target_table": tr("Übernommen als"),
    "template_key": tr("Vorlage"),
    "value_id": tr("Wert"),
    "workshop_id": tr("Workshop"),
    "x": tr("Position (waagerecht)"),
    "y": tr("Position (senkrecht)"),
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
    the_grant: str = ""  # nominative with article: die Zuwendung, der Zuschuss
    decision_dative: str = ""  # dem Zuwendungsbescheid, der Zusage
    period: str = tr("Bewilligungszeitraum")

    @property
    def per_decision(self) -> str:
        return tr("lt. {decision}").format(decision=self.decision)

    @property
    def eligible_spending(self) -> str:
        return tr("{eligible}e {spending}").format(eligible=self.eligible, spending=self.spending)

    @property
    def eligible_spending_weak(self) -> str:
        """After an article or in the genitive: „der zuwendungsfähigen Ausgaben“."""
        return tr("{eligible}en {spending}").format(eligible=self.eligible, spending=self.spending)


TERMS = {
    "bho": GrantTerms(
        tr("Zuwendungsbescheid"),
        tr("Zuwendung"),
        tr("Zuwendungsempfänger"),
        tr("Ausgaben"),
        tr("zuwendungsfähig"),
        tr("bewilligt"),
        tr("des Zuwendungsbescheids"),
        tr("die Zuwendung"),
        tr("dem Zuwendungsbescheid"),
    ),
    "kfw": GrantTerms(
        tr("Zusage"),
        tr("Zuschuss"),
        tr("Zuschussempfänger"),
        tr("Kosten"),
        tr("förderfähig"),
        tr("zugesagt"),
        tr("der Zusage"),
        tr("der Zuschuss"),
        tr("der Zusage"),
    ),
}


def grant_terms(vocabulary: str | None) -> GrantTerms:
    """The terms of a programme's vocabulary (Vocabulary.BHO or .KFW)."""
    return TERMS.get(str(vocabulary or "bho"), TERMS["bho"])
