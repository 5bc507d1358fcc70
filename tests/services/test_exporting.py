"""The export service's own behaviour: what it does around the document writers."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

import pytest

from workbench.services.errors import NotFoundError
from workbench.services.exporting import (
    ExportFailed,
    ExportRequest,
    cyclic_gc_paused,
    run_export,
)
from workbench.store.workspace import Workspace


def test_the_collector_is_paused_while_a_document_is_written_and_runs_again_after(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    seen: list[bool] = []
    original = gc.isenabled()
    assert original
    with cyclic_gc_paused():
        seen.append(gc.isenabled())
        with cyclic_gc_paused():  # a second export beside the first
            seen.append(gc.isenabled())
        seen.append(gc.isenabled())  # the first still runs: still paused
    assert seen == [False, False, False]
    assert gc.isenabled()
    # an export that fails gives the collector back too
    with pytest.raises((ExportFailed, NotFoundError)):
        run_export(demo_ws, ExportRequest("steckbrief", tmp_path / "x.docx", measure_id="nichts"))
    assert gc.isenabled()
    # exports in two threads: the collector runs again when the last one ends
    started, release = threading.Barrier(3), threading.Event()

    def export() -> None:
        with cyclic_gc_paused():
            started.wait()
            release.wait()

    threads = [threading.Thread(target=export) for _ in range(2)]
    for thread in threads:
        thread.start()
    started.wait()
    assert not gc.isenabled()
    release.set()
    for thread in threads:
        thread.join()
    assert gc.isenabled()


def test_with_the_collector_switched_off_by_the_caller_it_stays_off() -> None:
    gc.disable()
    try:
        with cyclic_gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
