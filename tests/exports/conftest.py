"""The worked funding example as a fixture for the export tests
(tests/services/test_funding_checks.py builds it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.services.test_funding_checks import build
from workbench.store.workspace import Workspace


@pytest.fixture
def example(tmp_path: Path) -> tuple[Workspace, str]:
    ws = Workspace.create(tmp_path / "foerderung.werkbank")
    grant_id = build(ws)
    yield ws, grant_id
    ws.close()
