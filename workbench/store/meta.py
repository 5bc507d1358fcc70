"""Workspace facts that belong to this file, not to the synced data (id, name, created)."""

from __future__ import annotations

from sqlalchemy import Column, MetaData, String, Table, Text

meta_metadata = MetaData()

workspace_meta = Table(
    "workspace_meta",
    meta_metadata,
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False),
)
