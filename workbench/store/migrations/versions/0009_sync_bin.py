"""sync bin: measures deleted for good by another laptop, restorable here

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 02:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_bin',
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.Column('replica', sa.String(length=36), nullable=False),
    sa.Column('data', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('row_id')
    )


def downgrade() -> None:
    op.drop_table('sync_bin')
