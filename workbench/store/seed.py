"""What every new workspace starts with, and the demo workspace built from resources/demo."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.model import Phase

DEFAULT_PHASES = [
    (1, "Vorprozess", "Mandat"),
    (2, "Konzeption", "Konzept mit Zielen, Indikatoren und Ressourcenplan"),
    (3, "Erprobung", "Erprobter Prototyp oder Pilot mit Auswertung"),
    (4, "Entwicklung", "Funktionsfähiges Produkt, geprüft an den Indikatoren"),
    (5, "Skalierung", "Wissenstransfer und Haushaltsplanung für den Regelbetrieb"),
]


def seed_defaults(session: Session) -> None:
    """The five default phases of the Umsetzungsmodell (editable data afterwards)."""
    if session.scalars(select(Phase).limit(1)).first() is not None:
        return
    for number, name, result in DEFAULT_PHASES:
        session.add(Phase(number=number, name=name, result=result))
