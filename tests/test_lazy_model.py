"""The ORM classes are declared on first use (model.base.MODEL_MODULES).

Start-up must not pay for them; the first query must find every class a relationship
names; and nothing that needs every table may miss one: a table the sync engine did not
know would drop its changes without a word.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _fresh(code: str) -> dict:
    """Run *code* in a new interpreter (nothing declared yet); it prints one JSON line."""
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_sync_engine_knows_every_table_of_a_workspace_file(tmp_path: Path) -> None:
    from workbench.store.workspace import Workspace

    Workspace.create(tmp_path / "a.werkbank").close()  # creating migrates, which declares all
    found = _fresh(f"""
import json, sqlite3, sys
from workbench.store.workspace import Workspace
from workbench.sync.merge import schema_columns
Workspace.open({str(tmp_path / "a.werkbank")!r}).close()
db = sqlite3.connect({str(tmp_path / "a.werkbank")!r})
tables = {{r[0]: [c[1] for c in db.execute(f'PRAGMA table_info("{{r[0]}}")')]
          for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}}
print(json.dumps({{"file": tables, "engine": {{k: sorted(v) for k, v in schema_columns().items()}}}}))
""")
    entity_tables = {
        name: cols
        for name, cols in found["file"].items()
        if not name.startswith(("sync_", "alembic_", "sqlite_", "workspace_"))
    }
    assert {"notes", "canvases", "receipts", "grants", "measures"} <= set(entity_tables)
    assert set(found["engine"]) == set(entity_tables)
    for name, cols in entity_tables.items():
        assert sorted(cols) == found["engine"][name], name


def test_start_up_declares_no_orm_class() -> None:
    loaded = _fresh("""
import json, sys
import workbench.gui.app, workbench.gui.main_window
print(json.dumps(sorted(m for m in sys.modules if m.startswith("workbench.model"))))
""")
    # labels: German names of tables and fields, a plain dictionary, no class; views:
    # which view shows which areas, looked up at the first change (no class either)
    assert loaded == [
        "workbench.model",
        "workbench.model.base",
        "workbench.model.enums",
        "workbench.model.labels",
        "workbench.model.views",
    ]


def test_start_up_loads_no_http_client_credential_store_or_document_writer() -> None:
    """The window starts without what only some of its work needs: HTTP (a sync server),
    the credential store, the Excel writers (measured: httpx and keyring alone cost a
    start about a tenth)."""
    loaded = _fresh("""
import json, sys
import workbench.gui.app, workbench.gui.main_window
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules})))
""")
    assert {"httpx", "keyring", "xlsxwriter", "openpyxl"} & set(loaded) == set()


def test_the_first_query_finds_the_classes_its_relationships_name(tmp_path: Path) -> None:
    """Only measure.py is imported; Measure.goals names Goal (planning.py), Grant is never
    imported at all, and both are there when the ORM first configures itself."""
    from workbench.store.demo import create_demo

    create_demo(tmp_path / "d.werkbank").close()
    found = _fresh(f"""
import json
from sqlalchemy import select
from workbench.model.measure import Measure
from workbench.store.workspace import Workspace
ws = Workspace.open({str(tmp_path / "d.werkbank")!r})
with ws.session() as s:
    m = s.scalars(select(Measure).where(Measure.code == "P-04")).one()
    goals = [g.title for g in m.goals]
    from workbench.model import Grant
    grants = [g.title for g in s.scalars(select(Grant))]
print(json.dumps([m.title, len(goals), len(grants)]))
""")
    assert found[0].endswith("Kiezbox 2.0") and found[1] > 0 and found[2] == 1


def test_a_later_class_is_there_when_asked_for_by_name() -> None:
    names = _fresh("""
import json
from workbench.model import Receipt, class_for_table, entity_classes
print(json.dumps([Receipt.__tablename__, class_for_table("notes").__name__,
                  len(entity_classes())]))
""")
    assert names[:2] == ["receipts", "Note"]
    assert names[2] >= 40


def test_only_model_base_reads_the_metadata_directly() -> None:
    """Everything else goes through all_tables(), which declares the later classes first."""
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "workbench").rglob("*.py")
        if "metadata.sorted_tables" in p.read_text(encoding="utf-8") and p.name != "base.py"
    ]
    assert offenders == []


def test_validation_rules_name_real_tables_and_columns() -> None:
    from workbench.model import all_tables
    from workbench.services.validation import REQUIRED_TEXT, RULES

    tables = {t.name: t for t in all_tables()}
    for table, column in REQUIRED_TEXT.items():
        assert column in tables[table].c, (table, column)
    assert set(RULES) <= set(tables)


def test_the_window_prepares_the_orm_step_by_step_once_shown() -> None:
    """What run_gui does after showing the window: every class declared and configured
    from the event loop, so that the first click on a measure does not wait for it."""
    state = _fresh("""
import json, sys
from PySide6.QtCore import QTimer
from sqlalchemy import inspect
from workbench.gui.app import make_application, prepare_orm_while_idle
from workbench.model.base import MODEL_MODULES
app = make_application()
before = [m for m in MODEL_MODULES if m in sys.modules]
prepare_orm_while_idle()
QTimer.singleShot(3000, app.quit)
app.exec()
from workbench.model import Measure, Receipt
print(json.dumps([before, [m for m in MODEL_MODULES if m in sys.modules],
                  inspect(Measure).configured and inspect(Receipt).configured]))
""")
    from workbench.model.base import MODEL_MODULES

    assert state == [[], list(MODEL_MODULES), True]


def test_building_the_window_declares_no_orm_class(tmp_path: Path) -> None:
    """The main window built on a workspace (its sections subscribing to changes, the
    measure table reading its rows) declares no ORM class: that is left for the idle loop
    (prepare_orm_while_idle). A subscription that looked up its tables at once cost every
    start a third."""
    from workbench.store.workspace import Workspace

    path = tmp_path / "leer.werkbank"
    Workspace.create(path).close()
    modules = _fresh(f"""
import json, sys
from workbench.gui.app import make_application
from workbench.gui.main_window import MainWindow
from workbench.services.workspaces import open_workspace
from workbench.model.base import MODEL_MODULES
app = make_application()
window = MainWindow(open_workspace({str(path)!r}))
print(json.dumps([m for m in MODEL_MODULES if m in sys.modules]))
""")
    assert modules == []
