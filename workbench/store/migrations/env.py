"""Alembic environment: always run from Workspace with a live connection passed in."""

from __future__ import annotations

from alembic import context

from workbench.model import Base, load_all
from workbench.store.meta import meta_metadata
from workbench.store.sync_tables import sync_metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached by a misused alembic CLI
    raise RuntimeError("Werkbank migrations run only through workbench.store.workspace")

load_all()  # the schema to compare with is every table, not only those declared so far
context.configure(
    connection=connection,
    target_metadata=[Base.metadata, meta_metadata, sync_metadata],
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
