"""sync identity, sent files, retired laptops; link rows identified by what they link

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 01:30:00
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

# The same as workbench.model.base.LINK_NAMESPACE / link_id (a migration keeps its own copy:
# it must do what it did when written, whatever the model does later).
LINK_NAMESPACE = uuid.UUID("2c5b8f0e-6a41-4f7e-9a2d-0e8b3c7d1f52")
LINKS = {
    "measure_fields": ("measure_id", "field_id"),
    "measure_participants": ("measure_id", "org_unit_id"),
    "dependencies": ("measure_id", "depends_on_id"),
}


def upgrade() -> None:
    op.create_table('sync_sent',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('seen', sa.Text(), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq')
    )
    op.create_table('sync_retired',
    sa.Column('replica', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('replica')
    )
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kept_hlc', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('kept_replica', sa.String(length=36), nullable=True))
    # Link rows get the id derived from what they link; the sync bookkeeping follows.
    conn = op.get_bind()
    for table, (a, b) in LINKS.items():
        rows = conn.exec_driver_sql(f'SELECT id, "{a}", "{b}" FROM "{table}"').fetchall()
        for old, first, second in rows:
            new = str(uuid.uuid5(LINK_NAMESPACE, "\x1f".join((table, first, second))))
            if new == old:
                continue
            conn.exec_driver_sql(f'UPDATE "{table}" SET id = ? WHERE id = ?', (new, old))
            for book in ("sync_field_clock", "sync_tombstones", "sync_outbox", "sync_conflicts"):
                conn.exec_driver_sql(f"UPDATE OR IGNORE {book} SET row_id = ? "
                                     "WHERE entity = ? AND row_id = ?", (new, table, old))


def downgrade() -> None:
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.drop_column('kept_replica')
        batch_op.drop_column('kept_hlc')
    op.drop_table('sync_retired')
    op.drop_table('sync_sent')
