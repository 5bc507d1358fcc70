"""Which view of the window shows what: each view by its key, with the tables whose change
it must show. Derived from the model's areas (``tables_of``), so a new table is never
forgotten; the window's one change notification (``gui.operations.WorkspaceOps``) reads
this table and tells each view that subscribed – nothing else decides who redraws."""

from __future__ import annotations

from functools import cache

from workbench.model.base import all_tables, tables_of

#: view → (model areas, tables of other areas it shows too)
_SHOWN: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {
    # the strategy tree: the strategy and the measures in its fields
    "strategy": (("strategy",), frozenset({"measures", "measure_fields"})),
    # the measure table: its rows, and the names it shows (phases, units, people, fields)
    "measure_table": (
        (),
        frozenset(
            {"measures", "measure_fields", "phases", "org_units", "people", "fields_of_action"}
        ),
    ),
    # the measure editor: the measure, its lists, the strategy and organisation it names
    "measure_editor": (("measure", "planning", "strategy", "org"), frozenset()),
    # Workshops: the workshop model and the measures it links
    "workshops": (("workshop",), frozenset({"measures"})),
    # a canvas window: the workshop model's tables
    "canvas": (("workshop",), frozenset()),
    # Förderung: the funding model and the measures a grant can finance
    "funding": (("funding",), frozenset({"measures"})),
    # Zeitplan: measures, milestones, dependencies, the names it groups by, the grants
    "roadmap": (
        ("measure", "planning", "strategy", "org"),
        frozenset({"grant_measures", "grants"}),
    ),
    # Wirkung: indicators and values, their measures, fields and the value compass
    "impact": (("measure", "planning", "strategy"), frozenset()),
}

VIEWS = tuple(_SHOWN)


@cache
def shown_by(view: str) -> frozenset[str]:
    """The tables whose change *view* must show."""
    areas, extra = _SHOWN[view]
    return tables_of(*areas) | extra if areas else extra


@cache
def every_table() -> frozenset[str]:
    """Every table: what changes when another laptop's changes arrive."""
    return frozenset(t.name for t in all_tables())
