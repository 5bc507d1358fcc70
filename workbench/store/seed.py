"""What every new workspace starts with, and the demo workspace built from resources/demo."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.model import Phase

#: Rows every workspace starts with are identical on every laptop (same ids, same
#: stamps), so replicas that sync agree on them without exchanging them.
SEED_NAMESPACE = uuid.UUID("6f0c1c8e-2b8f-4a53-9d3e-57e3b0a1c001")
SEED_TIME = datetime(2000, 1, 1, tzinfo=UTC)

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
        session.add(
            Phase(
                id=str(uuid.uuid5(SEED_NAMESPACE, f"phase-{number}")),
                number=number,
                name=name,
                result=result,
                created_at=SEED_TIME,
                updated_at=SEED_TIME,
            )
        )
