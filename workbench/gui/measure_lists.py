"""The lists of a measure's detail panel: which columns each shows, how its rows are
ordered and what a new row holds (the editor's tabs show them by key)."""

from __future__ import annotations

from workbench.gui.item_lists import ItemColumn, ListSpec, today
from workbench.i18n import tr
from workbench.model import (
    Dependency,
    Goal,
    Indicator,
    IndicatorValue,
    KeyResult,
    LogEntry,
    Milestone,
    Risk,
    TransformativeQuestion,
)
from workbench.model.enums import IndicatorKind, LogKind, RiskStatus
from workbench.services import choices

_factor_choices = choices.factor_choices
_other_measures = choices.other_measures
_measure_labels = choices.measure_labels


FACTOR = ItemColumn("success_factor_id", tr("Erfolgsfaktor"), 220, choices=_factor_choices)

SPECS: dict[str, tuple[str, ListSpec]] = {
    "goals": (
        tr("Ziele"),
        ListSpec(
            Goal,
            [
                ItemColumn("title", tr("Ziel"), 260),
                FACTOR,
                ItemColumn("description", tr("Beschreibung"), 200),
            ],
            lambda: {"title": tr("Neues Ziel")},
            lambda g: g.position,
        ),
    ),
    "key_results": (
        tr("Schlüsselergebnisse des gewählten Ziels"),
        ListSpec(
            KeyResult,
            [
                ItemColumn("title", tr("Schlüsselergebnis"), 240),
                ItemColumn("target", tr("Zielmarke"), 140),
                ItemColumn("progress_percent", tr("Fortschritt (%)"), 110),
                FACTOR,
            ],
            lambda: {"title": tr("Neues Schlüsselergebnis"), "progress_percent": 0},
            lambda k: k.position,
        ),
    ),
    "indicators": (
        tr("Indikatoren"),
        ListSpec(
            Indicator,
            [
                ItemColumn("name", tr("Indikator"), 240),
                ItemColumn("kind", tr("Art"), 90, enum=IndicatorKind),
                ItemColumn("unit", tr("Einheit"), 80),
                ItemColumn("baseline", tr("Ausgangswert"), 100),
                ItemColumn("target", tr("Zielwert"), 90),
                FACTOR,
            ],
            lambda: {"name": tr("Neuer Indikator")},
            lambda i: i.position,
        ),
    ),
    "indicator_values": (
        tr("Messwerte des gewählten Indikators"),
        ListSpec(
            IndicatorValue,
            [
                ItemColumn("measured_on", tr("Messdatum"), 110),
                ItemColumn("value", tr("Wert"), 100),
                ItemColumn("note", tr("Anmerkung"), 200),
            ],
            lambda: {"measured_on": today(), "value": 0.0},
            lambda v: v.measured_on,
        ),
    ),
    "milestones": (
        tr("Meilensteine"),
        ListSpec(
            Milestone,
            [
                ItemColumn("title", tr("Meilenstein"), 260),
                ItemColumn("due_date", tr("Fällig am"), 100),
                ItemColumn("is_gate", tr("Gate"), 60, yes_no=True),
                ItemColumn("done_on", tr("Erreicht am"), 100),
            ],
            lambda: {"title": tr("Neuer Meilenstein"), "due_date": today()},
            lambda m: (m.due_date is None, m.due_date),
        ),
    ),
    "risks": (
        tr("Risiken"),
        ListSpec(
            Risk,
            [
                ItemColumn("title", tr("Risiko"), 220),
                ItemColumn("probability", tr("Wahrscheinlichkeit (1–5)"), 90),
                ItemColumn("impact", tr("Auswirkung (1–5)"), 90),
                ItemColumn("owner", tr("Verantwortlich"), 130),
                ItemColumn("status", tr("Status"), 100, enum=RiskStatus),
                ItemColumn("countermeasure", tr("Gegenmaßnahme"), 220),
            ],
            lambda: {"title": tr("Neues Risiko")},
            lambda r: -r.probability * r.impact,
        ),
    ),
    "log_entries": (
        tr("Logbuch"),
        ListSpec(
            LogEntry,
            [
                ItemColumn("entry_date", tr("Datum"), 100),
                ItemColumn("kind", tr("Art"), 100, enum=LogKind),
                ItemColumn("text", tr("Eintrag"), 400),
            ],
            lambda: {"entry_date": today(), "text": tr("Neuer Eintrag")},
            lambda e: (e.entry_date, e.created_at),
        ),
    ),
    "transformative_questions": (
        tr("Transformatorische Fragen"),
        ListSpec(
            TransformativeQuestion,
            [ItemColumn("question", tr("Frage"), 360), ItemColumn("notes", tr("Notizen"), 240)],
            lambda: {"question": tr("Neue Frage")},
            lambda q: q.position,
        ),
    ),
    "dependencies": (
        tr("Abhängigkeiten (diese Maßnahme braucht …)"),
        ListSpec(
            Dependency,
            [
                ItemColumn(
                    "depends_on_id",
                    tr("Maßnahme"),
                    320,
                    choices=_other_measures,
                    labels=_measure_labels,
                ),
                ItemColumn("note", tr("Anmerkung"), 240),
            ],
            lambda: {},
            lambda d: d.created_at,
        ),
    ),
}
