"""Views hear of changes in one place (WorkspaceOps.subscribe with the table of model.views):
each view the tables it shows, not the changes it made itself, nothing after it is gone."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject

from workbench.gui.main_window import MainWindow
from workbench.gui.sections import index_of
from workbench.model.views import VIEWS, every_table, shown_by
from workbench.services import measures as measure_service
from workbench.services.workspaces import read


def test_each_view_hears_the_tables_it_shows_and_not_its_own_changes(window: MainWindow) -> None:
    ops = window.ops
    heard: dict[str, list[set[str]]] = {"table": [], "canvas": [], "maker": []}
    table, canvas, maker = QObject(), QObject(), QObject()
    ops.subscribe("measure_table", table, lambda t, _c: heard["table"].append(t))
    ops.subscribe("canvas", canvas, lambda t, _c: heard["canvas"].append(t))
    ops.subscribe("measure_table", maker, lambda t, _c: heard["maker"].append(t))
    field = read(window.workspace, _first_field)
    made = ops.run(
        "Maßnahme anlegen", measure_service.create_measure, "Probe", [field], initiator=maker
    )
    assert isinstance(made, str)
    assert heard["table"] == [{"measures", "measure_fields"}]  # only the tables it shows
    assert heard["canvas"] == []  # a canvas shows no measure
    assert heard["maker"] == []  # it made the change and shows it already
    ops.undo_stack.undo()  # an undo is nobody's own: every view that shows it hears
    assert heard["maker"] == [{"measures", "measure_fields"}]
    shiboken6.delete(canvas)  # a closed canvas window: not told any more, nothing crashes
    ops.remote_changes_arrived()
    assert heard["table"][-1] == set(shown_by("measure_table"))
    assert len(heard["canvas"]) == 0


def _first_field(session: object) -> str:
    from sqlalchemy import select

    from workbench.model import FieldOfAction

    return str(session.scalars(select(FieldOfAction.id)).first())  # type: ignore[attr-defined]


def test_every_view_shows_tables_that_exist() -> None:
    for view in VIEWS:
        assert shown_by(view) and shown_by(view) <= every_table(), view


def test_another_workspace_shows_in_every_section_already_built(
    window: MainWindow, dialogs, tmp_path
) -> None:
    """Every section built before a new workspace was made shows the new one: the
    Wirkung and the Zeitplan too (the sections were reloaded by hand, those two not)."""
    for section in ("workshops", "funding", "roadmap", "impact"):
        getattr(window, section).reload()  # built and showing the demo
    assert window.impact.series_model.rowCount() > 0
    assert window.roadmap.plan is not None and window.roadmap.plan.bars()
    dialogs.next_path = str(tmp_path / "Bezirk")
    window.new_ws_action.trigger()
    window.show_section(index_of("impact"))
    assert window.impact.series_model.rowCount() == 0
    window.show_section(index_of("roadmap"))
    assert window.roadmap.plan is not None and not window.roadmap.plan.bars()
    window.show_section(index_of("funding"))
    assert window.funding.grants_model.rowCount() == 0
