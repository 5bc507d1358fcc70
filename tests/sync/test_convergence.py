"""Property: whatever the laptops do and in whatever order they sync, they converge,
and every value someone typed is either the final one or kept as a conflict.

The folder upkeep (snapshots, deleting change files everybody has) runs at random
points too, and a fourth laptop that joins at the end arrives at the same data. The
laptops start as people start: one shares a workspace it has already edited, the others
join; along the way backups are taken and restored over a laptop's file, and the share
vanishes and comes back."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings

from tests.helpers import examples
from tests.sync.convergence import run
from tests.sync.convergence_cases import (
    CLOCK_BEHIND,
    CLOCK_WRONG_ONCE,
    CONCURRENT_TITLES,
    KNOWN,
    THROUGH_WEBDAV,
    actions,
)
from workbench.sync.place import FolderPlace


@pytest.mark.slow
@pytest.mark.parametrize("case", list(KNOWN))
def test_three_laptops_converge_in_each_known_case(case: str) -> None:
    run(KNOWN[case], "folder")


@pytest.mark.slow
@pytest.mark.parametrize("case", THROUGH_WEBDAV)
def test_three_laptops_converge_through_a_webdav_server_in_each_known_case(case: str) -> None:
    run(KNOWN[case], "webdav")


@pytest.mark.slow
@settings(max_examples=examples(30), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(script=actions)
def test_three_laptops_converge(script: list[tuple]) -> None:
    run(script, "folder")


@pytest.mark.slow
@settings(max_examples=examples(30), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(script=actions)
def test_three_laptops_converge_on_other_scripts(script: list[tuple]) -> None:
    """The same property on thirty more scripts (Hypothesis draws others for another
    test): the sixty examples of one test, in two halves that run side by side."""
    run(script, "folder")


@pytest.mark.slow
@settings(max_examples=examples(20), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(script=actions)
def test_three_laptops_converge_through_a_webdav_server(script: list[tuple]) -> None:
    """The same property, the laptops syncing through a WebDAV server."""
    run(script, "webdav")


@pytest.mark.slow
@settings(max_examples=examples(20), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(script=actions)
@example(script=CLOCK_WRONG_ONCE)
@example(script=CLOCK_BEHIND)
@example(script=CONCURRENT_TITLES)
def test_three_laptops_converge_through_a_folder_that_tells_no_time(script: list[tuple]) -> None:
    """The same property through a synced folder on the laptops' own disks: its files
    carry each laptop's own time, so a clock days ahead is seen by nobody at writing, and
    its stamps go out. Once every clock is right again the laptops converge at once, by
    their own clocks (SYNC.md rule 9: a clock that was wrong once cuts nobody off)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(FolderPlace, "now", lambda self, folder: None)
        run(script, "folder")
