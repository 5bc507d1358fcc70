"""Notes that sort themselves, measured on 160 invented workshop notes with known themes
(tests/data/workshop_notes.json): the adjusted Rand index of the proposals is above the
plain keyword baseline's; the index itself is checked against cases worked out by hand;
proposals become canvas groups in one undo step."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from workbench.model import Canvas, Note, NoteGroup
from workbench.services import clustering
from workbench.services.operations import execute, revert
from workbench.store.workspace import Workspace

NOTES = json.loads(
    (Path(__file__).parent.parent / "data" / "workshop_notes.json").read_text("utf-8")
)["notes"]


def test_the_index_by_hand() -> None:
    # identical partitions (whatever the names): 1; all in one group against pairs: 0
    assert clustering.adjusted_rand_index("aabb", "xxyy") == pytest.approx(1.0)
    assert clustering.adjusted_rand_index("aabbcc", "xxxxxx") == pytest.approx(0.0)
    # truth {0,1},{2,3}; found {0,1,2},{3}: index 1, expected 2·3/6 = 1, max (2+3)/2 = 2.5
    # → (1 − 1) / (2.5 − 1) = 0
    assert clustering.adjusted_rand_index([0, 0, 1, 1], [0, 0, 0, 1]) == pytest.approx(0.0)


def test_proposals_beat_the_keyword_baseline_on_the_shipped_notes() -> None:
    assert len(NOTES) >= 150 and len({n["theme"] for n in NOTES}) >= 6
    texts = [n["text"] for n in NOTES]
    truth = [n["theme"] for n in NOTES]
    proposals = clustering.propose(texts, "de")
    found = clustering.labels([p.members for p in proposals], len(texts))
    baseline = clustering.labels(clustering.keyword_baseline(texts), len(texts))
    ours, plain = (
        clustering.adjusted_rand_index(truth, found),
        clustering.adjusted_rand_index(truth, baseline),
    )
    assert ours > plain
    # headings are words of the group's notes
    for p in proposals:
        words = " ".join(texts[i] for i in p.members).lower()
        assert all(w.lower() in words for w in p.heading.split(" · "))


def test_accepted_proposals_become_groups_in_one_undo_step(demo_ws: Workspace) -> None:
    with demo_ws.session() as s:
        canvas_id = s.scalars(select(Canvas.id).order_by(Canvas.title)).first()
    from workbench.services import canvas as cv

    for text in (
        "Radwege im Winter räumen",
        "Sichere Radwege zur Schule",
        "Radwege breiter bauen",
        "WLAN in allen Schulen",
        "Schulen brauchen WLAN",
    ):
        execute(demo_ws, "Notiz", cv.add_note, canvas_id, 10, 10, text)
    with demo_ws.session() as s:
        proposals = clustering.propose_groups(s, canvas_id)
        groups_before = len(s.scalars(select(NoteGroup)).all())
    radwege = next(p for p in proposals if any("Radwege im Winter" in t for t in p.texts))
    assert {t for t in radwege.texts if "Radwege" in t} == {
        "Radwege im Winter räumen",
        "Sichere Radwege zur Schule",
        "Radwege breiter bauen",
    }
    _, undo = execute(
        demo_ws, "Gruppen", clustering.accept_groups, [(list(radwege.note_ids), "Radwege")]
    )
    with demo_ws.session() as s:
        group = s.scalars(select(NoteGroup).where(NoteGroup.heading == "Radwege")).one()
        assert {n.text for n in s.scalars(select(Note).where(Note.group_id == group.id))} >= {
            "Radwege im Winter räumen"
        }
    revert(demo_ws, undo)
    with demo_ws.session() as s:
        assert len(s.scalars(select(NoteGroup)).all()) == groups_before
