"""Small helpers shared by tests."""

from __future__ import annotations

import io
import json
import os
from typing import Any

from workbench.cli import run
from workbench.store.dump import dump_json
from workbench.store.workspace import Workspace


def examples(count: int) -> int:
    """How many examples a property test tries: *count*, a fifth of it under the "fast"
    Hypothesis profile (make test-fast)."""
    return max(3, count // 5) if os.environ.get("HYPOTHESIS_PROFILE") == "fast" else count


def dump(ws: Workspace, ignore_stamps: bool = False) -> dict[str, Any]:
    """The canonical dump of *ws*; optionally without updated_at (undo writes a new stamp)."""
    with ws.session() as session:
        data = json.loads(dump_json(session))
    if ignore_stamps:
        for rows in data.values():
            for row in rows:
                row.pop("updated_at", None)
    return data


def cli(*args: Any) -> tuple[int, str, str]:
    """Run `workbench ARGS…` in this process: exit code, standard output, standard error."""
    out, err = io.StringIO(), io.StringIO()
    code = run([str(a) for a in args], out, err)
    return code, out.getvalue(), err.getvalue()
