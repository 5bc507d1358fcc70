"""The canvas services on their own (the canvas window and the sync tests reach them too):
connectors, groups and their headings, who may give dots, notes listed by zone."""

from __future__ import annotations

import pytest

from tests.services.test_workshops import centre_of, new_canvas, zone_ids
from workbench.services import canvas as cv
from workbench.services import canvas_reading, canvas_votes
from workbench.services.operations import execute, revert
from workbench.services.validation import ValidationError
from workbench.store.workspace import Workspace


def _note(ws: Workspace, canvas_id: str, zone_id: str, text: str, dy: float = 0.0) -> str:
    x, y = centre_of(ws, zone_id)
    note, _ = execute(ws, "n", cv.add_note, canvas_id, x, y + dy, text)
    return note.id


def test_connectors_refuse_a_note_to_itself_a_second_link_and_another_canvas(
    demo_ws: Workspace,
) -> None:
    _, canvas = new_canvas(demo_ws)
    _, other_canvas = new_canvas(demo_ws)
    zones = zone_ids(demo_ws, canvas)
    a = _note(demo_ws, canvas, zones["Output"], "40 Kiezboxen")
    b = _note(demo_ws, canvas, zones["Outcome"], "Nachbarschaft weiß Bescheid")
    elsewhere = _note(demo_ws, other_canvas, zone_ids(demo_ws, other_canvas)["Output"], "anderswo")
    link, _ = execute(demo_ws, "verbinden", cv.connect_notes, a, b, "  führt zu  ")
    assert link.label == "führt zu"
    for source, target, words in (
        (a, a, "mit sich selbst"),
        (a, b, "schon verbunden"),
        (a, elsewhere, "derselben Leinwand"),
    ):
        with pytest.raises(ValidationError, match=words):
            execute(demo_ws, "verbinden", cv.connect_notes, source, target)
    with demo_ws.session() as s:
        assert len(canvas_reading.load_canvas(s, canvas).connectors) == 1


def test_a_group_needs_notes_and_a_heading_is_renamed_and_goes_when_empty(
    demo_ws: Workspace,
) -> None:
    _, canvas = new_canvas(demo_ws)
    zones = zone_ids(demo_ws, canvas)
    a = _note(demo_ws, canvas, zones["Aktivitäten"], "Boxen bauen")
    b = _note(demo_ws, canvas, zones["Aktivitäten"], "Schulen", dy=150)
    with pytest.raises(ValidationError, match="Überschrift"):
        execute(demo_ws, "g", cv.group_notes, [a, b], "   ")
    with pytest.raises(ValidationError, match="zuerst die Notizen"):
        execute(demo_ws, "g", cv.group_notes, [], "Leer")
    group, _ = execute(demo_ws, "g", cv.group_notes, [a, b, a], " Befähigen ")
    assert group.heading == "Befähigen"
    _, renamed = execute(demo_ws, "r", cv.rename_group, group.id, "Bauen und schulen")
    with pytest.raises(ValidationError, match="Überschrift"):
        execute(demo_ws, "r", cv.rename_group, group.id, "")
    with demo_ws.session() as s:
        assert canvas_reading.load_canvas(s, canvas).groups == {group.id: "Bauen und schulen"}
    revert(demo_ws, renamed)  # the old heading comes back
    with demo_ws.session() as s:
        assert canvas_reading.load_canvas(s, canvas).groups == {group.id: "Befähigen"}
    execute(demo_ws, "u", cv.ungroup_notes, [a, b])
    with demo_ws.session() as s:
        assert canvas_reading.load_canvas(s, canvas).groups == {}  # an empty group does not stay


def test_named_and_anonymous_participants_give_dots_and_strangers_do_not(
    demo_ws: Workspace,
) -> None:
    workshop, canvas = new_canvas(demo_ws)  # four anonymous participants, no names yet
    zones = zone_ids(demo_ws, canvas)
    a = _note(demo_ws, canvas, zones["Impact"], "Krisenfeste Kieze")
    with demo_ws.session() as s:
        view = canvas_reading.canvas_view(s, canvas)
    assert view.voters == [f"Teilnehmer:in {n}" for n in range(1, 5)]
    execute(demo_ws, "p", canvas_votes.add_vote, a, "Teilnehmer:in 3")
    with pytest.raises(ValidationError, match="nimmt an diesem Workshop nicht teil"):
        execute(demo_ws, "p", canvas_votes.add_vote, a, "Fremde Person")
    with pytest.raises(ValidationError, match="wer den Punkt vergibt"):
        execute(demo_ws, "p", canvas_votes.add_vote, a, "  ")
    with demo_ws.session() as s:
        assert canvas_votes.dots_used(s, canvas, "Teilnehmer:in 3") == 1
        by_zone = dict(canvas_reading.notes_by_zone(s, canvas))
    assert [n.text for n in by_zone["Impact"]] == ["Krisenfeste Kieze"]
    assert by_zone["Impact"][0].votes == 1
