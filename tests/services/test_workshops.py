"""Workshops and canvases as a facilitator meets them, without a window."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.helpers import dump
from workbench.model import FieldOfAction, Measure, Risk, WorkshopFormat
from workbench.services import canvas as cv
from workbench.services import canvas_reading, canvas_votes, workshops
from workbench.services import canvas_templates as tpl
from workbench.services.canvas import LockedError
from workbench.services.errors import ValidationError
from workbench.services.note_transfer import TransferKind, origin_of, transfer_note
from workbench.services.operations import execute, reapply, revert
from workbench.store.workspace import Workspace


def measure_id(ws: Workspace, code: str = "P-04") -> str:
    with ws.session() as s:
        return s.scalars(select(Measure.id).where(Measure.code == code)).one()


def new_canvas(ws: Workspace, template_key: str = "wirkungslogik") -> tuple[str, str]:
    template = tpl.load_templates().get(template_key)
    w, _ = execute(
        ws,
        "Workshop",
        workshops.create_workshop,
        "Maßnahmenwerkstatt Kiezbox",
        WorkshopFormat.MEASURE_WORKSHOP,
        date(2026, 11, 26),
        [measure_id(ws)],
        anonymous_participants=4,
        facilitator="Ayşe Demir",
    )
    c, _ = execute(ws, "Leinwand", cv.create_canvas, w.id, template)
    return w.id, c.id


def zone_ids(ws: Workspace, canvas_id: str) -> dict[str, str]:
    with ws.session() as s:
        return {z.title: z.id for z in cv.get_canvas(s, canvas_id).zones}


def centre_of(ws: Workspace, zone_id: str) -> tuple[float, float]:
    with ws.session() as s:
        z = next(
            b
            for b in cv.zone_boxes(s, cv.get_canvas(s, s.get(cv.CanvasZone, zone_id).canvas_id).id)
            if b.id == zone_id
        )
    return z.x + z.width / 2 - cv.ANCHOR[0], z.y + z.height / 2 - cv.ANCHOR[1]


def test_every_shipped_template_loads_and_makes_a_canvas(demo_ws: Workspace) -> None:
    catalog = tpl.load_templates()
    assert catalog.problems == []
    titles = {t.title for t in catalog.templates}
    assert titles >= {
        "Maßnahmenbeschreibung",
        "Ziele und Schlüsselergebnisse",
        "Persona",
        "Stakeholder-Landkarte",
        "Wirkungslogik",
        "Transformatorische Fragen",
        "Priorisierungsmatrix",
        "Risikomatrix",
        "Retrospektive",
        "Business Model Canvas",
    }
    w, _ = execute(demo_ws, "W", workshops.create_workshop, "Alle Vorlagen")
    for template in catalog.templates:
        c, _ = execute(demo_ws, "L", cv.create_canvas, w.id, template)
        with demo_ws.session() as s:
            zones = cv.get_canvas(s, c.id).zones
            assert [z.title for z in zones] == [z.title for z in template.zones]
            assert all(z.question for z in zones), template.title
    beschreibung = catalog.get("massnahmenbeschreibung")
    assert [z.title for z in beschreibung.zones] == [
        "Problem und Kontext",
        "Ziel",
        "Beteiligte",
        "Zeitplan",
        "Ressourcen",
        "Wirkung",
    ]


def test_broken_template_is_named_and_skipped(tmp_path: Path) -> None:
    own = tmp_path / "eigene"
    own.mkdir()
    (own / "kaputt.json").write_text('{"format": 1, "zones": [', encoding="utf-8")
    (own / "ohne-titel.json").write_text(
        json.dumps(
            {
                "format": 1,
                "key": "x",
                "title": "X",
                "width": 800,
                "height": 600,
                "zones": [{"key": "a", "title": "", "x": 0, "y": 0, "width": 10, "height": 10}],
            }
        ),
        encoding="utf-8",
    )
    (own / "zu-gross.json").write_text(
        json.dumps(
            {
                "format": 1,
                "key": "y",
                "title": "Y",
                "width": 800,
                "height": 600,
                "zones": [{"key": "a", "title": "A", "x": 700, "y": 0, "width": 200, "height": 10}],
            }
        ),
        encoding="utf-8",
    )
    catalog = tpl.load_templates([(tpl.resource_path("canvases"), False), (own, True)])
    assert len(catalog.templates) == 10
    problems = "\n".join(catalog.problems)
    assert "„kaputt.json“: kein gültiges JSON (Zeile 1" in problems
    assert "„ohne-titel.json“: Zone 1: „title“ fehlt" in problems
    assert "„zu-gross.json“: Zone 1 („A“) ragt über den Rand" in problems
    assert problems.count("übersprungen") == 3


def test_save_as_template_round_trip(demo_ws: Workspace, tmp_path: Path) -> None:
    _, canvas_id = new_canvas(demo_ws, "retrospektive")
    with demo_ws.session() as s:
        data = tpl.template_data_from_canvas(s, canvas_id, "Unsere Retro für Ämter")
    path = tpl.save_user_template(data, tmp_path)
    assert path.name == "eigene-unsere-retro-fuer-aemter.json"
    with pytest.raises(tpl.TemplateError, match="gibt es schon"):
        tpl.save_user_template(data, tmp_path)
    catalog = tpl.load_templates([(tpl.resource_path("canvases"), False), (tmp_path, True)])
    own = catalog.get("eigene-unsere-retro-fuer-aemter")
    assert own.user_made and own.title == "Unsere Retro für Ämter"
    assert [z.title for z in own.zones][0] == "Was lief gut?"


def test_note_zone_follows_position_and_undo_restores(demo_ws: Workspace) -> None:
    _, canvas_id = new_canvas(demo_ws)
    zones = zone_ids(demo_ws, canvas_id)
    x, y = centre_of(demo_ws, zones["Input"])
    note, _ = execute(demo_ws, "Notiz", cv.add_note, canvas_id, x, y, "2 Stellen Kiezbox-Team")
    assert note.zone_id == zones["Input"] and note.color == "white"  # the zone's suggestion
    before = dump(demo_ws, ignore_stamps=True)
    ox, oy = centre_of(demo_ws, zones["Output"])
    _, moved = execute(demo_ws, "Verschieben", cv.move_notes, canvas_id, {note.id: (ox, oy)})
    with demo_ws.session() as s:
        assert canvas_reading.read_note(s, note.id).zone_id == zones["Output"]
    revert(demo_ws, moved)
    assert dump(demo_ws, ignore_stamps=True) == before
    with demo_ws.session() as s:
        assert [
            n.text
            for t, ns in canvas_reading.notes_by_zone(s, canvas_id)
            if t == "Input"
            for n in ns
        ] == ["2 Stellen Kiezbox-Team"]


def test_locked_zone_refuses_changes_but_allows_votes(demo_ws: Workspace) -> None:
    w_id, canvas_id = new_canvas(demo_ws)
    zones = zone_ids(demo_ws, canvas_id)
    x, y = centre_of(demo_ws, zones["Impact"])
    note, _ = execute(demo_ws, "Notiz", cv.add_note, canvas_id, x, y, "Mehr Teilhabe im Kiez")
    outside, _ = execute(
        demo_ws,
        "Notiz",
        cv.add_note,
        canvas_id,
        *centre_of(demo_ws, zones["Input"]),
        "Fördermittel",
    )
    execute(demo_ws, "Sperren", cv.set_zone_locked, zones["Impact"], True)
    for call, args in [
        (cv.update_note, (note.id, {"text": "anders"})),
        (cv.move_notes, (canvas_id, {note.id: (0, 0)})),
        (cv.move_notes, (canvas_id, {outside.id: (x, y)})),
        (cv.delete_notes, ([note.id],)),
        (cv.add_note, (canvas_id, x, y, "neu")),
    ]:
        with pytest.raises(LockedError, match="Die Zone „Impact“ ist gesperrt"):
            execute(demo_ws, "x", call, *args)
    execute(demo_ws, "Punkt", canvas_votes.add_vote, note.id, "Teilnehmer:in 1")
    with demo_ws.session() as s:
        assert (
            canvas_reading.read_note(s, note.id).votes == 1
            and canvas_reading.read_note(s, note.id).text == "Mehr Teilhabe im Kiez"
        )


def test_dot_voting_limits_dots_and_sorts_results(demo_ws: Workspace) -> None:
    w_id, canvas_id = new_canvas(demo_ws)
    execute(demo_ws, "Teilnehmerin", workshops.add_participant, w_id, "Jana Schulz", "SenInnDS")
    execute(demo_ws, "Punkte", cv.update_canvas, canvas_id, {"dots_per_participant": 2})
    a, _ = execute(demo_ws, "a", cv.add_note, canvas_id, 100, 100, "Kiezbox im Bürgeramt")
    b, _ = execute(demo_ws, "b", cv.add_note, canvas_id, 600, 100, "Solarstrom")
    execute(demo_ws, "v", canvas_votes.add_vote, b.id, "Jana Schulz")
    execute(demo_ws, "v", canvas_votes.add_vote, b.id, "Jana Schulz")
    with pytest.raises(ValidationError, match="Jana Schulz hat alle 2 Punkte vergeben"):
        execute(demo_ws, "v", canvas_votes.add_vote, a.id, "Jana Schulz")
    with pytest.raises(ValidationError, match="nimmt an diesem Workshop nicht teil"):
        execute(demo_ws, "v", canvas_votes.add_vote, a.id, "Fremde Person")
    execute(demo_ws, "v", canvas_votes.add_vote, a.id, "Teilnehmer:in 4")
    execute(demo_ws, "zurück", canvas_votes.remove_vote, b.id, "Jana Schulz")
    execute(demo_ws, "v", canvas_votes.add_vote, a.id, "Jana Schulz")
    with demo_ws.session() as s:
        assert [(n.text, n.votes) for n in canvas_reading.vote_results(s, canvas_id)] == [
            ("Kiezbox im Bürgeramt", 2),
            ("Solarstrom", 1),
        ]


def test_delete_takes_votes_and_connectors_and_undo_brings_them_back(demo_ws: Workspace) -> None:
    _, canvas_id = new_canvas(demo_ws)
    a, _ = execute(demo_ws, "a", cv.add_note, canvas_id, 100, 100, "Input")
    b, _ = execute(demo_ws, "b", cv.add_note, canvas_id, 600, 100, "Aktivität")
    execute(demo_ws, "c", cv.connect_notes, a.id, b.id, "führt zu")
    execute(demo_ws, "v", canvas_votes.add_vote, a.id, "Teilnehmer:in 2")
    execute(demo_ws, "g", cv.group_notes, [a.id, b.id], "Kette")
    with pytest.raises(ValidationError, match="schon verbunden"):
        execute(demo_ws, "c", cv.connect_notes, a.id, b.id)
    before = dump(demo_ws, ignore_stamps=True)
    _, deleted = execute(demo_ws, "Löschen", cv.delete_notes, [a.id])
    with demo_ws.session() as s:
        data = canvas_reading.load_canvas(s, canvas_id)
        assert [n.text for n in data.notes] == ["Aktivität"] and data.connectors == []
    revert(demo_ws, deleted)  # undo
    assert dump(demo_ws, ignore_stamps=True) == before
    reapply(demo_ws, deleted)  # redo
    revert(demo_ws, deleted)  # undo again
    with demo_ws.session() as s:
        data = canvas_reading.load_canvas(s, canvas_id)
        assert len(data.connectors) == 1 and list(data.groups.values()) == ["Kette"]
        assert next(n for n in data.notes if n.id == a.id).votes == 1


def test_copy_and_paste_notes(demo_ws: Workspace) -> None:
    _, canvas_id = new_canvas(demo_ws)
    a, _ = execute(demo_ws, "a", cv.add_note, canvas_id, 100, 100, "Kopier mich", label="A1")
    with demo_ws.session() as s:
        clip = cv.note_clipboard(s, [a.id])
    made, _ = execute(demo_ws, "Einfügen", cv.paste_notes, canvas_id, clip)
    assert (made[0].text, made[0].label, made[0].x, made[0].y) == (
        "Kopier mich",
        "A1",
        130.0,
        130.0,
    )


def test_note_becomes_risk_of_a_measure_and_links_back(demo_ws: Workspace) -> None:
    w_id, canvas_id = new_canvas(demo_ws, "risikomatrix")
    note, _ = execute(
        demo_ws,
        "n",
        cv.add_note,
        canvas_id,
        1000,
        100,
        "Lieferengpass bei Akkus\nZweiten Lieferanten anfragen",
    )
    risk, changes = execute(
        demo_ws, "Übernehmen", transfer_note, note.id, TransferKind.RISK, measure_id(demo_ws)
    )
    with demo_ws.session() as s:
        stored = s.get(Risk, risk.id)
        assert stored.measure.code == "P-04"
        assert (stored.title, stored.countermeasure) == (
            "Lieferengpass bei Akkus",
            "Zweiten Lieferanten anfragen",
        )
        assert origin_of(s, risk.id) == "Aus dem Workshop „Maßnahmenwerkstatt Kiezbox“"
        assert canvas_reading.read_note(s, note.id).transferred == "→ Risiko (P-04)"
    revert(demo_ws, changes)
    with demo_ws.session() as s:
        assert (
            s.get(Risk, risk.id) is None and canvas_reading.read_note(s, note.id).transferred == ""
        )


def test_note_becomes_new_measure_linked_to_workshop(demo_ws: Workspace) -> None:
    w_id, canvas_id = new_canvas(demo_ws)
    note, _ = execute(demo_ws, "n", cv.add_note, canvas_id, 100, 100, "Kiezbox-Verleih für Schulen")
    with demo_ws.session() as s:
        field = s.scalars(select(FieldOfAction.id).limit(1)).one()
    with pytest.raises(ValidationError, match="Handlungsfeld"):
        execute(demo_ws, "x", transfer_note, note.id, TransferKind.MEASURE)
    m, _ = execute(
        demo_ws, "Übernehmen", transfer_note, note.id, TransferKind.MEASURE, field_id=field
    )
    with demo_ws.session() as s:
        assert "Kiezbox-Verleih für Schulen" in [
            x.title for x in workshops.linked_measures(s, w_id)
        ]
        assert s.get(Measure, m.id).code.startswith("Z-")


def test_empty_note_cannot_be_transferred(demo_ws: Workspace) -> None:
    _, canvas_id = new_canvas(demo_ws)
    note, _ = execute(demo_ws, "n", cv.add_note, canvas_id, 100, 100, "  ")
    with pytest.raises(ValidationError, match="leere Notiz"):
        execute(demo_ws, "x", transfer_note, note.id, TransferKind.GOAL, measure_id(demo_ws))


def test_deleting_a_workshop_is_undoable(demo_ws: Workspace) -> None:
    w_id, canvas_id = new_canvas(demo_ws)
    a, _ = execute(demo_ws, "a", cv.add_note, canvas_id, 100, 100, "eins")
    b, _ = execute(demo_ws, "b", cv.add_note, canvas_id, 600, 100, "zwei")
    execute(demo_ws, "c", cv.connect_notes, a.id, b.id)
    before = dump(demo_ws, ignore_stamps=True)
    _, gone = execute(demo_ws, "Workshop löschen", workshops.delete_workshop, w_id)
    with demo_ws.session() as s:
        assert workshops.workshop_rows(s) == [] or all(
            r.id != w_id for r in workshops.workshop_rows(s)
        )
    revert(demo_ws, gone)
    assert dump(demo_ws, ignore_stamps=True) == before


def test_a_note_is_proposed_as_what_its_zone_suggests() -> None:
    """Strg+T on a note in the Outcome zone proposed a risk; the zone decides now."""
    import json

    from workbench.resources import resource_path
    from workbench.services.note_transfer import TransferKind, suggested_kind

    zones = {}
    for name in (
        "wirkungslogik",
        "risikomatrix",
        "massnahmenbeschreibung",
        "retrospektive",
        "priorisierungsmatrix",
        "ziele-und-schluesselergebnisse",
    ):
        with resource_path("canvases", f"{name}.json").open(encoding="utf-8") as fh:
            for zone in json.load(fh)["zones"]:
                zones[(name, zone["key"])] = suggested_kind(zone["key"], zone["title"])
    assert zones[("wirkungslogik", "outcome")] is TransferKind.GOAL
    assert zones[("wirkungslogik", "output")] is TransferKind.KEY_RESULT
    assert zones[("wirkungslogik", "aktivitaeten")] is TransferKind.MEASURE
    assert zones[("risikomatrix", "w-hoch-a-hoch")] is TransferKind.RISK
    assert zones[("massnahmenbeschreibung", "zeitplan")] is TransferKind.MILESTONE
    assert (
        zones[("ziele-und-schluesselergebnisse", "schluesselergebnisse")] is TransferKind.KEY_RESULT
    )
    assert zones[("priorisierungsmatrix", "quick-wins")] is TransferKind.MEASURE
    assert zones[("retrospektive", "gut")] is TransferKind.LOG_ENTRY
