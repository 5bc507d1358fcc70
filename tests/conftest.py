"""Test configuration: headless Qt, and every test's data and settings in its own folder."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import Phase, settings

# Set by the test configuration, not by the caller (make test, CI, an IDE).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Hypothesis profiles: "fast" for make test-fast (a fifth of the examples), "default" for
# make test and CI (as many as each test names): HYPOTHESIS_PROFILE chooses.
settings.register_profile("default", deadline=None)
settings.register_profile("fast", deadline=None, max_examples=10)
settings.register_profile(
    "noshrink", deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# The tests read German, whatever the machine's language (tests/test_english.py runs the
# English in processes of their own: the language is chosen before the texts are built).
os.environ["WERKBANK_LANG"] = "de"
# Sync server passwords go to a credential store: in the tests a file of each test's own
# (tests/file_keyring.py), never the developer's keyring; subprocesses inherit it.
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.file_keyring.FileKeyring"


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """User data and QSettings of this test live in a temporary folder, never in ~."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("WERKBANK_DATA_DIR", str(home / "werkbank"))
    monkeypatch.setenv("WERKBANK_TEST_KEYRING", str(home / "keyring.json"))
    monkeypatch.delenv("WERKBANK_PASSWORD", raising=False)
    return home


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workspace, made once per test process (1.6 s each time); every test gets
    its own copy of the file (demo_path)."""
    from workbench.store.demo import DEMO_YEAR, create_demo

    path = tmp_path_factory.mktemp("demo-template") / "demo.werkbank"
    create_demo(path, today=date(DEMO_YEAR, 12, 5)).close()  # the dates the tests name
    assert not path.with_name(path.name + "-wal").exists()  # the file alone is the whole
    return path


@pytest.fixture
def demo_path(tmp_path: Path, demo_template: Path) -> Path:
    import shutil

    path = tmp_path / "demo.werkbank"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def demo_ws(demo_path: Path):
    from workbench.store.workspace import Workspace

    ws = Workspace.open(demo_path)
    yield ws
    ws.close()
