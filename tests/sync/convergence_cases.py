"""The scripts of the convergence property (tests/sync/test_convergence.py): what the
laptops may do, as Hypothesis draws it, and the cases met so far, each a script found
by the property or by the black-box runs and kept to be run on its own."""

from __future__ import annotations

from hypothesis import strategies as st

actions = st.lists(
    st.one_of(
        st.tuples(
            st.just("create"), st.integers(0, 2), st.sampled_from(["Akte", "Karte", "Portal"])
        ),
        st.tuples(
            st.just("title"), st.integers(0, 2), st.integers(0, 9), st.sampled_from(["A", "B", "C"])
        ),
        st.tuples(st.just("budget"), st.integers(0, 2), st.integers(0, 9), st.integers(0, 5)),
        st.tuples(st.just("goal"), st.integers(0, 2), st.integers(0, 9)),
        st.tuples(st.just("drop_goal"), st.integers(0, 2), st.integers(0, 9)),
        st.tuples(st.just("trash"), st.integers(0, 2), st.integers(0, 9)),
        st.tuples(st.just("sync"), st.integers(0, 2)),
        # faults of real shared folders
        st.tuples(st.just("duplicate"), st.integers(0, 2)),
        st.tuples(st.just("junk"), st.integers(0, 2)),
        st.tuples(st.just("truncate"), st.integers(0, 2)),
        st.tuples(st.just("skew"), st.integers(0, 2), st.integers(1, 20)),
        # a laptop whose clock runs hours behind types a title
        st.tuples(st.just("behind"), st.integers(0, 2), st.integers(0, 9), st.integers(1, 48)),
        # a laptop's date is set days wrong, and later put right (0)
        st.tuples(st.just("clock"), st.integers(0, 2), st.sampled_from([-96, -50, 0, 50, 96])),
        # folder upkeep
        st.tuples(st.just("snapshot"), st.integers(0, 2)),
        st.tuples(st.just("maintain"), st.integers(0, 2)),
        # states people create: a backup taken and later restored over the laptop's file,
        # a share that vanishes (unmounted) and comes back
        st.tuples(st.just("backup"), st.integers(0, 2)),
        st.tuples(st.just("restore"), st.integers(0, 2)),
        st.tuples(st.just("vanish"), st.integers(0, 2)),
        st.tuples(st.just("return"), st.integers(0, 2)),
        # link rows added and removed on several laptops; a laptop joining mid-way; a
        # workspace file copied to another laptop instead of joined
        st.tuples(st.just("link"), st.integers(0, 2), st.integers(0, 9), st.integers(0, 1)),
        st.tuples(st.just("join"), st.integers(0, 2)),
        st.tuples(st.just("copy"), st.integers(0, 2)),
    ),
    min_size=1,
    max_size=25,
)


CLOCK_BEHIND = [  # B's clock is two days behind; its later edit still counts as later
    ("create", 0, "Akte"),
    ("sync", 0),
    ("sync", 1),
    ("title", 0, 0, "A"),
    ("sync", 0),
    ("sync", 1),
    ("behind", 1, 0, 48),
    ("sync", 1),
    ("sync", 0),
    ("title", 2, 0, "C"),
    ("sync", 2),
]
CONCURRENT_TITLES = [  # both laptops know the measure, then both retitle it unseen
    ("create", 0, "Akte"),
    ("sync", 0),
    ("sync", 1),
    ("sync", 2),
    ("title", 0, 0, "A"),
    ("title", 1, 0, "B"),
    ("budget", 2, 0, 3),
    ("sync", 1),
    ("sync", 0),
]
UPKEEP_THEN_JOIN = [  # files deleted by the upkeep; the late laptop starts from the snapshot
    ("create", 0, "Akte"),
    ("sync", 0),
    ("sync", 1),
    ("sync", 2),
    ("title", 1, 0, "B"),
    ("sync", 1),
    ("sync", 0),
    ("sync", 2),
    ("maintain", 0),
    ("maintain", 1),
    ("maintain", 2),
    ("snapshot", 2),
    ("maintain", 0),
    ("maintain", 1),
    ("title", 0, 0, "C"),
    ("sync", 0),
    ("snapshot", 1),
    ("maintain", 0),
]
DELETE_VERSUS_EDIT = [
    ("create", 0, "Akte"),
    ("goal", 0, 0),
    ("sync", 0),
    ("sync", 1),
    ("drop_goal", 0, 0),
    ("title", 1, 0, "B"),
    ("goal", 1, 0),
    ("sync", 1),
    ("sync", 0),
]


RESTORED_FROM_BACKUP = [  # B's file is put back from a backup older than its last files
    ("create", 0, "Akte"),
    ("sync", 0),
    ("sync", 1),
    ("backup", 1),
    ("title", 1, 0, "B"),
    ("sync", 1),
    ("sync", 0),
    ("title", 1, 0, "C"),
    ("sync", 1),
    ("restore", 1),
    ("title", 1, 0, "D"),
    ("sync", 1),
    ("sync", 0),
    ("sync", 2),
]
SHARE_VANISHES = [  # unmounted while A edits; nothing is created in its place
    ("create", 0, "Akte"),
    ("sync", 0),
    ("sync", 1),
    ("vanish", 0),
    ("title", 0, 0, "A"),
    ("sync", 0),
    ("title", 1, 0, "B"),
    ("sync", 1),
    ("return", 0),
    ("sync", 0),
    ("sync", 1),
]


SAME_LINK_ON_TWO = [  # both add the same participant unseen, one removes it, one re-adds
    ("sync", 1),
    ("link", 0, 0, 0),
    ("link", 1, 0, 0),
    ("sync", 0),
    ("sync", 1),
    ("sync", 0),
    ("link", 1, 0, 0),
    ("sync", 1),
    ("link", 0, 0, 1),
    ("sync", 0),
    ("sync", 1),
]
COPIED_FILE = [  # A's file copied to another laptop; both go on writing
    ("create", 0, "Akte"),
    ("sync", 0),
    ("copy", 0),
    ("title", 0, 0, "A"),
    ("sync", 0),
    ("sync", 1),
]
JOINS_MIDWAY = [  # one joins from the first snapshot, one after the upkeep wrote another
    ("title", 0, 0, "A"),
    ("sync", 0),
    ("join", 1),
    ("title", 1, 0, "B"),
    ("sync", 1),
    ("sync", 0),
    ("maintain", 0),
    ("maintain", 1),
    ("snapshot", 1),
    ("maintain", 0),
    ("join", 2),
    ("sync", 1),
]


COPIES_AND_CODES = [  # found by this test: renumbering measures needed more rounds
    ("snapshot", 0),
    ("create", 0, "Akte"),
    ("sync", 0),
    ("maintain", 0),
    ("vanish", 0),
    ("link", 0, 0, 0),
    ("create", 0, "Akte"),
    ("create", 0, "Akte"),
    ("copy", 0),
    ("join", 1),
    ("junk", 1),
    ("skew", 1, 15),
    ("copy", 2),
    ("copy", 1),
    ("sync", 2),
    ("return", 1),
    ("goal", 2, 0),
    ("create", 1, "Portal"),
]

CLOCK_WRONG_ONCE = [  # the black-box runs' divergence: one sync with the date days ahead
    ("create", 0, "Akte"),
    ("sync", 0),
    ("sync", 1),
    ("clock", 0, 50),
    ("title", 0, 0, "A"),
    ("sync", 0),
    ("clock", 0, 0),
    ("title", 0, 0, "B"),
    ("sync", 0),
    ("sync", 1),
    ("clock", 1, -96),
    ("title", 1, 0, "C"),
    ("sync", 1),
    ("clock", 1, 0),
    ("sync", 2),
]

COPY_AT_THE_START = [  # found in CI: laptop 2 renamed the copy's measure; it was not lost
    ("copy", 0),
    ("create", 0, "Portal"),
    ("create", 0, "Akte"),
    ("create", 1, "Akte"),
    ("create", 1, "Akte"),
    ("sync", 2),
    ("join", 1),
    ("title", 2, 9, "A"),
    ("restore", 1),
]


#: The cases met so far, each run on its own (pytest-xdist spreads them over the cores; as
#: Hypothesis examples of one test they ran one after the other for 2½ minutes).
KNOWN = {
    "concurrent_titles": CONCURRENT_TITLES,
    "clock_behind": CLOCK_BEHIND,
    "delete_versus_edit": DELETE_VERSUS_EDIT,
    "upkeep_then_join": UPKEEP_THEN_JOIN,
    "restored_from_backup": RESTORED_FROM_BACKUP,
    "share_vanishes": SHARE_VANISHES,
    "same_link_on_two": SAME_LINK_ON_TWO,
    "copied_file": COPIED_FILE,
    "joins_midway": JOINS_MIDWAY,
    "copies_and_codes": COPIES_AND_CODES,
    "copy_at_the_start": COPY_AT_THE_START,
    "clock_wrong_once": CLOCK_WRONG_ONCE,
}
THROUGH_WEBDAV = (
    "concurrent_titles",
    "upkeep_then_join",
    "restored_from_backup",
    "share_vanishes",
    "copied_file",
    "joins_midway",
    "clock_wrong_once",
)
